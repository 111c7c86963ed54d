"""Document metadata: type, number, issued date, issuer, signer, title, recipients.

The header says them (:mod:`pipeline.header`); a document whose header a web page lost
still names its number and date where its annex says what it belongs to ("(Ban hành kèm
theo Quyết định số ... ngày ...)"), and a page reporting a document names its type and
number in its first line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from ..closing import is_person_name
from ..lines import DATE_PARTS, LayoutVocab, layout_vocab, plain
from ..patterns import CAPITALS, alternation
from ..resources import DocumentTypeEntry, Resources
from ..structure import Layout, recipients_of, signer_of
from .agencies import find_agencies
from .dates import make_date
from .issuer import issuer_from_authority, issuer_from_header, issuer_from_notation, issuer_from_text

# "Số: 01763/QĐ-UBND", "Số 37-HD/BTGDVTW", "Số: 4422 /QĐ-BVHTTDL", the number on the next line
_NUMBER_VALUE = r"\s*(?P<n>\d[\w.]*(?:\s*[/-]\s*[\w.&Đđ]+(?:[/-][\w.&Đđ]+)*)?)"
# the place and date line of the header: "Hà Nội, ngày 18 tháng 11 năm 2025" (cells may break it)
_ISSUED = re.compile(r",\s*" + DATE_PARTS.pattern, re.IGNORECASE)
# "Công văn số 1238 ngày 8/11/2016 V/v ...", "Nghị quyết 62/2025/NQ-HĐND quy định ...": the first
# line of a page that reports a document (a number with its notation, or a date; a date is never the
# number: "Công điện của Cục ... ứng phó với bão\nNgày 29/10/2018, ..." is a headline over an article)
_INLINE_HEAD = (r"^\s*(?P<type>{types})(?:\s+của\s+(?P<issuer>[^,;]{{2,80}}?))?\s+(?:số\s*:?\s*)?"
                r"(?!\d{{1,2}}/\d{{1,2}}/\d{{4}})(?P<n>\d[\w\-Đđ&]*(?P<notation>/[\w/\-Đđ&]+)?)"
                r"(?:,?\s+ngày\s+(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}}))?")
_PLAN_INTRO = re.compile(r"\bban hành\s+(?P<type>Kế hoạch|Chương trình|Chỉ thị)\b[^.\n]{0,60}"
                         r"như sau\s*:")
_PUBLISHED = re.compile(r"(?:^|\n)[^\n]{0,30}?(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d{2})")
# what follows the type in "(Kèm theo Nghị định số 305/2025/NĐ-CP ngày 25 tháng 11 năm 2025 ...)"
_CITED_NUMBER = re.compile(r"^\s*(?:số\s*:?\s*)?(?P<n>\d[\w.]*(?:\s*[/-]\s*[\w&Đđ][\w.&Đđ]*)+)",
                           re.IGNORECASE)


@dataclass
class Metadata:
    doc_type: str
    number: str | None = None
    issued_date: dt.date | None = None
    issuer: str | None = None
    signer: str | None = None
    title: str | None = None
    recipients: list[str] = field(default_factory=list)
    issued_year: int | None = None  # known even when the day is not: "ngày    tháng 11 năm 2025", "01/2024/NĐ-CP"
    year: int | None = None  # the year that completes dates written without one


def _vocab(resources: Resources) -> LayoutVocab:
    return layout_vocab(resources, tuple(t.name for t in resources.document_types))


def _number(header: str, vocab: LayoutVocab) -> str | None:
    for line in header.split("\n"):
        label = vocab.number_line.match(line)
        if label:
            found = re.match(_NUMBER_VALUE, header[header.index(line) + label.end():])
            return re.sub(r"\s+", "", found["n"]).rstrip(".") if found else None
    return None


def _date(found: re.Match[str] | None) -> dt.date | None:
    return make_date(int(found["y"]), int(found["m"]), int(found["d"])) if found else None


def _issued(header: str, vocab: LayoutVocab) -> dt.date | None:
    """The date of the place and date line; a header without a place gives its first date."""
    found = _ISSUED.search(header) or DATE_PARTS.search(header)
    if found:
        return _date(found)
    english = vocab.english_date.search(header)  # a translation: "Hanoi, November 25, 2025"
    return make_date(int(english["y"]), vocab.months[english["month"]], int(english["d"])) if english else None


def type_of_number(number: str | None, resources: Resources) -> DocumentTypeEntry | None:
    """The document type a number's notation spells ("12/TB-UBND" -> Thông báo, "115/2003/NĐ-CP" ->
    Nghị định, the older "155/1998/TT/BTC" -> Thông tư); a letter's ("45/UBND-KT") spells none."""
    if not number or "/" not in number:
        return None
    parts = number.split("/")
    by_notation: dict[str, DocumentTypeEntry] = {}
    for entry in resources.document_types:  # the first of a notation's names, the Vietnamese
        by_notation.setdefault(entry.notation.upper(), entry)
    found = by_notation.get(parts[-1].split("-")[0].upper())
    # the older notation puts the type between slashes: "155/1998/TT/BTC", "1141 TC/QĐ/CĐKT"
    return found or next((by_notation[part.strip().upper()] for part in parts[1:-1]
                          if part.strip().upper() in by_notation), None)


def _type_from_notation(number: str | None, resources: Resources) -> str | None:
    entry = type_of_number(number, resources)
    return entry.doc_type if entry else None


def _reference_year(text: str, issued: dt.date | None) -> int | None:
    if issued:
        return issued.year
    head = _PUBLISHED.search(text[:300])
    if head:
        return int(head["date"].rsplit("/", 1)[1])
    years = Counter(re.findall(r"(?<![\d/])(20\d{2}|19\d{2})(?!\d)", text))
    if not years:  # "... báo cáo ... trước ngày 30/11/2009": the text's only year is a date's
        years = Counter(re.findall(r"(?<!\d)\d{1,2}\s*/\s*\d{1,2}\s*/\s*(20\d{2}|19\d{2})(?!\d)", text))
    return int(years.most_common(1)[0][0]) if years else None


def _citation(line: str, vocab: LayoutVocab) -> tuple[str, str | None, dt.date | None] | None:
    """(type, number, date) a "(Ban hành) kèm theo <type> số ... ngày ..." line names.

    A form's blanks filled by hand keep their dots: "số …05…./2006/ QĐ-UBND, ngày …25..tháng 01".
    """
    found = vocab.annex_citation.match(line)
    if not found:
        return None
    after = re.sub(r"(?<=\d)[….]+|[….]+(?=\d)|…+", " ", line[found.end("type"):])
    after = re.sub(r"^\s*No\.", "", after)
    number = _CITED_NUMBER.match(after)
    date = DATE_PARTS.search(after)
    english = vocab.english_date.search(after)
    issued = _date(date) if date else (
        make_date(int(english["y"]), vocab.months[english["month"]], int(english["d"])) if english else None)
    return found["type"], re.sub(r"\s+", "", number["n"]) if number else None, issued


def _cited(text: str, layout: Layout, resources: Resources) -> tuple[str, str | None, dt.date | None] | None:
    """(type, number, date) of the document an annex says it belongs to, from the first
    "(Ban hành) kèm theo <type> số ... ngày ..." line after the body's start."""
    vocab = _vocab(resources)
    lines = text[layout.header_end:].split("\n")
    for n, raw in enumerate(lines):
        line = plain(raw)
        if len(line) <= 300 and vocab.annex_citation.match(line):
            return _citation(" ".join([line, *map(plain, lines[n + 1:n + 2])]), vocab)
    return None


def _published_head(head: str, resources: Resources) -> re.Match[str] | None:
    """A document named by its first line as a database or a portal publishes it: "Nghị định của
    Chính phủ số 115/2003/NĐ-CP ngày 10/10/2003 về ...", "Công văn số 1238 ngày 8/11/2016 V/v ..."."""
    types = alternation(t.name for t in resources.document_types)
    found = re.match(_INLINE_HEAD.format(types=types), head, re.IGNORECASE)
    return found if found and (found["notation"] or found["date"]) else None


def _first_lines(text: str, count: int = 3, skip: int = 0) -> str:
    lines = (plain(line) for line in text.lstrip().split("\n") if line.strip())  # only the first are read
    return " ".join(islice(lines, skip, skip + count))


_ISSUER_LINE_WORDS = 6  # an issuer's name alone above a published head: "Chính phủ"


def _published_head_of(text: str, resources: Resources) -> re.Match[str] | None:
    """The published head on the first line, or on the next one under the issuer's name alone
    ("Chính phủ" / "Nghị định của Chính phủ số 114/2003/NĐ-CP ngày 10/10/2003 về ...")."""
    found = _published_head(_first_lines(text), resources)
    first = _first_lines(text, count=1)
    if found is None and len(first.split()) <= _ISSUER_LINE_WORDS and not any(c.isdigit() for c in first):
        found = _published_head(_first_lines(text, skip=1), resources)
    return found


def _titled_with_bases(text: str, resources: Resources) -> str | None:
    """The type of a document a page shows without its header: titled by its type on the first line
    ("Thông báo về việc thanh toán ..."), its legal bases ("- Căn cứ Luật ...") among the next lines, as a
    document's and never an article's; None otherwise."""
    lines = [plain(line) for line in islice((line for line in text.lstrip().split("\n") if line.strip()),
                                             _BASES_LINES)]
    titled = _type_title(resources).match(lines[0]) if lines else None
    if titled and any(_BASIS_LINE.match(line) for line in lines[1:]):
        return titled["type"]
    return None


@lru_cache(maxsize=4)
def _type_title(resources: Resources) -> re.Pattern[str]:
    """A title that opens with a document's type and says what it is about: "Thông báo về việc ..."."""
    return re.compile(rf"(?P<type>{alternation([t.name for t in resources.document_types])})\s+(?:về\s+việc|về|V/v)\s")


_BASES_LINES = 6  # the title, a page's view count or date, then the bases
_BASIS_LINE = re.compile(r"[-–•*+\s]*Căn\s+cứ\s", re.IGNORECASE)


def extract_metadata(text: str, layout: Layout, resources: Resources) -> Metadata:
    """Metadata of a document from its layout and text."""
    by_heading = {t.name.upper(): t.doc_type for t in resources.document_types}
    by_name = {t.name.lower(): t.doc_type for t in resources.document_types}
    header = "\n".join(layout.header_lines)
    meta = Metadata(doc_type="press_release", title=layout.title)
    if layout.doc_heading or layout.letter:
        meta.doc_type = by_heading.get(layout.doc_heading or "", "other")
        meta.number = _number(header, _vocab(resources))
        meta.issued_date = _issued(header, _vocab(resources))
        meta.issuer = issuer_from_header(layout.header_lines, _vocab(resources).motto, resources)
        if layout.letter:  # a "V/v" subject is a letter's; without it the notation may say the type
            by_notation = None if layout.title else _type_from_notation(meta.number, resources)
            meta.doc_type = by_notation or "official_letter"
    else:
        inline = _published_head_of(text, resources)
        plan = _PLAN_INTRO.search(text[:600])
        titled = None if inline or plan else _titled_with_bases(text, resources)
        if inline:
            meta.doc_type = by_name[inline["type"].lower()]
        elif plan:
            meta.doc_type = by_name[plan["type"].lower()]
        elif titled:
            meta.doc_type = by_name[titled.lower()]
    if meta.number is None and layout.attached_to:  # a regulation published alone: its decision's facts
        cited = _citation(layout.attached_to, _vocab(resources))
        if cited and cited[1]:
            meta.doc_type = by_name.get(cited[0].lower(), meta.doc_type)
            meta.number, meta.issued_date = cited[1], meta.issued_date or cited[2]
    if meta.number is None:  # "QUYẾT ĐỊNH của Bộ trưởng ... số 1141-TC/QĐ/CĐKT ngày 01 tháng 11 năm 1995"
        head = (f"{layout.doc_heading} {layout.title or ''} {_first_lines(text[layout.header_end:], 1)}"
                if layout.doc_heading else None)
        _fill_from_head(meta, _published_head(head, resources) if head else _published_head_of(text, resources),
                        resources)
    if meta.number is None or meta.issued_date is None:
        _fill_from_annex(meta, text, layout, resources, by_name)
    _fill_from_card(meta, layout, resources, by_name)
    meta.issuer = _card_issuer(meta.issuer, _card(layout, resources, "issuer"), resources)
    if meta.issuer is None and layout.authority:
        meta.issuer = issuer_from_authority(layout.authority, resources)
    if meta.issuer is None and meta.number:  # the header lost: the code its number gives the issuer
        meta.issuer = issuer_from_notation(meta.number, meta.doc_type == "official_letter", text, resources)
    if meta.issuer is None and not layout.header_lines:  # no header: who the text says issues or directs
        meta.issuer = issuer_from_text(text, resources)
    signer = _card(layout, resources, "signer")
    meta.signer = signer_of(layout.closing_lines) or (signer if signer and is_person_name(signer) else None)
    if meta.signer is None and meta.doc_type == "press_release":
        meta.signer = _reported_signer(text[:3000], resources)
    meta.recipients = recipients_of(layout.closing_lines)
    meta.issued_year = _issued_year(meta, header)
    meta.year = meta.issued_year or _reference_year(text, meta.issued_date)
    return meta


# "ngày    tháng 11 năm 2025": a date line left for the signing day still says the year
_BLANK_DAY_YEAR = re.compile(r"ngày[\s.…_]*tháng[\s\d.…_]*năm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
# "01/2024/NĐ-CP", "102/2025/QĐ-UBND": the year a number carries
_NUMBER_YEAR = re.compile(r"^[^/]+/((?:19|20)\d{2})/")


def _issued_year(meta: Metadata, header: str) -> int | None:
    """The year a document was issued: its date's, a date line's whose day is blank, its number's."""
    if meta.issued_date:
        return meta.issued_date.year
    blank = _BLANK_DAY_YEAR.search(header)
    if blank:
        return int(blank[1])
    carried = _NUMBER_YEAR.match(meta.number or "")
    return int(carried[1]) if carried else None


def _reported_signer(text: str, resources: Resources) -> str | None:
    """Who signed the document an article reports: "Phó Chủ tịch UBND tỉnh Mai Xuân Liêm đã có văn
    bản chỉ đạo ...", "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành"."""
    offices = alternation(resources.layout["signature_titles"])
    name = rf"(?P<name>[{CAPITALS}][^\W\d_]+(?:\s[{CAPITALS}][^\W\d_]+){{1,3}})"
    found = re.search(rf"(?i:(?:Phó\s+)?(?:{offices}))\b[^.,;\n]{{0,40}}?\s{name}\s+(?:đã\s+|vừa\s+)?"
                      r"(?:ký|có văn bản)\b", text)
    return found["name"] if found and is_person_name(found["name"]) else None


def _fill_from_head(meta: Metadata, found: re.Match[str] | None, resources: Resources) -> None:
    if found is None:
        return
    meta.number = found["n"]
    date = DATE_PARTS.match("ngày " + found["date"]) if found["date"] else None
    meta.issued_date = meta.issued_date or _date(date)
    if meta.issuer is None and found["issuer"]:
        meta.issuer = issuer_from_authority(found["issuer"].upper(), resources)


def _fill_from_annex(meta: Metadata, text: str, layout: Layout, resources: Resources,
                     by_name: dict[str, str]) -> None:
    """Number and date from an annex's "kèm theo" line when the header does not give them;
    the line names the document's type too (only a document of that type takes them)."""
    cited = _cited(text, layout, resources)
    if cited is None:
        return
    kind = by_name.get(cited[0].lower())
    if meta.doc_type == "press_release" and not layout.letter:
        meta.doc_type = kind or meta.doc_type
    if kind != meta.doc_type:
        return
    meta.number = meta.number or cited[1]
    meta.issued_date = meta.issued_date or cited[2]


def _fill_from_card(meta: Metadata, layout: Layout, resources: Resources, by_name: dict[str, str]) -> None:
    """What the text does not say, from the card a legal library's page shows of the document."""
    number = _card(layout, resources, "number")
    if meta.number is None and number and re.match(r"\d", number):
        meta.number = re.sub(r"\s+", "", number)
    issued = re.fullmatch(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})", _card(layout, resources, "issued_date") or "")
    if meta.issued_date is None and issued:
        meta.issued_date = make_date(int(issued[3]), int(issued[2]), int(issued[1]))
    kind = by_name.get((_card(layout, resources, "doc_type") or "").lower())
    if meta.doc_type == "press_release" and kind:
        meta.doc_type = kind


def _card_issuer(header: str | None, card: str | None, resources: Resources) -> str | None:
    """The issuer the header gives, or the one a legal library's card names ("Nơi ban hành: Bộ Văn
    hoá, Thể thao và du lịch") when the header gives none, or only the bare unit the card names in
    full ("VĂN PHÒNG" under "BAN CHẤP HÀNH TRUNG ƯƠNG": "Văn phòng Ban Chấp hành Trung ương")."""
    if not card or (header and not _bare_unit(header, card)):
        return header
    found = find_agencies(card, resources)
    whole = len(found) == 1 and found[0].start == 0 and found[0].end >= len(card.rstrip(" ."))
    return found[0].name if whole else card


def _bare_unit(header: str, card: str) -> bool:
    """A unit's name without whose unit it is ("Văn phòng", "Ban Tổ chức", "Sở Nội vụ"), which
    the card's name goes on from."""
    return card.lower().startswith(header.lower() + " ")


def _card(layout: Layout, resources: Resources, name: str) -> str | None:
    labels = resources.site_furniture.get("card_fields", {}).get(name, [])
    return next((layout.card[label] for label in labels if label in layout.card), None)
