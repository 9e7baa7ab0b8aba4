"""Build a Document from the text of one article: front matter, date header, title, boilerplate."""

from __future__ import annotations

import datetime as dt
import re

import yaml

from claimcheck.load.boilerplate import classify_lines, lines, words
from claimcheck.load.pubdate import DATELINE, HEADER, leading_stamp, parse_date, stamp_at_end, stamp_end, url_date
from claimcheck.model import Document, Span

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_DATE_KEYS = ("published", "date", "publication_date", "pubdate", "created")


def front_matter(text: str) -> tuple[dict[str, object], int]:
    """Return the YAML front matter of a Markdown article and where the body starts (0 if none)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        data = yaml.safe_load(match.group("body"))
    except (yaml.YAMLError, ValueError):  # PyYAML raises ValueError for impossible dates ("2023-02-30")
        return {}, 0
    return (data if isinstance(data, dict) else {}), match.end()


def metadata_date(value: object) -> dt.date | None:
    """Turn a metadata value (a date, datetime or string) into a date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None


def header_date(text: str, body_start: int) -> tuple[dt.date | None, Span | None]:
    """Find a "date 2023-03-01" / "Published March 1, 2023" header in the first lines of the body."""
    for count, (start, end) in enumerate(lines(text)):
        if end <= body_start:
            continue
        match = HEADER.match(text, max(start, body_start), end)
        if match:
            found = parse_date(match.group("date")[:10] if match.group("date")[:4].isdigit() else match.group("date"))
            if found:
                return found, Span(match.start(), stamp_end(text, match.end(), end))
        dateline = DATELINE.match(text, max(start, body_start), end)
        if dateline and (found := parse_date(dateline.group("date"))):
            return found, None  # the dateline stays: it opens the lead sentence
        opening = leading_stamp(text, max(start, body_start), end)
        if opening:
            return opening[0], Span(max(start, body_start), opening[1])  # skipped: page chrome, not a claim
        stamp = stamp_at_end(text, max(start, body_start), end)
        if stamp and (found := parse_date(" ".join(
                stamp.group("date").replace(",", " , ").split()).replace(" ,", ","))):
            return found, None  # the line is a stamped headline, skipped as such
        if count > 6:
            break
    return None, None


def first_title(text: str, body_start: int, classified: list[tuple[Span, str]], header: Span | None) -> str | None:
    """The article's title: the first line marked "title", else a short first line of the body."""
    reasons = {span.start: (span, reason) for span, reason in classified}
    for start, end in lines(text):
        begin = max(start, body_start, header.end if header and header.start < end else 0)
        if end <= begin or not text[begin:end].strip():
            continue
        span, reason = reasons.get(begin, (None, ""))
        end = span.end if span is not None and reason == "title" else end  # a headline glued to the lead
        if reason in ("crumbs", "repeat", "promo", "address"):
            continue
        candidate = text[begin:end].strip()
        return candidate if reason == "title" or len(words(candidate)) <= 30 else None
    return None


def build_document(doc_id: str, path: str, text: str, meta: dict[str, object] | None = None,
                   first_line: int = 1) -> Document:
    """Create a Document, taking date and title from metadata first, then from the text itself."""
    meta = dict(meta or {})
    fm, body_start = front_matter(text)
    meta = {**fm, **meta}
    published = next((d for k in _DATE_KEYS if (d := metadata_date(meta.get(k))) is not None), None)
    found, header = header_date(text, body_start)
    published = published or found or url_date(text, body_start, meta.get("url"))
    regions = [Span(0, body_start)] if body_start else []
    if header:
        regions.append(header)
    # Lines before a date header are classified too (a page's address, then its title, then "Published: ...");
    # the header's own line is skipped as the header.
    classified = [(span, reason) for span, reason in classify_lines(text, body_start, header)
                  if header is None or span.end <= header.start or span.start >= header.end]
    regions.extend(span for span, _ in classified)
    skipped = tuple(sorted(set(regions), key=lambda s: (s.start, s.end)))
    headlines = tuple(_headline(text, span) for span, reason in classified if reason in ("title", "stamped"))
    title = meta.get("title")
    if not isinstance(title, str):
        title = first_title(text, body_start, classified, header)
    return Document(
        id=doc_id,
        path=path,
        text=text,
        title=title,
        published=published,
        source=_text_or_none(meta.get("source")),
        url=_text_or_none(meta.get("url")),
        first_line=first_line,
        skipped=skipped,
        headlines=tuple(h for h in headlines if h is not None),
    )


def _headline(text: str, span: Span) -> Span | None:
    """The title of a title line, without a publication stamp glued to its end; None when nothing is left."""
    stamp = stamp_at_end(text, span.start, span.end)
    end = stamp.start() if stamp else span.end
    line = text[span.start : end]
    left, right = len(line) - len(line.lstrip()), len(line.rstrip())
    return Span(span.start + left, span.start + right) if right > left else None


def _text_or_none(value: object) -> str | None:
    """Return a metadata value if it is a non-empty string."""
    return value if isinstance(value, str) and value.strip() else None
