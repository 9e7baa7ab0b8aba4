"""Who a claim belongs to: the outlet itself, or a speaker it quotes or cites.

A value inside quotation marks belongs to the person the sentence says spoke (“…,” Li said), or to the
speaker of the previous sentence when the quote runs on; "according to X" and "X said (that) …" give X.
"""

from __future__ import annotations

import re

from claimcheck.lang.en.words import GROUP_SPEAKERS, SPEAKER_VERBS, alternation
from claimcheck.model import Span

_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]{12,}’")
_SPEECH = rf"(?:{alternation(SPEAKER_VERBS)})"
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<who>(?:the\s+)?[\w’'.-]+(?:\s+(?!said\b|and\b)[\w’'.-]+){0,6}?)"
                        r"\s*(?:[,.;]|$)",
                        re.IGNORECASE)
_SAID_AFTER = re.compile(r"[,”\"]\s*(?P<who>(?:the\s+)?[A-Z]?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)\s+" + _SPEECH + r"\b")
_SAID_BEFORE = re.compile(r"(?P<who>(?:the\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,4}|[Tt]he\s+\w+(?:\s+\w+)?)\s+"
                          + _SPEECH + r"\s+(?:that\s+|on\s+\w+\s+that\s+|\w+day\s+(?:that\s+)?)?")
_SAID_INVERTED = re.compile(r"[,”\"]\s*" + _SPEECH + r"\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})")
_REPORTED = re.compile(r"\bthat\b|[“\":]")  # where the reported content begins
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i)$", re.IGNORECASE)


def attribution(text: str, start: int, end: int, people: list[tuple[int, int, str]],
                previous: str | None, *, temporal: bool = False) -> tuple[str | None, bool]:
    """(speaker, quoted) of the value at ``text[start:end]``; speaker None means the outlet's own claim.

    ``people`` are the linked person mentions of the sentence as (start, end, name), local offsets. A date
    right after the reporting verb ("said in a statement Thursday") dates the saying: the outlet's claim.
    """
    quoted = any(q.start() < start and end <= q.end() for q in _QUOTES.finditer(text))
    according = _ACCORDING.search(text)
    if according:
        return _name(according.group("who"), according.start("who"), people), quoted
    if quoted:
        inverted = _SAID_INVERTED.search(text, end)
        if inverted:
            return _name(inverted.group("who"), inverted.start("who"), people), True
        after = _SAID_AFTER.search(text, end)
        if after:
            return _name(after.group("who"), after.start("who"), people) or previous, True
        return previous, True
    for match in _SAID_BEFORE.finditer(text, 0, start):
        if match.end() <= start and not _QUOTES.search(text, match.end(), start):
            if temporal and not _REPORTED.search(text, match.end(), start):
                return None, False
            at = _with_place(text, match.start("who"))
            return _name(text[at : match.end("who")], at, people), False
    after = _SAID_AFTER.search(text, end)
    if after and after.start() >= end:
        return _name(after.group("who"), after.start("who"), people), False
    return None, False


# Words the speaker patterns take in before a speaker ("and officials said", "where spokeswoman Ilene Wolff said"),
# and word groups that are no speaker: a passive ("no injuries were reported", "12 are reported to be"), a
# relative clause ("which said", "who would not say"), a number, a preposition or an adverb.
_LEADING = re.compile(r"(?:(?:and|but|though|although|while|whereas|where|when|as|so|says|said|according\s+to)\s+)+",
                      re.IGNORECASE)
_NOT_SPEAKER = re.compile(
    r"(?:\d|(?:it|there|here|which|who|whom|whose|that|what|never|not|also|then|in|on|at|by|for|from|to|of|with|after|before|is|are|"
    r"was|were|be|been|being|has|have|had|would|will|could|should|may|might|must|can)\b)"
    r"|.*\b(?:is|are|was|were|be|been|being|has|have|had|would|will|could|should|may|might|must|can|not)$",
    re.IGNORECASE)


# "Police in Denver said", "Officials in Goma said": the speaker is who is in the place, not the place.
_IN_PLACE = re.compile(r"(?:\b[Tt]he\s+)?\b(?P<who>[A-Za-z][\w’'-]*)\s+in\s+$")



def _with_place(text: str, at: int) -> int:
    """Where a speaker starts when the words before ``at`` say who in that place spoke ("Police in")."""
    found = _IN_PLACE.search(text, max(0, at - 40), at)
    if found and found.group("who").lower() in GROUP_SPEAKERS:
        return found.start()
    return at


def _name(who: str, at: int, people: list[tuple[int, int, str]]) -> str | None:
    """The linked person at ``at`` if one starts there, else the words as written ("the ministry").

    None when the words name no speaker.
    """
    lead = _LEADING.match(who)
    if lead:
        who, at = who[lead.end() :], at + lead.end()
    for start, end, name in people:
        if start <= at < end or (at <= start < at + 5 and who.lower().startswith(("the ", "a "))):
            return name
    who = " ".join(who.split()).rstrip(".,;:")
    return None if not who or _PRONOUN.match(who) or _NOT_SPEAKER.match(who) else who


def span_people(people: tuple[tuple[Span, str], ...], offset: int) -> list[tuple[int, int, str]]:
    """Person mentions as sentence-local (start, end, name)."""
    return [(span.start - offset, span.end - offset, name) for span, name in people]
