"""Relate two claims' values by type: dates, quantities, offices, office holders."""

from __future__ import annotations

from claimcheck.compare.temporal import Relation, relate
from claimcheck.extract.numbers.compare import agrees, comparable
from claimcheck.model import Claim, Office, Quantity, TimeValue


def relate_claims(a: Claim, b: Claim, attribute: str) -> tuple[Relation, str]:
    """Relate two claims of one group; the text says how they were compared."""
    if attribute == "office_holder":
        return (Relation.AGREE, "same holder") if a.subject == b.subject else (
            Relation.CONFLICT, "a single-holder office of one country given to different people")
    va, vb = a.value, b.value
    if isinstance(va, TimeValue) and isinstance(vb, TimeValue):
        if attribute == "tenure_start" and not _roles_compatible(a.role, b.role):
            return Relation.UNKNOWN, ""
        return relate(va, vb)
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        if not comparable(va, vb):
            return Relation.UNKNOWN, ""
        return (Relation.AGREE, "the values overlap or round to each other") if agrees(va, vb) else (
            Relation.CONFLICT, "the values cannot both hold, even allowing for rounding and qualifiers")
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
