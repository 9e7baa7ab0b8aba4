"""What the event kinds share (event date, event place, event quantity).

A value tied to the nearest event word of its clause meets the values of the same event key in the other articles of its
story.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from claimcheck.align.sameness import same_clause, same_context
from claimcheck.kinds.base import GroupKey, Kind, Params
from claimcheck.model import Claim
from claimcheck.ruleset import Rule, RuleSet

WINDOW: dict[str, Any] = {"type": "integer", "minimum": 0, "default": 6,
                          "description": "the most words between a value and the event word it belongs to"}


class EventKind(Kind):
    """A value of an event: grouped by event key, compared within a story."""

    params: ClassVar[Params] = {"window_words": WINDOW}
    one_value_per_document = True  # an article giving one kind of event two values speaks of several such events

    def keys(self, claim: Claim, rule: Rule, rules: RuleSet) -> list[GroupKey]:
        """One group per event key (within stories)."""
        return [(rule.code, "story", claim.event)] if claim.event else []

    def same_thing(self, a: Claim, b: Claim, countries: Mapping[str, frozenset[str]]) -> bool:
        """The same event: one place, shared participants, near-identical words around the values."""
        return same_context(a, b, countries)

    def gives_two_values(self, a: Claim, b: Claim) -> bool:
        """A document that gives one kind of event two values (its words tie both to an event, or one clause)."""
        return self.conflicts(a, b) and (bool(a.event or b.event) or same_clause(a, b))
