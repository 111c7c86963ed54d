"""The bench command runs; its figures are for the notes, never asserted (no timed tests)."""

import shutil

import pytest
from typer.testing import CliRunner

from pipeline.benchmark import scaled_text
from pipeline.cli import app

from .conftest import CORPUS

runner = CliRunner()


@pytest.fixture()
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(CORPUS / "000_8090ff3dc2291dd3.txt", folder / "a.txt")
    return folder


@pytest.mark.parametrize("tokens", ["underthesea", "whitespace"])
def test_bench_reports_a_ratio(docs, tokens):
    result = runner.invoke(app, ["bench", str(docs), "--repeat", "1", "--tokens", tokens])
    assert result.exit_code == 0, result.output
    assert f"tokens                       {tokens}" in result.output
    assert "ratio_pipeline_to_tokenize" in result.output


def test_bench_scaling_prints_one_row_per_size(docs):
    result = runner.invoke(app, ["bench", str(docs), "--scaling", "--sizes", "2000,6000"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("characters")]
    assert len(rows) == 2 and all("pipeline_chars_per_second" in row for row in rows)


@pytest.mark.parametrize("size", [10, 500, 5000])
def test_scaled_text_repeats_documents_up_to_the_size(size):
    text = scaled_text(["Sở Y tế rà soát.\nBáo cáo UBND tỉnh.", "Công an tỉnh tuần tra."], size)
    assert size // 2 <= len(text) <= size
