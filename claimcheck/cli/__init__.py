"""Command line: parse options, run the pipeline, pick a formatter, set the exit code. No logic here.

``inputs`` holds the options every command that reads articles takes, ``output`` what every command does at its
edges (exit 2 on an input error, warnings, atomic writes); ``rules`` and ``baseline`` are the subcommands.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from claimcheck import __version__
from claimcheck.cli.baseline import baseline_app
from claimcheck.cli.inputs import InputOptions, Paths, check_options, reads_articles
from claimcheck.cli.output import append, run, warn, write
from claimcheck.cli.rules import rules_app
from claimcheck.config import Settings
from claimcheck.model import Severity
from claimcheck.pipeline import load_rules, run_check, run_listing
from claimcheck.progress import progress_bar
from claimcheck.report import Report, claims_json, claims_text, github_format
from claimcheck.report.formats import OutputFormat, render

app = typer.Typer(
    name="claimcheck",
    help="Find where news outlets disagree on checkable facts: dates, numbers, titles and events.\n\n"
    "Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 usage or input error.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(rules_app, name="rules")
app.add_typer(baseline_app, name="baseline")


class FailOn(str, Enum):
    """The lowest severity that makes ``check`` exit with 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"


def _version(value: bool) -> None:  # noqa: FBT001 - typer passes the flag positionally
    """Print the version and stop."""
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,  # noqa: FBT002
                                          help="Show the version and exit.")] = False,
) -> None:
    """Find where news outlets disagree on checkable facts."""


class Engine(str, Enum):
    """Where extraction runs."""

    LOCAL = "local"
    DASK = "dask"


EngineOpt = Annotated[Engine | None, typer.Option(
    "--engine", help="Where extraction runs: 'local' (this machine, --jobs processes) or 'dask' (the --scheduler's "
    "cluster, else a local cluster of --jobs worker processes; needs claimcheck's 'dask' extra) (default: local, or "
    "dask when a scheduler is set). The report is the same for either.")]
SchedulerOpt = Annotated[str | None, typer.Option(
    "--scheduler", metavar="ADDRESS", help="Address of a running dask.distributed scheduler (e.g. "
    "tcp://10.0.0.5:8786) whose workers have claimcheck installed; implies --engine dask.")]


@app.command()
@reads_articles
def check(
    paths: Paths,
    output_format: Annotated[OutputFormat | None, typer.Option(
        "--format", "-f", help="Report format (default: text).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to FILE (atomically).")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(help="Exit 1 when a contradiction of this severity or higher "
                                                   "is found (default: error).")] = None,
    exit_zero: Annotated[bool | None, typer.Option(
        "--exit-zero", help="Always exit 0 unless the run itself fails.")] = None,
    baseline: Annotated[Path | None, typer.Option(help="Ignore findings accepted in this baseline file.")] = None,
    facts: Annotated[Path | None, typer.Option(help="Reference fact base (YAML): claims that contradict it are "
                                              "reported with the fact as the other side.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Hide findings below this confidence.")] = None,
    corroborations: Annotated[bool | None, typer.Option(
        "--corroborations/--no-corroborations", help="List claims several outlets state alike (default: on).")] = None,
    engine: EngineOpt = None,
    scheduler: SchedulerOpt = None,
    *,
    inputs: InputOptions,
) -> None:
    """Check articles for contradictions between outlets and report them with evidence from both sides."""
    own = Settings(format=output_format.value if output_format else None, fail_on=fail_on.value if fail_on else None,
                   min_confidence=min_confidence, baseline=baseline, corroborations=corroborations,
                   exit_zero=exit_zero, facts=facts, engine=engine.value if engine else None, scheduler=scheduler)
    settings = run(lambda: inputs.resolve(paths, own))
    ruleset = run(lambda: load_rules(check_options(settings)))
    with progress_bar() as on_document:
        options = replace(check_options(settings, inputs.stdin_format), progress=on_document)
        report = run(lambda: run_check(paths, options, ruleset))
    warn(report.warnings)
    fmt = OutputFormat(settings.format or "text")
    color = output is None and fmt is OutputFormat.TEXT and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    write(render(report, fmt, color=color, corroborations=bool(settings.corroborations), rules=ruleset), output)
    if fmt is OutputFormat.GITHUB and (summary := os.environ.get("GITHUB_STEP_SUMMARY")):
        append(github_format.step_summary(report, link_base=_github_blob_base()), Path(summary))
    raise typer.Exit(0 if settings.exit_zero else exit_code(report, FailOn(settings.fail_on or "error")))


def _github_blob_base() -> str:
    """Step-summary links point at the checked commit when the runner says which."""
    server, repo, sha = (os.environ.get(k, "") for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    return f"{server}/{repo}/blob/{sha}/" if server and repo and sha else ""


class ClaimsFormat(str, Enum):
    """Output formats of ``claimcheck claims``."""

    TEXT = "text"
    JSON = "json"


@app.command()
@reads_articles
def claims(
    paths: Paths,
    output_format: Annotated[ClaimsFormat, typer.Option("--format", "-f", help="Listing format.")] = ClaimsFormat.TEXT,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the listing to FILE.")] = None,
    *,
    inputs: InputOptions,
) -> None:
    """List every claim extracted from the articles (values, dates, titles) and what each is attached to."""
    settings = run(lambda: inputs.resolve(paths))
    with progress_bar() as on_document:
        options = replace(check_options(settings, inputs.stdin_format), progress=on_document)
        listing = run(lambda: run_listing(paths, options))
    warn(listing.warnings)
    text = claims_json.render(listing) if output_format is ClaimsFormat.JSON else claims_text.render(listing)
    write(text, output)


def exit_code(report: Report, fail_on: FailOn) -> int:
    """1 when a contradiction reaches the --fail-on severity, else 0."""
    if fail_on is FailOn.NEVER:
        return 0
    threshold = Severity(fail_on.value).rank
    return 1 if any(f.finding.severity.rank >= threshold for f in report.findings) else 0


def main() -> None:
    """Console-script entry point."""
    app()
