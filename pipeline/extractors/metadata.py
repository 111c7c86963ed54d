"""Document metadata: type, number, issued date, issuer, signer, title, recipients."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from ..resources import Resources
from ..structure import Layout, recipients_of, signer_of
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


def _issuer_from_header(lines: list[str], resources: Resources) -> str | None:
    """ "ỦY BAN NHÂN DÂN / TỈNH THANH HÓA" -> "UBND tỉnh Thanh Hóa"."""
    issuer_lines = []
    for line in lines:
        if line.upper().startswith("CỘNG HÒA") or line.startswith(("Số", "|", "-")):
            break
        issuer_lines.append(line.strip("| "))
    if not issuer_lines:
        return None
    text = " ".join(issuer_lines)
    text = re.sub(r"^ỦY BAN NHÂN DÂN\b", "UBND", text)
    words = text.split()
    out = []
    for i, word in enumerate(words):
        if word in {"UBND", "HĐND"} or not word.isupper():
            out.append(word)
        elif i > 0 and words[i - 1].upper() in {"TỈNH", "HUYỆN", "XÃ", "PHƯỜNG", "QUẬN", "THÀNH",
                                                  "PHỐ", "THỊ", "TRẤN"} | set(out[-1:]) - {""}:
            out.append(word.capitalize())
        else:
            out.append(word.capitalize() if i == 0 else word.lower())
    issuer = " ".join(out)
    # Place names are capitalised: everything after the administrative level word.
    issuer = re.sub(r"\b(tỉnh|huyện|thành phố|xã|phường|quận|thị xã)\s+(.+)$",
                    lambda m: m.group(1) + " " + m.group(2).title(), issuer)
    for entry in resources.agencies:  # gazetteer spelling ("Sở Nội vụ", "Bộ Công Thương")
        if issuer.lower() == entry.name.lower():
            return entry.name
    return issuer


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
    if layout.doc_heading:
        meta.doc_type = by_heading.get(layout.doc_heading, "other")
        number = _NUMBER_LINE.search(header_text)
        meta.number = number["n"].rstrip(".") if number else None
        issued = _ISSUED_LINE.search(header_text)
        if issued:
            meta.issued_date = make_date(int(issued["y"]), int(issued["m"]), int(issued["d"]))
        meta.issuer = _issuer_from_header(layout.header_lines, resources)
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


def _issuer_from_text(text: str, resources: Resources) -> str | None:
    """For published articles: the first named provincial or central body of the text."""
    for agency in find_agencies(text[:1500], resources):
        name = agency.name
        if re.match(r"^(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|huyện|thành phố)\s+[A-ZĐ]", name):
            return re.sub(r"^Ủy ban nhân dân", "UBND", name)
        if re.match(r"^(?:Bộ|Thủ tướng Chính phủ|Cục)\s*", name) and agency.title is None:
            return name
    portal = re.search(r"Cổng thông tin điện tử (tỉnh|thành phố) ([A-ZĐ][\wđ]+(?: [A-ZĐ][\wđ]+)*)",
                       text[:500])
    return f"UBND {portal.group(1)} {portal.group(2)}" if portal else None

