from __future__ import annotations

import re

from ...resources import Resources
from ...structure import Block
from ..agencies import FoundAgency
from .actors import addressees_of, agencies_in, labelled_actor, subject_of, support_of
from .headings import is_actor_heading, is_content_heading, is_heading_item, open_intro, open_section
from .model import AssembledTask, Context, Unit, make_task
from .tables import apply_fields, row_task, structured_field, table_header, table_row
from .units import is_lead_in, merge_item_units, opens_with_action, split_clauses, split_units, strip_opening
from .vocab import RECIPIENTS, Vocab, compile_vocab


def assemble_tasks(
    text: str,
    blocks: list[Block],
    agencies: list[FoundAgency],
    resources: Resources,
    document_lead: list[FoundAgency],
) -> list[AssembledTask]:
    """Tasks of a document body, in text order."""
    vocab = compile_vocab(resources)
    ctx = Context(document_lead=document_lead)
    tasks: list[AssembledTask] = []
    fields: dict[str, tuple[int, int]] = {}
    group_start = 0  # first task the next labelled lines ("Cơ quan chủ trì: ...") describe
    body_end = 0  # end of the last block before those lines
    in_recipients = False
    table: dict[str, int] | None = None  # column of each role while inside a task table
    previous: Block | None = None
    for index, block in enumerate(blocks):
        following_block = blocks[index + 1] if index + 1 < len(blocks) else None
        if table is not None:
            row = table_row(block, text, table)
            if row is not None:
                task = row_task(row, text, agencies, ctx)
                if task is not None:
                    tasks.append(task)
                continue
            table = None
        header = table_header(block, text, vocab)
        if header is not None:
            table = header
            continue
        if RECIPIENTS.match(block.text):
            in_recipients = True
            continue
        if in_recipients and (block.kind == "item" or block.text.rstrip().endswith((";", ","))):
            continue  # "- Sở Tài chính;" under "Kính gửi:" names an addressee, not a task
        in_recipients = False
        labelled = structured_field(block, text, vocab)
        if not labelled and not fields:
            body_end = block.end
        if labelled:
            role, span = labelled
            fields.setdefault(role, span)
            previous = block
            continue
        if fields:
            apply_fields(fields, tasks, group_start, text, agencies, ctx, body_end)
            fields, group_start = {}, len(tasks)
        if block.kind == "heading" or (block.kind == "item" and (
                is_heading_item(block) or is_actor_heading(block, text, agencies)
                or is_content_heading(block, following_block, text, agencies, vocab))):
            open_section(block, text, agencies, vocab, ctx)
            group_start = len(tasks)
            previous = block
            continue
        if block.kind == "paragraph" and not (previous and previous is ctx.section_block):
            ctx.section_lead = []
            if not ctx.previous_was_task:
                ctx.directive = False
        previous = block
        tasks.extend(block_tasks(block, text, agencies, vocab, ctx))
    if fields:
        apply_fields(fields, tasks, group_start, text, agencies, ctx, body_end)
    return tasks


def block_tasks(block: Block, text: str, agencies: list[FoundAgency], vocab: Vocab,
                 ctx: Context) -> list[AssembledTask]:
    """The tasks of one paragraph or item, updating the context for what follows."""
    units: list[Unit] = []
    for unit in split_units(block, text):
        units.extend(split_clauses(unit, text, agencies, vocab))
    # A whole item is one task unless it names several actors.
    if block.kind == "item" and len(units) > 1:
        units = merge_item_units(units, text, agencies, vocab)
    tasks: list[AssembledTask] = []
    ctx.block_lead = []
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        if is_lead_in(unit, following, text, vocab):
            open_intro(unit, text, agencies, vocab, ctx)
            continue
        task = unit_task(unit, text, agencies, vocab, ctx)
        if task is None:
            if text[unit.start : unit.end].rstrip().endswith(":"):
                open_intro(unit, text, agencies, vocab, ctx)
            elif block.kind == "paragraph":
                ctx.previous_was_task = False
            continue
        task.section = ctx.section
        if ctx.section_block is not None:
            task.deadline_spans.append((ctx.section_block.start, ctx.section_block.end))
        tasks.append(task)
        ctx.previous_lead = task.lead
        ctx.block_lead = task.lead
        ctx.previous_was_task = True
        if text[unit.start : unit.end].rstrip().endswith(":"):
            open_intro(unit, text, agencies, vocab, ctx)
    if block.kind == "paragraph" and not tasks and not block.text.endswith(":"):
        ctx.previous_was_task = False
    return tasks


def unit_task(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
               ctx: Context) -> AssembledTask | None:
    begin = strip_opening(text, unit.start, unit)
    opening = text[begin : unit.end]
    if vocab.closing.search(opening):
        return None
    in_unit = agencies_in(agencies, unit.start, unit.end)

    labelled = labelled_actor(unit, text, in_unit, begin)
    if labelled:
        lead, after = labelled
        return make_task(unit, text, lead, support_of(unit, text, in_unit, vocab, after), after, False, 0.85)
    addressed = addressees_of(unit, text, in_unit, vocab, unit.start)
    if addressed:
        lead, after, _ = addressed
        lead_role = vocab.lead_role.search(text, after, unit.end)
        return make_task(unit, text, lead, support_of(unit, text, in_unit, vocab, after),
                     after, False, 0.9 if lead_role or after < unit.end else 0.85)
    if vocab.basis.match(opening):
        return None
    subject = subject_of(unit, text, in_unit, vocab, begin)
    if subject:
        lead, after = subject
        if vocab.past.search(text[after : after + 12]) or re.match(r"\s*(?:đã|vừa|đang)\b",
                                                                    text[after : unit.end]):
            return None
        return make_task(unit, text, lead, support_of(unit, text, in_unit, vocab, after), after,
                     False, 0.8)
    # An item under a heading that names its actor ("1. Sở Y tế:") is that actor's task,
    # whatever verb opens it.
    starts_with_action = opens_with_action(opening, vocab) or bool(
        unit.sub_item and ctx.section_lead and opening[:1].isupper() and len(opening.split()) >= 4
        and ":" not in " ".join(opening.split()[:6]))
    obligation = vocab.obligation.search(opening)
    has_obligation = bool(obligation) and not vocab.past.search(opening[: obligation.start()].rstrip())
    in_context = (ctx.directive or ctx.previous_was_task) and ctx.non_directive_level is None
    if (starts_with_action or has_obligation) and in_context:
        lead = ctx.block_lead or ctx.section_lead or ctx.intro_lead or ctx.previous_lead or ctx.document_lead
        if not lead:
            return None
        return make_task(unit, text, lead, support_of(unit, text, in_unit, vocab, begin), begin,
                     True, 0.7 if unit.in_item else 0.6)
    return None
