"""Number values: parsing written numbers, building intervals and normalised strings.

Interval conventions (``Quantity``):
- an exact value ``x`` is ``low == high == x``;
- an open end is ``None`` ("at least 58" -> ``low=58, high=None``);
- whether an end is exclusive is carried by ``qualifier`` ("more than 70" -> ``low=70``,
  qualifier ``"more than"``, printed ``(70,inf)``);
- "about x" is ``[0.9x, 1.1x]`` and "nearly x" is ``[0.9x, x]``, both ``approximate=True``;
- "up to x" / "less than x" are ``[0, x]`` / ``[0, x)`` for non-negative x.
"""

from __future__ import annotations

import math
import re

from claimcheck.extract.numbers.lexicon import (
    APPROX_TOLERANCE,
    IRREGULAR_LEMMAS,
    QUALIFIERS,
    SCALE_WORDS,
    SMALL,
    TENS,
)
from claimcheck.model import Quantity

_WORD_SPLIT = re.compile(r"[\s\-]+")
EXCLUSIVE_LOW = frozenset(k for k, v in QUALIFIERS.items() if v == "gt")
EXCLUSIVE_HIGH = frozenset(k for k, v in QUALIFIERS.items() if v == "lt")


def parse_digits(text: str) -> float | None:
    """Parse "1,234.5", "-36" or ".5" into a float; None when malformed."""
    if "," in text:
        text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def word_number_prefix(words: list[str]) -> tuple[float, int]:
    """Parse the longest well-formed number-word prefix; return (value, words used)."""
    total = 0.0
    current = 0.0
    used = 0
    last_small: str | None = None
    seen_any = False
    for i, raw in enumerate(words):
        word = raw.lower()
        if word == "and":
            if not seen_any or i + 1 >= len(words) or words[i + 1].lower() not in SMALL:
                break
            if last_small is not None:  # "three and seven" is two numbers
                break
            continue
        if word in SMALL:
            value = SMALL[word]
            if last_small is not None and not (last_small in TENS and value < 10):
                break
            current += value
            last_small = word
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            if scale == 100 or scale == 12:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0.0
            last_small = None
        else:
            break
        seen_any = True
        used = i + 1
    return total + current, used


def split_words(text: str) -> list[str]:
    """Split a number-word phrase on spaces and hyphens."""
    return [w for w in _WORD_SPLIT.split(text) if w]


def lemma(word: str) -> str:
    """Return a simple singular form of a lower-cased noun ("casualties" -> "casualty")."""
    w = word.lower()
    if w in IRREGULAR_LEMMAS:
        return IRREGULAR_LEMMAS[w]
    if len(w) <= 3 or not w.endswith("s"):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return w[:-2]
    if w.endswith(("ss", "us", "is")):
        return w
    return w[:-1]


def fmt(value: float) -> str:
    """Format a number compactly and stably: 190000000000, 3.5, 0.125."""
    value = float(value)
    if not math.isfinite(value):  # "about 1.7e308" grows past float range: "inf", never a crash
        return str(value)
    if value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    rounded = round(value)
    if abs(value - rounded) <= 1e-9 * max(1.0, abs(value)) and abs(value) < 1e18:
        return str(int(rounded))
    return f"{value:.12g}"


def tidy(value: float) -> float:
    """Round away binary noise (12 significant digits): 2090000000.0000002 -> 2090000000.0."""
    return float(f"{value:.12g}")


def interval(value: float, qualifier: str | None) -> Quantity:
    """Turn a written value and its qualifier into an interval (unit left empty)."""
    value = float(value)
    mode = QUALIFIERS.get(qualifier or "")
    floor = 0.0 if value >= 0 else None
    if mode in ("ge", "gt"):
        return Quantity(value, None, qualifier=qualifier)
    if mode in ("le", "lt"):
        return Quantity(floor, value, qualifier=qualifier)
    if mode == "nearly":
        ends = sorted((tidy(value * (1 - APPROX_TOLERANCE)), value))
        return Quantity(ends[0], ends[1], qualifier=qualifier, approximate=True)
    if mode == "approx":
        ends = sorted((tidy(value * (1 - APPROX_TOLERANCE)), tidy(value * (1 + APPROX_TOLERANCE))))
        return Quantity(ends[0], ends[1], qualifier=qualifier, approximate=True)
    return Quantity(value, value, qualifier=qualifier)


def center(q: Quantity) -> float | None:
    """Return the written value behind an "about x" interval, or None if not symmetric."""
    if q.low is None or q.high is None:
        return None
    return float(f"{(q.low + q.high) / 2:.12g}")


def _symmetric(low: float, high: float) -> bool:
    """Return True when [low, high] is "about x" around one value (x +/- the tolerance)."""
    expected = low * (1 + APPROX_TOLERANCE) / (1 - APPROX_TOLERANCE)
    return abs(expected - high) <= 1e-9 * max(1.0, abs(high))


def normalized(q: Quantity) -> str:
    """Render a quantity stably: "12 point", "~1900000000 USD", "[58,inf) people"."""
    unit = f" {q.unit}" if q.unit else ""
    mode = QUALIFIERS.get(q.qualifier or "")
    if q.low is not None and q.low == q.high:
        return f"{fmt(q.low)}{unit}"
    if mode == "approx" and q.low is not None and q.high is not None and _symmetric(q.low, q.high):
        mid = center(q)
        return f"~{fmt(mid if mid is not None else q.low)}{unit}"
    left = "(" if q.low is None or q.qualifier in EXCLUSIVE_LOW else "["
    right = ")" if q.high is None or q.qualifier in EXCLUSIVE_HIGH else "]"
    low = "-inf" if q.low is None else fmt(q.low)
    high = "inf" if q.high is None else fmt(q.high)
    return f"{left}{low},{high}{right}{unit}"
