"""Relate two claims' values by type: dates, quantities, offices, office holders."""

from __future__ import annotations

from claimcheck.compare.temporal import Relation, coarser, relate
from claimcheck.extract.numbers.compare import agrees, comparable
from claimcheck.model import Claim, Granularity, Office, Place, Quantity, TimeValue

DAY_LEVEL = frozenset({Granularity.DAY, Granularity.WEEKDAY, Granularity.WEEK, Granularity.PART_OF_DAY,
                       Granularity.HOUR, Granularity.MINUTE})


def relate_claims(a: Claim, b: Claim, attribute: str) -> tuple[Relation, str]:
    """Relate two claims of one group; the text says how they were compared."""
    if attribute == "office_holder":
        return (Relation.AGREE, "same holder") if a.subject == b.subject else (
            Relation.CONFLICT, "a single-holder office of one country given to different people")
    va, vb = a.value, b.value
    if isinstance(va, TimeValue) and isinstance(vb, TimeValue):
        if attribute == "tenure_start" and not _roles_compatible(a.role, b.role):
            return Relation.UNKNOWN, ""
        if attribute == "event_date" and a.participants and b.participants and not set(a.participants) & set(b.participants):
            return Relation.UNKNOWN, ""  # "Yeager met Page in 1954" and "she met Tibbs in 1950" are two meetings
        if attribute == "event_date" and ("future" in a.qualifiers) != ("future" in b.qualifiers):
            return Relation.UNKNOWN, ""  # "will be introduced at a Tuesday news conference" vs one held last night
        relation, reason = relate(va, vb)
        if relation is Relation.CONFLICT and attribute == "event_date" and coarser(va, vb) not in DAY_LEVEL:
            return Relation.UNKNOWN, ""  # two years of one kind of event are usually two events
        return relation, reason
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        if not comparable(va, vb):
            return Relation.UNKNOWN, ""
        return (Relation.AGREE, "the values overlap or round to each other") if agrees(va, vb) else (
            Relation.CONFLICT, "the values cannot both hold, even allowing for rounding and qualifiers")
    if isinstance(va, Place) and isinstance(vb, Place):
        if va.compatible(vb):
            return Relation.AGREE, "the same place, or one inside the other"
        return Relation.CONFLICT, "different places, neither inside the other"
    if isinstance(va, Office) and isinstance(vb, Office):
        if va.affiliation and vb.affiliation and va.affiliation != vb.affiliation:
            return Relation.UNKNOWN, ""
        if va.offices & vb.offices:
            return Relation.AGREE, "compatible titles"
        return Relation.CONFLICT, "the titles name no common office (rules/titles.yml)"
    return Relation.UNKNOWN, ""


def _roles_compatible(a: Office | None, b: Office | None) -> bool:
    """Tenure claims compare only for a compatible office of the same (or an unnamed) country."""
    if a is None or b is None:
        return False
    if a.affiliation and b.affiliation and a.affiliation != b.affiliation:
        return False
    return bool(a.offices & b.offices)
