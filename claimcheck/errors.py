"""Errors that end a run with exit code 2 and a one-line message naming the file."""

from __future__ import annotations

from collections.abc import Sequence


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
    """A problem with one input, reported on stderr; the run goes on.

    ``skipped`` says whether the input (or line) was left out, or read anyway (a legacy encoding).
    """

    skipped = True


SHOWN_PER_REASON = 5  # warnings printed one by one for the same file and message; the rest become one line
_MAX_RANGES = 40


def summarise(warnings: Sequence[InputWarning], shown: int = SHOWN_PER_REASON) -> list[str]:
    """The lines to print for ``warnings``: one per warning, except for repeats.

    When more than ``shown`` lines of one file have the same message, the rest are told in one line that gives
    their count and line numbers: ``corpus.jsonl: lines 6-460, 462 (456 more): record has no "id"; line skipped``.
    A corpus with the wrong field name would otherwise print one warning per record.
    """
    lines: list[str] = []
    rest: dict[tuple[str, str], list[int]] = {}
    counts: dict[tuple[str, str], int] = {}
    for warning in warnings:
        key = (warning.path, warning.message)
        counts[key] = counts.get(key, 0) + 1
        if warning.line is None or counts[key] <= shown:
            lines.append(warning.render())
        else:
            rest.setdefault(key, []).append(warning.line)
    for (path, message), numbers in rest.items():
        lines.append(f"{path}: line{'s' * (len(numbers) > 1)} {_ranges(numbers)} ({len(numbers)} more): {message}")
    return lines


def _ranges(numbers: list[int]) -> str:
    """Line numbers as sorted ranges ("6-9, 12"), at most ``_MAX_RANGES`` of them."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    shown = [f"{a}-{b}" if b > a else str(a) for a, b in runs[:_MAX_RANGES]]
    if len(runs) > _MAX_RANGES:
        shown.append(f"… ({len(runs) - _MAX_RANGES} more ranges)")
    return ", ".join(shown)
