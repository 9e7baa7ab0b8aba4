"""The one-way pipeline, checked on the imports: no stage imports a later one, formatters import no loader.

Layers, earliest first. A module may import its own layer and earlier ones at run time; imports under
``TYPE_CHECKING`` are annotations only and are not counted. ``claimcheck.kinds`` holds the components: the stages
see only their interface (``kinds.base``), and only the run layer (pipeline, CLI) imports the registry.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

LAYERS: list[tuple[str, ...]] = [
    ("claimcheck.model", "claimcheck.errors", "claimcheck.positions", "claimcheck.patterns", "claimcheck.lang",
     "claimcheck.kinds.base"),
    ("claimcheck.ruleset",),
    ("claimcheck.load",),
    ("claimcheck.extract",),
    ("claimcheck.align",),
    ("claimcheck.compare",),
    ("claimcheck.postprocess",),
    ("claimcheck.report",),
    ("claimcheck.kinds",),  # components: they use the helpers of every stage
    ("claimcheck.run",),
    ("claimcheck.pipeline", "claimcheck.rule_examples"),
    ("claimcheck.config", "claimcheck.progress", "claimcheck.cli", "claimcheck.__main__"),
]


def _layer(module: str) -> int:
    """The layer of a module: the longest matching prefix (the package root, which holds only the version, is core)."""
    if module == "claimcheck":
        return 0
    best, found = -1, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), index
    assert found >= 0, f"{module} belongs to no layer"
    return found


def _runtime_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every claimcheck import that runs, including those inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("claimcheck"):
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names if alias.name.startswith("claimcheck"))
    return found


MODULES = sorted((ROOT / "claimcheck").rglob("*.py"))


def _name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.mark.parametrize("path", MODULES, ids=[_name(p) for p in MODULES])
def test_no_module_imports_a_later_layer(path: Path) -> None:
    module = _name(path)
    mine = _layer(module)
    later = [f"line {line}: {name}" for line, name in _runtime_imports(path) if _layer(name) > mine]
    assert not later, f"{module} (layer {mine}) imports later layers: {later}"


def test_formatters_import_no_loader() -> None:
    for path in (ROOT / "claimcheck" / "report").glob("*.py"):
        loads = [name for _, name in _runtime_imports(path) if name.startswith("claimcheck.load")]
        assert not loads, f"{path.name} imports {loads}"


def test_stages_see_kinds_only_through_their_interface() -> None:
    for stage in ("extract", "align", "compare", "postprocess", "report", "load", "ruleset"):
        for path in (ROOT / "claimcheck" / stage).rglob("*.py"):
            kinds = [n for _, n in _runtime_imports(path) if n.startswith("claimcheck.kinds") and n != "claimcheck.kinds.base"]
            assert not kinds, f"{_name(path)} imports {kinds}"
