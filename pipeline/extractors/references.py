"""Citations of other documents: "Quyết định số 4647/QĐ-UBND ngày 14/12/2023".

Numbers are found by character regexes before any date is looked for, so the
"30/2020" inside "30/2020/NĐ-CP" can never become a date. The notation is kept
apart from the number ("4647" + "QĐ-UBND") as document-exchange systems do, and
its type abbreviation is checked against Decree 30/2020/NĐ-CP, Appendix III.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import Resources
from .dates import NUMERIC_DATE, WORDED_DATE, make_date
from .intervals import Intervals

_UP = "A-ZĐÂĂÊÔƠƯ"
_NOTE_PART = rf"[{_UP}][{_UP}a-zđ&]*\d*"  # "QĐ", "UBND", "SNN&PTNT", "QH14", "TTr"

# A notation after the number: "QĐ-UBND", "2018/NĐ-CP", "SKHĐT-TH", "TTr-SNN&PTNT";
# OCR sometimes loses the hyphen ("QĐUBND"), which the all-caps run still covers.
_SLASH_NUMBER = (
    rf"(?P<serial>\d{{1,5}}(?:\.\d{{1,3}})?)(?:/(?P<year>(?:19|20)\d{{2}}))?"  # "66.4/2025/NQ-CP"
    # "07/2016/NĐ- CP", "1988 / LĐTBXH - LĐTL": stray spaces around the slash and the hyphen
    rf"[ ]?/[ ]?(?P<notation>{_NOTE_PART}(?:[ ]?-[ ]?{_NOTE_PART})*)"
)
# Party documents: "07-CTr/TU", "10-KL/TW", "1494-CV/TU" (type after a hyphen, issuer after /)
_PARTY_NUMBER = rf"(?P<pserial>\d{{1,5}})-(?P<pnotation>{_NOTE_PART}/{_NOTE_PART}(?:-{_NOTE_PART})?)"

# Before 2000 a number was written "25-HĐBT", "5762-KTTH": counted after "số" only.
# ... and a Party number whose hyphen a crawl made a space: "số 1836 QĐ/TWĐTN"
_LEGACY_NUMBER = (rf"(?<=số\s)(?P<lserial>\d{{1,5}})(?:-(?P<lnotation>[{_UP}]{{2,}}(?:/[{_UP}]{{2,}})?)"
                  rf"|[ ](?P<snotation>[{_UP}]{{2,}}/[{_UP}]{{2,}}))")

_NUMBER = re.compile(rf"(?<![\w/-])(?:{_SLASH_NUMBER}|{_PARTY_NUMBER}|{_LEGACY_NUMBER})(?![\w/])")

# the label of a document's own number in its header: "Số: 2639 /UBND-VP" (a citation says "số 2639")
_OWN_NUMBER = re.compile(r"(?<![\w])Số\s*:\s*$")

# "số 2620" with no notation counts only right after a document-type word.
_BARE_NUMBER = re.compile(r"(?<![\w/])(?P<serial>\d{1,5})(?![\w/.-]|\.\d)")

_ARTICLES = re.compile(
    r"(?P<art>(?:(?:điểm\s+[a-zđ]\s+)?(?:khoản\s+\d+\s+)?Điều\s+\d+|(?:điểm\s+[a-zđ]\s+)?khoản\s+\d+)"
    r"(?:\s+của)?)\s+$",
    re.IGNORECASE,
)
_ISSUER_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:\(?ngày[^)]{0,30}\)?\s*)?của\s+(?P<issuer>[^,;.()]{3,60}?)"
    r"(?=\s+(?:về|v/v|quy định|hướng dẫn|ban hành|phê duyệt)\b|[,;.()]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundReference:
    """A citation found in the text, with half-open offsets of the whole citation."""

    number: str
    kind: str
    serial: str
    notation: str | None
    date: dt.date | None
    issuer: str | None
    articles: str | None
    start: int
    end: int


@lru_cache(maxsize=4)
def _type_tables(resources: Resources) -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    names = sorted({t.name for t in resources.document_types} | {"văn bản", "Văn bản"},
                   key=len, reverse=True)
    word = re.compile(
        r"(?P<type>" + "|".join(re.escape(n) for n in names) + r")"
        r"(?:\s+(?:hành động|liên tịch|khẩn))?(?:\s*(?:số|:|số:)\s*|\s+)(?:số\s+)?$",
        re.IGNORECASE,
    )
    by_name = {t.name.lower(): t.reference_kind for t in resources.document_types}
    by_name["văn bản"] = "official_letter"
    by_notation = {t.notation: t.reference_kind for t in resources.document_types}
    return word, by_name, by_notation


def _kind_from_notation(notation: str, by_notation: dict[str, str]) -> str | None:
    head = re.split(r"[-/]", notation)[0]
    if head in by_notation:
        return by_notation[head]
    if re.fullmatch(r"QH\d*", head):
        return "law"
    for abbreviation in sorted(by_notation, key=len, reverse=True):  # hyphen lost: "QĐUBND"
        if len(abbreviation) >= 2 and head.startswith(abbreviation) and head != abbreviation:
            return by_notation[abbreviation]
    return None


def notation_is_known(notation: str, resources: Resources) -> bool:
    """True when the notation's type part is a Decree 30 abbreviation or a letter's issuer-unit."""
    _, _, by_notation = _type_tables(resources)
    return _kind_from_notation(notation, by_notation) is not None or "-" in notation


def _date_after(text: str, pos: int) -> tuple[dt.date | None, int]:
    window = text[pos : pos + 40]
    match = re.match(r"\s*(?:\(\s*)?(?:,\s*)?ngày\s+", window, re.IGNORECASE)
    if not match:
        return None, pos
    rest = window[match.end():]
    for pattern in (WORDED_DATE, NUMERIC_DATE):
        m = pattern.match(rest)
        if m and m["y"]:
            date = make_date(int(m["y"]), int(m["m"]), int(m["d"]))
            end = pos + match.end() + m.end()
            if text[end : end + 1] == ")":
                end += 1
            return date, end
    return None, pos


def find_references(text: str, resources: Resources) -> list[FoundReference]:
    """Every citation in ``text``, in order.

    >>> [r.number for r in find_references("theo Quyết định số 4647/QĐ-UBND ngày 14/12/2023", R)]
    ['4647/QĐ-UBND']
    """
    type_word, by_name, by_notation = _type_tables(resources)
    found: list[FoundReference] = []
    taken = Intervals()

    def preceding_type(start: int) -> tuple[str | None, int]:
        before = text[max(0, start - 45) : start]
        match = type_word.search(before)
        if not match:
            return None, start
        return by_name.get(match["type"].lower()), start - len(before) + match.start()

    def add(serial: str, notation: str | None, number: str, start: int, end: int,
            kind: str | None) -> None:
        date, end_date = _date_after(text, end)
        end = max(end, end_date)
        issuer_match = _ISSUER_AFTER.match(text[end : end + 80])
        issuer = issuer_match["issuer"].strip() if issuer_match else None
        articles_match = _ARTICLES.search(text[max(0, start - 40) : start])
        found.append(FoundReference(
            number=number, kind=kind or "other", serial=serial, notation=notation, date=date,
            issuer=issuer, articles=articles_match["art"] if articles_match else None,
            start=start, end=end,
        ))
        taken.add(start, end)

    for match in _NUMBER.finditer(text):
        if _OWN_NUMBER.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Số: 2639 /UBND-VP": the document's own number, in a header the layout did not find
        if match["serial"]:
            serial, notation = match["serial"], match["notation"].replace(" ", "")
            year = match["year"]
            number = f"{serial}/{year}/{notation}" if year else f"{serial}/{notation}"
        elif match["pserial"]:
            serial, notation = match["pserial"], match["pnotation"]
            number = f"{serial}-{notation}"
        else:
            serial, notation = match["lserial"], match["lnotation"] or match["snotation"]
            number = f"{serial}-{notation}"
        kind_word, type_start = preceding_type(match.start())
        kind = kind_word or _kind_from_notation(notation, by_notation)
        if kind is None and "-" not in notation and "/" not in notation:
            continue  # "12/ABC" with no type word nor known notation: not a citation
        add(serial, notation, number, type_start, match.end(), kind or "official_letter")

    # Numbers without notation: "Công văn số 2620 ngày 14.5.2018", "các Công văn: số 2620 ..."
    for match in _BARE_NUMBER.finditer(text):
        start = match.start()
        if taken.covers(start):
            continue
        before = text[max(0, start - 60) : start]
        if not re.search(r"số\s*$", before, re.IGNORECASE):
            continue
        kind_word, type_start = preceding_type(start)
        if kind_word is None:
            listed = re.search(r"(?P<type>Công văn|văn bản|Quyết định|Thông báo)[^.;]{0,40}?"
                               r"(?:số\s+)$", before, re.IGNORECASE)
            if not listed:
                continue
            kind_word = by_name.get(listed["type"].lower())
            type_start = start
        add(match["serial"], None, match["serial"], type_start, match.end(), kind_word)

    found.sort(key=lambda r: r.start)
    return found
