"""A progress bar on stderr for runs that take more than a moment; off when stderr is not a terminal or CI is set."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

MIN_DOCUMENTS = 50  # below this a run finishes before a bar is worth drawing


def wanted() -> bool:
    """A bar only for a person watching a terminal."""
    return sys.stderr.isatty() and not os.environ.get("CI") and "NO_PROGRESS" not in os.environ


@contextmanager
def progress_bar() -> Iterator[Callable[[int, int], None] | None]:
    """Yield a (done, total) callback that draws a transient bar, or None when no bar is wanted."""
    if not wanted():
        yield None
        return
    columns = (TextColumn("reading and extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extract", total=None, visible=False)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, visible=total >= MIN_DOCUMENTS)

        yield update
