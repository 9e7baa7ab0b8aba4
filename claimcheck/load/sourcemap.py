"""Build the map from a Document's text back to the file it was extracted from (HTML → text).

The map is built run by run as the text is assembled; ``claimcheck.positions.SourceMap`` looks offsets up in it.
"""

from __future__ import annotations

from claimcheck.positions import LineIndex, SourceMap

__all__ = ["SourceMap", "SourceMapBuilder"]


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
