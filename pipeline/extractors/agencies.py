"""Agencies: gazetteer names, abbreviations, named bodies and generic groups.

Patterns are generated from ``models/agencies.tsv`` and ``models/agency_patterns.yaml``:
- gazetteer names and their written forms ("Sở KH&ĐT" -> Sở Kế hoạch và Đầu tư);
- a head noun and a name ("UBND tỉnh Phú Thọ", "Phòng Nông nghiệp và Môi trường huyện");
- generic groups ("các sở, ban, ngành", "UBND các huyện, thị xã, thành phố");
- an office holder standing for a body ("Giám đốc Sở Y tế", "Phó Thủ tướng Vương Đình Huệ").
A name ends at punctuation or at a word of the directive vocabulary (a verb, a role,
a preposition), so "Sở Y tế chủ trì" gives "Sở Y tế".
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from ..glued import is_lexicon_word
from ..patterns import CAPITALS, LEVEL_WORD, alternation, initial_groups, skip_blanks, word_trie
from ..resources import AgencyEntry, Resources

# Scoped case-sensitivity: the whole pattern is case-insensitive, proper nouns are not.
_CAPWORD = rf"(?-i:[{CAPITALS}][\wđ&]*(?:-[\wđ&]+)*)"
# "[à-ỹ]" would also take capitals (Đ, Ư, Ơ and the whole Latin Extended Additional block
# interleave cases), so a lowercase word is a word that does not start with a capital.
_LOWERWORD = rf"(?-i:(?![{CAPITALS}])[^\W\d_]+)"
# the words a head's name may have: "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm
# cứu nạn tỉnh" has fourteen
_NAME_WORDS = 16
# the levels a place may be named by alone once its name was given ("huyện Sa Thầy" ... "huyện cần ...")
_ANAPHORIC_LEVELS = "huyện|xã|thị xã|phường|quận"
_DASH = "[-–—]"
# the space between two words of a name, none at a dash: typists and crawls write "Lao động - Thương
# binh", "Lao động-Thương binh", "Kế hoạch -Tài chính" for one name
_WORD_GAP = r"(?:[ \t]+|[ \t]*(?=[-–])|(?<=[-–])[ \t]*)"
# a series of numbered bodies named once: "Bộ Tư lệnh Quân khu 3, 4, 5", "Đội Quản lý thị trường số 1, 2 và 3"
_NUMBERED_SERIES = r"(?:(?<=\d)(?:[ \t]*,[ \t]*\d{1,3}(?![\wđ]))+(?:[ \t]+và[ \t]+\d{1,3}(?![\wđ]))?)?"
# ... and between two words of a gazetteer form, where a line break may fall too
_FORM_GAP = r"(?:\s+|\s*(?=[-–])|(?<=[-–])\s*)"
_DASH_SPACING = re.compile(r"\s*[-–]\s*")
_DASH_SPLIT = re.compile(r"[-–]")  # a form's first word ends at a dash too: "KH-ĐT"


def form_key(text: str) -> str:
    """A written form as the gazetteer keys it: lowercase, one space between words, spaced dashes, an
    unspaced ampersand.

    >>> form_key("Sở Lao động-Thương  binh và Xã hội"), form_key("Sở KH–ĐT"), form_key("Sở NN & PTNT")
    ('sở lao động - thương binh và xã hội', 'sở kh - đt', 'sở nn&ptnt')
    """
    return _DASH_SPACING.sub(" - ", _AMPERSAND_SPACING.sub("&", re.sub(r"\s+", " ", text))).lower()


_AMPERSAND_SPACING = re.compile(r" ?& ?")


def _dashless(name: str) -> str:
    return re.sub(r"\s*[-–]\s*|\s+", " ", name)


def _spelled_any_dash(name: str) -> str:
    """A province's name as the press also writes it: "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu",
    "Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế"."""
    words = re.split(r"\s*[-–]\s*|\s+", name)
    return r"(?:[ \t]*[-–][ \t]*|[ \t]+)".join(re.escape(w) for w in words)


# the space between two words of one name: a line break at most, never a blank line
_LINE_GAP = r"[ \t]*\n?[ \t]*(?<=\s)"
_CAPITALISED_LEVELS = "|".join(level[:1].upper() + level[1:] for level in _ANAPHORIC_LEVELS.split("|"))
# "các huyện, thị, thành phố": "thị" for "thị xã" inside a list; "các huyện, thành, thị" and "các
# huyện, thị, thành": "thành" for "thành phố" next to it, either may end the list
_SHORT_TOWN = (r"(?:thị(?=[ \t]*,)|thành(?=[ \t]*,[ \t]*thị(?![\wđ]))"
               r"|(?<=thành, )thị(?![\wđ]|[ \t]+(?:xã|trấn))|(?<=thị, )thành(?![\wđ]|[ \t]+phố))")
PLACE_LEVELS = rf"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|TX\.?|thị trấn|{_SHORT_TOWN}|xã|phường|đặc khu)"
# ... and the city the press writes glued: "Sở Xây dựng TP.HCM"
_PLACE = rf"(?:TP\.[ \t]?HCM(?![\wđ])|{PLACE_LEVELS}(?:(?:(?<=\.)[ \t]?|\s+){_CAPWORD}(?:\s+{_CAPWORD}){{0,3}})?)"
# a place named by its level alone ("tỉnh Gia Lai"): no body itself, though it stands for its council
PLACE_ALONE = re.compile(rf"{PLACE_LEVELS}\s", re.IGNORECASE)
# ... and, after the first, a customs region that spans provinces: "Cục Hải quan tỉnh, liên tỉnh, thành phố"
_LISTED_LEVEL = rf"(?:liên[ \t]+tỉnh|{PLACE_LEVELS})"
# "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương": the body in every unit of those levels
PLACE_LIST = (rf"(?:các\s+)?{PLACE_LEVELS}(?:\s*,\s*{_LISTED_LEVEL})+(?![\wđ])"
              rf"(?:\s+trực thuộc (?:Trung ương|tỉnh))?")


@dataclass(frozen=True)
class FoundAgency:
    """An agency mention: ``text`` as written, ``name`` canonical, offsets half-open."""

    text: str
    name: str
    start: int
    end: int
    title: str | None = None
    successor: str | None = None
    anaphoric: bool = False
    # A group that announces its members ("các sở: Y tế, Xây dựng") stands for them.
    members: tuple[FoundAgency, ...] = ()


def flatten(agencies: list[FoundAgency]) -> list[FoundAgency]:
    """Agencies with every announcing group replaced by its members, without repeats."""
    flat: list[FoundAgency] = []
    for agency in agencies:
        for member in agency.members or (agency,):
            if all(member.name != seen.name for seen in flat):
                flat.append(member)
    return flat


@lru_cache(maxsize=4)
def gazetteer_forms(resources: Resources) -> dict[str, AgencyEntry]:
    """The gazetteer's written forms in lowercase, each with its entry; a form that spells a comma
    compound is also written without the comma, as careless texts do ("Ban Chỉ huy phòng chống
    thiên tai ..."). Bare "TU", "CP", "BYT" are notation parts, not mentions; a longer abbreviation ("NHNN",
    "TTXVN") names its body outside a notation (the pattern reads none next to a slash or hyphen)."""
    commas = [(c.lower(), c.lower().replace(",", "")) for c in resources.agency_patterns.get("comma_compounds", [])]
    by_form: dict[str, AgencyEntry] = {}
    for entry in resources.agencies:
        for form in (entry.name, *entry.forms):
            if len(form) >= 4:
                by_form.setdefault(form_key(form), entry)
                for compound, bare in commas:
                    if compound in form.lower():
                        by_form.setdefault(form_key(form.lower().replace(compound, bare)), entry)
    return by_form


@dataclass(frozen=True)
class _Compiled:
    pattern: re.Pattern[str]
    by_form: dict[str, AgencyEntry]
    anaphora: re.Pattern[str]
    member_list: re.Pattern[str]
    province_place: re.Pattern[str]
    merged: dict[str, tuple[str, str]]  # former province -> (its successor, the successor's level)
    provinces: frozenset[str]  # province names, former and current
    sectors: dict[str, re.Pattern[str]]
    by_sector: dict[tuple[str, str], AgencyEntry]
    generic_group: re.Pattern[str]  # "các sở, ban, ngành", "các địa phương": no name, only unit nouns
    qualified: re.Pattern[str]  # a group closed by its qualifier: "... thuộc tỉnh", "... có liên quan"
    shared_offices: tuple[str, ...]  # offices several people hold: the person is named with them
    stop: re.Pattern[str]  # a word that ends a name: a preposition, a verb or role of the closed lists
    lowercase_heads: tuple[str, ...] = ()  # sector heads written in small letters before "các ..."
    placed_heads: frozenset[str] = frozenset()  # heads a place completes, alone before "và"
    # after a group its qualifier closed, a unit of the same list with its own qualifiers
    continued_group: re.Pattern[str] = re.compile("(?!)")
    place_anaphora: re.Pattern[str] = re.compile("(?!)")  # "đề nghị huyện tiếp tục ...": the district named
    bare_title: re.Pattern[str] = re.compile("(?!)")  # "Bộ trưởng quyết định", "các Thứ trưởng ...": an office alone
    province_levels: dict[str, str] = field(default_factory=dict)  # "Đà Nẵng" -> "thành phố"
    titles: frozenset[str] = frozenset()  # the titles, in small letters ("trưởng phòng", "phó trưởng ban")
    place_committee: re.Pattern[str] = re.compile("(?!)")  # "Trưởng Ban Chỉ huy ...": a committee every place has
    stressed: re.Pattern[str] = re.compile("(?!)")  # ", nhất là ": what stresses part of the bodies just named
    quoted_campaign: re.Pattern[str] = re.compile("(?!)")  # "Ban Chỉ đạo phong trào “...” cấp huyện"
    bare_list_heads: frozenset[str] = frozenset()  # "Bộ", "Sở": a head written once before the members it announces
    region_end: re.Pattern[str] = re.compile("(?!)")  # a group of provinces closed by their region
    next_region: re.Pattern[str] = re.compile("(?!)")  # ", Bắc Trung bộ", "và Tây Nguyên": one more region
    provinces_bracket: re.Pattern[str] = re.compile("(?!)")  # " (Hà Giang, Cao Bằng)": a region's provinces
    others: re.Pattern[str] = re.compile("(?!)")  # " khác": a group's word leaving out those named before
    # a sector's body of one level, in small letters: "Giao công an quận:", "hải quan tỉnh"
    leveled_sector: re.Pattern[str] = re.compile("(?!)")
    # a document's type after its issuer on one line of capitals: "UBND XÃ HẢI TRẠCH | THÔNG BÁO"
    type_after: re.Pattern[str] = re.compile("(?!)")
    # a body of a list whose name the gazetteer and the heads miss, between two bodies it knows:
    # "Công an huyện, | Hạt quản lý đê Trực Ninh |, các cơ quan", "Ủy ban MTTQ phường, | tổ tự quản môi trường | và"
    list_member: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] = (
        re.compile("(?!)"), re.compile("(?!)"), re.compile("(?!)"))


@lru_cache(maxsize=4)
def _compile(resources: Resources) -> _Compiled:
    spec = resources.agency_patterns
    directives = resources.directives
    name_stop_words = set(spec.get("name_stops", []))
    stop_phrases = (
        list(spec.get("name_stops", []))
        + list(directives["action_verbs"])
        + list(directives["addressing_verbs"])
        + list(directives.get("lead_roles", []))
        + list(directives["support_roles"])
        + list(directives.get("obligation_markers", []))
    )
    # "giao" is a verb, "giao thông" is not: compounds listed in the data are never stops.
    compounds = alternation(directives.get("compound_exceptions", []))
    # "Văn phòng Thường trực": a verb ("trực") that a word of the name comes before
    inside = "".join(rf"(?<!{re.escape(words_before_verb(c))}\s)" for c in directives.get("name_compounds", []))
    stop = rf"{inside}(?!(?:{compounds})(?![\wđ]))(?:{alternation(stop_phrases)})(?![\wđ])"
    by_form = gazetteer_forms(resources)
    # hundreds of forms: shared first words are tried once; a dash is any dash, spaced or not
    # ... and an ampersand is any ampersand, spaced or not: "Sở NN & PTNT", "Sở NN&PTNT"
    gazetteer = word_trie(by_form, joiner=_FORM_GAP).replace(r"\-", "[-–]").replace(r"\&", r"[ \t]?&[ \t]?")
    # a member's title takes a body in capitals only: "các thành viên Ban Chỉ đạo"; before a committee in
    # small letters the members are a unit ("các thành viên ban chỉ đạo", "các đơn vị thành viên | ban chỉ đạo")
    members = tuple(spec.get("member_titles", []))
    member_titles = [t for t in spec["titles"] if t.lower().endswith(members)] if members else []
    titles = alternation([t for t in spec["titles"] if t not in member_titles])
    if member_titles:
        titles = rf"(?:{alternation(member_titles)})(?=[ \t]+(?-i:[{CAPITALS}]))|{titles}"
    # "11 Bộ, cơ quan", "05 Sở": a count opens a group as "các" does
    # ("2 phòng thi dự phòng": a count of rooms, a unit in small letters after a count names no body)
    openers = alternation(spec.get("group_openers", ["các"])) + rf"|\d{{1,3}}(?=[ \t]+(?-i:[{CAPITALS}]))"
    # ... and a count of places: "các cơ quan, đơn vị, 12 thôn", "Chủ tịch UBND 13 phường"
    openers += rf"|\d{{1,3}}(?=[ \t]+(?-i:{alternation(spec.get('place_units', [])) or '(?!)'})(?![\wđ]))"
    units = alternation(spec["units"])
    if spec.get("lowercase_group_openers"):  # ... or before a unit its writer capitalised: "các đồng chí Trưởng thôn"
        openers += (rf"|(?:{alternation(spec['lowercase_group_openers'])})(?=[ \t]+(?:(?-i:[^\W\d_{CAPITALS}])"
                    rf"|(?:{units})(?![\wđ])(?![ \t]+(?-i:[{CAPITALS}]))))")
    relative = alternation(spec.get("relative_markers", [])) or "(?!)"
    qualifiers = alternation(spec["qualifiers"])
    # a head written by its abbreviation is a head too: "BHXH Thành phố", "KBNN khu vực"
    heads = word_trie({*spec["heads"], *(short for short, long in resources.abbreviations.items()
                                          if long in spec["heads"] and short.isupper())}, joiner=_WORD_GAP)
    # "Đài Phát thanh – Truyền hình", "Đài Phát thanh-Truyền hình": any dash the text has, spaced or not
    heads = heads.replace(r"\-", _DASH)
    exclusions = alternation(spec.get("head_exclusions", [])) or "(?!)"
    standalone = alternation(spec.get("standalone", []))
    # "Đảng ủy" stands alone, but "Đảng ủy Bộ Y tế", "Tỉnh ủy Nghệ An" go on as names
    continued = alternation([s for s in spec.get("standalone", []) if s in spec["heads"]]) or "(?!)"
    # ... in any case, by the words of its longer head: "Mặt trận tổ quốc thành phố"
    longer_words = alternation([h[len(s) + 1 :] for s in spec.get("standalone", []) if s in spec["heads"]
                                for h in spec["heads"] if h.startswith(f"{s} ")]) or "(?!)"
    sectors = alternation(spec.get("sector_prefix", ["ngành"]))
    listed_forces = alternation(spec.get("listed_forces", [])) or "(?!)"
    # a sector's name, or the part before its "và" ("Nông nghiệp" of "Nông nghiệp và Môi trường")
    sector_forms = headless_forms(resources).get("sở", set())
    sector_forms |= {form.split(" và ")[0] for form in sector_forms if " và " in form}
    sector_forms |= set(spec.get("office_sectors", []))  # a district's offices: "phòng Quản lý đô thị"
    sector_names = rf"(?:{alternation(sorted(sector_forms))})(?![\wđ&])"
    sep = r"(?:\s*,\s*|\s+và\s+|\s+hoặc\s+|\s*/\s*|\s*-\s*)"
    # "chính quyền các cấp tỉnh Quảng Nam": a group's level, then the province it names
    province_names = "|".join(_spelled_any_dash(name) for name in sorted(
        (p.name for p in resources.provinces), key=len, reverse=True))
    # ... never the first word of a Party committee: "các ban của Tỉnh ủy"
    adverbs = alternation(spec.get("never_in_names", [])) or "(?!)"
    # ... and a list of levels whose last is the province's one city or special zone: "các huyện, thị xã,
    # thành phố Huế", "các xã, phường, đặc khu Cồn Cỏ" (not the next body: "UBND xã, phường, đặc khu | Sở ...")
    # (not an action a crawl glued to the list: "... các tỉnh, thành phố Khẩn trương rà soát")
    # "các cấp ủy quận, huyện", "các phòng, ban quận - huyện": the levels a group spans, listed
    level_list = rf"{PLACE_LEVELS}(?:[ \t]*[,/-][ \t]*{_LISTED_LEVEL}(?![\wđ]))+"
    # ... and every tier from one level down to another: "Kho bạc Nhà nước từ tỉnh đến huyện", "các cấp
    # các ngành từ thành phố đến cơ sở"
    tier_span = (r"từ\s+(?:Trung\s+ương|tỉnh|thành\s+phố|huyện|quận)\s+(?:đến|tới|xuống)\s+"
                 r"(?:địa\s+phương|cơ\s+sở|tỉnh|huyện|quận|xã|phường)"
                 # ... or the stretch of places from one to another: "các tỉnh, thành phố ven biển từ Quảng
                 # Ninh đến Lâm Đồng"
                 rf"|từ[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}[ \t]+(?:đến|tới)[ \t]+{_CAPWORD}"
                 rf"(?:[ \t]+{_CAPWORD}){{0,2}}")
    # ... and "các ngành, các cấp": the sectors at every level
    # ... but a qualifier that ends on a body's head ("thuộc Bộ", "thuộc UBND huyện") before that body's
    # name ("các đơn vị thuộc Bộ | Công an") closes nothing: the group joins the body named (join_belonging)
    head_ends = "|".join(f"(?<={head})" for head in ("Bộ", "UBND huyện", "dân huyện", "UBND quận", "dân quận",
                                                     "UBND thành phố", "dân thành phố"))
    named_after = rf"(?!(?:{head_ends})[ \t]+(?-i:[{CAPITALS}]))"
    # ... and the commune or ward a group serves: "các tổ chức chính trị - xã hội xã | cử đại diện ..." (not the
    # first syllable of "xã hội": "các tổ chức xã hội")
    communes = alternation(spec.get("commune_levels", [])) or "(?!)"
    commune = (rf"(?-i:{communes})(?![\wđ])(?![ \t]+hội(?![\wđ]))"  # ... and its name: "các đoàn thể xã Xuân Lộc"
               rf"(?:[ \t]+(?!(?-i:{adverbs})(?![\wđ])){_CAPWORD}){{0,3}}")
    # ... and the water the places lie along: "các xã ven đầm Thị Nại"
    waters = alternation(spec.get("shore_waters", [])) or "(?!)"
    shore = rf"ven[ \t]+(?:{waters})(?:[ \t]+{_CAPWORD}){{0,3}}"
    # ... the place whose area a group works in: "các xã trên địa bàn huyện Lâm Hà", "... trên địa bàn TX.Dĩ An"
    area = rf"trên[ \t]+địa[ \t]+bàn[ \t]+(?-i:{_PLACE})(?<![ \t.])"
    group_tail = (rf"(?:\s+(?:{area}|{level_list}|{qualifiers}|{tier_span}|{commune}|{shore})(?![\wđ])"
                  rf"(?![ \t]+ủy(?![\wđ]))"
                  rf"{named_after}"
                  rf"|(?<=ngành)[ \t]*,[ \t]*các[ \t]+cấp(?![\wđ]))*"
                  rf"(?:(?<=tỉnh)[ \t]+(?-i:(?:{province_names or '(?!)'}))(?![\wđ])"
                  rf"|(?:(?:(?<=, thành phố)|(?<=và thành phố)|(?<=, đặc khu)|(?<=và đặc khu))[ \t]+"
                  # ... the city as the press abbreviates it: "UBND các huyện, thị xã, TP. Huế", "TP.Huế"
                  rf"|(?:(?<=, TP)|(?<=và TP))\.[ \t]?)"
                  rf"(?!(?-i:{adverbs})(?![\wđ]))(?!(?:{units})(?![\wđ])){_CAPWORD}"
                  rf"(?:[ \t]+{_CAPWORD}){{0,2}})?")
    # ("... và cá nhân đồng chí Bí thư": the official in person, no class of people)
    # ... nor a unit's noun that opens a word of another sense: "các trường hợp", "trường thông tin", "phòng họp"
    no_unit = alternation(spec.get("unit_homographs", [])) or "(?!)"
    title_unit = alternation(spec.get("title_homographs", [])) or "(?!)"
    bare_unit = (rf"(?!cá[ \t]+nhân[ \t]+(?:đồng[ \t]+chí|(?-i:[{CAPITALS}])))(?!(?:{no_unit})(?![\wđ]))"
                 rf"(?!(?:{title_unit})[ \t]+(?-i:[{CAPITALS}]))"
                 rf"(?:{units})(?![\wđ])")
    units_lower = alternation([u for u in spec["units"] if u[:1].islower()]) or "(?!)"
    headed_units = alternation(spec.get("headed_units", [])) or "(?!)"
    # A new opener ("các ngành liên quan, các nhà đầu tư") starts a new group.
    # "các sở ngành", "các bộ ngành": a unit and its sector side by side; "các đơn vị điện lực trên
    # địa bàn tỉnh", "các cơ quan chuyên môn có liên quan": words that qualify the unit, kept when
    # a qualifier closes them
    unit_sep = rf"(?:{sep}|[ \t]+(?=(?:ban[ \t]+)?ngành(?![\wđ])))"  # "các Sở ban ngành"
    modifier = rf"(?:[ \t]+(?!{stop}){_LOWERWORD}){{1,3}}?(?=\s+(?:{qualifiers})(?![\wđ]))"
    # "phối hợp Hiệp hội Thép Việt Nam, cơ quan liên quan": a unit the relation alone qualifies
    related = rf"(?-i:{units_lower})(?![\wđ])[ \t]+(?:có[ \t]+)?liên[ \t]+quan(?![\wđ])"
    # "các đơn vị, Sở Kế hoạch và Đầu tư": a unit in capitals before a name's word opens that name
    # ... and so does a unit's word before a name ("..., Thành ủy Huế")
    # ... and a sector named after its word is that sector: "các địa phương, | ngành nông nghiệp tỉnh"
    # ("các địa phương, | ngành nông nghiệp": a sector; "các sở, ngành | xây dựng kế hoạch ...": the listed
    # bodies, then their action, when a sector's name in small letters is also a verb)
    verb_sectors = alternation(spec.get("verb_homograph_sectors", [])) or "(?!)"
    listed_unit = (rf"(?!(?:{sectors})[ \t]+(?!(?-i:{verb_sectors})(?![\wđ])){sector_names})"
                   rf"(?!(?-i:[{CAPITALS}])[\wđ]*[ \t]+(?!Trung[ \t]+ương)(?-i:[{CAPITALS}]))"
                   rf"(?!(?=(?-i:[{CAPITALS}]))(?:{units})(?![\wđ])[ \t]+(?!Trung[ \t]+ương)(?-i:[{CAPITALS}]))"
                   rf"{bare_unit}")
    # a list that opens with a place lists places: "các xã, phường | và cơ quan, đơn vị có liên quan"
    place_words = [u for u in spec.get("place_units", []) if u in spec["units"]]
    places = alternation(place_words) or "(?!)"
    # ... the unit as a whole: "huyện ủy" is a Party committee, not a district
    longer = alternation([u for u in spec["units"] if u not in place_words
                          and any(u.lower().startswith(f"{p.lower()} ") for p in place_words)]) or "(?!)"
    place_unit = rf"(?!(?:{longer})(?![\wđ]))(?:{places})(?![\wđ])"
    listed_place = rf"(?={place_unit}){listed_unit}"
    # a unit in capitals that opens a longer head is that head: "các Ban Cán sự Đảng", not "các Ban"
    unit_words = {u.lower() for u in spec["units"]}
    longer_heads = alternation([h for h in spec["heads"] if len(h.split()) > 1 and h.lower() not in unit_words
                                and h.split()[0].lower() in unit_words]) or "(?!)"
    opening_unit = rf"(?=(?-i:[{CAPITALS}]))(?:{longer_heads})(?![\wđ])"
    unit_list = (rf"(?:{place_unit}(?:{sep}{listed_place})*"
                 rf"|(?:{opening_unit}|{bare_unit})(?:{unit_sep}{listed_unit})*)")
    # "các cấp, ngành, địa phương": every level, then the units listed
    every_level = rf"cấp(?:{unit_sep}|[ \t]+(?=các[ \t]+ngành))(?:các[ \t]+)?"
    # "các cấp Hội", "các cấp Công đoàn": an association at each of its levels
    level_bodies = alternation(spec.get("level_bodies", [])) or "(?!)"
    others = rf"(?:[ \t]+(?:{alternation(spec.get('other_units', []))})(?![\wđ]))?" if spec.get("other_units") else ""
    governing = alternation(spec.get("governing_units", [])) or "(?!)"
    bare_list_heads = alternation(spec.get("bare_list_heads", [])) or "(?!)"
    group = (rf"(?:(?:{openers})\s+(?:{every_level})?{unit_list}{others}(?:{modifier})?"
             rf"|(?:{openers})[ \t]+cấp[ \t]+(?-i:{level_bodies})(?![\wđ])"
             rf"|{listed_unit}(?:{sep}{listed_unit})+|{related}"  # "Cục Thuế, Sở ...": names, not units
             # "cấp ủy các cấp": each level's; "cấp ủy quận, huyện": the levels listed
             rf"|{bare_unit}[ \t]+(?:các[ \t]+cấp(?![\wđ])|{level_list}(?![\wđ]))"
             # "cơ quan được giao quyền tổ chức thi ...", "Đơn vị đã đăng ký ...": a kind of body its
             # relative clause says which of is named by it
             rf"|(?:{headed_units})(?![\wđ])(?:{unit_sep}(?:{headed_units})(?![\wđ]))*"
             rf"(?=[ \t]+(?:{relative})(?![\wđ]))"
             # "chính quyền các địa phương", "cấp ủy các xã, phường": who governs each of the places listed
             rf"|(?:{governing})[ \t]+các[ \t]+(?:địa[ \t]+phương|{PLACE_LEVELS}(?:[ \t]*,[ \t]*{_LISTED_LEVEL})*)"
             rf"(?![\wđ])"
             # "giao Bộ: Giao thông vận tải, Tài chính, ...": a head alone before the members it announces
             rf"|(?-i:{bare_list_heads})(?=[ \t]*:[ \t]*(?-i:[{CAPITALS}]))){group_tail}")
    localities = rf"(?:quận-huyện|tỉnh|huyện|quận|thị xã|TX|{_SHORT_TOWN}|thành phố|TP|xã|phường|thị trấn|đặc khu)"
    council = r"(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)"
    tiers = (r"(?:cấp\s+(?:tỉnh|huyện|xã|dưới|trên)(?:\s*(?:,|và)\s*(?:cấp\s+)?(?:tỉnh|huyện|xã))*"
             r"|(?<=\s)các\s+cấp|cùng\s+cấp"
             rf"|{tier_span})(?![\wđ])")
    # ("UBND các tỉnh, các thành phố": one group; "UBND huyện, | các xã": one council, then every commune)
    listed = rf"{localities}(?![\wđ])"
    local_group = (
        rf"{council}\s+(?:{tiers}|các\s+(?:{tiers}|{listed}(?:{sep}(?:các\s+)?{listed})*)|{listed}(?:{sep}{listed})*)"
        rf"{group_tail}"
    )
    # Inside a name a capitalised word is a name word even when it spells a verb
    # ("Phòng Giáo dục và Đào tạo", "Trung tâm Kiểm soát bệnh tật"); a lowercase one ends it.
    # "Cục Hợp tác quốc tế Khẩn trương hoàn thành ...": an adverb written with a capital is no name word
    # "Tổ đại biểu HĐND | và đại biểu HĐND tỉnh": "và" before a person's title joins two mentions
    and_title = rf"và[ \t]+(?:các[ \t]+)?(?-i:{alternation([t for t in spec['titles'] if t[:1].islower()])})(?![\wđ])"
    compounds = "|".join(r"\s*,?\s*".join(re.escape(p) for p in c.split(","))
                         for c in spec.get("comma_compounds", [])) or "(?!)"
    # "Phòng Văn hóa và Thông tin | và Đài truyền thanh thành phố": "và" before a head opens another name
    # (not a council's: "Văn phòng HĐND và UBND xã" is one office)
    separate_heads = alternation([h for h in spec["heads"] if h not in spec.get("placed_heads", [])])
    # ... and so does "và" before a sector's force: "Công an phường | và lực lượng trật tự đô thị", and before
    # an office in capitals: "Thanh tra tỉnh | và Chủ tịch UBND các địa phương"
    capital_titles = alternation([t for t in spec["titles"] if t[:1].isupper()]) or "(?!)"
    and_head = (rf"và[ \t]+(?!(?:{exclusions})(?![\wđ]))(?:(?-i:{separate_heads})|(?:{sectors})|(?-i:{capital_titles}))"
                rf"(?![\wđ])"
                # ... and so does "và UBND" after any name but a council's ("Ban Chỉ đạo ... tỉnh | và UBND
                # các huyện"; "Văn phòng HĐND và UBND xã" stays one office)
                rf"|(?<!HĐND[ \t])(?<!dân[ \t])và[ \t]+(?-i:UBND|Ủy ban nhân dân)(?![\wđ])"
                # ... and so does a kind of mass organisation in small letters: "Ủy ban MTTQ | và tổ chức chính trị
                # xã hội", "... | và đoàn thể"
                rf"|và[ \t]+(?-i:{alternation(spec.get('joined_kinds', [])) or '(?!)'})(?![\wđ])")
    # ("Viện Nghiên cứu Phát triển TP.HCM", "Trung tâm Y tế TP.Thủ Đức": the city the press writes glued to its level)
    glued_city = rf"(?-i:{alternation(spec.get('glued_levels', [])) or '(?!)'})\.[ \t]?{_CAPWORD}"
    # ... never the role a body plays for another, set off by a dash: "Sở NN & PTNT- | Cơ quan thường trực Ban ..."
    roles = alternation(directives.get("apposition_roles", [])) or "(?!)"
    tail_word = (rf"(?:(?:{compounds})(?![\wđ])|{glued_city}|(?!(?-i:{adverbs})(?![\wđ]))"
                 rf"(?!(?:(?<=[-–])|(?<=[-–][ \t]))(?:{roles})(?![\wđ])){_CAPWORD}"
                 rf"|(?!{stop}|{and_title}|{and_head}){_LOWERWORD}|\d+|–|-|&)")
    # ... and a level ends a head's name unless a place's name follows it: "Ban Thường trực UBMTTQ tỉnh |
    # quyết định thành lập ..." (not "huyện ủy", "tỉnh đoàn", "huyện đội": bodies of the level)
    levels = ("tỉnh", "huyện", "quận", "phường")
    after_level = "(?:" + "|".join(f"(?<={level})" for level in levels) + ")"
    after_level_gap = "(?:" + "|".join(rf"(?<={level}[ \t])" for level in levels) + ")"
    level_body = r"(?:ủy|uỷ|đoàn|đội)(?![\wđ])"
    level_tail_word = rf"(?!{after_level_gap}(?!{level_body}){_LOWERWORD})(?:{tail_word})"
    level_end = rf"{after_level}(?=[ \t]+(?!{level_body}){_LOWERWORD})"

    def ends_name(stop_word: str, comma: str = ",") -> str:
        return (rf"(?=[ \t]*(?:{comma}|[;.:()|\"“”…\n]|$|[-–][ \t]*(?:{roles})(?![\wđ])"
                rf"|(?-i:(?![{CAPITALS}])){stop_word}"
                rf"|(?-i:{adverbs})(?![\wđ])|{and_title}|{and_head}))")

    name_end = ends_name(stop)
    # a name never crosses a line; a council's head right before "và" is named alone: "UBND | và Ban An
    # toàn giao thông các huyện", "UBND | và Sở Y tế"
    # ("Ban Tuyên giáo và Dân vận" is one name: only heads that a place completes are read so)
    placed_heads = alternation(spec.get("placed_heads", [])) or "(?!)"
    # a committee is named by its mission, whose verb a compound may spell: "Ban Chỉ đạo phòng chống dịch
    # tỉnh" (a body named by a head alone ends before it: "Công an xã | phòng chống tội phạm")
    missions = alternation(spec.get("mission_heads", [])) or "(?!)"
    # ... whose missions a comma may list: "Ban Chỉ huy Phòng chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ dân
    # sự huyện" (a capitalised mission goes on, not a head or an office: "..., Sở Y tế", "..., Công an tỉnh")
    # (nor a body the gazetteer knows: "Ban Chỉ huy Quân sự tỉnh, | Biên phòng tỉnh, Công an tỉnh")
    goes_on = (rf"[ \t]+(?!(?:{heads})(?![\wđ]))(?!(?-i:{capital_titles})(?![\wđ]))(?!(?:{gazetteer})(?![\wđ]))"
               rf"(?=(?-i:[{CAPITALS}])[\wđ]*[ \t]+(?-i:(?![{CAPITALS}]))[^\W\d_])")
    mission_gap = rf"(?:{_WORD_GAP}|,{goes_on})"
    # ... and says what it is about after its level: "Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "Ban Chỉ
    # đạo Trung ương về phòng, chống tham nhũng" ("về" ends any other name: "Sở Y tế | về việc ...")
    mission_levels = alternation(spec.get("mission_levels", [])) or "(?!)"
    national_about = (rf"(?:[ \t]+(?-i:{mission_levels})"
                      rf"[ \t]+về(?=[ \t]+(?!việc(?![\wđ]))(?!{stop})[^\W\d_]))?")
    mission_end = ends_name(rf"(?!(?:{compounds})(?![\wđ])){stop}", comma=rf",(?!{goes_on})")
    # (as written: "Tổ" or "tổ" in a list, never a heading's "TỔ CHỨC THỰC HIỆN")
    capital_heads = alternation([form for head in spec.get("capital_named_heads", [])
                                 for form in (head, head[:1].lower() + head[1:])]) or "(?!)"
    named = (rf"(?-i:{placed_heads})(?=[ \t]+và[ \t])"
             rf"|(?-i:{capital_heads})(?=[ \t]+(?-i:[{CAPITALS}][^{CAPITALS}]))"
             rf"(?:{_WORD_GAP}{tail_word}){{1,{_NAME_WORDS}}}?{name_end}"
             rf"|(?-i:{missions})(?![\wđ]){national_about}(?:{mission_gap}{tail_word}){{0,{_NAME_WORDS}}}?{mission_end}"
             rf"|(?:{heads})(?![\wđ])(?:{_WORD_GAP}{level_tail_word}){{0,{_NAME_WORDS}}}?{_NUMBERED_SERIES}"
             rf"(?:{name_end}|{level_end})")
    # "UBND huyện Phù Ninh", and in the press "UBND TP.Quảng Ngãi" with no space
    # (a crawl may wrap the name onto the next line; a blank line, or a line break after "TP.",
    # ends it: "... trước UBND TP.\n\nGiao Sở ...")
    named_place = (rf"(?:{heads})(?:{_LINE_GAP}{_CAPWORD}){{0,4}}{_LINE_GAP}"
                   rf"(?:(?:tỉnh|thành phố)[ \t]+(?-i:(?:{province_names}))(?![\wđ])|{PLACE_LEVELS}"
                   rf"(?:(?<!\.){_LINE_GAP}|(?<=\.)[ \t]*){_CAPWORD}(?:{_LINE_GAP}{_CAPWORD}){{0,3}})")
    person = rf"(?:{titles})\s+{_CAPWORD}(?:[ \t]+{_CAPWORD}){{1,3}}"
    # a province or city named as the one who acts: "thành phố Đà Nẵng cần tập trung ...", "Thủ đô Hà Nội"
    province = rf"(?:tỉnh|thành phố|TP\.?|Thủ đô)\s+(?-i:(?:{province_names}))"
    # "Thống kê tỉnh, thành phố", "Thống kê tỉnh Bắc Ninh": a head that is also a verb names a
    # body only with its level
    level_heads = alternation(spec.get("level_heads", [])) or "(?!)"
    leveled = (rf"(?-i:{level_heads})\s+{PLACE_LEVELS}(?![\wđ])(?:\s*,\s*{PLACE_LEVELS}(?![\wđ]))*"
               rf"(?:\s+{_CAPWORD}(?:\s+{_CAPWORD}){{0,3}})?")
    # "Thuế tỉnh, thành phố", "Sở Y tế tỉnh/thành phố": every province and city of that body
    city_too = r"(?<=tỉnh)[ \t]*[,/][ \t]*(?:thành phố|TP)(?![\wđ])(?:[ \t]+trực[ \t]+thuộc[ \t]+Trung[ \t]+ương)?"
    # "Phòng Văn hóa và Thông tin quận, huyện, thị xã": a named body of each of the levels listed, also as
    # alternatives ("Trung tâm Y tế quận/huyện")
    levels_too = (r"(?:(?<=[ \t]quận)|(?<=[ \t]huyện)|(?<=thị xã)|(?<=thành phố)|(?<=[ \t]xã)|(?<=[ \t]phường)"
                  r"|(?<=thị trấn)|(?<=[ \t]tỉnh))"
                  rf"(?:[ \t]*[,/][ \t]*{_LISTED_LEVEL}(?![\wđ])(?![ \t]+(?-i:[{CAPITALS}])))+")
    # Every mention opens with the first word of one of its branches (or a count): a cheap test that
    # rejects the other words, capitalised or not, before the long alternation is tried.
    abbreviated_heads = [short for short, long in resources.abbreviations.items() if long in spec["heads"]]
    first = initial_groups({_DASH_SPLIT.split(phrase.split()[0])[0].lower() for phrase in (
        *spec["units"], *spec.get("group_openers", ["các"]), *spec["titles"], *spec.get("sector_prefix", []),
        *spec["heads"], *abbreviated_heads, *spec.get("standalone", []), *spec.get("mission_heads", []),
        *spec.get("placed_heads", []), *spec.get("level_heads", []), *spec.get("lowercase_sectors", []), *by_form,
        *spec.get("capital_named_heads", []),
        "UBND", "Ủy", "HĐND", "Hội", "tỉnh", "thành", "TP", "Thủ", "sở", "phòng")})
    # sectors whose name goes on in small letters: "lực lượng Công an", "ngành Quân đội"
    lowercase_sectors = rf"(?-i:{alternation(spec.get('lowercase_sectors', [])) or '(?!)'})(?![\wđ])"
    abbreviations_and = rf"(?<=(?-i:[A-ZĐ&]) )và[ \t]+(?!(?:{heads})(?![\wđ]))(?=(?-i:[A-ZĐ&]{{2,}})(?![\wđ]))"
    # "Phòng Văn hóa và Thông tin | các huyện, thành phố": "và" before a sector's capital, inside the name
    # (a head in capitals only: "phòng Tài nguyên và Môi trường" in small letters is read by ``lowhead``)
    sector_and = (rf"(?(capital)và[ \t]+(?!(?:{heads})(?![\wđ]))(?!(?-i:{capital_titles})(?![\wđ]))"
                  rf"(?=(?-i:[{CAPITALS}]))|(?!))")
    pattern = re.compile(
        rf"(?<![\wđ])(?=(?:{first})(?![\wđ])|\d{{1,3}}[ \t])"
        # a title, or titles joined by a slash ("Giám đốc/Thủ trưởng các sở"), then the body
        rf"(?<!toàn\s)(?:(?P<title>(?:{titles})(?:[ \t]*/[ \t]*(?:{titles}))*)\s+)?"
        rf"(?!(?:{exclusions})(?![\wđ]))(?P<body>"
        # ... "Ban chỉ huy PCTT và TKCN các huyện": "và" inside the name between abbreviations
        rf"(?P<headgroup>(?:{gazetteer}|(?:(?P<capital>)(?=(?-i:[{CAPITALS}])))?(?:{heads})"
        rf"(?:{_WORD_GAP}(?:{abbreviations_and}|{sector_and})?"
        rf"(?!và(?![\wđ])){tail_word}){{0,4}}?"
        # ... "Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn các tỉnh": a second mission in capitals
        # (not another body: "Cục Cảnh sát giao thông | và Cảnh sát giao thông các địa phương", "... | và UBND")
        rf"(?:[ \t]+(?!{and_head})và(?![ \t]+(?:{heads}|{gazetteer})(?![\wđ]))"
        rf"(?:[ \t]+(?:(?:{compounds})(?![\wđ])|{_CAPWORD})){{1,4}}?)?)"
        # never across a line; "thị" for "thị xã" inside a list ("các huyện, thị, thành phố")
        rf"[ \t]+(?:các|tất cả các)[ \t]+(?:{place_unit}(?:{sep}(?:{listed_place}|{_SHORT_TOWN}))*"
        rf"|{bare_unit}(?:{sep}(?:{listed_unit}|{_SHORT_TOWN}))*){group_tail})"
        rf"|(?<![/-])(?P<gaz>{gazetteer})(?![/-])(?:\s+{PLACE_LIST}|\s+{province}(?![\wđ])|\s+{_PLACE}"
        # ... of each of the places counted: "Sở Y tế hai địa phương", "Công an ba tỉnh"
        rf"|[ \t]+(?-i:{_PLACE_COUNTS})[ \t]+(?:địa[ \t]+phương|{PLACE_LEVELS})(?![\wđ])"
        rf"|[ \t]+(?-i:{province_names})(?![\wđ])"
        rf"|{city_too}|[ \t]+{tiers})?"  # "Ban Chỉ huy PCTT&TKCN các cấp"
        rf"|(?P<named_place>{named_place})"
        rf"|(?P<local>{local_group})"
        rf"|(?P<group>{group})"
        # "ngành Y tế", "Ngành Nông nghiệp": the sector of a Sở by the name it has without its head
        rf"|(?P<sector>(?:{sectors})\s+(?:(?:{gazetteer}|{sector_names}|{lowercase_sectors}|{_CAPWORD}(?:\s+{_CAPWORD})*)"
        rf"(?:\s+(?:tỉnh|huyện))?"
        rf"|(?!{stop}){_LOWERWORD}(?:\s+(?!{stop}){_LOWERWORD}){{0,4}})"
        # "Lực lượng công an, kiểm lâm, quân sự": the forces of several sectors, listed after one word
        rf"(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:{listed_forces})(?![\wđ]))*)"
        rf"|(?P<standalone>(?!(?:{continued})[ \t]+(?:{_CAPWORD}|(?:{PLACE_LEVELS}|{longer_words})(?![\wđ])))"
        rf"(?:{standalone}))(?![\wđ])"
        # "giao sở Nông nghiệp và PTNT", "phòng NN&PTNT tham mưu": a head in small letters before the
        # sector a Sở or a district's Phòng is named by ("cơ sở Y tế", "văn phòng" are other words)
        rf"|(?P<lowhead>(?<!cơ\s)(?<!trụ\s)(?<!văn\s)(?-i:sở|phòng)(?=[ \t]+(?=(?-i:[{CAPITALS}])){sector_names})"
        rf"(?:[ \t]+{tail_word}){{1,10}}?(?:{name_end}|(?=[ \t]+{PLACE_LIST}))(?:[ \t]+{PLACE_LIST})?)"
        # "Đội kiểm tra 814 cấp dưới", "Ban Chỉ đạo 814 các cấp"
        rf"|(?P<named>(?:{named})(?:[ \t]+{tiers}|{city_too}|{levels_too})?)"
        rf"|(?P<leveled>{leveled})"
        rf"|(?P<province>{province})"
        rf"|(?(title)(?-i:{headed_units})(?![\wđ])|(?!))"  # "Thủ trưởng đơn vị": the head of each unit addressed
        rf")(?![\wđ])"
        rf"|(?<![\wđ])(?P<person>{person})",
        re.IGNORECASE,
    )
    # ... not the noun a compound ends on: "cơ sở khám bệnh" (a facility), "trụ sở" (premises)
    # ... and "Bộ" alone, in capitals, the ministry named before ("Thủ tướng yêu cầu Bộ tổ chức ...")
    # (not a kind of body a relative clause says which of: "Bộ được phân công quản lý ngạch ...")
    anaphora = re.compile(rf"(?<![\wđ])(?<![Cc]ơ )(?<![Tt]rụ )(?:[Ss]ở|(?-i:Bộ))(?=\s+{stop})(?!\s+(?:{relative}))")
    # a place's level alone, where a clause or an addressing verb puts an actor: "Phó Chủ tịch đề
    # nghị huyện tiếp tục ...", "Bên cạnh đó, huyện cần ..."
    addressing = alternation(directives["addressing_verbs"])
    time_frames = alternation(directives.get("time_frames", [])) or "(?!)"
    # ... its name given there too ("đề nghị huyện Kiến Xương tập trung ..."), or counted for the
    # places of that level named before ("yêu cầu hai huyện chỉ đạo ...")
    place_anaphora = re.compile(
        rf"(?:(?:^|[.;:,])[ \t]*|(?<![\wđ])(?P<addressed>{addressing})[ \t]+(?:(?:{time_frames}),?[ \t]+)?)"
        rf"(?:(?P<count>(?-i:{_PLACE_COUNTS}))[ \t]+)?"
        rf"(?P<level>(?-i:{_ANAPHORIC_LEVELS}|{_CAPITALISED_LEVELS}))"
        # (a place named at a clause's start is where things happen: "..., thị xã Sa Pa tổ chức Lễ hội")
        rf"(?(addressed)(?P<names>{_PLACE_NAMES})?|)(?=[ \t]+{stop})",
        re.IGNORECASE | re.MULTILINE)
    sectors, by_sector = _sector_index(resources)
    member_list = re.compile(r"\s*(?:gồm(?:\s+có)?|là)?\s*:\s*", re.IGNORECASE)
    levels = {p.name: p.level for p in resources.provinces}
    merged = {p.name: (p.successor, levels[p.successor]) for p in resources.provinces if p.successor}
    province_place = re.compile(rf"(?<![\wđ])(?:tỉnh|thành phố|TP\.?)\s+({alternation(list(merged))})(?![\wđ])")
    provinces = frozenset(p.name for p in resources.provinces)
    generic_group = re.compile(rf"(?:{group})", re.IGNORECASE)
    qualified = re.compile(rf"(?<![\wđ])(?:{qualifiers})$", re.IGNORECASE)
    continued_group = re.compile(rf"[ \t]*,[ \t]*(?:và[ \t]+)?(?P<unit>(?-i:{units_lower})(?![\wđ])"
                                 rf"(?:[ \t]+(?:{qualifiers})(?![\wđ]))+)", re.IGNORECASE)
    # an office by its title alone, a capitalised title of two words or more followed by a small word
    offices = alternation([t for t in spec["titles"] if t[:1].isupper() and " " in t])
    bare_title = re.compile(rf"(?<![\wđ])(?:[Cc]ác[ \t]+)?(?P<title>{offices})(?![\wđ])")
    # "Ban Chỉ đạo phong trào “...” cấp huyện": a committee, the campaign it steers by its quoted title, its level
    campaigns = alternation(spec.get("campaign_words", [])) or "(?!)"
    campaign_levels = alternation([*spec.get("mission_levels", []), "xã"])
    quoted_campaign = re.compile(rf"(?:{missions})[ \t]+(?i:{campaigns})[ \t]*“[^”\n]{{1,200}}”"
                                 rf"(?:[ \t]+(?:cấp[ \t]+)?(?:{campaign_levels})(?![\wđ]))?")
    committee_titles = alternation(spec.get("place_committee_titles", [])) or "(?!)"
    committees = alternation(spec.get("place_committees", [])) or "(?!)"
    place_committee = re.compile(rf"(?:(?:{committee_titles})[ \t]+)?(?:{committees})(?![\wđ])")
    return _Compiled(pattern, by_form, anaphora, member_list, province_place, merged, provinces, sectors, by_sector,
                     generic_group, qualified, tuple(spec.get("shared_offices", [])),
                     re.compile(stop, re.IGNORECASE), tuple(spec.get("lowercase_group_heads", [])),
                     frozenset(spec.get("placed_heads", [])), continued_group, place_anaphora, bare_title, levels,
                     frozenset(title.lower() for title in spec["titles"]), place_committee,
                     re.compile(rf"\s*,\s*(?:{alternation(spec.get('stress_markers', [])) or '(?!)'})\s+"),
                     quoted_campaign, frozenset(spec.get("bare_list_heads", [])), *_region_patterns(spec),
                     re.compile(rf"[ \t]+(?:{alternation(spec.get('other_units', [])) or '(?!)'})(?![\wđ])"),
                     re.compile(rf"(?:{alternation(spec.get('lowercase_group_heads', [])) or '(?!)'})[ \t]+"
                                rf"(?:{alternation(spec['levels'])})"),
                     re.compile(rf"[ \t]+(?:{alternation([t.name.upper() for t in resources.document_types])})$"),
                     _list_member_pattern(spec, [p for p in stop_phrases if p not in directives["action_verbs"]],
                                          alternation([p for p in stop_phrases if p not in name_stop_words])))


def _list_member_pattern(spec: dict, name_ends: list[str],
                         predicate: str = "(?!)") -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A gap of the form ", X, Y và " between two bodies, where each of X and Y opens on a head noun of a body
    (``list_member_heads``) and runs on, two to eight words, without a word that ends a name (a preposition,
    an addressing verb, a role; an action verb may name what a team does: "tổ quản lý trật tự đô thị") and
    without punctuation but the commas of the list; one such member; and the last member of a list, right before
    the list's ``predicate`` (a verb, a role or a duty of the closed lists; the member's words then none of the
    predicate's: "..., tổ quản lý trật tự đô thị | phối hợp với ...")."""
    homographs = alternation([*spec.get("list_member_homographs", []), *spec.get("head_exclusions", [])]) or "(?!)"
    heads = alternation(spec.get("list_member_heads", []))
    if not heads:
        return re.compile("(?!)"), re.compile("(?!)"), re.compile("(?!)")
    heads = rf"(?!(?:{homographs})(?![\wđ]))(?:{heads})"
    ends = alternation(["và", *name_ends])
    word = rf"(?!(?:{ends})(?![\wđ]))[^\W\d_][\wđ]*"
    member = rf"(?<![\wđ])(?:{heads})(?![\wđ])(?:[ \t]+{word}){{1,7}}(?![\wđ])"
    joint = r"[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+"
    gap = re.compile(rf"[ \t]*,[ \t]*(?P<members>{member}(?:(?:{joint}){member})*)(?:{joint})", re.IGNORECASE)
    plain = rf"(?!(?:và|{predicate})(?![\wđ]))[^\W\d_][\wđ]*"
    last = re.compile(rf"(?:{joint})(?P<member>(?:các[ \t]+)?(?:{heads})(?![\wđ])(?:[ \t]+{plain}){{1,6}}?)"
                      rf"(?=[ \t]+(?:{predicate})(?![\wđ]))", re.IGNORECASE)
    return gap, re.compile(member, re.IGNORECASE), last


def _region_patterns(spec: dict) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A group closed by a region, the next region of its list, and the provinces a region names in
    brackets (closed, or left open by a careless source up to the comma before the group's action)."""
    regions = alternation(spec.get("regions", [])) or "(?!)"
    region_end = re.compile(rf"(?<![\wđ])(?:{regions})$", re.IGNORECASE)
    next_region = re.compile(rf"(?P<sep>[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?P<region>(?:(?:vùng|khu[ \t]+vực)[ \t]+)?"
                             rf"(?:{regions}))(?![\wđ])", re.IGNORECASE)
    bracket = re.compile(rf"[ \t]*\((?:[^()\n]{{1,300}}\)|(?:[ \t]*{_CAPWORD}(?:[ \t]+{_CAPWORD})*[ \t]*,)+"
                         rf"(?![ \t]*{_CAPWORD}))")
    return region_end, next_region, bracket


def words_before_verb(compound: str) -> str:
    """The words of a name before its verb: "Thường trực" -> "Thường", "tìm kiếm | cứu nạn" -> "tìm kiếm"."""
    return compound.split("|")[0].strip() if "|" in compound else compound.rsplit(" ", 1)[0]


def name_stops(resources: Resources) -> re.Pattern[str]:
    """Matches a word that ends a name (a preposition, a directive verb or role), at its start."""
    return _compile(resources).stop


def _sector_key(words: str) -> str:
    """"Tài nguyên và Môi trường" and "Tài nguyên môi trường" share one key."""
    return " ".join(w for w in _DASH_SPACING.sub(" ", words.lower().replace(",", " ")).split() if w != "và")


def headless_forms(resources: Resources) -> dict[str, set[str]]:
    """Per head noun ("sở", "bộ"), the names its bodies have without the head ("Y tế", "Tài chính")."""
    forms: dict[str, set[str]] = {}
    for entry in resources.agencies:
        for form in (entry.name, *entry.forms):
            head, _, rest = form.partition(" ")
            if head.lower() in {"sở", "bộ"} and rest:
                forms.setdefault(head.lower(), set()).add(rest)
    return forms


def _sector_index(resources: Resources) -> tuple[dict[str, re.Pattern[str]], dict[tuple[str, str], AgencyEntry]]:
    """Per head noun ("sở", "bộ"), a regex of the names its bodies have without the head.

    A member list names bodies by their sector only: "các sở: Y tế, GD&ĐT, Xây dựng".
    """
    forms = headless_forms(resources)
    by_sector: dict[tuple[str, str], AgencyEntry] = {}
    for entry in resources.agencies:
        for form in (entry.name, *entry.forms):
            head, _, rest = form.partition(" ")
            if head.lower() in forms and rest:
                by_sector.setdefault((head.lower(), _sector_key(rest)), entry)
    sectors = {}
    for head, names in forms.items():
        # "Lao động - Thương binh và Xã hội" as lists write it: "Lao động-Thương binh", "Lao động, Thương binh"
        alternatives = "|".join(
            r"(?:\s*,?\s+|\s*[-–]\s*)(?:và\s+)?".join(
                re.escape(w) for w in _DASH_SPACING.sub(" ", name.replace(" và ", " ")).split())
            for name in sorted(names, key=len, reverse=True)
        )
        sectors[head] = re.compile(rf"(?:{alternatives})(?![\wđ&])", re.IGNORECASE)
    # a district's Phòng is named by a Sở's sector or by an office of its own: "các Phòng Giáo dục và Đào
    # tạo", "các Phòng Tài chính - Kế hoạch" (each district's)
    offices = sorted({*forms.get("sở", set()), *resources.agency_patterns.get("office_sectors", [])},
                     key=len, reverse=True)
    sectors["phòng"] = re.compile(rf"(?:{alternation(offices) or '(?!)'})(?![\wđ&])", re.IGNORECASE)
    return sectors, by_sector


_GROUP_WORD = re.compile(r"(?<![\wđ])các(?![\wđ])", re.IGNORECASE)
_MEMBER_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+và\s+|\s+")
_LIST_HEADS = {"sở": "sở", "bộ": "bộ", "ngành": "sở"}


# "UBND các tỉnh: Đắk Lắk, Gia Lai", "Các huyện ủy: Đà Bắc, Cao Phong": one unit of place, then the places
# ("các tỉnh, thành phố: Quảng Bình, Đà Nẵng": each province or city at its own level)
_PLACE_GROUP = re.compile(r"^(?P<before>.*?)(?:tất cả\s+)?các\s+(?P<unit>tỉnh ủy|thành ủy|huyện ủy|quận ủy"
                          r"|tỉnh(?:\s*,\s*|\s+và\s+)thành phố|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)"
                          # the level's units named by what they belong to: "các tỉnh, thành phố trực thuộc
                          # Trung ương: Hà Tĩnh, Quảng Trị"
                          r"(?:\s+trực thuộc\s+(?:Trung ương|tỉnh|thành phố))?$",
                          re.IGNORECASE)
_ONE_PLACE = rf"{_CAPWORD}(?:(?:[ \t]+|[ \t]*{_DASH}[ \t]*){_CAPWORD}){{0,3}}"  # "Thừa Thiên - Huế"
_PLACE_NAME = re.compile(_ONE_PLACE)
# the names a level is written with: "huyện Kiến Xương", "huyện Kiến Xương và Tiền Hải", "xã A, B và C"
_PLACE_NAMES = rf"[ \t]+{_ONE_PLACE}(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+){_ONE_PLACE})*"
# a group of places whose name took the first place of the list after it
_FIRST_PLACE_TAKEN = re.compile(rf"^(?P<group>.*?(?<![\wđ])các[ \t]+(?:tỉnh(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)thành phố"
                                rf"|tỉnh|thành phố|huyện|quận|thị xã|xã|phường))"
                                rf"[ \t]+(?P<first>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}})$")
_MEMBER_SEPARATOR_ONLY = re.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
_MEMBER_LEVEL = re.compile(r"(?P<level>TX\.\s*|TP\.\s*|thị xã\s+|thành phố\s+|huyện\s+|quận\s+)")
_LEVEL_WORDS = {"tx": "thị xã", "tp": "thành phố", "thị xã": "thị xã", "thành phố": "thành phố", "huyện": "huyện",
                "quận": "quận"}


def _place_members(text: str, group: FoundAgency, start: int, compiled: _Compiled) -> tuple[FoundAgency, ...]:
    """The places listed after a group of one unit of place: "Chủ tịch UBND các tỉnh: Đắk Lắk,
    Gia Lai" charges "Chủ tịch UBND tỉnh Đắk Lắk" and "Chủ tịch UBND tỉnh Gia Lai"."""
    shape = _PLACE_GROUP.match(group.text)
    if shape is None:
        return ()
    before, unit = shape.group("before"), shape.group("unit").lower()
    members: list[FoundAgency] = []
    cursor = start
    while True:
        # "..., TX.An Nhơn và TP.Quy Nhơn": a member of another level says so
        level = _MEMBER_LEVEL.match(text, cursor)
        at = level.end() if level else cursor
        m = _PLACE_NAME.match(text, at)
        named = compiled.pattern.match(text, at) if m else None
        if m is None or (named and named.end() > m.end()):
            break  # a body's name ends the list; a place's name spelling a head does not ("Trạm Tấu")
        own_unit = _LEVEL_WORDS.get(level.group("level").lower().rstrip(". "), unit) if level else unit
        if "," in own_unit or " và " in own_unit:  # "các tỉnh, thành phố": the level the place has
            own_unit = compiled.province_levels.get(m.group(0), "tỉnh")
        name = f"{before}{own_unit} {m.group(0)}"
        members.append(FoundAgency(m.group(0), name[:1].upper() + name[1:], m.start(), m.end(), title=group.title))
        separator = re.match(r"\s*,\s*|\s+và\s+", text[m.end() : m.end() + 6])
        if separator is None:
            break
        cursor = m.end() + separator.end()
    return tuple(members) if len(members) >= 2 else ()


# "UBND huyện Lâm Hà, Đức Trọng": one place's council, then other places of its level
_ONE_PLACE = re.compile(rf"^(?P<before>.*?(?<![\wđ])(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường))[ \t]+"
                        rf"{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}$")
# (never a level's abbreviation: "UBND thành phố Hà Nội và | TP. HCM" is another city with its level)
_NEXT_PLACE = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?!(?:TP|TX)(?![^\W\d_]))({_CAPWORD}(?:[ \t]+{_CAPWORD})?)"
                         rf"(?:(?=[ \t]*[,;.:)]|[ \t]+và[ \t])|[ \t]+(?=(?-i:[^\W\d_A-ZĐ{CAPITALS}])))")


def _sibling_places(text: str, agency: FoundAgency, compiled: _Compiled) -> tuple[FoundAgency, ...]:
    """The body of one named place and the places listed right after it, each a body of the same
    kind: "UBND huyện Lâm Hà, Đức Trọng và Đơn Dương kiểm tra ...". A titled office is left
    alone: "Chủ tịch UBND tỉnh X, Trần Văn A" names the man."""
    shape = _ONE_PLACE.match(agency.text) if not agency.title else None
    if shape is None:
        return _sibling_leveled_place(text, agency, compiled)
    members = [agency]
    cursor = agency.end
    while ((m := _NEXT_PLACE.match(text, cursor)) and not compiled.pattern.match(text, m.start(1))
           and (text[m.end() - 1] != " " and text[m.end() - 1] != "\t" or compiled.stop.match(text, m.end()))):
        # a place ends its list, or is followed by the list's verb ("..., Đức Trọng kiểm tra"),
        # not by a name's next word ("Chi bộ Trường ...")
        name = f"{shape.group('before')} {m.group(1)}"
        members.append(FoundAgency(m.group(1), name, m.start(1), m.end(1)))
        cursor = m.end(1)
    return tuple(members) if len(members) >= 2 else _sibling_leveled_place(text, agency, compiled)


def _sibling_leveled_place(text: str, agency: FoundAgency, compiled: _Compiled) -> tuple[FoundAgency, ...]:
    """A body of a named place and more places written with their level, the same body of each:
    "Sở TT&TT Hà Nội và TP Hồ Chí Minh", "Sở Y tế tỉnh Nghệ An và tỉnh Hà Tĩnh", "UBND thị xã Hương
    Thủy, thị xã Hương Trà và thành phố Huế"."""
    if agency.title or agency.members:
        return ()
    siblings: list[re.Match[str]] = []
    cursor = agency.end
    while (second := _NEXT_LEVELED_PLACE.match(text, cursor)) is not None and len(siblings) < _MAX_SIBLINGS:
        siblings.append(second)
        cursor = second.end()
        if "và" in second.group("gap"):
            break
    after = skip_blanks(text, cursor, len(text))
    ends = compiled.stop.match(text, after) or text[after : after + 1] in _LIST_ENDS  # "... và thành phố Huế:"
    if not siblings or "và" not in siblings[-1].group("gap") or not ends:
        return ()
    place = _TRAILING_PLACE.search(agency.name) or _TRAILING_CAPITAL_PLACE.search(agency.name)
    before = agency.name[: place.start()].rstrip() if place and place.start() else None
    if before is None:  # "Sở Y tế Hà Nội": the province named without its level
        before = next((agency.name[: -len(name)].rstrip() for name in compiled.provinces
                       if agency.name.endswith(f" {name}")), None)
    if not before:
        return ()
    return (agency, *(FoundAgency(m["place"], f"{before} {m['place']}", m.start("place"), m.end("place"))
                      for m in siblings))


_MAX_SIBLINGS = 6
# a level in capitals, as older texts write it in a name: "UBND Thành phố Hà Tĩnh và Thị xã Hồng Lĩnh"
_TRAILING_CAPITAL_PLACE = re.compile(rf"(?<![\wđ])(?i:{PLACE_LEVELS})[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}}$")
_LIST_ENDS = (":", ";", ".", "")
_NEXT_LEVELED_PLACE = re.compile(rf"(?P<gap>[ \t]*,[ \t]*|[ \t]+và[ \t]+)"
                                 rf"(?P<place>TP\.[ \t]?HCM|(?i:{PLACE_LEVELS})[ \t]+{_CAPWORD}"
                                 rf"(?:[ \t]+{_CAPWORD}){{0,3}})(?![\wđ])")


def _named_members(text: str, group: FoundAgency, after: list[FoundAgency],
                   compiled: _Compiled) -> tuple[FoundAgency, ...]:
    """The bodies a group with no name announces by their own names after its colon: "phối hợp với các đơn vị:
    Công an tỉnh, Sở Tài chính và các đơn vị liên quan"."""
    colon = compiled.member_list.match(text, group.end)
    if colon is None or ":" not in colon.group(0):
        return ()
    members: list[FoundAgency] = []
    pos = colon.end()
    for agency in after:
        if agency.start != pos and not (members and _NAMED_MEMBER_GAP.fullmatch(text, pos, agency.start)):
            break
        members.append(agency)
        pos = agency.end
    return tuple(members)


_NAMED_MEMBER_GAP = re.compile(r"[ \t]*[,;][ \t]*|[ \t]+và[ \t]+")


def _members(text: str, group: FoundAgency, compiled: _Compiled) -> tuple[FoundAgency, ...]:
    """Members announced after a group and a colon: "các Sở, ngành: Xây dựng, Y tế"."""
    words = re.findall(r"[\wđ]+", group.text.lower())
    head = next((_LIST_HEADS[w] for w in words if w in _LIST_HEADS), None)
    colon = compiled.member_list.match(text, group.end)
    if colon and ":" in colon.group(0) and head is None:
        return _place_members(text, group, colon.end(), compiled)
    first = _FIRST_PLACE_TAKEN.match(group.text) if head is None else None
    if first and _MEMBER_SEPARATOR_ONLY.match(text, group.end):
        # "Chủ tịch UBND các tỉnh Nghệ An, Quảng Bình": the name took the list's first place
        bare = FoundAgency(first.group("group"), first.group("group"), group.start, group.start + first.end("group"),
                           group.title)
        return _place_members(text, bare, group.start + first.start("first"), compiled)
    if head is None and text[group.end : group.end + 1] == " ":  # "UBND các huyện Phù Mỹ, Vân Canh và ..."
        return _place_members(text, group, group.end + 1, compiled)
    if head is None or head not in compiled.sectors or not colon or ":" not in colon.group(0):
        return ()
    members: list[FoundAgency] = []
    cursor = colon.end()
    while (m := compiled.sectors[head].match(text, cursor)) and m.group(0)[:1].isupper():
        entry = compiled.by_sector.get((head, _sector_key(m.group(0))))
        if entry is None:
            break
        # "Bộ trưởng các Bộ: Quốc phòng, Công an" charges the ministers, not the ministries
        name = f"{group.title} {entry.name}" if group.title else entry.name
        members.append(FoundAgency(m.group(0), name, m.start(), m.end(), title=group.title,
                                   successor=entry.successor))
        separator = _MEMBER_SEPARATOR.match(text, m.end())
        if separator is None:
            break
        cursor = separator.end()
    if len(members) == 1 and not re.match(r"\s*(?:[,;.)]|$)", text[members[0].end:]):
        return ()  # "Các sở: Xây dựng kế hoạch ..." is an item, not a list of one
    return tuple(members)


_AFTER_PROVINCE_LEVEL = re.compile(rf"(?<![\wđ])tỉnh\s+({_CAPWORD}(?:\s+{_CAPWORD})*)$")


def _person_after_place(body: str, compiled: _Compiled) -> int | None:
    """Where a person's name starts after "tỉnh" when the words are no province ("thành phố" may
    be a city of a province, "thành phố Vĩnh Yên", so it is left alone)."""
    m = _AFTER_PROVINCE_LEVEL.search(body)
    if m is None or _dashless(m.group(1)) in {_dashless(p) for p in compiled.provinces}:
        return None  # "Thừa Thiên-Huế", "Bà Rịa - Vũng Tàu": a province however its dash is spelt
    return m.start(1)


def _merged_province(name: str, compiled: _Compiled) -> str | None:
    """A body of a province merged in 2025, under its successor's name:
    "UBND tỉnh Quảng Bình" -> "UBND tỉnh Quảng Trị", "Sở Y tế tỉnh Bình Dương" -> "Sở Y tế thành phố Hồ Chí Minh"."""
    m = compiled.province_place.search(name) if compiled.merged else None
    if m is None:
        return None
    successor, level = compiled.merged[m.group(1)]
    return f"{name[:m.start()]}{level} {successor}{name[m.end():]}"


def expand_abbreviations(text: str, resources: Resources) -> str:
    """Spell out abbreviations word by word: "UBND tỉnh" -> "Ủy ban nhân dân tỉnh"."""
    table = resources.abbreviations

    def repl(match: re.Match[str]) -> str:
        return table.get(match.group(0), match.group(0))

    keys = alternation(list(table))
    return re.sub(rf"(?<![\wđ&])(?:{keys})(?![\wđ&])", repl, text)


def _is_case_valid(match: re.Match[str], lowercase_heads: tuple[str, ...] = (),
                   titles: frozenset[str] = frozenset()) -> bool:
    # Heads are proper nouns: "Sở Y tế" names a body, "sở" alone does not; a sector's bodies in
    # every place may be written in small letters ("công an các huyện").
    body = match["body"]
    if match["headgroup"] and body.startswith(lowercase_heads):
        return True
    if match["headgroup"] and match["title"] and f"{match['title']} {body.split()[0]}".lower() in titles:
        return True  # "Trưởng phòng GD&ĐT các quận huyện": the head is the last syllable of a title, written small
    named = match["named"] or match["named_place"]
    words = body.split()
    if (named and match["title"] and len(words) > 1 and words[1][:1].isupper()
            and f"{match['title']} {words[0]}".lower() in titles):
        return True  # "Trưởng ban Chỉ đạo tỉnh": the same, the body's name in capitals after its small head
    if named and body.startswith(lowercase_heads) and any(w[:1].isupper() for w in body.split()[1:]):
        return True  # "ủy ban nhân dân huyện Phú Quốc": a sector's head in small letters, then its place's name
    if named and _EVERY_TIER.search(body) and _EVERY_TIER.sub("", body) in lowercase_heads:
        return True  # "Thủ trưởng công an các cấp": a sector's bodies at every level, in small letters
    if match["named"] or match["named_place"] or match["headgroup"]:
        return body[:1].isupper()
    if match["standalone"]:
        # "các cấp, các ngành": a group; "toàn Ngành": the whole sector, its own capital
        return body[:1].isupper() or body.startswith(("các ", "toàn Ngành"))
    return True


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_EVERY_TIER = re.compile(r"[ \t]+các[ \t]+cấp$")


def _inside_a_capitals_word(text: str, match: re.Match[str]) -> bool:
    """In a line of capitals, whether a head is the second syllable of a word with the syllable
    before it ("MÔI TRƯỜNG", "NHIỆM VỤ", "CƠ SỞ"): case no longer tells a name from the word."""
    start = match.start("body")
    head = re.match(r"[^\W\d_]+", text[start:])
    if head is None or not head.group(0).isupper() or len(head.group(0)) < 2:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).isupper() and is_lexicon_word(f"{before.group(1)} {head.group(0)}")


def find_agencies(text: str, resources: Resources) -> list[FoundAgency]:
    """Agency mentions in ``text`` in order (see ``_find_agencies``); the last few texts are cached,
    since metadata and the spaCy component read the same document."""
    return list(_cached_agencies(text, resources))


def clear_cache() -> None:
    """Forget cached results (benchmarks measure cold documents)."""
    _cached_agencies.cache_clear()


@lru_cache(maxsize=8)
def _cached_agencies(text: str, resources: Resources) -> tuple[FoundAgency, ...]:
    return tuple(_find_agencies(text, resources))


def _find_agencies(text: str, resources: Resources) -> list[FoundAgency]:
    """Agency mentions in ``text`` in order; anaphoric "sở" resolves to the last named Sở.

    >>> [a.name for a in find_agencies("Sở KH&ĐT chủ trì, phối hợp với Sở TT&TT", R)]
    ['Sở Kế hoạch và Đầu tư', 'Sở Thông tin và Truyền thông']
    """
    compiled = _compile(resources)
    found: list[FoundAgency] = []
    bare_heads: list[tuple[int, int]] = []
    for match, valid in _matches(compiled, text):
        if match["person"]:
            start, end = match.span("person")
            found.append(FoundAgency(match["person"], match["person"], start, end))
            continue
        if not valid:
            continue
        if _inside_a_capitals_word(text, match):
            continue  # "KHẮC PHỤC MÔI TRƯỜNG VÀ PHÒNG, CHỐNG ...": the head is a word's second syllable
        body = match["body"].rstrip()
        typed = compiled.type_after.search(body) if body.isupper() else None
        body = body[: typed.start()] if typed else body
        if match["named"] and not match["title"] and body in compiled.placed_heads and _AND_GAP.match(
                text, match.start("body") + len(body)):
            bare_heads.append((match.start("body"), match.start("body") + len(body)))
            continue  # "UBND | và Ban An toàn giao thông các huyện": placed by the next body (_placed_heads)
        if match["named"] and len(body.split()) < 2 and body.lower() not in {"thanh tra"} and not (
                match["title"] and body[:1].isupper()):
            continue  # a bare head ("Ban", "Sở") is not a name; with a title it is the issuer's own
            # ("Chánh Văn phòng Bộ", "Giám đốc Sở")
        if match["title"] and _MEMBERSHIP.search(text, max(0, match.start() - 4), match.start()) and \
                match["title"].lower() == "thành viên":
            continue  # "Các sở, ngành là thành viên Ban Chỉ đạo tỉnh": which sở, not the members
        start = match.start("title") if match["title"] else match.start("body")
        end = match.start("body") + len(body)
        person = _person_after_place(body, compiled) if match["title"] else None
        if person is not None:  # "Phó Chủ tịch UBND tỉnh Đặng Quang Thịnh": the office, not the man
            body = body[:person].rstrip()
            end = match.start("body") + len(body)
        entry = None
        if match["gaz"]:
            entry = compiled.by_form.get(form_key(match["gaz"]))
        name = entry.name if entry else body
        if match["lowhead"] or (match["named"] and name[:1].islower() and compiled.leveled_sector.fullmatch(name)):
            name = name[:1].upper() + name[1:]  # "công an quận" -> "Công an quận"
        if entry and match["body"] != match["gaz"]:
            name = entry.name + match["body"][len(match["gaz"]):]
        if match["province"] and not match["title"]:
            # "Tỉnh Nghệ An kiểm tra ...": its People's Committee acts
            name = council_of(name, resources.agency_patterns.get("place_council", "UBND"))
        if not match["title"] and _PLACES_ONLY.fullmatch(name):
            # "các xã, thị trấn triển khai ...": the councils of those places act
            name = f"{resources.agency_patterns.get('place_council', 'UBND')} {name[:1].lower()}{name[1:]}"
        if match["title"]:
            name = f"{match['title']} {name}"
        successor = entry.successor if entry else None
        body_name = name[len(match["title"]) + 1 :] if match["title"] else name
        if successor and body_name.startswith(entry.name):  # keep the place: "... tỉnh Bình Định"
            successor += body_name[len(entry.name):]
        successor = _merged_province(successor or name, compiled) or successor
        holder = _PERSON_AFTER.match(text, end) if name.startswith(compiled.shared_offices) else None
        if holder:  # several hold the office: "Phó Thủ tướng Chính phủ Hồ Đức Phớc" is the man
            name, end = f"{name} {holder.group(1)}", holder.end()
        found.append(FoundAgency(text[start:end], name, start, end, match["title"], successor))
    found = _join_adjacent_groups(text, _attach_members(text, found, compiled), compiled)
    found = _placed_heads(text, found, bare_heads)
    found = _continued_groups(text, found, compiled)
    found = _provinces_and_cities(text, found, compiled)
    found = _regions_listed(text, found, compiled)
    found = _member_groups(text, found)
    found = _committees_of_places(text, found, compiled)
    found = _stressed_places(text, found, compiled)
    found = _quoted_campaigns(text, found, compiled)
    found = _bare_titles(text, found, compiled)
    found = _officials_by_name(text, found, resources)
    found = _listed_between(text, found, compiled)
    found = _numbered_series(text, found)
    for match in compiled.anaphora.finditer(text):
        head = f"{match.group(0)[:1].upper()}{match.group(0)[1:]} "
        named = [a for a in reversed(found) if a.end <= match.start() and _of_head(a.name, head) and not (
            head == "Bộ " and _AUTHOR_BEFORE.search(text, max(0, a.start - 8), a.start))]
        # "Sở X phối hợp với Sở Y ... . ... yêu cầu Sở này ...": the Sở that acted, not its partner
        antecedent = next((a for a in named if not _PARTNER_BEFORE.search(text, max(0, a.start - 12), a.start)),
                          named[0] if named else None)
        if antecedent and not any(a.start <= match.start() < a.end for a in found):
            found.append(FoundAgency(match.group(0), antecedent.name, match.start(), match.end(),
                                     successor=antecedent.successor, anaphoric=True))
    found.sort(key=lambda a: a.start)
    places = _place_anaphora(text, found, compiled, resources.agency_patterns.get("place_council", "UBND"))
    return sorted([*found, *places], key=lambda a: a.start) if places else found


def _matches(compiled: _Compiled, text: str) -> Iterator[tuple[re.Match[str], bool]]:
    """The gazetteer's matches in order, each with whether case allows it. After one it rules out, the scan goes on from
    the end of its head word, not of the match: "giao nhiệm vụ Ban Quản lý ..." reads "vụ Ban Quản
    lý ..." first (a Vụ in small letters names nothing), then the Ban it covered."""
    pos = 0
    listed_after = -1  # the end of the last name a list may go on from
    while pos < len(text):
        match = compiled.pattern.search(text, pos)
        if match is None:
            return
        valid = bool(match["person"]) or _is_case_valid(match, compiled.lowercase_heads, compiled.titles) or (
            _LIST_GOES_ON.fullmatch(text, listed_after, match.start()) is not None and _named_in_small_head(match)) or (
            bool(match["named"]) and compiled.leveled_sector.fullmatch(match["body"].rstrip()) is not None)
        yield match, valid
        if valid:
            listed_after = match.end()
        pos = match.end()
        if not valid:
            head = _HEAD_WORD.match(text, match.start("body"))
            pos = head.end() if head is not None and head.end() < match.end() else pos
        if pos <= match.start():
            pos = match.start() + 1


_HEAD_WORD = re.compile(r"[^\W\d_]+")
# bodies named "Bộ ..." that are no ministry: the Politburo, a military command
_NO_MINISTRY = re.compile(r"Bộ (?:Chính trị|Tư lệnh|Chỉ huy|trưởng)")
# a document's author ("Thông tư số 38/2019/TT-BTC ... của Bộ Tài chính"), cited, is no body the text goes on about
_AUTHOR_BEFORE = re.compile(r"(?<![\wđ])của\s+$")


def _of_head(name: str, head: str) -> bool:
    """Whether a body named before is one a bare "Sở" or "Bộ" may mean ("Sở Y tế", "Giám đốc Sở Y tế"; "Bộ
    Công an", not "Bộ Chính trị")."""
    if head == "Sở ":
        return head in name
    return name.startswith(head) and not _NO_MINISTRY.match(name)


# "Tổ Địa chính, tổ Kiểm tra", "Sở Y tế và sở Tài chính": a list of names goes on with a head in small
# letters before its capitalised name
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|và)[ \t]*|[ \t]*,[ \t]*và[ \t]+")


def _named_in_small_head(match: re.Match[str]) -> bool:
    """Whether a head in small letters is followed by its capitalised name ("tổ Kiểm tra", not "tổ dân")."""
    if not (match["named"] or match["headgroup"]):
        return False
    words = match["body"].split()
    return len(words) > 1 and words[1][:1].isupper()


_PARTNER_BEFORE = re.compile(r"(?<![\wđ])(?:với|cùng)\s+$", re.IGNORECASE)


def _bare_titles(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """Offices named by their title alone, several at once ("các Thứ trưởng theo lĩnh vực phụ trách
    chỉ đạo ..."): the holders of that office in the body the text speaks for. A head that read a
    title's second word as its name, or stopped inside the title ("Bộ | trưởng trực tiếp", "các Bộ |
    trưởng Thủ trưởng ..."), gives way to the title."""
    added: list[FoundAgency] = []
    dropped: set[int] = set()
    ordered = sorted(found, key=lambda a: a.start)
    starts = [a.start for a in ordered]
    for match in compiled.bare_title.finditer(text):
        start, title = match.start("title"), match.group("title")
        before = bisect.bisect_right(starts, start) - 1  # mentions do not overlap: the one starting last before
        covering = ordered[before] if before >= 0 and start < ordered[before].end else None
        if covering is not None and not _misread_title(covering, match):
            continue
        if covering is None and (match.start() == start or not _SMALL_WORD_NEXT.match(text, match.end())):
            continue  # one office alone is left to what the text names ("Giám đốc quản lý ...", "Phó
            # Trưởng ban thường trực: Ông ..."); several ("các Thứ trưởng theo ...") are the issuer's
        if covering is not None:
            dropped.add(id(covering))
        added.append(FoundAgency(match.group(0), match.group(0), match.start(), match.end(), title=title))
    if not added:
        return found
    return sorted([a for a in found if id(a) not in dropped] + added, key=lambda a: a.start)


_SMALL_WORD_NEXT = re.compile(rf"[ \t]+[^\W\d_A-ZĐ{CAPITALS}]")


def _numbered_series(text: str, found: list[FoundAgency]) -> list[FoundAgency]:
    """Bodies numbered in a series, named once with all their numbers: "các Cục Quản lý đường bộ I, II, III, IV", "Khu
    Quản lý đường bộ II và IV" (the plural before the first, when the text has it, is the group's)."""
    series: list[FoundAgency] = []
    for agency in found:
        numbered = _SERIES_NUMBER.search(agency.text)
        more = _MORE_NUMBERS.match(text, agency.end) if numbered else None
        if more is None:
            series.append(agency)
            continue
        plural = _PLURAL_BEFORE.search(text, max(0, agency.start - 6), agency.start)
        start = plural.start() if plural and not any(a.end > plural.start() for a in series[-1:]) else agency.start
        whole = text[start : more.end()]
        series.append(FoundAgency(whole, f"{text[start:agency.start]}{agency.name}{text[agency.end:more.end()]}",
                                  start, more.end(), agency.title))
    return series


# the number a body of a series ends with ("Cục Quản lý đường bộ II", "Đội 3"), and the others listed after it
_SERIES_NUMBER = re.compile(r"(?<=[ \t])(?:[IVX]{1,4}|\d{1,2})$")
_MORE_NUMBERS = re.compile(r"(?:[ \t]*,[ \t]*(?:[IVX]{1,4}|\d{1,2})(?![\wđ/.-]))*"
                           r"(?:[ \t]*(?:,|và)[ \t]*(?:[IVX]{1,4}|\d{1,2})(?![\wđ/.-]))")
_PLURAL_BEFORE = re.compile(r"(?<![\wđ])các[ \t]+$")


def _listed_between(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """Bodies of a list the finders miss, between two bodies they found: "Công an huyện, Hạt quản lý đê
    Trực Ninh, các cơ quan, đơn vị liên quan" (``list_member`` of ``_Compiled``)."""
    gap_pattern, member, last = compiled.list_member
    added = []
    for before, after in pairwise([*found, None]):
        if after is not None and 0 < after.start - before.end <= _LIST_GAP_REACH:
            gap = gap_pattern.fullmatch(text, before.end, after.start)
            if gap is not None:
                added += [FoundAgency(m.group(), m.group()[:1].upper() + m.group()[1:], m.start(), m.end())
                          for m in member.finditer(text, gap.start("members"), gap.end("members"))]
                continue
        tail = last.match(text, before.end) if not before.title or before.text != before.name else None
        if tail and (after is None or after.start >= tail.end("member")):
            name = tail["member"]
            added.append(FoundAgency(name, name[:1].upper() + name[1:] if not name.startswith("các") else name,
                                     tail.start("member"), tail.end("member")))
    if not added:
        return found
    # ... and named so again elsewhere in the text: "... phối hợp với Công an huyện, Hạt quản lý đê Trực Ninh kiểm tra"
    taken = [(a.start, a.end) for a in [*found, *added]]
    names = {a.text: a.name for a in added}
    again = re.compile("|".join(rf"(?<![\wđ]){re.escape(t)}(?![\wđ])" for t in sorted(names, key=len, reverse=True)))
    added += [FoundAgency(m.group(), names[m.group()], m.start(), m.end()) for m in again.finditer(text)
              if not any(start < m.end() and m.start() < end for start, end in taken)]
    return sorted([*found, *added], key=lambda a: a.start)


_LIST_GAP_REACH = 200


def _officials_by_name(text: str, found: list[FoundAgency], resources: Resources) -> list[FoundAgency]:
    """Officials a meeting's conclusions name by person, then office: "giao đ/c Huệ - PGĐ Sở", "đồng chí
    Liêm – Phó Giám đốc Sở Nông nghiệp" (the office's holder, one mention that takes the place of the
    body's): the office spelt out, its body as named after it, the holder's name."""
    abbreviations = resources.agency_patterns.get("title_abbreviations", {})
    by_start = {a.start: a for a in found}
    added = []
    for m in _official_by_name_pattern(resources).finditer(text):
        if not _assigning_before(resources).search(text, max(0, m.start() - _ASSIGNING_REACH), m.start()):
            continue  # "Đ/c X – Phó Giám đốc Công an tỉnh quán triệt ...": who spoke at a meeting, reported
        titled = by_start.get(m.start("title"))  # "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"
        body = by_start.get(skip_blanks(text, m.end(), len(text))) if titled is None else None
        end = (titled or body).end if (titled or body) is not None else m.end("body")
        title = abbreviations.get(m.group("title"), m.group("title"))
        office = titled.name if titled is not None else f"{title} {body.name if body else m.group('body')}"
        name = " ".join(f"{office} {m.group('person')}".split())
        start = m.start("person")  # after the honorific, which addressees skip ("giao đ/c | Huệ - PGĐ Sở")
        added.append(FoundAgency(text[start:end], name, start, end, title=title))
    if not added:
        return found
    kept = [a for a in found if not any(o.start < a.end and a.start < o.end for o in added)]
    return sorted([*kept, *added], key=lambda a: a.start)


_ASSIGNING_REACH = 30


@lru_cache(maxsize=4)
def _assigning_before(resources: Resources) -> re.Pattern[str]:
    """An addressing verb (``addressing_verbs`` of ``directives.yaml``) right before an official named by
    person: "giao đ/c Huệ - PGĐ Sở", "Phân công đồng chí ..."."""
    verbs = alternation(resources.directives.get("addressing_verbs", [])) or "(?!)"
    return re.compile(rf"(?<![\wđ])(?:{verbs})\s*:?\s*$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _official_by_name_pattern(resources: Resources) -> re.Pattern[str]:
    """An honorific, a person's name, a dash and an office, maybe with its body in capitals after it:
    "đ/c Huệ - PGĐ Sở", "đồng chí Liêm – Phó Giám đốc" (``comrade_honorifics``, ``titles`` and
    ``title_abbreviations`` of ``agency_patterns.yaml``)."""
    spec = resources.agency_patterns
    titles = alternation([*spec.get("titles", []), *spec.get("title_abbreviations", {})]) or "(?!)"
    honorifics = alternation(spec.get("comrade_honorifics", [])) or "(?!)"
    return re.compile(rf"(?<![\wđ/])(?:{honorifics})[ \t]+(?P<person>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}})"
                      rf"[ \t]*[-–—][ \t]*(?P<title>{titles})(?![\wđ])(?P<body>(?:[ \t]+{_CAPWORD}){{0,6}})")


def _misread_title(mention: FoundAgency, title: re.Match[str]) -> bool:
    """Whether a mention without a title is a head that took a title's small second word for its
    name ("Bộ | trưởng trực tiếp") or stopped inside it ("các Bộ | trưởng"); "Chánh Thanh tra | tỉnh"
    is a title over a body."""
    words = title.group("title").split()
    if mention.title is not None or not words[1][:1].islower() or mention.start > title.start("title"):
        return False
    return mention.end < title.end() or (mention.start == title.start("title") and mention.text.startswith(
        f"{title.group('title')} ") and mention.text[len(title.group("title")) + 1 :][:1].islower())


def _place_anaphora(text: str, found: list[FoundAgency], compiled: _Compiled, council: str) -> list[FoundAgency]:
    """A place's level where an actor stands: alone, for the last place of that level named ("...
    kiểm tra tại huyện Sa Thầy ... đề nghị huyện tiếp tục ..."); with its name ("đề nghị huyện Kiến
    Xương tập trung ..."); counted, for the last places of that level named ("... hai huyện Kiến Xương
    và Tiền Hải ... yêu cầu hai huyện chỉ đạo ..."). Each stands for its council; unresolved, nothing."""
    resolved: list[FoundAgency] = []
    places: dict[str, list[tuple[int, str]]] | None = None
    for match in compiled.place_anaphora.finditer(text):
        start = match.start("count") if match["count"] else match.start("level")
        if any(a.start <= match.start("level") < a.end for a in found):
            continue
        level = match["level"].lower()
        if match["names"]:
            named = [f"{level} {name}" for name in _PLACE_NAME.findall(match["names"])]
            resolved.append(_council_group(text, named, start, match.end("names"), council))
            continue
        if places is None:  # every named place, by level, once per text
            places = _named_places(text)
        before = [name for at, name in places.get(level, []) if at < start]
        count = _count(match["count"]) if match["count"] else 1
        chosen = list(dict.fromkeys(reversed(before)))[:count][::-1]
        if len(chosen) == count:
            resolved.append(_council_group(text, chosen, start, match.end("level"), council))
    return resolved


def _council_group(text: str, places: list[str], start: int, end: int, council: str) -> FoundAgency:
    """The councils of the places a mention names: one, or a group standing for its members."""
    councils = [FoundAgency(place, council_of(place, council), start, end, anaphoric=True) for place in places]
    if len(councils) == 1:
        return councils[0]
    return FoundAgency(text[start:end], text[start:end], start, end, anaphoric=True, members=tuple(councils))


def _named_places(text: str) -> dict[str, list[tuple[int, str]]]:
    """Every place named with its level, by level, with where it is named: "huyện Sa Thầy", and each of
    a list under one level ("hai huyện Kiến Xương và Tiền Hải")."""
    places: dict[str, list[tuple[int, str]]] = {}
    for place in _NAMED_PLACE.finditer(text):
        level = place["level"].lower()
        for name in _PLACE_NAME.finditer(place["names"]):
            places.setdefault(level, []).append((place.start("names") + name.start(), f"{level} {name.group(0)}"))
    return places


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _SPELLED_COUNTS.index(word.lower()) + 2


_SPELLED_COUNTS = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_PLACE_COUNTS = "|".join([*_SPELLED_COUNTS, *(w.capitalize() for w in _SPELLED_COUNTS), r"0?[2-9]"])
# a place written with its level and its name: "huyện Sa Thầy", "xã Nậm Hàng"
_NAMED_PLACE = re.compile(rf"(?<![\wđ])(?P<level>(?-i:{_ANAPHORIC_LEVELS}))(?P<names>{_PLACE_NAMES})")


def _placed_heads(text: str, found: list[FoundAgency], bare_heads: list[tuple[int, int]]) -> list[FoundAgency]:
    """A head written alone before "và" and the next body shares that body's place: "UBND và Ban An
    toàn giao thông các huyện, thị xã, thành phố" -> "UBND các huyện, thị xã, thành phố"; "UBND
    và Công an huyện" -> "UBND huyện". A head of one word with nothing to share names nothing."""
    if not bare_heads:
        return found
    starts = {agency.start: agency for agency in found}
    placed = []
    for start, end in bare_heads:
        gap = _AND_GAP.match(text, end)
        following = starts.get(gap.end()) if gap else None
        place = _TRAILING_PLACE.search(following.name) if following and not following.title else None
        head = text[start:end]
        if place:
            placed.append(FoundAgency(head, f"{head} {place.group(0)}", start, end))
        elif len(head.split()) > 1:  # "Ủy ban nhân dân và Sở Y tế": the council the text speaks of
            placed.append(FoundAgency(head, head, start, end))
    return sorted([*found, *placed], key=lambda a: a.start) if placed else found


def council_of(place: str, council: str) -> str:
    """The People's Committee of a place that acts: "Tỉnh Nghệ An" -> "UBND tỉnh Nghệ An",
    "TP. Hà Nội" -> "UBND thành phố Hà Nội"."""
    found = _LEVEL_AND_NAME.match(place)
    if found is None:
        return place
    level = found["level"].lower()
    level = "thành phố" if level.rstrip(".") == "tp" else level
    return f"{council} {level} {found['name']}".strip()


# "các phường", "các huyện, thị xã, thành phố trực thuộc tỉnh": places and nothing else
_PLACES_ONLY = re.compile(rf"(?:tất cả\s+)?các\s+{PLACE_LEVELS}(?:\s*,\s*{PLACE_LEVELS}|\s+và\s+{PLACE_LEVELS})*"
                          r"(?:\s+(?:trực\s+)?thuộc\s+(?:Trung ương|tỉnh|thành phố)"
                          r"|\s+(?:trong|trên)\s+(?:cả\s+nước|toàn\s+quốc))?", re.IGNORECASE)
_LEVEL_AND_NAME = re.compile(rf"(?P<level>{PLACE_LEVELS})[ \t]*(?P<name>.*)$", re.IGNORECASE)
_AND_GAP = re.compile(r"[ \t]+và[ \t]+")
# the place that ends a body's name: "... các huyện, thị xã, thành phố", "... huyện Lâm Hà", "... tỉnh"
_TRAILING_PLACE = re.compile(rf"(?<![\wđ])(?:{PLACE_LIST}|(?:các\s+)?{_PLACE})$")
_MEMBERSHIP = re.compile(r"(?<![\wđ])là\s+$")
_GROUP_JOINT = re.compile(r"\s*,\s*")  # "và" between two groups keeps them apart: two addressees
_PERSON_AFTER = re.compile(rf"[ \t]+({_CAPWORD}(?:[ \t]+{_CAPWORD}){{1,3}})(?![\wđ])")


def _join_adjacent_groups(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """Generic groups listed one after another are one addressee: "các Bộ, ngành, các địa phương",
    "các cấp ủy, tổ chức đảng, các cơ quan, đơn vị". A group closed by its own qualifier
    ("Các tỉnh, thành phố trực thuộc Trung ương, các huyện ... thuộc tỉnh") stays apart."""
    joined: list[FoundAgency] = []
    for agency in found:
        last = joined[-1] if joined else None
        if (last is not None and _is_generic(last, compiled) and _is_generic(agency, compiled)
                and not _closed_by_qualifier(last, compiled)
                and _GROUP_JOINT.fullmatch(text[last.end : agency.start])):
            whole = text[last.start : agency.end]
            joined[-1] = FoundAgency(whole, whole, last.start, agency.end)
            continue
        joined.append(agency)
    return joined


def _continued_groups(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """A list's "các" reaches past a group its qualifier closed: in "các đoàn thể tỉnh, cơ quan Trung
    ương đóng trên địa bàn tỉnh" the second unit, with its own qualifiers, is a group too."""
    starts = {agency.start for agency in found}
    added = []
    for agency in found:
        if not (_is_generic(agency, compiled) and _closed_by_qualifier(agency, compiled)):
            continue
        more = compiled.continued_group.match(text, agency.end)
        if more and more.start("unit") not in starts:
            unit = more["unit"]
            added.append(FoundAgency(unit, unit, more.start("unit"), more.end("unit")))
    return sorted([*found, *added], key=lambda a: a.start) if added else found


# the places a committee named without its own is of, and what they share: "các xã, phường ven biển"
_PLACES_AFTER = re.compile(rf"các[ \t]+{PLACE_LEVELS}(?:[ \t]*,[ \t]*{PLACE_LEVELS})*(?:[ \t]+{_LOWERWORD}){{0,2}}$",
                           re.IGNORECASE)


def _committees_of_places(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """"Trưởng Ban Chỉ huy Phòng thủ dân sự | các xã, phường ven biển": a steering or command committee named
    without its place, right before a group of places, is the committee of each of them, not a body and the
    places' councils."""
    return _merged_with_next(text, found, lambda last, agency: bool(
        _PLACES_AFTER.fullmatch(agency.text) and compiled.place_committee.match(last.text)
        and not LEVEL_WORD.search(last.text)),
        naming="as_written")  # the places as written, not the councils their name stands for


_GROUP_START = re.compile(r"(?:các|những|tất cả các)[ \t]", re.IGNORECASE)


def _member_groups(text: str, found: list[FoundAgency]) -> list[FoundAgency]:
    """"các sở, ngành | thành viên Ban Chỉ huy ... tỉnh": a group named as the members of a committee is one
    group, not the group and a member of it."""
    return _merged_with_next(text, found, lambda last, agency: bool(
        (agency.title or "").lower() == "thành viên" and _GROUP_START.match(last.text) and not last.members))


def _stressed_places(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """"Chủ tịch UBND các tỉnh, đặc biệt là các tỉnh ven biển": places stressed after a body are some of those
    it is of; the mention of that body reaches over them and keeps its name."""
    return _merged_with_next(text, found, lambda last, agency: bool(
        compiled.stressed.fullmatch(text, last.end, agency.start) and _PLACES_GROUP.match(agency.text)),
        naming="kept", gap=None)


_PLACES_GROUP = re.compile(rf"(?:các|những)[ \t]+{PLACE_LEVELS}(?![\wđ])", re.IGNORECASE)


def _quoted_campaigns(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """"Ban Chỉ đạo phong trào “Toàn dân đoàn kết ...” cấp huyện": a committee named by the campaign it steers,
    whose quoted title the patterns stop before, is named with it and its level."""
    kept: list[FoundAgency] = []
    covered = -1
    for agency in found:
        if agency.start < covered:
            continue
        whole = compiled.quoted_campaign.match(text, agency.start)
        if whole and whole.end() > agency.end:
            agency = dataclasses.replace(agency, text=whole.group(0), name=whole.group(0), end=whole.end())
            covered = whole.end()
        kept.append(agency)
    return kept


def _merged_with_next(text: str, found: list[FoundAgency], joins: Callable[[FoundAgency, FoundAgency], bool],
                      naming: str = "name", gap: str | None = " ") -> list[FoundAgency]:
    """The agencies, each one that ``joins`` the next (``gap`` before it, if given) reaching over that one. The
    merged mention is named with the next one's ``naming``: its "name", its text "as_written", or "kept" (the first
    one's name alone)."""
    merged: list[FoundAgency] = []
    for agency in found:
        last = merged[-1] if merged else None
        if last is not None and (gap is None or text[last.end : agency.start] == gap) and joins(last, agency):
            name = last.name if naming == "kept" else (
                f"{last.name} {agency.text if naming == 'as_written' else agency.name}")
            merged[-1] = dataclasses.replace(last, text=text[last.start : agency.end], end=agency.end, name=name)
            continue
        merged.append(agency)
    return merged


# "các tỉnh | thành", "các tỉnh, | thành": the provinces and cities, the press's short word for the cities; the two
# words after it, if any
_AND_CITIES = re.compile(r"(?:[ \t]*,)?[ \t]+thành(?![\wđ])(?:[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?)?")
_ALL_PROVINCES = re.compile(r"(?<![\wđ])các[ \t]+tỉnh$", re.IGNORECASE)


def _provinces_and_cities(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """"Chủ tịch UBND các tỉnh thành chịu trách nhiệm ...", "các tỉnh, thành khác": "tỉnh thành" is provinces
    and cities, a word of its own, unless "thành" and the word after it are one ("các tỉnh thành lập ...") and that
    word makes none with the next ("thành | khẩn trương")."""
    for index, agency in enumerate(found):
        more = _AND_CITIES.match(text, agency.end) if _ALL_PROVINCES.search(agency.text) else None
        if more is None:
            continue
        after, next_word = (word.lower() if word else None for word in more.groups())
        if after and is_lexicon_word(f"thành {after}") and not (
                next_word and is_lexicon_word(f"{after} {next_word}")):
            continue
        end = text.index("thành", more.start()) + len("thành")
        others = compiled.others.match(text, end)  # "các tỉnh, thành | khác": those the text has not named
        end = others.end() if others else end
        found[index] = dataclasses.replace(agency, text=text[agency.start : end], end=end,
                                           name=f"{agency.name}, thành phố{others.group(0) if others else ''}")
    return found


def _regions_listed(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """A group of provinces by region reaches over the regions listed after it, and over the provinces each
    names in brackets: "UBND các tỉnh miền núi phía Bắc (Hà Giang, ...), Bắc Trung bộ (...) và Tây Nguyên (...)"
    is one group, named by its regions ("UBND các tỉnh miền núi phía Bắc, Bắc Trung bộ và Tây Nguyên")."""
    extended: list[FoundAgency] = []
    for agency in found:
        if extended and agency.start < extended[-1].end:
            continue  # inside the regions' brackets
        end, name = agency.end, agency.name
        while compiled.region_end.search(name):
            bracket = compiled.provinces_bracket.match(text, end)
            region = compiled.next_region.match(text, bracket.end() if bracket else end)
            if region is None:
                break
            joiner = " và " if region.group("sep").strip() == "và" else ", "
            name, end = f"{name}{joiner}{region.group('region')}", region.end()
        if end > agency.end:
            bracket = compiled.provinces_bracket.match(text, end)
            if bracket and not bracket.group(0).endswith(")"):
                end = bracket.end()  # the last region's provinces, left open up to the action (closed: an aside)
            agency = dataclasses.replace(agency, text=text[agency.start : end], end=end, name=name)
        extended.append(agency)
    return extended


def _closed_by_qualifier(agency: FoundAgency, compiled: _Compiled) -> bool:
    qualifier = compiled.qualified.search(agency.text)
    return qualifier is not None and bool(agency.text[: qualifier.start()].strip().split()[1:])


def _is_generic(agency: FoundAgency, compiled: _Compiled) -> bool:
    """A group with no name: unit nouns ("các sở, ban, ngành"), or words in small letters after
    "các" ("các cấp, các ngành")."""
    return not (agency.title or agency.members or agency.anaphoric) and bool(
        compiled.generic_group.fullmatch(agency.text) or _LOWERCASE_GROUP.fullmatch(agency.text))


_LOWERCASE_GROUP = re.compile(rf"các[ \t]+{_LOWERWORD}(?:(?:[ \t]+|[ \t]*,[ \t]*(?:các[ \t]+)?){_LOWERWORD})*")


def _plural_name(text: str, group: FoundAgency, compiled: _Compiled) -> re.Match[str] | None:
    """The sector after a plural head: "các Sở Công Thương" (every province's Sở Công Thương)."""
    last = group.text.split()[-1].lower()
    if last not in compiled.sectors or not group.text.lower().endswith(f"các {last}"):
        return None
    space = re.match(r" +", text[group.end:group.end + 2])
    if not space:
        return None
    m = compiled.sectors[last].match(text, group.end + space.end())
    return m if m and m.group(0)[:1].isupper() else None


def _listed_sectors(text: str, group: FoundAgency, first: re.Match[str],
                    compiled: _Compiled) -> tuple[FoundAgency, ...]:
    """The sectors a plural head lists without a colon: "các Bộ Công an, Giao thông vận tải" charges
    Bộ Công an and Bộ Giao thông vận tải; one sector alone is every province's body of it."""
    head = group.text.split()[-1].lower()
    members: list[FoundAgency] = []
    m: re.Match[str] | None = first
    while m is not None:
        entry = compiled.by_sector.get((head, _sector_key(m.group(0))))
        if entry is None:
            return ()
        name = f"{group.title} {entry.name}" if group.title else entry.name  # "Giám đốc các Sở Tài chính, Xây dựng"
        members.append(FoundAgency(m.group(0), name, m.start(), m.end(), title=group.title, successor=entry.successor))
        gap = _LISTED_SECTOR_GAP.match(text, m.end())
        m = compiled.sectors[head].match(text, gap.end()) if gap else None
        if m is not None and not m.group(0)[:1].isupper():
            m = None
    return tuple(members) if len(members) >= 2 else ()


# the levels after a plural's sector, no place named after them
_LEVELS_AFTER = re.compile(rf"[ \t]+{PLACE_LEVELS}(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+){_LISTED_LEVEL})*(?![\wđ])"
                           rf"(?![ \t]+[{CAPITALS}])")
_LISTED_SECTOR_GAP = re.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+(?!các[ \t])")


def _attach_members(text: str, found: list[FoundAgency], compiled: _Compiled) -> list[FoundAgency]:
    """Extend each announcing group over its member list; drop mentions inside that list."""
    result: list[FoundAgency] = []
    covered_until = -1
    for index, agency in enumerate(found):
        if agency.start < covered_until:
            continue
        announces = _GROUP_WORD.search(agency.text) or agency.text in compiled.bare_list_heads
        members = _members(text, agency, compiled) if announces else _sibling_places(text, agency, compiled)
        if not members and agency.text in compiled.bare_list_heads:
            continue  # a head alone names nothing without its members
        if not members and _is_generic(agency, compiled):
            members = _named_members(text, agency, found[index + 1 :], compiled)
        plural = _plural_name(text, agency, compiled) if not members else None
        if plural:
            members = _listed_sectors(text, agency, plural, compiled)
            name = f"{agency.name} {plural.group(0)}" if not members else text[agency.start:members[-1].end]
            end = plural.end()
            levels = _LEVELS_AFTER.match(text, end) if not members else None
            if levels:  # "các Phòng Giáo dục và Đào tạo huyện, thị xã, thành phố": the levels whose bodies they are
                end = levels.end()
                name = text[agency.start:end] if name == f"{agency.name} {plural.group(0)}" else name
            agency = FoundAgency(text[agency.start:end], name, agency.start, end, agency.title)
            covered_until = agency.end
        if members:
            end = members[-1].end
            agency = FoundAgency(text[agency.start:end], agency.name, agency.start, end, agency.title,
                                 agency.successor, members=members)
            covered_until = end
        result.append(agency)
    return result
