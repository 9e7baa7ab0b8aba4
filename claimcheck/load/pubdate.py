"""Recognise an article's publication date in metadata strings and header lines."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.lang.en.calendar import MONTHS

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_ISO = re.compile(r"(?P<year>\d{4})-(?P<m>\d{1,2})-(?P<day>\d{1,2})")
_MDY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?P<year>\d{4})")
_DMY = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})")

# A header line that carries the publication date: "date 2023-03-01", "Published: March 1, 2023",
# "Updated March 2, 2023 10:04 a.m. ET", "Posted on 1 March 2023". Only at the start of a line.
HEADER = re.compile(
    r"^[ \t]*(?:date|dated|published|publication date|posted|posted on|updated|last updated|first published)"
    r"(?:\s+on)?[ \t]*:?[ \t]*"
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:[T ][0-9:.+\-Z]+)?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)


# A publication stamp at the end of a headline or credit line, as copied pages glue them: "... Rehab Facility May
# 3rd, 2013 2:00pm EDT", "... In NE Philadelphia September 10, 2012 4:15 PM". A line ending so, without final
# punctuation, is no sentence of the article.
STAMP = re.compile(
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})"
    r"(?:\s*,?\s*\d{1,2}\s*[:.]\s*\d\d\s*(?:[ap]\.?\s*m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"\d{4}")

_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_TIME = r"(?:\s*,?\s*\d{1,2}\s*[:.]\s*\d\d\s*(?:[ap]\.?\s*m\.?)?(?:\s*(?-i:[A-Z]{2,4})\b)?)"
_LABEL = r"(?:(?:published|posted|updated|last updated|first published)(?:\s+on)?\s*:?\s*)"
# A publication stamp that opens the first line of a page, glued to its headline or lead as copied pages do:
# "Tuesday 4 Apr 2017 Thirty Killed in ...", "UPDATED: THURSDAY, MARCH 20 2008 13:45 AM", "May 3 2019 2:19 PM
# Her attorney said ...". Its date is the publication date, never an event's.
LEADING_STAMP = re.compile(
    rf"^[ \t]*{_LABEL}?{_WEEKDAY}?(?P<date>[A-Za-z]{{3,9}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Za-z]{{3,9}}\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}?"
    r"(?:[ \t]*[|,:;—–-])?[ \t]*(?=(?-i:[A-Z0-9\"“‘'(])|$)",  # what follows is a headline or a sentence
    re.IGNORECASE,
)


# The time and zone a header line gives after its date: "Updated: May 24, 2005, 3:23 PM ET", "... at 5:19 pm",
# "20:09 IST", "6:07:15 PM GMT+01:00" (tokenised corpora space them out).
STAMP_TAIL = re.compile(
    r"[ \t]*(?:,|at)?[ \t]*\d{1,2}[ \t]*:[ \t]*\d\d(?:[ \t]*:[ \t]*\d\d)?[ \t]*(?:[ap]\.?[ \t]*m\.?)?"
    r"(?:[ \t]*(?-i:[A-Z]{2,4})(?:[ \t]*[+-][ \t]*\d{1,2}(?:[ \t]*:[ \t]*\d\d?)?)?)?[ \t]*",
    re.IGNORECASE)


def stamp_end(text: str, start: int, end: int) -> int:
    """Where a header's stamp ends: after the time and zone that follow its date at ``start``, if any."""
    tail = STAMP_TAIL.match(text, start, end)
    return tail.end() if tail else start


def leading_stamp(text: str, start: int, end: int) -> tuple[dt.date, int] | None:
    """The publication date of a stamp opening ``text[start:end]`` and where the stamp ends; None when none."""
    match = LEADING_STAMP.match(text, start, end)
    if not match:
        return None
    found = parse_date(" ".join(match.group("date").replace(",", " , ").split()).replace(" ,", ","))
    return (found, stamp_end(text, match.end(), end)) if found else None
STAMP_REACH = 80  # no stamp is longer: a search for one at the end of a line starts this far from the end


def stamp_at_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """A publication stamp ending ``text[start:end]`` (searched only near the end: lines can be long)."""
    start = max(start, end - STAMP_REACH)
    if not _FOUR_DIGITS.search(text, start, end):
        return None  # every stamp has a year: most lines have none, and this test is cheap
    return STAMP.search(text, start, end)


def parse_date(text: str) -> dt.date | None:
    """Parse an ISO, "March 1, 2023" or "1 March 2023" date; None when the text is not one."""
    text = text.strip()
    for pattern in (_ISO, _MDY, _DMY):
        match = pattern.match(text)
        if match:
            return _build(match)
    return None


def _build(match: re.Match[str]) -> dt.date | None:
    """Turn a matched date into a ``date``, or None when a field is out of range."""
    fields = match.groupdict()
    month = int(fields["m"]) if fields.get("m") else MONTHS.get(fields["month"].lower().rstrip("."))
    if month is None:
        return None
    try:
        return dt.date(int(fields["year"]), month, int(fields["day"]))
    except ValueError:
        return None

# A dateline that opens the lead: "BEIJING, March 1, 2023 (Reuters) -", "KYIV, Ukraine, 1 March 2023 —".
# A dateline without a year ("BEIJING, March 1 (Reuters) -") gives no publication date: the year would be
# invented.
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?,\s+"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
    r"\s*(?:\([^)]{1,40}\))?\s*[-—–]",
    re.MULTILINE,
)


# A date in a web address: "/2013/05/03/", "/2013/may/03/", "/2005-05-24/" (tokenised corpora space it out).
_URL = re.compile(r"(?:https?\s*:\s*/\s*/|www\s*\.)\s*\S[^\n]*", re.IGNORECASE)
_URL_DATE = re.compile(r"/\s*(?P<year>(?:19|20)\d\d)\s*[/-]\s*(?P<month>\d{1,2}|[a-z]{3,9})\s*[/-]\s*"
                       r"(?P<day>\d{1,2})\s*(?:[/-]|$)", re.IGNORECASE)


def url_date(text: str, body_start: int, url: object = None) -> dt.date | None:
    """The publication date a web address gives: the document's URL, else an address on one of its first lines."""
    candidates = [url] if isinstance(url, str) else []
    for line in text[body_start:].splitlines()[:3]:
        found = _URL.match(line.strip())
        if found:
            candidates.append(found.group())
    for candidate in candidates:
        match = _URL_DATE.search(str(candidate))
        if match:
            month = match.group("month")
            number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
            if number is None:
                continue
            try:
                return dt.date(int(match.group("year")), number, int(match.group("day")))
            except ValueError:
                continue
    return None
