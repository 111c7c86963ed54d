from __future__ import annotations

import re
from collections.abc import Sequence

from ...patterns import CAPITALS, GROUP_OPENING, skip_blanks
from ...structure import Block
from ..agencies import FoundAgency
from .actors import addressees_of, agencies_in, covering, only_agencies, subject_of
from .execution import execution_list
from .model import Unit
from .vocab import ENUM_MARK, INLINE_ITEM, SPOKEN_TOPIC, Vocab

# "tại mục (IV)", "điểm (a)": the words that cite a part of a document by its numbers
_CITED_PART = re.compile(r"(?<![\wđ])(?:mục|điểm|khoản|tiết|phần|tiểu mục)\s*(?:\(?[IVXLC\d.]+\)?\s*)*$",
                         re.IGNORECASE)

# A short quotation is a cited title or a term: "... tại “Phần C. TRÌNH TỰ, THỦ TỤC ĐĂNG KÝ ĐẤT
# ĐAI. TÀI SẢN GẮN LIỀN VỚI ĐẤT” thuộc Phần V ..." is one sentence. A long one is quoted speech,
# whose sentences are read one by one.
_SHORT_QUOTE = re.compile(r"“[^“”\n]{1,160}”")
_RECIPIENTS_REACH = 16  # characters before a dash where "Nơi nhận:" may end
_DASHES = frozenset("–—-")


def split_units(block: Block, text: str, vocab: Vocab) -> list[Unit]:
    """Cut a block into sentences, inline enumerations "(1) ... (2) ..." and the items a crawl ran
    into one paragraph after dashes ("...: – A. – B."), except after the recipients ("Nơi nhận:")."""
    recipients = vocab.recipients_end
    start = block.body_start
    body = text[start : block.end]
    cuts = {0}
    quoted = [range(m.start() + 1, m.end()) for m in _SHORT_QUOTE.finditer(body)]
    for m in vocab.sentence_break.finditer(body):
        if not any(m.start() in span for span in quoted):
            cuts.add(m.end())
    for m in INLINE_ITEM.finditer(body):
        if not recipients.search(body, max(0, m.start() - _RECIPIENTS_REACH), m.start()):
            cuts.update((m.start(), m.end()))  # the dash alone between two items is no unit ("Nơi nhận: -
            # Như trên;" lists recipients in a text run into one line)
    for m in vocab.enumeration.finditer(body):
        if _CITED_PART.search(body, max(0, m.start() - 40), m.start()):
            continue  # "... các nhiệm vụ tại mục (IV) (1) của Kế hoạch": a part cited, not an item
        cuts.add(m.start() + (1 if m.group(0)[0].isspace() else 0))
    bounds = sorted(cuts) + [len(body)]
    units = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = body[a:b]
        stripped = piece.strip()
        if stripped and stripped not in _DASHES:
            offset = start + a + piece.index(stripped[0])
            sub_item = bool(block.marker) and not re.match(r"\s*(?:\d|[IVXLC]+[.)])", block.marker)
            units.append(Unit(offset, offset + len(stripped), stripped, block.kind == "item", sub_item))
    return units


_SPEAKER_WORDS = 25  # "Qua cuộc họp, đồng chí Phó Chủ tịch UBND xã đưa ra kết luận:" is a phrase
_AS_FOLLOWS = re.compile(r"(?:\s+(?:như sau|cụ thể|sau đây))*\s*$", re.IGNORECASE)
_TOPIC_AFTER = re.compile(rf"{SPOKEN_TOPIC}$", re.IGNORECASE)


def split_speech(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab) -> list[Unit]:
    """Cut "<speaker> kết luận: <what is said>" run into one sentence at its colon: the speaker's part
    is a lead-in, as it is on a line of its own, and what is said is read on its own."""
    colon = text.find(":", unit.start, unit.end)
    if colon < 0 or not agencies_in(agencies, unit.start, colon):
        return [unit]
    before = text[unit.start : colon]
    topic = _TOPIC_AFTER.search(before)  # "... kết luận, về thu ngân sách năm 2020:": what it is about
    before = before[: topic.start()] if topic else before
    said = skip_blanks(text, colon + 1, unit.end)
    if said >= unit.end or len(before.split()) > _SPEAKER_WORDS or not text[said].isupper():
        return [unit]
    if not vocab.speech_end.search(before[: _AS_FOLLOWS.search(before).start()]):
        return [unit]
    return [Unit(unit.start, colon + 1, text[unit.start : colon + 1], unit.in_item, unit.sub_item),
            Unit(said, unit.end, text[said : unit.end], unit.in_item, unit.sub_item)]


def strip_opening(text: str, start: int, unit: Unit, vocab: Vocab,
                  agencies: Sequence[FoundAgency] = ()) -> int:
    """Offset after discourse openers ("Theo đó,", "Đồng thời,") of a unit, after the "|" a
    crawled header table leaves before the first paragraph, and after the mark that opens a
    quoted direction to a body among ``agencies`` (“Sở Y tế chủ trì ...”, the Chủ tịch nhấn mạnh)."""
    pipes = re.match(r"[|\s]+", text[start : unit.end])
    start += pipes.end() if pipes else 0
    quoted = re.match(r"[“\"]\s*", text[start : unit.end])
    if quoted and any(a.start == start + quoted.end() for a in agencies):
        start += quoted.end()  # a slogan in quotation marks (“Lập thành tích ...”) names nobody
    enum = ENUM_MARK.match(text[start : unit.end])
    start += enum.end() if enum else 0
    source = _SOURCE_TAG.match(text, start, unit.end)  # "(VOV5) - Chiều 14/9, ...": the agency that filed it
    start += source.end() - start if source else 0
    topic = vocab.topic_label.match(text[start : unit.end])  # "Đối với các nhiệm vụ ...: X ..." before "Đối với,"
    if topic:
        return start + topic.end()
    aside = _topic_set_aside(text[start : unit.end], vocab)
    if aside is not None:
        return start + aside  # "Đối với khu vực miền núi, trung du | chủ động sơ tán ...": the topic set aside
    m = vocab.discourse.match(text[start : unit.end])
    start += m.end() if m else 0
    topic = vocab.topic_label.match(text[start : unit.end])
    if topic:
        return start + topic.end()
    # "- Từ ngày 15/3 đến hết ngày 29/3: ra quân ...": when a step runs, labelled before its action
    # "từ tháng 1 đến tháng 3-2020 sẽ tiến hành ...": the span a step of a schedule runs, then its action
    when = vocab.time_label.match(text[start : unit.end]) or vocab.schedule_step.match(text[start : unit.end])
    return skip_blanks(text, start + when.end(), unit.end) if when else start


# a request that may follow a comma and charge another body: "..., giao cho các sở ngành ..."
_REQUEST = re.compile(r"\s*(?:giao(?:\s+cho)?|yêu\s+cầu)\s", re.IGNORECASE)
# a press report's source before its first words: "(VOV5) - ", "(Baonghean.vn) - ", "Laocaitv.vn - ", "TTXVN - "
_SOURCE_TAG = re.compile(r"(?:\((?-i:[A-ZĐ])[\w.&]*(?:\s(?-i:[A-ZĐ])[\w.&]*){0,2}\)|(?-i:[A-ZĐ])[\w]*\.(?:vn|com|net)"
                         r"|(?-i:[A-ZĐ]{3,8}))[ \t]*[-–—][ \t]+")
# the gap a quotation leaves ("... làm rõ… giao cho Sở NNPTNT chủ trì ...")
_ELLIPSIS = {"…", "..."}


def lead_in_colons(text: str, start: int, end: int, limit: int, vocab: Vocab) -> list[int]:
    """Where a request's lead-in ("Chủ tịch yêu cầu: ...") or a document's ("Công điện nêu rõ: ...") ends
    with its colon between ``start`` and ``end``, with words after it before ``limit``."""
    return sorted(m.end() for pattern in (vocab.addressing, vocab.document_statement)
                  for m in pattern.finditer(text, start, end)
                  if m.group(0).rstrip().endswith(":") and m.end() < limit - 3)


def split_clauses(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
                  lead_in_end: int | None = None) -> list[Unit]:
    """Split at ";" or "để" when the next clause names a new actor or a new directive.

    ``lead_in_end``: where a request's lead-in earlier in the paragraph ends ("yêu cầu: ..."); the
    clauses after it that open with a capital and an action are items written inline.

    A clause after "để" states a purpose ("... báo cáo để Bộ Nội vụ thống nhất ban hành"):
    it is cut off the task and assigns nothing itself, unless it sets its own deadline
    ("... gửi Sở để Sở thẩm định trước ngày 10/11")."""
    if execution_list(text, unit.start, unit.end, agencies, vocab):
        return [unit]  # "Chánh Văn phòng ...; Giám đốc các Sở: ...; Thủ trưởng ... chịu trách nhiệm thi hành ..."
    if vocab.attendance.match(text[unit.start : unit.end]):
        return [unit]  # "Tham dự Hội nghị có: ...; Trưởng Ban Thi đua ...; các tập thể được khen thưởng.": guests
    heard = vocab.heard.match(text[unit.start : unit.end].lstrip(" \t-–+•*"))
    cuts = [unit.start]
    purposes: set[int] = set()
    in_unit = agencies_in(agencies, unit.start, unit.end)
    # "... một số nhiệm vụ trọng tâm như: A; B; C": an inline list whose items are tasks
    announced = vocab.announces_tasks.search(text, unit.start, unit.end)
    if announced and _HAS_BEFORE.search(text, max(unit.start, announced.start() - 4), announced.start()):
        announced = None  # "Tổ công tác có các nhiệm vụ như: A; B; C": one body's duties, one task
    if announced and not announced.group(0).rstrip().endswith(":") and not opens_with_action(
            text[announced.end() : unit.end].lstrip(), vocab):
        announced = None  # "... các công việc như kiến nghị của Bộ ...": "như" of a manner, no list
    colons = lead_in_colons(text, unit.start, unit.end, unit.end, vocab)  # "yêu cầu: ...", "Công điện nêu rõ: ..."
    cuts += colons
    lead_in_end = lead_in_end or (colons[0] if colons else None)
    for m in vocab.clause_break.finditer(text[unit.start : unit.end]):
        pos = unit.start + m.end()
        sep = m.group(0).strip()
        rest = text[pos : unit.end]
        colon = unit.start + m.start() + m.group(0).find(":")
        if sep == ":" and any(a.start < colon < a.end for a in in_unit):
            continue  # "phối hợp với các đơn vị: Công an tỉnh, Sở Tài chính ...": a group and the members it names
        if sep == ":" and lead_in_end is None and vocab.addressing.search(text, cuts[-1], unit.start + m.start()):
            lead_in_end = pos  # "yêu cầu Sở X: Tăng cường ...; Duy trì ...": a request's items follow inline
        dated = vocab.dated_opener.match(rest) if sep == "," else None
        # "...; từ tháng 1 đến tháng 3-2020 sẽ tiến hành đại hội ...": the next step of a schedule
        step = vocab.schedule_step.match(rest) if sep == ";" else None
        stepped = bool(step) and opens_with_action(rest[step.end() :], vocab, pos + step.end())
        # "..., giao cho các sở ngành liên quan theo dõi ...": a request of its own after a comma
        # after a request of the same speaker ("yêu cầu đơn vị thi công ..., giao cho ...")
        requested = sep == "," and bool(_REQUEST.match(rest)) and bool(
            addressees_of(Unit(pos, unit.end, rest), text, agencies, vocab, pos)) and bool(
            addressees_of(Unit(cuts[-1], pos, text[cuts[-1] : pos]), text, agencies, vocab, cuts[-1]))
        paired = sep == "," and _another_body_acts(text, cuts[-1], unit.start + m.start(), pos, unit.end, in_unit,
                                                    vocab)
        # ... a report with a date of its own after the date the work is done by ("..., hoàn thành trước ngày
        # 15/6/2024, | báo cáo kết quả về UBND thành phố trước ngày 20/6/2024"): see ``timed``
        reported_apart = sep == "," and _ends_on_a_date(text[cuts[-1] : unit.start + m.start()], vocab) and bool(
            vocab.report_word.match(rest.lstrip()))
        if sep == "," and not requested and not paired and not reported_apart and not vocab.recurrence_opener.match(
                rest) and not (dated and opens_with_action(rest[dated.end() :], vocab)):
            continue  # "Hàng quý, X báo cáo ..., sáu tháng một lần, Y báo cáo ...": a new time, a new actor;
            # "..., tháng 6/2020, tổ chức lấy ý kiến ...": a new time, the next action
        if sep == "và" and not _next_step_timed(text[cuts[-1] : unit.start + m.start()], rest, vocab):
            continue  # "... đánh giá và trước ngày 16-11 ..." parts only a step with its own time and action
        if sep in _ELLIPSIS and not vocab.addressing.match(rest):
            continue  # a quotation's gap ("... làm rõ… gói thầu số 7…") cuts only before a new request
        new_actor = subject_of(Unit(pos, unit.end, rest), text, agencies, vocab, pos)
        directive = sep in {";", *_ELLIPSIS} and vocab.addressing.match(rest) and addressees_of(
            Unit(pos, unit.end, rest), text, agencies, vocab, pos)
        # ("...; khi cần thiết, phải rào chắn ...": a case of the same action, no task of its own)
        obligation = sep == ";" and vocab.obligation.search(" ".join(rest.split()[:7])) and not (
            vocab.condition.match(rest) and not new_actor)
        # "...; định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo ...": a periodic report is a task of its own
        # (after a comma too: "... trả lời kiến nghị của cử tri, định kỳ hàng quý báo cáo kết quả giải quyết")
        # (not a period of the same recurrence: "Định kỳ hằng quý, 6 tháng, năm xây dựng báo cáo ...", "Các đơn vị
        # định kỳ 6 tháng, hàng năm báo cáo ...")
        recurs_after_comma = sep == "," and vocab.names_recurrence.match(rest) and not (
            vocab.ends_period.search(text, cuts[-1], unit.start + m.start()))
        action = recurring_action(rest, vocab) if sep == ";" or recurs_after_comma else None
        recurs = action is not None and bool(vocab.report_word.search(" ".join(rest[action:].split()[:6])))
        inline_items = sep == ":" and (
            _actions_inline(text, cuts[-1], unit.start + m.start(), rest, agencies, vocab)
            # "... thực hiện tốt các nhiệm vụ trọng tâm như: Phòng Kinh tế thành phố tham mưu ...": the first
            # inline item names its own body
            or announced is not None and announced.end() <= pos and bool(new_actor))
        listed_item = sep == ";" and opens_with_action(rest.lstrip(), vocab) and (
            announced is not None and pos > announced.end()
            # "yêu cầu: Tăng cường ...; Duy trì ...": items written inline, each opening with a capital
            or lead_in_end is not None and pos > lead_in_end and rest.lstrip()[:1].isupper())
        # "...; chủ trì, phối hợp với các ngành tổ chức quản lý ...": a task of its own, with its own partners;
        # "...; Đại hội Đảng bộ cơ sở ... hoàn thành trước ...": the next congress a schedule sets
        led = sep == ";" and bool(vocab.lead_role.match(rest.lstrip()) or vocab.scheduled_event.match(rest.lstrip()))
        # "... hoàn thành trong Quý 4 năm 2017; khẩn trương sửa chữa ... xong trước ngày 30/8/2017": clauses
        # of one actor with times of their own are tasks of their own (one task shares one deadline)
        # (a clause that names no body and opens with no action stays: "...; nhà bị sập đổ được xây dựng lại ...")
        # ... and so is a report with a date of its own after the date the work is done by (``reported_apart``)
        timed = (sep == ";" or reported_apart) and _times_apart(
            text[cuts[-1] : unit.start + m.start()], rest.split(";", 1)[0], vocab) and (
            bool(new_actor) or opens_with_action(rest.lstrip(), vocab, pos + len(rest) - len(rest.lstrip())))
        titled = sep == ":" and bool(new_actor) and _run_in_title(unit, text, cuts[-1], unit.start + m.start(),
                                                                   agencies, vocab)
        if titled:  # "2. Đẩy mạnh hoàn thiện thể chế: Các bộ khẩn trương trình ...": the item's title, then
            purposes.add(cuts[-1])  # its body, whose subject is the actor; the title is no task
        elif sep == ":" and not directive and not inline_items and not (
                new_actor and vocab.speech_end.search(text, cuts[-1], unit.start + m.start() + 1)):
            continue  # "... đã có văn bản chỉ đạo: UBND TP. Quảng Ngãi phối hợp ...": a body and its task
        if sep == ";" and heard and not directive and not vocab.addressing.search(" ".join(rest.split()[:8])):
            continue  # "Chính phủ đã nghe X trình ...; Bộ trưởng Bộ Y trình ...": the next report heard
        if sep == ";" and only_agencies(text, agencies, cuts[-1], unit.start + m.start(), vocab):
            continue  # "Sở Y tế; Công an tỉnh; UBND các huyện ... triển khai": one list of actors
        if sep == ";" and _in_partner_list(text, agencies, cuts[-1], unit.start + m.start(), vocab):
            continue  # "X chủ trì, phối hợp với các Sở; UBND các xã; các đơn vị ... triển khai": one list
            # ("yêu cầu Thủ trưởng các sở; Chủ tịch UBND các xã tổ chức ...": one list of addressees)
        if (titled or new_actor or directive or requested or paired or obligation or recurs or dated or inline_items
                or listed_item or led or stepped or timed or sep == "và"):
            before = Unit(cuts[-1], unit.start + m.start(), text[cuts[-1] : unit.start + m.start()])
            if (sep == ";" and new_actor and not directive and unit.text.rstrip().endswith(":")
                    and not subject_of(before, text, agencies, vocab, before.start)):
                # "Quán triệt ...; căn cứ ..., Văn phòng X cụ thể hóa ..., trong đó:": the clause
                # before the lead-in's subject prefaces it, it is no task of its own
                purposes.add(cuts[-1])
            cuts.append(pos)
            # (a purpose the sentence opens with ends at its comma: "Để chấn chỉnh, UBND huyện giao X ... để
            # UBND các xã căn cứ thực hiện" has a purpose at each end)
            fronted = unit.text.startswith(("Để ", "để ")) and "," not in text[unit.start : pos]
            if sep == "để" and not fronted and not _own_deadline(
                    rest.split(";", 1)[0], vocab):  # the time after a ";" is the action's, not its purpose's
                purposes.add(pos)  # a purpose with its own deadline is the next body's task
    cuts += _handovers(text, unit, in_unit, vocab)
    if len(cuts) == 1:
        return [unit]
    bounds = sorted(set(cuts)) + [unit.end]
    pieces = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a in purposes:
            if pieces and text[pieces[-1].end : a].strip() == "để":
                # the purpose stays with the action it is the purpose of: no task of its own
                last = pieces[-1]
                piece = text[last.start : b].rstrip(" ;,")
                pieces[-1] = Unit(last.start, last.start + len(piece), piece, unit.in_item, unit.sub_item)
            continue
        piece = text[a:b].rstrip(" ;,")
        if piece.endswith((" để", " và")):
            piece = piece[:-3]
        if piece.strip():
            pieces.append(Unit(a, a + len(piece), piece, unit.in_item, unit.sub_item))
    return pieces


def _handovers(text: str, unit: Unit, in_unit: list[FoundAgency], vocab: Vocab) -> list[int]:
    """Where a body the work is sent to leads the next step: "các đơn vị tổng hợp hồ sơ gửi về | Ban Dân tộc
    chủ trì, phối hợp với Sở Tài chính thẩm định ..." (the clause before it keeps its own actor)."""
    return [agency.start for agency in in_unit
            if vocab.handover.search(text, max(unit.start, agency.start - 20), agency.start)
            and vocab.lead_role.match(text[agency.end : unit.end].lstrip())]


_TITLE_WORDS = 30  # a run-in title is a phrase, not a paragraph


_NAMED = re.compile(rf"(?!(?:Các|Những|Mỗi|Từng)\s)[{CAPITALS}]")  # a body by its name, not a group


def _another_body_acts(text: str, start: int, comma: int, pos: int, end: int, agencies: list[FoundAgency],
                       vocab: Vocab) -> bool:
    """Whether the clause after a comma gives another named body its own action, after a clause whose
    body acts already: "Phòng Kinh tế - Hạ tầng thẩm định về nội dung, phòng Tài chính - Kế hoạch thẩm định
    kinh phí" (not "Sở A chủ trì, Sở B phối hợp": a partner's role; not "Sở A, Sở B tổ chức ...": one list)."""
    at = skip_blanks(text, pos, end)
    if not any(a.start == at and _NAMED.match(a.name) for a in agencies):
        return False
    if _in_partner_list(text, agencies, start, comma, vocab) or vocab.support.search(text, start, comma):
        return False  # "X chủ trì, phối hợp với Y, | Z ...": a list of partners, or the partners' own roles
    after = subject_of(Unit(at, end, text[at:end]), text, agencies, vocab, at)
    if not after or len(after[0]) != 1 or after[0][0].start != at:
        return False
    predicate = text[after[1] : end].lstrip()
    if vocab.support.match(predicate) or vocab.lead_role.match(predicate) or not opens_with_action(predicate, vocab):
        return False
    before = subject_of(Unit(start, comma, text[start:comma]), text, agencies, vocab, start)
    if before is None or len(before[0]) != 1 or not _NAMED.match(before[0][0].name):
        return False
    acted = text[before[1] : comma].strip()
    return (len(acted.split()) >= _OWN_ACTION_WORDS and opens_with_action(acted, vocab)
            and not vocab.addressing.search(acted) and not vocab.speech.match(acted)
            and not agencies_in(agencies, before[1], comma))


def _run_in_title(unit: Unit, text: str, start: int, colon: int, agencies: list[FoundAgency],
                  vocab: Vocab) -> bool:
    """Whether the words before a colon are the run-in title of the item they open: the item's
    first clause, short, the work it names ("2. Đẩy mạnh ... chính sách:") with no body that acts
    or is addressed. A label ("Cách thức nộp:") or a case ("Trường hợp ...:") is no title."""
    if not unit.in_item or start != unit.start or len(text[start:colon].split()) > _TITLE_WORDS:
        return False
    before = Unit(start, colon, text[start:colon])
    begin = strip_opening(text, start, before, vocab, agencies)
    if vocab.procedure_step.match(text, begin, colon + 1) or not vocab.action_start.match(text[begin:colon]):
        return False  # "a) Trình tự thực hiện: UBND cấp tỉnh lập ...": a published procedure's field
    return not (subject_of(before, text, agencies, vocab, begin) or addressees_of(before, text, agencies, vocab, begin))


_HAS_BEFORE = re.compile(r"(?<![\wđ])có\s+$")  # "... có | các nhiệm vụ như:"


def _actions_inline(text: str, start: int, colon: int, rest: str, agencies: list[FoundAgency],
                    vocab: Vocab) -> bool:
    """Whether a directive goes on after its colon with actions of its own, written inline:
    "... đề nghị các Bộ ... tổ chức thực hiện tốt nội dung chỉ thị: Theo dõi, đánh giá ..., Báo cáo
    ...". The clause before the colon charges someone and does something itself (it is no bare
    lead-in), and what follows opens with an action."""
    if covering(agencies, colon):
        return False  # "phối hợp với các sở ngành: Xây dựng, TNMT ...": a group and its members
    before = Unit(start, colon, text[start:colon])
    charged = addressees_of(before, text, agencies, vocab, start) or subject_of(before, text, agencies, vocab, start)
    if charged is None or len(text[charged[1] : colon].split()) < _OWN_ACTION_WORDS:
        return False
    return bool(vocab.action_start.match(rest)) and not vocab.announces_list.search(text[start:colon])


_OWN_ACTION_WORDS = 4  # "... yêu cầu các sở: ..." is a lead-in; "... tổ chức thực hiện tốt ...: ..." acts


def _in_partner_list(text: str, agencies: list[FoundAgency], start: int, end: int, vocab: Vocab) -> bool:
    """Whether ``text[start:end]`` ends inside a list of partners ("phối hợp với A, B") or of
    addressees ("Chủ tịch UBND tỉnh yêu cầu A; B tổ chức ...")."""
    found = (*vocab.support.finditer(text, start, end), *vocab.addressing.finditer(text, start, end))
    names = agencies_in(agencies, start, end)
    markers = sorted([m for m in found if not any(a.start <= m.start() < a.end for a in names)],
                     key=lambda m: m.end())  # the "chỉ đạo" of "Ban Chỉ đạo" is a word of a name
    return bool(markers) and only_agencies(text, agencies, markers[-1].end(), end, vocab)


_DASH_GAP = re.compile(r"\s*[–—-]\s*")


# a period a purpose names, not a deadline it sets: "... để tỉnh triển khai thực hiện Dự án trong năm 2008"
_PERIOD_ONLY = re.compile(r"trong\s+(?:năm|tháng|quý|quí)(?![\wđ])", re.IGNORECASE)


def _own_deadline(purpose: str, vocab: Vocab) -> bool:
    """Whether a purpose clause sets a deadline of its own ("để Sở thẩm định trước ngày 10/11")."""
    limit = vocab.time_limit.search(purpose)
    return limit is not None and not _PERIOD_ONLY.match(limit.group(0))


def _time_of(clause: str, vocab: Vocab) -> str | None:
    """The dated time limit a clause sets after its action ("... xong trước ngày 30/8/2017"), or the event that
    sets it ("... ngay sau chuyến công tác"), in its first words; None without one, or when the clause is only a
    time ("Không quá 03 ngày làm việc ...", "hoàn thành trước ngày 25/11/2025": the time of what precedes it)."""
    limit = vocab.time_limit.search(clause)
    if limit is None or not clause[: limit.start()].strip() or vocab.deadline_statement.match(clause.strip() + " "):
        event = vocab.event_limit.search(clause)  # "... ngay sau chuyến công tác": the event sets the time
        return " ".join(clause[event.start() :].split()[:6]) if event and clause[: event.start()].strip() else None
    words = " ".join(clause[limit.start() :].split()[:6])
    return words if re.search(r"\d|\b[IV]+\b", words) else None  # "trước năm rà soát": no date


def _next_step_timed(clause: str, following: str, vocab: Vocab) -> bool:
    """Whether the clause after "và" opens with a time limit of its own, then a duty or an action, and
    the clause before it has another ("Trước ngày 25-10, X phải báo cáo sơ bộ ... và trước ngày 16-11
    phải báo cáo chính thức ..."): two steps, two deadlines."""
    limit = vocab.time_limit.match(following)
    if limit is None:
        return False
    when = _DATE_WORDS.match(following, limit.end())
    after = following[when.end() :].lstrip(" ,")
    if not (vocab.obligation.match(after) or vocab.action_start.match(after)):
        return False
    earlier = vocab.time_limit.search(clause)
    return earlier is not None and " ".join(clause[earlier.start() :].split()[:3]) != " ".join(
        following[: when.end()].split()[:3])


# the rest of a date after its time word: "16-11", "ngày 16 tháng 11 năm 2018", "quý III/2024"
_DATE_WORDS = re.compile(r"(?:\s*(?:\d[\d/.-]*|[IV]+(?:/\d{4})?|ngày|tháng|năm|quý|quí)(?![\wđ]))*", re.IGNORECASE)


def _ends_on_a_date(clause: str, vocab: Vocab) -> bool:
    """Whether a clause ends on the day its time limit sets: "..., hoàn thành trước ngày 15/6/2024"."""
    limits = list(vocab.time_limit.finditer(clause))
    if not limits:
        return False
    rest = clause[limits[-1].end() :]
    return bool(_DAY.search(clause[limits[-1].start() :])) and _DATE_WORDS.fullmatch(rest.rstrip()) is not None


_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}")


def _times_apart(clause: str, following: str, vocab: Vocab) -> bool:
    """Whether two clauses each set a dated time limit, and not the same one."""
    first, second = _time_of(clause, vocab), _time_of(following, vocab)
    return first is not None and second is not None and first != second


def is_lead_in(unit: Unit, following: Unit | None, text: str, vocab: Vocab) -> bool:
    """A unit ending with ":" that only introduces what follows ("Chủ tịch UBND tỉnh yêu cầu:")."""
    body = text[unit.start : unit.end].rstrip()
    if following is None and vocab.announces_list.search(body):
        return True  # "Sở Y tế yêu cầu các đơn vị triển khai các nội dung sau" (the colon forgotten)
    if not body.endswith(":"):
        return False
    if following is None or ENUM_MARK.match(following.text) or _DASH_GAP.fullmatch(text, unit.end, following.start):
        return True  # ... or the dash of an item a crawl ran into the lead-in's paragraph
    # "... yêu cầu X:", and "X tập trung thực hiện các nhiệm vụ như: A; B" whose tasks follow inline
    return any(m.end() >= len(body) for m in vocab.addressing.finditer(body)) or any(
        m.end() >= len(body) for m in vocab.announces_tasks.finditer(body))


def recurring_action(opening: str, vocab: Vocab) -> int | None:
    """Where the action starts in a clause that opens with a recurrence ("Định kỳ hằng quý, 6
    tháng, năm xây dựng báo cáo ..."), or None when the clause opens otherwise."""
    timing = vocab.recurrence_opener.match(opening)
    return timing.end() if timing and vocab.action_start.match(opening[timing.end() :]) else None


def opens_with_action(opening: str, vocab: Vocab, at: int | None = None) -> bool:
    """Whether a clause opens with an action, maybe after a short time phrase
    ("Định kỳ hàng quý, báo cáo ...", "Trước ngày 05 hằng tháng, báo cáo ...").
    ``at`` is the offset of ``opening`` in the text, for the verbs the lists lack."""
    if vocab.action_start.match(opening) or vocab.capitalised_action.match(opening):
        return True
    forbids = vocab.prohibition.match(opening)
    if forbids and vocab.action_start.match(opening[forbids.end() :]):
        return True  # "Không tổ chức các Đoàn đi thăm ...": the action a directive forbids
    if at is not None and vocab.verb_at is not None and vocab.verb_at(at, True):
        return True  # "...; thu thập số liệu ...": a lowercase opening tagged V that the lists lack
    if recurring_action(opening, vocab) is not None:
        return True  # "Định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo ..."
    if vocab.topic_opener.match(opening) and _action_after_topic(opening, vocab):
        return True  # "Về hồ sơ đề nghị công nhận đợt 5, năm 2024, lập hồ sơ ...": the topic, then the action
    if vocab.frame_opener.match(opening) and _action_after_frame(opening, vocab):
        return True  # "Trên cơ sở danh sách doanh nghiệp ... đã được phê duyệt, tiến hành rà soát ...": the grounds
    if vocab.nominal_opener.match(opening):
        return False  # "Việc điều tra, rà soát ... làm cơ sở ...": the activity is the subject, its comma a list
    rest = opening
    for phrase in range(_PHRASES_BEFORE_ACTION):  # "Đặc biệt, trong năm 2016, sẽ tiến hành ...": the second a time,
        # or both of one time
        if phrase and not (vocab.time_phrase.match(rest) or vocab.time_opener.match(opening)):
            return False  # "Không làm thay, không bao cấp, khuyến khích ...": a list of actions, no phrase before one
            # ("Định kỳ hàng tháng (...), 6 tháng (...) báo cáo ...": the times of one report)
        comma = rest.find(",")
        timed = vocab.time_opener.match(rest)
        if comma <= 0 or len(rest[:comma].split()) > (14 if timed else 6) or vocab.unit_kinds.match(
                rest[:comma].strip()):
            return False  # ... "Đơn vị, tổ chức mời chuyên gia ...": the first of a list of bodies, no phrase
        rest = rest[comma + 1 :].lstrip()
        subject = vocab.bare_subject.match(rest) if timed else None
        action = rest[subject.end() if subject else 0 :]
        # ... maybe after a modal ("Trong năm 2016, sẽ tiến hành ..."), unless the adverb opens the action itself
        if vocab.action_start.match(action) or vocab.action_start.match(action[vocab.pre_verbal.match(action).end() :]):
            return True
    return False


# short phrases set off by commas that may open a clause before its action, the second one a time
_PHRASES_BEFORE_ACTION = 2


# words a clause's grounds or purpose may run before the action it opens ("Trên cơ sở ..., tiến hành ...")
_FRAME_WORDS = 30


def _action_after_frame(opening: str, vocab: Vocab) -> bool:
    """Whether an action follows one of the commas of the grounds or purpose a clause opens with."""
    pos = 0
    while True:
        comma = opening.find(",", pos)
        if comma < 0 or len(opening[:comma].split()) > _FRAME_WORDS:
            return False
        if vocab.action_start.match(opening[comma + 1 :].lstrip()):
            return True
        pos = comma + 1


# "(2) ..." inside an item: a numbered action of its own ("(i) ..." lists what one action covers).
_NUMBERED_ENUM = re.compile(r"\(\d{1,2}\)\s")

# "Cần quan tâm ...", "Phải ...": a sentence that states its own duty is a task of its own.
_OWN_OBLIGATION = re.compile(r"(?:cần|phải)\s", re.IGNORECASE)


def merge_item_units(units: list[Unit], text: str, agencies: list[FoundAgency],
                      vocab: Vocab) -> list[Unit]:
    merged = [units[0]]
    for unit in units[1:]:
        begin = strip_opening(text, unit.start, unit, vocab, agencies)
        own_actor = subject_of(unit, text, agencies, vocab, begin) or addressees_of(
            unit, text, agencies, vocab, begin)
        last = merged[-1]
        new_sentence = text[last.start : unit.start].rstrip()[-1:] in ".!?" and unit.text[:1].isupper()
        # Sentences of one item stay one task unless a sentence brings its own timing or
        # partners: "Trước ngày 05 hằng tháng, báo cáo ...", "Phối hợp với X điều tra ...".
        opening = text[begin : unit.end]
        own_terms = new_sentence and opens_with_action(opening, vocab, begin) and (
            not vocab.action_start.match(opening) or vocab.support.match(opening)
            or _OWN_OBLIGATION.match(opening))
        recurs = recurring_action(opening, vocab) is not None  # "Định kỳ hằng quý báo cáo ...": its own time
        # "... trong Quý 4/2017; khẩn trương sửa chữa ... xong trước ngày 30/8/2017": an action with its own time
        timed = _times_apart(last.text, unit.text, vocab) and opens_with_action(opening, vocab, begin)
        if own_actor or own_terms or recurs or timed or _NUMBERED_ENUM.match(unit.text):  # "(2) ...": its own item
            merged.append(unit)
        else:
            last = merged[-1]
            merged[-1] = Unit(last.start, unit.end, text[last.start : unit.end], True, last.sub_item)
    return merged


_TOPIC_CHARS = 200  # a topic set before the action is a phrase, not a paragraph


def _action_after_topic(opening: str, vocab: Vocab) -> bool:
    """Whether an action opens after one of the commas of a topic ("Về ..., năm 2024, thực hiện ..."),
    in a sentence: a heading ("1. Về triển khai đánh giá, xếp loại ...") names a topic only."""
    if not opening.rstrip().endswith((".", ";", "…")):
        return False
    return _comma_after_topic(opening, vocab) is not None or _adverb_after_topic(opening, vocab) is not None


def _comma_after_topic(opening: str, vocab: Vocab) -> int | None:
    """Where the action opens after a comma of a topic, or None."""
    comma = opening.find(",", 0, _TOPIC_CHARS)
    while comma > 0:
        if vocab.action_start.match(opening[comma + 1 :].lstrip()):
            return comma + 1
        comma = opening.find(",", comma + 1, _TOPIC_CHARS)
    return None


def _adverb_after_topic(opening: str, vocab: Vocab) -> int | None:
    """Where the action opens after a topic that no comma closes, at an adverb that only opens an action ("Đối
    với khu vực miền núi, trung du | chủ động sơ tán, di dời dân ..."), or None."""
    for count, space in enumerate(_SPACE.finditer(opening, 0, _TOPIC_CHARS)):
        if count > _TOPIC_WORDS:
            return None
        adverbs = vocab.pre_verbal.match(opening, space.end())
        if adverbs.end() > space.end() and vocab.action_start.match(opening[adverbs.end() :]):
            topic = opening[vocab.topic_opener.match(opening).end() : space.start()]
            # (not after a subject and its duty: "Đối với nhóm tạo thuận lợi, các đơn vị cần | tập trung ...", "Về
            # công tác tiêm vaccine, Bộ Y tế sẽ | tiếp tục ...": a topic of common nouns only)
            named = any(word[:1].isupper() for word in topic.split())
            # ("Đối với đề xuất | tiếp tục hỗ trợ ...": a verb's noun, what follows it its object)
            short = len(topic.split()) < 2
            return None if named or short or vocab.obligation.search(topic) or _group_after_comma(topic) else (
                space.end())
    return None


_TOPIC_WORDS = 9  # "Đối với khu vực miền núi, trung du": a topic no comma closes is short


def _group_after_comma(topic: str) -> bool:
    """Whether a group opens after one of a topic's commas ("Đối với nhóm ..., | các đơn vị cần ..."): a subject."""
    return any(GROUP_OPENING.match(topic, comma.end()) for comma in re.finditer(",", topic))


def _topic_set_aside(opening: str, vocab: Vocab) -> int | None:
    """Where the action starts in a sentence that opens with a topic no comma closes before it ("Đối với khu vực
    miền núi, trung du | chủ động sơ tán ..."), or None."""
    if not (vocab.topic_opener.match(opening) and opening.rstrip().endswith((".", ";", "…"))):
        return None
    adverb = _adverb_after_topic(opening, vocab)
    comma = _comma_after_topic(opening, vocab)
    return adverb if adverb is not None and (comma is None or adverb < comma) else None


_SPACE = re.compile(r"[ \t]+")
