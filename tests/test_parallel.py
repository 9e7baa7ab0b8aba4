"""extract_all: the same extractions, in input order, for every number of jobs."""

from __future__ import annotations

import pickle

import pytest

from claimcheck.extract import extract
from claimcheck.load import load_corpus
from claimcheck.parallel import chunk_size, extract_all
from claimcheck.ruleset import RuleSet

from .conftest import ROOT


@pytest.fixture(scope="module")
def documents():  # type: ignore[no-untyped-def]
    return load_corpus([ROOT / "seeds"]).documents


def test_rules_and_documents_pickle(rules: RuleSet, documents) -> None:  # type: ignore[no-untyped-def]
    assert pickle.loads(pickle.dumps(rules)) == rules
    assert pickle.loads(pickle.dumps(documents)) == documents


def test_extract_all_is_identical_for_one_and_two_jobs(rules: RuleSet, documents) -> None:  # type: ignore[no-untyped-def]
    many = documents * 4  # more documents than chunks, so several chunks per worker
    inline = extract_all(many, rules, jobs=1)
    assert inline == [extract(d, rules) for d in many]
    assert extract_all(many, rules, jobs=2) == inline


def test_jobs_beyond_the_documents_and_empty_input(rules: RuleSet, documents) -> None:  # type: ignore[no-untyped-def]
    assert extract_all(documents[:1], rules, jobs=4) == [extract(documents[0], rules)]
    assert extract_all((), rules, jobs=2) == []


@pytest.mark.parametrize(("count", "jobs", "expected"), [(1, 2, 1), (100, 2, 13), (100_000, 2, 256)])
def test_chunk_size(count: int, jobs: int, expected: int) -> None:
    assert chunk_size(count, jobs) == expected


