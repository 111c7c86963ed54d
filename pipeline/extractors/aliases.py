"""Short names a document defines for a body: "các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là
cơ sở đào tạo)", "Văn phòng Trung ương Đảng (sau đây gọi tắt là Văn phòng)". A later mention
by the short name is the body the definition names.
"""

from __future__ import annotations

from dataclasses import replace

from ..patterns import GROUP_OPENING, NAME_DEFINITION
from .agencies import FoundAgency


def _key(name: str) -> str:
    name = name.strip(" \"“”'")
    opening = GROUP_OPENING.match(name)
    return " ".join(name[opening.end() if opening else 0 :].lower().split())


def resolve_aliases(agencies: list[FoundAgency], text: str) -> list[FoundAgency]:
    """The agencies, a mention by a defined short name carrying the full name it stands for."""
    full: dict[str, str] = {}
    for agency in agencies:
        definition = NAME_DEFINITION.match(text, agency.end)
        if definition:
            full.setdefault(_key(definition.group("alias")), agency.name)
    if not full:
        return agencies
    resolved = []
    for agency in agencies:
        name = full.get(_key(agency.text))
        resolved.append(replace(agency, name=name) if name and name != agency.name else agency)
    return resolved
