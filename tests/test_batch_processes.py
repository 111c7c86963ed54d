"""Batches under real processes: kill -9 and resume, Ctrl-C, the folder lock, time limits, dead workers."""

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.batch import run_batch
from pipeline.cli import app
from pipeline.lock import folder_lock
from pipeline.manifest import MANIFEST_FILE
from pipeline.schema import DocumentResult

from .conftest import CORPUS, ROOT
from .fixtures.documents import SMALL_NOTICE

SMALL = SMALL_NOTICE.formal_text()


def _nhiemvu(*args: str) -> subprocess.Popen:
    """The command as a terminal starts it: Ctrl-C interrupts it even where the suite itself runs in
    the background of a shell without job control, which starts it with SIGINT ignored."""
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_as_from_a_terminal)


def _as_from_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _rows(out: Path) -> dict[str, tuple[str, int | None]]:
    """relative -> (status, pid), read while another process writes."""
    if not (out / MANIFEST_FILE).is_file():
        return {}
    try:
        with sqlite3.connect(f"file:{out / MANIFEST_FILE}?mode=ro", uri=True, timeout=30) as db:
            return {r: (s, p) for r, s, p in db.execute("SELECT relative, status, pid FROM documents")}
    except sqlite3.OperationalError:  # the table is not there yet
        return {}


def _wait_for(process: subprocess.Popen, out: Path, ready) -> dict[str, tuple[str, int | None]]:
    """Poll the manifest until ``ready(rows)``; fail if the batch ends first."""
    while True:
        rows = _rows(out)
        if ready(rows):
            return rows
        assert process.poll() is None, f"the batch ended first: {process.communicate()}"
        time.sleep(0.05)


def _done(rows) -> set[str]:
    return {key for key, (status, _pid) in rows.items() if status == "done"}


@pytest.fixture()
def thirty(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    sources = sorted(p for p in CORPUS.glob("*.txt"))
    for index in range(30):
        shutil.copy(sources[index % len(sources)], docs / f"{index:02d}.txt")
    return docs


def _check_consistent(out: Path, documents: int) -> None:
    """Every document's JSON once, and tasks.jsonl holds each one's tasks once."""
    files = sorted(out.rglob("*.txt.json"))
    assert len(files) == documents
    per_source = Counter(json.loads(line)["source"] for line in (out / "tasks.jsonl").read_text("utf-8").splitlines())
    for file in files:
        result = DocumentResult.model_validate_json(file.read_text("utf-8"))
        assert per_source[result.document.source] == len(result.tasks)
    assert sum(per_source.values()) == sum(
        len(DocumentResult.model_validate_json(f.read_text("utf-8")).tasks) for f in files)


def test_a_batch_killed_with_sigkill_is_finished_by_the_same_command(thirty, tmp_path):
    out = tmp_path / "out"
    command = (str(thirty), "--out", str(out), "-j", "2", "--quiet")
    first = _nhiemvu("extract", *command)
    _wait_for(first, out, lambda rows: len(_done(rows)) >= 3)
    first.kill()
    first.communicate()
    done = _done(_rows(out))
    assert 3 <= len(done) < 30
    stamps = {key: (out / f"{key}.json").stat().st_mtime_ns for key in done}
    second = _nhiemvu("extract", str(thirty), "--out", str(out), "-j", "2")
    _stdout, stderr = second.communicate()
    assert second.returncode == 0, stderr
    assert "30 documents" in stderr and f"{len(done)} unchanged" in stderr
    assert {key: (out / f"{key}.json").stat().st_mtime_ns for key in done} == stamps
    assert _done(_rows(out)) == {f"{i:02d}.txt" for i in range(30)}
    _check_consistent(out, 30)


def test_ctrl_c_stops_the_workers_and_writes_the_indexes(thirty, tmp_path):
    out = tmp_path / "out"
    process = _nhiemvu("extract", str(thirty), "--out", str(out), "-j", "2")
    _wait_for(process, out, lambda rows: len(_done(rows)) >= 2)
    process.send_signal(signal.SIGINT)
    _stdout, stderr = process.communicate()
    assert process.returncode == 130, stderr
    found = re.search(r"interrupted: (\d+) of 30 done", stderr)
    assert found, stderr
    assert "Traceback" not in stderr
    _check_consistent(out, int(found.group(1)))


def test_a_second_run_on_the_same_folder_is_refused(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    with folder_lock(out):
        process = _nhiemvu("extract", str(docs), "--out", str(out))
        _stdout, stderr = process.communicate()
    assert process.returncode == 2
    assert f"another nhiemvu extract (pid {os.getpid()})" in " ".join(stderr.split())
    assert not (out / "tasks.jsonl").exists()


def _huge(docs: Path) -> Path:
    """A genuinely slow document: the corpus's texts one after another, to just under spaCy's limit
    of a million characters (seconds of work, and thousands of tasks). Different texts, not one
    repeated: a window the word analysis has seen is not analysed again."""
    parts, size = [], 0
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text("utf-8")
        if size + len(text) + 2 > 990_000:
            break
        parts.append(text)
        size += len(text) + 2
    huge = docs / "a-huge.txt"
    huge.write_text("\n\n".join(parts), encoding="utf-8")
    return huge


def test_a_document_past_the_time_limit_fails_alone(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _huge(docs)
    (docs / "b.txt").write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([docs], out, workers=1, timeout=1)
    assert (summary.documents, summary.failures) == (1, 1)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [(Path(e["file"]).name, e["stage"]) for e in errors] == [("a-huge.txt", "timeout")]
    assert "time limit of 1 s" in errors[0]["reason"]
    assert (out / "b.txt.json").is_file()


def test_a_document_past_the_memory_cap_fails_alone(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _huge(docs)
    (docs / "b.txt").write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    # a warmed-up worker maps some 370 MB; the huge document needs far more than the rest
    summary = run_batch([docs], out, workers=1, memory_mb=450)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [(Path(e["file"]).name, e["stage"]) for e in errors] == [("a-huge.txt", "memory")]
    assert summary.documents == 1 and (out / "b.txt.json").is_file()


def test_a_killed_worker_takes_only_its_document_down(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _huge(docs)
    for name in ("b.txt", "c.txt"):
        (docs / name).write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    process = _nhiemvu("extract", str(docs), "--out", str(out), "-j", "1")
    rows = _wait_for(process, out, lambda rows: rows.get("a-huge.txt", ("", None))[0] == "running")
    os.kill(rows["a-huge.txt"][1], signal.SIGKILL)
    _stdout, stderr = process.communicate()
    assert process.returncode == 1, stderr
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [(Path(e["file"]).name, e["stage"]) for e in errors] == [("a-huge.txt", "worker")]
    assert "SIGKILL" in errors[0]["reason"]
    assert (out / "b.txt.json").is_file() and (out / "c.txt.json").is_file()  # a new worker did them


def test_help_does_not_load_the_language_models():
    code = ("import sys\nfrom pipeline.cli import app\nsys.argv = ['nhiemvu', '--help']\n"
            "try:\n    app()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('spacy', 'underthesea', 'pipeline.api') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "extract" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_version():
    from pipeline import __version__

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"nhiemvu {__version__}"
