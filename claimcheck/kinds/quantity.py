"""Quantity.

A count or amount written with its unit ("a 12-point plan", "58 people killed", "$40 billion"), tied to the nearest
event word of its clause and compared as an interval between the articles of one story.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from claimcheck.align.sameness import same_clause, same_context, same_place
from claimcheck.compare.values import relate_values
from claimcheck.extract.context import SentenceContext
from claimcheck.extract.events import countries, nearest_event
from claimcheck.extract.phrases import phrase_pattern
from claimcheck.kinds.base import GroupKey, Params
from claimcheck.kinds.event import WINDOW, EventKind
from claimcheck.model import PROBABLE, Attribute, Claim, Comparison, Quantity, TimeValue
from claimcheck.ruleset import Rule, RuleSet

_POPULATION = re.compile(r"\b(?:home\s+to|(?:city|town|village|country|nation|island|region|population|community)"
                         r"\s+of)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+)?$",
                         re.IGNORECASE)
_BACKGROUND = frozenset({"month", "year", "decade", "season", "quarter", "century"})
_CONVERSION = re.compile(r"[\d.,]+\s*(?:\w+\s*)?\(\s*(?:about\s+|some\s+|roughly\s+)?$", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|these|those|both|their|our|its)\s+$", re.IGNORECASE)


_PARTIAL = re.compile(r"\s+(?:other|more|additional|further|extra)\b", re.IGNORECASE)


class EventQuantity(EventKind):
    """A count or amount of one unit, tied to an event."""

    name = "quantity"
    description = "a count or amount with its unit, tied to the nearest event word, compared as an interval"
    params: ClassVar[Params] = {
        "window_words": WINDOW,
        "referential_max": {"type": "number", "minimum": 0, "default": 3,
                            "description": 'counts up to this after "the", "both", "their" are references, not counts'},
        "ignore_units": {"type": "array", "items": {"type": "string", "minLength": 1},
                         "description": "units whose values are not counts of an event (years, days, percent)"},
    }
    confidence = PROBABLE
    order = 40
    yields = True  # a count the outcome kind took (killed, injured) is its
    evolves = True

    def sentence_claims(self, ctx: SentenceContext, rule: Rule, rules: RuleSet) -> list[Claim]:
        """Claims of a count or amount, keyed by unit and event."""
        claims = []
        units = phrase_pattern(rule.params["ignore_units"])
        referential = float(rule.params["referential_max"])
        # Counts in a sentence dated to a month or a year ("last month", "in 2003") are background facts: they meet
        # only counts dated the same way.
        background = tuple(sorted({m.normalized for m in ctx.times
                                   if isinstance(m.value, TimeValue) and m.value.granularity.value in _BACKGROUND}))
        text = ctx.sentence.text
        for mention in ctx.numbers:
            value = mention.value
            if (not isinstance(value, Quantity) or not value.unit or units.fullmatch(value.unit)
                    or mention.kind == "ordinal"):
                continue
            start, _ = ctx.local(mention.span)
            if (value.high or 0) <= referential and _DEFINITE.search(text, max(0, start - 40), start):
                continue  # "the two sides", "both leaders": a reference, not a count
            if _CONVERSION.search(text, max(0, start - 40), start):
                continue  # "€110 billion ($143 billion)": a conversion of the value before it, not a claim
            if _PARTIAL.match(text, ctx.local(mention.span)[1]):
                continue  # "three other assault rifles", "45 more people": a part, not the count of all
            if _POPULATION.search(text, max(0, start - 40), start):
                continue  # "a city of 500,000 people", "home to 120,000": what a place is, not what happened
            found = nearest_event(ctx, mention, rules.events, rule.params["window_words"])
            left, right = ctx.clause_bounds(mention.span)
            claims.append(ctx.claim(
                mention, attribute=Attribute("quantity", value.unit), frame=rule.code,
                event=found[0] if found else None, participants=tuple(sorted({n for _, n in ctx.people})),
                predicate=text[left:right], qualifiers=ctx.qualifiers(left, right), background=background,
                countries=countries(ctx, mention, rules.places), subject=value.unit,
            ))
        return claims

    def keys(self, claim: Claim, rule: Rule, rules: RuleSet) -> list[GroupKey]:
        """One group per unit and event key (within stories)."""
        return [(rule.code, "story", str(claim.attribute), claim.event or "")]

    def attribute(self, key: GroupKey, members: Sequence[Claim]) -> str:
        """The unit's attribute: "quantity:people"."""
        return key[2]

    def same_thing(self, a: Claim, b: Claim, countries: Mapping[str, frozenset[str]]) -> bool:
        """Counts of one event need an event word on both sides and the same background dates.

        Counts tied to no event word meet only as the same statement (near-identical clauses).
        """
        if not a.event and not b.event:
            return same_clause(a, b) and same_place(a, b, countries)
        if not a.event or not b.event or a.background != b.background:
            return False  # "rescued two vessels last month" and "attacked 100 vessels this year" are not one count
        return same_context(a, b, countries)

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """Intervals of one unit family, allowing for rounding."""
        return relate_values(a.value, b.value)

    def label(self, attribute: str) -> str:
        """What differs: "number of people"."""
        return attribute.replace("quantity:", "number of ")


QUANTITY = EventQuantity()
