"""MEANTIME recall of the number extractor (skips when the shared data is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.numbers import evaluate

MEANTIME = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "meantime"

# Levels reached on MEANTIME (see evaluation/numbers.py), minus 0.01.
MIN_RECALL = 0.976 - 0.01
MIN_RECALL_BY_TYPE = {"QUANTITY": 0.958 - 0.01, "MONEY": 1.0 - 0.01, "PERCENT": 1.0 - 0.01}
MIN_TYPE_AGREEMENT = 0.985 - 0.01
MIN_VALUE_ACCURACY = 1.0 - 0.01


@pytest.fixture(scope="module")
def scores() -> dict:
    if not (MEANTIME / "values_gold.jsonl").exists():
        pytest.skip("MEANTIME data not available")
    return evaluate(MEANTIME)


def test_recall(scores: dict) -> None:
    assert scores["recall"] >= MIN_RECALL
    assert scores["with_timex_exclude"]["recall"] >= MIN_RECALL


def test_recall_by_type(scores: dict) -> None:
    for kind, minimum in MIN_RECALL_BY_TYPE.items():
        assert scores["recall_by_type"][kind] >= minimum, kind


def test_type_agreement_and_values(scores: dict) -> None:
    assert scores["type_agreement"] >= MIN_TYPE_AGREEMENT
    assert scores["value_accuracy"] >= MIN_VALUE_ACCURACY


def test_precision_proxy(scores: dict) -> None:
    assert scores["unmatched_system"] <= 15
