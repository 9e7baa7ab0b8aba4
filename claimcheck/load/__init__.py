"""Load stage: turn input paths into Documents, with a warning for everything skipped."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError, InputWarning
from claimcheck.load.article import build_document
from claimcheck.load.files import discover, display, read_text
from claimcheck.load.jsonl import parse_jsonl
from claimcheck.model import Document


@dataclass(frozen=True, slots=True)
class Corpus:
    """The documents of a run, sorted by path and line, and what was skipped."""

    documents: tuple[Document, ...]
    warnings: tuple[InputWarning, ...]


def load_corpus(paths: list[Path]) -> Corpus:
    """Load every article under ``paths``; raise InputError when nothing usable remains."""
    documents: list[Document] = []
    warnings: list[InputWarning] = []
    for path in discover(paths):
        try:
            text = read_text(path)
        except InputWarning as warning:
            warnings.append(warning)
            continue
        name = display(path)
        if not text.strip():
            warnings.append(InputWarning(name, "empty document; skipped"))
        elif path.suffix.lower() == ".jsonl":
            for item in parse_jsonl(text, name):
                (warnings if isinstance(item, InputWarning) else documents).append(item)  # type: ignore[arg-type]
        else:
            documents.append(build_document(_file_id(path), name, text))
    documents = _unique_ids(documents, warnings)
    if not documents:
        where = ", ".join(display(p) for p in paths)
        raise InputError(where, "no readable articles found (.txt, .md or .jsonl)")
    documents.sort(key=lambda d: (d.path, d.first_line, d.id))
    return Corpus(tuple(documents), tuple(warnings))


def _file_id(path: Path) -> str:
    """A document id for a file: its name without the suffix."""
    return path.stem


def _unique_ids(documents: list[Document], warnings: list[InputWarning]) -> list[Document]:
    """Keep the first document of each id (in path order) and warn about the others."""
    documents.sort(key=lambda d: (d.path, d.first_line))
    seen: dict[str, Document] = {}
    for document in documents:
        if document.id in seen:
            first = seen[document.id]
            warnings.append(InputWarning(document.path, f'duplicate document id "{document.id}" '
                                         f"(first seen in {first.path}:{first.first_line}); skipped",
                                         document.first_line))
        else:
            seen[document.id] = document
    return list(seen.values())
