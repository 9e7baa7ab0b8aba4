"""GitHub Actions formatter: workflow commands that annotate the files, and a Markdown step summary."""

from __future__ import annotations

from claimcheck.model import Location, Severity
from claimcheck.report import Report, ReportedFinding, markdown_format

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
# The runner's escaping (actions/toolkit, command.ts): data escapes %, CR, LF; property values also : and ,.
DATA_ESCAPES = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
PROPERTY_ESCAPES = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"})


def render(report: Report) -> str:
    """One annotation per contradiction, at its first claim; the other claims are listed in the message."""
    return "".join(f"{_command(item)}\n" for item in report.findings)


def step_summary(report: Report, *, link_base: str = "") -> str:
    """Markdown of every contradiction for ``$GITHUB_STEP_SUMMARY`` (GitHub shows only 10 annotations a step).

    ``link_base`` prefixes the file links, e.g. ``https://github.com/OWNER/REPO/blob/SHA/``.
    """
    return markdown_format.render(report, corroborations=False, link_base=link_base)


def _command(item: ReportedFinding) -> str:
    """``::error file=…,line=…,title=…::message`` for one finding."""
    f = item.finding
    first = item.locations[0]
    properties = ",".join(f"{key}={str(value).translate(PROPERTY_ESCAPES)}"
                          for key, value in _properties(first, f"{f.code} {f.rule}"))
    message = "\n".join([f.message, *(_claim_line(loc) for loc in item.locations),
                         f"{f.reason} · confidence {f.confidence:.2f} · id {item.id}"])
    return f"::{COMMANDS[f.severity]} {properties}::{message.translate(DATA_ESCAPES)}"


def _properties(loc: Location, title: str) -> list[tuple[str, object]]:
    """Position properties; columns only for a one-line span, as GitHub ignores them otherwise."""
    position: list[tuple[str, object]] = [("file", loc.path), ("line", loc.line), ("endLine", loc.end_line)]
    if loc.line == loc.end_line:
        position += [("col", loc.column), ("endColumn", loc.end_column)]
    return [*position, ("title", title)]


def _claim_line(loc: Location) -> str:
    """One claim of the finding: value, position, evidence sentence."""
    return f"“{loc.value}” {loc.path}:{loc.line}:{loc.column}: “{loc.text}”"
