import csv
import datetime as dt
import io

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export import TASK_COLUMNS, load_results
from pipeline.exporters import (
    COLUMN_LABELS,
    dated_tasks,
    export,
    ics_calendar,
    ics_escape,
    ics_fold,
    write_csv,
    write_ics,
    write_xlsx,
)

from .fixtures.outputs import extract_corpus

runner = CliRunner()
STAMP = dt.datetime(2024, 5, 1, 8, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    return extract_corpus(tmp_path_factory.mktemp("corpus-out"))


@pytest.fixture(scope="module")
def results(out_dir):
    return load_results(out_dir)


@pytest.fixture(scope="module")
def tasks(results):
    return [(r, t) for r in results for t in r.tasks]


def _with_actions(results, *actions):
    """The first document's first tasks with their actions replaced (what a hostile document could yield)."""
    first = results[0]
    changed = [t.model_copy(update={"action": a}) for t, a in zip(first.tasks, actions, strict=False)]
    return [first.model_copy(update={"tasks": changed})]


def test_every_task_column_has_a_spreadsheet_label():
    assert set(COLUMN_LABELS) == set(TASK_COLUMNS)
    assert len(set(COLUMN_LABELS.values())) == len(COLUMN_LABELS)


def test_xlsx_round_trip(results, tasks, tmp_path):
    path = tmp_path / "tasks.xlsx"
    assert export(results, "xlsx", path) == len(tasks)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Tasks", "Documents"]
    sheet = book["Tasks"]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["Document number", "Document type", "Issued", "Action", "Lead", "Support"]
    assert sheet.max_row - 1 == len(tasks)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    due_column = header.index("Due date") + 1
    for row, (_, task) in zip(sheet.iter_rows(min_row=2), tasks, strict=True):
        assert row[header.index("Task ID")].value == task.id
        assert row[header.index("Action")].value == task.action
        due = row[due_column - 1]
        if task.deadline and task.deadline.due:
            assert due.is_date and due.number_format == "yyyy-mm-dd"
            assert due.value.date() == task.deadline.due
        else:
            assert due.value is None
    documents = book["Documents"]
    assert documents.max_row - 1 == len(results)
    header = [c.value for c in documents[1]]
    assert sum(r[header.index("Tasks")].value for r in documents.iter_rows(min_row=2)) == len(tasks)
    frame = pd.read_excel(path, sheet_name="Tasks")
    assert len(frame) == len(tasks) and pd.api.types.is_datetime64_any_dtype(frame["Due date"])


def test_xlsx_keeps_formula_like_text_as_text(results, tmp_path):
    path = tmp_path / "t.xlsx"
    write_xlsx(_with_actions(results, "=HYPERLINK(\"http://x\",\"y\")", "+Sở Y tế"), path)
    cells = {c.value: c.data_type for c in openpyxl.load_workbook(path)["Tasks"]["D"][1:3]}
    assert cells == {"=HYPERLINK(\"http://x\",\"y\")": "s", "+Sở Y tế": "s"}


def test_csv_round_trip_in_utf8_with_bom(results, tasks, tmp_path):
    path = tmp_path / "tasks.csv"
    assert export(results, "csv", path) == len(tasks)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(tasks)
    for row, (result, task) in zip(rows, tasks, strict=True):
        assert row["Task ID"] == task.id and row["Action"] == task.action
        assert row["Lead"] == "; ".join(a.name for a in task.lead)
        due = task.deadline.due.isoformat() if task.deadline and task.deadline.due else ""
        assert row["Due date"] == due
        assert row["Issued"] == (result.document.issued_date.isoformat() if result.document.issued_date else "")
    assert len(pd.read_csv(path, encoding="utf-8-sig")) == len(tasks)


def test_csv_neutralises_cells_excel_would_run(results, tmp_path):
    path = tmp_path / "t.csv"
    write_csv(_with_actions(results, "=cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "Giao Sở Y tế"), path)
    actions = [r["Action"] for r in csv.DictReader(io.StringIO(path.read_text("utf-8-sig"), newline=""))]
    assert actions == ["'=cmd|' /C calc'!A0", "'@SUM(1)", "'-2+3", "Giao Sở Y tế"]


def test_parquet_round_trip(results, tasks, tmp_path):
    path = tmp_path / "tasks.parquet"
    assert export(results, "parquet", path) == len(tasks)
    schema = pq.read_schema(path)
    assert schema.names == TASK_COLUMNS
    assert str(schema.field("deadline_due").type) == "date32[day]"
    assert str(schema.field("issued_date").type) == "date32[day]"
    assert str(schema.field("confidence").type) == "double"
    frame = pd.read_parquet(path)
    assert len(frame) == len(tasks)
    assert frame.task_id.tolist() == [t.id for _, t in tasks]
    assert frame.action.tolist() == [t.action for _, t in tasks]
    assert frame.deadline_due.tolist() == [t.deadline.due if t.deadline and t.deadline.due else None
                                           for _, t in tasks]


def test_ics_round_trip(results, tmp_path):
    path = tmp_path / "deadlines.ics"
    dated = dated_tasks(results)
    assert dated, "the corpus has dated deadlines"
    assert write_ics(results, path, stamp=STAMP) == len(dated)
    raw = path.read_bytes()
    calendar = Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(dated)
    for event, (_, task, deadline) in zip(events, dated, strict=True):
        assert str(event["UID"]) == f"{task.id}@nhiemvu"
        assert event.decoded("DTSTART") == deadline.due
        assert event.decoded("DTEND") == deadline.due + dt.timedelta(days=1)
        assert event.decoded("DTSTAMP") == STAMP
        assert " ".join(task.action.split())[:40] in str(event["SUMMARY"])
        assert task.action in str(event["DESCRIPTION"])
        assert f"Task: {task.id}" in str(event["DESCRIPTION"])


def test_ics_is_well_formed_text(results):
    text = ics_calendar(results, stamp=STAMP)
    data = text.encode("utf-8")
    assert data.count(b"\n") == data.count(b"\r\n")  # CRLF only
    lines = data.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR" and lines[-1] == b""
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # folding never cut a character in two
    assert ics_calendar(results, stamp=STAMP) == text  # same input, same bytes


@pytest.mark.parametrize(("text", "escaped"), [
    ("Sở Y tế; Sở Tài chính", "Sở Y tế\\; Sở Tài chính"),
    ("quý I, quý II", "quý I\\, quý II"),
    ("C:\\tài liệu", "C:\\\\tài liệu"),
    ("dòng 1\r\ndòng 2\ndòng 3", "dòng 1\\ndòng 2\\ndòng 3"),
    ("chữ\x00\x1b ký", "chữ ký"),
], ids=["semicolon", "comma", "backslash", "newlines", "controls"])
def test_ics_escape(text, escaped):
    assert ics_escape(text) == escaped


@pytest.mark.parametrize("line", [
    "SUMMARY:" + "Đẩy mạnh giải ngân vốn đầu tư công " * 6,
    "DESCRIPTION:" + "ệ" * 100,
    "UID:" + "a" * 71,
    "X:" + "ạ" * 24 + "a",
], ids=["vietnamese", "three-octet-chars", "exactly-75", "boundary"])
def test_ics_fold(line):
    folded = ics_fold(line).encode("utf-8").split(b"\r\n")
    assert all(len(part) <= 75 for part in folded)
    assert all(part.startswith(b" ") for part in folded[1:])
    assert b"".join([folded[0], *(p[1:] for p in folded[1:])]).decode("utf-8") == line


def test_ics_title_shows_the_action_after_a_long_lead(results):
    result, task, _ = dated_tasks(results)[0]
    lead = task.lead[0].model_copy(update={"name": "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các "
                                                     "ngành, các cấp của tỉnh"}) if task.lead else None
    assert lead is not None
    one = result.model_copy(update={"tasks": [task.model_copy(update={"lead": [lead, lead]})]})
    (event,) = Calendar.from_ical(ics_calendar([one], stamp=STAMP)).walk("VEVENT")
    assert " ".join(task.action.split())[:40] in str(event["SUMMARY"])
    assert "(+1)" in str(event["SUMMARY"])


def test_ics_escaping_reads_back(results):
    result, task, _ = dated_tasks(results)[0]
    action = "Rà soát; tổng hợp, báo cáo\\kết quả\ndòng hai"
    one = result.model_copy(update={"tasks": [task.model_copy(update={"action": action})]})
    (event,) = Calendar.from_ical(ics_calendar([one], stamp=STAMP)).walk("VEVENT")
    assert str(event["DESCRIPTION"]).startswith(action + "\n")


@pytest.mark.parametrize(("fmt", "suffix"), [("xlsx", "xlsx"), ("csv", "csv"), ("parquet", "parquet"),
                                             ("ics", "ics"), ("csv", "txt")])
def test_cli_export(out_dir, results, tmp_path, fmt, suffix):
    target = tmp_path / "hand-off" / f"tasks.{suffix}"
    args = ["export", str(out_dir), "-o", str(target)] + (["--to", fmt] if suffix != fmt else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    expected = len(dated_tasks(results)) if fmt == "ics" else sum(len(r.tasks) for r in results)
    assert f"{expected} {'events' if fmt == 'ics' else 'tasks'}" in result.output
    readers = {
        "xlsx": lambda p: len(pd.read_excel(p, sheet_name="Tasks")),
        "csv": lambda p: len(pd.read_csv(p, encoding="utf-8-sig")),
        "parquet": lambda p: len(pd.read_parquet(p)),
        "ics": lambda p: len(Calendar.from_ical(p.read_bytes()).walk("VEVENT")),
    }
    assert readers[fmt](target) == expected
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temp file left


def test_cli_export_needs_a_known_format(out_dir, tmp_path):
    result = runner.invoke(app, ["export", str(out_dir), "-o", str(tmp_path / "tasks.docx")])
    assert result.exit_code == 2 and "--to" in result.output
    result = runner.invoke(app, ["export", str(out_dir), "--to", "pdf", "-o", str(tmp_path / "t.pdf")])
    assert result.exit_code == 2
    assert not list(tmp_path.iterdir())
