"""How two values relate, by value type: dates and times, quantities, places, offices.

The claim kinds choose which of these applies to their claims and what must hold first (a compatible office for
two tenure dates, shared participants for two event dates); these functions know only the values.
"""

from __future__ import annotations

from claimcheck.compare.quantities import agrees, comparable
from claimcheck.compare.temporal import relate
from claimcheck.model import UNKNOWN, Comparison, Granularity, Office, Place, Quantity, Reason, Relation, TimeValue

# Precisions of a day or finer: two event dates conflicting only at a coarser one are usually two events.
DAY_LEVEL = frozenset({Granularity.DAY, Granularity.WEEKDAY, Granularity.WEEK, Granularity.PART_OF_DAY,
                       Granularity.HOUR, Granularity.MINUTE})


def relate_times(a: TimeValue, b: TimeValue) -> Comparison:
    """Two temporal values, at the coarser precision of the pair (weekdays as weekdays when one is unanchored)."""
    return relate(a, b)


def relate_quantities(a: Quantity, b: Quantity) -> Comparison:
    """Two quantities of one unit family as intervals, allowing for rounding; others are not compared."""
    if not comparable(a, b):
        return UNKNOWN
    if agrees(a, b):
        return Comparison(Relation.AGREE, Reason.OVERLAP)
    return Comparison(Relation.CONFLICT, Reason.DISJOINT)


def relate_places(a: Place, b: Place) -> Comparison:
    """Two places: the same, or one inside the other, agree."""
    if a.compatible(b):
        return Comparison(Relation.AGREE, Reason.SAME_PLACE)
    return Comparison(Relation.CONFLICT, Reason.DIFFERENT_PLACES)


def relate_offices(a: Office, b: Office) -> Comparison:
    """Two titles of one person.

    Compatible when they can name a common office (titles of different countries are not compared).
    """
    if a.affiliation and b.affiliation and a.affiliation != b.affiliation:
        return UNKNOWN
    if a.offices & b.offices:
        return Comparison(Relation.AGREE, Reason.COMPATIBLE_TITLES)
    return Comparison(Relation.CONFLICT, Reason.NO_COMMON_OFFICE)


def relate_values(a: object, b: object) -> Comparison:
    """Two values of whatever type, compared when both are of one comparable type."""
    if isinstance(a, TimeValue) and isinstance(b, TimeValue):
        return relate_times(a, b)
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return relate_quantities(a, b)
    if isinstance(a, Place) and isinstance(b, Place):
        return relate_places(a, b)
    if isinstance(a, Office) and isinstance(b, Office):
        return relate_offices(a, b)
    return UNKNOWN


def roles_compatible(a: Office | None, b: Office | None) -> bool:
    """Tenure claims compare only for a compatible office of the same (or an unnamed) country."""
    if a is None or b is None:
        return False
    if a.affiliation and b.affiliation and a.affiliation != b.affiliation:
        return False
    return bool(a.offices & b.offices)
