"""The sentence-level driver: run every rule, keep the longest non-overlapping candidates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from claimcheck.extract.temporal import dates, durations, periods, relative, times
from claimcheck.extract.temporal.base import Candidate, Context, Rule
from claimcheck.extract.temporal.lexicon import MONTHS, REF_WORDS, SEASONS, SET_WORDS, WEEKDAYS
from claimcheck.lang.en.numbers import CARDINALS
from claimcheck.model import Granularity, Mention, Span

_RULES: tuple[Rule, ...] = (*dates.RULES, *times.RULES, *relative.RULES, *periods.RULES, *durations.RULES)

# Cheap pre-checks, each evaluated at most once per sentence: a rule is tried only when all
# its triggers fire. A word-set trigger fires when the sentence has one of the words (letters
# runs of the lowercased sentence); a pattern trigger when the pattern occurs in it.
_WORDS = re.compile(r"[a-z]+")
_UNIT_WORDS = frozenset({
    "year", "years", "yr", "yrs", "month", "months", "day", "days", "week", "weeks", "hour", "hours",
    "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "quarter",
    "quarters", "fortnight", "fortnights", "millennium", "millennia",
})
WordTrigger = frozenset[str]
TRIGGERS: dict[str, WordTrigger | re.Pattern[str]] = {
    "digit": re.compile(r"\d"),
    "year4": re.compile(r"1\d\d\d|20\d\d"),
    "iso": re.compile(r"\d-\d\d-\d"),
    "slash": re.compile(r"\d\s?/\s?\d"),
    "clock": re.compile(r"\d\s?[:.]\s?\d\d"),
    "ampm": re.compile(r"\d\s*[ap]\s?\.?\s?m"),
    "decade": re.compile(r"0\s?'?s"),
    "short_year": re.compile(r"'\d\d"),
    "range": re.compile(rf"(?:or|to|and) (?:\d|{'|'.join(sorted(CARDINALS, key=len, reverse=True))}|a )"),
    "month": frozenset(MONTHS),
    "weekday": frozenset(WEEKDAYS),
    "unit": _UNIT_WORDS,
    "plural_unit": frozenset(w for w in _UNIT_WORDS if w.endswith("s") or w.endswith("a")),
    "ago": frozenset({"ago"}),
    "relday": frozenset({"today", "yesterday", "tomorrow", "tonight"}),
    "pod": frozenset({"morning", "afternoon", "evening", "night", "overnight"}),
    "weekend": frozenset({"weekend"}),
    "ref": frozenset(w for phrase in REF_WORDS for w in phrase.split()
                     if w not in ("the", "in", "at", "for", "of", "as", "right", "very")),
    "season": frozenset(SEASONS),
    "quarter": frozenset({"quarter", "q"}),
    "set": frozenset(SET_WORDS),
    "every": frozenset({"every", "each", "per"}),
    "holiday": frozenset({"christmas", "halloween", "valentine", "year"}),
    "day": frozenset({"day"}),
    "noon": frozenset({"noon", "midday", "midnight"}),
    "century": frozenset({"century", "centuries"}),
    "fiscal": frozenset({"fiscal", "fy"}),
    "military": frozenset({"utc", "gmt", "hours", "hrs", "z"}),
    "old": frozenset({"old"}),
    "the_past": frozenset({"past", "coming"}),
    "rel": frozenset({"last", "this", "next", "previous", "coming", "current", "start", "beginning", "middle",
                      "end", "close"}),
    "half": frozenset({"half", "h"}),
    "week": frozenset({"week"}),
    "ampm_word": frozenset({"am", "pm", "m"}),
}
_KIND = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}
# Digit-shape triggers run on the numeric chunks of the sentence only ("2023-03-01 15:00 1990s").
_CHUNK = re.compile(r"\d[\w.,:/'-]*")
_DIGIT = re.compile(r"\d")
_DIGIT_KEYS = ("year4", "iso", "decade")
# word -> trigger keys it fires; rules listed with their trigger keys, in rule order.
_WORD_KEYS: dict[str, tuple[str, ...]] = {}
for _key, _trigger in TRIGGERS.items():
    if isinstance(_trigger, frozenset):
        for _word in _trigger:
            _WORD_KEYS[_word] = (*_WORD_KEYS.get(_word, ()), _key)
_ALL_WORDS = frozenset(_WORD_KEYS)
_RULE_KEYS: tuple[tuple[Rule, tuple[str, ...]], ...] = tuple(
    (rule, tuple(rule.trigger.split("+"))) for rule in _RULES)
_BY_FIRST: dict[str, tuple[int, ...]] = {}
for _index, (_rule, _keys) in enumerate(_RULE_KEYS):
    _BY_FIRST[_keys[0]] = (*_BY_FIRST.get(_keys[0], ()), _index)


# Typographic apostrophes (U+2018/U+2019), the en dash and the minus sign are matched as their
# ASCII forms; the replacement keeps every offset, and mention texts come from the original.
_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2212": "-"})
_TYPOGRAPHIC = re.compile("[\u2018\u2019\u2013\u2212]")


def _lower(sentence: str) -> str:
    """Lowercase without changing the length (a few Unicode letters grow when lowercased)."""
    lower = sentence.lower()
    if len(lower) == len(sentence):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)


def _fired(ctx: Context) -> dict[str, bool]:
    """Evaluate the word and digit-shape triggers of a sentence."""
    lower = ctx.lower
    fired = dict.fromkeys(
        (key for word in _ALL_WORDS.intersection(_WORDS.findall(lower)) for key in _WORD_KEYS[word]), True)
    chunks = " ".join(_CHUNK.findall(lower)) if _DIGIT.search(lower) else ""
    fired["digit"] = bool(chunks)
    for key in _DIGIT_KEYS:
        trigger = TRIGGERS[key]
        fired[key] = bool(chunks) and isinstance(trigger, re.Pattern) and trigger.search(chunks) is not None
    return fired


def _candidates(ctx: Context) -> list[Candidate]:
    """Collect the candidates of every rule whose triggers fire on the sentence."""
    fired = _fired(ctx)
    found: list[Candidate] = []
    todo = sorted({i for key, hit in fired.items() if hit for i in _BY_FIRST.get(key, ())})
    for index in todo:
        rule, keys = _RULE_KEYS[index]
        for key in keys[1:]:
            hit = fired.get(key)
            if hit is None:
                trigger = TRIGGERS[key]
                hit = fired[key] = isinstance(trigger, re.Pattern) and trigger.search(ctx.lower) is not None
            if not hit:
                break
        else:
            for match in rule.pattern.finditer(ctx.lower if rule.lower else ctx.sentence):
                result = rule.handler(match, ctx)
                if isinstance(result, list):
                    found.extend(result)
                elif result is not None:
                    found.append(result)
    return found


def _select(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates first, dropping any that overlap a kept one."""
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start - c.end, c.start)):
        if cand.end <= cand.start:
            continue
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def _resolve_anaphora(kept: list[Candidate]) -> list[Candidate]:
    """Give "the day" and day-less clock times the day of the nearest full date in the sentence.

    Without one, their value keeps the publication date (TIMEX3's convention) but is not anchored: "at 7 p.m." in
    articles published on different days is no disagreement about the day.
    """
    days = [c for c in kept if c.value is not None and c.value.type == "DATE"
            and c.value.granularity is Granularity.DAY and not c.anaphoric and c.value.anchored]
    if not days:
        return [c._replace(value=replace(c.value, anchored=False)) if c.anaphoric and c.value is not None
                and c.value.anchored else c for c in kept]
    out: list[Candidate] = []
    for cand in kept:
        if cand.anaphoric and cand.value is not None:
            before = [d for d in days if d.end <= cand.start]
            ref = before[-1] if before else min(days, key=lambda d: d.start - cand.end)
            assert ref.value is not None  # days hold dated candidates only
            new_value = ref.value.value[:10] + cand.value.value[10:]
            cand = cand._replace(value=replace(cand.value, value=new_value, anchored=True))
        out.append(cand)
    return out


def extract_temporal(sentence: str, offset: int, published: dt.date | None) -> list[Mention]:
    """Return the non-overlapping temporal mentions of one sentence, in document coordinates."""
    try:
        return _extract(sentence, offset, published)
    except (OverflowError, ValueError):
        # A publication date at the edge of the calendar (0001-01-01, 9999-12-31) cannot anchor "yesterday" or
        # "tomorrow": such expressions stay unanchored rather than crash the run.
        return _extract(sentence, offset, None)


def _extract(sentence: str, offset: int, published: dt.date | None) -> list[Mention]:
    """Find, select and normalise the temporal mentions of one sentence."""
    normal = sentence.translate(_SAME_LENGTH) if _TYPOGRAPHIC.search(sentence) else sentence
    ctx = Context(normal, published, _lower(normal))
    mentions: list[Mention] = []
    for cand in _resolve_anaphora(_select(_candidates(ctx))):
        if cand.value is None:
            continue  # a blocker, e.g. the season range "2012-13"
        start, end = cand.start, cand.end
        while end > start and sentence[end - 1].isspace():
            end -= 1
        mentions.append(Mention(
            span=Span(offset + start, offset + end),
            text=sentence[start:end],
            kind=_KIND[cand.value.type],
            normalized=cand.value.value,
            value=cand.value,
        ))
    return mentions
