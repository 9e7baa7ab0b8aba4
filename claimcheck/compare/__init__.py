"""Compare stage: every claim group in, contradictions and corroborations out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from itertools import combinations, product

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claimcheck.align import REFERENCE_DOCUMENT, Alignment, ClaimGroup, subject_label
from claimcheck.compare.temporal import Relation
from claimcheck.compare.values import relate_claims
from claimcheck.model import Claim, Finding, Quantity, Severity
from claimcheck.ruleset import Rule, RuleSet

BASE_CONFIDENCE = {"tenure": 0.9, "event_date": 0.75, "event_place": 0.7, "generic": 0.45, "quantity": 0.7, "office_title": 0.65, "office_holder": 0.6}
ATTRIBUTE_LABELS = {"tenure_start": "start of time in office", "event_date": "date", "event_place": "place",
                    "office": "title", "age": "age",
                    "office_holder": "holder"}


def compare(alignment: Alignment, rules: RuleSet) -> tuple[list[Finding], list[Finding]]:
    """Return (contradictions, corroborations) found in the aligned groups."""
    contradictions: list[Finding] = []
    corroborations: list[Finding] = []
    for group in alignment.groups:
        rule = rules.by_code(group.frame)
        if rule is None or not rule.enabled:
            continue
        claims = _unambiguous(group)
        # Facts about a person's tenure hold across stories; events, counts and who holds an office now
        # are compared only between articles of one story (titles change over the years).
        story_bound = group.attribute != "tenure_start"
        pairs = _story_pairs(claims, alignment) if story_bound else combinations(claims, 2)
        if group.attribute == "age":  # ages change: only articles dated (and so published close together) meet
            dated = alignment.published
            pairs = [(a, b) for a, b in pairs if dated.get(a.document) and dated.get(b.document)]
        conflicts, agreements, reasons = _relations(pairs, group.attribute, alignment.countries)
        for component in _components(conflicts):  # one finding per story, however many stories share the key
            contradictions.append(_finding(group, rule, component, _reasons(component, reasons), alignment,
                                           "contradiction"))
        if rule.kind in ("office_title", "office_holder"):
            continue
        conflicted = {c.document for pair in conflicts for c in pair}
        for component in _components([p for p in agreements if not {p[0].document, p[1].document} & conflicted]):
            corroborations.append(_finding(group, rule, component, _reasons(component, reasons), alignment,
                                           "corroboration"))
    return contradictions, corroborations


def _story_pairs(claims: list[Claim], alignment: Alignment) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of claims whose documents report one story, found through each document's story neighbours
    (never all pairs of a key that many stories share); the reference fact base pairs with every document.
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


def _components(pairs: list[tuple[Claim, Claim]]) -> list[list[tuple[Claim, Claim]]]:
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
    components: dict[str, list[tuple[Claim, Claim]]] = {}
    for pair in pairs:
        components.setdefault(find(pair[0].document), []).append(pair)
    return [components[root] for root in sorted(components)]


def _reasons(component: list[tuple[Claim, Claim]], reasons: dict[tuple[Claim, Claim], str]) -> list[str]:
    """The reasons given for the pairs of one component."""
    return [reasons[pair] for pair in component if pair in reasons]


def _unambiguous(group: ClaimGroup) -> list[Claim]:
    """Drop a document's event claims when it dates the same kind of event differently itself.

    Claims no frame took (one group holds all of a document's "generic" dates, say) are dropped only when the
    document makes the same statement with two values: "founded in 1965" and "died in 2006" are two statements.
    """
    if group.attribute not in ("event_date", "event_place") and not group.attribute.startswith(("quantity:", "generic:")):
        return list(group.claims)
    by_doc: dict[str, list[Claim]] = {}
    for claim in group.claims:
        by_doc.setdefault(claim.document, []).append(claim)
    keep: list[Claim] = []
    for claims in by_doc.values():
        if not any(_gives_two_values(a, b, group.attribute) for a, b in combinations(claims, 2)):
            keep.extend(claims)
    return keep


def _gives_two_values(a: Claim, b: Claim, attribute: str) -> bool:
    """Two claims of one document that conflict about one thing.

    One kind of event, or one statement (claims no frame took, and counts tied to no event word).
    """
    if relate_claims(a, b, attribute)[0] is not Relation.CONFLICT:
        return False
    if attribute.startswith("generic:"):
        return _same_statement(a, b)
    return bool(a.event or b.event) or _same_clause(a, b)


def _relations(pairs: Iterable[tuple[Claim, Claim]], attribute: str, countries: dict[str, frozenset[str]],
               ) -> tuple[list[tuple[Claim, Claim]], list[tuple[Claim, Claim]], dict[tuple[Claim, Claim], str]]:
    """Pairs of claims from different documents that conflict, pairs that agree, and the reason of each."""
    conflicts, agreements, reasons = [], [], {}
    for a, b in pairs:
        if a.document == b.document or (a.event and b.event and a.event != b.event):
            continue
        framed = attribute.startswith("quantity:") or attribute in ("event_date", "event_place")
        if framed and not _same_thing(a, b, countries):
            continue
        if attribute.startswith("generic:") and not _same_statement(a, b):
            continue
        relation, reason = relate_claims(a, b, attribute)
        if relation is Relation.CONFLICT:
            conflicts.append((a, b))
        elif relation is Relation.AGREE:
            agreements.append((a, b))
        else:
            continue
        reasons[(a, b)] = reason
    return conflicts, agreements, reasons


def _same_thing(a: Claim, b: Claim, countries: dict[str, frozenset[str]]) -> bool:
    """Event dates and counts meet only when the words around the values say much the same (fuzzy, the
    values left out), counts need an event word, and counts of background sentences need the same dates.

    Counts and amounts tied to no event word ("revenue of $12 billion in 2008") meet only as the same statement:
    near-identical clauses with the same words beside the value.
    """
    if a.attribute and a.attribute.startswith("quantity:"):
        if not a.event and not b.event:
            return _same_clause(a, b) and _same_place(a, b, countries)
        if not a.event or not b.event or _when(a) != _when(b):
            return False  # "rescued two vessels last month" and "attacked 100 vessels this year" are not one count
    if not _same_place(a, b, countries):
        return False
    who_a, who_b = set(a.participants) - {a.speaker}, set(b.participants) - {b.speaker}
    if who_a and who_b and not who_a & who_b:
        return False  # "$8 million left on O'Brien's contract" is not Brand's "$82 million deal"; speakers aside
    score = fuzz.token_set_ratio(_around(a), _around(b), processor=default_process)
    return score >= CONTEXT_CUTOFF


def _same_place(a: Claim, b: Claim, countries: dict[str, frozenset[str]]) -> bool:
    """Whether two values can be in the same country (an unplaced one: in any its article names)."""
    where_a, where_b = _tagged(a, "in:"), _tagged(b, "in:")
    if bool(where_a) != bool(where_b):  # one clause names a country: the other value is in one its article names
        where_a = where_a or countries.get(a.document, where_a)
        where_b = where_b or countries.get(b.document, where_b)
    # an earthquake "in eastern China" is not the one "off Iran's coast" (or in an article on Iran)
    return not (where_a and where_b and not where_a & where_b)


CONTEXT_CUTOFF = 55.0
_CONTEXT_WORDS = 6


def _around(claim: Claim, words: int = _CONTEXT_WORDS) -> str:
    """The words on either side of a value in its clause, without the value itself."""
    text = claim.predicate
    at = text.find(claim.text)
    if at < 0:
        return text
    before = text[:at].split()[-words:]
    after = text[at + len(claim.text) :].split()[:words]
    return " ".join(before + after)


GENERIC_CUTOFF = 85.0
GENERIC_WORDS = 3


def _same_statement(a: Claim, b: Claim) -> bool:
    """Claims no frame took meet only when their clauses, values left out, are near-identical and name the
    same things.
    """
    return bool(set(a.participants) & set(b.participants)) and _same_place(a, b, {}) and _same_clause(a, b)


def _same_clause(a: Claim, b: Claim) -> bool:
    """Near-identical clauses, values left out, with the same words right beside the values."""
    if _when(a) != _when(b):
        return False
    left, right = a.predicate.replace(a.text, " "), b.predicate.replace(b.text, " ")
    if left != right and not fuzz.token_sort_ratio(left, right, processor=default_process,
                                                    score_cutoff=GENERIC_CUTOFF):
        return False
    # One clause holds several values ("boarded two vessels to nab 26 Somali and 23 Yemeni pirates"): the words
    # right beside each value say which of them is which.
    near_a, near_b = _around(a, GENERIC_WORDS), _around(b, GENERIC_WORDS)
    return near_a == near_b or bool(fuzz.ratio(near_a, near_b, processor=default_process, score_cutoff=GENERIC_CUTOFF))


def _when(claim: Claim) -> frozenset[str]:
    """The month- or year-level dates of a count's sentence."""
    return _tagged(claim, "when:")


def _tagged(claim: Claim, prefix: str) -> frozenset[str]:
    """The qualifiers of a claim that start with a prefix."""
    return frozenset(q for q in claim.qualifiers if q.startswith(prefix))


def _finding(group: ClaimGroup, rule: Rule, pairs: list[tuple[Claim, Claim]], reasons: list[str],
             alignment: Alignment, kind: str) -> Finding:
    """One finding for a group, listing every claim that takes part in a pair."""
    members = sorted({c for pair in pairs for c in pair}, key=lambda c: (c.document, c.span.start))
    subject = subject_label(group.key, members)  # the group's label may come from articles of other stories
    label = ATTRIBUTE_LABELS.get(group.attribute, group.attribute.replace("quantity:", "number of "))
    values = _value_summary(members, group.attribute)
    reason = "; ".join(sorted({r for r in reasons if r})) or "values compared by type"
    sources = _sources(members)
    if sources:
        reason += f"; {sources}"
    if kind == "contradiction":
        message = f"{subject}: {label} differs between outlets: {values}"
        severity = rule.severity
        grown = _evolving(pairs, alignment.published) if group.attribute.startswith("quantity:") else None
        if grown:
            reason = f"{grown}; {reason}"
            severity = Severity.WARNING if severity is Severity.ERROR else severity
    else:
        message = f"{subject}: {label} agrees across {len({c.document for c in members})} outlets: {values}"
        severity = Severity.INFO
    return Finding(
        code=rule.code, rule=rule.name, kind=kind, severity=severity,
        confidence=_confidence(rule, members, reasons, alignment), subject=subject,
        attribute=group.attribute, message=message, reason=reason[:1].upper() + reason[1:], claims=tuple(members),
    )


def _sources(claims: list[Claim]) -> str:
    """Who the values come from, when outlets attribute them: "attributed: police (a), Li Ming (b)"."""
    speakers = sorted({(c.speaker, c.document) for c in claims if c.speaker})
    if not speakers:
        return ""
    return "attributed: " + ", ".join(speaker if document == REFERENCE_DOCUMENT else f"{speaker} ({document})"
                                      for speaker, document in speakers)


def _evolving(pairs: list[tuple[Claim, Claim]], published: dict[str, dt.date | None]) -> str | None:
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


def _value_summary(claims: list[Claim], attribute: str) -> str:
    """ "1994" (001) vs "1990" (003): each distinct value with the documents that state it."""
    by_value: dict[str, list[str]] = {}
    for claim in claims:
        shown = claim.subject if attribute == "office_holder" else claim.text.strip()
        docs = by_value.setdefault(shown or "", [])
        if claim.document not in docs:
            docs.append(claim.document)
    return " vs ".join(f"“{value}” ({', '.join(docs)})" for value, docs in by_value.items())


def _confidence(rule: Rule, claims: list[Claim], reasons: list[str], alignment: Alignment) -> float:
    """Confidence from the frame, the name match, weekday-only comparison, hedging and generic roles."""
    score = BASE_CONFIDENCE.get(rule.kind, 0.6)
    if rule.kind in ("tenure", "office_title"):
        score *= min((alignment.people.score.get(c.subject or "", 100.0) for c in claims), default=100.0) / 100
    if any("weekdays" in r for r in reasons):
        score *= 0.85
    if any("hedged" in c.qualifiers for c in claims):
        score *= 0.7
    if len({c.speaker for c in claims if c.speaker}) > 1:
        score *= 0.85  # the outlets quote different sources: each may report its source faithfully
    if any(c.role is not None and len(c.role.offices) > 2 for c in claims):
        score *= 0.9
    return round(score, 2)
