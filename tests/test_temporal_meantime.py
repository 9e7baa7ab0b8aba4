"""Regression guard: TempEval-3 value F1 of the temporal extractor on MEANTIME (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.temporal import evaluate

MEANTIME = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "meantime"

# Level reached when this test was written, minus 0.01 of slack.
MIN_VALUE_F1 = 0.865 - 0.01


@pytest.fixture(scope="module")
def scores() -> dict:
    if not (MEANTIME / "docs.jsonl").exists() or not (MEANTIME / "timex_gold.jsonl").exists():
        pytest.skip(f"MEANTIME gold data not found at {MEANTIME}")
    return evaluate(MEANTIME / "docs.jsonl", MEANTIME / "timex_gold.jsonl")


def test_value_f1_does_not_regress(scores: dict) -> None:
    assert scores["overall"]["value"]["F1"] >= MIN_VALUE_F1


def test_relaxed_span_f1(scores: dict) -> None:
    assert scores["overall"]["relaxed"]["F1"] >= 0.90


def test_every_type_is_found(scores: dict) -> None:
    for type_ in ("DATE", "DURATION", "TIME", "SET"):
        assert scores[type_]["relaxed"]["R"] > 0.5, type_
