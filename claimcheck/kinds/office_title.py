"""Office title: each present-tense title an article gives a person ("Chinese President Xi Jinping").

One person's titles from different articles must be able to name a common office (rules/titles.yml).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.compare.values import relate_offices
from claimcheck.extract.entities import EntityIndex
from claimcheck.extract.segment import Sentence
from claimcheck.kinds.base import GroupKey, PersonKind, Scope
from claimcheck.model import PLAUSIBLE, UNKNOWN, Attribute, Claim, Comparison, Document, Office
from claimcheck.ruleset import Rule, RuleSet

ATTRIBUTE = Attribute("office")


class OfficeTitle(PersonKind):
    """The titles given to one person."""

    name = "office_title"
    description = "the titles written with a person's name, which must name a common office"
    scope = Scope.STORY  # titles change over the years: only articles of one story meet
    confidence = PLAUSIBLE
    attribute_name = "office"
    corroborates = False
    name_matched = True
    extraction = "office"

    def document_claims(self, document: Document, entities: EntityIndex, sentences: Sequence[Sentence], rule: Rule,
                        rules: RuleSet) -> list[Claim]:
        """The titles of the document's people."""
        return office_claims(document, entities, sentences, rule)

    def consumes(self, claim: Claim, rule: Rule) -> bool:
        """Every title claim, whichever office rule extracted it."""
        return claim.attribute == ATTRIBUTE

    def keys(self, claim: Claim, rule: Rule, rules: RuleSet) -> list[GroupKey]:
        """One group per person, for titles that name single-holder offices only.

        A "manager" and a "president" may both be true.
        """
        office = claim.value
        if isinstance(office, Office) and rules.titles.all_unique(office.offices):
            return super().keys(claim, rule, rules)
        return []

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """Titles that can name a common office agree."""
        if isinstance(a.value, Office) and isinstance(b.value, Office):
            return relate_offices(a.value, b.value)
        return UNKNOWN

    def label(self, attribute: str) -> str:
        """What differs."""
        return "title"


OFFICE_TITLE = OfficeTitle()


def office_claims(document: Document, entities: EntityIndex, sentences: Sequence[Sentence], rule: Rule) -> list[Claim]:
    """One claim per present-tense title written with a person's name."""
    claims = []
    for person in entities.persons:
        for title in person.titles:
            if title.past or not title.offices:
                continue
            sentence = next((s.span for s in sentences if s.span.contains(title.span)), title.span)
            office = Office(title.written, title.offices, title.affiliation, title.organisation, title.past)
            written = document.text[title.span.start : title.span.end]
            claims.append(Claim(
                document=document.id, kind="title", span=title.span, sentence=sentence, text=written,
                normalized=_normalized(office), value=office, subject=person.name, attribute=ATTRIBUTE,
                frame=rule.code, predicate=written, role=office,
            ))
    return claims


def _normalized(office: Office) -> str:
    """A stable text form: "president (head_of_state|chief_executive) of Belarus"."""
    where = f" of {office.affiliation}" if office.affiliation else ""
    return f"{office.written.lower()} ({'|'.join(sorted(office.offices))}){where}"
