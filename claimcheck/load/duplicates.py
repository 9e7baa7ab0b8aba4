"""Find exact and near-duplicate documents (syndicated copies of one wire story), in near-linear time.

Text is normalised (lower-case words, no dateline prefix), cut into word 3-shingles, and sketched by
one-permutation MinHash: each shingle is hashed once (CRC-32, stable across runs) into one of ``BINS`` bins,
and a bin keeps its smallest hash. Locality-sensitive hashing then blocks documents: sketches are cut into
``BANDS`` bands, and only documents sharing a band are compared, by the share of bins on which their sketches
agree (an estimate of the shingles' Jaccard similarity); a candidate that passes is confirmed by the exact
Jaccard similarity of the two shingle sets (recomputed for that pair only, so no set is kept in memory).
Identical normalised texts are matched by a digest first. Each copy maps to the first original in corpus
order.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from array import array
from collections.abc import Sequence
from typing import NamedTuple

from claimcheck.model import Document

BINS = 64
BANDS = 16  # 4 bins a band: a pair at similarity 0.8 shares a band with probability > 0.999, at 0.5 with 0.64
SHINGLE = 3  # words per shingle (shingles() zips three word lists)
MIN_WORDS = 12  # shorter texts are matched only when identical: a few shared words prove nothing
_ESTIMATE_SLACK = 0.15  # about two standard errors of a 64-bin estimate near 0.8: the exact check decides
_EMPTY = 0xFFFFFFFF
_WORD = re.compile(r"\w+")
_DATELINE = re.compile(r"^\s*(?:\([^)]{1,40}\)|[A-Z][A-Z .,'-]{1,40}(?:\([^)]{1,30}\))?)\s*[—–-]+\s*")


class Signature(NamedTuple):
    """What duplicate detection needs of one document, computed on its own (so in a worker process)."""

    digest: bytes  # of the normalised words: identical texts
    sketch: bytes  # MinHash of the word shingles: near copies
    words: int


def signature(document: Document) -> Signature:
    """The Signature of one document."""
    words = normalised_words(document)
    digest = hashlib.blake2b(" ".join(words).encode(), digest_size=16).digest()
    return Signature(digest, minhash(words), len(words))


def find_duplicates(documents: Sequence[Document], threshold: float = 0.8,
                    signatures: Sequence[Signature] | None = None) -> dict[str, str]:
    """Map each duplicate document's id to the id of the first document it copies.

    ``signatures`` are the documents' Signatures, in the same order, when the caller computed them already.
    """
    signatures = signatures if signatures is not None else [signature(d) for d in documents]
    originals: dict[bytes, int] = {}
    buckets: dict[tuple[int, bytes], list[int]] = {}
    sketches: list[bytes] = []
    duplicates: dict[str, str] = {}
    for index, (document, (digest, sketch, words)) in enumerate(zip(documents, signatures, strict=True)):
        sketches.append(sketch)
        original = originals.get(digest)
        if original is None and words >= MIN_WORDS:
            original = _near_original(index, sketches, buckets, threshold, documents)
        if original is not None:
            duplicates[document.id] = documents[original].id
            continue
        originals.setdefault(digest, index)
        for band in _bands(sketch):
            buckets.setdefault(band, []).append(index)
    return duplicates


def normalised_words(document: Document) -> list[str]:
    """The document's words, lower-cased, without a leading dateline ("LONDON (Reuters) -") or skipped lines.

    When the skipped lines leave too few words to compare (a text of headlines), the whole text is used.
    """
    text = document.text
    for span in sorted(document.skipped, key=lambda s: s.start, reverse=True):
        text = text[: span.start] + " " + text[span.end :]
    words = _words(text)
    return words if len(words) >= MIN_WORDS else _words(document.text)


def _words(text: str) -> list[str]:
    """Lower-cased words after a leading dateline."""
    return _WORD.findall(_DATELINE.sub("", text.lstrip(), count=1).lower())


def shingles(words: list[str]) -> list[int]:
    """CRC-32 hashes of the word 3-shingles (one shingle for a shorter text)."""
    if len(words) < SHINGLE:
        return [zlib.crc32(" ".join(words).encode())] if words else []
    crc = zlib.crc32
    return [crc(f"{a} {b} {c}".encode()) for a, b, c in zip(words, words[1:], words[2:], strict=False)]


def minhash(words: list[str]) -> bytes:
    """A one-permutation MinHash sketch of the word shingles: BINS unsigned 32-bit minima."""
    bins = array("I", [_EMPTY]) * BINS
    for value in shingles(words):
        slot, rest = value % BINS, value // BINS
        if rest < bins[slot]:
            bins[slot] = rest
    return bins.tobytes()


def similarity(first: bytes, second: bytes) -> float:
    """Share of bins (filled in either sketch) on which two sketches agree: an estimate of Jaccard similarity."""
    a, b = array("I"), array("I")
    a.frombytes(first)
    b.frombytes(second)
    filled = [(x, y) for x, y in zip(a, b, strict=True) if x != _EMPTY or y != _EMPTY]
    return sum(x == y for x, y in filled) / len(filled) if filled else 1.0


def _bands(sketch: bytes) -> list[tuple[int, bytes]]:
    """The LSH keys of a sketch: (band number, the band's bytes)."""
    width = len(sketch) // BANDS
    empty = b"\xff" * width  # a band of empty bins (a short text) says nothing: never a bucket
    keys = ((band, sketch[band * width : (band + 1) * width]) for band in range(BANDS))
    return [key for key in keys if key[1] != empty]


def _near_original(index: int, sketches: list[bytes], buckets: dict[tuple[int, bytes], list[int]],
                   threshold: float, documents: Sequence[Document]) -> int | None:
    """The earliest original sharing a band with document ``index`` and similar enough (estimate, then exact)."""
    sketch = sketches[index]
    candidates = sorted({i for band in _bands(sketch) for i in buckets.get(band, ())})
    near = [i for i in candidates if similarity(sketch, sketches[i]) >= threshold - _ESTIMATE_SLACK]
    if not near:
        return None
    mine = _shingle_set(documents[index])  # exact sets only for the few pairs the estimate lets through
    return next((i for i in near if jaccard(mine, _shingle_set(documents[i])) >= threshold), None)


def _shingle_set(document: Document) -> set[int]:
    """The set of a document's shingle hashes."""
    return set(shingles(normalised_words(document)))


def jaccard(first: set[int], second: set[int]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    union = len(first | second)
    return len(first & second) / union if union else 1.0
