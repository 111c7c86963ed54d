from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ...lines import plain
from ...parsers.tables import CELL_SEPARATOR
from ...patterns import CAPITALS, GROUP_OPENING, NAME_DEFINITION, NUMBER_NOTATION, skip_blanks
from ...resources import Resources
from ...structure import Block
from ..agencies import FoundAgency, expand_abbreviations, flatten
from .actors import (
    addressees_of,
    agencies_in,
    agent_of,
    fold_name,
    is_plural,
    is_the_issuer,
    labelled_actor,
    member_acts,
    only_agencies,
    run_from,
    subject_of,
    support_of,
)
from .crossrefs import apply_cross_references, numbering
from .execution import execution_list
from .headings import (
    is_actor_heading,
    is_addressed_heading,
    is_content_heading,
    is_heading_item,
    is_listed_actor,
    open_intro,
    open_section,
    title_owner,
)
from .model import AnnexLike, AssembledTask, Context, Unit, make_task
from .officials import labelled_official
from .quotations import inside, quoted_rules
from .repeats import without_lede_repeats, without_repeated_headlines
from .schedules import scheduled_event
from .scopes import PART_STYLES, Scope, ScopeStack, marker_style, restarted_style
from .tables import (
    apply_fields,
    field_title,
    header_refinement,
    row_cells,
    row_task,
    shared_row,
    spans_down,
    structured_field,
    table_header,
    table_row,
)
from .units import (
    is_lead_in,
    lead_in_colons,
    merge_item_units,
    opens_with_action,
    split_clauses,
    split_speech,
    split_units,
    strip_opening,
)
from .vocab import BULLET, NUMBERED, Vocab, compile_vocab


def assemble_tasks(
    text: str,
    blocks: list[Block],
    agencies: list[FoundAgency],
    resources: Resources,
    document_lead: list[FoundAgency],
    annexes: Sequence[AnnexLike] = (),
    doc_heading: str | None = None,
    verb_at: Callable[[int, bool], bool] | None = None,
    tag_at: Callable[[int], str | None] | None = None,
    issuer_only: bool = False,
    issuer: str | None = None,
    year: int | None = None,
    number: str | None = None,
) -> list[AssembledTask]:
    """Tasks of a document body (and of the annexes after its signature), in text order.

    ``doc_heading`` is the type heading and title ("KẾ HOẠCH ...", "NGHỊ ĐỊNH ..."): the body of
    a rule (decree, circular, regulation, a guide to one) assigns only to bodies it names. ``verb_at(offset,
    lowercase)`` (``pipeline.words``) says whether a verb the closed lists lack starts at
    ``offset``; without it the lists alone decide; ``tag_at(offset)`` gives the tag of the word there
    (where a relative clause after a body's kind ends). ``issuer_only``: the document names no
    addressee, so an item that names nobody goes to the body coordinating the plan, when one
    is named, rather than to the issuer. ``year``: the document's, which tells a report still to
    come ("Kết thúc năm 2013, Chính phủ báo cáo ...", issued in 2012) from results told. ``number``:
    the document's; a Party resolution ("34-NQ/TU") sets a programme, not rules."""
    vocab = compile_vocab(resources)
    if verb_at is not None:
        vocab = replace(vocab, verb_at=verb_at)
    if tag_at is not None:
        vocab = replace(vocab, tag_at=tag_at)
    if issuer is not None:  # "" when the issuer is not known: a body's head is then no speaker
        vocab = replace(vocab, issuer_key=fold_name(expand_abbreviations(issuer, resources)),
                        expand=lambda name: expand_abbreviations(name, resources))
    rule_document = bool(doc_heading and (vocab.normative_type.match(doc_heading) or vocab.explains_rule.match(
        doc_heading))) and not (vocab.party_number.match(number or "") and vocab.party_programme.match(doc_heading))
    ctx = Context(document_lead=document_lead, addressed=not issuer_only, normative=rule_document,
        rule_document=rule_document, year=year,
        # a notice that reports results says so in its title or in the sentence before its body
        # ("THÔNG BÁO VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ", "Cục Hải quan thông báo kết quả ... như sau:")
        informative=bool(vocab.informative_title.search(text, 0, blocks[0].start if blocks else 0)),
        catalogue=bool(doc_heading and vocab.catalogue_title.match(doc_heading)))
    ctx.concludes = bool(not issuer_only and document_lead and vocab.conclusion_title.search(
        text, 0, blocks[0].start if blocks else 0))
    tasks: list[AssembledTask] = []
    fields: dict[str, tuple[int, int]] = {}
    listing: str | None = None  # the role of a label alone on its line, whose bodies the items below list
    group_start = 0  # first task the next labelled lines ("Cơ quan chủ trì: ...") describe
    body_end = 0  # end of the last block before those lines
    intro: tuple[int, int] | None = None  # that block, when it is a paragraph announcing them ("... như sau:")
    in_recipients = False
    table: dict[str, int] | None = None  # column of each role while inside a task table
    pending = sorted(annexes, key=lambda a: a.start)
    restart: tuple[str, int] | None = None  # a numbered list restarted under an item, and its last number
    listed_to = -1  # the last block of a list of members a paragraph announced ("Giao các sở ... gồm:")
    header_row, row_above = -1, False  # a task table's header row; whether the row above was a task
    for index, block in enumerate(blocks):
        ctx.articled = ctx.articled or (block.marker or "").startswith("Điều")
        if pending and block.start >= pending[0].start:
            opening = blocks[index : index + _ANNEX_OPENING_BLOCKS]
            _open_annex(pending.pop(0), ctx, vocab, opening, text)
            while pending and block.start >= pending[0].start:
                _open_annex(pending.pop(0), ctx, vocab, opening, text)
            table, in_recipients = None, False
        if index <= listed_to:
            continue
        if ctx.reference and not _assigns_in_reference(block, text, table, vocab):
            continue
        following_block = blocks[index + 1] if index + 1 < len(blocks) else None
        if following_block is not None and pending and following_block.start >= pending[0].start:
            following_block = None  # an annex's first item is no sub-item of the body's last one
        if _teaser_of(block, following_block):
            continue  # "Chi cục Kiểm lâm vừa có công văn yêu cầu ..." above the paragraph it cuts short
        if table is not None:
            row = table_row(block, text, table)
            if row is None and _merged_title_row(block, following_block):
                # "I. Kinh tế số" between rows: a part of the table, its cells merged into one
                ctx.scopes.enter("table-group")
                ctx.scopes.push(Scope("table-group", None, title=block.text))
                continue
            if row is not None and header_row == index - 1 and (refined := header_refinement(block, text, vocab)):
                table = {**table, **refined}  # "Thực hiện" over "Đơn vị chủ trì | Đơn vị phối hợp"
                continue
            shared = shared_row(block, text, table, agencies) if row is not None and row_above and tasks else None
            if shared is not None:  # another lead of the row above, under its merged cells
                above = tasks[-1]
                above.lead = [*above.lead, *shared[0]]
                above.support = [*above.support, *(a for a in shared[1] if a not in above.support)]
                continue
            if row is not None:
                first = row_cells(block, text)[0]
                # ... an action of its own ("| Lấy ý kiến các Bộ ..."), not a group's title ("| Nhiệm vụ giao
                # Bộ trưởng ... |") nor the rest of the row above that a crawl broke ("| hệ thống thông tin ...")
                merged = row_above and tasks and spans_down(row, first) and _acts(row, text, vocab)
                above = tasks[-1] if merged else None
                task = row_task(row, text, agencies, ctx, first[0], above)
                if task is not None:
                    tasks.append(task)
                row_above = task is not None
                continue
            table = None
        header = table_header(block, text, vocab)
        if header is not None:
            table, header_row, row_above = header, index, False
            continue
        if block.text.count(CELL_SEPARATOR) >= 2:
            continue  # a row of a table that is not a task table (figures, a list of results)
        if vocab.recipients.match(block.text.lstrip("| ")):  # "| Đồng kính gửi:": a cell of the header table
            # "Kính gửi: Các tổ chức ... trên địa bàn tỉnh." is whole: the body's items follow
            in_recipients = not block.text.rstrip(" *_").endswith(".")
            continue
        if in_recipients and _names_a_recipient(block):
            continue  # "- Sở Tài chính;" under "Kính gửi:" names an addressee, not a task
        in_recipients = False
        titled = field_title(block, text, vocab)
        if titled is not None:
            listing = titled  # "a) Cơ quan chủ trì": the bodies listed below are its value
            continue
        if listing is not None and block.kind == "item" and _lists_bodies(block, text, agencies, vocab):
            start = fields[listing][0] if listing in fields else block.body_start
            fields[listing] = (start, block.end)  # "- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh."
            continue
        listing = None
        labelled = structured_field(block, text, vocab)
        if not labelled and not fields:
            body_end = block.end
            intro = (block.start, block.end) if block.kind == "paragraph" and block.text.rstrip().endswith(
                ":") else None
        if labelled:
            role, span = labelled
            if text[span[0] : span[1]].strip(" :.;"):
                # "b) Cơ quan thực hiện:" alone announces the labelled lines below it
                fields.setdefault(role, span)
            continue
        if fields:
            apply_fields(fields, tasks, group_start, text, agencies, ctx, body_end, vocab, intro)
            fields, group_start = {}, len(tasks)
        style, restart = restarted_style(block, blocks[index - 1] if index else None, restart)
        members = _announced_members(blocks, index, text, agencies, vocab) if block.kind != "heading" else None
        if members is not None:
            ctx.scopes.enter(style)
            if block.kind == "item":  # "2. Các sở quản lý ... Giao các sở ... gồm:": the item titles the section
                open_section(block, text, agencies, vocab, ctx)
            listed_to = _give_to_members(ctx, block, *members)
            group_start = len(tasks)
            continue
        ctx.scopes.enter(style)
        parent = ctx.scopes.scopes[-1] if ctx.scopes.scopes else None
        actor_heading = block.kind == "item" and is_actor_heading(block, text, agencies, vocab)
        listed = block.kind == "item" and not actor_heading and is_listed_actor(
            block, following_block, text, agencies, vocab, ctx.actor_list == (style, id(parent)))
        addressed = (block.kind == "item" and not (actor_heading or listed)
                     and is_addressed_heading(block, following_block, text, vocab))
        if block.kind == "heading" or actor_heading or listed or addressed or (block.kind == "item" and (
                is_heading_item(block, vocab) or is_content_heading(block, following_block, text, agencies, vocab))):
            open_section(block, text, agencies, vocab, ctx, listed_actor=listed, addressed=addressed)
            if actor_heading or listed or addressed:
                ctx.actor_list = (style, id(parent))  # its siblings may name bodies too
            group_start = len(tasks)
            continue
        if block.kind == "paragraph" and _leaves_portal_links(block, ctx, vocab):
            ctx.scopes.scopes.pop()  # "Tin liên quan" and its link titles, then the article goes on
        if block.kind == "paragraph" and _is_aside_heading(block, vocab):
            # "Tin liên quan:", "Kinh phí:" on a line of its own ends the items above it
            ctx.scopes.enter("caps")
            ctx.scopes.push(Scope("aside", block, title=block.text, directive=False))
            continue
        if block.kind == "item":
            ctx.scopes.push(Scope(style, block))
        if ctx.scopes.in_quotation():
            continue  # "a) Thống kê trữ lượng ..." under "Khoản 1 Điều 59 Nghị định ... quy định: ...": the law's
        if vocab.cites_law.match(text, skip_blanks(text, block.body_start, block.end), block.end):
            ctx.scopes.quote(block)  # "Khoản 1 Điều 59 Nghị định ... quy định: Tổ chức, cá nhân ... có trách nhiệm"
            ctx.previous_was_task = False
            continue
        if block.kind != "item" and not ctx.previous_was_task and ctx.scopes.directive() is None:
            ctx.directive = False
        ctx.aims_follow = _aims_follow(blocks, index + 1, text, vocab) if following_block is not None else False
        ctx.next_block = following_block
        found = block_tasks(block, text, agencies, vocab, ctx)
        own = [t for t in found if not t.lead_inferred]
        scope = ctx.scopes.scopes[-1] if ctx.scopes.scopes else None
        if block.kind == "item" and scope is not None and scope.block is block:
            # "- Lập hồ sơ hoàn công ..., bao gồm:": its sub-items are the parts, not actions
            scope.components = scope.components or bool(vocab.announces_parts.search(block.text.rstrip()))
            scope.documents = scope.documents or bool(vocab.announces_documents.search(block.text.rstrip()))
        if block.kind == "item" and own and scope is not None and scope.block is block and not scope.actor:
            # "a) Sở Y tế chủ trì ..." : its sub-items are the Sở's too
            scope.actor, scope.actor_rule, scope.cue = own[-1].lead, "parent_item", own[-1].cue
            scope.support = own[-1].support
            if _titles_its_items(block, following_block, found) or _names_its_actor_only(found, following_block, text):
                continue
        if block.kind == "paragraph" and own and own[-1].rule == "labelled_actor":
            # "Sở Công Thương: Theo dõi ..." / "- Chủ động tham mưu ...": the bullets below a paragraph
            # its actor labels are that actor's too, up to the next paragraph (up to the next label, when
            # the actor is one of the bodies a lead-in above shares its items among)
            shares = _shared_out(ctx.scopes, own[-1].lead)
            ctx.scopes.push(Scope("labelled", block, title=block.text if shares else None, actor=own[-1].lead,
                                  actor_rule="parent_item", cue=own[-1].cue, support=own[-1].support,
                                  shares=shares))
        tasks.extend(found)
    if fields:
        apply_fields(fields, tasks, group_start, text, agencies, ctx, body_end, vocab, intro)
    quoted = quoted_rules(text, vocab)
    if quoted:  # "... Thông tư số 78/2014/TT-BTC quy định: “... Tổ chức ... thực hiện kê khai ...”"
        tasks = [task for task in tasks if not inside(quoted, task.start)]
    tasks = _without_preambles(tasks, blocks)
    tasks = without_repeated_headlines(tasks, text)
    if issuer_only and document_lead:
        _give_to_coordinator(tasks, text, vocab, {a.name for a in document_lead}, agencies)
    if not issuer_only and document_lead:
        _complete_short_names(tasks, document_lead)
    apply_cross_references(tasks, text, vocab.cites_part)
    tasks = _without_programme_content(tasks)
    return without_lede_repeats(tasks, text, vocab)


def _shared_out(scopes: ScopeStack, lead: list[FoundAgency]) -> bool:
    """Whether ``lead`` is one of several bodies the nearest lead-in above names as the actor."""
    above = next((s for s in reversed(scopes.scopes) if s.actor and not s.shares), None)
    if above is None or above.actor_rule != "lead_in" or len(above.actor) < 2:
        return False
    named = {fold_name(a.name) for a in above.actor}
    return bool(lead) and len(lead) < len(above.actor) and all(fold_name(a.name) in named for a in lead)


_RECIPIENT_WORDS = 15  # a numbered addressee: "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương."


def _names_a_recipient(block: Block) -> bool:
    """Whether a block under "Kính gửi:" goes on listing addressees ("- Sở Tài chính;", "- Chủ tịch ... các
    tỉnh: Hà Tĩnh, Quảng Trị, ...", "2. Sở Xây dựng."), rather than opening the body with a numbered
    item ("1. Đề nghị các xã gửi báo cáo ... trước ngày 15/01/2026.")."""
    ending = block.text.rstrip()
    if ending.endswith((";", ",")):
        return True
    bullet = (block.marker or "").strip()[:1] in _BULLETS
    return block.kind == "item" and (bullet or len(ending.split()) <= _RECIPIENT_WORDS)


def _acts(row: dict[str, tuple[int, int]], text: str, vocab: Vocab) -> bool:
    """Whether a row's content opens with an action, in capitals as a new item does."""
    start, end = row["content"]
    return text[start : start + 1].isupper() and opens_with_action(text[start:end], vocab, start)


def _announced_members(blocks: list[Block], at: int, text: str, agencies: list[FoundAgency],
                       vocab: Vocab) -> tuple[list[FoundAgency], int] | None:
    """A paragraph that charges a group and lists its members below it, one body per item ("Giao các
    sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:" / "- Sở Công Thương (đối
    với ...);" / "- Sở Xây dựng (...)."): the bodies listed, and the index of the last item."""
    block = blocks[at]
    ending = vocab.members_follow.search(text, block.start, block.end)
    if not ending or not vocab.addressing.search(text, block.body_start, ending.start()):
        return None  # "Đối tượng áp dụng gồm:": a rule's classes, no body charged
    bodies: list[FoundAgency] = []
    last = at
    style = marker_style(blocks[at + 1]) if at + 1 < len(blocks) else None
    for item in blocks[at + 1 :]:
        if item.kind != "item" or marker_style(item) != style:
            break
        named = _names_a_body_only(item, text, agencies)
        if not named:
            return None  # every item of the list names a body, or it lists something else
        bodies.extend(named)
        last += 1
    return (bodies, last) if len(bodies) >= 2 else None


def _names_a_body_only(item: Block, text: str, agencies: list[FoundAgency]) -> list[FoundAgency]:
    """The bodies an item names and nothing else, but what it says each is in charge of in brackets:
    "- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);"."""
    named = flatten(agencies_in(agencies, item.body_start, item.end))
    if not named or named[0].start > item.body_start + 1:
        return []
    rest = _BRACKETED.sub("", text[named[0].start : item.end])
    for agency in named:
        rest = rest.replace(agency.text, "", 1)
    return named if not rest.strip(" \t\n,;.:-–") or rest.strip(" \t\n,;.:-–").lower() == "và" else []


_BRACKETED = re.compile(r"\([^()]*\)")
_OPENING_MARKS = " \t\n-–+•*"  # what may stand before a sentence's first word: its bullet


def _give_to_members(ctx: Context, block: Block, bodies: list[FoundAgency], last: int) -> int:
    """The members a paragraph listed are the actor of the items that follow, up to the next sibling of
    the item the paragraph sits in (or the next paragraph, when it sits in none)."""
    cue = (bodies[0].start, bodies[-1].end)
    scope = ctx.scopes.scopes[-1] if ctx.scopes.scopes else None
    if scope is not None and scope.block is not None and scope.block.kind == "item" and (
            scope.block is block or not scope.actor):
        scope.actor, scope.actor_rule, scope.cue = bodies, "actor_heading", cue
        scope.directive = True  # its "gồm:" lists the bodies charged, not cases
    else:
        ctx.scopes.push(Scope("labelled", block, title=block.text, actor=bodies, actor_rule="lead_in", cue=cue,
                              directive=True))
    return last


def _complete_short_names(tasks: list[AssembledTask], addressees: list[FoundAgency]) -> None:
    """A letter names its addressee short after its "Kính gửi:" line ("Cục Thuế" for "Cục Thuế các
    tỉnh, thành phố trực thuộc Trung ương", "các tổ chức, cá nhân" for "Các tổ chức, cá nhân hoạt
    động khoáng sản trên địa bàn tỉnh"): a body named by the first words of one addressee's name,
    and of no other's, is that addressee."""
    names = {a.name for a in addressees}

    def completed(agency: FoundAgency) -> FoundAgency:
        short = agency.name.lower()
        longer = [n for n in names if n.lower().startswith(short) and _goes_on(n[len(short):])]
        return replace(agency, name=longer[0]) if len(longer) == 1 else agency

    for task in tasks:
        task.lead = [completed(a) for a in task.lead]
        task.support = [completed(a) for a in task.support]


def _goes_on(rest: str) -> bool:
    """The rest of a name after a shorter one: a word or a comma on, not in capitals (a header's
    "Sở Y tế TỈNH LAI CHÂU" is the issuer's block, not a longer name)."""
    return rest[:1] in {" ", ","} and not rest.isupper()


_TITLE_ROW_WORDS = 12


# what an aims title goes on with: "1. Mục đích:", "Mục đích, yêu cầu", "Mục tiêu chung", "Yêu cầu đối với các
# tổ chức ..." (not "Mục tiêu cao nhất là ...", "Yêu cầu các huyện ...": a sentence about the aim, a request)
_AIMS_TITLE_GOES_ON = re.compile(r"\s*(?:[:.,;(]|$|(?:và|đối với|của|chung|cụ thể)(?![\wđ]))", re.IGNORECASE)


def _aims_follow(blocks: list[Block], at: int, text: str, vocab: Vocab) -> bool:
    """Whether the item at ``at`` states aims ("1. Mục đích: ...") and none of its siblings heads the
    tasks themselves ("2. Nhiệm vụ và giải pháp chủ yếu"): the items then describe the task above."""
    first = blocks[at]
    body = text[first.body_start : first.end].lstrip()
    aims = vocab.aims_heading.match(body) if first.kind == "item" else None
    if aims is None or not _AIMS_TITLE_GOES_ON.match(body, aims.end()):
        return False  # ("- Mục tiêu cao nhất là tập trung ...", "- Yêu cầu các huyện gửi báo cáo ...": sentences)
    style = marker_style(first)
    for index in range(at + 1, len(blocks)):
        block = blocks[index]
        below = marker_style(block)
        if below != style and below in PART_STYLES:
            break  # the next part: no sibling of the item any more
        if below == style and vocab.task_section_heading.match(text[block.body_start : block.end].lstrip()) and (
                _heads_items(block, blocks[index + 1] if index + 1 < len(blocks) else None)):
            return False
    return True


def _heads_items(block: Block, following: Block | None) -> bool:
    """Whether items of another marker style follow ``block``: it heads them ("2. Nhiệm vụ và giải
    pháp" / "2.1. ..."), where a list of contents names its parts ("2. Giải pháp, chính sách ...")."""
    if following is None or following.kind != "item":
        return False
    below = marker_style(following)
    return below != marker_style(block) and below not in PART_STYLES


def _merged_title_row(block: Block, following: Block | None) -> bool:
    """A short line inside a task table, the next line a row again: a group's title row."""
    return (following is not None and CELL_SEPARATOR in following.text
            and len(block.text.split()) <= _TITLE_ROW_WORDS and not block.text.rstrip().endswith(":"))


_SECTION_TITLE_WORDS = 20


def _without_preambles(tasks: list[AssembledTask], blocks: list[Block]) -> list[AssembledTask]:
    """The tasks, without those a section's opening paragraphs inherit when a lead-in below them
    announces the section's items ("2. Hạ tầng số / Phát triển hạ tầng số nhanh, đồng bộ ... /
    Trọng tâm: / a) ..."): naming nobody, they state the section's direction; its items are its tasks."""
    spans: list[tuple[int, int]] = []  # the opening paragraphs of such sections, in order
    for index, block in enumerate(blocks):
        if (block.kind != "paragraph" or not block.text.rstrip().endswith(":") or index + 1 >= len(blocks)
                or blocks[index + 1].kind != "item"):
            continue
        above = index - 1
        while above >= 0 and blocks[above].kind == "paragraph":
            above -= 1
        if above >= 0 and above != index - 1 and _titles_a_section(blocks[above]):
            spans.append((blocks[above + 1].start, block.start))
    if not spans:
        return tasks
    starts = [start for start, _ in spans]

    def in_preamble(task: AssembledTask) -> bool:
        at = bisect.bisect_right(starts, task.start) - 1
        return at >= 0 and task.start < spans[at][1] and task.rule in _INHERITED_FROM_DOCUMENT

    return [t for t in tasks if not in_preamble(t)]


def _titles_a_section(block: Block) -> bool:
    """A heading, or a numbered item short and unpunctuated as a section's title ("2. Hạ tầng số")."""
    body = block.text.rstrip()
    numbered = block.kind == "item" and bool(NUMBERED.match(block.marker or ""))
    return block.kind == "heading" or (numbered and not body.endswith((".", ";", ":"))
                                       and len(body.split()) <= _SECTION_TITLE_WORDS)


def _give_to_coordinator(tasks: list[AssembledTask], text: str, vocab: Vocab, issuer: set[str],
                         agencies: list[FoundAgency]) -> None:
    """A plan issued by UBND tỉnh is carried out by the body that coordinates it ("Sở Y tế:
    - Chủ trì triển khai kế hoạch", "Sở X là cơ quan thường trực"), or else by the first body
    named under "TỔ CHỨC THỰC HIỆN", or else, in a decision that delegates a power ("ủy quyền cho
    Giám đốc Sở Công Thương ..." before any task), by its delegate: an item that names nobody is
    that body's, not the issuer's. A delegate's items are its duties; a coordinator's are the plan's
    content (``programme_content``), tasks only when a part of the plan cites them."""
    named = [t for t in tasks if t.rule not in _INHERITED_FROM_DOCUMENT]
    coordinator = next((t for t in named if vocab.coordinates.search(t.text)
                        and not vocab.cites_part.search(t.text)), None)  # "... tại mục (IV) (1) của Kế hoạch"
    if coordinator is None:
        part = vocab.implementation_part.search(text)
        coordinator = next((t for t in named if part and t.start > part.start()), None)
    lead, cue = (coordinator.lead, coordinator.cue) if coordinator else _delegate(tasks, text, agencies, vocab)
    if not lead:
        return
    for task in tasks:  # the issuer's, and those that follow them sentence by sentence
        if task.rule in _INHERITED_FROM_DOCUMENT and {a.name for a in task.lead} == issuer:
            task.lead, task.rule, task.cue = lead, "coordinator", cue
            task.programme_content = coordinator is not None  # a delegate's duties are its tasks


def _delegate(tasks: list[AssembledTask], text: str, agencies: list[FoundAgency],
              vocab: Vocab) -> tuple[list[FoundAgency], tuple[int, int] | None]:
    """The body a decision delegates its power to, named before its first task: by its article
    ("Điều 1. Ủy quyền cho Giám đốc Sở ..."), the last to name it, rather than by its title in capitals."""
    first = min((t.start for t in tasks), default=len(text))
    delegate: list[FoundAgency] = []
    for delegation in vocab.delegated_to.finditer(text, 0, first):
        delegate = flatten(run_from(agencies, text, delegation.end(), first)) or delegate
    return delegate, (delegate[0].start, delegate[-1].end) if delegate else None


_INHERITED_FROM_DOCUMENT = {"document_addressee", "previous_task", "same_item"}


def _without_programme_content(tasks: list[AssembledTask]) -> list[AssembledTask]:
    """A plan's or a scheme's items that name nobody, once its coordinator is known and no part of it
    gives them to another body: the programme's content ("+ Bảo vệ rừng;", "- Giám sát ca bệnh tại cộng
    đồng."), which its "Tổ chức thực hiện" hands on as a whole ("Sở Y tế chủ trì triển khai Kế hoạch"). The
    assignments are the tasks; the content is not charged item by item (annotated optional when at all)."""
    return [task for task in tasks if not (task.programme_content and task.rule == "coordinator")]


def _is_aside_heading(block: Block, vocab: Vocab) -> bool:
    """A short unmarked line that titles background, aims or a portal's links."""
    body = block.text.rstrip(" :")
    if body.endswith((";", ",")) or NUMBER_NOTATION.search(body):
        return False  # "Căn cứ Luật Giáo dục số 43/2019/QH14;": a line of the preamble, no title
    return len(body.split()) <= 8 and bool(vocab.non_directive_heading.match(body) or vocab.portal_links.match(body))


def _teaser_of(block: Block, following: Block | None) -> bool:
    """Whether a paragraph cut short by an ellipsis is the start of the next one: a news page's
    teaser above the article that repeats it."""
    if following is None or block.kind != "paragraph" or not block.text.rstrip().endswith(("...", "…")):
        return False
    teaser = " ".join(block.text.rstrip(" .…").split())
    return len(teaser.split()) >= _TEASER_WORDS and " ".join(following.text.split()).startswith(teaser)


_TEASER_WORDS = 8




def _leaves_portal_links(block: Block, ctx: Context, vocab: Vocab) -> bool:
    """Whether a paragraph of prose ends a portal's box of links ("Tin liên quan", "Đọc nhiều"):
    a link is a title, a paragraph of several sentences' length is the article again."""
    scope = ctx.scopes.scopes[-1] if ctx.scopes.scopes else None
    return (scope is not None and scope.style == "aside" and bool(scope.title)
            and bool(vocab.portal_links.match(scope.title.rstrip(" :")))
            and len(block.text.split()) >= _PROSE_WORDS)


_PROSE_WORDS = 30  # longer than any link title


_ANNEX_LABEL = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?[IVXLC\d]+[a-z]?)?\s*[.:\-–]?\s*", re.IGNORECASE)


# blocks read at the start of an annex whose heading is only its label ("Phụ lục I")
_ANNEX_OPENING_BLOCKS = 4
# the line that names the document an annex belongs to: "(Kèm theo Nghị quyết số ...)"
_ATTACHED = re.compile(r"^[\s*_(]*(?:Ban\s+hành\s+)?kèm\s+theo", re.IGNORECASE)


def _open_annex(annex: AnnexLike, ctx: Context, vocab: Vocab, opening: Sequence[Block], text: str) -> None:
    """An annex after the signature (a plan, programme, regulation) is a body of its own. An
    annex headed by its label alone ("Phụ lục I", "(Kèm theo ...)") is titled by its first line
    ("Mẫu số 01: ..."); a title that names whose duties the annex lists ("NHIỆM VỤ CỦA CÁC BỘ,
    NGÀNH, ĐỊA PHƯƠNG") gives them its items, as a heading does."""
    title = _ANNEX_LABEL.sub("", annex.title.strip(" *_")).strip(" *_")
    title_block = None if title else next((b for b in opening if _ANNEX_LABEL.sub("", b.text.strip(" *_")).strip(
        " *_") and not _ATTACHED.match(b.text)), None)  # the label alone: its first line titles it
    if title_block is not None:
        title = title_block.text.strip(" *_")
    # a rule's annex is a rule too ("Phụ lục III. Nội dung chính hợp đồng mua bán điện" of a Thông tư),
    # and so is the appendix of an attached rule or guide, unless it is a plan or a programme
    ctx.normative = bool(vocab.normative_annex.match(annex.title.strip())) or (
        (ctx.rule_document or ctx.normative) and not vocab.assigning_annex.match(title))
    # the forms of a published procedure follow it, each an annex of its own
    ctx.reference = bool(vocab.reference_annex.search(title)) or (
        ctx.reference and not vocab.assigning_annex.match(title))
    ctx.scopes.reset()
    owner = [] if ctx.normative else _annex_owner(annex.start, opening[0].start if opening else annex.start,
                                                  title_block, text, vocab)
    ctx.scopes.push(Scope("annex", None, title=annex.title, actor=owner, directive=True if owner else None))
    ctx.directive = ctx.previous_was_task = False
    ctx.previous_lead, ctx.block_lead = [], []


def _annex_owner(start: int, end: int, title_block: Block | None, text: str, vocab: Vocab) -> list[FoundAgency]:
    """The bodies an annex's title lines (``text[start:end]``, from its label to its first block) give
    its items to (``title_owner``); ``title_block``: the block that titles an annex labelled alone."""
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end)]
    if title_block is not None:
        spans.append((title_block.body_start, title_block.end))
    for start, stop in spans:
        label = _ANNEX_LABEL.match(text, start, stop)
        owner = title_owner(text, label.end() if label else start, stop, vocab)
        if owner:
            return owner
    return []


_LINE = re.compile(r"[^\n]+")


def _inline_lead_in(part: Unit, block: Block, text: str, vocab: Vocab) -> int | None:
    """Where a request's lead-in ends inside a paragraph that goes on after it ("Chủ tịch yêu cầu: ...",
    "Yêu cầu Sở X: ...", "Công điện nêu rõ: ...")."""
    body = text[part.start : part.end].rstrip()
    if body.endswith(":") and part.end < block.end - 3 and (
            vocab.addressing.search(body) or vocab.document_statement.search(body)):
        return part.end  # "Yêu cầu Sở X:", its addressee before the colon
    colons = lead_in_colons(text, part.start, part.end, block.end, vocab)
    return colons[0] if colons else None


def block_tasks(block: Block, text: str, agencies: list[FoundAgency], vocab: Vocab,
                 ctx: Context) -> list[AssembledTask]:
    """The tasks of one paragraph or item, updating the context for what follows."""
    if block.kind == "paragraph" and vocab.photo_credit.search(block.text):
        return []  # "Thủ tướng giao các bộ ... năm 2020. Ảnh: Lê Tiên": a photo's caption repeats the text
    if block.kind == "paragraph" and _credits_the_makers(block.text, vocab):
        return []  # "Thực hiện: Dương Chiêm": the article's byline
    if block.kind == "paragraph" and _captions_an_image(block, text, vocab):
        return []  # "z46287...jpg / Thời điểm này, nhu cầu tiêu dùng ... tăng cao.": the caption under a photo
    if vocab.petition.match(block.text):
        return []  # "Nội dung công dân kiến nghị: “Đề nghị UBND huyện ...”": a citizen's request
    units: list[Unit] = []
    lead_in_end = None  # "Công điện nêu rõ: A. B; C; D.": the items follow a lead-in inline
    for unit in split_units(block, text, vocab):
        for part in split_speech(unit, text, agencies, vocab):
            units.extend(split_clauses(part, text, agencies, vocab, lead_in_end))
            lead_in_end = lead_in_end or _inline_lead_in(part, block, text, vocab)
    # A whole item is one task unless it names several actors.
    if block.kind == "item" and len(units) > 1:
        units = merge_item_units(units, text, agencies, vocab)
    tasks: list[AssembledTask] = []
    ctx.block_lead = []
    detail = _details_the_last_task(block, text, agencies, ctx)
    unowned: int | None = None  # where actions that named nobody start, since the last task
    petitioned = False  # the sentence so far reports what people ask
    # a paragraph that opens by citing a report ("Theo báo cáo, trong tháng qua, ...") tells results
    reporting = block.kind == "paragraph" and bool(units) and (bool(
        vocab.report_frame.match(text, skip_blanks(text, units[0].start, units[0].end), units[0].end))
        or _reported_at_a_meeting(units[0], text, agencies, vocab))
    listed_inline = False  # the sentence goes on with the contents or aims of the task before its colon
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        continues = index > 0 and not text[units[index - 1].start : units[index - 1].end].rstrip().endswith(".")
        listed_inline = listed_inline and continues
        if listed_inline:
            continue  # "... báo cáo các nội dung sau: tình hình dịch; kết quả tiêm chủng.": what the task covers
        petitioned = continues and petitioned or bool(vocab.petition_within.search(text, unit.start, unit.end))
        if petitioned and continues and not _opens_with_a_body(unit, text, agencies):
            continue  # "các công dân đến khiếu nại về ...; yêu cầu tỉnh chỉ đạo ...": their request, no task
        if index > 0 and _WHOLE_ASIDE.fullmatch(text, unit.start, unit.end):
            continue  # "... tổ dân phố v.v… (mỗi hộ gia đình chịu trách nhiệm ...).": an aside on the last clause
        if (_sets_the_time(unit, text, vocab) or _asks_by_a_time(unit, text, agencies, vocab)) and (
                tasks or ctx.last_block_tasks):
            for task in tasks or ctx.last_block_tasks:  # "Thời gian hoàn thành trước ngày 31/12/2025."
                task.deadline_after.append((unit.start, unit.end))
            continue
        if is_lead_in(unit, following, text, vocab) or _tells_of_a_plan(block, unit, following, text, vocab, ctx):
            closing = text[unit.start : unit.end].rstrip()
            cases = bool(vocab.announces_cases.search(closing))
            reports = bool(vocab.report_contents.search(closing)) or cases
            # "... hướng dẫn các tỉnh tiến hành sơ kết ..., cụ thể như sau: / 1. Mục đích: ...": the
            # items describe the task the lead-in gives
            aims = ctx.aims_follow and following is None
            details = reports or aims or _details_own_action(unit, text, vocab)
            task = unit_task(unit, text, agencies, vocab, ctx) if details else None
            if task is not None and cases and not _charges_a_body(task, vocab):
                task = None  # "... các tổ chức, cá nhân ... phải đảm bảo các nguyên tắc:": a rule's lead-in
            if task is not None:
                tasks.append(_placed(task, block, text, ctx))
            if (reports or aims) and task is not None:
                # "... tổng hợp báo cáo cụ thể về một số nội dung sau:": the items are its contents;
                # "Chủ trì, phối hợp với UBND cấp xã khi thực hiện các thủ tục:": the cases it covers
                ctx.scopes.close_items_below(block)
                continue
            open_intro(unit, text, agencies, vocab, ctx, block)
            continue
        # "thống nhất" alone on a line (a table's cell OCR broke off): a verb with no complement
        short = len(text[unit.start : unit.end].split()) < _TASK_WORDS
        task = None if short else unit_task(unit, text, agencies, vocab, ctx)
        if task is not None and _within_aims(ctx, vocab):
            task = None  # "I. MỤC ĐÍCH, YÊU CẦU / ... mỗi cơ quan, tổ chức phải xác định là nhiệm vụ thường
            # xuyên": what the plan requires of everyone, stated before it assigns anything
        if task is not None and reporting and (task.lead_inferred or task.rule == "subject" and not (
                vocab.obligation.search(text, task.action_start, unit.end))):
            task = None  # "Theo báo cáo, ... . Các cấp ủy đảng tăng cường ...": what the report found; "Thống
            # kê từ Bộ Y tế, đến đầu năm 2025, số ca mắc tiếp tục tăng ...": no action of the body charged before
        if task is None:
            if text[unit.start : unit.end].rstrip().endswith(":"):
                open_intro(unit, text, agencies, vocab, ctx, block)
            elif block.kind == "paragraph" and not detail and not (
                    _follows_the_request(text[skip_blanks(text, unit.start, unit.end) : unit.end], vocab)
                    and not agencies_in(agencies, unit.start, unit.end)):
                ctx.previous_was_task = False  # (what the last request leads to, or when its phases run, keeps
                # the requests going)
            if unowned is None and opens_with_action(text[unit.start : unit.end].lstrip(), vocab):
                unowned = skip_blanks(text, unit.start, unit.end)
            continue
        if unowned is not None and vocab.carrying_out.match(text[task.action_start : unit.end]):
            # "Tổ chức cung cấp thông tin .... Giao Văn phòng UBND tỉnh tổ chức thực hiện.": the
            # actions before, which named nobody, are what the body is given to carry out
            task.start = task.action_start = unowned
            task.text = text[task.start : task.end]
        unowned = None
        tasks.append(_placed(task, block, text, ctx))
        closing = text[unit.start : unit.end].rstrip()
        listed_inline = following is not None and (
            bool(vocab.report_contents.search(closing) or vocab.announces_aims.search(closing)))
        # a bullet that names its own actor keeps it: the bullets after it are the list's, not its
        # ("- Trung tâm Kiểm soát bệnh tật chủ trì cấp hóa chất ... / - Tổ chức phun khử trùng ...")
        own_bullet = block.kind == "item" and (block.marker or "").strip()[:1] in _BULLETS and task.rule in _NAMED
        ctx.previous_lead = [] if own_bullet else task.lead
        if task.rule == "addressee" and task.cue:
            ctx.previous_speaker = agencies_in(agencies, unit.start, task.cue[0])[-1:]
        ctx.block_lead = task.lead
        ctx.previous_was_task = True
        if text[unit.start : unit.end].rstrip().endswith(":"):
            open_intro(unit, text, agencies, vocab, ctx, block)
    if block.kind == "paragraph" and not tasks and not block.text.endswith(":") and not detail:
        ctx.previous_was_task = False
    ctx.last_block_tasks = tasks
    return tasks


def _reported_at_a_meeting(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab) -> bool:
    """Whether a paragraph opens with a meeting and a body that reported there ("Tại cuộc họp, lãnh đạo Phòng Văn
    hóa và Thông tin huyện báo cáo kết quả phúc tra ..."): the meeting's account, not a request."""
    frame = vocab.meeting_frame.match(text, skip_blanks(text, unit.start, unit.end), unit.end)
    if frame is None:
        return False
    subject = subject_of(Unit(frame.end(), unit.end, text[frame.end() : unit.end]), text,
                         agencies_in(agencies, frame.end(), unit.end), vocab, frame.end())
    return subject is not None and bool(vocab.report_word.match(text, skip_blanks(text, subject[1], unit.end)))


def _spoke_before(lead: list[FoundAgency], ctx: Context) -> bool:
    """Whether ``lead`` is the body whose last request named its addressee: asking again, it asks them."""
    return len(lead) == 1 and [a.name for a in ctx.previous_speaker] == [lead[0].name]


def _fronts_the_speaker(before: str) -> bool:
    """Whether what stands before a request's speaker leaves it the clause's opening: nothing but an item's
    marks, or a frame set off by a comma ("Về an ninh, Bộ X đề nghị | kiểm soát ...")."""
    before = before.strip(_OPENING_MARKS)
    return not before or before.rstrip().endswith(",")


def _directs_unaddressed(text: str, start: int, verb: tuple[int, int], vocab: Vocab) -> bool:
    """Whether the verb that named the addressees directs ("chỉ đạo") right after a request that names no one
    ("yêu cầu | chỉ đạo các cơ quan chức năng ..."): the request's addressee is left unsaid."""
    if not vocab.directs.fullmatch(text, verb[0], verb[1] + 1):
        return False
    return vocab.unaddressed_before.search(text, max(start, verb[0] - _REQUEST_CHARS), verb[0]) is not None


_REQUEST_CHARS = 40  # how far before "chỉ đạo" the request that names no one may start


def _credits_the_makers(paragraph: str, vocab: Vocab) -> bool:
    """Whether a paragraph is an article's byline: a credit's label, then names only, each word capitalised
    ("Thực hiện: Dương Chiêm", "Tin, ảnh: Minh Anh - Tuấn Minh")."""
    credit = vocab.press_credit.match(paragraph)
    return credit is not None and all(
        word[:1].isupper() or word in _NAME_JOINERS for word in credit["names"].replace(",", " , ").split())


_NAME_JOINERS = frozenset({"-", "–", ",", "và"})


def _captions_an_image(block: Block, text: str, vocab: Vocab) -> bool:
    """Whether a short paragraph right under an image a crawl kept as its file's name or a Markdown image is
    its caption: neither a task nor a break between the requests around it."""
    lines = [line.strip(" \t|") for line in text[max(0, block.start - _IMAGE_LINE_CHARS) : block.start].split("\n")]
    above = next((line for line in reversed(lines) if line), "")
    return (bool(_IMAGE_LINE.fullmatch(above)) and len(block.text.split()) <= _CAPTION_WORDS
            and not vocab.addressing.search(block.text))


# an image as a crawl keeps it: its file's name ("z4628777741778-fe734d34.jpg") or a Markdown image ("![](...)")
_IMAGE_LINE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|[^\s/]+\.(?:jpe?g|png|gif|webp)", re.IGNORECASE)
_CAPTION_WORDS = 40
_IMAGE_LINE_CHARS = 300


def _follows_the_request(opening: str, vocab: Vocab) -> bool:
    """Whether a sentence only follows the request before it: what it leads to ("Từ đó có các biện pháp ...") or
    when its phases run ("Đợt 1 từ ngày 15-6 đến 15-7, đợt 2 từ ngày 15-9 đến 15-10.")."""
    return bool(vocab.consequence.match(opening) or vocab.phase_schedule.match(opening))


_TASK_WORDS = 3  # the fewest words an action and its complement take (a gold anchor has at least three)


def _assigns_in_reference(block: Block, text: str, table: dict[str, int] | None, vocab: Vocab) -> bool:
    """Whether a block of reference matter assigns all the same: the header or a row of a table with
    a column of bodies in charge ("DANH MỤC VĂN BẢN ... | Tên văn bản | Đơn vị chủ trì soạn thảo | ..."):
    a list of acts to draft, each row a body's task."""
    if table is not None:
        return table_row(block, text, table) is not None
    header = table_header(block, text, vocab)
    return header is not None and "lead" in header


def _yet_to_come(frame: str, year: int | None) -> bool:
    """Whether a time frame a sentence opens with names a year after the document's: "Kết thúc năm
    2013," in a resolution of 2012 sets when a report is due, it tells no result."""
    named = _FRAME_YEAR.search(frame)
    return year is not None and named is not None and int(named.group(0)) > year


def _set_in_an_earlier_year(opening: str, vocab: Vocab, year: int | None) -> bool:
    """Whether a sentence, before its first request, is set in a year before the document's and
    told as done ("từ năm 2009, Ban Thường vụ Thành ủy đã ban hành Chỉ thị ..., trong đó yêu cầu
    ..."): what was asked then is background."""
    if year is None:
        return False
    request = vocab.addressing.search(opening)
    head = opening[: request.start()] if request else opening
    frame = vocab.year_frame.search(head)
    return (frame is not None and int(frame.group("year")) < year
            and (bool(frame.groupdict().get("until_now")) or vocab.past_word.search(head, frame.end()) is not None))


_FRAME_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _within_aims(ctx: Context, vocab: Vocab) -> bool:
    """Whether the nearest heading above titles the aims or requirements of the document ("I. MỤC
    ĐÍCH, YÊU CẦU", "2. Yêu cầu") and names nobody."""
    titled = next((scope for scope in reversed(ctx.scopes.scopes) if scope.title and scope.style != "aside"), None)
    if titled is None or titled.actor or titled.directive is True or titled.block is None:
        return False
    block = titled.block  # its title after its number ("I.", "2.1.", "a)")
    return bool(vocab.aims_heading.match(plain(block.text[len(block.marker or "") :]).lstrip(" .:*")))


def _tells_of_a_plan(block: Block, unit: Unit, following: Unit | None, text: str, vocab: Vocab,
                     ctx: Context) -> bool:
    """A paragraph's last sentence that tells of a body making a plan, with action items right
    below it: it announces them, its colon left out (a press report of the plan)."""
    below = ctx.next_block
    return (block.kind == "paragraph" and following is None and below is not None and below.kind == "item"
            and bool(vocab.plan_making.search(text, unit.start, unit.end))
            and not _carries_out(text[unit.start : unit.end].lstrip(), vocab)
            and opens_with_action(text[below.body_start : below.end].lstrip(), vocab))


def _carries_out(opening: str, vocab: Vocab) -> bool:
    """A clause that opens with its own action ("Triển khai kế hoạch trên địa bàn; ..."), not with
    the grounds it acts on ("Thực hiện ý kiến chỉ đạo của UBND thị xã, ...")."""
    return opens_with_action(opening, vocab) and not vocab.basis.match(opening)


# the duty a verb of assignment names as such ("giao nhiệm vụ cụ thể cho"), saying nothing of it
# a request told by its subject matter only, its action left to what follows
_SUBJECT_MATTER = re.compile(r"(?:\s+cùng\s[^,;.:]{0,60}?)?\s+về\s+việc(?![\wđ])", re.IGNORECASE)
_DUTY_WORD = re.compile(r"(?<![\wđ])(?:nhiệm vụ|trách nhiệm)(?![\wđ])", re.IGNORECASE)

_WHOLE_ASIDE = re.compile(r"\s*\([^()]*\)\s*[.;,]?\s*")


def _opens_with_a_body(unit: Unit, text: str, agencies: list[FoundAgency]) -> bool:
    start = skip_blanks(text, unit.start, unit.end)
    return any(a.start == start for a in agencies_in(agencies, start, unit.end))


# a sentence that only sets a time: "Thời hạn hoàn thành chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định."
_TIME_SENTENCE_WORDS = 20
_TIME_WORDS = re.compile(r"(?:thời gian|thời hạn)(?![\wđ])", re.IGNORECASE)
_DETAIL_WORDS = 40


def _details_the_last_task(block: Block, text: str, agencies: list[FoundAgency], ctx: Context) -> bool:
    """A short paragraph that names no body, right after a task, details it ("Thời kỳ thanh tra từ
    01/01/2015 đến 31/12/2022."): the actions after it still go on that task's actor."""
    return bool(ctx.last_block_tasks) and not ctx.normative and len(block.text.split()) <= _DETAIL_WORDS and not (
        agencies_in(agencies, block.start, block.end))


_FOLLOW_UP_WORDS = 25


def _asks_by_a_time(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab) -> bool:
    """A short request that names nobody and sets a time: "Yêu cầu gửi báo cáo về Sở Kế hoạch và
    Đầu tư trước ngày 23/5/2019." asks the bodies just charged to deliver by then."""
    sentence = text[unit.start : unit.end]
    begin = unit.start + len(sentence) - len(sentence.lstrip(" *_"))
    verb = vocab.addressing.match(text, begin, unit.end)
    if not verb or len(sentence.split()) > _FOLLOW_UP_WORDS or not vocab.time_limit.search(sentence):
        return False
    named = [a for a in agencies_in(agencies, unit.start, unit.end) if a.start <= verb.end() + 3]
    return not named and bool(vocab.action_start.match(text[verb.end() : unit.end]))


def _charges_a_body(task: AssembledTask, vocab: Vocab) -> bool:
    """A task a body is named for, here or by its heading, and no class of people shares."""
    return task.rule not in _INHERITED_FROM_DOCUMENT and not any(_names_a_class(a, vocab) for a in task.lead)


def _names_a_class(agency: FoundAgency, vocab: Vocab) -> bool:
    """People or firms as a class ("các tổ chức, cá nhân", "Người dùng"), not a body."""
    name = agency.text.strip()
    return bool(vocab.class_subject.match(name) or vocab.class_actor.match(name))


def _sets_the_time(unit: Unit, text: str, vocab: Vocab) -> bool:
    """A short sentence that only sets when what precedes it is due: "Thời gian hoàn thành trước
    ngày 31/12/2025.", "Đảm bảo hoàn thành trong quý I/2026."."""
    body = text[unit.start : unit.end].strip(" *_")
    if not vocab.deadline_statement.match(body):
        return False
    limit = vocab.time_limit.search(body)
    if limit is None:
        return False
    # ("Thời gian hoàn thành việc quán triệt, chậm nhất ngày 14/5/2021 và báo cáo kết quả về ...": a sentence
    # about the time, which comes early, the report due with it after; "Phấn đấu hoàn thành đường Vành đai 4
    # trước năm 2027, ...": a work named, a task of its own)
    counted = body[: limit.end()] if _TIME_WORDS.match(body) else body
    return len(counted.split()) <= _TIME_SENTENCE_WORDS


def _titles_its_items(block: Block, following: Block | None, found: list[AssembledTask]) -> bool:
    """A numbered item that names its actor and what it is in charge of, without a full stop,
    above its own bullets ("2. Các Sở, ngành chủ trì, quản lý các dự án thuộc Chương trình" /
    "- Phê duyệt kế hoạch ..."): it titles the items below, it is no task of its own."""
    return (len(found) == 1 and found[0].rule == "subject" and following is not None
            and following.kind == "item" and bool(BULLET.match(following.marker or ""))
            and bool(NUMBERED.match(block.marker or "")) and not block.text.rstrip().endswith(tuple(".;:!?…"))
            and len(block.text.split()) <= 30)


def _lists_bodies(block: Block, text: str, agencies: list[FoundAgency], vocab: Vocab) -> bool:
    """An item that only names bodies, maybe several parts with ";" ("- Ban Chỉ đạo các quân khu; Ban Chỉ
    đạo các tỉnh.")."""
    end = block.end - len(block.text) + len(block.text.rstrip(" .;,"))
    parts = [m.span() for m in re.finditer(r"[^;]+", text[block.body_start : end])]
    return bool(parts) and all(only_agencies(text, agencies, block.body_start + a, block.body_start + b, vocab)
                               for a, b in parts if text[block.body_start + a : block.body_start + b].strip())


def _names_its_actor_only(found: list[AssembledTask], following: Block | None, text: str) -> bool:
    """An item that only gives its items to a body, with no action of its own ("Điều 2. Giao Giám đốc
    Sở Giáo dục và Đào tạo" / "1. Tổ chức chỉ đạo ..."): it heads them, it is no task."""
    if len(found) != 1 or following is None or following.kind != "item" or not found[0].lead:
        return False
    task = found[0]
    after = max(a.end for a in task.lead)
    return task.start < after <= task.end and not re.search(r"\w", text[after : task.end])


# a label in common words ("Điểm quan trắc:"), not a list of bodies ("Các Viện: Pasteur ...")
_SHORT_LABEL = re.compile(rf"(?!(?:Các|Những)\s)[{CAPITALS}](?:(?![{CAPITALS}])[^:;.,\n]){{1,30}}?:\s+(?=[{CAPITALS}])")
_ON_A_BASIS = re.compile(r"căn cứ(?![\wđ])", re.IGNORECASE)
_BY_A_DOCUMENT = re.compile(r"theo\s+", re.IGNORECASE)


def _grounds_an_action(opening: str, vocab: Vocab) -> bool:
    """A basis an action may follow after its comma: "Căn cứ ..., rà soát ...", and a document
    reported ("Theo Kế hoạch, trước ngày 15/2, Bộ Tư pháp hoàn thành ...")."""
    by_document = _BY_A_DOCUMENT.match(opening)
    return bool(_ON_A_BASIS.match(opening)) or bool(  # a document by its name, not "theo báo cáo của ..."
        by_document and opening[by_document.end() : by_document.end() + 1].isupper()
        and vocab.document_type.match(opening, by_document.end()))


def _charged_by_name(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab, begin: int) -> bool:
    """A body the rule names and charges outright, in any article: "2. Văn phòng Kiểm toán nhà nước
    có trách nhiệm quản lý, sử dụng kinh phí làm thẻ" under "Điều 12. Kinh phí làm thẻ", or hands
    the rule's own making to ("Bộ trưởng Bộ Nội vụ hướng dẫn cụ thể ..." under "Điều kiện ...")."""
    subject = subject_of(unit, text, agencies, vocab, begin)
    if subject is None or any(_names_a_class(a, vocab) or GROUP_OPENING.match(a.text) for a in subject[0]):
        return False
    named = text[begin : subject[1]]
    return not vocab.people.search(named) and bool(
        _CHARGED.match(text, subject[1], unit.end) or vocab.rule_delegation.match(text, subject[1], unit.end))


_CHARGED = re.compile(r"\s*có\s+trách\s+nhiệm(?![\wđ])", re.IGNORECASE)


def _after_basis(begin: int, unit: Unit, text: str, agencies: list[FoundAgency],
                 vocab: Vocab) -> tuple[int, tuple[list[FoundAgency], int] | None] | None:
    """What follows a basis's comma ("Căn cứ ..., <here>"): an action or a body and its action after
    its first comma ("Căn cứ tình hình thực tế, rà soát ..."). A basis that cites a document
    ("Căn cứ Quyết định số 123/QĐ-UBND ..., Sở Y tế xây dựng ...") is followed by a body and its
    action only, maybe after a later comma: a title cited goes on after its own commas ("Luật số
    31/2013/QH13 sửa đổi, bổ sung ..., Sở Tài chính hướng dẫn ...")."""
    on_basis = _ON_A_BASIS.match(text, begin)
    remit = vocab.remit_basis.match(text, on_basis.end()) if on_basis else None
    acting = _acts_after(remit.end(), unit, text, agencies, vocab) if remit else None
    if acting is not None:  # "Căn cứ chức năng, nhiệm vụ | tiến hành rà soát ...": the body's own remit, no comma
        return acting
    reach = min(unit.end, begin + _FRAME_REACH)
    comma = text.find(",", begin, reach)
    cites = comma >= 0 and bool(NUMBER_NOTATION.search(text, begin, comma))
    while comma >= 0:
        found = _acts_after(comma + 1, unit, text, agencies, vocab)
        if found is not None and found[1] is not None and cites and _co_author(comma, found[1], text, agencies):
            found = None  # "... ngày 29/12/2017 của Bộ trưởng Bộ Công an, Bộ trưởng Bộ Quốc phòng quy định ...":
            # the cited document's authors, then what it provides
        if found is not None and (found[1] is not None or not cites and comma - begin <= _BASIS_REACH):
            return found
        dated = not cites and vocab.dated_opener.match(text[skip_blanks(text, comma + 1, unit.end) : unit.end])
        if not cites and not dated:
            break  # ("Theo chỉ đạo của UBND thị xã, | đến hết tháng 7-2014, | các phường phải ...": a time first)
        comma = text.find(",", comma + 1, reach)
    # "Căn cứ nội dung, nhiệm vụ của Kế hoạch này xây dựng ...": a basis that ends on the document
    # naming itself needs no comma before its action
    for named in vocab.document_type.finditer(text, begin, min(reach, begin + _BASIS_REACH)):
        itself = _THIS.match(text, named.end())
        if itself:
            return _acts_after(itself.end(), unit, text, agencies, vocab)
    return None


_THIS = re.compile(r"\s+này(?![\wđ])")
# what a cited document does, told after its authors: "... của Bộ trưởng Bộ Công an, Bộ trưởng Bộ Quốc phòng
# | quy định việc phối hợp ...", "... | hướng dẫn thi hành ...", "... | về việc ..."
_CITED_CONTENT = re.compile(r"\s*(?:quy định|hướng dẫn|ban hành|sửa đổi|bổ sung|về)(?![\wđ])", re.IGNORECASE)
_OF = re.compile(r"(?<![\wđ])của\s*$")


def _co_author(comma: int, subject: tuple[list[FoundAgency], int], text: str, agencies: list[FoundAgency]) -> bool:
    """Whether the body after a basis's comma is another author of the document it cites: the body before the
    comma follows "của" (or another author), and the body after it goes on with what the document provides."""
    lead, after = subject
    if not _CITED_CONTENT.match(text, after):
        return False
    end = comma
    for agency in sorted((a for a in agencies if a.end <= comma), key=lambda a: a.end, reverse=True):
        if text[agency.end : end].strip(" \t\n,") not in ("", "và"):
            return False  # words between: no list of authors
        if _OF.search(text, max(0, agency.start - 8), agency.start):
            return True
        end = agency.start  # "của A, B, | C quy định ...": walk back to "của"
    return False


_BASIS_REACH = 120  # characters of a basis before the bare action it grounds


def _acts_after(pos: int, unit: Unit, text: str, agencies: list[FoundAgency],
               vocab: Vocab) -> tuple[int, tuple[list[FoundAgency], int] | None] | None:
    """Where an action, or a body and its action, follows a basis ("Căn cứ ..., <here>"), with
    that body when one is named; None when the basis goes on."""
    while pos < unit.end and text[pos] in " \t\n":
        pos += 1
    subject = subject_of(unit, text, agencies, vocab, pos)
    return (pos, subject) if subject or opens_with_action(text[pos : unit.end], vocab) else None


_FRAME_REACH = 200  # characters of a frame before the body it charges


def _bound_after_frame(begin: int, unit: Unit, text: str, agencies: list[FoundAgency],
                       vocab: Vocab) -> tuple[int, tuple[list[FoundAgency], int]] | None:
    """A body bound by a duty after a frame's comma ("Thực hiện Chỉ thị ..., Sở Y tế phải ..."):
    only a duty tells the body charged from a body the frame goes on to name."""
    comma = text.find(",", begin, min(unit.end, begin + _FRAME_REACH))
    while comma >= 0:
        pos = skip_blanks(text, comma + 1, unit.end)
        subject = subject_of(unit, text, agencies, vocab, pos)
        if subject and vocab.obligation.match(text[subject[1] : unit.end].lstrip()):
            return pos, subject
        comma = text.find(",", comma + 1, min(unit.end, begin + _FRAME_REACH))
    return None


# "X | là người quyết định đầu tư ...", "X | là chủ đầu tư ...": what the item's body is made
_DESIGNATION = re.compile(r"[ \t]+là[ \t]+")


def _designated(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab, ctx: Context,
                begin: int) -> AssembledTask | None:
    """An item under a lead-in that gives charges to no one it names ("...; giao:") and names a body
    and what it is made ("- Chủ tịch UBND tỉnh X là người quyết định đầu tư và tổ chức thực hiện Dự
    án ...", "- Sở Xây dựng là chủ đầu tư ..."): the body is charged with it."""
    scope = next((s for s in reversed(ctx.scopes.scopes) if s.lead_in is not None), None)
    if not unit.in_item or scope is None or scope.actor:
        return None
    lead_in = text[scope.lead_in[0] : scope.lead_in[1]].rstrip()
    if not any(m.end() >= len(lead_in) for m in vocab.addressing.finditer(lead_in)):
        return None
    run = run_from(agencies, text, begin, unit.end)
    made = _DESIGNATION.match(text, run[-1].end, unit.end) if run and run[0].start == begin else None
    if made is None:
        return None
    return make_task(unit, text, run, support_of(unit, text, agencies, vocab, made.end()), made.start() + 1,
                     False, "addressee", scope.lead_in)


def _details_own_action(unit: Unit, text: str, vocab: Vocab) -> bool:
    """A lead-in that states an action and then details it ("tổ chức theo dõi sát tình hình,
    chủ động triển khai các biện pháp ứng phó ..., trong đó:") is a task of its own."""
    body = text[unit.start : unit.end].rstrip()
    found = vocab.elaborates.search(body)
    if found is None or len(body[: found.start()].split()) < 12:
        return False
    # "..., với các nội dung sau:" details an action the lead-in asks of a body ("Chủ tịch UBND tỉnh yêu cầu
    # ... triển khai việc lập kế hoạch ..., với các nội dung sau:"), not one the issuer does ("... ban hành
    # kế hoạch ..., với các nội dung sau:")
    return not _WITH_CONTENTS.search(found.group(0)) or bool(vocab.addressing.search(body, 0, found.start()))


_WITH_CONTENTS = re.compile(r"với\s+(?:các|những)\s+nội dung", re.IGNORECASE)


def _names_a_member(opening: str, vocab: Vocab) -> bool:
    """A person named with the office held and nothing done: a line of a council's or a committee's
    membership ("Ông Đỗ Đức Chinh, Phó Trưởng phòng An ninh kinh tế, Công an tỉnh.")."""
    member = vocab.member_named.match(opening)
    if member is None:
        return False
    for verb in vocab.acts_anywhere.finditer(opening, member.end()):
        before = opening[: verb.start()].split()
        if not before or not before[-1][:1].isupper():  # "Thường trực" goes on a title, "... chỉ đạo" acts
            return False
    return True


def _defines_a_name(opening: str, vocab: Vocab) -> bool:
    """An item that only defines what it names: it ends with the short name it gives. A document
    cited at the end of a task ("(sau đây gọi là Thông tư số 29/2024/TT-BTC)") is no such name."""
    definitions = list(NAME_DEFINITION.finditer(opening))
    return (bool(definitions) and not opening[definitions[-1].end() :].strip(" ;.,")
            and not vocab.document_type.match(definitions[-1].group("alias")))


def _implements(opening: str, unit: Unit, text: str, vocab: Vocab) -> bool:
    """An item of a rule's list of standing duties that is an implementation task: it delivers
    something (guidance, a regulation, a submission, a report, a plan) or keeps a time."""
    return bool(vocab.implementation_action.match(opening)) or _keeps_time(unit, text, vocab)


def _passed_on(text: str, after: int, unit: Unit, agencies: list[FoundAgency],
               vocab: Vocab) -> AssembledTask | bool | None:
    """A closing line that passes the text on ("... trả lời để X biết và <action>"): the action
    is X's task; False when it asks nothing more than "biết (và) thực hiện"; None when the line
    passes nothing on, or tells the bodies named what to do, which is its own task."""
    verb = vocab.passing_on.match(text, after, unit.end)
    if verb is None:
        return None
    run = run_from(agencies, text, verb.end(), unit.end)
    if not run or run[0].start != verb.end():
        return None
    informed = vocab.informed.match(text, run[-1].end, unit.end)
    if informed is None:
        return None  # "UBND huyện thông báo đến các chủ đầu tư tạm dừng thi công ...": its own task, to tell them
    if vocab.bare_compliance.fullmatch(text, informed.end(), unit.end):
        return False
    return make_task(unit, text, run, [], informed.end(), False, "addressee", (verb.start(), informed.end()))


# syllables a task's predicate has at least: a verb and its object ("quản lý" alone is a column title)
_PREDICATE_SYLLABLES = 3


def _only_accountable(text: str, start: int, end: int, vocab: Vocab) -> bool:
    """Whether a clause only makes its actor answerable ("chịu trách nhiệm trước ... về ..."),
    with no action after it ("...; đồng thời phối hợp ...")."""
    failed = _FAILURE.match(text, start, end)  # "Những đơn vị không thực hiện đúng ..., lãnh đạo đơn vị phải chịu
    # trách nhiệm cá nhân trước ...": those who fail answer for it, a sanction
    return bool(vocab.accountable.match(text, failed.end() if failed else start, end)) and "đồng thời" not in text[
        start:end]


# a failure that the accountability after it answers for: "không thực hiện đúng chỉ đạo, ..., lãnh đạo đơn vị"
_FAILURE = re.compile(r"\s*(?:không|chưa)\s[^;.]{2,200}?,\s*(?:[^\s,;.]+\s+){0,6}?"
                      r"(?=(?:phải\s+)?(?:tự\s+)?chịu\s+trách)", re.IGNORECASE)


def _granted(text: str, after: int, end: int, vocab: Vocab) -> bool:
    """Whether the predicate after a subject grants a power or a right, maybe after a few words
    that still qualify the subject ("Cơ quan ... cấp trên | được quyền khai thác ...")."""
    pos, acted = after, False
    for _ in range(_QUALIFIER_WORDS + 1):
        grant = vocab.grants.match(text, pos, end)
        if grant:  # a right ("được quyền ...") whatever comes before it; a power only as the predicate
            return not acted or grant.group(0).strip().lower().startswith("được")
        word = _NEXT_WORD.match(text, pos, end)
        if word is None:
            return False
        acted = acted or bool(vocab.action_start.match(text[word.start(1) : end]))
        pos = word.end()
    return False


_QUALIFIER_WORDS = 4
_NEXT_WORD = re.compile(r"\s*([\wđ]+)")


def _keeps_time(unit: Unit, text: str, vocab: Vocab) -> bool:
    """Whether a clause sets a time limit or a recurrence ("trong thời hạn 10 ngày", "hằng năm")."""
    body = text[unit.start : unit.end]
    return bool(vocab.time_limit.search(body) or vocab.recurrence.search(body))


# "X không chịu trách nhiệm ...": no duty; "X không thực hiện lịch nghỉ ... sẽ căn cứ ...": a
# restrictive clause before the duty
_NEGATED = re.compile(r"\s*(?:không|chưa)(?![\wđ])(?![^;.:]{0,100}?\s(?:sẽ|phải|cần)\s)", re.IGNORECASE)
_REPORTED_AFTER = re.compile(r"[^,;.:]{0,40}?(?<![\wđ])(?:đã|vừa)(?![\wđ])")


def _reported_after_preface(opening: str, begin: int, agencies: list[FoundAgency], text: str,
                            vocab: Vocab) -> bool:
    """A clause that opens with a phrase and a comma, then a body and what it has done or says: a
    report, not an action the opening verb gives anyone ("Làm việc với các ngành, Chủ tịch UBND tỉnh
    phê bình ...")."""
    comma = opening.find(",", 0, 120)
    if comma < 0:
        return False
    after = begin + comma + 1
    first = next((a for a in agencies if after <= a.start <= after + 2), None)
    return first is not None and bool(_REPORTED_AFTER.match(text, first.end) or vocab.reported.match(text, first.end))


def _placed(task: AssembledTask, block: Block, text: str, ctx: Context) -> AssembledTask:
    """The task with its section and its heading's deadline line; an item's task starts at its
    marker ("(1)", "a)", "2.1."), the item as the document numbers it."""
    task.section = ctx.section
    task.numbering = numbering(ctx.scopes, block.marker)
    if block.marker and task.start <= block.body_start:
        marker = text[block.start : block.body_start]
        task.start = block.start + len(marker) - len(marker.lstrip())
        task.text = text[task.start : task.end]
    heading = ctx.scopes.heading()
    for scope in reversed(ctx.scopes.scopes):  # the lead-ins above it, the nearest first
        if scope is heading:
            break
        if scope.lead_in is not None and scope.lead_in[1] <= task.start:
            task.lead_in_spans.append(scope.lead_in)
    if heading is not None and heading.block is not None:
        task.deadline_spans.append((heading.block.start, heading.block.end))
    return task


# the bullets of a list's first level: a "+" under them details what its item does
_FIRST_LEVEL_BULLETS = ("-", "•", "–")
_BULLETS = ("-", "+", "•", "–", "*")
_NAMED = {"subject", "addressee", "labelled_actor"}  # rules that read the actor in the unit itself


def _next_tagged_action(unit: Unit, text: str, opening: str, begin: int, vocab: Vocab, ctx: Context) -> bool:
    """A capitalised opening of four words or more whose first word the tagger reads as a verb,
    where an action goes on what came before although the closed lists lack its verb: a bulleted
    item of a directive part ("- Lấy mẫu xét nghiệm nhanh các nguồn nước") or of a list that goes on
    a task ("... đề nghị X thực hiện ... . Cụ thể:" / "- Thường xuyên ..." / "- Hạn chế các hoạt động ..."),
    or a sentence after a task of the same paragraph ("... chủ trì ... . Tìm kiếm nguồn nguyên liệu ..."),
    outside a rule."""
    line = text.rfind("\n", 0, unit.start) + 1
    goes_on = ctx.previous_was_task and not ctx.normative and text[line:unit.start].lstrip()[:1] in _FIRST_LEVEL_BULLETS
    in_a_list = unit.sub_item and (ctx.scopes.directive() is True or goes_on)
    after_a_task = bool(ctx.block_lead) and not ctx.normative
    return bool((in_a_list or after_a_task) and opening[:1].isupper() and len(opening.split()) >= 4
                and vocab.verb_at is not None and vocab.verb_at(begin, False))


# In the body of a rule, an item is a body's task only when a heading, a lead-in or its
# parent item names that body: the sentence before it or the document's addressee does not.
_NOT_IN_RULES = {"previous_task", "document_addressee"}


def _body_after_case(unit: Unit, text: str, in_unit: list[FoundAgency], vocab: Vocab, begin: int,
                     acts: bool = False) -> int | None:
    """Where a named body starts that a rule's clause on a case goes on to charge ("Khi có thay đổi ...,
    Sở Xây dựng chủ trì, phối hợp ... tham mưu ..."): the rule assigns that body its task for the case.
    The case may hold commas of its own; the body comes after one of them, or after "thì". Outside a rule
    (``acts``) any action after "thì" charges the body: "Trong trường hợp ... thì UBND các xã bố trí ..."."""
    case = vocab.condition.match(text, begin, unit.end)
    if case is None:
        return None
    for body in in_unit:
        if body.start < case.end() or body.text[:1].islower():
            continue
        before = text[case.start() : body.start].rstrip()
        if before.endswith((",", " thì")) and (_CHARGED.match(text, body.end) or vocab.lead_role.match(
                text, skip_blanks(text, body.end, unit.end))):
            return body.start  # "..., Sở Xây dựng chủ trì ...", "... thì X có trách nhiệm ..."
        if acts and before.endswith(" thì") and vocab.after_subject.match(text[body.end : unit.end]):
            return body.start
    return None


def _case_subject(unit: Unit, text: str, in_unit: list[FoundAgency], vocab: Vocab,
                  begin: int) -> tuple[list[FoundAgency], int] | None:
    """Bodies a case names as its subject, and where their action starts after "thì", outside a rule:
    "Trường hợp các huyện không tự cân đối được kinh phí thì phải báo cáo UBND tỉnh ..." (the huyện
    report). A body after "thì" is the one charged instead (``_body_after_case``)."""
    case = vocab.case_consequent.match(text[begin : unit.end])
    if case is None:
        return None
    words = vocab.case_opener.match(text, begin, unit.end)
    start = skip_blanks(text, words.end() if words else begin, unit.end)
    qualifier = vocab.case_qualifier.match(text, start, unit.end)  # "Trong trường hợp đặc biệt, những huyện ..."
    start = skip_blanks(text, qualifier.end(), unit.end) if qualifier else start
    run = run_from(in_unit, text, start, begin + case.end())
    if not run or run[0].start != start or all(_names_a_class(a, vocab) for a in run):
        return None  # "Trường hợp các tổ chức, cá nhân không dừng khai thác thì phải ...": a rule for people
    after = skip_blanks(text, begin + case.end(), unit.end)
    rest = text[after : unit.end]
    acting = run_from(in_unit, text, after, unit.end)
    if acting and acting[0].start == after:
        return None  # "... thì UBND các xã bố trí ...": the body after "thì" acts
    if (not vocab.action_start.match(rest[vocab.pre_verbal.match(rest).end() :])
            or _only_accountable(text, after, unit.end, vocab) or vocab.undergoes.match(rest)):
        return None  # "... thì phải chịu trách nhiệm trước pháp luật": accountability, no action; "... thì thực
        # hiện theo quy định tại Nghị định ...": the rule that applies
    return flatten(run), after


def _asks_bodies_to_pass_on(opening: str, closing: re.Match[str], begin: int, in_unit: list[FoundAgency],
                            vocab: Vocab) -> bool:
    """Whether a sentence that ends as a closing formula of passing the text on opens by asking bodies named right
    after its verb to pass it on: "Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo liên tục ... để
    toàn thể nhân dân biết thực hiện./." is their task, where "UBND xã thông báo tới ... biết và thực hiện" closes
    the text (as "đề nghị UBND các xã quan tâm, phối hợp thực hiện./." does)."""
    request = vocab.addressing.match(opening)
    return (request is not None and closing.group(0).lower().startswith(_PASSING_ON)
            and any(a.start == begin + request.end() for a in in_unit))


_PASSING_ON = ("thông báo", "truyền đạt")


def _case_rule(opening: str, vocab: Vocab) -> bool:
    """Whether a clause states what is due in a case ("Trường hợp ... thì phải ...", "Nếu ... thì
    người sử dụng lao động phải ..."): its duty lies in the consequent, no body is charged by it."""
    case = vocab.case_consequent.match(opening)
    return bool(case) and bool(vocab.obligation.search(opening, case.end()))


# a blank to fill in: six dots or more in a run ("…………", "........")
_FORM_BLANK = re.compile(r"[.…]{6,}")


def unit_task(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
               ctx: Context) -> AssembledTask | None:
    heading = ctx.scopes.heading()
    in_unit = agencies_in(agencies, unit.start, unit.end)
    begin = strip_opening(text, unit.start, unit, vocab, in_unit)
    listed = execution_list(text, begin, unit.end, in_unit, vocab)
    case_body = _body_after_case(unit, text, in_unit, vocab, begin, acts=not ctx.normative)
    if ctx.normative and (heading is not None and heading.directive is False or ctx.scopes.directive() is False) and (
            not listed and not _charged_by_name(unit, text, in_unit, vocab, begin) and case_body is None):
        # a rule's article on its scope, terms or principles binds, it assigns nothing; nor do
        # the items of a rule's list of cases or means ("... dưới các hình thức:"); its execution
        # clause ("Điều 7. Hiệu lực và trách nhiệm thi hành ... 2. Bộ trưởng ... chịu trách nhiệm
        # thi hành") charges the officials it lists
        return None
    opening = text[begin : unit.end]
    if vocab.approves.match(opening):
        return None  # "1. Đồng ý việc Xí nghiệp X thăm dò mỏ đá ...": what the authority allows
    if ctx.scopes.in_attendance():
        return None  # "- Thường trực HĐND Thành phố: có mặt 09/09;" under "I. THÀNH PHẦN THAM DỰ": who came
    closing = vocab.closing.search(opening)
    if (closing and not _asks_bodies_to_pass_on(opening, closing, begin, in_unit, vocab)
            or vocab.catch_all.match(opening)):
        return None  # "... thông báo để các đơn vị biết, thực hiện./.", "Thực hiện các nhiệm vụ khác do ... giao."
    if vocab.citation_only.fullmatch(opening.strip()):
        return None
    if in_unit and only_agencies(text, in_unit, begin, unit.end, vocab):
        return None  # "(2) Văn phòng Chính phủ": a list of bodies (a table's partners cell), no action
    if _FORM_BLANK.search(opening):
        return None  # "Tổng cục trưởng ... thông báo để …………………": a form's template, its blanks to fill in
    if ctx.normative and vocab.rule_clause.match(opening) and case_body is None:
        return None  # "Nếu ... thì UBND xã đề nghị ...": a rule's procedure for a case
    if ctx.normative and vocab.negated_duty.match(opening):
        return None  # "Cơ quan thuế không được yêu cầu ...", "X không chịu trách nhiệm do ...": no charge
    looking_back = vocab.retrospective.match(opening)
    if looking_back and not _yet_to_come(looking_back.group(0), ctx.year):
        return None  # "Kết thúc năm 2019, ngành Thuế tỉnh thu ngân sách hơn 13.345 tỷ đồng": a result
    if _set_in_an_earlier_year(opening, vocab, ctx.year):
        return None  # "từ năm 2009, Thành ủy đã ban hành Chỉ thị ..., trong đó yêu cầu ..." (in 2015): background
    if vocab.status.match(opening) and not (in_unit and in_unit[0].start == begin and member_acts(
            text, in_unit[0].end, unit.end, vocab)):
        return None  # "Trung tâm X là tổ chức hành chính thuộc Văn phòng UBND ...": what a body is (not "Các
        # Sở là thành viên Ban Chỉ huy phối hợp ...": what the members do)
    if vocab.budget_line.match(opening):
        return None  # "- Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm.": a budget's line, what is spent
    norm = vocab.norm.match(opening) if ctx.normative else None
    if norm and not vocab.obligation.search(opening, 0, norm.end()):
        return None  # "Hướng dẫn tham quan thực tế: Một ngày được tính 5 giờ chuẩn": a rule's figure
    if vocab.procedure_step.match(opening):
        return None  # "Bước 1: UBND tỉnh giao ...": a step of a published procedure
    if _defines_a_name(opening, vocab):
        return None  # "a) Đơn vị sự nghiệp ... tự bảo đảm chi thường xuyên (sau đây gọi là ... nhóm 1);"

    if vocab.heard.match(opening):
        return None  # "Chính phủ cũng đã nghe Bộ trưởng X trình ...; ... do Bộ trưởng Bộ Y trình": what a meeting heard
    if _names_a_member(opening, vocab):
        return None  # "- Ông Trần Đức Tình, Phó Giám đốc Sở Xây dựng.": who sits on a council, no action
    labelled = labelled_official(text, begin, unit.end, vocab) if unit.in_item else None
    labelled = ([labelled[0]], skip_blanks(text, labelled[1], unit.end)) if labelled else labelled_actor(
        unit, text, in_unit, vocab, begin)
    if labelled:
        lead, after = labelled
        return make_task(unit, text, lead, support_of(unit, text, in_unit, vocab, after), after, False,
                         "labelled_actor", (lead[0].start, after))
    addressed = addressees_of(unit, text, in_unit, vocab, unit.start)
    polite = vocab.polite_addressee.search(text, unit.start, unit.end) if ctx.addressed and ctx.document_lead else None
    if polite and addressed and not (polite.start() <= addressed[0][0].start < polite.end() and not any(
            is_the_issuer(a, vocab) for a in ctx.document_lead)):
        polite = None  # "... đề nghị Sở Y tế ...": a body named, not the letter's reader; a letter whose
        # addressee line is blank names no reader but its issuer
    if polite:  # "Bộ X trân trọng đề nghị Quý Cơ quan triển khai ...": the letter's addressees
        return make_task(unit, text, ctx.document_lead, support_of(unit, text, in_unit, vocab, polite.end()),
                         polite.end(), True, "document_addressee", (polite.start(), polite.end()))
    if addressed:
        lead, after, verb = addressed
        asked_before = ctx.previous_lead or (ctx.document_lead if ctx.addressed else [])
        if asked_before and _directs_unaddressed(text, unit.start, verb, vocab):
            # "Thủ tướng cũng yêu cầu | chỉ đạo các cơ quan chức năng ...": the one asked is the one asked
            # before (or the letter's reader); the bodies named after "chỉ đạo" are those it directs
            return make_task(unit, text, asked_before, support_of(unit, text, in_unit, vocab, verb[0]), verb[0],
                             True, "previous_task", verb)
        if vocab.past.search(" ".join(text[after : unit.end].split()[:1])):
            return None  # "... nhấn mạnh, Sở Y tế đã triển khai tốt ...": what a body did, told
        if _DUTY_WORD.search(text, *verb) and not text[after : unit.end].strip(" .;,:…"):
            return None  # "... đã có 3 Công điện chỉ đạo, giao nhiệm vụ cụ thể cho các Bộ, ...": no duty said
        if _SUBJECT_MATTER.match(text, after, unit.end):
            return None  # "UBND TP vừa chỉ đạo Sở Công thương ... về việc tổ chức bán hàng ...": what it is about
        return make_task(unit, text, lead, support_of(unit, text, in_unit, vocab, after),
                         after, False, "addressee", verb)
    conditioned = None if ctx.normative else _case_subject(unit, text, in_unit, vocab, begin)
    if conditioned:
        lead, after = conditioned
        return make_task(unit, text, lead, support_of(unit, text, in_unit, vocab, after), after, False,
                         "subject", (lead[0].start, after))
    designated = _designated(unit, text, in_unit, vocab, ctx, begin)
    if designated:
        return designated
    scheduled = scheduled_event(unit, text, vocab, begin) if not ctx.normative else None
    if scheduled:
        return scheduled  # "Đại hội Đảng bộ huyện ..., hoàn thành trước ngày 15/5/2020"
    basis = vocab.basis.match(opening)
    after_basis = None
    if basis and _grounds_an_action(opening, vocab):
        after_basis = _after_basis(begin, unit, text, in_unit, vocab)
        if after_basis is not None:
            basis = None  # "Căn cứ vào tình hình thực tế, rà soát ...", "Căn cứ kết quả ..., UBND Thành phố đánh giá"
    elif basis and vocab.implementing_frame.match(opening):
        after_basis = _bound_after_frame(begin, unit, text, in_unit, vocab)
        basis = None if after_basis else basis  # "Thực hiện Chỉ thị số 05/CT-TTg, Sở Y tế phải tổ chức ..."
    if basis or (ctx.normative and vocab.rule_clause.match(opening) and case_body is None):
        return None
    subject = listed or subject_of(unit, text, in_unit, vocab, begin) or (
        subject_of(unit, text, in_unit, vocab, case_body) if case_body is not None else None) or (
        after_basis[1] if after_basis else None) or (
            # "Rác thải ... do Công ty X tăng cường thu gom ...": the clause opens with what is acted on
            # ("Tiếp tục quản lý ... thuộc phạm vi do Bộ Quốc phòng quản lý": an action, its scope told)
            None if ctx.normative or unit.in_item or ctx.scopes.in_article() or not opening[:1].isupper()
            or opens_with_action(opening, vocab, begin) else agent_of(
                unit, text, in_unit, vocab, begin))
    if subject and ctx.normative and all(_names_a_class(a, vocab) or vocab.class_member.search(a.text)
                                         for a in subject[0]):
        return None  # "Tổ chức, cá nhân ... sẽ được khen thưởng", "Cơ quan, đơn vị, cá nhân tạo ra tài liệu":
        # a rule for a class of people
    if subject and all(vocab.class_actor.match(a.text.strip()) and (
            ctx.normative or not vocab.rule_party.match(a.text.strip())) for a in subject[0]):
        return None  # "hộ gia đình và cá nhân nộp hồ sơ ...": people, not a body charged with a task
    class_opening = vocab.class_actor.match(opening)
    if subject and class_opening and subject[0][0].start == begin and begin + class_opening.end() > subject[0][0].end:
        return None  # "Các cơ sở | sản xuất, kinh doanh ... phải ...": the class goes on past the body's head
    if subject and subject[0][0].start > begin and class_opening:
        return None  # "trẻ em các trường mầm non; học sinh ..., các cơ sở giáo dục ... tiếp tục nghỉ học":
        # a body at the end of a list of people is one of those the sentence tells of
    if subject:
        lead, after = subject
        if vocab.event_time.match(opening):
            return None  # "Sáng ngày 01/3/2022, UBND huyện tổ chức phiên họp ...": what happened that day
        predicate = vocab.after_subject.match(text[after : unit.end])
        reported = vocab.reported.match(text[after : unit.end]) and not (
            predicate and _ON_A_BASIS.search(predicate.group(0)))  # "... đang giãn cách ..., căn cứ ..., quyết định"
        negated = _NEGATED.match(text, after) and not predicate  # ("X chưa gửi báo cáo, khẩn trương gửi ...")
        if vocab.past.search(text[after : after + 12]) or reported or negated:
            return None  # what was done, or what a body does not do ("... không chịu trách nhiệm ...")
        if ctx.scopes.directive() is False and not vocab.obligation.search(text[after : unit.end]) and not (
                ctx.normative and vocab.rule_delegation.match(text, after, unit.end)):
            return None  # under "1. Về đánh giá tình hình": "Các văn phòng đẩy mạnh ..." reports a result
            # (a rule's "Bộ trưởng Bộ Nội vụ hướng dẫn cụ thể ..." hands on its making, in any article)
        if _only_accountable(text, after, unit.end, vocab):
            return None  # "X chịu trách nhiệm trước Chủ tịch UBND tỉnh về ...": accountability, no action
        if len(text[after : unit.end].split()) < _PREDICATE_SYLLABLES:
            return None  # "Chi cục Hải quan quản lý": a table's column title, a verb with no object
        if vocab.undergoes.match(text, after, unit.end):
            return None  # "... sẽ bị xử lý kỷ luật", "X thực hiện theo quy định tại Luật ...": no action of its own
        passed = _passed_on(text, after, unit, in_unit, vocab)
        if passed is not None:  # "Cục Thuế trả lời để Thuế tỉnh X biết và căn cứ ... để thực hiện"
            return passed or None
        if vocab.speech_closing.match(text[after : unit.end]):
            return None  # "Cục Thuế trả lời để Công ty biết./."
        if ((ctx.normative or ctx.scopes.in_article()) and _granted(text, after, unit.end, vocab)
                and not _keeps_time(unit, text, vocab)):
            return None  # "Chủ tịch UBND xã quyết định ...", "X được quyền khai thác ...": a power, a right
        again = vocab.asks_again.match(text, after, unit.end) or (
            vocab.asks_unaddressed.match(text, after, unit.end) if _fronts_the_speaker(
                text[unit.start : lead[0].start]) else None)
        asked = text[again.end() : unit.end] if again else ""
        if again and ctx.previous_lead and (all(vocab.authority.match(a.text.strip()) for a in lead)
                                            or _spoke_before(lead, ctx)) and (
                opens_with_action(asked, vocab) or vocab.prohibition.match(asked)):
            # "UBND thành phố cũng yêu cầu tổ chức đợt cao điểm ...": those it asked before ("Thủ tướng yêu
            # cầu tuyệt đối không được chủ quan": what it forbids them, too)
            return make_task(unit, text, ctx.previous_lead, support_of(unit, text, in_unit, vocab, again.end()),
                             again.end(), True, "previous_task", (lead[0].start, again.end()))
        cue_end = after + predicate.end() if predicate else after
        each, each_rule = ctx.inherited_lead() if all(vocab.distributive.match(a.text.strip()) for a in lead) else (
            [], "")
        if each and is_plural(each):  # "Mỗi cơ quan, đơn vị bố trí ...": each of the bodies the text charges
            # already (one body before it is no group to take one by one: the speaker of a request)
            return make_task(unit, text, each, support_of(unit, text, in_unit, vocab, after), after, True, each_rule,
                             (lead[0].start, cue_end))
        return make_task(unit, text, lead, support_of(unit, text, in_unit, vocab, after), after,
                         False, "subject", (lead[0].start, cue_end))
    if class_opening:
        return None  # "Người dùng cần bật ...", "Hộ gia đình phải ...": people, whoever the section's actor
    # An item under a heading that names its actor ("1. Sở Y tế:") is that actor's task,
    # whatever verb opens it.
    scope = ctx.scopes.actor_scope()
    under_actor_heading = scope is not None and scope.actor_rule == "actor_heading" and (
        unit.sub_item or scope.block is not None and scope.block.kind == "item" or ctx.normative)
    label = _SHORT_LABEL.match(opening)
    if label and not any(begin <= a.start < begin + label.end() for a in in_unit) and vocab.action_start.match(
            opening[label.end():]):
        # "Điểm quan trắc: Thực hiện quan trắc tại ...": a short label that names no body, then the action
        if vocab.non_directive_heading.match(opening) or vocab.basis.match(opening[label.end():]):
            return None  # "Đối tượng phải kê khai giá: ...", "Tần suất báo cáo: Thực hiện theo quy định tại ..."
        begin, opening = begin + label.end(), opening[label.end():]
    if any(a.start == begin and a.title and vocab.action_start.match(a.title) for a in in_unit):
        return None  # "Lãnh đạo Thành ủy ... đến tận nơi thăm hỏi ...": an office, not the verb "lãnh đạo",
        # whose clause named no task above
    if ctx.scopes.in_documents() or ctx.scopes.in_principles():
        return None  # "Hồ sơ bao gồm:" / "c) Báo cáo tổng kết kỹ thuật ...;": a file's paper; "1. Nguyên tắc ..."
        # / "- Việc kết nối phải bảo đảm ...": how a letter's addressees work, no body charged
    tagged = not ctx.scopes.in_components()  # parts listed: a verb by its tag is likely a noun misread
    starts_with_action = opens_with_action(opening, vocab, begin if tagged else None) or bool(
        tagged and unit.in_item and under_actor_heading and opening[:1].isupper() and len(opening.split()) >= 4
        and ":" not in " ".join(opening.split()[:6])) or (
            tagged and _next_tagged_action(unit, text, opening, begin, vocab, ctx))
    obligation = vocab.obligation.search(opening)
    has_obligation = bool(obligation) and not vocab.past.search(opening[: obligation.start()].rstrip())
    directive = ctx.scopes.directive()
    in_context = (directive or ctx.directive or ctx.previous_was_task or ctx.concludes and unit.in_item
                  and starts_with_action) and directive is not False
    if (starts_with_action or has_obligation) and in_context:
        if _reported_after_preface(opening, begin, in_unit, text, vocab):
            return None  # "Thực hiện nhiệm vụ được giao, Bộ X trong thời gian ngắn đã tích cực vào cuộc"
        lead, rule = ctx.inherited_lead(directs=bool(vocab.directs.match(opening)))
        if not lead or (ctx.normative and (rule in _NOT_IN_RULES or not starts_with_action)):
            return None
        if not starts_with_action and _case_rule(opening, vocab):
            return None  # "Trường hợp ... thì hồ sơ phải có ...": what is due in a case, a rule
        if rule in _NOT_IN_RULES and vocab.enactment.match(opening) and (
                unit.in_item or ctx.articled or rule == "document_addressee"):
            return None  # "1. Điều chỉnh danh mục dự án ...": what the decision itself does (a paragraph after
            # a request goes on with it: "Thành lập các đoàn công tác đi kiểm tra ...")
        if ctx.normative and all(_names_a_class(a, vocab) for a in lead):
            return None  # "Điều 11. Trách nhiệm của các tổ chức, cá nhân sử dụng điện": a rule for a class of people
        if ctx.normative and ctx.scopes.in_competences() and not _implements(opening, unit, text, vocab):
            return None  # "2. Quản lý về số lượng ..." under "Bộ Nội vụ có nhiệm vụ sau:": a standing competence
        if ctx.scopes.in_powers() and not _keeps_time(unit, text, vocab):
            return None  # "11. Ban hành Thông báo thu hồi đất ..." under "Thẩm quyền ... phân cấp cho ...": a
            # power handed over, whatever it issues
        if _only_accountable(text, begin, unit.end, vocab):
            return None  # "4. Chịu trách nhiệm trước thủ trưởng cơ quan về ...": accountability, no action
        if ((ctx.normative or ctx.scopes.in_article()) and vocab.grants.match(opening)
                and not _keeps_time(unit, text, vocab)):
            return None  # "a) Quyết định xác lập quyền sở hữu ..." under a body's heading: its power
        from_scope = scope is not None and rule == scope.actor_rule
        cue = scope.cue if from_scope else None
        support = support_of(unit, text, in_unit, vocab, begin)
        if from_scope:  # the partners its heading names too, and those of the lead-ins below it
            below = ctx.scopes.scopes[ctx.scopes.scopes.index(scope):]
            partners = [p for s in below if s is scope or not s.actor for p in s.support]
            support += [p for p in partners if all(p.name != t.name for t in support)]
        return make_task(unit, text, lead, support, begin, True, rule, cue)
    return None
