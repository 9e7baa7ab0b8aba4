"""Markdown formatter: a report for people reading a pull request, a wiki page or a CI step summary."""

from __future__ import annotations

import re
from urllib.parse import quote

from claimcheck.model import Location, Severity
from claimcheck.report import Report, ReportedFinding

# Backslash-escape what GitHub Markdown would read as markup; '@' too, so an article cannot mention users.
MARKUP = re.compile(r"([\\`*_{}\[\]<>#+!|~&@$])")


def render(report: Report, *, corroborations: bool = True, link_base: str = "") -> str:
    """Title, summary table, one section per contradiction, then the corroborations."""
    lines = ["# claimcheck report", "", _summary(report), ""]
    if report.findings:
        lines += [*_table(report.findings), "", "## Contradictions", ""]
        for item in report.findings:
            lines += _section(item, item.finding.severity.value, link_base)
    if corroborations and report.corroborations:
        lines += ["## Corroborated by several outlets", ""]
        for item in report.corroborations:
            lines += _section(item, "agree", link_base)
    return "\n".join(lines).rstrip("\n") + "\n"


def escape(text: str) -> str:
    """Text as Markdown that shows it literally, on one line."""
    return MARKUP.sub(r"\\\1", " ".join(text.split()))


def _summary(report: Report) -> str:
    """One sentence with the counts."""
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    total = len(report.of_kind("contradiction"))
    noun = "contradiction" if total == 1 else "contradictions"
    skipped = f", {len(report.warnings)} inputs skipped" if report.warnings else ""
    more = "".join(f", {n} {what}{'s' * (n != 1)}" for what in ("revision", "update")
                   if (n := len(report.of_kind(what))))
    return (f"**{total} {noun}** ({errors} error{'s' * (errors != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}){more} and {len(report.corroborations)} "
            f"corroborated claims in {len(report.documents)} documents ({report.claims} claims){skipped}.")


def _table(findings: tuple[ReportedFinding, ...]) -> list[str]:
    """One row per contradiction: severity, rule, subject, the values that disagree, confidence."""
    rows = ["| severity | rule | subject | values | confidence |", "| --- | --- | --- | --- | ---: |"]
    for item in findings:
        f = item.finding
        values = " vs ".join(dict.fromkeys(f"**{escape(loc.value)}**" for loc in item.locations))
        rows.append(f"| {f.severity.value} | {f.code} {escape(f.rule)} | {escape(f.subject)} | {values} "
                    f"| {f.confidence:.2f} |")
    return rows


def _section(item: ReportedFinding, label: str, link_base: str) -> list[str]:
    """A heading, the message, one bullet per claim with its evidence, then reason and id."""
    f = item.finding
    lines = [f"### {label} {f.code} {escape(f.rule)}: {escape(f.subject)}", "", escape(f.message), ""]
    lines += [f"- {_link(loc, link_base)}: {_evidence(loc)}" for loc in item.locations]
    return [*lines, "", f"*{escape(f.reason)}* · confidence {f.confidence:.2f} · id `{item.id}`", ""]


def _link(loc: Location, link_base: str) -> str:
    """``[path:line](path#Lline)``, the target percent-encoded."""
    target = f"{link_base}{quote(loc.path.replace(chr(92), '/'), safe='/')}#L{loc.line}"
    return f"[{escape(loc.path)}:{loc.line}](<{target}>)"


def _evidence(loc: Location) -> str:
    """The evidence sentence in quotes with the claim's value in bold."""
    before, value, after = loc.text.partition(loc.value) if loc.value in loc.text else (loc.text, "", "")
    bold = f"**{escape(value)}**" if value else ""
    suffix = "" if value else f" (**{escape(loc.value)}**)"
    return f"“{_inline(before)}{bold}{_inline(after)}”{suffix}"


def _inline(text: str) -> str:
    """Escape a piece of a sentence, keeping its edge spaces (``escape`` would trim them)."""
    core = escape(text)
    return f"{' ' if text[:1].isspace() else ''}{core}{' ' if text[-1:].isspace() and core else ''}"
