"""A finding's confidence: its kind's level, lowered by what the evidence leaves open."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.align.incidents import THRESHOLD
from claimcheck.align.people import PeopleIndex
from claimcheck.kinds.base import Kind
from claimcheck.model import Claim, Comparison, Qualifier, Reason

# What lowers a finding's confidence, and by how much.
WEEKDAYS_ONLY = 0.85  # an undated article's weekday, compared as a weekday: the outlet may mean publication day
HEDGED = 0.7  # "expected to", "reportedly": the outlet itself is unsure
OTHER_SOURCES = 0.85  # the outlets quote different sources: each may report its source faithfully
BROAD_ROLE = 0.9  # a tenure of a title that can name many offices ("leader")


def confidence(kind: Kind, claims: Sequence[Claim], comparisons: Sequence[Comparison], people: PeopleIndex,
               match: float | None = None) -> float:
    """The kind's confidence level, scaled by what weakens the finding.

    The incident match, the name match, weekday-only comparison, hedging and sources scale it.
    """
    score = kind.confidence.score
    if match is not None:  # a weak incident match (just above the threshold) lowers it by a fifth at most
        score *= min(1.0, 0.8 + 0.2 * max(0.0, match - THRESHOLD) / THRESHOLD)
    if kind.name_matched:
        score *= min((people.score.get(c.subject or "", 100.0) for c in claims), default=100.0) / 100
    if any(c.reason in (Reason.AS_WEEKDAYS, Reason.WEEKDAY_OF_DATE) for c in comparisons):
        score *= WEEKDAYS_ONLY
    if any(Qualifier.HEDGED in c.qualifiers for c in claims):
        score *= HEDGED
    if len({c.speaker for c in claims if c.speaker}) > 1:
        score *= OTHER_SOURCES
    if any(c.role is not None and len(c.role.offices) > 2 for c in claims):
        score *= BROAD_ROLE
    return round(score, 2)
