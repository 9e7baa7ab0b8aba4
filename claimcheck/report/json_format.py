"""JSON formatter: the ``claimcheck.report/1`` schema that other tools and evaluations read."""

from __future__ import annotations

import json
from typing import Any

from claimcheck.model import Location, Severity
from claimcheck.report import Report, ReportedFinding

SCHEMA = "claimcheck.report/1"


def render(report: Report) -> str:
    """Serialise the report as stable, indented JSON."""
    data = {
        "schema": SCHEMA,
        "tool": {"name": "claimcheck", "version": report.tool_version},
        "documents": [
            {"id": d.id, "path": d.path, "title": d.title,
             "published": d.published.isoformat() if d.published else None}
            for d in report.documents
        ],
        "findings": [_finding(f) for f in report.findings],
        "corroborations": [_finding(f) for f in report.corroborations],
        "summary": {
            "documents": len(report.documents),
            "claims": report.claims,
            "contradictions": len(report.of_kind("contradiction")),
            "errors": report.count(Severity.ERROR),
            "warnings": report.count(Severity.WARNING),
            "revisions": len(report.of_kind("revision")),
            "updates": len(report.of_kind("update")),
            "corroborations": len(report.corroborations),
            "skipped_inputs": report.skipped,
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _finding(item: ReportedFinding) -> dict[str, Any]:
    """One finding record."""
    f = item.finding
    return {
        "id": item.id, "code": f.code, "rule": f.rule, "kind": f.kind, "severity": f.severity.value,
        "confidence": f.confidence, "subject": f.subject, "attribute": f.attribute, "message": f.message,
        "reason": f.reason, "claims": [_claim(loc) for loc in item.locations],
    }


def _claim(loc: Location) -> dict[str, Any]:
    """One claim record with its position."""
    return {
        "document": loc.document, "path": loc.path, "line": loc.line, "column": loc.column,
        "end_line": loc.end_line, "end_column": loc.end_column, "text": loc.text, "value": loc.value,
        "normalized": loc.normalized, "speaker": loc.speaker, "published": loc.published,
    }
