"""Clock times: "3 p.m.", "15:00", "0800 UTC", "noon", with the day they fall on when written."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extract.temporal.anchor import weekday_date
from claimcheck.extract.temporal.base import Candidate, Context, Rule, value
from claimcheck.extract.temporal.fragments import WEEKDAY_FULL
from claimcheck.extract.temporal.lexicon import WEEKDAYS
from claimcheck.model import Granularity as G

_TZ = r"UTC|GMT|Z|[ECMP][SD]T|ET|PT|BST|CET|CEST|IST|JST|AEST|AEDT|HKT|SGT|MSK"
_AMPM = r"[aApP]\s?\.\s?[mM](?:\s?\.)?|[aApP][mM](?![a-zA-Z])"
_DAYREF_AFTER = rf"(?:\s+(?:on\s+)?(?P<dref>today|yesterday|tomorrow|tonight|{WEEKDAY_FULL}))?"
_CLOCK = re.compile(
    rf"(?<![\w:.,$])(?P<h>[01]?\d|2[0-3])(?P<sep>\s?:\s?|\.)(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    rf"(?:\s*(?P<ap>{_AMPM}))?(?:\s*(?P<tz>{_TZ})(?!\w))?(?![\w:]|[.,]\d){_DAYREF_AFTER}"
)
_HOUR = re.compile(
    rf"(?<![\w:.,$])(?P<h>1[0-2]|0?[1-9])\s*(?P<ap>{_AMPM})(?:\s*(?P<tz>{_TZ})(?!\w))?{_DAYREF_AFTER}"
)
_MILITARY = re.compile(
    rf"(?<![\w:.,$])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>UTC|GMT|Z|hours|hrs)(?!\w){_DAYREF_AFTER}"
)
_NOON = re.compile(
    rf"(?<!\w)(?P<w>noon|midday|midnight)(?!\w){_DAYREF_AFTER.replace(WEEKDAY_FULL, WEEKDAY_FULL.lower())}"
)
_DAYREF_BEFORE = re.compile(
    rf"(?P<dref>today|yesterday|tomorrow|tonight|{WEEKDAY_FULL})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"\s*,?\s+(?:at|around|about|from|by|before|after|until|shortly\s+(?:before|after))?\s*$",
    re.IGNORECASE,
)


_AT = frozenset({"at", "by", "around", "about", "until", "till", "from", "before", "after", "since"})
_SCORE = frozenset({"score", "scored", "won", "lost", "beat", "odds", "ratio", "verse", "chapter"})


def _day(ctx: Context, dref: str | None, start: int, end: int) -> tuple[str, bool, bool]:
    """Return (date part, anchored, day written) for a time: the named day, else publication."""
    pub = ctx.published
    if dref is None:
        before = _DAYREF_BEFORE.search(ctx.sentence, max(0, start - 40), start)
        dref = before["dref"] if before else None
    word = (dref or "").lower()
    if pub is None:
        if word in WEEKDAYS:
            return f"XXXX-WXX-{WEEKDAYS[word]}", False, True
        return "XXXX-XX-XX", False, bool(word)
    if word in WEEKDAYS:
        relation = "future" if ctx.future(start, end) else "past"
        return weekday_date(pub, WEEKDAYS[word], relation).isoformat(), True, True
    shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return (pub + dt.timedelta(days=shift)).isoformat(), True, bool(word)


def _build(m: re.Match[str], ctx: Context, hour: int, minute: int | None, gran: G) -> Candidate:
    """Assemble a TIME candidate from its parts."""
    ap = (m.groupdict().get("ap") or "").lower().replace(".", "").replace(" ", "")
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    tz = (m.groupdict().get("tz") or "").upper()
    day, anchored, explicit = _day(ctx, m["dref"], m.start(), m.end())
    text = f"{day}T{hour:02d}:{minute or 0:02d}" + ("Z" if tz in ("UTC", "GMT", "Z") else "")
    return Candidate(m.start(), m.end(), value("TIME", text, gran, anchored=anchored), not explicit)


def _clock(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "15:00", "3:30 p.m.", "16:08 UTC"."""
    if not m["ap"] and not m["tz"]:
        if m["sep"] == ".":
            return None  # "3.30" alone is a decimal number
        if m["sep"] != ":" and ctx.prev_token(m.start()) not in _AT:
            return None  # tokenised "3 : 16" needs "at 3 : 16" (or a.m./UTC) to be a time
        if ctx.prev_token(m.start()) in _SCORE:
            return None
    return _build(m, ctx, int(m["h"]), int(m["mi"]), G.MINUTE)


def _hour(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "3 p.m.", "11am"."""
    return _build(m, ctx, int(m["h"]), None, G.HOUR)


def _military(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "0800 UTC", "1500 hours"."""
    return _build(m, ctx, int(m["h"]), int(m["mi"]), G.MINUTE)


def _noon(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "noon", "midnight"."""
    hour = 24 if m["w"].lower() == "midnight" else 12
    return _build(m, ctx, hour, 0, G.HOUR)


RULES: tuple[Rule, ...] = (
    Rule("clock", _CLOCK, _clock, "digit+clock"),
    Rule("hour", _HOUR, _hour, "ampm_word+digit+ampm"),
    Rule("military", _MILITARY, _military, "military+digit"),
    Rule("noon", _NOON, _noon, "noon", lower=True),
)
