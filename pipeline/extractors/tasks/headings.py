from __future__ import annotations

import re

from ...structure import Block
from ..agencies import FoundAgency, flatten
from .actors import addressees_of, agencies_in, only_agencies, run_from, subject_of
from .model import Context, Unit
from .vocab import AUTHORITY, BULLET, DUTIES_OF, NUMBERED, Vocab


def is_heading_item(block: Block) -> bool:
    """A heading written as an item: an article's title ("Điều 2. Nhiệm vụ của Ban Chỉ đạo"),
    a short lead-in ending with ":", or a topic "Về ..."."""
    body = block.text[len(block.marker or "") :].strip()
    words = len(body.split())
    if (block.marker or "").startswith("Điều"):
        return words <= 16 and not body.endswith((".", ";"))
    return (body.endswith(":") and words <= 14) or block.kind == "heading" or (
        body.startswith(("Về ", "VỀ ")) and words <= 14)


def heading_level(block: Block) -> int:
    """1 for a heading in capitals or a Roman-numbered one, 2 for a numbered item, 3 below."""
    marker = (block.marker or "").strip()
    if block.kind == "heading" or re.fullmatch(r"[IVXLC]+[.)]", marker):
        return 1
    return 2 if re.fullmatch(r"\d{1,2}[.)]", marker) else 3


def open_section(block: Block, text: str, agencies: list[FoundAgency], vocab: Vocab,
                  ctx: Context) -> None:
    """A heading starts a section: its actor, whether its items are assignments."""
    level = heading_level(block)
    body = text[block.body_start : block.end].strip()
    if vocab.non_directive_heading.match(body):
        if ctx.non_directive_level is None or level <= ctx.non_directive_level:
            ctx.non_directive_level = level
    elif ctx.non_directive_level is not None and level <= ctx.non_directive_level:
        ctx.non_directive_level = None
    ctx.section = block.text
    ctx.section_block = block
    heading_agencies = agencies_in(agencies, block.body_start, block.end)
    owner = DUTIES_OF.match(text, block.body_start, block.end)
    start = owner.end() if owner else block.body_start  # "Điều 2. Nhiệm vụ của Ban Chỉ đạo"
    opening = run_from(heading_agencies, text, start, block.end)
    ctx.section_lead = flatten(opening) if opening and opening[0].start <= start + 1 else []
    if block.kind == "heading" and ctx.section_lead and AUTHORITY.match(ctx.section_lead[0].text):
        ctx.section_lead = []  # "ỦY BAN NHÂN DÂN TỈNH ..." above "QUYẾT ĐỊNH:" enacts; it is given nothing
    ctx.directive = ctx.directive or bool(vocab.intro.search(block.text)) or block.kind == "item"
    ctx.intro_lead = [] if block.kind == "heading" else ctx.intro_lead


def is_actor_heading(block: Block, text: str, agencies: list[FoundAgency]) -> bool:
    """A numbered item that only names an actor ("1. Trung tâm Kiểm soát bệnh tật tỉnh", "2. Các bệnh viện"):
    the items below it are that actor's tasks."""
    if not block.marker or not NUMBERED.match(block.marker):
        return False
    end = block.end
    while end > block.body_start and text[end - 1] in " :.;":
        end -= 1
    return only_agencies(text, agencies, block.body_start, end)


def is_content_heading(block: Block, following: Block | None, text: str,
                        agencies: list[FoundAgency], vocab: Vocab) -> bool:
    """A numbered title of a content item ("1. Giám sát, phát hiện sớm và xử lý ổ dịch")
    followed by its body: a paragraph, bullets or deeper numbering, not the next item."""
    if following is None or not block.marker or not NUMBERED.match(block.marker):
        return False
    body = text[block.body_start : block.end].strip()
    if not body or body[-1] in ".;:!?…" or len(body.split()) > 16:
        return False
    if following.kind == "item" and not BULLET.match(following.marker or ""):
        depth = (following.marker or "").strip().count(".")
        if depth <= (block.marker or "").strip().count("."):
            return False
    unit = Unit(block.body_start, block.end, body, True)
    in_block = agencies_in(agencies, block.body_start, block.end)
    return not (subject_of(unit, text, in_block, vocab, block.body_start)
                or addressees_of(unit, text, in_block, vocab, block.body_start))


def open_intro(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
                ctx: Context) -> None:
    """A lead-in ending with ":" opens a directive context for the items below it."""
    found = addressees_of(unit, text, agencies, vocab, unit.start)
    ctx.intro_lead = found[0] if found else ctx.intro_lead
    if found or vocab.intro.search(text[unit.start : unit.end]) or vocab.addressing.search(
            text[unit.start : unit.end]):
        ctx.directive = True
        ctx.previous_was_task = True
