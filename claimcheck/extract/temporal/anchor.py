"""Calendar arithmetic: anchoring relative and partial expressions to a publication date.

Direction rule used throughout: an expression missing part of its calendar position (a bare
weekday, "in September", "March 1", "the fourth quarter") is placed in the past relative to
the publication date (news mostly reports what happened), unless the sentence speaks of the
future (``is_future``), in which case it is placed on or after the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extract.temporal.lexicon import FUTURE_CUES, PAST_REPORT_CUES

# A future passive ("should be completed") is one cue, so its participle does not read as past.
_FUTURE_RE = re.compile(
    rf"(?<![\w'])(?:(?:will|shall|should|'ll)\s+(?:not\s+)?(?:be|have\s+been)\s+\w+|{FUTURE_CUES})\b",
    re.IGNORECASE,
)
_REPORT_BEFORE_RE = re.compile(rf"\b(?:{PAST_REPORT_CUES})\s+(?:on\s+)?$", re.IGNORECASE)
_REPORT_AFTER_RE = re.compile(rf"\s*(?:,\s*)?(?:{PAST_REPORT_CUES})\b", re.IGNORECASE)

_BOUNDARY_RE = re.compile(
    r",|;|\s--\s|\s-\s|\s(?:that|which|who|while|amid|amidst|but|because|although|whereas)\s"
)
_BY_RE = re.compile(r"\b[Bb]y\s+(?:the\s+)?(?:early\s+|mid-?|late\s+|end\s+of\s+)?$")
_HAD_RE = re.compile(r"\bhad\b")
# Past-tense verbs: regular "-ed" forms and the irregular verbs common in news.
_PAST_RE = re.compile(
    r"\b(?:[A-Za-z]{2,}ed|said|was|were|had|did|met|took|made|went|came|told|left|won|lost|fell|rose"
    r"|began|saw|held|gave|got|became|found|spoke|ran|struck|hit|sent|paid|sold|bought|brought|built"
    r"|led|kept|thought|felt|knew|grew|drew|flew|threw|wrote|broke|chose|drove|ate|stood|fought|shot"
    r"|caught|taught|sought|meant|spent|lent|slid|sank|swore|woke|wore|tore|froze|stole|hid|bit|fled)\b"
)
_LEFT, _RIGHT = 100, 60

# A month-day without a year in a past sentence more than this many days after the
# publication date is last year's (news also states near-future dates in the present tense).
_MONTH_DAY_TOLERANCE = 92
# In a future sentence a month-day more than a week before publication is next year's.
_FUTURE_TOLERANCE = 7


def is_future(sentence: str, start: int, end: int) -> bool:
    """Return True when the clause around ``sentence[start:end]`` speaks of the future.

    The clause is cut at commas, semicolons, dashes and "that/which/who/while/but": in
    "closed lower on Monday, amid fears the government will act" the future belongs to
    another clause. Within the clause the verb nearest before the expression decides (a
    future cue such as "will" / "is due to", or a past-tense verb); with neither, a future cue
    just after it counts. A reporting verb next to the expression ("said Thursday") makes it
    past; a deadline "by" just before it ("by early June") makes it future unless "had" is
    present.
    """
    window = sentence[max(0, start - 30):start]
    if _REPORT_BEFORE_RE.search(window) or _REPORT_AFTER_RE.match(sentence, end):
        return False  # "said Thursday", "Thursday said": the reporting day is past
    left_from = max(0, start - _LEFT)
    for cut in _BOUNDARY_RE.finditer(sentence, left_from, start):
        left_from = cut.end()
    future = _last(_FUTURE_RE, sentence, left_from, start)
    past = _last(_PAST_RE, sentence, left_from, start)
    if future is not None and (past is None or past[0] < future[1]):
        return True  # "is due to visit Lagos on Friday", "the expanded plant will open on Monday"
    if past is not None:
        return False  # "arrested two men on Thursday and will charge them": the nearer verb is past
    right = _BOUNDARY_RE.search(sentence, end, min(len(sentence), end + _RIGHT))
    right_to = right.start() if right else min(len(sentence), end + _RIGHT)
    if _FUTURE_RE.search(sentence, end, right_to):
        return True
    return _BY_RE.search(sentence, max(0, start - 20), start) is not None and _HAD_RE.search(sentence) is None


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the (start, end) of the last match of ``pattern`` in ``text[start:end]``, if any."""
    last = None
    for match in pattern.finditer(text, start, end):
        last = match.span()
    return last


def iso_week(day: dt.date) -> str:
    """Return the TIMEX3 ISO week value of a date, e.g. ``2023-W09``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """Return (year, month) shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date or None when it does not exist (e.g. February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_date(pub: dt.date, weekday: int, relation: str) -> dt.date:
    """Resolve an ISO weekday: past (on/before), future (on/after), last (<), next (>)."""
    back = (pub.isoweekday() - weekday) % 7
    ahead = (weekday - pub.isoweekday()) % 7
    if relation == "past":
        return pub - dt.timedelta(days=back)
    if relation == "future":
        return pub + dt.timedelta(days=ahead)
    if relation == "last":
        return pub - dt.timedelta(days=back or 7)
    if relation == "next":
        return pub + dt.timedelta(days=ahead or 7)
    raise ValueError(f"unknown weekday relation {relation!r}")


def month_year(pub: dt.date, month: int, *, future: bool) -> int:
    """Return the year of a bare month name: nearest past one, or next one when future."""
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def month_day_year(pub: dt.date, month: int, day: int, *, future: bool) -> int:
    """Return the year of a month-day written without one (same year unless far off)."""
    candidate = safe_date(pub.year, month, day) or dt.date(pub.year, month, 28)
    delta = (candidate - pub).days
    if not future and delta > _MONTH_DAY_TOLERANCE:
        return pub.year - 1
    if future and delta < -_FUTURE_TOLERANCE:
        return pub.year + 1
    return pub.year


def quarter_year(pub: dt.date, quarter: int, *, future: bool) -> int:
    """Return the year of a quarter written without one: the nearest such quarter.

    Results are reported for the quarter just ended and guidance given for the next one, so
    the nearest occurrence wins; at equal distance the tense of the sentence decides.
    """
    current = (pub.month - 1) // 3 + 1
    ahead = (quarter - current) % 4
    behind = (current - quarter) % 4
    if ahead == 0:
        return pub.year
    if ahead < behind or (ahead == behind and future):
        return pub.year if quarter > current else pub.year + 1
    return pub.year if quarter < current else pub.year - 1


def shift_quarter(pub: dt.date, delta: int) -> str:
    """Return the TIMEX3 quarter ``delta`` quarters from the publication quarter."""
    index = pub.year * 4 + (pub.month - 1) // 3 + delta
    return f"{index // 4}-Q{index % 4 + 1}"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_year(pub: dt.date, season: str, relation: str) -> int:
    """Return the year of a season: ``last`` = latest ended, ``next`` = next to start."""
    start = _SEASON_START[season]
    if relation == "last":
        if season == "WI":  # winter YYYY runs from December YYYY to February YYYY+1
            return pub.year - 1 if pub.month >= 3 else pub.year - 2
        return pub.year if pub.month >= start + 3 else pub.year - 1
    if relation == "next":
        if season == "WI":
            return pub.year if pub.month < 12 else pub.year + 1
        return pub.year if pub.month < start else pub.year + 1
    if season == "WI" and pub.month <= 2:
        return pub.year - 1
    return pub.year
