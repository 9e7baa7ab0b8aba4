"""Rules as validated data: frames, titles, aliases and places, loaded from a rules directory."""

from __future__ import annotations

import os
from importlib import resources
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimcheck.errors import InputError
from claimcheck.gazetteer import Gazetteer
from claimcheck.model import Severity
from claimcheck.ruleset.tables import AliasTable, TitleTable
from claimcheck.ruleset.validate import load_validated

REQUIRED = ("frames.yml", "titles.yml", "aliases.yml", "places.yml")


@dataclass(frozen=True, slots=True)
class Rule:
    """One claim frame: a stable code, a dotted name, a kind, its parameters and its own examples."""

    code: str
    name: str  # dotted, derived from the file: "frames.tenure-start"
    kind: str
    severity: Severity
    summary: str
    explanation: str
    params: dict[str, Any]
    examples: tuple[dict[str, Any], ...]
    enabled: bool = True
    groups: tuple[str, ...] = ()
    source: str = ""  # file:line of the rule, for messages


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Everything the pipeline reads from ``rules/``."""

    rules: tuple[Rule, ...]
    titles: TitleTable
    aliases: AliasTable
    places: Gazetteer
    directory: str
    # The first enabled rule of each kind: by_kind is asked several times per sentence.
    _kinds: dict[str, Rule] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kinds: dict[str, Rule] = {}
        for rule in self.rules:
            if rule.enabled:
                kinds.setdefault(rule.kind, rule)
        object.__setattr__(self, "_kinds", kinds)

    def by_kind(self, kind: str) -> Rule | None:
        """Return the enabled rule of a kind, or None when it is absent or disabled."""
        return self._kinds.get(kind)

    def with_options(self, options: dict[str, dict[str, Any]], source: str) -> RuleSet:
        """Apply per-rule options (enabled, severity, params) keyed by code or name; unknown rules are errors."""
        rules = list(self.rules)
        for key, values in options.items():
            rule = self.by_code(key)
            if rule is None:
                raise InputError(source, f"unknown rule {key!r} in rules options (see `claimcheck rules list`)")
            changed = replace(
                rule, enabled=values.get("enabled", rule.enabled),
                severity=Severity(values["severity"]) if "severity" in values else rule.severity,
                params={**rule.params, **values.get("params", {})},
            )
            rules[rules.index(rule)] = changed
        return replace(self, rules=tuple(rules))

    def by_code(self, code: str) -> Rule | None:
        """Return the rule with a code, name or dotted name."""
        return next((r for r in self.rules if code in (r.code, r.name, r.name.split(".", 1)[-1])), None)


def default_rules_dir() -> Path:
    """The rules shipped with claimcheck: the project's ``rules/`` folder, installed as ``claimcheck/default_rules``.

    An installed package (a wheel, ``pip install .``, pipx) has them as package data; a source checkout installed in
    editable mode reads the checkout's ``rules/`` itself, so an edit there takes effect at once.
    """
    installed = Path(str(resources.files("claimcheck").joinpath("default_rules")))
    return installed if installed.is_dir() else Path(__file__).resolve().parents[2] / "rules"


def load_ruleset(directory: Path | None = None) -> RuleSet:
    """Load and validate the rule files of ``directory``; raise InputError naming file and line."""
    directory = directory or default_rules_dir()
    shown = os.path.relpath(directory) if directory.is_absolute() and _inside_cwd(directory) else str(directory)
    if not directory.is_dir():
        raise InputError(shown, "rules directory not found")
    data = {name: load_validated(directory / name, f"{shown.rstrip('/')}/{name}") for name in REQUIRED}
    rules = _rules(data["frames.yml"], f"{shown.rstrip('/')}/frames.yml")
    titles = TitleTable.from_data(data["titles.yml"][0], data["titles.yml"][1], f"{shown.rstrip('/')}/titles.yml")
    aliases = AliasTable.from_data(data["aliases.yml"][0])
    places = Gazetteer.from_data(data["places.yml"][0]["countries"])
    return RuleSet(rules, titles, aliases, places, shown)


def _inside_cwd(path: Path) -> bool:
    """True when ``path`` is below the working directory."""
    return path.resolve().is_relative_to(Path.cwd().resolve())


def _rules(loaded: tuple[Any, Any], name: str) -> tuple[Rule, ...]:
    """Build Rule objects, rejecting duplicate codes and names with the line of the duplicate."""
    from claimcheck.ruleset.yamlnodes import line_of

    data, node = loaded
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, item in enumerate(data["rules"]):
        for key in ("code", "name"):
            if item[key] in seen:
                raise InputError(name, f"duplicate rule {key} {item[key]!r}", line_of(node, ["rules", index, key]))
            seen.add(item[key])
        rules.append(Rule(
            code=item["code"], name=f"frames.{item['name']}", kind=item["kind"],
            severity=Severity(item["severity"]), summary=item["summary"].strip(),
            explanation=item["explanation"].strip(), params=dict(item.get("params") or {}),
            examples=tuple(item["examples"]), enabled=item.get("enabled", True),
            groups=tuple(item.get("groups", ())), source=f"{name}:{line_of(node, ['rules', index])}",
        ))
    return tuple(sorted(rules, key=lambda r: r.code))
