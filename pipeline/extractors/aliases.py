"""Short names a text uses for a body it has named in full.

- A short name the document defines: "các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là cơ sở
  đào tạo)", "Văn phòng Trung ương Đảng (sau đây gọi tắt là Văn phòng)".
- A head written alone ("Đề nghị Công ty căn cứ ...", "lãnh đạo Văn phòng"): the body of that
  kind named last before it, which in a letter is often the one it is addressed to.
- A letter's single addressee whose name the patterns cut short ("Kính gửi: Chi nhánh Công ty
  TNHH ... giao nhận hàng hóa F.D.I tại Hà Nội."): the whole line is the name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from itertools import chain, takewhile

from ..patterns import GROUP_OPENING, NAME_DEFINITION, alternation
from ..resources import Resources
from .agencies import PLACE_LEVELS, PLACE_LIST, FoundAgency


def _key(name: str) -> str:
    name = name.strip(" \"“”'")
    opening = GROUP_OPENING.match(name)
    return " ".join(name[opening.end() if opening else 0 :].lower().split())


def resolve_aliases(agencies: list[FoundAgency], text: str, resources: Resources) -> list[FoundAgency]:
    """The agencies, a mention by a defined short name or by a bare head carrying the full name
    it stands for."""
    agencies = _defined_names(agencies, text, resources)
    return _spelled_out(_bare_heads(_defined_aliases(agencies, text), text, resources), resources)


def _defined_names(agencies: list[FoundAgency], text: str, resources: Resources) -> list[FoundAgency]:
    """A body's short name the text defines is a name wherever it is written after: "Thành lập
    Hội đồng thẩm định Quy hoạch ... (sau đây viết tắt là Hội đồng thẩm định)" makes "Hội đồng
    thẩm định" one mention, though a name ends before a verb ("thẩm định") elsewhere."""
    heads = _head_words(resources)
    for definition in NAME_DEFINITION.finditer(text):
        alias = definition.group("alias").strip(" \"“”'")
        if not heads.match(alias) or len(alias.split()) < 2:
            continue  # "(sau đây gọi là cơ sở đào tạo)": a group's short name, read by _defined_aliases
        starts = [a.start for a in agencies]  # in text order
        cut: dict[int, FoundAgency] = {}  # index of the first mention a longer one replaces -> that one
        dropped: set[int] = set()
        for found in re.finditer(rf"(?<![\wđ]){re.escape(alias)}(?![\wđ])", text[definition.end():]):
            at, end = definition.end() + found.start(), definition.end() + found.end()
            first = bisect.bisect_left(starts, at - _TITLE_REACH)
            inside = [i for i in range(first, bisect.bisect_left(starts, end)) if agencies[i].end > at]
            if not inside or any(agencies[i].end > end for i in inside) or all(agencies[i].end == end for i in inside):
                continue  # nothing cut short there
            # ... with the title a mention opens with: "Chủ tịch Hội đồng | thẩm định"
            begin = min(agencies[inside[0]].start, at)
            name = " ".join(text[begin:end].split())
            cut[inside[0]] = FoundAgency(name, name, begin, end, agencies[inside[0]].title)
            dropped.update(inside[1:])
        if cut:
            agencies = [cut.get(i, a) for i, a in enumerate(agencies) if i not in dropped]
    return agencies


_TITLE_REACH = 60  # characters a title may take before the short name it opens


@lru_cache(maxsize=4)
def _head_words(resources: Resources) -> re.Pattern[str]:
    """The heads a body's name opens with, capitalised: "Hội đồng", "Ban Chỉ đạo", "Tổ công tác"."""
    heads = [h for h in resources.agency_patterns["heads"] if h[:1].isupper()]
    return re.compile(rf"(?:{alternation(heads)})(?![\wđ])")


# an initialism inside a name: "Trung tâm Chuyển đổi số VHTTDL", "Cục DLQGVN"
_INITIALISM = re.compile(r"(?<![\wđĐ])[A-ZĐ]{3,8}(?![\wđĐ&-])")
# words an initialism leaves out: "Văn hóa, Thể thao và Du lịch" -> VHTTDL
_LINKS = frozenset({"và", "của"})
_MIN_SPELLED_WORDS = 3


def _spelled_out(agencies: list[FoundAgency], resources: Resources) -> list[FoundAgency]:
    """Initialisms inside names written out from a name the text or the gazetteer spells in
    full: "Cục DLQGVN" after "Cục Du lịch Quốc gia Việt Nam" -> "Cục Du lịch Quốc gia Việt Nam";
    "Trung tâm Chuyển đổi số VHTTDL" -> "... Văn hóa, Thể thao và Du lịch" (the ministry's name).
    An initialism two phrases could spell stays as written."""
    if not any(_INITIALISM.search(a.name) for a in agencies):
        return agencies
    phrases = dict(_gazetteer_phrases(resources))
    for name in dict.fromkeys(agency.name for agency in agencies):  # a name said again spells nothing new
        for initials, phrase in _phrases(name):
            phrases[initials] = phrase if phrases.get(initials, phrase) == phrase else ""
    out = []
    for agency in agencies:
        name = _INITIALISM.sub(lambda m: phrases.get(m.group(0)) or m.group(0), agency.name)
        out.append(replace(agency, name=name) if name != agency.name else agency)
    return out


def _phrases(name: str) -> tuple[tuple[str, str], ...]:
    """Every run of three or more words of a name with the initials it abbreviates to."""
    words = name.replace(",", " ,").split()
    found = []
    for i in range(len(words)):
        letters = ""
        for j in range(i, len(words)):
            word = words[j]
            if word == ",":
                continue
            if word.lower() not in _LINKS:
                if not word[:1].isalpha():
                    break
                letters += word[0].upper()
            if j - i + 1 >= _MIN_SPELLED_WORDS and words[j] not in _LINKS and letters:
                found.append((letters, " ".join(words[i : j + 1]).replace(" ,", ",")))
    return tuple(found)


@lru_cache(maxsize=4)
def _gazetteer_phrases(resources: Resources) -> tuple[tuple[str, str], ...]:
    table: dict[str, str] = {}
    for entry in resources.agencies:
        for initials, phrase in _phrases(entry.name):
            table[initials] = phrase if table.get(initials, phrase) == phrase else ""
    return tuple(table.items())


def _defined_aliases(agencies: list[FoundAgency], text: str) -> list[FoundAgency]:
    full: dict[str, str] = {}
    for i, agency in enumerate(agencies):
        definition = NAME_DEFINITION.match(text, agency.end)
        if definition:
            alias = _key(definition.group("alias"))
            # "các cơ quan, tổ chức, đơn vị thuộc tỉnh Bắc Ninh (sau đây gọi là cơ quan, tổ chức,
            # đơn vị)": the phrase the short name repeats opens what it stands for
            opening = next((a for a in reversed(agencies[:i]) if _key(a.text) == alias
                            and "\n" not in text[a.start : agency.end] and agency.end - a.start <= 160), None)
            full.setdefault(alias, text[opening.start : agency.end] if opening else agency.name)
    if not full:
        return agencies
    resolved = []
    for agency in agencies:
        name = full.get(_key(agency.text))
        resolved.append(replace(agency, name=name) if name and name != agency.name else agency)
    return resolved


def _bare_heads(agencies: list[FoundAgency], text: str, resources: Resources) -> list[FoundAgency]:
    """A bare head means the addressee of its kind, else the body of its kind named last, within
    about a page."""
    spec = resources.agency_patterns
    heads = spec.get("anaphoric_heads", [])
    if not heads:
        return agencies
    bare = re.compile(rf"(?P<title>(?:{alternation(spec['titles'])})\s+)?(?P<head>{alternation(heads)})")
    lines = {m.end() for m in _RECIPIENT_LINE.finditer(text)}
    addressees = [a for a in agencies if a.start in lines]
    resolved: list[FoundAgency] = []
    for agency in agencies:
        mention = bare.fullmatch(agency.name) if not agency.members else None
        if mention:
            head = mention.group("head")
            nearby = takewhile(lambda a, at=agency.start: at - a.end <= _NEAR, reversed(resolved))
            earlier = chain((a for a in addressees if a.end <= agency.start), nearby)
            antecedent = next((a for a in earlier if _of_kind(a.name, head, heads) and _proper(a.name, head)), None)
            if antecedent is not None:
                agency = replace(agency, name=f"{mention.group('title') or ''}{antecedent.name}", anaphoric=True)
        resolved.append(agency)
    return resolved


# how far back a bare head looks for the body it means (about a page); the letter's addressee
# is always in reach
_NEAR = 2500


def _proper(name: str, head: str) -> bool:
    """Whether a name has a proper part after its head: "Hội đồng thẩm định Nhà nước", not
    "Hội đồng tham dự" (a head the patterns ran on into a verb)."""
    rest = name[name.find(head) + len(head) :]
    return "\n" not in name and any(word[:1].isupper() for word in rest.split())


def _of_kind(name: str, head: str, heads: list[str]) -> bool:
    """Whether a full name is of the head's kind: "Công ty TNHH X", "Chi nhánh Công ty TNHH X"."""
    if name.startswith(head + " "):
        return True
    return any(name.startswith(f"{other} {head} ") for other in heads)


# what may follow a letter's addressee on its "Kính gửi:" line and still be its name: words,
# no clause punctuation; the line ends with an optional full stop
# ... maybe going on inside a word the patterns stopped in ("... hàng hóa A|.B.C tại Hà Nội")
_REST_OF_LINE = re.compile(r"(?P<more>(?:(?:[ \t]+|(?<=\w)(?=[.\-&]\w))[^\s,;:()]+){1,14}?)"
                           r"[ \t]*[.;]?[ \t]*(?=\n|\(|$)")
_LINE_END = re.compile(r"[.;]+$")
_LIST_WORD = re.compile(r"(?<![\wđ])(?:và|các|cùng)(?![\wđ])")
_RECIPIENT_LINE = re.compile(r"(?:Kính gửi|Đồng kính gửi)[ \t]*:[ \t]*", re.IGNORECASE)


@lru_cache(maxsize=4)
def _role_after(resources: Resources) -> re.Pattern[str]:
    """A group's role: " hoạt động ...", " kinh doanh ..." (``role_verbs``)."""
    return re.compile(rf"[ \t]+(?:{alternation(resources.agency_patterns.get('role_verbs', [])) or '(?!)'})(?![\wđ])",
                      re.IGNORECASE)


def complete_addressee_names(agencies: list[FoundAgency], text: str, resources: Resources) -> list[FoundAgency]:
    """The agencies, a "Kính gửi:" line's addressee named by its whole line when the patterns
    stopped inside the name of an enterprise (an open-vocabulary company or branch name) or inside
    the role that says which of a group the letter goes to ("Các tổ chức, cá nhân | hoạt động
    khoáng sản trên địa bàn tỉnh", "Các doanh nghiệp kinh doanh vật liệu | xây dựng ...")."""
    heads = tuple(resources.agency_patterns.get("enterprise_heads", []))
    role = _role_after(resources)
    out = list(agencies)
    for line in _RECIPIENT_LINE.finditer(text):
        i = next((k for k, a in enumerate(out) if a.start == line.end()), None)
        if i is None or out[i].name != out[i].text or not (
                out[i].name.startswith(heads) or (GROUP_OPENING.match(out[i].text) and (
                    role.search(out[i].text) or role.match(text, out[i].end)))):
            continue
        rest = _REST_OF_LINE.match(text, out[i].end)
        if (rest is None or _LIST_WORD.search(rest.group("more")) or "\n" in out[i].text
                or any(line.end() < a.start < rest.end() for a in out if a is not out[i])):
            continue
        end = out[i].end + len(_LINE_END.sub("", rest.group("more")))
        out[i] = replace(out[i], text=text[out[i].start : end], name=text[out[i].start : end], end=end)
    return out


def name_the_addressees(agencies: list[FoundAgency], text: str) -> list[FoundAgency]:
    """A letter's addressee named again without its places is that addressee: after "Kính gửi: Sở
    Nông nghiệp và PTNT các tỉnh, thành phố trực thuộc Trung ương", "đề nghị các Sở Nông nghiệp và
    PTNT ..." means those departments, named in full. An office named by its title and a bare head
    ("đề nghị Giám đốc Sở chỉ đạo ...") after "Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã
    hội" is the office the letter goes to."""
    addressees = []
    for line in _RECIPIENT_LINE.finditer(text):
        addressees += [a for a in agencies if a.start == line.end()]
    if not addressees:
        return agencies
    out = []
    for agency in agencies:
        bare = GROUP_OPENING.sub("", agency.name, count=1)
        full = next((a.name for a in addressees if a is not agency and a.name.startswith(bare + " ")
                     and _PLACES_AFTER.fullmatch(a.name, len(bare))), None)
        if full is None and agency.title and len(bare.split()) == len(agency.title.split()) + 1:
            full = next((a.name for a in addressees if a.start < agency.start and a.title == agency.title
                         and a.name.startswith(bare + " ")), None)
        out.append(replace(agency, name=full) if full and not agency.members else agency)
    return out


# the places an addressee's name ends with: "... các tỉnh, thành phố trực thuộc Trung ương", "... các
# huyện" (every place of a level, not one place: "... xã" alone is the one the letter goes to)
_PLACES_AFTER = re.compile(rf"\s+(?:{PLACE_LIST}|các\s+{PLACE_LEVELS}(?![\wđ]))$")
