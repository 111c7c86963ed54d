"""Golden outputs of every bundled corpus document; regenerate with NHIEMVU_UPDATE_GOLDEN=1
and review the diff."""

import json
import os
from pathlib import Path

import pytest

from pipeline import extract

from .conftest import CORPUS

GOLDEN = Path(__file__).parent / "golden"
DOCS = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".md"} and p.stem != "README")


def _summary(path: Path) -> dict:
    result = extract(path)
    return {
        "document": result.document.model_dump(mode="json", exclude={"text", "source", "id"}),
        "references": [r.number for r in result.references],
        "tasks": [{
            "text": t.span.text[:120],
            "lead": [a.name for a in t.lead],
            "support": [a.name for a in t.support],
            "deadline": t.deadline.model_dump(mode="json", include={"kind", "due", "recurrence"})
            if t.deadline else None,
            "references": t.references,
        } for t in result.tasks],
    }


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem[:40])
def test_golden_output(path):
    golden = GOLDEN / f"{path.name}.json"
    got = _summary(path)
    if os.environ.get("NHIEMVU_UPDATE_GOLDEN") or not golden.exists():
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not os.environ.get("NHIEMVU_UPDATE_GOLDEN"):
            pytest.fail(f"golden file {golden.name} was missing and has been written; review it")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem[:40])
def test_every_corpus_document_has_a_gold_file(path):
    assert (CORPUS / "gold" / f"{path.stem}.json").exists()
