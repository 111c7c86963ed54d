from __future__ import annotations

import re

from ...lines import plain
from ...patterns import CAPITALS, GROUP_OPENING
from ...structure import Block
from ..agencies import FoundAgency, flatten
from .actors import (
    addressees_of,
    agencies_in,
    is_plural,
    only_agencies,
    run_from,
    subject_of,
    support_of,
    tells_of_requests,
)
from .model import Context, Unit
from .scopes import Scope, marker_depth, marker_style
from .tables import structured_field
from .units import opens_with_action, strip_opening
from .vocab import BULLET, NUMBERED, Vocab


def is_heading_item(block: Block, vocab: Vocab) -> bool:
    """A heading written as an item: an article's title ("Điều 2. Nhiệm vụ của Ban Chỉ đạo"),
    a short lead-in ending with ":", or a topic "Về ..."."""
    body = block.text[len(block.marker or "") :].strip()
    words = len(body.split())
    if len(re.sub(r"\([^()]*\)", "", body).split()) <= 16 and vocab.duties_of.match(body):
        return True  # "1. Trách nhiệm, quyền hạn của Đội trưởng.", "Điều 5. Nhiệm vụ của Ban Chỉ đạo."
    if words <= 20 and vocab.announces_competences.search(body):
        return True  # "Điều 8. Đội kiểm tra có nhiệm vụ sau.", "2. Vụ Tổ chức cán bộ có trách nhiệm": over its items
    if (block.marker or "").startswith("Điều"):
        # an article's title names its matter; "Điều 3. Giao Sở X ..." is already its content
        if words <= 12 and vocab.non_directive_heading.match(_ARTICLE_LABEL.sub("", body).lstrip(" .:")):
            return True  # "Điều 6. Những nguyên tắc chung.": a title, even with its full stop
        return words <= 40 and not body.endswith((".", ";")) and not vocab.addressing.match(body.lstrip(" .:"))
    # "7. Lưu ý quy định xử lý vi phạm hành chính đối với ... :": a long title of what is no task
    titled = words <= 14 or (words <= 30 and bool(vocab.non_directive_heading.match(body)))
    return (body.endswith(":") and titled) or block.kind == "heading" or (
        body.startswith(("Về ", "VỀ ", "Đối với ", "ĐỐI VỚI ")) and words <= 14
        and not body.endswith((".", ";"))) or bool(vocab.implementation_part.match(body))


def open_section(block: Block, text: str, agencies: list[FoundAgency], vocab: Vocab,
                 ctx: Context, listed_actor: bool = False, addressed: bool = False) -> None:
    """A heading opens a scope: its title, its actor, whether its items are assignments.
    ``listed_actor``: the heading is a body's name among its siblings' (``is_listed_actor``);
    ``addressed``: it asks bodies for its items (``is_addressed_heading``)."""
    body = text[block.body_start : block.end].strip()
    title = _ARTICLE_LABEL.sub("", body).lstrip(" .:")  # "Điều 2. Đối tượng áp dụng": the article's matter
    directive: bool | None = None
    # a plan's "2. Trình tự, thời gian lập và phê duyệt ...": the order of its own work, not a procedure it
    # sets (nor a published procedure's field "a) Trình tự thực hiện:")
    schedule = bool(vocab.procedure_heading.match(title)) and not (
        ctx.normative or marker_style(block) == "article" or vocab.procedure_step.match(title))
    # a letter's principles ("1. Nguyên tắc kết nối ...") direct the bodies it goes to; a rule's bind a class
    principles = bool(vocab.principle_heading.match(title)) and not (
        ctx.normative or marker_style(block) == "article" or ctx.scopes.in_article())
    if ((vocab.non_directive_heading.match(title) and not schedule and not principles)
            or vocab.announces_cases.search(body) or vocab.report_contents.search(body)):
        directive = False  # ... nor those of "X có trách nhiệm thông tin ... những công việc sau:": what is told
    elif vocab.intro.search(block.text):
        directive = True
    heading_agencies = agencies_in(agencies, block.body_start, block.end)
    owner = vocab.duties_of.match(text, block.body_start, block.end)
    # "Điều 2. Nhiệm vụ của Ban Chỉ đạo"; "**Điều 3.** Giám đốc Sở X:" leaves the label's dot
    # behind, before a body its colon hands the items ("Điều 8. Hội đồng tuyển dụng" is a topic)
    lead_in = block.text.rstrip(" *_").endswith(":")
    start = owner.end() if owner else block.body_start + (
        len(body) - len(body.lstrip(" .:*_")) if lead_in else 0)
    # "1. Đối với các bộ, ngành, cơ quan thuộc Chính phủ": the part's items are theirs (under "1. Tiêu chí
    # thi đua", "a) Đối với tỉnh X" says whom criteria apply to: no assignment)
    opener = vocab.discourse.match(text[start : block.end])
    start += opener.end() if opener and not owner and not _within_non_directive(ctx) else 0
    opening = run_from(heading_agencies, text, start, block.end)
    actor = flatten(opening) if opening and opening[0].start <= start + 1 else []
    if actor and not opening[-1].members:
        actor = actor[:-1] + [_whole_name(opening[-1], text, block.end, vocab)]
    if owner and len(actor) == 1 and re.match(r"(?:các|những)\s", actor[0].text, re.IGNORECASE):
        # "Trách nhiệm của các cơ quan quản lý cấp trên": a group the heading goes on to describe
        actor = _owner(text, owner.end(), block.end, _OWNER_WORDS) or actor
    elif owner and not actor and not vocab.duty_document.match(text, owner.end(), block.end):
        # "Nhiệm vụ của cơ quan sử dụng công chức", not "... của Đề án"
        actor = _owner(text, owner.end(), block.end, _OWNER_WORDS)
    announced = vocab.announces_competences.search(text, block.body_start, block.end)
    if announced and not actor:  # "Điều 8. Đội kiểm tra 814 các cấp có nhiệm vụ sau."
        begin = block.body_start + len(text[block.body_start : announced.start()]) - len(
            _ARTICLE_LABEL.sub("", text[block.body_start : announced.start()]).lstrip(" .:"))
        topic = text.rfind(":", begin, announced.start())  # "1. Đối với hệ thống ...: Đơn vị X có trách nhiệm:"
        if topic >= 0:
            named = text[topic + 1 : announced.start()]
            begin = topic + 1 + len(named) - len(named.lstrip())
        actor = _owner(text, begin, announced.start()) if text[begin : begin + 1].isupper() else []
    if listed_actor:
        actor = _owner(text, block.body_start, block.end, _LISTED_NAME_WORDS) or actor
    if addressed and not actor:
        verb = vocab.addressing.match(text, block.body_start, block.end)
        start = verb.end() if verb else block.body_start
        while start < block.end and text[start] in " \t\n":
            start += 1
        named = run_from(heading_agencies, text, start, block.end)
        only_named = only_agencies(text, heading_agencies, start, _name_end(text, start, block.end), vocab)
        actor = flatten(named) if only_named else _owner(text, start, block.end, _LISTED_NAME_WORDS)
    if not actor and lead_in:  # "Điều 2. Công tác tuyên truyền do Bộ X phụ trách gồm các nội dung sau:"
        actor = work_agents(text, heading_agencies, block.body_start, block.end, vocab)
    if not actor and _in_duties_part(ctx, vocab):
        actor = _described_actor(block, text, body, vocab)
    if block.marker and vocab.in_charge.match(body) and _in_duties_part(ctx, vocab):
        # "3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "6. Phó chủ tịch phụ trách lĩnh vực
        # Công tác Xã hội": an official named by the field in their charge, the whole line
        actor = _owner(text, block.body_start, block.end, _OWNER_WORDS) or actor
    if not actor and (block.text.rstrip().endswith(":") or (  # "1. Giao Ủy ban nhân dân Thành phố:"
            block.marker and _only_addressed(text, agencies, block.body_start, block.end, vocab))):
        addressed = addressees_of(Unit(block.body_start, block.end, body, block.kind == "item"), text,
                                  heading_agencies, vocab, block.body_start)
        actor = flatten(addressed[0]) if addressed else []
    if block.kind == "heading" and actor and (vocab.authority.match(actor[0].text) or not (
            block.marker or block.text.rstrip().endswith(":"))):
        # "ỦY BAN NHÂN DÂN TỈNH ..." above "QUYẾT ĐỊNH:" enacts, and a body's name in capitals
        # on a line of its own is a header or a signature: neither is given anything
        actor = []
    role = _role_lead_in(text, agencies, block.body_start, block.end, vocab)
    if directive and not (actor or role or vocab.addressing.search(body)) and _within_non_directive(ctx):
        directive = None  # "2.2. Chi ngân sách ... như sau:" under "I. TÌNH HÌNH THỰC HIỆN": its figures
    if (ctx.catalogue and marker_style(block) == "article" and not (actor or role or owner)
            and not vocab.carries_out.search(title) and not vocab.addressing.search(body)):
        directive = False  # "Điều 1. Bí mật nhà nước độ Tuyệt mật" in a decision issuing a catalogue
    if actor and vocab.announces_members.search(body) and not vocab.obligation.search(body):
        directive = False  # "2. Hội đồng kỷ luật ... bao gồm:": its members follow, no assignments ("Sở X
        # có trách nhiệm quản lý ..., bao gồm:" lists its duties)
    if ctx.normative and (vocab.rule_matter_heading.match(title) or _within_rule_matter(ctx, vocab)):
        directive = False  # "Điều 3. Cơ cấu tổ chức của Hội đồng", and its "2. Các Ban chuyên môn:": how a
        # body is made, in a rule, charges none of the bodies it names
    if (actor or role) and directive is None:
        directive = True  # "1. Sở Y tế:", "Điều 5. Trách nhiệm của Sở X": what follows is theirs
    if directive is False:
        actor = []
    partners = support_of(Unit(block.body_start, block.end, body, True), text, heading_agencies, vocab,
                          block.body_start) if actor or role else []
    # the duty words name the powers, not the body: "Trách nhiệm của cơ quan có chức năng quản lý
    # đất đai" states duties of a body whose name says "chức năng"
    announcement = text[block.body_start : owner.end()] if owner else (announced.group(0) if announced else "")
    competence = bool(vocab.powers.search(announcement)) and not vocab.implementation_part.match(title)
    granted = vocab.grant_heading.search(text, block.body_start, block.end) if (
        ctx.normative or ctx.scopes.in_article()) else None
    if granted:  # "1. Chủ tịch UBND tỉnh quyết định:": the powers of the body it names
        actor = [_ending_before(a, text, granted.start()) for a in actor if a.start < granted.start()]
    ctx.scopes.push(Scope(marker_style(block), block, title=block.text, actor=actor,
                          directive=directive, cue=(block.start, block.end), support=partners,
                          competence=competence, powers=bool(granted) or _titles_powers(title, vocab)
                          or _delegates(block, text, ctx, vocab), principles=principles,
                          attendance=bool(vocab.attendance_heading.match(title))))
    ctx.previous_lead = []  # the task before a heading does not lend its actor past it
    ctx.directive = ctx.directive or bool(directive) or block.kind == "item"


# a body that directs one of its units to carry out the items it announces
def _after_comma(text: str, pos: int) -> int:
    """The offset after a comma that follows ``pos`` ("Ủy ban nhân dân tỉnh, | chỉ đạo ...")."""
    comma = re.match(r"[ \t]*,", text[pos : pos + 4])
    return pos + comma.end() if comma else pos


def _announcing_scope(block: Block, ctx: Context) -> Scope:
    """The scope of what a lead-in announces: the item's own when an item announces its sub-items,
    else a lead-in scope of its own."""
    scopes = ctx.scopes.scopes
    if block.kind == "item" and scopes and scopes[-1].block is block:
        return scopes[-1]
    scope = Scope("lead-in", None)
    ctx.scopes.enter("lead-in")
    ctx.scopes.push(scope)
    return scope


def _delegates(block: Block, text: str, ctx: Context, vocab: Vocab) -> bool:
    """A heading or lead-in of a rule or an article that hands a body the issuer's powers, and lists
    them ("Điều 1. Ủy quyền cho Giám đốc Sở X giải quyết các thủ tục sau:"): its items are powers."""
    return bool((ctx.normative or ctx.scopes.in_article() or (block.marker or "").startswith("Điều"))
                and text[block.start : block.end].rstrip().endswith(":")
                and vocab.delegation.match(text, block.body_start, block.end))


def _titles_powers(title: str, vocab: Vocab) -> bool:
    """A title on who may decide what ("Thẩm quyền quyết định giao tài sản công"), not a sentence."""
    return bool(vocab.competence_title.match(title)) and len(title.split()) <= 20 and title.rstrip()[-1:] != "."


def _ending_before(agency: FoundAgency, text: str, end: int) -> FoundAgency:
    """An agency whose name the patterns ran on into the heading's predicate, cut before it."""
    if agency.end <= end:
        return agency
    name = text[agency.start : end].rstrip()
    return FoundAgency(name, name, agency.start, agency.start + len(name), agency.title, agency.successor)


def _within_non_directive(ctx: Context) -> bool:
    """Whether the nearest heading above (not an aside line) titles aims, background or results."""
    titled = next((scope for scope in reversed(ctx.scopes.scopes) if scope.title and scope.style != "aside"), None)
    return titled is not None and titled.directive is False


def _within_rule_matter(ctx: Context, vocab: Vocab) -> bool:
    """Whether an article above titles how a body is made or who serves in it (``rule_matter_headings``)."""
    return any(scope.style == "article" and vocab.rule_matter_heading.match(
        _ARTICLE_LABEL.sub("", plain(scope.title)).lstrip(" .:")) for scope in ctx.scopes.scopes if scope.title)


def _in_duties_part(ctx: Context, vocab: Vocab) -> bool:
    """Whether a part on who does what encloses the block ("III. TỔ CHỨC THỰC HIỆN", "II. Trách
    nhiệm phối hợp ...", "Phân công nhiệm vụ")."""
    for scope in ctx.scopes.scopes:
        heading = scope.title or (scope.block.text if scope.block is not None else "")
        title = _NUMBERING.sub("", plain(heading))
        if title and (vocab.implementation_part.match(title) or _DUTIES.match(title)):
            return True
    return False


_NUMBERING = re.compile(r"^(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)]\s*")
_DUTIES = re.compile(r"^(?:trách nhiệm|nhiệm vụ|phân công|tổ chức thực hiện)(?![\wđ])", re.IGNORECASE)


def _described_actor(block: Block, text: str, body: str, vocab: Vocab) -> list[FoundAgency]:
    """A heading in a part on duties that names a body by what it is, outside any gazetteer:
    "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án", "4. Các chủ đầu tư dự án"."""
    name = body.rstrip(" :.")
    if not vocab.bare_subject.match(name + " ") or not name[:1].isupper() or len(name.split()) > 14:
        return []
    start = block.body_start + text[block.body_start : block.end].index(name)
    return [FoundAgency(name, name, start, start + len(name))]


_ARTICLE_LABEL = re.compile(r"^Điều\s+\d+[a-z]?\s*[.:]\s*", re.IGNORECASE)


# What may follow the head of a name in a heading that only names a body: words of the
# name, never a verb, a clause or a sentence ("4. Các doanh nghiệp viễn thông:").
_NAME_TAIL = re.compile(r"^,?\s*[^\W\d_][\w\s,&/-]{0,60}?(?=\s*[:.]?\s*$)")
_LETTERED = re.compile(r"^\s*[a-zđ][.)]\s")


def _name_end(text: str, start: int, end: int) -> int:
    """Where the words of a heading's name end: before its closing punctuation or emphasis
    marks and before an aside in parentheses ("... cấp trên (bao gồm cả ...):*")."""
    while end > start and text[end - 1] in " :.;*_":
        end -= 1
    aside = _TRAILING_ASIDE.search(text, start, end)
    return aside.start() if aside and aside.start() > start else end


def _whole_name(agency: FoundAgency, text: str, end: int, vocab: Vocab) -> FoundAgency:
    """A heading that names a body is its whole name, also where the gazetteer knows only
    its head: "Các doanh nghiệp viễn thông", "Ban Quản lý Khu kinh tế Đông Nam"."""
    end = _name_end(text, agency.end, end)
    rest = text[agency.end : end].strip()
    tail = _NAME_TAIL.match(rest)
    if (not rest or tail is None or len(re.findall(r"\w+", rest)) > 10 or vocab.after_subject.match(" " + rest)
            or vocab.name_breaker.search(rest)):
        return agency
    stop = agency.end + text[agency.end : end].index(rest) + tail.end()
    whole = text[agency.start : stop]
    return FoundAgency(whole, whole, agency.start, stop, agency.title, agency.successor)


# the syllables of a body a heading gives duties to ("Trách nhiệm của ..."), named by what it does: "cơ
# quan có chức năng quản lý nhà nước về lĩnh vực xây dựng cấp xã" is sixteen
_OWNER_WORDS = 20


def _owner(text: str, start: int, end: int, most_words: int = 14) -> list[FoundAgency]:
    """The body whose duties a heading states, named in words the gazetteer may not know; an
    aside after it ("... cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu):") is not its name."""
    end = _name_end(text, start, end)
    name = text[start:end]
    if not name or len(name.split()) > most_words:
        return []
    return [FoundAgency(name, name, start, end)]


def title_owner(text: str, start: int, end: int, vocab: Vocab) -> list[FoundAgency]:
    """The bodies a title line (``text[start:end]``) gives the items below to: "NHIỆM VỤ CỦA CÁC BỘ,
    NGÀNH, ĐỊA PHƯƠNG", "Trách nhiệm của Sở Y tế"; none for a body's standing powers ("CHỨC NĂNG,
    NHIỆM VỤ, QUYỀN HẠN CỦA ...") or the duties of a document ("Nhiệm vụ của Đề án")."""
    owner = vocab.duties_of.match(text, start, end)
    if (owner is None or vocab.powers.search(text, start, owner.end())
            or vocab.duty_document.match(text, owner.end(), end)):
        return []
    return _owner(text, owner.end(), end, _OWNER_WORDS)


def is_actor_heading(block: Block, text: str, agencies: list[FoundAgency], vocab: Vocab) -> bool:
    """A numbered item that only names an actor ("1. Trung tâm Kiểm soát bệnh tật tỉnh", "2. Các bệnh viện"):
    the items below it are that actor's tasks."""
    if not block.marker or not NUMBERED.match(block.marker):
        return False
    # "5. Các chủ rừng là tổ chức (các Ban quản lý rừng ..., các Công ty ...)": the aside describes them
    end = _name_end(text, block.body_start, block.end)
    return (only_agencies(text, agencies, block.body_start, end, vocab)
            or _official_in_charge(block, text, vocab)
            or _only_addressed(text, agencies, block.body_start, end, vocab)
            or _role_lead_in(text, agencies, block.body_start, end, vocab)
            or _led_with_partners(text, agencies, block.body_start, end, vocab))


def _official_in_charge(block: Block, text: str, vocab: Vocab) -> bool:
    """A numbered line that names an official by the field in their charge, and nothing else: "3. Cán bộ
    phụ trách lĩnh vực giám sát và phản biện xã hội" (no full stop: a sentence would go on to act)."""
    body = text[block.body_start : block.end].strip(" *_")
    return (bool(vocab.in_charge.match(body)) and not body.endswith((".", ";", ":"))
            and len(body.split()) <= _OWNER_WORDS)


_ROLE_LEAD_IN = re.compile(r"[*_\s]*chủ trì\s*,?\s*phối hợp(?:\s+chặt chẽ)?\s+với\s+", re.IGNORECASE)


def is_listed_actor(block: Block, following: Block | None, text: str, agencies: list[FoundAgency],
                    vocab: Vocab, sibling_of_actor: bool) -> bool:
    """A numbered item among items that each name a body ("1. Sở Khoa học và Công nghệ", ...)
    that names a class of bodies by what they do ("5. Các chủ đầu tư xây dựng và kinh doanh hạ
    tầng Khu công nghiệp", "8. Các đơn vị có TTHC") over its own sub-items: the whole line is the
    actor's name, although its qualifier reads like a predicate."""
    body = _title_over_items(block, following, text) if sibling_of_actor else None
    if not body or not GROUP_OPENING.match(body) or vocab.support.search(body):
        return False
    opening = agencies_in(agencies, block.body_start, block.body_start + len(body))
    return bool(opening) and opening[0].start <= block.body_start + 1


_LISTED_NAME_WORDS = 24


def _title_over_items(block: Block, following: Block | None, text: str) -> str | None:
    """The words of a numbered item that titles its own sub-items: no full stop, not too long."""
    if not (following is not None and following.kind == "item" and block.marker and NUMBERED.match(block.marker)
            and marker_style(following) != marker_style(block)):
        return None
    body = text[block.body_start : _name_end(text, block.body_start, block.end)]
    titled = body.strip() and body.rstrip()[-1:] not in ".;!?" and len(body.split()) <= _LISTED_NAME_WORDS
    return body if titled else None


def is_addressed_heading(block: Block, following: Block | None, text: str, vocab: Vocab) -> bool:
    """A numbered heading that asks bodies for what its own items say ("14. Đề nghị Viện kiểm sát
    nhân dân thành phố, Tòa án nhân dân thành phố" over "a) Phối hợp ..."): those bodies are the
    items' actor, however the heading names them."""
    body = (_title_over_items(block, following, text) or "").strip()
    verb = vocab.addressing.match(body)
    named = body[verb.end():].strip() if verb else ""
    # a body's name, or a group's ("các doanh nghiệp ..."), not a matter ("Phân công trách nhiệm")
    return bool(named) and (named[:1].isupper() or bool(GROUP_OPENING.match(named)))


def _role_lead_in(text: str, agencies: list[FoundAgency], start: int, end: int, vocab: Vocab) -> bool:
    """An item that only says its parent's body leads and with whom ("a) Chủ trì, phối hợp với
    các sở, ngành và cơ quan có liên quan" over its bullets): the partners of the items below."""
    role = _ROLE_LEAD_IN.match(text, start, end)
    return role is not None and only_agencies(text, agencies, role.end(), _name_end(text, start, end), vocab)


def _led_with_partners(text: str, agencies: list[FoundAgency], start: int, end: int, vocab: Vocab) -> bool:
    """A numbered item that names its body, says it leads and with whom, and no action ("1. Bộ Công
    Thương chủ trì, phối hợp với các bộ, cơ quan liên quan" over "a) ...", its colon lost or never
    written): the items below are that body's, with those partners."""
    run = run_from(agencies_in(agencies, start, end), text, start, end)
    if not run or run[0].start > start + 1:
        return False
    role = _ROLE_LEAD_IN.match(text, run[-1].end, end)
    return role is not None and only_agencies(text, agencies, role.end(), end, vocab)


def _only_addressed(text: str, agencies: list[FoundAgency], start: int, end: int, vocab: Vocab) -> bool:
    """A numbered heading that only gives what follows to bodies: "1.3. Giao Ủy ban nhân dân các
    phường, xã, đặc khu" over its items."""
    verb = vocab.addressing.match(text, start, end)
    return verb is not None and only_agencies(text, agencies, verb.end(), end, vocab)


_SECOND_SENTENCE = re.compile(r"[.;:!?…]\s+\S")
_TRAILING_ASIDE = re.compile(r"(?:\s+là\s+[^,;.()]{1,30}?)?\s*\([^()]*\)\s*$")


def is_content_heading(block: Block, following: Block | None, text: str,
                        agencies: list[FoundAgency], vocab: Vocab) -> bool:
    """A numbered title of a content item ("1. Giám sát, phát hiện sớm và xử lý ổ dịch")
    followed by its body: a paragraph, bullets or deeper numbering, not the next item."""
    if following is None or not block.marker:
        return False
    body = text[block.body_start : block.end].strip()
    # a title over lettered or deeper numbered items may be long: "1. Hoàn thiện cơ chế, chính
    # sách phát triển giáo dục mầm non ở địa bàn đô thị, khu công nghiệp" / "a) ..."
    # (a marker deeper than the title's: "II. Xây dựng dự toán năm 2020" over "1. Kinh phí ...")
    depth, below = marker_depth(block), marker_depth(following) if following.kind == "item" else None
    deeper = depth is not None and below is not None and below > depth
    sub_items = following.kind == "item" and (bool(_LETTERED.match(following.marker or "")) or deeper)
    # ... and so may one over bullets that are its actions ("8. Hoàn thiện hệ thống pháp luật về Thủ đô với cơ
    # chế, chính sách phù hợp, đáp ứng yêu cầu ..." / "- Khẩn trương tổng kết ..."), not over its labelled
    # particulars, cases or requirements ("- Thời gian thực hiện: Quý II/2025", "- Đối với các cơ sở ...", "- Đa
    # dạng, phong phú ..." describe the item, a task)
    # (a title over action bullets may close with a full stop: "a) Đẩy mạnh hoạt động đối ngoại, hội nhập.")
    unpunctuated, words = body[-1:] not in ".;:!?…", len(body.split())
    one_sentence = body.endswith(".") and not _SECOND_SENTENCE.search(body) and not BULLET.match(block.marker)
    plain_title = bool(body) and unpunctuated and words <= (32 if sub_items else 16)
    if not plain_title and not (words <= 32 and (unpunctuated or one_sentence)
                                and _over_action_bullets(following, text, vocab)):  # the costly test last
        return False
    if BULLET.match(block.marker):  # "- Cấp thành phố" over "+ Thông báo ...": a title of its sub-list
        return (len(body.split()) <= 8 and following.kind == "item" and bool(BULLET.match(following.marker or ""))
                and following.marker.strip() != block.marker.strip())
    if not NUMBERED.match(block.marker):
        return False
    if following.kind == "item" and not BULLET.match(following.marker or "") and not _LETTERED.match(
            following.marker or "") and not deeper:  # "a)" below "1." is its sub-item, "1.2." below "1." too
        return False
    unit = Unit(block.body_start, block.end, body, True)
    in_block = agencies_in(agencies, block.body_start, block.end)
    return not (subject_of(unit, text, in_block, vocab, block.body_start)
                or addressees_of(unit, text, in_block, vocab, block.body_start))


def _over_action_bullets(following: Block, text: str, vocab: Vocab) -> bool:
    """Whether the bullet below an item opens with an action, not with a labelled particular of the item."""
    return (following.kind == "item" and bool(BULLET.match(following.marker or ""))
            and opens_with_action(text[following.body_start : following.end], vocab, following.body_start)
            and structured_field(following, text, vocab) is None)


def _actor_label(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab) -> list[FoundAgency]:
    """Bodies a lead-in names as the actors of the items below it, with no verb of their own:
    "1. Bộ trưởng các Bộ: Quốc phòng, Công an ...; Chủ tịch UBND các tỉnh ... theo chức năng:",
    or whose duties it announces ("Nhiệm vụ của Tổ công tác:")."""
    begin = unit.start + len(unit.text) - len(vocab.discourse.sub("", unit.text, count=1))
    duties = vocab.duties_of.match(text, begin, unit.end)  # "Nhiệm vụ của Tổ công tác:"
    begin = duties.end() if duties else begin
    run = run_from(agencies_in(agencies, unit.start, unit.end), text, begin, unit.end)
    if not run or run[0].start != begin or vocab.after_subject.match(text[run[-1].end : unit.end]):
        return []
    return flatten(run)


def _answers(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab) -> bool:
    """Whether a lead-in gives an office's opinion in a letter that answers one it received
    ("Trả lời công văn số ... của Công ty X, Cục Hải quan có ý kiến như sau:"): it explains, it
    does not assign. An authority's opinion ("UBND tỉnh có ý kiến như sau:") still directs."""
    speaker = next((a for a in reversed(agencies) if vocab.opinion.match(text[a.end : unit.end].lstrip())), None)
    return (speaker is not None and not vocab.authority.match(speaker.text)
            and bool(vocab.replies.search(text, max(0, unit.start - _REPLY_WINDOW), unit.end)))


# how far before its opinion a reply says what it answers
_REPLY_WINDOW = 1500


# between a speaker and what it says: its holder's name, "đã", "vừa" ("Chủ tịch UBND tỉnh Nguyễn
# Hoàng Việt đã kết luận ...")
_TOLD = re.compile(rf"(?:\s+(?-i:[{CAPITALS}])[\wđ]*){{0,4}}\s*(?:đã|vừa|cũng)?\s*", re.IGNORECASE)


def _speaker_after(after: int, unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab) -> bool:
    """Whether an authority speaks later in the lead-in ("Chủ tịch UBND tỉnh đã kết luận chỉ đạo như
    sau:"): the body named before it is background, not the items' actor."""
    for agency in agencies_in(agencies, after, unit.end):
        told = _TOLD.match(text, agency.end, unit.end)
        if vocab.authority.match(agency.text) and vocab.speech.match(text[told.end() : unit.end]):
            return True
    return False


def _implementers(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab) -> list[FoundAgency]:
    """The bodies a lead-in names as the ones its items are for, in a purpose ("Kế hoạch đưa ra 5 nội dung
    để các bộ, ngành, địa phương triển khai thực hiện, bao gồm:") or as the agent of the work they make up
    (``work_agents``)."""
    in_unit = agencies_in(agencies, unit.start, unit.end)
    for purpose in _FOR_BODIES.finditer(text, unit.start, unit.end):
        run = run_from(in_unit, text, purpose.end(), unit.end)
        if run and run[0].start == purpose.end() and vocab.action_start.match(text[run[-1].end : unit.end].lstrip()):
            return flatten(run)
    return work_agents(text, in_unit, unit.start, unit.end, vocab)


_FOR_BODIES = re.compile(r"(?<![\wđ])để\s+", re.IGNORECASE)


def work_agents(text: str, agencies: list[FoundAgency], start: int, end: int, vocab: Vocab) -> list[FoundAgency]:
    """The bodies a lead-in names as the agent of the work its items make up, charged with it: "Công tác tuyên
    truyền do Bộ Văn hóa, Thể thao và Du lịch phụ trách gồm các nội dung sau:" (not "do UBND tỉnh ban hành")."""
    for agent in _BY_BODIES.finditer(text, start, end):
        run = run_from(agencies, text, agent.end(), end)
        if run and run[0].start == agent.end() and vocab.charge.match(text[run[-1].end : end].lstrip()):
            return flatten(run)
    return []


_BY_BODIES = re.compile(r"(?<![\wđ])do\s+", re.IGNORECASE)


def _directed_by(addressees: list[FoundAgency], unit: Unit, text: str, agencies: list[FoundAgency],
                 vocab: Vocab) -> list[FoundAgency]:
    """The bodies the addressees of a lead-in are asked to direct, when it names them ("đề nghị Sở Nông nghiệp
    chỉ đạo Chi cục Trồng trọt và các cơ quan liên quan thực hiện ...:"): the named ones, not the kinds of body
    that only say who else helps ("các cơ quan liên quan")."""
    if not addressees:
        return []
    directed = vocab.directs.match(text, addressees[-1].end, unit.end)
    if directed is None:
        return []
    run = flatten(run_from(agencies_in(agencies, unit.start, unit.end), text, directed.end(), unit.end))
    return [a for a in run if not is_plural([a]) and all(a.name != b.name for b in addressees)]


def open_intro(unit: Unit, text: str, agencies: list[FoundAgency], vocab: Vocab,
               ctx: Context, block: Block) -> None:
    """A lead-in ending with ":" opens a directive scope for the items below it, with the
    addressee it names as their actor ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở:"), or the
    bodies it only names, or its subject ("Sở Y tế thực hiện các nội dung sau:")."""
    if _delegates(block, text, ctx, vocab):
        _announcing_scope(block, ctx).powers = True  # "Điều 1. Ủy quyền cho Giám đốc Sở X ... như sau:"
        return
    begin = strip_opening(text, unit.start, unit, vocab, agencies)
    opening = run_from(agencies_in(agencies, unit.start, unit.end), text, begin, unit.end)
    found = addressees_of(unit, text, agencies, vocab, unit.start)
    if (opening and opening[0].start == begin and vocab.reported.match(text, opening[-1].end)
            and not (found and tells_of_requests(vocab))):
        # "Thủ tướng Chính phủ đã phê duyệt ..., cụ thể như sau:": what was done, not what to do
        # (a press report's "UBND huyện đã có Công văn ... yêu cầu X:" tells of the request it reports)
        return
    teller = None if found else subject_of(unit, text, agencies_in(agencies, unit.start, unit.end), vocab, begin)
    if (teller and vocab.informs.match(text[teller[1] : unit.end].lstrip())) or (
            not found and _answers(unit, text, agencies_in(agencies, unit.start, unit.end), vocab)):
        ctx.scopes.close_items_below(block)  # "Cục Hải quan thông báo kết quả ... như sau:": what it tells
        ctx.informative = True
        return
    directing = bool(found and opening and opening[0].start == begin and found[1] > opening[-1].end
                     and vocab.directs.match(text, _after_comma(text, opening[-1].end)))
    if directing:  # "1. Ủy ban nhân dân tỉnh(,) chỉ đạo các cơ quan, đơn vị có liên quan:": the body that
        found = None  # directs leads the items, not those it directs
    actor = flatten(opening) if directing else found[0] if found else _actor_label(unit, text, agencies, vocab)
    # "đề nghị Sở X chỉ đạo Chi cục Y ... thực hiện nội dung sau:": both carry the items out
    directed = _directed_by(found[0], unit, text, agencies, vocab) if found and not directing else []
    actor = actor + directed
    if not actor:  # "Thành phố Đà Nẵng cần tập trung các nhiệm vụ sau:": its subject's items
        subject = subject_of(unit, text, agencies_in(agencies, unit.start, unit.end), vocab, begin)
        # ... unless the subject is the authority speaking ("UBND tỉnh có ý kiến như sau:"); an
        # authority that acts ("Chủ tịch UBND các tỉnh tổ chức theo dõi ..., trong đó:") is the actor
        predicate = text[subject[1] : unit.end].lstrip() if subject else ""
        speaker = subject and (vocab.authority.match(subject[0][0].text) and not is_plural(subject[0]) and (
            vocab.speech.match(predicate) or not vocab.action_start.match(predicate))
            or vocab.speech_closing.match(predicate)  # "Cục Thuế có ý kiến như sau:": whoever says so speaks
            or vocab.addressing.fullmatch(predicate) and not (  # "Phòng GD&ĐT yêu cầu:": whoever asks, of the
                # addressees; "Ban Chỉ đạo ..., Ban cán sự đảng UBND thành phố chỉ đạo:": bodies that direct lead
                vocab.directs_alone.fullmatch(predicate)
                and (is_plural(subject[0]) or not vocab.authority.match(subject[0][0].text))))
        if subject and not speaker and _speaker_after(subject[1], unit, text, agencies, vocab):
            speaker = True  # "..., sau khi nghe lãnh đạo các Phòng báo cáo ..., Chủ tịch ... đã kết luận như sau:"
        actor = flatten(subject[0]) if subject and not speaker else []
        directed = vocab.directs.match(text, subject[1], unit.end) if actor and subject else None
        if directed:  # "1. Sở X chỉ đạo Chi cục Y thực hiện các nội dung sau:": both carry the items out
            actor += flatten(run_from(agencies_in(agencies, unit.start, unit.end), text, directed.end(), unit.end))
    if vocab.announces_cases.search(text[unit.start : unit.end].rstrip()):
        # "... đề nghị UBND các cấp hỗ trợ trong các trường hợp sau:": the items are cases
        ctx.scopes.close_items_below(block)
        return
    addresses = vocab.addressing.search(text[unit.start : unit.end])
    if not actor and not addresses:
        actor = _implementers(unit, text, agencies, vocab)
    if not (actor or addresses or vocab.intro.search(text[unit.start : unit.end])):
        return
    if ctx.informative and not (found and not all(vocab.class_subject.match(a.text.strip()) for a in found[0])):
        return  # "thông tin mặt hàng như sau:" inside what a notice tells: still no assignments
    if not (actor or addresses) and _within_non_directive(ctx):
        return  # "2.2. Chi ngân sách ... như sau:" under "I. TÌNH HÌNH THỰC HIỆN": results, not assignments
    ctx.directive = True
    ctx.previous_was_task = True
    scope = _announcing_scope(block, ctx)
    scope.directive = True
    # the request's own clause: the bases before it ("Căn cứ Quyết định ... Kế hoạch ... trong hai năm 2014 - 2015;
    # ..., đề nghị Sở X:") set no time of its items
    based = addresses and vocab.basis.match(text[unit.start : unit.end])
    semicolon = text.rfind(";", unit.start, unit.start + addresses.start()) if based else -1
    scope.lead_in = (semicolon + 1 if semicolon >= 0 else unit.start, unit.end)
    lead_in = text[unit.start : unit.end].rstrip()
    scope.components = bool(vocab.announces_parts.search(lead_in))
    scope.documents = bool(vocab.announces_documents.search(lead_in))
    scope.competence = scope.competence or bool(vocab.announces_competences.search(lead_in)
                                                and vocab.powers.search(lead_in))
    scope.powers = scope.powers or bool((ctx.normative or ctx.scopes.in_article())
                                        and vocab.grant_heading.search(lead_in))
    if actor:
        # "Trách nhiệm của UBND cấp xã ... như sau:" titles the items below as a heading does
        titles = bool(vocab.duties_of.match(text, unit.start, unit.end))
        scope.actor, scope.actor_rule, scope.cue = actor, "actor_heading" if titles else "lead_in", (
            unit.start, unit.end)
        scope.directed = directed
        scope.support = support_of(unit, text, agencies_in(agencies, unit.start, unit.end), vocab, unit.start)
