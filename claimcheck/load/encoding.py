"""Decode input bytes: UTF-8 (BOM-aware) first, then a legacy encoding charset-normalizer detects, with a warning."""

from __future__ import annotations

import codecs
import re

from claimcheck.errors import InputWarning

# Windows-1252 is what unlabeled legacy Western pages and exports are in (the WHATWG default); among
# detections that fit the bytes about as well, it is preferred: short English texts otherwise come out as
# cp852 or cp1250 with the same letters read as box-drawing or Central European characters.
_PREFERRED = "cp1252"
_CHAOS_MARGIN = 0.05
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


class LegacyEncoding(InputWarning):
    """A file that was not UTF-8 but was read in a detected (or declared) legacy encoding: read, not skipped."""

    skipped = False


def decode(data: bytes, name: str, kind: str | None = None) -> tuple[str, InputWarning | None]:
    """Return the text and, when it was not UTF-8, a LegacyEncoding warning naming the encoding used.

    BOM-marked UTF-16 is read; NUL bytes mean binary; undecodable bytes are an InputWarning (skipped).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise InputWarning(name, "invalid UTF-16; skipped") from None
    if b"\x00" in data[:8192]:
        raise InputWarning(name, "binary file (NUL bytes); skipped")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
        line = data[: error.start].count(b"\n") + 1
    declared = _declared_charset(data) if kind == "html" else None
    if declared:
        return declared[0], LegacyEncoding(name, f"not valid UTF-8 ({where}); read as {declared[1]}, "
                                           "the charset the page declares", line)
    detected = detect(data)
    if detected is None:
        raise InputWarning(name, f"not valid UTF-8 ({where}) and no legacy encoding fits; skipped", line)
    text, encoding = detected
    return text, LegacyEncoding(name, f"not valid UTF-8 ({where}); read as {encoding} (detected)", line)


def detect(data: bytes) -> tuple[str, str] | None:
    """Decode with the encoding charset-normalizer finds most plausible; None when nothing fits."""
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 inputs need it

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.chaos <= best.chaos + _CHAOS_MARGIN and _PREFERRED in match.could_be_from_charset:
            try:
                return data.decode(_PREFERRED), _PREFERRED
            except UnicodeDecodeError:
                break
    return str(best), best.encoding


def _declared_charset(data: bytes) -> tuple[str, str] | None:
    """Decode with the ``<meta charset>`` of a page when it names a known encoding that fits the bytes."""
    match = _HTML_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").lower()
    label = _PREFERRED if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else label
    try:
        encoding = codecs.lookup(label).name
        return data.decode(encoding), encoding
    except (LookupError, UnicodeDecodeError):
        return None
