"""Law a document quotes: "Tại khoản 5 Điều 17 Thông tư số 78/2014/TT-BTC quy định: “5. Trường
hợp ... Tổ chức được ủy quyền ... thực hiện kê khai ...”". A reply or a guide restates the rule
between quotation marks, however many paragraphs it runs over; what the quoted rule says of a
body is the rule's, not an assignment of the document quoting it.
"""

from __future__ import annotations

from .vocab import Vocab

_OPEN, _CLOSE = "“", "”"
_MAX_QUOTE = 20_000  # a quotation left open runs to no further than this


def quoted_rules(text: str, vocab: Vocab) -> list[tuple[int, int]]:
    """Spans of the rules ``text`` quotes after a verb that cites them ("... quy định: “...”")."""
    spans = []
    for cue in vocab.quotes_rule.finditer(text):
        start = cue.end()
        end = text.find(_CLOSE, start, start + _MAX_QUOTE)
        if end > start:
            spans.append((start, end))
    return spans


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)
