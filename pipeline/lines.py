"""Lines as the layout rules read them, and the layout vocabulary of ``models/`` compiled.

Web crawls and Markdown conversions draw a document's header as a table whose cells stand
one per line between lone "|" lines, mark emphasis with "**", and break lines inside a
cell ("Hà Nội, ngày 18" / "tháng 11 năm 2025"). The layout rules match a line's
:func:`plain` text, so "**QUYẾT ĐỊNH**" and "QUYẾT ĐỊNH" read alike; offsets stay those
of the canonical text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .patterns import CAPITALS, alternation
from .resources import Resources

_EMPHASIS = re.compile(r"\*+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}(?=\s|$)")
# A cell boundary ("|"), a rule under the issuer or the motto ("-------"), a Party star ("*"),
# a dotted blank of a form ("........").
_RULE = re.compile(r"[|\-–—_=.…•*\s]*")
# "Hà Nội, ngày 18 tháng 11 năm 2025" and "ngày 25/11/2025"; a blank form date has no digits.
PLACE_DATE = re.compile(
    r"^[^\W\d_][^,\n]{1,40},\s*ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})",
    re.IGNORECASE)
DATE_PARTS = re.compile(
    r"ngày\s*(?P<d>\d{1,2})\s*(?:tháng\s*|[/.-])(?P<m>\d{1,2})\s*(?:năm\s*|[/.-])(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE)
# (a scan may lose the dot of "nhận": "Nơi nhân:", then with its colon, not "Nơi nhân dân ...")
RECIPIENTS = re.compile(r"^N[ơo]i (?:nhận|gửi)\s*:?|^N[ơo]i nh[âa]n\s*:", re.IGNORECASE)  # a scan may read "Noi"
SUBJECT = re.compile(r"^(?:V/v|V/V|Về việc)\b\s*:?", re.IGNORECASE)
# a field of the digital signature's stamp that a scan prints above the header ("Ký bởi: Tổng cục Thuế",
# "Địa chỉ: 123 Lò Đúc", "Thời gian ký: 17.03.2022 15:28"): a short label and its value
_FIELD_LINE = re.compile(r"^\W{0,2}[^\W\d][^:]{0,24}:\s*\S")


def is_stamp_field(line: str) -> bool:
    """Whether a line above the motto is a label and its value, as no issuer's name in capitals is;
    a letter's "Số: ..." and "V/v: ..." are read before this is asked."""
    return bool(_FIELD_LINE.match(line)) and not is_capitals(line)


def plain(text: str) -> str:
    """A line without Markdown emphasis and heading marks, spaces collapsed.

    >>> plain("**Số:** 01763/QĐ-UBND")
    'Số: 01763/QĐ-UBND'
    """
    text = _MARKDOWN_HEADING.sub("", _EMPHASIS.sub("", text).strip())
    return re.sub(r"\s+", " ", text).strip()


def is_rule(text: str) -> bool:
    """A line with no words: a table cell boundary "|", a rule "-------", a Party star."""
    return _RULE.fullmatch(text) is not None


@lru_cache(maxsize=4096)
def is_heading(text: str) -> bool:
    """A line in capitals ("TỔ CHỨC THỰC HIỆN", "I. ĐÁNH GIÁ ...")."""
    if len(text.split()) <= 2 and text.rstrip().endswith((".", ",", ";")):
        return False  # "TTHC." ends a sentence broken over lines: an abbreviation, not a heading
    # a heading has at most one small letter in ten letters, so at most len(text) / 10 of them: the
    # small letters of its opening already decide a paragraph, without counting all of it
    if sum(map(str.islower, text[:_OPENING])) * 10 > len(text):
        return False
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    return upper + lower >= 3 and upper >= 0.9 * (upper + lower)


_OPENING = 120


def is_capitals(text: str) -> bool:
    """Every letter of a (short) line a capital: "BÁO", "ĐỊNH", "TỈNH CÀ MAU"."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class LayoutVocab:
    """The layout vocabulary of ``models/layout.yaml``, ``site_furniture.yaml`` and the type names."""

    type_heading: re.Pattern[str]  # "QUYẾT ĐỊNH", "Thông tư": a document type opening a line
    # a type heading whose marks a scan's reading lost or mistook ("NGHỊ QUYET"), by its bare letters
    scanned_heading: re.Pattern[str]
    type_by_bare: dict[str, str]  # bare letters ("NGHI QUYET") -> the type's name in capitals
    annex_heading: re.Pattern[str]  # "PHỤ LỤC II", "DANH MỤC", "KẾ HOẠCH": what follows a signature
    annex_citation: re.Pattern[str]  # "(Ban hành kèm theo Quyết định số ..."
    motto: re.Pattern[str]
    motto_line: re.Pattern[str]
    enacting: re.Pattern[str]
    signature_title: re.Pattern[str]
    furniture: re.Pattern[str]
    panel_label: re.Pattern[str]
    page_end: re.Pattern[str]
    page_title: re.Pattern[str]  # "Quyết định 1498/QĐ-UBND năm 2025 ...": a page reporting a document
    number_line: re.Pattern[str]  # "Số: 01763/QĐ-UBND", "Số 37-HD/BTGDVTW": the number may sit on the next line
    english_date: re.Pattern[str]  # "November 25, 2025"
    months: dict[str, int]
    basis: re.Pattern[str] = re.compile("(?!)")  # "Căn cứ Luật Tổ chức Chính phủ ...", "Căn cứ Nghị định số ..."


def bare_letters(text: str) -> str:
    """The text without its tone and vowel marks: "NGHỊ QUYẾT" -> "NGHI QUYET", "Đ" -> "D"."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _any_marks(word: str) -> str:
    """A pattern of ``word`` whose letters may carry any marks or none (a scan's reading)."""
    return "".join(re.escape(c) if not c.isalpha() else f"[{_FORMS.get(bare_letters(c).lower(), c)}]"
                   for c in word)


_FORMS: dict[str, str] = {}
for _letter in CAPITALS.replace("A-Z", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):  # each bare letter's Vietnamese forms
    _FORMS[bare_letters(_letter).lower()] = _FORMS.get(bare_letters(_letter).lower(), "") + _letter


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


@lru_cache(maxsize=8)
def layout_vocab(resources: Resources, type_words: tuple[str, ...]) -> LayoutVocab:
    """Compile the layout vocabulary once per resources and list of type names."""
    layout, site = resources.layout, resources.site_furniture
    types = alternation(type_words)
    annexes = alternation([*layout["annex_headings"], *type_words])
    citations = alternation(layout["annex_citations"])
    flags = re.IGNORECASE
    return LayoutVocab(
        type_heading=re.compile(rf"^(?:{types})(?=\s|$|:)", flags),
        scanned_heading=re.compile(rf"^(?:{'|'.join(_any_marks(w) for w in sorted(type_words, key=len, reverse=True))})"
                                   rf"(?=\s|$|:)", flags),
        type_by_bare={bare_letters(w).upper(): w.upper() for w in type_words},
        annex_heading=re.compile(rf"^(?:{annexes})(?=\s|$|:|\.|\d)", flags),
        # the type is followed by its number or a blank for it, never by "này" (this decision)
        annex_citation=re.compile(
            rf"^\(?\s*(?:{citations})\s+(?P<type>{types})\s*(?:số\b|:|\d|/|…|\.\.|\)|$|{_GARBLED_NUMBER})", flags),
        motto=re.compile(rf"^(?:{_any(layout['mottos'])})", flags),
        motto_line=re.compile(rf"^(?:{_any(layout['motto_lines'])})", flags),
        enacting=re.compile(rf"^(?:{alternation(layout['enacting'])})(?=\s|$|:)", flags),
        signature_title=re.compile(
            rf"^(?:PHÓ\s+)?(?:{alternation(layout['signature_titles'])})(?:\s+[^\W\d_]+){{0,8}}\s*$", flags),
        furniture=re.compile(rf"^(?:{_any(site['lines'])})", flags),
        panel_label=re.compile(rf"^(?:{_any(site['panel_labels'])})\s*:\s*$", flags),
        page_end=re.compile(rf"^(?:{_any(site['page_end'])})", flags),
        page_title=re.compile(rf"^(?:{types})\s+(?:số\s+)?\d+[\w.]*[/-][\w/.\-&]+", flags),
        number_line=re.compile(rf"^(?:{_any(layout['number_labels'])})(?=\s|$|\d)"),
        english_date=re.compile(rf"\b(?P<month>{alternation(layout['months'])})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})"),
        months=dict(layout["months"]),
        basis=re.compile(rf"^[*_\s]*căn cứ\s+(?:vào\s+)?(?:{alternation(layout.get('basis_instruments', []))}|{types})"
                         r"(?=\s|$)", flags),
    )


# a number a scan's text recognition garbled: still one word with its slash ("sább/sy")
_GARBLED_NUMBER = r"[^\s/()]{1,8}/"


def citation_at(lines: list[str], content: list[int], k: int, vocab: LayoutVocab) -> int | None:
    """Position of the last line of a "(Ban hành) kèm theo <type> số ..." line opened at ``content[k]``."""
    line = lines[content[k]]
    if len(line) > 300 or not vocab.annex_citation.match(line):
        return None
    if not line.startswith("(") and line.rstrip().endswith((".", ";", ":")):
        return None  # a sentence of the body, not a line under a heading
    last = k
    if line.startswith("("):  # the parenthesis wraps over a line or two
        while last < min(k + 3, len(content) - 1) and not lines[content[last]].rstrip().endswith(")"):
            last += 1
        if not lines[content[last]].rstrip().endswith(")"):
            last = k
    return last
