"""The front matter a static site's page opens with: "---", "key: value" lines, "---" (or "---json", a JSON
object, "---").

A news article exported from a site (Jekyll, Hugo) carries its title and its publication date
there, not in its text; a converter writes its own keys there ("title: Doc 2023 01 30 NQ ...",
the file's name). The block is dropped from the text: the title is the page's (used when the
text names none) and the date its publication date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re

_FENCE = "---"
_JSON_FENCE = "---json"  # a JSON object for front matter (Metalsmith, Hexo)
_MOST_LINES = 30  # a front matter is a few keys, not a page
_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_DAY_FIRST = re.compile(r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(the page's title and ISO publication date, the text after the front matter).

    >>> split_front_matter('---\\ntitle: "Họp bàn"\\ndate: Thu, 30 May 2024 13:00:00 +0700\\n---\\nNội dung')
    ({'title': 'Họp bàn', 'published': '2024-05-30'}, 'Nội dung')
    >>> split_front_matter("--- \\nNội dung")[0]
    {}
    """
    lines = text.split("\n", _MOST_LINES + 2)
    opening = lines[0].strip().lower() if lines else ""
    if opening not in (_FENCE, _JSON_FENCE):
        return {}, text
    end = next((i for i in range(1, min(len(lines), _MOST_LINES + 1)) if lines[i].strip() == _FENCE), None)
    if end is None:
        return {}, text
    fields = _json_fields(lines[1:end]) if opening == _JSON_FENCE else _key_fields(lines[1:end])
    if fields is None:
        return {}, text  # "---" above a paragraph: a rule, not a front matter
    meta: dict[str, str] = {}
    if fields.get("title"):
        meta["title"] = fields["title"]
    published = _iso_date(fields.get("date", ""))
    if published:
        meta["published"] = published
    return meta, "\n".join(lines[end + 1 :]).lstrip("\n")


def _key_fields(lines: list[str]) -> dict[str, str] | None:
    """The "key: value" lines of a YAML front matter, None when a line is something else."""
    fields = {}
    for line in lines:
        found = _KEY_LINE.match(line.strip())
        if found is None:
            return None
        fields[found["key"].lower()] = found["value"].strip().strip("\"'").strip()
    return fields


def _json_fields(lines: list[str]) -> dict[str, str] | None:
    """The text values of a JSON front matter's object, None when it is no object."""
    try:
        found = json.loads("\n".join(lines))
    except ValueError:
        return None
    if not isinstance(found, dict):
        return None
    return {str(key).lower(): value.strip() for key, value in found.items() if isinstance(value, str)}


def _iso_date(value: str) -> str | None:
    """An ISO date from "2024-05-30 ...", "Thu, 30 May 2024 13:00:00 +0700" or "30/05/2024"."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    day_first = _DAY_FIRST.match(value)
    if day_first:
        try:
            return dt.date(int(day_first["y"]), int(day_first["m"]), int(day_first["d"])).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
