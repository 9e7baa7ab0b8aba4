"""Compare two temporal values at the coarser precision of the pair."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.model import Comparison, Granularity, Reason, Relation, TimeValue

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")
_COMPARABLE = frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR, Granularity.DECADE,
                         Granularity.CENTURY, Granularity.WEEKDAY, Granularity.PART_OF_DAY, Granularity.HOUR,
                         Granularity.MINUTE})


def relate(a: TimeValue, b: TimeValue) -> Comparison:
    """Relate two temporal values and say how they were compared."""
    if a.granularity not in _COMPARABLE or b.granularity not in _COMPARABLE:
        return Comparison(Relation.UNKNOWN)
    if not a.anchored or not b.anchored:
        return _relate_weekdays(a, b)
    first, second = interval(a), interval(b)
    if first is None or second is None:
        return Comparison(Relation.UNKNOWN)
    if first[0] < second[1] and second[0] < first[1]:
        return Comparison(Relation.AGREE, Reason.COARSER_PRECISION)
    if a.mod or b.mod:
        return Comparison(Relation.UNKNOWN)
    return Comparison(Relation.CONFLICT, Reason.AT_PRECISION, coarser(a, b))


def coarser(a: TimeValue, b: TimeValue) -> Granularity:
    """The coarser granularity of two values."""
    order = [Granularity.MINUTE, Granularity.HOUR, Granularity.PART_OF_DAY, Granularity.DAY, Granularity.WEEKDAY,
             Granularity.WEEK, Granularity.MONTH, Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY]
    return max(a.granularity, b.granularity, key=lambda g: order.index(g) if g in order else len(order))


def _relate_weekdays(a: TimeValue, b: TimeValue) -> Comparison:
    """Values of an undated article.

    Only a named weekday against a named weekday can be compared (a bare "Tuesday" says nothing about "June 20,
    2005" or "last night").
    """
    if a.weekday is None or b.weekday is None:
        return Comparison(Relation.UNKNOWN)
    if a.weekday == b.weekday:
        return Comparison(Relation.AGREE, Reason.SAME_WEEKDAY)
    return Comparison(Relation.CONFLICT, Reason.AS_WEEKDAYS)


def _weekday(value: TimeValue) -> int | None:
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
