"""What a frame sees of one sentence: its text, its values, its people and the previous subject."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.extract.attribution import attribution, span_people
from claimcheck.extract.segment import Sentence
from claimcheck.lang.en.words import FUTURE_MARKERS, HEDGES, NEGATIONS, phrases
from claimcheck.model import Claim, Document, Mention, Qualifier, Span, TimeValue

_CLAUSE_BREAK = re.compile(r"[;:—–]|\s[-]\s|,\s+(?:but|while|whereas|although)\b|\.\s")
# Tokenised text (ECB+, MEANTIME: "an eight - year , $160 million offer .") spaces its hyphens: there a spaced
# hyphen joins a compound and is no dash.
_TOKENISED_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s+(?:but|while|whereas|although)\b|\.\s")
_WORD = re.compile(r"[\w’'$%-]+")
_HEDGES = re.compile(rf"\b(?:{phrases(HEDGES)})\b", re.IGNORECASE)
_FUTURE = re.compile(rf"\b(?:{phrases(FUTURE_MARKERS)})\b", re.IGNORECASE)
_NEGATION = re.compile(rf"\b(?:{phrases(NEGATIONS)})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """One sentence with everything extracted from it."""

    document: Document
    sentence: Sentence
    times: tuple[Mention, ...]
    numbers: tuple[Mention, ...]
    people: tuple[tuple[Span, str], ...]  # linked person mentions in the sentence
    previous_subject: str | None  # first person of the previous sentence, for "he"/"she"
    previous_speaker: str | None = None  # who spoke in the previous sentence, for quotes that run on
    organisations: tuple[tuple[Span, str], ...] = ()  # organisation mentions of the sentence, for speakers
    triggers: tuple[tuple[Span, str, int], ...] = ()  # event words: (span, event key, document event index)
    current_event: int | None = None  # the document event the article is telling of in this sentence
    triggers_known: bool = False  # the document's events are built: ``triggers`` holds every event word

    def local(self, span: Span) -> tuple[int, int]:
        """A document span as offsets into the sentence text."""
        return span.start - self.sentence.start, span.end - self.sentence.start

    def clause_bounds(self, span: Span) -> tuple[int, int]:
        """The sentence-local (start, end) of the clause around ``span``."""
        start, end = self.local(span)
        text = self.sentence.text
        starts, ends = _clause_breaks(text)  # bisect, not a scan per value: a huge sentence stays linear
        before = bisect_right(ends, start)  # breaks ending at or before the value
        left = ends[before - 1] if before else 0
        after = bisect_left(starts, end)
        right = starts[after] if after < len(starts) else len(text)
        return left, right

    def qualifiers(self, start: int, end: int) -> tuple[Qualifier, ...]:
        """Hedging, future and negation markers in ``sentence.text[start:end]``."""
        return _qualifiers(self.sentence.text, start, end)  # cached: the values of one clause share it

    def claim(self, mention: Mention, **fields: object) -> Claim:
        """A Claim for a value mention of this sentence, with the sentence as evidence and its speaker."""
        start, end = self.local(mention.span)
        people = span_people(self.people + self.organisations, self.sentence.start)
        speaker, quoted = attribution(self.sentence.text, start, end, people, self.previous_speaker,
                                      temporal=isinstance(mention.value, TimeValue))
        qualifiers = tuple(fields.pop("qualifiers", ())) + ((Qualifier.QUOTED,) if quoted else ()) + (  # type: ignore[arg-type]
            (Qualifier.ATTRIBUTED,) if speaker else ())
        if "occurrence" not in fields:  # the nearest event word's event, else the one the article tells of
            near = min(self.triggers, key=lambda t: abs(t[0].start - mention.span.start), default=None)
            fields["occurrence"] = near[2] if near else self.current_event
        return Claim(
            document=self.document.id,
            kind=mention.kind,
            span=mention.span,
            sentence=self.sentence.span,
            text=mention.text,
            normalized=mention.normalized,
            value=mention.value,
            qualifiers=qualifiers,
            speaker=speaker,
            **fields,  # type: ignore[arg-type]
        )


@lru_cache(maxsize=64)
def _qualifiers(sentence: str, start: int, end: int) -> tuple[Qualifier, ...]:
    """Hedging, future and negation markers in ``sentence[start:end]``."""
    text = sentence[start:end]
    found = []
    if _HEDGES.search(text):
        found.append(Qualifier.HEDGED)
    if _FUTURE.search(text):
        found.append(Qualifier.FUTURE)
    if _NEGATION.search(text):
        found.append(Qualifier.NEGATED)
    return tuple(found)


@lru_cache(maxsize=4)
def _clause_breaks(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the clause breaks of a sentence, in text order."""
    tokenised = " , " in text or text.endswith(" .")
    found = [(m.start(), m.end()) for m in (_TOKENISED_CLAUSE_BREAK if tokenised else _CLAUSE_BREAK).finditer(text)]
    return [s for s, _ in found], [e for _, e in found]


def words_between(text: str, start: int, end: int) -> int:
    """How many words lie in ``text[start:end]``."""
    return len(_WORD.findall(text, start, end)) if end > start else 0
