"""Comparing quantities: same unit family, and whether two values can both be true.

Rounding rule: an exactly written value ``x`` stands for every value that rounds to it at the
precision it was written with, where precision is the place of its last significant digit
but never coarser than two significant digits. "190 billion" covers [185e9, 195e9) (so it
agrees with "189.3 billion"); "100" covers [95, 105]; "58" covers [57.5, 58.5]. Qualified values
("about", "at least", "nearly"...) are already intervals and are compared as written.
"""

from __future__ import annotations

import math
from decimal import Decimal
from functools import lru_cache

from claimcheck.extract.numbers.lexicon import MEASURE_UNITS
from claimcheck.extract.numbers.values import fmt
from claimcheck.lang.en.currencies import CURRENCIES
from claimcheck.model import Quantity

# Units outside MEASURE_UNITS that share a family: unit -> (family, factor).
_SPECIAL: dict[str, tuple[str, float]] = {
    "%": ("ratio", 1.0),
    "fraction": ("ratio", 100.0),
    "pp": ("pp", 1.0),
    "bp": ("pp", 0.01),
    "ordinal": ("ordinal", 1.0),
}


def family(unit: str) -> tuple[str, float]:
    """Return (unit family, factor to the family's base unit) for a unit string."""
    if unit in _SPECIAL:
        return _SPECIAL[unit]
    if unit in CURRENCIES:
        return f"money:{unit}", 1.0
    if unit in MEASURE_UNITS:
        _, fam, factor = MEASURE_UNITS[unit]
        return fam, factor
    return f"count:{unit}", 1.0


def comparable(a: Quantity, b: Quantity) -> bool:
    """Return True when both quantities measure the same kind of thing in convertible units.

    A bare number (unit "") is comparable with a counted noun ("58" vs "86 people"), never with
    money, percentages, ordinals or measurements. Different currencies are not comparable.
    """
    fam_a, _ = family(a.unit)
    fam_b, _ = family(b.unit)
    if fam_a == fam_b:
        return True
    both_counts = fam_a.startswith("count:") and fam_b.startswith("count:")
    return both_counts and "count:" in (fam_a, fam_b)


@lru_cache(maxsize=65536)  # every pair of values asks it of both; few distinct values
def precision(value: float) -> float:
    """Return the place value of the last significant digit, at least two significant digits."""
    if value == 0 or not math.isfinite(value):
        return 1.0
    exponent = Decimal(fmt(value)).normalize().as_tuple().exponent
    written = 10.0 ** int(exponent)
    two_digits = 10.0 ** (math.floor(math.log10(abs(value))) - 1)
    return min(written, two_digits)


def _bounds(q: Quantity) -> tuple[float, float]:
    """Return the closed interval a quantity allows, in its family's base unit."""
    _, factor = family(q.unit)
    low = -math.inf if q.low is None else q.low
    high = math.inf if q.high is None else q.high
    if not q.approximate and q.qualifier in (None, "range"):
        if q.low is not None:
            low -= precision(q.low) / 2
        if q.high is not None:
            high += precision(q.high) / 2
    return low * factor, high * factor


def agrees(a: Quantity, b: Quantity) -> bool:
    """Return True when both quantities can be true at once (rounding-aware overlap).

    Raises ValueError when the quantities are not ``comparable``: call that first.
    """
    if not comparable(a, b):
        raise ValueError(f"quantities in {a.unit!r} and {b.unit!r} are not comparable")
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    if a_low == a_high or b_low == b_high or a.qualifier or b.qualifier:
        # A degenerate interval, or a qualified value ("over 100" and "nearly 100" touch): closed comparison.
        return a_low <= b_high and b_low <= a_high
    # Half-open: "190" covers [185, 195) and "180" covers [175, 185), so they do not meet.
    return a_low < b_high and b_low < a_high
