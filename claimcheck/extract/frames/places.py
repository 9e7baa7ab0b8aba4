"""Event-place frame: where an event happened ("met Lukashenko in Beijing", "talks in Beijing")."""

from __future__ import annotations

import re

from claimcheck.extract.frames.context import SentenceContext
from claimcheck.extract.frames.events import countries, nearest_event
from claimcheck.gazetteer import Gazetteer
from claimcheck.model import Claim, Mention, Place, Span
from claimcheck.ruleset import Rule

_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:city\s+of\s+|capital\s+)?"
                    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")


def event_place_claims(ctx: SentenceContext, rule: Rule, events: Rule, places: Gazetteer) -> list[Claim]:
    """Claims of where an event happened, for places the gazetteer knows."""
    claims = []
    for match in _PLACE.finditer(ctx.sentence.text):
        name = _known(match.group("name"), places)
        if name is None:
            continue
        canonical, country = name[1]
        start = ctx.sentence.start + match.start("name")
        mention = Mention(Span(start, start + len(name[0])), name[0], "place", f"{canonical}, {country}"
                          if canonical != country else canonical, Place(canonical, country))  # type: ignore[arg-type]
        found = nearest_event(ctx, mention, events)
        if found is None:
            continue
        left, right = ctx.clause_bounds(mention.span)
        claims.append(ctx.claim(
            mention, attribute="event_place", frame=rule.code, event=found[0],
            participants=tuple(sorted({n for _, n in ctx.people})), predicate=ctx.sentence.text[left:right],
            qualifiers=ctx.qualifiers(left, right) + countries(ctx, mention, None), subject=found[0],
        ))
    return claims


def _known(words: str, places: Gazetteer) -> tuple[str, tuple[str, str]] | None:
    """``words`` with (canonical name, country) when the whole capitalised run is a place the gazetteer knows
    ("at the Shanghai Cooperation Organization summit" is not in Shanghai).
    """
    found = places.place(words)
    return (words, found) if found else None
