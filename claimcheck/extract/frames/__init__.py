"""Claim frames: each rule kind turns a sentence's values and people into claims."""

from __future__ import annotations

from claimcheck.extract.frames.ages import age_claims
from claimcheck.extract.frames.context import SentenceContext
from claimcheck.extract.frames.events import event_date_claims, quantity_claims
from claimcheck.extract.frames.generic import generic_claims
from claimcheck.extract.frames.places import event_place_claims
from claimcheck.extract.frames.tenure import tenure_claims
from claimcheck.model import Claim
from claimcheck.ruleset import RuleSet


def sentence_claims(ctx: SentenceContext, rules: RuleSet) -> list[Claim]:
    """Every claim the enabled frames find in one sentence."""
    claims: list[Claim] = []
    events = rules.by_kind("event_date")
    tenure = rules.by_kind("tenure")
    quantity = rules.by_kind("quantity")
    if tenure:
        claims.extend(tenure_claims(ctx, tenure, rules))
    age = rules.by_kind("age")
    if age and ctx.people:
        claims.extend(age_claims(ctx, age))
    if events:
        taken = {c.span for c in claims}
        claims.extend(c for c in event_date_claims(ctx, events, rules.places) if c.span not in taken)
    if quantity:
        claims.extend(quantity_claims(ctx, quantity, events, rules.places))
    place = rules.by_kind("event_place")
    if place and events:
        claims.extend(event_place_claims(ctx, place, events, rules.places))
    generic = rules.by_kind("generic")
    if generic:
        taken = {(c.span.start, c.span.end) for c in claims}
        claims.extend(generic_claims(ctx, generic, taken, rules.places))
    return claims
