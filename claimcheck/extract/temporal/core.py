"""The sentence-level driver: run every rule, keep the longest non-overlapping candidates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from claimcheck.extract.temporal import dates, durations, relative, times
from claimcheck.extract.temporal.base import Candidate, Context, Rule
from claimcheck.model import Granularity, Mention, Span

_RULES: tuple[Rule, ...] = (*dates.RULES, *times.RULES, *relative.RULES, *durations.RULES)
# Cheap pre-checks, each run at most once per sentence: a rule is tried only when its trigger
# occurs. Lowercase triggers run on the lowercased sentence, the others on the sentence.
TRIGGERS: dict[str, tuple[re.Pattern[str], bool]] = {
    "digit": (re.compile(r"\d"), False),
    "month": (re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG"
                         r"|SEP|OCT|NOV|DEC"), False),
    "weekday": (re.compile(r"Mon|Tue|Wed|Thu|Fri|Sat|Sun"), False),
    "unit": (re.compile(r"year|month|day|week|hour|minute|second|decade|centur|quarter|fortnight|millenn"
                        r"|yr"), True),
    "ago": (re.compile(r"ago"), True),
    "relday": (re.compile(r"today|yesterday|tomorrow|tonight"), True),
    "pod": (re.compile(r"morning|afternoon|evening|night"), True),
    "weekend": (re.compile(r"weekend"), True),
    "ref": (re.compile(r"now|current|moment|present|recent|lately|past|future|soon|shortly|later|term"
                       r"|coming|eventually|these days|time being"), True),
    "season": (re.compile(r"spring|summer|autumn|fall|winter"), True),
    "quarter": (re.compile(r"quarter|q[1-4]"), True),
    "set": (re.compile(r"annual|ly|biennial"), True),
    "every": (re.compile(r"every|each|per"), True),
    "holiday": (re.compile(r"Christmas|New Year|Halloween|Valentine"), False),
    "day": (re.compile(r"[Tt]h(?:e|at) (?:same |very )?day"), False),
    "noon": (re.compile(r"noon|midday|midnight"), True),
}
_KIND = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}


def _lower(sentence: str) -> str:
    """Lowercase without changing the length (a few Unicode letters grow when lowercased)."""
    lower = sentence.lower()
    if len(lower) == len(sentence):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)


def _candidates(ctx: Context) -> list[Candidate]:
    """Collect every rule's candidates for the sentence."""
    found: list[Candidate] = []
    fired: dict[str, bool] = {}
    for rule in _RULES:
        ok = fired.get(rule.trigger)
        if ok is None:
            trigger, on_lower = TRIGGERS[rule.trigger]
            ok = fired[rule.trigger] = trigger.search(ctx.lower if on_lower else ctx.sentence) is not None
        if not ok:
            continue
        for match in rule.pattern.finditer(ctx.lower if rule.lower else ctx.sentence):
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


def _resolve_anaphora(kept: list[Candidate]) -> list[Candidate]:
    """Give "the day" and day-less clock times the day of the nearest full date in the sentence."""
    days = [c for c in kept if c.value is not None and c.value.type == "DATE"
            and c.value.granularity is Granularity.DAY and not c.anaphoric and c.value.anchored]
    if not days:
        return kept
    out: list[Candidate] = []
    for cand in kept:
        if cand.anaphoric and cand.value is not None:
            before = [d for d in days if d.end <= cand.start]
            ref = before[-1] if before else min(days, key=lambda d: d.start - cand.end)
            new_value = ref.value.value[:10] + cand.value.value[10:]
            cand = cand._replace(value=replace(cand.value, value=new_value, anchored=True))
        out.append(cand)
    return out


def extract_temporal(sentence: str, offset: int, published: dt.date | None) -> list[Mention]:
    """Return the non-overlapping temporal mentions of one sentence, in document coordinates."""
    ctx = Context(sentence, published, _lower(sentence))
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
