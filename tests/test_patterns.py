"""The trie alternation matches exactly what the flat longest-first alternation it replaces matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.patterns import trie

WORDS = st.lists(st.text(alphabet="abcAB -", min_size=1, max_size=6).map(lambda w: " ".join(w.split())).filter(bool),
                 min_size=1, max_size=12)
TEXT = st.text(alphabet="abcAB -.\n", max_size=60)


def flat(words: list[str]) -> str:
    """The alternation the trie replaces: longest first, spaces as \\s+."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_trie_finds_what_the_flat_alternation_finds(words: list[str], text: str) -> None:
    for template in (r"(?<![\w-])(?:{})(?![\w-])", r"\b(?:{})"):
        for flags, body in ((re.IGNORECASE, trie(words, ignore_case=True)), (0, trie(words))):
            expected = re.compile(template.format(flat(words)), flags)
            actual = re.compile(template.format(body), flags)
            assert [m.span() for m in actual.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_trie_of_a_real_lexicon_shares_prefixes() -> None:
    body = trie(["president", "prime minister", "premier", "presidential envoy"])
    assert body.count("pr") == 1
    assert re.fullmatch(rf"(?:{body})", "prime   minister")
    assert re.fullmatch(rf"(?:{body})", "presidential envoy")
    assert not re.fullmatch(rf"(?:{body})", "presid")


def test_empty_list_matches_nothing() -> None:
    assert re.search(trie([]), "anything at all") is None
