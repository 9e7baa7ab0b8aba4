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


# Patterns rewritten to start with a character class (lookbehind moved after the first character, for speed),
# beside the readable form they replace: they must find the same spans.
_OLD_PART = (r"(?:[A-Z]\.|[A-Z] \.(?= [A-Z])|[A-Z]['’][A-Z][a-z]+|[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:[-'’][A-Z]?[a-z]+)*"
             r"|[A-Z]{2,}(?![a-z]))")
NEWS_TEXT = st.text(alphabet="ABNOTUSWaehinorst .,-'’“\t\n", max_size=80)


def _rewritten() -> list[tuple[str, re.Pattern[str]]]:
    from claimcheck.extract import _PROPER, entities, events, names, organisations
    from claimcheck.kinds import generic

    particle = names._PARTICLE
    return [
        (rf"(?<![\w’'-]){_OLD_PART}(?:[ \t]+(?:{particle}[ \t]+)?{_OLD_PART})*", names.CAPITALISED),
        (r"(?<![\w’'-])[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w’'&.-]*){0,6}", organisations._NAMED),
        (r"(?<![\w.])[A-Z]{2,6}(?![\w])|(?<![\w.])(?:[A-Z]\.){2,4}", organisations._ACRONYM),
        (r"\b[Tt]he\s+(?P<head>" + organisations._DESCRIPTION.pattern.split("(?P<head>", 1)[1],
         organisations._DESCRIPTION),
        (r"(?<![\w’'])[A-Z][\w’'-]+", _PROPER),
        (r"(?<![\w’'])[A-Z][\w’'-]+", generic._PROPER),
        (r"(?<![\w’'])[a-z][a-z’'-]*", entities._LOWER_WORD),
        (r"(?<![\w’'])[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", events._PLACE_WORD),
    ]


@settings(max_examples=300, deadline=None)
@given(NEWS_TEXT)
def test_fast_forms_find_what_the_readable_forms_find(text: str) -> None:
    for readable, fast in _rewritten():
        expected = [m.span() for m in re.finditer(readable, text)]
        assert [m.span() for m in fast.finditer(text)] == expected, (fast.pattern, text)


def test_fast_forms_on_edge_cases() -> None:
    for text in ("U.S. and U.N.", "x.AB NATO-led", "’Tis O’Neil", "W . Bush met de la Cruz", "the Ministry", "aThe x"):
        for readable, fast in _rewritten():
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(readable, text)]
