"""The sentence-level driver: run every rule, keep the longest non-overlapping candidates."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extract.temporal import dates, durations, relative, times
from claimcheck.extract.temporal.base import Candidate, Context, Rule
from claimcheck.model import Mention, Span

_RULES: tuple[Rule, ...] = (*dates.RULES, *times.RULES, *relative.RULES, *durations.RULES)
_DIGIT = re.compile(r"\d")
_KIND = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}


def _candidates(ctx: Context) -> list[Candidate]:
    """Collect every rule's candidates for the sentence."""
    found: list[Candidate] = []
    has_digit = _DIGIT.search(ctx.sentence) is not None
    for rule in _RULES:
        if rule.needs_digit and not has_digit:
            continue
        for match in rule.pattern.finditer(ctx.sentence):
            result = rule.handler(match, ctx)
            if result is None:
                continue
            if isinstance(result, list):
                found.extend(result)
            else:
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


def extract_temporal(sentence: str, offset: int, published: dt.date | None) -> list[Mention]:
    """Return the non-overlapping temporal mentions of one sentence, in document coordinates."""
    ctx = Context(sentence, published)
    mentions: list[Mention] = []
    for cand in _select(_candidates(ctx)):
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
