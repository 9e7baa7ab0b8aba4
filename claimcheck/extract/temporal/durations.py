"""Durations ("three days", "90-day", "nearly three years", "decades") and sets ("annual")."""

from __future__ import annotations

import re

from claimcheck.extract.temporal.base import Candidate, Context, Rule, value
from claimcheck.extract.temporal.fragments import NUMBER, WEEKDAY_FULL
from claimcheck.extract.temporal.lexicon import (
    DURATION_MODS,
    PARTS_OF_DAY,
    SET_WORDS,
    UNITS,
    WEEKDAYS,
)
from claimcheck.extract.temporal.numbers import format_number, parse_number
from claimcheck.model import Granularity as G

_UNIT = (
    r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|yrs?|decades?"
    r"|centuries|century|millennium|millennia"
)
_QMOD = "|".join(k.replace(" ", r"\s+") for k in sorted(DURATION_MODS, key=len, reverse=True))
_ADJ = (
    r"consecutive|straight|full|long|whole|entire|trading|working|business|calendar|more|additional"
    r"|extra|further|successive|running|unusually\s+\w+"
)
_DURATION = re.compile(
    rf"(?<![\w$£€¥#.,'-])(?:(?P<the>the\s+)?(?P<rel>past|last|next|previous|coming|first|final|following"
    rf"|remaining|initial)\s+)?(?:(?P<qmod>{_QMOD})\s+)?(?P<num>{NUMBER})(?:\s*-\s*|\s+)"
    rf"(?:(?P<adj>{_ADJ})\s+)?(?P<unit>{_UNIT})(?P<old>\s*-\s*old)?"
    rf"(?:\s+(?P<post>straight|running|in\s+a\s+row))?(?![\w-]|-\d)",
)
_RANGE_FIRST = re.compile(
    rf"(?<![\w$£€¥#.,'-])(?P<num>{NUMBER})\s+(?:or|to|and)\s+(?={NUMBER}(?:\s*-\s*|\s+)(?P<unit>{_UNIT})(?!\w))",
)
_VAGUE = re.compile(
    r"(?<![\w-])(?:(?P<q>several|many|few|a\s+few|some|recent|numerous|countless|over\s+the"
    r"|the\s+(?:past|last|next|coming)(?:\s+(?:few|several|many))?)\s+)?"
    r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?P<long>-long)?(?![\w-])",
)
_YEAR_OLD = re.compile(r"(?<![\w-])(?P<unit>year|month|week|day)\s*-\s*old(?!\w)")
_PAST_UNIT = re.compile(
    r"(?<!\w)the\s+(?P<rel>past|coming)\s+(?P<unit>hour|day|week|month|year|decade|century)(?!\w)",
)
_SET_WORD = re.compile(rf"(?<![\w-])(?P<w>{'|'.join(SET_WORDS)})(?![\w-])")
_EVERY = re.compile(
    rf"(?<!\w)(?P<q>every|each|per)\s+(?:(?P<num>other|two|three|four|five|six|\d+)\s+)?"
    rf"(?P<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|afternoon"
    rf"|evening|{WEEKDAY_FULL.lower()})s?(?!\w)",
)
_SET_PREV = frozenset({"once", "twice", "thrice", "times", "million", "billion", "thousand",
                       "hundred", "percent", "%", "trillion"})
_PLURAL_UNITS = {"centuries": "century", "millennia": "millennium"}


def _unit_key(unit: str) -> str:
    """Return the singular unit key of UNITS."""
    unit = unit.lower()
    if unit in _PLURAL_UNITS:
        return _PLURAL_UNITS[unit]
    return unit[:-1] if unit.endswith("s") and unit[:-1] in UNITS else unit


def duration_value(num: float | None, unit: str) -> str:
    """Return the TIMEX3 duration for ``num`` units (``None`` = unspecified, ``X``)."""
    letter, is_time = UNITS[_unit_key(unit)]
    if num is not None and letter == "DE":
        letter, num = "Y", num * 10
    elif num is not None and letter == "CE":
        letter, num = "Y", num * 100
    elif num is not None and unit.lower().startswith("fortnight"):
        num *= 2
    amount = "X" if num is None else format_number(num)
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _is_set_context(ctx: Context, start: int) -> bool:
    """Return True when "a year" follows a count ("15 a year", "twice a year", "$5 a day")."""
    prev = ctx.prev_token(start)
    return bool(prev) and (prev[-1].isdigit() or prev in _SET_PREV)


def _duration(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "three days", "90-day", "nearly five months", "the next four years", "15 a year"."""
    num_text = " ".join(m["num"].lower().split())
    num = parse_number(num_text)
    unit = _unit_key(m["unit"])
    if num is None or num <= 0:
        return None
    if num_text in ("a", "an") and unit in ("second", "quarter"):
        return None  # "a second term", "a quarter of the vote"
    if num_text in ("a", "an") and _is_set_context(ctx, m.start("num")) and not m["qmod"]:
        val = duration_value(1, unit)
        return Candidate(m.start("num"), m.end(), value("SET", val, G.SET))
    if num > 1000 and unit in ("year", "month", "day"):
        return None  # "2008 years" is not a span people write
    mod = DURATION_MODS.get(" ".join((m["qmod"] or "").lower().split()))
    start = m.start("unit") if m["old"] and num_text in ("a", "an") else m.start()
    return Candidate(start, m.end(), value("DURATION", duration_value(num, unit), G.DURATION, mod=mod))


def _range_first(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle the first number of "60 or 90 days", "two to three years" as its own duration."""
    num = parse_number(m["num"])
    if num is None or num <= 0 or m["num"].lower() in ("a", "an"):
        return None
    val = duration_value(num, _unit_key(m["unit"]))
    return Candidate(m.start(), m.end("num"), value("DURATION", val, G.DURATION))


def _vague(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "years", "several months", "decades-long", "recent years" (``PXY``)."""
    return Candidate(m.start(), m.end(), value("DURATION", duration_value(None, m["unit"]), G.DURATION))


def _year_old(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "the year-old conflict" (P1Y)."""
    return Candidate(m.start(), m.end(), value("DURATION", duration_value(1, m["unit"]), G.DURATION))


def _past_unit(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "the past year", "the coming week" as a one-unit duration."""
    return Candidate(m.start(), m.end(), value("DURATION", duration_value(1, m["unit"]), G.DURATION))


def _set_word(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "annual", "weekly", "daily" (TIMEX3 SET)."""
    return Candidate(m.start(), m.end(), value("SET", SET_WORDS[m["w"].lower()], G.SET))


def _every(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "every year", "each month", "every other week", "every Monday", "per day"."""
    unit = m["unit"].lower()
    count = m["num"]
    num = 2.0 if (count or "").lower() == "other" else parse_number(count) if count else 1.0
    if num is None:
        return None
    if unit in WEEKDAYS:
        return Candidate(m.start(), m.end(), value(
            "SET", f"XXXX-WXX-{WEEKDAYS[unit]}", G.SET, weekday=WEEKDAYS[unit]))
    if unit in PARTS_OF_DAY:
        return Candidate(m.start(), m.end(), value("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", G.SET))
    if unit == "weekend":
        return Candidate(m.start(), m.end(), value("SET", "XXXX-WXX-WE", G.SET))
    if unit == "night":
        unit = "day"
    return Candidate(m.start(), m.end(), value("SET", duration_value(num, unit), G.SET))


RULES: tuple[Rule, ...] = (
    Rule("duration", _DURATION, _duration, "unit", lower=True),
    Rule("range_first", _RANGE_FIRST, _range_first, "unit+range", lower=True),
    Rule("vague_duration", _VAGUE, _vague, "plural_unit", lower=True),
    Rule("year_old", _YEAR_OLD, _year_old, "old", lower=True),
    Rule("past_unit", _PAST_UNIT, _past_unit, "the_past", lower=True),
    Rule("set_word", _SET_WORD, _set_word, "set", lower=True),
    Rule("every", _EVERY, _every, "every", lower=True),
)
