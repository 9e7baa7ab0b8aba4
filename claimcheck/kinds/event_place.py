"""Event place.

Where an event happened ("met Lukashenko in Beijing", "talks in Beijing"), for places the gazetteer knows, tied to the
nearest event word of the clause. A place inside another agrees with it.
"""

from __future__ import annotations

import re

from claimcheck.compare.values import relate_values
from claimcheck.extract.context import SentenceContext
from claimcheck.extract.events import nearest_event
from claimcheck.kinds.event import EventKind
from claimcheck.model import PROBABLE, Attribute, Claim, Comparison, Mention, Place, Span
from claimcheck.ruleset import Rule, RuleSet
from claimcheck.ruleset.gazetteer import Gazetteer

ATTRIBUTE = Attribute("event_place")
_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:city\s+of\s+|capital\s+)?"
                    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")


class EventPlace(EventKind):
    """Where an event happened."""

    name = "event_place"
    description = "the place of an event (rules/places.yml), tied to the nearest event word of its clause"
    confidence = PROBABLE
    order = 50

    def sentence_claims(self, ctx: SentenceContext, rule: Rule, rules: RuleSet) -> list[Claim]:
        """Claims of where an event happened."""
        claims = []
        for match in _PLACE.finditer(ctx.sentence.text):
            name = _known(match.group("name"), rules.places)
            if name is None:
                continue
            canonical, country = name[1]
            start = ctx.sentence.start + match.start("name")
            mention = Mention(Span(start, start + len(name[0])), name[0], "place", f"{canonical}, {country}"
                              if canonical != country else canonical, Place(canonical, country))  # type: ignore[arg-type]
            found = nearest_event(ctx, mention, rules.events, rule.params["window_words"])
            if found is None:
                continue
            left, right = ctx.clause_bounds(mention.span)
            claims.append(ctx.claim(
                mention, attribute=ATTRIBUTE, frame=rule.code, event=found[0],
                participants=tuple(sorted({n for _, n in ctx.people})), predicate=ctx.sentence.text[left:right],
                qualifiers=ctx.qualifiers(left, right), subject=found[0],
            ))
        return claims

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """The same place, or one inside the other, agree."""
        return relate_values(a.value, b.value)

    def label(self, attribute: str) -> str:
        """What differs."""
        return "place"


EVENT_PLACE = EventPlace()


def _known(words: str, places: Gazetteer) -> tuple[str, tuple[str, str]] | None:
    """``words`` with (canonical name, country) when the whole capitalised run is a place the gazetteer knows.

    "At the Shanghai Cooperation Organization summit" is not in Shanghai.
    """
    found = places.place(words)
    return (words, found) if found else None
