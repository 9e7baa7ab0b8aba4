"""SARIF 2.1.0 formatter: contradictions as results for code-scanning tools (GitHub, GitLab, IDEs)."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from claimcheck.model import Location, Severity
from claimcheck.report import Report, ReportedFinding

if TYPE_CHECKING:
    from claimcheck.ruleset import Rule, RuleSet

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SOURCE_ROOT = "%SRCROOT%"
FINGERPRINT = "claimcheck/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(report: Report, *, rules: RuleSet | None = None) -> str:
    """Serialise the contradictions as one SARIF run; corroborations are not results."""
    descriptors = _descriptors(report, rules)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    run = {
        "tool": {"driver": {"name": "claimcheck", "version": report.tool_version, "rules": descriptors}},
        "columnKind": "unicodeCodePoints",  # our columns count characters, not UTF-16 units
        "results": [_result(item, index[item.finding.code]) for item in report.findings],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _descriptors(report: Report, rules: RuleSet | None) -> list[dict[str, Any]]:
    """The run's rules; without the rule set, the rules named by the findings (code and name only)."""
    described = {r.code: _descriptor(r) for r in rules.rules} if rules else {}
    for item in report.findings:
        f = item.finding
        if f.code not in described:
            described[f.code] = {
                "id": f.code, "name": f.rule, "shortDescription": {"text": f.rule},
                "defaultConfiguration": {"level": LEVELS[f.severity]},
            }
    return [described[code] for code in sorted(described)]


def _descriptor(rule: Rule) -> dict[str, Any]:
    """A reportingDescriptor from a rule of rules/frames.yml."""
    return {
        "id": rule.code, "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation, "markdown": rule.explanation},
        "help": {"text": f"{rule.summary}\n\n{rule.explanation}", "markdown": rule.explanation},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled},
        "properties": {"kind": rule.kind, "tags": list(rule.groups)},
    }


def _result(item: ReportedFinding, rule_index: int) -> dict[str, Any]:
    """One result: the first claim is the location, the others are related locations."""
    f = item.finding
    primary, *others = item.locations
    return {
        "ruleId": f.code, "ruleIndex": rule_index, "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": _physical(primary), "message": {"text": primary.value}}],
        "relatedLocations": [
            {"id": number, "physicalLocation": _physical(loc), "message": {"text": loc.value}}
            for number, loc in enumerate(others, start=1)
        ],
        "partialFingerprints": {FINGERPRINT: item.id},
        "properties": {"confidence": f.confidence, "subject": f.subject, "attribute": f.attribute,
                       "reason": f.reason},
    }


def _physical(loc: Location) -> dict[str, Any]:
    """File and region of a claim's value; SARIF's endColumn is exclusive, as ours is."""
    return {
        "artifactLocation": _artifact(loc.path),
        "region": {"startLine": loc.line, "startColumn": loc.column, "endLine": loc.end_line,
                   "endColumn": loc.end_column, "snippet": {"text": loc.value}},
    }


def _artifact(path: str) -> dict[str, str]:
    """A relative path against %SRCROOT%, an absolute one as a file: URI; percent-encoded either way."""
    pure = PurePath(path)
    if pure.is_absolute():
        return {"uri": pure.as_uri()}
    return {"uri": quote(pure.as_posix(), safe="/"), "uriBaseId": SOURCE_ROOT}
