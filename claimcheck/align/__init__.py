"""Align stage: resolve people across documents, group documents into stories, group claims by what they are about.

Which claims meet is each rule's component's to say (its blocking keys); this stage resolves the names the keys
use and builds the groups the compare stage checks.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from claimcheck.align.people import PeopleIndex, resolve_people
from claimcheck.align.stories import StoryFeatures, story_pairs
from claimcheck.extract import Extraction
from claimcheck.model import REFERENCE_DOCUMENT, Claim
from claimcheck.ruleset import Rule, RuleSet


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims of several documents that speak of the same subject and attribute, for one rule."""

    key: tuple[str, ...]
    frame: str  # the code of the rule that compares the group
    subject: str
    attribute: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Alignment:
    """The groups to compare, and how documents and people were resolved."""

    groups: tuple[ClaimGroup, ...]
    stories: frozenset[tuple[str, str]]  # document pairs (a < b) that report the same story
    people: PeopleIndex
    published: dict[str, dt.date | None] = field(default_factory=dict)  # document id → publication date
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)  # document → documents of its story
    countries: dict[str, frozenset[str]] = field(default_factory=dict)  # document → the countries its claims name

    def same_story(self, a: str, b: str) -> bool:
        """True when two documents report the same story; the reference fact base belongs to every story."""
        return REFERENCE_DOCUMENT in (a, b) or (min(a, b), max(a, b)) in self.stories


def align(extractions: list[Extraction], rules: RuleSet) -> Alignment:
    """Resolve entities and build the claim groups the compare stage checks."""
    about_people = frozenset(rule.code for rule in rules.rules if rule.component.personal)

    def personal(claim: Claim) -> bool:  # the claim's subject is a person: its rule's kind says so
        return claim.frame in about_people

    people = resolve_people({e.document.id: sorted({p.name for p in e.persons}
                                                   | {c.subject for c in e.claims if c.subject and personal(c)})
                             for e in extractions}, rules.aliases)
    stories = story_pairs({e.document.id: StoryFeatures(e.keywords, e.document.published) for e in extractions})
    claims = [_resolved(c, people, personal=personal(c)) for e in extractions for c in e.claims]
    buckets: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    readers = [(rule, rule.component) for rule in rules.enabled]
    for claim in claims:
        if personal(claim) and claim.subject in people.ambiguous:
            continue  # a bare "George" in two articles need not be one person
        for rule, kind in readers:
            if kind.consumes(claim, rule):
                for key in kind.keys(claim, rule, rules):
                    buckets[key].append(claim)
    groups = [_group(key, members, rules) for key, members in sorted(buckets.items())
              if len({c.document for c in members}) > 1]
    adjacency: dict[str, set[str]] = defaultdict(set)
    for a, b in stories:
        adjacency[a].add(b)
        adjacency[b].add(a)
    return Alignment(tuple(groups), stories, people, {e.document.id: e.document.published for e in extractions},
                     {doc: frozenset(others) for doc, others in adjacency.items()},
                     {e.document.id: found for e in extractions if (found := countries_of(e.claims))})


def _group(key: tuple[str, ...], members: list[Claim], rules: RuleSet) -> ClaimGroup:
    """A group, labelled by the kind of the rule that compares it."""
    rule: Rule | None = rules.by_code(key[0])
    assert rule is not None, f"a group key names an unknown rule {key[0]}"
    kind = rule.component
    return ClaimGroup(key, key[0], kind.subject(key, members), kind.attribute(key, members), tuple(members))


def countries_of(claims: Sequence[Claim]) -> frozenset[str]:
    """The countries a document's claims name.

    They say where its values may happen when their clause names no place.
    """
    return frozenset(country for claim in claims for country in claim.countries)


def _resolved(claim: Claim, people: PeopleIndex, *, personal: bool) -> Claim:
    """The claim with its subject (of claims about a person) and participants named as across documents."""
    subject = people.resolve(claim.subject) if personal else claim.subject
    participants = tuple(sorted({people.canonical.get(p, p) for p in claim.participants}))
    if subject == claim.subject and participants == claim.participants:
        return claim  # most claims: nothing to rename, and no copy to make
    return replace(claim, subject=subject, participants=participants)
