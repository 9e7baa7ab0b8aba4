"""Generic claims: every value no named frame took, with its clause as the predicate.

They let the engine compare statements nobody wrote a rule for ("Belarus gained independence in 1991" vs
"... in 1990"), at lower confidence and only when the clauses around the values are near-identical.
"""

from __future__ import annotations

import re

from claimcheck.extract.frames.context import SentenceContext
from claimcheck.extract.frames.events import countries
from claimcheck.extract.names import MONTHS_AND_DAYS, STOPWORDS
from claimcheck.gazetteer import Gazetteer
from claimcheck.model import Claim, Granularity, Quantity, TimeValue
from claimcheck.ruleset import Rule

_PROPER = re.compile(r"[A-Z](?<![\w’'].)[\w’'-]+")  # lookbehind after the first capital: faster
MIN_WORDS = 5
_COMPARABLE_TIMES = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.YEAR})


def generic_claims(ctx: SentenceContext, rule: Rule, taken: set[tuple[int, int]], places: Gazetteer) -> list[Claim]:
    """A claim for each dated or counted value of the sentence that no frame claimed."""
    claims = []
    for mention in ctx.times + ctx.numbers:
        if (mention.span.start, mention.span.end) in taken or not _checkable(mention.value):
            continue
        left, right = ctx.clause_bounds(mention.span)
        clause = ctx.sentence.text[left:right]
        start, end = ctx.local(mention.span)
        rest = clause[: start - left] + " " + clause[end - left :]
        names = sorted({w.lower() for w in _PROPER.findall(rest) if w not in MONTHS_AND_DAYS and w not in STOPWORDS})
        if len(names) < int(rule.params.get("min_proper_nouns", 1)) or len(rest.split()) < MIN_WORDS:
            continue  # a statement about nothing named, or a bare dateline, cannot be matched across outlets
        claims.append(ctx.claim(
            mention, attribute=f"generic:{mention.kind}", frame=rule.code,
            predicate=clause, subject=" ".join(names[:3]),
            participants=tuple(names), qualifiers=ctx.qualifiers(left, right) + countries(ctx, mention, places),
        ))
    return claims


def _checkable(value: object) -> bool:
    """Dates at day, month or year precision, and numbers with an exact written value."""
    if isinstance(value, TimeValue):
        return value.anchored and value.type == "DATE" and value.granularity in _COMPARABLE_TIMES and not value.mod
    return isinstance(value, Quantity) and value.low is not None and value.low == value.high
