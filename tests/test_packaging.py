"""The package as users install it: every module is shipped, the rules with it, the evaluation scripts not.

`.ci/run` also builds the wheel, installs it in a fresh venv outside the checkout (and with pipx) and runs
`claimcheck check seeds/` and `claimcheck rules validate` there.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from claimcheck.kinds.registry import load_rules as load_ruleset
from claimcheck.ruleset import default_rules_dir

from .conftest import ROOT


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_of_the_source_tree_is_listed_for_the_wheel() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "claimcheck").rglob("__init__.py")}
    assert found | {"claimcheck.default_rules"} == listed


def test_the_shipped_rules_are_the_projects_rules_folder() -> None:
    setuptools = _pyproject()["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"claimcheck.default_rules": "rules"}
    assert setuptools["package-data"]["claimcheck.default_rules"] == ["*.yml"]
    shipped = {p.name for p in (ROOT / "rules").glob("*.yml")}
    assert {"frames.yml", "titles.yml", "aliases.yml", "places.yml"} <= shipped


def test_the_default_rules_load_in_a_checkout_and_validate(tmp_path: Path) -> None:
    directory = default_rules_dir()
    assert directory.is_dir() and (directory / "frames.yml").is_file()
    assert load_ruleset(directory).rules


def test_evaluation_scripts_are_not_part_of_the_package() -> None:
    assert not (ROOT / "claimcheck" / "evaluation").exists()
    assert (ROOT / "evaluation" / "ecbplus.py").is_file()
