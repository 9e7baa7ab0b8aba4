"""Relative expressions: weekdays, today/yesterday, last/next week, ago, "the day", refs.

Without a publication date nothing is invented: the value keeps the expression's granularity
with ``X`` placeholders (``XXXX-XX-XX`` for "yesterday", ``XXXX-WXX`` for "last week",
``XXXX-XX`` for "last month", ``XXXX`` for "last year", ``XXXX-WXX-3`` for "Wednesday") and
``anchored`` is False. PRESENT_REF / PAST_REF / FUTURE_REF need no anchor.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extract.temporal.anchor import (
    add_months,
    iso_week,
    shift_quarter,
    weekday_date,
)
from claimcheck.extract.temporal.base import Candidate, Context, Rule, value
from claimcheck.extract.temporal.fragments import NUMBER, WEEKDAY_FULL
from claimcheck.extract.temporal.lexicon import (
    DURATION_MODS,
    PARTS_OF_DAY,
    POINT_MODS,
    REF_WORDS,
    WEEKDAYS,
)
from claimcheck.extract.temporal.numbers import parse_number
from claimcheck.model import Granularity as G

_POD = r"morning|afternoon|evening|night|overnight"
_WEEKDAY = re.compile(
    rf"(?<![\w-])(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id)\s+)?(?P<wd>{WEEKDAY_FULL})"
    rf"(?P<plural>s)?(?:\s+(?P<pod>{_POD}))?(?!\w)"
)
_REL_DAY = re.compile(
    rf"(?<!\w)(?:(?P<pre>earlier|later|late|early)\s+)?(?:the\s+day\s+(?P<dir>before|after)\s+)?"
    rf"(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<pod>{_POD}))?(?!\w)",
)
_THIS_POD = re.compile(rf"(?<!\w)(?P<rel>this|last)\s+(?P<pod>{_POD})(?!\w)")
_REL_UNIT = re.compile(
    r"(?<!\w)(?:(?P<pre>earlier|later|early|late|mid-?|the\s+(?:very\s+)?(?:start|beginning"
    r"|middle|end|close)\s+of)\s*)?(?:(?P<the>the)\s+)?(?P<rel>last|this|next|previous|coming|current)\s+"
    r"(?P<unit>week|weekend|month|year|quarter|decade|century)(?!\w)"
    r"|(?<!\w)(?P<pre2>the\s+(?:very\s+)?(?:start|beginning|middle|end|close)\s+of)\s+"
    r"the\s+(?P<unit2>week|month|year)(?!\w)",
)
_WEEKEND = re.compile(r"(?<!\w)the\s+weekend(?!\w)")
_AGO = re.compile(
    rf"(?<![\w$£€¥.,-])(?:(?P<qmod>about|around|some|nearly|almost|more\s+than|over|less\s+than|roughly"
    rf"|approximately|just|only)\s+)?(?P<num>{NUMBER})[\s-]+(?P<unit>minute|hour|day|week|fortnight|month|year"
    rf"|decade)s?"
    rf"\s+ago(?!\w)",
)
_REF_ALTS = "|".join(w.replace(" ", r"\s+") for w in sorted(REF_WORDS, key=len, reverse=True))
_REF = re.compile(rf"(?<![\w-])(?P<w>{_REF_ALTS})(?![\w-])")
_THE_DAY = re.compile(
    r"(?<!\w)(?:(?P<pre>late|early)\s+in\s+|(?P<part>the\s+(?:start|end|beginning|close)\s+of)\s+)?"
    r"(?:[Tt]he|[Tt]hat)\s+(?:same\s+|very\s+)?day(?!\w)"
)
# "the day of the vote", "the day after the election", "the day he died": not the reported day
_NOT_THE_DAY = frozenset({"of", "when", "that", "before", "after", "which", "in", "on", "he", "she", "they",
                          "it", "we", "i", "you", "his", "her", "their", "for", "to"})


def _weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "Wednesday", "last Friday", "Thursday night", "late Thursday", "Mondays"."""
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if m["plural"]:
        return Candidate(m.start(), m.end(), value("SET", f"XXXX-WXX-{wd}", G.SET, weekday=wd))
    mod = POINT_MODS.get(rel)
    if ctx.published is None:
        val = f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        gran = G.PART_OF_DAY if pod else G.WEEKDAY
        return Candidate(m.start(), m.end(), value(
            "TIME" if pod else "DATE", val, gran, weekday=wd, anchored=False, mod=mod))
    relation = {"last": "last", "next": "next", "this": "future"}.get(rel)  # "this Friday": upcoming
    if relation is None:
        relation = "future" if ctx.future(m.start(), m.end()) else "past"
    date = weekday_date(ctx.published, wd, relation)
    if pod:
        return Candidate(m.start(), m.end(), value(
            "TIME", f"{date.isoformat()}T{pod}", G.PART_OF_DAY, weekday=wd, mod=mod))
    return Candidate(m.start(), m.end(), value("DATE", date.isoformat(), G.DAY, weekday=wd, mod=mod))


def _rel_day(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "today", "earlier today", "yesterday morning", "tonight", "the day before yesterday"."""
    word = m["w"].lower()
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    if m["dir"]:
        shift += -1 if m["dir"].lower() == "before" else 1
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if word == "tonight" else None)
    pre = (m["pre"] or "").lower()
    mod = POINT_MODS.get(pre)
    if ctx.published is None:
        base = "XXXX-XX-XX"
        anchored = False
    else:
        base = (ctx.published + dt.timedelta(days=shift)).isoformat()
        anchored = True
    if pod:
        return Candidate(m.start(), m.end(), value(
            "TIME", f"{base}T{pod}", G.PART_OF_DAY, anchored=anchored, mod=mod))
    return Candidate(m.start(), m.end(), value("DATE", base, G.DAY, anchored=anchored, mod=mod))


def _this_pod(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "this morning", "last night"."""
    pod = PARTS_OF_DAY[m["pod"].lower()]
    last = m["rel"].lower() == "last"
    if last and pod != "NI":
        return None
    if ctx.published is None:
        return Candidate(m.start(), m.end(), value(
            "TIME", f"XXXX-XX-XXT{pod}", G.PART_OF_DAY, anchored=False))
    day = ctx.published - dt.timedelta(days=1 if last else 0)
    return Candidate(m.start(), m.end(), value("TIME", f"{day.isoformat()}T{pod}", G.PART_OF_DAY))


_UNIT_GRAN = {"week": G.WEEK, "weekend": G.WEEK, "month": G.MONTH, "year": G.YEAR,
              "quarter": G.QUARTER, "decade": G.DECADE, "century": G.CENTURY}
_UNANCHORED = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
               "quarter": "XXXX-QX", "decade": "XXXX", "century": "XXXX"}


def _unit_value(pub: dt.date, unit: str, delta: int) -> str:
    """Return the TIMEX3 value of the calendar unit ``delta`` units from the publication date."""
    if unit == "week":
        return iso_week(pub + dt.timedelta(days=7 * delta))
    if unit == "weekend":
        return iso_week(pub + dt.timedelta(days=7 * delta)) + "-WE"
    if unit == "month":
        year, month = add_months(pub.year, pub.month, delta)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        return shift_quarter(pub, delta)
    if unit == "decade":
        return f"{pub.year // 10 + delta:03d}X"
    if unit == "century":
        return f"{pub.year // 100 + delta:02d}XX"
    return f"{pub.year + delta:04d}"


def _rel_unit(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "last week", "this month", "earlier this month", "the end of next year"."""
    unit = (m["unit"] or m["unit2"]).lower()
    rel = (m["rel"] or "this").lower()  # "the end of the year": the current one
    delta = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    pre = (m["pre"] or m["pre2"] or "").lower()
    mod = None if pre in ("earlier", "later") else next((v for k, v in POINT_MODS.items() if k in pre), None)
    if ctx.published is None:
        return Candidate(m.start(), m.end(), value(
            "DATE", _UNANCHORED[unit], _UNIT_GRAN[unit], anchored=False, mod=mod))
    return Candidate(m.start(), m.end(), value(
        "DATE", _unit_value(ctx.published, unit, delta), _UNIT_GRAN[unit], mod=mod))


def _weekend(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "the weekend": the one just past, or the coming one in a future sentence."""
    if ctx.published is None:
        return Candidate(m.start(), m.end(), value("DATE", "XXXX-WXX-WE", G.WEEK, anchored=False))
    pub = ctx.published
    if pub.isoweekday() >= 6 or ctx.future(m.start(), m.end()):
        week = iso_week(pub)
    else:
        week = iso_week(pub - dt.timedelta(days=7))
    return Candidate(m.start(), m.end(), value("DATE", f"{week}-WE", G.WEEK))


def _ago(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "two days ago" (a date), "three years ago" (a year), "a week ago" (a date)."""
    num = parse_number(m["num"])
    if num is None or num != int(num):
        return None
    n = int(num)
    unit = m["unit"].lower()
    mod = DURATION_MODS.get(" ".join((m["qmod"] or "").lower().split()))
    pub = ctx.published
    if unit in ("minute", "hour"):
        return None  # needs the time of publication
    if pub is None:
        gran = {"month": G.MONTH, "year": G.YEAR, "decade": G.DECADE}.get(unit, G.DAY)
        unanchored = {G.MONTH: "XXXX-XX", G.YEAR: "XXXX", G.DECADE: "XXXX"}.get(gran, "XXXX-XX-XX")
        return Candidate(m.start(), m.end(), value("DATE", unanchored, gran, anchored=False, mod=mod))
    if unit in ("day", "week", "fortnight"):
        day = pub - dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
        return Candidate(m.start(), m.end(), value("DATE", day.isoformat(), G.DAY, mod=mod))
    if unit == "month":
        year, month = add_months(pub.year, pub.month, -n)
        return Candidate(m.start(), m.end(), value("DATE", f"{year:04d}-{month:02d}", G.MONTH, mod=mod))
    if unit == "decade":
        return Candidate(m.start(), m.end(), value(
            "DATE", f"{(pub.year - 10 * n) // 10:03d}X", G.DECADE, mod=mod))
    return Candidate(m.start(), m.end(), value("DATE", f"{pub.year - n:04d}", G.YEAR, mod=mod))


def _ref(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "now", "currently", "recently", "the past", "in the coming months", "soon"."""
    word = " ".join(m["w"].lower().split())
    if word == "now" and ctx.sentence[m.end():m.end() + 1] == "-":
        return None
    before, after = ctx.sentence[max(0, m.start() - 3) : m.start()], ctx.sentence[m.end() : m.end() + 3]
    if before.lower() == "as " and after == " as":
        return None  # "as soon as possible", "as now as ever": a manner, not a time
    start = m.start()
    if word.startswith("in the "):
        start = m.start() + len(m["w"]) - len(m["w"][3:].lstrip())  # span without "in"
    return Candidate(start, m.end(), value("DATE", REF_WORDS[word], G.REF))


def _the_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "the day", "that day", "the same day", "late in the day" (the day last mentioned)."""
    if not m["pre"] and (ctx.next_token(m.end()) in _NOT_THE_DAY
                         or ctx.prev_token(m.start()) in ("during", "all", "per", "of", "throughout")):
        return None  # "the day of the vote", "during the day" (daytime)
    mod = POINT_MODS.get((m["pre"] or "").lower()) or (
        next((v for k, v in POINT_MODS.items() if k in m["part"].lower()), None) if m["part"] else None)
    if ctx.published is None:
        unanchored = value("DATE", "XXXX-XX-XX", G.DAY, anchored=False, mod=mod)
        return Candidate(m.start(), m.end(), unanchored, anaphoric=True)
    day = value("DATE", ctx.published.isoformat(), G.DAY, mod=mod)
    return Candidate(m.start(), m.end(), day, anaphoric=True)


RULES: tuple[Rule, ...] = (
    Rule("weekday", _WEEKDAY, _weekday, "weekday"),
    Rule("rel_day", _REL_DAY, _rel_day, "relday", lower=True),
    Rule("this_pod", _THIS_POD, _this_pod, "pod", lower=True),
    Rule("rel_unit", _REL_UNIT, _rel_unit, "unit+rel", lower=True),
    Rule("weekend", _WEEKEND, _weekend, "weekend", lower=True),
    Rule("ago", _AGO, _ago, "ago", lower=True),
    Rule("ref", _REF, _ref, "ref", lower=True),
    Rule("the_day", _THE_DAY, _the_day, "day"),
)
