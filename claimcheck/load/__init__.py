"""Load stage: turn input paths into Documents, with a warning for everything skipped."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import InputError, InputWarning
from claimcheck.load.article import build_document
from claimcheck.load.csvfile import parse_csv
from claimcheck.load.duplicates import find_duplicates
from claimcheck.load.encoding import LegacyEncoding, decode
from claimcheck.load.files import MAX_BYTES, STDIN, discover, display, file_format, read_text
from claimcheck.load.jsonl import parse_json_array, parse_jsonl
from claimcheck.load.options import FieldMap, LoadOptions
from claimcheck.load.sourcemap import SourceMap
from claimcheck.load.webpage import read_webpage
from claimcheck.model import Document

__all__ = ["Corpus", "FieldMap", "LegacyEncoding", "LoadOptions", "SourceMap", "load_corpus"]

@dataclass(frozen=True, slots=True)
class Corpus:
    """The documents of a run, sorted by path and line, what was skipped, and what was found across them.

    ``source_maps`` maps a document id to the map from its text back to its input file (HTML pages);
    ``duplicates`` maps each exact or near copy (a syndicated story) to the first original in path order.
    """

    documents: tuple[Document, ...]
    warnings: tuple[InputWarning, ...]
    source_maps: Mapping[str, SourceMap] = field(default_factory=dict)
    duplicates: Mapping[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Loaded:
    """What loading has gathered so far."""

    documents: list[Document] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    source_maps: dict[str, SourceMap] = field(default_factory=dict)

    def add(self, items: Iterable[Document | InputWarning]) -> None:
        """Sort parsed items into documents and warnings."""
        for item in items:
            (self.warnings if isinstance(item, InputWarning) else self.documents).append(item)  # type: ignore[arg-type]


def load_corpus(paths: list[Path], options: LoadOptions | None = None) -> Corpus:
    """Load every article under ``paths`` (``-`` is standard input); raise InputError when nothing usable remains."""
    options = options or LoadOptions()
    loaded = _Loaded()
    for path in discover(paths, options.include, options.exclude):
        _load_file(path, options, loaded)
    documents = _unique_ids(loaded.documents, loaded.warnings)
    if not documents:
        where = ", ".join(display(p) for p in paths)
        raise InputError(where, "no readable articles found (.txt, .md, .html, .jsonl, .json, .csv, or .gz of them)")
    documents.sort(key=lambda d: (d.path, d.first_line, d.id))
    kept = {d.id for d in documents}
    maps = {doc_id: smap for doc_id, smap in loaded.source_maps.items() if doc_id in kept}
    duplicates = find_duplicates(documents, options.duplicate_threshold) if options.find_duplicates else {}
    return Corpus(tuple(documents), tuple(loaded.warnings), maps, duplicates)


def _load_file(path: Path, options: LoadOptions, loaded: _Loaded) -> None:
    """Read one input and add its documents (or warnings) to ``loaded``."""
    kind = options.stdin_format if str(path) == STDIN else file_format(path) or "txt"
    try:
        text, notice = _stdin_text(kind) if str(path) == STDIN else read_text(path, kind)
    except InputWarning as warning:
        loaded.warnings.append(warning)
        return
    if notice:
        loaded.warnings.append(notice)
    name = display(path)
    if not text.strip():
        loaded.warnings.append(InputWarning(name, "empty document; skipped"))
    elif kind in _RECORD_PARSERS:
        loaded.add(_RECORD_PARSERS[kind](text, name, options.fields))
    elif kind == "html":
        page = read_webpage(_file_id(path), name, text)
        if page.document.text.strip():
            loaded.documents.append(page.document)
            loaded.source_maps.setdefault(page.document.id, page.source_map)
        else:
            loaded.warnings.append(InputWarning(name, "no article text found in the page; skipped"))
    else:
        loaded.documents.append(build_document(_file_id(path), name, text))


_RECORD_PARSERS = {"jsonl": parse_jsonl, "json": parse_json_array, "csv": parse_csv}


def _stdin_text(kind: str) -> tuple[str, InputWarning | None]:
    """Read standard input as bytes and decode it like a file."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputWarning("<stdin>", f"input is larger than {MAX_BYTES // 2**20} MiB; skipped")
    return decode(data, "<stdin>", kind)


def _file_id(path: Path) -> str:
    """A document id for a file: its name without the suffix (``a.txt.gz`` → ``a``; stdin → ``stdin``)."""
    if str(path) == STDIN:
        return "stdin"
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return os.fsencode(Path(name).stem).decode("utf-8", errors="replace")  # same id under any locale


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

