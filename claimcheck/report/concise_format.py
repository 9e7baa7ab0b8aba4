"""Concise formatter: one ``path:line:col: CODE message`` line per contradiction, for editors and grep."""

from __future__ import annotations

from claimcheck.report import Report, ReportedFinding


def render(report: Report) -> str:
    """One line per contradiction at its first claim; nothing at all when there is none."""
    return "".join(f"{_line(item)}\n" for item in report.findings)


def _line(item: ReportedFinding) -> str:
    """``path:line:col: CODE message``, the message folded onto one line."""
    first = item.locations[0]
    message = " ".join(item.finding.message.split())
    return f"{first.path}:{first.line}:{first.column}: {item.finding.code} {message}"
