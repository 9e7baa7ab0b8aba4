"""Regex source fragments shared by the rule modules (strings, compiled by each rule)."""

from __future__ import annotations

from claimcheck.extract.temporal.lexicon import NUMBER_WORDS
from claimcheck.lang.en.calendar import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS
from claimcheck.lang.en.numbers import CARDINALS, TENS, UNITS


def _abbreviations(names: dict[str, int], full: tuple[str, ...]) -> str:
    """The capitalised abbreviations of a name table as an alternation, longest first ("Sept" before "Sep")."""
    shortened = {name.capitalize() for name in names} - set(full)
    return "|".join(sorted(shortened, key=lambda word: (-len(word), word)))


MONTH_FULL = "|".join(MONTH_NAMES)
MONTH_ABBR = rf"(?:{_abbreviations(MONTHS, MONTH_NAMES)})\.?"
# Month names are matched case-sensitively (capitalised or upper case): "may" and "march"
# in lower case are the verb and the noun.
MONTH = rf"(?:{MONTH_FULL}|{MONTH_FULL.upper()}|{MONTH_ABBR})"
WEEKDAY_FULL = "|".join(WEEKDAY_NAMES)
WEEKDAY_ABBR = rf"(?:{_abbreviations(WEEKDAYS, WEEKDAY_NAMES)})\.?"
# An abbreviated weekday only counts when a comma and a date follow (handled by the date rule).
WEEKDAY_LEAD = rf"(?:(?P<wd>{WEEKDAY_FULL}|{WEEKDAY_ABBR})\s*,?\s+)"
YEAR4 = r"(?P<year>1[0-9]{3}|20[0-9]{2})(?![\d,.]\d|\d|\s*%)"
DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?(?![\d%]|[.,:]\d|\s*-\s*[a-z])"
SEP = r"(?:\s*,\s*|\s+)"
# "early", "mid-", "late", "the end of" ... in front of a date.
POINT_MOD = (
    r"(?:(?P<pmod>early|late|mid-?|the\s+(?:very\s+)?(?:start|beginning|middle|end|close)"
    r"\s+of)\s*)?"
)

_WORDS = sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True)
_MULTI = sorted((w for w in NUMBER_WORDS if " " in w), key=len, reverse=True)
NUM_WORD = "|".join([*(w.replace(" ", r"\s+") for w in _MULTI), *_WORDS])
# A quantity of units: digits (with thousands separators or decimals) or number words,
# including compounds ("twenty-five", "twenty five") and "two and a half".
_TENS = rf"(?:{'|'.join(sorted(TENS, key=CARDINALS.__getitem__))})[\s-](?:{'|'.join(UNITS)})"
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_TENS}|{NUM_WORD})(?:\s+and\s+a\s+half)?"
