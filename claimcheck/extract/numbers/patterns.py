"""Compiled regular expressions for number extraction (built once from the lexicon)."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.extract.numbers.lexicon import (
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    FRACTIONS,
    HYPHEN_IDIOMS,
    MEASURE_UNITS,
    MONTHS,
    ORDINAL_UNITS,
    ORDINAL_WORDS,
    PERCENT_UNITS,
    QUALIFIERS,
    SCALE_WORDS,
    SMALL,
    TIME_OF_DAY,
    TIME_UNITS,
)
from claimcheck.patterns import trie


def alternation(words: object) -> str:
    """Build a regex alternation, longest first, with spaces matching any whitespace."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_NUMWORDS = alternation([*SMALL, "hundred", "thousand", "million", "billion", "trillion", "dozen"])
_VAGUE = (
    r"(?:tens|dozens|scores|hundreds|thousands|millions|billions)"
    r"(?:\s+of\s+(?:thousands|millions|billions))?"
)
DIGITS = r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+"

VAGUE_HEADS = frozenset(["tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions"])
NUMBER_WORDS = frozenset([*SMALL, "hundred", "thousand", "million", "billion", "trillion", "dozen"])
# Candidates come from two scans, each much faster alone than any combined pattern: runs of
# digits, and numeric words searched in the LOWER-CASED sentence with a trie (no IGNORECASE).
DIGIT_SCAN = re.compile(r"\d[\d,.]*")
DIGIT_AT = re.compile(rf"(?<![\w.,])(?:{DIGITS})")
WORD_SCAN = re.compile(
    rf"\b(?:{trie([*NUMBER_WORDS, *ORDINAL_WORDS, *FRACTIONS, *VAGUE_HEADS], space=re.escape(' '))})\b")
VAGUE_AT = re.compile(rf"{_VAGUE}\b", re.IGNORECASE)
WORDS_AT = re.compile(
    rf"(?:{_NUMWORDS})(?:(?:\s*-\s*|\s+|\s+and\s+)(?:{_NUMWORDS}))*\b", re.IGNORECASE
)

WORD_IN_PHRASE = re.compile(r"[A-Za-z]+")
ATTACHED = re.compile(r"[A-Za-z]+|''|\"|″")

_CUR_PREFIX = (
    r"(?:(?<![A-Za-z])(?:USD|US|U\.S\.|AUD|AU|A|CAN|CA|C|NZ|HK|S|NT|R|MX)\s?)?\$"
    r"|GB\s?£|£|€|¥|₹|₩|₽|₺|₴|GB\s?#|#"
    r"|\b(?:Rs\.?|INR|USD|EUR|GBP|JPY|CHF|CNY|RMB|AUD|CAD|NZD|HKD|SGD|KRW|UAH|RUB|STG)"
)
LEFT_CURRENCY = re.compile(rf"(?P<cur>{_CUR_PREFIX})(?P<gap>\s*)$")
LEFT_QUALIFIER = re.compile(
    rf"(?<![\w-])(?P<q>{alternation(QUALIFIERS)}|between|from)\s+$", re.IGNORECASE
)
WORD_SHAPE = re.compile(r"[A-Za-z][\w.'\u2019&]*")
QUALIFIER_LAST_WORDS = frozenset(
    [*(k.split()[-1] for k in QUALIFIERS), "between", "from"]
)
CURRENCY_SYMBOLS = frozenset("$£€¥₹₩₽₺₴#")
CURRENCY_CODES = frozenset(k for k in CURRENCY_PREFIX if k.isalpha())
PHONE_AT = re.compile(
    r"\d{1,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b|\d{3}-\d{4}\b|\d{1,3}[\s.-]\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b"
)
LEFT_POSSESSIVE = re.compile(r"\b[A-Z][\w&.-]*\s*['\u2019]s\s+$")
LEFT_ARTICLE = re.compile(r"(?<![\w-])(?P<a>half\s+an?|an?|one|a\s+half)\s+$", re.IGNORECASE)
LEFT_NUMERATOR = re.compile(rf"(?<![\w-])(?P<n>an?|{_NUMWORDS})[\s-]+$", re.IGNORECASE)

SCALE_AFTER = re.compile(
    r"(?:\s+|-)(?P<sc>thousand|million|billion|trillion|crores?|lakhs?|bn|mn|mln|tn)\b",
    re.IGNORECASE,
)
RANGE_AFTER = re.compile(
    rf"\s*(?P<sep>-|\u2013|\u2014|\bto\b|\band\b|\bor\b)\s*(?P<cur>{_CUR_PREFIX})?\s*"
    rf"(?P<n2>(?<![\w.,]){DIGITS}|\b(?:{_NUMWORDS})(?:(?:-|\s+)(?:{_NUMWORDS}))*\b)",
    re.IGNORECASE,
)
PERCENT_AFTER = re.compile(
    rf"\s*(?P<p>%)|(?:\s+|-)(?P<pw>{alternation(k for k in PERCENT_UNITS if k != '%')})\b",
    re.IGNORECASE,
)
_CUR_SUFFIX = alternation(k for k in CURRENCY_SUFFIX if k != "p")
CURRENCY_AFTER = re.compile(
    rf"(?:\s+|-)(?:(?P<of>of\s+)(?:(?:us|u\.s\.|american)\s+)?)?(?P<cs>{_CUR_SUFFIX})\b",
    re.IGNORECASE,
)
_MEASURE = alternation(k for k in MEASURE_UNITS if len(k) >= 2 and k != "in.")
MEASURE_AFTER = re.compile(rf"(?:\s*|-)(?P<mu>{_MEASURE})(?![\w])", re.IGNORECASE)
MEASURE_LOOKUP: dict[str, tuple[str, str, float]] = {k.lower(): v for k, v in MEASURE_UNITS.items()}
TIME_AFTER = re.compile(
    rf"(?:\s*-\s*|\s+)(?:{alternation(TIME_UNITS)})(?![\w])"
    rf"|-(?:{alternation(HYPHEN_IDIOMS)})(?![\w])"
    rf"|\s*(?:{alternation(TIME_OF_DAY)})(?![\w])",
    re.IGNORECASE,
)
ORDINAL_COMPOUND = re.compile(rf"-(?P<o>{alternation(ORDINAL_UNITS)})\b", re.IGNORECASE)
OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
HALF_A_AFTER = re.compile(
    r"\s+an?\s+(?P<x>million|billion|trillion|thousand|dozen|hundred)\b", re.IGNORECASE
)
# Tokenised text spaces out separators: "6 : 07", "05 / 02 / 07", "com / 2013 / 08".
SPACED_THOUSANDS = re.compile(r"(?:\s,\s\d{3}(?![\d.]))+")
SPACED_DECIMAL = re.compile(r" \. (\d+)(?![\d,.:/])")  # "5 . 9" in tokenised text (ECB+)
SPACED_JOIN_AFTER = re.compile(r"\s?[:/]\s?\d")
SPACED_JOIN_BEFORE = re.compile(r"(?:\d\s?[:\u2013-]|/)\s?$")
CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
WORD_AFTER_HYPHEN = re.compile(r"-([A-Za-z][a-z'\u2019]*)")
PLAIN_WORD = re.compile(r"[A-Za-z][a-z'\u2019-]*")
FOLLOWING = re.compile(
    r"(?P<sep>\s+|-)(?P<w1>[A-Za-z][a-z'\u2019-]*)(?:\s+(?P<w2>[a-z][a-z'\u2019-]*))?"
    r"(?:\s+(?P<w3>[a-z][a-z'\u2019-]*))?(?:\s+(?P<w4>[a-z][a-z'\u2019-]*))?"
)
NEXT_MONTH = re.compile(rf"\s+(?:of\s+)?(?:{alternation(m.capitalize() for m in MONTHS)})\b\.?")
NEXT_TOKEN = re.compile(r"(?P<sep>[ \t]*[-\u2013\u2014][ \t]*|\s*)(?P<tok>[A-Za-z]+(?:\.[A-Za-z]\.?)*|\S)?")
_HEAD = re.compile(r"[a-z]+(?:\.[a-z]\.?)*|\S")


def _follow_table() -> dict[str, frozenset[str]]:
    """Map the first word after a number to the right-context checks worth running."""
    groups: dict[str, list[str]] = {
        "scale": [*SCALE_WORDS, "crores", "lakhs", "bn", "mn", "mln", "tn"],
        "time": [*TIME_UNITS, *TIME_OF_DAY, *HYPHEN_IDIOMS],
        "percent": [*PERCENT_UNITS],
        "currency": [*CURRENCY_SUFFIX, "of"],
        "measure": [*MEASURE_UNITS, "''", '"', "″"],
        "range": ["to", "and", "or"],
        "month": [*MONTHS, "of"],
    }
    table: dict[str, set[str]] = {}
    for name, words in groups.items():
        for word in words:
            head = _HEAD.match(word.lower())
            if head is not None:
                table.setdefault(head.group(), set()).add(name)
    return {k: frozenset(v) for k, v in table.items()}


FOLLOW = _follow_table()
_NOTHING: frozenset[str] = frozenset()
_RANGE = frozenset(["range"])


# A unit written before the number: "magnitude-6.1", "a magnitude 6.0 quake" (searched in the dozen characters
# before the digits).
MAGNITUDE_BEFORE = re.compile(r"\b[Mm]agnitude[ \t]*[-\u2010]?[ \t]*$")


@lru_cache(maxsize=256)
def following(sentence: str, pos: int) -> frozenset[str]:
    """Return which right-context checks can match at ``pos`` (a cheap gate for the regexes)."""
    found = NEXT_TOKEN.match(sentence, pos)
    tok = found.group("tok") if found else None
    cats = FOLLOW.get(tok.lower(), _NOTHING) if tok else _NOTHING
    if found is not None and found.group("sep").strip(" \t\n"):
        return cats | _RANGE
    return cats


FRACTION_AFTER = re.compile(
    r"[\s-]+(?:halves|thirds?|quarters?|fourths?|fifths?|tenths?)\s+of\b", re.IGNORECASE
)
HALF_A_PERCENT = re.compile(
    r"\s+an?(?=\s+(?:percent|per\s+cent|percentage\s+points?)\b)", re.IGNORECASE
)
