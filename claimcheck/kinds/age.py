"""Age: how old a named person is ("Carl Rowe, 34,", "Rowe (34)", "a 34-year-old plumber, Carl Rowe").

An age is read only where it is written against a person the sentence names: right after the name (an
apposition of digits, "aged 34", "a 34-year-old") or right before it ("34-year-old Carl Rowe", "the
34-year-old plumber Carl Rowe"). The claim's subject is the person, so outlets' ages of one person meet, in dated
articles of one story only: people grow older.
"""

from __future__ import annotations

import re

from claimcheck.compare.values import relate_values
from claimcheck.extract.context import SentenceContext
from claimcheck.kinds.base import PersonKind, Scope
from claimcheck.model import POSSIBLE, Attribute, Claim, Comparison, Mention, Quantity, Span
from claimcheck.ruleset import Rule, RuleSet

ATTRIBUTE = Attribute("age")


class Age(PersonKind):
    """How old a named person is."""

    name = "age"
    description = "the age written against a named person, compared between dated articles of one story"
    scope = Scope.DATED_STORY
    confidence = POSSIBLE
    order = 20
    attribute_name = "age"

    def sentence_claims(self, ctx: SentenceContext, rule: Rule, rules: RuleSet) -> list[Claim]:
        """The ages of the named people of the sentence."""
        return age_claims(ctx, rule) if ctx.people else []

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """Ages are counts of years."""
        return relate_values(a.value, b.value)

    def label(self, attribute: str) -> str:
        """What differs."""
        return "age"


AGE = Age()

_YEAR_OLD = r"(?P<age>\d{1,3})\s*-?\s*years?\s*-?\s*old\b"
# After the name: ", 34," / ", 34 of" / " (34)" / ", aged 34" / ", a 34-year-old ..." / ", 34-year-old".
_AFTER = re.compile(
    r"(?:[’']s)?(?:\s*,\s*(?:(?:an?\s+)?" + _YEAR_OLD + r"|aged\s+(?P<aged>\d{1,3})\b"
    r"|(?P<bare>\d{1,3})(?=\s*(?:[,;.)]|$|\s+(?:of|from|and|who|was|is|were|had|has|died|said)\b)))"
    r"|\s*\(\s*(?P<paren>\d{1,3})\s*\))"
)
# Before the name: "34-year-old Carl Rowe", "a 34-year-old plumber, Carl Rowe" (at most two lower-case words).
_BEFORE = re.compile(_YEAR_OLD + r"(?:\s+[a-z][\w-]*){0,2}\s*,?\s*$")
_MAX_AGE = 125


def age_claims(ctx: SentenceContext, rule: Rule) -> list[Claim]:
    """Claims of how old each named person of the sentence is."""
    claims: list[Claim] = []
    text, offset = ctx.sentence.text, ctx.sentence.start
    seen: set[str] = set()
    for span, person in ctx.people:
        if person in seen or " " not in person:  # a full name once per sentence: "Rowe" alone may be anyone
            continue
        start, end = span.start - offset, span.end - offset
        after = _AFTER.match(text, end)
        group = next((g for g in ("age", "aged", "bare", "paren") if after and after.group(g)), None)
        if after and group:
            found: tuple[int, int] | None = after.span(group)
        else:
            before = _BEFORE.search(text, max(0, start - 60), start)
            found = before.span("age") if before else None
        if found is None:
            continue
        age = int(text[found[0] : found[1]])
        if not 0 < age < _MAX_AGE:
            continue
        seen.add(person)
        value = Quantity(float(age), float(age), "year")
        mention = Mention(Span(offset + found[0], offset + found[1]), text[found[0] : found[1]], "number",
                          f"{age} years", value)
        claims.append(ctx.claim(mention, subject=person, attribute=ATTRIBUTE, frame=rule.code,
                                predicate=text[min(start, found[0]) : max(end, found[1])]))
    return claims
