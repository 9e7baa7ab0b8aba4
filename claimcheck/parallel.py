"""Run the extract stage over many documents in worker processes; results in input order for any ``jobs``.

Extraction is a pure function of one document and the rules (``claimcheck.extract.extract``), so it is a map:
documents are cut into chunks (a few per worker, to balance uneven article lengths while keeping pickling
overhead low), the rules are sent once per worker through the pool initializer, and ``Executor.map`` returns
chunks in submission order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from claimcheck.extract import Extraction, extract
from claimcheck.model import Document
from claimcheck.ruleset import RuleSet

CHUNKS_PER_WORKER = 4
MAX_CHUNK = 256  # documents per task: bounds the memory of one pickled result

_worker_rules: RuleSet | None = None


def extract_all(documents: Sequence[Document], rules: RuleSet, jobs: int = 1) -> list[Extraction]:
    """Extract every document; ``jobs`` ≤ 1 runs inline, 0 or less means one worker per core."""
    jobs = available_cores() if jobs <= 0 else jobs
    jobs = min(jobs, len(documents))
    if jobs <= 1:
        return [extract(document, rules) for document in documents]
    size = chunk_size(len(documents), jobs)
    chunks = [tuple(documents[i : i + size]) for i in range(0, len(documents), size)]
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_set_rules,
                             initargs=(rules,)) as pool:
        return [extraction for chunk in pool.map(_extract_chunk, chunks) for extraction in chunk]


def chunk_size(count: int, jobs: int) -> int:
    """Documents per task: about CHUNKS_PER_WORKER tasks per worker, at most MAX_CHUNK documents each."""
    return max(1, min(MAX_CHUNK, -(-count // (jobs * CHUNKS_PER_WORKER))))


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where there is one (no fork of a process that may hold threads), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["claimcheck.extract"])  # workers fork from a server that has it imported
        return context
    return multiprocessing.get_context("spawn")


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _set_rules(rules: RuleSet) -> None:
    """Pool initializer: keep the rules in the worker, so each task carries only documents."""
    global _worker_rules  # one RuleSet per worker process, set once
    _worker_rules = rules


def _extract_chunk(documents: tuple[Document, ...]) -> list[Extraction]:
    """Worker task: extract one chunk of documents with the worker's rules."""
    assert _worker_rules is not None, "worker started without rules"
    return [extract(document, _worker_rules) for document in documents]
