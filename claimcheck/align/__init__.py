"""Align stage: resolve people across documents, group documents into stories, group claims by what they are about.

Which claims meet is each rule's component's to say (its blocking keys); this stage resolves the names the keys
use and builds the groups the compare stage checks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from claimcheck.align.incidents import EventView, IncidentIndex, article_vectors, cluster, event_words, label
from claimcheck.align.people import PeopleIndex, resolve_people
from claimcheck.align.stories import StoryFeatures, story_pairs
from claimcheck.extract import Extraction
from claimcheck.extract.names import CAPITALISED
from claimcheck.extract.occurrences import fold_name
from claimcheck.model import REFERENCE_DOCUMENT, Claim, Document, DocumentEvent, Qualifier, Quantity, TimeValue
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
    incidents: IncidentIndex = field(default_factory=lambda: IncidentIndex((), {}))
    outlets: dict[str, str] = field(default_factory=dict)  # document → its outlet

    def same_story(self, a: str, b: str) -> bool:
        """True when two documents report the same story; the reference fact base belongs to every story."""
        return REFERENCE_DOCUMENT in (a, b) or (min(a, b), max(a, b)) in self.stories

    def outlet(self, document: str) -> str:
        """The outlet of a document (its own id when nothing names one)."""
        return self.outlets.get(document, document)

    def incident_label(self, claims: Sequence[Claim]) -> str:
        """How the reports of these claims describe their incident ("car bomb, Qamishli, 2016-07-27")."""
        views = self.incidents.views
        found = [views[(c.document, c.occurrence)] for c in claims
                 if c.occurrence is not None and (c.document, c.occurrence) in views]
        return label(found) or (claims[0].incident or "") if claims else ""

    def match_score(self, claims: Sequence[Claim]) -> float | None:
        """The weakest evidence that joined these claims' events into their incident (None: nothing joined)."""
        scores = [found.score for c in claims if c.occurrence is not None
                  and (found := self.incidents.evidence.get((c.document, c.occurrence))) is not None]
        return min(scores) if scores else None

    def why_same(self, claims: Sequence[Claim]) -> str:
        """Why the claims' events were judged one incident: the evidence that joined them."""
        reasons: list[str] = []
        for claim in claims:
            if claim.occurrence is None:
                continue
            found = self.incidents.evidence.get((claim.document, claim.occurrence))
            if found is not None:
                reasons.extend(r for r in found.reasons if r not in reasons)
        return "; ".join(reasons)


def align(extractions: list[Extraction], rules: RuleSet) -> Alignment:
    """Resolve entities and build the claim groups the compare stage checks."""
    about_people = frozenset(rule.code for rule in rules.rules if rule.component.personal)

    def personal(claim: Claim) -> bool:  # the claim's subject is a person: its rule's kind says so
        return claim.frame in about_people

    people = resolve_people({e.document.id: sorted({p.name for p in e.persons}
                                                   | {c.subject for c in e.claims if c.subject and personal(c)})
                             for e in extractions}, rules.aliases)
    stories = story_pairs({e.document.id: StoryFeatures(e.keywords, e.document.published) for e in extractions})
    outlets = {e.document.id: outlet(e.document) for e in extractions}
    vectors = article_vectors({e.document.id: e.document.text for e in extractions if e.events})
    # Only events that claims are of (and each article's lead event) are matched: an event nothing is said of
    # has no figure to compare.
    views = [_view(e, event, people, outlets, vectors.get(e.document.id, {})) for e in extractions
             for hosted in ({c.occurrence for c in e.claims},) for event in e.events
             if event.lead or event.index in hosted]
    incidents = cluster(views, stories, rules.events)
    claims = [_resolved(c, people, incidents, personal=personal(c)) for e in extractions for c in e.claims]
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
                     {e.document.id: found for e in extractions if (found := countries_of(e.claims))},
                     incidents, outlets)


def outlet(document: Document) -> str:
    """The outlet of a document: its source, else its URL's domain, else the document itself."""
    if document.source:
        return " ".join(document.source.split())
    if document.url:
        host = re.sub(r"^[a-z]+://", "", document.url.strip().lower()).split("/", 1)[0].split(":", 1)[0]
        return host.removeprefix("www.") or document.id
    return document.id


def _view(extraction: Extraction, event: DocumentEvent, people: PeopleIndex, outlets: dict[str, str],
          vector: dict[str, float]) -> EventView:
    """A document event as the incident match sees it.

    An event whose sentences name no place takes its article's (the places of its other current events), as
    weaker evidence: a report says "Kabul" in its first line and "the blast" after.
    """
    document = extraction.document
    own = event.places or event.names or event.background
    sources = [event] if own else [e for e in extraction.events if not e.background]
    located = {fold_name(p.name) for e in sources for p in e.places if p.name != p.country}
    inherited = not own and 0 < len(located) <= 3
    sources = sources if own or inherited else [event]
    places = {fold_name(p.name) for e in sources for p in e.places if p.name != p.country}
    places |= {name for e in sources for name in e.names}
    of_cities = frozenset(p.country for e in sources for p in e.places if p.name != p.country)
    countries = of_cities | {p.country for e in sources for p in e.places if p.name == p.country}
    text = " ".join(document.text[max(0, m.start - 150) : m.end + 150] for m in event.mentions[:3])
    # Names the article writes beside the event that other articles show are people ("Ana Ruiz and Luis Soto
    # signed" names no title here, but another outlet calls her foreign minister).
    known = {people.canonical[run] for run in (m.group() for m in CAPITALISED.finditer(text))
             if " " in run and run in people.canonical}
    leading = sorted((p for p in extraction.persons if len(p.mentions) >= 2 and " " in p.name),
                     key=lambda p: (-len(p.mentions), p.name))[:3]
    return EventView(event, document.published, outlets[document.id],
                     frozenset(people.canonical.get(p, p) for p in event.participants) | known, frozenset(places),
                     frozenset(countries), event_words(text),
                     frozenset(people.canonical.get(p.name, p.name) for p in leading),
                     frozenset(fold_name(p.name) for e in sources for p in e.places if p.name != p.country),
                     of_cities, extraction.keywords, _years(extraction), vector, inherited,
                     _magnitudes(extraction))


def _magnitudes(extraction: Extraction) -> frozenset[float]:
    """The quake magnitudes an article gives (0 to 10)."""
    return frozenset(m.value.low for m in extraction.mentions if isinstance(m.value, Quantity)
                     and m.value.unit == "magnitude" and m.value.low is not None and 0 < m.value.low <= 10)


def _years(extraction: Extraction) -> frozenset[int]:
    """The years an article's dates name."""
    return frozenset(int(m.value.value[:4]) for m in extraction.mentions
                     if isinstance(m.value, TimeValue) and m.value.anchored and m.value.value[:4].isdigit())


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


def _resolved(claim: Claim, people: PeopleIndex, incidents: IncidentIndex, *, personal: bool) -> Claim:
    """The claim named as across documents, with its incident.

    Its subject (of claims about a person) and participants take their cross-document names.
    """
    subject = people.resolve(claim.subject) if personal else claim.subject
    participants = tuple(sorted({people.canonical.get(p, p) for p in claim.participants}))
    key = (claim.document, claim.occurrence if claim.occurrence is not None else -1)
    incident = incidents.of.get(key)
    qualifiers = claim.qualifiers
    view = incidents.views.get(key)
    if view is not None and view.event.background and Qualifier.BACKGROUND not in qualifiers:
        qualifiers = (*qualifiers, Qualifier.BACKGROUND)  # the value of an event told for context
    if (subject == claim.subject and participants == claim.participants and incident == claim.incident
            and qualifiers == claim.qualifiers):
        return claim  # most claims: nothing to rename, and no copy to make
    return replace(claim, subject=subject, participants=participants, incident=incident, qualifiers=qualifiers)
