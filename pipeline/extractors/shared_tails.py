"""Names that a coordination shares: "Thường trực, các Ban, các Tổ đại biểu và đại biểu HĐND
tỉnh" lists four organs of one council, and only the last spells the council's name.

Two readings of how Vietnamese coordinates the organs of one body (the agency patterns already
end a name before "và <title>": "Tổ đại biểu | và đại biểu HĐND tỉnh"):
- "X của Y" or "X Y": an organ named by its word and the body it belongs to is one name
  ("các Ban của Hội đồng nhân dân Thành phố", "các Ban Hội đồng nhân dân");
- in a list joined only by commas and "và", an organ named by its word alone ("các Ban",
  "Tổ đại biểu") belongs to the body that closes the list ("... HĐND tỉnh").
The organs and their bodies are data (``organs``, ``organ_bodies`` in models/agency_patterns.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..patterns import CAPITALS, GROUP_OPENING, alternation
from ..resources import Resources
from .agencies import PLACE_LEVELS, FoundAgency

_LIST_GAP = re.compile(r"\s*(?:,|;|và|,\s*và)\s*(?:(?:các|những)\s+)?")
_ADJACENT = re.compile(r"(?:[ \t]+của)?[ \t]+")
_OPENER_BEFORE = re.compile(r"(?:các|những)[ \t]+$")
# the places a plural name ends with: "... các tỉnh, thành phố (trực thuộc Trung ương)", "... các huyện",
# maybe those named above ("... các tỉnh, thành phố nêu trên")
_PLACES = r"(?:tỉnh|thành phố|huyện|quận|thị xã)"
_PLURAL_PLACE = re.compile(
    rf"[ \t]+(các[ \t]+{_PLACES}(?:[ \t]*,[ \t]*{_PLACES})*(?:[ \t]+trực[ \t]+thuộc[ \t]+Trung[ \t]+ương)?"
    rf"(?:[ \t]+(?:nêu|nói|kể)[ \t]+trên)?)$",
    re.IGNORECASE)


@dataclass(frozen=True)
class _Vocabulary:
    organs: frozenset[str]  # lowercase
    bodies: tuple[str, ...]
    of_body: re.Pattern[str]  # "của <body>" after an organ
    placeless: re.Pattern[str]  # a party committee with no place at the end of a name
    levelless: re.Pattern[str]  # ... named by no level: it takes the place's level too
    bare_title: re.Pattern[str]  # a title alone before ", <title> <body>": "Bí thư, | Chủ tịch UBND ..."
    party_title: re.Pattern[str]
    council_head: re.Pattern[str]


@lru_cache(maxsize=4)
def _vocabulary(resources: Resources) -> _Vocabulary:
    spec = resources.agency_patterns
    bodies = tuple(spec.get("organ_bodies", []))
    return _Vocabulary(
        organs=frozenset(o.lower() for o in spec.get("organs", [])),
        bodies=bodies,
        of_body=re.compile(rf"[ \t]+của[ \t]+(?-i:{alternation(bodies) or '(?!)'})(?![\wđ])"),
        levelless=re.compile(rf"(?<![\wđ])(?:{alternation(spec.get('levelless_committees', [])) or '(?!)'})$",
                             re.IGNORECASE),
        placeless=re.compile(rf"(?<![\wđ])(?:{alternation(spec.get('placeless_committees', [])) or '(?!)'})$",
                             re.IGNORECASE),
        # the press writes titles in small letters too: "giám đốc, thủ trưởng các sở, ban, ngành"
        bare_title=re.compile(rf"(?<![\wđ])(?P<title>{alternation(spec['titles'])})[ \t]*(?:,|và)[ \t]*$",
                              re.IGNORECASE),
        party_title=re.compile(rf"(?:{alternation(spec.get('party_titles', [])) or '(?!)'})$"),
        council_head=re.compile(rf"(?:{alternation(spec.get('council_heads', [])) or '(?!)'})[ \t]+", re.IGNORECASE),
    )


def share_tails(agencies: list[FoundAgency], text: str, resources: Resources) -> list[FoundAgency]:
    """The agencies with joined "X của Y" names and the body that closes a list given to the
    organs before it."""
    vocab = _vocabulary(resources)
    if not vocab.organs:
        return agencies
    shared = _shared_titles(agencies, text, vocab)
    return _titled(_placed(_distributed(_joined(shared, text, vocab), text, vocab), text, vocab), text)


_TITLE_REACH = 30  # characters before a titled name where a bare title may stand


def _shared_titles(agencies: list[FoundAgency], text: str, vocab: _Vocabulary) -> list[FoundAgency]:
    """A title alone before another title and its body holds the same office of that body:
    "Giám đốc, Phó Giám đốc Sở Y tế" charges both; "Bí thư, Chủ tịch UBND các tỉnh ..." the
    Party secretaries of those provinces."""
    out: list[FoundAgency] = []
    for agency in agencies:
        if agency.title and not agency.members:
            floor = max(out[-1].end if out else 0, agency.start - _TITLE_REACH)
            bare = vocab.bare_title.search(text, floor, agency.start)
            if bare and bare.end() == agency.start:
                title = bare.group("title")
                body = agency.name[len(agency.title):].strip()
                council = vocab.council_head.match(body) if vocab.party_title.search(title) else None
                body = body[council.end():] if council else body
                out.append(FoundAgency(title, f"{title} {body}", bare.start(), bare.end("title"), title))
        out.append(agency)
    return out


def _is_organ(agency: FoundAgency, vocab: _Vocabulary) -> bool:
    opening = GROUP_OPENING.match(agency.text)
    return not agency.members and agency.text[opening.end() if opening else 0 :].lower() in vocab.organs


def _joined(agencies: list[FoundAgency], text: str, vocab: _Vocabulary) -> list[FoundAgency]:
    """"các Ban | của | Hội đồng nhân dân Thành phố", "các Ban | Hội đồng nhân dân": one name."""
    out: list[FoundAgency] = []
    i = 0
    while i < len(agencies):
        agency = agencies[i]
        following = agencies[i + 1] if i + 1 < len(agencies) else None
        organ = _is_organ(agency, vocab)
        if (organ and following is not None and not following.members
                and following.name.startswith(vocab.bodies)
                and _ADJACENT.fullmatch(text, agency.end, following.start)):
            out.append(replace(agency, text=text[agency.start : following.end], end=following.end,
                               name=f"{agency.name}{text[agency.end : following.start]}{following.name}"))
            i += 2
            continue
        body = vocab.of_body.match(text, agency.end) if organ else None
        if body:  # "các Ban của HĐND," whose body the patterns do not take alone
            agency = replace(agency, text=text[agency.start : body.end()], name=f"{agency.name}{body.group(0)}",
                             end=body.end())
        out.append(agency)
        i += 1
    return out


def _distributed(agencies: list[FoundAgency], text: str, vocab: _Vocabulary) -> list[FoundAgency]:
    out = list(agencies)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _LIST_GAP.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        closing = _body_of(out[j], vocab) if j > i else None
        if closing:
            for k in range(i, j):
                if _is_organ(out[k], vocab) or _ends_with_kind(out[k].name, closing, vocab):
                    out[k] = _with_body(out[k], text, closing)
            out[j] = _with_opener(out[j], text)  # "... và | các đại biểu HĐND tỉnh"
        i = j + 1
    return out


def _titled(agencies: list[FoundAgency], text: str) -> list[FoundAgency]:
    """A title shared by the bodies a list goes on to name with the same unit word: "Thủ trưởng cơ
    quan ngang bộ, cơ quan thuộc Chính phủ" -> "Thủ trưởng cơ quan thuộc Chính phủ"."""
    out = list(agencies)
    for i in range(1, len(out)):
        before, agency = out[i - 1], out[i]
        if not before.title or agency.title or not _LIST_GAP.fullmatch(text, before.end, agency.start):
            continue
        unit = before.name[len(before.title):].split()[:2]
        if len(unit) == 2 and agency.name.split()[:2] == unit:
            out[i] = replace(agency, name=f"{before.title} {agency.name}", title=before.title)
    return out


def _placed(agencies: list[FoundAgency], text: str, vocab: _Vocabulary) -> list[FoundAgency]:
    """Party committees without a place take the plural place that closes their list: "Bí thư tỉnh
    ủy, thành ủy và Chủ tịch UBND các tỉnh, thành phố" -> "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố"."""
    out = list(agencies)
    for i in range(len(out) - 1, 0, -1):
        place = _PLURAL_PLACE.search(out[i].name)
        one = _ONE_PLACE.search(out[i].name) if place is None else None
        if place is None and one is None:
            continue
        k = i
        while k > 0 and _LIST_GAP.fullmatch(text, out[k - 1].end, out[k].start):
            k -= 1
            if vocab.placeless.search(out[k].name):
                # "Bí thư Đảng ủy và Chủ tịch UBND xã Chàng Sơn": the commune's Party committee; a
                # committee named by its level takes the name alone ("Huyện ủy" -> "Huyện ủy Lâm Hà")
                where = place.group(1) if place else (
                    one.group(1) if vocab.levelless.search(out[k].name) else one["name"])
                out[k] = replace(out[k], name=f"{out[k].name} {where}")
    return out


# one named place that closes a name: "... xã Chàng Sơn", "... huyện Lâm Hà"
_ONE_PLACE = re.compile(rf"[ \t]+({PLACE_LEVELS}[ \t]+"
                        rf"(?P<name>[{CAPITALS}][\wđ]*(?:[ \t]+[{CAPITALS}][\wđ]*){{0,3}}))$")


def _body_of(agency: FoundAgency, vocab: _Vocabulary) -> str | None:
    """The body a list's last member names after its organ ("đại biểu | HĐND tỉnh")."""
    opening = GROUP_OPENING.match(agency.name)
    name = agency.name[opening.end() if opening else 0 :]
    for organ in sorted(vocab.organs, key=len, reverse=True):
        body = name[len(organ) + 1 :]
        if name.lower().startswith(organ + " ") and body.startswith(vocab.bodies):
            return body
    return None


def _ends_with_kind(name: str, body: str, vocab: _Vocabulary) -> bool:
    """Whether a name ends on the kind of the list's body ("Thường trực HĐND" before "HĐND tỉnh")."""
    return any(body.startswith(kind + " ") and name.endswith(" " + kind) for kind in vocab.bodies)


def _with_opener(agency: FoundAgency, text: str) -> FoundAgency:
    """The agency with the "các" written just before it, which the list's gap would otherwise hold."""
    opener = _OPENER_BEFORE.search(text, max(0, agency.start - 8), agency.start)
    if opener is None or GROUP_OPENING.match(agency.name):
        return agency
    start = agency.start - len(opener.group(0))
    return replace(agency, text=text[start : agency.end], start=start, name=opener.group(0) + agency.name)


def _with_body(agency: FoundAgency, text: str, body: str) -> FoundAgency:
    """An organ with the list's body, written once where the name already ends with its kind;
    "các" written just before the organ opens its name."""
    opener = _OPENER_BEFORE.search(text, max(0, agency.start - 8), agency.start)
    prefix = "" if GROUP_OPENING.match(agency.name) or opener is None else opener.group(0)
    words, body_words = agency.name.split(), body.split()
    shared = next((n for n in range(min(len(words), len(body_words)), 0, -1)
                   if [w.lower() for w in words[-n:]] == [w.lower() for w in body_words[:n]]), 0)
    rest = " ".join(body_words[shared:])
    start = agency.start - len(prefix)
    return replace(agency, text=text[start : agency.end], start=start,
                   name=f"{prefix}{agency.name} {rest}" if rest else f"{prefix}{agency.name}")
