"""Event frames: the date of an event ("issued a joint statement on Wednesday") and counts tied to events.

A date belongs to the nearest event word of its clause, from the lexicon in the rule's parameters. When a
reporting verb ("said", "told") is nearer on that side, the date is when something was said, not when the
event happened, and no event claim is made from that side.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.extract.frames.context import _WORD, SentenceContext, words_between
from claimcheck.extract.frames.phrases import fold, lexicon_pattern, phrase_pattern
from claimcheck.gazetteer import Gazetteer
from claimcheck.model import Claim, Mention, Quantity, TimeValue
from claimcheck.ruleset import Rule

EVENT_GRANULARITIES = frozenset({"day", "weekday", "week", "month", "year", "part_of_day", "hour", "minute", "season"})
_MODIFIER = re.compile(r"(?<![\w’'])([A-Za-z][\w-]*)\s+$")  # not the s of "Tuesday's"
# An event word after the date, introduced by "for"/"to"/"ahead of", is a purpose or a later event:
# "arrived on Sunday for talks". Event words after the date also count as a little further away.
# A finite verb between an event word and a later date takes the date ("a shooting was on suicide watch
# Monday"), unless it opens a relative clause about the event ("a fire that was set Friday").
_OTHER_VERB = re.compile(r"(?<!that )(?<!which )\b(?:was|were|is|are|has|have|had|will|would)\b", re.IGNORECASE)
_PURPOSE = re.compile(r"\b(?:for|to|ahead\s+of|before|after|until|toward|towards|if|whether)\b", re.IGNORECASE)
AFTER_PENALTY = 3
_PLACE_WORD = re.compile(r"[A-Z](?<![\w’'].)[\w’'-]+(?:\s+[A-Z][\w’'-]+)?")  # lookbehind after the class: faster
_SAYING_GAP = re.compile(r"\s+(?:(?:on|late|early|in\s+a\s+statement|reporters|the\s+\w+)\s+){0,3}", re.IGNORECASE)
_POPULATION = re.compile(r"\b(?:home\s+to|(?:city|town|village|country|nation|island|region|population|community)"
                         r"\s+of)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+)?$",
                         re.IGNORECASE)
_BACKGROUND = frozenset({"month", "year", "decade", "season", "quarter", "century"})
_CONVERSION = re.compile(r"[\d.,]+\s*(?:\w+\s*)?\(\s*(?:about\s+|some\s+|roughly\s+)?$", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|these|those|both|their|our|its)\s+$", re.IGNORECASE)


def countries(ctx: SentenceContext, mention: Mention, places: Gazetteer | None) -> tuple[str, ...]:
    """The countries of the places named in the value's clause, as "in:Country" qualifiers: an earthquake
    "in eastern China" is not the one "off Iran's coast".
    """
    if places is None:
        return ()
    return _countries(ctx.sentence.text, *ctx.clause_bounds(mention.span), places)


@lru_cache(maxsize=64)
def _countries(text: str, left: int, right: int, places: Gazetteer) -> tuple[str, ...]:
    """``countries`` of the clause ``text[left:right]``, cached: the values of one clause share it."""
    found = {c for word in _PLACE_WORD.findall(text, left, right) if (c := places.country(word))}
    return tuple(sorted(f"in:{country}" for country in found))


def event_date_claims(ctx: SentenceContext, rule: Rule, places: Gazetteer | None = None) -> list[Claim]:
    """Claims of when an event happened."""
    claims = []
    for mention in ctx.times:
        value = mention.value
        if not isinstance(value, TimeValue) or value.granularity.value not in EVENT_GRANULARITIES:
            continue
        if _dates_the_saying(ctx, mention, rule):
            continue
        found = nearest_event(ctx, mention, rule)
        if found is None:
            continue
        event, start, end = found
        claims.append(ctx.claim(
            mention, attribute="event_date", frame=rule.code, event=event,
            participants=tuple(sorted({n for _, n in ctx.people})),
            predicate=ctx.sentence.text[min(start, ctx.local(mention.span)[0]) : max(end, ctx.local(mention.span)[1])],
            qualifiers=ctx.qualifiers(*ctx.clause_bounds(mention.span)) + countries(ctx, mention, places),
            subject=event_label(ctx.sentence.text, start, end),
        ))
    return claims


def quantity_claims(ctx: SentenceContext, rule: Rule, events: Rule | None, places: Gazetteer | None = None) -> list[Claim]:
    """Claims of a count or amount ("a 12-point plan", "58 people killed"), keyed by unit and event."""
    claims = []
    units = phrase_pattern(rule.params.get("ignore_units", []))
    referential = float(rule.params.get("referential_max", 3))
    # Counts in a sentence dated to a month or a year ("last month", "in 2003") are background facts: they meet
    # only counts dated the same way.
    background = tuple(sorted({f"when:{m.normalized}" for m in ctx.times
                               if isinstance(m.value, TimeValue) and m.value.granularity.value in _BACKGROUND}))
    for mention in ctx.numbers:
        value = mention.value
        if (not isinstance(value, Quantity) or not value.unit or units.fullmatch(value.unit)
                or mention.kind == "ordinal"):
            continue
        start, _ = ctx.local(mention.span)
        if (value.high or 0) <= referential and _DEFINITE.search(ctx.sentence.text, max(0, start - 40), start):
            continue  # "the two sides", "both leaders": a reference, not a count
        if _CONVERSION.search(ctx.sentence.text, max(0, start - 40), start):
            continue  # "€110 billion ($143 billion)": a conversion of the value before it, not a claim
        if _POPULATION.search(ctx.sentence.text, max(0, start - 40), start):
            continue  # "a city of 500,000 people", "home to 120,000": what a place is, not what happened
        found = nearest_event(ctx, mention, events) if events else None
        left, right = ctx.clause_bounds(mention.span)
        claims.append(ctx.claim(
            mention, attribute=f"quantity:{value.unit}", frame=rule.code, event=found[0] if found else None,
            participants=tuple(sorted({n for _, n in ctx.people})), predicate=ctx.sentence.text[left:right],
            qualifiers=ctx.qualifiers(left, right) + background + countries(ctx, mention, places), subject=value.unit,
        ))
    return claims


def _dates_the_saying(ctx: SentenceContext, mention: Mention, rule: Rule) -> bool:
    """ "officials said Saturday", "told reporters on Monday": the date is when it was said, not the event's."""
    start, _ = ctx.local(mention.span)
    speech = phrase_pattern(rule.params.get("reporting_verbs", []))
    before = ctx.sentence.text[max(0, start - 40) : start]
    found = [m for m in speech.finditer(before)]
    return bool(found) and bool(_SAYING_GAP.fullmatch(before[found[-1].end() :]))


def nearest_event(ctx: SentenceContext, mention: Mention, rule: Rule) -> tuple[str, int, int] | None:
    """(event key, start, end) of the event word nearest to the value in its clause."""
    text = ctx.sentence.text
    left, right = ctx.clause_bounds(mention.span)
    start, end = ctx.local(mention.span)
    pattern, keys = lexicon_pattern(rule.params.get("events", {}))
    speech = phrase_pattern(rule.params.get("reporting_verbs", []))
    if pattern.search(text, left, right) is None:
        return None  # no event word in the clause (most values): skip counting words
    window = int(rule.params.get("window_words", 12))
    best: tuple[int, str, int, int] | None = None
    # Only event words within reach of the window are tried (a sentence of 10,000 words stays linear); the
    # bounds are generous (8 more words, for multi-word events): the exact distance is checked below.
    low, high = _reach(text, left, start, end, right, window + 8)
    for match in pattern.finditer(text, low, right):
        if match.start() > high:
            break
        if match.start() < start:
            if (speech.search(text, match.end(), start) or "," in text[match.end() : start]
                    or _OTHER_VERB.search(text, match.end(), start)):
                continue  # "at the time of the fire, stopped by Saturday": the date belongs to another verb
            distance = words_between(text, match.end(), start)
        elif match.start() >= end:
            if (speech.search(text, end, match.start()) or _PURPOSE.search(text, end, match.start())
                    or (match.group().endswith("ing") and text[end : match.start()].rstrip().endswith(","))):
                continue  # "struck on Monday, flattening two villages": the date is the quake's, not the damage's
            distance = words_between(text, end, match.start())
            distance += AFTER_PENALTY if distance else 0  # "a 12-point proposal": the word right after is its head
        else:
            continue
        if distance <= window and (best is None or distance < best[0]):
            best = (distance, keys[fold(match.group())], match.start(), match.end())
    return (best[1], best[2], best[3]) if best else None


def _reach(text: str, left: int, start: int, end: int, right: int, words: int) -> tuple[int, int]:
    """Offsets ``words`` words before ``start`` (not before ``left``) and after ``end`` (not after ``right``)."""
    low, span = start, 64
    while low > left:
        low = max(left, start - span)
        if len(_WORD.findall(text, low, start)) > words:
            break
        span *= 4
    high = end
    for count, match in enumerate(_WORD.finditer(text, end, right), start=1):
        high = match.end()
        if count > words:
            break
    else:
        high = right
    return low, high


# Words written before an event word that do not say which event it is: articles, possessives, conjunctions,
# relative pronouns and prepositions ("and killed", "that killed" are the event "killed"; "into rehab" is "rehab").
_NOT_MODIFIERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "and", "or", "but", "that", "which", "who",
                            "then", "also", "into", "in", "to", "of", "for", "at", "on", "by", "from", "with", "after",
                            "before", "during"})


def event_label(text: str, start: int, end: int) -> str:
    """The event word with the modifier written before it: "joint statement", "2020 protests"."""
    word = text[start:end]
    modifier = _MODIFIER.search(text, max(0, start - 30), start)
    if modifier and modifier.group(1).islower() and modifier.group(1) not in _NOT_MODIFIERS:
        return f"{modifier.group(1)} {word}".lower()
    return word.lower()
