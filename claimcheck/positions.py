"""Map character offsets to 1-based line and column numbers, at the edges of the pipeline."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_NEWLINE = re.compile(r"\r\n?|\n")


@dataclass(frozen=True, slots=True)
class LineIndex:
    """Line starts of one text, for O(log n) offset → (line, column) lookups."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        """Build the index of ``text``."""
        if "\r" in text:  # CR-only (old Mac) and mixed endings: "\r\n", "\r" and "\n" each end a line
            return cls((0, *(m.end() for m in _NEWLINE.finditer(text))))
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return cls(tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a 0-based character offset."""
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1
