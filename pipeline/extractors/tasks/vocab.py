from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ...first_chars import guarded
from ...patterns import CAPITALS, LABEL_NOTE, alternation, word_trie
from ...resources import Resources
from ..agencies import words_before_verb


def sentence_break(abbreviations: list[str]) -> re.Pattern[str]:
    """Where a sentence ends: after a stop, unless it closes one of ``abbreviations`` ("Thuế TP. Hà Nội", "ThS. Lê
    Văn A": ``sentence_abbreviations`` in ``models/directives.yaml``)."""
    # (every break follows a stop, tested first: the abbreviations' lookbehinds are tried only there)
    abbreviated = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in abbreviations)
    return re.compile(
        rf"(?<=[.!?…])(?:{abbreviated}(?<!\bV/v)[\"”’)]*\s+(?=[{CAPITALS}\"“(])"
        # "... theo quy định…Mặt khác phải ...", "... của UBND xã.Đồng chí ...": a sentence's end a crawl
        # glued to the next one
        rf"|(?<=\w…)(?=[{CAPITALS}])|(?<=[a-zđà-ỹ]{{2}}\.)(?=[{CAPITALS}][a-zđà-ỹ]))"
    )


def _budget_line(money_units: list[str]) -> re.Pattern[str]:
    """A label, then a sum of money (maybe a yearly one times the years): a budget's line.

    >>> bool(_budget_line(["đồng"]).match("Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm."))
    True
    >>> bool(_budget_line(["đồng"]).match("Dự toán 2026 - 2030: 1.500.000.000 đồng/năm x 05 năm = 7.500.000.000 đồng. "
    ...                                   "Trong đó:"))
    True
    >>> bool(_budget_line(["đồng"]).match("Sở Tài chính: bố trí 50.000.000 đồng cho hội nghị."))
    False
    """
    money = alternation(money_units) or "(?!)"
    amount = rf"(?:khoảng\s+)?\d[\d.,]*\s*(?:{money})(?![\wđ])(?:\s*/\s*[^\W\d_]+)?"
    return re.compile(rf"^[^:\n]{{1,240}}:\s*{amount}(?:\s*[x×]\s*\d+\s*[^\W\d_]+\s*=\s*{amount})?"
                      rf"\s*[.;]?\s*(?:Trong\s+đó\s*:?)?\s*$", re.IGNORECASE)


def enumeration(numerals: list[str]) -> re.Pattern[str]:
    """An inline item's mark, "(1) ", "(a) " (not a numeral spelled out, then in digits: "thực hiện hai (2) cuộc
    điều tra", "trong vòng mười (10) ngày": ``spelled_numerals`` in ``models/directives.yaml``)."""
    spelled = "".join(rf"(?<!\b{re.escape(n)})" for n in numerals)
    return re.compile(rf"(?:^|{spelled}\s)\((?:\d{{1,2}}|[a-zđ])\)\s")


# a dash that opens the next item of a list a crawl ran into one paragraph: "... các nội dung sau: – Tuyên
# truyền ... . – Thực hiện ..."; or a bullet or the stars a portal sets between two news items: "... theo
# quy định. ** Về việc đầu tư ..."
INLINE_ITEM = re.compile(rf"(?<=[:.;])[ \t]+(?:[–—•-]|\*{{1,3}})[ \t]+(?=[{CAPITALS}])")


# "Các chủ rừng là tổ chức (Ban Quản lý rừng ..., Công ty ...) bố trí ...": an aside that
# describes or lists the subject, before its action; "UBND các tỉnh ven biển từ Đà Nẵng đến
# Lâm Đồng tổ chức ...": the stretch of places a group covers (the aside maybe closed by a comma: "UBND các
# tỉnh Tây Nguyên (Lâm Đồng, Gia Lai), chỉ đạo ..."); "Chủ tịch UBND các xã, với vai trò
# là thành viên của tổ công tác, có trách nhiệm ...": the capacity it acts in
_PLACE_NAME = rf"[{CAPITALS}][\wđ]*(?:\s+[{CAPITALS}][\wđ]*){{0,3}}"
ASIDE = re.compile(rf"(?:\s+là\s+[^,;.()]{{1,30}}?)?\s*\([^()]{{1,200}}\)(?:[ \t]*,(?=[ \t]))?"
                   rf"|\s+từ\s+{_PLACE_NAME}\s+(?:đến|tới)\s+{_PLACE_NAME}"
                   rf"|,?\s+với\s+(?:vai\s+trò|tư\s+cách)(?:\s+là)?\s+[^,;.()]{{1,80}},")


ENUM_MARK = re.compile(r"^\((?:\d{1,2}|[a-zđ])\)\s*")


# "..., các ban ngành, đoàn thể, nhất là lực lượng vũ trang cần ...": the list goes on with whom it stresses
SEPARATOR = re.compile(r"^(?:\s*[,;:/]\s*|\s+và\s+|\s*-\s*|\s*\n\s*"
                       r"|\s*,\s*(?:nhất là|đặc biệt là)\s+)$")


@dataclass(frozen=True)
class Vocab:
    addressing: re.Pattern[str]
    action_start: re.Pattern[str]
    member_named: re.Pattern[str]  # "Ông Trần Đức Tình, Phó Giám đốc Sở Xây dựng.": a member, no action
    comrade: re.Pattern[str]  # "Đồng chí ", "các đ/c ": an official named by function follows
    requirement: re.Pattern[str]  # "Bảo đảm thống nhất với ...": what an item's work must meet
    in_charge: re.Pattern[str]  # "Phó chủ tịch phụ trách lĩnh vực ...": an official named by their field
    acts_anywhere: re.Pattern[str]  # an action verb, a role, an addressing verb or a duty, in small letters
    obligation: re.Pattern[str]
    after_subject: re.Pattern[str]
    support: re.Pattern[str]
    lead_role: re.Pattern[str]
    # the roles that open a task's action, which names the work after them: "chủ trì, ", "phối hợp với "
    lead_role_opening: re.Pattern[str]
    partners_opening: re.Pattern[str]
    past: re.Pattern[str]
    past_word: re.Pattern[str]  # a past marker anywhere: "đã"
    members_follow: re.Pattern[str]  # "... gồm:" ending a paragraph whose group's members are listed below
    year_frame: re.Pattern[str]  # "từ năm 2009": the year a sentence is set in (group "year")
    reported: re.Pattern[str]
    enactment: re.Pattern[str]
    quotes_rule: re.Pattern[str]
    cites_law: re.Pattern[str]
    intro: re.Pattern[str]
    basis: re.Pattern[str]
    non_directive_heading: re.Pattern[str]
    procedure_heading: re.Pattern[str]
    principle_heading: re.Pattern[str]
    attendance_heading: re.Pattern[str]  # "I. THÀNH PHẦN THAM DỰ": who attends a meeting
    rule_matter_heading: re.Pattern[str]
    catalogue_title: re.Pattern[str]
    carries_out: re.Pattern[str]
    fields: dict[str, re.Pattern[str]]
    field_titles: dict[str, re.Pattern[str]]
    columns: dict[str, re.Pattern[str]]
    bare_subject: re.Pattern[str]
    unit_kinds: re.Pattern[str]  # bodies named by their kind alone: "Cơ quan, đơn vị", "Người đứng đầu cơ quan"
    # each of the bodies named already: "Mỗi cơ quan, đơn vị", "từng ngành, từng địa phương"
    distributive: re.Pattern[str]
    closing: re.Pattern[str]
    catch_all: re.Pattern[str]  # "Thực hiện các nhiệm vụ khác do Trưởng ban giao.": no task of its own
    normative_type: re.Pattern[str]
    party_number: re.Pattern[str]  # "34-NQ/TU": the Party's numbering
    party_programme: re.Pattern[str]  # "NGHỊ QUYẾT ..." under a Party number: a programme, no rule document
    normative_annex: re.Pattern[str]
    explains_rule: re.Pattern[str]
    reference_annex: re.Pattern[str]
    citation_only: re.Pattern[str]
    document_type: re.Pattern[str]
    assigning_annex: re.Pattern[str]
    rule_clause: re.Pattern[str]
    condition: re.Pattern[str]
    case_consequent: re.Pattern[str]  # "Trường hợp ... thì ": a condition up to its consequent
    nominal_verb: re.Pattern[str]
    status: re.Pattern[str]
    norm: re.Pattern[str]
    budget_line: re.Pattern[str]  # "- Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm.": a sum spent, no task
    polite_addressee: re.Pattern[str]
    event_time: re.Pattern[str]  # "Sáng ngày 01/3/2022, ...": a report of what happened then
    retrospective: re.Pattern[str]
    cites_part: re.Pattern[str]
    negated_duty: re.Pattern[str]
    name_breaker: re.Pattern[str]
    portal_links: re.Pattern[str]
    discourse: re.Pattern[str]
    authority: re.Pattern[str]
    meeting: re.Pattern[str]
    issuer_act: re.Pattern[str]
    topic_label: re.Pattern[str]
    announces_list: re.Pattern[str]
    announces_tasks: re.Pattern[str]  # "... một số nhiệm vụ trọng tâm như:": the ";" items after it are tasks
    attendance: re.Pattern[str]  # "Tham dự Hội nghị có: ...": the guests, listed
    heard: re.Pattern[str]  # "Chính phủ đã nghe X trình ...; Y trình ...": the reports a meeting heard, listed
    elaborates: re.Pattern[str]
    speech: re.Pattern[str]
    speech_closing: re.Pattern[str]
    announces_cases: re.Pattern[str]
    announces_members: re.Pattern[str]  # "Hội đồng ... bao gồm:": who a body is made of
    report_contents: re.Pattern[str]
    time_opener: re.Pattern[str]
    frame_opener: re.Pattern[str]  # "Nhằm ...,", "Thực hiện ...,": a purpose or grounds before the subject
    nominal_opener: re.Pattern[str]  # "Việc ...": an activity named as the clause's subject
    remit_basis: re.Pattern[str]  # after "Căn cứ": "chức năng, nhiệm vụ (được giao)", the body's own remit
    remit_frame: re.Pattern[str]  # " căn cứ chức năng, nhiệm vụ được giao": a subject's remit, before its duty
    capitalised_action: re.Pattern[str]  # "Tiến hành ...": a verb opening a paragraph the word analysis skips
    time_label: re.Pattern[str]  # "Vào các ngày thứ bảy và Chủ nhật:": when, labelled before its colon
    recurrence_opener: re.Pattern[str]
    dated_opener: re.Pattern[str]
    schedule_step: re.Pattern[str]  # "từ tháng 1 đến tháng 3-2020 sẽ ": the span a step runs, then its action
    clause_break: re.Pattern[str]  # where a sentence may part into clauses of their own actors
    topic_opener: re.Pattern[str]  # "Về ...," a topic set before the action by a comma
    speech_frame: re.Pattern[str]
    told: re.Pattern[str]  # a predicate that only tells: "X cho biết, ...", "X nêu rõ: ..."
    speech_end: re.Pattern[str]
    report_word: re.Pattern[str]
    duties_of: re.Pattern[str]
    announces_competences: re.Pattern[str]
    informs: re.Pattern[str]
    consequence: re.Pattern[str]  # "Từ đó có các biện pháp ...": what the action before leads to
    phase_schedule: re.Pattern[str]  # "Đợt 1 từ ngày 15-6 đến 15-7, ...": when the action's phases run
    asks_again: re.Pattern[str]  # "... cũng yêu cầu | tổ chức ...": a request of those asked before
    handover: re.Pattern[str]  # "... gửi về | Ban Dân tộc chủ trì, ...": sent to the body that leads next
    charge: re.Pattern[str]  # "... do Bộ X | phụ trách gồm:": the work a body is charged with
    asks_unaddressed: re.Pattern[str]  # "Thủ tướng yêu cầu | tuyệt đối không ...": the same, opening a sentence
    directs: re.Pattern[str]  # "chỉ đạo ": a body directing its own apparatus, before whom it directs
    unaddressed_before: re.Pattern[str]  # "... yêu cầu |": a request right before, naming no one yet
    purpose_opens: re.Pattern[str]  # ", để | nhằm ...": a purpose set off after a verb
    directs_alone: re.Pattern[str]  # "chỉ đạo:": the same with no one named
    announces_aims: re.Pattern[str]  # "... với mục tiêu:": the aims the task serves, listed after it
    meeting_frame: re.Pattern[str]  # "Tại cuộc họp, ": the meeting a report's paragraph opens with
    names_recurrence: re.Pattern[str]  # ", định kỳ hàng quý báo cáo ...": a clause that opens with a recurrence
    ends_period: re.Pattern[str]  # "định kỳ 6 tháng|, hàng năm": a period noun ends the text before a comma
    announces_parts: re.Pattern[str]
    announces_documents: re.Pattern[str]
    informative_title: re.Pattern[str]
    conclusion_title: re.Pattern[str]
    report_frame: re.Pattern[str]  # "Theo báo cáo, ...": a paragraph telling what a report found
    replies: re.Pattern[str]
    opinion: re.Pattern[str]
    deadline_statement: re.Pattern[str]
    powers: re.Pattern[str]
    grants: re.Pattern[str]
    undergoes: re.Pattern[str]
    procedure_step: re.Pattern[str]
    accountable: re.Pattern[str]
    grant_heading: re.Pattern[str]
    delegation: re.Pattern[str]
    competence_title: re.Pattern[str]
    executes: re.Pattern[str]
    list_member: re.Pattern[str]
    announced_members: re.Pattern[str]
    title_colon: re.Pattern[str]  # "Giám đốc: Sở A, Sở B": one title over the bodies listed
    body_staff: re.Pattern[str]  # "công chức, viên chức | Sở Y tế": the people of the body named next
    shared_title: re.Pattern[str]
    units_group: re.Pattern[str]
    # a relative clause that says which bodies of a kind: "cơ quan | được giao quyền tổ chức thi ...", "Đơn vị |
    # đã đăng ký"
    relative_marker: re.Pattern[str]
    complete_relative: re.Pattern[str]  # ... one that needs no complement: "đã đăng ký"
    appointing: re.Pattern[str]  # "phân công": a verb that gives an authority's own officials their work
    comma_compound: re.Pattern[str]  # "phòng, chống": words a comma joins inside one phrase
    office: re.Pattern[str]  # "là Trưởng ban ...": the office a subject is said to hold
    apposition: re.Pattern[str]  # ", cơ quan thường trực ": the role a subject plays for the body named next
    role_alone: re.Pattern[str]  # " là cơ quan thường trực, ": the role a subject plays, before its action
    passing_on: re.Pattern[str]
    informed: re.Pattern[str]
    bare_compliance: re.Pattern[str]
    implementation_action: re.Pattern[str]
    rule_delegation: re.Pattern[str]
    carrying_out: re.Pattern[str]
    photo_credit: re.Pattern[str]
    press_credit: re.Pattern[str]  # "Thực hiện: Dương Chiêm": who made the article (names checked by the caller)
    petition: re.Pattern[str]
    petition_within: re.Pattern[str]  # "... các công dân đến khiếu nại ...": what people ask, in a report
    province: re.Pattern[str]  # a province's name alone: "đề nghị Quảng Nam ..."
    province_levels: dict[str, str]
    pre_verbal: re.Pattern[str]  # adverbs before an action: "hết sức chú ý", "khẩn trương khắc phục"
    prohibition: re.Pattern[str]  # "Không tổ chức ...", "Nghiêm cấm ...": what a directive forbids
    advising: re.Pattern[str]  # "tham mưu X, Y ...": a verb whose object is a list of bodies
    proposing: re.Pattern[str]  # "tham mưu X | chỉ đạo ...": an advising verb whose object's act it proposes
    aims_heading: re.Pattern[str]  # "1. Mục đích:": an item stating the aims of the task above
    task_section_heading: re.Pattern[str]  # "2. Nhiệm vụ và giải pháp": a sibling that heads tasks
    plan_making: re.Pattern[str]  # "UBND phường X xây dựng Kế hoạch ...": a plan whose items may follow
    joined_addressing: re.Pattern[str]  # "... và đề nghị": a second addressing verb sharing the action
    issuer_addressing: re.Pattern[str]  # "Bộ X hướng dẫn các tỉnh ...": a verb that addresses only from the issuer
    implementing_frame: re.Pattern[str]  # "Thực hiện Chỉ thị số ..., X phải ...": an action's frame
    time_frame: re.Pattern[str]  # "yêu cầu trong thời gian tới UBND xã ...": the stretch a request opens with
    recurrence: re.Pattern[str]
    time_limit: re.Pattern[str]
    event_limit: re.Pattern[str]  # "ngay sau chuyến công tác": a time set by an event
    earlier_letter: re.Pattern[str]  # "Bộ X đã có Công văn số ...": the issuer's earlier letter, told
    approves: re.Pattern[str]  # "Đồng ý việc Xí nghiệp X thăm dò ...": what an authority allows, not a task
    letter_recipients: re.Pattern[str]  # "... có văn bản gửi UBND các tỉnh ...": those a letter told of is sent to
    scheduled_event: re.Pattern[str]  # "Đại hội <holder> ...": a congress a plan schedules
    event_holder: re.Pattern[str]
    recipients: re.Pattern[str]
    recipients_end: re.Pattern[str]  # "... Nơi nhận:" at the end of a text run into one line
    sentence_break: re.Pattern[str]  # a sentence's end, not an abbreviation's stop ("TP. Hà Nội")
    enumeration: re.Pattern[str]  # an inline item's mark "(1) ", not a numeral's digits ("hai (2) cuộc")
    affected_markers: str  # "bị", "chịu ảnh hưởng": what befell a group, between it and its action
    affected_name: re.Pattern[str]  # "các địa phương bị ảnh hưởng": a group's name that ends with what befell it
    affected_causes: str  # "của", "bởi": what befell the group, after such a name
    competence_aside: re.Pattern[str]  # ", trong phạm vi nhiệm vụ, quyền hạn của mình," after a subject
    basis_aside: re.Pattern[str]  # ", căn cứ vào ..." after a subject, before its action
    described_subject: re.Pattern[str]
    place_subject: re.Pattern[str]  # "Xã A, xã B có trách nhiệm ...": places charged as their councils
    place: re.Pattern[str]  # one place of such a list: a level and its capitalised name
    place_council: str  # the body a place stands for ("UBND": "Xã A" -> "UBND xã A")
    due_cue: re.Pattern[str]
    class_subject: re.Pattern[str]
    class_member: re.Pattern[str]
    class_actor: re.Pattern[str]
    rule_party: re.Pattern[str]  # a party a rule sets a role for ("nhà thầu", "đơn vị thi công"), one of class_actor
    case_opener: re.Pattern[str]  # "Trong trường hợp", "Nếu": the words that open a case
    case_qualifier: re.Pattern[str]  # "đặc biệt,": a case's qualifier before its subject
    time_phrase: re.Pattern[str]  # "trong năm 2016": a time phrase set off before an action
    person_owned: re.Pattern[str]  # "của đồng chí Dương Xuân Huyên, ": a person named in a genitive, then a comma
    people: re.Pattern[str]
    coordinates: re.Pattern[str]
    implementation_part: re.Pattern[str]
    delegated_to: re.Pattern[str]  # "ủy quyền cho": a power handed to the body named next
    duty_document: re.Pattern[str]  # "Đề án", "Kế hoạch": what a heading's duties may belong to, no body
    document_frame: re.Pattern[str]  # "... vừa có văn bản hỏa tốc | chỉ đạo ...": a document issued, then its request
    document_statement: re.Pattern[str]  # "Công điện nêu rõ:": the document's own words follow
    enterprise: re.Pattern[str]  # "Công ty ...", "Tập đoàn ...": a firm, which petitions and is no authority
    # The document's word analysis, when assembly is given one: whether the word at an
    # offset (after adverbs such as "khẩn trương") is a verb; the flag asks for lowercase.
    verb_at: Callable[[int, bool], bool] | None = None
    # ... and the tag of the word starting at an offset ("V", "N" ...; None inside a word)
    tag_at: Callable[[int], str | None] | None = None
    # the body that issues the document, folded ("bo y te"): its own head speaks in it
    issuer_key: str | None = None  # None in a press report: it speaks for nobody it names
    # a name with its abbreviations written out ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh")
    expand: Callable[[str], str] | None = None


@lru_cache(maxsize=4)
def compile_vocab(resources: Resources) -> Vocab:
    """The vocabulary's patterns, each guarded by the characters its matches can start with (a clause is
    searched for each of them: the guard skips, at once, every position where none can start)."""
    vocab = _compile_vocab(resources)
    return dataclasses.replace(vocab, **{field.name: guarded(value) for field in dataclasses.fields(vocab)
                                         if isinstance(value := getattr(vocab, field.name), re.Pattern)})


def _compile_vocab(resources: Resources) -> Vocab:
    d = resources.directives
    compounds = alternation(d.get("compound_exceptions", []))
    # ... and words that are compounds only in small letters: "họp giao ban", not "Giao Ban Quản lý ..."
    lowercase = alternation(d.get("lowercase_compounds", [])) or "(?!)"
    not_compound = rf"(?!(?:{compounds}|(?-i:{lowercase}))(?![\wđ]))"
    # "bàn giao cho": the word before the verb makes a compound of it
    ending = "".join(rf"(?<!{re.escape(words_before_verb(c))}\s)" for c in d.get("ending_compounds", []))
    verbs = alternation(d["action_verbs"])
    obligations = alternation(d["obligation_markers"])
    causatives = "|".join(d.get("causative_actions", [])) or "(?!)"
    roles = alternation(list(d.get("lead_roles", [])) + list(d["support_roles"]))
    lead_roles = word_trie(d.get("lead_roles", [])) or "(?!)"
    support_roles = word_trie(d["support_roles"])
    # the support roles a list of partners follows: "phối hợp với Sở X, Sở Y, <action>"
    partner_roles = word_trie(r for r in d["support_roles"] if r.split()[-1] == "với") or "(?!)"
    units = alternation(resources.agency_patterns["units"])
    each = alternation(resources.agency_patterns.get("distributive_openers", [])) or "(?!)"
    addressing = alternation(d["addressing_verbs"])
    flags = re.IGNORECASE
    type_names = alternation([t.name for t in resources.document_types] + ["Công điện", "Văn bản"])
    # a place by its level and its name ("xã Sen Phương"): the levels, not tiers ("cấp tỉnh") nor "Trung ương"
    levels = alternation([lv for lv in resources.agency_patterns["levels"] if lv[:1].islower() and lv[:3] != "cấp"])
    place = rf"(?:{levels})\s+(?-i:[{CAPITALS}][\wđ]*)(?:\s+(?-i:[{CAPITALS}][\wđ]*)){{0,3}}"
    duty = alternation(d["duty_markers"])
    # the classes of people a rule binds and the parties it sets roles for
    classes = alternation([*d.get("class_openers", []), *d.get("rule_parties", [])]) or "(?!)"
    schedule = "|".join(d.get("clause_vocabulary", {}).get("schedule_spans", [])) or "(?!)"
    return Vocab(
        # "nhiệm vụ được giao, Bộ X ...": a passive names no addressee
        addressing=re.compile(rf"(?<![\wđ])(?<!được )(?<!Được ){ending}{not_compound}(?:{addressing})(?![\wđ])\s*:?\s*",
                              flags),
        affected_markers=alternation(d.get("affected_markers", [])) or "(?!)",
        affected_name=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('affected_qualifiers', [])) or '(?!)'})\s*$",
                                 flags),
        affected_causes=alternation(d.get("affected_causes", [])) or "(?!)",
        competence_aside=re.compile("|".join(d.get("competence_asides", [])) or "(?!)", flags),
        basis_aside=re.compile("|".join(d.get("basis_asides", [])) or "(?!)", flags),
        # "... Nơi nhận:" ending a text a crawl ran into one line: the recipients follow
        sentence_break=sentence_break(d.get("sentence_abbreviations", [])),
        enumeration=enumeration(d.get("spelled_numerals", [])),
        recipients_end=re.compile(rf"(?:{alternation(d.get('recipients_openers', [])) or '(?!)'})\s*:?\s*$", flags),
        action_start=re.compile(rf"^{not_compound}(?:{verbs}|{obligations}|{causatives})(?![\wđ])", flags),
        # a member of a body named with the office held, no action: "Ông Trần Đức Tình, Phó Giám đốc Sở
        # Xây dựng.", "1.1. Chủ tịch Hội đồng: Ông Ngô Hạnh Phúc, Phó Chủ tịch ..."; an action verb after
        # the name ("Ông X, Giám đốc Sở Y tế chỉ đạo ...") makes it a subject again (case-sensitive verbs)
        member_named=re.compile(rf"^(?:[^:;.]{{1,60}}:\s*)?(?:{alternation(d.get('person_honorifics', [])) or '(?!)'})"
                                rf"\s+(?-i:[{CAPITALS}][\wđ]*)(?:\s+(?-i:[{CAPITALS}][\wđ]*)){{1,4}}\s*(?:[,(–-]|$)",
                                flags),
        requirement=re.compile("(?:" + "|".join(d.get("requirement_statements", [])) + ")" if d.get(
            "requirement_statements") else "(?!)", flags),
        in_charge=re.compile(
            rf"^(?:(?:các|những)\s+)?(?:{alternation(resources.agency_patterns['titles'] + d.get('staff_nouns', []))})"
            rf"\s+(?:{alternation(d.get('in_charge_words', [])) or '(?!)'})\s+\S", flags),
        comrade=re.compile(rf"(?:(?:các|những)\s+)?(?:{alternation(d.get('function_honorifics', [])) or '(?!)'})"
                           rf"\s+(?=\S)", flags),
        acts_anywhere=re.compile(rf"(?<![\wđ])(?:{verbs}|{roles}|{addressing}|{duty})(?![\wđ])"),
        # ... "Cần Thơ", "Cần Giờ": a place, not a need
        obligation=re.compile(rf"(?<![\wđ])(?:{duty})(?![\wđ])"
                              rf"(?!(?<=(?-i:Cần))\s+(?-i:[{CAPITALS}]))", flags),
        after_subject=re.compile(
            # "các cơ quan, đơn vị không thực hiện lịch nghỉ cố định sẽ căn cứ ...": a restrictive
            # clause, then a modal, may sit between the subject and its action.
            # ... or a clause of what it has not done, closed by a comma: "Các Bộ ... đến nay chưa có báo
            # cáo theo văn bản số ..., khẩn trương gửi báo cáo ..."
            rf"^\s*(?:(?:không|chưa|đang|được)\s[^;.:]{{0,100}}?\s(?=(?:sẽ|phải|cần)\s)"
            rf"|(?:(?:đến nay|hiện nay)\s+)?chưa\s[^;:]{{2,200}}?,\s*)?"
            # "Sở X được Ủy ban nhân dân tỉnh giao chủ trì ...": a passive names its assignee first
            # ("UBND phường X được yêu cầu theo dõi sát ...": so does a request; "Sở X vừa được giao ...": news of one)
            rf"(?:(?:cũng|sẽ|tiếp tục|cần|phải|khẩn trương|chủ động|kịp thời|trực tiếp|tự"
            rf"|(?:vừa\s+)?được\s+(?:[^,;.:“”]{{2,60}}?\s+)?(?:giao|phân công|yêu cầu)(?:\s+nhiệm vụ)?"
            # ... "theo định kỳ hàng tháng phải có báo cáo ...": how often, maybe after "theo"
            rf"|(?:(?:theo\s+)?định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|quí|năm)"
            rf"|(?:theo\s+)?định kỳ(?:\s+\d{{1,2}}\s+(?:ngày|tuần|tháng|quý|quí|năm))?"
            # "Sở Tư pháp là cơ quan thường trực, ...", "Công an tỉnh là đơn vị được giao nhiệm vụ giúp ..."
            # ... or in apposition after a dash: "Sở KH&ĐT - cơ quan thường trực Ban ... giúp Ban ..."
            rf"|(?:là|[-–](?:\s+là)?)\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:thường trực|đầu mối|chủ trì|tham mưu"
            rf"|được giao(?:\s+nhiệm vụ)?)"
            rf"[^,;.]{{0,60}}?"
            # ... or the office the body holds in a joint body, after a dash and closed by a comma: "Bộ Kế
            # hoạch và Đầu tư - Chủ tịch Phân ban Việt Nam của Ủy ban, tổ chức đoàn ..."
            rf"|[-–]\s+(?-i:[{CAPITALS}])[^,;.:()]{{2,80}}?,"
            rf"|(?:theo|căn cứ(?:\s+vào)?|trong phạm vi|trên cơ sở)\s+(?:đúng\s+)?(?:chức năng|thẩm quyền)"
            rf"[^;.:]{{0,60}}?"
            # "Các Tổng công ty, căn cứ vào hệ thống Chế độ kế toán, tiến hành ...", "Thủ trưởng các
            # sở căn cứ chức năng, nhiệm vụ được giao và nội dung kế hoạch này xây dựng ...": a basis
            # before the action, as short as the action that follows allows
            rf"|,?\s*(?:căn cứ(?:\s+vào)?|trên cơ sở)\s[^;.:]{{2,150}}?"
            # "UBND các tỉnh đang thực hiện giãn cách ... ngày 31/7/2021 căn cứ tình hình ...": a
            # restrictive clause before the basis
            rf"|(?:đang|đã được|được)\s(?:(?!\.\s)[^;:]){{2,200}}?(?=,?\s*căn cứ(?:\s+vào)?\s)"
            rf"|căn cứ"
            # "Ban Thường vụ Huyện ủy dự kiến: từ tháng 7 đến tháng 12-2019 triển khai ...": its schedule
            rf"|(?:dự kiến|dự định)\s*:?(?:\s+(?:{schedule})(?:\s+sẽ)?)?"
            # "Bệnh viện Bạch Mai, trong ngày mai (7/12/2021) phải cử ...": by when, set off after the subject
            rf"|,\s*(?:ngay\s+)?trong\s+(?:ngày|tuần|tháng|hôm)[^,;:.()]{{0,20}}?(?:\s*\([^()]{{1,20}}\))?"
            # "BV Việt Đức vào hỗ trợ Bà Rịa - Vũng Tàu": sent in or down to do the action
            rf"|vào|xuống"
            rf")[\s,]+)*"
            # the action after a subject is in lowercase: "Ban Chỉ đạo" names a body, it directs nothing
            rf"(?-i:(?![{CAPITALS}])){not_compound}(?:{roles}|{obligations}|{verbs}|{addressing})(?![\wđ])",
            flags,
        ),
        support=re.compile(rf"(?<![\wđ])(?:{support_roles})\s+", flags),
        lead_role=re.compile(rf"(?<![\wđ])(?:{lead_roles})(?![\wđ])", flags),
        lead_role_opening=re.compile(rf"(?:{lead_roles})\s*,?\s*"),
        partners_opening=re.compile(rf"(?:{partner_roles})\s+"),
        enactment=re.compile(rf"(?:{alternation(d.get('enactment_openers', []) or ['(?!)'])})(?![\wđ])", flags),
        reported=re.compile(rf"\s*(?!(?:{alternation(d.get('reported_assignments', [])) or '(?!)'})(?![\wđ]))"
                            rf"(?:{alternation(d.get('reported_predicates', ['đã', 'vừa', 'đang']))}"
                            rf"|{'|'.join(d.get('reported_verdicts', [])) or '(?!)'})(?![\wđ])", flags),
        past=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('past_markers', ['đã']))})\s*$", flags),
        members_follow=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('member_list_endings', [])) or '(?!)'})"
                                  r"\s*:\s*$", flags),
        past_word=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('past_markers', ['đã']))})(?![\wđ])", flags),
        year_frame=re.compile(rf"(?<![\wđ])(?:{'|'.join(d.get('year_frames', ['(?!)']))})", flags),
        # "... các nhiệm vụ sau:", "Công điện nêu rõ:", "đồng chí Bí thư kết luận, về thu ngân sách năm 2020:"
        intro=re.compile(
            rf"(?:{alternation(d.get('directive_headings', []))}|{'|'.join(d.get('document_statements', [])) or '(?!)'}"
            rf")(?:{SPOKEN_TOPIC})?\s*(?:đây)?\s*:\s*$", flags
        ),
        basis=re.compile("^(?:" + "|".join(d.get("non_task_openers", [])) + ")", flags),
        catalogue_title=re.compile(
            r"^\S+(?:\s+\S+)?\s+(?:" + "|".join(d.get("catalogue_titles", ["(?!)"])) + r")(?![\wđ])", flags),
        carries_out=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('catalogue_implementation', []))})(?![\wđ])",
                               flags) if d.get("catalogue_implementation") else re.compile("(?!)"),
        non_directive_heading=re.compile(  # "Điều 6. Những nguyên tắc chung", "1. Về đánh giá tình hình"
            r"^(?:về\s+)?(?:(?:các|những)\s+)?(?:" + "|".join(
                d.get("non_directive_headings", []) + d.get("principle_headings", [])
                + d.get("procedure_headings", []) + d.get("attendance_headings", [])) + ")", flags),
        attendance_heading=re.compile(
            rf"^(?:{'|'.join(d.get('attendance_headings', [])) or '(?!)'})", flags),
        principle_heading=re.compile(  # "1. Nguyên tắc kết nối, đồng bộ dữ liệu"
            rf"^(?:về\s+)?(?:(?:các|những)\s+)?(?:{'|'.join(d.get('principle_headings', [])) or '(?!)'})", flags),
        procedure_heading=re.compile(  # "Điều 10. Trình tự, thủ tục ...", "2. Trình tự, thời gian lập ..."
            rf"^(?:về\s+)?(?:(?:các|những)\s+)?(?:{'|'.join(d.get('procedure_headings', [])) or '(?!)'})", flags),
        rule_matter_heading=re.compile(  # "Điều 3. Cơ cấu tổ chức của Hội đồng" in a regulation
            rf"^(?:(?:các|những)\s+)?(?:{'|'.join(d.get('rule_matter_headings', [])) or '(?!)'})", flags),
        fields={role: re.compile("^(?:" + "|".join(labels) + r")\s*:\s*", flags)
                for role, labels in d.get("structured_fields", {}).items()},
        # a label alone on its line, its value the bodies listed under it: "a) Cơ quan chủ trì" / "- Sở Y tế.";
        # "2. Cơ quan chủ trì, phối hợp" titles such labels
        field_titles={role: re.compile("^(?:" + "|".join(labels) + r")(?:\s*,\s*phối hợp)?\s*:?\s*$", flags)
                      for role, labels in d.get("structured_fields", {}).items()
                      if role != "output"},  # "II. KẾT QUẢ" alone is a report's part, lists no bodies
        # (a label may carry a note in brackets: "Đơn vị phối hợp (Bộ/ngành/địa phương)")
        columns={role: re.compile("^(?:" + "|".join(labels) + rf")(?:\s*{LABEL_NOTE})?\s*$", flags)
                 for role, labels in d.get("table_columns", {}).items()},
        # "doanh nghiệp rà soát ...": a generic noun standing for the addressee, not a name
        closing=re.compile("(?:" + "|".join(d.get("closing_formulas", [])) + ")" if d.get("closing_formulas")
                           else "(?!)", flags),
        catch_all=re.compile("^(?:" + "|".join(d.get("catch_all_duties", ["(?!)"])) + ")", flags),
        normative_type=re.compile(rf"^(?:{alternation(d.get('normative_types', []))})(?![\wđ])", flags)
        if d.get("normative_types") else re.compile("(?!)"),
        party_number=re.compile(rf"^(?:{d.get('party_number', '(?!)')})$", flags),
        party_programme=re.compile(rf"^(?:{alternation(d.get('party_programme_types', []))})(?![\wđ])", flags)
        if d.get("party_programme_types") else re.compile("(?!)"),
        normative_annex=re.compile(
            rf"^(?:{alternation([*d.get('normative_types', []), *d.get('normative_annex_types', [])])})(?![\wđ])",
            flags),
        document_type=re.compile(rf"(?:{type_names})(?![\wđ])", flags),
        # "Thông báo số 04-TB/BCĐTW ngày 30/5/2025": a line that only names a document
        citation_only=re.compile(
            rf"(?:{type_names})"
            r"\s+(?:số\s+)?\d[\w./&-]*(?:\s*/\s*[\w.&-]+)*(?:\s+ngày\s+[\d/.-]+(?:\s+tháng\s+\d+\s+năm\s+\d+)?)?"
            r"(?:\s+của\s+[^.;]{0,80})?\s*[.;,]?", flags),
        explains_rule=re.compile("^(?:" + "|".join(d.get("rule_guides", [])) + ")", flags)
        if d.get("rule_guides") else re.compile("(?!)"),
        reference_annex=re.compile("|".join(d.get("reference_annexes", [])) or "(?!)", flags),
        assigning_annex=re.compile(rf"^(?:{alternation(d.get('assigning_annexes', []))})(?![\wđ])", flags)
        if d.get("assigning_annexes") else re.compile("(?!)"),
        rule_clause=re.compile(rf"^(?:(?:{alternation(d.get('condition_openers', []))})\s|"
                               + "|".join(d.get("rule_clause_openers", ["(?!)"])) + ")", flags),
        negated_duty=re.compile(
            rf"^[^,;:.]{{0,80}}?(?<![\wđ])(?:{'|'.join(d.get('negated_duties', ['(?!)']))})(?![\wđ])", flags),
        cites_part=re.compile(rf"(?:{'|'.join(d.get('part_citations', ['(?!)']))})", flags),
        event_time=re.compile(rf"^(?:{'|'.join(d.get('event_times', []) or ['(?!)'])})", flags),
        retrospective=re.compile("^(?:" + "|".join(d.get("retrospective_frames", ["(?!)"])) + ")", flags),
        photo_credit=re.compile("|".join(d.get("photo_credits", [])) or "(?!)"),
        press_credit=re.compile("|".join(d.get("press_credits", [])) or "(?!)"),
        implementing_frame=re.compile(rf"(?:{alternation(d.get('implementing_frames', [])) or '(?!)'})\s", flags),
        time_frame=re.compile(rf"[ \t]*(?:{alternation(d.get('time_frames', [])) or '(?!)'}"
                              rf"|{'|'.join(d.get('dated_time_frames', [])) or '(?!)'})(?![\wđ]),?[ \t]+", flags),
        province=re.compile(rf"(?:{alternation([p.name for p in resources.provinces]) or '(?!)'})(?![\wđ])"),
        province_levels={p.name: p.level for p in resources.provinces},
        pre_verbal=re.compile(rf"(?:(?:{alternation(resources.words.get('pre_verbal', [])) or '(?!)'})\s+)*", flags),
        prohibition=re.compile(rf"^(?:{'|'.join(d.get('prohibition_openers', [])) or '(?!)'})\s+", flags),
        advising=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('advising_verbs', [])) or '(?!)'})\s+", flags),
        proposing=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('proposing_verbs', [])) or '(?!)'})\s+", flags),
        aims_heading=re.compile(rf"^(?:{alternation(d.get('aims_headings', [])) or '(?!)'})(?![\wđ])", flags),
        task_section_heading=re.compile(
            rf"^(?:(?:các|những)\s+)?(?:{alternation(d.get('task_section_headings', [])) or '(?!)'})(?![\wđ])", flags),
        plan_making=re.compile(rf"(?<![\wđ])(?:{'|'.join(d.get('plan_making', [])) or '(?!)'})", flags),
        joined_addressing=re.compile(
            rf"\s*,?\s*(?:{alternation(d.get('addressing_joiners', [])) or '(?!)'})\s+(?=(?:{addressing})(?![\wđ]))",
            flags),
        issuer_addressing=re.compile(
            rf"(?<![\wđ])(?:{alternation(d.get('issuer_addressing_verbs', [])) or '(?!)'})(?![\wđ])\s*", flags),
        petition=re.compile(rf"^[\s*_]*(?:{'|'.join(d.get('petition_openers', [])) or '(?!)'})", flags),
        petition_within=re.compile(rf"(?<![\wđ])(?:{'|'.join(d.get('petition_openers', [])) or '(?!)'})(?![\wđ])",
                                   flags),
        polite_addressee=re.compile(
            rf"(?<![\wđ])(?:{addressing})\s+(?:{'|'.join(d.get('polite_addressees', ['(?!)']))})(?![\wđ])\s*", flags),
        status=re.compile("^(?:" + "|".join(d.get("status_statements", ["(?!)"])) + ")", flags),
        norm=re.compile("^(?:" + "|".join(d.get("norm_statements", ["(?!)"])) + ")", flags),
        budget_line=_budget_line(d.get("money_units", [])),
        nominal_verb=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('nominal_verb_markers', []))})\s+$", flags)
        if d.get("nominal_verb_markers") else re.compile("(?!)"),
        # a clause's condition, up to its "thì" or its first comma
        condition=re.compile(rf"(?:{alternation(d.get('condition_openers', []))})\s[^,;]*?(?=,|\sthì\s)", flags),
        # a clause that opens with a condition and states its consequent after "thì"
        case_consequent=re.compile(rf"^(?:{alternation(d.get('condition_openers', []))})\s[^.;:]*?,?\sthì\s", flags),
        class_subject=re.compile(rf"^(?:(?:các|mọi|những)\s+)?(?:{alternation(d.get('class_subjects', []))})$", flags)
        if d.get("class_subjects") else re.compile("(?!)"),
        # "Cơ quan, đơn vị, cá nhân tạo ra tài liệu": a list that counts people among its members
        class_member=re.compile(rf"(?:,|\s+và|\s+hoặc)\s+(?:{alternation(d.get('people_members', []))})(?![\wđ])",
                                flags) if d.get("people_members") else re.compile("(?!)"),
        # people named anywhere among those a clause charges: "Cơ quan, tổ chức, hộ gia đình và cá nhân"
        people=re.compile(rf"(?<![\wđ])(?:{classes})(?![\wđ])", flags),
        class_actor=re.compile(rf"^(?:(?:các|mọi|những|tất cả các)\s+)?(?:{classes})(?![\wđ])", flags),
        case_opener=re.compile(rf"(?:{alternation(d.get('condition_openers', [])) or '(?!)'})(?![\wđ])", flags),
        case_qualifier=re.compile(rf"(?:{alternation(d.get('case_qualifiers', [])) or '(?!)'})\s*,", flags),
        time_phrase=re.compile(rf"(?:{alternation(d.get('time_phrase_openers', [])) or '(?!)'})\s+"
                               rf"(?:{alternation(resources.deadlines.get('time_nouns', [])) or '(?!)'})(?![\wđ])",
                               flags),
        person_owned=re.compile(rf"(?<![\wđ])của\s+(?:{alternation(d.get('person_honorifics', [])) or '(?!)'})\s+"
                                rf"(?:(?-i:[{CAPITALS}])[\wđ]*\s+){{0,3}}(?-i:[{CAPITALS}])[\wđ]*\s*,\s*$", flags),
        rule_party=re.compile(rf"^(?:(?:các|mọi|những|tất cả các)\s+)?(?:{alternation(d.get('rule_parties', []))})"
                              r"(?![\wđ])", flags) if d.get("rule_parties") else re.compile("(?!)"),
        coordinates=re.compile("(?:" + "|".join(d.get("coordinator_phrases", ["(?!)"])) + ")", flags),
        delegated_to=re.compile(r"(?<![\wđ])(?:" + "|".join(d.get("delegation_phrases", ["(?!)"])) + r")\s+", flags),
        duty_document=re.compile(rf"(?:{alternation(d.get('duty_documents', []))})(?![\wđ])", flags)
        if d.get("duty_documents") else re.compile("(?!)"),
        implementation_part=re.compile(
            r"^[ \t]*(?:[IVXLC]{1,5}[.)]\s*|\d{1,2}[.)]\s*)?(?:" + "|".join(d.get("implementation_headings", ["(?!)"]))
            + r")(?:\s+(?:" + "|".join(d.get("implementation_objects", ["(?!)"])) + r")(?:\s+này)?)?\s*:?\s*$",
            flags | re.MULTILINE),
        due_cue=re.compile(rf"(?<![\wđ])(?:{alternation(resources.deadlines['due_cues'])})(?![\wđ])", flags),
        **_clause_patterns(d.get("clause_vocabulary", {})),
        portal_links=re.compile("^(?:" + "|".join(d.get("portal_link_headings", ["(?!)"])) + r")\s*:?\s*$", flags),
        name_breaker=re.compile(rf"(?<![\wđ])(?:{alternation(d.get('name_breakers', ['có']))})(?![\wđ])", flags),
        # a unit noun and what qualifies it, up to a responsibility marker (the subject ends there)
        # ("Trường hợp hồ sơ không đủ căn cứ ...": a case, not a school; the heads' exclusions)
        described_subject=re.compile(
            rf"(?P<np>(?=(?-i:[{CAPITALS}]))"
            rf"(?!(?:{alternation(resources.agency_patterns.get('head_exclusions', [])) or '(?!)'})(?![\wđ]))"
            rf"(?:các\s+)?(?:{alternation(resources.agency_patterns['units'])})"
            # (not what a named body is: "Sở Y tế | là cơ quan chịu trách nhiệm ...")
            rf"\s(?:(?!(?<![\wđ])là(?![\wđ]))[^,;:.()]){{2,60}}?)\s+(?=(?:có|chịu)\s+trách nhiệm(?![\wđ])"
            # "Cơ quan có thẩm quyền của tổ chức chính trị căn cứ vào ... hướng dẫn áp dụng ..."
            rf"|căn cứ(?:\s+vào)?\s[^,;:.()]{{2,80}}?\s(?-i:{not_compound}(?:{verbs}))(?![\wđ]))", flags),
        place_subject=re.compile(
            rf"(?=(?-i:[{CAPITALS}])){place}(?:\s*(?:,|và|,\s*và)\s*{place})*\s+"
            # ... or an action, as a province does ("Huyện Ngân Sơn xem xét, tham mưu ...")
            rf"(?=(?:{duty}|(?-i:{not_compound}(?:{verbs})))(?![\wđ]))", flags),
        place=re.compile(place, flags),
        place_council=resources.agency_patterns.get("place_council", "UBND"),
        # "doanh nghiệp", "các đơn vị", "Quý cơ quan, đơn vị": bodies by their kind, a list of kinds
        document_statement=re.compile(
            rf"(?<![\wđ])(?:{'|'.join(d.get('document_statements', [])) or '(?!)'})\s*:\s*", flags),
        document_frame=re.compile(rf"(?<![\wđ])(?:{'|'.join(d.get('document_frames', [])) or '(?!)'})\s*$", flags),
        enterprise=re.compile(
            rf"^(?:{alternation(resources.agency_patterns.get('enterprise_heads', [])) or '(?!)'})(?![\wđ])", flags),
        bare_subject=re.compile(rf"^(?:(?:{alternation(d.get('polite_openers', [])) or '(?!)'})\s+)?(?:các\s+)?"
                                rf"(?:{units})(?:\s*,\s*(?:{units}))*\s+(?=\S)", flags),
        unit_kinds=re.compile(
            rf"^(?:(?:{alternation(resources.agency_patterns.get('group_openers', [])) or '(?!)'})\s+)?"
            rf"(?:(?:{alternation(resources.agency_patterns.get('titles', [])) or '(?!)'})\s+)?"
            rf"(?:{units})(?:\s*(?:,|và|hoặc)\s*(?:{units}))*$", flags),
        relative_marker=re.compile(
            rf"[ \t]+(?:{alternation(resources.agency_patterns.get('relative_markers', [])) or '(?!)'})(?![\wđ])",
            flags),
        appointing=re.compile(alternation(d.get("appointing_verbs", [])) or "(?!)", flags),
        complete_relative=re.compile(
            alternation(resources.agency_patterns.get("complete_relative_markers", [])) or "(?!)", flags),
        distributive=re.compile(
            rf"^(?:{each})\s+(?:{units})(?:\s*(?:,|và)\s*(?:(?:{each})\s+)?(?:{units}))*$", flags),
        **_execution_patterns(resources),
    )


def _execution_patterns(resources: Resources) -> dict[str, re.Pattern[str]]:
    """The patterns that read a decision's execution clause (see ``execution.py``)."""
    clause = resources.directives.get("clause_vocabulary", {})
    titles = alternation(resources.agency_patterns["titles"])
    units_words = alternation(resources.agency_patterns["units"])
    openers = "|".join(clause.get("list_member_openers", [])) or "(?!)"
    staff = alternation(resources.directives.get("body_staff", [])) or "(?!)"
    roles = alternation(resources.directives.get("apposition_roles", [])) or "(?!)"
    flags = re.IGNORECASE
    return {
        "executes": re.compile("|".join(clause.get("execution_predicates", [])) or "(?!)", flags),
        "list_member": re.compile(rf"(?:(?:các|những)\s+)?(?:{titles})(?![\wđ])|{openers}", flags),
        # "Giám đốc các Sở: Tư pháp, Nông nghiệp và Môi trường": one member per body it announces
        "announced_members": re.compile(rf"(?P<head>(?:{titles})\s+)(?:các\s+)?(?P<kind>Sở|Bộ|Ban|Cục|Vụ)\s*:\s*"
                                        rf"(?P<members>.+)", flags | re.DOTALL),
        # "giao Giám đốc: Sở Văn hóa ..., Sở Thông tin ...": a title over the bodies listed after its colon
        # ... also after the kind of the bodies it names: "Thủ trưởng các cơ quan, đơn vị: Văn phòng UBND
        # tỉnh, Sở Tài chính" (the group word goes, the title heads each body)
        "title_colon": re.compile(rf"(?P<title>{titles})(?:\s+(?:các\s+)?(?:{units_words})(?![\wđ])"
                                  rf"(?:\s*,\s*(?:{units_words})(?![\wđ]))*)?\s*:\s*", flags),
        # "lãnh đạo, công chức, viên chức và người lao động (của) Văn phòng X": the body's people
        "body_staff": re.compile(rf"(?:(?:{staff})(?:\s*,\s*|\s+và\s+|\s+))*(?:{staff})\s+(?:(?:của|thuộc)\s+)?",
                                 flags),
        # "Các cơ quan, tổ chức, đơn vị", "Cơ quan, đơn vị": a group named by its unit nouns
        # "các đơn vị ...", "giám đốc các chi nhánh ...": a group of units, maybe under its heads' title
        "units_group": re.compile(rf"^(?:(?:{titles})\s+)?(?:(?:các|những)\s+)?"
                                  rf"(?:{alternation(resources.agency_patterns['units'])})(?![\wđ])", flags),
        "office": re.compile(rf",?\s+là\s+(?:{titles})(?![\wđ])", flags),
        "apposition": re.compile(rf"\s*,\s*(?:là\s+)?(?:{roles})(?:\s+của)?\s+", flags),
        # ... or the role alone, said with "là" and closed by a comma: "Sở X là cơ quan thường trực, | chủ trì ..."
        # ... or the kind of body it is, before the duty it is charged with: "Sở Y tế là cơ quan | chịu trách nhiệm
        # chính chỉ đạo ..."
        "role_alone": re.compile(rf"\s*,?\s*là\s+(?:{roles})\s*,\s*"
                                 rf"|\s+là\s+(?:cơ quan|đơn vị)\s+(?=(?:chịu|có)\s+trách\s+nhiệm(?![\wđ]))", flags),
        "comma_compound": re.compile(
            rf"(?<![\wđ])(?:{alternation(resources.agency_patterns.get('comma_compounds', [])) or '(?!)'})(?![\wđ])",
            flags),
        # "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ": one title over two bodies
        "shared_title": re.compile(rf"(?P<title>(?:{titles})\s+)(?!các\s)[^,;]+?\s*,\s*(?P<second>cơ quan\s[^,;]+)",
                                   flags | re.DOTALL),
    }


LABEL_END = re.compile(r"\s*(?:\([^()]{0,120}\))?\s*:\s*")


# what a speaker's lead-in is about, between its verb and its colon: "... kết luận, về thu ngân sách năm 2020:"
SPOKEN_TOPIC = r"\s*,\s*về\s+[^:;.\n]{1,120}"

NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,5}|[a-zđ])[.)]\s|^\s*\d{1,2}/\s")


BULLET = re.compile(r"^\s*[-+•–—*·▪►○●]\s")


def _clause_patterns(words: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """The clause vocabulary of ``directives.yaml`` compiled into the patterns assembly reads."""
    flags = re.IGNORECASE

    def any_of(key: str) -> str:
        return "|".join(words.get(key, [])) or "(?!)"

    duty = any_of("duty_words")
    return {
        "discourse": re.compile(rf"^(?:(?:{any_of('discourse_openers')})\s*,?\s*)+", flags),
        "authority": re.compile(rf"^(?:{any_of('authorities')})", flags),
        "meeting": re.compile(rf"^\s*(?:{any_of('meeting_openers')})(?![\wđ])", flags),
        "issuer_act": re.compile(rf"^\s*(?:{any_of('issuer_acts')})(?![\wđ])", flags),
        # the topic may be long and cite numbers ("khoảng 1.500 tỷ đồng", "Nghị quyết số 37/2021/QH15")
        "topic_label": re.compile(rf"^(?:{any_of('topic_labels')})\s(?:[^:;.]|(?<=\w)\.(?=\d)){{2,400}}:\s+"
                                  rf"(?=[{CAPITALS}])", flags),
        "announces_list": re.compile(rf"(?:{any_of('list_announcers')})\s*[:.]?$", flags),
        "announces_tasks": re.compile(rf"(?<![\wđ])(?:{any_of('task_list_announcers')})", flags),
        "attendance": re.compile(rf"^(?:{any_of('attendance_lists')})", flags),
        "heard": re.compile(rf"^(?:{any_of('heard_lists')})", flags),
        "speech": re.compile(rf"^(?:{any_of('speech_verbs')})(?![\wđ])", flags),
        "speech_end": re.compile(rf"(?<![\wđ])(?:{any_of('speech_verbs')})\s*:?\s*$", flags),
        "quotes_rule": re.compile(rf"(?:{any_of('rule_quote_cues')})", flags),
        "cites_law": re.compile(rf"(?:{any_of('law_citation_cues')})", flags),
        "informs": re.compile(rf"^(?:{any_of('informative_speech')})(?![\wđ])", flags),
        "consequence": re.compile(rf"^(?:{any_of('consequence_openers')})(?![\wđ])", flags),
        "phase_schedule": re.compile(rf"^(?:{any_of('phase_schedules')})", flags),
        "asks_again": re.compile(rf"\s*(?:{any_of('continued_requests')})", flags),
        "handover": re.compile(rf"(?<![\wđ])(?:{any_of('handover_verbs')})\s+$", flags),
        "charge": re.compile(rf"(?:{any_of('charge_verbs')})(?![\wđ])", flags),
        "asks_unaddressed": re.compile(rf"\s*(?:{any_of('unaddressed_requests')})", flags),
        "directs": re.compile(rf"\s*(?:{any_of('directing_verbs')})\s+", flags),
        "unaddressed_before": re.compile(rf"(?<![\wđ])(?:{any_of('unaddressed_requests')})$", flags),
        "purpose_opens": re.compile(rf"[ \t]*,[ \t]*(?:{any_of('purpose_openers')})[ \t]", flags),
        "directs_alone": re.compile(rf"\s*(?:{any_of('directing_verbs')})\s*:?\s*", flags),
        "announces_aims": re.compile(rf"(?<![\wđ])(?:{any_of('aim_announcers')})$", flags),
        "meeting_frame": re.compile(rf"(?:{any_of('meeting_frames')})\s*", flags),
        "names_recurrence": re.compile(rf"\s*(?:{any_of('recurrence_words')})(?![\wđ])", flags),
        "ends_period": re.compile(rf"(?<![\wđ])(?:{any_of('period_nouns')})\s*$", flags),
        "informative_title": re.compile(rf"(?<![\wđ])(?:{any_of('informative_titles')})(?![\wđ])", flags),
        "report_frame": re.compile(rf"(?:{any_of('report_frames')})(?![\wđ])", flags),
        "conclusion_title": re.compile(rf"(?<![\wđ])(?:{any_of('conclusion_titles')})(?![\wđ])", flags),
        "replies": re.compile(rf"(?<![\wđ])(?:{any_of('reply_markers')})(?![\wđ])", flags),
        "opinion": re.compile(rf"^(?:{any_of('opinion_speech')})(?![\wđ])", flags),
        "announces_cases": re.compile(rf"(?:{any_of('case_announcers')})$", flags),
        "announces_members": re.compile(rf"(?<![\wđ])(?:{any_of('composition_announcers')})$", flags),
        "announces_parts": re.compile(rf"(?<![\wđ])(?:{any_of('part_announcers')})$", flags),
        "announces_documents": re.compile(rf"(?<![\wđ])(?:{any_of('document_announcers')})$", flags),
        "report_contents": re.compile(rf"(?:{any_of('report_contents')})$", flags),
        "speech_closing": re.compile(rf"^\s*(?:{any_of('speech_closings')})\s*$", flags),
        "elaborates": re.compile(rf"[,;]?\s*(?:{any_of('elaboration_markers')})\s*:$", flags),
        "report_word": re.compile(rf"(?<![\wđ])(?:{any_of('report_words')})(?![\wđ])", flags),
        "time_opener": re.compile(rf"^(?:{any_of('time_openers')})", flags),
        "frame_opener": re.compile(rf"^(?:{any_of('frame_openers')})(?![\wđ])", flags),
        "remit_basis": re.compile(rf"\s+(?:{any_of('remit_bases')})\s*", flags),
        "remit_frame": re.compile(rf"[ \t]*,?[ \t]+(?:{any_of('remit_openers')})(?=\s+(?:{any_of('remit_bases')}))",
                                  flags),
        "capitalised_action": re.compile(rf"^(?-i:{any_of('capitalised_action_openers')})(?![\wđ])"),
        "nominal_opener": re.compile(rf"^(?:{any_of('nominal_openers')})\s", flags),
        "time_label": re.compile(rf"^\s*(?:{any_of('time_labels')})(?![\wđ])[^:;.\n]{{0,60}}:", flags),
        "recurrence_opener": re.compile(
            rf"^(?:(?:{any_of('period_openers')})|(?:{any_of('recurrence_openers')})"
            rf"(?:\s*(?:,|và|hoặc)\s*(?:{any_of('recurrence_continuations')})"
            rf"(?![\wđ]))*)(?:\s*\([^)]{{0,60}}\))?\s*,?\s*", flags),
        "speech_frame": re.compile(rf"(?<![\wđ])(?:{any_of('speech_frames')})\s*[,:]?\s+", flags),
        "told": re.compile(rf"\s*(?:{any_of('speech_frames')})(?![\wđ])", flags),
        "dated_opener": re.compile(rf"^(?:{any_of('dated_openers')})\s*,\s*", flags),
        "schedule_step": re.compile(rf"^(?:{any_of('schedule_spans')})(?:\s+sẽ)?\s+(?=[^\W\d])", flags),
        "topic_opener": re.compile(rf"^(?:{any_of('topic_openers')})\s", flags),
        "clause_break": re.compile(rf";\s+|\s*(?:…|\.\.\.)\s*(?=[a-zđ])|\s+để\s+|:\s+(?=[{CAPITALS}])|"
                                   rf",\s+(?:{any_of('clause_connectors')})\s+|,\s+"
                                   # "... trước ngày 25-10 phải báo cáo sơ bộ ... và trước ngày 16-11 phải báo cáo
                                   # chính thức ...": a step of the same body with a time of its own
                                   rf"|\s+và\s+(?=(?:{any_of('time_limits')}))"),
        # ("Trách nhiệm Tổ công tác triển khai Đề án 06:": a name in capitals may follow with no "của")
        "duties_of": re.compile(rf"[\s.:]*(?:Điều\s+\d+\s*[.:]\s*)?(?:{duty})"
                                rf"(?:\s*,?\s*(?:và\s+)?(?:{duty}))*(?:\s+của\s+"
                                # ... (not in a heading all in capitals: "NHIỆM VỤ CHUNG")
                                rf"|(?<!(?-i:[{CAPITALS}]))\s+(?=(?-i:[{CAPITALS}])))", flags),
        "recipients": re.compile(rf"^(?:{any_of('recipient_openers')})", flags),
        "announces_competences": re.compile(rf"(?:{any_of('competence_announcers')})\s*$", flags),
        "powers": re.compile(rf"(?<![\wđ])(?:{any_of('competence_powers')})(?![\wđ])", flags),
        "grants": re.compile(rf"\s*(?:{any_of('power_predicates')})", flags),
        "undergoes": re.compile(rf"\s*(?:{any_of('undergone_predicates')})", flags),
        "procedure_step": re.compile(rf"(?:{any_of('procedure_steps')})", flags),
        "accountable": re.compile(rf"\s*(?:{any_of('accountability')})[^;]*$", flags),
        "competence_title": re.compile(rf"^[\s*_]*(?:Điều\s+\d+\s*[.:]\s*)?(?:{any_of('competence_titles')})(?![\wđ])",
                                       flags),
        # "1. Chủ tịch UBND tỉnh quyết định:", "... quyết định các nội dung sau:": the items are powers
        "delegation": re.compile(rf"[\s*_.:]*(?:Điều\s+\d+\s*[.:]\s*[*_\s]*)?(?:{any_of('delegations')})", flags),
        "grant_heading": re.compile(rf"(?<![\wđ])(?:{any_of('power_predicates')})(?:\s+(?:các|những)\s+\S+"
                                    rf"(?:\s+\S+)?\s+sau(?:\s+đây)?|\s+như sau)?(?:\s*\([^()]{{0,160}}\))?"
                                    rf"\s*:\s*$", flags),
        "passing_on": re.compile(rf"\s*(?:{any_of('passing_on')})", flags),
        "informed": re.compile(rf"(?:{any_of('informed')})", flags),
        "bare_compliance": re.compile(rf"(?:{any_of('bare_compliance')})", flags),
        "recurrence": re.compile(rf"(?<![\wđ])(?:{any_of('recurrence_openers')})(?![\wđ])", flags),
        "deadline_statement": re.compile(rf"^(?:{any_of('deadline_statements')})\s", flags),
        "time_limit": re.compile(rf"(?<![\wđ])(?:{any_of('time_limits')})(?![\wđ])", flags),
        "event_limit": re.compile(rf"(?<![\wđ])(?:{any_of('event_limits')})(?![\wđ])", flags),
        "earlier_letter": re.compile(rf"(?<![\wđ])(?:{any_of('earlier_letters')})", flags),
        "approves": re.compile(rf"(?:{any_of('approval_openers')})(?![\wđ])", flags),
        "letter_recipients": re.compile(rf"(?<![\wđ])(?:{any_of('letter_recipients')})", flags),
        "scheduled_event": re.compile(
            rf"(?:{any_of('scheduled_events')})\s+(?P<holder>(?:(?!(?:{any_of('event_name_ends')})(?![\wđ]))"
            rf"[^,;.:()\s]+\s*){{1,10}}?)(?=,|\s*(?:{any_of('event_name_ends')})(?![\wđ])|$)", flags),
        "event_holder": re.compile(rf"(?<![\wđ])(?:{any_of('event_holders')})(?![\wđ])", flags),
        "carrying_out": re.compile(rf"^\s*(?:{any_of('carrying_out')})", flags),
        "rule_delegation": re.compile(  # "... (chịu trách nhiệm) hướng dẫn thi hành Nghị định này"
            rf"\s*(?:(?:chịu|có)\s+trách\s+nhiệm\s+)?(?:{any_of('rule_delegations')})(?![\wđ])", flags),
        "implementation_action": re.compile(
            rf"^(?:(?:tổ chức|thực hiện|chủ trì)\s+)?(?:{any_of('implementation_actions')})(?![\wđ])", flags),
    }
