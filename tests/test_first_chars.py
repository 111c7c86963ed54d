"""The first-character guard: the same matches, found where they can start."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extractors.deadlines import _phrase_patterns
from pipeline.extractors.tasks.vocab import _compile_vocab, compile_vocab
from pipeline.first_chars import guarded
from pipeline.resources import load_resources


@pytest.mark.parametrize(("source", "flags", "guard"), [
    (r"(?:trong\s+)?quý\s+\d", 0, "(?=[qt])"),
    (r"(?<![\wđ])(?:hằng|hàng)\s+năm", re.IGNORECASE, "(?=[h])"),
    # Unicode's digits and spaces, as the pattern means them
    (r"\d{1,2}/\d{4}", 0, r"(?=[\d])"),
    (r"(?:\s+và)?\s+năm", 0, r"(?=[\s])"),
    (r"(?:Thời gian\s*:\s*)?[t-u]háng\s+\d", re.IGNORECASE, "(?=[Tt-u])"),
])
def test_the_guard_names_the_characters_a_match_starts_with(source: str, flags: int, guard: str) -> None:
    assert guarded(re.compile(source, flags)).pattern == f"{guard}(?:{source})"


@pytest.mark.parametrize("source", [
    r"(?:năm)?",  # may match empty: nothing to guard
    r"\w+\s+năm",  # any word character first
    r".năm",
    r"[^,]+,",
    r"(?P<a>x)?(?(a)y|z)",
    r"(?i:quý)\s+\d",  # case ignored inside a pattern that heeds it
])
def test_a_start_that_cannot_be_told_leaves_the_pattern_as_it_is(source: str) -> None:
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


@pytest.mark.parametrize("text", ["trong\xa0tháng 12/2024", "QUÝ II/٢٠٢٤", "Quý\u2003II/2024"])
def test_unicode_spaces_digits_and_capitals_are_still_found(text: str) -> None:
    """A fixture written for this test: a no-break space, Arabic-Indic digits, an em space."""
    for pattern in (re.compile(r"(?<=trong)\s+tháng"), re.compile(r"\d{4}"), re.compile(r"quý\s+II", re.I)):
        assert [m.span() for m in guarded(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


# words of deadlines and of the text around them, and characters that open none
_WORDS = st.sampled_from([
    "hoàn thành", "trong", "trước", "ngày", "tháng", "quý", "Quý", "II", "năm", "2024", "15/3", "hằng",
    "hàng", "định kỳ", "6", "đầu", "cuối", "ngay", "khẩn trương", "Sở Y tế", "báo cáo", ",", ".", ";",
    "từ", "đến", "hết", "này", "nay", "sau", "mỗi", "tuần", "Đến", "HẰNG", "xong", "vào", "12", "2025",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=30).map(" ".join))
def test_the_deadline_patterns_find_the_same_matches_guarded(text: str) -> None:
    for pattern in _phrase_patterns(load_resources()).values():
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in guarded(pattern).finditer(text)] == found


_CLAUSE_WORDS = st.sampled_from([
    "Sở Y tế", "UBND tỉnh", "các sở, ngành", "giao", "yêu cầu", "đề nghị", "chủ trì", "phối hợp với", "khẩn trương",
    "báo cáo", "trước ngày 15/3", ":", ";", ",", ".", "để", "và", "Các", "người dân", "phải", "Thực hiện",
    "Chỉ thị số 05/CT-TTg", "-", "a)", "1.", "Về", "được", "tổ chức", "Giám đốc", "căn cứ", "Nơi nhận",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CLAUSE_WORDS, min_size=1, max_size=25).map(" ".join))
def test_the_clause_vocabulary_finds_the_same_matches_guarded(text: str) -> None:
    """Assembly's patterns are guarded once, when the vocabulary is compiled: what each finds, and its
    groups, are those of the pattern as written, with ``search``, ``match`` and ``finditer``."""
    plain, fast = _compile_vocab(load_resources()), compile_vocab(load_resources())
    for name, pattern in vars(plain).items():
        if not isinstance(pattern, re.Pattern):
            continue
        guarded_pattern = getattr(fast, name)
        assert [(m.span(), m.groups()) for m in guarded_pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)], name
        for pos in range(0, len(text), 7):
            found, expected = guarded_pattern.match(text, pos), pattern.match(text, pos)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
