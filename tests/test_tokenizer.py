import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.vocab import Vocab

from pipeline.nlp import build_nlp
from pipeline.normalize import canonical_text
from pipeline.tokenizer import SyllableTokenizer, syllable_spans, text_of

from .conftest import CORPUS, CORPUS_DEV

ODD = ["", " ", "\n", "a  b\n\n c", "Sở KH&ĐT  chủ trì,phối hợp", "23/4/2023  |  English  |  中文",
       "Tỉnh uỷ Hải Dương", "\t x y ", "4647/QĐ-UBND;07-CTr/TU", "“Nâng cao”...", "Ủy ban\u0301",
       "Sở Y tế:\n- rà soát;\n  báo cáo", "  \n\t", "a\u00a0b", "x_y __ z"]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
@pytest.mark.parametrize("tokens", ["underthesea", "whitespace"])
def test_doc_text_equals_text_on_odd_strings(text, tokens):
    assert build_nlp(None, tokens)(text).text == text


# Vietnamese letters with their marks, digits, the punctuation of administrative texts,
# spaces, line breaks, tabs and a stray combining mark.
ALPHABET = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƠỨÝàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựỳỷỹỵ")
                           + list("0123456789 .,;:/-–()“”\"'&|*_\n\t") + ["\u0301", "\u00a0", "  "])


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=120).map("".join))
def test_doc_text_equals_text_on_any_string(text):
    assert SyllableTokenizer(Vocab())(text).text == text
    doc = build_nlp()(text)
    assert doc.text == text
    assert all(text[s.start_char : s.end_char] == s.text for s in doc.spans["words"])


def _corpus_files():
    files = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.md"))[:3]
    if CORPUS_DEV.is_dir():
        files += sorted((CORPUS_DEV / "docs").glob("*.txt"))
    return files


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name[:40])
def test_doc_text_equals_text_on_corpus(path):
    text = canonical_text(path.read_text(encoding="utf-8"))
    doc = build_nlp()(text)
    assert doc.text == text
    assert text_of(doc) == text


SPANS = [
    ("Sở Y tế", [(0, 2), (3, 4), (5, 7)]),
    ("KH&ĐT,", [(0, 2), (2, 3), (3, 5), (5, 6)]),
    ("4647/QĐ-UBND", [(0, 4), (4, 5), (5, 7), (7, 8), (8, 12)]),
    ("  a\n\nb ", [(2, 3), (5, 6)]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS, ids=[t for t, _ in SPANS])
def test_syllable_spans(text, expected):
    assert syllable_spans(text) == expected


def test_tokens_are_syllables_and_punctuation():
    doc = SyllableTokenizer(Vocab())("Sở KH&ĐT  chủ trì.")
    assert [t.text for t in doc] == ["Sở", "KH", "&", "ĐT", " ", "chủ", "trì", "."]
