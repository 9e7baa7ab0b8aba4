"""Every rule's own examples, run through the whole pipeline: flag cases must be flagged by that rule with
the given values, pass cases must produce no finding of that rule."""

from __future__ import annotations

import pytest

from claimcheck.ruleset import load_ruleset

from .conftest import ROOT, run_articles

RULES = load_ruleset(ROOT / "rules")
CASES = [
    pytest.param(rule, example, id=f"{rule.code}-{example.get('name', index)}")
    for rule in RULES.rules
    for index, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example, rules) -> None:  # type: ignore[no-untyped-def]
    report = run_articles(example["articles"], rules)
    mine = [f for f in report.findings if f.finding.code == rule.code]
    if example["expect"] == "pass":
        assert mine == [], [f.finding.message for f in mine]
        return
    assert mine, f"{rule.code} did not flag: {[f.finding.message for f in report.findings]}"
    if "subject" in example:
        assert mine[0].finding.subject == example["subject"]
    if "values" in example:
        found = {loc.normalized for loc in mine[0].locations} | {loc.value for loc in mine[0].locations}
        found |= {c.subject for c in mine[0].finding.claims if c.subject}
        assert set(example["values"]) <= found, found


def test_every_rule_has_a_flag_and_a_pass_example() -> None:
    for rule in RULES.rules:
        kinds = {e["expect"] for e in rule.examples}
        assert kinds == {"flag", "pass"}, rule.code


def test_every_rule_explanation_has_the_fixed_sections() -> None:
    for rule in RULES.rules:
        for heading in ("## What it does", "## Why is this bad?", "## Example", "## Not flagged"):
            assert heading in rule.explanation, (rule.code, heading)
