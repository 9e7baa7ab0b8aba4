"""TempEval-3 style evaluation of ``extract_temporal`` on MEANTIME (or any corpus in its format).

Usage: ``python -m evaluation.temporal /path/to/meantime [--json] [--errors]``.

Documents are split with ``sentencex`` and, in addition, at line breaks (each line of a
tokenised WikiNews file is a headline, a dateline or a paragraph). The publication date is the
``dct`` field (``YYYY-MM-DD``; ``DD-MM-YYYY`` is also accepted); when it is missing, the value of
the document's CREATION_TIME gold TIMEX is used, as TempEval gives the DCT as input.

MEANTIME annotates only the beginning of each article: the title, the dateline and the first
four sentences, i.e. the first six lines (no gold TIMEX of the 120 documents lies beyond line 6).
System mentions outside that region are not scored (``--lines 0`` scores the whole text).

Scores: strict span P/R/F1 (same offsets), relaxed P/R/F1 (overlap, one-to-one), type and value
accuracy over relaxed matches, and value F1 (relaxed match with the correct value, TempEval-3).
Value comparison treats equal spellings as equal: the decade ``199X`` = TimeML ``199``, the
century ``19XX`` = ``19`` (the project model writes the X placeholders), and the one gold value
written ``DD-MM-YYYY`` = ``YYYY-MM-DD``. When a document has neither ``dct`` nor a
CREATION_TIME gold TIMEX, the date on its dateline (second line) is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sentencex

from claimcheck.extract.temporal import extract_temporal
from claimcheck.model import Mention, TimeValue

TYPES = ("DATE", "DURATION", "TIME", "SET")
ANNOTATED_LINES = 6  # MEANTIME: title, dateline and the first four sentences
_DECADE_OR_CENTURY = re.compile(r"^(\d{2,3})X+$")
_DAY_FIRST = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")


@dataclass(frozen=True, slots=True)
class Timex:
    """A gold or system time expression in document coordinates."""

    doc: str
    start: int
    end: int
    type: str
    value: str
    text: str


def parse_dct(raw: str | None) -> dt.date | None:
    """Parse a document creation time written ``YYYY-MM-DD`` or ``DD-MM-YYYY``."""
    if not raw:
        return None
    m = _DAY_FIRST.match(raw[:10])
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1])) if m else dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, sentence) pairs: sentencex boundaries, further split at line breaks."""
    for seg in sentencex.get_sentence_boundaries("en", text):
        start, end = seg["start_index"], seg["end_index"]
        pos = start
        for line in text[start:end].split("\n"):
            if line.strip():
                yield pos, line
            pos += len(line) + 1


def dateline(text: str) -> dt.date | None:
    """Return the full date written on the second line (the WikiNews dateline), if any."""
    lines = text.split("\n", 2)
    if len(lines) < 2:
        return None
    for mention in extract_temporal(lines[1], 0, None):
        value = mention.value
        if isinstance(value, TimeValue) and value.granularity.value == "day" and not mention.normalized.startswith("X"):
            return dt.date.fromisoformat(mention.normalized)
    return None


def normalize_value(value: str) -> str:
    """Map equivalent TIMEX3 spellings to one form (``199X`` -> ``199``, ``19XX`` -> ``19``)."""
    m = _DECADE_OR_CENTURY.match(value)
    if m:
        return m.group(1)
    m = _DAY_FIRST.match(value)  # one gold value is written DD-MM-YYYY
    return f"{m[3]}-{m[2]}-{m[1]}" if m else value


def load(docs_path: Path, gold_path: Path) -> tuple[list[dict], list[Timex]]:
    """Load the documents and the gold TIMEX list."""
    docs = [json.loads(line) for line in docs_path.open(encoding="utf-8") if line.strip()]
    gold_rows = [json.loads(line) for line in gold_path.open(encoding="utf-8") if line.strip()]
    creation = {g["doc"]: g["value"] for g in gold_rows if g.get("functionInDocument") == "CREATION_TIME"}
    for doc in docs:
        doc["_pub"] = (parse_dct(doc.get("dct")) or parse_dct(creation.get(doc["doc"]))
                       or dateline(doc["text"]))
    texts = {d["doc"]: d["text"] for d in docs}
    gold = [
        Timex(g["doc"], g["start"], g["end"], g["type"], g["value"], g["text"])
        for g in gold_rows
        if g["doc"] in texts and texts[g["doc"]][g["start"]:g["end"]] == g["text"]
    ]
    return docs, gold


def _limit(text: str, lines: int) -> int:
    """Return the end offset of the first ``lines`` lines (the whole text when 0)."""
    if lines <= 0:
        return len(text)
    pos = -1
    for _ in range(lines):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return len(text)
    return pos


def system(docs: list[dict], lines: int = ANNOTATED_LINES) -> list[Timex]:
    """Run ``extract_temporal`` over every sentence of the annotated part of every document."""
    found: list[Timex] = []
    for doc in docs:
        text = doc["text"][:_limit(doc["text"], lines)]
        for offset, sent in sentences(text):
            mention: Mention
            for mention in extract_temporal(sent, offset, doc["_pub"]):
                kind = mention.value.type if isinstance(mention.value, TimeValue) else mention.kind
                found.append(Timex(doc["doc"], mention.span.start, mention.span.end, kind, mention.normalized,
                                   mention.text))
    return found


def match(gold: list[Timex], sys_: list[Timex]) -> list[tuple[Timex, Timex]]:
    """Pair gold and system mentions one-to-one by largest character overlap."""
    by_doc: dict[str, list[Timex]] = {}
    for s in sys_:
        by_doc.setdefault(s.doc, []).append(s)
    options = []
    for g in gold:
        for s in by_doc.get(g.doc, ()):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                options.append((overlap, g, s))
    options.sort(key=lambda o: -o[0])
    used_g: set[Timex] = set()
    used_s: set[Timex] = set()
    pairs = []
    for _, g, s in options:
        if g not in used_g and s not in used_s:
            used_g.add(g)
            used_s.add(s)
            pairs.append((g, s))
    return pairs


def _prf(correct_p: int, n_sys: int, correct_r: int, n_gold: int) -> dict[str, float]:
    """Return precision, recall and F1."""
    p = correct_p / n_sys if n_sys else 0.0
    r = correct_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)}


def score(gold: list[Timex], sys_: list[Timex], type_: str | None = None) -> dict:
    """Compute the TempEval-3 scores, overall or for one TIMEX type."""
    pairs = match(gold, sys_)
    g_in = (lambda t: t.type == type_) if type_ else (lambda t: True)
    n_gold = sum(1 for g in gold if g_in(g))
    n_sys = sum(1 for s in sys_ if g_in(s))
    strict = [(g, s) for g, s in pairs if g.start == s.start and g.end == s.end]
    by_gold = [(g, s) for g, s in pairs if g_in(g)]
    by_sys = [(g, s) for g, s in pairs if g_in(s)]
    ok = lambda g, s: normalize_value(g.value) == normalize_value(s.value)  # noqa: E731
    type_ok = sum(g.type == s.type for g, s in by_gold)
    value_ok = sum(ok(g, s) for g, s in by_gold)
    return {
        "gold": n_gold,
        "system": n_sys,
        "strict": _prf(sum(1 for _, s in strict if g_in(s)), n_sys,
                       sum(1 for g, _ in strict if g_in(g)), n_gold),
        "relaxed": _prf(len(by_sys), n_sys, len(by_gold), n_gold),
        "type_accuracy": round(type_ok / len(by_gold), 4) if by_gold else 0.0,
        "value_accuracy": round(value_ok / len(by_gold), 4) if by_gold else 0.0,
        "value": _prf(sum(ok(g, s) for g, s in by_sys), n_sys, value_ok, n_gold),
    }


def run(
    docs_path: str | Path, gold_path: str | Path, lines: int = ANNOTATED_LINES
) -> tuple[list[Timex], list[Timex]]:
    """Load a corpus and run the extractor: return (gold, system) mentions."""
    docs, gold = load(Path(docs_path), Path(gold_path))
    return gold, system(docs, lines)


def scores(gold: list[Timex], sys_: list[Timex]) -> dict:
    """Return the overall and per-type scores."""
    result = {"overall": score(gold, sys_)}
    for type_ in TYPES:
        result[type_] = score(gold, sys_, type_)
    return result


def evaluate(docs_path: str | Path, gold_path: str | Path, lines: int = ANNOTATED_LINES) -> dict:
    """Evaluate ``extract_temporal`` on a corpus; return overall and per-type scores."""
    return scores(*run(docs_path, gold_path, lines))


def format_table(result: dict) -> str:
    """Render the scores as a text table."""
    head = (f"{'':10}{'gold':>6}{'sys':>6}  {'strict P':>8}{'R':>7}{'F1':>7}  {'relax P':>8}{'R':>7}"
            f"{'F1':>7}  {'type':>6}{'value':>7}  {'val P':>6}{'R':>7}{'F1':>7}")
    lines = [head, "-" * len(head)]
    for key in ("overall", *TYPES):
        r = result[key]
        lines.append(
            f"{key:10}{r['gold']:>6}{r['system']:>6}  {r['strict']['P']:>8.3f}{r['strict']['R']:>7.3f}"
            f"{r['strict']['F1']:>7.3f}  {r['relaxed']['P']:>8.3f}{r['relaxed']['R']:>7.3f}"
            f"{r['relaxed']['F1']:>7.3f}  {r['type_accuracy']:>6.3f}{r['value_accuracy']:>7.3f}  "
            f"{r['value']['P']:>6.3f}{r['value']['R']:>7.3f}{r['value']['F1']:>7.3f}")
    return "\n".join(lines)


def errors(gold: list[Timex], sys_: list[Timex]) -> str:
    """List wrong values, misses and false positives (for error analysis)."""
    pairs = match(gold, sys_)
    matched_g = {g for g, _ in pairs}
    matched_s = {s for _, s in pairs}
    out = ["# wrong value"]
    out += [f"{g.doc[:30]}\t{g.text!r}\t{g.value}\t<- {s.text!r}\t{s.value}\t{s.type}/{g.type}"
            for g, s in pairs if normalize_value(g.value) != normalize_value(s.value)]
    out.append("# missed")
    out += [f"{g.doc[:30]}\t{g.text!r}\t{g.type}\t{g.value}" for g in gold if g not in matched_g]
    out.append("# false positive")
    out += [f"{s.doc[:30]}\t{s.text!r}\t{s.type}\t{s.value}" for s in sys_ if s not in matched_s]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder with docs.jsonl and timex_gold.jsonl")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", action="store_true", help="also list the errors")
    parser.add_argument("--lines", type=int, default=ANNOTATED_LINES,
                        help="score only the first N lines of each document (0 = all)")
    args = parser.parse_args(argv)
    gold, sys_ = run(args.corpus / "docs.jsonl", args.corpus / "timex_gold.jsonl", args.lines)
    result = scores(gold, sys_)
    print(json.dumps(result, indent=2) if args.json else format_table(result))
    if args.errors:
        print(errors(gold, sys_))
    return 0


if __name__ == "__main__":
    sys.exit(main())
