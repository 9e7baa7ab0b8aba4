"""Compare stage: every claim group in, contradictions and corroborations out.

Each group is compared by the component of its rule: which documents meet (its scope), when two claims speak of
the same thing, how their values relate and how a finding is labelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from itertools import combinations, product

from claimcheck.align import Alignment, ClaimGroup
from claimcheck.compare.confidence import confidence
from claimcheck.kinds.base import Kind, Scope
from claimcheck.model import REFERENCE_DOCUMENT, Claim, Comparison, Finding, Quantity, Relation, Severity
from claimcheck.ruleset import Rule, RuleSet

Pair = tuple[Claim, Claim]


def compare(alignment: Alignment, rules: RuleSet) -> tuple[list[Finding], list[Finding]]:
    """Return (findings, corroborations) of the aligned groups.

    Findings are contradictions between outlets, revisions (two articles of one outlet that disagree) and, for
    kinds whose figures grow (tolls), updates: a figure that rose from an earlier report to a later one.
    """
    findings: list[Finding] = []
    corroborations: list[Finding] = []
    for group in alignment.groups:
        rule = rules.by_code(group.frame)
        if rule is None or not rule.enabled:
            continue
        kind = rule.component
        claims = _unambiguous(group, kind) if kind.one_value_per_document else _representatives(group, kind)
        conflicts, agreements, comparisons = _relations(_pairs(claims, kind, alignment), kind,
                                                        alignment.countries)
        for finding_kind, pairs in _sorted_conflicts(conflicts, kind, alignment):
            for component in _faceted(pairs, kind):  # one finding per story, however many stories share the key
                findings.append(_finding(group, rule, component, comparisons, alignment, finding_kind))
        if not kind.corroborates:
            continue
        conflicted = {c.document for pair in conflicts for c in pair}
        agreed = [p for p in agreements if not {p[0].document, p[1].document} & conflicted
                  and alignment.outlet(p[0].document) != alignment.outlet(p[1].document)]
        for component in _faceted(agreed, kind):
            corroborations.append(_finding(group, rule, component, comparisons, alignment, "corroboration"))
    return findings, corroborations


def _sorted_conflicts(conflicts: list[Pair], kind: Kind, alignment: Alignment) -> list[tuple[str, list[Pair]]]:
    """Conflicting pairs as contradictions between outlets, revisions of one outlet, and updates over time."""
    revisions = [p for p in conflicts if alignment.outlet(p[0].document) == alignment.outlet(p[1].document)]
    between = [p for p in conflicts if p not in revisions]
    updates = [p for p in between if kind.evolves and _grew(p, alignment.published)]
    contradictions = [p for p in between if p not in updates]
    return [(name, pairs) for name, pairs in (("contradiction", contradictions), ("revision", revisions),
                                              ("update", updates)) if pairs]


def _grew(pair: Pair, published: Mapping[str, dt.date | None]) -> bool:
    """A figure that rose from an earlier publication to a later one (as tolls do), not one given at one time."""
    a, b = pair
    da, db = published.get(a.document), published.get(b.document)
    if da is None or db is None or da == db:
        return False
    early, late = (a, b) if da < db else (b, a)
    if not isinstance(early.value, Quantity) or not isinstance(late.value, Quantity):
        return False
    return _size(late.value) > _size(early.value)


def _pairs(claims: list[Claim], kind: Kind, alignment: Alignment) -> Iterable[Pair]:
    """The pairs of claims a kind's scope lets meet.

    Of a story, the figures of things (not of people) published more than a day apart meet only when they are of
    one incident: a market's "current value" three days on is another fact.
    """
    scope = kind.scope
    if scope in (Scope.CORPUS, Scope.INCIDENT):  # an incident's group holds the claims of that incident only
        return combinations(claims, 2)
    pairs = _story_pairs(claims, alignment)
    dated = alignment.published
    if scope is Scope.DATED_STORY:
        return [(a, b) for a, b in pairs if dated.get(a.document) and dated.get(b.document)]
    if kind.personal:
        return pairs
    return [(a, b) for a, b in pairs if _same_occasion(a, b, dated)]


def _same_occasion(a: Claim, b: Claim, published: Mapping[str, dt.date | None]) -> bool:
    """Two claims published within a day of each other (or undated), or else of one incident."""
    da, db = published.get(a.document), published.get(b.document)
    if da is None or db is None or abs((da - db).days) <= 1:
        return True
    return bool(a.incident and a.incident == b.incident)


def _story_pairs(claims: list[Claim], alignment: Alignment) -> Iterator[Pair]:
    """Pairs of claims whose documents report one story.

    They are found through each document's story neighbours, never all pairs of a key that many stories share;
    the reference fact base pairs with every document.
    """
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.document, []).append(claim)
    for doc in sorted(by_doc):
        if doc == REFERENCE_DOCUMENT:
            others = [o for o in sorted(by_doc) if o != doc]
        else:
            others = [o for o in sorted(alignment.neighbours.get(doc, ()))
                      if o > doc and o in by_doc and o != REFERENCE_DOCUMENT]
        for other in others:
            yield from product(by_doc[doc], by_doc[other])


def _representatives(group: ClaimGroup, kind: Kind) -> list[Claim]:
    """The claims of a group that speak for their documents (the kind picks them per document)."""
    by_doc: dict[str, list[Claim]] = {}
    for claim in group.claims:
        by_doc.setdefault(claim.document, []).append(claim)
    return [c for doc in by_doc for c in kind.representatives(by_doc[doc])]


def _faceted(pairs: list[Pair], kind: Kind) -> list[list[Pair]]:
    """The connected components of the pairs, facet by facet (facets in a stable order)."""
    facets: dict[str, list[Pair]] = {}
    for pair in pairs:
        facets.setdefault(kind.facet(*pair), []).append(pair)
    return [component for facet in sorted(facets) for component in _components(facets[facet])]


def _components(pairs: list[Pair]) -> list[list[Pair]]:
    """Split pairs into groups connected through shared documents, in a stable order."""
    parent: dict[str, str] = {}

    def find(doc: str) -> str:
        parent.setdefault(doc, doc)
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    for a, b in pairs:
        ra, rb = sorted((find(a.document), find(b.document)))
        parent[rb] = ra
    components: dict[str, list[Pair]] = {}
    for pair in pairs:
        components.setdefault(find(pair[0].document), []).append(pair)
    return [components[root] for root in sorted(components)]


def _unambiguous(group: ClaimGroup, kind: Kind) -> list[Claim]:
    """The group's claims without those of documents that give the same thing two values themselves.

    Such a document speaks of several such events, or contradicts itself: it says nothing about which value
    another outlet should give.
    """
    by_doc: dict[str, list[Claim]] = {}
    for claim in group.claims:
        by_doc.setdefault(claim.document, []).append(claim)
    keep: list[Claim] = []
    for claims in by_doc.values():
        if not any(kind.gives_two_values(a, b) for a, b in combinations(claims, 2)):
            keep.extend(claims)
    return keep


def _relations(pairs: Iterable[Pair], kind: Kind, countries: Mapping[str, frozenset[str]],
               ) -> tuple[list[Pair], list[Pair], dict[Pair, Comparison]]:
    """Pairs of claims from different documents that conflict, pairs that agree, and how each was compared."""
    conflicts, agreements, comparisons = [], [], {}
    for a, b in pairs:
        if a.document == b.document or (kind.scope is not Scope.INCIDENT and a.event and b.event
                                        and a.event != b.event):
            continue  # an incident's claims are of one event, whichever of its words each article used
        if not kind.same_thing(a, b, countries):
            continue
        comparison = kind.relate(a, b)
        if comparison.relation is Relation.CONFLICT:
            conflicts.append((a, b))
        elif comparison.relation is Relation.AGREE:
            agreements.append((a, b))
        else:
            continue
        comparisons[(a, b)] = comparison
    return conflicts, agreements, comparisons


def _finding(group: ClaimGroup, rule: Rule, pairs: list[Pair], comparisons: Mapping[Pair, Comparison],
             alignment: Alignment, kind: str) -> Finding:
    """One finding for a group, listing every claim that takes part in a pair."""
    component = rule.component
    members = sorted({c for pair in pairs for c in pair}, key=lambda c: (c.document, c.span.start))
    subject = component.subject(group.key, members, alignment)  # from these claims: not from other stories
    label = component.label(group.attribute)
    values = _value_summary(members, component)
    used = [comparisons[pair] for pair in pairs if pair in comparisons]
    reason = "; ".join(sorted({c.text for c in used if c.text})) or "values compared by type"
    if component.scope is Scope.INCIDENT and (why := alignment.why_same(members)):
        reason += f"; one incident: {why}"
    sources = _sources(members)
    if sources:
        reason += f"; {sources}"
    severity = rule.severity
    if kind == "contradiction":
        message = f"{subject}: {label} differs between outlets: {values}"
    elif kind == "revision":
        outlets = sorted({alignment.outlet(c.document) for c in members})
        message = f"{subject}: {label} differs between articles of {', '.join(outlets)}: {values}"
        reason = f"one outlet's own articles disagree (a revision, or a correction to check); {reason}"
    elif kind == "update":
        message = f"{subject}: {label} changed between reports: {_timeline(members, alignment)}"
        reason = f"the figure grew between publications, as tolls and counts do; {reason}"
        severity = Severity.INFO
    else:
        count = len({alignment.outlet(c.document) for c in members})
        message = f"{subject}: {label} agrees across {count} outlets: {values}"
        severity = Severity.INFO
    return Finding(
        code=rule.code, rule=rule.name, kind=kind, severity=severity,
        confidence=confidence(component, members, used, alignment.people,
                              alignment.match_score(members) if component.scope is Scope.INCIDENT else None),
        subject=subject,
        attribute=group.attribute, message=message, reason=reason[:1].upper() + reason[1:], claims=tuple(members),
    )


def _sources(claims: list[Claim]) -> str:
    """Who the values come from, when outlets attribute them: "attributed: police (a), Li Ming (b)"."""
    speakers = sorted({(c.speaker, c.document) for c in claims if c.speaker})
    if not speakers:
        return ""
    return "attributed: " + ", ".join(speaker if document == REFERENCE_DOCUMENT else f"{speaker} ({document})"
                                      for speaker, document in speakers)


def _timeline(claims: list[Claim], alignment: Alignment) -> str:
    """Who gave which figure when: “48” (a, 2016-07-27) → “50” (b, 2016-07-28), earliest first."""
    dated = sorted(claims, key=lambda c: (alignment.published.get(c.document) or dt.date.max, c.document))
    steps = []
    for claim in dated:
        day = alignment.published.get(claim.document)
        steps.append(f"“{claim.text.strip()}” ({alignment.outlet(claim.document)}, {day or 'undated'})")
    return " → ".join(steps)


def _size(quantity: Quantity) -> float:
    """A representative size of an interval: its lower end, else its upper end."""
    return quantity.low if quantity.low is not None else (quantity.high or 0.0)


def _value_summary(claims: list[Claim], kind: Kind) -> str:
    """Each distinct value with the documents that state it: “1994” (001) vs “1990” (003)."""
    by_value: dict[str, list[str]] = {}
    for claim in claims:
        docs = by_value.setdefault(kind.shown(claim), [])
        if claim.document not in docs:
            docs.append(claim.document)
    return " vs ".join(f"“{value}” ({', '.join(docs)})" for value, docs in by_value.items())
