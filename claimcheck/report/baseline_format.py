"""Baseline files (``claimcheck.baseline/1``): the findings a team accepts, stable and readable."""

from __future__ import annotations

import json
from collections.abc import Sequence

from claimcheck.postprocess.baseline import SCHEMA, Baseline
from claimcheck.report import ReportedFinding


def render(findings: Sequence[ReportedFinding]) -> str:
    """The baseline file accepting every one of ``findings``."""
    entries = [
        {"id": f.id, "code": f.finding.code, "subject": f.finding.subject, "attribute": f.finding.attribute,
         "values": sorted({loc.value for loc in f.locations}),
         "documents": sorted({loc.document for loc in f.locations})}
        for f in sorted(findings, key=lambda f: f.id)
    ]
    return json.dumps({"schema": SCHEMA, "findings": entries}, indent=2, ensure_ascii=False) + "\n"


def render_entries(baseline: Baseline) -> str:
    """A (pruned) baseline, its entries as read."""
    entries = [baseline.entries[k] for k in sorted(baseline.entries)]
    return json.dumps({"schema": SCHEMA, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
