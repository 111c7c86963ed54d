"""Web pages nested deeper than the HTML parser goes: the excess tags are dropped, their text kept.

libxml2 (under lxml and trafilatura) stops building the tree at about 255 levels and whatever lies
deeper is lost without an error: a page of 100,000 nested ``<div>`` read as empty. Past
:data:`MAX_DEPTH` levels the tags are taken out in one linear scan of the markup; a block tag
(``<p>``, ``<div>``, ``<li>`` ...) becomes a ``<br>``, so its lines stay lines.
"""

from __future__ import annotations

import re

# Below libxml2's limit with room to spare: real pages nest 20-40 levels deep.
MAX_DEPTH = 200

# A comment, or a tag with its attributes (quoted values may hold ">"); the attributes' length is
# bounded so that a "<" never closed costs a bounded look-ahead, not a scan to the end of the page.
# Possessive quantifiers: a failed match never backtracks into the name or the attributes.
_TAG = re.compile(r"""<!--.*?(?:-->|$)"""
                  r"""|<(/?)([A-Za-z][^\s/<>]{0,64}+)((?:[^>"']|"[^"]{0,4096}+"|'[^']{0,4096}+'){0,256}+)>""", re.S)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title"})  # their content is text, not markup
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figure", "footer",
                    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p",
                    "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul"})
# An open element of these names ends when the next one of the same name opens (<li>..<li>).
_SELF_ENDING = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})


def flatten_deep(html: str, max_depth: int = MAX_DEPTH) -> tuple[str, int]:
    """The markup with every tag deeper than ``max_depth`` levels taken out; and how many were.

    >>> flatten_deep("<div><div><p>Sở Y tế chủ trì</p></div></div>", max_depth=1)
    ('<div><br><br>Sở Y tế chủ trì</div>', 4)
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements: name, kept
    dropped = 0
    position = 0
    while (match := _TAG.search(html, position)) is not None:
        out.append(html[position : match.start()])
        position = match.end()
        closing, name = match.group(1), (match.group(2) or "").lower()
        if not name:  # a comment
            out.append(match.group(0))
            continue
        if closing:
            kept = _close(stack, name)
            if kept is False:
                dropped += 1
                continue
            out.append(match.group(0))
            continue
        if name in _SELF_ENDING and stack and stack[-1][0] == name:
            stack.pop()
        keep = len(stack) < max_depth
        void = name in _VOID or match.group(3).rstrip().endswith("/")
        if keep:
            out.append(match.group(0))
        else:
            dropped += 1
            out.append("<br>" if name in _BLOCK else "")
        if name in _RAW_TEXT:  # copy the content up to the end tag as it is
            end = re.compile(rf"</{name}\s*>", re.I).search(html, position)
            stop = end.start() if end else len(html)
            out.append(html[position:stop])
            position = stop
        if not void:
            stack.append((name, keep))
    out.append(html[position:])
    return "".join(out), dropped


def _close(stack: list[tuple[str, bool]], name: str) -> bool | None:
    """Close the innermost open ``name`` and what it holds; whether it was kept (None: not open).

    Looks back a bounded way: an end tag that matches nothing nearby is left to the parser."""
    for index in range(len(stack) - 1, max(len(stack) - 64, 0) - 1, -1):
        if stack[index][0] == name:
            kept = stack[index][1]
            del stack[index:]
            return kept
    return None
