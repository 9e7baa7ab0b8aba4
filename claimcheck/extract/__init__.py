"""Extract stage: one Document in, its claims out. Pure and picklable, so it can run in worker processes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.context import SentenceContext
from claimcheck.extract.entities import EntityIndex, Person, index_entities
from claimcheck.extract.names import strip_possessive
from claimcheck.extract.numbers import extract_numbers
from claimcheck.extract.occurrences import occurrences, with_occurrences
from claimcheck.extract.organisations import Organisation, index_organisations
from claimcheck.extract.segment import Sentence, sentences
from claimcheck.extract.temporal import extract_temporal
from claimcheck.lang.en.calendar import MONTHS_AND_DAYS
from claimcheck.lang.en.words import STOPWORDS
from claimcheck.model import Claim, Document, DocumentEvent, Mention, Span
from claimcheck.ruleset import RuleSet

_PROPER = re.compile(r"[A-Z](?<![\w’'].)[\w’'-]+")  # lookbehind after the first capital: faster


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one document says: its claims, its people and every value mention found."""

    document: Document
    claims: tuple[Claim, ...]
    persons: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    keywords: frozenset[str]  # proper nouns written inside sentences, for grouping documents into stories
    organisations: tuple[Organisation, ...] = ()
    events: tuple[DocumentEvent, ...] = ()  # the events the article reports (claims name theirs: occurrence)


def extract(document: Document, rules: RuleSet) -> Extraction:
    """Find every claim of one document: each enabled rule's component reads each sentence, then the document.

    A first pass reads each sentence's values, people and event words and builds the document's events; the
    second makes the claims, each tied to its event.
    """
    parts = sentences(document)
    entities = index_entities(parts, document.text, rules)
    organisations, organisation_links = index_organisations(parts, rules)
    contexts: list[SentenceContext] = []
    previous: str | None = None
    for sentence in parts:
        contexts.append(_context(document, sentence, entities, previous, organisation_links))
        previous = contexts[-1].people[0][1] if contexts[-1].people else previous
    found_events = occurrences(contexts, rules)
    claims: list[Claim] = []
    mentions: list[Mention] = []
    speaker: str | None = None
    for index, (sentence, base) in enumerate(zip(parts, contexts, strict=True)):
        ctx = with_occurrences(base, found_events, index, previous_speaker=speaker)
        mentions.extend(ctx.times + ctx.numbers)
        found = sentence_claims(ctx, rules)
        claims.extend(found)
        speaker = next((c.speaker for c in found if c.speaker), speaker if _continues_quote(sentence.text) else None)
    extracted: set[str] = set()
    for rule in rules.enabled:
        shared = rule.component.extraction
        if shared is None or shared not in extracted:  # kinds sharing an extraction read one set of claims
            claims.extend(rule.component.document_claims(document, entities, parts, rule, rules))
            extracted.add(shared or rule.code)
    claims.sort(key=lambda c: (c.span.start, c.span.end, str(c.attribute or ""), c.frame or ""))
    return Extraction(document, tuple(claims), entities.persons, tuple(sorted(mentions, key=lambda m: m.span.start)),
                      proper_nouns(parts, entities.common), organisations, found_events.events)


def sentence_claims(ctx: SentenceContext, rules: RuleSet) -> list[Claim]:
    """Every claim the enabled rules find in one sentence, kind by kind.

    A kind that ``yields`` makes no claim on a value a kind before it claimed (a tenure's date is no event's).
    """
    claims: list[Claim] = []
    earlier: set[Span] = set()  # values claimed by the kinds before the current one
    current: str | None = None
    for rule in rules.enabled:
        if rule.kind != current:
            earlier = {c.span for c in claims}
            current = rule.kind
        found = rule.component.sentence_claims(ctx, rule, rules)
        if rule.component.yields:
            found = [c for c in found if c.span not in earlier]
        claims.extend(found)
    return claims


def proper_nouns(parts: list[Sentence], common: frozenset[str]) -> frozenset[str]:
    """Capitalised words (at a sentence start only when the article never writes them in lower case)."""
    found: set[str] = set()
    for sentence in parts:
        lead = len(sentence.text) - len(sentence.text.lstrip(" “\"‘'("))  # opening quotes and spaces
        for match in _PROPER.finditer(sentence.text):
            key = _keyword(match.group())
            if key is not None and not (match.start() <= lead and key in common):
                found.add(key)
    return frozenset(found)


_KEYWORDS: dict[str, str | None] = {}  # capitalised word -> its keyword (lower case, no possessive) or None


def _keyword(word: str) -> str | None:
    """The keyword of a capitalised word; None for stopwords, months and days."""
    if word in _KEYWORDS:
        return _KEYWORDS[word]
    bare = strip_possessive(word)
    key = None if bare in STOPWORDS or bare in MONTHS_AND_DAYS else bare.lower()
    if len(_KEYWORDS) < 200_000:  # bounded: a large corpus has more distinct words than are worth keeping
        _KEYWORDS[word] = key
    return key


def _continues_quote(text: str) -> bool:
    """A sentence inside a quotation that runs on from the previous one."""
    return text.lstrip().startswith(("“", '"')) or text.count("“") < text.count("”")


def _context(document: Document, sentence: Sentence, entities: EntityIndex, previous: str | None,
             organisations: tuple[tuple[Span, str], ...] = ()) -> SentenceContext:
    """Run the value extractors on one sentence."""
    times = tuple(extract_temporal(sentence.text, sentence.start, document.published))
    numbers = tuple(extract_numbers(sentence.text, sentence.start, [m.span for m in times]))
    return SentenceContext(document, sentence, times, numbers, tuple(entities.in_span(sentence.span)), previous,
                           None, tuple(link for link in organisations if sentence.span.contains(link[0])))
