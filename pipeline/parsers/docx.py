"""DOCX: body paragraphs in order, list numbers rebuilt, tables read, legacy fonts converted.

Word keeps the "1.", "a)" and "-" of lists outside the text (numbering.xml), so
they are rendered here from the paragraph's numPr. The two-column tables that
hold a document's header (issuer | national motto) and its closing (Nơi nhận |
signature) are read column by column, other tables row by row, the same rule
the PDF reader applies to what it sees on the page.
"""

from __future__ import annotations

from io import BytesIO
from itertools import groupby
from pathlib import Path

from lxml import etree

from .. import legacy
from ..errors import MissingDependencyError, ParseError
from .archive import ZIP_ERRORS, check_package, damaged
from .base import RawDocument
from .tables import table_lines

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# Containers whose text is not part of the paragraph as read: deleted or moved-away
# text, the fallback copy of a drawing, and text boxes (read as their own lines).
_SKIP = {_w("del"), _w("moveFrom"), _w("pPr"), _w("rPr"), f"{{{MC}}}Fallback", _w("txbxContent")}


class _Reader:
    """One pass over a document body, with styles and numbering at hand."""

    def __init__(self, document, encoding: str | None) -> None:
        self.encoding = encoding
        self.styles = {s.get(_w("styleId")): s for s in document.styles.element.iterchildren(_w("style"))}
        self.defaults = document.styles.element.find(f"{_w('docDefaults')}/{_w('rPrDefault')}")
        self.numbering = Numbering.from_document(document, self.styles)

    # -- blocks -------------------------------------------------------------------------
    def block_lines(self, container) -> list[str]:
        lines: list[str] = []
        for child in container.iterchildren():
            if child.tag == _w("p"):
                lines.extend(self.paragraph_lines(child))
            elif child.tag == _w("tbl"):
                lines.extend(table_lines(self.table_rows(child)))
            elif child.tag in (_w("sdt"), _w("customXml"), _w("sdtContent")):
                content = child.find(_w("sdtContent"))
                lines.extend(self.block_lines(content if content is not None else child))
        return lines

    def table_rows(self, table) -> list[list[str]]:
        rows = []
        for tr in table.iterchildren(_w("tr")):
            cells = []
            for tc in tr.iterchildren(_w("tc")):
                merge = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
                if merge is not None and merge.get(_w("val"), "continue") == "continue":
                    cells.append("")  # the text sits in the first cell of the vertical merge
                    continue
                cells.append("\n".join(line for line in self.block_lines(tc) if line.strip()))
            rows.append(cells)
        return rows

    def paragraph_lines(self, p) -> list[str]:
        pieces: list[tuple[str, bool]] = []
        self._collect(p, p, pieces)
        text = self._render(pieces)
        label = self.numbering.label(p) if text.strip() else None
        lines = [f"{label}{text.lstrip()}" if label else text]
        for box in p.iter(_w("txbxContent")):
            if not any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors()):
                lines.extend(self.block_lines(box))
        return lines

    # -- runs ---------------------------------------------------------------------------
    def _collect(self, p, element, pieces: list[tuple[str, bool]]) -> None:
        for child in element.iterchildren():
            if child.tag in _SKIP:
                continue
            if child.tag == _w("r"):
                if self._flag(p, child, "vanish"):
                    continue
                caps = bool(self._flag(p, child, "caps"))
                text = "".join(_run_text(child))
                if text:
                    pieces.append((text, caps))
            else:
                self._collect(p, child, pieces)

    def _render(self, pieces: list[tuple[str, bool]]) -> str:
        """Join runs; legacy bytes are converted before "all caps" upper-cases them."""
        out: list[str] = []
        for caps, group in groupby(pieces, key=lambda piece: piece[1]):
            text = "".join(t for t, _ in group)
            if self.encoding:
                text = legacy.convert_where_legacy(text, self.encoding)
            out.append(text.upper() if caps else text)
        return "".join(out)

    def _flag(self, p, run, name: str) -> bool | None:
        """A toggle property (caps, vanish) from the run, its style, the paragraph style."""
        found = _toggle(run.find(_w("rPr")), name)
        if found is not None:
            return found
        rstyle = run.find(f"{_w('rPr')}/{_w('rStyle')}")
        if rstyle is not None:
            found = self._style_toggle(rstyle.get(_w("val")), name)
            if found is not None:
                return found
        pstyle = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        if pstyle is not None:
            found = self._style_toggle(pstyle.get(_w("val")), name)
            if found is not None:
                return found
        return _toggle(self.defaults.find(_w("rPr")) if self.defaults is not None else None, name)

    def _style_toggle(self, style_id: str | None, name: str) -> bool | None:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                return None
            found = _toggle(style.find(_w("rPr")), name)
            if found is not None:
                return found
            based = style.find(_w("basedOn"))
            style_id = based.get(_w("val")) if based is not None else None
        return None


def _toggle(rpr, name: str) -> bool | None:
    if rpr is None:
        return None
    element = rpr.find(_w(name))
    if element is None:
        return None
    return element.get(_w("val"), "true").lower() not in ("0", "false", "off")


def _run_text(run):
    """Characters of one run; a soft hyphen is kept because in TCVN3 it is the letter ư."""
    for child in run.iterchildren():
        tag = child.tag
        if tag == _w("t"):
            yield child.text or ""
        elif tag == _w("tab"):
            yield "\t"
        elif tag in (_w("br"), _w("cr")):
            yield "\n"
        elif tag == _w("softHyphen"):
            yield "\xad"
        elif tag == _w("noBreakHyphen"):
            yield "-"
        elif tag == _w("sym"):
            yield Numbering.symbol(chr(int(child.get(_w("char"), "20"), 16)))


# -- list numbering ------------------------------------------------------------------------

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
# Bullets as normalize.ITEM_START knows them; Symbol/Wingdings glyphs (private use area)
# other than a dash become "•", Courier's "o" becomes "○".
_BULLETS = "-–—+*•·▪►○●"


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _letters(n: int) -> str:
    # Word counts a..z, then aa..zz, aaa..: the letter repeats.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal, and the rarer formats read as decimal


class Numbering:
    """List labels Word draws in front of numbered and bulleted paragraphs."""

    def __init__(self, nums: dict, abstracts: dict, styles: dict) -> None:
        self.nums = nums  # numId -> w:num
        self.abstracts = abstracts  # abstractNumId -> w:abstractNum
        self.styles = styles
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()

    @classmethod
    def from_document(cls, document, styles: dict) -> Numbering:
        part = None
        for rel in document.part.rels.values():
            if rel.reltype.endswith("/numbering") and not rel.is_external:
                part = rel.target_part
        if part is None:
            return cls({}, {}, styles)
        root = etree.fromstring(part.blob)
        nums = {n.get(_w("numId")): n for n in root.iterchildren(_w("num"))}
        abstracts = {a.get(_w("abstractNumId")): a for a in root.iterchildren(_w("abstractNum"))}
        return cls(nums, abstracts, styles)

    @staticmethod
    def symbol(char: str) -> str:
        """A bullet glyph as plain text: Symbol's U+F0B7 -> "•", U+F02D -> "-", "o" -> "○"."""
        if 0xF000 <= ord(char) <= 0xF0FF:  # Symbol and Wingdings glyphs: private use area
            char = chr(ord(char) - 0xF000)
            if char not in "-+*":
                return "•"
        if char == "o":  # Courier New's "o", Word's usual second-level bullet
            return "○"
        return char if char in _BULLETS else "•"

    def _num_pr(self, p) -> tuple[str, int] | None:
        num_pr = p.find(f"{_w('pPr')}/{_w('numPr')}")
        ilvl = None
        style = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        style_id = style.get(_w("val")) if style is not None else None
        seen = set()
        while num_pr is None and style_id and style_id not in seen:  # numbering by style
            seen.add(style_id)
            element = self.styles.get(style_id)
            if element is None:
                break
            num_pr = element.find(f"{_w('pPr')}/{_w('numPr')}")
            based = element.find(_w("basedOn"))
            style_id = based.get(_w("val")) if based is not None else None
        if num_pr is None:
            return None
        num_id = num_pr.find(_w("numId"))
        level = num_pr.find(_w("ilvl"))
        if num_id is None or num_id.get(_w("val")) in (None, "0"):
            return None
        ilvl = int(level.get(_w("val"), "0")) if level is not None else 0
        return num_id.get(_w("val")), min(max(ilvl, 0), 8)

    def _levels(self, num) -> tuple[str | None, dict[int, etree._Element], dict[int, int]]:
        ref = num.find(_w("abstractNumId"))
        abstract_id = ref.get(_w("val")) if ref is not None else None
        abstract = self.abstracts.get(abstract_id)
        link = abstract.find(_w("numStyleLink")) if abstract is not None else None
        if link is not None:  # a list style: follow it to the abstract that has the levels
            style = self.styles.get(link.get(_w("val")))
            linked = style.find(f"{_w('pPr')}/{_w('numPr')}/{_w('numId')}") if style is not None else None
            target = self.nums.get(linked.get(_w("val"))) if linked is not None else None
            ref = target.find(_w("abstractNumId")) if target is not None else None
            abstract_id = ref.get(_w("val")) if ref is not None else abstract_id
            abstract = self.abstracts.get(abstract_id, abstract)
        levels = {}
        if abstract is not None:
            levels = {int(lvl.get(_w("ilvl"), "0")): lvl for lvl in abstract.iterchildren(_w("lvl"))}
        starts = {}
        for override in num.iterchildren(_w("lvlOverride")):
            ilvl = int(override.get(_w("ilvl"), "0"))
            start = override.find(_w("startOverride"))
            if start is not None:
                starts[ilvl] = int(start.get(_w("val"), "1"))
            own = override.find(_w("lvl"))
            if own is not None:
                levels[ilvl] = own
        return abstract_id, levels, starts

    def label(self, p) -> str | None:
        """The label of paragraph ``p`` ("1. ", "a) ", "- "), advancing the list's counter."""
        found = self._num_pr(p)
        if found is None or found[0] not in self.nums:
            return None
        num_id, ilvl = found
        abstract_id, levels, starts = self._levels(self.nums[num_id])
        if ilvl not in levels:
            return None
        key = abstract_id or num_id
        counters = self.counters.setdefault(key, [None] * 9)
        if num_id not in self.started:  # a w:num that restarts its abstract list
            self.started.add(num_id)
            for level in starts:
                counters[level] = None

        def start(level: int) -> int:
            if level in starts:
                return starts[level]
            element = levels.get(level)
            value = element.find(_w("start")) if element is not None else None
            return int(value.get(_w("val"), "1")) if value is not None else 1

        counters[ilvl] = start(ilvl) if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        lvl = levels[ilvl]
        fmt_el = lvl.find(_w("numFmt"))
        fmt = fmt_el.get(_w("val"), "decimal") if fmt_el is not None else "decimal"
        text_el = lvl.find(_w("lvlText"))
        pattern = text_el.get(_w("val"), "") if text_el is not None else ""
        if fmt == "bullet":
            label = self.symbol(pattern[:1]) if pattern else ""
        else:
            legal = lvl.find(_w("isLgl")) is not None
            label = pattern
            for level in range(ilvl, -1, -1):  # %10 never occurs: nine levels at most
                element = levels.get(level)
                level_fmt = element.find(_w("numFmt")) if element is not None else None
                f = level_fmt.get(_w("val"), "decimal") if level_fmt is not None else "decimal"
                value = counters[level] if counters[level] is not None else start(level)
                label = label.replace(f"%{level + 1}", _format(value, "decimal" if legal else f))
        if not label.strip():
            return None
        suffix = lvl.find(_w("suff"))
        gap = "" if suffix is not None and suffix.get(_w("val")) == "nothing" else " "
        return label.strip() + gap


def _document_encoding(document) -> str | None:
    """The legacy encoding of a document's text: by content, else by its fonts."""
    body = document.element.body
    raw = "\n".join("".join(p.itertext(_w("t"))) for p in body.iter(_w("p")))
    encoding = legacy.detect_legacy_encoding(raw)
    if encoding or legacy.suspect_count(raw) < 3:
        return encoding
    # Too little text for the content test: trust .VnTime / VNI-Times fonts if the
    # conversion they imply reads better than the text as it is.
    fonts = {
        legacy.font_encoding(value)
        for part in (document.element, document.styles.element)
        for element in part.iter(_w("rFonts"))
        for value in element.attrib.values()
    } - {None}
    if len(fonts) == 1:
        candidate = fonts.pop()
        if legacy.syllable_score(legacy.convert(raw, candidate)) > legacy.syllable_score(raw):
            return candidate
    return None


def parse(data: bytes, path: Path) -> RawDocument:
    """Read a .docx file: paragraphs with list labels, then table text, header tables by column."""
    try:
        import docx
    except ImportError as exc:  # a core dependency, but say what to do if it is gone
        raise MissingDependencyError("reading .docx needs python-docx: pip install python-docx", path=path) from exc
    check_package(data, path)
    try:
        document = docx.Document(BytesIO(data))
    except ZIP_ERRORS as exc:  # a member damaged inside a readable directory (bad CRC, truncated data)
        raise damaged(path, f"{type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # python-docx fails on damaged packages in many ways
        raise ParseError(
            f"not a readable .docx file ({type(exc).__name__}: {exc}); "
            "open it in Word or LibreOffice and save it again",
            path=path,
        ) from exc
    encoding = _document_encoding(document)
    reader = _Reader(document, encoding)
    text = "\n".join(reader.block_lines(document.element.body))
    meta = {"encoding": encoding} if encoding else {}
    return RawDocument(text=text, format="docx", meta=meta)
