"""Batches: output paths that cannot collide, the manifest, re-runs that skip what is done."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline.batch import collect, root_labels, run_batch
from pipeline.manifest import MANIFEST_FILE, Manifest, pipeline_version
from pipeline.schema import DocumentResult

from .conftest import CORPUS
from .fixtures.documents import SMALL_NOTICE

SMALL = SMALL_NOTICE.formal_text()

SEED = CORPUS / "000_8090ff3dc2291dd3.txt"
PRESS = CORPUS / "004_c594f55f3dc0e925.txt"


def _tasks(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "tasks.jsonl").read_text("utf-8").splitlines()]


def _document_tasks(out: Path, relative: str) -> int:
    return len(DocumentResult.model_validate_json((out / relative).read_text("utf-8")).tasks)


@pytest.mark.parametrize(("roots", "labels"), [
    (["c1/doc.txt", "c2/doc.txt"], ["c1/doc.txt", "c2/doc.txt"]),
    (["a/x.txt", "b/y.txt"], ["x.txt", "y.txt"]),
    (["p/q/docs", "r/q/docs", "s/docs"], ["p/q/docs", "r/q/docs", "s/docs"]),
    (["kho/2024", "kho/2025"], ["2024", "2025"]),
], ids=["same-name-files", "distinct-names", "nested-clash", "folders"])
def test_root_labels(tmp_path, roots, labels):
    assert [label.as_posix() for label in root_labels([tmp_path / r for r in roots])] == labels


def test_same_name_files_in_two_roots_give_two_documents(tmp_path):
    for folder, source in (("c1", SEED), ("c2", PRESS)):
        (tmp_path / folder).mkdir()
        shutil.copy(source, tmp_path / folder / "doc.txt")
    out = tmp_path / "out"
    summary = run_batch([tmp_path / "c1" / "doc.txt", tmp_path / "c2" / "doc.txt"], out, workers=1)
    assert summary.documents == 2
    expected = _document_tasks(out, "c1/doc.txt.json") + _document_tasks(out, "c2/doc.txt.json")
    tasks = _tasks(out)
    assert len(tasks) == expected == summary.tasks
    assert len({(t["source"], t["id"]) for t in tasks}) == len(tasks)
    assert {Path(t["source"]).parent.name for t in tasks} == {"c1", "c2"}


def test_several_folders_go_under_their_names_and_a_file_given_twice_is_read_once(tmp_path):
    for folder in ("c1", "c2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "doc.txt").write_text(SMALL, encoding="utf-8")
    jobs, _ = collect([tmp_path / "c1", tmp_path / "c2", tmp_path / "c1" / "doc.txt"])
    assert [job.relative.as_posix() for job in jobs] == ["c1/doc.txt", "c2/doc.txt"]
    single, _ = collect([tmp_path / "c1"])
    assert [job.relative.as_posix() for job in single] == ["doc.txt"]


def test_the_output_folder_and_the_manifest_are_never_read(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(SMALL, encoding="utf-8")
    run_batch([docs], docs / "out", workers=1)
    (docs / "out" / "tasks.jsonl").unlink()  # a run killed before its first index: the manifest tells
    jobs, skipped = collect([docs])
    assert [job.relative.as_posix() for job in jobs] == ["a.txt"]
    assert {s.path.name: s.reason for s in skipped}["out"].startswith("an nhiemvu output folder")
    run_batch([docs], docs, workers=1)  # into the input folder itself
    jobs, skipped = collect([docs], docs)
    assert [job.relative.as_posix() for job in jobs] == ["a.txt"]
    assert {s.path.name: s.reason for s in skipped}[MANIFEST_FILE] == "hidden file"


def test_a_rerun_skips_unchanged_documents_and_drops_those_gone(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEED, docs / "a.txt")
    shutil.copy(PRESS, docs / "b.txt")
    out = tmp_path / "out"
    first = run_batch([docs], out, workers=1)
    assert (first.documents, first.unchanged) == (2, 0)
    stamp = (out / "a.txt.json").stat().st_mtime_ns
    second = run_batch([docs], out, workers=1)
    assert (second.documents, second.unchanged, second.tasks) == (2, 2, first.tasks)
    assert (out / "a.txt.json").stat().st_mtime_ns == stamp
    (docs / "b.txt").unlink()
    (docs / "c.txt").write_text(SMALL, encoding="utf-8")
    third = run_batch([docs], out, workers=1)
    assert (third.documents, third.unchanged) == (2, 1)
    assert not (out / "b.txt.json").exists()
    assert {Path(t["source"]).name for t in _tasks(out)} == {"a.txt", "c.txt"}
    assert len(_tasks(out)) == _document_tasks(out, "a.txt.json") + _document_tasks(out, "c.txt.json")
    forced = run_batch([docs], out, workers=1, force=True)
    assert (forced.documents, forced.unchanged) == (2, 0)


def test_the_manifest_holds_a_row_per_input(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEED, docs / "a.txt")
    (docs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    summary = run_batch([docs], out, workers=1)
    assert (summary.documents, summary.failures) == (1, 1)
    manifest = Manifest(out)
    rows = manifest.rows()
    manifest.close()
    assert set(rows) == {"a.txt", "empty.txt"}
    done, failed = rows["a.txt"], rows["empty.txt"]
    assert done.status == "done" and done.output == "a.txt.json" and done.tasks == summary.tasks
    assert len(done.hash) == 64 and done.version == pipeline_version()
    assert failed.status == "failed" and failed.error["stage"] and failed.output is None
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert errors == [failed.error]
    again = run_batch([docs], out, workers=1)  # a failure that would happen again is not retried
    assert (again.unchanged, again.failures) == (2, 1)


def test_a_change_to_the_rules_redoes_every_document(tmp_path):
    models = tmp_path / "models"
    shutil.copytree(Path(pipeline_version.__code__.co_filename).parent.parent / "models", models,
                    ignore=shutil.ignore_patterns("__pycache__"))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([docs], out, workers=1, models_dir=str(models))
    readme = next(models.glob("*.md"))
    readme.write_text(readme.read_text("utf-8") + "\n", encoding="utf-8")
    assert run_batch([docs], out, workers=1, models_dir=str(models)).unchanged == 0
    with sqlite3.connect(out / MANIFEST_FILE) as db:
        assert db.execute("SELECT version FROM documents").fetchone()[0] == pipeline_version(str(models))


def test_the_dask_engine_gives_the_same_task_ids(tmp_path):
    pytest.importorskip("distributed")
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEED, docs / "a.txt")
    shutil.copy(PRESS, docs / "b.txt")
    (docs / "empty.txt").write_bytes(b"")
    local = run_batch([docs], tmp_path / "local", workers=1)
    distributed = run_batch([docs], tmp_path / "dask", workers=2, engine="dask")
    assert (distributed.documents, distributed.failures, distributed.tasks) == (2, 1, local.tasks)
    assert [t["id"] for t in _tasks(tmp_path / "dask")] == [t["id"] for t in _tasks(tmp_path / "local")]
    assert (tmp_path / "dask" / "errors.jsonl").read_text("utf-8") == (
        tmp_path / "local" / "errors.jsonl").read_text("utf-8")
