"""Event date: when an event happened ("issued a joint statement on Wednesday", "the 2020 protests").

A date belongs to the nearest event word of its clause (``claimcheck.extract.events``); the dates of one event key
are compared between the articles of one story, at the coarser precision of the pair.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from claimcheck.compare.temporal import coarser
from claimcheck.compare.values import DAY_LEVEL, relate_times
from claimcheck.extract.context import SentenceContext
from claimcheck.extract.events import EVENT_GRANULARITIES, countries, dates_the_saying, event_label, nearest_event
from claimcheck.extract.occurrences import occurrence_of
from claimcheck.kinds.base import GroupKey, Scope
from claimcheck.kinds.event import EventKind
from claimcheck.model import LIKELY, UNKNOWN, Attribute, Claim, Comparison, Qualifier, Relation, TimeValue
from claimcheck.ruleset import Rule, RuleSet

ATTRIBUTE = Attribute("event_date")
_TOLL = re.compile(r"\btoll\b|\b(?:rose|risen|climbed|jumped|reached|revised)\b", re.IGNORECASE)


class EventDate(EventKind):
    """When an event happened."""

    name = "event_date"
    description = "the date of an event, tied to the nearest event word of its clause (rules/events.yml)"
    confidence = LIKELY
    scope = Scope.INCIDENT
    order = 30
    yields = True  # a date a tenure or an age took is not an event's

    def sentence_claims(self, ctx: SentenceContext, rule: Rule, rules: RuleSet) -> list[Claim]:
        """Claims of when an event happened."""
        claims = []
        for mention in ctx.times:
            value = mention.value
            if not isinstance(value, TimeValue) or value.granularity.value not in EVENT_GRANULARITIES:
                continue
            if dates_the_saying(ctx, mention):
                continue
            found = nearest_event(ctx, mention, rules.events, rule.params["window_words"])
            if found is None:
                continue
            event, start, end = found
            occurrence = occurrence_of(ctx, mention.span, event, rules)
            if (event in rules.events.outcomes and _of_another_type(ctx, occurrence, event, rules)
                    and _TOLL.search(ctx.sentence.text, *ctx.clause_bounds(mention.span))):
                continue  # "the toll rose to 50 on Thursday": the day of a count, not of the attack it counts
            local = ctx.local(mention.span)
            claims.append(ctx.claim(
                mention, attribute=ATTRIBUTE, frame=rule.code, event=event,
                participants=tuple(sorted({n for _, n in ctx.people})),
                predicate=ctx.sentence.text[min(start, local[0]) : max(end, local[1])],
                qualifiers=ctx.qualifiers(*ctx.clause_bounds(mention.span)),
                countries=countries(ctx, mention, rules.places), subject=event_label(ctx.sentence.text, start, end),
                occurrence=occurrence,
            ))
        return claims

    def keys(self, claim: Claim, rule: Rule, rules: RuleSet) -> list[GroupKey]:
        """One group per incident and type of the dated word: the dates its reports give of it.

        The day of the attack and the day of the arrests, deaths or vigils that followed it are other days
        ("opened fire Friday" and "were coping Saturday with the death").
        """
        if not claim.incident or claim.event is None:
            return []
        return [(rule.code, claim.incident, rules.events.type_of(claim.event))]

    def same_thing(self, a: Claim, b: Claim, countries: Mapping[str, frozenset[str]]) -> bool:
        """Claims of one incident speak of one event (the align stage matched them)."""
        return True

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """Dates of one event, unless the claims name different participants or one is in the future."""
        if not isinstance(a.value, TimeValue) or not isinstance(b.value, TimeValue):
            return UNKNOWN
        if a.participants and b.participants and not set(a.participants) & set(b.participants):
            return UNKNOWN  # "Yeager met Page in 1954" and "she met Tibbs in 1950" are two meetings
        if (Qualifier.FUTURE in a.qualifiers) != (Qualifier.FUTURE in b.qualifiers):
            return UNKNOWN  # "will be introduced at a Tuesday news conference" vs one held last night
        comparison = relate_times(a.value, b.value)
        if comparison.relation is Relation.CONFLICT and coarser(a.value, b.value) not in DAY_LEVEL:
            return UNKNOWN  # two years of one kind of event are usually two events
        return comparison

    def label(self, attribute: str) -> str:
        """What differs."""
        return "date"


EVENT_DATE = EventDate()


def _of_another_type(ctx: SentenceContext, occurrence: int | None, key: str, rules: RuleSet) -> bool:
    """Whether an outcome word's event is an event of another type (the killing of an attack is the attack's)."""
    types = {t[2]: rules.events.type_of(t[1]) for t in ctx.triggers if t[1] not in rules.events.outcomes}
    return occurrence is not None and types.get(occurrence, rules.events.type_of(key)) != rules.events.type_of(key)
