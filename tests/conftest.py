"""Shared fixtures: the project root, the bundled corpus and ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
CORPUS_DEV = SHARED / "corpus-dev"
CORPUS_REAL = SHARED / "corpus-real"

needs_shared = pytest.mark.skipif(not CORPUS_DEV.is_dir(),
                                  reason="../shared/corpus-dev is not present")
needs_real = pytest.mark.skipif(not (CORPUS_REAL / "index.json").is_file(),
                                reason="../shared/corpus-real is not present")


@pytest.fixture(scope="session")
def resources():
    from pipeline.resources import load_resources

    return load_resources()
