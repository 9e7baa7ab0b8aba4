"""`--engine local|dask`: extraction on a Dask cluster (a LocalCluster, or a scheduler given by address) gives
the same report as a local run; missing dask, bad addresses and unreachable schedulers are one-line errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.run import engine

from .conftest import ROOT, SHARED_DATA, run_cli

ECB = SHARED_DATA / "ecbplus-dev" / "docs.jsonl"
ECB_DOCUMENTS = 40


@pytest.fixture(scope="module")
def engine_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The seed articles, plus a few dozen ECB+ articles when ../shared/data is there (CLI arguments)."""
    args = [str(ROOT / "seeds")]
    if ECB.exists():
        lines = ECB.read_text(encoding="utf-8").splitlines()[:ECB_DOCUMENTS]
        corpus = tmp_path_factory.mktemp("engine") / "ecb.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        args += [str(corpus), "--id-field", "doc"]
    return [*args, "--format", "json", "--fail-on", "never"]


@pytest.fixture(scope="module")
def local_report(engine_inputs: list[str]) -> str:
    result = run_cli("check", *engine_inputs, "--engine", "local")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["summary"]["documents"] == 3 + (ECB_DOCUMENTS if ECB.exists() else 0)
    assert data["findings"], "the comparison needs a report with findings in it"
    return result.stdout


@pytest.fixture(scope="module")
def dask_cluster():  # type: ignore[no-untyped-def]
    """A running two-process cluster, as a remote one would be: the CLI gets only its scheduler's address."""
    distributed = pytest.importorskip("distributed")

    class Computed(distributed.diagnostics.plugin.SchedulerPlugin):
        """Keys of the tasks the scheduler saw finish (it runs in this process)."""

        def __init__(self) -> None:
            self.keys: list[str] = []

        def transition(self, key, start, finish, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            if finish == "memory":
                self.keys.append(str(key))

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        computed = Computed()
        cluster.scheduler.add_plugin(computed)
        yield cluster.scheduler_address, computed.keys


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_dask_local_cluster_report_is_byte_identical(engine_inputs, local_report, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
    started: list[dict] = []
    submitted: list[int] = []
    cluster_class, submit = distributed.LocalCluster, distributed.Client.submit

    def cluster(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(kwargs)
        return cluster_class(*args, **kwargs)

    def spy(self, function, *args, **kwargs):  # type: ignore[no-untyped-def]
        if function is engine._extract_chunk:
            submitted.append(len(args[0]))
        return submit(self, function, *args, **kwargs)

    monkeypatch.setattr(distributed, "LocalCluster", cluster)
    monkeypatch.setattr(distributed.Client, "submit", spy)
    result = run_cli("check", *engine_inputs, "--engine", "dask", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert result.stdout == local_report
    assert [(k["n_workers"], k["threads_per_worker"], k["processes"]) for k in started] == [(2, 1, True)]
    documents = json.loads(local_report)["summary"]["documents"]
    assert sum(submitted) == documents and len(submitted) > 1  # every document went to the cluster, in chunks


def test_dask_scheduler_address_report_is_identical_and_stderr_quiet(engine_inputs, local_report,  # type: ignore[no-untyped-def]
                                                                     dask_cluster) -> None:
    address, computed = dask_cluster
    computed.clear()
    done = subprocess.run([sys.executable, "-m", "claimcheck", "check", *engine_inputs, "--scheduler", address],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == local_report
    assert done.stderr == ""  # no INFO lines from distributed, no shutdown noise
    assert sum(key.startswith("_extract_chunk-") for key in computed) > 1, computed  # the cluster did the extracting


def test_dask_progress_is_reported_per_chunk(rules, dask_cluster) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.extract import extract
    from claimcheck.load import load_corpus

    documents = load_corpus([ROOT / "seeds"]).documents * 6
    seen: list[tuple[int, int]] = []
    extractions = engine.dask_extract_all(documents, rules, scheduler=dask_cluster[0],
                                          progress=lambda done, total: seen.append((done, total)))
    assert extractions == [extract(d, rules) for d in documents]
    assert seen[-1] == (18, 18) and len(seen) > 1
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_workers_with_another_claimcheck_version_are_refused(rules, dask_cluster, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.errors import InputError
    from claimcheck.load import load_corpus

    monkeypatch.setattr(engine, "__version__", "0.0.test")  # the driver's version; the workers report the real one
    with pytest.raises(InputError, match=r"Dask workers must run claimcheck 0\.0\.test: tcp://127\.0\.0\.1:\d+ has "):
        engine.dask_extract_all(load_corpus([ROOT / "seeds"]).documents, rules, scheduler=dask_cluster[0])


def test_missing_dask_is_a_one_line_error_naming_the_extra(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    result = run_cli("check", str(ROOT / "seeds"), "--engine", "dask")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "claimcheck: error: --engine dask: dask.distributed is not installed; install it with "
        "pip install 'claimcheck[dask]'"]
    assert result.stdout == ""


def test_a_local_cluster_that_cannot_start_is_a_one_line_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("[Errno 1] Operation not permitted")

    monkeypatch.setattr(distributed, "LocalCluster", refuse)
    result = run_cli("check", str(ROOT / "seeds"), "--engine", "dask")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["claimcheck: error: --engine dask: cannot start a local Dask cluster "
                                          "([Errno 1] Operation not permitted)"]


def test_unreachable_scheduler_is_a_quick_one_line_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("distributed")
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", 2.0)
    address = f"tcp://127.0.0.1:{_closed_port()}"
    start = time.perf_counter()
    result = run_cli("check", str(ROOT / "seeds"), "--engine", "dask", "--scheduler", address)
    assert time.perf_counter() - start < 8
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"claimcheck: error: {address}: cannot reach a Dask scheduler within 2 s"]
    result = run_cli("check", str(ROOT / "seeds"), "--scheduler", "no-port-here")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["claimcheck: error: no-port-here: not a scheduler address "
                                          "(expected HOST:PORT or tcp://HOST:PORT)"]


def test_engine_and_scheduler_config_keys(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Peru and Chile signed the fisheries treaty in Lima on Friday.\n", encoding="utf-8")
    config = tmp_path / "claimcheck.toml"
    config.write_text('fail-on = "never"\nengine = "spark"\n', encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.exit_code == 2 and "claimcheck.toml:2: engine must be one of local, dask" in result.stderr
    config.write_text('scheduler = "10.0.0.5"\n', encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.exit_code == 2
    assert "claimcheck.toml:1: scheduler: '10.0.0.5' is not a scheduler address" in result.stderr
    config.write_text("engine = 2\n", encoding="utf-8")
    assert "claimcheck.toml:1: engine has the wrong type (int)" in run_cli("check", str(folder)).stderr

    monkeypatch.setitem(sys.modules, "distributed", None)  # a dask run stops at once: shows the engine was chosen
    config.write_text('engine = "dask"\n', encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.exit_code == 2 and "pip install 'claimcheck[dask]'" in result.stderr
    assert run_cli("check", str(folder), "--engine", "local").exit_code == 0  # the flag wins over the file
    config.write_text('[tool.claimcheck]\nscheduler = "tcp://10.0.0.5:8786"\n', encoding="utf-8")
    config.rename(tmp_path / "pyproject.toml")
    result = run_cli("check", str(folder))  # a scheduler alone means the dask engine
    assert result.exit_code == 2 and "pip install 'claimcheck[dask]'" in result.stderr


def test_help_shows_the_engine_options_and_the_jobs_default() -> None:
    import re

    text = " ".join(re.sub(r"[│╭╮╰╯─]", " ", run_cli("check", "--help").stdout).split())  # unwrapped, no box
    assert "--engine <local|dask>" in text and "--scheduler ADDRESS" in text
    assert "(default: 0, one per core;" in text and "claimcheck's 'dask' extra" in text
