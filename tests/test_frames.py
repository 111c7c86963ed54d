import datetime as dt

import pandas as pd
import pytest

from pipeline.export import TASK_COLUMNS, load_results, to_dataframe
from pipeline.frames import agencies_frame, deadline_status, documents_frame, filter_tasks

from .fixtures.outputs import extract_corpus


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return load_results(extract_corpus(tmp_path_factory.mktemp("corpus-out")))


def _task(task_id, lead="", support="", due=None, doc_type="plan"):
    row = dict.fromkeys(TASK_COLUMNS)
    row.update(task_id=task_id, lead=lead, support=support, deadline_due=due, doc_type=doc_type)
    return row


@pytest.fixture()
def frame():
    return pd.DataFrame([
        _task("a", lead="Sở Y tế", support="Sở Tài chính; Sở Nội vụ", due="2024-03-15"),
        _task("b", lead="Sở Tài chính", due="2024-06-30", doc_type="directive"),
        _task("c", lead="Sở Y tế; UBND các huyện", doc_type="notice"),
        _task("d", lead="Sở Y tế tỉnh", due="2024-12-31"),
    ], columns=TASK_COLUMNS).assign(deadline_due=lambda f: pd.to_datetime(f.deadline_due))


@pytest.mark.parametrize(("filters", "expected"), [
    ({"agency": "Sở Y tế"}, ["a", "c"]),  # exact names: "Sở Y tế tỉnh" is another agency
    ({"agency": "Sở Tài chính"}, ["a", "b"]),
    ({"agency": "Sở Tài chính", "role": "lead"}, ["b"]),
    ({"agency": "Sở Tài chính", "role": "support"}, ["a"]),
    ({"due_from": "2024-03-15", "due_to": "2024-06-30"}, ["a", "b"]),
    ({"due_from": dt.date(2024, 7, 1)}, ["d"]),
    ({"due_to": "2024-12-31"}, ["a", "b", "d"]),  # no due date: out of any window
    ({"doc_type": "notice"}, ["c"]),
    ({"doc_type": ["plan", "directive"]}, ["a", "b", "d"]),
    ({"agency": "Sở Y tế", "due_to": "2024-06-30", "doc_type": "plan"}, ["a"]),
    ({}, ["a", "b", "c", "d"]),
], ids=lambda v: str(v) if isinstance(v, dict) else None)
def test_filter_tasks(frame, filters, expected):
    assert filter_tasks(frame, **filters).task_id.tolist() == expected


def test_filter_tasks_rejects_an_unknown_role(frame):
    with pytest.raises(ValueError, match="role"):
        filter_tasks(frame, agency="Sở Y tế", role="chủ trì")


@pytest.mark.parametrize(("due", "expected"), [
    ("2024-04-30", "overdue"),
    ("2024-05-01", "upcoming"),  # due today is not overdue yet
    ("2024-05-31", "upcoming"),  # today + 30 days: still upcoming
    ("2024-06-01", "later"),
    (None, "undated"),
])
def test_deadline_status(due, expected):
    status = deadline_status(pd.Series([pd.Timestamp(due) if due else pd.NaT]), "2024-05-01", days=30)
    assert status.tolist() == [expected]


def test_documents_frame_counts_match_the_results(results):
    documents = documents_frame(results)
    assert len(documents) == len(results)
    assert documents.tasks.sum() == sum(len(r.tasks) for r in results)
    assert documents.dated_tasks.sum() == int(to_dataframe(results).deadline_due.notna().sum())
    assert pd.api.types.is_datetime64_any_dtype(documents.issued_date)
    row = documents.set_index("document_id").loc[results[0].document.id]
    assert row.references == "; ".join(r.number for r in results[0].references)


def test_agencies_frame_has_one_row_per_task_agency_role(results):
    agencies = agencies_frame(results)
    assert len(agencies) == sum(len(t.lead) + len(t.support) for r in results for t in r.tasks)
    assert set(agencies.role) <= {"lead", "support"}
    leads = agencies[agencies.role == "lead"].drop_duplicates(["task_id", "agency"])
    lead_counts = leads.agency.value_counts()
    busiest = lead_counts.index[0]
    tasks = to_dataframe(results)
    assert len(filter_tasks(tasks, agency=busiest, role="lead")) == lead_counts.iloc[0]
