"""Every rule's own examples, run through the whole pipeline: flag cases must be flagged by that rule with
the given values, pass cases must produce no finding of that rule."""

from __future__ import annotations

import pytest

from claimcheck.kinds.registry import load_rules as load_ruleset
from claimcheck.rule_examples import example_failure

from .conftest import ROOT

RULES = load_ruleset(ROOT / "rules")
CASES = [
    pytest.param(rule, example, id=f"{rule.code}-{example.get('name', index)}")
    for rule in RULES.rules
    for index, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example, rules) -> None:  # type: ignore[no-untyped-def]
    assert example_failure(rule, example, rules) is None


def test_every_rule_has_a_flag_and_a_pass_example() -> None:
    for rule in RULES.rules:
        kinds = {e["expect"] for e in rule.examples}
        assert kinds == {"flag", "pass"}, rule.code


def test_every_rule_explanation_has_the_fixed_sections() -> None:
    for rule in RULES.rules:
        for heading in ("## What it does", "## Why is this bad?", "## Example", "## Not flagged"):
            assert heading in rule.explanation, (rule.code, heading)
