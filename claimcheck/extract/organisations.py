"""Organisations of one document.

Named ones ("the Foreign Ministry", "NATO") and the definite descriptions that refer back to them ("the ministry"),
linked only when one organisation of the document fits.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from claimcheck.extract.segment import Sentence
from claimcheck.lang.en.words import ORGANISATION_HEADS as HEADS
from claimcheck.model import Span, positional_pickle
from claimcheck.patterns import trie
from claimcheck.ruleset import RuleSet

_WORD = r"[A-Z][\w’'&.-]*"
# Patterns that must not follow some characters test that with a lookbehind after their first character, not
# before it: starting with a character class, they let the engine skip to where it occurs
# instead of testing the lookbehind at every position (2-7 times faster on news text, same matches).
_NAMED = re.compile(rf"[A-Z](?<![\w’'-].)[\w’'&.-]*(?:\s+(?:of|for|and|on|the)?\s*{_WORD}){{0,6}}")
_ANY_HEAD = re.compile(trie(HEADS))  # a named organisation ends in one of them: most sentences have none
_ACRONYM = re.compile(r"[A-Z](?<![\w.].)(?:[A-Z]{1,5}(?![\w])|\.(?:[A-Z]\.){1,3})")  # "NATO", "U.N."
_HEAD_WORDS = "|".join(sorted(h.lower() for h in HEADS))
_DESCRIPTION = re.compile(rf"[Tt](?<!\w.)he\s+(?P<head>{_HEAD_WORDS})\b(?!\s+of\b)")


@positional_pickle
@dataclass(frozen=True, slots=True)
class Organisation:
    """One organisation of a document and where it is mentioned."""

    name: str
    mentions: tuple[Span, ...]


def index_organisations(sentences: list[Sentence],
                        rules: RuleSet) -> tuple[tuple[Organisation, ...], tuple[tuple[Span, str], ...]]:
    """The organisations of a document, and every (span, name) mention of them, descriptions included."""
    links: list[tuple[Span, str]] = []
    for sentence in sentences:
        links.extend(_named(sentence, rules))
    by_head: dict[str, set[str]] = defaultdict(set)
    for _, name in links:
        by_head[name.split()[-1].lower()].add(name)
    for sentence in sentences:
        for match in _DESCRIPTION.finditer(sentence.text):
            fits = by_head.get(match.group("head"), set())
            if len(fits) == 1:  # two ministries in one article: "the ministry" stays unlinked
                links.append((Span(sentence.start + match.start(), sentence.start + match.end()), next(iter(fits))))
    grouped: dict[str, list[Span]] = defaultdict(list)
    for span, name in links:
        grouped[name].append(span)
    organisations = tuple(Organisation(name, tuple(sorted(spans, key=lambda s: s.start)))
                          for name, spans in sorted(grouped.items()))
    return organisations, tuple(sorted(links, key=lambda item: (item[0].start, item[0].end)))


def _named(sentence: Sentence, rules: RuleSet) -> list[tuple[Span, str]]:
    """Named organisations of a sentence: a capitalised run ending in an organisation word, or a known alias."""
    found = []
    named = _NAMED.finditer(sentence.text) if _ANY_HEAD.search(sentence.text) else ()
    for match in named:
        words = match.group().split()
        while words and words[-1] not in HEADS:
            words.pop()
        while words and words[0] in ("The", "the"):
            words.pop(0)
        if words and words[-1] in HEADS and len(words) > 1:
            text = " ".join(words)
            start = sentence.start + match.start() + match.group().find(words[0])
            found.append((Span(start, start + len(text)), rules.aliases.resolve(text)))
    for match in _ACRONYM.finditer(sentence.text):
        name = rules.aliases.resolve(match.group())
        if name != match.group():  # an acronym the alias table knows: "NATO", "U.N."
            found.append((Span(sentence.start + match.start(), sentence.start + match.end()), name))
    return found
