"""Map offsets of a Document's text back to the file it was extracted from (HTML → text).

The text is built from runs. A run whose text and source lengths are equal is *linear* (the text was
copied: offset ``t`` maps to ``source_start + (t - text_start)``); any other run is *atomic* (an entity
``&#8217;`` → ``’``, collapsed whitespace, a paragraph break) and every offset in it maps to the whole
source range of the run. Lookups are a bisect over the run starts, like ``claimcheck.positions``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from claimcheck.positions import LineIndex


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


class SourceMapBuilder:
    """Collects runs while text is assembled; merges contiguous linear runs to keep maps small."""

    def __init__(self) -> None:
        self.text_starts: list[int] = []
        self.source_starts: list[int] = []
        self.source_lengths: list[int] = []
        self.length = 0
        self._linear_tail = False

    def add(self, text_length: int, source_start: int, source_length: int) -> None:
        """Append a run of ``text_length`` characters taken from ``source_length`` source characters."""
        if text_length <= 0:
            return
        linear = text_length == source_length
        if (linear and self._linear_tail
                and self.source_starts[-1] + self.source_lengths[-1] == source_start):
            self.source_lengths[-1] += source_length
        else:
            self.text_starts.append(self.length)
            self.source_starts.append(source_start)
            self.source_lengths.append(source_length)
        self._linear_tail = linear
        self.length += text_length

    def build(self, source: str) -> SourceMap:
        """Freeze the runs, with the line index of the source text."""
        return SourceMap(tuple(self.text_starts), tuple(self.source_starts), tuple(self.source_lengths),
                         self.length, LineIndex.of(source))
