"""Tenure frame: "PERSON has been ROLE … since YEAR", "PERSON, who came to power in YEAR", and kin."""

from __future__ import annotations

import re

from claimcheck.extract.frames.context import SentenceContext, words_between
from claimcheck.extract.frames.phrases import phrase_pattern
from claimcheck.extract.names import STOPWORDS, strip_possessive
from claimcheck.model import Claim, Mention, Office, TimeValue
from claimcheck.ruleset import Rule, RuleSet

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
            mention, subject=subject, attribute="tenure_start", frame=rule.code, role=role,
            predicate=ctx.sentence.text[anchor:end], qualifiers=ctx.qualifiers(anchor, end),
        ))
    return claims


def _trigger(ctx: SentenceContext, mention: Mention, rule: Rule) -> tuple[int, str, str] | None:
    """(anchor offset, role text, verb) of a "since" or "came to power in" construction before the value."""
    text = ctx.sentence.text
    left, _ = ctx.clause_bounds(mention.span)
    start, _ = ctx.local(mention.span)
    gap = int(rule.params.get("max_gap_words", 10))
    since = _last(phrase_pattern(rule.params.get("since", ["since"])), text, left, start)
    if since and words_between(text, since.end(), start) <= gap:
        hold = _last(phrase_pattern(rule.params.get("holding", [])), text, left, since.start())
        if hold:
            return hold.start(), text[hold.end() : since.start()], hold.group()
    began = _last(phrase_pattern(rule.params.get("start", [])), text, left, start)
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
    if phrase_pattern(rule.params.get("ruling", [])).search(verb):
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


_BARE_SUBJECT = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}?)(?:[’']s)?\s*(?:,\s*(?:who|which)\s+(?:\w+\s+)?)?$")


def _bare_name(text: str, rules: RuleSet) -> str | None:
    """A capitalised name right before the construction ("Santos has been mayor since..."): the frame
    itself says it is a person, even when nothing else in the article does.
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
