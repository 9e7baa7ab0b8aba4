"""When two claims of one group, from different documents, speak of the same thing.

The event kinds ask for the same place, shared participants and similar words around the values; claims no
frame took (and counts tied to no event word) ask for near-identical clauses.
"""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claimcheck.model import Claim

CONTEXT_CUTOFF = 55.0
_CONTEXT_WORDS = 6
GENERIC_CUTOFF = 85.0
GENERIC_WORDS = 3


def same_context(a: Claim, b: Claim, countries: Mapping[str, frozenset[str]]) -> bool:
    """Whether two event dates, places or counts can be of one event.

    They must be able to be in one place, must not name different people (speakers aside), and the words around
    the values must say much the same (fuzzy, the values left out).
    """
    if not same_place(a, b, countries):
        return False
    who_a, who_b = set(a.participants) - {a.speaker}, set(b.participants) - {b.speaker}
    if who_a and who_b and not who_a & who_b:
        return False  # "$8 million left on O'Brien's contract" is not Brand's "$82 million deal"; speakers aside
    score = fuzz.token_set_ratio(around(a), around(b), processor=default_process)
    return score >= CONTEXT_CUTOFF


def same_place(a: Claim, b: Claim, countries: Mapping[str, frozenset[str]]) -> bool:
    """Whether two values can be in the same country (an unplaced one: in any its article names)."""
    where_a, where_b = frozenset(a.countries), frozenset(b.countries)
    if bool(where_a) != bool(where_b):  # one clause names a country: the other value is in one its article names
        where_a = where_a or countries.get(a.document, where_a)
        where_b = where_b or countries.get(b.document, where_b)
    # an earthquake "in eastern China" is not the one "off Iran's coast" (or in an article on Iran)
    return not (where_a and where_b and not where_a & where_b)


def around(claim: Claim, words: int = _CONTEXT_WORDS) -> str:
    """The words on either side of a value in its clause, without the value itself."""
    text = claim.predicate
    at = text.find(claim.text)
    if at < 0:
        return text
    before = text[:at].split()[-words:]
    after = text[at + len(claim.text) :].split()[:words]
    return " ".join(before + after)


def same_statement(a: Claim, b: Claim) -> bool:
    """Whether two claims no frame took make one statement.

    Their clauses, values left out, must be near-identical and name the same things.
    """
    return bool(set(a.participants) & set(b.participants)) and same_place(a, b, {}) and same_clause(a, b)


def same_clause(a: Claim, b: Claim) -> bool:
    """Near-identical clauses, values left out, with the same words right beside the values."""
    if a.background != b.background:
        return False
    left, right = a.predicate.replace(a.text, " "), b.predicate.replace(b.text, " ")
    if left != right and not fuzz.token_sort_ratio(left, right, processor=default_process,
                                                    score_cutoff=GENERIC_CUTOFF):
        return False
    # One clause holds several values ("boarded two vessels to nab 26 Somali and 23 Yemeni pirates"): the words
    # right beside each value say which of them is which.
    near_a, near_b = around(a, GENERIC_WORDS), around(b, GENERIC_WORDS)
    return near_a == near_b or bool(fuzz.ratio(near_a, near_b, processor=default_process, score_cutoff=GENERIC_CUTOFF))
