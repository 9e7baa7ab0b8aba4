"""Safe YAML loading that remembers the line of every value, for one-line errors that name it."""

from __future__ import annotations

from typing import Any

import yaml

from claimcheck.errors import InputError

# libyaml's parser when PyYAML was built with it (its wheels are): the generated places table is large.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str, name: str) -> tuple[Any, yaml.Node | None]:
    """Parse YAML safely; return the data and its node tree (for line lookups)."""
    try:
        loader = _LOADER(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        raise InputError(name, f"invalid YAML: {error.problem}", line) from None
    except yaml.YAMLError as error:
        raise InputError(name, f"invalid YAML: {error}") from None
    return data, node


def line_of(node: yaml.Node | None, path: list[str | int]) -> int | None:
    """Return the 1-based line of the value at ``path`` (keys and list indexes) in a node tree."""
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line
