"""Every claim of every document, for ``claimcheck claims``: value mentions with what frames made of them."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.errors import InputWarning
from claimcheck.extract import Extraction
from claimcheck.model import Claim, Document, Mention, TimeValue
from claimcheck.positions import LineIndex


@dataclass(frozen=True, slots=True)
class ListedClaim:
    """One claim as listed: where it is, what it says, and what it is about."""

    document: str
    path: str
    kind: str
    start: int
    end: int
    line: int
    column: int
    text: str
    normalized: str
    granularity: str | None
    subject: str | None
    attribute: str | None
    frame: str | None
    event: str | None
    qualifiers: tuple[str, ...]
    speaker: str | None = None  # who the claim is attributed to, when not the outlet itself


@dataclass(frozen=True, slots=True)
class ClaimListing:
    """The documents of a run and all their claims, in document and text order."""

    documents: tuple[Document, ...]
    claims: tuple[ListedClaim, ...]
    warnings: tuple[InputWarning, ...] = ()  # inputs skipped while loading, for the command to print


def list_claims(extractions: list[Extraction], resolve: dict[str, str] | None = None) -> ClaimListing:
    """Merge each document's value mentions with the frame claims built on them."""
    resolve = resolve or {}
    listed: list[ListedClaim] = []
    for extraction in extractions:
        document = extraction.document
        index = LineIndex.of(document.text)
        framed: dict[tuple[int, int], list[Claim]] = {}
        for claim in extraction.claims:
            framed.setdefault((claim.span.start, claim.span.end), []).append(claim)
        for mention in extraction.mentions:
            framing = framed.pop((mention.span.start, mention.span.end), None)
            if framing is None:  # a value no frame made a claim of
                listed.append(_listed(document, index, mention, None, resolve))
            else:
                listed.extend(_listed(document, index, mention, c, resolve) for c in framing)
        for claims in framed.values():  # titles and other claims that are not value mentions
            listed.extend(_listed(document, index, None, c, resolve) for c in claims)
    listed.sort(key=lambda c: (c.path, c.document, c.start, c.end, c.attribute or "", c.frame or ""))
    return ClaimListing(tuple(e.document for e in extractions), tuple(listed))


def _listed(document: Document, index: LineIndex, mention: Mention | None, claim: Claim | None,
            resolve: dict[str, str]) -> ListedClaim:
    """One listed claim from a mention, a frame claim, or both."""
    source = claim or mention
    assert source is not None
    start, end = source.span.start, source.span.end
    line, column = index.position(start)
    value = claim.value if claim else mention.value if mention else None
    subject = claim.subject if claim else None
    return ListedClaim(
        document=document.id, path=document.path, kind=(claim.kind if claim else mention.kind if mention else ""),
        start=start, end=end, line=line + document.first_line - 1, column=column, text=source.text,
        normalized=source.normalized, granularity=_granularity(value),
        subject=resolve.get(subject, subject) if subject else None,
        attribute=str(claim.attribute) if claim and claim.attribute else None,
        frame=claim.frame if claim else None, event=claim.event if claim else None,
        qualifiers=claim.qualifier_names() if claim else (), speaker=claim.speaker if claim else None,
    )


def _granularity(value: object) -> str | None:
    """The precision of a temporal value; None for other values."""
    return value.granularity.value if isinstance(value, TimeValue) else None
