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
