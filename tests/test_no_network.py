"""The check never touches the network: it runs, with its normal output, when every socket call fails."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

from .conftest import ROOT


class NetworkUsed(RuntimeError):
    """Raised by the guards below when code under test tries to use the network."""


def normal_output() -> tuple[int, str]:
    """The seed report of a subprocess run without any guard: what the guarded runs must reproduce."""
    done = subprocess.run([sys.executable, "-m", "claimcheck", "check", "seeds/", "--format", "json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False, env={**os.environ, "NO_COLOR": "1"})
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout


@pytest.fixture(scope="module")
def expected() -> tuple[int, str]:
    code, out = normal_output()
    assert json.loads(out)["summary"]["documents"] == 3
    return code, out


def test_check_runs_in_process_with_sockets_monkeypatched_to_fail(monkeypatch: pytest.MonkeyPatch,
                                                                  expected: tuple[int, str]) -> None:
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def guard(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkUsed(f"network access: {name}")
        return guard

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, refuse(name))
    with pytest.raises(NetworkUsed):  # the guard is really in place
        socket.create_connection(("example.org", 80))
    attempts.clear()

    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["check", "seeds/", "--format", "json"])
    assert attempts == []  # nothing tried (and swallowed) a network call
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert (result.exit_code, result.stdout) == expected


SITECUSTOMIZE = textwrap.dedent('''
    """Test guard: any network use in this interpreter aborts it (audit hook + patched socket functions)."""
    import os, socket, sys

    MARK = os.environ["CLAIMCHECK_NET_GUARD_MARK"]
    with open(MARK, "a") as _handle:  # append: worker processes load this too
        _handle.write("guard active\\n")

    def _hook(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                     "socket.sendto", "socket.bind", "urllib.Request"):
            with open(MARK, "a") as handle:
                handle.write(f"NETWORK {event} {args!r}\\n")
            raise OSError(f"network disabled by test guard: {event}")

    sys.addaudithook(_hook)
''')


def test_check_runs_in_a_subprocess_with_a_sitecustomize_network_guard(tmp_path: Path, expected: tuple[int, str]) -> None:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    mark = tmp_path / "mark.txt"
    env = {**os.environ, "PYTHONPATH": str(guard), "CLAIMCHECK_NET_GUARD_MARK": str(mark), "NO_COLOR": "1"}
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.getaddrinfo('example.org', 80)"],
                           env=env, capture_output=True, text=True, timeout=60, check=False)
    assert probe.returncode != 0 and "network disabled by test guard" in probe.stderr  # the guard works
    mark.unlink()

    done = subprocess.run([sys.executable, "-m", "claimcheck", "check", "seeds/", "--format", "json"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    seen = mark.read_text().splitlines()
    assert seen and set(seen) == {"guard active"}, seen  # loaded (in every interpreter), no network event
    assert "Traceback" not in done.stderr, done.stderr
    assert (done.returncode, done.stdout) == expected


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "--net", "true"], capture_output=True, timeout=30, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _unshare_works(), reason="unshare --net is not permitted here (needs root or user namespaces)")
def test_check_runs_in_a_network_namespace_without_interfaces(expected: tuple[int, str]) -> None:
    probe = subprocess.run(["unshare", "--net", sys.executable, "-c",
                            "import socket; socket.create_connection(('1.1.1.1', 53), timeout=5)"],
                           capture_output=True, text=True, timeout=60, check=False)
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower()  # really no network in there
    done = subprocess.run(["unshare", "--net", sys.executable, "-m", "claimcheck", "check", "seeds/", "--format", "json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "NO_COLOR": "1"})
    assert "Traceback" not in done.stderr, done.stderr
    assert (done.returncode, done.stdout) == expected
