"""Where an open-vocabulary name or a group ends, by the word layer.

The agency patterns take a name's words up to punctuation or a word of the closed lists, so a
name the gazetteer lacks may run on into its predicate: "Công an xã làm sạch dữ liệu",
"Vụ Pháp chế đưa nội dung ...". A lowercase word the tagger reads as an action verb with a
complement, right after a noun of the name's proper part (a capitalised word or a level),
starts the predicate: the name ends before it. After a verb of the name itself ("Viện Nghiên
cứu phát triển Thành phố") it is still the name.

A group of bodies, the other way round, stops at its unit noun when no qualifier of the closed
lists follows: "các đơn vị | điện lực", "các cơ quan | thông tin truyền thông". The nouns the
tagger reads right after the unit say which bodies: they are the group's words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from ..patterns import CAPITALS, GROUP_OPENING, LEVEL_WORD
from ..resources import Resources
from ..words import WordIndex, name_tail
from .agencies import PLACE_LEVELS, PLACE_LIST, FoundAgency, gazetteer_forms, headless_forms, name_stops

_NOUN_TAGS = frozenset({"N", "Np", "Nc", "Ny", "Nu"})
# what a predicate's verb is followed by: its object ("đưa nội dung", "làm sạch dữ liệu"), not a
# preposition or a time ("Cục Y tế dự phòng trước 15 giờ": a name the tagger misread)
_OBJECT_TAGS = _NOUN_TAGS | {"L", "M", "P", "A"}


@lru_cache(maxsize=4)
def known_names(resources: Resources) -> frozenset[str]:
    """The gazetteer's names and written forms, in lowercase: they end where they end."""
    forms = (form.lower() for entry in resources.agencies for form in (entry.name, *entry.forms))
    return frozenset(forms).union(gazetteer_forms(resources))  # ... also written without their comma


@lru_cache(maxsize=4)
def unit_nouns(resources: Resources) -> frozenset[str]:
    """The unit nouns of groups, in lowercase: "đơn vị", "cơ quan", "doanh nghiệp"."""
    return frozenset(u.lower() for u in resources.agency_patterns["units"])


@lru_cache(maxsize=4)
def office_words(resources: Resources) -> frozenset[str]:
    """Words that make a unit an office held ("thôn trưởng", "trưởng thôn"): ``office_holder_words``."""
    return frozenset(w.lower() for w in resources.agency_patterns.get("office_holder_words", []))


@lru_cache(maxsize=4)
def role_verbs(resources: Resources) -> frozenset[str]:
    """Verbs that say which bodies a group is by what they run: "quản lý", "kinh doanh"."""
    return frozenset(v.lower() for v in resources.agency_patterns.get("role_verbs", []))


@lru_cache(maxsize=4)
def head_nouns(resources: Resources) -> frozenset[str]:
    """Head nouns, in lowercase: what follows one is its name ("Ban chỉ đạo ...", "Tổ công tác")."""
    spec = resources.agency_patterns
    return frozenset(h.lower() for h in (*spec["heads"], *spec["units"], *spec["titles"]))


def cut_at_predicates(agencies: list[FoundAgency], text: str, words: WordIndex,
                      resources: Resources) -> list[FoundAgency]:
    """The agencies, each open-vocabulary name cut where a predicate starts inside it."""
    known, heads, qualifiers = known_names(resources), head_nouns(resources), _qualifier(resources)
    return [_cut(agency, text, words, heads, known, qualifiers) if is_open_name(agency, known) else agency
            for agency in agencies]


@lru_cache(maxsize=4)
def _qualifier(resources: Resources) -> re.Pattern[str]:
    """A qualifier of the closed lists ("nêu trên", "có liên quan"): a name's words, no predicate."""
    words = "|".join(re.escape(q) for q in sorted(resources.agency_patterns["qualifiers"], key=len, reverse=True))
    return re.compile(rf"(?:{words or '(?!)'})(?![\wđ])", re.IGNORECASE)


OPEN_NAME = "OPEN_NAME"  # the label of an open name's span in doc.spans["agencies"]


def is_open_name(agency: FoundAgency, known: frozenset[str]) -> bool:
    """A body's proper name the gazetteer lacks: not a known name, not a group ("các văn
    phòng huyện ủy") nor one that stands for its members."""
    return (agency.text[:1].isupper() and not agency.members and not GROUP_OPENING.match(agency.text)
            and agency.name.lower() not in known and agency.text.lower() not in known)


def _cut(agency: FoundAgency, text: str, words: WordIndex, heads: frozenset[str],
         known: frozenset[str], qualifiers: re.Pattern[str]) -> FoundAgency:
    tail = name_tail(text, agency.start, agency.end)
    if tail is None:
        return agency
    tail = max(tail, _head_end(agency, text, heads), _known_end(agency, text, known))
    # ("Chủ tịch Ủy ban Nhân dân ...": "ban" is the head's; "Ban Chỉ huy phòng chống thiên tai ... các cấp":
    # a known name and the levels it serves)
    qualified_to = tail
    for i in range(bisect.bisect_left(words.starts, tail), len(words.starts)):
        if words.starts[i] >= agency.end:
            break
        before = i - 1
        if before < 0 or words.ends[before] <= agency.start or words.starts[i] < qualified_to:
            continue
        previous = text[words.starts[before] : words.ends[before]]
        names_end = words.tags[before] in _NOUN_TAGS and (
            LEVEL_WORD.fullmatch(previous) or (previous[:1].isupper() and previous.lower() not in heads))
        # (not a level right after it: "Trạm Khuyến nông và Dịch vụ nông lâm nghiệp | thành phố", the name's place)
        takes_object = i + 1 < len(words.starts) and words.tags[i + 1] in _OBJECT_TAGS and not LEVEL_WORD.fullmatch(
            text[words.starts[i + 1] : words.ends[i + 1]])
        unit = f"{previous} {text[words.starts[i] : words.ends[i]]}".lower() in heads  # "các huyện | ủy"
        qualifier = qualifiers.match(text, words.starts[i])
        if qualifier:  # "... các tỉnh, thành phố | nêu trên": what qualifies the name goes on with it,
            qualified_to = qualifier.end()  # and a predicate may follow it ("Trung tâm ... thành phố | truyền đạt")
            continue
        if names_end and takes_object and not unit and words.verb_at(words.starts[i], True):
            return _ending_at(agency, text, words.ends[before])
    return agency


def _known_end(agency: FoundAgency, text: str, known: frozenset[str]) -> int:
    """Where the longest known name the agency's text opens with ends (its start if none)."""
    end = agency.start
    for word in _NON_SPACE.finditer(text, agency.start, agency.end):
        if " ".join(text[agency.start : word.end()].split()).lower() in known:
            end = word.end()
    return end


def _head_end(agency: FoundAgency, text: str, heads: frozenset[str]) -> int:
    """Where the head of the name ends, after its title: a predicate never starts inside a head."""
    by_first = _heads_by_first_word(heads)
    start = agency.start
    while True:  # the titles, then the head: "Chủ tịch | Ủy ban nhân dân | ..."
        rest = " ".join(text[start : agency.end].split()).lower()
        first = rest.split(" ", 1)[0]
        head = next((h for h in by_first.get(first, ()) if rest == h or rest.startswith(h + " ")), None)
        if head is None:
            return start
        start = _after_words(text, start, len(head.split()))


@lru_cache(maxsize=4)
def _heads_by_first_word(heads: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The heads under their first word, the longest first."""
    by_first: dict[str, list[str]] = {}
    for head in sorted(heads, key=len, reverse=True):
        by_first.setdefault(head.split(" ", 1)[0], []).append(head)
    return {word: tuple(found) for word, found in by_first.items()}


_NON_SPACE = re.compile(r"\S+")


def _after_words(text: str, start: int, count: int) -> int:
    for match in _NON_SPACE.finditer(text, start):
        count -= 1
        if count == 0:
            return match.end()
    return len(text)


def _ending_at(agency: FoundAgency, text: str, end: int) -> FoundAgency:
    """The agency with its name ending at ``end`` (an open-vocabulary name is its text)."""
    name = text[agency.start : end]
    return replace(agency, text=name, name=name, end=end)


@lru_cache(maxsize=4)
def _belonging(resources: Resources) -> re.Pattern[str]:
    belonging = sorted(resources.agency_patterns.get("belonging", []), key=len, reverse=True)
    words = "|".join(re.escape(w) for w in belonging)
    return re.compile(rf"\s+(?:{words or '(?!)'})\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _belonging_anaphor(resources: Resources) -> re.Pattern[str]:
    """A belonging word and the word alone that stands for the body: "trực thuộc sở", "thuộc Sở"."""
    spec = resources.agency_patterns
    belonging = "|".join(re.escape(w) for w in sorted(spec.get("belonging", []), key=len, reverse=True))
    anaphors = "|".join(re.escape(w) for w in sorted(spec.get("belonging_anaphors", []), key=len, reverse=True))
    if not belonging or not anaphors:
        return re.compile("(?!)")
    return re.compile(rf"(?:(?<=\s)|[ \t]+)(?:(?<![\wđ])(?:{belonging})[ \t]+)?(?:{anaphors})(?![\wđ])"
                      rf"(?![ \t]+(?-i:[{CAPITALS}]|\d))",  # "thuộc xã Tân An": a place named, not the issuer
                      re.IGNORECASE)  # "các đơn vị trực thuộc Sở | phối hợp ...": the issuer, in capitals alone


def _ends_on_belonging(agency: FoundAgency, belongs: re.Pattern[str]) -> bool:
    """Whether the group already took its belonging word: "các đơn vị trực thuộc"."""
    return belongs.search(agency.text + " ") is not None


def join_belonging(agencies: list[FoundAgency], text: str, resources: Resources) -> list[FoundAgency]:
    """A group and the body its members belong to are one name: "các đơn vị | thuộc | Ngân hàng
    Nhà nước Việt Nam", "các đơn vị trực thuộc Bộ Công an"."""
    belongs = _belonging(resources)
    anaphor = _belonging_anaphor(resources)
    units = unit_nouns(resources)
    joined: list[FoundAgency] = []
    for index, agency in enumerate(agencies):
        following = agencies[index + 1].start if index + 1 < len(agencies) else len(text)
        extended = _with_belonging_anaphor(agency, text, belongs, anaphor)
        agency = extended if extended.end <= following else agency  # a body found there is joined below
        group = joined[-1] if joined else None
        # "các đơn vị | trực thuộc | Sở Y tế", or a group that already took its belonging word
        held = group is not None and _ends_on_belonging(group, belongs) and not text[group.end : agency.start].strip()
        if (group is not None and agency.start > group.end and (held or (_bare_group(group, units) or _qualified_group(
                group)) and belongs.fullmatch(text, group.end, agency.start))):
            name = f"{group.name}{text[group.end : agency.start]}{agency.name}"
            joined[-1] = replace(group, text=text[group.start : agency.end], name=name, end=agency.end)
            continue
        joined.append(agency)
    return joined


def take_lowercase_sectors(agencies: list[FoundAgency], text: str, resources: Resources) -> list[FoundAgency]:
    """A group of departments or ministries takes the sector a letter writes in small letters after
    it: "đề nghị các sở | giáo dục và đào tạo | báo cáo ...", "các bộ | tài chính, ..." (the gazetteer's
    names of such bodies without their head, in any case)."""
    sectors = _lowercase_sectors(resources)
    bare_heads = re.compile(rf"(?:các|Các)[ \t]+({'|'.join(map(re.escape, sectors)) or '(?!)'})", re.IGNORECASE)
    out: list[FoundAgency] = []
    for agency in agencies:
        group = bare_heads.fullmatch(agency.text) if not agency.members else None
        sector = sectors[group.group(1).lower()].match(text, agency.end) if group else None
        if sector and sector.group(1)[:1].islower():
            agency = replace(agency, text=text[agency.start : sector.end()], end=sector.end(),
                             name=f"{agency.name}{sector.group(0)}")
        out.append(agency)
    return out


@lru_cache(maxsize=4)
def _lowercase_sectors(resources: Resources) -> dict[str, re.Pattern[str]]:
    """Per head ("sở", "bộ"), the sectors its bodies are named by, matched in any case, longest first."""
    return {head: re.compile(rf"[ \t]+({'|'.join(re.escape(f) for f in sorted(forms, key=len, reverse=True))})"
                             r"(?![\wđ])", re.IGNORECASE)
            for head, forms in headless_forms(resources).items()}


_OWNED_BY = re.compile(r"\s+của\s+$")


def join_owners(agencies: list[FoundAgency], text: str, resources: Resources) -> list[FoundAgency]:
    """A body and the body it belongs to, joined by "của", are one name: "Ủy ban Khoa học, Công nghệ
    và Môi trường | của | Quốc hội", "các Ủy ban | của | Quốc hội" (``owned_heads`` of
    ``agency_patterns.yaml``), so that a subject named so is the subject of its predicate. A body
    never owns one of its own name, nor does a name a line break runs through."""
    heads = tuple(f"{head} " for head in resources.agency_patterns.get("owned_heads", []))
    units = unit_nouns(resources)
    organs, bare_body = _organ_group(resources), _bare_organ_body(resources)
    starts = {a.start for a in agencies}
    joined: list[FoundAgency] = []
    for agency in agencies:
        council = bare_body.match(text, agency.end) if organs.fullmatch(agency.text) else None
        if council and council.start(1) not in starts:
            # "các Ban HĐND | tham mưu": the council, named alone, whose organs they are
            agency = replace(agency, text=text[agency.start : council.end()], end=council.end(),
                             name=f"{agency.name}{council.group(0)}")
        body = joined[-1] if joined else None
        if body is None or body.members or "\n" in body.text or agency.start <= body.end:
            joined.append(agency)
            continue
        # ... and a group of a body's units: "các cơ quan chuyên môn | của | UBND tỉnh"
        owner = _headed_by(body, heads) or _qualified_group(body) or _bare_group(body, units)
        owned = (owner and agency.name.lower() not in body.name.lower()
                 and _OWNED_BY.fullmatch(text, body.end, agency.start) and not GROUP_OPENING.match(agency.text))
        # "các Ban | HĐND", "các Tổ đại biểu | Hội đồng nhân dân tỉnh": a council's organs, "của" left out
        organs_of = (organs.fullmatch(body.text) is not None and not text[body.end : agency.start].strip(" \t")
                     and agency.name.startswith(_organ_bodies(resources)))
        if owned or organs_of:
            name = f"{body.name}{text[body.end : agency.start]}{agency.name}"
            joined[-1] = replace(body, text=text[body.start : agency.end], name=name, end=agency.end)
            continue
        joined.append(agency)
    return joined


@lru_cache(maxsize=4)
def _organ_group(resources: Resources) -> re.Pattern[str]:
    """A group of a body's organs named by their kind alone: "các Ban", "Các Tổ đại biểu"."""
    organs = resources.agency_patterns.get("organs", [])
    return re.compile(rf"(?:các|Các)\s+(?:{'|'.join(re.escape(o) for o in organs) or '(?!)'})")


@lru_cache(maxsize=4)
def _bare_organ_body(resources: Resources) -> re.Pattern[str]:
    """The body the organs belong to, named alone after them: " HĐND", " Tỉnh ủy"."""
    return re.compile(rf"[ \t]+({'|'.join(map(re.escape, _organ_bodies(resources))) or '(?!)'})(?![\wđ])")


def _organ_bodies(resources: Resources) -> tuple[str, ...]:
    """The bodies organs belong to: "HĐND", "Tỉnh ủy"."""
    return tuple(resources.agency_patterns.get("organ_bodies", []))


def _headed_by(agency: FoundAgency, heads: tuple[str, ...]) -> bool:
    """Whether a name, after the word of a group ("các Ủy ban"), opens with one of ``heads``."""
    group = GROUP_OPENING.match(agency.name)
    return agency.name[group.end() if group else 0 :].startswith(heads)


def _qualified_group(agency: FoundAgency) -> bool:
    """A group that lists no members and ends on its qualifier: "các phòng chuyên môn" (before "thuộc
    UBND huyện Gia Lâm")."""
    words = agency.text[len(agency.title or "") :].strip()
    return bool(GROUP_OPENING.match(words)) and not agency.members and "," not in words


def _with_belonging_anaphor(agency: FoundAgency, text: str, belongs: re.Pattern[str],
                            anaphor: re.Pattern[str]) -> FoundAgency:
    """A group whose members belong to a body it names by a lowercase word takes that word: "các đơn
    vị sự nghiệp trực thuộc | sở" (the group may already end on its belonging word)."""
    group = agency.text[len(agency.title or "") :].strip().lower()  # "Thủ trưởng | các đơn vị trực thuộc"
    if not group.startswith(("các ", "cơ quan", "đơn vị")):
        return agency
    found = anaphor.match(text, agency.end)
    # the group that holds its belonging word takes the word alone, any other the belonging word too
    if found is None or (len(text[agency.end : found.end()].split()) == 1) != _ends_on_belonging(agency, belongs):
        return agency
    name = f"{agency.name}{text[agency.end : found.end()]}"
    return replace(agency, text=text[agency.start : found.end()], name=name, end=found.end())


def join_bare_units(agencies: list[FoundAgency], text: str, resources: Resources) -> list[FoundAgency]:
    """A group goes on over "và" and a unit noun of a level written without "các": "Các cơ quan liên quan |
    và đoàn thể huyện" is one group ("và các đoàn thể huyện" names a group of its own, and "và chính quyền
    địa phương", of no level, another body)."""
    bare = _bare_unit_of_a_level(resources)
    out: list[FoundAgency] = []
    for index, agency in enumerate(agencies):
        following = agencies[index + 1].start if index + 1 < len(agencies) else len(text)
        group = agency.text[len(agency.title or "") :].strip()
        joined = bare.match(text, agency.end) if GROUP_OPENING.match(group) and not agency.members else None
        if joined is None or joined.end() > following:
            out.append(agency)
            continue
        out.append(replace(agency, text=text[agency.start : joined.end()],
                           name=f"{agency.name}{text[agency.end : joined.end()]}", end=joined.end()))
    return out


@lru_cache(maxsize=4)
def _bare_unit_of_a_level(resources: Resources) -> re.Pattern[str]:
    """ "và" and a unit noun of a level without "các": " và đoàn thể huyện"."""
    units = "|".join(re.escape(u) for u in sorted(unit_nouns(resources), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[ \t]+và[ \t]+(?:{units})[ \t]+{PLACE_LEVELS}(?![\wđ])")


# a sector of a name: a capitalised word and up to three small ones ("Thể thao", "Du lịch", "Phát triển nông
# thôn", "Quản lý doanh nghiệp")
_SECTOR = (rf"[{CAPITALS}][\wđ]*(?:[ \t]+(?![{CAPITALS}])(?!(?:các|những|của|thuộc|trực|tại|trên|{PLACE_LEVELS})"
           rf"(?![\wđ]))[\wđ]+){{0,3}}")
_LISTED_SECTORS = re.compile(rf"(?:,[ \t]+{_SECTOR})+[ \t]+và[ \t]+{_SECTOR}")
_SERVED_PLACES = re.compile(rf"[ \t]+(?:{PLACE_LIST}|(?:các[ \t]+)?{PLACE_LEVELS}(?![\wđ]))")


def join_listed_sectors(agencies: list[FoundAgency], text: str, words: WordIndex,
                        resources: Resources) -> list[FoundAgency]:
    """An open name whose sectors a list spells with commas is one name: "Trung tâm Văn hóa | , Thể
    thao và Truyền thông các huyện, thành phố" (a body's head among them opens another name:
    "Phòng Tư pháp, Sở Y tế và ...")."""
    known, heads, stops = known_names(resources), head_nouns(resources), name_stops(resources)
    out: list[FoundAgency] = []
    absorbed = -1  # the places a joined name serves, found as a group of their own
    for index, agency in enumerate(agencies):
        if index == absorbed:
            continue
        following = agencies[index + 1] if index + 1 < len(agencies) else None
        listed = _LISTED_SECTORS.match(text, agency.end) if is_open_name(agency, known) else None
        end = _sector_end(text, listed, words, heads, stops) if listed else None
        if end is None or following is not None and following.start < end:
            out.append(agency)
            continue
        served = _SERVED_PLACES.match(text, end)
        if served and (following is None or following.start >= served.end() or (
                following.start >= end and following.end == served.end())):
            absorbed = index + 1 if following is not None and following.end == served.end() else absorbed
            end = served.end()
        out.append(replace(agency, text=text[agency.start : end], name=f"{agency.name}{text[agency.end : end]}",
                           end=end))
    return out


def _sector_end(text: str, listed: re.Match[str], words: WordIndex, heads: frozenset[str],
                stops: re.Pattern[str]) -> int | None:
    """Where the listed sectors end: none may be a body's head, and the last ends before a verb or
    a word that ends names ("... và Du lịch | trong ...")."""
    sectors = re.split(r",[ \t]+|[ \t]+và[ \t]+", listed.group(0).lstrip(", \t"))
    if any(" ".join(sector.split()[:2]).lower() in heads or sector.split()[0].lower() in heads
           for sector in sectors):
        return None
    last = listed.end() - len(sectors[-1])
    end = last + len(sectors[-1].split()[0])
    for word in re.finditer(r"[\wđ]+", sectors[-1]):
        if word.start() == 0:
            continue
        if words.verb_at(last + word.start(), True) or stops.match(text, last + word.start()):
            break
        end = last + word.end()
    return end


_GROUP_WORDS = 3  # nouns that may say which bodies a group is: "các cơ quan thông tin truyền thông"


def extend_groups(agencies: list[FoundAgency], text: str, words: WordIndex, stops: re.Pattern[str],
                  units: frozenset[str], roles: frozenset[str] = frozenset(),
                  obliges: re.Pattern[str] | None = None, offices: frozenset[str] = frozenset()) -> list[FoundAgency]:
    """The agencies, each group that ends on a unit noun taking the nouns right after it
    ("các đơn vị điện lực"), or the role it plays in a list ("các đơn vị quản lý hồ chứa thủy
    điện, ..."); ``stops`` are the directive words that never belong to a name, ``obliges`` the duties that
    open a predicate whatever the verb after them ("phải có ...", "có trách nhiệm ...": ``Vocab.obligation``).
    A group of office holders (a word of ``offices``: "các thôn trưởng") takes no role: what follows is what
    they do ("các đơn vị | quản lý hồ chứa |, ..." says which units)."""
    return [_extended(agency, text, words, stops, roles if not offices.intersection(agency.text.lower().split()[-2:])
                      else frozenset(), units, obliges) if _bare_group(agency, units) else agency
            for agency in agencies]


def _bare_group(agency: FoundAgency, units: frozenset[str]) -> bool:
    """A group ("các đơn vị", "Cơ quan, đơn vị", "Thủ trưởng các đơn vị") that ends on a unit noun
    and lists no members."""
    if agency.members:
        return False
    listed_openings, endings = _unit_affixes(units)
    if not agency.text.lower().endswith(endings):
        return False
    if _NAMED_LAST.search(agency.text):
        return False  # "các tỉnh Bắc Bộ và Bắc Trung Bộ": a region's name ends on the word, no unit
    words = agency.text
    if agency.title and words.startswith(agency.title):
        words = words[len(agency.title) :]
    return bool(GROUP_OPENING.match(words)) or ("," in words and words.lower().startswith(listed_openings))


# a capitalised word right after another: a proper name's, not a unit noun ("Trung Bộ", "Nam Bộ")
_NAMED_LAST = re.compile(rf"[{CAPITALS}][\wđ]*[ \t]+[{CAPITALS}][\wđ]*$")


@lru_cache(maxsize=4)
def _unit_affixes(units: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a listed group opens with ("đơn vị,") and what a group ends on (" đơn vị"), for str's
    tuple tests."""
    return tuple(f"{unit}," for unit in units), tuple(f" {unit}" for unit in units)


def _extended(agency: FoundAgency, text: str, words: WordIndex, stops: re.Pattern[str],
              roles: frozenset[str], units: frozenset[str], obliges: re.Pattern[str] | None = None) -> FoundAgency:
    end, taken = agency.end, 0
    i = words.word_at(end)
    while i is not None and i < len(words.starts) and taken < _GROUP_WORDS:
        word = text[words.starts[i] : words.ends[i]]
        if (words.tags[i] != "N" or not word[:1].islower() or text[end : words.starts[i]].strip(" \t")
                or (stops.match(word) and not _ends_group(words, i, text)) or LEVEL_WORD.fullmatch(word)):
            break
        end, taken, i = words.ends[i], taken + 1, i + 1
    if not taken and roles:
        end = _role_end(agency.end, text, stops, roles, lambda pos: words.verb_at(pos, True) or bool(
            obliges and obliges.match(text, pos)), units) or end  # "các doanh nghiệp kinh doanh xăng dầu | phải có"
    return _ending_at(agency, text, end) if end > agency.end else agency


# what may follow a group's last word: punctuation, a preposition ("của tỉnh"), a conjunction ("và")
_AFTER_GROUP_TAGS = frozenset({"CH", "E", "C"})


def _ends_group(words: WordIndex, i: int, text: str) -> bool:
    """Whether a directive's word the tagger reads as a noun ends a group's name: no object follows it
    ("các đơn vị truyền thông, ...", "các cơ quan thông tin truyền thông của tỉnh"), as an action's would
    (a preposition other than "của" goes on the word's own phrase: "... | căn cứ vào chức năng ...")."""
    if i + 1 >= len(words.starts):
        return True
    tag = words.tags[i + 1]
    return tag in _AFTER_GROUP_TAGS and (tag != "E" or text[words.starts[i + 1] : words.ends[i + 1]].lower() == "của")


def _role_end(end: int, text: str, stops: re.Pattern[str], roles: frozenset[str],
              acts_at: Callable[[int], bool], units: frozenset[str]) -> int | None:
    """Where a group's role ends in a list: "các đơn vị | quản lý hồ chứa thủy điện |, ...", "các cơ
    sở | kinh doanh LPG |;". A verb of the roles, then a few words that are no directive, then
    the list goes on or ends: a predicate right after the verb would make it the group's action.
    With no list, the role ends where a directive's word the tagger reads as an action starts
    the predicate (``acts_at``): "các cơ quan | quản lý thị trường | tập trung giám sát ..."."""
    role = _ROLE_START.match(text, end)
    if role is None or role.group(1).lower() not in roles:
        return None
    cursor, predicate = role.end(), None
    for taken in range(_PREDICATE_REACH):
        if taken and predicate is None and text[cursor : cursor + 1] in " \t" and stops.match(
                text, cursor + 1) and acts_at(cursor + 1) and not _JOINED_BEFORE.search(text, cursor - 6, cursor):
            predicate = cursor
        word = _ROLE_WORD.match(text, cursor)
        levels = _ROLE_LEVELS.match(text, cursor) if word is not None and predicate is None else None
        if levels:  # "các cơ quan quản lý ... | các cấp |": the levels the role spans are the role's
            cursor = levels.end()
            continue
        if word is None or stops.match(word.group(1)) or (taken >= _ROLE_WORDS and predicate is not None):
            return predicate
        cursor = word.end()
        if _LIST_GOES_ON.match(text, cursor):
            return _also_run(text, cursor, stops, units) if taken < _ROLE_WORDS else predicate
    return predicate


def _also_run(text: str, end: int, stops: re.Pattern[str], units: frozenset[str]) -> int:
    """Where a role ends that runs another thing after a comma: "các đơn vị quản lý hồ chứa thủy điện
    |, thủy lợi| và ...". A word or two in small letters, no directive, no group's opener nor unit
    noun (``units``), then the list goes on or ends, are the role's; anything else starts the next
    member ("..., UBND các huyện", "..., các cơ sở y tế", "..., đơn vị tư vấn")."""
    joint = _ROLE_JOINT.match(text, end)
    if joint is None or GROUP_OPENING.match(text, joint.end() - 1):
        return end
    cursor = joint.end() - 1
    for _ in range(_ALSO_RUN_WORDS):
        word = _ROLE_WORD.match(text, cursor)
        if word is None or not word.group(1)[:1].islower() or stops.match(word.group(1)):
            return end
        cursor = word.end()
        run = " ".join(text[joint.end() : cursor].lower().split())
        if run.split()[0] in units or run in units:
            return end
        if _LIST_GOES_ON.match(text, cursor):
            return cursor
    return end


_ROLE_START = re.compile(r"[ \t]+(\w+[ \t]+\w+|\w+)(?=[ \t])")
_ROLE_WORD = re.compile(r"[ \t]+((?-i:[a-zđà-ỹ])[\wđ-]*|[A-ZĐ]{2,}[\w&-]*)")
_ROLE_WORDS = 4  # nouns of a role: "quản lý hồ chứa thủy điện"
# ... and how far its predicate may be when the role names what it deals in at length: "các Cơ quan | quản lý và
# sử dụng vật liệu nổ công nghiệp các cấp | tổ chức chỉ đạo ..." (a list goes on only from a short role)
_PREDICATE_REACH = 12
# a second action joined to the first is no predicate after a role: "các đơn vị quản lý tốt nguồn vốn và | triển
# khai ...": the first verb was the action
_ROLE_LEVELS = re.compile(r"[ \t]+các[ \t]+cấp(?![\wđ])")
_JOINED_BEFORE = re.compile(r"(?:\svà|\shoặc|,)[ \t]*$")
# what follows a name in a list, or ends it: ", ", "; ", " và ", ":", "."
_LIST_GOES_ON = re.compile(r"\s*(?:[,;:.)]|và\s|$)")
_ROLE_JOINT = re.compile(r",[ \t]")  # a comma, then the next thing run or the next member
_ALSO_RUN_WORDS = 2  # "thủy lợi", "cảng cá"
