"""Task diffs between two output folders: new, closed, changed."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.batch import run_batch
from pipeline.cli import app
from pipeline.diff import diff_tasks, normalise_action

from .conftest import CORPUS

SEED = CORPUS / "000_8090ff3dc2291dd3.txt"
PRESS = CORPUS / "004_c594f55f3dc0e925.txt"


def _task(id_, action, source="a.txt", lead=("Sở Y tế",), due=None):
    return {"id": id_, "source": f"docs/{source}", "action": action,
            "lead": [{"name": name} for name in lead], "support": [],
            "deadline": {"text": "trước 30/6", "due": due, "kind": "date"} if due else None}


@pytest.mark.parametrize(("action", "normalised"), [
    ("Rà soát,  báo cáo.", "rà soát, báo cáo"),
    ("- Tổ chức kiểm tra;", "tổ chức kiểm tra"),
], ids=["spaces-and-full-stop", "dash-and-semicolon"])
def test_normalise_action(action, normalised):
    assert normalise_action(action) == normalised


def test_tasks_match_by_id_then_by_document_and_action():
    old = [_task("x-1", "Rà soát quy hoạch."), _task("x-2", "Báo cáo kết quả", due="2024-06-30"),
           _task("x-3", "Tổ chức hội nghị")]
    new = [_task("x-1", "Rà soát quy hoạch."),  # same id, same fields
           _task("y-2", "báo cáo  kết quả", due="2024-09-30"),  # new id (text edited), same action
           _task("y-4", "Kiểm tra an toàn thực phẩm"),
           _task("y-5", "Tổ chức hội nghị", source="b.txt")]  # same action, another document
    result = diff_tasks(old, new)
    assert result.unchanged == 1
    assert [(c.old["id"], c.new["id"], c.fields) for c in result.changed] == [
        ("x-2", "y-2", ["action", "deadline_due"])]
    assert [t["id"] for t in result.new] == ["y-4", "y-5"]
    assert [t["id"] for t in result.closed] == ["x-3"]


def test_a_changed_lead_is_a_change():
    result = diff_tasks([_task("x-1", "Rà soát")], [_task("x-1", "Rà soát", lead=("Sở Tài chính",))])
    assert [c.fields for c in result.changed] == [["lead"]]


def test_diff_of_two_runs(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEED, docs / "a.txt")
    old = run_batch([docs], tmp_path / "old", workers=1)
    shutil.copy(PRESS, docs / "b.txt")
    new = run_batch([docs], tmp_path / "new", workers=1)
    result = CliRunner().invoke(app, ["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["counts"] == {"new": new.tasks - old.tasks, "closed": 0, "changed": 0, "unchanged": old.tasks}
    assert {t["document"] for t in report["new"]} == {"b.txt"}
    back = CliRunner().invoke(app, ["diff", str(tmp_path / "new"), str(tmp_path / "old")])
    assert back.exit_code == 0
    assert sum(line.startswith("- b.txt: ") for line in back.stdout.splitlines()) == new.tasks - old.tasks


def test_diff_of_a_folder_without_tasks_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["diff", str(tmp_path), str(tmp_path)])
    assert result.exit_code == 2 and "tasks.jsonl" in result.output
