"""A bad --out (a file, a folder that cannot be written) is a one-line error and exit status 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.outdir import out_dir_problem
from tests.conftest import CORPUS

DOCUMENT = CORPUS / "000_8090ff3dc2291dd3.txt"


def _run(out):
    return CliRunner().invoke(app, ["extract", str(DOCUMENT), "--out", str(out), "--quiet"])


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda tmp: tmp / "ket-qua.txt", "exists and is a file, not a folder"),
        (lambda tmp: tmp / "ket-qua.txt" / "out", "cannot write to"),
        (lambda tmp: Path("/proc/nhiemvu-out"), "cannot write to"),  # a folder no one may create, root neither
    ],
    ids=["a-file", "under-a-file", "proc"],
)
def test_out_that_is_a_file_is_a_one_line_error(tmp_path, make, says):
    (tmp_path / "ket-qua.txt").write_text("x", encoding="utf-8")
    result = _run(make(tmp_path))
    assert result.exit_code == 2
    assert says in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_out_folder_is_a_one_line_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = _run(locked)
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 2 and "cannot write to" in result.output


def test_a_writable_out_is_created(tmp_path):
    assert out_dir_problem(tmp_path / "a" / "b") is None
    assert (tmp_path / "a" / "b").is_dir()
    assert not list((tmp_path / "a" / "b").iterdir())  # the probe file is gone
