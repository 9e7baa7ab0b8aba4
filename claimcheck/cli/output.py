"""What every command does at its edges: stop on an input error with exit 2, print warnings, write output."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TypeVar

import typer

from claimcheck.errors import InputError, InputWarning, summarise

T = TypeVar("T")


def append(text: str, path: Path) -> None:
    """Append to a file the CI runner reads (the GitHub step summary); a failure is a warning, not an error."""
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        typer.echo(f"claimcheck: warning: {path}: cannot write the step summary ({error.strerror})", err=True)


def warn(warnings: Sequence[InputWarning]) -> None:
    """Print one line per skipped input (many lines of one file skipped for one reason: one line for the rest)."""
    for line in summarise(warnings):
        typer.echo(f"claimcheck: warning: {line}", err=True)


def run(action: Callable[[], T]) -> T:
    """Run an action, turning input errors into a one-line message and exit code 2."""
    try:
        return action()
    except InputError as error:
        warn(error.warnings)
        typer.echo(f"claimcheck: error: {error.render()}", err=True)
        raise typer.Exit(2) from None
    except BrokenProcessPool:  # a worker was killed (out of memory, a signal): say so, not a traceback
        typer.echo("claimcheck: error: a worker process ended abruptly (out of memory?); "
                   "try fewer --jobs, or --jobs 1", err=True)
        raise typer.Exit(2) from None


def write(text: str, output: Path | None) -> None:
    """Write to stdout, or atomically to a file (temporary file, then rename)."""
    if output is None:  # UTF-8 whatever the locale: reports quote articles in any script
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=output.resolve().parent, delete=False,
                                         prefix=f".{output.name}.", suffix=".tmp") as handle:
            temporary = Path(handle.name)
            handle.write(text)
        temporary.replace(output)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        typer.echo(f"claimcheck: error: {output}: cannot write ({error.strerror})", err=True)
        raise typer.Exit(2) from None
    except BaseException:  # Ctrl-C mid-write: leave no partial file behind, then stop as asked
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise
