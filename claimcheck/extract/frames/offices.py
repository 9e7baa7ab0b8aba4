"""Office claims: each title an article gives a person ("Chinese President Xi Jinping")."""

from __future__ import annotations

from claimcheck.extract.entities import EntityIndex
from claimcheck.extract.segment import Sentence
from claimcheck.model import Claim, Document, Office
from claimcheck.ruleset import Rule


def office_claims(document: Document, entities: EntityIndex, sentences: list[Sentence], rule: Rule) -> list[Claim]:
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
                normalized=_normalized(office), value=office, subject=person.name, attribute="office",
                frame=rule.code, predicate=written, role=office,
            ))
    return claims


def _normalized(office: Office) -> str:
    """A stable text form: "president (head_of_state|chief_executive) of Belarus"."""
    where = f" of {office.affiliation}" if office.affiliation else ""
    return f"{office.written.lower()} ({'|'.join(sorted(office.offices))}){where}"
