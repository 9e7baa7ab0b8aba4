"""A rule's parameters checked against its kind's schema: unknown names and wrong types are one-line errors."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import jsonschema

from claimcheck.errors import InputError

# Where a problem is reported: (file, the parameter table as messages name it ("rules.event-date.params"), the
# line of a parameter by its name, or of the table for None).
Where = tuple[str, str, Callable[[str | None], int | None]]


def checked_params(schema: Mapping[str, Mapping[str, Any]], given: Mapping[str, Any], rule: str,
                   where: Where) -> dict[str, Any]:
    """``given`` with the schema's defaults filled in; InputError naming the file, key and line on a bad one.

    ``rule`` is the rule's short name ("event-date"), as messages name it.
    """
    shown, table, line = where
    unknown = sorted(set(given) - set(schema))
    if unknown:
        known = ", ".join(sorted(schema)) or "none"
        raise InputError(shown, f"{table}: unknown parameter {unknown[0]!r} of {rule} (known: {known})",
                         line(unknown[0]))
    for name, value in given.items():
        error = jsonschema.exceptions.best_match(
            jsonschema.Draft202012Validator(_without_docs(schema[name])).iter_errors(value))
        if error is not None:
            raise InputError(shown, f"{table}.{name}: {_short(error.message)}", line(name))
    missing = sorted(n for n, s in schema.items() if "default" not in s and n not in given)
    if missing:
        raise InputError(shown, f"{table}: {rule} needs parameter {missing[0]!r} ({schema[missing[0]]['description']})",
                         line(None))
    return {**{n: s["default"] for n, s in schema.items() if "default" in s}, **given}


def describe(schema: Mapping[str, Mapping[str, Any]], values: Mapping[str, Any]) -> list[str]:
    """One line per parameter, for ``rules explain``: name (type, default), what it does, the value in force."""
    lines = []
    for name in sorted(schema):
        spec = schema[name]
        default = f"default {_plain(spec['default'])}" if "default" in spec else "set in the rule file"
        lines.append(f"- {name} ({_type(spec)}, {default}): {spec['description']}")
        if name in values and values[name] != spec.get("default"):
            lines.append(f"    this rule: {_plain(values[name])}")
    return lines


def _type(spec: Mapping[str, Any]) -> str:
    """The schema type in words: "integer", "list of strings", "mapping of lists"."""
    kind = spec.get("type", "any")
    if kind == "array":
        return f"list of {spec.get('items', {}).get('type', 'value')}s"
    if kind == "object":
        return "mapping"
    return str(kind)


def _plain(value: object) -> str:
    """A parameter value as a reader would write it in YAML."""
    if isinstance(value, list):
        shown = ", ".join(str(v) for v in value)
        return f"[{shown if len(shown) <= 100 else shown[:97] + '...'}]"
    return str(value).lower() if isinstance(value, bool) else str(value)


def _without_docs(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON Schema of a parameter without its documentation keys."""
    return {k: v for k, v in spec.items() if k not in ("description", "default")}


def _short(message: str) -> str:
    """A schema message on one readable line."""
    message = " ".join(message.split())
    return message if len(message) <= 160 else message[:157] + "..."
