"""Document metadata: type, number, issued date, issuer, signer, title, recipients."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..patterns import alternation
from ..resources import Resources
from ..structure import NATIONAL_MOTTO, Layout, recipients_of, signer_of
from .agencies import find_agencies
from .dates import make_date

_NUMBER_LINE = re.compile(r"(?:^|\n)\s*Số\s*:\s*(?P<n>[\w/.\-&Đđ]+)")
_ISSUED_LINE = re.compile(
    r"(?:^|\n)[^\n,]{2,40},\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
)
# "Công văn số 1238 ngày 8/11/2016 V/v ..." as the first line of a published letter
_INLINE_HEAD = re.compile(
    r"^\s*(?P<type>[A-ZĐ][a-zà-ỹđ]+(?:\s[a-zà-ỹđ]+)?)\s+số\s+(?P<n>[\w/\-Đđ&]+)\s+ngày\s+"
    r"(?P<date>\d{1,2}/\d{1,2}/\d{4})",
)
_PLAN_INTRO = re.compile(r"\bban hành\s+(?P<type>Kế hoạch|Chương trình|Chỉ thị)\b[^.\n]{0,60}"
                         r"như sau\s*:")
_PUBLISHED = re.compile(r"(?:^|\n)[^\n]{0,30}?(?P<date>\d{1,2}/\d{1,2}/(?:19|20)\d{2})")


@dataclass
class Metadata:
    doc_type: str
    number: str | None = None
    issued_date: dt.date | None = None
    issuer: str | None = None
    signer: str | None = None
    title: str | None = None
    recipients: list[str] = field(default_factory=list)
    year: int | None = None  # the year that completes dates written without one


_LEVEL_WORDS = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"


_BODY_LINE = re.compile(r"^(?:SỞ|BAN|BỘ|CỤC|TỔNG CỤC|CHI CỤC|PHÒNG|TRUNG TÂM|VĂN PHÒNG|THANH TRA|ĐÀI|BÁO|"
                        r"KHO BẠC|BẢO HIỂM|CÔNG AN|BỘ CHỈ HUY|HỘI|TRƯỜNG|BỆNH VIỆN)\b")
_PARENT_PLACE = re.compile(rf"\b({_LEVEL_WORDS})\s+(.+)$", re.IGNORECASE)


def _issuer_from_header(lines: list[str], resources: Resources) -> str | None:
    """The issuing body from the header lines: "ỦY BAN NHÂN DÂN / TỈNH THANH HÓA" -> "UBND tỉnh Thanh Hóa".

    Under a parent line ("UBND TỈNH KIÊN GIANG / SỞ Y TẾ") the body is the lower line,
    completed with the parent's place: "Sở Y tế tỉnh Kiên Giang"."""
    issuer_lines = []
    for line in lines:
        if NATIONAL_MOTTO.match(line) or line.startswith(("Số", "|", "-")):
            break
        issuer_lines.append(line.strip("| "))
    if not issuer_lines:
        return None
    body_at = next((i for i, line in enumerate(issuer_lines) if i > 0 and _BODY_LINE.match(line.upper())), None)
    if body_at is None:
        return _proper_case(" ".join(issuer_lines), resources)
    parent = _proper_case(" ".join(issuer_lines[:body_at]), resources)
    body = _proper_case(" ".join(issuer_lines[body_at:]), resources)
    place = _PARENT_PLACE.search(parent)
    has_place = re.search(rf"\b{_LEVEL_WORDS}\b", body) or any(p.name in body for p in resources.provinces)
    return f"{body} {place.group(0)}" if place and not has_place else body


@lru_cache(maxsize=4)
def _province_spelling(resources: Resources) -> tuple[re.Pattern[str], dict[str, str]]:
    """Province names in small letters, and how each is spelt."""
    spelling = {p.name.lower(): p.name for p in resources.provinces}
    return re.compile(rf"(?<![\wđ])(?:{alternation(spelling) or '(?!)'})(?![\wđ])"), spelling


def _proper_case(text: str, resources: Resources) -> str:
    """Header capitals in the spelling of the gazetteer and of place names."""
    if text != text.upper():
        return text
    text = text.lower()
    text = re.sub(r"^(?:ủy|uỷ) ban nhân dân\b", "UBND", text)
    text = re.sub(r"^hội đồng nhân dân\b", "HĐND", text)
    text = re.sub(r"\bubnd\b", "UBND", text)
    # Place names are capitalised: the words after the administrative level.
    text = re.sub(rf"\b({_LEVEL_WORDS})\s+(.+)$", lambda m: f"{m.group(1)} {m.group(2).title()}", text)
    places, spelling = _province_spelling(resources)
    text = places.sub(lambda m: spelling[m.group(0)], text)
    for entry in resources.agencies:  # gazetteer spelling ("Sở Y tế", "Bộ Công Thương")
        if text.lower() == entry.name.lower() or text.lower().startswith(entry.name.lower() + " "):
            return entry.name + text[len(entry.name):]
    for head in sorted(resources.agency_patterns["heads"], key=len, reverse=True):
        if text.startswith(head.lower() + " ") and head[:1].isupper():
            return head + text[len(head):]
    return text[:1].upper() + text[1:]


def _type_from_notation(number: str | None, resources: Resources) -> str | None:
    """The type a document number spells ("12/TB-UBND" -> notice); a letter's ("45/UBND-KT") spells none."""
    if not number or "/" not in number:
        return None
    first = number.split("/")[-1].split("-")[0].upper()
    return next((t.doc_type for t in resources.document_types if t.notation.upper() == first), None)


def _reference_year(text: str, issued: dt.date | None) -> int | None:
    if issued:
        return issued.year
    head = _PUBLISHED.search(text[:300])
    if head:
        return int(head["date"].rsplit("/", 1)[1])
    years = Counter(re.findall(r"(?<![\d/])(20\d{2}|19\d{2})(?!\d)", text))
    return int(years.most_common(1)[0][0]) if years else None


def extract_metadata(text: str, layout: Layout, resources: Resources) -> Metadata:
    """Metadata of a document from its layout and text."""
    by_heading = {t.name.upper(): t.doc_type for t in resources.document_types}
    by_name = {t.name.lower(): t.doc_type for t in resources.document_types}
    header_text = text[: max(layout.header_end, 0)]
    meta = Metadata(doc_type="press_release", title=layout.title)
    if layout.doc_heading or layout.letter:
        meta.doc_type = by_heading.get(layout.doc_heading or "", "other")
        number = _NUMBER_LINE.search(header_text)
        meta.number = number["n"].rstrip(".") if number else None
        issued = _ISSUED_LINE.search(header_text)
        if issued:
            meta.issued_date = make_date(int(issued["y"]), int(issued["m"]), int(issued["d"]))
        meta.issuer = _issuer_from_header(layout.header_lines, resources)
        if layout.letter:
            meta.doc_type = _type_from_notation(meta.number, resources) or "official_letter"
    else:
        inline = _INLINE_HEAD.match(text)
        plan = _PLAN_INTRO.search(text[:600])
        if inline and inline["type"].lower() in by_name:
            meta.doc_type = by_name[inline["type"].lower()]
            meta.number = inline["n"]
            d, m, y = (int(x) for x in inline["date"].split("/"))
            meta.issued_date = make_date(y, m, d)
        elif plan:
            meta.doc_type = by_name[plan["type"].lower()]
        meta.issuer = _issuer_from_text(text, resources)
    meta.signer = signer_of(layout.closing_lines)
    meta.recipients = recipients_of(layout.closing_lines)
    meta.year = _reference_year(text, meta.issued_date)
    return meta


_ISSUING = re.compile(
    r"^\s*(?:đã\s+|vừa\s+|cũng\s+)*(?:ban hành|ký|có (?:văn bản|công văn|công điện|thông báo|chỉ thị|quyết định)"
    r"|gửi|yêu cầu|chỉ đạo|giao|đề nghị|thông báo|phê duyệt|quyết định)(?![\wđ])", re.IGNORECASE)
_AUTHORITY_NAME = re.compile(
    r"^(?:(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)"
    r"|Thủ tướng Chính phủ|Chính phủ|Bộ\s|Cục\s|Sở\s|Tổng cục\s)", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"(?:Chủ tịch|Giám đốc|Bí thư|Trưởng ban)\s+(?:UBND|HĐND|Ủy ban nhân dân)?\s*$",
                           re.IGNORECASE)
_TITLE = re.compile(r"^(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bộ trưởng|Cục trưởng|Thủ tướng)\s+", re.IGNORECASE)


def _issuer_from_text(text: str, resources: Resources) -> str | None:
    """For published articles: the authority that issues or directs ("UBND tỉnh vừa có văn bản ..."),
    its title dropped, its place completed from the text when the mention names none."""
    agencies = [a for a in find_agencies(text, resources) if a.start < 2000]
    chosen = None
    for agency in agencies:
        name = _TITLE.sub("", agency.name) if agency.title or _TITLE.match(agency.name) else agency.name
        if name.lower() == "thủ tướng" or agency.name.lower().startswith("thủ tướng"):
            name = "Thủ tướng Chính phủ"
        if _AUTHORITY_NAME.match(name) and _ISSUING.match(text[agency.end : agency.end + 40]):
            chosen = name
            break
    if chosen is None:
        for agency in agencies:
            name = agency.name
            if re.match(r"^(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|huyện|thành phố)\s+[A-ZĐ]", name):
                chosen = name
                break
    if chosen is None:
        portal = re.search(r"Cổng thông tin điện tử (tỉnh|thành phố) ([A-ZĐ][\wđ]+(?: [A-ZĐ][\wđ]+)*)",
                           text[:500])
        return f"UBND {portal.group(1)} {portal.group(2)}" if portal else None
    chosen = re.sub(r"^Ủy ban nhân dân", "UBND", chosen)
    level = re.fullmatch(r"(?:UBND|HĐND)\s+(tỉnh|huyện|thành phố|thị xã|quận)", chosen)
    if level:
        places: Counter[str] = Counter()
        pattern = rf"(?<![\wđ]){level.group(1)}\s+((?-i:[A-ZĐ][\wđ]+)(?:\s(?-i:[A-ZĐ][\wđ]+)){{0,3}})"
        for m in re.finditer(pattern, text):
            # "Chủ tịch UBND tỉnh Phạm Anh Tuấn" names a person, not the province
            if not _TITLE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                places[m.group(1)] += 1
        place = places.most_common(1)[0][0] if places else None
        if place:
            chosen = f"{chosen} {place}"
    return chosen
