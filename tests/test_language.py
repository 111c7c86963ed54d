"""Does a text read as Vietnamese: documents do, their English translations warn, noise fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.language import NotVietnameseError, check_vietnamese, is_vietnamese_word, load_grammar
from pipeline.parsers import read_document
from tests.conftest import CORPUS, CORPUS_DEV, CORPUS_REAL
from tests.fixtures.hostile import noise


@pytest.mark.parametrize(
    ("word", "vietnamese"),
    [("Quyết", True), ("nghiêng", True), ("khuỷu", True), ("người", True), ("the", True), ("strength", False),
     ("cafộ", False), ("xqzt", False), ("Sở", True), ("hoàn", True), ("tỷ", True)],
    ids=lambda v: str(v),
)
def test_is_vietnamese_word(word, vietnamese):
    assert is_vietnamese_word(word, load_grammar()) is vietnamese


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in (".txt", ".md")
                  and not p.name.upper().startswith("README"))


@pytest.mark.parametrize("folder", [CORPUS, CORPUS_DEV / "docs", CORPUS_REAL / "docs"], ids=["corpus", "dev", "real"])
def test_no_real_document_reads_as_noise(folder):
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    warned = []
    for path in _documents(folder):
        if check_vietnamese(read_document(path).text, str(path)):  # raises for noise
            warned.append(path.name)
    # Only the library's English translations may warn (their names are Vietnamese: the text is not).
    assert len(warned) <= 3, warned


def test_an_english_translation_warns():
    text = ("Article 1. This Decree prescribes the functions, tasks, powers and organizational structure of "
            "the Ministry of Finance. The Ministry shall be responsible for the implementation of the "
            "regulations on fees and charges, and for other tasks assigned by the Government. ") * 3
    assert check_vietnamese(text) == [
        "only 51% of the words are Vietnamese syllables: is this a Vietnamese document?"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_noise_read_as_text_is_an_error_of_stage_detect(seed):
    with pytest.raises(NotVietnameseError) as caught:
        check_vietnamese(noise(8000, seed).decode("cp1252", errors="replace"), "noise.doc")
    assert caught.value.stage == "detect" and "does not read as Vietnamese" in caught.value.reason


def test_a_short_text_is_not_judged():
    assert check_vietnamese("Article 1. Scope") == []
