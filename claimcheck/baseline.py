"""Baselines: findings a team has accepted, keyed by content fingerprint, so CI fails only on new ones.

A fingerprint is built from the rule, the subject, the attribute and each claim's document and value
(see ``postprocess.fingerprint``): it survives re-wrapped or moved text, since no line number or sentence
boundary enters it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.report import Report, ReportedFinding

SCHEMA = "claimcheck.baseline/1"
DEFAULT_NAME = "claimcheck-baseline.json"


@dataclass(frozen=True, slots=True)
class Baseline:
    """Accepted findings: fingerprint → a short description kept for people reading the file."""

    entries: dict[str, dict[str, object]]

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self.entries


def read_baseline(path: Path) -> Baseline:
    """Load a baseline file; a missing or malformed one is an InputError (exit 2)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "baseline file not found (create it with `claimcheck baseline write`)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read baseline ({error})") from None
    except json.JSONDecodeError as error:
        raise InputError(str(path), f"invalid JSON ({error.msg})", error.lineno) from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise InputError(str(path), f'not a claimcheck baseline (expected "schema": "{SCHEMA}")')
    entries = {str(e["id"]): e for e in data["findings"] if isinstance(e, dict) and "id" in e}
    return Baseline(entries)


def render_baseline(findings: tuple[ReportedFinding, ...]) -> str:
    """The baseline file for a set of findings, stable and readable."""
    entries = [
        {"id": f.id, "code": f.finding.code, "subject": f.finding.subject, "attribute": f.finding.attribute,
         "values": sorted({loc.value for loc in f.locations}), "documents": sorted({loc.document for loc in f.locations})}
        for f in sorted(findings, key=lambda f: f.id)
    ]
    return json.dumps({"schema": SCHEMA, "findings": entries}, indent=2, ensure_ascii=False) + "\n"


def without_baseline(report: Report, baseline: Baseline) -> tuple[Report, int]:
    """The report without accepted findings, and how many were suppressed."""
    kept = tuple(f for f in report.findings if f.id not in baseline)
    return _replace_findings(report, kept), len(report.findings) - len(kept)


def prune(baseline: Baseline, report: Report) -> tuple[Baseline, int]:
    """Drop baseline entries that no longer match any finding; return the new baseline and how many went."""
    current = {f.id for f in report.findings}
    kept = {k: v for k, v in baseline.entries.items() if k in current}
    return Baseline(kept), len(baseline.entries) - len(kept)


def render_entries(baseline: Baseline) -> str:
    """Serialise a (pruned) baseline."""
    entries = [baseline.entries[k] for k in sorted(baseline.entries)]
    return json.dumps({"schema": SCHEMA, "findings": entries}, indent=2, ensure_ascii=False) + "\n"


def _replace_findings(report: Report, findings: tuple[ReportedFinding, ...]) -> Report:
    """A copy of the report with other findings."""
    from dataclasses import replace

    return replace(report, findings=findings)
