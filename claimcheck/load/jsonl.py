"""Read JSON corpora: JSON Lines (one record a line) and JSON arrays (a list of records)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from claimcheck.errors import InputWarning
from claimcheck.load.article import build_document
from claimcheck.load.options import FieldMap
from claimcheck.load.records import Build, T, record_document

OPTIONAL = ("title", "published", "source", "url")
_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"


def parse_jsonl(text: str, name: str, fields: FieldMap | None = None,
                build: Build[T] = build_document) -> Iterator[T | InputWarning]:  # type: ignore[assignment]
    """Yield a Document (what ``build`` makes) per good record and an InputWarning (with its line) per bad one."""
    fields = fields or FieldMap()
    for number, line in enumerate(_json_lines(text), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputWarning(name, f"malformed JSON ({error.msg}, column {error.colno}); line skipped", number)
            continue
        yield record_document(record, name, number, fields, build)


def parse_json_array(text: str, name: str, fields: FieldMap | None = None,
                     build: Build[T] = build_document) -> Iterator[T | InputWarning]:  # type: ignore[assignment]
    """Yield a Document per record of a JSON list (a single object is one record), each with its line.

    Records are decoded one at a time so each knows the line it starts on; a syntax error ends the file with
    a warning naming its line (the records before it are kept).
    """
    fields = fields or FieldMap()
    position = _skip_space(text, 0)
    if text.startswith("{", position):
        yield from _records(text, name, fields, build, position, single=True)
    elif text.startswith("[", position):
        yield from _records(text, name, fields, build, position + 1, single=False)
    else:
        yield InputWarning(name, "not a JSON list of records; skipped", text.count("\n", 0, position) + 1)


def _records(text: str, name: str, fields: FieldMap, build: Build[T], position: int, *,
             single: bool) -> Iterator[T | InputWarning]:
    """Decode records from ``position`` until the closing bracket."""
    line, counted = 1, 0
    while True:
        position = _skip_space(text, position)
        if not single and text.startswith("]", position):
            return
        line += text.count("\n", counted, position)
        counted = position
        try:
            record, position = _DECODER.raw_decode(text, position)
        except json.JSONDecodeError as error:
            yield InputWarning(name, f"malformed JSON ({error.msg}); rest of file skipped", error.lineno)
            return
        yield record_document(record, name, line, fields, build)
        position = _skip_space(text, position)
        if single or not text.startswith(",", position):
            if not single and not text.startswith("]", position):
                yield InputWarning(name, "malformed JSON (expected , or ]); rest of file skipped",
                                   line + text.count("\n", counted, position))
            return
        position += 1


def _skip_space(text: str, position: int) -> int:
    """The first offset at or after ``position`` that is not JSON whitespace."""
    while position < len(text) and text[position] in _SPACE:
        position += 1
    return position


def _json_lines(text: str) -> list[str]:
    r"""The lines of a JSON Lines text.

    Split at \n (and \r\n) only, since JSON allows raw U+2028 and U+0085 inside strings, where str.splitlines()
    would break.
    """
    return [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
