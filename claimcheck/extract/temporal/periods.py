"""Calendar periods: seasons, quarters, half-years, weeks of a month and holidays.

Without a publication date the year is left as ``XXXX`` and ``anchored`` is False.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extract.temporal.anchor import (
    add_months,
    iso_week,
    month_day_year,
    month_year,
    quarter_year,
    season_year,
    shift_quarter,
)
from claimcheck.extract.temporal.base import Candidate, Context, Rule, value
from claimcheck.extract.temporal.fragments import MONTH_FULL, YEAR4
from claimcheck.extract.temporal.lexicon import MONTHS, ORDINALS, POINT_MODS, SEASONS
from claimcheck.model import Granularity as G

_SEASON = re.compile(
    rf"(?<!\w)(?:(?P<rel>last|this|next|early|late|mid-?|the)\s*)?(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn"
    rf"|[Ww]inter|[Ff]all)(?:\s+(?:of\s+)?{YEAR4})?(?!\w)"
)
_QUARTER = re.compile(
    rf"(?<!\w)(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter"
    rf"(?:\s+of\s+(?:{YEAR4}|(?P<rel>this|last|next)\s+year|the\s+(?P<rel2>current|previous|last)\s+year))?"
    rf"(?!\w)|(?<!\w)(?P<q>q[1-4])(?:\s+(?:of\s+)?(?P<qyear>(?:19|20)\d{{2}}))?(?!\w)",
)
_WEEK_OF_MONTH = re.compile(
    rf"(?<!\w)(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{MONTH_FULL})"
    rf"(?:\s*,?\s+{YEAR4})?(?!\w)"
)
_HALF = re.compile(
    rf"(?<!\w)(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\s+of\s+(?:{YEAR4}|(?P<rel>this|last|next)\s+year)"
    rf"(?!\w)|(?<!\w)(?P<h>h[12])\s+(?P<hyear>(?:19|20)\d\d)(?!\w)"
)
_HOLIDAY = re.compile(
    r"(?<!\w)(?P<h>Christmas\s+Day|Christmas\s+Eve|Christmas|New\s+Year\s*'s\s+(?:Day|Eve)"
    r"|Halloween|Valentine\s*'s\s+Day)(?!\w)"
)
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
             "valentine's day": (2, 14)}


def _norm(text: str) -> str:
    """Lowercase and collapse whitespace (also MEANTIME's "Year 's" tokenisation)."""
    return " ".join(text.lower().split()).replace(" 's", "'s")


_SEASON_CUES = frozenset({"in", "during", "by", "until", "since", "over", "through", "throughout",
                          "from", "before", "after", "each", "every", "of", "and", "or", "that"})
_FALL_CUES = frozenset({"in", "during", "by", "until", "since"})


def _season_written(m: re.Match[str], ctx: Context) -> bool:
    """Return True when a season word is used as a time, not as a noun, verb or in a name."""
    word = m["s"]
    rel = (m["rel"] or "").lower()
    if word[0].isupper() and ctx.next_token_raw(m.end("s"))[:1].isupper():
        return False  # "Spring Training", "the Winter Meetings", "Summer Olympics"
    if m["year"] or rel not in ("", "the"):
        return True
    prev = ctx.prev_token(m.start())
    if rel == "the":  # "in the spring", but "the fall of Rome", "the spring water"
        return prev in _SEASON_CUES and ctx.next_token(m.end("s")) != "of"
    if word.lower() == "fall":
        return prev in _FALL_CUES
    at_start = not ctx.sentence[:m.start()].strip(" `'\"(")
    capitalised_alone = word[0].isupper() and not at_start and not ctx.prev_token_raw(m.start())[:1].isupper()
    return prev in _SEASON_CUES or at_start or capitalised_alone  # "their Autumn meetings"


def _season(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "last summer", "in the spring", "Autumn 2008", "the winter of 2010"."""
    if not _season_written(m, ctx):
        return None
    season = SEASONS[m["s"].lower()]
    rel = (m["rel"] or "").lower()
    start = m.start("s") if rel == "the" else m.start()
    mod = POINT_MODS.get(rel.rstrip("-"))
    if m["year"]:
        return Candidate(start, m.end(), value("DATE", f"{m['year']}-{season}", G.SEASON, mod=mod))
    if ctx.published is None:
        return Candidate(start, m.end(), value("DATE", f"XXXX-{season}", G.SEASON, anchored=False, mod=mod))
    relation = rel if rel in ("last", "next") else "this"
    year = season_year(ctx.published, season, relation)
    return Candidate(start, m.end(), value("DATE", f"{year}-{season}", G.SEASON, mod=mod))


def _quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "the first quarter of 2023", "the fourth quarter", "third-quarter", "Q3 2009"."""
    if m["q"]:
        if ctx.sentence[m.start("q")] != "Q":
            return None
        quarter, year = int(m["q"][1]), (int(m["qyear"]) if m["qyear"] else None)
        rel = None
    else:
        ord_word = m["ord"].lower()
        quarter = ORDINALS[ord_word]
        year = int(m["year"]) if m["year"] else None
        rel = (m["rel"] or m["rel2"] or "").lower() or None
        if year is None and rel is None and ord_word == "last":
            if ctx.published is None:
                return Candidate(m.start(), m.end(), value("DATE", "XXXX-QX", G.QUARTER, anchored=False))
            return Candidate(m.start(), m.end(), value("DATE", shift_quarter(ctx.published, -1), G.QUARTER))
    if year is None:
        pub = ctx.published
        if pub is None:
            return Candidate(m.start(), m.end(), value("DATE", f"XXXX-Q{quarter}", G.QUARTER, anchored=False))
        if rel in ("last", "previous"):
            year = pub.year - 1
        elif rel == "next":
            year = pub.year + 1
        elif rel in ("this", "current"):
            year = pub.year
        else:
            year = quarter_year(pub, quarter, future=ctx.future(m.start(), m.end()))
    return Candidate(m.start(), m.end(), value("DATE", f"{year}-Q{quarter}", G.QUARTER))


def _week_of_month(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "the last week of March" -> the ISO week around its middle day."""
    month = MONTHS[m["mon"].lower()]
    if m["year"]:
        year = int(m["year"])
    elif ctx.published is None:
        return Candidate(m.start(), m.end(), value("DATE", "XXXX-WXX", G.WEEK, anchored=False))
    else:
        year = month_year(ctx.published, month, future=ctx.future(m.start(), m.end()))
    ordinal = m["ord"].lower()
    if ordinal in ("last", "final"):
        nxt_year, nxt_month = add_months(year, month, 1)
        middle = dt.date(nxt_year, nxt_month, 1) - dt.timedelta(days=4)
    else:
        middle = dt.date(year, month, 1 + 7 * (ORDINALS[ordinal] - 1) + 3)
    return Candidate(m.start(), m.end(), value("DATE", iso_week(middle), G.WEEK))


def _half(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "the second half of 2022", "H1 2023" as ``2022-H2`` (granularity YEAR, see below).

    The model has no half-year granularity; YEAR is used rather than inventing a finer one.
    """
    if m["h"]:
        if ctx.sentence[m.start("h")] != "H":
            return None
        half, year = int(m["h"][1]), int(m["hyear"])
    else:
        half = 1 if m["ord"] in ("first", "1st") else 2
        if m["year"]:
            year = int(m["year"])
        elif ctx.published is None:
            return Candidate(m.start(), m.end(), value("DATE", f"XXXX-H{half}", G.YEAR, anchored=False))
        else:
            year = ctx.published.year + {"last": -1, "this": 0, "next": 1}[m["rel"]]
    return Candidate(m.start(), m.end(), value("DATE", f"{year}-H{half}", G.YEAR))


def _holiday(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "Christmas", "New Year's Day" as dates."""
    month, day = _HOLIDAYS[_norm(m["h"])]
    if ctx.published is None:
        return Candidate(m.start(), m.end(), value(
            "DATE", f"XXXX-{month:02d}-{day:02d}", G.DAY, anchored=False))
    year = month_day_year(ctx.published, month, day, future=ctx.future(m.start(), m.end()))
    return Candidate(m.start(), m.end(), value("DATE", f"{year}-{month:02d}-{day:02d}", G.DAY))


RULES: tuple[Rule, ...] = (
    Rule("season", _SEASON, _season, "season"),
    Rule("quarter", _QUARTER, _quarter, "quarter", lower=True),
    Rule("holiday", _HOLIDAY, _holiday, "holiday"),
    Rule("half", _HALF, _half, "half", lower=True),
    Rule("week_of_month", _WEEK_OF_MONTH, _week_of_month, "month+week"),
)
