"""People of one document: every mention linked to one full name, conservatively.

Surname-only and possessive mentions link to the single full name they fit; definite descriptions
("the Belarusian leader") link to the single person given a compatible title of that country. When two
candidates fit, nothing is linked.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from claimcheck.extract.names import NameMention, TitleMention, name_mentions
from claimcheck.extract.segment import Sentence
from claimcheck.model import Span, positional_pickle
from claimcheck.ruleset import RuleSet

_LOWER_WORD = re.compile(r"[a-z](?<![\w’'].)[a-z’'-]*")  # lookbehind after the first letter: faster


@positional_pickle
@dataclass(frozen=True, slots=True)
class Person:
    """One person of a document: the fullest name written, every mention and every title given."""

    name: str
    mentions: tuple[Span, ...]
    titles: tuple[TitleMention, ...]


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The people of a document and which person each name mention refers to."""

    persons: tuple[Person, ...]
    mentions: tuple[tuple[Span, str], ...]  # sorted by start; name is the Person.name
    common: frozenset[str]  # words the document writes in lower case

    def in_span(self, span: Span) -> list[tuple[Span, str]]:
        """Mentions inside ``span``, in text order (bisect: a 20,000-sentence article stays fast)."""
        first = bisect_left(self.mentions, span.start, key=lambda item: item[0].start)
        found = []
        for index in range(first, len(self.mentions)):
            s, n = self.mentions[index]
            if s.start > span.end:
                break
            if span.contains(s):
                found.append((s, n))
        return found


def index_entities(sentences: list[Sentence], text: str, rules: RuleSet) -> EntityIndex:
    """Find and link the people of one document."""
    common = frozenset(_LOWER_WORD.findall(text))
    found = [m for s in sentences for m in name_mentions(s.text, s.start, rules.titles, rules.places, common)]
    found = _with_evidence(found, rules)
    full = _full_names([m for m in found if " " in m.name], rules)
    links: list[tuple[Span, str]] = []
    titles: dict[str, list[TitleMention]] = defaultdict(list)
    for mention in found:
        person = full.get(rules.aliases.resolve(mention.name)) or _single(mention.name, full, rules)
        if person is None and mention.evidence:
            person = rules.aliases.resolve(mention.name)
        if person is None:
            continue
        links.append((mention.span, person))
        if mention.title:
            titles[person].append(mention.title)
    titles = _resolve_counterparts(titles, links, sentences)
    links.extend(_descriptions(sentences, titles, rules))
    return _build(links, titles, common)


def _with_evidence(found: list[NameMention], rules: RuleSet) -> list[NameMention]:
    """Keep the names written as people somewhere in the document, and names sharing their last part.

    A capitalised pair of words ("Sierra Nevada", "Boston Red Sox") is a person only when the article
    writes it as one at least once: with a title, an honorific, a reporting verb, ", who" or an age.
    """
    known = {rules.aliases.resolve(m.name) for m in found if m.evidence}
    known |= {m.name for m in found if rules.aliases.resolve(m.name) != m.name}
    parts = {p for name in known for p in (name.split()[0], name.split()[-1])}
    return [m for m in found if m.evidence or rules.aliases.resolve(m.name) in known
            or m.name.split()[-1] in parts or (" " not in m.name and m.name in parts)]


def _full_names(mentions: list[NameMention], rules: RuleSet) -> dict[str, str]:
    """Map every written full name to the fullest name of the same person in the document."""
    names = sorted({rules.aliases.resolve(m.name) for m in mentions}, key=lambda n: (-len(n.split()), n))
    canonical: dict[str, str] = {}
    for name in names:
        parts = name.split()
        target = next((c for c in canonical.values() if _extends(c.split(), parts)), name)
        canonical[name] = target
    return canonical


def _extends(longer: list[str], shorter: list[str]) -> bool:
    """True when ``shorter`` is the same name as ``longer`` with middle parts or initials left out."""
    if len(shorter) > len(longer) or longer[-1] != shorter[-1]:
        return False
    initial = len(shorter[0]) == 2 and shorter[0].endswith(".")
    return longer[0] == shorter[0] or (initial and longer[0][0] == shorter[0][0])


def _single(name: str, full: dict[str, str], rules: RuleSet) -> str | None:
    """Link a one-word mention to the only full name that has it as first or last part."""
    if " " in name:
        return None
    resolved = rules.aliases.resolve(name)
    if resolved != name:
        return resolved
    candidates = {target for written, target in full.items() if name in (written.split()[0], written.split()[-1])}
    return candidates.pop() if len(candidates) == 1 else None


def _resolve_counterparts(titles: dict[str, list[TitleMention]], links: list[tuple[Span, str]],
                          sentences: list[Sentence]) -> dict[str, list[TitleMention]]:
    """Replace "counterpart" by the office of the other titled person of the same sentence."""
    resolved: dict[str, list[TitleMention]] = defaultdict(list)
    for person, mentions in titles.items():
        for title in mentions:
            if "counterpart" in title.offices:
                other = _other_office(title, person, titles, sentences)
                if other is None:
                    continue
                title = TitleMention(title.written, other, title.affiliation, title.organisation, title.past,
                                     title.span)
            resolved[person].append(title)
    return resolved


def _other_office(title: TitleMention, person: str, titles: dict[str, list[TitleMention]],
                  sentences: list[Sentence]) -> frozenset[str] | None:
    """Offices of another person whose title is written in the same sentence as ``title``."""
    sentence = next((s.span for s in sentences if s.span.contains(title.span)), None)
    if sentence is None:
        return None
    others = [t.offices for p, ts in titles.items() if p != person for t in ts
              if sentence.contains(t.span) and "counterpart" not in t.offices]
    return others[0] if len(others) == 1 else None


def _descriptions(sentences: list[Sentence], titles: dict[str, list[TitleMention]],
                  rules: RuleSet) -> list[tuple[Span, str]]:
    """Link "the Belarusian leader" to the one person given a compatible title of that country."""
    links: list[tuple[Span, str]] = []
    title = rules.titles.pattern.pattern
    pattern = re.compile(rf"[Tt](?<!\w.)he\s+(?P<demonym>[A-Z][\w-]+)\s+(?P<title>{title})")
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            country = rules.places.country(match.group("demonym"))
            offices = rules.titles.offices_of(match.group("title"))
            fits = {p for p, ts in titles.items() for t in ts
                    if t.affiliation == country and not t.past and t.offices & offices}
            if country and len(fits) == 1:
                start = sentence.start + match.start()
                links.append((Span(start, sentence.start + match.end()), fits.pop()))
    return links


def _build(links: list[tuple[Span, str]], titles: dict[str, list[TitleMention]], common: frozenset[str]) -> EntityIndex:
    """Assemble the index, one Person per linked name."""
    by_person: dict[str, list[Span]] = defaultdict(list)
    for span, name in links:
        by_person[name].append(span)
    persons = tuple(
        Person(name, tuple(sorted(spans, key=lambda s: s.start)), tuple(titles.get(name, ())))
        for name, spans in sorted(by_person.items())
    )
    return EntityIndex(persons, tuple(sorted(links, key=lambda item: (item[0].start, item[0].end))), common)
