"""Find article files under the given paths and read them as text."""

from __future__ import annotations

import codecs
from pathlib import Path

from claimcheck.errors import InputError, InputWarning

SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")
MAX_BYTES = 256 * 1024 * 1024  # larger files are refused: see README "Limits"


def display(path: Path) -> str:
    """Show a path relative to the working directory when it is inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def discover(paths: list[Path]) -> list[Path]:
    """Expand directories recursively into article files; a missing path is an InputError."""
    found: set[Path] = set()
    for path in paths:
        if not path.exists():
            raise InputError(display(path), "no such file or directory")
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            found.add(path)
    return sorted(found, key=lambda p: display(p))


def read_text(path: Path) -> str:
    """Read a file as UTF-8 (a BOM selects UTF-8 or UTF-16); raise InputWarning when it cannot be read."""
    name = display(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputWarning(name, f"file is larger than {MAX_BYTES // 2**20} MiB; skipped")
        data = path.read_bytes()
    except PermissionError:
        raise InputWarning(name, "permission denied; skipped") from None
    except OSError as error:
        raise InputWarning(name, f"cannot read file ({error.strerror}); skipped") from None
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 or BOM-marked UTF-16; binary or other encodings are an InputWarning."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputWarning(name, "invalid UTF-16; skipped") from None
    if b"\x00" in data[:8192]:
        raise InputWarning(name, "binary file (NUL bytes); skipped")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputWarning(name, f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); skipped",
                           line) from None
