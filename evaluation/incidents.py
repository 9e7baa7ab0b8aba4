"""Score the figures claimcheck compares against a labelled set of real multi-outlet coverage.

Two label formats are read:

- **incident labels** (``--labels-format incidents``): one JSON line per document, ``{id, incident, counts: [{role,
  category, text, low, high, sentence, background}]}`` (the incident is a slug a person gave every document that
  reports one real event). Labelled conflicts are derived: two documents of one incident from different outlets
  (``source`` of the corpus record) that give one role and category, neither figure told for context, and whose
  figures cannot all hold together (intervals, rounding to the written precision allowed);
- **pair labels** (``--labels-format pairs``, as made for ECB+): one JSON line per conflicting pair, ``{subtopic,
  what, a: {doc, text, sentence}, b: {...}, note}``; the corpus record's ``subtopic`` is the incident.

Printed: how many labelled conflicts a finding reports (recall; an update counts as reported), how many findings
report a labelled conflict (precision), how many pair two incidents (per 100 incidents), and every other finding
for a person to audit.

    python -m evaluation.incidents CORPUS.jsonl LABELS.jsonl [--labels-format incidents|pairs] [--id-field doc]
        [--pairs MORE-PAIR-LABELS.jsonl]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

Pair = tuple[str, str]


def _records(path: Path) -> list[dict[str, Any]]:
    """The JSON lines of a file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _bounds(count: dict[str, Any]) -> tuple[float, float]:
    """The interval a labelled figure allows, with rounding to its written precision for exact figures."""
    low, high = count.get("low"), count.get("high")
    low = -math.inf if low is None else float(low)
    high = math.inf if high is None else float(high)
    if low == high and math.isfinite(low):
        slack = 0.5 if low < 1000 else low * 0.01
        return low - slack, high + slack
    return low, high


def _conflict(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Every figure of one document is incompatible with every figure of the other."""
    return all(_bounds(x)[1] < _bounds(y)[0] or _bounds(y)[1] < _bounds(x)[0] for x in a for y in b)


def conflicts_from_incidents(labels: list[dict[str, Any]], sources: dict[str, str]) -> list[dict[str, Any]]:
    """The labelled conflicts of incident labels: one per pair of documents and (role, category)."""
    by_incident: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label in labels:
        if not str(label.get("incident", "")).startswith("unknown"):
            by_incident[label["incident"]].append(label)
    found = []
    for incident, members in sorted(by_incident.items()):
        for a, b in itertools.combinations(sorted(members, key=lambda m: m["id"]), 2):
            if sources.get(a["id"]) == sources.get(b["id"]):
                continue
            for key in sorted(_slots(a) & _slots(b)):
                ca, cb = _slot(a, key), _slot(b, key)
                if _conflict(ca, cb):
                    found.append({"incident": incident, "what": "/".join(key),
                                  "a": {"doc": a["id"], "texts": [c["text"] for c in ca]},
                                  "b": {"doc": b["id"], "texts": [c["text"] for c in cb]}})
    return found


def _slots(label: dict[str, Any]) -> set[tuple[str, str]]:
    """(role, category) of a document's figures not told for context."""
    return {(c["role"], c["category"]) for c in label.get("counts", ()) if not c.get("background")}


def _slot(label: dict[str, Any], key: tuple[str, str]) -> list[dict[str, Any]]:
    """The figures of one (role, category) of a document."""
    return [c for c in label["counts"] if (c["role"], c["category"]) == key and not c.get("background")]


def conflicts_from_pairs(labels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The labelled conflicts of pair labels, in the common shape."""
    return [{"incident": p["subtopic"], "what": p["what"], "update": "update" in p.get("note", "").lower()[:200],
             "a": {"doc": p["a"]["doc"], "texts": [p["a"]["text"]]},
             "b": {"doc": p["b"]["doc"], "texts": [p["b"]["text"]]}} for p in labels]


def _same_value(value: str, texts: list[str]) -> bool:
    """A reported value and a labelled figure are one mention (one contains the other, spacing aside)."""
    folded = " ".join(value.lower().split())
    return any(folded in t or t in folded for t in (" ".join(x.lower().split()) for x in texts))


def run_check(corpus: Path, extra: list[str]) -> dict[str, Any]:
    """The JSON report of claimcheck on the corpus."""
    done = subprocess.run([sys.executable, "-m", "claimcheck", "check", str(corpus), "-f", "json", "--exit-zero",
                           "--no-corroborations", *extra], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"claimcheck failed: {done.stderr.strip()}")
    return json.loads(done.stdout)


def _pair(a: str, b: str) -> Pair:
    """A document pair in a stable order."""
    return (a, b) if a <= b else (b, a)


def score(report: dict[str, Any], conflicts: list[dict[str, Any]], incident_of: dict[str, str]) -> dict[str, Any]:
    """Recall, precision and cross-incident findings of a report against labelled conflicts."""
    wanted: dict[Pair, list[dict[str, Any]]] = defaultdict(list)
    for conflict in conflicts:
        wanted[_pair(conflict["a"]["doc"], conflict["b"]["doc"])].append(conflict)
    found: set[int] = set()
    results = []
    for finding in report["findings"]:
        claims = finding["claims"]
        incidents = {incident_of.get(c["document"], "?") for c in claims}
        hits = set()
        for x, y in itertools.combinations(claims, 2):
            if x["document"] == y["document"]:
                continue
            for conflict in wanted.get(_pair(x["document"], y["document"]), ()):
                sides = {conflict["a"]["doc"]: conflict["a"]["texts"], conflict["b"]["doc"]: conflict["b"]["texts"]}
                if _same_value(x["value"], sides[x["document"]]) and _same_value(y["value"], sides[y["document"]]):
                    hits.add(id(conflict))
        found |= hits
        # A finding that mixes two incidents is counted as such even when it also reports a labelled conflict.
        verdict = "cross-incident" if len(incidents - {"?"}) > 1 else ("labelled" if hits else "unlabelled")
        results.append({"verdict": verdict, "kind": finding["kind"], "code": finding["code"],
                        "message": finding["message"], "confidence": finding["confidence"],
                        "claims": [(c["document"], incident_of.get(c["document"], "?"), c["value"], c["text"])
                                   for c in claims]})
    contradictions = [r for r in results if r["kind"] == "contradiction"]
    labelled = [r for r in contradictions if r["verdict"] == "labelled"]
    count = len(set(incident_of.values()))
    reported = [c for c in conflicts if id(c) in found]
    return {
        "documents": len(incident_of), "incidents": count, "labelled_conflicts": len(conflicts),
        "reported": len(reported), "recall": round(len(reported) / len(conflicts), 3) if conflicts else None,
        "contradictions": len(contradictions), "labelled_contradictions": len(labelled),
        "precision": round(len(labelled) / len(contradictions), 3) if contradictions else None,
        "cross_incident": sum(1 for r in results if r["verdict"] == "cross-incident"),
        "cross_incident_per_100": round(100 * sum(1 for r in results if r["verdict"] == "cross-incident")
                                        / count, 2) if count else None,
        "findings": results, "missed": [c for c in conflicts if id(c) not in found],
    }


def main(argv: list[str] | None = None) -> int:
    """Print the scores and the findings to audit."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("labels", type=Path)
    parser.add_argument("--labels-format", choices=("incidents", "pairs"), default="incidents")
    parser.add_argument("--pairs", type=Path, action="append", default=[],
                        help="pair labels to add to incident labels (a mixed corpus: ECB+ beside other sets)")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--audit", type=int, default=0,
                        help="print this many findings that report no labelled conflict")
    parser.add_argument("--missed", type=int, default=0, help="print this many labelled conflicts not reported")
    args = parser.parse_args(argv)
    records = _records(args.corpus)
    labels = _records(args.labels)
    ids = [str(r[args.id_field]) for r in records]
    if args.labels_format == "pairs":
        incident_of = {i: str(r.get("subtopic", "")) for i, r in zip(ids, records, strict=True)}
        conflicts = conflicts_from_pairs(labels)
    else:
        incident_of = {str(label["id"]): str(label["incident"]) for label in labels}
        sources = {i: str(r.get("source", i)) for i, r in zip(ids, records, strict=True)}
        conflicts = conflicts_from_incidents(labels, sources)
    for extra in args.pairs:
        conflicts += conflicts_from_pairs(_records(extra))
    report = run_check(args.corpus, ["--id-field", args.id_field] if args.id_field != "id" else [])
    result = score(report, conflicts, incident_of)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    print(f"{result['documents']} documents, {result['incidents']} incidents, {result['labelled_conflicts']} "
          f"labelled conflicts")
    print(f"recall:    {result['recall']} ({result['reported']}/{result['labelled_conflicts']} reported, as a "
          "contradiction, revision or update)")
    print(f"precision: {result['precision']} ({result['labelled_contradictions']}/{result['contradictions']} "
          "contradictions report a labelled conflict)")
    print(f"cross-incident findings: {result['cross_incident']} ({result['cross_incident_per_100']} per 100 incidents)")
    shown = [r for r in result["findings"] if r["verdict"] != "labelled"][: args.audit]
    for item in shown:
        print(f"\n{item['verdict'].upper()} {item['kind']} {item['code']} ({item['confidence']}): "
              f"{item['message'][:160]}")
        for doc, incident, value, text in item["claims"]:
            print(f"    {doc:18} {incident[:28]:28} {value!r:24} {text[:150]}")
    for conflict in result["missed"][: args.missed]:
        print(f"\nMISSED {conflict['incident']} {conflict['what']}: {conflict['a']} vs {conflict['b']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
