"""Align stage: resolve people across documents, group documents into stories, group claims by what they are about."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from claimcheck.align.people import PeopleIndex, resolve_people
from claimcheck.align.stories import StoryFeatures, story_pairs
from claimcheck.extract import Extraction
from claimcheck.model import Claim, Office, Quantity
from claimcheck.ruleset import RuleSet

REFERENCE_DOCUMENT = "reference"  # the id of the --facts pseudo-document
PERSONAL = frozenset({"tenure_start", "office", "age"})  # attributes whose subject is a person


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims of several documents that speak of the same subject and attribute."""

    key: tuple[str, ...]
    frame: str
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
    countries: dict[str, frozenset[str]] = field(default_factory=dict)  # document → the "in:Country" of its claims

    def same_story(self, a: str, b: str) -> bool:
        """True when two documents report the same story; the reference fact base belongs to every story."""
        return REFERENCE_DOCUMENT in (a, b) or (min(a, b), max(a, b)) in self.stories


def align(extractions: list[Extraction], rules: RuleSet) -> Alignment:
    """Resolve entities and build the claim groups the compare stage checks."""
    people = resolve_people({e.document.id: sorted({p.name for p in e.persons}
                                                   | {c.subject for c in e.claims if c.subject and c.attribute in PERSONAL})
                             for e in extractions}, rules.aliases)
    stories = story_pairs({e.document.id: StoryFeatures(e.keywords, e.document.published) for e in extractions})
    claims = [_resolved(c, people) for e in extractions for c in e.claims]
    buckets: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.attribute in PERSONAL and claim.subject in people.ambiguous:
            continue  # a bare "George" in two articles need not be one person
        for key in _keys(claim, rules):
            buckets[key].append(claim)
    groups = [
        ClaimGroup(key, key[0], subject_label(key, members), _attribute(key, members), tuple(members))
        for key, members in sorted(buckets.items())
        if len({c.document for c in members}) > 1
    ]
    adjacency: dict[str, set[str]] = defaultdict(set)
    for a, b in stories:
        adjacency[a].add(b)
        adjacency[b].add(a)
    return Alignment(tuple(groups), stories, people, {e.document.id: e.document.published for e in extractions},
                     {doc: frozenset(others) for doc, others in adjacency.items()},
                     {e.document.id: found for e in extractions if (found := countries_of(e.claims))})


def countries_of(claims: Sequence[Claim]) -> frozenset[str]:
    """The "in:Country" qualifiers of a document's claims.

    They say where its values may happen when their clause names no place.
    """
    return frozenset(q for claim in claims for q in claim.qualifiers if q.startswith("in:"))


def _resolved(claim: Claim, people: PeopleIndex) -> Claim:
    """The claim with its subject (of tenure and office claims) and participants named as across documents."""
    subject = people.resolve(claim.subject) if claim.attribute in PERSONAL else claim.subject
    participants = tuple(sorted({people.canonical.get(p, p) for p in claim.participants}))
    if subject == claim.subject and participants == claim.participants:
        return claim  # most claims: nothing to rename, and no copy to make
    return replace(claim, subject=subject, participants=participants)


def _keys(claim: Claim, rules: RuleSet) -> list[tuple[str, ...]]:
    """The blocking keys of a claim: claims meet only when they share one (event claims: and a story)."""
    story = "story"
    if claim.attribute == "tenure_start" and claim.subject:
        return [(claim.frame or "", claim.subject, "tenure_start")]
    if claim.attribute == "age" and claim.subject:
        return [(claim.frame or "", claim.subject, "age")]  # compared within a story: people grow older
    if claim.attribute in ("event_date", "event_place") and claim.event:
        return [(claim.frame or "", story, claim.event)]
    if claim.attribute and claim.attribute.startswith("quantity:"):
        return [(claim.frame or "", story, claim.attribute, claim.event or "")]
    if claim.attribute and claim.attribute.startswith("generic:"):
        unit = claim.value.unit if isinstance(claim.value, Quantity) else ""
        return [(claim.frame or "", story, claim.attribute, unit)]
    if claim.attribute == "office" and isinstance(claim.value, Office) and claim.subject:
        return _office_keys(claim, claim.value, story, rules)
    return []


def _office_keys(claim: Claim, office: Office, story: str, rules: RuleSet) -> list[tuple[str, ...]]:
    """A person's titles meet each other; unique offices of one country meet other holders in the story."""
    keys = []
    titles = rules.by_kind("office_title")
    holders = rules.by_kind("office_holder")
    if titles and rules.titles.all_unique(office.offices):  # "manager" and "president" may both be true
        keys.append((titles.code, claim.subject or "", "office"))
    unique = rules.titles.unique_office(office.written)
    if holders and unique and office.affiliation:
        keys.append((holders.code, story, unique, office.affiliation))
    return keys


def subject_label(key: tuple[str, ...], members: Sequence[Claim]) -> str:
    """What claims of one key are about, for the report.

    The person of a tenure or title, the office of a holder, else the longest subject the claims give (of these
    claims only: a finding's label must not depend on unrelated articles that share its key).
    """
    if members[0].attribute in PERSONAL and len(key) == 3:
        return key[1]
    if len(key) == 4 and members[0].attribute == "office":
        return f"{key[3]} ({key[2].replace('_', ' ')})"
    labels = sorted({c.subject or "" for c in members}, key=lambda s: (-len(s), s))
    return labels[0] if labels else key[-1]


def _attribute(key: tuple[str, ...], members: list[Claim]) -> str:
    """The attribute a group compares."""
    if members[0].attribute in ("event_date", "event_place"):
        return members[0].attribute
    if key[-1] in PERSONAL:
        return key[-1]
    if key[2].startswith(("quantity:", "generic:")):
        return key[2]
    if len(key) == 4:
        return "office_holder"
    return "event_date"
