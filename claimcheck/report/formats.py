"""The formatter registry: one small module per output format, picked by name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from claimcheck.report import (
    Report,
    concise_format,
    github_format,
    html_format,
    json_format,
    junit_format,
    markdown_format,
    sarif_format,
    text_format,
)
from claimcheck.ruleset import RuleSet


class OutputFormat(str, Enum):
    """Output formats of ``claimcheck check``."""

    TEXT = "text"
    JSON = "json"
    CONCISE = "concise"
    SARIF = "sarif"
    GITHUB = "github"
    JUNIT = "junit"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What the command line tells every formatter; each takes the parts it needs."""

    color: bool = False
    corroborations: bool = True
    rules: RuleSet | None = None  # the rules of the run, for formats that describe them (SARIF)


Formatter = Callable[[Report, RenderOptions], str]
FORMATTERS: dict[OutputFormat, Formatter] = {
    OutputFormat.TEXT: lambda report, o: text_format.render(report, color=o.color,
                                                            corroborations=o.corroborations),
    OutputFormat.JSON: lambda report, o: json_format.render(report),
    OutputFormat.CONCISE: lambda report, o: concise_format.render(report),
    OutputFormat.SARIF: lambda report, o: sarif_format.render(report, rules=o.rules),
    OutputFormat.GITHUB: lambda report, o: github_format.render(report),
    OutputFormat.JUNIT: lambda report, o: junit_format.render(report),
    OutputFormat.MARKDOWN: lambda report, o: markdown_format.render(report, corroborations=o.corroborations),
    OutputFormat.HTML: lambda report, o: html_format.render(report, corroborations=o.corroborations),
}


def render(report: Report, output_format: OutputFormat, *, color: bool, corroborations: bool,
           rules: RuleSet | None = None) -> str:
    """Render a report in a format; ``rules`` are the rules of the run (None: described from the findings)."""
    return FORMATTERS[output_format](report, RenderOptions(color, corroborations, rules))
