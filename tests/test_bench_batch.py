"""nhiemvu bench --batch on a tiny folder: the structure of the report, never the figures."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.bench_batch import RUNS
from pipeline.cli import app

from .conftest import CORPUS

runner = CliRunner()


def test_bench_batch_reports_every_run(tmp_path):
    pytest.importorskip("distributed")
    docs = tmp_path / "docs"
    docs.mkdir()
    for source in sorted(CORPUS.glob("*.txt"))[:3]:
        shutil.copy(source, docs / source.name)
    report_file = tmp_path / "bench.json"
    result = runner.invoke(app, ["bench", "--batch", str(docs), "--json", "-o", str(report_file)])
    assert result.exit_code == 0, result.output
    report = json.loads(report_file.read_text("utf-8"))
    assert report["folder"] == str(docs)
    assert [(r["run"], r["engine"], r["workers"]) for r in report["runs"]] == list(RUNS)
    for row in report["runs"]:
        assert set(row) == {"run", "engine", "workers", "documents", "failures", "tasks", "seconds",
                            "documents_per_second"}
        assert (row["documents"], row["failures"]) == (3, 0)
        assert row["documents_per_second"] > 0
    assert len({row["tasks"] for row in report["runs"]}) == 1  # every engine, the same tasks
    assert "documents/s" in result.stderr


def test_bench_batch_without_the_shared_corpus_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["bench", "--batch"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no such folder: ../shared/corpus-real/docs")
    assert "nhiemvu bench --batch PATH" in result.stderr
