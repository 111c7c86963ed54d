"""Tasks: directive items and sentences, with lead, support, deadline and references.

A body block (paragraph or item) is cut into units: sentences, inline enumerations
"(1) ... (2) ...", and clauses after ";" or "để" that open with a new actor. A unit is
a task when it
- names an addressee after a directive verb ("yêu cầu Sở Y tế ..."),
- opens with an agency followed by a role, an obligation or an action ("Sở Nội vụ
  phối hợp ...", "Công an tỉnh có trách nhiệm ..."), or
- opens with an action verb or obligation marker inside a directive context (an item
  under "... nhiệm vụ sau:", "Giao:", or right after another task), inheriting its actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..patterns import CAPITALS, alternation
from ..resources import Resources
from ..structure import Block
from .agencies import FoundAgency, flatten

_SENTENCE_BREAK = re.compile(
    rf"(?<!\bTP)(?<!\bTp)(?<!\bThS)(?<!\bTS)(?<!\bV/v)(?<=[.!?…])[\"”’)]*\s+(?=[{CAPITALS}\"“(])"
)
_ENUMERATION = re.compile(r"(?:^|\s)\((?:\d{1,2}|[a-zđ])\)\s")
_DISCOURSE = re.compile(
    r"^(?:(?:Theo đó|Cụ thể|Đồng thời|Bên cạnh đó|Ngoài ra|Trong đó|Từ đó|Mặt khác|Tuy nhiên"
    r"|Vì vậy|Do đó|Riêng|Đối với|Trên cơ sở đó|Sau đó|Tiếp theo|Trước mắt)\s*,?\s*)+",
    re.IGNORECASE,
)
_AUTHORITY = re.compile(
    r"^(?:(?:Phó\s+)?(?:Chủ tịch|Thủ tướng|Bí thư)|UBND|Ủy ban nhân dân|Thường trực|"
    r"Thủ tướng Chính phủ|Chính phủ|Bộ trưởng|Ban Thường vụ|Bộ\s*$)",
    re.IGNORECASE,
)
_MEETING = re.compile(r"^\s*(?:làm việc với|họp|dự|tiếp(?!\s+(?:nhận|tục|thu|cận))|ban hành|ký"
                      r"|chủ trì\s+(?:cuộc\s+|buổi\s+)?(?:họp|hội nghị|làm việc|tiếp))(?![\wđ])",
                      re.IGNORECASE)
# "Về giải phóng mặt bằng: UBND huyện ... chủ trì": a topic label before the sentence.
_TOPIC_LABEL = re.compile(
    r"^(?:Về|Đối với|Dự án|Lĩnh vực|Công tác|Nhiệm vụ|Nội dung)\s[^:;.]{2,100}:\s+(?=[A-ZĐ])", re.IGNORECASE)
_RECURRENCE_OPENER = re.compile(
    r"^(?:định kỳ\s+)?(?:(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|quí|năm)|\d{1,2}\s+tháng(?:\s+một lần)?)"
    r"(?:\s*\([^)]{0,60}\))?\s*,?\s*", re.IGNORECASE)
_ANNOUNCES_LIST = re.compile(r"(?:như sau|các nội dung sau|nhiệm vụ sau|sau đây|dưới đây)\s*[:.]?$", re.IGNORECASE)
# "Các chủ rừng là tổ chức (Ban Quản lý rừng ..., Công ty ...) bố trí ...": an aside that
# describes or lists the subject, before its action
_ASIDE = re.compile(r"(?:\s+là\s+[^,;.()]{1,30}?)?\s*\([^()]{1,200}\)")
# "Điều 2. Nhiệm vụ của Ban Chỉ đạo": a heading giving the duties of the body it names
_DUTIES_OF = re.compile(r"[\s.:]*(?:Điều\s+\d+\s*[.:]\s*)?"
                        r"(?:Nhiệm vụ|Trách nhiệm|Nhiệm vụ,? quyền hạn|Chức năng,? nhiệm vụ)"
                        r"(?:\s+và\s+quyền hạn)?\s+của\s+", re.IGNORECASE)
_TIME_OPENER = re.compile(r"^(?:trong vòng|trong thời hạn|trước ngày|chậm nhất|định kỳ|hằng|hàng|sau khi|ngay sau)",
                          re.IGNORECASE)
_RECIPIENTS = re.compile(r"^(?:Kính gửi|Đồng kính gửi)\s*:?", re.IGNORECASE)
_ENUM_MARK = re.compile(r"^\((?:\d{1,2}|[a-zđ])\)\s*")
_SEPARATOR = re.compile(r"^(?:\s*[,;:]\s*|\s+và\s+|\s+cùng\s+|\s*-\s*|\s*\n\s*)$")

@dataclass
class Unit:
    start: int
    end: int
    text: str
    in_item: bool = False
    sub_item: bool = False  # a bullet or lettered item ("-", "+", "a)"), below a numbered one


@dataclass
class AssembledTask:
    start: int
    end: int
    text: str
    action_start: int
    lead: list[FoundAgency]
    support: list[FoundAgency]
    lead_inferred: bool
    section: str | None
    confidence: float
    optional_context: bool = False
    # Lines outside the task's text whose deadline belongs to it ("Thời gian thực hiện: ...",
    # the section heading), read when the task's own text states none.
    deadline_spans: list[tuple[int, int]] = field(default_factory=list)
    # A table's time cell ("Quý II/2024", "30/6/2024"): a deadline even without a cue word.
    deadline_cell: tuple[int, int] | None = None


@dataclass
class _Context:
    """What a unit without its own actor inherits."""

    document_lead: list[FoundAgency] = field(default_factory=list)
    section_lead: list[FoundAgency] = field(default_factory=list)
    intro_lead: list[FoundAgency] = field(default_factory=list)
    previous_lead: list[FoundAgency] = field(default_factory=list)
    directive: bool = False
    previous_was_task: bool = False
    section: str | None = None
    section_block: Block | None = None
    block_lead: list[FoundAgency] = field(default_factory=list)  # an earlier task of the same item
    non_directive_level: int | None = None


@dataclass(frozen=True)
class _Vocab:
    addressing: re.Pattern[str]
    action_start: re.Pattern[str]
    obligation: re.Pattern[str]
    after_subject: re.Pattern[str]
    support: re.Pattern[str]
    lead_role: re.Pattern[str]
    past: re.Pattern[str]
    intro: re.Pattern[str]
    basis: re.Pattern[str]
    non_directive_heading: re.Pattern[str]
    fields: dict[str, re.Pattern[str]]
    columns: dict[str, re.Pattern[str]]
    bare_subject: re.Pattern[str]
    closing: re.Pattern[str]


@lru_cache(maxsize=4)
def _vocab(resources: Resources) -> _Vocab:
    d = resources.directives
    compounds = alternation(d.get("compound_exceptions", []))
    not_compound = rf"(?!(?:{compounds})(?![\wđ]))"
    verbs = alternation(d["action_verbs"])
    obligations = alternation(d["obligation_markers"])
    roles = alternation(list(d.get("lead_roles", [])) + list(d["support_roles"]))
    addressing = alternation(d["addressing_verbs"])
    flags = re.IGNORECASE
    return _Vocab(
        addressing=re.compile(rf"(?<![\wđ]){not_compound}(?:{addressing})(?![\wđ])\s*:?\s*", flags),
        action_start=re.compile(rf"^{not_compound}(?:{verbs}|{obligations})(?![\wđ])", flags),
        obligation=re.compile(r"(?<![\wđ])(?:phải|cần|có trách nhiệm|chịu trách nhiệm)(?![\wđ])",
                              flags),
        after_subject=re.compile(
            # "các cơ quan, đơn vị không thực hiện lịch nghỉ cố định sẽ căn cứ ...": a restrictive
            # clause, then a modal, may sit between the subject and its action.
            rf"^\s*(?:(?:không|chưa|đang|được)\s[^;.:]{{0,100}}?\s(?=(?:sẽ|phải|cần)\s))?"
            rf"(?:(?:cũng|sẽ|tiếp tục|cần|phải|khẩn trương|chủ động|kịp thời|được giao|được phân công"
            rf"|(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|quí|năm)|định kỳ"
            rf"|là\s+cơ\s+quan\s+(?:thường trực|đầu mối|chủ trì|tham mưu)[^,;.]{{0,60}}?"
            rf"|(?:theo|căn cứ(?:\s+vào)?|trong phạm vi)\s+(?:đúng\s+)?(?:chức năng|thẩm quyền)[^;.:]{{0,60}}?"
            rf"|căn cứ)[\s,]+)*"
            # the action after a subject is in lowercase: "Ban Chỉ đạo" names a body, it directs nothing
            rf"(?-i:(?![{CAPITALS}])){not_compound}(?:{roles}|{obligations}|{verbs}|{addressing})(?![\wđ])",
            flags,
        ),
        support=re.compile(r"(?<![\wđ])(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với)?|cùng với|cùng)\s+",
                           flags),
        lead_role=re.compile(r"(?<![\wđ])chủ trì(?![\wđ])", flags),
        past=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('past_markers', ['đã']))})\s*$", flags),
        intro=re.compile(
            rf"(?:{alternation(d.get('directive_headings', []))})\s*(?:đây)?\s*:\s*$", flags
        ),
        basis=re.compile("^(?:" + "|".join(d.get("non_task_openers", [])) + ")", flags),
        non_directive_heading=re.compile(
            "^(?:" + "|".join(d.get("non_directive_headings", [])) + ")", flags),
        fields={role: re.compile("^(?:" + "|".join(labels) + r")\s*:\s*", flags)
                for role, labels in d.get("structured_fields", {}).items()},
        columns={role: re.compile("^(?:" + "|".join(labels) + r")\s*$", flags)
                 for role, labels in d.get("table_columns", {}).items()},
        # "doanh nghiệp rà soát ...": a generic noun standing for the addressee, not a name
        closing=re.compile("(?:" + "|".join(d.get("closing_formulas", [])) + ")" if d.get("closing_formulas")
                           else "(?!)", flags),
        bare_subject=re.compile(rf"^(?:các\s+)?(?:{alternation(resources.agency_patterns['units'])})\s+(?=\S)", flags),
    )


def split_units(block: Block, text: str) -> list[Unit]:
    """Cut a block into sentences and inline enumerations "(1) ... (2) ..."."""
    start = block.body_start
    body = text[start : block.end]
    cuts = {0}
    for m in _SENTENCE_BREAK.finditer(body):
        cuts.add(m.end())
    for m in _ENUMERATION.finditer(body):
        cuts.add(m.start() + (1 if m.group(0)[0].isspace() else 0))
    bounds = sorted(cuts) + [len(body)]
    units = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = body[a:b]
        stripped = piece.strip()
        if stripped:
            offset = start + a + piece.index(stripped[0])
            sub_item = bool(block.marker) and not re.match(r"\s*(?:\d|[IVXLC]+[.)])", block.marker)
            units.append(Unit(offset, offset + len(stripped), stripped, block.kind == "item", sub_item))
    return units


def _agencies_in(agencies: list[FoundAgency], start: int, end: int) -> list[FoundAgency]:
    return [a for a in agencies if start <= a.start and a.end <= end]


def _run_from(agencies: list[FoundAgency], text: str, pos: int, limit: int) -> list[FoundAgency]:
    """The agencies listed from ``pos`` on, separated only by commas, "và", ";"."""
    run: list[FoundAgency] = []
    cursor = pos
    for agency in agencies:
        if agency.start < cursor or agency.start >= limit:
            continue
        gap = text[cursor : agency.start]
        if gap and not _SEPARATOR.match(gap):
            break
        run.append(agency)
        cursor = agency.end
    return run


def _strip_opening(text: str, start: int, unit: Unit) -> int:
    """Offset after discourse openers ("Theo đó,", "Đồng thời,") of a unit."""
    enum = _ENUM_MARK.match(text[start : unit.end])
    start += enum.end() if enum else 0
    m = _DISCOURSE.match(text[start : unit.end])
    start += m.end() if m else 0
    topic = _TOPIC_LABEL.match(text[start : unit.end])
    return start + (topic.end() if topic else 0)


def _subject(unit: Unit, text: str, agencies: list[FoundAgency], vocab: _Vocab,
             begin: int) -> tuple[list[FoundAgency], int] | None:
    """Agencies opening the unit (maybe after a short adverbial phrase) and followed by a verb."""
    candidates = [begin]
    window_end = min(unit.end, begin + 110)
    comma = text.find(",", begin, window_end)
    if vocab.action_start.match(text[begin:unit.end]):
        comma = -1  # "Phối hợp với X, Y xây dựng ...": X, Y are partners, not the subject
    while comma > 0 and len(candidates) < 4:
        candidates.append(comma + 1)
        comma = text.find(",", comma + 1, window_end)
    for pos in candidates:
        while pos < unit.end and text[pos] == " ":
            pos += 1
        run = _run_from(agencies, text, pos, unit.end)
        if run and run[0].start == pos:
            after = run[-1].end
            aside = _ASIDE.match(text, after, unit.end)
            after = aside.end() if aside else after
            rest = text[after : unit.end]
            meeting = _MEETING.match(rest)
            if meeting and meeting.group(0).strip().lower() in {"ban hành", "ký"} and not _AUTHORITY.match(
                    run[0].text):
                meeting = None  # "Sở Nông nghiệp và Môi trường ban hành hướng dẫn" is a task
            if vocab.after_subject.match(rest) and not meeting:
                if len(run) > 1 and vocab.addressing.match(rest.lstrip()) and _AUTHORITY.match(run[-1].text):
                    run = run[:-1]  # "Đối với UBND các xã, Phó Chủ tịch UBND tỉnh đề nghị ...": the speaker
                return run, after
    return None


_LABEL_END = re.compile(r"\s*(?:\([^()]{0,120}\))?\s*:\s*")


def _labelled_actor(unit: Unit, text: str, agencies: list[FoundAgency],
                    begin: int) -> tuple[list[FoundAgency], int] | None:
    """An item labelled with its actor: "+ Sở KH&ĐT: chủ trì ...", "2. Công an tỉnh: xây dựng ..."."""
    if not unit.in_item:
        return None
    run = _run_from(agencies, text, begin, unit.end)
    if not run or run[0].start != begin:
        return None
    label = _LABEL_END.match(text, run[-1].end)
    if not label or label.end() >= unit.end:
        return None
    return run, label.end()


def _generic_addressee(text: str, pos: int, end: int, vocab: _Vocab) -> list[FoundAgency]:
    """A generic noun addressed without "các" ("Đề nghị doanh nghiệp thanh toán ..."), when an
    action follows it: it stands for the bodies the document speaks to."""
    noun = vocab.bare_subject.match(text[pos:end])
    if noun is None or not vocab.action_start.match(text[pos + noun.end() : end]):
        return []
    word = noun.group(0).strip()
    return [FoundAgency(word, word, pos, pos + len(word))]


def _addressees(unit: Unit, text: str, agencies: list[FoundAgency], vocab: _Vocab,
                begin: int) -> tuple[list[FoundAgency], int, bool] | None:
    """Agencies named right after a directive verb: "yêu cầu Sở Y tế ...", "giao X:"."""
    for m in vocab.addressing.finditer(text, begin, unit.end):
        verb = m.group(0).strip(" :").lower()
        before = text[unit.start : m.start()]
        if vocab.past.search(before):
            continue
        run = _run_from(agencies, text, m.end(), unit.end)
        if (not run or run[0].start > m.end() + 3) and verb in {"đề nghị", "yêu cầu", "giao"}:
            run = _generic_addressee(text, m.end(), unit.end, vocab)
        if not run or run[0].start > m.end() + 3:
            continue
        subject_before = _run_from(agencies, text, begin, m.start())
        if verb in {"chỉ đạo", "phân công", "đôn đốc", "lưu ý", "nhắc nhở"}:
            # "Tập đoàn X chỉ đạo các đơn vị ..." is the Tập đoàn's own task; only an
            # authority (UBND, Chủ tịch, Thủ tướng, the issuer) addresses others this way.
            prefix = _DISCOURSE.sub("", text[begin : m.start()].strip(), count=1)
            if not prefix or not (_AUTHORITY.match(prefix) or (subject_before and _AUTHORITY.match(
                    subject_before[0].text))):
                continue
        return run, run[-1].end, True
    return None


def _support(unit: Unit, text: str, agencies: list[FoundAgency], vocab: _Vocab,
             after: int) -> list[FoundAgency]:
    support: list[FoundAgency] = []
    for m in vocab.support.finditer(text, after, unit.end):
        for agency in _run_from(agencies, text, m.end(), unit.end):
            if agency not in support:
                support.append(agency)
    return support


def _split_clauses(unit: Unit, text: str, agencies: list[FoundAgency], vocab: _Vocab) -> list[Unit]:
    """Split at ";" or "để" when the next clause names a new actor or a new directive."""
    cuts = [unit.start]
    for m in vocab.addressing.finditer(text, unit.start, unit.end):
        if m.group(0).rstrip().endswith(":") and m.end() < unit.end - 3:
            cuts.append(m.end())
    for m in re.finditer(r";\s+|\s+để\s+|:\s+(?=[A-ZĐ])|,\s+(?:còn|trong khi đó|đồng thời)\s+",
                         text[unit.start : unit.end]):
        pos = unit.start + m.end()
        sep = m.group(0).strip()
        rest = text[pos : unit.end]
        new_actor = _subject(Unit(pos, unit.end, rest), text, agencies, vocab, pos)
        directive = sep == ";" and vocab.addressing.match(rest) and _addressees(
            Unit(pos, unit.end, rest), text, agencies, vocab, pos)
        obligation = sep == ";" and vocab.obligation.search(" ".join(rest.split()[:7]))
        if sep == ":" and not directive:
            continue
        if sep == ";" and _only_agencies(text, agencies, cuts[-1], unit.start + m.start()):
            continue  # "Sở Y tế; Công an tỉnh; UBND các huyện ... triển khai": one list of actors
        if new_actor or directive or obligation:
            cuts.append(pos)
    if len(cuts) == 1:
        return [unit]
    bounds = sorted(set(cuts)) + [unit.end]
    pieces = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = text[a:b].rstrip(" ;,")
        if piece.endswith(" để"):
            piece = piece[:-3]
        if piece.strip():
            pieces.append(Unit(a, a + len(piece), piece, unit.in_item, unit.sub_item))
    return pieces


def _is_lead_in(unit: Unit, following: Unit | None, text: str, vocab: _Vocab) -> bool:
    """A unit ending with ":" that only introduces what follows ("Chủ tịch UBND tỉnh yêu cầu:")."""
    body = text[unit.start : unit.end].rstrip()
    if following is None and _ANNOUNCES_LIST.search(body):
        return True  # "Sở Y tế yêu cầu các đơn vị triển khai các nội dung sau" (the colon forgotten)
    if not body.endswith(":"):
        return False
    if following is None or _ENUM_MARK.match(following.text):
        return True
    return any(m.end() >= len(body) for m in vocab.addressing.finditer(body))


def _only_agencies(text: str, agencies: list[FoundAgency], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is nothing but a list of agencies (after an opener)."""
    begin = start + len(text[start:end]) - len(_DISCOURSE.sub("", text[start:end], count=1))
    run = _run_from(agencies, text, begin, end)
    return bool(run) and run[0].start == begin and not text[run[-1].end : end].strip(" ,;")


def _is_heading_item(block: Block) -> bool:
    """A heading written as an item: an article's title ("Điều 2. Nhiệm vụ của Ban Chỉ đạo"),
    a short lead-in ending with ":", or a topic "Về ..."."""
    body = block.text[len(block.marker or "") :].strip()
    words = len(body.split())
    if (block.marker or "").startswith("Điều"):
        return words <= 16 and not body.endswith((".", ";"))
    return (body.endswith(":") and words <= 14) or block.kind == "heading" or (
        body.startswith(("Về ", "VỀ ")) and words <= 14)


def assemble_tasks(
    text: str,
    blocks: list[Block],
    agencies: list[FoundAgency],
    resources: Resources,
    document_lead: list[FoundAgency],
) -> list[AssembledTask]:
    """Tasks of a document body, in text order."""
    vocab = _vocab(resources)
    ctx = _Context(document_lead=document_lead)
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
            row = _table_row(block, text, table)
            if row is not None:
                task = _row_task(row, text, agencies, ctx)
                if task is not None:
                    tasks.append(task)
                continue
            table = None
        header = _table_header(block, text, vocab)
        if header is not None:
            table = header
            continue
        if _RECIPIENTS.match(block.text):
            in_recipients = True
            continue
        if in_recipients and (block.kind == "item" or block.text.rstrip().endswith((";", ","))):
            continue  # "- Sở Tài chính;" under "Kính gửi:" names an addressee, not a task
        in_recipients = False
        labelled = _structured_field(block, text, vocab)
        if not labelled and not fields:
            body_end = block.end
        if labelled:
            role, span = labelled
            fields.setdefault(role, span)
            previous = block
            continue
        if fields:
            _apply_fields(fields, tasks, group_start, text, agencies, ctx, body_end)
            fields, group_start = {}, len(tasks)
        if block.kind == "heading" or (block.kind == "item" and (
                _is_heading_item(block) or _is_actor_heading(block, text, agencies)
                or _is_content_heading(block, following_block, text, agencies, vocab))):
            _open_section(block, text, agencies, vocab, ctx)
            group_start = len(tasks)
            previous = block
            continue
        if block.kind == "paragraph" and not (previous and previous is ctx.section_block):
            ctx.section_lead = []
            if not ctx.previous_was_task:
                ctx.directive = False
        previous = block
        tasks.extend(_block_tasks(block, text, agencies, vocab, ctx))
    if fields:
        _apply_fields(fields, tasks, group_start, text, agencies, ctx, body_end)
    return tasks


def _block_tasks(block: Block, text: str, agencies: list[FoundAgency], vocab: _Vocab,
                 ctx: _Context) -> list[AssembledTask]:
    """The tasks of one paragraph or item, updating the context for what follows."""
    units: list[Unit] = []
    for unit in split_units(block, text):
        units.extend(_split_clauses(unit, text, agencies, vocab))
    # A whole item is one task unless it names several actors.
    if block.kind == "item" and len(units) > 1:
        units = _merge_item_units(units, text, agencies, vocab)
    tasks: list[AssembledTask] = []
    ctx.block_lead = []
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        if _is_lead_in(unit, following, text, vocab):
            _open_intro(unit, text, agencies, vocab, ctx)
            continue
        task = _unit_task(unit, text, agencies, vocab, ctx)
        if task is None:
            if text[unit.start : unit.end].rstrip().endswith(":"):
                _open_intro(unit, text, agencies, vocab, ctx)
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
            _open_intro(unit, text, agencies, vocab, ctx)
    if block.kind == "paragraph" and not tasks and not block.text.endswith(":"):
        ctx.previous_was_task = False
    return tasks


def _heading_level(block: Block) -> int:
    """1 for a heading in capitals or a Roman-numbered one, 2 for a numbered item, 3 below."""
    marker = (block.marker or "").strip()
    if block.kind == "heading" or re.fullmatch(r"[IVXLC]+[.)]", marker):
        return 1
    return 2 if re.fullmatch(r"\d{1,2}[.)]", marker) else 3


def _open_section(block: Block, text: str, agencies: list[FoundAgency], vocab: _Vocab,
                  ctx: _Context) -> None:
    """A heading starts a section: its actor, whether its items are assignments."""
    level = _heading_level(block)
    body = text[block.body_start : block.end].strip()
    if vocab.non_directive_heading.match(body):
        if ctx.non_directive_level is None or level <= ctx.non_directive_level:
            ctx.non_directive_level = level
    elif ctx.non_directive_level is not None and level <= ctx.non_directive_level:
        ctx.non_directive_level = None
    ctx.section = block.text
    ctx.section_block = block
    heading_agencies = _agencies_in(agencies, block.body_start, block.end)
    owner = _DUTIES_OF.match(text, block.body_start, block.end)
    start = owner.end() if owner else block.body_start  # "Điều 2. Nhiệm vụ của Ban Chỉ đạo"
    opening = _run_from(heading_agencies, text, start, block.end)
    ctx.section_lead = flatten(opening) if opening and opening[0].start <= start + 1 else []
    if block.kind == "heading" and ctx.section_lead and _AUTHORITY.match(ctx.section_lead[0].text):
        ctx.section_lead = []  # "ỦY BAN NHÂN DÂN TỈNH ..." above "QUYẾT ĐỊNH:" enacts; it is given nothing
    ctx.directive = ctx.directive or bool(vocab.intro.search(block.text)) or block.kind == "item"
    ctx.intro_lead = [] if block.kind == "heading" else ctx.intro_lead


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,5}|[a-zđ])[.)]\s")
_BULLET = re.compile(r"^\s*[-+•–—*·▪►○●]\s")


def _is_actor_heading(block: Block, text: str, agencies: list[FoundAgency]) -> bool:
    """A numbered item that only names an actor ("1. Trung tâm Kiểm soát bệnh tật tỉnh", "2. Các bệnh viện"):
    the items below it are that actor's tasks."""
    if not block.marker or not _NUMBERED.match(block.marker):
        return False
    end = block.end
    while end > block.body_start and text[end - 1] in " :.;":
        end -= 1
    return _only_agencies(text, agencies, block.body_start, end)


def _is_content_heading(block: Block, following: Block | None, text: str,
                        agencies: list[FoundAgency], vocab: _Vocab) -> bool:
    """A numbered title of a content item ("1. Giám sát, phát hiện sớm và xử lý ổ dịch")
    followed by its body: a paragraph, bullets or deeper numbering, not the next item."""
    if following is None or not block.marker or not _NUMBERED.match(block.marker):
        return False
    body = text[block.body_start : block.end].strip()
    if not body or body[-1] in ".;:!?…" or len(body.split()) > 16:
        return False
    if following.kind == "item" and not _BULLET.match(following.marker or ""):
        depth = (following.marker or "").strip().count(".")
        if depth <= (block.marker or "").strip().count("."):
            return False
    unit = Unit(block.body_start, block.end, body, True)
    in_block = _agencies_in(agencies, block.body_start, block.end)
    return not (_subject(unit, text, in_block, vocab, block.body_start)
                or _addressees(unit, text, in_block, vocab, block.body_start))




def _cells(block: Block, text: str) -> list[tuple[int, int]]:
    """Spans of the cells of a flattened table row ("1 | Rà soát ... | Sở Nội vụ | | Quý II/2024")."""
    spans, cursor = [], block.start
    for part in text[block.start : block.end].split("|"):
        stripped = part.strip()
        start = cursor + (part.index(stripped) if stripped else 0)
        spans.append((start, start + len(stripped)))
        cursor += len(part) + 1
    return spans


def _table_header(block: Block, text: str, vocab: _Vocab) -> dict[str, int] | None:
    """Column roles of a task table's header row: content, lead, support, deadline."""
    if "|" not in block.text:
        return None
    roles: dict[str, int] = {}
    for index, (start, end) in enumerate(_cells(block, text)):
        label = " ".join(text[start:end].split())
        for role, pattern in vocab.columns.items():
            if role not in roles and pattern.match(label):
                roles[role] = index
                break
    return roles if "content" in roles and ("lead" in roles or "deadline" in roles) else None


def _table_row(block: Block, text: str, table: dict[str, int]) -> dict[str, tuple[int, int]] | None:
    """The cells of a row under a task table's header, by role; None when the table has ended."""
    if "|" not in block.text:
        return None
    cells = _cells(block, text)
    return {role: cells[index] for role, index in table.items() if index < len(cells)}


def _row_task(row: dict[str, tuple[int, int]], text: str, agencies: list[FoundAgency],
              ctx: _Context) -> AssembledTask | None:
    """A row of a task table: its content is the task, its columns name lead, support, deadline.

    A row with content but no actor and no time ("II | CÔNG TÁC TUYÊN TRUYỀN") is a group title."""
    content = row.get("content")
    if content is None or content[0] == content[1]:
        return None
    lead = flatten(_agencies_in(agencies, *row["lead"])) if "lead" in row else []
    support = flatten(_agencies_in(agencies, *row["support"])) if "support" in row else []
    timing = row.get("deadline")
    if not lead and not (timing and timing[0] < timing[1]):
        ctx.section = text[content[0] : content[1]]
        return None
    inferred = not lead
    lead = lead or ctx.section_lead or ctx.intro_lead or ctx.document_lead
    if not lead:
        return None
    start, end = min(span[0] for span in row.values()), max(span[1] for span in row.values())
    task = _make(Unit(start, end, text[start:end], True), text, lead, support, content[0], inferred, 0.8)
    task.section = ctx.section
    if timing and timing[0] < timing[1]:
        task.deadline_cell = timing
    return task


def _structured_field(block: Block, text: str, vocab: _Vocab) -> tuple[str, tuple[int, int]] | None:
    """A labelled line of a structured plan: ("lead", span of "Sở Y tế") for "- Cơ quan chủ trì: Sở Y tế"."""
    body = text[block.body_start : block.end]
    for role, pattern in vocab.fields.items():
        m = pattern.match(body)
        if m:
            return role, (block.body_start + m.end(), block.end)
    return None


def _apply_fields(fields: dict[str, tuple[int, int]], tasks: list[AssembledTask], first: int, text: str,
                  agencies: list[FoundAgency], ctx: _Context, body_end: int) -> None:
    """Give the tasks since ``first`` the actors and timing of the labelled lines below them.

    When no task precedes them in their section, the section's content item (its heading
    and body up to ``body_end``) is the task."""
    lead = flatten(_agencies_in(agencies, *fields["lead"])) if "lead" in fields else []
    support = flatten(_agencies_in(agencies, *fields["support"])) if "support" in fields else []
    described = tasks[first:]
    if not described and ctx.section_block is not None and (lead or support):
        start, end = ctx.section_block.body_start, max(ctx.section_block.end, body_end)
        task = _make(Unit(start, end, text[start:end], True), text, lead, support, start, False, 0.75)
        task.section = ctx.section
        tasks.append(task)
        described = [task]
    for task in described:
        if lead and (task.lead_inferred or not task.lead):
            task.lead, task.lead_inferred = lead, False
        if support and not task.support:
            task.support = [s for s in support if all(s.name != a.name for a in task.lead)]
        if "deadline" in fields:
            task.deadline_spans.insert(0, fields["deadline"])
    if lead:
        ctx.previous_lead = lead


def _open_intro(unit: Unit, text: str, agencies: list[FoundAgency], vocab: _Vocab,
                ctx: _Context) -> None:
    """A lead-in ending with ":" opens a directive context for the items below it."""
    found = _addressees(unit, text, agencies, vocab, unit.start)
    ctx.intro_lead = found[0] if found else ctx.intro_lead
    if found or vocab.intro.search(text[unit.start : unit.end]) or vocab.addressing.search(
            text[unit.start : unit.end]):
        ctx.directive = True
        ctx.previous_was_task = True


def _opens_with_action(opening: str, vocab: _Vocab) -> bool:
    """Whether a clause opens with an action, maybe after a short time phrase
    ("Định kỳ hàng quý, báo cáo ...", "Trước ngày 05 hằng tháng, báo cáo ...")."""
    if vocab.action_start.match(opening):
        return True
    timing = _RECURRENCE_OPENER.match(opening)
    if timing and vocab.action_start.match(opening[timing.end() :]):
        return True  # "Định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo ..."
    comma = opening.find(",")
    limit = 14 if _TIME_OPENER.match(opening) else 6
    if comma <= 0 or len(opening[:comma].split()) > limit:
        return False
    rest = opening[comma + 1 :].lstrip()
    subject = vocab.bare_subject.match(rest) if _TIME_OPENER.match(opening) else None
    return bool(vocab.action_start.match(rest[subject.end() if subject else 0 :]))


def _merge_item_units(units: list[Unit], text: str, agencies: list[FoundAgency],
                      vocab: _Vocab) -> list[Unit]:
    merged = [units[0]]
    for unit in units[1:]:
        begin = _strip_opening(text, unit.start, unit)
        own_actor = _subject(unit, text, agencies, vocab, begin) or _addressees(
            unit, text, agencies, vocab, begin)
        last = merged[-1]
        new_sentence = text[last.start : unit.start].rstrip()[-1:] in ".!?" and unit.text[:1].isupper()
        # Sentences of one item stay one task unless a sentence brings its own timing or
        # partners: "Trước ngày 05 hằng tháng, báo cáo ...", "Phối hợp với X điều tra ...".
        opening = text[begin : unit.end]
        own_terms = new_sentence and _opens_with_action(opening, vocab) and (
            not vocab.action_start.match(opening) or vocab.support.match(opening))
        if own_actor or own_terms:
            merged.append(unit)
        else:
            last = merged[-1]
            merged[-1] = Unit(last.start, unit.end, text[last.start : unit.end], True, last.sub_item)
    return merged


def _unit_task(unit: Unit, text: str, agencies: list[FoundAgency], vocab: _Vocab,
               ctx: _Context) -> AssembledTask | None:
    begin = _strip_opening(text, unit.start, unit)
    opening = text[begin : unit.end]
    if vocab.closing.search(opening):
        return None
    in_unit = _agencies_in(agencies, unit.start, unit.end)

    labelled = _labelled_actor(unit, text, in_unit, begin)
    if labelled:
        lead, after = labelled
        return _make(unit, text, lead, _support(unit, text, in_unit, vocab, after), after, False, 0.85)
    addressed = _addressees(unit, text, in_unit, vocab, unit.start)
    if addressed:
        lead, after, _ = addressed
        lead_role = vocab.lead_role.search(text, after, unit.end)
        return _make(unit, text, lead, _support(unit, text, in_unit, vocab, after),
                     after, False, 0.9 if lead_role or after < unit.end else 0.85)
    if vocab.basis.match(opening):
        return None
    subject = _subject(unit, text, in_unit, vocab, begin)
    if subject:
        lead, after = subject
        if vocab.past.search(text[after : after + 12]) or re.match(r"\s*(?:đã|vừa|đang)\b",
                                                                    text[after : unit.end]):
            return None
        return _make(unit, text, lead, _support(unit, text, in_unit, vocab, after), after,
                     False, 0.8)
    # An item under a heading that names its actor ("1. Sở Y tế:") is that actor's task,
    # whatever verb opens it.
    starts_with_action = _opens_with_action(opening, vocab) or bool(
        unit.sub_item and ctx.section_lead and opening[:1].isupper() and len(opening.split()) >= 4
        and ":" not in " ".join(opening.split()[:6]))
    obligation = vocab.obligation.search(opening)
    has_obligation = bool(obligation) and not vocab.past.search(opening[: obligation.start()].rstrip())
    in_context = (ctx.directive or ctx.previous_was_task) and ctx.non_directive_level is None
    if (starts_with_action or has_obligation) and in_context:
        lead = ctx.block_lead or ctx.section_lead or ctx.intro_lead or ctx.previous_lead or ctx.document_lead
        if not lead:
            return None
        return _make(unit, text, lead, _support(unit, text, in_unit, vocab, begin), begin,
                     True, 0.7 if unit.in_item else 0.6)
    return None


def _make(unit: Unit, text: str, lead: list[FoundAgency], support: list[FoundAgency],
          action_start: int, inferred: bool, confidence: float) -> AssembledTask:
    lead, support = flatten(lead), flatten(support)
    support = [s for s in support if all(s.name != a.name for a in lead)]
    return AssembledTask(
        start=unit.start, end=unit.end, text=text[unit.start : unit.end],
        action_start=action_start, lead=lead, support=support, lead_inferred=inferred,
        section=None, confidence=confidence,
    )
