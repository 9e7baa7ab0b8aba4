"""Read a CSV corpus: a header row, then one article a record (quoted fields may span lines)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from claimcheck.errors import InputWarning
from claimcheck.load.article import build_document
from claimcheck.load.files import MAX_BYTES
from claimcheck.load.options import FieldMap
from claimcheck.load.records import Build, T, record_document


def parse_csv(text: str, name: str, fields: FieldMap | None = None,
              build: Build[T] = build_document) -> Iterator[T | InputWarning]:  # type: ignore[assignment]
    """Yield a Document (what ``build`` makes) per good row and a warning per bad one.

    A row's line is the line it starts on.
    """
    fields = fields or FieldMap()
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))  # article texts exceed the 128 KiB default
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        yield InputWarning(name, f"malformed CSV header ({error}); skipped", 1)
        return
    missing = [f for f in (fields.id, fields.text) if f not in header]
    if missing:
        yield InputWarning(name, f'CSV has no "{missing[0]}" column; skipped', 1)
        return
    yield from _rows(reader, name, fields, build)


def _rows(reader: csv.DictReader[str], name: str, fields: FieldMap,
          build: Build[T]) -> Iterator[T | InputWarning]:
    """Walk the rows, tracking the line each starts on."""
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield InputWarning(name, f"malformed CSV ({error}); rest of file skipped", start)
            return
        if None in row:
            yield InputWarning(name, "row has more fields than the header; line skipped", start)
        elif any(value is not None and value.strip() for value in row.values()):
            yield record_document(row, name, start, fields, build)
        start = reader.line_num + 1
