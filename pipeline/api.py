"""Public API: ``extract(path)`` and ``extract_text(text)`` return a validated DocumentResult."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from .crawl_stamp import read_crawl_stamp, stamp_year
from .errors import ExtractionError
from .extractors.agencies import PLACE_LEVELS, FoundAgency, council_of, find_agencies, name_stops
from .extractors.aliases import complete_addressee_names, name_the_addressees, resolve_aliases
from .extractors.deadline_choice import choose_deadline
from .extractors.deadlines import FoundDeadline, find_deadlines
from .extractors.issuer import issuer_from_notation, proper_case
from .extractors.metadata import Metadata, extract_metadata, type_of_number
from .extractors.name_bounds import (
    cut_at_predicates,
    extend_groups,
    join_bare_units,
    join_belonging,
    join_listed_sectors,
    join_owners,
    office_words,
    role_verbs,
    take_lowercase_sectors,
    unit_nouns,
)
from .extractors.references import FoundReference
from .extractors.shared_tails import share_tails
from .extractors.spelled_groups import spell_out_groups
from .extractors.tasks import AssembledTask, assemble_tasks
from .extractors.tasks.vocab import Vocab, compile_vocab
from .inputs import shown
from .language import check_vietnamese
from .limits import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES, check_chars
from .nlp import annotate
from .normalize import canonical_pages, normalization_steps
from .parsers import RawDocument, ReadOptions, parse_bytes, read_document
from .parsers.text import text_document
from .patterns import CAPITALS
from .repair import repair_text
from .resources import Resources, load_resources
from .schema import (
    Agency,
    Deadline,
    DocumentMeta,
    DocumentResult,
    Reference,
    Span,
    Task,
    document_id,
    task_id,
)
from .source_name import number_from_name
from .stages import stage
from .structure import Block, Layout, analyse_layout
from .words import WordIndex

# A rule the calibration table does not know yet (models/rule_precision.tsv).
DEFAULT_CONFIDENCE = 0.5
# a place by its level and its name: "huyện Nam Đông", "tỉnh Sơn La"
_NAMED_PLACE = re.compile(rf"(?:{PLACE_LEVELS})[ \t]+[{CAPITALS}][\wđ]*(?:[ \t]+[{CAPITALS}][\wđ]*){{0,3}}")
# what separates the addressees of one line: "Kính gửi: - Sở A; - Sở B", "gửi các sở, ban, ngành và UBND các huyện"
_ADDRESSEE_GAP = re.compile(r"(?:[\s,;:–\-+]|(?<![\wđ])và(?![\wđ]))*")
_ADDRESSED = re.compile(r"(?:Kính gửi\s*:?|(?<![\wđ])điện\s*:|làm việc với|gửi)\s*", re.IGNORECASE)


def extract(path: str | Path, *, models_dir: str | None = None,
            tokens: str = "underthesea", max_chars: int | None = DEFAULT_MAX_CHARS,
            max_pages: int | None = DEFAULT_MAX_PAGES, max_bytes: int | None = DEFAULT_MAX_BYTES,
            password: str | None = None) -> DocumentResult:
    """Extract the tasks of one file (txt, and the formats the parsers support).

    ``password`` opens an encrypted PDF. A file of more than ``max_bytes`` bytes fails before it
    is read, a document of more than ``max_pages`` pages before its pages are laid out (LimitError;
    None: no limit).

    >>> result = extract("corpus/000_8090ff3dc2291dd3.txt")
    >>> result.tasks[0].lead[0].name
    'Sở Kế hoạch và Đầu tư'
    """
    raw = read_document(path, ReadOptions(password=password, max_pages=max_pages, max_bytes=max_bytes))
    return extract_raw(raw, source=shown(path), models_dir=models_dir, tokens=tokens, max_chars=max_chars)


def extract_bytes(data: bytes, *, source: str = "stdin", models_dir: str | None = None,
                  tokens: str = "underthesea", max_chars: int | None = DEFAULT_MAX_CHARS) -> DocumentResult:
    """Extract the tasks of a document given as bytes (a pipe, an upload), its format told from
    the content; ``source`` names it in the output and in error messages.

    >>> extract_bytes("UBND tỉnh giao Sở Y tế chủ trì.".encode()).document.source
    'stdin'
    """
    raw = parse_bytes(data, Path(source))
    return extract_raw(raw, source=source, models_dir=models_dir, tokens=tokens, max_chars=max_chars)


def extract_text(text: str, *, source: str | None = None, models_dir: str | None = None,
                 tokens: str = "underthesea", max_chars: int | None = DEFAULT_MAX_CHARS) -> DocumentResult:
    """Extract the tasks of a text given as a string, read as the same text in a ``.txt`` file is.

    >>> extract_text("UBND tỉnh giao Sở Y tế chủ trì xây dựng kế hoạch.").tasks[0].lead[0].name
    'Sở Y tế'
    """
    return extract_raw(text_document(text), source=source, models_dir=models_dir,
                       tokens=tokens, max_chars=max_chars)


def read_metadata(path: str | Path, *, models_dir: str | None = None, password: str | None = None) -> Metadata:
    """The type, number, dates, issuer, signer and title of a file, without task extraction
    (no word analysis: fast enough for a whole library's index). ``password`` opens an encrypted PDF.

    >>> read_metadata("corpus/000_8090ff3dc2291dd3.txt").issuer
    'UBND tỉnh Bình Định'
    """
    raw = read_document(path, ReadOptions(password=password))
    return _read_document(_repaired(raw), shown(path), load_resources(models_dir))[3]


def _read_document(raw: RawDocument, source: str | None, resources: Resources
                   ) -> tuple[str, list[int], Layout, Metadata, list[str]]:
    """Canonical text, page starts, layout, metadata and the warnings of reading them."""
    annex_headings = (*resources.layout["annex_headings"], *(t.name for t in resources.document_types))
    text, page_starts = canonical_pages(raw.text, raw.page_breaks,
                                        normalization_steps(resources.line_joining, annex_headings,
                                                            resources.flat_tables))
    if not text.strip():
        raise ExtractionError("the document has no text after normalisation", path=source)
    doc_types = [t.name for t in resources.document_types] + ["Công điện", "Thông cáo báo chí"]
    layout = analyse_layout(text, doc_types, resources)
    meta = extract_metadata(text, layout, resources)
    warnings = _apply_source_facts(meta, raw, text, source, resources)
    return text, page_starts, layout, meta, warnings


def extract_raw(raw: RawDocument, *, source: str | None = None, models_dir: str | None = None,
                tokens: str = "underthesea", max_chars: int | None = DEFAULT_MAX_CHARS) -> DocumentResult:
    """Normalise, structure, annotate and assemble one parsed document.

    ``tokens="whitespace"`` skips word segmentation and POS tagging (the ablation): task
    assembly then knows verbs only from the closed lists of ``models/directives.yaml``.
    A text of more than ``max_chars`` characters (None: no limit) fails with a LimitError."""
    check_chars(raw.text, max_chars, source)
    resources = load_resources(models_dir)
    raw = _repaired(raw)
    language = check_vietnamese(raw.text, source, models_dir)  # noise fails here, before the work
    if language:
        raw = dataclasses.replace(raw, warnings=raw.warnings + language)
    with stage("extract", source, "normalising and structuring the text"):
        text, page_starts, layout, meta, warnings = _read_document(raw, source, resources)
    with stage("extract", source, "extracting tasks"):
        return _extract_tasks(raw, source, models_dir, tokens, resources,
                              (text, page_starts, layout, meta, warnings))


def _repaired(raw: RawDocument) -> RawDocument:
    """The parsed text without NUL characters and lone surrogates, the repair in its warnings,
    and without a crawler's date stamp (:mod:`crawl_stamp`)."""
    text, repaired = repair_text(raw.text)
    if repaired:
        raw = RawDocument(text=text, format=raw.format, page_breaks=raw.page_breaks, meta=raw.meta,
                          warnings=raw.warnings + repaired)
    return read_crawl_stamp(raw)


def _extract_tasks(raw: RawDocument, source: str | None, models_dir: str | None, tokens: str,
                   resources: Resources, read: tuple[str, list[int], Layout, Metadata, list[str]]
                   ) -> DocumentResult:
    """Annotate the canonical text and assemble its tasks into the result."""
    text, page_starts, layout, meta, warnings = read
    doc = annotate(text, year=meta.year, issued=meta.issued_date, models_dir=models_dir, tokens=tokens)
    # The document's own number is no citation of another document, also where its annex says it is
    # attached to it ("Kèm theo Quyết định số 1627/QĐ-UBND ..." under the annex's title).
    # What a web page prints after the document (related documents, the site's notices) cites nothing.
    page_end = layout.end if layout.end is not None else len(text)
    references = [s._.found for s in doc.spans["references"]
                  if layout.header_end <= s._.found.start < page_end
                  and s._.found.number != meta.number]
    words = WordIndex.from_doc(doc, models_dir)
    agencies = extend_groups(cut_at_predicates([s._.found for s in doc.spans["agencies"]], text, words, resources),
                             text, words, name_stops(resources), unit_nouns(resources), role_verbs(resources),
                             compile_vocab(resources).obligation, office_words(resources))
    agencies = join_listed_sectors(join_belonging(agencies, text, resources), text, words, resources)
    agencies = take_lowercase_sectors(agencies, text, resources)
    agencies = spell_out_groups(join_bare_units(agencies, text, resources), text)
    agencies = complete_addressee_names(share_tails(agencies, text, resources), text, resources)
    agencies = name_the_addressees(join_owners(agencies, text, resources), text)
    agencies = resolve_aliases(agencies, text, resources)
    deadlines = [s._.found for s in doc.spans["deadlines"]]
    document_lead, issuer_only = _document_addressees(text, layout, agencies, meta, resources)
    body = layout.blocks if layout.doc_heading or layout.letter else _without_headlines(layout.blocks)
    heading = layout.doc_heading or _type_name(meta.number, resources)
    assembled = assemble_tasks(text, body, agencies, resources, document_lead,
                               layout.annexes, f"{heading} {meta.title or ''}".strip() if heading else None,
                               verb_at=words.verb_at, tag_at=words.tag_at, issuer_only=issuer_only,
                               issuer=(meta.issuer or "") if meta.doc_type != "press_release" else None,
                               year=meta.year, number=meta.number)
    doc_id = document_id(text)
    page_of = _page_lookup(raw, page_starts)
    for task in assembled:
        if task.deadline_cell is not None:
            deadlines.extend(_cell_deadlines(text, task.deadline_cell, deadlines, resources, meta))
    tasks = [_to_task(t, text, doc_id, deadlines, references, page_of, resources) for t in assembled]
    warnings = list(raw.warnings) + warnings
    if not tasks:
        warnings.append("no tasks found")
    return DocumentResult(
        document=DocumentMeta(
            id=doc_id, source=source, format=raw.format, doc_type=meta.doc_type,
            number=meta.number, issued_date=meta.issued_date, issued_year=meta.issued_year, issuer=meta.issuer,
            signer=meta.signer, title=meta.title, recipients=meta.recipients,
            pages=raw.pages, text=text,
        ),
        references=[_to_reference(r, text) for r in references],
        tasks=tasks,
        warnings=warnings,
    )


def _document_addressees(text: str, layout: Layout, agencies: list[FoundAgency], meta: Metadata,
                         resources: Resources) -> tuple[list[FoundAgency], bool]:
    """Who a document speaks to when an item names nobody: "Kính gửi", the title, the issuer;
    and whether it is only the issuer (which a plan's coordinator then replaces)."""
    head_end = min(len(text), max(layout.header_end, 0) + 700)
    for m in _ADDRESSED.finditer(text, 0, head_end):
        following = [a for a in agencies if m.end() <= a.start < m.end() + 6]
        if following:
            run = [following[0]]
            for a in agencies:
                gap = text[run[-1].end : a.start]
                if a.start > run[-1].end and _ADDRESSEE_GAP.fullmatch(gap) and "\n\n" not in gap:
                    run.append(a)
            if m.group(0).lower().startswith("làm việc"):  # the counterpart of a meeting
                run = [_counterpart(a, resources) for a in run]
            return run, False
        place = _NAMED_PLACE.match(text, m.end()) if m.group(0).lower().startswith("làm việc") else None
        if place:  # "... buổi làm việc với huyện Nam Đông": the district's council
            council = council_of(place.group(0), resources.agency_patterns.get("place_council", "UBND"))
            return [FoundAgency(place.group(0), council, place.start(), place.end())], False
    if meta.title:
        in_title = find_agencies(meta.title, resources)
        before = meta.title[: meta.title.rstrip().rfind(in_title[-1].text)] if in_title else ""
        if (in_title and meta.title.rstrip().endswith(in_title[-1].text)
                and not _AUTHOR.match(before) and not _QUALIFIED.search(before)):
            # "... LÀM VIỆC VỚI LÃNH ĐẠO TỈNH SƠN LA": the counterpart; "KẾT LUẬN CỦA ĐỒNG CHÍ
            # CHÁNH VĂN PHÒNG ...": the author, who speaks, not whom the document addresses
            return [_counterpart(in_title[-1], resources)], False
    if meta.issuer:
        issuer = find_agencies(meta.issuer, resources)
        if issuer:
            return [issuer[0]], True
    return [], True


# a body the title names as what another belongs to ("... TRUNG TÂM ... THUỘC VĂN PHÒNG UBND
# THÀNH PHỐ"), or the tail of a name read apart from its first word ("ỦY | BAN NHÂN DÂN ...")
_QUALIFIED = re.compile(r"(?<![\wđ])(?:thuộc|ủy|uỷ)\s*$", re.IGNORECASE)

# a title that only names its author: "(KẾT LUẬN) CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG"
_AUTHOR = re.compile(r"^\W*(?:(?:ý kiến\s+)?kết luận\s+)?của\s+(?:đồng chí\s+)?$", re.IGNORECASE)


def _counterpart(agency: FoundAgency, resources: Resources) -> FoundAgency:
    """The body a title says the document was made with: "... LÀM VIỆC VỚI LÃNH ĐẠO TỈNH SƠN LA"
    is the province's, written as a name ("tỉnh Sơn La"), not in the title's capitals."""
    name = proper_case(agency.name, resources)
    prefixes = resources.directives.get("counterpart_prefixes", [])
    name = re.sub(rf"^(?:{'|'.join(prefixes) or '(?!)'})\s+", "", name, flags=re.IGNORECASE)
    name = name[:1].upper() + name[1:]
    return FoundAgency(agency.text, name, agency.start, agency.end, agency.title, agency.successor)


def _type_name(number: str | None, resources: Resources) -> str | None:
    """The type a number spells when the heading was not read: "115/2003/NĐ-CP" is a Nghị định."""
    entry = type_of_number(number, resources)
    return entry.name if entry else None


# a time cell is a phrase ("Quý II/2024", "Trước ngày 15/12 hằng năm và khi có yêu cầu"), not prose
_TIME_CELL_WORDS = 15
# A time cell that gives only years: "2026", "Năm 2025 - 2026", "2026-2027", "Giai đoạn 2012 - 2015".
_YEARS_CELL = re.compile(r"\s*(?:năm\s+|giai đoạn\s+)?((?:19|20)\d{2})"
                         r"\s*(?:[-–]\s*(?:năm\s+)?((?:19|20)\d{2}))?\s*\.?\s*", re.IGNORECASE)


def _cell_deadlines(text: str, cell: tuple[int, int], found: list[FoundDeadline], resources: Resources,
                    meta: Metadata) -> list[FoundDeadline]:
    """Deadlines of a table's time cell, which states them without a cue ("Quý II/2024", "30/6",
    "Năm 2024"): read as if "hoàn thành trong" or "trước ngày" preceded the cell."""
    start, end = cell
    if any(start <= d.start and d.end <= end for d in found):
        return []
    value = text[start:end]
    if len(value.split()) > _TIME_CELL_WORDS:
        return []  # a report of what was done, shifted into the time column of its row: no time cell
    years = _YEARS_CELL.fullmatch(value)
    # "2026", "Năm 2025 - 2026", "Giai đoạn 2012 - 2015": the last year
    phrase = f"trong năm {years[2] or years[1]}" if years else None
    # ("11/2019", "10-11/2019": a month, or a span of months, of a schedule)
    for cue in ("hoàn thành trong ", "hoàn thành trong tháng ", "trước ngày "):
        read = find_deadlines(phrase or cue + value, resources, year=meta.year, issued=meta.issued_date)
        read = [d for d in read if d.kind != "asap"]
        if read:
            d = read[0]
            return [FoundDeadline(value, d.kind, d.due, d.recurrence, start, end)]
    return []


def _without_headlines(blocks: list[Block]) -> list[Block]:
    """An article's headline and its lead-in lines (short, unpunctuated, near the top) are not
    body text: "Thủ tướng chỉ đạo xử lý cấp bách sạt lở" reports a directive, it does not give one;
    nor is a portal's ticker of other headlines ("- Chủ tịch Hà Nội yêu cầu ... -"). The bullets a
    sentence's colon announces ("giao Cục Công nghiệp các nhiệm vụ sau:") are its items, however short
    (a label's colon, "UBND tỉnh:", announces nothing)."""
    kept: list[Block] = []
    announced = False
    sentences = 0  # paragraphs of prose so far: after two, the body has begun
    for i, block in enumerate(blocks):
        if i >= _TOP_BLOCKS:
            kept.extend(b for j, b in enumerate(blocks[i:], start=i) if not _subheading(blocks, j))
            break
        bullet = (block.marker or "").strip() in {"-", "+", "•"}
        if kept and kept[-1].text.rstrip().endswith(":"):
            announced = len(kept[-1].text.split()) >= _ANNOUNCING_WORDS
        announced = announced and bullet
        # (an excerpt that stops mid-sentence ends in a short unpunctuated paragraph: body, after prose)
        headline = (not announced and sentences < 2 and (block.kind == "paragraph" or bullet)
                    and not block.text.rstrip().endswith(tuple(".;:!?…")) and len(block.text.split()) <= 35)
        if not headline:
            kept.append(block)
            if block.kind in {"paragraph", "item"} and block.text.rstrip().endswith(tuple(".!?…")) and len(
                    block.text.split()) >= _PROSE_WORDS:
                sentences += 1  # ("1. Tăng cường ... Tại Văn bản số 858 ..., Chủ tịch ... yêu cầu ...": prose too)
    return kept


def _subheading(blocks: list[Block], at: int) -> bool:
    """An article's subheading: a short paragraph without a stop between two paragraphs of prose
    ("Làm rõ các vấn đề trọng tâm của Chiến lược thời kỳ tới", "Phải tổng lực di dời sớm"); it
    titles the paragraph below it, which says what it says."""
    block = blocks[at]
    if block.kind != "paragraph" or at + 1 >= len(blocks) or block.text.rstrip().endswith(tuple(".;:!?…,")):
        return False
    before, after = blocks[at - 1], blocks[at + 1]
    return (len(block.text.split()) <= _SUBHEADING_WORDS and before.kind == "paragraph" and after.kind == "paragraph"
            and before.text.rstrip().endswith(tuple(".!?…")) and len(after.text.split()) >= _PROSE_WORDS)


_SUBHEADING_WORDS = 20
_ANNOUNCING_WORDS = 4  # "Yêu cầu Sở Y tế:" announces; "UBND tỉnh:", "Tin liên quan:" label
_TOP_BLOCKS = 6  # where an article's headline and its ticker stand
_PROSE_WORDS = 20  # longer than a headline or a ticker's line


def _apply_source_facts(meta: Metadata, raw: RawDocument, text: str, source: str | None,
                        resources: Resources) -> list[str]:
    """What the file itself states fills what the text does not: a web page's title, its
    publication date as the issued date (which also completes dates without a year), and
    the number a file's name spells when the text lost its header (and the type and issuer its notation
    spells: "2827/QĐ-UBND" is a decision, not an article). Returns the warnings."""
    warnings: list[str] = []
    if raw.meta.get("title") and not meta.title:
        meta.title = raw.meta["title"]
    published = raw.meta.get("published")
    if published and meta.issued_date is None:
        try:
            meta.issued_date = dt.date.fromisoformat(published[:10])
            meta.issued_year = meta.year = meta.issued_date.year
        except ValueError:
            pass
    if meta.year is None:  # " date 2017-03 ...": the page's year completes dates written without one
        meta.year = stamp_year(raw)
    lost = meta.number is None or meta.issued_year is None
    named = number_from_name(source, resources) if source and lost else None
    if named is not None and meta.number is None:
        meta.number = named.number
        warnings.append(f"the text states no number: {named.number} is read from the file name")
        entry = type_of_number(named.number, resources)
        if meta.doc_type == "press_release" and entry is not None:
            meta.doc_type = entry.doc_type  # a document that lost its header, not an article
        # the code the number gives the issuer beats a guess from the text the header lost ("... Thủ tướng
        # Chính phủ kết luận ..." in a notice "655/TB-VPCP" of the Government Office)
        meta.issuer = issuer_from_notation(named.number, meta.doc_type == "official_letter", text,
                                           resources) or meta.issuer
    if named is not None and meta.issued_year is None:
        meta.issued_year = meta.year = named.year
        warnings.append(f"the text states no date: the year {named.year} is read from the file name")
    return warnings


def _page_lookup(raw: RawDocument, page_starts: list[int]) -> Callable[[int], int | None]:
    """Map an offset of the canonical text to its 1-based page, when the source had pages.

    ``page_starts`` are the canonical offsets where pages 2.. start (from
    :func:`normalize.canonical_pages`), so the page is exact, not estimated.
    """
    if raw.pages is None:
        return lambda _offset: None
    return lambda offset: bisect.bisect_right(page_starts, offset) + 1


def _to_agency(agency: FoundAgency, inferred: bool) -> Agency:
    return Agency(name=agency.name, text=agency.text, inferred=inferred,
                  successor=agency.successor)




_BULLET_OPENING = re.compile(r"^[+•*–]\s+")
_PARTNER_GAP = re.compile(r"\s*(,|;|và(?![\wđ]))\s*")


# the mark that ends a document's text ("... thực hiện./."), no part of the last action
_END_MARK = re.compile(r"\s*\./\.?\s*$")


def _action_text(task: AssembledTask, text: str, vocab: Vocab) -> str:
    """What the task asks done: its text from the action on, without a bullet ("+ Rà soát ...") or the
    roles that open it ("chủ trì, phối hợp với Sở X, Sở Y, triển khai ..." -> "triển khai ..."); partners
    the action follows without a comma keep it ("phối hợp với Sở Tài chính xây dựng kế hoạch, ...")."""
    action = _BULLET_OPENING.sub("", _END_MARK.sub("", text[task.action_start : task.end]).strip(" ,;:.-"))
    lead_role = vocab.lead_role_opening.match(action)
    action = action[lead_role.end():] if lead_role else action
    role = vocab.partners_opening.match(action)
    after = _after_partners(action, role.end(), task) if role else None
    return (action[after:] if after is not None else action) or task.text


def _after_partners(action: str, pos: int, task: AssembledTask) -> int | None:
    """Where the action starts after the partners named from ``pos`` on and the comma that closes them, or
    None when the action follows them without one, or a word that names no partner comes first."""
    names = [re.compile(r"\s+".join(map(re.escape, a.text.split()))) for a in
             sorted(task.support, key=lambda a: len(a.text), reverse=True) if a.text.split()]
    while True:
        name = next((m for m in (n.match(action, pos) for n in names) if m), None)
        if name is None:
            return None
        gap = _PARTNER_GAP.match(action, name.end())
        if gap is None:
            return None  # "phối hợp với Sở Tài chính xây dựng ...": the action right after its partner
        if gap.group(1) == "," and not any(n.match(action, gap.end()) for n in names):
            # "... với Sở X, Sở Y, triển khai": the comma after the last partner (a name after it, "..., CMC
            # khẩn trương ...", is one more partner the patterns did not read)
            return None if action[gap.end() : gap.end() + 1].isupper() else gap.end()
        pos = gap.end()


def _to_task(task: AssembledTask, text: str, doc_id: str, deadlines: list[FoundDeadline],
             references: list[FoundReference], page_of: Callable[[int], int | None],
             resources: Resources) -> Task:
    chosen = choose_deadline(task, text, deadlines, resources)
    action = _action_text(task, text, compile_vocab(resources))
    return Task(
        id=task_id(doc_id, task.start, task.end, action),
        action=action,
        span=Span(start=task.start, end=task.end, text=task.text, page=page_of(task.start)),
        section=task.section,
        lead=[_to_agency(a, task.lead_inferred) for a in task.lead],
        support=[_to_agency(a, False) for a in task.support],
        deadline=Deadline(text=chosen.text, kind=chosen.kind, due=chosen.due,
                          recurrence=chosen.recurrence, start=chosen.start, end=chosen.end)
        if chosen else None,
        references=list(dict.fromkeys(
            r.number for r in references if task.start <= r.start < task.end)),
        rule=task.rule,
        cue=Span(start=task.cue[0], end=task.cue[1], text=text[task.cue[0] : task.cue[1]])
        if task.cue else None,
        confidence=resources.rule_precision.get(task.rule, DEFAULT_CONFIDENCE),
    )


def _to_reference(ref: FoundReference, text: str) -> Reference:
    return Reference(number=ref.number, kind=ref.kind, date=ref.date, issuer=ref.issuer,
                     serial=ref.serial, notation=ref.notation, articles=ref.articles,
                     text=text[ref.start : ref.end], start=ref.start, end=ref.end)
