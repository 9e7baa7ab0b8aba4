"""Parsing of small cardinal numbers written as digits or words ("90", "twenty-five", "a")."""

from __future__ import annotations

import re

from claimcheck.extract.temporal.lexicon import NUMBER_WORDS

_SPLIT = re.compile(r"[\s-]+")


def parse_number(text: str) -> float | None:
    """Return the value of a number written as digits or English words, or None."""
    words = " ".join(_SPLIT.split(text.lower().strip()))
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    digits = words.replace(",", "")
    if digits.replace(".", "", 1).isdigit():
        return float(digits) + half
    if words in NUMBER_WORDS:
        return NUMBER_WORDS[words] + half
    parts = words.split(" ")
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        tens, unit = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if tens >= 20 and tens % 10 == 0 and 1 <= unit <= 9:
            return tens + unit + half
    return None


def format_number(num: float) -> str:
    """Format a quantity for a TIMEX3 duration: ``3``, ``2.5``."""
    return str(int(num)) if num == int(num) else f"{num:g}"
