"""Shared types of the temporal rules: the per-sentence context and a candidate mention."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from claimcheck.extract.temporal.anchor import is_future
from claimcheck.model import Granularity, TimeValue


class Candidate(NamedTuple):
    """A proposed mention in sentence coordinates; ``value`` None blocks the span silently."""

    start: int
    end: int
    value: TimeValue | None
    anaphoric: bool = False  # its day is the publication date only for want of a closer one


@dataclass(slots=True)
class Context:
    """One sentence being analysed and its publication date."""

    sentence: str
    published: dt.date | None
    lower: str = ""  # the sentence lowercased, same length (set by the driver)
    _future: dict[tuple[int, int], bool] = field(default_factory=dict)

    def future(self, start: int, end: int) -> bool:
        """Return True when the sentence speaks of the future around the span (cached)."""
        key = (start, end)
        if key not in self._future:
            self._future[key] = is_future(self.sentence, start, end)
        return self._future[key]

    def prev_token_raw(self, index: int) -> str:
        """Return the whitespace-delimited token ending before ``index`` as written."""
        s = self.sentence
        j = index
        while j > 0 and s[j - 1].isspace():
            j -= 1
        i = j
        while i > 0 and not s[i - 1].isspace():
            i -= 1
        return s[i:j]

    def prev_token(self, index: int) -> str:
        """Return the lowercased whitespace-delimited token ending before ``index``."""
        return self.prev_token_raw(index).lower()

    def next_token(self, index: int) -> str:
        """Return the lowercased whitespace-delimited token starting after ``index``."""
        return self.next_token_raw(index).lower()

    def next_token_raw(self, index: int) -> str:
        """Return the whitespace-delimited token starting after ``index`` as written."""
        s = self.sentence
        n = len(s)
        i = index
        while i < n and s[i].isspace():
            i += 1
        j = i
        while j < n and not s[j].isspace():
            j += 1
        return s[i:j]


Handler = Callable[[re.Match[str], Context], "list[Candidate] | Candidate | None"]


class Rule(NamedTuple):
    """A compiled pattern, the handler turning a match into candidates, and a cheap trigger."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    trigger: str  # keys of cheap pre-checks in ``core.TRIGGERS`` ("a+b": all must match)
    lower: bool = False  # match against the lowercased sentence (much faster than IGNORECASE)


def value(
    type_: str,
    val: str,
    gran: Granularity,
    *,
    weekday: int | None = None,
    anchored: bool = True,
    mod: str | None = None,
) -> TimeValue:
    """Build a TimeValue (short alias used by the rules)."""
    return TimeValue(type_, val, gran, weekday=weekday, anchored=anchored, mod=mod)
