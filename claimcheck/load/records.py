"""Turn one record of a JSONL, JSON or CSV corpus into a Document, with the field names of a FieldMap."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from claimcheck.errors import InputWarning
from claimcheck.load.article import build_document
from claimcheck.load.options import FieldMap

T = TypeVar("T")
Build = Callable[[str, str, str, dict[str, object], int], T]  # build_document's positional arguments

_DEFAULT_DATE = "published"
_FALLBACK_DATE = "date"  # accepted when the default "published" field is absent


def record_document(record: object, name: str, line: int, fields: FieldMap,
                    build: Build[T] = build_document) -> T | InputWarning:  # type: ignore[assignment]
    """A Document for a good record; an InputWarning (with its line) naming what is wrong with a bad one.

    ``build`` makes the document from (id, path, text, metadata, line); the loader passes one that defers the work.
    """
    problem = _problem(record, fields)
    if problem:
        return InputWarning(name, f"{' '.join(problem.split())}; line skipped", line)  # one line, whatever the id
    assert isinstance(record, Mapping)
    meta = {key: record[field] for key, field in _meta_fields(record, fields) if _present(record.get(field))}
    return build(str(record[fields.id]).strip(), name, record[fields.text], meta, line)


def _meta_fields(record: Mapping[str, object], fields: FieldMap) -> list[tuple[str, str]]:
    """(metadata key, record field) pairs, with "date" standing in for an absent default "published"."""
    date = fields.date
    if date == _DEFAULT_DATE and not _present(record.get(date)):
        date = _FALLBACK_DATE
    return [("title", fields.title), ("published", date), ("source", fields.source), ("url", fields.url)]


def _present(value: object) -> bool:
    """A usable metadata value: a non-empty string."""
    return isinstance(value, str) and bool(value.strip())


def _hint(record: Mapping[str, object], field: str, option: str) -> str:
    """For a field the record lacks altogether, the fields it has and the option that names another one."""
    if field in record:
        return ""  # there, but not usable: the value is what is wrong
    names = sorted(str(key) for key in record)
    listed = ", ".join(names[:8]) + (", …" if len(names) > 8 else "")
    if not names:
        return f" (an empty record; see {option})"
    return f" (the record's fields: {listed}; choose one with {option})"


def _problem(record: object, fields: FieldMap) -> str | None:
    """Say what is wrong with a record, or None when it is usable."""
    if not isinstance(record, Mapping):
        return "record is not a JSON object"
    ident = record.get(fields.id)
    if not isinstance(ident, str | int) or isinstance(ident, bool) or str(ident).strip() == "":
        return f'record has no "{fields.id}"' + _hint(record, fields.id, "--id-field")
    if not isinstance(record.get(fields.text), str):
        return f'record has no "{fields.text}" string' + _hint(record, fields.text, "--text-field")
    if not record[fields.text].strip():
        return f'record "{ident}" has an empty "{fields.text}"'
    return None
