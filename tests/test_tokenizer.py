import pytest

from pipeline.nlp import build_nlp
from pipeline.normalize import canonical_text
from pipeline.tokenizer import align_words

from .conftest import CORPUS, CORPUS_DEV

ODD = ["", " ", "\n", "a  b\n\n c", "Sở KH&ĐT  chủ trì,phối hợp", "23/4/2023  |  English  |  中文",
       "Tỉnh uỷ Hải Dương", "\t x y ", "4647/QĐ-UBND;07-CTr/TU", "“Nâng cao”...", "Ủy ban\u0301"]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_doc_text_equals_text_on_odd_strings(text):
    assert build_nlp()(text).text == text


def _corpus_files():
    files = sorted(CORPUS.glob("*.txt"))
    if CORPUS_DEV.is_dir():
        files += sorted((CORPUS_DEV / "docs").glob("*.txt"))
    return files


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name[:40])
def test_doc_text_equals_text_on_corpus(path):
    text = canonical_text(path.read_text(encoding="utf-8"))
    doc = build_nlp()(text)
    assert doc.text == text
    assert any(" " in token.text for token in doc)  # real multi-syllable words


def test_align_words_skips_changed_words():
    assert align_words("Sở  Kế hoạch", ["Sở", "Kế hoạch"]) == [(0, 2), (4, 12)]
    assert align_words("a b", ["x", "b"]) == [(2, 3)]
