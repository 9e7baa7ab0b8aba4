"""Shared fixtures: the shipped rules, an in-memory pipeline runner, and the golden-file update flag."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimcheck.load import Corpus
from claimcheck.load.article import build_document
from claimcheck.pipeline import CheckOptions, check_corpus
from claimcheck.report import Report
from claimcheck.ruleset import RuleSet, load_ruleset

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


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
    documents = []
    for index, article in enumerate(articles):
        meta = {}
        if article.get("published"):
            meta["published"] = dt.date.fromisoformat(str(article["published"]))
        doc_id = article.get("id", f"doc{index}")
        documents.append(build_document(doc_id, f"{doc_id}.txt", article["text"], meta))
    return check_corpus(Corpus(tuple(documents), ()), rules, CheckOptions())
