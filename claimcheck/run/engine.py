"""Where the extract stage runs: ``local`` (``parallel.extract_all``) or ``dask`` (a dask.distributed cluster).

The dask engine uses a ``LocalCluster`` started for the run, or a running scheduler given by its address.

Only extraction is sent to the cluster. It is a pure map, ``extract(document, rules) -> Extraction``: the rules are
scattered to every worker once, the documents go in chunks of ``parallel.chunk_size`` and the extractions come back
in input order, so align, compare and report run on the driver as in a local run and the report is byte-identical.

Dask is an optional extra (``pip install 'claimcheck[dask]'``); nothing here imports it until a dask run starts.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING

from claimcheck import __version__
from claimcheck.errors import InputError

if TYPE_CHECKING:  # the extract code is imported where a dask run needs it: config reads ENGINES and ADDRESS
    from distributed import Client

    from claimcheck.extract import Extraction
    from claimcheck.model import Document
    from claimcheck.ruleset import RuleSet
    from claimcheck.run.parallel import Detached

ENGINES = ("local", "dask")
DASK_EXTRA = "pip install 'claimcheck[dask]'"
CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler, and for a remote cluster to have a worker
# [protocol://]host:port, host a name, an IPv4 address or a bracketed IPv6 address
ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]]+):\d{1,5}")
ADDRESS_HINT = "not a scheduler address (expected HOST:PORT or tcp://HOST:PORT)"

Progress = Callable[[int, int], None]


def is_address(address: str) -> bool:
    """Whether ``address`` looks like a dask.distributed scheduler address (``tcp://10.0.0.5:8786``)."""
    return ADDRESS.fullmatch(address) is not None


def dask_extract_all(documents: Sequence[Document], rules: RuleSet, jobs: int = 0, scheduler: str | None = None,
                     progress: Progress | None = None) -> list[Extraction]:
    """Extract every document on a Dask cluster, in input order.

    With ``scheduler`` the run connects to that running scheduler (its workers must have this version of
    claimcheck installed) and ``jobs`` is not used; without it a ``LocalCluster`` of ``jobs`` single-threaded
    worker processes (0 or less: one per core) is started for the run and closed at its end. ``progress`` is
    called with (documents done, total) as each chunk comes back.
    """
    distributed = _import_distributed()
    with _quiet(), _client(distributed, jobs, scheduler) as client:
        _check_workers(client, scheduler)
        return _run(distributed, client, documents, rules, progress) if documents else []


def _import_distributed() -> ModuleType:  # the dask.distributed module, imported on demand
    """``distributed``, or a one-line error naming the extra that installs it."""
    try:
        import distributed  # optional: only a dask run needs it
    except ImportError:
        raise InputError("--engine dask", f"dask.distributed is not installed; install it with {DASK_EXTRA}") from None
    return distributed


@contextmanager
def _quiet() -> Iterator[None]:
    """Keep dask's INFO lines (scheduler and worker start, shutdown) off the CLI's stderr; warnings still show."""
    import dask

    loggers = [logging.getLogger(name) for name in ("distributed", "dask")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        # An in-process scheduler sharing the GIL with the driver would warn that its event loop was unresponsive.
        with dask.config.set({"distributed.admin.tick.limit": "1h"}):
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


@contextmanager
def _client(distributed: ModuleType, jobs: int, scheduler: str | None) -> Iterator[Client]:
    """A client of the given scheduler, or of a LocalCluster started here (closed on exit)."""
    if scheduler is None:
        from claimcheck.run.parallel import available_cores

        workers = available_cores() if jobs <= 0 else jobs
        try:
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=logging.WARNING)
        except Exception as error:  # no sockets, no processes: the machine, not a bug here
            raise InputError("--engine dask", f"cannot start a local Dask cluster ({_one_line(error)})") from None
        with cluster, distributed.Client(cluster, set_as_default=False) as client:
            yield client
        return
    if not is_address(scheduler):
        raise InputError(scheduler, ADDRESS_HINT)
    _probe(scheduler)
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except Exception as error:  # any failure to connect is the user's address or network
        raise InputError(scheduler, f"cannot connect to the Dask scheduler ({_one_line(error)})") from None
    with client:
        yield client


def _probe(address: str) -> None:
    """Ask the scheduler who it is, within CONNECT_TIMEOUT; a one-line error when it cannot be reached.

    A failed ``Client(...)`` leaves a half-made client whose clean-up blocks the exit and prints a traceback, so
    the address is tried first with a bare connection (in a thread of its own, so any caller's event loop is left
    alone).
    """
    with ThreadPoolExecutor(max_workers=1) as thread:
        try:
            answer = thread.submit(asyncio.run, _identity(address)).result()
        except OSError as error:  # refused, timed out, unknown host: distributed retries them all until the timeout
            timed_out = isinstance(error, TimeoutError) or str(error).startswith("Timed out")
            detail = "" if timed_out else f" ({_one_line(error)})"
            raise InputError(address, f"cannot reach a Dask scheduler within {CONNECT_TIMEOUT:g} s{detail}") from None
        except ValueError as error:  # an address distributed cannot parse
            raise InputError(address, f"{ADDRESS_HINT} ({_one_line(error)})") from None
        except Exception as error:  # something answered, but not in dask's protocol
            raise InputError(address, f"not a Dask scheduler: its answer cannot be read ({_one_line(error)})") from None
    if not isinstance(answer, dict) or answer.get("type") != "Scheduler":
        kind = answer.get("type") if isinstance(answer, dict) else type(answer).__name__
        raise InputError(address, f"not a Dask scheduler (it answered as {kind})")


async def _identity(address: str) -> object:  # the server's identity message
    """Connect, send ``identity``, read the answer, close; all within CONNECT_TIMEOUT."""
    from distributed.comm import connect

    async def ask() -> object:
        comm = await connect(address, timeout=CONNECT_TIMEOUT)
        try:
            await comm.write({"op": "identity", "reply": True})
            return await comm.read()
        finally:
            comm.abort()

    return await asyncio.wait_for(ask(), CONNECT_TIMEOUT + 1)  # connect's own timeout, with its message, first


def _one_line(error: BaseException) -> str:
    """An exception as one short line: its first line, or its type when it has no message."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _check_workers(client: Client, scheduler: str | None) -> None:
    """At least one worker, each running this version of claimcheck (a remote cluster may have neither)."""
    where = scheduler or "local Dask cluster"
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError:
        raise InputError(where, f"no Dask worker joined the scheduler within {CONNECT_TIMEOUT:g} s") from None
    try:
        versions = client.run(_worker_version)
    except Exception as error:  # typically claimcheck missing on a worker
        raise InputError(where, f"a Dask worker cannot run claimcheck ({_one_line(error)}); install claimcheck "
                                f"{__version__} on every worker") from None
    wrong = sorted(f"{worker} has {version}" for worker, version in versions.items() if version != __version__)
    if wrong:
        raise InputError(where, f"Dask workers must run claimcheck {__version__}: {', '.join(wrong)}")


def _worker_version() -> str:
    """Run on each worker: the claimcheck version it imports."""
    return __version__


def _run(distributed: ModuleType, client: Client, documents: Sequence[Document], rules: RuleSet,
         progress: Progress | None) -> list[Extraction]:
    """Scatter the rules once, submit the chunks, collect them in input order."""
    workers = max(1, sum(client.nthreads().values()))
    from claimcheck.run.parallel import attach, chunk_size

    size = chunk_size(len(documents), workers)
    chunks = [tuple(documents[i : i + size]) for i in range(0, len(documents), size)]
    rules_future = client.scatter(rules, broadcast=True, hash=False)
    futures = [client.submit(_extract_chunk, chunk, rules_future, pure=False) for chunk in chunks]
    index = {future.key: n for n, future in enumerate(futures)}
    results: list[list[Extraction] | None] = [None] * len(futures)
    done = 0
    for future in distributed.as_completed(futures, loop=client.loop):
        number = index[future.key]
        parts = future.result()  # re-raises a worker's exception here, as a local run would
        chunk = [attach(document, part) for document, part in zip(chunks[number], parts, strict=True)]
        results[number] = chunk
        done += len(chunk)
        if progress:
            progress(done, len(documents))
    return [extraction for chunk in results if chunk is not None for extraction in chunk]


def _extract_chunk(documents: tuple[Document, ...], rules: RuleSet) -> list[Detached]:
    """Worker task: extract one chunk of documents; the texts are not sent back (the driver has them)."""
    from claimcheck.extract import extract
    from claimcheck.run.parallel import detach

    return [detach(extract(document, rules)) for document in documents]
