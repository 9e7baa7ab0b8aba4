"""Throughput of extract_numbers over the MEANTIME texts (run with --benchmark-enable).

Sentences are split once, outside the timed loop; the benchmark times one call per sentence,
as the pipeline makes them. MB/s is printed and stored in ``extra_info``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extract.numbers import extract_numbers
from evaluation.numbers import sentences

MEANTIME = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "meantime"


@pytest.fixture(scope="module")
def corpus() -> list[tuple[int, str]]:
    docs = MEANTIME / "docs.jsonl"
    if not docs.exists():
        pytest.skip("MEANTIME data not available")
    with docs.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    return [part for text in texts for part in sentences(text)]


def _run(corpus: list[tuple[int, str]]) -> int:
    return sum(len(extract_numbers(text, start)) for start, text in corpus)


def test_bench_extract_numbers(benchmark, corpus: list[tuple[int, str]]) -> None:
    size = sum(len(text.encode("utf-8")) for _, text in corpus)
    count = benchmark(_run, corpus)
    assert count > 0
    if benchmark.stats is not None:
        mean, best = benchmark.stats.stats.mean, benchmark.stats.stats.min
        benchmark.extra_info["mb_per_s"] = size / 1e6 / mean
        benchmark.extra_info["mb_per_s_best"] = size / 1e6 / best
        print(
            f"\nextract_numbers: {size / 1e6 / mean:.2f} MB/s (mean), {size / 1e6 / best:.2f} MB/s (best)"
            f" over {size} bytes, {len(corpus)} sentences, {count} mentions"
        )
