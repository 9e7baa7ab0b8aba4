"""Find numbers, money, percentages, quantities and ordinals in one sentence.

Rules (see also ``values.py`` for the interval conventions):
- kinds: ``money`` (a currency), ``percent`` (unit "%", "pp" for percentage points, "bp" for
  basis points), ``quantity`` (a physical measurement unit: "5 km", "60GB", "3.5-inch"),
  ``ordinal`` ("21st", "third"; "first"/"second" are never taken), ``number`` (anything else:
  a count, with ``unit`` = the lemma of the counted noun when one follows, e.g. "people",
  "point", "tanker"; fractions such as "two-thirds of" have unit "fraction").
- the span covers qualifier, currency, number, scale and unit; a counted noun is inside the span
  only when it follows the number directly ("96 points", "12-point"), not across modifiers.
- never taken (the temporal layer owns them, or they are not quantities): anything overlapping
  ``exclude``; numbers counting time units ("three-day", "5 years", "33-year-old", "one-time");
  clock times ("3:30", "10 a.m."); dates and date ordinals ("March 1", "5th of May"); years: a bare
  4-digit 1900-2099 number (or 1000-1899 after in/since/by/from/of...) unless money, a percent,
  a measurement, scaled or qualified ("more than 2000"); decades ("1990s"); scores and votes
  ("3-1", "52-35": a hyphenated pair whose second number is not larger); phone numbers;
  numbers inside codes or names ("Boeing 747", "G7", "COVID-19", "F-16", "A320", "Article 5":
  digits glued to letters, or right after a capitalised non-function word); ranks ("No. 1",
  "#1"); pronoun "one" ("no one", "the one", "one another", "one must"); a bare integer after a
  capitalised possessive ("Boeing's 787"); ordinals before a capitalised word ("5th Avenue");
  "first"/"second"; integers with a leading zero ("07"); NxM dimensions ("320x240").
- a year-like number stays a year even before a noun ("the 2020 protests"); "2,000 protesters"
  (with the comma) or "more than 2000 protesters" are counts.
- tokenised text (MEANTIME, ECB+) is handled: "US$ 40 billion", "GB # 20.1 billion" (GBP), "9 %",
  "17 ''" (inches), "10 , 000" (one number), "6 : 07" and "05 / 02 / 07" (skipped).
- normalised strings: "12 point", "190000000000 USD", "3.5 %", "~1900000000 USD" (about),
  "[58,inf) people" (at least), "(70,inf)" (more than), "[10,15] boat" (range), "21 ordinal".
- speed: candidates come from two fast scans (digit runs; a trie of number words over the
  lower-cased sentence); all context checks are anchored regexes gated by table lookups.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from claimcheck.extract.numbers import patterns as P
from claimcheck.extract.numbers.digits import from_digits
from claimcheck.extract.numbers.hit import Hit, to_mention
from claimcheck.extract.numbers.words import from_ordinal_or_fraction, from_vague, from_words
from claimcheck.model import Mention, Span


def extract_numbers(sentence: str, offset: int, exclude: Sequence[Span] = ()) -> list[Mention]:
    """Return the number, money, percent, quantity and ordinal mentions of one sentence."""
    candidates = _candidates(sentence)
    if not candidates:
        return []
    blocked: list[tuple[int, int]] | None = None
    mentions: list[Mention] = []
    pos = 0
    for start, is_word, end in candidates:
        if start < pos:
            continue
        hit, nxt = _dispatch(sentence, start, end, is_word=is_word)
        pos = max(nxt, start + 1)
        if hit is not None and not (math.isfinite(hit.low) and (math.isfinite(hit.high) or hit.is_range)):
            hit = None  # beyond float range ("1" followed by 400 zeros): not a checkable quantity ("dozens": no top)
        if hit is not None:
            if blocked is None:
                blocked = _blocked(sentence, offset, exclude) if exclude else []
            if not blocked or not any(hit.start < e and s < hit.end for s, e in blocked):
                mentions.append(to_mention(sentence, offset, hit))
                pos = max(pos, hit.end)
    return mentions


def _candidates(sentence: str) -> list[tuple[int, bool, int]]:
    """Return (start, is_word, end) of every digit run and numeric word, in text order."""
    digits = [(m.start(), False, m.end()) for m in P.DIGIT_SCAN.finditer(sentence)]
    words = [(m.start(), True, m.end()) for m in P.WORD_SCAN.finditer(_lower(sentence))]
    if not words:
        return digits
    if not digits:
        return words
    return sorted(digits + words)


def _lower(sentence: str) -> str:
    """Lower-case without changing any offset (a few non-ASCII letters grow when lowered)."""
    low = sentence.lower()
    if len(low) == len(sentence):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)


def _blocked(sentence: str, offset: int, exclude: Sequence[Span]) -> list[tuple[int, int]]:
    """Return the excluded (temporal) ranges in sentence coordinates."""
    end = offset + len(sentence)
    spans = [(s.start - offset, s.end - offset) for s in exclude if s.start < end and offset < s.end]
    return spans


def _dispatch(sentence: str, start: int, end: int, *, is_word: bool) -> tuple[Hit | None, int]:
    """Route a candidate to the handler of its shape; return (hit or None, next position)."""
    if not is_word:
        if start and sentence[start - 1] == "." and (core := P.DIGIT_AT.match(sentence, start - 1)):
            return from_digits(sentence, start - 1, core.end())
        core = P.DIGIT_AT.match(sentence, start)
        return from_digits(sentence, start, core.end()) if core else (None, end)
    word = sentence[start:end].lower()
    if word in P.VAGUE_HEADS:
        found = P.VAGUE_AT.match(sentence, start)
        return from_vague(sentence, start, found.end() if found else end)
    if word in P.NUMBER_WORDS:
        found = P.WORDS_AT.match(sentence, start)
        return from_words(sentence, start, found.end() if found else end)
    return from_ordinal_or_fraction(sentence, start, end)
