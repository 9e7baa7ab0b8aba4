"""Find lines of an article that are not its claims: crumbs, promos, copyright, pasted headlines, repeats.

Every rule here is a general heuristic about the shape of a line, never a list of known strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.load.pubdate import stamp_at_end
from claimcheck.model import Span
from claimcheck.patterns import trie

_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")
_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*\s*$|[\"”]\s*$")
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved)", re.IGNORECASE)
_PROMO_PHRASES = (
    "subscribe", "sign up", "newsletter", "click here", "read more", "more stories", "follow us", "download the app",
    "download our app", "available on", "contributed to this report", "reporting by", "editing by",
    "this story has been", "see also", "advertisement", "share this",
)
# Labels that open a promo line ("Watch: ...", "Related: ..."); inside a line they are content: the memorial
# line "End of Watch: Tuesday, June 4 2004" is a date of death.
_PROMO_LABELS = ("related", "watch", "listen")
# Searched in the lower-cased line (three times faster than IGNORECASE), as a trie (faster than a flat list). A
# phrase ends where no word character follows.
_PROMO = re.compile(rf"\b(?:{trie(_PROMO_PHRASES, space=re.escape(' '))})(?!\w)"
                    rf"|^[\W_]*(?:{'|'.join(_PROMO_LABELS)})\s*:")
_DOMAIN = re.compile(r"(?<=[\w-])\.(?:com|org|net|co\.uk|news|io)\b|https?://")  # lower-cased too
_CRUMB_SEP = re.compile(r"\s(?:›|»|>|\||/)\s")
# A web address on a line of its own, as copied pages and tokenised corpora keep it ("http : / / www . x . com / ...").
_URL_LINE = re.compile(r"^\s*(?:https?\s*:\s*/\s*/|www\s*\.)\s*\S", re.IGNORECASE)
_DATELINE_PREFIX = re.compile(r"^\s*(?:\([^)]{1,40}\)|[A-Z][A-Z .,'-]{1,40}(?:\([^)]{1,30}\))?)\s*[—–-]+\s*")


def words(text: str) -> list[str]:
    """Return the word tokens of a line."""
    return _WORD.findall(text)


def _normalised(text: str) -> str:
    """Fold a line for repeat detection: no dateline prefix, case, quotes or spacing differences."""
    text = _DATELINE_PREFIX.sub("", text)
    return " ".join(words(text.lower()))


def lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each line without its newline."""
    start = 0
    for piece in text.splitlines(keepends=True):
        end = start + len(piece.rstrip("\r\n"))
        yield start, end
        start += len(piece)


def is_headline_like(line: str) -> bool:
    """A short standalone line without final punctuation: a title, subheading or pasted headline."""
    stripped = line.strip()
    return not _TERMINAL.search(stripped[-12:]) and 0 < len(words(stripped)) <= 16


def is_promo_or_copyright(line: str) -> bool:
    """A copyright notice, or a short promotional / credit line."""
    if _COPYRIGHT.search(line):
        return True
    folded = line.lower()
    return (bool(_PROMO.search(folded)) or bool(_DOMAIN.search(folded))) and len(words(line)) <= 25


def _standalone(paragraphs: list[tuple[int, int]], index: int, text: str) -> bool:
    """True when the line at ``index`` is its own paragraph (blank or edge on both sides)."""
    before = index == 0 or not text[paragraphs[index - 1][0] : paragraphs[index - 1][1]].strip()
    after = index + 1 >= len(paragraphs) or not text[paragraphs[index + 1][0] : paragraphs[index + 1][1]].strip()
    return before and after


def classify_lines(text: str, body_start: int = 0) -> list[tuple[Span, str]]:
    """Return (span, reason) for each line that must not yield claims (see module docstring)."""
    all_lines = list(lines(text))
    content = [(i, s, e) for i, (s, e) in enumerate(all_lines) if e > body_start and text[s:e].strip()]
    skipped: list[tuple[Span, str]] = []
    seen: dict[str, int] = {}
    first_sentence_line = next(
        (i for i, s, e in content if not is_headline_like(text[max(s, body_start) : e])), None
    )
    keys = [_normalised(text[max(start, body_start) : end]) for _, start, end in content]
    for position, (index, start, end) in enumerate(content):
        start = max(start, body_start)
        line = text[start:end]
        key = keys[position]
        reason = _skip(line, key, seen, keys, position, text, index, first_sentence_line, all_lines)
        if reason:
            skipped.append((Span(start, end), reason))
        seen.setdefault(key, index)
    return skipped


def _skip(
    line: str,
    key: str,
    seen: dict[str, int],
    keys: list[str],
    position: int,
    text: str,
    index: int,
    first_sentence_line: int | None,
    all_lines: list[tuple[int, int]],
) -> str:
    """Say why one line is boilerplate ("" when it is article text)."""
    if not key:
        return "empty"
    if key in seen:
        return "repeat"
    if _URL_LINE.match(line):
        return "address"
    if is_promo_or_copyright(line):
        return "promo"
    if (_CRUMB_SEP.search(line) and is_headline_like(line)) or _is_crumb_prefixed_repeat(key, keys, position):
        return "crumbs"
    stamp = stamp_at_end(line, 0, len(line))
    if stamp and (not line[: stamp.start()].strip() or is_headline_like(line[: stamp.start()])):
        return "stamped"  # a headline with its publication stamp glued on: "... Facility May 3rd, 2013 2:00pm EDT"
    if not is_headline_like(line):
        return ""
    # A headline-like line before the first real sentence is the title or a deck (kept out of claims);
    # after it, a standalone headline-like line is a subheading or a pasted related-story headline.
    if first_sentence_line is None or index < first_sentence_line:
        return "title"
    return "headline" if _standalone(all_lines, index, text) else ""


def _is_crumb_prefixed_repeat(key: str, keys: list[str], position: int) -> bool:
    """A line that ends with the text of a nearby later line, after a few extra words: crumbs + headline."""
    for other in keys[position + 1 : position + 4]:
        if other and other != key and key.endswith(" " + other) and len(key) - len(other) <= 40:
            return True
    return False
