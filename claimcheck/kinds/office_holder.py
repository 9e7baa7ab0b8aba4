"""Office holder: one single-holder office of one country ("Foreign Minister", `unique: true` in rules/titles.yml)
given to different people by articles of one story.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.extract.entities import EntityIndex
from claimcheck.extract.segment import Sentence
from claimcheck.kinds.base import GroupKey, Kind
from claimcheck.kinds.office_title import ATTRIBUTE, office_claims
from claimcheck.model import POSSIBLE, Claim, Comparison, Document, Office, Reason, Relation
from claimcheck.ruleset import Rule, RuleSet


class OfficeHolder(Kind):
    """Who holds a single-holder office of a country."""

    name = "office_holder"
    description = "who holds a single-holder office of a country, compared within a story"
    confidence = POSSIBLE
    personal = True  # the claims' subjects are people, resolved across documents
    corroborates = False
    extraction = "office"  # the titles of the office-title kind

    def document_claims(self, document: Document, entities: EntityIndex, sentences: Sequence[Sentence], rule: Rule,
                        rules: RuleSet) -> list[Claim]:
        """The titles of the document's people."""
        return office_claims(document, entities, sentences, rule)

    def consumes(self, claim: Claim, rule: Rule) -> bool:
        """Every title claim, whichever office rule extracted it."""
        return claim.attribute == ATTRIBUTE

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

    def subject(self, key: GroupKey, members: Sequence[Claim]) -> str:
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
