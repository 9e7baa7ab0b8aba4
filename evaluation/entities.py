"""Audit cross-document entity resolution on ECB+.

How many entities, a random sample of merges to read, and the entities that span the two different events (subtopics) of
one topic.

python -m evaluation.entities ../shared/data/ecbplus-dev [--sample 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from claimcheck.align.people import resolve_people
from claimcheck.extract import extract
from claimcheck.kinds.registry import load_rules as load_ruleset
from claimcheck.load.article import build_document


def evaluate(folder: Path, sample: int = 50, seed: int = 7) -> dict[str, object]:
    """Resolve people across ECB+ and collect what an auditor needs to read."""
    rules = load_ruleset()
    subtopic: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        document = build_document(record["doc"], record["doc"], record["text"])
        subtopic[record["doc"]] = record["subtopic"]
        names[record["doc"]] = [p.name for p in extract(document, rules).persons]
    people = resolve_people(names, rules.aliases)
    members: dict[str, set[tuple[str, str]]] = defaultdict(set)  # entity -> {(doc, written name)}
    for doc, written in names.items():
        for name in written:
            members[people.canonical[name]].add((doc, name))
    cross = {e: m for e, m in members.items() if len({d for d, _ in m}) > 1}
    merges = sorted({(e, a, b) for e, m in cross.items() for a in {n for _, n in m} for b in {n for _, n in m}
                     if a < b})
    rng = random.Random(seed)
    pairs = [(e, d1, d2) for e, m in sorted(cross.items()) for (d1, _) in sorted(m)[:1] for (d2, _) in sorted(m)[1:2]]
    spanning = {e: sorted({subtopic[d] for d, _ in m}) for e, m in cross.items()
                if len({subtopic[d] for d, _ in m}) > 1}
    return {
        "documents": len(names),
        "person_mentions": sum(len(v) for v in names.values()),
        "entities": len(members),
        "cross_document_entities": len(cross),
        "distinct_spelling_merges": [list(x) for x in merges],
        "sample": [{"entity": e, "spellings": sorted({n for _, n in cross[e]}),
                    "documents": sorted({d for d, _ in cross[e]})[:6]}
                   for e in rng.sample(sorted(cross), min(sample, len(cross)))],
        "pairs": len(pairs),
        "entities_spanning_two_events": spanning,
    }


def main() -> None:
    """Print the audit material."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    result = evaluate(args.folder, args.sample, args.seed)
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
