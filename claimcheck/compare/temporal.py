"""Compare two temporal values at the coarser precision of the pair."""

from __future__ import annotations

from claimcheck.extract.temporal.intervals import interval as interval
from claimcheck.extract.temporal.intervals import weekday_of as weekday_of
from claimcheck.model import Comparison, Granularity, Reason, Relation, TimeValue

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
    """Values of an undated article: a weekday against a weekday, or against the weekday of the other's date.

    "joint statement Thursday" is compared with "on March 1", a Wednesday. A bare "Tuesday" says nothing about
    "last night" or a date at coarser precision.
    """
    if a.anchored or b.anchored:
        dated, undated = (a, b) if a.anchored else (b, a)
        weekday = weekday_of(dated)
        if weekday is None or undated.weekday is None:
            return Comparison(Relation.UNKNOWN)
        detail = f"{_NAMES[undated.weekday]} against {dated.value[:10]}, a {_NAMES[weekday]}"
        if weekday == undated.weekday:
            return Comparison(Relation.AGREE, Reason.WEEKDAY_OF_DATE, detail=detail)
        return Comparison(Relation.CONFLICT, Reason.WEEKDAY_OF_DATE, detail=detail)
    if a.weekday is None or b.weekday is None:
        return Comparison(Relation.UNKNOWN)
    if a.weekday == b.weekday:
        return Comparison(Relation.AGREE, Reason.SAME_WEEKDAY)
    return Comparison(Relation.CONFLICT, Reason.AS_WEEKDAYS)


_NAMES = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}
