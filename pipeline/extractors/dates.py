"""Calendar dates as Vietnamese documents write them: 14/12/2023, 26-12-2016, 14.5.2018,
"ngày 23 tháng 4 năm 2018", and day/month without a year (the document's year)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

# "14/12/2023", "26-12-2016", "14.5.2018", "29.01. 2018" (a stray space after the dot)
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)\s?(?P<sep>[/.-])\s?(?P<m>[01]?\d)"
    r"(?:\s?(?P=sep)\s?(?P<y>(?:19|20)\d{2}))?(?![\d/])"
)
# "ngày 23 tháng 4 năm 2018", "23 tháng 01 năm 2020"
WORDED_DATE = re.compile(
    r"(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)(?:\s*(?:năm|,)\s*(?P<y>(?:19|20)\d{2}))?",
    re.IGNORECASE,
)


def make_date(year: int | None, month: int, day: int) -> dt.date | None:
    """A valid date, or None ("31/2" is not a date)."""
    if year is None or not 1 <= month <= 12:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_working_days(start: dt.date, days: int) -> dt.date:
    """``days`` working days (Monday to Friday) after ``start``; public holidays are not known.

    >>> add_working_days(dt.date(2025, 11, 21), 5)
    datetime.date(2025, 11, 28)
    """
    current = start
    while days > 0:
        current += dt.timedelta(days=1)
        days -= current.weekday() < 5
    return current


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """Parse the first date in ``text``: "ngày 14/12/2023" -> 2023-12-14."""
    for pattern in (WORDED_DATE, NUMERIC_DATE):
        match = pattern.search(text)
        if match:
            year = int(match["y"]) if match["y"] else default_year
            return make_date(year, int(match["m"]), int(match["d"]))
    return None
