"""Load stage: turn input paths into Documents, with a warning for everything skipped."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from claimcheck.errors import InputError, InputWarning
from claimcheck.load.csvfile import parse_csv
from claimcheck.load.drafts import Draft, Finished, draft, finish
from claimcheck.load.duplicates import Signature, find_duplicates
from claimcheck.load.encoding import LegacyEncoding, decode
from claimcheck.load.files import MAX_BYTES, STDIN, discover, display, file_format, read_text
from claimcheck.load.jsonl import parse_json_array, parse_jsonl
from claimcheck.load.options import FieldMap, LoadOptions
from claimcheck.load.webpage import WebPage
from claimcheck.model import Document
from claimcheck.positions import SourceMap

__all__ = ["Corpus", "FieldMap", "LegacyEncoding", "LoadOptions", "Mapper", "SourceMap", "load_corpus"]

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


# How load_corpus runs ``finish`` over the drafts: (function, drafts, their characters in all) -> results in order.
# The default runs inline; the pipeline passes a ``parallel.BuildAndExtract``, which extracts in the same task.
Mapper = Callable[[Callable[[Draft], Finished], Sequence[Draft], int], list[Finished]]


@dataclass(slots=True)
class _Loaded:
    """What loading has gathered so far."""

    documents: list[Document] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    source_maps: dict[str, SourceMap] = field(default_factory=dict)
    signatures: dict[int, Signature] = field(default_factory=dict)  # by id() of the document

    def add(self, item: InputWarning | Finished) -> None:
        """Sort a warning or a finished draft into documents (with their source maps and signatures) and warnings."""
        if isinstance(item, InputWarning):
            self.warnings.append(item)
            return
        built, sign = item
        if isinstance(built, InputWarning):
            self.warnings.append(built)
            return
        document = built.document if isinstance(built, WebPage) else built
        if isinstance(built, WebPage):
            self.source_maps.setdefault(document.id, built.source_map)
        self.documents.append(document)
        if sign is not None:
            self.signatures[id(document)] = sign


def load_corpus(paths: list[Path], options: LoadOptions | None = None, mapper: Mapper | None = None) -> Corpus:
    """Load every article under ``paths`` (``-`` is standard input); raise InputError when nothing usable remains.

    Files are read here; building each document (``drafts.finish``) goes through ``mapper``, inline by default.
    """
    options = options or LoadOptions()
    read: list[Draft | InputWarning] = []
    for path in discover(paths, options.include, options.exclude):
        read.extend(_read_file(path, options))
    drafts = [item for item in read if isinstance(item, Draft)]
    finished = iter((mapper or _inline)(finish, drafts, sum(len(d.text) for d in drafts)))
    loaded = _Loaded()
    for item in read:
        loaded.add(item if isinstance(item, InputWarning) else next(finished))
    del read
    documents = _unique_ids(loaded.documents, loaded.warnings)
    if not documents:
        where = ", ".join(display(p) for p in paths)
        skipped = f"; {len(loaded.warnings)} skipped (warnings above)" if loaded.warnings else ""
        raise InputError(where, "no readable articles found (.txt, .md, .html, .jsonl, .json, .csv, or .gz of them)"
                         + skipped, warnings=tuple(loaded.warnings))
    documents.sort(key=lambda d: (d.path, d.first_line, d.id))
    kept = {d.id for d in documents}
    maps = {doc_id: smap for doc_id, smap in loaded.source_maps.items() if doc_id in kept}
    duplicates = (find_duplicates(documents, options.duplicate_threshold,
                                  [loaded.signatures[id(d)] for d in documents])
                  if options.find_duplicates else {})
    return Corpus(tuple(documents), tuple(loaded.warnings), maps, duplicates)


def _inline(function: Callable[[Draft], Finished], drafts: Sequence[Draft], chars: int) -> list[Finished]:
    """The default Mapper: every draft in this process."""
    return [function(d) for d in drafts]


def _read_file(path: Path, options: LoadOptions) -> list[Draft | InputWarning]:
    """Read one input: its drafts (one per document, not built yet) and warnings, in order."""
    kind = options.stdin_format if str(path) == STDIN else file_format(path) or "txt"
    try:
        text, notice = _stdin_text(kind) if str(path) == STDIN else read_text(path, kind)
    except InputWarning as warning:
        return [warning]
    found: list[Draft | InputWarning] = [notice] if notice else []
    name = display(path)
    build = partial(draft, sign=options.find_duplicates)
    if not text.strip():
        found.append(InputWarning(name, "empty document; skipped"))
    elif kind in _RECORD_PARSERS:
        found.extend(_RECORD_PARSERS[kind](text, name, options.fields, build))
    else:
        found.append(Draft(_file_id(path), name, text, html=kind == "html", sign=options.find_duplicates))
    return found


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

