"""Run the extract stage over many documents in worker processes; results in input order for any ``jobs``.

Extraction is a pure function of one document and the rules (``claimcheck.extract.extract``), so it is a map:
documents are cut into chunks (a few per worker, to balance uneven article lengths while keeping pickling
overhead low), the rules are sent once per worker through the pool initializer, and ``Executor.map`` returns
chunks in submission order.

A pool costs about half a second before its first result (forkserver, imports, the rules sent to each worker), so
a small input is extracted inline whatever ``jobs`` says: see ``workers`` and ``INLINE_CHARS``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields

from claimcheck.extract import Extraction, extract
from claimcheck.model import Document
from claimcheck.ruleset import RuleSet

CHUNKS_PER_WORKER = 4
MAX_CHUNK = 256  # documents per task: bounds the memory of one pickled result
# Less text than this is extracted inline. Measured on 2 cores: extraction takes about 2.5 s per MB of text plus
# 0.5 ms per document on one core, so 256 KiB is well under a second of work, and a pool costs about half a second
# before its first result (forkserver, imports, rules sent to each worker, results pickled back): below this it
# gains nothing. At 0.9 MB (ECB+) two workers already win: 1.5-1.8 s against 2.0-2.3 s inline. The number of
# documents is not a threshold of its own: a few long documents still gain from a pool, and 500 short ones stay
# under a second inline.
INLINE_CHARS = 256 * 1024

_worker_rules: RuleSet | None = None

Progress = Callable[[int, int], None]


def extract_all(documents: Sequence[Document], rules: RuleSet, jobs: int = 1,
                progress: Progress | None = None) -> list[Extraction]:
    """Extract every document, in input order; ``jobs`` 0 or less means one worker per core.

    Runs inline when ``workers`` says a pool would not pay off. ``progress`` is called with (documents done, total)
    after each document inline, after each chunk in a pool.
    """
    jobs = workers(documents, jobs)
    if jobs <= 1:
        extractions = []
        for done, document in enumerate(documents, start=1):
            extractions.append(extract(document, rules))
            if progress:
                progress(done, len(documents))
        return extractions
    size = chunk_size(len(documents), jobs)
    chunks = [tuple(documents[i : i + size]) for i in range(0, len(documents), size)]
    results: list[Extraction] = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_set_rules,
                             initargs=(rules,)) as pool:
        for documents_of_chunk, parts in zip(chunks, pool.map(_extract_chunk, chunks), strict=True):
            results.extend(attach(document, part) for document, part in zip(documents_of_chunk, parts, strict=True))
            if progress:
                progress(len(results), len(documents))
    return results


def workers(documents: Sequence[Document], jobs: int) -> int:
    """Worker processes for these documents, 1 meaning inline.

    ``jobs`` (0 or less: one per core), at most one per document, and 1 when the documents hold less than
    INLINE_CHARS characters of text in all.
    """
    jobs = min(available_cores() if jobs <= 0 else jobs, len(documents))
    if jobs <= 1 or sum(len(document.text) for document in documents) < INLINE_CHARS:
        return 1
    return jobs


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


def _extract_chunk(documents: tuple[Document, ...]) -> list[Detached]:
    """Worker task: extract one chunk of documents with the worker's rules (texts not sent back)."""
    assert _worker_rules is not None, "worker started without rules"
    return [detach(extract(document, _worker_rules)) for document in documents]


# An Extraction without its Document: the caller already holds the document, so a worker sends back only what it
# found. Pickling the text back doubled the bytes crossing the pipe and left the driver with two copies of it.
Detached = tuple[object, ...]
_PARTS = tuple(f.name for f in fields(Extraction) if f.name != "document")


def detach(extraction: Extraction) -> Detached:
    """Everything of an Extraction but its document, in field order."""
    return tuple(getattr(extraction, name) for name in _PARTS)


def attach(document: Document, parts: Detached) -> Extraction:
    """The Extraction of ``document`` from what ``detach`` kept."""
    return Extraction(document, **dict(zip(_PARTS, parts, strict=True)))  # type: ignore[arg-type]
