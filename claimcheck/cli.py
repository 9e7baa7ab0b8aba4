"""Command line: parse options, run the pipeline, pick a formatter, set the exit code. No logic here."""

from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from claimcheck import __version__
from claimcheck.errors import InputError
from claimcheck.model import Severity
from claimcheck.pipeline import CheckOptions, run_check, run_listing
from claimcheck.report import claims_json, claims_text
from claimcheck.report import Report
from claimcheck.report.formats import OutputFormat, render
from claimcheck.rules_cli import rules_app

app = typer.Typer(
    name="claimcheck",
    help="Find where news outlets disagree on checkable facts: dates, numbers, titles and events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


app.add_typer(rules_app, name="rules")


class FailOn(str, Enum):
    """The lowest severity that makes ``check`` exit with 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"


def _version(value: bool) -> None:
    """Print the version and stop."""
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Find where news outlets disagree on checkable facts.

    Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 usage or input error.
    """


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .md, .jsonl) or directories (searched recursively).")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Report format.")] = OutputFormat.TEXT,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to FILE instead of stdout.")] = None,
    fail_on: Annotated[FailOn, typer.Option(help="Exit 1 when a contradiction of this severity or higher is found.")] = FailOn.ERROR,
    rules: Annotated[Path | None, typer.Option("--rules", help="Rules directory (default: the rules shipped with claimcheck).")] = None,
    min_confidence: Annotated[float, typer.Option(min=0.0, max=1.0, help="Hide findings below this confidence.")] = 0.0,
    corroborations: Annotated[bool, typer.Option("--corroborations/--no-corroborations",
                                                 help="List claims that several outlets state alike.")] = True,
) -> None:
    """Check articles for contradictions between outlets and report them with evidence from both sides."""
    report = _run(lambda: run_check(paths, CheckOptions(rules, min_confidence)))
    for warning in report.warnings:
        typer.echo(f"claimcheck: warning: {warning.render()}", err=True)
    color = output is None and output_format is OutputFormat.TEXT and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    text = render(report, output_format, color=color, corroborations=corroborations)
    _write(text, output)
    raise typer.Exit(exit_code(report, fail_on))


class ClaimsFormat(str, Enum):
    """Output formats of ``claimcheck claims``."""

    TEXT = "text"
    JSON = "json"


@app.command()
def claims(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .md, .jsonl) or directories.")],
    output_format: Annotated[ClaimsFormat, typer.Option("--format", "-f", help="Listing format.")] = ClaimsFormat.TEXT,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the listing to FILE.")] = None,
    rules: Annotated[Path | None, typer.Option("--rules", help="Rules directory.")] = None,
) -> None:
    """List every claim extracted from the articles (values, dates, titles) and what each is attached to."""
    listing = _run(lambda: run_listing(paths, CheckOptions(rules)))
    text = claims_json.render(listing) if output_format is ClaimsFormat.JSON else claims_text.render(listing)
    _write(text, output)


def exit_code(report: Report, fail_on: FailOn) -> int:
    """1 when a contradiction reaches the --fail-on severity, else 0."""
    if fail_on is FailOn.NEVER:
        return 0
    threshold = Severity(fail_on.value).rank
    return 1 if any(f.finding.severity.rank >= threshold for f in report.findings) else 0


def _run(action):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
    """Run a pipeline action, turning input errors into a one-line message and exit code 2."""
    try:
        return action()
    except InputError as error:
        typer.echo(f"claimcheck: error: {error.render()}", err=True)
        raise typer.Exit(2) from None


def _write(text: str, output: Path | None) -> None:
    """Write to stdout, or atomically to a file (temporary file, then rename)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        directory = output.resolve().parent
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=directory, delete=False,
                                         prefix=f".{output.name}.", suffix=".tmp") as handle:
            handle.write(text)
        Path(handle.name).replace(output)
    except OSError as error:
        typer.echo(f"claimcheck: error: {output}: cannot write report ({error.strerror})", err=True)
        raise typer.Exit(2) from None


def main() -> None:
    """Console-script entry point."""
    app()
