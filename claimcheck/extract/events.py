"""Values and the events they belong to: the nearest event word of a value's clause, and where the clause is.

A date or a count belongs to the nearest event word of its clause (``rules/events.yml``). When a reporting verb
("said", "told") is nearer on that side, the date is when something was said, not when the event happened, and no
event is taken from that side. The event kinds (event date, place and quantity) share these helpers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.extract.context import _WORD, SentenceContext, words_between
from claimcheck.extract.phrases import phrase_pattern
from claimcheck.lang.en.words import SAYING_VERBS, SPEECH_VERBS
from claimcheck.model import Mention
from claimcheck.ruleset.gazetteer import Gazetteer
from claimcheck.ruleset.tables import EventTable

EVENT_GRANULARITIES = frozenset({"day", "weekday", "week", "month", "year", "part_of_day", "hour", "minute", "season"})
_MODIFIER = re.compile(r"(?<![\w’'])([A-Za-z][\w-]*)\s+$")  # not the s of "Tuesday's"
# An event word after the date, introduced by "for"/"to"/"ahead of", is a purpose or a later event:
# "arrived on Sunday for talks". Event words after the date also count as a little further away.
# A finite verb between an event word and a later date takes the date ("a shooting was on suicide watch
# Monday"), unless it opens a relative clause about the event ("a fire that was set Friday").
_OTHER_VERB = re.compile(r"(?<!that )(?<!which )\b(?:was|were|is|are|has|have|had|will|would)\b", re.IGNORECASE)
_PURPOSE = re.compile(r"\b(?:for|to|ahead\s+of|before|after|until|toward|towards|if|whether)\b", re.IGNORECASE)
AFTER_PENALTY = 3
NO_EVENT = "nothing"  # the type of phrases that hold an event word but name no event ("ceasefire", "under fire")
_PLACE_WORD = re.compile(r"[A-Z](?<![\w’'].)[\w’'-]+(?:\s+[A-Z][\w’'-]+)?")  # lookbehind after the class: faster
_SAYING_GAP = re.compile(r"\s+(?:(?:on|late|early|in\s+a\s+statement|reporters|the\s+\w+)\s+){0,3}", re.IGNORECASE)
SPEECH = phrase_pattern((*SAYING_VERBS, "according to"))
# ", the police explained that": a speaker and a verb of saying right after a date that opens the sentence.
_SAID_AFTER = re.compile(rf"\s*,?\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{'|'.join(SPEECH_VERBS)})\b", re.IGNORECASE)


def countries(ctx: SentenceContext, mention: Mention, places: Gazetteer | None) -> tuple[str, ...]:
    """The countries of the places named in the value's clause.

    An earthquake "in eastern China" is not the one "off Iran's coast".
    """
    if places is None:
        return ()
    return _countries(ctx.sentence.text, *ctx.clause_bounds(mention.span), places)


@lru_cache(maxsize=64)
def _countries(text: str, left: int, right: int, places: Gazetteer) -> tuple[str, ...]:
    """``countries`` of the clause ``text[left:right]``, cached: the values of one clause share it."""
    found = {c for word in _PLACE_WORD.findall(text, left, right) if (c := places.country(word))}
    return tuple(sorted(found))


def dates_the_saying(ctx: SentenceContext, mention: Mention) -> bool:
    """Whether the date is when something was said, not when the event happened.

    "officials said Saturday", "told reporters on Monday", "Yesterday, the police explained that ...".
    """
    start, end = ctx.local(mention.span)
    text = ctx.sentence.text
    before = text[max(0, start - 40) : start]
    found = list(SPEECH.finditer(before))
    if found and _SAYING_GAP.fullmatch(before[found[-1].end() :]):
        return True
    return bool(_SAID_AFTER.match(text, end)) and not text[:start].strip(" \t“\"‘'(")  # the date opens the sentence


def nearest_event(ctx: SentenceContext, mention: Mention, events: EventTable,
                  window: int) -> tuple[str, int, int] | None:
    """(event key, start, end) of the event word nearest to the value in its clause, at most ``window`` words away."""
    text = ctx.sentence.text
    left, right = ctx.clause_bounds(mention.span)
    start, end = ctx.local(mention.span)
    pattern = events.pattern
    offset = ctx.sentence.start
    if ctx.triggers_known:
        if not any(left <= span.start - offset < right for span, _, _ in ctx.triggers):
            return None  # no event word in the clause (most values): skip counting words
    elif pattern.search(text, left, right) is None:
        return None
    best: tuple[int, str, int, int] | None = None
    # Only event words within reach of the window are tried (a sentence of 10,000 words stays linear); the
    # bounds are generous (8 more words, for multi-word events): the exact distance is checked below.
    low, high = _reach(text, left, start, end, right, window + 8)
    for match in pattern.finditer(text, low, right):
        if match.start() > high:
            break
        if match.start() < start:
            if (SPEECH.search(text, match.end(), start) or "," in text[match.end() : start]
                    or _OTHER_VERB.search(text, match.end(), start)):
                continue  # "at the time of the fire, stopped by Saturday": the date belongs to another verb
            distance = words_between(text, match.end(), start)
        elif match.start() >= end:
            if (SPEECH.search(text, end, match.start()) or _PURPOSE.search(text, end, match.start())
                    or (match.group().endswith("ing") and text[end : match.start()].rstrip().endswith(","))):
                continue  # "struck on Monday, flattening two villages": the date is the quake's, not the damage's
            distance = words_between(text, end, match.start())
            distance += AFTER_PENALTY if distance else 0  # "a 12-point proposal": the word right after is its head
        else:
            continue
        key = events.key(match.group())
        if events.type_of(key) == NO_EVENT:
            continue  # "firefighters on Saturday morning", "the ceasefire Monday": a phrase that names no event
        if distance <= window and (best is None or distance < best[0]):
            best = (distance, key, match.start(), match.end())
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
