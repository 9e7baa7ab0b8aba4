"""``claimcheck rules``: list, explain and validate rules. Parses options and prints; no logic."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimcheck.errors import InputError
from claimcheck.kinds.registry import load_rules
from claimcheck.ruleset import Rule, RuleSet
from claimcheck.ruleset.params import describe

rules_app = typer.Typer(help="List, explain and validate claimcheck's rules.", no_args_is_help=True)

RulesDir = Annotated[Path | None, typer.Option("--rules", help="Rules directory (default: the shipped rules).")]


def _load(directory: Path | None) -> RuleSet:
    """Load rules or exit 2 with the one-line error."""
    try:
        return load_rules(directory)
    except InputError as error:
        typer.echo(f"claimcheck: error: {error.render()}", err=True)
        raise typer.Exit(2) from None


@rules_app.command("list")
def list_rules(rules: RulesDir = None) -> None:
    """List every rule: code, name, severity, whether it is enabled, and what it flags."""
    for rule in _load(rules).rules:
        state = "" if rule.enabled else " (disabled)"
        typer.echo(f"{rule.code}  {rule.name:<24} {rule.severity.value:<8} {rule.summary}{state}")


@rules_app.command("explain")
def explain(code: Annotated[str, typer.Argument(help="Rule code (CC101) or name (tenure-start).")],
            rules: RulesDir = None) -> None:
    """Explain a rule: what it checks, why, an example, what it does not flag, and its own examples."""
    rule = _load(rules).by_code(code)
    if rule is None:
        typer.echo(f"claimcheck: error: no rule {code!r} (see `claimcheck rules list`)", err=True)
        raise typer.Exit(2)
    typer.echo(render_explanation(rule))


def render_explanation(rule: Rule) -> str:
    """The explanation of a rule followed by its example articles."""
    lines = [f"# {rule.code} {rule.name} ({rule.severity.value})", "", rule.summary, "", rule.explanation, "",
             "## Parameters", "", f"Kind `{rule.kind}`: {rule.component.description}."]
    parameters = describe(rule.component.params, rule.params)
    lines.extend(["", *parameters] if parameters else ["", "No parameters."])
    lines.extend(["", "## Examples from the rule file"])
    for example in rule.examples:
        lines.append("")
        outcome = "flagged" if example["expect"] == "flag" else "not flagged"
        lines.append(f"- {example.get('name', 'example')}: {outcome}")
        lines.extend(f"    {a.get('id', '?')}: {a['text']}" for a in example["articles"])
    return "\n".join(lines)


@rules_app.command("validate")
def validate(directory: Annotated[Path | None, typer.Argument(
        help="Rules directory to check (default: the shipped rules).")] = None) -> None:
    """Check a rules directory (schema, duplicate codes, unknown offices) and run its rules' own examples."""
    from claimcheck.rule_examples import run_examples  # deferred: imports the whole pipeline

    ruleset = _load(directory)
    directory = directory or Path(ruleset.directory)
    failures = run_examples(ruleset)
    for failure in failures:
        typer.echo(f"claimcheck: error: {failure}", err=True)
    count = sum(len(r.examples) for r in ruleset.rules)
    typer.echo(f"{directory}: {len(ruleset.rules)} rules, {count} examples, {len(failures)} failing.")
    raise typer.Exit(1 if failures else 0)
