"""The calendar days a normalised temporal value covers, and the weekday of a dated one."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.model import Granularity, TimeValue

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")


def weekday_of(value: TimeValue) -> int | None:
    """ISO weekday of a value that names a weekday or an exact day."""
    if value.weekday is not None:
        return value.weekday
    match = _DAY.match(value.value)
    if value.anchored and match and value.granularity in (Granularity.DAY, Granularity.PART_OF_DAY):
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3])).isoweekday()
        except ValueError:  # an impossible day ("2023-02-30") names no weekday
            return None
    return None



def interval(value: TimeValue) -> tuple[dt.date, dt.date] | None:
    """The half-open range of days an anchored value covers, or None when it names no calendar range."""
    text = value.value
    try:
        if match := _DAY.match(text):
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            return day, day + dt.timedelta(days=1)
        if match := _WEEK.match(text):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + dt.timedelta(days=7)
        if match := _MONTH.match(text):
            year, month = int(match[1]), int(match[2])
            return dt.date(year, month, 1), dt.date(year + month // 12, month % 12 + 1, 1)
        if match := _YEAR.match(text):
            return dt.date(int(match[1]), 1, 1), dt.date(int(match[1]) + 1, 1, 1)
        if match := _DECADE.match(text):
            return dt.date(int(match[1]) * 10, 1, 1), dt.date(int(match[1]) * 10 + 10, 1, 1)
        if match := _CENTURY.match(text):
            return dt.date(max(1, int(match[1]) * 100), 1, 1), dt.date(int(match[1]) * 100 + 100, 1, 1)
    except (ValueError, OverflowError):  # impossible dates; ranges ending past 9999-12-31
        return None
    return None
