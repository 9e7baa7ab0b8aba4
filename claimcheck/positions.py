"""Map character offsets to 1-based line and column numbers, at the edges of the pipeline.

``LineIndex`` does it for a text as read; ``SourceMap`` first maps an offset of a Document's text back to the file
it was extracted from (an HTML page). A run whose text and source lengths are equal is *linear* (the text was
copied: offset ``t`` maps to ``source_start + (t - text_start)``); any other run is *atomic* (an entity
``&#8217;`` → ``’``, collapsed whitespace, a paragraph break) and every offset in it maps to the whole source range
of the run. Lookups are a bisect over the run starts.
"""

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


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Sorted runs (text_start, source_start, source_length) and the line starts of the source file."""

    text_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    source_lengths: tuple[int, ...]
    text_length: int
    source_lines: LineIndex

    def _run(self, offset: int) -> tuple[int, int, int, int]:
        """The run holding a text offset: (text_start, text_length, source_start, source_length)."""
        index = max(bisect_right(self.text_starts, offset) - 1, 0)
        start = self.text_starts[index]
        end = self.text_starts[index + 1] if index + 1 < len(self.text_starts) else self.text_length
        return start, end - start, self.source_starts[index], self.source_lengths[index]

    def source_offset(self, offset: int) -> int:
        """The source offset where the character at a text offset starts."""
        if not self.text_starts:
            return 0
        start, length, source, source_length = self._run(offset)
        return source + (offset - start) if length == source_length else source

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The half-open source range covering the text range ``[start, end)``."""
        if not self.text_starts:
            return 0, 0
        last = max(start, end - 1)
        run_start, length, source, source_length = self._run(last)
        stop = source + (last - run_start) + 1 if length == source_length else source + source_length
        return self.source_offset(start), max(stop, self.source_offset(start))

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) in the source file of a text offset."""
        return self.source_lines.position(self.source_offset(offset))

    def end_position(self, start: int, end: int) -> tuple[int, int]:
        """The 1-based (line, column) in the source file of the last character of ``[start, end)``."""
        _, stop = self.source_span(start, end)
        return self.source_lines.position(max(stop - 1, self.source_offset(start)))
