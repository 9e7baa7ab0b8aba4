"""Documents read but not built yet, so the costly part of loading can run in worker processes.

Reading files and splitting corpora into records is cheap and stays in the caller; building a Document (front
matter, date header, boilerplate lines), choosing an HTML page's article text (trafilatura) and sketching a
document for duplicate detection are per document and cost most of the load stage. ``finish`` does all three
for one Draft and depends on nothing else, so ``load_corpus`` can map it over worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.errors import InputWarning
from claimcheck.load.article import build_document
from claimcheck.load.duplicates import Signature, signature
from claimcheck.load.webpage import WebPage, read_webpage
from claimcheck.model import Document


@dataclass(frozen=True, slots=True)
class Draft:
    """The arguments of ``build_document`` (or ``read_webpage`` for an HTML page), kept until the document is built."""

    doc_id: str
    path: str
    text: str
    meta: dict[str, object] | None = None
    first_line: int = 1
    html: bool = False
    sign: bool = True  # compute the duplicate-detection Signature too


def draft(doc_id: str, path: str, text: str, meta: dict[str, object] | None = None, first_line: int = 1, *,
          sign: bool = True) -> Draft:
    """A Draft with ``build_document``'s arguments, for the record parsers' ``build`` argument."""
    return Draft(doc_id, path, text, meta, first_line, sign=sign)


Finished = tuple[Document | WebPage | InputWarning, Signature | None]


def finish(item: Draft) -> Finished:
    """Build the Draft's document (a warning for an HTML page without article text) and its Signature."""
    if item.html:
        page = read_webpage(item.doc_id, item.path, item.text)
        if not page.document.text.strip():
            return InputWarning(item.path, "no article text found in the page; skipped"), None
        built: Document | WebPage = page
        document = page.document
    else:
        built = document = build_document(item.doc_id, item.path, item.text, item.meta, item.first_line)
    return built, signature(document) if item.sign else None
