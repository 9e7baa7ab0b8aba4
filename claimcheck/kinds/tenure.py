"""Tenure.

When a person's time in an office began ("PERSON has been ROLE … since YEAR", "PERSON, who came to power in YEAR", and
kin), compared across the whole corpus for the same person and a compatible office.
"""

from __future__ import annotations

import re
from typing import ClassVar

from claimcheck.compare.values import relate_times, roles_compatible
from claimcheck.extract.context import SentenceContext, words_between
from claimcheck.extract.names import strip_possessive
from claimcheck.extract.phrases import phrase_pattern
from claimcheck.kinds.base import Params, PersonKind, Scope
from claimcheck.lang.en.words import STOPWORDS
from claimcheck.model import DEFINITE, UNKNOWN, Attribute, Claim, Comparison, Mention, Office, TimeValue
from claimcheck.ruleset import Rule, RuleSet

ATTRIBUTE = Attribute("tenure_start")
_PHRASES = {"type": "array", "items": {"type": "string", "minLength": 1}}


class Tenure(PersonKind):
    """When a person's time in an office began."""

    name = "tenure"
    description = "the start of a person's time in an office, compared across the corpus"
    params: ClassVar[Params] = {
        "since": {**_PHRASES, "description": 'words that open the start date ("since")'},
        "holding": {**_PHRASES, "description": 'verbs of holding an office before "since" ("has been", "has ruled")'},
        "ruling": {**_PHRASES, "description": 'verbs that mean ruling, which name the office "leader" by themselves'},
        "start": {**_PHRASES, "description": 'verbs of taking an office before "in" ("came to power", "took office")'},
        "max_gap_words": {"type": "integer", "minimum": 0, "default": 10,
                          "description": "the most words between the verb or 'since' and the date"},
    }
    scope = Scope.CORPUS  # a fact about a person's tenure holds across stories
    confidence = DEFINITE
    order = 10
    attribute_name = "tenure_start"
    name_matched = True

    def sentence_claims(self, ctx: SentenceContext, rule: Rule, rules: RuleSet) -> list[Claim]:
        """Claims of when a person's time in an office began."""
        return tenure_claims(ctx, rule, rules)

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """Start dates compare for a compatible office of the same (or an unnamed) country."""
        if not roles_compatible(a.role, b.role) or not isinstance(a.value, TimeValue) or not isinstance(
                b.value, TimeValue):
            return UNKNOWN
        return relate_times(a.value, b.value)

    def label(self, attribute: str) -> str:
        """What differs."""
        return "start of time in office"


TENURE = Tenure()

_SUBJECT_GAP = re.compile(r"^(?:[’']s?)?\s*(?:,\s*(?:who|which)\s+(?:\w+\s+)?|,[^,;]{1,90},\s*(?:who\s+)?)?$")
_PRONOUN = re.compile(r"\b(?:he|she)\s+(?:\w+\s+)?$", re.IGNORECASE)
_IN = re.compile(r"\b(?:in|on|since)\s*$", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")


def tenure_claims(ctx: SentenceContext, rule: Rule, rules: RuleSet) -> list[Claim]:
    """Claims of when a person's time in an office began."""
    claims = []
    for mention in ctx.times:
        value = mention.value
        if not isinstance(value, TimeValue) or value.type != "DATE" or not value.value[:1].isdigit():
            continue
        found = _trigger(ctx, mention, rule)
        if found is None:
            continue
        anchor, role_text, verb = found
        role = _role(role_text, verb, rule, rules)
        subject = _subject(ctx, anchor, rules)
        if role is None or subject is None:
            continue
        _, end = ctx.local(mention.span)
        claims.append(ctx.claim(
            mention, subject=subject, attribute=ATTRIBUTE, frame=rule.code, role=role,
            predicate=ctx.sentence.text[anchor:end], qualifiers=ctx.qualifiers(anchor, end),
        ))
    return claims


def _trigger(ctx: SentenceContext, mention: Mention, rule: Rule) -> tuple[int, str, str] | None:
    """(anchor offset, role text, verb) of a "since" or "came to power in" construction before the value."""
    text = ctx.sentence.text
    left, _ = ctx.clause_bounds(mention.span)
    start, _ = ctx.local(mention.span)
    gap = int(rule.params["max_gap_words"])
    since = _last(phrase_pattern(rule.params["since"]), text, left, start)
    if since and words_between(text, since.end(), start) <= gap:
        hold = _last(phrase_pattern(rule.params["holding"]), text, left, since.start())
        if hold:
            return hold.start(), text[hold.end() : since.start()], hold.group()
    began = _last(phrase_pattern(rule.params["start"]), text, left, start)
    if began and words_between(text, began.end(), start) <= gap and _IN.search(text, began.end(), start):
        return began.start(), text[began.end() : start], began.group()
    return None


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` inside ``text[start:end]``."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 - we want the last one
        pass
    return found


def _role(role_text: str, verb: str, rule: Rule, rules: RuleSet) -> Office | None:
    """The office named between the verb and the date; a ruling verb alone means "leader"."""
    title = rules.titles.pattern.search(role_text)
    affiliation = next((c for w in _CAPITALISED.findall(role_text) if (c := rules.places.country(strip_possessive(w)))),
                       None)
    if title:
        return Office(" ".join(title.group().split()), rules.titles.offices_of(title.group()), affiliation)
    if phrase_pattern(rule.params["ruling"]).search(verb):
        return Office(" ".join(verb.split()), rules.titles.offices_of("leader"), affiliation)
    return None


def _subject(ctx: SentenceContext, anchor: int, rules: RuleSet) -> str | None:
    """The person the construction is about: directly before it, via ", who", an appositive or "he"."""
    text = ctx.sentence.text
    before = [(span, name) for span, name in ctx.people if span.end - ctx.sentence.start <= anchor]
    if before:
        span, name = before[-1]
        if _SUBJECT_GAP.match(text[span.end - ctx.sentence.start : anchor]):
            return name
    if _PRONOUN.search(text, 0, anchor):
        return before[0][1] if before else ctx.previous_subject
    return _bare_name(text[:anchor], rules)


_BARE_SUBJECT = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}?)(?:[’']s)?"
                           r"\s*(?:,\s*(?:who|which)\s+(?:\w+\s+)?)?$")


def _bare_name(text: str, rules: RuleSet) -> str | None:
    """A capitalised name right before the construction ("Santos has been mayor since...").

    The frame itself says it is a person, even when nothing else in the article does.
    """
    match = _BARE_SUBJECT.search(text)
    if not match:
        return None
    name = " ".join(strip_possessive(w) for w in match.group(1).split())
    words = name.split()
    if any(w in STOPWORDS or rules.places.country(w) or rules.places.is_demonym(w) or rules.titles.offices_of(w)
           for w in words):
        return None
    return rules.aliases.resolve(name)
