from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from ...patterns import CAPITALS, skip_blanks
from ...source_name import fold
from ..agencies import PLACE_ALONE, PLACE_LEVELS, FoundAgency, council_of, flatten
from .model import Unit
from .vocab import ASIDE, LABEL_END, SEPARATOR, Vocab


def agencies_in(agencies: list[FoundAgency], start: int, end: int) -> list[FoundAgency]:
    """The agencies wholly between ``start`` and ``end``, in the list's order. A document's list is asked
    once per clause: when it is in text order, its starts are kept and searched (linear in the document)."""
    starts = _sorted_starts(agencies)
    if starts is None:
        return [a for a in agencies if start <= a.start and a.end <= end]
    first, last = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
    return [a for a in agencies[first:last] if a.end <= end]


# the list last asked about, its length, and its starts (None: not in text order); one tuple, read and
# replaced whole, so that threads extracting side by side never mix two lists' starts
_LAST_STARTS: tuple[list[FoundAgency] | None, int, list[int] | None] = (None, 0, None)


def _sorted_starts(agencies: list[FoundAgency]) -> list[int] | None:
    """The starts of ``agencies`` if they are in text order; remembered for the list last asked about."""
    global _LAST_STARTS
    listed, length, starts = _LAST_STARTS
    if listed is not agencies or length != len(agencies):
        starts = [a.start for a in agencies]
        if any(a > b for a, b in zip(starts, starts[1:], strict=False)):
            starts = None
        _LAST_STARTS = (agencies, len(agencies), starts)
    return starts


def run_from(agencies: list[FoundAgency], text: str, pos: int, limit: int) -> list[FoundAgency]:
    """The agencies listed from ``pos`` on, separated only by commas, "và", ";" (a body in brackets after one
    of them is its unit, no member of the list: "Sở Nông nghiệp và PTNT (BQL dự án VAHIP) và UBND huyện")."""
    run: list[FoundAgency] = []
    cursor = pos
    for agency in agencies:
        if agency.start < cursor or agency.start >= limit:
            continue
        gap = text[cursor : agency.start]
        if run and _OPENS_ASIDE.fullmatch(gap):
            close = text.find(")", agency.end, limit)
            if close != -1 and "(" not in text[agency.end : close]:
                cursor = close + 1
                continue
        if run and _SINGLES_OUT.fullmatch(gap) and _GOES_ON.match(text, agency.end):
            cursor = agency.end  # "các đơn vị thuộc Bộ, trong đó có Cục Quản lý thị trường, ...": one of the group
            continue
        if gap and not SEPARATOR.match(gap):
            break
        run.append(agency)
        cursor = agency.end
    return run


_OPENS_ASIDE = re.compile(r"[ \t]*\((?:(?:trừ|gồm|kể cả|như)[ \t]+)?")  # "(BQL dự án ...", "(trừ Bộ Quốc phòng ..."
# a member of a group singled out between commas, and the comma after it
_SINGLES_OUT = re.compile(r",[ \t]*(?:trong[ \t]+đó(?:[ \t]+có)?|nhất[ \t]+là|đặc[ \t]+biệt[ \t]+là)[ \t]+")
_GOES_ON = re.compile(r"[ \t]*,")


# how far after a unit's opening its subject may start, after a short adverbial phrase, or after a
# clause of purpose or grounds ("Nhằm ...,")
_SUBJECT_REACH = 110
_FRAME_REACH = 400


# a place named alone, and a quantity right after its verb: what it is allotted, not what it does
_QUANTITY = re.compile(r"\s*\d[\d.,]*\s")

_PASSIVE_BEFORE = re.compile(r"(?<![\wđ])(?:được|do|bởi)(?:\s+(?:các\s+)?(?:đồng chí|ông|bà))?\s*$", re.IGNORECASE)


def _agent_listed_before(text: str, agencies: list[FoundAgency], begin: int, comma: int) -> bool:
    """Whether the comma at ``comma`` goes on a list of bodies that a passive names as its agents
    ("... đã được đồng chí Phó Bí thư Đảng ủy, Chủ tịch UBND xã và các ngành trả lời")."""
    ends = {a.end: a for a in agencies if begin <= a.start < comma}
    first = ends.get(comma)
    while first is not None:
        gap = first.start
        while gap > begin and text[gap - 1] in " \t":
            gap -= 1
        earlier = ends.get(gap - 1) if gap > begin and text[gap - 1] == "," else None
        if earlier is None:
            return bool(_PASSIVE_BEFORE.search(text, begin, first.start))
        first = earlier
    return False


def _unnamed(run: list[FoundAgency], vocab: Vocab) -> bool:
    """Bodies named only by their kind, in lower case ("Cơ quan, đơn vị", "Người đứng đầu cơ quan";
    not "Các Cục Thuế", the tax departments). A verb after such a head as often tells which of them
    ("Cơ quan, đơn vị nộp | chuẩn bị hồ sơ", "Đơn vị, tổ chức mời chuyên gia | chi trả ...") as
    what they must do, so only a listed predicate makes it a subject, not a verb by its tag."""
    return all(vocab.unit_kinds.match(name) and not any(char.isupper() for char in name[1:])
               for name in (agency.text.strip() for agency in run))


def subject_of(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
             begin: int) -> tuple[list[FoundAgency], int] | None:
    """Agencies opening the unit (maybe after a short adverbial phrase) and followed by a verb."""
    topical = _topic_body(text, agencies, vocab, unit.start, unit.end)
    if topical:
        return topical
    candidates = [begin]
    # a purpose or grounds may run long before the subject ("Nhằm đảm bảo ..., lễ hội ..., UBND ...")
    # ... as may bodies told of as a topic ("Đối với xã, phường để xảy ra nhiều vi phạm ..., Chủ tịch UBND huyện
    # có trách nhiệm ...")
    opening = skip_blanks(text, unit.start, unit.end)
    topic = vocab.topic_opener.match(text[opening : opening + 40])
    framed_by_purpose = bool(vocab.frame_opener.match(text[begin : begin + 40])) or topic is not None and any(
        a.start == skip_blanks(text, opening + topic.end(), unit.end) for a in agencies)
    window_end = min(unit.end, begin + (_FRAME_REACH if framed_by_purpose else _SUBJECT_REACH))
    most_commas = 8 if framed_by_purpose else 3
    comma = text.find(",", begin, window_end)
    # "Phối hợp với X, Y xây dựng ...": X, Y are partners, not the subject ("Căn cứ tình hình thực
    # tế, các cơ quan ... phối hợp": the subject follows a basis); after an action's frame only a
    # body bound by a duty is one ("Triển khai nhiệm vụ, giám đốc các văn phòng ... có trách nhiệm")
    framed = bool(vocab.action_start.match(text[begin:unit.end])) and not vocab.basis.match(text[begin:unit.end])
    while comma > 0 and len(candidates) <= most_commas:
        candidates.append(comma + 1)
        comma = text.find(",", comma + 1, window_end)
    label = vocab.time_label.match(text[begin:window_end])
    if label:  # "Vào các ngày thứ bảy và Chủ nhật: UBND các xã ... vận động ...": when, labelled first
        candidates.append(begin + label.end())
    timing = vocab.recurrence_opener.match(text[begin:window_end])
    if timing and text[begin + timing.end() - 1] != ",":  # "Định kỳ 5 năm Sở X phối hợp ...": no comma
        candidates.append(begin + timing.end())
    told = vocab.speech_frame.search(text, begin, window_end) if tells_of_requests(vocab) else None
    if told:  # "... dẫn công điện cho hay Bộ GTVT được giao ...": what the source told
        candidates.append(told.end())
    for pos in candidates:
        if pos != begin and _inside_partners(text, agencies, vocab, begin, pos - 1):
            continue  # "X có nhiệm vụ phối hợp với A, B và C tổ chức ...": C is a partner, not a subject
        if pos != begin and _agent_listed_before(text, agencies, begin, pos - 1):
            continue  # "Những ý kiến đó đã được đồng chí Phó Bí thư, Chủ tịch UBND xã ... trả lời": agents
        if pos != begin and vocab.person_owned.search(text, begin, pos):
            continue  # "... truyền đạt ý kiến của đồng chí Dương Xuân Huyên, Phó Chủ tịch UBND tỉnh chỉ đạo ...":
            # the office of a person named in a genitive, no subject
        while pos < unit.end and text[pos] == " ":
            pos += 1
        run = run_from(agencies, text, pos, unit.end)
        opener = _GROUP_OPENER.match(text, pos) if not run or run[0].start != pos else None
        if opener:  # "Các Tổng công ty, căn cứ ...": the gazetteer names the head, not the group
            run = run_from(agencies, text, opener.end(), unit.end)
        if run and opener and run[0].start == opener.end():
            first = run[0]
            run = [FoundAgency(text[pos : first.end], f"{opener.group(0)}{first.name}", pos, first.end, first.title,
                               first.successor, members=first.members), *run[1:]]
        honorific = _HONORIFIC.match(text, pos) if not run or run[0].start != pos else None
        if honorific and not (honorific.group(0)[:1].isupper() and pos == begin or _COMRADES.match(honorific.group(0))):
            honorific = None  # "...; đồng chí bí thư tỉnh ủy giữ chức danh ...": an aside, no sentence's subject
        if honorific:  # "...; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy nêu cao ...": officials by their title;
            # "Đồng chí Bí thư Tỉnh ủy Bến Tre chỉ đạo ...": one, addressed as a comrade
            titled = run_from(agencies, text, honorific.end(), unit.end)
            if titled and titled[0].start == honorific.end() and titled[0].title:
                run, pos = titled, honorific.end()
                if not _COMRADES.match(honorific.group(0)) and not any(
                        _GROUP.search(a.text) or _LEVELS_LISTED.search(a.text) for a in run):
                    run = run[-1:]  # "Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ xã": one
                    # person's offices, the last the one that acts ("Đồng chí Bí thư Tỉnh ủy, Thành ủy, Chủ
                    # tịch UBND tỉnh, thành phố ...": the officials of every province, each one's)
        if run and run[0].start == pos:
            # "Thông báo cũng nêu rõ, từng ngành ... chủ động ...": what a source says, not an action's frame
            told_here = told is not None and pos == skip_blanks(text, told.end(), unit.end)
            run = _with_qualifier(run, text, unit.end, vocab)
            after = run[-1].end
            if framed and pos != begin and not told_here and (not vocab.obligation.match(text[after:unit.end].lstrip())
                                            or vocab.addressing.search(text, begin, pos)):
                continue  # "Giao nhiệm vụ phân công lãnh đạo Sở, các Phòng ... chịu trách nhiệm": one list
            beyond_reach = pos - begin > _SUBJECT_REACH
            if beyond_reach and text[after:unit.end].lstrip().startswith(","):
                continue  # a subject found only past a long purpose stands right before its verb
            if not beyond_reach:
                aside = ASIDE.match(text, after, unit.end) or _where_clause(text, after, unit.end, vocab)
                grounds = None if aside else _after_grounds(text, after, unit.end, agencies, vocab)
                after = aside.end() if aside else grounds or _after_offices(text, after, unit.end, agencies, vocab)
                after = _after_apposition(text, after, unit.end, agencies, vocab)
            rest = text[after : unit.end]
            meeting = vocab.meeting.match(rest)
            act = None if meeting else vocab.issuer_act.match(rest)
            own_act = act is not None and not text[unit.start : unit.end].rstrip().endswith(":") and _named_issuer(
                run[0], vocab)
            if act and ((vocab.authority.match(run[0].text) or own_act) and _may_issue(
                    run[0], vocab) and not _LEVELS_LISTED.search(run[0].text)
                        or _ISSUED.match(text, after + act.end(), unit.end)):
                meeting = act  # "UBND huyện tổ chức hội nghị thường kỳ", "Ban chỉ huy ... ban hành Công văn
                # số 02/BCHPCTT-VP": what was hosted or issued, reported; "Sở X ban hành hướng dẫn" is a task,
                # unless Sở X issues the document ("..., Bộ Giao thông vận tải ban hành Kế hoạch ...": its own act;
                # "... ban hành Kế hoạch với các nội dung sau:" leads in its items, the issuer their actor)
            # a verb by its tag, not after a kind of body, nor in a press report, whose bodies' acts
            # are news ("Lực lượng Hải quan bắt giữ ..."): there only a listed predicate charges them
            verb = vocab.after_subject.match(rest) or (
                vocab.verb_at is not None and not _unnamed(run, vocab) and not tells_of_requests(vocab)
                and vocab.verb_at(after, True))
            if not verb and unit.in_item and pos == begin and rest[:1] == " " and rest[1:2].isupper():
                # "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ / Tập trung chỉ đạo ...": a crawl
                # joined an item's actors and its action, which opens with a capital
                verb = vocab.action_start.match(rest[1:])
            if isinstance(verb, re.Match) and PLACE_ALONE.match(run[0].text) and _QUANTITY.match(rest, verb.end()):
                continue  # "... xuất cấp cho tỉnh Lâm Đồng 1.000 tấn gạo, tỉnh Gia Lai bổ sung 1.000 tấn": a share
            if verb and vocab.told.match(rest):
                continue  # "..., Phó Cục trưởng Cục Y tế dự phòng cho biết, bạch hầu là ...": what one says
            if verb and not meeting:
                if (len(run) > 1 and vocab.addressing.match(rest.lstrip()) and vocab.authority.match(run[-1].text)
                        and not is_plural([run[-1]])):
                    run = run[:-1]  # "Đối với UBND các xã, Phó Chủ tịch UBND tỉnh đề nghị ...": the speaker
                    # ("..., Chủ tịch UBND các huyện chỉ đạo ...": a group is no speaker)
                return run, after
    return _described_subject(text, begin, unit.end, vocab) or _place_subject(text, begin, unit.end, vocab)


# "là" and what a subject is, after its first office: "Chủ tịch UBND thành phố | là Trưởng ban Chỉ đạo ...,
# là chỉ huy trưởng, | trực tiếp chỉ đạo ..."
_OFFICE = re.compile(r",?[ \t]+là[ \t]+")
_OFFICES_REACH = 200


def _after_apposition(text: str, after: int, end: int, agencies: list[FoundAgency], vocab: Vocab) -> int:
    """Where the action starts after the role a subject plays for another body, set off by a comma:
    "Bộ Kế hoạch và Đầu tư, cơ quan thường trực Tiểu ban kinh tế - xã hội(,) | nghiên cứu ..."."""
    alone = vocab.role_alone.match(text, after, end)
    if alone and (vocab.after_subject.match(text[alone.end() : end])
                  or vocab.verb_at is not None and vocab.verb_at(alone.end(), True)):
        return alone.end()  # "Sở X là cơ quan thường trực, | chủ trì theo dõi, đôn đốc ..."
    role = vocab.apposition.match(text, after, end)
    if role is None:
        return after
    body = next((a for a in agencies if a.start >= role.end()), None)
    if body is None or body.start > skip_blanks(text, role.end(), end) or body.end > end:
        return after
    comma = re.match(r"\s*,", text[body.end : body.end + 3])
    return body.end + comma.end() if comma else body.end


def _after_offices(text: str, after: int, end: int, agencies: list[FoundAgency], vocab: Vocab) -> int:
    """Where the action starts after the offices a subject is said to hold ("X là Trưởng ban ..., là
    chỉ huy trưởng, trực tiếp chỉ đạo ..."): after the first comma that no name or compound holds and
    that an action follows; ``after`` itself when the subject holds no office (an office's title
    follows "là": "X là đơn vị được giao ... theo dõi, đôn đốc" is a role, its verbs one list) or no
    action follows."""
    office = vocab.office.match(text, after, end)
    if office is None:
        return after
    limit = min(end, office.end() + _OFFICES_REACH)
    comma = text.find(",", office.end(), limit)
    while comma >= 0:
        inside = any(a.start < comma < a.end for a in agencies) or any(
            m.start() < comma < m.end() for m in vocab.comma_compound.finditer(text, max(0, comma - 30), comma + 30))
        start = skip_blanks(text, comma + 1, end)
        if not inside and not _OFFICE.match(text, comma, end) and (
                vocab.after_subject.match(text[start:end]) or vocab.verb_at is not None and vocab.verb_at(start, True)):
            return start
        comma = text.find(",", comma + 1, limit)
    return member_acts(text, after, end, vocab) or after


def member_acts(text: str, after: int, end: int, vocab: Vocab) -> int | None:
    """Where the action of a subject said to be a committee's member starts, with no comma before it: "Các
    Sở, ban, ngành là thành viên Ban Chỉ huy | phối hợp tham gia ..." (the committee named in capitals)."""
    office = vocab.office.match(text, after, end)
    committee = _COMMITTEE_NAMED.match(text, office.end(), end) if office else None
    if committee is None or office.group(0).split()[-1] != "viên":
        return None
    start = committee.end() + 1
    if vocab.verb_at is not None and vocab.verb_at(start, True):
        return start
    for word in _WORD.finditer(text, committee.end(), min(end, committee.end() + _COMMITTEE_REACH)):
        if vocab.after_subject.match(text[word.start() : end]):  # "... Ban Chỉ đạo tỉnh | chủ động kiểm tra"
            return word.start()
    return None


# a committee's name in capitals right after a member's title: "là thành viên | Ban Chỉ huy |"
_COMMITTEE_REACH = 60  # the small words a committee's name goes on with: "Ban Chỉ đạo phòng, chống dịch tỉnh"
_WORD = re.compile(r"(?<![\wđ])[\wđ]+")
_COMMITTEE_NAMED = re.compile(rf"[ \t]*[{CAPITALS}][\wđ]*(?:[ \t]+[{CAPITALS}][\wđ]*)*(?=[ \t])")


# "do" before the body that carries out what the clause names: "Rác thải ... do Công ty X tăng cường thu gom"
_AGENT = re.compile(r"(?<![\wđ])do[ \t]+", re.IGNORECASE)


def agent_of(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
             begin: int) -> tuple[list[FoundAgency], int] | None:
    """The body a clause names after "do" with the action it takes, when no subject opens the clause:
    "Rác thải tại các xã ... do Công ty Quản lý công trình công cộng tăng cường thu gom, vận chuyển"
    (not what a body issued or hosted: "Kế hoạch do UBND tỉnh ban hành"; nor what it chairs: "Hội đồng
    thi do Sở GD&ĐT chủ trì sẽ đặt tại ...", a name and its chair)."""
    for m in _AGENT.finditer(text, begin, unit.end):
        run = run_from(agencies, text, m.end(), unit.end)
        if not run or run[0].start != m.end():
            continue
        rest = text[run[-1].end : unit.end]
        if vocab.issuer_act.match(rest) or vocab.meeting.match(rest) or vocab.lead_role.match(rest.lstrip()):
            return None
        if vocab.after_subject.match(rest):
            return run, run[-1].end
    return None


def _place_subject(text: str, begin: int, end: int, vocab: Vocab) -> tuple[list[FoundAgency], int] | None:
    """Places that open a clause and take a duty stand for their councils: "Xã Sen Phương, xã Nam
    Tiến có trách nhiệm duy trì ...", "Huyện Sa Thầy cần tập trung ..."."""
    found = vocab.place_subject.match(text, begin, end)
    if found is None:
        return None
    places = [_council_of_place(m, vocab) for m in vocab.place.finditer(text, begin, found.end())]
    return places, places[-1].end


def _council_of_place(place: re.Match[str], vocab: Vocab) -> FoundAgency:
    """A place named where a body acts, as the council that acts for it ("xã Nam Tiến" -> "UBND xã Nam Tiến")."""
    return FoundAgency(place.group(0), council_of(place.group(0), vocab.place_council), place.start(), place.end())


# What qualifies a group of bodies up to the duty it is charged with: "Các cơ quan, tổ chức, đơn vị
# | chủ trì quản lý tài sản | có trách nhiệm ...", "Cơ quan, đơn vị | thực hiện nội dung chi theo
# Phụ lục III | có trách nhiệm ..."
_QUALIFIER = re.compile(r"[ \t\n]+(?P<words>[^\W\d_A-ZĐ][^,;:.()]{2,80}?)"
                        r"(?=[ \t]+(?:(?:có|chịu)[ \t]+trách[ \t]+nhiệm|có[ \t]+nhiệm[ \t]+vụ)(?![\wđ]))")


# ("Sở Y tế | là cơ quan chịu trách nhiệm chính ...": what the body is, not which of a group)
_NOT_A_QUALIFIER = re.compile(r"(?<![\wđ])và(?![\wđ])|^là(?![\wđ])"
                              r"|(?<![\wđ])(?:không|chưa|sẽ|đã|cũng|vẫn|phải|cần|đều|hoàn toàn|trực tiếp)$")


def _with_qualifier(run: list[FoundAgency], text: str, end: int, vocab: Vocab) -> list[FoundAgency]:
    """A group named by its units takes the words that say which of them, up to its duty; so does
    the last group of a list ("..., giám đốc các chi nhánh | thuộc văn phòng ... | có trách nhiệm")."""
    last = run[-1]
    if last.members or not vocab.units_group.match(last.text):
        return run
    relative = _with_relative_clause(run, text, end, vocab)
    if relative is not run:
        return relative
    qualifier = _QUALIFIER.match(text, last.end, end)
    if qualifier is None or _NOT_A_QUALIFIER.search(qualifier.group("words")):
        return run  # "... và ...": another body; "... không | phải | chịu trách nhiệm": the predicate's adverb
    whole = text[last.start : qualifier.end()]
    return [*run[:-1], FoundAgency(whole, " ".join(whole.split()), last.start, qualifier.end(), last.title)]


def _with_relative_clause(run: list[FoundAgency], text: str, end: int, vocab: Vocab) -> list[FoundAgency]:
    """``run`` with its last body's relative clause in its name ("cơ quan được giao quyền tổ chức thi
    nâng ngạch"); ``run`` itself when it has none."""
    last = run[-1]
    clause_end = None if last.members else _relative_clause_end(last, text, end, vocab)
    if clause_end is None:
        return run
    whole = text[last.start : clause_end].rstrip(" \t")
    return [*run[:-1], FoundAgency(whole, " ".join(whole.split()), last.start, last.start + len(whole), last.title)]


_SYLLABLE = re.compile(r"[^\s,;:.()]+")
_CLAUSE_BREAK = re.compile(r"[,;:.()]")
_CLAUSE_REACH = 100  # characters a relative clause may run: "được giao quyền tổ chức thi nâng ngạch công chức"


def _relative_clause_end(body: FoundAgency, text: str, end: int, vocab: Vocab) -> int | None:
    """Where the relative clause after a kind of body ends and its predicate starts, when one
    follows or closes its name: "cơ quan | được giao quyền tổ chức thi nâng ngạch | xây dựng ...". The
    predicate is an adverb or a duty ("... trong Kế hoạch | khẩn trương ..."), or, by the word
    analysis, a verb after the clause's own verb and a word that is none ("tổ chức thi nâng ngạch
    | xây dựng"); a clause that needs no complement ("Đơn vị đã đăng ký | tiến hành ...") ends at
    once. None when no marker, no predicate within reach, or a comma first."""
    marker = vocab.relative_marker.search(text, body.start, body.end) or vocab.relative_marker.match(
        text, body.end, end)
    if marker is None or not vocab.unit_kinds.match(text[body.start : marker.start()].strip()):
        return None  # "Sở Tài chính được giao tham mưu ...": a body by its name, the passive its predicate
    if vocab.complete_relative.fullmatch(marker.group(0).strip()):
        return marker.end() if marker.end() > body.end else None
    limit = min(end, marker.end() + _CLAUSE_REACH)
    cut = _CLAUSE_BREAK.search(text, marker.end(), limit)
    limit = cut.start() if cut else limit
    syllables = [m.start() for m in _SYLLABLE.finditer(text, marker.end(), limit)]
    for pos in syllables[1:]:
        if pos >= body.end and (vocab.obligation.match(text, pos) or vocab.pre_verbal.match(text, pos).end() > pos):
            return pos  # "... trong Kế hoạch | khẩn trương ...", "... | có trách nhiệm ..."
    own_verb = after_object = False
    for pos in syllables:
        tag = vocab.tag_at(pos) if vocab.tag_at is not None else None
        if tag == "V" and after_object and pos >= body.end:
            return pos
        own_verb = own_verb or tag == "V"
        after_object = after_object or (own_verb and tag is not None and tag != "V")
    return None


def _topic_body(text: str, agencies: list[FoundAgency], vocab: Vocab, begin: int,
                end: int) -> tuple[list[FoundAgency], int] | None:
    """Bodies a clause opens with as its topic, then their action: "Đối với các cơ quan báo chí của
    tỉnh, tăng cường thời lượng ...", "Riêng đối với UBND các huyện: rà soát ..."."""
    start = skip_blanks(text, begin, end)
    topic = vocab.topic_opener.match(text[start:end])
    if topic is None:
        return None
    start = skip_blanks(text, start + topic.end(), end)
    run = run_from(agencies, text, start, end)
    place = vocab.place.match(text, start, end) if not run or run[0].start != start else None
    if place is not None:  # "Riêng đối với phường Nghi Hương, cần ...": a place stands for its council
        run = [_council_of_place(place, vocab)]
    gap = _TOPIC_GAP.match(text, run[-1].end, end) if run and run[0].start == start else None
    if gap is None or not gap.group(0).strip() and (len(run) > 1 or vocab.addressing.match(text, gap.end(), end)):
        return None  # "Đối với UBND các xã, phường, Phó Chủ tịch UBND tỉnh đề nghị ...": the topic, then the speaker
    # "Đối với Sở Y tế, yêu cầu khẩn trương rà soát ...": a request that names nobody after its verb asks the topic
    request = vocab.addressing.match(text, gap.end(), end) if gap.group(0).strip() else None
    action_at = request.end() if request and not any(a.start == request.end() for a in agencies) else gap.end()
    acts = vocab.action_start.match(text[action_at:end]) or (
        vocab.verb_at is not None and vocab.verb_at(action_at, True))
    if acts and not gap.group(0).strip() and not vocab.action_start.match(text[gap.end() : end]) and any(
            a.start == skip_blanks(text, comma + 1, end) for comma in _commas(text, gap.end(), end) for a in agencies):
        return None  # a verb by its tag with no comma before it may tell which of them ("Đối với xã, phường để
        # xảy ra vi phạm, Chủ tịch UBND huyện có trách nhiệm ..."): a body after a comma is the subject
    return (run, gap.end()) if acts else None


def _commas(text: str, start: int, end: int) -> list[int]:
    return [match.start() for match in _COMMA.finditer(text, start, end)]


_COMMA = re.compile(",")


_TOPIC_GAP = re.compile(r"[ \t]*[,:]?[ \t]*")  # "Đối với phòng X | nắm bắt ...": maybe no comma


def _inside_partners(text: str, agencies: list[FoundAgency], vocab: Vocab, begin: int, comma: int) -> bool:
    """Whether the comma at ``comma`` separates partners named after "phối hợp với", or the bodies
    a verb of advice or report takes as its object ("tham mưu Ban cán sự đảng, Ban Tổ chức ...")."""
    markers = sorted([*vocab.support.finditer(text, begin, comma), *vocab.advising.finditer(text, begin, comma)],
                     key=lambda m: m.end())
    return bool(markers) and only_agencies(text, agencies, markers[-1].end(), comma, vocab)


def _described_subject(text: str, begin: int, end: int, vocab: Vocab) -> tuple[list[FoundAgency], int] | None:
    """A body named by what it is, outside any gazetteer, before "có/chịu trách nhiệm":
    "Cơ quan sử dụng công chức dự bị có trách nhiệm ...", "Đơn vị sử dụng viên chức có trách nhiệm ..."."""
    found = vocab.described_subject.match(text, begin, end)
    if found is None:
        return None
    name = found.group("np")
    if _NEGATION_END.search(name):
        return None  # "Văn phòng ... không chịu trách nhiệm": the body is exempt, not charged; "X chịu ... và"
    start = found.start("np")
    return [FoundAgency(name, name, start, start + len(name))], start + len(name)


# a described subject that ends in a negation or a conjunction is a subject and its first
# predicate: "Các tổ công tác chịu sự chỉ đạo ... và | chịu trách nhiệm về ..."
_NEGATION_END = re.compile(r"(?<![\wđ])(?:không|chưa|và|hoặc)$", re.IGNORECASE)


def labelled_actor(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
                   begin: int) -> tuple[list[FoundAgency], int] | None:
    """An item labelled with its actor: "+ Sở KH&ĐT: chủ trì ...", "2. Công an tỉnh: xây dựng ...", and
    an unmarked paragraph when an action follows its colon ("Sở Công Thương: Theo dõi ..."); in any
    paragraph, a body's duties announced before their colon: "Nhiệm vụ của Tổ công tác: ..."."""
    duties = vocab.duties_of.match(text, unit.start, unit.end)  # an opening stripped as a topic's label
    if duties:
        begin = duties.end()
    opener = _GROUP_OPENER.match(text, begin)  # "Các Tập đoàn, ...:": the gazetteer names the heads
    # ... or the group with its opener is one mention ("Các Tổ dân phố:")
    run = run_from(agencies, text, begin, unit.end) or run_from(
        agencies, text, opener.end() if opener else begin, unit.end)
    if not run or run[0].start not in {begin, opener.end() if opener else begin}:
        return None
    label = LABEL_END.match(text, run[-1].end) or _DUTY_LABEL.match(text, run[-1].end, unit.end)
    tail = None if label else _NAME_BEFORE_LABEL.match(text, run[-1].end, unit.end)
    if tail and vocab.announces_members.search(f"{tail.group(0)}:"):
        return None  # "b) ủy viên Hội đồng gồm: người phụ trách ...": who a body is made of
    if tail and vocab.speech_end.search(tail.group(0)):
        return None  # "Phó Chủ tịch UBND xã kết luận: Cần ...": who speaks, then what is said
    if tail and vocab.addressing.search(tail.group(0)):
        return None  # "UBND tỉnh yêu cầu các sở: ...", "... chỉ đạo các đơn vị: ...": a request's lead-in, no label
    if tail:  # "9. Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu: xây dựng ...": the name goes on
        last = run[-1]
        whole = text[last.start : tail.end()]
        run = [*run[:-1], FoundAgency(whole, f"{last.name}{text[last.end : tail.end()]}", last.start, tail.end(),
                                      last.title, last.successor)]
        label = LABEL_END.match(text, tail.end())
    if not label or label.end() >= unit.end or text[label.end() : label.end() + 1].isdigit():
        return None  # "a) Đối với Trưởng Bộ môn: 1.000.000 đồng/người/tháng": a rate, no action
    if not (unit.in_item or duties) and not vocab.action_start.match(text[skip_blanks(text, label.end(), unit.end):
                                                                          unit.end]):
        return None  # an unmarked paragraph is labelled by its actor only when an action follows the colon
    cited = vocab.document_type.match(text, skip_blanks(text, label.end(), unit.end))
    if cited and _CITED_NUMBER.match(text, cited.end(), unit.end):
        return None  # "1. Văn phòng Chính phủ: Thông báo số 106/TB-VPCP ngày ...": a document the body issued
    return run, label.end()


# a document's number after its type: "Thông báo | số 106/TB-VPCP", "Công văn | 12/UBND-VX"
_CITED_NUMBER = re.compile(r"\s*(?:số\s*:?\s*)?\d+(?:/\d{4})?/[A-ZĐ]", re.IGNORECASE)


# lowercase words that end a body's name right before its label's colon ("doanh nghiệp xuất khẩu:")
_NAME_BEFORE_LABEL = re.compile(r"(?:\s*,)?(?:\s+(?-i:[a-zđà-ỹ][\wđ]*)){1,4}(?=\s*:)")
_GROUP_OPENER = re.compile(r"(?:Các|các)\s+")
# a body's duties announced after its name: "Tổ công tác có các nhiệm vụ như: xây dựng ...; thực hiện ..."
_DUTY_LABEL = re.compile(r"\s+có\s+(?:các\s+|những\s+)?(?:nhiệm vụ|trách nhiệm)(?:,?\s+quyền hạn)?"
                         r"(?:\s+(?:như|sau|sau đây|chính|chủ yếu|cụ thể))*\s*:[ \t]*")


def generic_addressee(text: str, pos: int, end: int, vocab: Vocab) -> list[FoundAgency]:
    """A generic noun addressed without "các" ("Đề nghị doanh nghiệp thanh toán ..."), when an
    action follows it: it stands for the bodies the document speaks to."""
    noun = vocab.bare_subject.match(text[pos:end])
    if noun is None or not vocab.action_start.match(text[pos + noun.end() : end]):
        return []
    if vocab.action_start.match(text[pos:end]) and "," not in noun.group(0):
        return []  # "yêu cầu tổ chức triển khai ...": the verb "tổ chức", then its action, no addressee
    word = noun.group(0).strip()
    return [FoundAgency(word, word, pos, pos + len(word))]


def _levels_addressed(text: str, pos: int, end: int, vocab: Vocab) -> list[FoundAgency]:
    """The levels of government addressed as such, then their action: "yêu cầu từ cấp huyện đến cấp xã phân công
    trách nhiệm ...", "đề nghị các cấp tăng cường ..." (each level named is charged; "các cấp", all of them)."""
    levels = _LEVELS_ADDRESSED.match(text, pos, end)
    if levels is None:
        return []
    after = vocab.pre_verbal.match(text, skip_blanks(text, levels.end(), end), end).end()
    if not (vocab.action_start.match(text[after:end]) or vocab.addressing.match(text, after, end)):
        return []
    named = list(_LEVEL_NAMED.finditer(text, levels.start(), levels.end()))
    if not named:
        return [FoundAgency(levels.group(0), levels.group(0), levels.start(), levels.end())]
    return [FoundAgency(m.group(0), m.group(0), m.start(), m.end()) for m in named]


_LEVEL_NAMES = rf"(?:{PLACE_LEVELS}|cơ sở|[Tt]rung ương)"  # the places' levels, and the base and the centre
_LEVEL_NAMED = re.compile(rf"cấp[ \t]+{_LEVEL_NAMES}(?![\wđ])")
_LEVELS_ADDRESSED = re.compile(
    rf"[Cc]ác[ \t]+cấp(?![\wđ])(?![ \t]+(?:ủy|uỷ|Hội|hội|Công đoàn|Đoàn|chính quyền))"
    rf"|(?:từ[ \t]+)?cấp[ \t]+{_LEVEL_NAMES}(?:[ \t]*(?:,|và|đến|tới|xuống)[ \t]*cấp[ \t]+{_LEVEL_NAMES})+(?![\wđ])")


def _province_addressed(text: str, pos: int, end: int, vocab: Vocab) -> list[FoundAgency]:
    """A province addressed by its name alone, then its action: "Phó Thủ tướng đề nghị Quảng Nam hết
    sức chú ý ứng phó ...". The province's council is charged."""
    found = vocab.province.match(text, pos, end)
    if found is None:
        return []
    after = vocab.pre_verbal.match(text, skip_blanks(text, found.end(), end), end).end()
    if not vocab.action_start.match(text[after:end]):
        return []
    name = found.group(0)
    council = f"{vocab.place_council} {vocab.province_levels.get(name, 'tỉnh')} {name}"
    return [FoundAgency(name, council, found.start(), found.end())]


def addressees_of(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
                begin: int) -> tuple[list[FoundAgency], int, tuple[int, int]] | None:
    """Agencies named right after a directive verb: "yêu cầu Sở Y tế ...", "giao X:"."""
    condition = vocab.condition.match(text, begin, unit.end)
    duty_end: int | None = None
    for m in vocab.addressing.finditer(text, begin, unit.end):
        verb = m.group(0).strip(" :").lower()
        if duty_end is None:
            duty_end = _duty_end(unit, text, agencies, vocab, begin, m.start())
        if m.start() >= duty_end:
            return None  # "Tổ công tác có nhiệm vụ kiểm tra việc thực hiện các nhiệm vụ ... giao cho các sở":
            # the subject's duty holds the rest of the clause, the verb is part of its action
        before = text[unit.start : m.start()]
        if vocab.past.search(before) and not _reporting_authority(before, vocab) and not tells_of_requests(vocab):
            continue
        if vocab.earlier_letter.search(before) and not tells_of_requests(vocab):
            continue  # "Bộ X đã có Công văn số 2501/... đề nghị Sở ... báo cáo ...": asked before, told in a letter
        if vocab.nominal_verb.search(text, max(unit.start, m.start() - 20), m.start()):
            continue  # "Theo đề nghị Trưởng ban ...": the proposal a decision rests on
        if condition and m.start() < condition.end():
            continue  # "Trường hợp Cục Thi hành án đề nghị Chi cục Thuế cấp hóa đơn ... thì ...": the case
        if _in_a_series_of_actions(text[begin : m.start()], vocab):
            continue  # "Phân công, chỉ đạo, giao trách nhiệm cho các thành viên ...": the actor's own acts
        if _advised(text, agencies, vocab, begin, m.start()):
            continue  # "Tham mưu UBND tỉnh | chỉ đạo các huyện rà soát ...": what the adviser proposes the
            # authority direct, the adviser's task
        if _acts_before(unit, text, agencies, vocab, begin, m.start()):
            continue  # "Đối với phòng Quản lý đô thị nắm bắt khối lượng ..., yêu cầu đơn vị cung ứng ...":
            # the subject's request, one of its own acts
        after_verb = m.end()
        chained = vocab.joined_addressing.match(text, after_verb, unit.end)
        second = vocab.addressing.match(text, chained.end(), unit.end) if chained else None
        if second and not run_from(agencies, text, after_verb, unit.end)[:1]:
            after_verb = second.end()  # "yêu cầu và chỉ đạo Cục Quản lý thị trường ...": one request, two verbs,
            verb = second.group(0).strip(" :").lower()  # whose second says who may make it
        toward = _TOWARD.match(text, after_verb, unit.end)  # "yêu cầu đến các cơ quan, đơn vị tập trung ..."
        if toward and run_from(agencies, text, toward.end(), unit.end)[:1]:
            after_verb = toward.end()
        honorific = _HONORIFIC.match(text, after_verb, unit.end)  # "đề nghị các Đồng chí Bộ trưởng ..."
        if honorific and not run_from(agencies, text, after_verb, unit.end)[:1]:  # (not "các đồng chí thôn
            # trưởng, ...", a group the honorific opens)
            after_verb = honorific.end()
        share = _SHARE.match(text, after_verb, unit.end)  # "yêu cầu 100% | các huyện, thị xã ban hành kế hoạch ..."
        if share and run_from(agencies, text, share.end(), unit.end)[:1]:
            after_verb = share.end()
        staff = vocab.body_staff.match(text, after_verb, unit.end)  # "yêu cầu cán bộ, công chức Sở X ..."
        if staff and any(a.start == staff.end() for a in agencies):
            after_verb = staff.end()
        titled = vocab.title_colon.match(text, after_verb, unit.end)  # "Giao Giám đốc: Sở A, Sở B ..."
        if titled and run_from(agencies, text, titled.end(), unit.end)[:1]:
            after_verb = titled.end()
        stretch = vocab.time_frame.match(text, after_verb, unit.end)  # "yêu cầu trong thời gian tới xã cần ..."
        if stretch and run_from(agencies, text, stretch.end(), unit.end)[:1]:
            after_verb = stretch.end()
        basis = _FRONTED_BASIS.match(text, after_verb, unit.end)  # "đề nghị trên cơ sở các kết quả ..., X cần ..."
        if basis and run_from(agencies, text, basis.end(), unit.end):
            after_verb = basis.end()
        after_verb = _after_purpose(text, agencies, vocab, after_verb, unit.end)
        frame = _COMMA_FRAME.match(text, after_verb, unit.end)
        if frame and not run_from(agencies, text, frame.start(1), unit.end) and run_from(
                agencies, text, frame.end(), unit.end):
            after_verb = frame.end()  # "yêu cầu, trường hợp phát hiện sai phạm, Sở Y tế phải xử lý ...": a case first
        opener = _GROUP_OPENER.match(text, after_verb)  # "đề nghị các Thuế tỉnh, thành phố ...": the gazetteer's name
        if opener and not any(a.start == after_verb for a in agencies):
            after_verb = opener.end()
        run = run_from(agencies, text, after_verb, unit.end)
        if (not run or run[0].start > after_verb + 3) and verb in {"đề nghị", "yêu cầu", "giao"}:
            run = generic_addressee(text, after_verb, unit.end, vocab) or _province_addressed(
                text, after_verb, unit.end, vocab) or _levels_addressed(text, after_verb, unit.end, vocab)
        if (not run or run[0].start > after_verb + 3) and verb in {"đề nghị", "yêu cầu", "chỉ đạo"}:
            recipients = _letter_recipients(text, agencies, vocab, begin, m.start(), after_verb, unit.end)
            if recipients:
                return recipients, after_verb, (m.start(), m.start() + len(m.group(0).rstrip(' :')))
        if not run or run[0].start > after_verb + 3:
            continue
        subject_before = run_from(agencies, text, begin, m.start())
        if (subject_before and subject_before[0].start == skip_blanks(text, begin, m.start())
                and all(vocab.class_actor.match(a.text) for a in run)
                and not any(vocab.authority.match(a.text) or _named_issuer(a, vocab) for a in subject_before)):
            continue  # "Ban Quản lý dự án tỉnh yêu cầu các nhà thầu chuẩn bị nhân lực ...": the parties a body
            # oversees, the body's task (what an authority or the letter's issuer asks of them is theirs)
        if (subject_before and vocab.enterprise.match(subject_before[0].text)
                and any(vocab.authority.match(a.text) for a in run)):
            continue  # "Công ty X có thư ... đề nghị Phó Thủ tướng ...": a firm's petition, what the reply answers
        if verb in {"chỉ đạo", "phân công", "đôn đốc", "lưu ý", "nhắc nhở"}:
            # "Tập đoàn X chỉ đạo các đơn vị ..." is the Tập đoàn's own task; only an
            # authority (UBND, Chủ tịch, Thủ tướng, the issuer) addresses others this way.
            prefix = vocab.discourse.sub("", text[begin : m.start()].strip(), count=1)
            if prefix.endswith(":") and not agencies_in(agencies, begin, m.start()):
                prefix = ""  # "(Đối với) các nội dung kiến nghị của tỉnh: Phân công ...": what the item is about
            speaker = _speaker_before(text, agencies, m.start(), begin)
            if speaker is not None and vocab.authority.match(speaker.text) and not subject_before:
                subject_before = [speaker]  # "Sau khi nghe ... báo cáo, đồng chí Phó Chủ tịch UBND tỉnh chỉ đạo ..."
            reported = tells_of_requests(vocab) and bool(
                vocab.past.search(before) or vocab.document_frame.search(before))
            # "Phân công các Phó Chủ tịch UBND tỉnh chủ trì ...": an authority's own officials are assigned
            # by it alone, so an item opening so speaks in its voice and charges them
            appointed = (vocab.appointing.fullmatch(verb) is not None and not prefix
                         and all(vocab.authority.match(a.text) for a in run))
            speaks = bool(prefix) and bool(vocab.authority.match(prefix) or (
                subject_before and vocab.authority.match(subject_before[0].text)))
            if not reported and not appointed and not speaks:
                continue  # in a press report, "Giám đốc Công an tỉnh đã chỉ đạo công an các huyện ..." is news
                # of a direction given, whoever gave it: the task is the addressee's
            if subject_before and is_plural(subject_before):
                continue  # "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo các đơn vị ...": a document
                # speaks with one voice, so a group directing its own units is given the task
            if subject_before and not _speaks(subject_before[0], vocab.issuer_key):
                continue  # "Bộ trưởng Bộ Y tế chỉ đạo ngành y tế ..." in a Government notice: his task
            if subject_before and vocab.issuer_key and not _may_issue(subject_before[0], vocab):
                continue  # "UBND Thành phố chỉ đạo các sở, ngành ..." in a Government notice: its task
        run = _joined_addressees(run, text, agencies, vocab, begin, m.start(), unit.end)
        aside = ASIDE.match(text, run[-1].end, unit.end)  # "... chữa cháy rừng (PCCCR) tăng cường"
        aside = aside or _cause_clause(text, run[-1].end, unit.end, vocab)
        return run, aside.end() if aside else run[-1].end, (m.start(), m.start() + len(m.group(0).rstrip(' :')))
    return _guided_by_issuer(unit, text, agencies, vocab, begin)


def _letter_recipients(text: str, agencies: list[FoundAgency], vocab: Vocab, begin: int, verb: int, after_verb: int,
                       end: int) -> list[FoundAgency]:
    """The bodies a letter is sent to, right before its request that names nobody after the verb: "Bộ X vừa có văn
    bản gửi UBND TP.HCM và UBND các tỉnh Đồng Nai, Bà Rịa - Vũng Tàu | đề nghị khẩn trương thực hiện ..."."""
    sent = next(reversed(list(vocab.letter_recipients.finditer(text, begin, verb))), None)  # the last letter told
    if sent is None or not vocab.action_start.match(text[skip_blanks(text, after_verb, end) : end]):
        return []
    run = run_from(agencies, text, sent.end(), verb)
    if not run or run[0].start != sent.end() or not _MORE_PLACES.fullmatch(text, run[-1].end, verb):
        return []
    return run


# the rest of a group's places before the request's verb: "UBND các tỉnh Bà Rịa - Vũng Tàu | , Đồng Nai | đề nghị"
_MORE_PLACES = re.compile(rf"(?:[ \t]*(?:,|và|-)[ \t]*[{CAPITALS}][\wđ]*(?:[ \t]+[{CAPITALS}][\wđ]*)*)*[ \t,]*")


# the share of a group a request reaches: "100% | các huyện, thị xã", "100 % | cơ quan, đơn vị"
_SHARE = re.compile(r"\s*\d{1,3}(?:[.,]\d+)?\s*%\s*")


def _joined_addressees(run: list[FoundAgency], text: str, agencies: list[FoundAgency], vocab: Vocab,
                       begin: int, verb: int, end: int) -> list[FoundAgency]:
    """``run`` with the bodies a second addressing verb joins to it, both sharing one action: "yêu cầu
    các sở, ngành | và đề nghị | các đoàn thể tỉnh khẩn trương ...". When a colon cut the first verb
    off ("yêu cầu: các sở, UBND các huyện và đề nghị ..."), the list before the verb is the first's."""
    start = skip_blanks(text, begin, verb)
    ahead = run_from(agencies, text, start, verb)
    if ahead and ahead[0].start == start:
        joined = vocab.joined_addressing.match(text, ahead[-1].end, end)
        if joined and joined.end() == verb:
            run = ahead + run
    joined = vocab.joined_addressing.match(text, run[-1].end, end)
    second = vocab.addressing.match(text, joined.end(), end) if joined else None
    if second is None:
        return run
    after = second.end()
    more = run_from(agencies, text, after, end)
    opener = None if more else _GROUP_OPENER.match(text, after, end)
    if opener:  # "... và đề nghị các | Bí thư Tỉnh ủy, Thành ủy ...": the group's word before an office's title
        after = opener.end()
        more = run_from(agencies, text, after, end)
    return run + more if more and more[0].start <= after + 3 else run


def _guided_by_issuer(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
                      begin: int) -> tuple[list[FoundAgency], int, tuple[int, int]] | None:
    """Bodies the issuer itself guides to act: "..., Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn
    các tỉnh, thành phố tiến hành sơ kết ..." in the ministry's own letter. Any other body that
    guides others ("Sở Y tế hướng dẫn các cơ sở ...") does so as its own task."""
    verb = vocab.issuer_addressing.search(text, begin, unit.end)
    if verb is None or not vocab.issuer_key:
        return None
    before = agencies[: bisect.bisect_left(agencies, verb.start(), key=_start)]
    speaker = next((a for a in reversed(before[-_OVERLAPPING:]) if a.start >= begin
                    and _ASIDE_GAP.fullmatch(text, a.end, verb.start())), None)  # "Bộ X (Thường trực ...) hướng dẫn"
    if speaker is None or not _may_issue(speaker, vocab):
        return None
    run = run_from(agencies, text, verb.end(), unit.end)
    if not run or run[0].start > verb.end() + 1:
        return None
    action = skip_blanks(text, run[-1].end, unit.end)
    acts = vocab.action_start.match(text[action : unit.end]) or (
        vocab.verb_at is not None and vocab.verb_at(action, True))  # "... tiến hành sơ kết": a verb by its tag
    return (run, run[-1].end, verb.span()) if acts else None


# what may stand between a speaker and its verb: nothing, or an aside in brackets
_ASIDE_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?")


def _duty_end(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab, begin: int, verb: int) -> int:
    """Where the duty binding the clause's subject is stated ("Sở X có trách nhiệm | ..."), or the
    unit's end when the clause does not open with a subject bound by a duty before ``verb``."""
    if not vocab.obligation.search(text, begin, verb):
        return unit.end  # no duty before the verb: the subject need not be looked for
    subject = subject_of(unit, text, agencies, vocab, begin)
    duty = vocab.obligation.match(text, skip_blanks(text, subject[1], unit.end)) if subject else None
    return duty.end() if duty else unit.end


def _speaker_before(text: str, agencies: list[FoundAgency], verb: int, begin: int) -> FoundAgency | None:
    """The body or office named right before a verb, after a frame that opens the sentence:
    "Sau khi nghe ... báo cáo, đồng chí | Phó Chủ tịch UBND tỉnh | chỉ đạo ...". A body after a
    verb is its object ("Tham mưu UBND tỉnh chỉ đạo ..."): no speaker."""
    last = next((a for a in reversed(agencies[: bisect.bisect_left(agencies, verb, key=_start)]) if a.end <= verb),
                None)
    if last is None or last.start < begin or text[last.end : verb].strip():
        return None
    return last if _CLAUSE_START.search(text, begin, last.start) else None


def covering(agencies: list[FoundAgency], offset: int) -> bool:
    """Whether a name (of ``agencies``, in text order) runs over ``offset``: its start is before it."""
    before = agencies[: bisect.bisect_left(agencies, offset, key=_start)]
    return any(a.end >= offset for a in before[-_OVERLAPPING:])


_OVERLAPPING = 4  # names that start before an offset and may still run over it (a group and its members)


def _start(agency: FoundAgency) -> int:
    return agency.start


# what may stand between a clause's start and its speaker: "..., đồng chí | Phó Chủ tịch ...", "..., Phó |
# Thủ tướng" (the deputy of an office the gazetteer names alone)
_CLAUSE_START = re.compile(r"(?:^|[,;:]|\.)[ \t]*(?:(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)[ \t]+)?(?:Phó[ \t]+)?$")


# verbs of a series, each of a word or two: "Phân công, chỉ đạo, | giao trách nhiệm cho ..."
_SERIES_VERB_WORDS = 3


def _advised(text: str, agencies: list[FoundAgency], vocab: Vocab, begin: int, verb: int) -> bool:
    """Whether the addressing verb at ``verb`` comes right after an advising verb and the body
    advised ("tham mưu UBND tỉnh | đề nghị Bộ Tài chính ...", "trình Chủ tịch UBND tỉnh | giao ..."):
    the request is the advice's content."""
    advice = next(reversed(list(vocab.advising.finditer(text, begin, verb))), None)  # the last before the verb
    if advice is None or not vocab.proposing.fullmatch(advice.group(0)):
        return False  # "Phó Thủ tướng nhất trí báo cáo Thủ tướng | giao Bộ KH&ĐT ...": the assignment reported on
    advised = run_from(agencies, text, advice.end(), verb)
    return bool(advised) and advised[0].start == advice.end() and not text[advised[-1].end : verb].strip()


def _acts_before(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab, begin: int,
                 verb: int) -> bool:
    """Whether a body opens the clause and acts before the addressing verb at ``verb``, a comma
    between: the verb is one more of its acts ("Sở Y tế tổ chức tiêm chủng, đề nghị UBND các
    huyện phối hợp")."""
    if "," not in text[begin:verb]:
        return False
    subject = subject_of(Unit(unit.start, verb, text[unit.start : verb], unit.in_item), text, agencies, vocab, begin)
    if subject is None or subject[1] >= verb or "," not in text[subject[1] : verb]:
        return False
    acts = text[subject[1] : verb].lstrip()  # ... not what an authority issues or hosts, whose request stands
    acts = acts[vocab.pre_verbal.match(acts).end() :]  # ("tiếp tục ban hành ...")
    opening = " ".join(acts.split()[:_OPINION_REACH])  # "Cục Thuế cơ bản thống nhất với ..., đề nghị Công ty ...":
    # an opinion the request follows from, not an act
    return not (vocab.addressing.search(acts) or vocab.issuer_act.match(acts) or vocab.meeting.match(acts)
                or vocab.speech_end.search(opening) or any(vocab.speech.match(w) for w in _suffixes(opening)))


_OPINION_REACH = 4


def _suffixes(words: str) -> list[str]:
    """The text from each of its words on: "cơ bản thống nhất" -> itself, "bản thống nhất", "thống nhất"."""
    pieces = words.split()
    return [" ".join(pieces[i:]) for i in range(len(pieces))]


def _in_a_series_of_actions(before: str, vocab: Vocab) -> bool:
    """Whether the words before an addressing verb are actions listed with commas, so that the
    verb is the next of the actor's own acts ("Phân công, chỉ đạo, giao trách nhiệm cho X")."""
    pieces = [p.strip() for p in before.split(",")]
    return len(pieces) > 1 and not pieces[-1] and all(
        len(p.split()) <= _SERIES_VERB_WORDS and vocab.action_start.match(p) for p in pieces[:-1])


# The head of a body ("Bộ trưởng Bộ Y tế", "Giám đốc Sở Tài chính") speaks only in the documents
# that body issues; leaders of a government or a council speak in what their office writes.
_HEADS_OF_BODIES = ("Bộ trưởng", "Giám đốc", "Thủ trưởng", "Cục trưởng", "Chánh Văn phòng", "Tổng Giám đốc")


# a document named by its number after "ban hành": "Công văn số 02/BCHPCTT-VP", "Kế hoạch số 15/KH-SYT"
_ISSUED = re.compile(r"\s*(?:\S+\s+){1,3}?số\s*\d", re.IGNORECASE)


def _reporting_authority(before: str, vocab: Vocab) -> bool:
    """An authority that has just asked ("UBND TP Đà Lạt vừa yêu cầu UBND các xã ..."): a report
    of its request, which stands, unlike what a body did ("Sở X đã đề nghị ...")."""
    speaker = vocab.past.sub("", vocab.discourse.sub("", before.strip(), count=1)).strip()
    return bool(speaker) and bool(vocab.authority.match(speaker)) and len(speaker.split()) <= 12


# "Cấp ủy cấp xã nơi có trụ sở Trung tâm trực tiếp lãnh đạo ...": a clause saying which of them
_WHERE = [re.compile(rf"\s+nơi(?:\s+[^\s,;.:()]+){{{n}}}(?=\s)", re.IGNORECASE) for n in range(1, 7)]
_AFFECTED_WORDS = 8  # words what befell a group may take


@lru_cache(maxsize=4)
def _affected(markers: str) -> list[re.Pattern[str]]:
    """What befell the bodies a name stands for, shortest first: "Ủy ban nhân dân các tỉnh | bị bão,
    lũ | tiếp tục ...", "các địa phương | chịu ảnh hưởng của bão | khẩn trương ..."."""
    return [re.compile(rf"\s+(?:{markers})(?:\s+[^\s;.:()]+){{{n}}}(?=\s)", re.IGNORECASE)
            for n in range(1, _AFFECTED_WORDS + 1)]


_GROUNDS_REACH = 200  # grounds set off after a subject are a phrase, not a paragraph
_QUALIFIER_CHARS = 30
# ... a qualifier's words, no purpose or partner it would run into ("... | để tổng hợp, theo dõi")
_SMALL_WORDS = re.compile(rf"(?:[ \t]+(?!(?:để|và|với|cho|của|về|theo)(?![\wđ]))(?![{CAPITALS}])[^\W\d_]+){{0,3}}")


def _after_grounds(text: str, after: int, end: int, agencies: list[FoundAgency], vocab: Vocab) -> int | None:
    """Where the action starts after grounds set off by a comma between a subject and its action
    ("UBND các huyện, căn cứ vào chỉ tiêu được giao, chỉ đạo của Sở X | tổ chức rà soát ..."): after
    a later comma or the name of a body, when the subject's predicate follows; None without grounds."""
    grounds = vocab.basis_aside.search(text, after, min(end, after + _QUALIFIER_CHARS))
    if grounds is None or not _SMALL_WORDS.fullmatch(text, after, grounds.start()):
        return None  # ("UBND các huyện | trọng điểm |, căn cứ ...": which of the group, then the grounds)
    reach = min(end, after + _GROUNDS_REACH)
    ends = [m.end() for m in re.finditer(r",\s*", text[grounds.end() : reach])]
    ends = sorted({grounds.end() + e for e in ends} | {a.end for a in agencies if grounds.end() < a.end <= reach})
    for pos in ends:
        at = skip_blanks(text, pos, end)
        verb = vocab.after_subject.match(text[at:end])
        if verb and not covering(agencies, at) and not _OF.match(text, at + verb.end()):
            return at  # (not "chỉ đạo của Sở X": the direction of a body, one of the grounds)
    return None


_OF = re.compile(r"\s*của(?![\wđ])")


def _causes(text: str, after: int, vocab: Vocab) -> list[re.Pattern[str]]:
    """The clauses that may give the cause of what befell a group whose name ends with it at ``after`` ("các địa
    phương bị ảnh hưởng | của bão số 5"), shortest first; none after another name."""
    befell = vocab.affected_name.search(text, max(0, after - _QUALIFIER_CHARS), after)
    return _affected(vocab.affected_causes) if befell else []


def _cause_clause(text: str, after: int, end: int, vocab: Vocab) -> re.Match[str] | None:
    """The shortest such cause that the action follows."""
    return _shortest_before_action(_causes(text, after, vocab), text, after, end, vocab)


def _where_clause(text: str, after: int, end: int, vocab: Vocab) -> re.Match[str] | None:
    """The shortest "nơi ..." clause, what befell the bodies named, or the competence they act within,
    after a name that the name's action follows."""
    for clauses in (_WHERE, _affected(vocab.affected_markers), _causes(text, after, vocab),
                    (vocab.competence_aside,)):
        clause = _shortest_before_action(clauses, text, after, end, vocab)
        if clause is not None:
            return clause
    return None


def _shortest_before_action(clauses: Sequence[re.Pattern[str]], text: str, after: int, end: int,
                            vocab: Vocab) -> re.Match[str] | None:
    """The first of ``clauses`` (shortest first) that matches at ``after`` with the action right after it."""
    for pattern in clauses:
        clause = pattern.match(text, after, end)
        if clause is None:
            return None
        if vocab.after_subject.match(text[clause.end() : end]):
            return clause
    return None


def is_the_issuer(agency: FoundAgency, vocab: Vocab) -> bool:
    """Whether the document's known issuer is this body (False where the issuer is not known)."""
    return bool(vocab.issuer_key) and _may_issue(agency, vocab)


def _named_issuer(agency: FoundAgency, vocab: Vocab) -> bool:
    """Whether the body is the document's issuer by name ("Sở Nông nghiệp và Môi trường tỉnh Lào Cai" in
    its own letter), not only of the issuer's level."""
    name = fold_name(vocab.expand(agency.name) if vocab.expand else agency.name)
    return bool(vocab.issuer_key and name) and (name in vocab.issuer_key or vocab.issuer_key in name)


def _may_issue(agency: FoundAgency, vocab: Vocab) -> bool:
    """Whether an authority may be the one who issues or decides here: any, where the issuer is
    not known (a press report); else only the issuer ("Ban thường vụ tỉnh ủy ban hành danh mục"
    in a regulation of the Party's Central Committee is the committee's task)."""
    issuer = vocab.issuer_key
    body = agency.name[len(agency.title or ""):] if agency.name.startswith(agency.title or "") else agency.name
    name = fold_name(vocab.expand(body) if vocab.expand else body)  # "Chủ tịch UBND thành phố": the council
    # "UBND tỉnh", "Chủ tịch UBND thành phố": a level without a name is the issuer's own, when the
    # issuer is of that level ("UBND xã" in a province's regulation is another body)
    level = _BARE_LEVEL.search(name)
    own_level = level is not None and f" {level.group(0).strip()} " in f" {issuer} "
    return not issuer or not name or name in issuer or issuer in name or own_level


# a level without a name ("UBND tỉnh"), or a Party committee by its level alone, whose organ speaks
# for it ("Ban Thường vụ Tỉnh ủy ban hành Nghị quyết ..." in a resolution of Tỉnh ủy Lào Cai)
_BARE_LEVEL = re.compile(r"(?:^| )(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong"
                         r"|(?:tinh|thanh|huyen|quan|thi|xa|phuong|dang) uy)$")


def tells_of_requests(vocab: Vocab) -> bool:
    """Whether the text is a press report, which tells of requests as made ("Ngày 10.11, ... Chủ
    tịch UBND tỉnh đã yêu cầu X ...", "EVN đã yêu cầu các đơn vị thành viên ..."): that is its
    news, not a request's background. Only a press report has no issuer key."""
    return vocab.issuer_key is None


def _speaks(agency: FoundAgency, issuer_key: str | None) -> bool:
    if issuer_key is None or agency.title not in _HEADS_OF_BODIES:
        return True
    body = fold_name(agency.name[len(agency.title):])
    return bool(body and issuer_key) and (body in issuer_key or issuer_key in body)


def fold_name(name: str) -> str:
    """A name without case, diacritics and punctuation: "Bộ Y tế" -> "bo y te"."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(name)))


# a basis between a request and its addressee: "đề nghị trên cơ sở các kết quả đã đạt được, X ..."
# ... or a time: "yêu cầu định kỳ trước ngày 10 hằng tháng, Ngân hàng Nhà nước chi nhánh ... báo cáo"
_FRONTED_BASIS = re.compile(r"(?:trên cơ sở|căn cứ(?:\s+vào)?|theo|định kỳ|hằng|hàng|trước ngày|chậm nhất)"
                            r"\s[^,;.:]{2,120},\s*", re.IGNORECASE)
# a frame set off by commas between a request and its addressee
def _after_purpose(text: str, agencies: list[FoundAgency], vocab: Vocab, after_verb: int, end: int) -> int:
    """Where the addressee is named after a purpose set off by commas right after the directing verb: "UBND
    thành phố chỉ đạo, để thực hiện việc ... theo đúng quy định, | Sở Nông nghiệp ... khẩn trương ..." (the
    first comma a body follows, not one that speaks: "Công điện nhấn mạnh, để ..., Thủ tướng yêu cầu ...");
    ``after_verb`` itself when no purpose opens there or no body follows one."""
    purpose = vocab.purpose_opens.match(text, after_verb, end)
    if purpose is None:
        return after_verb
    for comma in _COMMA.finditer(text, purpose.end(), min(end, purpose.end() + _PURPOSE_REACH)):
        pos = skip_blanks(text, comma.end(), end)
        run = run_from(agencies, text, pos, end)
        if run and run[0].start == pos:
            speaks = vocab.addressing.match(text, skip_blanks(text, run[-1].end, end), end)
            return after_verb if speaks else pos
    return after_verb


_PURPOSE_REACH = 300


_COMMA_FRAME = re.compile(r"[ \t]*,[ \t]*([^,;.:\n]{2,80}),[ \t]*")
# ... and a letter's courtesy to whoever holds the office: "yêu cầu ông (bà) Hiệu trưởng các trường ...",
# "đề nghị Đ/c Chủ tịch UBND tỉnh ..." ("Đ/c" for "đồng chí")
_HONORIFIC = re.compile(r"(?:[Cc]ác\s+)?(?:đồng chí|Đồng chí|[Đđ]/[Cc])\s+"
                        r"|(?:[Ôô]ng|[Bb]à)(?:\s*[(/]\s*(?:[Ôô]ng|[Bb]à)\s*\)?)?\s+(?=[A-ZĐÂĂÊÔƠƯ])")
_COMRADES = re.compile(r"[Cc]ác\s")  # officials addressed together by their title
# a request sent "to" the bodies it names: "yêu cầu đến các cơ quan, đơn vị tập trung ..."
_TOWARD = re.compile(r"(?:đến|tới)\s+(?=(?:các|những|tất cả)\s)")


def is_plural(agencies: list[FoundAgency]) -> bool:
    """Several bodies, or a group of them ("Chủ tịch UBND các tỉnh", "các Bộ: Quốc phòng, Công an")."""
    return len(flatten(agencies)) > 1 or any(_GROUP.search(a.text) for a in agencies)


_GROUP = re.compile(r"(?<![\wđ])(?:các|những)(?![\wđ])", re.IGNORECASE)
# every council of the levels listed ("UBND quận-huyện", "UBND huyện, thị xã"): no one issuer
_LEVELS_LISTED = re.compile(rf"{PLACE_LEVELS}[ \t]*[-,/][ \t]*{PLACE_LEVELS}(?![\wđ])", re.IGNORECASE)


def support_of(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
             after: int) -> list[FoundAgency]:
    support: list[FoundAgency] = []
    for m in vocab.support.finditer(text, after, unit.end):
        run = run_from(agencies, text, m.end(), unit.end)
        # "phối hợp với đơn vị được giao làm nhiệm vụ bồi thường ... | triển khai": which unit, its clause says
        for agency in _with_relative_clause(run, text, unit.end, vocab) if run else run:
            if agency not in support:
                support.append(agency)
    for m in vocab.lead_role.finditer(text, after, unit.end):
        # "Sở Văn hóa chủ trì, Sở Nội vụ phối hợp tổ chức ...": the partners named before their role
        pos = _ROLE_COMMA.match(text, m.end(), unit.end)
        run = run_from(agencies, text, pos.end(), unit.end) if pos else []
        if run and run[0].start == pos.end() and _ROLE_AFTER.match(text, run[-1].end, unit.end):
            support.extend(agency for agency in run if agency not in support)
    return support


_ROLE_COMMA = re.compile(r"\s*,\s*")
_ROLE_AFTER = re.compile(r"\s+(?:cùng\s+)?phối\s+hợp(?!\s+(?:với|chặt chẽ))(?![\wđ])", re.IGNORECASE)


def only_agencies(text: str, agencies: list[FoundAgency], start: int, end: int, vocab: Vocab) -> bool:
    """Whether ``text[start:end]`` is nothing but a list of agencies (after an opener)."""
    begin = start + len(text[start:end]) - len(vocab.discourse.sub("", text[start:end], count=1))
    while begin < end and text[begin] in " \t,":  # "yêu cầu, Ban Chỉ huy ...": a comma after the verb
        begin += 1
    run = run_from(agencies, text, begin, end)
    return bool(run) and run[0].start == begin and not text[run[-1].end : end].strip(" ,;")
