"""Errors that end a run with exit code 2 and a one-line message naming the file."""

from __future__ import annotations


class InputError(Exception):
    """A problem with an input or rule file that the user must fix; printed without a traceback."""

    def __init__(self, path: str, message: str, line: int | None = None,
                 warnings: tuple[InputWarning, ...] = ()) -> None:
        self.path = path
        self.line = line
        self.message = message
        self.warnings = warnings  # what was skipped before the run had to stop, printed before the error
        super().__init__(self.render())

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by the constructor's arguments (warnings come back from worker processes)."""
        return type(self), (self.path, self.message, self.line)

    def render(self) -> str:
        """Return ``path[:line]: message``."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class InputWarning(InputError):
    """A problem with one input, reported on stderr; the run goes on. ``skipped`` says whether the input (or
    line) was left out, or read anyway (a legacy encoding).
    """

    skipped = True
