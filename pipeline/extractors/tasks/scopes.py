"""The document tree as a stack of open scopes: parts, articles, numbered and lettered items,
bullets and lead-ins, each possibly naming the actor of everything below it.

Vietnamese administrative documents nest their items in any order of marker styles
("I." > "1." > "1.1." > "a)" > "-" > "+", or "Điều 5." > "1." > "a)"), so the depth of
a marker is not fixed by its shape: the first marker style seen below a scope is that
scope's child level, and a later block of a style already open closes every scope
opened after it (it is their parent's next sibling). An item without an actor takes
the actor of the nearest enclosing scope that names one, at any depth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...structure import Block
from ..agencies import FoundAgency


def _depth(style: str) -> int | None:
    """The fixed depth of a marker style; None for bullets, lead-ins, headings in capitals."""
    if style.startswith("decimal"):
        return 3 + int(style[len("decimal"):])
    return _DEPTHS.get(style[:6] if style.startswith("letter") else style)


def marker_depth(block: Block) -> int | None:
    """The fixed depth of a block's marker ("I." 1, "A." 3, "1." 4, "1.1." 5, "a)" 8); None for bullets."""
    return _depth(marker_style(block))


_DEPTHS = {"roman": 1, "article": 2, "capital": 3, "letter": 8, "point": 9, "paren": 10}
# Styles of parts and articles: a heading in capitals below them does not close them.
PART_STYLES = {"annex", "roman", "article", "caps"}
_ROMAN = re.compile(r"^[IVXLC]{1,5}[.)]$")
_DECIMAL = re.compile(r"^\d{1,2}((?:\.\d{1,2})*)(?:[.)/]| ?-)$")  # "1.", "2.1.", "1)", "1-", "1/"
_LETTER = re.compile(r"^[a-zđ][.)]$")
_CAPITAL = re.compile(r"^[A-ZĐ][.)]$")  # "A.", "B.": parts lettered in capitals, between "I." and "1."
_POINT = re.compile(r"^[a-zđ]\.\d{1,2}[.)]$")  # "a.1)", "b.2.": points under a lettered item
_PAREN = re.compile(r"^\(\d{1,2}\)$")


def marker_style(block: Block) -> str:
    """The family of a block's marker: "roman", "decimal1", "decimal2" ("1.1."), "letter",
    "paren", "article", "bullet-" ... ; "caps" for an unmarked heading in capitals."""
    marker = (block.marker or "").strip()
    if not marker:
        return "caps" if block.kind == "heading" else "paragraph"
    if marker.startswith(("Điều", "Khoản")):
        return "article"
    if _ROMAN.match(marker):
        return "roman"
    decimal = _DECIMAL.match(marker)
    if decimal:
        return f"decimal{decimal.group(1).count('.') + 1}"
    if _LETTER.match(marker):
        return "letter" + marker[-1]
    if _POINT.match(marker):
        return "point"
    if _CAPITAL.match(marker):
        return "capital"
    if _PAREN.match(marker):
        return "paren"
    return "bullet" + marker[0]


_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]")


def restarted_style(block: Block, previous: Block | None,
                     restart: tuple[str, int] | None) -> tuple[str, tuple[str, int] | None]:
    """The marker style of a block, a numbered list that starts again at "1." right under an item of
    the same style ending with ":" read as that item's children (a web page flattens a nested
    list: "1. Giao Bộ Y tế: / 1. Tiếp tục phối hợp ... / 2. Kịp thời báo cáo ... / 1. Giao Bộ Thông
    tin và Truyền thông: ..."); the restarted list goes on while its numbers follow one another."""
    style = marker_style(block)
    number = _NUMBER.match(block.marker or "") if block.kind == "item" and style.startswith("decimal") else None
    if number is None:
        return style, restart if block.kind == "item" else None  # a paragraph or a heading ends the list
    value = int(number.group(1))
    if restart is not None and restart[0] == style and value == restart[1] + 1:
        return f"restarted-{style}", (style, value)
    if (value == 1 and previous is not None and previous.kind == "item" and marker_style(previous) == style
            and previous.text.rstrip().endswith(":")):
        return f"restarted-{style}", (style, value)
    return style, None


@dataclass
class Scope:
    """An open part of the document: what its heading or lead-in says of what it contains."""

    style: str
    block: Block | None = None
    title: str | None = None
    actor: list[FoundAgency] = field(default_factory=list)
    actor_rule: str = "actor_heading"  # how the actor was named: heading, lead-in, task item
    directive: bool | None = None  # True: assignments; False: aims, background, funding
    cue: tuple[int, int] | None = None
    # partners the heading or lead-in names with its actor ("1. Bộ Tài chính chủ trì, phối hợp
    # với các bộ, địa phương liên quan:"): they support every item below it
    support: list[FoundAgency] = field(default_factory=list)
    # the bodies a lead-in's addressee is asked to direct ("đề nghị Sở X chỉ đạo Chi cục Y thực hiện ...:"):
    # they carry its items out too, but an item that itself directs ("1. Chỉ đạo Sở Y tế ...") is the director's
    directed: list[FoundAgency] = field(default_factory=list)
    # the heading or lead-in lists a body's standing duties ("Nhiệm vụ, quyền hạn của X",
    # "X có nhiệm vụ sau:"): in a rule, only the items that deliver something are tasks
    competence: bool = False
    # the heading or lead-in says who decides what follows ("1. Chủ tịch UBND tỉnh quyết định:",
    # "Điều 3. Thẩm quyền quyết định ..."): its items are powers, in a rule or in a decision
    powers: bool = False
    # the lead-in that announces the items ("... hoàn thành trong tháng 11 năm 2025, cụ thể:"):
    # its deadline is theirs when they state none
    lead_in: tuple[int, int] | None = None
    # the lead-in says what something is made of ("... thanh lý tài sản cố định ..., gồm:"): its items
    # are parts or things, an opening the tagger reads as a verb ("a) Tài sản công hết hạn ...") is
    # no action; only a listed one is
    components: bool = False
    # the lead-in lists a file's documents ("Hồ sơ nghiệm thu bao gồm:"): its items are papers ("c) Báo
    # cáo tổng kết kỹ thuật của đơn vị thi công;"), none is an action
    documents: bool = False
    # a letter's principles ("1. Nguyên tắc kết nối"): a sentence naming a body charges it, one naming none
    # ("- Việc kết nối phải bảo đảm ...") states how, and is no task
    principles: bool = False
    # the paragraph or item restates the law ("Khoản 1 Điều 59 Nghị định ... quy định: ..."): it and
    # the items it announces are the law's words, whatever body they name
    quoted: bool = False
    # a meeting's attendance ("I. THÀNH PHẦN THAM DỰ" / "1. Chủ trì: ..." / "2. Tham dự: - Thường trực
    # HĐND ..."): those present, whatever body or field an item names
    attendance: bool = False
    # a paragraph that labels one of the bodies its lead-in shares the items among ("... yêu cầu: Chủ tịch
    # UBND các huyện; Giám đốc Sở X; ... thực hiện:" / "Chủ tịch UBND các huyện: Tiếp tục ..."): the
    # unmarked paragraphs after it are that body's, up to the next such label
    shares: bool = False


class ScopeStack:
    """The scopes enclosing the current block, outermost first."""

    def __init__(self) -> None:
        self.scopes: list[Scope] = []

    def reset(self) -> None:
        """An annex starts a new body: nothing of the main body's scopes carries over."""
        self.scopes.clear()

    def enter(self, style: str) -> None:
        """A block of ``style`` arrives: close the scopes it ends.

        Parts, articles, numbered and lettered items have a fixed order of depth (Decree
        30/2020: phần > chương > mục > điều > khoản > điểm), so a block of one of them closes
        every scope of its depth or deeper. Bullets ("-", "+", "•") nest in whatever order a
        document uses: one already open is a sibling and closes what was opened after it."""
        if style == "paragraph":
            # a plain paragraph ends the run of items above it (not the heading they sit under)
            while self.scopes and self.scopes[-1].block is not None and not self.scopes[-1].title:
                self.scopes.pop()
            return
        if style == "lead-in":
            # A lead-in may stand at any depth: it follows an earlier lead-in as its sibling
            # only when nothing but that lead-in's own items came in between.
            for index in range(len(self.scopes) - 1, -1, -1):
                if self.scopes[index].style == "lead-in":
                    del self.scopes[index:]
                    return
                if self.scopes[index].title:
                    return
            return
        if style == "caps":
            # An unmarked heading in capitals ends the items open under the last part or
            # article heading; it stays inside that heading.
            while self.scopes and self.scopes[-1].style not in PART_STYLES:
                self.scopes.pop()
            return
        rank = _depth(style)
        # bullets open after the nearest ancestor of a smaller depth belong to an earlier item: a
        # numbered item closes them ("6. ..." / "- ..." / "7. ...")
        ancestor = max((i for i, s in enumerate(self.scopes) if rank is not None
                        and (d := _depth(s.style)) is not None and d < rank), default=-1)
        for index, scope in enumerate(self.scopes):
            depth = _depth(scope.style)
            # a list of cases or means ("... dưới các hình thức:") never runs past the next article or part
            closes_lead_in = (scope.style == "lead-in" and scope.directive is False and rank is not None
                              and rank <= _DEPTHS["article"])
            stale_bullet = rank is not None and index > ancestor and scope.style.startswith("bullet")
            if (scope.style == style or closes_lead_in or stale_bullet
                    or (rank is not None and depth is not None and depth >= rank)):
                del self.scopes[index:]
                return

    def push(self, scope: Scope) -> None:
        """Open ``scope``; a label of one of a lead-in's bodies replaces the label of another."""
        while scope.shares and self.scopes and self.scopes[-1].shares:
            self.scopes.pop()
        self.scopes.append(scope)

    def close_items_below(self, block: Block) -> None:
        """A lead-in announcing cases, means or a report's contents: its items assign nothing.
        Inside an item, the item's own scope says so (its next sibling ends it); a paragraph
        opens a lead-in scope of its own, which the next paragraph ends."""
        if block.kind == "item" and self.scopes and self.scopes[-1].block is block:
            self.scopes[-1].directive = False
            return
        self.enter("lead-in")
        self.push(Scope("lead-in", block, directive=False))

    def quote(self, block: Block) -> None:
        """A paragraph or item that restates the law: nothing in it or below it assigns. Inside an
        item, the item's own scope says so (its next sibling ends it); a paragraph opens a lead-in
        scope of its own, which the next paragraph ends."""
        if block.kind == "item" and self.scopes and self.scopes[-1].block is block:
            self.scopes[-1].quoted = True
            return
        self.enter("lead-in")
        self.push(Scope("lead-in", block, directive=False, quoted=True))

    def in_quotation(self) -> bool:
        """Whether a paragraph or item above restates the law."""
        return any(s.quoted for s in self.scopes)

    def actor_scope(self) -> Scope | None:
        """The nearest enclosing scope that names an actor."""
        return next((s for s in reversed(self.scopes) if s.actor), None)

    def directive(self) -> bool | None:
        """Whether the nearest scope that says so holds assignments (None: nothing says)."""
        for scope in reversed(self.scopes):
            if scope.directive is not None:
                return scope.directive
        return None

    def in_article(self) -> bool:
        """Whether the text is inside an article ("Điều 3. ...") of a legal document."""
        return any(s.style == "article" for s in self.scopes)

    def in_powers(self) -> bool:
        """Whether a heading or lead-in above lists the powers of a body."""
        return any(s.powers for s in self.scopes)

    def in_components(self) -> bool:
        """Whether a lead-in above lists what something is made of."""
        return any(s.components for s in self.scopes)

    def in_principles(self) -> bool:
        """Whether a heading above states a letter's principles."""
        return any(s.principles for s in self.scopes)

    def in_attendance(self) -> bool:
        """Whether a heading above lists who attends a meeting."""
        return any(s.attendance for s in self.scopes)

    def in_documents(self) -> bool:
        """Whether a lead-in above lists the documents of a file."""
        return any(s.documents for s in self.scopes)

    def in_competences(self) -> bool:
        """Whether an enclosing heading or lead-in lists a body's standing duties."""
        return any(s.competence for s in self.scopes)

    def heading(self) -> Scope | None:
        """The nearest enclosing scope opened by a heading (its title is the task's section)."""
        return next((s for s in reversed(self.scopes) if s.title), None)
