"""Report: the records every formatter reads, with positions computed for each claim."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from claimcheck import __version__
from claimcheck.errors import InputWarning
from claimcheck.model import Claim, Document, Finding, Location, Severity
from claimcheck.positions import LineIndex, SourceMap


@dataclass(frozen=True, slots=True)
class ReportedFinding:
    """A finding with its fingerprint and the file positions of its claims."""

    id: str
    finding: Finding
    locations: tuple[Location, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a formatter needs; built once per run."""

    tool_version: str
    documents: tuple[Document, ...]
    findings: tuple[ReportedFinding, ...]
    corroborations: tuple[ReportedFinding, ...]
    claims: int
    warnings: tuple[InputWarning, ...]
    baselined: int = 0  # findings the baseline accepted, left out

    @property
    def skipped(self) -> int:
        """How many inputs (files or lines) were left out."""
        return sum(1 for w in self.warnings if getattr(w, "skipped", True))

    def count(self, severity: Severity) -> int:
        """How many contradictions have a severity."""
        return sum(1 for f in self.findings if f.finding.severity is severity and f.finding.kind == "contradiction")

    def of_kind(self, kind: str) -> tuple[ReportedFinding, ...]:
        """The findings of one kind: "contradiction", "revision" (one outlet's articles disagree) or "update"."""
        return tuple(f for f in self.findings if f.finding.kind == kind)


RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv")


class Locator:
    """Turns claim spans into 1-based file positions, one line index per document."""

    def __init__(self, documents: tuple[Document, ...], source_maps: Mapping[str, SourceMap] | None = None) -> None:
        self.documents = {d.id: d for d in documents}
        self.source_maps = source_maps or {}
        self._indexes: dict[str, LineIndex] = {}

    def locate(self, claim: Claim) -> Location:
        """The claim's value position in its input file (1-based, end inclusive), with its sentence as evidence."""
        document = self.documents[claim.document]
        line, column, end_line, end_column = self._positions(document, claim)
        return Location(document.id, document.path, line, column, end_line, end_column,
                        " ".join(document.text[claim.sentence.start : claim.sentence.end].split()),
                        claim.text, claim.normalized, claim.speaker,
                        document.published.isoformat() if document.published else None)

    def _positions(self, document: Document, claim: Claim) -> tuple[int, int, int, int]:
        """(line, column, end line, end column) of a claim's value in the input file."""
        source_map = self.source_maps.get(document.id)
        if source_map is not None:  # HTML: positions in the original page
            line, column = source_map.position(claim.span.start)
            end_line, end_column = source_map.end_position(claim.span.start, claim.span.end)
            return line, column, end_line, end_column + 1
        if document.path.lower().removesuffix(".gz").endswith(RECORD_SUFFIXES):
            # A corpus record: the record's own line, and the column counted in its text field.
            return document.first_line, claim.span.start + 1, document.first_line, claim.span.end + 1
        index = self._indexes.setdefault(document.id, LineIndex.of(document.text))
        line, column = index.position(claim.span.start)
        end_line, end_column = index.position(max(claim.span.start, claim.span.end - 1))
        shift = document.first_line - 1
        return line + shift, column, end_line + shift, end_column + 1


def build_report(documents: tuple[Document, ...], findings: list[tuple[str, Finding]],
                 corroborations: list[tuple[str, Finding]], claims: int,
                 warnings: tuple[InputWarning, ...], references: tuple[Document, ...] = (),
                 source_maps: Mapping[str, SourceMap] | None = None) -> Report:
    """Attach positions to every finding (``references``: the fact base, located but not listed)."""
    locator = Locator(documents + references, source_maps)

    def reported(items: list[tuple[str, Finding]]) -> tuple[ReportedFinding, ...]:
        return tuple(ReportedFinding(fid, f, tuple(locator.locate(c) for c in f.claims)) for fid, f in items)

    return Report(__version__, documents, reported(findings), reported(corroborations), claims, warnings)
