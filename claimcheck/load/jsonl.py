"""Read a JSON Lines corpus: one article per line with ``id`` and ``text``."""

from __future__ import annotations

import json
from collections.abc import Iterator

from claimcheck.errors import InputWarning
from claimcheck.load.article import build_document
from claimcheck.model import Document

OPTIONAL = ("title", "published", "source", "url")


def parse_jsonl(text: str, name: str) -> Iterator[Document | InputWarning]:
    """Yield a Document per good record and an InputWarning (with its line) per bad one."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputWarning(name, f"malformed JSON ({error.msg}, column {error.colno}); line skipped", number)
            continue
        problem = _problem(record)
        if problem:
            yield InputWarning(name, f"{problem}; line skipped", number)
            continue
        meta = {key: record[key] for key in OPTIONAL if isinstance(record.get(key), str)}
        yield build_document(str(record["id"]), name, record["text"], meta, first_line=number)


def _problem(record: object) -> str | None:
    """Say what is wrong with a record, or None when it is usable."""
    if not isinstance(record, dict):
        return "record is not a JSON object"
    if "id" not in record or not isinstance(record["id"], str | int) or str(record["id"]).strip() == "":
        return 'record has no "id"'
    if not isinstance(record.get("text"), str):
        return 'record has no "text" string'
    if not record["text"].strip():
        return f'record "{record["id"]}" has an empty "text"'
    return None
