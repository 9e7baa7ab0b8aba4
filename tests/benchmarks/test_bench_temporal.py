"""Throughput of extract_temporal on MEANTIME text, and of dateparser's search_dates for comparison.

Run with ``pytest tests/benchmarks/test_bench_temporal.py --benchmark-enable``; MB/s is printed
in ``extra_info`` (``--benchmark-json`` keeps it). Skipped when the MEANTIME data is absent.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimcheck.extract.temporal import extract_temporal

MEANTIME = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "meantime"


def _documents() -> list[tuple[str, dt.date | None]]:
    """Return (text, publication date) for every MEANTIME document."""
    path = MEANTIME / "docs.jsonl"
    if not path.exists():
        pytest.skip(f"MEANTIME data not found at {MEANTIME}")
    docs = []
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        try:
            pub = dt.date.fromisoformat(row["dct"]) if row.get("dct") else None
        except ValueError:
            pub = None
        docs.append((row["text"], pub))
    return docs


def _sentences(docs: list[tuple[str, dt.date | None]]) -> list[tuple[str, int, dt.date | None]]:
    """Split every document into lines (MEANTIME has one sentence per line)."""
    out = []
    for text, pub in docs:
        offset = 0
        for line in text.split("\n"):
            out.append((line, offset, pub))
            offset += len(line) + 1
    return out


def _report(benchmark: pytest.FixtureRequest, name: str, size_mb: float) -> None:
    """Store and print the throughput (MB/s at the fastest and at the mean round)."""
    if getattr(benchmark, "stats", None) is None:
        return
    stats = benchmark.stats.stats
    benchmark.extra_info["MB_per_s_best"] = round(size_mb / stats.min, 4)
    benchmark.extra_info["MB_per_s_mean"] = round(size_mb / stats.mean, 4)
    print(f"\n{name}: {size_mb / stats.min:.3f} MB/s best, {size_mb / stats.mean:.3f} MB/s mean "
          f"over {size_mb:.3f} MB")


def test_bench_extract_temporal(benchmark: pytest.FixtureRequest) -> None:
    docs = _documents()
    sentences = _sentences(docs)
    size_mb = sum(len(text.encode("utf-8")) for text, _ in docs) / 1e6

    def run() -> int:
        return sum(len(extract_temporal(s, o, p)) for s, o, p in sentences)

    found = benchmark(run)
    assert found > 400
    _report(benchmark, "extract_temporal", size_mb)


def test_bench_dateparser_search_dates(benchmark: pytest.FixtureRequest) -> None:
    search = pytest.importorskip("dateparser.search")
    if benchmark.disabled:
        pytest.skip("the dateparser comparison (~10 s) runs only with --benchmark-enable")
    docs = _documents()
    size_mb = sum(len(text.encode("utf-8")) for text, _ in docs) / 1e6

    def run() -> int:
        return sum(len(search.search_dates(text, languages=["en"]) or []) for text, _ in docs)

    benchmark.pedantic(run, rounds=1, iterations=1)
    _report(benchmark, "dateparser.search_dates", size_mb)
