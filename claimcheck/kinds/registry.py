"""The one table of claim kinds, as ruff's ``codes.rs`` or spaCy's factories: rules name a kind from it."""

from __future__ import annotations

from pathlib import Path

from claimcheck.kinds.age import AGE
from claimcheck.kinds.base import Kind
from claimcheck.kinds.event_date import EVENT_DATE
from claimcheck.kinds.event_place import EVENT_PLACE
from claimcheck.kinds.generic import GENERIC
from claimcheck.kinds.office_holder import OFFICE_HOLDER
from claimcheck.kinds.office_title import OFFICE_TITLE
from claimcheck.kinds.outcome import OUTCOME
from claimcheck.kinds.quantity import QUANTITY
from claimcheck.kinds.tenure import TENURE
from claimcheck.ruleset import RuleSet, load_ruleset

KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    TENURE, AGE, EVENT_DATE, EVENT_PLACE, OUTCOME, QUANTITY, GENERIC, OFFICE_TITLE, OFFICE_HOLDER)}


def load_rules(directory: Path | None = None) -> RuleSet:
    """The rules of ``directory`` (None: the shipped rules), each with its kind's component."""
    return load_ruleset(directory, KINDS)
