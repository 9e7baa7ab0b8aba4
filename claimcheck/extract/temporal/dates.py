"""Calendar date rules: full dates, month-year, bare months, years, decades, centuries.

Year rule (``is_year_context``). A bare number is a year only in a year context; it is never
read as a day. The number must be 1000-2099 and stand alone (not inside "1,994", "$2010",
"12%", "2012-13", "555-2012", "2008/09"). It is then rejected when the token before it is an
identifier or quantity word (page, section, No., number, route, flight, Article, chapter,
Boeing, $, about, over, than...) or when a count noun or a street word follows ("2000 people",
"1600 Pennsylvania Avenue"); years before 1900 need a strong cue. It is accepted when:

* a strong cue precedes it: in, since, until, before, after, during, by, of, early, late, mid,
  year, fiscal, a season name ("in 1994", "since 2001", "late 2006");
* a year-like word follows: election(s), season, census, Olympics, budget, protests, crisis,
  's, was, is, AD... ("the 2008 election", "1994 was");
* a weak cue precedes it (the, from, for, to, and, or, between, a comma, a bracket, 's, another
  year) and no lowercase plural follows ("the 1991 settlement", "from 2010 to 2014",
  "1998, 2004 and 2011" but not "the 2000 employees");
* a capitalised word precedes it and nothing capitalised follows ("WWDC 2005"), or a
  capitalised word follows a lowercase one and the number is not a round hundred ("to host
  2014 Oscars", but not "evacuated 2000 Liberians");
* it is the whole sentence (a dateline).

Numeric dates are read month/day/year (US order, the default of English-language wires);
when the first number cannot be a month (> 12) they are read day/month/year. A month-day
without a year takes the publication year, moved to the previous year when it lies more
than three months after the publication date in a sentence that is not about the future,
and to the next year when it lies more than a week before it in a future sentence.
"""

from __future__ import annotations

import re

from claimcheck.extract.temporal.anchor import month_day_year, month_year, safe_date
from claimcheck.extract.temporal.base import Candidate, Context, Rule, value
from claimcheck.extract.temporal.fragments import (
    DAY,
    MONTH,
    MONTH_FULL,
    POINT_MOD,
    SEP,
    WEEKDAY_LEAD,
    YEAR4,
)
from claimcheck.extract.temporal.lexicon import (
    COUNT_NOUNS,
    MONTHS,
    NOT_YEAR_PREV,
    POINT_MODS,
    STREET_WORDS,
    WEEKDAYS,
    YEAR_NEXT,
    YEAR_PREV_STRONG,
    YEAR_PREV_WEAK,
)
from claimcheck.model import Granularity as G

_CENTURY_ORDINALS = {
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21, "twenty-second": 22,
}
_CENTURY_WORDS = "|".join(
    w.replace(" ", r"\s") for w in sorted(_CENTURY_ORDINALS, key=len, reverse=True)) + "|" + "|".join(
    w.capitalize() for w in _CENTURY_ORDINALS)
_ISO = re.compile(
    r"(?<![\w/-])(?P<year>1\d{3}|20\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w/]|-\d)"
)
# Numeric dates: month/day/year, or day/month/year when the first number exceeds 12 (see above).
_SLASH = re.compile(
    r"(?<![\w/.,-])(?:(?P<a>\d{1,2})(?P<s>\s?/\s?)(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})"
    r"|(?P<y1>(?:19|20)\d\d)(?P<s1>\s?/\s?)(?P<m1>\d{1,2})(?P=s1)(?P<d1>\d{1,2}))(?![\w/]|[.,]\d|\s/\s?\d)"
)
_MDY = re.compile(
    rf"(?<!\w)(?:{WEEKDAY_LEAD})?{POINT_MOD}(?P<mon>{MONTH})(?:\s\.)?\s*{DAY}(?:{SEP}{YEAR4})?(?!\w)"
)
_DMY = re.compile(
    rf"(?<!\w)(?:{WEEKDAY_LEAD})?(?:the\s+)?{DAY}\s+(?:of\s+)?(?P<mon>{MONTH})(?:{SEP}{YEAR4})?(?!\w)"
)
_MONTH_YEAR = re.compile(rf"(?<!\w){POINT_MOD}(?P<mon>{MONTH})(?:\s+of)?{SEP}{YEAR4}(?!\w)")
_MONTH_ALONE = re.compile(
    rf"(?<!\w)(?:(?P<rel>last|this|next|early|late|mid-?|(?:the\s+)?(?:start|beginning|middle|end)"
    rf"\s+of)\s*)?(?P<mon>{MONTH_FULL}|Sept\.)(?:\s+of\s+(?P<yrel>this|last|next)\s+year)?(?!\w)"
)
_YEAR = re.compile(rf"(?<![\w$£€¥#./:'-]){POINT_MOD}{YEAR4}(?![\w/]|-\d|\s*[-\u2013]\s*\d)")
_YEAR_RANGE = re.compile(
    r"(?<![\w$£€¥#./-])(?P<y1>1[5-9]\d{2}|20\d{2})\s*[-\u2013/]\s*(?P<y2>\d{2}|1[5-9]\d{2}|20\d{2})(?![\w%]|[.,]\d)"
)
_DECADE = re.compile(
    r"(?<![\w$£€¥.,])(?:(?P<pmod>early|mid-?|late)\s*)?(?:(?P<full>1[0-9]{2}|20[0-9])0'?|'?\s?(?P<short>\d)0'?)s(?!\w)"
)
_SHORT_YEAR = re.compile(r"(?<![\w'])'(?P<y2>\d{2})(?![\w']|\s*s\b)")
_CENTURY = re.compile(
    rf"(?<!\w)(?:(?P<pmod>early|mid-?|late)\s*)?(?:(?P<ord>1\d|2[01]|[1-9])(?:st|nd|rd|th)|(?P<word>{_CENTURY_WORDS}))"
    rf"[\s-]+[Cc]entury(?!\w)"
)
_FISCAL = re.compile(r"(?<!\w)(?:[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s?)(?P<year>(?:19|20)\d{2})(?!\w)")


_SECOND_NEXT = re.compile(r"\s*\S+\s+(\S+)")
WEEKDAY_NAMES = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


def _mod(pmod: str | None) -> str | None:
    """Return the TIMEX3 mod for an "early/mid/late/the end of" qualifier."""
    if not pmod:
        return None
    for word, mod in POINT_MODS.items():
        if word in pmod.lower():
            return mod
    return None


def _month(name: str) -> int:
    """Return the month number of a (possibly abbreviated) month name."""
    return MONTHS[name.rstrip(".").lower()]


def _two_digit_year(text: str, ctx: Context) -> int:
    """Expand a two-digit year: within 10 years after the publication year, else the 1900s."""
    yy = int(text)
    pivot = (ctx.published.year if ctx.published else 2025) % 100 + 10
    return 2000 + yy if yy <= pivot else 1900 + yy


def _day_value(ctx: Context, year: int | None, month: int, day: int, m: re.Match[str]) -> Candidate | None:
    """Build a day-precision candidate, inferring a missing year from the publication date."""
    groups = m.groupdict()
    weekday = WEEKDAYS.get((groups.get("wd") or "").rstrip(".").lower())
    mod = _mod(groups.get("pmod"))
    if year is None:
        if ctx.published is None:
            if safe_date(2000, month, day) is None:  # 2000 is a leap year: February 29 is allowed
                return None
            return Candidate(m.start(), m.end(), value(
                "DATE", f"XXXX-{month:02d}-{day:02d}", G.DAY, weekday=weekday, anchored=False, mod=mod))
        year = month_day_year(ctx.published, month, day, future=ctx.future(m.start(), m.end()))
    date = safe_date(year, month, day)
    if date is None:
        return None
    return Candidate(m.start(), m.end(), value(
        "DATE", date.isoformat(), G.DAY, weekday=weekday, mod=mod))


def _iso(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle 2023-03-01."""
    return _day_value(ctx, int(m["year"]), int(m["m"]), int(m["d"]), m)


def _slash(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle 3/1/2023 (US order; day/month when the first number exceeds 12) and 2023/03/01."""
    if m["y1"]:
        return _day_value(ctx, int(m["y1"]), int(m["m1"]), int(m["d1"]), m)
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if a > 12 else (a, b)
    year = int(m["y"]) if len(m["y"]) == 4 else _two_digit_year(m["y"], ctx)
    return _day_value(ctx, year, month, day, m)


def _mdy(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "March 1, 2023", "Tuesday, December 9 , 2008", "Mar. 1"."""
    if m["mon"] in ("May", "March", "MAY", "MARCH") and not m["year"]:
        nxt = ctx.next_token(m.end())
        if nxt in COUNT_NOUNS:
            return None
    return _day_value(ctx, int(m["year"]) if m["year"] else None, _month(m["mon"]), int(m["day"]), m)


def _dmy(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "1 March 2023", "the 11th of December"."""
    return _day_value(ctx, int(m["year"]) if m["year"] else None, _month(m["mon"]), int(m["day"]), m)


def _month_year(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "March 2023", "early March 2023"."""
    month = _month(m["mon"])
    return Candidate(m.start(), m.end(), value(
        "DATE", f"{int(m['year']):04d}-{month:02d}", G.MONTH, mod=_mod(m["pmod"])))


_MONTH_CUES = frozenset({
    "in", "since", "until", "till", "by", "during", "of", "from", "before", "after", "through",
    "to", "and", "or", ",", "between", "early", "late", "mid", "last", "this", "next", "each",
    "every", "throughout", "(", "for", "on", "around", "about", "that", "all",
})


def _month_alone(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "in September", "last September", "early June" (name checks for May/March)."""
    name = m["mon"]
    rel = (m["rel"] or "").lower()
    month = _month(name)
    nxt_raw = ctx.next_token_raw(m.end())
    prev = ctx.prev_token(m.start())
    if not rel and not m["yrel"]:
        if nxt_raw[:1].isupper() and nxt_raw.rstrip(".,") not in WEEKDAY_NAMES:
            return None  # "August Wilson", "June Carter": a first name
        if name in ("May", "March") and prev not in _MONTH_CUES:
            return None  # "Theresa May", "a March rally" — needs a temporal cue
        raw_prev = ctx.sentence[max(0, m.start() - 40):m.start()].rstrip().rsplit(None, 1)
        if raw_prev and raw_prev[-1][:1].isupper() and raw_prev[-1].isalpha() and prev not in _MONTH_CUES:
            return None  # "Theresa May", "Cyrus January"
    mod = _mod(rel) if rel not in ("last", "this", "next") else None
    if ctx.published is None:
        return Candidate(m.start(), m.end("mon"), value(
            "DATE", f"XXXX-{month:02d}", G.MONTH, anchored=False, mod=mod))
    pub = ctx.published
    if m["yrel"]:
        year = pub.year + {"last": -1, "this": 0, "next": 1}[m["yrel"]]
    elif rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    else:
        year = month_year(pub, month, future=ctx.future(m.start(), m.end()))
    end = m.end("mon")  # "October of next year": MEANTIME marks "October" and "next year"
    return Candidate(m.start(), end, value("DATE", f"{year:04d}-{month:02d}", G.MONTH, mod=mod))




def is_year_context(ctx: Context, start: int, end: int, year: int) -> bool:
    """Decide whether a bare four-digit number is a year (see module notes)."""
    prev = ctx.prev_token(start)
    nxt = ctx.next_token(end)
    if prev in NOT_YEAR_PREV or nxt in COUNT_NOUNS or nxt in STREET_WORDS:
        return False
    if prev.endswith("$") or nxt.startswith("%"):
        return False
    nxt_raw = ctx.next_token_raw(end)
    if nxt_raw[:1].isupper():
        second = _SECOND_NEXT.match(ctx.sentence, end)
        if second and second[1].lower() in STREET_WORDS:
            return False  # "1600 Pennsylvania Avenue"
    if year < 1900 and prev not in YEAR_PREV_STRONG:
        return False
    if prev in YEAR_PREV_STRONG:
        return True
    if nxt in YEAR_NEXT or nxt.rstrip(".,;:") in YEAR_NEXT:
        return True
    # a lowercase plural after the number reads as a count: "the 2000 employees"
    word = nxt.rstrip(".,;:!?")
    counted = nxt_raw.islower() and word.isalpha() and word.endswith("s") and not word.endswith("ss")
    if word in COUNT_NOUNS:
        return False
    if prev in YEAR_PREV_WEAK or prev.endswith("'s") or prev.endswith("(") or _is_year(prev.rstrip(",;")):
        return not counted  # "the 1991 settlement", "1998, 2004 and 2011" but "the 2000 employees"
    raw_prev = ctx.prev_token_raw(start)
    if raw_prev[:1].isupper() and raw_prev.isalpha() and _word_before(ctx, start):
        # "WWDC 2005", "Conference 2010"; but "Russell 2000 Index" is a name
        return not counted and not nxt_raw[:1].isdigit() and not nxt_raw[:1].isupper()
    if nxt_raw[:1].isupper() and 1950 <= year < 2040 and year % 100 and raw_prev.islower():
        return True  # "to host 2014 Oscars"; round numbers ("2000 Palestinians") stay counts
    stripped = ctx.sentence.strip(" .,;:!?()\"'`")
    return stripped == ctx.sentence[start:end]


def _is_year(token: str) -> bool:
    """Return True for a four-digit token in the default year range 1900-2099."""
    return len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2099


def _word_before(ctx: Context, start: int) -> bool:
    """Return True when the token before ``start`` is not the first word of the sentence."""
    i = start
    s = ctx.sentence
    while i > 0 and s[i - 1].isspace():
        i -= 1
    while i > 0 and not s[i - 1].isspace():
        i -= 1
    return bool(s[:i].strip(" `'\"("))


def _year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle a bare year in a year context: "in 1994", "the 2008 election", "late 2006"."""
    year = int(m["year"])
    ys = m.start("year")
    if not m["pmod"] and not is_year_context(ctx, ys, m.end(), year):
        return None
    return Candidate(m.start(), m.end(), value("DATE", f"{year:04d}", G.YEAR, mod=_mod(m["pmod"])))


def _year_range(m: re.Match[str], ctx: Context) -> list[Candidate] | Candidate | None:
    """Handle "2009-2011" (two years) and block "2012-13" (a season, not a month)."""
    y1 = int(m["y1"])
    if len(m["y2"]) == 2:
        if int(m["y2"]) == (y1 + 1) % 100 and "/" not in m.group(0):
            return Candidate(m.start(), m.end(), None)  # season or fiscal range: no date
        return None
    y2 = int(m["y2"])
    close = y1 < y2 <= y1 + 10 and y1 >= 1900 and ctx.prev_token(m.start()) not in NOT_YEAR_PREV \
        and ctx.next_token(m.end()) not in COUNT_NOUNS  # "2012-2013" reads as years by itself
    if not (y1 < y2 <= y1 + 60) or not (close or is_year_context(ctx, m.start("y1"), m.end(), y1)):
        return Candidate(m.start(), m.end(), None) if y1 < y2 else None
    return [
        Candidate(m.start("y1"), m.end("y1"), value("DATE", f"{y1:04d}", G.YEAR)),
        Candidate(m.start("y2"), m.end("y2"), value("DATE", f"{y2:04d}", G.YEAR)),
    ]


_DECADE_PREV = frozenset({"the", "early", "late", "mid", "and", "or", "to", "through", "in", "since"})


def _decade(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "the 1990s", "the '90s", "the 70s" (value ``199X`` as in the project model)."""
    if m["full"]:
        decade = m["full"]
    else:
        digit = int(m["short"])
        decade = f"20{digit}" if digit <= 2 else f"19{digit}"
        if "'" not in m.group(0) and ctx.prev_token(m.start()) not in _DECADE_PREV:
            return None
    return Candidate(m.start(), m.end(), value("DATE", f"{decade}X", G.DECADE, mod=_mod(m["pmod"])))


def _short_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Handle "since '82" (only after a strong year cue)."""
    if ctx.prev_token(m.start()) not in YEAR_PREV_STRONG:
        return None
    year = _two_digit_year(m["y2"], ctx)
    return Candidate(m.start(), m.end(), value("DATE", str(year), G.YEAR))


def _century(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "the 20th century" -> ``19XX``."""
    number = int(m["ord"]) if m["ord"] else _CENTURY_ORDINALS[m["word"].lower()]
    return Candidate(m.start(), m.end(), value("DATE", f"{number - 1:02d}XX", G.CENTURY, mod=_mod(m["pmod"])))


def _fiscal(m: re.Match[str], ctx: Context) -> Candidate:
    """Handle "fiscal 2009", "FY2009" -> ``FY2009``."""
    return Candidate(m.start(), m.end(), value("DATE", f"FY{m['year']}", G.YEAR))


RULES: tuple[Rule, ...] = (
    Rule("iso", _ISO, _iso, "digit+iso"),
    Rule("slash", _SLASH, _slash, "digit+slash"),
    Rule("mdy", _MDY, _mdy, "month+digit"),
    Rule("dmy", _DMY, _dmy, "month+digit"),
    Rule("month_year", _MONTH_YEAR, _month_year, "month+digit+year4"),
    Rule("month", _MONTH_ALONE, _month_alone, "month"),
    Rule("year_range", _YEAR_RANGE, _year_range, "digit+year4"),
    Rule("year", _YEAR, _year, "digit+year4"),
    Rule("decade", _DECADE, _decade, "digit+decade"),
    Rule("short_year", _SHORT_YEAR, _short_year, "digit+short_year"),
    Rule("century", _CENTURY, _century, "century"),
    Rule("fiscal", _FISCAL, _fiscal, "fiscal+digit"),
)
