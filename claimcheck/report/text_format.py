"""Text formatter: a report a person reads, through rich, with colour only on a terminal."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.theme import Theme

from claimcheck.model import Location, Severity
from claimcheck.report import Report, ReportedFinding

THEME = Theme({
    "severity.error": "bold red", "severity.warning": "bold yellow", "severity.info": "bold blue",
    "code": "bold", "rule": "dim", "path": "cyan", "value": "bold magenta", "evidence": "default",
    "reason": "italic", "summary.bad": "bold red", "summary.ok": "bold green", "heading": "bold underline",
})
CONTEXT = 90  # characters of evidence shown on each side of the value


def render(report: Report, *, color: bool = False, corroborations: bool = True) -> str:
    """Render findings, corroborations and a summary line."""
    buffer = io.StringIO()
    console = Console(file=buffer, theme=THEME, no_color=not color, force_terminal=color, soft_wrap=True,
                      highlight=False, emoji=False, width=120)
    for item in report.findings:
        _finding(console, item)
    if corroborations and report.corroborations:
        console.print("[heading]Corroborated by several outlets[/]")
        console.print()
        for item in report.corroborations:
            _finding(console, item)
    console.print(_summary(report))
    return buffer.getvalue()


def _finding(console: Console, item: ReportedFinding) -> None:
    """Print one finding: header, one line per claim, reason and confidence."""
    f = item.finding
    style = f"severity.{f.severity.value}"
    label = {"contradiction": f.severity.value, "corroboration": "agree"}.get(f.kind, f.kind)
    console.print(f"[{style}]{label}[/] [code]{f.code}[/] [rule]{f.rule}[/]  {escape(f.message)}")
    width = max(len(loc.value) for loc in item.locations)
    for loc in item.locations:
        where = f"{loc.path}:{loc.line}:{loc.column}"
        said = f" [reason](according to {escape(loc.speaker)})[/]" if loc.speaker else ""
        console.print(f"    [value]{escape(loc.value.ljust(width))}[/]  [path]{escape(where)}[/]  "
                      f"[evidence]{escape(_excerpt(loc))}[/]{said}")
    console.print(f"    [reason]{escape(f.reason)}[/] · confidence {f.confidence:.2f} · id {item.id}")
    console.print()


def _excerpt(loc: Location) -> str:
    """The evidence sentence, shortened around the value when it is long."""
    text = loc.text
    at = text.find(loc.value)
    if len(text) <= 2 * CONTEXT or at < 0:
        return f"“{text}”"
    start, end = max(0, at - CONTEXT), min(len(text), at + len(loc.value) + CONTEXT)
    return f"“{'…' if start else ''}{text[start:end].strip()}{'…' if end < len(text) else ''}”"


def _summary(report: Report) -> str:
    """One closing line with the counts."""
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    total = len(report.of_kind("contradiction"))
    style = "summary.bad" if total else "summary.ok"
    noun = "contradiction" if total == 1 else "contradictions"
    skipped = f", {report.skipped} inputs skipped" if report.skipped else ""
    more = "".join(f", {n} {what}{'s' * (n != 1)}" for what in ("revision", "update")
                   if (n := len(report.of_kind(what))))
    return (f"[{style}]Found {total} {noun}[/] ({errors} error{'s' * (errors != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}){more} and {len(report.corroborations)} corroborated claims "
            f"in {len(report.documents)} documents ({report.claims} claims){skipped}.")
