"""Text formatter of ``claimcheck claims``: one line per claim, for debugging rules."""

from __future__ import annotations

from claimcheck.report.listing import ClaimListing, ListedClaim


def render(listing: ClaimListing) -> str:
    """One line per claim: position, kind, text → normalised value, and what it is about."""
    lines = [_line(c) for c in listing.claims]
    lines.append(f"{len(listing.claims)} claims in {len(listing.documents)} documents.")
    return "\n".join(lines) + "\n"


def _line(claim: ListedClaim) -> str:
    """Format one claim."""
    where = f"{claim.path}:{claim.line}:{claim.column}"
    precision = f" ({claim.granularity})" if claim.granularity else ""
    about = " · ".join(x for x in (claim.subject, claim.attribute, claim.event, claim.frame) if x)
    line = f"{where}  {claim.kind:<8} {claim.text!r} → {claim.normalized}{precision}"
    return line + (f"  [{about}]" if about else "")
