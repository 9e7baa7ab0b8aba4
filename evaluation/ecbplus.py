"""Run the checker on ECB+ one topic at a time and print every contradiction for a person to audit.

Each topic holds two different real events (subtopics ``Necb`` and ``Necbplus``); a finding that pairs
claims of the two subtopics is a matching error by construction and is marked CROSS-EVENT.

    python -m evaluation.ecbplus ../shared/data/ecbplus-dev [--json]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from claimcheck.kinds.registry import load_rules as load_ruleset
from claimcheck.load import Corpus
from claimcheck.load.article import build_document
from claimcheck.pipeline import CheckOptions, check_corpus


def evaluate(folder: Path) -> dict[str, object]:
    """Findings per topic, with the subtopic of every claim."""
    rules = load_ruleset()
    topics: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        topics[str(record["topic"])].append(record)
    findings = []
    for topic in sorted(topics, key=int):
        records = sorted(topics[topic], key=lambda r: r["doc"])
        subtopic = {r["doc"]: r["subtopic"] for r in records}
        corpus = Corpus(tuple(build_document(r["doc"], r["doc"], r["text"]) for r in records), ())
        report = check_corpus(corpus, rules, CheckOptions())
        for item in report.findings:
            subs = sorted({subtopic[loc.document] for loc in item.locations})
            findings.append({
                "topic": topic, "code": item.finding.code, "cross_event": len(subs) > 1, "subtopics": subs,
                "message": item.finding.message, "confidence": item.finding.confidence,
                "claims": [{"doc": loc.document, "value": loc.value, "text": loc.text} for loc in item.locations],
            })
    clusters = sum(len({r["subtopic"] for r in records}) for records in topics.values())
    return {"topics": len(topics), "event_clusters": clusters, "findings": findings,
            "cross_event": sum(1 for f in findings if f["cross_event"])}


def main() -> None:
    """Print the audit sheet."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = evaluate(args.folder)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return
    findings: list[dict[str, Any]] = result["findings"]  # type: ignore[assignment]
    for number, finding in enumerate(findings, start=1):
        mark = " CROSS-EVENT" if finding["cross_event"] else ""
        head = f"[{number}] topic {finding['topic']} {finding['code']}{mark} ({finding['confidence']})"
        print(f"{head}: {finding['message']}")
        for claim in finding["claims"]:
            print(f"      {claim['doc']:<18} {claim['value']!r}: {claim['text'][:220]}")
    print(f"{len(result['findings'])} findings over {result['event_clusters']} event clusters in {result['topics']} "  # type: ignore[arg-type]
          f"topics; {result['cross_event']} pair the two events of a topic.")


if __name__ == "__main__":
    main()
