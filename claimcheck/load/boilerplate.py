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


_TOKEN = re.compile(r"\S+")
_EDGE = "\"'“”‘’()[],.:;!?"
# Words of four letters or more that a Title Case headline still writes in lower case.
_HEADLINE_LOWER = frozenset({"from", "with", "after", "over", "into", "amid", "near", "than", "upon", "onto", "during",
                             "about", "before", "under", "against", "between", "without", "says"})
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?:\s|$)")


def glued_headline(text: str, start: int, end: int) -> int | None:
    """Where a Title Case headline glued to the lead of ``text[start:end]`` ends; None when the line has none.

    Copied pages run the headline into the lead: "Thirty Killed in Strikes on Syrian Town At least 30 people
    were killed ...", "Police Shoot Teen Yesterday, the police said ...". The headline is the run of capitalised
    (and short) words before the first long lower-case word, less the capitalised word that opens the lead, which
    must be short ("At", "A", "He", "The") or a preposition ("After"): a longer one may be a name running on
    ("... Prime Minister John Howard and federal ..."). It counts only when one of its words (after the first)
    is written in lower case later in the article, as a headline's words are, and the rest reads as a sentence:
    a name run ("President Barack Obama on Tuesday said") has no such word.
    """
    tokens = [(m.start(), m.end(), m.group().strip(_EDGE)) for m in _TOKEN.finditer(text, start, end)]
    first = next((i for i, (_, _, w) in enumerate(tokens)
                  if len(w) >= 4 and w[0].islower() and w.lower() not in _HEADLINE_LOWER), None)
    if first is None or first < 4:
        return None
    lead = first - 1
    while lead > 0 and tokens[lead][2][:1].islower():
        lead -= 1  # "Yesterday, the police": the lead opens at the capitalised word before its short words
    if lead < 3 or not tokens[lead][2][:1].isupper():
        return None
    opener = tokens[lead][2]
    if not (len(opener) <= 3 or opener.lower() in _HEADLINE_LOWER or opener.isdigit()):
        return None  # "... Prime Minister John Howard and federal ...": a name runs on, no lead opens there
    headline = tokens[:lead]
    last = text[headline[-1][0] : headline[-1][1]]
    if (not last[-1].isalnum() or headline[-1][2][:1].islower() or any(w[-1:] in ".!?" for w in (
            text[a:b] for a, b, _ in headline)) or not _SENTENCE_END.search(text, tokens[lead][0], end)):
        return None
    if sum(1 for _, _, w in headline if len(w) >= 4 and w[0].isupper()) < 2:
        return None
    later = {w.lower() for w in _WORD.findall(text[tokens[lead][0] :]) if w[:1].islower()}
    if not any(w.lower() in later for _, _, w in headline[1:] if w[:1].isupper()):
        return None
    return headline[-1][1]


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


def classify_lines(text: str, body_start: int = 0, header: Span | None = None) -> list[tuple[Span, str]]:
    """Return (span, reason) for each line that must not yield claims (see module docstring).

    ``header``: a date header or stamp the caller skips; the rest of its line is classified as a line of its own
    ("Tuesday 4 Apr 2017 Thirty Killed in ..." is a headline glued to the lead once the stamp is off).
    """
    all_lines = [(max(s, header.end) if header and s <= header.start < e else s, e) for s, e in lines(text)]
    content = [(i, s, e) for i, (s, e) in enumerate(all_lines) if e > body_start and text[s:e].strip()]
    skipped: list[tuple[Span, str]] = []
    seen: dict[str, int] = {}
    first_sentence_line = next(
        (i for i, s, e in content if not is_headline_like(text[max(s, body_start) : e])
         and not _URL_LINE.match(text, max(s, body_start), e)), None
    )
    keys = [_normalised(text[max(start, body_start) : end]) for _, start, end in content]
    for position, (index, start, end) in enumerate(content):
        start = max(start, body_start)
        line = text[start:end]
        key = keys[position]
        reason = _skip(line, key, seen, keys, position, text, index, first_sentence_line, all_lines)
        if reason:
            skipped.append((Span(start, end), reason))
        elif position == 0 and (glued := glued_headline(text, start, end)) is not None:
            skipped.append((Span(start, glued), "title"))  # the lead after it stays article text
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
