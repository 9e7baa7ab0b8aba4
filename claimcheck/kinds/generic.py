"""Generic claims: every value no named frame took, with its clause as the predicate.

They let the engine compare statements nobody wrote a rule for ("Belarus gained independence in 1991" vs
"... in 1990"), at lower confidence and only when the clauses around the values are near-identical.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from claimcheck.align.sameness import same_statement
from claimcheck.compare.values import relate_values
from claimcheck.extract.context import SentenceContext
from claimcheck.extract.events import countries
from claimcheck.kinds.base import GroupKey, Kind, Params
from claimcheck.lang.en.calendar import MONTHS_AND_DAYS
from claimcheck.lang.en.words import STOPWORDS
from claimcheck.model import WEAK, Attribute, Claim, Comparison, Granularity, Quantity, TimeValue
from claimcheck.ruleset import Rule, RuleSet

_PROPER = re.compile(r"[A-Z](?<![\w’'].)[\w’'-]+")  # lookbehind after the first capital: faster
MIN_WORDS = 5
_COMPARABLE_TIMES = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.YEAR})


class SimilarStatement(Kind):
    """A dated or counted value no other kind took, compared as a statement."""

    name = "generic"
    description = "any exact date or number no other rule took, compared when the clauses are near-identical"
    params: ClassVar[Params] = {"min_proper_nouns": {"type": "integer", "minimum": 0, "default": 1,
                                   "description": "the fewest proper nouns the clause must name besides the value"}}
    confidence = WEAK
    order = 90
    yields = True  # every value no named frame took
    one_value_per_document = True

    def sentence_claims(self, ctx: SentenceContext, rule: Rule, rules: RuleSet) -> list[Claim]:
        """A claim for each dated or counted value of the sentence."""
        claims = []
        for mention in ctx.times + ctx.numbers:
            if not _checkable(mention.value):
                continue
            left, right = ctx.clause_bounds(mention.span)
            clause = ctx.sentence.text[left:right]
            start, end = ctx.local(mention.span)
            rest = clause[: start - left] + " " + clause[end - left :]
            names = sorted({w.lower() for w in _PROPER.findall(rest)
                            if w not in MONTHS_AND_DAYS and w not in STOPWORDS})
            if len(names) < rule.params["min_proper_nouns"] or len(rest.split()) < MIN_WORDS:
                continue  # a statement about nothing named, or a bare dateline, cannot be matched across outlets
            claims.append(ctx.claim(
                mention, attribute=Attribute("generic", mention.kind), frame=rule.code,
                predicate=clause, subject=" ".join(names[:3]), participants=tuple(names),
                qualifiers=ctx.qualifiers(left, right), countries=countries(ctx, mention, rules.places),
            ))
        return claims

    def keys(self, claim: Claim, rule: Rule, rules: RuleSet) -> list[GroupKey]:
        """One group per value kind and unit (within stories)."""
        unit = claim.value.unit if isinstance(claim.value, Quantity) else ""
        return [(rule.code, "story", str(claim.attribute), unit)]

    def attribute(self, key: GroupKey, members: Sequence[Claim]) -> str:
        """The value kind's attribute: "generic:number"."""
        return key[2]

    def same_thing(self, a: Claim, b: Claim, countries: Mapping[str, frozenset[str]]) -> bool:
        """Near-identical clauses that name the same things."""
        return same_statement(a, b)

    def gives_two_values(self, a: Claim, b: Claim) -> bool:
        """"founded in 1965" and "died in 2006" are two statements; one statement with two values is not."""
        return self.conflicts(a, b) and same_statement(a, b)

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """Dates and numbers by type."""
        return relate_values(a.value, b.value)


GENERIC = SimilarStatement()


def _checkable(value: object) -> bool:
    """Dates at day, month or year precision, and numbers with an exact written value."""
    if isinstance(value, TimeValue):
        return value.anchored and value.type == "DATE" and value.granularity in _COMPARABLE_TIMES and not value.mod
    return isinstance(value, Quantity) and value.low is not None and value.low == value.high
