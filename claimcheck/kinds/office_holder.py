"""Office holder.

One single-holder office of one country ("Foreign Minister", `unique: true` in rules/titles.yml) given to different
people by articles of one story.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimcheck.kinds.base import GroupKey
from claimcheck.kinds.office_title import OfficeTitle
from claimcheck.model import POSSIBLE, Claim, Comparison, Office, Reason, Relation
from claimcheck.ruleset import Rule, RuleSet

if TYPE_CHECKING:
    from claimcheck.align import Alignment


class OfficeHolder(OfficeTitle):
    """Who holds a single-holder office of a country: the title claims of the office-title kind, grouped by office."""

    name = "office_holder"
    description = "who holds a single-holder office of a country, compared within a story"
    confidence = POSSIBLE
    name_matched = False

    def keys(self, claim: Claim, rule: Rule, rules: RuleSet) -> list[GroupKey]:
        """One group per single-holder office and country (within stories)."""
        office = claim.value
        if not isinstance(office, Office) or not claim.subject:
            return []
        unique = rules.titles.unique_office(office.written)
        return [(rule.code, "story", unique, office.affiliation)] if unique and office.affiliation else []

    def attribute(self, key: GroupKey, members: Sequence[Claim]) -> str:
        """Holder groups compare who holds the office."""
        return "office_holder"

    def subject(self, key: GroupKey, members: Sequence[Claim], alignment: Alignment | None = None) -> str:
        """The office: "China (foreign minister)"."""
        return f"{key[3]} ({key[2].replace('_', ' ')})"

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """The same person agrees; two people cannot both hold the office."""
        if a.subject == b.subject:
            return Comparison(Relation.AGREE, Reason.SAME_HOLDER)
        return Comparison(Relation.CONFLICT, Reason.DIFFERENT_HOLDERS)

    def label(self, attribute: str) -> str:
        """What differs."""
        return "holder"

    def shown(self, claim: Claim) -> str:
        """The holder named."""
        return claim.subject or ""


OFFICE_HOLDER = OfficeHolder()
