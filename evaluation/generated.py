"""Score the contradictions found on a generated corpus against the figures the generator changed on purpose.

    python scripts/generate_corpus.py ../shared/data/meantime/docs.jsonl ../shared/data/ecbplus-dev/docs.jsonl \
        -n 1000 --seed 7 -o corpus.jsonl --gold gold.jsonl
    python -m evaluation.generated corpus.jsonl gold.jsonl [--json] [--errors N]

``scripts/generate_corpus.py`` retells real stories (MEANTIME, ECB+) by 2–4 outlets; some outlets get one
figure of a sentence wrong, and ``--gold`` lists those sentences (article id, sentence before and after).

- **precision**: a contradiction is *planted* when one of its claims lies in a changed sentence of its article.
  The others are not all errors: a source article may itself give two figures for one thing ("Ten people" in
  the lead, "12" later, as a toll grows), so the unplanted ones are listed for a person to audit.
- **recall**: a changed figure is *findable* when another article of the same story keeps the original sentence
  (both versions are in the corpus); it is *found* when a contradiction has a claim in the changed sentence.
  Not every findable change is a checkable claim (a changed score in "the Sixers (7-8)" is not a count of an
  event), so recall is also given over the *claimed* changes: those whose changed number lies inside a claim the
  checker makes (a count, date, amount... tied to what it is about), the changes a contradiction could cite.
- unplanted contradictions whose claims all write the same value ("yesterday", "on Wednesday") are counted apart:
  they would come from the generator if it published a story's outlets on different days while keeping such
  words (it publishes those stories on one day now, so the count should be 0; it stays as a check).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from claimcheck.extract import Extraction
from claimcheck.kinds.registry import load_rules as load_ruleset
from claimcheck.load import LoadOptions, load_corpus
from claimcheck.pipeline import CheckOptions, compare_and_report
from claimcheck.report import ReportedFinding
from claimcheck.run.parallel import Workers, extract_all

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _folded(text: str) -> str:
    """Whitespace-insensitive form of a sentence."""
    return " ".join(text.split())


def _story(ident: str) -> str:
    """The story of an article id ``s000123-2`` (or of a syndicated copy ``s000123-2c``)."""
    return ident.split("-")[0]


def evaluate(corpus: Path, gold: Path, jobs: int = 0) -> dict[str, object]:
    """Precision and recall of the contradictions of ``corpus`` against the changes listed in ``gold``."""
    changes = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    changed: dict[str, set[str]] = defaultdict(set)
    for change in changes:
        changed[change["id"]].add(_folded(change["changed"]))
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts_by_story: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for record in records:
        texts_by_story[_story(record["id"])].append((record["id"], _folded(record["text"])))
    rules = load_ruleset()
    loaded = load_corpus([corpus], LoadOptions())
    with Workers(jobs, rules) as pool:
        extractions = extract_all(list(loaded.documents), rules, pool=pool)
    report = compare_and_report(loaded, extractions, rules, CheckOptions())  # one extraction serves both
    claimed = _claimed_changes(changes, extractions)

    def planted(document: str, sentence: str) -> bool:
        folded = _folded(sentence)
        return any(folded in s or s in folded for s in changed.get(document, ()))

    planted_findings: list[ReportedFinding] = []
    other_findings: list[ReportedFinding] = []
    found_changes: set[tuple[str, str]] = set()
    for item in report.findings:
        hits = [(loc.document, s) for loc in item.locations for s in changed.get(loc.document, ())
                if _folded(loc.text) in s or s in _folded(loc.text)]
        found_changes.update(hits)
        (planted_findings if hits else other_findings).append(item)
    findable = [c for c in changes if any(
        other != c["id"] and _folded(c["original"]) in text for other, text in texts_by_story[_story(c["id"])])]
    found = [c for c in findable if (c["id"], _folded(c["changed"])) in found_changes]
    findable_claimed = [c for i, c in enumerate(changes) if c in findable and i in claimed]
    found_claimed = [c for c in findable_claimed if c in found]
    wording = [f for f in other_findings if len({_folded(loc.value).lower() for loc in f.locations}) == 1]
    total = len(report.findings)
    return {
        "articles": len(records), "changes": len(changes), "findable": len(findable), "found": len(found),
        "recall": round(len(found) / len(findable), 3) if findable else None,
        "findable_claimed": len(findable_claimed), "found_claimed": len(found_claimed),
        "recall_claimed": round(len(found_claimed) / len(findable_claimed), 3) if findable_claimed else None,
        "contradictions": total, "planted": len(planted_findings), "same_value": len(wording),
        "precision": round(len(planted_findings) / total, 3) if total else None,
        "precision_without_same_value": (round(len(planted_findings) / (total - len(wording)), 3)
                                           if total > len(wording) else None),
        "unplanted": [{"message": f.finding.message, "claims": [
            {"doc": loc.document, "value": loc.value, "text": loc.text, "planted": planted(loc.document, loc.text)}
            for loc in f.locations]} for f in other_findings],
        "missed": [c for c in findable_claimed if c not in found],
    }


def _claimed_changes(changes: list[dict[str, str]], extractions: list[Extraction]) -> set[int]:
    """Indexes of the changes whose changed number lies inside a claim of its article."""
    by_doc = {e.document.id: e for e in extractions}
    claimed = set()
    for index, change in enumerate(changes):
        extraction = by_doc.get(change["id"])
        if extraction is None:
            continue
        text, sentence = extraction.document.text, change["changed"]
        at = text.find(sentence)
        pairs = zip(_NUMBER.finditer(sentence), _NUMBER.finditer(change["original"]), strict=False)
        number = next((m for m, o in pairs if m.group() != o.group()), None)
        if at < 0 or number is None:
            continue
        start, end = at + number.start(), at + number.end()
        if any(c.attribute and c.span.start < end and start < c.span.end for c in extraction.claims):
            claimed.add(index)
    return claimed


def main(argv: list[str] | None = None) -> int:
    """Print the scores (and, with --errors, the unplanted findings and missed changes)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="list this many unplanted findings and missed changes")
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args(argv)
    result = evaluate(args.corpus, args.gold, args.jobs)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    print(f"{result['articles']} articles, {result['changes']} figures changed on purpose, {result['findable']} "
          f"findable (the original is in another article of the story)")
    print(f"recall:    {result['recall']} ({result['found']}/{result['findable']} findable changes in a "
          f"contradiction); over changes inside a claim: {result['recall_claimed']} "
          f"({result['found_claimed']}/{result['findable_claimed']})")
    print(f"precision: {result['precision']} ({result['planted']}/{result['contradictions']} contradictions "
          f"hold a changed figure); {result['precision_without_same_value']} without the {result['same_value']} whose "
          "claims all write the same value (relative dates resolved against outlets' different publication days)")
    for item in result["unplanted"][: args.errors]:  # type: ignore[index]
        print(f"\nUNPLANTED {item['message']}")
        for claim in item["claims"]:
            print(f"    {claim['doc']:12} {claim['value']!r}: {claim['text'][:160]}")
    for change in result["missed"][: args.errors]:  # type: ignore[index]
        print(f"\nMISSED {change['id']}: {change['changed'][:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
