"""The formatter registry: one small module per output format, picked by name."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from claimcheck.report import Report
from claimcheck.report import json_format, text_format


class OutputFormat(str, Enum):
    """Output formats of ``claimcheck check``."""

    TEXT = "text"
    JSON = "json"


Formatter = Callable[..., str]
FORMATTERS: dict[OutputFormat, Formatter] = {
    OutputFormat.TEXT: text_format.render,
    OutputFormat.JSON: lambda report, **_: json_format.render(report),
}


def render(report: Report, output_format: OutputFormat, *, color: bool, corroborations: bool) -> str:
    """Render a report in a format."""
    return FORMATTERS[output_format](report, color=color, corroborations=corroborations)
