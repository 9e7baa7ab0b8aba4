"""Rules as validated data: frames, titles, aliases, places and events, loaded from a rules directory.

Each rule names one claim kind; the kinds themselves (``claimcheck.kinds``) are given to ``load_ruleset`` by the
caller, so the rules know their components' schemas without this package importing them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.errors import InputError
from claimcheck.model import Severity
from claimcheck.ruleset.gazetteer import Gazetteer
from claimcheck.ruleset.params import Where, checked_params
from claimcheck.ruleset.tables import AliasTable, EventTable, TitleTable, VictimTable
from claimcheck.ruleset.validate import load_validated
from claimcheck.ruleset.yamlnodes import line_of

if TYPE_CHECKING:
    from claimcheck.kinds.base import Kind

REQUIRED = ("frames.yml", "titles.yml", "aliases.yml", "places.yml", "events.yml", "victims.yml")


@dataclass(frozen=True, slots=True)
class Rule:
    """One claim frame: a stable code, a dotted name, a kind (and its component), parameters and examples."""

    code: str
    name: str  # dotted, derived from the file: "frames.tenure-start"
    kind: str
    severity: Severity
    summary: str
    explanation: str
    params: dict[str, Any]  # checked against the kind's schema, defaults filled in
    examples: tuple[dict[str, Any], ...]
    component: Kind
    enabled: bool = True
    groups: tuple[str, ...] = ()
    source: str = ""  # file:line of the rule, for messages

    @property
    def short_name(self) -> str:
        """The name without its file part: "tenure-start"."""
        return self.name.split(".", 1)[-1]


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Everything the pipeline reads from ``rules/``."""

    rules: tuple[Rule, ...]
    titles: TitleTable
    aliases: AliasTable
    places: Gazetteer
    events: EventTable
    victims: VictimTable
    directory: str
    # The enabled rules in the order they run on a sentence (kind order, then code): asked once per sentence.
    _running: tuple[Rule, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        running = sorted((r for r in self.rules if r.enabled), key=lambda r: (r.component.order, r.code))
        object.__setattr__(self, "_running", tuple(running))

    @property
    def enabled(self) -> tuple[Rule, ...]:
        """The enabled rules, in the order their kinds run on a sentence."""
        return self._running

    def of_kind(self, kind: str) -> tuple[Rule, ...]:
        """The enabled rules of a kind, by code."""
        return tuple(r for r in self._running if r.kind == kind)

    def by_code(self, code: str) -> Rule | None:
        """Return the rule with a code, name or dotted name."""
        return next((r for r in self.rules if code in (r.code, r.name, r.short_name)), None)

    def with_options(self, options: Mapping[str, Mapping[str, Any]], source: str,
                     lines: Mapping[str, int] | None = None) -> RuleSet:
        """Apply per-rule options (enabled, severity, params) keyed by code or name.

        Unknown rules and parameters are errors naming ``source`` and the line (``lines`` maps "RULE" and
        "RULE.params.NAME" to lines).
        """
        lines = lines or {}
        rules = list(self.rules)
        for key, values in options.items():
            rule = self.by_code(key)
            if rule is None:
                raise InputError(source, f"unknown rule {key!r} in rules options (see `claimcheck rules list`)",
                                 lines.get(key))
            def line(name: str | None, key: str = key) -> int | None:
                return lines.get(f"{key}.params.{name}" if name else key)

            given = {**rule.params, **values.get("params", {})}
            params = checked_params(rule.component.params, given, rule.short_name,
                                    (source, f"rules.{key}.params", line))
            rules[rules.index(rule)] = replace(
                rule, enabled=values.get("enabled", rule.enabled), params=params,
                severity=Severity(values["severity"]) if "severity" in values else rule.severity)
        return replace(self, rules=tuple(rules))


def default_rules_dir() -> Path:
    """The rules shipped with claimcheck: the project's ``rules/`` folder, installed as ``claimcheck/default_rules``.

    An installed package (a wheel, ``pip install .``, pipx) has them as package data; a source checkout installed in
    editable mode reads the checkout's ``rules/`` itself, so an edit there takes effect at once.
    """
    installed = Path(str(resources.files("claimcheck").joinpath("default_rules")))
    return installed if installed.is_dir() else Path(__file__).resolve().parents[2] / "rules"


def load_ruleset(directory: Path | None, kinds: Mapping[str, Kind]) -> RuleSet:
    """Load and validate the rule files of ``directory`` (None: the shipped rules) for the claim ``kinds``.

    Raises InputError naming file and line.
    """
    directory = directory or default_rules_dir()
    shown = os.path.relpath(directory) if directory.is_absolute() and _inside_cwd(directory) else str(directory)
    if not directory.is_dir():
        raise InputError(shown, "rules directory not found")
    base = shown.rstrip("/")
    data = {name: load_validated(directory / name, f"{base}/{name}") for name in REQUIRED}
    rules = _rules(data["frames.yml"], f"{base}/frames.yml", kinds)
    titles = TitleTable.from_data(data["titles.yml"][0], data["titles.yml"][1], f"{base}/titles.yml")
    aliases = AliasTable.from_data(data["aliases.yml"][0])
    places = Gazetteer.from_data(data["places.yml"][0]["countries"])
    events = EventTable.from_data(data["events.yml"][0], data["events.yml"][1], f"{base}/events.yml")
    victims = VictimTable.from_data(data["victims.yml"][0], data["victims.yml"][1], f"{base}/victims.yml")
    return RuleSet(rules, titles, aliases, places, events, victims, shown)


def _inside_cwd(path: Path) -> bool:
    """True when ``path`` is below the working directory."""
    return path.resolve().is_relative_to(Path.cwd().resolve())


def _rules(loaded: tuple[Any, Any], name: str, kinds: Mapping[str, Kind]) -> tuple[Rule, ...]:
    """Build Rule objects, rejecting duplicate codes and names, unknown kinds and bad parameters with their line."""
    data, node = loaded
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, item in enumerate(data["rules"]):
        for key in ("code", "name"):
            if item[key] in seen:
                raise InputError(name, f"duplicate rule {key} {item[key]!r}", line_of(node, ["rules", index, key]))
            seen.add(item[key])
        component = kinds.get(item["kind"])
        if component is None:
            raise InputError(name, f"unknown kind {item['kind']!r} (known: {', '.join(sorted(kinds))})",
                             line_of(node, ["rules", index, "kind"]))
        def line(param: str | None, index: int = index) -> int | None:
            return line_of(node, ["rules", index, "params", param] if param else ["rules", index])

        where: Where = (name, "params", line)
        params = checked_params(component.params, dict(item.get("params") or {}), item["name"], where)
        rules.append(Rule(
            code=item["code"], name=f"frames.{item['name']}", kind=item["kind"],
            severity=Severity(item["severity"]), summary=item["summary"].strip(),
            explanation=item["explanation"].strip(), params=params, examples=tuple(item["examples"]),
            component=component, enabled=item.get("enabled", True), groups=tuple(item.get("groups", ())),
            source=f"{name}:{line_of(node, ['rules', index])}",
        ))
    return tuple(sorted(rules, key=lambda r: r.code))
