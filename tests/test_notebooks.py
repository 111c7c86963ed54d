"""The notebooks run top to bottom on the bundled corpus, in a real kernel, as a user would run them."""

from __future__ import annotations

import os

import pytest

from pipeline.api import extract
from pipeline.evaluate import evaluate

from .conftest import CORPUS, ROOT

nbformat = pytest.importorskip("nbformat", reason="nbformat is in the test extra")
nbclient = pytest.importorskip("nbclient", reason="nbclient is in the test extra")

NOTEBOOKS = ROOT / "notebooks"
NAMES = ["review.ipynb", "evaluation.ipynb"]


@pytest.mark.parametrize("name", NAMES)
def test_stored_notebooks_have_no_outputs(name):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code), "strip outputs before committing"
    assert notebook.metadata.kernelspec.name == "python3"


def _execute(name: str, monkeypatch) -> nbformat.NotebookNode:
    # The defaults are what a fresh clone gets: no NHIEMVU_* settings, cwd = notebooks/.
    for key in [k for k in os.environ if k.startswith("NHIEMVU_")]:
        monkeypatch.delenv(key)
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, when a cell fails
    return notebook


def _outputs(notebook, mime: str) -> list[str]:
    return [o["data"][mime] for c in notebook.cells if c.cell_type == "code"
            for o in c.outputs if mime in o.get("data", {})]


def _streams(notebook) -> str:
    return "".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.outputs
                   if o.output_type == "stream")


def test_review_notebook_runs_on_the_corpus(monkeypatch):
    notebook = _execute("review.ipynb", monkeypatch)
    tasks = sum(len(extract(p).tasks) for p in CORPUS.glob("*.txt"))
    documents = len(list(CORPUS.glob("*.txt")))
    assert f"{documents} documents, {tasks} tasks" in _streams(notebook)
    highlighted = [h for h in _outputs(notebook, "text/html") if 'class="hl task' in h]
    assert len(highlighted) == 1 and 'class="hl deadline' in highlighted[0] and 'class="tag"' in highlighted[0]
    assert len(_outputs(notebook, "image/png")) == 2  # the deadline timeline and tasks per agency


def test_evaluation_notebook_runs_on_the_corpus(monkeypatch):
    notebook = _execute("evaluation.ipynb", monkeypatch)
    report = evaluate(CORPUS / "gold", docs_dir=CORPUS)
    misses = sum(len(d.misses) for d in report.documents)
    false_positives = sum(len(d.false_positives) for d in report.documents)
    streams = _streams(notebook)
    assert f"{misses} missed gold tasks" in streams and f"{false_positives} false positives" in streams
    tables = "".join(_outputs(notebook, "text/html"))
    assert "task_f1" in tables and "lead_f1" in tables
    for doc in report.documents:
        for text in doc.false_positives[:3]:
            assert text[:30].replace("&", "&amp;").replace("<", "&lt;") in tables
    assert "measured precision" in tables and "confidence (table)" in tables
    assert len(_outputs(notebook, "image/png")) == 2  # the figures, and the calibration
