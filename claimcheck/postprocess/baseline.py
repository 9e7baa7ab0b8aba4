"""Baselines: findings a team has accepted, keyed by content fingerprint, so CI fails only on new ones.

A fingerprint is built from the rule, the subject, the attribute and each claim's document and value
(see ``postprocess.fingerprint``): it survives re-wrapped or moved text, since no line number or sentence
boundary enters it. Applying a baseline is a post-process step of the pipeline; ``report.baseline_format``
writes the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.model import Finding

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


def without_baseline(findings: list[tuple[str, Finding]], baseline: Baseline) -> tuple[list[tuple[str, Finding]], int]:
    """The (fingerprint, finding) pairs the baseline has not accepted, and how many it hid."""
    kept = [(fid, finding) for fid, finding in findings if fid not in baseline]
    return kept, len(findings) - len(kept)


def prune(baseline: Baseline, current: Iterable[str]) -> tuple[Baseline, int]:
    """Drop baseline entries that match none of the ``current`` fingerprints; the new baseline and how many went."""
    now = set(current)
    kept = {k: v for k, v in baseline.entries.items() if k in now}
    return Baseline(kept), len(baseline.entries) - len(kept)
