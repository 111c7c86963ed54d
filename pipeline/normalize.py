"""Canonical text: one pipeline of named ``str -> str`` steps.

Every offset nhiemvu reports points into the output of :func:`canonical_text`.
The steps fix what Vietnamese documents suffer from: decomposed Unicode, two
tone-mark placements ("hoà"/"hòa", "Uỷ"/"Ủy"), stray and non-breaking spaces,
and text copied out of PDFs (a line break every ~80 characters, blank lines
between lines) which is rebuilt into paragraphs and items.
"""

from __future__ import annotations

import functools
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .breadcrumbs import drop_breadcrumbs, part_library_header, part_signed_annex
from .flat_tables import FlatTableVocab, unflatten_tables
from .footnotes import drop_footnote_marks
from .glued import split_glued_words
from .legacy import fix_legacy_encoding
from .parsers.tables import CELL_SEPARATOR
from .patterns import ADDRESSEE_LABEL, CAPITALS, PAGE_MARK, SIGNATURE_AUTHORITY, alternation
from .run_together import (
    part_run_addressee,
    part_run_articles,
    part_run_headings,
    part_run_recipients,
    part_run_signature,
    part_run_type_heading,
)
from .segmented import unsegment_words

# Combining tone marks of Vietnamese (grave, acute, hook above, tilde, dot below).
_TONES = "\u0300\u0301\u0309\u0303\u0323"
_TONE_RE = re.compile(f"[{_TONES}]")

# "oa", "oe", "uy" with no final consonant carry the mark on the first vowel in
# the official spelling of names ("Thanh Hóa", "Khánh Hòa", "Ủy ban"); the other
# placement ("Hoá", "Uỷ") is rewritten so gazetteer matching never depends on it.
# The (?<![qQ]) guard keeps "quý" and "quỳ" (qu is a consonant) untouched.
_OLD_STYLE = re.compile(r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![^\W\d_]|[\u0300-\u036f])")

# ... the same as composed text writes it: "hoà", "Uỷ" (o/u opens the pattern, so it is searched for fast)
_OLD_STYLE_COMPOSED = re.compile(r"[oOuU](?<![qQ][oOuU])[àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![^\W\d_])")

_SPACE_LIKE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


# What follows an article's or a clause's number when a sentence cites it, not when it opens one:
# "Điều 59 Nghị định số 193/2025/NĐ-CP quy định: ...", "Khoản 1 Điều 12 ...", "Điều 64 của Luật ...".
_CITED_AFTER_NUMBER = (r"\s+(?:của\s+)?(?i:luật|bộ\s+luật|nghị\s+định|thông\s+tư|(?:quyết\s+định|nghị\s+quyết)\s+số"
                       r"|pháp\s+lệnh|hiến\s+pháp|điều|khoản|điểm)(?![\wđ])")

# A line that opens an item: "-", "+", "•", "–", "*", "1.", "1)", "2.1.", "a)", "I.", "(1)", "Điều 2."
ITEM_START = re.compile(
    r"""^\s*(?:
        [-+•–—*·▪►○●]\s                # bullets
      | [•▪►](?=[CAPITALS])            # ... glued to the item's first word: "•Cục Chăn nuôi: ..."
      | \*(?=[CAPITALS])(?!.*\*\s*$)     # ... "*Cục Chăn nuôi: ...", not a line in italics "*...*"
      | o\s(?=[CAPITALS])              # Word's second-level bullet, a Courier "o", as text
      | \d{1,2}(?:\.\d{1,2})*[.)]\s    # 1.  1)  2.1.
      | \d{1,2}[ ]?-\s(?=[CAPITALS])    # 1- (older Party texts)
      | \d{1,2}/\s(?=[CAPITALS])        # 1/ (older letters)
      | [a-zđ][.)]\s                   # a)  b.
      | [a-zđ]\.\d{1,2}[.)]\s           # a.1)  b.2.  (points under a lettered item)
      | [IVXLC]{1,5}[.)]\s             # I.  IV)
      | [A-ZĐ][.)]\s(?=\w)              # A. B) (parts lettered in capitals, above numbered items)
      | \(\d{1,2}\)\s                  # (1)
      | (?:Điều|Khoản)\s+\d+(?!\d|CITED)   # Điều 2, Khoản 1; not "Điều 64 của Luật ..." cited mid-sentence
      | Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]\s  # Thứ nhất, ... Thứ hai, ...
      | (?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]\s  # Một là, ... Hai là, ...
    )""".replace("CAPITALS", CAPITALS).replace("CITED", _CITED_AFTER_NUMBER),
    re.VERBOSE,
)

_SENTENCE_END = re.compile(r"[.;:!?…]['\"”’)]*$")


# Some PDF fonts map "ư" to the letter "ƣ" (U+01A3, Latin "oi"), which Vietnamese never uses:
# "phƣơng tiện đƣa đón ngƣời", "HƢỚNG DẪN".
_OI_FOR_U_HORN = str.maketrans({"\u01a3": "\u01b0", "\u01a2": "\u01af"})


def to_nfc(text: str) -> str:
    """Compose decomposed Unicode: "Đo\u0302\u0300ng" -> "Đồng"; "ƣ" read for "ư" is put back."""
    if "\u01a3" in text or "\u01a2" in text:  # (a translation looks up every character: only when needed)
        text = text.translate(_OI_FOR_U_HORN)
    return unicodedata.normalize("NFC", text)


def unify_tone_marks(text: str) -> str:
    """Put the tone of "oa", "oe", "uy" on the first vowel: "hoà" -> "hòa", "Uỷ" -> "Ủy"."""

    def move(match: re.Match[str]) -> str:
        first, second, tone = match.groups()
        return unicodedata.normalize("NFC", first + tone + second)

    if unicodedata.is_normalized("NFC", text) and not _OLD_STYLE_COMPOSED.search(text):
        return text  # nothing to move, nothing to compose: the round trip through NFD is skipped

    decomposed = unicodedata.normalize("NFD", text)
    # NFD separates vowel quality marks too (ơ, ư, â); the pattern only takes bare o/u + a/e/y.
    return unicodedata.normalize("NFC", _OLD_STYLE.sub(move, decomposed))


# Where the right-hand column of a header starts when it was typed with spaces or tabs
# instead of a table (old Word files, "pdftotext -layout"): the national motto, the
# "Độc lập - Tự do - Hạnh phúc" line, and the place and date ("Vũng Tàu, ngày ...").
_RIGHT_COLUMN = re.compile(
    # the place is a name, without digits: "cáo số 565-BC/BTCTW, ngày 27/11" is a wrapped sentence
    rf"(?:cộng\s+h(?:òa|oà)\s+xã\s+hội|độc\s+lập\s*[-–]|(?-i:[{CAPITALS}])[^,\n\t\d/]{{1,40}}?,\s*ngày\s*(?:\d|[.…_]|tháng))",
    re.IGNORECASE,
)
# A column gap: a tab, or two spaces and more.
_COLUMN_GAP = re.compile(r"[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{2,}")


# A scan's reading may leave one space between the columns: "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA
# VIỆT NAM", "TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc", a Party body's "TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN
# VIỆT NAM" (the Party's name ends its line; a scan may read "ĐÁNG"). The motto then starts the right-hand
# column after an issuer's name in capitals (a punctuation speck of the scan may stand between).
_MOTTO_AFTER_CAPITALS = re.compile(
    rf"^(?P<left>[{CAPITALS}]+[^\s\w]*(?:[ \t]+(?:[{CAPITALS}\d]+[^\s\w]*|[^\w\s]+)){{1,9}})[ \t]+"
    r"(?P<right>(?:CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI|Độc\s+lập\s*[-–—]\s*Tự\s+do).*)$")
# ... and the Party's name after a Party organ (Guidance 36-HD/VPTW: "ĐẢNG BỘ TỈNH ...", "TỈNH ỦY ...",
# "BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG"), not after a title's words ("VỀ PHÔNG LƯU TRỮ")
_PARTY_AFTER_ORGAN = re.compile(
    rf"^(?P<left>(?:ĐẢNG\s+BỘ|CHI\s+BỘ|BAN(?!\s+HÀNH)|VĂN\s+PHÒNG|[{CAPITALS}]+\s+ỦY)"
    rf"(?:[ \t]+[{CAPITALS}\d]+[^\s\w]*){{0,8}})"
    r"[ \t]+(?P<right>Đ[ẢÁ]NG\s+CỘNG\s+S[ẢÁ]N\s+VIỆT\s+NAM\s*)$")


def _header_sides(line: str) -> tuple[str, str] | None:
    """Split a header line at the gap before its right-hand column: (left, right), or None.

    The gap may be the cell boundary of a header table read row by row ("-------- | CỘNG HÒA XÃ
    HỘI ...", the rule under the issuer beside the motto), when the row has two cells."""
    for gap in _COLUMN_GAP.finditer(line):
        left, right = line[: gap.start()], line[gap.end() :]
        if left.strip() and _RIGHT_COLUMN.match(right.replace(PAGE_MARK, "")):
            return left.strip(), right.strip()
    unmarked = line.replace(PAGE_MARK, "") if "|" in line else ""  # every line of a text comes here
    cell = _CELL_GAP.search(line) if unmarked.count(CELL_SEPARATOR) == 1 else None
    if cell and not unmarked.lstrip().startswith("|"):  # a Markdown row is the Markdown reader's
        left, right = line[: cell.start()], cell.group(1) + line[cell.end() :]  # a page's mark stays
        if left.strip() and _RIGHT_COLUMN.match(right.replace(PAGE_MARK, "")):
            return left.strip(), right.strip()
    return _motto_after_capitals(line.strip())


# a header table's cell boundary in a row read as one line, a page's mark maybe before its bar
_CELL_GAP = re.compile(rf" ({PAGE_MARK}?)\| ")


def _motto_after_capitals(line: str) -> tuple[str, str] | None:
    """(issuer, motto) of a line a scan's reading ran together, read without page marks."""
    unmarked = line.replace(PAGE_MARK, "")
    if "Độc" not in unmarked and "CỘNG" not in unmarked:  # the Party's name holds "CỘNG" too
        return None  # every line of a text comes here: most hold no motto at all
    joined = _MOTTO_AFTER_CAPITALS.match(unmarked) or _PARTY_AFTER_ORGAN.match(unmarked)
    if joined is None or _RIGHT_COLUMN.search(joined["left"]):  # the motto's own line goes on with its slogan
        return None
    split, seen = 0, 0  # where the right-hand part starts in the line with its marks
    while seen < joined.start("right"):
        seen += line[split] != PAGE_MARK
        split += 1
    return line[:split].strip(" \t`'’"), line[split:]


def unfold_header_columns(text: str) -> str:
    """Read a two-column header typed with spaces or tabs column by column, as a table is read.

    "UBND TỈNH BÀ RỊA – VŨNG TÀU     CỘNG HÒA XÃ HỘI ..." and the lines under it
    become the left column (issuer, "Số: ...") followed by the right one (motto,
    place and date). A block is a run of lines up to the last one holding a
    right-hand part; lines without one belong to the left column.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        run_end = i
        while run_end < len(lines) and lines[run_end].strip():
            run_end += 1
        run = lines[i:run_end]
        sides = [_header_sides(line) for line in run]
        right_only = [
            sides[k] is None and bool(_RIGHT_COLUMN.match(line.strip().replace(PAGE_MARK, "")))
            for k, line in enumerate(run)
        ]
        if any(sides):
            last = max(k for k in range(len(run)) if sides[k] or right_only[k])
            block = range(last + 1)
            left = [sides[k][0] if sides[k] else run[k].strip() for k in block if not right_only[k]]
            right = [sides[k][1] if sides[k] else run[k].strip() for k in block if sides[k] or right_only[k]]
            out += [*left, "", *right, "", *run[last + 1 :]]
        else:
            out += run
        if run_end < len(lines):
            out.append(lines[run_end])
        i = run_end + 1
    return "\n".join(out)


def clean_spaces(text: str) -> str:
    """Unify line ends, drop invisible characters, turn odd spaces into plain ones."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACE_LIKE.sub(" ", text)
    text = re.sub(r" {2,}", " ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def undo_double_spacing(text: str) -> str:
    """Text copied from PDFs often has a blank line after every line: remove one per line."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line]
    if len(filled) < 6:
        return text
    followed_by_blank = sum(
        1 for i in filled if i + 2 < len(lines) and lines[i + 1] == "" and lines[i + 2] != ""
    )
    adjacent = sum(1 for i in filled if i + 1 < len(lines) and lines[i + 1] != "")
    if followed_by_blank < 0.6 * len(filled) or adjacent > 0.1 * len(filled):
        return text
    out: list[str] = []
    skip_next_blank = False
    for line in lines:
        if skip_next_blank and line == "":
            skip_next_blank = False
            continue
        out.append(line)
        skip_next_blank = line != ""
    return "\n".join(out)


def _is_heading(line: str) -> bool:
    if len(line.split()) <= 2 and line.rstrip().endswith((".", ",", ";")):
        return False  # "TTHC." is the end of a broken sentence, not a heading
    if line.upper() != line:
        return False  # a small letter (str.upper is far cheaper than testing letter by letter)
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _starts_lower(line: str) -> bool:
    first = line[:1]
    return first.isalpha() and first.islower()


def join_wrapped_lines(text: str, joining: LineJoining | None = None) -> str:
    """Rejoin lines that a PDF or a fixed-width page broke inside a paragraph.

    A break is kept before an item marker, around headings, after a short line that
    ends a sentence, at blank lines and around table rows; otherwise the two lines
    are one paragraph. Page marks (:data:`PAGE_MARK`) take no part in the decision.
    ``joining`` holds the words of ``models/`` (default: the packaged ones).
    """
    joining = joining or default_line_joining()
    lines = text.split("\n")
    visible = [line.replace(PAGE_MARK, "") for line in lines]
    # Items and table rows are left out of the estimate: a Markdown reader puts a list item
    # and a row on one line, whatever the width its page was wrapped at.
    widths = sorted(len(line) for line in visible
                    if len(line) > 20 and not ITEM_START.match(line) and not _is_table_row(line))
    if len(widths) < 4:
        return text
    width = statistics.quantiles(widths, n=4)[2]
    # one paragraph per line already: nothing was wrapped, but a crawl may still have broken a
    # line on a word that needs what follows ("... phối hợp với" / "UBND xã Hòa Hiệp Nam ...")
    broken_only = width > 160
    out, shown = [lines[0]], [visible[0]]
    for line, seen in zip(lines[1:], visible[1:], strict=True):
        if (_broken_on_open_word(shown[-1], seen, joining) if broken_only
                else _should_join(shown[-1], seen, width, joining)):
            glue = "" if _hyphen_split(shown[-1], seen) else " "
            out[-1] += glue + line
            shown[-1] += glue + seen
        else:
            out.append(line)
            shown.append(seen)
    return "\n".join(out)


def _broken_on_open_word(prev: str, line: str, joining: LineJoining) -> bool:
    """In a text of one paragraph per line, a line that stops on a word needing what follows goes
    on: a crawl broke it there (never before an item, a heading, a signature or a table row)."""
    return bool(prev and line and not (_is_table_row(prev) or _is_table_row(line)) and not _break_stands(
        prev, line) and (joining.goes_on(prev.rstrip(" *_"), line) or joining.names_itself_after(prev, line)))


def _break_stands(prev: str, line: str) -> bool:
    """A break no wrapping made: around the header's right column and headings, before an item or
    the signature ("kt. Thống đốc" opens it, whatever its case)."""
    return bool(_RIGHT_COLUMN.match(line) or _RIGHT_COLUMN.match(prev) or SIGNATURE_AUTHORITY.match(line)
                or ITEM_START.match(line) or _is_heading(line) or _is_heading(prev) or _CELL_END.search(prev))


# a sentence that ends a cell of a table a crawl read row by row ("... Thông tấn xã Việt Nam. |"): what
# follows is the next cell or the text after the table
_CELL_END = re.compile(r"[.;!?][ \t]+\|[ \t]*$")


def _hyphen_split(prev: str, line: str) -> bool:
    # "07-\nCTr/TU": a notation broken after its hyphen is glued back without a space.
    return prev.endswith("-") and bool(re.match(r"[A-ZĐ][A-Za-zĐđ&]{0,6}[/-]", line))


def _is_table_row(line: str) -> bool:
    # A flattened table row ("1 | Xây dựng kế hoạch | Sở Tài chính | Quý II/2024")
    # is one row however short or long it is.
    return CELL_SEPARATOR in line or line == "|"


def _date_split(prev: str, line: str) -> bool:
    # "... số 27/2022/NĐ-CP ngày\n19/4/2022 của Chính phủ": a date broken after its "ngày" goes on.
    return bool(_BEFORE_DAY.search(prev)) and bool(_DAY_STARTS.match(line))


_BEFORE_DAY = re.compile(r"(?<![\wđ])ngày$", re.IGNORECASE)
_DAY_STARTS = re.compile(r"[0-3]?\d(?:\s*[/.-]\s*[01]?\d|\s+tháng(?![\wđ]))")


def _range_split(prev: str, line: str) -> bool:
    # "giai đoạn 2016\n- 2020; ...": a year range broken before its dash is not a bullet.
    return bool(re.search(r"(?:19|20)\d{2}$", prev)) and bool(re.match(r"[-–]\s?(?:19|20)\d{2}(?!\d)", line))


# "Nền tảng dạy - học" / "- thi trực tuyến, ...": a compound's dash a wrap put first on a line
_COMPOUND_DASH = re.compile(r"[-–][ \t]+[^\W\d_]")


def _dash_split(prev: str, line: str) -> bool:
    """A line that opens with a dash a wrap put there inside a compound ("dạy - học" / "- thi trực
    tuyến"): the line above ends no sentence on a small word and is no bullet itself, and a small word
    follows the dash, where a bullet's first word is capitalised."""
    if not _COMPOUND_DASH.match(line) or _SENTENCE_END.search(prev) or _COMPOUND_DASH.match(prev.lstrip()):
        return False
    return line.lstrip("-– \t").split()[0].islower() and prev.split()[-1].islower()


def _should_join(prev: str, line: str, width: float, joining: LineJoining) -> bool:
    if not prev or not line or _is_table_row(prev) or _is_table_row(line):
        return False
    if _range_split(prev, line) or _dash_split(prev, line) or _date_split(prev, line):
        return True
    if _break_stands(prev, line):
        return False
    if joining.splits_a_name(prev, line):
        return True  # a crawl that wrapped "a) Sở Công" / "Thương có trách nhiệm ..." inside the name
    if _hyphen_split(prev, line):
        return True
    if _ARTICLE_GOES_ON.match(prev) or prev.rstrip().endswith(","):
        # "Điều 3. Chánh" / "Văn phòng UBND tỉnh; ...", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch," /
        # "Chủ tịch UBND tỉnh Phú Thọ, ... chịu trách nhiệm thi hành ...": a comma ends no paragraph
        return True
    if _starts_lower(line) or joining.goes_on(prev, line) or joining.names_itself_after(prev, line):
        return True
    title = _ARTICLE_TITLE.match(prev)
    if (title and len(prev.split()) <= _ARTICLE_TITLE_WORDS and line.lstrip()[:1].isupper()
            and not joining.official_list.match(title["title"])):
        # "Điều 3. Nhiệm vụ và quyền hạn của Đoàn kiểm tra" / "Đoàn kiểm tra thực hiện ...": a title (not an
        # article whose sentence opens with an office: "Điều 4. Chánh Văn phòng" / "UBND tỉnh; ...")
        return False
    if joining.topic_item.match(prev) and ":" not in prev and len(prev.split()) <= _TOPIC_WORDS:
        return False  # "1.3. Về việc thống kê trữ lượng, khối lượng khoáng sản" / "Khoản 1 Điều 59 ..."
    if _MID_SENTENCE_END.search(prev) and len(prev.split()) >= _SENTENCE_WORDS and _ABBREVIATION_GOES_ON.match(line):
        return True  # "Đối với mua sắm vật tư y tế" / "(VTYT), tham khảo ...", "... kiểm tra công tác" / "KCB và ..."
    if prev.rstrip().endswith(";") and len(prev) >= 0.8 * width and joining.official_list.match(line):
        return True  # "... Giám đốc Sở Y tế; Thủ trưởng các sở, ban, ngành;" / "Chủ tịch UBND các xã ...": officials
    if _ADDRESSEE_LINE.match(prev) and not prev.rstrip().endswith((",", ";")):
        return False  # "Kính gửi: Ủy ban nhân dân các tỉnh" ends before "Thực hiện Nghị định ..."
    ends_sentence = bool(_SENTENCE_END.search(prev))
    if ends_sentence:
        return False
    return len(prev) >= 0.6 * width


# A line that stops on a lowercase word, inside its sentence; a line that goes on from it with an
# abbreviation: "(VTYT), ..." explains the words before it, "KCB và ..." is a noun of the sentence.
_TOPIC_WORDS = 20  # a topic's title; a longer line that opens on "Về" is a sentence that wrapped
_SENTENCE_WORDS = 5  # fewer words end a label or a title ("Nơi nhận", "1. Mục đích"), not a wrapped line
_MID_SENTENCE_END = re.compile(r"(?<![\d.])\b[^\W\d_A-ZĐ][^\W\d_]*$")
_ABBREVIATION_GOES_ON = re.compile(r"\([A-ZĐ][A-ZĐ&-]{1,7}\)[,;.]?\s|[A-ZĐ]{2,6}\s+(?![A-ZĐ])[^\W\d_]")
_ADDRESSEE_LINE = re.compile(rf"[*_\s]*{ADDRESSEE_LABEL}\b")

# words of a name a line break may fall inside, on either side ("Bộ" / "Công Thương")
_NAME_WORDS = 3


@dataclass(frozen=True)
class LineJoining:
    """The words that decide a line goes on (``line_joining`` in ``models/layout.yaml``).

    ``open_ending``: a line ending on a word that needs what follows (a directive verb, a
    preposition, a conjunction) ends no paragraph, however short: "Điều 2. Giao" / "Sở Công
    Thương chủ trì ...", "Cục Hải quan trả lời để" / "Công ty TNHH X biết, thực hiện./.".
    ``official_list``: a line opening with a title or a council goes on a list of officials
    that the line before left on ";".
    """

    open_ending: re.Pattern[str]
    official_list: re.Pattern[str]
    names: frozenset[str] = frozenset()
    # a phrase whose last word is open only elsewhere: "thời kỳ tới" (the coming period) ends a title
    closed_ending: re.Pattern[str] = re.compile("(?!)")
    # the document naming itself, "Thông tư này", "Quyết định này": the object of a line left open
    itself: re.Pattern[str] = re.compile("(?!)")
    # what a letter's first sentence opens with, after the addressee a crawl ran it onto
    letter_body: re.Pattern[str] = re.compile("(?!)")
    # ... the same at a line's start, capitalised: a sentence opens there, no wrapped line goes on
    letter_opening: re.Pattern[str] = re.compile("(?!)")
    # a document's type heading in capitals ("QUYẾT ĐỊNH", "NGHỊ QUYẾT"), which a crawl may run onto the date
    type_heading: re.Pattern[str] = re.compile("(?!)")
    # who enacts, in capitals, which the crawl ran onto the end of the title: "... NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP"
    enacting: re.Pattern[str] = re.compile("(?!)")
    # a numbered item titling a topic ("1.3. Về việc thống kê ..."): a line of its own
    topic_item: re.Pattern[str] = re.compile("(?!)")

    def goes_on(self, line: str, following: str = "") -> bool:
        """Whether a line ends on a word that needs what follows ("... phối hợp với"), not on a phrase
        complete in itself ("Làm rõ các vấn đề trọng tâm của Chiến lược thời kỳ tới"), nor before a
        letter's first sentence ("- Các đơn vị trực thuộc" / "Thực hiện Công văn số ...")."""
        return (bool(self.open_ending.search(line)) and not self.closed_ending.search(line)
                and not self.letter_opening.match(following))

    @classmethod
    def from_vocabulary(cls, vocabulary: dict[str, list[str]], names: Iterable[str] = (),
                        document_types: Iterable[str] = (), enacting: Iterable[str] = ()) -> LineJoining:
        """The joining words, the names (the gazetteer's) that a break inside them does not end, the
        names of document types, which a document uses to name itself ("Thông tư này"), and the
        enacting authorities (``enacting`` in ``layout.yaml``)."""
        def words(key: str) -> str:
            return "|".join(re.escape(w) for w in sorted(vocabulary[key], key=len, reverse=True))
        closed = words("closed_endings") if vocabulary.get("closed_endings") else "(?!)"
        types = alternation(document_types) or "(?!)"
        return cls(open_ending=re.compile(rf"(?<![\wđ])(?:{words('open_endings')})$"),
                   official_list=re.compile(rf"(?:{words('official_list_openers')})(?![\wđ])"),
                   names=frozenset(" ".join(n.lower().split()) for n in names if len(n.split()) >= _NAME_WORDS),
                   closed_ending=re.compile(rf"(?<![\wđ])(?:{closed})$", re.IGNORECASE),
                   itself=re.compile(rf"(?:{types})\s+này(?![\wđ])"),
                   letter_body=re.compile(rf"(?<=[^\W\d_])[ \t]+((?:{words('letter_body_openers')})(?![\wđ]))")
                   if vocabulary.get("letter_body_openers") else re.compile("(?!)"),
                   letter_opening=re.compile(rf"[ \t]*(?:{words('letter_body_openers')})(?![\wđ])")
                   if vocabulary.get("letter_body_openers") else re.compile("(?!)"),
                   type_heading=re.compile(rf"(?:{alternation(t.upper() for t in document_types) or '(?!)'})"
                                           rf"(?![^\W\d_])"),
                   enacting=re.compile(rf"(?<![^\W\d_])(?:{alternation(e.upper() for e in enacting) or '(?!)'})"
                                       rf"(?![^\W\d_])"),
                   topic_item=re.compile(rf"[*_\s]*(?:\d{{1,2}}(?:\.\d{{1,2}})*|[IVXLC]{{1,5}})[.)]\s+[*_]*"
                                         rf"(?:{words('topic_openers')})\s", re.IGNORECASE)
                   if vocabulary.get("topic_openers") else re.compile("(?!)"))

    def names_itself_after(self, prev: str, line: str) -> bool:
        """Whether a line opening with the document's name for itself ("Thông tư này.") ends the sentence
        the line before left open on a word (not a short title: "1. Phạm vi điều chỉnh" / "Quyết định
        này quy định ..."): "a) Tổ chức triển khai thực hiện" / "Thông tư này."."""
        return (bool(self.itself.match(line)) and len(prev.split()) > _SENTENCE_WORDS
                and bool(_MID_SENTENCE_END.search(prev)))

    def splits_a_name(self, prev: str, line: str) -> bool:
        """Whether the break between the two lines falls inside a name: "a) Trình Bộ" / "Công Thương
        ban hành ...", "a) Sở Công" / "Thương có trách nhiệm ..."."""
        tail, head = prev.lower().split()[-_NAME_WORDS:], line.lower().split()[:_NAME_WORDS + 1]
        return any(" ".join(tail[-i:] + head[:j]) in self.names
                   for i in range(1, len(tail) + 1) for j in range(1, len(head) + 1))


@functools.lru_cache(maxsize=1)
def default_line_joining() -> LineJoining:
    """The line-joining words of the packaged ``models/``."""
    from .resources import load_resources

    return load_resources().line_joining


# An article line whose text cannot be its title: one word after the number, or a comma or
# semicolon at its end ("Điều 3. Chánh Văn phòng Bộ,"): the article's sentence wrapped.
# An article's title on its line: a few words, no clause punctuation ("Điều 3. Nhiệm vụ và quyền hạn của Đoàn
# kiểm tra"); the line after it that opens with a capital opens the article's text.
_ARTICLE_TITLE = re.compile(r"^\s*Điều\s+\d+[.:]\s*(?P<title>[^\W\d_][^,;:.]*)$")
_ARTICLE_TITLE_WORDS = 14
_ARTICLE_GOES_ON = re.compile(r"^\s*Điều\s+\d+[.:]\s*(?:[^\W\d_]+|.*[,;])\s*$")


def collapse_blank_lines(text: str) -> str:
    """At most one blank line between paragraphs; no blank lines at either end."""
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


# A line that holds only an item's marker ("-", "1.3.", "a)"): a crawl or a PDF put the
# item's text on the next line.
_LONE_MARKER = re.compile(r"^[ \t]*(?:[-+•–]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVXLC]{1,5}[.)])[ \t]*$")


def attach_lone_markers(text: str) -> str:
    """Put an item's marker back on the line of its text: "-" / "Tuyên truyền ..." ->
    "- Tuyên truyền ...", across at most one blank line."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _LONE_MARKER.match(line.replace(PAGE_MARK, "")):
            nxt = index + 1
            if nxt < len(lines) and not lines[nxt].strip() and nxt + 1 < len(lines):
                nxt += 1
            follower = lines[nxt] if nxt < len(lines) else ""
            if follower.strip() and not _LONE_MARKER.match(follower.replace(PAGE_MARK, "")):
                out.append(f"{line.rstrip()} {follower.lstrip()}")
                index = nxt + 1
                continue
        out.append(line)
        index += 1
    return "\n".join(out)


# "-Tổ chức trực ban ...": a bullet typed against its item's first word, which opens with a capital (a
# dash a wrap put before a small word joins a compound, see ``_dash_split``)
_GLUED_BULLET = re.compile(rf"^([ \t]*{PAGE_MARK}?[ \t]*[-–+])(?=[{CAPITALS}][^\W\d_]*[ \t,])", re.MULTILINE)


def space_glued_bullets(text: str) -> str:
    """Part a line's opening dash from the capitalised word it was typed against: "-Tổ chức ..." ->
    "- Tổ chức ...", a bullet like the others."""
    return _GLUED_BULLET.sub(r"\1 ", text)


# (a page mark may stand before any word: it changes nothing)
_NUMBERED_ITEM = re.compile(rf"^[ \t]*{PAGE_MARK}?[ \t]*(\d{{1,2}})[.)][ \t]")
_DOTLESS_ITEM = re.compile(rf"^([ \t]*{PAGE_MARK}?[ \t]*)(\d{{1,2}})[ \t]+(?={PAGE_MARK}?[{CAPITALS}])")


# OCR reads the item "c)" as the copyright sign: "©) Huy động nguồn lực ..."
_OCR_C_ITEM = re.compile(rf"^([ \t]*{PAGE_MARK}?[ \t]*)©(?=\)[ \t])", re.MULTILINE)


def restore_item_dots(text: str) -> str:
    """Give back the full stop a numbered item lost: "1. Tăng cường ..." then "2 Chủ trì ..." is item 2,
    not a line of item 1 (only the number right after the last item's); and the letter OCR read as "©)"."""
    if "©" in text:
        text = _OCR_C_ITEM.sub(r"\1c", text)
    lines = text.split("\n")
    last: int | None = None
    for index, line in enumerate(lines):
        numbered = _NUMBERED_ITEM.match(line)
        if numbered:
            last = int(numbered.group(1))
            continue
        dotless = _DOTLESS_ITEM.match(line)
        if dotless and last is not None and int(dotless.group(2)) == last + 1:
            last += 1
            lines[index] = f"{dotless.group(1)}{dotless.group(2)}.{line[dotless.end(2):]}"
    return "\n".join(lines)


Step = Callable[[str], str]

STEPS: tuple[Step, ...] = (
    to_nfc,
    fix_legacy_encoding,
    unify_tone_marks,
    unsegment_words,  # before glued words are looked for: "Uỷ_ban_nhân_dân" is three words
    split_glued_words,
    drop_footnote_marks,
    unfold_header_columns,
    clean_spaces,
    part_library_header,
    drop_breadcrumbs,
    part_signed_annex,
    undo_double_spacing,
    unflatten_tables,  # before a row's number is put on its first cell's line, or its cells joined
    attach_lone_markers,
    space_glued_bullets,
    restore_item_dots,
    part_run_headings,
    part_run_articles,
    part_run_signature,
    part_run_recipients,
    part_run_addressee,
    join_wrapped_lines,
    part_run_type_heading,  # after joining: the title's wrapped lines, then who enacts, are one line
    collapse_blank_lines,
)


def normalization_steps(joining: LineJoining, annex_headings: tuple[str, ...] = (),
                        tables: FlatTableVocab | None = None) -> tuple[Step, ...]:
    """:data:`STEPS` with the line joining and the table labels (``tables``) of other ``models/``
    (``--models``), and the headings an attached text may open with (``part_signed_annex``)."""
    chosen = {join_wrapped_lines: functools.partial(join_wrapped_lines, joining=joining),
              unflatten_tables: functools.partial(unflatten_tables, vocab=tables),
              part_run_addressee: functools.partial(part_run_addressee, joining=joining),
              part_run_type_heading: functools.partial(part_run_type_heading, joining=joining),
              part_signed_annex: functools.partial(part_signed_annex, headings=annex_headings)}
    return tuple(chosen.get(step, step) for step in STEPS)


def canonical_text(text: str, steps: tuple[Step, ...] = STEPS) -> str:
    """Run every normalisation step in order: the text all offsets refer to."""
    for step in steps:
        text = step(text)
    return text


def canonical_pages(text: str, page_breaks: list[int], steps: tuple[Step, ...] = STEPS) -> tuple[str, list[int]]:
    """Canonical text, and the offsets in it where pages 2, 3, ... start.

    ``page_breaks`` are offsets in ``text`` (a parser's raw text). A mark goes in
    front of the first character of each page and rides through the steps like
    a letter; where the marks end up are the pages' starts. A page with no text
    of its own starts where the next text does.

    >>> canonical_pages("Trang một,\\n\\ntrang hai.", [12])
    ('Trang một,\\n\\ntrang hai.', [12])
    """
    text = text.replace(PAGE_MARK, "")
    if not page_breaks:
        return canonical_text(text, steps), []
    end = len(text.rstrip())
    cuts = []
    for offset in page_breaks:
        while offset < end and text[offset].isspace():
            offset += 1
        cuts.append(min(offset, end))
    pieces, last = [], 0
    for cut in cuts:
        pieces += [text[last:cut], PAGE_MARK]
        last = cut
    marked = canonical_text("".join([*pieces, text[last:]]), steps)
    starts, removed = [], 0
    for index, char in enumerate(marked):
        if char == PAGE_MARK:
            starts.append(index - removed)
            removed += 1
    if len(starts) != len(cuts):  # every step keeps every non-space character but invisible ones
        raise ValueError(f"a normalisation step dropped a page mark ({len(starts)} of {len(cuts)} left)")
    return marked.replace(PAGE_MARK, ""), starts
