"""What every command shares: stdin, -v/--log-level over logging, -q, -o, contradictory flags."""

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.schema import DocumentResult

from .conftest import CORPUS
from .fixtures.documents import SMALL_NOTICE

runner = CliRunner()
SMALL = SMALL_NOTICE.formal_text()
SEED = CORPUS / "000_8090ff3dc2291dd3.txt"


def test_extract_dash_reads_one_document_from_stdin():
    result = runner.invoke(app, ["extract", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0, result.stderr
    from_stdin = DocumentResult.model_validate_json(result.stdout)
    from_file = DocumentResult.model_validate_json(runner.invoke(app, ["extract", str(SEED)]).stdout)
    assert from_stdin.document.source == "stdin"
    assert [t.id for t in from_stdin.tasks] == [t.id for t in from_file.tasks]


def test_extract_dash_sniffs_the_format_and_gives_jsonl():
    html = f"<html><head><title>Thông báo</title></head><body><article><p>{SMALL}</p></article></body></html>"
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=html.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and {line["source"] for line in lines} == {"stdin"}


def test_extract_dash_of_nothing_is_an_error_naming_stdin():
    result = runner.invoke(app, ["extract", "-"], input=b"")
    assert result.exit_code == 1
    assert "stdin" in result.stderr and "empty" in result.stderr


@pytest.mark.parametrize("args", [
    ["extract", "{doc}", "--format", "jsonl", "-o", "{out}"],
    ["extract", "{doc}", "--force"],
    ["extract", "{doc}", "-j", "2"],
    ["extract", "{doc}", "--timeout", "5"],
    ["extract", "{doc}", "--memory", "500"],
    ["extract", "{doc}", "--engine", "dask"],
    ["extract", "{doc}", "-o", "{out}", "--scheduler", "tcp://127.0.0.1:8786"],
    ["extract", "{doc}", "-o", "{out}", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "-j", "2"],
    ["extract", "-", "{doc}"],
    ["extract", "-", "-o", "{out}"],
    ["extract", "{doc}", "-q", "-v"],
    ["extract", "{doc}", "-v", "--log-level", "debug"],
    ["eval", "--gold", "{out}", "--docs", "{out}", "--pred", "{out}"],
    ["eval", "--gold", "{out}", "--pred", "{out}", "--tokens", "whitespace"],
    ["export", "{out}", "--to", "csv", "-o", "{out}/tasks.xlsx"],
    ["bench", "--batch", "--scaling"],
    ["bench", "--sizes", "1000"],
    ["bench", "--batch", "--repeat", "2"],
    ["schema", "-q", "-v"],
], ids=lambda args: " ".join(a for a in args if not a.startswith("{")))
def test_contradictory_flags_are_one_line_and_exit_2(args, tmp_path):
    argv = [a.format(doc=SEED, out=tmp_path) for a in args]
    result = runner.invoke(app, argv, input=b"")
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error: ")
    assert not (tmp_path / "tasks.jsonl").exists()


def test_verbose_logs_the_batch_on_stderr(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(SMALL, encoding="utf-8")
    (docs / "b.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(docs), "-o", str(tmp_path / "out"), "-j", "1", "-v"])
    assert "INFO nhiemvu.batch: 2 documents, 0 unchanged, 2 to extract" in result.stderr
    assert "INFO nhiemvu.batch: failed:" in result.stderr and "DEBUG" not in result.stderr
    quiet = runner.invoke(app, ["extract", str(docs), "-o", str(tmp_path / "out"), "-q", "--force"])
    assert quiet.stderr == ""
    debug = runner.invoke(app, ["extract", str(docs), "-o", str(tmp_path / "out"), "--log-level", "debug",
                                "--force", "-j", "1"])
    assert "DEBUG nhiemvu.batch: done:" in debug.stderr


def test_dash_o_writes_a_command_s_output_to_a_file(tmp_path):
    schema = tmp_path / "schema.json"
    result = runner.invoke(app, ["schema", "-o", str(schema)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(schema.read_text("utf-8"))["title"]
    explained = tmp_path / "explain.txt"
    result = runner.invoke(app, ["explain", str(SEED), "-o", str(explained), "-q"])
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert "rule" in explained.read_text("utf-8")
