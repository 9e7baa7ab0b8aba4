"""Worker processes for the per-document stages; results in input order for any ``jobs``.

Building a document (``load.drafts.finish``) and extracting it (``claimcheck.extract.extract``) are pure functions
of one document (and the rules), so both are maps, run as one: a run's ``Workers`` pool does both in each task
(``BuildAndExtract``, the load stage's mapper); ``extract_all`` extracts documents loaded already. Items are cut
into chunks (a few per worker, to balance uneven article lengths while keeping pickling overhead low), the rules are
sent once per worker through the pool initializer, and ``Executor.map`` returns chunks in submission order.

A pool costs about half a second before its first result (forkserver, imports, the rules sent to each worker), so
a small input is handled inline whatever ``jobs`` says: see ``pool_size`` and ``INLINE_CHARS``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields, replace
from functools import partial
from typing import TypeVar

from claimcheck.errors import InputWarning
from claimcheck.extract import Extraction, extract
from claimcheck.load.drafts import Draft, Finished, finish
from claimcheck.load.webpage import WebPage
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
T = TypeVar("T")
R = TypeVar("R")

Progress = Callable[[int, int], None]
# An Extraction without its Document: the caller already holds the document, so a worker sends back only what it
# found. Pickling the text back doubled the bytes crossing the pipe and left the driver with two copies of it.
Detached = tuple[object, ...]


class Workers:
    """The worker processes of one run, shared by its stages (building documents, then extracting them).

    The pool starts on the first map worth it (more than one job and at least INLINE_CHARS characters of text);
    until then maps run inline. Every map returns results in input order. Use it as a context manager: the
    processes end with the block.
    """

    def __init__(self, jobs: int, rules: RuleSet) -> None:
        self.jobs = available_cores() if jobs <= 0 else jobs
        self.rules = rules
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End the worker processes, if any started."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def count(self, items: int, chars: int) -> int:
        """Processes a map of ``items`` holding ``chars`` characters of text would use; 1 means inline.

        At most one per item; a pool that is running is used for any map, one that is not is started only for
        INLINE_CHARS characters or more.
        """
        return pool_size(self.jobs, items, chars, running=self._pool is not None)

    def chunks(self, task: Callable[[tuple[T, ...]], list[R]],
               items: Sequence[T]) -> Iterator[tuple[tuple[T, ...], list[R]]]:
        """(chunk, ``task`` of the chunk) for consecutive chunks of ``items``, in order, computed in the workers."""
        jobs = max(1, min(self.jobs, len(items)))
        size = chunk_size(len(items), jobs)
        chunks = [tuple(items[i : i + size]) for i in range(0, len(items), size)]
        yield from zip(chunks, self._started().map(task, chunks), strict=True)

    def _started(self) -> ProcessPoolExecutor:
        """The pool, started on first use with the rules sent to each worker."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=_context(), initializer=_set_rules,
                                             initargs=(self.rules,))
        return self._pool


def extract_all(documents: Sequence[Document], rules: RuleSet, jobs: int = 1,
                progress: Progress | None = None, *, pool: Workers | None = None) -> list[Extraction]:
    """Extract every document, in input order; ``jobs`` 0 or less means one worker per core.

    Runs in ``pool`` when one is given (its jobs, not ``jobs``), else in a pool of its own; inline when the pool's
    ``count`` says a pool would not pay off. ``progress`` is called with (documents done, total) after each
    document inline, after each chunk in a pool.
    """
    if pool is None:
        with Workers(jobs, rules) as own:
            return extract_all(documents, rules, progress=progress, pool=own)
    if pool.count(len(documents), sum(len(document.text) for document in documents)) <= 1:
        extractions = []
        for done, document in enumerate(documents, start=1):
            extractions.append(extract(document, rules))
            if progress:
                progress(done, len(documents))
        return extractions
    assert pool.rules is rules, "a pool extracts with the rules it was started with"
    results: list[Extraction] = []
    for documents_of_chunk, parts in pool.chunks(_extract_chunk, documents):
        results.extend(attach(document, part) for document, part in zip(documents_of_chunk, parts, strict=True))
        if progress:
            progress(len(results), len(documents))
    return results


class BuildAndExtract:
    """A ``load_corpus`` Mapper that extracts each document in the task that builds it.

    Building documents and extracting them as two maps sent every text to the workers twice and back once, and
    waited for the slowest worker between the two; one map sends each text out once and back once. Extractions
    are kept by document until ``extractions`` hands them out for the documents the corpus kept. ``progress`` is
    called with (drafts done, total) after each chunk. ``mentions=False`` leaves out the value mentions, which
    only ``claimcheck claims`` lists: a third of what workers send back.
    """

    def __init__(self, pool: Workers, *, mentions: bool = True, progress: Progress | None = None) -> None:
        self.pool = pool
        self.mentions = mentions
        self.progress = progress
        self._parts: dict[int, Detached] = {}  # by id() of the document

    def __call__(self, function: Callable[[Draft], Finished], drafts: Sequence[Draft], chars: int) -> list[Finished]:
        """Build and extract every draft, in order; the built documents (and signatures) are returned."""
        if function is not finish:
            raise ValueError("BuildAndExtract maps load.drafts.finish only")
        results: list[tuple[Finished, Detached | None]] = []
        if self.pool.count(len(drafts), chars) <= 1:
            for draft in drafts:
                results.append(_finish_and_extract(draft, self.pool.rules, mentions=self.mentions))
                if self.progress:
                    self.progress(len(results), len(drafts))
        else:
            for chunk, done in self.pool.chunks(partial(_finish_and_extract_chunk, self.mentions), drafts):
                results.extend(_with_text(draft, item) for draft, item in zip(chunk, done, strict=True))
                if self.progress:
                    self.progress(len(results), len(drafts))
        for (built, _), parts in results:
            if parts is not None:
                self._parts[id(built.document if isinstance(built, WebPage) else built)] = parts
        return [finished for finished, _ in results]

    def extractions(self, documents: Sequence[Document]) -> list[Extraction]:
        """The extraction of each document this mapper built, in order."""
        return [attach(document, self._parts.pop(id(document))) for document in documents]


def _finish_and_extract(draft: Draft, rules: RuleSet, *, mentions: bool) -> tuple[Finished, Detached | None]:
    """Build one draft and extract its document (nothing to extract when the draft became a warning)."""
    finished = finish(draft)
    built = finished[0]
    if isinstance(built, InputWarning):
        return finished, None
    extraction = extract(built.document if isinstance(built, WebPage) else built, rules)
    return finished, detach(extraction if mentions else replace(extraction, mentions=()))


# A worker's result for one draft: what ``_finish_and_extract`` gives, and whether the document's text was left out.
_Sent = tuple[Finished, Detached | None, bool]


def _finish_and_extract_chunk(mentions: bool, drafts: tuple[Draft, ...]) -> list[_Sent]:  # noqa: FBT001 - partial()
    """Worker task of ``BuildAndExtract``: build and extract one chunk of drafts with the worker's rules.

    A document whose text is its draft's (every one but an HTML page's) comes back without it: the driver still
    holds the draft and puts the text back (``_with_text``), so the text is neither sent back nor held twice.
    """
    assert _worker_rules is not None, "worker started without rules"
    results: list[_Sent] = []
    for draft in drafts:
        (built, sign), parts = _finish_and_extract(draft, _worker_rules, mentions=mentions)
        left_out = isinstance(built, Document) and built.text is draft.text
        results.append(((replace(built, text="") if left_out else built, sign), parts, left_out))  # type: ignore[type-var]
    return results


def _with_text(draft: Draft, sent: _Sent) -> tuple[Finished, Detached | None]:
    """A worker's result with the draft's text put back in its document where the worker left it out."""
    (built, sign), parts, left_out = sent
    return ((replace(built, text=draft.text), sign) if left_out else (built, sign)), parts  # type: ignore[type-var]


def workers(documents: Sequence[Document], jobs: int) -> int:
    """Worker processes ``extract_all`` would start for these documents, 1 meaning inline.

    ``jobs`` (0 or less: one per core), at most one per document, and 1 when the documents hold less than
    INLINE_CHARS characters of text in all.
    """
    return pool_size(available_cores() if jobs <= 0 else jobs, len(documents), sum(len(d.text) for d in documents))


def pool_size(jobs: int, items: int, chars: int, *, running: bool = False) -> int:
    """Processes for a map of ``items`` holding ``chars`` characters; 1 means inline.

    ``jobs``, at most one per item; 1 below INLINE_CHARS characters unless a pool is ``running`` already.
    """
    jobs = min(jobs, items)
    return 1 if jobs <= 1 or (not running and chars < INLINE_CHARS) else jobs


def chunk_size(count: int, jobs: int) -> int:
    """Documents per task: about CHUNKS_PER_WORKER tasks per worker, at most MAX_CHUNK documents each."""
    return max(1, min(MAX_CHUNK, -(-count // (jobs * CHUNKS_PER_WORKER))))


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where there is one (no fork of a process that may hold threads), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # imported once, in the server: the stages and the claim kinds the rules name
        context.set_forkserver_preload(["claimcheck.extract", "claimcheck.kinds.registry", "claimcheck.load.drafts"])
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


_PARTS = tuple(f.name for f in fields(Extraction) if f.name != "document")


def detach(extraction: Extraction) -> Detached:
    """Everything of an Extraction but its document, in field order."""
    return tuple(getattr(extraction, name) for name in _PARTS)


def attach(document: Document, parts: Detached) -> Extraction:
    """The Extraction of ``document`` from what ``detach`` kept."""
    return Extraction(document, **dict(zip(_PARTS, parts, strict=True)))  # type: ignore[arg-type]
