"""Compile the phrase lists of a rule's parameters into regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from claimcheck.patterns import trie

# Rule parameters live as long as the rule set, so their compiled forms are kept by object identity: a
# pattern is built once per run, not once per sentence. The entry holds the object itself, so its id cannot
# be reused while the entry exists.
_BY_ID: dict[int, tuple[object, object]] = {}


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``phrases`` as whole words (longest first)."""
    cached = _BY_ID.get(id(phrases))
    if cached is not None and cached[0] is phrases:
        return cached[1]  # type: ignore[return-value]
    pattern = _compile(tuple(sorted({" ".join(p.split()) for p in phrases}, key=len, reverse=True)))
    if isinstance(phrases, list | tuple | dict):
        _BY_ID[id(phrases)] = (phrases, pattern)
    return pattern


@lru_cache(maxsize=256)
def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Compile and cache one alternation."""
    if not phrases:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w-])(?:{trie(phrases, ignore_case=True)})(?![\w-])", re.IGNORECASE)


def lexicon_pattern(lexicon: dict[str, list[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for every word of a key → words lexicon, and the map from folded word to key."""
    cached = _BY_ID.get(id(lexicon))
    if cached is not None and cached[0] is lexicon:
        return cached[1]  # type: ignore[return-value]
    keys = {" ".join(w.lower().split()): key for key, words in lexicon.items() for w in words}
    result = (phrase_pattern(keys), keys)
    _BY_ID[id(lexicon)] = (lexicon, result)
    return result


def fold(text: str) -> str:
    """Lower-case and collapse spaces, to look a matched phrase up in a lexicon."""
    return " ".join(text.lower().split())
