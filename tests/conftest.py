"""Shared fixtures: the shipped rules, an in-memory pipeline runner, and the golden-file update flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.kinds.registry import load_rules as load_ruleset
from claimcheck.report import Report
from claimcheck.rule_examples import check_articles
from claimcheck.ruleset import RuleSet

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


def run_cli(*args: str):  # type: ignore[no-untyped-def]
    """Run the claimcheck CLI in-process and return the click Result."""
    from typer.testing import CliRunner

    from claimcheck.cli import app

    return CliRunner().invoke(app, list(args))


def write_file(path: Path, data: str | bytes) -> Path:
    """Write text (as UTF-8, byte for byte) or bytes to ``path``, creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/* from the current output.")


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_ruleset(ROOT / "rules")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def run_articles(articles: list[dict], rules: RuleSet) -> Report:
    """Run the whole pipeline on articles given as dicts with id, text and optional published."""
    return check_articles(articles, rules)
