"""Find article files under the given paths, filter them, and read them as text (gzip, legacy encodings)."""

from __future__ import annotations

import gzip
import io
import os
import zlib
from fnmatch import fnmatchcase
from pathlib import Path

from claimcheck.errors import InputError, InputWarning
from claimcheck.load.encoding import decode

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".json": "json", ".csv": "csv", ".html": "html", ".htm": "html"}
SUFFIXES = tuple(FORMATS)
COMPRESSED = ".gz"
MAX_BYTES = 256 * 1024 * 1024  # larger files (after decompression) are refused: see README "Limits"
STDIN = "-"

__all__ = ["COMPRESSED", "FORMATS", "MAX_BYTES", "STDIN", "SUFFIXES", "decode", "discover", "display",
           "file_format", "read_text"]


def display(path: Path) -> str:
    """Show a path relative to the working directory when it is inside it."""
    if str(path) == STDIN:
        return "<stdin>"
    try:
        shown = path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        shown = path.as_posix()
    # Under a C locale, non-ASCII file names arrive as surrogate escapes: show them as their UTF-8 text,
    # so reports are the same bytes whatever the locale.
    return os.fsencode(shown).decode("utf-8", errors="replace")


def file_format(path: Path) -> str | None:
    """The input format of a file from its suffixes (``a.jsonl.gz`` → jsonl), None when not an article file."""
    name = path.name.lower()
    if name.endswith(COMPRESSED):
        name = name[: -len(COMPRESSED)]
    return FORMATS.get(Path(name).suffix)


def discover(paths: list[Path], include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> list[Path]:
    """Expand directories recursively into article files, filtered by include/exclude globs.

    Files named explicitly are always kept (as in ruff); ``-`` stands for standard input. A missing path is an
    InputError.
    """
    found: set[Path] = set()
    for path in paths:
        if str(path) == STDIN:
            found.add(path)
        elif not path.exists():
            raise InputError(display(path), "no such file or directory")
        elif path.is_dir():
            found.update(p for p in path.rglob("*") if _wanted(p, p.relative_to(path), include, exclude))
        else:
            found.add(path)
    return sorted(found, key=lambda p: display(p))


def _wanted(path: Path, relative: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    """An article file, not hidden, matching an include glob (if any) and no exclude glob."""
    if not path.is_file() or file_format(path) is None or any(part.startswith(".") for part in relative.parts):
        return False
    if include and not any(matches_glob(relative, g) for g in include):
        return False
    return not any(matches_glob(relative, g) for g in exclude)


def matches_glob(relative: Path, pattern: str) -> bool:
    """A glob without ``/`` matches the file name or any folder name; with ``/``, the relative path.

    In a glob with ``/``, ``*`` spans folders.
    """
    if "/" not in pattern.strip("/"):
        return any(fnmatchcase(part, pattern.strip("/")) for part in relative.parts)
    text = relative.as_posix()
    pattern = pattern.removeprefix("./").removeprefix("**/")
    return fnmatchcase(text, pattern) or fnmatchcase(text, "*/" + pattern)


def read_bytes(path: Path) -> bytes:
    """Read a file (decompressing ``.gz``); raise InputWarning when it cannot be read or is too large."""
    name = display(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputWarning(name, f"file is larger than {MAX_BYTES // 2**20} MiB; skipped")
        data = path.read_bytes()
    except PermissionError:
        raise InputWarning(name, "permission denied; skipped") from None
    except OSError as error:
        raise InputWarning(name, f"cannot read file ({error.strerror}); skipped") from None
    return decompress(data, name) if path.name.lower().endswith(COMPRESSED) else data


def decompress(data: bytes, name: str) -> bytes:
    """Gunzip, refusing more than MAX_BYTES of output (a gzip bomb is skipped, not read into memory)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error):
        raise InputWarning(name, "not a valid gzip file; skipped") from None
    if len(out) > MAX_BYTES:
        raise InputWarning(name, f"decompresses to more than {MAX_BYTES // 2**20} MiB; skipped")
    return out


def read_text(path: Path, kind: str | None = None) -> tuple[str, InputWarning | None]:
    """Read and decode a file; the warning says when a legacy encoding had to be detected."""
    return decode(read_bytes(path), display(path), kind or file_format(path))

