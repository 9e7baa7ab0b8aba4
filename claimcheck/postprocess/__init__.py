"""Post-process stage: a chain of small pure functions over findings (dedupe, filter, sort)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from claimcheck.model import Finding

Step = Callable[[list[Finding]], list[Finding]]


def fingerprint(finding: Finding) -> str:
    """A content fingerprint that survives re-wrapped or moved text.

    Rule, subject, attribute, each claim's document and value as written and normalised. No position or sentence
    boundary enters it.
    """
    parts = [finding.code, finding.subject, finding.attribute]
    claims = sorted({(c.document, c.normalized, " ".join(c.text.split()).lower()) for c in finding.claims})
    parts.extend("|".join(claim) for claim in claims)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop findings whose claims are a subset of another finding's claims of the same rule, kind and attribute."""
    kept: list[Finding] = []
    seen: dict[tuple[str, str, str], list[frozenset[tuple[str, int, int, str]]]] = {}
    for finding in sorted(findings, key=lambda f: -len(f.claims)):
        claims = frozenset((c.document, c.span.start, c.span.end, str(c.attribute or "")) for c in finding.claims)
        earlier = seen.setdefault((finding.code, finding.kind, finding.attribute), [])
        if not any(claims <= other for other in earlier):
            earlier.append(claims)
            kept.append(finding)
    return kept


def min_confidence(threshold: float) -> Step:
    """Keep findings at or above a confidence."""
    return lambda findings: [f for f in findings if f.confidence >= threshold]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Most severe first, then by first document and position, for stable output."""
    return sorted(findings, key=lambda f: (-f.severity.rank, f.claims[0].document if f.claims else "",
                                           f.claims[0].span.start if f.claims else 0, f.code, f.subject))


def run_chain(findings: Iterable[Finding], steps: Iterable[Step]) -> list[Finding]:
    """Apply each step in order."""
    result = list(findings)
    for step in steps:
        result = step(result)
    return result
