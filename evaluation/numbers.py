"""Evaluate ``extract_numbers`` on MEANTIME value mentions (QUANTITY, MONEY, PERCENT).

Usage: ``python -m evaluation.numbers /path/to/meantime [--errors] [--json]``.

Gold mentions carry no offsets: each is located by finding its sentence in the document text
and then its text inside that sentence (the k-th gold row with the same sentence and text takes
the k-th occurrence). Documents are split with ``sentencex`` and at line breaks, and every
sentence is passed to ``extract_numbers`` with its document offset.

Scores:
- recall: a gold mention is found when an extracted mention overlaps it; overall and per type;
  computed twice, without ``exclude`` and with the gold TIMEX spans as ``exclude`` (what the
  pipeline does with the temporal layer's output);
- type agreement over found mentions: MONEY~money, PERCENT~percent, QUANTITY~number/quantity/
  ordinal;
- value accuracy over found mentions whose gold text holds a number: the values read from the
  gold text by an independent token parser (``gold_values``, below; it shares no code with the
  extractor) must equal the anchor values of an overlapping extracted mention (the written
  value: the point, both ends of a range, the centre of "about x", the bound of "at least x");
- precision proxy: extracted mentions in annotated sentences (those holding a gold mention)
  that overlap no gold mention, with a sample.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

import sentencex

from claimcheck.extract.numbers import extract_numbers
from claimcheck.extract.numbers.lexicon import QUALIFIERS
from claimcheck.model import Mention, Quantity, Span

TYPES = ("QUANTITY", "MONEY", "PERCENT")
KIND_OF_TYPE = {"MONEY": {"money"}, "PERCENT": {"percent"}, "QUANTITY": {"number", "quantity", "ordinal"}}

# --- independent gold-text parser -----------------------------------------------------------

_G_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_G_MULT = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "bn": 1e9, "m": 1e6, "mn": 1e6, "k": 1e3}
_G_SCALES = ("hundred", "thousand", "million", "billion")
_G_NUM = re.compile(r"^[-\u2212]?\d[\d,]*(\.\d+)?|^\.\d+")


def gold_values(text: str) -> list[float]:
    """Read the numbers a gold mention states, scaled ("US$ 7.2 bn" -> [7.2e9]); [] if none."""
    values: list[float] = []
    tokens = text.replace("-", " - ").split()
    i = 0
    while i < len(tokens):
        tok = tokens[i].lower()
        digits = _G_NUM.match(tok)
        if digits:
            value = float(digits.group().replace(",", "").replace("\u2212", "-"))
            rest = tok[digits.end():]
            if rest in _G_MULT:
                value *= _G_MULT[rest]
            values.append(value)
        elif tok in _G_WORDS:
            value = float(_G_WORDS[tok])
            while i + 1 < len(tokens) and tokens[i + 1].lower() in _G_WORDS and value >= 20 \
                    and _G_WORDS[tokens[i + 1].lower()] < 10:
                i += 1
                value += _G_WORDS[tokens[i].lower()]
            values.append(value)
        elif tok in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].lower() in _G_SCALES:
            values.append(1.0)
        elif tok == "half" and i + 1 < len(tokens) and tokens[i + 1].lower() in ("a", "an"):
            values.append(0.5)
            i += 1
        elif tok in _G_MULT and tok not in ("m", "k") and values:
            if tok == "hundred" and i + 1 < len(tokens) and tokens[i + 1].lower() in _G_WORDS:
                values[-1] *= 100
            else:
                values[-1] *= _G_MULT[tok]
        elif tok in ("cents", "cent") and values:
            values[-1] /= 100
        i += 1
    if values and text.lstrip()[:1] in ("-", "\u2212"):
        values[0] = -values[0]
    return values


def anchors(q: Quantity) -> list[float]:
    """Return the values a quantity was written with (point, range ends, centre, bound).

    This reads the extractor's documented interval conventions back (``values.py``).
    """
    mode = QUALIFIERS.get(q.qualifier or "")
    if q.low is not None and q.low == q.high:
        return [q.low]
    if q.low is not None and q.high is None:
        return [q.low]
    if q.high is not None and (q.low is None or mode in ("le", "lt", "nearly")):
        return [q.high]
    if mode == "approx" and q.low is not None and q.high is not None:
        if _close(q.low * 1.1, q.high * 0.9):
            return [round((q.low + q.high) / 2, 6)]
        return [round(q.low / 0.9, 6), round(q.high / 1.1, 6)]
    return [v for v in (q.low, q.high) if v is not None]


def _values_match(expected: list[float], mention: Mention) -> bool:
    """Return True when the gold values and the mention's anchors agree (one holds the other)."""
    if not isinstance(mention.value, Quantity):
        return False
    got = anchors(mention.value)
    if not got:
        return False
    inside = all(any(_close(a, e) for e in expected) for a in got)
    holds = all(any(_close(a, e) for a in got) for e in expected)
    return inside or holds


def _close(a: float, b: float) -> bool:
    """Compare two values with a relative tolerance."""
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


# --- corpus plumbing -----------------------------------------------------------------------


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """Yield (start, sentence) with sentencex, also splitting at line breaks."""
    for line in re.finditer(r"[^\n]+", text):
        for b in sentencex.get_sentence_boundaries("en", line.group()):
            start = line.start() + b["start_index"]
            yield start, text[start : line.start() + b["end_index"]]


def _read_jsonl(path: Path) -> list[dict]:
    """Read a JSON-lines file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def locate_gold(docs: dict[str, str], gold: list[dict]) -> list[tuple[dict, Span | None, Span | None]]:
    """Return (gold row, mention span, sentence span) in document coordinates, None if not found."""
    seen: Counter[tuple[str, str, str]] = Counter()
    located: list[tuple[dict, Span | None, Span | None]] = []
    for row in gold:
        text = docs.get(row["doc"], "")
        s_start = text.find(row["sentence"])
        if s_start < 0:
            located.append((row, None, None))
            continue
        key = (row["doc"], row["sentence"], row["text"])
        pos = -1
        for _ in range(seen[key] + 1):
            pos = row["sentence"].find(row["text"], pos + 1)
            if pos < 0:
                break
        seen[key] += 1
        sent = Span(s_start, s_start + len(row["sentence"]))
        if pos < 0:
            located.append((row, None, sent))
            continue
        located.append((row, Span(s_start + pos, s_start + pos + len(row["text"])), sent))
    return located


def run(docs: dict[str, str], timex: dict[str, list[Span]] | None) -> dict[str, list[Mention]]:
    """Extract every document's mentions, optionally excluding gold TIMEX spans."""
    out: dict[str, list[Mention]] = {}
    for doc, text in docs.items():
        exclude: Sequence[Span] = timex.get(doc, []) if timex is not None else ()
        found: list[Mention] = []
        for start, sentence in sentences(text):
            found.extend(extract_numbers(sentence, start, exclude))
        out[doc] = found
    return out


def _score(located: list, system: dict[str, list[Mention]]) -> dict:
    """Compute recall, type agreement, value accuracy and the precision proxy."""
    per_type = {t: [0, 0] for t in TYPES}
    type_ok = value_ok = value_n = 0
    misses: list[str] = []
    wrong_values: list[str] = []
    wrong_types: list[str] = []
    gold_spans: dict[str, list[Span]] = defaultdict(list)
    annotated: dict[str, set[Span]] = defaultdict(set)
    for row, span, sent in located:
        if sent is not None:
            annotated[row["doc"]].add(sent)
        if span is not None:
            gold_spans[row["doc"]].append(span)
    for row, span, _ in located:
        per_type[row["type"]][1] += 1
        hits = [m for m in system.get(row["doc"], []) if span is not None and m.span.overlaps(span)]
        if not hits:
            misses.append(f"{row['type']:8} {row['text']!r} :: {row['sentence'][:160]}")
            continue
        per_type[row["type"]][0] += 1
        if any(m.kind in KIND_OF_TYPE[row["type"]] for m in hits):
            type_ok += 1
        else:
            wrong_types.append(f"{row['type']:8} {row['text']!r} -> {[(m.kind, m.text) for m in hits]}")
        expected = gold_values(row["text"])
        if expected:
            value_n += 1
            if any(_values_match(expected, m) for m in hits):
                value_ok += 1
            else:
                got = [(m.text, m.normalized) for m in hits]
                wrong_values.append(f"{row['text']!r} gold={expected} got={got}")
    extra: list[str] = []
    for doc, mentions in system.items():
        for m in mentions:
            if not any(m.span.overlaps(s) for s in annotated.get(doc, ())):
                continue
            if not any(m.span.overlaps(g) for g in gold_spans.get(doc, ())):
                extra.append(f"{m.kind:8} {m.text!r} {m.normalized}")
    found = sum(v[0] for v in per_type.values())
    total = sum(v[1] for v in per_type.values())
    return {
        "gold": total,
        "found": found,
        "recall": found / total if total else 0.0,
        "recall_by_type": {t: (v[0] / v[1] if v[1] else 0.0) for t, v in per_type.items()},
        "counts_by_type": {t: {"found": v[0], "gold": v[1]} for t, v in per_type.items()},
        "type_agreement": type_ok / found if found else 0.0,
        "value_accuracy": value_ok / value_n if value_n else 0.0,
        "value_checked": value_n,
        "unmatched_system": len(extra),
        "misses": misses,
        "wrong_types": wrong_types,
        "wrong_values": wrong_values,
        "unmatched_sample": extra,
    }


def evaluate(meantime_dir: str | Path) -> dict:
    """Run the evaluation on a MEANTIME folder; return the scores (see module docstring)."""
    root = Path(meantime_dir)
    docs = {d["doc"]: d["text"] for d in _read_jsonl(root / "docs.jsonl")}
    gold = _read_jsonl(root / "values_gold.jsonl")
    timex: dict[str, list[Span]] = defaultdict(list)
    timex_path = root / "timex_gold.jsonl"
    if timex_path.exists():
        for t in _read_jsonl(timex_path):
            timex[t["doc"]].append(Span(int(t["start"]), int(t["end"])))
    located = locate_gold(docs, gold)
    began = time.perf_counter()
    plain = run(docs, None)
    seconds = time.perf_counter() - began
    scores = _score(located, plain)
    with_timex = _score(located, run(docs, timex))
    size = sum(len(t.encode("utf-8")) for t in docs.values())
    keys = ("recall", "recall_by_type", "type_agreement", "value_accuracy", "unmatched_system")
    scores["with_timex_exclude"] = {k: with_timex[k] for k in keys}
    scores["unlocated_gold"] = sum(1 for _, span, _ in located if span is None)
    scores["mb_per_s_incl_segmentation"] = size / 1e6 / seconds if seconds else 0.0
    return scores


def _print(scores: dict, *, errors: bool) -> None:
    """Print a readable report."""
    print(f"gold mentions: {scores['gold']} (not located in text: {scores['unlocated_gold']})")
    print(f"recall: {scores['recall']:.3f} ({scores['found']}/{scores['gold']})")
    for t in TYPES:
        c = scores["counts_by_type"][t]
        print(f"  {t:8} recall {scores['recall_by_type'][t]:.3f} ({c['found']}/{c['gold']})")
    print(f"type agreement (found): {scores['type_agreement']:.3f}")
    print(
        f"value accuracy (found, gold text parsed independently): {scores['value_accuracy']:.3f}"
        f" over {scores['value_checked']}"
    )
    unmatched = scores["unmatched_system"]
    print(f"precision proxy: {unmatched} extracted mentions in annotated sentences overlap no gold")
    w = scores["with_timex_exclude"]
    by_type = " ".join(f"{t}={w['recall_by_type'][t]:.3f}" for t in TYPES)
    print(
        f"with gold TIMEX as exclude: recall {w['recall']:.3f} {by_type}, type agreement"
        f" {w['type_agreement']:.3f}, value accuracy {w['value_accuracy']:.3f},"
        f" unmatched {w['unmatched_system']}"
    )
    print(f"throughput incl. sentence splitting: {scores['mb_per_s_incl_segmentation']:.2f} MB/s")
    limit = None if errors else 15
    for title, key in (("unmatched sample", "unmatched_sample"), ("misses", "misses"),
                       ("wrong types", "wrong_types"), ("wrong values", "wrong_values")):
        items = scores[key][:limit]
        print(f"\n{title} ({len(scores[key])}):")
        for line in items:
            print("  " + line)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("meantime_dir", nargs="?", default="../shared/data/meantime")
    parser.add_argument("--errors", action="store_true", help="print every error, not a sample")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    scores = evaluate(args.meantime_dir)
    if args.json:
        json.dump(scores, sys.stdout, indent=2)
        print()
    else:
        _print(scores, errors=args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
