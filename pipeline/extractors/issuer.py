"""The issuer of a document: as its header writes it, as its enacting line names it, or as an
article reporting it says ("UBND tỉnh vừa có văn bản ...")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..lines import PLACE_DATE, is_stamp_field
from ..patterns import alternation
from ..resources import ProvinceEntry, Resources
from .agencies import PLACE_ALONE, FoundAgency, find_agencies, form_key, gazetteer_forms

_LEVEL_WORDS = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"


_BODY_LINE = re.compile(r"^(?:SỞ|BAN|BỘ|CỤC|TỔNG CỤC|CHI CỤC|PHÒNG|TRUNG TÂM|VĂN PHÒNG|THANH TRA|ĐÀI|BÁO|"
                        r"KHO BẠC|BẢO HIỂM|CÔNG AN|BỘ CHỈ HUY|HỘI|TRƯỜNG|BỆNH VIỆN|"
                        r"(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) ỦY|ĐẢNG ĐOÀN|BAN CÁN SỰ)\b")
# An office named by the body above it alone: "UBND TỈNH VĨNH PHÚC / VĂN PHÒNG" is "Văn phòng UBND tỉnh Vĩnh Phúc"
_OFFICE = re.compile(r"VĂN PHÒNG", re.IGNORECASE)
# A Party committee under its Party organisation: "ĐẢNG BỘ TỈNH HÒA BÌNH / TỈNH ỦY" -> "Tỉnh ủy Hòa Bình"
_COMMITTEE = re.compile(r"^(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) ỦY$", re.IGNORECASE)
# the rule under the issuer's name, run onto its line by a crawl
_RULE_AFTER = re.compile(r"[ \t]*[-_=]{3,}[ \t]*$")


def _unmarked(text: str) -> str:
    """``text`` without its diacritics, one character for one: "TỔNG CỤC" -> "TONG CUC"."""
    return "".join(unicodedata.normalize("NFD", char)[0] for char in text).replace("đ", "d").replace("Đ", "D")


# ... as OCR may spell a header's lines, without their marks ("TONG CUC HAI QUAN")
_BODY_LINE_UNMARKED = re.compile(_unmarked(_BODY_LINE.pattern))
# the motto's words as OCR may leave them on an issuer's line, marks lost or a column rule read as "|":
# "BỘ TÀI CHÍNH CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM", "TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc"
_MOTTO_UNMARKED = re.compile(r"(?<![\w])(?:cong\s*\|?\s*hoa?(?![\w])|xa\s+hoi\s+chu|chu\s+nghia\s+viet"
                             r"|doc\s+lap\s*[-—–])")


def _motto_at(line: str) -> int | None:
    """Where the motto starts on a header line, its marks read or not; None when it is not there."""
    found = _MOTTO_UNMARKED.search(_unmarked(line).lower())
    return found.start() if found else None


_PARENT_PLACE = re.compile(rf"\b({_LEVEL_WORDS})\s+(.+)$", re.IGNORECASE)


def issuer_from_header(lines: list[str], motto: re.Pattern[str], resources: Resources) -> str | None:
    """The issuing body from the header lines: "ỦY BAN NHÂN DÂN / TỈNH THANH HÓA" -> "UBND tỉnh Thanh Hóa".

    Under a parent line ("UBND TỈNH KIÊN GIANG / SỞ Y TẾ") the body is the lower line,
    completed with the parent's place: "Sở Y tế tỉnh Kiên Giang". A narrow cell may break a
    name anywhere ("ỦY BAN NHÂN" / "DÂN"): a line that goes on with the line above is no body.
    """
    issuer_lines: list[str] = []
    for n, line in enumerate(lines):
        following = lines[n + 1] if n + 1 < len(lines) else ""
        if motto.match(line) or motto.match(f"{line} {following}") \
                or line.startswith(("Số", "SỐ", "No.", "|", "-", "V/v")) or PLACE_DATE.match(line):
            break
        if line.strip(" *").isdigit():
            continue  # a page's number above the header ("94" / "CÔNG BÁO/Số 1217/...")
        if is_stamp_field(line):
            issuer_lines = []  # "Ký bởi: Tổng cục Thuế / Thời gian ký: ...": a signature's stamp stands above
            continue
        cut = _motto_at(line)
        if cut == 0:
            break
        if cut is not None:  # OCR ran the two columns into one line: the issuer's part comes first
            line = line[:cut]
        issuer_lines.append(_RULE_AFTER.sub("", line).strip("|* "))  # "BỘ Y TẾ --------": a crawl ran the rule in
    # ... each once: a gazette's PDF may set the issuer's cell twice ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ / BỘ KẾ HOẠCH VÀ ĐẦU TƯ")
    issuer_lines = [line for n, line in enumerate(issuer_lines)
                    if line and (n == 0 or form_key(line) != form_key(issuer_lines[n - 1]))]
    if not issuer_lines:
        return None
    if len(issuer_lines) == 1:
        issuer_lines = _parent_and_body(issuer_lines[0])
    body_at = next((i for i, line in enumerate(issuer_lines)
                    if i > 0 and (_BODY_LINE.match(line.upper()) or _BODY_LINE_UNMARKED.match(_unmarked(line.upper())))
                    and not _goes_on(issuer_lines[i - 1], line)), None)
    if body_at is None:
        return proper_case(" ".join(issuer_lines), resources)
    parent = proper_case(" ".join(issuer_lines[:body_at]), resources)
    body_text = " ".join(issuer_lines[body_at:])
    if _OFFICE.fullmatch(body_text.strip("* ")):  # "UBND TỈNH VĨNH PHÚC / VĂN PHÒNG": the parent's own office
        office = f"Văn phòng {parent}"
        entry = gazetteer_forms(resources).get(form_key(office))
        return entry.name if entry else office
    known = _named_with_parent(proper_case(body_text.strip("* "), resources), parent, resources)
    if known:
        return known
    place = _PARENT_PLACE.search(parent)
    if _COMMITTEE.match(body_text) and place:
        return f"{body_text[:1].upper()}{body_text[1:].lower()} {place.group(2)}"
    body = proper_case(body_text, resources)
    has_place = re.search(rf"\b{_LEVEL_WORDS}\b", body) or any(p.name in body for p in resources.provinces)
    return f"{body} {place.group(0)}" if place and not has_place else body


def _named_with_parent(body: str, parent: str, resources: Resources) -> str | None:
    """The gazetteer's name of a body its parent completes: "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC"
    is "Ban Tổ chức Trung ương" (the body's name, then the end of its parent's)."""
    forms = gazetteer_forms(resources)
    words = parent.split()
    for count in range(1, len(words)):
        entry = forms.get(form_key(f"{body} {' '.join(words[-count:])}"))
        if entry:
            return entry.name
    return None


# A ministry or a People's Committee, then on the same line the body under it that issues: a crawl that
# ran the header's two lines into one ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN", "UBND TỈNH AN GIANG SỞ Y TẾ").
_PARENT_THEN_BODY = re.compile(
    r"^((?:BỘ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s.+?)\s+((?:TỔNG CỤC|CHI CỤC|CỤC|SỞ|VĂN PHÒNG|THANH TRA|"
    r"BAN QUẢN LÝ)\s+\S.*)$")


def _parent_and_body(line: str) -> list[str]:
    """A header line in capitals parted into its parent and the body under it, or left whole."""
    match = _PARENT_THEN_BODY.match(line) if line == line.upper() else None
    return [match.group(1), match.group(2)] if match else [line]


# A line that a narrow cell broke inside a name: "ỦY" / "BAN NHÂN DÂN", "TỔNG" / "CỤC THUẾ".
_BROKEN = re.compile(r"(?:^|\s)(?:ỦY|UỶ|TỔNG|CHI|BỘ|VĂN|TRUNG|KHO|BẢO|CÔNG|HỘI)$")


def _goes_on(above: str, line: str) -> bool:
    return bool(_BROKEN.search(above.upper().strip())) and not re.search(r"\b(?:TỈNH|THÀNH PHỐ|HUYỆN)\b", line)


@lru_cache(maxsize=4)
def _province_spelling(resources: Resources) -> tuple[re.Pattern[str], dict[str, str]]:
    """Province names in small letters, and how each is spelt."""
    spelling = {p.name.lower(): p.name for p in resources.provinces}
    return re.compile(rf"(?<![\wđ])(?:{alternation(spelling) or '(?!)'})(?![\wđ])"), spelling


@lru_cache(maxsize=4)
def _names_by_letters(resources: Resources) -> dict[str, str]:
    """Gazetteer names by their letters without marks, for a scan that lost them ("TONG CỤC THUÊ");
    only the names no other name shares."""
    spellings: dict[str, set[str]] = {}
    for entry in resources.agencies:
        spellings.setdefault(_unmarked(entry.name.lower()), set()).add(entry.name)
    return {letters: next(iter(names)) for letters, names in spellings.items() if len(names) == 1}


def proper_case(text: str, resources: Resources) -> str:
    """Header capitals in the spelling of the gazetteer and of place names."""
    if text != text.upper():  # as written
        return text
    restored = _names_by_letters(resources).get(_unmarked(text.lower()))
    if restored:  # a scan's "TONG CUC HAI QUAN", "TỎNG CỤC THUÊ", marks lost or misread: a gazetteer name
        return restored
    if text.isascii():  # a translation's English as written
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
    heads = sorted(resources.agency_patterns["heads"], key=lambda h: (len(h), sum(c.isupper() for c in h)))
    for head in reversed(heads):  # longest first; "Ban Chỉ đạo" before "Ban chỉ đạo"
        if text.startswith(head.lower() + " ") and head[:1].isupper():
            rest = text[len(head) + 1:]
            # after a head noun the name starts with a capital: "Cục Hải quan", "Sở Tài chính"; not after a
            # head that is a name itself ("Ban Chỉ đạo quốc gia"), a level or a group ("Ban Quản lý các khu")
            if any(c.isupper() for c in head[1:]) or re.match(rf"{_LEVEL_WORDS}|các\b|những\b", rest):
                return f"{head} {rest}"
            return f"{head} {rest[:1].upper()}{rest[1:]}"
    return text[:1].upper() + text[1:]


# "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" enacts for "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"; the
# Prime Minister ("THỦ TƯỚNG CHÍNH PHỦ") and the Government enact in their own name.
# "TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA ..." heads "BAN CHỈ ĐẠO QUỐC GIA ...".
_PERSONAL_OFFICE = re.compile(r"^(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|THỐNG ĐỐC|"
                              r"CHÁNH ÁN|VIỆN TRƯỞNG|TRƯỞNG(?=\s+BAN\b)|HIỆU TRƯỞNG|CHỦ NHIỆM)\s+", re.IGNORECASE)


def issuer_from_authority(line: str, resources: Resources) -> str | None:
    """The issuer an enacting line names: "THỦ TƯỚNG CHÍNH PHỦ điện:" -> "Thủ tướng Chính phủ",
    "BỘ TRƯỞNG BỘ TÀI CHÍNH" -> "Bộ Tài chính"."""
    body = re.sub(r"\s*(?:điện)?\s*:?\s*$", "", line).strip()
    body = _PERSONAL_OFFICE.sub("", body)
    if not body or body.upper() in {"ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN THÀNH PHỐ"}:
        return None  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": the place is not said
    return proper_case(body.upper(), resources)


_ISSUING = re.compile(
    r"^\s*(?:đã\s+|vừa\s+|cũng\s+)*(?:ban hành|ký|có (?:văn bản|công văn|công điện|thông báo|chỉ thị|quyết định)"
    r"|gửi|yêu cầu|chỉ đạo|giao|đề nghị|thông báo|phê duyệt|quyết định|kết luận"
    # the leader who chairs the meeting an article reports: "... đã (tham dự và) chủ trì cuộc họp ..."
    r"|(?:tham dự và\s+)?chủ trì\s+(?:cuộc họp|buổi làm việc|hội nghị|phiên họp|buổi họp))(?![\wđ])", re.IGNORECASE)
# the agent of a passive: "được | Thủ tướng Chính phủ phê duyệt" (but "do | UBND tỉnh ban hành" names the issuer)
_PASSIVE_AGENT = re.compile(r"(?<![\wđ])(?:được|bị)\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _cited_act(resources: Resources) -> re.Pattern[str]:
    """An act the sentence goes on to cite by its document's number: "... tại Quyết định số ..."."""
    kinds = alternation([entry.name for entry in resources.document_types] + ["Văn bản"])
    return re.compile(rf"[^.;\n]{{0,150}}?(?<![\wđ])(?:tại|theo)\s+(?:{kinds})\s+số", re.IGNORECASE)
# a People's Council or Committee, as written: the head of a council's name at a level
_COUNCIL = r"(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)"
_AUTHORITY_NAME = re.compile(
    rf"^(?:{_COUNCIL}\s+(?:tỉnh|huyện|thành phố|TP|thị xã|quận|xã|phường)"
    r"|Thủ tướng Chính phủ|Chính phủ|Bộ\s(?!trưởng)|Cục\s(?!trưởng)|Sở\s|Tổng cục\s(?!trưởng))", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"(?:Chủ tịch|Giám đốc|Bí thư|Trưởng ban)\s+(?:UBND|HĐND|Ủy ban nhân dân)?\s*$",
                           re.IGNORECASE)
_TITLE = re.compile(r"^(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bộ trưởng|Cục trưởng|Thủ tướng)\s+", re.IGNORECASE)


# the short name a body is given in brackets after its name: "(VHTTDL)", "(sau đây gọi là Bộ)"
_SHORT_NAME = re.compile(r"[ \t]*\([^()\n]{1,60}\)")

# a person's name after an office holder's title: two to four capitalised words
_PERSON_AFTER = re.compile(r"[ \t]+(?:(?-i:[A-ZĐ][\wđ]*)[ \t]+){1,3}(?-i:[A-ZĐ][\wđ]*)(?=[ \t,])")


def _most_named_province(text: str, level: str, resources: Resources) -> str | None:
    """The province of that level a headerless article names most often, by its own name ("Thanh Hóa")."""
    names = sorted((p.name for p in resources.provinces if p.level == level), key=len, reverse=True)
    found = Counter(m.group(0) for m in re.finditer(rf"(?<![\wđ])(?:{'|'.join(map(re.escape, names))})(?![\wđ])",
                                                     text))
    return found.most_common(1)[0][0] if found else None




def _acting_authority(agency: FoundAgency, text: str, resources: Resources) -> tuple[str, bool] | None:
    """(name, cited) of an authority the text shows issuing or directing ("UBND tỉnh vừa có văn bản
    ..."), its title dropped; ``cited`` when it is the agent of a passive whose act the sentence cites
    by its document ("được Thủ tướng Chính phủ phê duyệt ... tại Quyết định số ...")."""
    name = _TITLE.sub("", agency.name) if agency.title or _TITLE.match(agency.name) else agency.name
    if name.lower() == "thủ tướng" or re.match(r"(?:phó\s+)?thủ tướng", agency.name.lower()):
        name = "Thủ tướng Chính phủ"
    if agency.title:  # "Chủ tịch UBND Thành phố Trần Sỹ Thanh": the office holder named, not the place
        name = _without_holder(name, resources)
    after = agency.end
    person = _PERSON_AFTER.match(text, after) if agency.title else None
    if person:  # "Phó Chủ tịch UBND tỉnh Mai Xuân Liêm đã có văn bản ...": the person, then the act
        after = person.end()
    short = _SHORT_NAME.match(text, after)
    if short:  # "Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị ...": the short name it goes by
        after = short.end()
    if not (_AUTHORITY_NAME.match(name) and _ISSUING.match(text[after : after + 40])):
        return None
    passive = bool(_PASSIVE_AGENT.search(text, max(0, agency.start - 12), agency.start)) and bool(
        _cited_act(resources).match(text, after))
    return name, passive


_COUNCIL_AT_LEVEL = re.compile(rf"^({_COUNCIL}\s+(?:tỉnh|thành phố|TP\.?))\s+(.+)$", re.IGNORECASE)


def _without_holder(name: str, resources: Resources) -> str:
    """A council's name without the person a title put after it: "UBND Thành phố Trần Sỹ Thanh" ->
    "UBND Thành phố" (a province's name stays: "UBND tỉnh Quảng Ngãi")."""
    council = _COUNCIL_AT_LEVEL.match(name)
    if council is None or any(council.group(2).lower() == p.name.lower() for p in resources.provinces):
        return name
    return council.group(1)


def issuer_from_text(text: str, resources: Resources) -> str | None:
    """For published articles: the authority that issues or directs ("UBND tỉnh vừa có văn bản ..."),
    its title dropped, its place completed from the text when the mention names none."""
    # a place named alone ("tỉnh Đắk Lắk" in a Government notice) is no body that wrote the text,
    # though it stands for its People's Committee when it acts
    agencies = [a for a in find_agencies(text, resources) if a.start < 2000 and not PLACE_ALONE.match(a.text)]
    acting = [_acting_authority(agency, text, resources) for agency in agencies]
    cited = [name for name, passive in filter(None, acting) if passive]
    # "Dự án ... được Thủ tướng Chính phủ phê duyệt ... tại Quyết định số 2148/QĐ-TTg": an earlier act
    # the article cites stands behind the body it reports on, and behind a People's Committee it names
    chosen = next((name for name, passive in filter(None, acting) if not passive), None)
    if chosen is None:
        chosen = next((a.name for a in agencies
                       if re.match(r"^(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|huyện|thành phố)\s+[A-ZĐ]", a.name)), None)
    chosen = chosen or (cited[0] if cited else None)
    if chosen is None:
        portal = re.search(r"Cổng thông tin điện tử (tỉnh|thành phố) ([A-ZĐ][\wđ]+(?: [A-ZĐ][\wđ]+)*)",
                           text[:500])
        return f"UBND {portal.group(1)} {portal.group(2)}" if portal else None
    chosen = re.sub(r"^Ủy ban nhân dân", "UBND", chosen)
    level = re.fullmatch(r"(UBND|HĐND)\s+(tỉnh|huyện|thành phố|thị xã|quận|TP\.?)", chosen, re.IGNORECASE)
    if level:  # "UBND Thành phố", "UBND TP": the level in its full small letters, then the place
        spelled = "thành phố" if level.group(2).upper().startswith("TP") else level.group(2).lower()
        place = _place_named(text, spelled, resources)
        if place:
            chosen = f"{level.group(1)} {spelled} {place}"
    elif re.match(r"Sở\s", chosen) and not _PLACED.search(chosen):
        # "Sở Nội vụ" of a letter whose header was lost: the department of the province it names
        place = _place_named(text, "tỉnh", resources)
        if place:
            chosen = f"{chosen} tỉnh {place}"
    return chosen


_PLACED = re.compile(r"(?<![\wđ])(?:tỉnh|thành phố|TP\.?)(?![\wđ])", re.IGNORECASE)


def _place_named(text: str, level: str, resources: Resources) -> str | None:
    """The place of that level an article names most: "tỉnh Sơn La", or a province by its own name."""
    places: Counter[str] = Counter()
    pattern = rf"(?<![\wđ]){level}\s+((?-i:[A-ZĐ][\wđ]+)(?:\s(?-i:[A-ZĐ][\wđ]+)){{0,3}})"
    # a province is one of the provinces ("tỉnh Thứ Tư" is a weekday after "tỉnh"), its name maybe run on
    provinces = sorted((p.name for p in resources.provinces if p.level == "tỉnh"), key=len, reverse=True)
    for m in re.finditer(pattern, text):
        # "Chủ tịch UBND tỉnh Phạm Anh Tuấn" names a person, not the province
        if _TITLE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if level != "tỉnh":
            places[m.group(1)] += 1
            continue
        named = next((p for p in provinces if m.group(1) == p or m.group(1).startswith(p + " ")), None)
        if named:
            places[named] += 1
    if places:
        return places.most_common(1)[0][0]
    return _most_named_province(text, level, resources) if level in ("tỉnh", "thành phố") else None


def issuer_from_notation(number: str, letter: bool, text: str, resources: Resources) -> str | None:
    """The issuer a document's number names by its code (Decree 30/2020/NĐ-CP, Appendix I: the type's
    code, the issuer's, then the drafting unit's; a letter's number has no type code):
    "44/2025/TT-NHNN" -> "Ngân hàng Nhà nước Việt Nam", "9634/BCT-TTTN" -> "Bộ Công Thương";
    "102/2025/QĐ-UBND" -> the People's Committee of the province the text names most."""
    codes = number.rsplit("/", 1)[-1].split("-")
    if not letter:
        if len(codes) < 2 or codes[0] not in {entry.notation for entry in resources.document_types}:
            return None  # a Party notation ("07-CTr/TU") or none the decree describes
        codes = codes[1:]
    code = codes[0].strip()
    if code in resources.issuer_codes:
        return resources.issuer_codes[code]
    if code not in {"UBND", "HĐND"}:
        return None
    province = _province_named(text, resources)
    return f"{code} {province.level} {province.name}" if province else None


def _province_named(text: str, resources: Resources) -> ProvinceEntry | None:
    """The province or city the text names most with its level ("tỉnh Đồng Nai", "THÀNH PHỐ HÀ NỘI")."""
    lowered = " ".join(text.lower().split())
    counts = [(lowered.count(f"{p.level} {p.name.lower()}"), p) for p in resources.provinces]
    count, province = max(counts, key=lambda found: found[0], default=(0, None))
    return province if count else None
