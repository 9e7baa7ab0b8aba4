"""JSON formatter of ``claimcheck claims``: the ``claimcheck.claims/1`` schema."""

from __future__ import annotations

import json
from dataclasses import asdict

from claimcheck.report.listing import ClaimListing

SCHEMA = "claimcheck.claims/1"


def render(listing: ClaimListing) -> str:
    """Serialise every listed claim as stable, indented JSON."""
    data = {
        "schema": SCHEMA,
        "documents": [
            {"id": d.id, "path": d.path, "published": d.published.isoformat() if d.published else None}
            for d in listing.documents
        ],
        "claims": [{**asdict(c), "value": c.text, "qualifiers": list(c.qualifiers)} for c in listing.claims],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
