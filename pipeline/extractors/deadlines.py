"""Deadlines of a task, normalised to ISO dates: "hoàn thành trong quý 1/2024" -> 2024-03-31.

Only phrases led by a deadline cue count ("trước ngày", "hoàn thành trong",
"chậm nhất", a bare "quý II/2024" ...), so meeting dates, holiday periods and
"từ ngày ... đến ngày ..." ranges of events are never deadlines.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..first_chars import guarded
from ..patterns import alternation
from ..resources import Resources
from .dates import add_working_days, make_date, month_end
from .intervals import Intervals

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_DOT = r"\.(?=(?:19|20)\d{2}(?!\d))"  # the press's "quý I.2020", "tháng 3.2020"
# "trực cơ quan từ ngày 16/02/2015 (tức ngày 28 tháng Chạp) đến hết ngày 23/02/2015", "từ tháng 3 đến
# tháng 10 năm 2015": the end of the period an activity lasts, not the day it is due by (a period
# set as an item's time, "Thời gian thực hiện: từ ... đến ...", is read by the "period" pattern)
_PERIOD_OPENED = re.compile(
    r"(?<![\wđ])từ\s+(?:ngày\s+)?(?:[0-3]?\d\s*[/.-]\s*(?:1[0-2]|0?[1-9])(?:\s*[/.-]\s*(?:19|20)?\d{2})?"
    r"|tháng\s+(?:1[0-2]|0?[1-9])(?:\s*(?:/|năm)\s*(?:19|20)\d{2})?)"
    r"(?:\s*\([^()]{0,80}\))?\s*(?:-|–|đến(?:\s+hết)?|tới)\s*(?:ngày\s+|tháng\s+)?$",
    re.IGNORECASE,
)
_PERIOD_REACH = 160
_STEP_OPENING = re.compile(r"(?:\A|[\n:;]|\.[ \t])[ \t]*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))?[ \t]*\Z")


@dataclass(frozen=True)
class FoundDeadline:
    text: str
    kind: str
    due: dt.date | None
    recurrence: str | None
    start: int
    end: int


# a time of day before a date: "16 giờ", "16 giờ 30 phút", "14h00", "10h00'", "8g30"
_CLOCK = r"\d{1,2}\s*(?:giờ|h|g)(?:\s*\d{1,2}(?:\s*phút|')?)?(?![\wđ])"


# Patterns whose every phrase opens with a word: each is tried only where a word starts, which
# spares the regex engine the optional groups at every other position (a third of the time).
_AT_A_WORD = ("recurring", "quarter", "half", "month", "date", "year", "current", "relative", "cued")


@lru_cache(maxsize=4)
def _patterns(resources: Resources) -> dict[str, re.Pattern[str]]:
    patterns = _phrase_patterns(resources)
    for key in _AT_A_WORD:
        patterns[key] = re.compile(rf"(?<![\wđ])(?:{patterns[key].pattern})", patterns[key].flags)
    # ... and each only where one of the characters its matches start with stands (half the time again)
    return {key: guarded(pattern) for key, pattern in patterns.items()}


def _phrase_patterns(resources: Resources) -> dict[str, re.Pattern[str]]:
    vocab = resources.deadlines
    recurrence_words = alternation(list(vocab["recurrence"]))
    quarter_words = alternation(vocab["quarter_words"])
    first_half = alternation(vocab["half_words"]["first"])
    second_half = alternation(vocab["half_words"]["second"])
    asap = alternation(vocab["asap"])
    relative_openers = alternation(vocab["relative_openers"])
    relative_units = alternation(list(vocab["relative_units"]))
    relative_anchors = alternation(vocab["relative_anchors"])
    relative_events = alternation(vocab["relative_events"])
    issue_anchors = "|".join(vocab.get("issue_anchors", [])) or "(?!)"
    weekdays = alternation(vocab["weekdays"])
    day_parts = alternation(vocab["day_parts"])
    flags = re.IGNORECASE
    return {
        # "định kỳ vào ngày 25 hằng tháng", "trước ngày 20 hằng tháng", "Định kỳ hàng quý"
        "recurring": re.compile(
            rf"(?:định kỳ\s+)?(?:(?:vào|trước)\s+(?:{_CLOCK}\s+)?)?"
            rf"(?:ngày\s+\d{{1,2}}(?:/\d{{1,2}}|\s+tháng\s+\d{{1,2}})?\s+"
            rf"|(?:{weekdays})\s+)?"
            rf"(?P<rw>{recurrence_words})"
            rf"|định kỳ\s+(?P<six>6|sáu)\s+tháng"
            # "báo cáo định kỳ (trước ngày 30 tháng 01 năm sau)": a date of the year after each one
            rf"|(?:trước\s+)?ngày\s+\d{{1,2}}(?:\s*/\s*\d{{1,2}}|\s+tháng\s+\d{{1,2}})\s+(?P<next>năm\s+sau)"
            # "trước ngày 05/6 và 05/12 hàng năm": two days of each year, a half-yearly term
            rf"|(?:(?:vào|trước)\s+)?ngày\s+\d{{1,2}}(?:\s*/\s*\d{{1,2}}|\s+tháng\s+\d{{1,2}})\s+và\s+(?:ngày\s+)?"
            rf"\d{{1,2}}(?:\s*/\s*\d{{1,2}}|\s+tháng\s+\d{{1,2}})\s+(?P<twice>hằng|hàng|mỗi)\s+năm",
            flags,
        ),
        # "quý 1/2024", "quý II/2024", "quý III năm 2025", "Quý III, năm 2022", "quí IV"; a span of
        # quarters is due at the end of the last: "Quý II, III/2015", "quý I và II/2025", "quý III-IV/2026"
        "quarter": re.compile(
            rf"(?:(?:hoàn thành|xong)\s+)?(?:(?:trong|trước|vào|cuối|đến hết)\s+)?"
            rf"(?:{quarter_words})\s+(?P<q>IV|I{{1,3}}|[1-4])(?!\w)"
            rf"(?:\s*(?:,|và|-|–|đến)\s*(?:(?:{quarter_words})\s+)?(?P<q2>IV|I{{1,3}}|[1-4](?=\s*(?:[,/–-]|năm|và|đến)))(?![\w,]|,\s*\d))*"
            rf"(?:(?:\s*(?:/|năm|-|,\s*năm)\s*|{_DOT}){_YEAR})?",
            flags,
        ),
        # "3 tháng đầu năm 2020", "9 tháng đầu năm": a period reported on, not the first half
        "half": re.compile(
            rf"(?<!tháng\s)(?:(?:trong|trước|hoàn thành trong)\s+)?(?:(?P<h1>{first_half})|(?P<h2>{second_half}))"
            rf"\s*(?:năm\s+)?{_YEAR}",
            flags,
        ),
        # "trong tháng 6/2024", "tháng 11 năm 2019", "trình ... tháng 11/2019", "trong tháng 6-2020";
        # "trong tháng 12 này": this year's, the document's
        "month": re.compile(
            rf"(?:(?:hoàn thành|xong)\s+)?(?:(?:trong|trước|vào|cuối|đến hết)\s+)?"
            # ("ngày 19 tháng 12 năm 2025" is a day)
            # ("tháng 10-11/2019": a span of months, due at the end of the last)
            rf"(?<!\d\s)tháng\s+(?:(?:1[0-2]|0?[1-9])\s*-\s*)?(?P<m>1[0-2]|0?[1-9])(?:\s*(?:/|-|năm|,\s*năm)\s*|{_DOT}){_YEAR}"
            # ... and "trong tháng 8" with no year: the document's
            rf"|(?:(?:hoàn thành|xong)\s+)?(?:trong|trước|cuối|đến hết)\s+"
            rf"tháng\s+(?P<mt>1[0-2]|0?[1-9])(?:\s+này)?(?![\wđ])(?!\s*(?:[/.-]\s*\d|năm|,\s*năm|đến|-))",
            flags,
        ),
        # cue + date: "trước ngày 15/3/2024", "chậm nhất ngày 20.7", "trước 16 giờ ngày 20/8",
        # "trước 14h00 ngày 28/4"
        "date": re.compile(
            r"(?P<cue>(?:hoàn thành\s+|xong\s+|gửi\s+|báo cáo\s+)?"
            r"(?:trước|chậm nhất(?:\s+là)?(?:\s+vào)?|không quá|hạn chót|(?:từ nay\s+)?đến hết"
            r"|(?P<until>từ nay\s+(?:đến|tới))|hoàn thành vào|trong(?=\s+ngày)"
            # "vào ngày 15/3", and a date said with its weekday or part of day: "vào Chủ nhật, ngày 1/11"
            rf"|vào(?=\s+(?:ngày|{weekdays}|{day_parts})(?![\wđ]))"
            # a term stated as the day it falls on: "Thời hạn báo cáo là ngày 30/9/2025", "hạn nộp là ngày 15/4"
            r"|(?:thời\s+)?hạn(?:\s+[^\W\d_]+){0,4}?\s+là(?=\s+ngày))"
            # ... maybe the day's name before its date: "trước ngày Quốc khánh 02/9/2025"
            rf"(?:\s+{_CLOCK},?)?\s+(?:ngày\s+(?:(?:{alternation(vocab.get('named_days', [])) or '(?!)'})\s+)?)?"
            # ... or its weekday, the date after it or in brackets: "vào ngày Chủ nhật (ngày 01/11/2020)",
            # "trước 17 giờ thứ Sáu, ngày 15/3", "vào sáng thứ Bảy 14/11"
            rf"(?:(?<=\s)(?:(?:{day_parts})\s+)?(?:ngày\s+)?(?:{weekdays})\s*[,(]?\s*(?:ngày\s+)?)?)"
            r"(?P<d>[0-3]?\d)(?:\s*(?P<sep>[/.-])\s*(?P<m>1[0-2]|0?[1-9])"
            r"|\s+tháng\s+(?P<m2>1[0-2]|0?[1-9]))"
            r"(?:\s*(?:[/.-]|năm)\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
            # "Từ nay đến ngày 19/12 chỉ còn 01 tháng": the time left, not a time to finish by
            r"(?(until)(?!(?:\s*(?:[/.-]|năm)\s*\d{4})?\s*,?\s*(?:chỉ\s+)?còn(?![\wđ])))",
            flags,
        ),
        # the day a thing must be done by, said before the doing: "đến ngày 10/8 hoàn thành phần móng"
        # ("từ ngày 5/8 đến ngày 10/8" is a period)
        "date_done": re.compile(
            r"(?<!\d\s)(?<![\wđ/])đến\s+ngày\s+(?P<d>[0-3]?\d)\s*[/.-]\s*(?P<m>1[0-2]|0?[1-9])"
            r"(?:\s*[/.-]\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
            r"(?=\s*,?\s*(?:thì\s+)?(?:phải\s+)?(?:hoàn thành|xong|kết thúc)(?![\wđ]))",
            flags,
        ),
        # "hoàn thành trong năm 2024", "cuối năm 2023", "(trong năm 2024)"; a bare
        # "trong năm 2024," opening a sentence is the period of the whole text, not a deadline.
        "year": re.compile(
            rf"(?:(?:hoàn thành|xong|hoàn thiện)\s+(?:trong|trước|vào|cuối|đến hết)?\s*"
            # "những tháng cuối năm 2025" is a period; "Kết thúc năm 2013, Chính phủ báo cáo ...": by its end
            rf"|(?:trước|(?<!tháng\s)cuối|đến hết|chậm nhất trong|kết thúc)\s+)năm\s+{_YEAR}(?!\s*-)"
            # "Thời gian thực hiện: Cả năm 2015.": throughout the year, done by its end; "... trong năm
            # 2012 để tiếp tục triển khai": the year, then what it is done for
            rf"|(?:trong\s+(?:cả\s+)?|(?<=:[ \t])cả\s+)năm\s+(?P<y2>(?:19|20)\d{{2}})"
            rf"(?=\s*[.;)]|\s*$|\s+để(?![\wđ]))"
            # "xong trong hai năm 2012 - 2013": by the end of the last of the years counted
            rf"|(?:trong|xong trong|hoàn thành trong)\s+(?:hai|ba|02|03|2|3)\s+năm\s+(?:19|20)\d{{2}}\s*[-–]\s*"
            rf"(?P<y3>(?:19|20)\d{{2}})(?![\d/])",
            flags,
        ),
        # the period the document is written in: "hoàn thành trong năm nay", "từ nay đến cuối năm",
        # "trước cuối năm", "trong tháng này", "trong quý này" (not "báo cáo cuối năm": a report's name)
        "current": re.compile(
            r"(?:(?:hoàn thành|xong|hoàn thiện)\s+)?(?:trong|trước|đến hết|từ nay\s+(?:đến|tới)(?:\s+hết)?)\s+"
            r"(?:(?P<end>cuối)\s+)?(?P<unit>năm|tháng|quý|quí)(?:\s+(?P<this>nay|này))?(?![\wđ])(?!\s*\d)",
            flags,
        ),
        "relative": re.compile(
            rf"(?:(?:{relative_openers})\s+(?P<n>\d{{1,3}})\s+(?P<unit>{relative_units})"
            rf"(?:,?\s+(?:(?P<issue>{issue_anchors})|(?P<anchor>{relative_anchors})(?:\s+\w+){{0,3}}))?)"
            rf"|(?P<event>{relative_events})",
            flags,
        ),
        "asap": re.compile(rf"(?<!\w)(?:{asap})(?!\w)", flags),

        # a deadline that says it is one: "hoàn thành trong tháng 11/2025", "hằng quý", not "tháng 11/2025"
        "cued": re.compile(rf"(?:{alternation(list(vocab['due_cues']) + list(vocab['recurrence']))})(?![\wđ])",
                           flags),
        # "ngay trong" is as soon as possible only before a time: "ngay trong tháng 12", not
        # "ngay trong quá trình xây dựng", "ngay trong tình huống đột xuất"
        "within_a_matter": re.compile(
            rf"(?<=trong)\s+(?!(?:{alternation(vocab.get('time_nouns', ['ngày']))})(?!\w))", flags),
        # A period set as an item's time: "Thời gian hoàn thành: Tháng 11 - 12/2025", "Thời gian
        # thực hiện: Từ ngày 01/01/2026 đến ngày 31/3/2026", "hoàn thành từ tháng 10 đến tháng
        # 12/2025": due at its end; so is a period that opens a sentence, the time its action takes.
        # A period in running text ("họp từ ngày 19 đến 23/4") is an event.
        "period": re.compile(
            rf"(?:(?:thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*|hoàn thành\s+"
            # a step of a timeline opening its sentence: "Từ ngày 26/9 đến ngày 10/10/2017 xây dựng ..."
            rf"|(?:(?<=[.;!?]\s)|(?<=\n)|\A)(?=từ\s)"
            # ... or the period the work is carried out in: "... sẽ tập trung thực hiện từ ngày 26/8 đến 31/8/2018"
            rf"|(?:thực hiện|triển khai)\s+(?=từ\s))"
            rf"(?P<period>(?:từ\s+)?(?:(?:ngày\s+)?[0-3]?\d\s*[/.-]\s*(?:1[0-2]|0?[1-9])(?:\s*[/.-]\s*(?:19|20)\d{{2}})?"
            rf"|tháng\s+(?:1[0-2]|0?[1-9])(?:\s*/\s*(?:19|20)\d{{2}})?)"
            rf"\s*(?:-|–|đến(?:\s+hết)?)\s*"
            rf"(?:(?:ngày\s+)?(?P<d>[0-3]?\d)\s*[/.-]\s*(?P<m>1[0-2]|0?[1-9])|(?:tháng\s+)?(?P<mm>1[0-2]|0?[1-9]))"
            rf"\s*(?:[/.-]|năm)\s*{_YEAR})",
            flags,
        ),
        # "từ tháng 11/2025", "kể từ ngày 01/7": when something starts, not when it is due; "xây dựng
        # từ trước ngày 31-7-2013": since before a day, what the thing counted is, not a term
        "start": re.compile(
            r"(?<![\wđ])(?:kể\s+|bắt đầu\s+)?từ\s+(?:(?:trước|sau)\s+)?(?:ngày\s+[0-3]?\d\s*[/.-]\s*(?:1[0-2]|0?[1-9])"
            r"(?:\s*[/.-]\s*(?:19|20)\d{2})?|tháng\s+(?:1[0-2]|0?[1-9])(?:\s*(?:/|năm)\s*(?:19|20)\d{2})?)",
            flags,
        ),
        # "ngày nghỉ hằng tuần", "thứ Bảy, Chủ nhật hàng tuần", "kỷ niệm 30/4": the phrase
        # right before the match makes it a schedule or a name, not a deadline.
        "not_before": re.compile(  # (a street, not "UBND các huyện, thị xã, thành phố | hàng ngày báo cáo")
            rf"(?<!\w)(?!(?<=thành )phố)(?:{alternation(vocab.get('not_deadline_before', []))})[\s,]*$", flags
        ),
        # a budget or allowance the recurrence word qualifies: "dự toán ngân sách nhà nước hằng
        # năm", "chế độ trợ cấp hàng tháng"; or one of a plan's horizons: "kế hoạch 5 năm và hằng
        # năm", "kế hoạch đầu tư công trung hạn và hàng năm"
        "attribute_of": re.compile(
            rf"(?:(?<!\w)(?:{alternation(vocab.get('periodic_things', []) or ['(?!)'])})(?!\w)"
            rf"(?:\s+[^\W\d]+){{0,4}}"
            rf"|(?<!\w)(?:(?:trung|dài|ngắn)\s+hạn|\d+\s+năm)\s+và)\s+$",
            flags),
        # "theo kế hoạch hàng năm và dài hạn": a horizon too
        "attribute_after": re.compile(r"\s+và\s+(?:(?:trung|dài|ngắn)\s+hạn|\d+\s+năm)(?!\w)", flags),
        "asap_exclusions": re.compile(
            rf"(?<!\w)(?:{alternation(vocab.get('asap_exclusions', []))})(?!\w)", flags
        ),
    }


def _quarter_end(year: int, quarter: int) -> dt.date:
    return month_end(year, quarter * 3)


def _years_after(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def find_deadlines(
    text: str,
    resources: Resources,
    *,
    year: int | None = None,
    issued: dt.date | None = None,
    blocked: list[tuple[int, int]] | None = None,
) -> list[FoundDeadline]:
    """All deadline phrases in ``text`` (offsets relative to ``text``), in text order.

    ``year`` completes dates written without one; ``issued`` anchors relative
    periods; ``blocked`` spans (references) are never read as dates.

    >>> [d.due for d in find_deadlines("hoàn thành trong quý II/2024", R)]
    [datetime.date(2024, 6, 30)]
    """
    patterns = _patterns(resources)
    taken = Intervals(blocked or [])
    found: list[FoundDeadline] = []

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end)

    def add(match: re.Match[str], kind: str, due: dt.date | None, rec: str | None = None,
            group: int | str = 0) -> None:
        start, end = match.span(group)
        if not free(start, end):
            return
        if kind in {"recurring", "asap"} and not re.match(r"(?:vào|trước|định kỳ)\b", match.group(0), re.I) \
                and patterns["not_before"].search(text, max(0, start - 40), start):
            return
        taken.add(start, end)
        found.append(FoundDeadline(text[start:end], kind, due, rec, start, end))

    for m in patterns["period"].finditer(text):
        y = int(m["y"])
        due = make_date(y, int(m["m"]), int(m["d"])) if m["d"] else month_end(y, int(m["mm"]))
        add(m, "date" if m["d"] else "month", due, group="period")  # the label is not the deadline
    for m in patterns["start"].finditer(text):
        if free(*m.span()):
            taken.add(*m.span())
    recurrence_of = {k.lower(): v for k, v in resources.deadlines["recurrence"].items()}
    for m in patterns["recurring"].finditer(text):
        rec = "half_yearly" if m["six"] or m["twice"] else "yearly" if m["next"] else recurrence_of.get(m["rw"].lower())
        if m["rw"] and m.start() == m.start("rw") and (
                patterns["attribute_of"].search(text, max(0, m.start() - 60), m.start())
                or patterns["attribute_after"].match(text, m.end())):
            continue  # "bố trí kinh phí ngân sách địa phương hằng năm": an annual budget, not a time
        add(m, "recurring", None, rec)
    for m in patterns["quarter"].finditer(text):
        q = (m["q2"] or m["q"]).upper()
        quarter = _ROMAN.get(q) or int(q)
        y = int(m["y"]) if m["y"] else year
        add(m, "quarter", _quarter_end(y, quarter) if y else None)
    for m in patterns["half"].finditer(text):
        if m["h1"] and m.start("h1") == m.start() and _EARLY_ONLY.fullmatch(m["h1"]) and not _DUE_BEFORE.search(
                text, max(0, m.start() - 20), m.start()):
            continue  # "trong những tháng cuối năm 2016 và đầu năm 2017", "dự toán đầu năm 2026": a time, no term
        y = int(m["y"])
        add(m, "half_year", dt.date(y, 6, 30) if m["h1"] else dt.date(y, 12, 31))
    for m in patterns["date"].finditer(text):
        if _ends_a_period(text, m.start("d")):
            continue
        month = int(m["m"] or m["m2"])
        y = int(m["y"]) if m["y"] else year
        due = make_date(y, month, int(m["d"]))
        if due is not None or y is None:
            add(m, "date", due)
    for m in patterns["date_done"].finditer(text):
        y = int(m["y"]) if m["y"] else year
        if y is not None and not _PERIOD_START.search(text, max(0, m.start() - 25), m.start()):
            add(m, "date", make_date(y, int(m["m"]), int(m["d"])))
    for m in patterns["month"].finditer(text):
        if m["mt"] and year is None:
            continue  # "trong tháng 12 này" of a text whose year is not known
        if _ends_a_period(text, m.start("mt") if m["mt"] else m.start("m")):
            continue
        add(m, "month", month_end(int(m["y"]) if m["y"] else year, int(m["m"] or m["mt"])))
    for m in patterns["year"].finditer(text):
        add(m, "year", dt.date(int(m["y"] or m["y2"] or m["y3"]), 12, 31))
    for m in patterns["current"].finditer(text):
        unit = m["unit"].lower()
        if not (m["this"] or (m["end"] and unit == "năm")):
            continue  # "trong năm", "trong tháng": no period named
        if text.startswith(",", m.end()) and m.group(0).lower().startswith("trong"):
            continue  # "Trong năm nay, tỉnh đã ...": the period a sentence is set in (as "trong năm 2024,")
        if unit == "năm" and year is not None:
            add(m, "year", dt.date(year, 12, 31))
        elif unit == "tháng" and issued is not None:
            add(m, "month", month_end(issued.year, issued.month))
        elif unit in {"quý", "quí"} and issued is not None:
            add(m, "quarter", _quarter_end(issued.year, (issued.month - 1) // 3 + 1))
    for m in patterns["relative"].finditer(text):
        due = None
        # counted from the document's date when it says no other start (ANNOTATION.md: issued + N)
        if m["n"] and issued and "làm việc" in m["unit"].lower():
            due = add_working_days(issued, int(m["n"]))  # "05 ngày làm việc kể từ ngày ban hành"
        elif m["n"] and issued and m["unit"].lower() == "năm":
            due = _years_after(issued, int(m["n"]))  # "Trong thời hạn 5 năm, ...": the same day, years on
        elif m["n"] and issued:
            days = int(m["n"]) * resources.deadlines["relative_units"].get(m["unit"].lower(), 1)
            due = issued + dt.timedelta(days=days)
        add(m, "relative", due)
    excluded = [e.span() for e in patterns["asap_exclusions"].finditer(text)]
    for m in patterns["asap"].finditer(text):
        if any(s <= m.start() < e for s, e in excluded) or patterns["within_a_matter"].match(text, m.end()):
            continue  # "ngay trong quá trình xây dựng văn bản": within a process, not a time
        add(m, "asap", None)
    found.sort(key=lambda d: d.start)
    return found


def _ends_a_period(text: str, number_start: int) -> bool:
    """Whether the date or month at ``number_start`` ends a period an activity lasts, opened by "từ ..." in
    running text; a period that opens its step ("- Từ ngày 15/3 đến hết ngày 29/3: ra quân ...", "...: từ
    tháng 7 đến tháng 12-2024 quán triệt ...") is the step's time, due at its end."""
    opened = _PERIOD_OPENED.search(text, max(0, number_start - _PERIOD_REACH), number_start)
    if opened is None:
        return False
    return _STEP_OPENING.search(text, max(0, opened.start() - _PERIOD_REACH), opened.start()) is None


# "từ ngày 5/8 | đến ngày 10/8": the end of a period, not the day a thing is due by
_PERIOD_START = re.compile(r"(?<![\wđ])từ\s+(?:ngày\s+)?\d", re.IGNORECASE)


def has_due_cue(deadline: FoundDeadline, resources: Resources) -> bool:
    """Whether the phrase opens with a word that makes it due ("hoàn thành trong", "trước",
    "hằng tháng"), rather than being a bare period ("tháng 11/2025")."""
    return _patterns(resources)["cued"].match(deadline.text) is not None


def is_forecast(deadline: FoundDeadline, text: str, resources: Resources) -> bool:
    """Whether the time is what a forecast expects ("dự kiến trung tuần đến cuối tháng 7 sẽ gieo trồng ngô"),
    not a term set for a task."""
    before = text[max(0, deadline.start - _FORECAST_REACH) : deadline.start]
    return _forecast(resources).search(before) is not None


@lru_cache(maxsize=4)
def _forecast(resources: Resources) -> re.Pattern[str]:
    # "dự kiến trung tuần đến | cuối tháng 7": a forecast's word, a few words before the time
    words = alternation(resources.deadlines.get("forecast_words", [])) or "(?!)"
    return re.compile(rf"(?<![\wđ])(?:{words})(?:\s+[^\s,;.:]+){{0,4}}\s+$", re.IGNORECASE)


_FORECAST_REACH = 60
_PRIORITY = {"asap": 2}
# "đầu năm 2026" alone is early in a year, a term only after a word that sets one ("vào đầu năm 2026")
_EARLY_ONLY = re.compile(r"đầu\s+năm", re.IGNORECASE)
_DUE_BEFORE = re.compile(r"(?<![\wđ])(?:vào|trước|hoàn thành|xong|chậm nhất|đến|từ nay đến)\s+$", re.IGNORECASE)
_DATED = frozenset({"date", "month", "quarter", "half_year", "year"})
# "vào ngày 27/5": the day a thing is done, a deadline only when no phrase says when it is due by
# ("... tại buổi họp vào ngày 18/3, ... gửi ... trước ngày 20/5": the meeting's day, then the term)
_ON_A_DAY = re.compile(r"vào\s", re.IGNORECASE)


def pick_deadline(candidates: list[FoundDeadline]) -> FoundDeadline | None:
    """The task's deadline: the first dated, periodic or relative one, a date before a time counted
    from an event ("không quá 3 ngày, hoàn thành trước ngày 15/5/2020": the date), else an asap word."""
    if not candidates:
        return None
    dated = any(d.kind in _DATED for d in candidates)
    return min(candidates, key=lambda d: (_PRIORITY.get(d.kind, 1 if dated and d.kind == "relative" else 0),
                                          d.kind == "date" and _ON_A_DAY.match(d.text) is not None, d.start))
