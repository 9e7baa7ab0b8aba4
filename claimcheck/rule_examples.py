"""Run each rule's own examples through the whole pipeline (used by ``rules validate`` and the tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimcheck.load import Corpus
from claimcheck.load.article import build_document
from claimcheck.pipeline import CheckOptions, check_corpus
from claimcheck.report import Report
from claimcheck.ruleset import Rule, RuleSet


def check_articles(articles: list[dict[str, Any]], rules: RuleSet) -> Report:
    """Run the pipeline on articles given as dicts with text and optional id, published date, source and URL."""
    documents = []
    for index, article in enumerate(articles):
        meta: dict[str, object] = {key: str(article[key]) for key in ("source", "url", "title") if article.get(key)}
        if article.get("published"):
            meta["published"] = dt.date.fromisoformat(str(article["published"]))
        doc_id = str(article.get("id", f"doc{index}"))
        documents.append(build_document(doc_id, f"{doc_id}.txt", article["text"], meta))
    return check_corpus(Corpus(tuple(documents), ()), rules, CheckOptions())


def example_failure(rule: Rule, example: dict[str, Any], rules: RuleSet) -> str | None:
    """Why an example does not behave as it says, or None when it does."""
    report = check_articles(example["articles"], rules)
    mine = [f for f in report.findings if f.finding.code == rule.code]
    name = f"{rule.source} {rule.code} example {example.get('name', '?')!r}"
    if example["expect"] == "pass":
        return f"{name}: expected no finding, got: {mine[0].finding.message}" if mine else None
    if not mine:
        return f"{name}: expected a finding, got none"
    found = {loc.normalized for loc in mine[0].locations} | {loc.value for loc in mine[0].locations}
    found |= {c.subject for c in mine[0].finding.claims if c.subject}
    if "subject" in example and mine[0].finding.subject != example["subject"]:
        return f"{name}: expected subject {example['subject']!r}, got {mine[0].finding.subject!r}"
    missing = set(example.get("values", [])) - found
    return f"{name}: values {sorted(missing)} not in the finding" if missing else None


def run_examples(rules: RuleSet) -> list[str]:
    """Every failing example of every enabled rule, as one-line messages."""
    failures: list[str] = []
    for rule in rules.rules:
        if rule.enabled:
            failures.extend(f for e in rule.examples if (f := example_failure(rule, e, rules)))
    return failures
