"""Numbers written with digits: "1,234.5", "$40bn", "60GB", "21st", "-36"."""

from __future__ import annotations

import re

from claimcheck.extract.numbers import patterns as P
from claimcheck.extract.numbers.context import (
    is_name_or_code,
    left_currency,
    left_qualifier,
    prev_token,
    prev_word,
    range_after,
    scale_after,
    unit_after,
)
from claimcheck.extract.numbers.hit import Hit
from claimcheck.extract.numbers.lexicon import (
    ATTACHED_UNITS,
    MONTHS,
    SCALE_ABBR,
    SCALE_ABBR_MONEY_ONLY,
    YEAR_PREPOSITIONS,
)
from claimcheck.extract.numbers.values import parse_digits

_JOINERS = frozenset(":/.")  # "3:30", "1/2", "1.2.3": times, dates, fractions, versions
_PHONE_SEPARATORS = frozenset(" .-)")
_SPACED_JOINERS = frozenset(":/-\u2013")  # "6 : 07", "05 / 02", "26 - 1" in tokenised text


# A fall told with a minus sign as well: "has fallen by -3.16 %" (a fall of 3.16 %, as another outlet writes it).
_FALL_BY = re.compile(r"\b(?:fallen|fell|falls|fall|dropped|drops|declined|declines|slid|slipped|lost|loses|down|"
                      r"decreased|shrank|plunged|tumbled)\s+(?:by\s+)?$", re.IGNORECASE)


def from_digits(sentence: str, start: int, end: int) -> tuple[Hit | None, int]:
    """Handle a digit core: suffixes, signs, currency, qualifiers, ranges, units, years."""
    raw = sentence[start:end]
    value = parse_digits(raw)
    before = sentence[start - 1] if start else ""
    magnitude = P.MAGNITUDE_BEFORE.search(sentence, max(0, start - 12), start) if before in " \t-\u2010" else None
    if value is None or (before in "/:" and before) or (glued_before(sentence, start) and magnitude is None):
        return None, end
    if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():  # "07", "000": codes, clock parts
        return None, end
    after = sentence[end : end + 2]
    group = P.SPACED_THOUSANDS.match(sentence, end) if after == " ," and raw.isdigit() else None
    if group is not None and len(raw) <= 3:
        raw = raw + "," + ",".join(group.group().replace(" ", "").split(",")[1:])  # "10 , 000"
        value, end = float(raw.replace(",", "")), group.end()
        after = sentence[end : end + 2]
    decimal = P.SPACED_DECIMAL.match(sentence, end) if after == " ." and raw.isdigit() else None
    if decimal is not None:  # "magnitude - 5 . 9": one number in tokenised text
        raw = raw + "." + decimal.group(1)
        value, end = float(raw), decimal.end()
        after = sentence[end : end + 2]
    if after[:1] in _JOINERS and after[1:].isdigit():
        return None, token_end(sentence, end)
    if (after == " :" or after == " /") and P.SPACED_JOIN_AFTER.match(sentence, end):
        return None, end
    if before == " " and start >= 2 and sentence[start - 2] in _SPACED_JOINERS and (
        P.SPACED_JOIN_BEFORE.search(sentence, max(0, start - 6), start)
    ):
        return None, end
    if (after[1:].isdigit() or after[:1] == ")") and after[:1] in _PHONE_SEPARATORS and (
        phone := P.PHONE_AT.match(sentence, start)
    ):
        return None, phone.end()
    hit = Hit(start, end, value, value)
    if magnitude is not None and before:  # "magnitude-6.1": the unit comes first
        hit.start, hit.unit, hit.kind = magnitude.start(), "magnitude", "quantity"
        return digit_tail(sentence, hit, raw, value)
    suffix = attached_suffix(sentence, hit) if after[:1].isalpha() or after[:1] in "'\"″" else ""
    if suffix == "reject":
        return None, token_end(sentence, end)
    if suffix == "ordinal":
        return digit_ordinal(sentence, hit)
    if before and before in "-\u2212" and (start == 1 or sentence[start - 2] in " (["):  # "" is in every string
        hit.start = start - 1
        if not _FALL_BY.search(sentence, max(0, start - 40), start - 1):
            hit.low = hit.high = -value  # "-5 degrees"; but "has fallen by -3.16 %" is a fall of 3.16 %
    token, spaced = prev_token(sentence, hit.start)
    # Fast path: after a plain lower-case word there is no currency, qualifier or name to find.
    plain = spaced and token.isalpha() and token.islower() and token not in P.QUALIFIER_LAST_WORDS
    if not plain and not left_currency(sentence, hit):
        return None, end
    if suffix in SCALE_ABBR:
        if suffix in SCALE_ABBR_MONEY_ONLY and hit.currency is None:
            if suffix != "m":
                return None, hit.end
            hit.unit, hit.kind = "m", "quantity"
        else:
            hit.factor = SCALE_ABBR[suffix]
            hit.low, hit.high, hit.scaled = hit.low * hit.factor, hit.high * hit.factor, True
    if not plain:
        left_qualifier(sentence, hit)
        no_context = hit.currency is None and hit.qualifier in (None, "between", "from")
        if no_context and is_name_or_code(sentence, hit.start):
            return None, end
    return digit_tail(sentence, hit, raw, value)


def digit_tail(sentence: str, hit: Hit, raw: str, value: float) -> tuple[Hit | None, int]:
    """Finish a digit hit: scale, time check, range, unit, then the year rule."""
    cats = P.following(sentence, hit.end)
    if "scale" in cats and not hit.scaled and not hit.unit:
        factor = scale_after(sentence, hit)
        hit.low, hit.high = hit.low * factor, hit.high * factor
        cats = P.following(sentence, hit.end)
    if "time" in cats and P.TIME_AFTER.match(sentence, hit.end):
        return None, hit.end
    if "range" in cats:
        ranged = range_after(sentence, hit, integer="." not in raw)
        if ranged is None:
            return None, P.RANGE_AFTER.match(sentence, hit.end).end()  # type: ignore[union-attr]
        if ranged and P.TIME_AFTER.match(sentence, hit.end):
            return None, hit.end
    if "month" in cats and raw.isdigit() and len(raw) <= 2 and int(raw) <= 31 and P.NEXT_MONTH.match(sentence, hit.end):
        return None, hit.end
    if not hit.unit and not unit_after(sentence, hit):
        return None, hit.end
    if is_year(sentence, hit, raw, value) or is_model_number(sentence, hit, raw):
        return None, hit.end
    return hit, hit.end


def is_model_number(sentence: str, hit: Hit, raw: str) -> bool:
    """Return True for a bare integer after a capitalised possessive ("Boeing's 787")."""
    if not raw.isdigit() or hit.kind != "number" or hit.scaled or hit.is_range:
        return False
    if hit.qualifier is not None and hit.qualifier not in ("between", "from"):
        return False
    token, _ = prev_token(sentence, hit.start)
    if not token.endswith(("'s", "\u2019s")):
        return False
    return P.LEFT_POSSESSIVE.search(sentence, max(0, hit.start - 40), hit.start) is not None


def is_year(sentence: str, hit: Hit, raw: str, value: float) -> bool:
    """Return True when a bare 4-digit number stands as a year (see module docstring)."""
    if len(raw) != 4 or not raw.isdigit() or hit.kind != "number" or hit.scaled:
        return False
    if hit.qualifier is not None and hit.qualifier not in ("between", "from"):
        return False
    if 1900 <= value <= 2099:
        return True
    word = prev_word(sentence, hit.start).lower()
    return 1000 <= value <= 1899 and word in YEAR_PREPOSITIONS


def glued_before(sentence: str, start: int) -> bool:
    """Return True for digits glued to a code before them ("F-16", "COVID-19", "#1")."""
    if start == 0:
        return False
    before = sentence[start - 1]
    if before == "#":
        return True
    return before in "-\u2010" and start >= 2 and sentence[start - 2].isalnum()


def token_end(sentence: str, pos: int) -> int:
    """Return the end of the whitespace-free token running through ``pos``."""
    while pos < len(sentence) and not sentence[pos].isspace():
        pos += 1
    return pos


def attached_suffix(sentence: str, hit: Hit) -> str:
    """Consume letters glued to the digits: "ordinal", a scale abbreviation, a unit, or "reject"."""
    found = P.ATTACHED.match(sentence, hit.end)
    if found is None:
        return ""
    suffix = found.group()
    tail = sentence[found.end() : found.end() + 1]
    if tail.isalnum():
        return "reject"
    hit.end = found.end()
    if suffix.lower() in ("st", "nd", "rd", "th") and float(hit.low).is_integer():
        return "ordinal"
    if suffix in SCALE_ABBR:
        return suffix
    if suffix in ATTACHED_UNITS or suffix in ('"', "″", "''"):
        canonical, _, _ = P.MEASURE_LOOKUP[suffix.lower()]
        hit.unit, hit.kind = canonical, "quantity"
        return "unit"
    if suffix == "p":
        hit.low, hit.high, hit.currency = hit.low / 100, hit.high / 100, "GBP"
        return "unit"
    return "reject"


def digit_ordinal(sentence: str, hit: Hit) -> tuple[Hit | None, int]:
    """Finish "21st": drop it in dates, before time units and inside names ("5th Avenue")."""
    if near_month(sentence, hit) or P.TIME_AFTER.match(sentence, hit.end):
        return None, hit.end
    if P.CAPITALISED_AFTER.match(sentence, hit.end):
        return None, hit.end
    hit.kind, hit.unit = "ordinal", "ordinal"
    return hit, hit.end


def near_month(sentence: str, hit: Hit) -> bool:
    """Return True when a month name is right before or after the hit (a date)."""
    word = prev_word(sentence, hit.start)
    if word and word[0].isupper() and word.lower().rstrip(".") in MONTHS:
        return True
    return P.NEXT_MONTH.match(sentence, hit.end) is not None
