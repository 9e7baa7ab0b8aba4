"""Compile the phrase lists of a rule's parameters into regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``phrases`` as whole words (longest first)."""
    return _compile(tuple(sorted({" ".join(p.split()) for p in phrases}, key=len, reverse=True)))


@lru_cache(maxsize=256)
def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Compile and cache one alternation."""
    if not phrases:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def lexicon_pattern(lexicon: dict[str, list[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for every word of a key → words lexicon, and the map from folded word to key."""
    keys = {" ".join(w.lower().split()): key for key, words in lexicon.items() for w in words}
    return phrase_pattern(keys), keys


def fold(text: str) -> str:
    """Lower-case and collapse spaces, to look a matched phrase up in a lexicon."""
    return " ".join(text.lower().split())
