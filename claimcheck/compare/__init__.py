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
    """Return (contradictions, corroborations) found in the aligned groups."""
    contradictions: list[Finding] = []
    corroborations: list[Finding] = []
    for group in alignment.groups:
        rule = rules.by_code(group.frame)
        if rule is None or not rule.enabled:
            continue
        kind = rule.component
        claims = _unambiguous(group, kind) if kind.one_value_per_document else list(group.claims)
        conflicts, agreements, comparisons = _relations(_pairs(claims, kind.scope, alignment), kind,
                                                        alignment.countries)
        for component in _components(conflicts):  # one finding per story, however many stories share the key
            contradictions.append(_finding(group, rule, component, comparisons, alignment, "contradiction"))
        if not kind.corroborates:
            continue
        conflicted = {c.document for pair in conflicts for c in pair}
        for component in _components([p for p in agreements if not {p[0].document, p[1].document} & conflicted]):
            corroborations.append(_finding(group, rule, component, comparisons, alignment, "corroboration"))
    return contradictions, corroborations


def _pairs(claims: list[Claim], scope: Scope, alignment: Alignment) -> Iterable[Pair]:
    """The pairs of claims a kind's scope lets meet."""
    if scope is Scope.CORPUS:
        return combinations(claims, 2)
    pairs = _story_pairs(claims, alignment)
    if scope is Scope.DATED_STORY:
        dated = alignment.published
        return [(a, b) for a, b in pairs if dated.get(a.document) and dated.get(b.document)]
    return pairs


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
        if a.document == b.document or (a.event and b.event and a.event != b.event):
            continue
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
    subject = component.subject(group.key, members)  # the group's label may come from articles of other stories
    label = component.label(group.attribute)
    values = _value_summary(members, component)
    used = [comparisons[pair] for pair in pairs if pair in comparisons]
    reason = "; ".join(sorted({c.text for c in used if c.text})) or "values compared by type"
    sources = _sources(members)
    if sources:
        reason += f"; {sources}"
    if kind == "contradiction":
        message = f"{subject}: {label} differs between outlets: {values}"
        severity = rule.severity
        grown = _evolving(pairs, alignment.published) if component.evolves else None
        if grown:
            reason = f"{grown}; {reason}"
            severity = Severity.WARNING if severity is Severity.ERROR else severity
    else:
        message = f"{subject}: {label} agrees across {len({c.document for c in members})} outlets: {values}"
        severity = Severity.INFO
    return Finding(
        code=rule.code, rule=rule.name, kind=kind, severity=severity,
        confidence=confidence(component, members, used, alignment.people), subject=subject,
        attribute=group.attribute, message=message, reason=reason[:1].upper() + reason[1:], claims=tuple(members),
    )


def _sources(claims: list[Claim]) -> str:
    """Who the values come from, when outlets attribute them: "attributed: police (a), Li Ming (b)"."""
    speakers = sorted({(c.speaker, c.document) for c in claims if c.speaker})
    if not speakers:
        return ""
    return "attributed: " + ", ".join(speaker if document == REFERENCE_DOCUMENT else f"{speaker} ({document})"
                                      for speaker, document in speakers)


def _evolving(pairs: list[Pair], published: Mapping[str, dt.date | None]) -> str | None:
    """When every conflict is a figure that grew from an earlier publication to a later one, say so."""
    steps = []
    for a, b in pairs:
        da, db = published.get(a.document), published.get(b.document)
        if da is None or db is None or da == db:
            return None
        early, late = (a, b) if da < db else (b, a)
        if not isinstance(early.value, Quantity) or not isinstance(late.value, Quantity):
            return None
        if _size(late.value) <= _size(early.value):
            return None
        steps.append(f"{early.text} ({published[early.document]}) → {late.text} ({published[late.document]})")
    return "the figure grew between publications, as tolls and counts do: " + "; ".join(sorted(set(steps)))


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
