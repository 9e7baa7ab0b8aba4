"""A mention under construction, and how it is frozen into a ``Mention``."""

from __future__ import annotations

import math
from dataclasses import dataclass

from claimcheck.extract.numbers.lexicon import QUALIFIERS
from claimcheck.extract.numbers.values import interval, normalized, tidy
from claimcheck.model import Mention, Quantity, Span


@dataclass(slots=True)
class Hit:
    """A mention under construction, in sentence coordinates."""

    start: int
    end: int
    low: float
    high: float
    kind: str = "number"
    unit: str = ""
    qualifier: str | None = None
    qualifier_start: int = -1
    approximate: bool = False
    currency: str | None = None
    scaled: bool = False
    factor: float = 1.0
    is_range: bool = False



def to_mention(sentence: str, offset: int, hit: Hit) -> Mention:
    """Freeze a hit into a Mention in document coordinates."""
    text = sentence[hit.start : hit.end]
    span = Span(offset + hit.start, offset + hit.end)
    low, high = float(hit.low), float(hit.high)
    if math.isinf(high):  # "dozens", "scores": a lower bound only
        qty = Quantity(low, None, hit.unit, hit.qualifier, approximate=True)
        return Mention(span, text, hit.kind, normalized(qty), qty)
    if hit.qualifier is None and not hit.is_range:  # the common case: one exact value
        qty = Quantity(low, high, hit.unit, None, hit.approximate)
        return Mention(span, text, hit.kind, normalized(qty), qty)
    qualifier = hit.qualifier if hit.qualifier not in ("from", "between") else None
    if hit.is_range and qualifier is None and not hit.approximate:
        qualifier = "range"
    qty = Quantity(low, high, hit.unit, qualifier, hit.approximate)
    if not hit.is_range and qualifier in QUALIFIERS:
        base = interval(low, qualifier)
        qty = Quantity(base.low, base.high, hit.unit, qualifier, base.approximate or hit.approximate)
    elif hit.is_range and QUALIFIERS.get(hit.qualifier or "") == "approx":
        qty = Quantity(tidy(low * 0.9), tidy(high * 1.1), hit.unit, qualifier, approximate=True)
    return Mention(span, text, hit.kind, normalized(qty), qty)
