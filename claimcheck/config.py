"""Configuration: ``claimcheck.toml`` or ``[tool.claimcheck]`` in ``pyproject.toml``, found by walking up.

Layers, lowest first: packaged defaults < the project file found from the inputs < ``--config FILE`` <
command-line flags. Every key is checked against a table; an unknown key is an error that names it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimcheck.errors import InputError
from claimcheck.run.engine import ADDRESS_HINT, ENGINES, is_address

KEYS: dict[str, type | tuple[type, ...]] = {
    "format": str,
    "fail-on": str,
    "min-confidence": (int, float),
    "rules-dir": str,
    "baseline": str,
    "facts": str,
    "corroborations": bool,
    "jobs": int,
    "engine": str,
    "scheduler": str,
    "include": list,
    "exclude": list,
    "exit-zero": bool,
    "id-field": str,
    "text-field": str,
    "date-field": str,
    "title-field": str,
    "source-field": str,
    "url-field": str,
    "rules": dict,
}
# Record field names (JSONL, JSON, CSV): config key and command-line flag "id-field" set Settings.id_field.
FIELD_NAMES = ("id_field", "text_field", "date_field", "title_field", "source_field", "url_field")
RULE_KEYS: dict[str, type | tuple[type, ...]] = {"enabled": bool, "severity": str, "params": dict}
CHOICES = {"fail-on": ("error", "warning", "info", "never"), "severity": ("error", "warning", "info"),
           "engine": ENGINES}


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting of a run after layering; ``None`` means "not set here"."""

    format: str | None = None
    fail_on: str | None = None
    min_confidence: float | None = None
    rules_dir: Path | None = None
    baseline: Path | None = None
    facts: Path | None = None
    corroborations: bool | None = None
    jobs: int | None = None
    engine: str | None = None
    scheduler: str | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    exit_zero: bool | None = None
    id_field: str | None = None
    text_field: str | None = None
    date_field: str | None = None
    title_field: str | None = None
    source_field: str | None = None
    url_field: str | None = None
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    rule_lines: dict[str, int] = field(default_factory=dict)  # "RULE" and "RULE.params.NAME" → line, for errors
    source: str | None = None  # the config file these came from

    def over(self, lower: Settings) -> Settings:
        """These settings layered over ``lower``: set values win, rule options merge per rule."""
        merged = {name: getattr(self, name) if getattr(self, name) is not None else getattr(lower, name)
                  for name in ("format", "fail_on", "min_confidence", "rules_dir", "baseline", "facts",
                               "corroborations", "jobs", "engine", "scheduler", "include", "exclude", "exit_zero",
                               *FIELD_NAMES)}
        rules = {k: dict(v) for k, v in lower.rules.items()}
        for code, options in self.rules.items():
            rules[code] = {**rules.get(code, {}), **options}
        return replace(lower, **merged, rules=rules, rule_lines={**lower.rule_lines, **self.rule_lines},
                       source=self.source or lower.source)


def discover(start: Path) -> Path | None:
    """The nearest ``claimcheck.toml``, or ``pyproject.toml`` with ``[tool.claimcheck]``, at or above ``start``."""
    directory = start if start.is_dir() else start.parent
    for folder in [directory.resolve(), *directory.resolve().parents]:
        own = folder / "claimcheck.toml"
        if own.is_file():
            return own
        project = folder / "pyproject.toml"
        if project.is_file() and "[tool.claimcheck" in project.read_text(encoding="utf-8", errors="replace"):
            return project
    return None


def load_config(path: Path) -> Settings:
    """Read and validate one config file; paths in it are relative to the file."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise InputError(shown, "config file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(shown, f"cannot read config file ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(shown, f"invalid TOML: {error}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("claimcheck", {})
    _check(data, KEYS, text, shown, "")
    for code, options in data.get("rules", {}).items():
        if not isinstance(options, dict):
            raise InputError(shown, f"rules.{code} must be a table", _line(text, code))
        _check(options, RULE_KEYS, text, shown, f"rules.{code}.")
    return _settings(data, path.parent, shown, text)


def _check(data: dict[str, Any], keys: dict[str, type | tuple[type, ...]], text: str, shown: str, prefix: str) -> None:
    """Reject unknown keys, wrong types and values outside their choices, naming the key and its line."""
    for key, value in data.items():
        if key not in keys:
            known = ", ".join(sorted(keys))
            raise InputError(shown, f"unknown key {prefix}{key!r} (known: {known})", _line(text, key))
        expected = keys[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise InputError(shown, f"{prefix}{key} has the wrong type ({type(value).__name__})", _line(text, key))
        if key in CHOICES and value not in CHOICES[key]:
            raise InputError(shown, f"{prefix}{key} must be one of {', '.join(CHOICES[key])}", _line(text, key))
        if key == "scheduler" and not is_address(str(value)):
            raise InputError(shown, f"{prefix}{key}: {value!r} is {ADDRESS_HINT}", _line(text, key))


def _line(text: str, key: str) -> int | None:
    """The first line that sets ``key``, for error messages (tomllib gives no positions)."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip().strip("[]").strip()
        if stripped.startswith((key, f'"{key}"')) or stripped.endswith(f".{key}"):
            return number
    return None


def _settings(data: dict[str, Any], base: Path, shown: str, text: str) -> Settings:
    """Build Settings from validated data."""

    def path(key: str) -> Path | None:
        return (base / data[key]) if key in data else None

    return Settings(
        format=data.get("format"), fail_on=data.get("fail-on"),
        min_confidence=float(data["min-confidence"]) if "min-confidence" in data else None,
        rules_dir=path("rules-dir"), baseline=path("baseline"), facts=path("facts"),
        corroborations=data.get("corroborations"),
        jobs=data.get("jobs"), engine=data.get("engine"), scheduler=data.get("scheduler"),
        include=tuple(data["include"]) if "include" in data else None,
        exclude=tuple(data["exclude"]) if "exclude" in data else None, exit_zero=data.get("exit-zero"),
        **{name: data.get(name.replace("_", "-")) for name in FIELD_NAMES},
        rules={str(k): dict(v) for k, v in data.get("rules", {}).items()},
        rule_lines=_rule_lines(text, data.get("rules", {})), source=shown,
    )


def _rule_lines(text: str, rules: dict[str, Any]) -> dict[str, int]:
    """The line of each per-rule table and of each parameter in it (tomllib gives no positions).

    A table is found by its header (``[rules.CC102]``, ``[rules."event-date"]``) or a dotted key
    (``rules.CC102.enabled = false``); a parameter by the first line at or after that which sets it.
    """
    lines = text.splitlines()
    found: dict[str, int] = {}
    for code, options in rules.items():
        header = re.compile(rf'^\s*(?:\[\s*rules\.(?:{re.escape(code)}|"{re.escape(code)}")\s*\]|rules\.'
                            rf'(?:{re.escape(code)}|"{re.escape(code)}")\.)')
        start = next((n for n, line in enumerate(lines, start=1) if header.match(line)), None)
        if start is None:
            continue
        found[code] = start
        for name in (options.get("params") or {}) if isinstance(options, dict) else ():
            setting = re.compile(rf'(?:^|[{{,.\s]){re.escape(name)}\s*=')
            line = next((n for n, row in enumerate(lines[start - 1 :], start=start) if setting.search(row)), None)
            if line is not None:
                found[f"{code}.params.{name}"] = line
    return found


DEFAULTS = Settings(format="text", fail_on="error", min_confidence=0.0, corroborations=True, exit_zero=False)


def resolve(inputs: list[Path], config: Path | None, flags: Settings) -> Settings:
    """Layer defaults, the discovered project file, ``--config`` and the flags."""
    settings = DEFAULTS
    found = discover(inputs[0] if inputs and inputs[0] != Path("-") else Path.cwd())
    if found and (config is None or found.resolve() != config.resolve()):
        settings = load_config(found).over(settings)
    if config is not None:
        settings = load_config(config).over(settings)
    return flags.over(settings)
