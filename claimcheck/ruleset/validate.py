"""Read one rule file and validate it against its JSON Schema, reporting the offending line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import yaml

from claimcheck.errors import InputError
from claimcheck.ruleset.schemas import SCHEMAS
from claimcheck.ruleset.yamlnodes import line_of, load_yaml


def load_validated(path: Path, shown: str, schema: str | None = None) -> tuple[Any, yaml.Node | None]:
    """Load ``path`` as YAML and validate it against the schema of its name (or ``schema``).

    Raise InputError with file and line on any problem.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(shown, f"{'facts' if schema == 'facts' else 'rule'} file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(shown, f"cannot read rule file ({error})") from None
    data, node = load_yaml(text, shown)
    validator = jsonschema.Draft202012Validator(SCHEMAS[schema or path.name], format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "top level"
        what = "facts" if schema == "facts" else "rule"
        raise InputError(shown, f"invalid {what} file at {where}: {_short(first.message)}",
                         line_of(node, list(first.absolute_path)))
    return data, node


def _short(message: str) -> str:
    """Keep schema messages to one readable line."""
    message = " ".join(message.split())
    return message if len(message) <= 160 else message[:157] + "..."
