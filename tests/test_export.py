import json
import stat

import pytest

from pipeline.errors import InputError
from pipeline.export import _UMASK, atomic_path, load_errors, load_results, write_atomic

from .fixtures.outputs import CORPUS


def test_atomic_path_replaces_the_target_only_on_success(tmp_path):
    target = tmp_path / "tasks.xlsx"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half a file")
        raise RuntimeError("writer failed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["tasks.xlsx"]
    with atomic_path(target) as tmp:
        assert tmp.parent == target.parent and tmp.name.endswith(".tmp")
        tmp.write_text("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["tasks.xlsx"]


def test_written_files_get_the_umask_mode_not_the_temp_files_private_one(tmp_path):
    write_atomic(tmp_path / "report.html", "<p>x</p>")
    mode = stat.S_IMODE((tmp_path / "report.html").stat().st_mode)
    assert mode == 0o666 & ~_UMASK  # rw-r--r-- under the usual umask 022; mkstemp alone gives 0600


def test_load_results_names_a_file_that_is_not_a_result(tmp_path):
    (tmp_path / "ok").mkdir()
    (tmp_path / "stray.json").write_text(json.dumps({"file": "x.txt", "tasks": []}), encoding="utf-8")
    with pytest.raises(InputError, match="stray.json"):
        load_results(tmp_path)


def test_load_results_reads_nested_output(tmp_path):
    from pipeline.api import extract
    from pipeline.export import document_json

    result = extract(CORPUS / "000_8090ff3dc2291dd3.txt")
    write_atomic(tmp_path / "sub" / "a.txt.json", document_json(result))
    assert [r.document.id for r in load_results(tmp_path)] == [result.document.id]


def test_load_errors(tmp_path):
    assert load_errors(tmp_path) == []
    lines = [{"file": "a.pdf", "stage": "parse", "reason": "không đọc được"}, {"file": "b", "stage": "read",
                                                                               "reason": "empty"}]
    (tmp_path / "errors.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in lines) + "\n",
                                           encoding="utf-8")
    assert load_errors(tmp_path) == lines
