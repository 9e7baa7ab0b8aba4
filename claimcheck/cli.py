"""Command line: parse options, run the pipeline, pick a formatter, set the exit code. No logic here."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from claimcheck import __version__
from claimcheck.postprocess.baseline import DEFAULT_NAME, prune, read_baseline
from claimcheck.config import FIELD_NAMES, Settings, resolve
from claimcheck.errors import InputError, InputWarning, summarise
from claimcheck.load.options import LoadOptions
from claimcheck.model import Severity
from claimcheck.pipeline import CheckOptions, load_rules, run_check, run_listing
from claimcheck.progress import progress_bar
from claimcheck.report import Report, baseline_format, claims_json, claims_text, github_format
from claimcheck.report.formats import OutputFormat, render
from claimcheck.rules_cli import rules_app

T = TypeVar("T")

app = typer.Typer(
    name="claimcheck",
    help="Find where news outlets disagree on checkable facts: dates, numbers, titles and events.\n\n"
    "Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 usage or input error.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
baseline_app = typer.Typer(help="Write and prune baselines of accepted findings.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
app.add_typer(baseline_app, name="baseline")


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
    """Find where news outlets disagree on checkable facts."""


Paths = Annotated[list[Path], typer.Argument(
    help="Article files or directories (searched recursively): .txt .md .jsonl .ndjson .json .csv .html .htm, "
    "each optionally .gz; '-' reads standard input (see --stdin-format).")]


class StdinFormat(str, Enum):
    """What '-' (standard input) holds."""

    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"
    TXT = "txt"
    MD = "md"
    HTML = "html"


Jobs = Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes that build the documents and "
                                          "extract their claims (default: 0, one per core; inputs under 256 KiB of "
                                          "text run inline, as a pool would not pay off). The report is the same "
                                          "for any value.")]


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
_INPUT = "Input"  # help panel of the options that say what to read and how
Include = Annotated[list[str] | None, typer.Option("--include", rich_help_panel=_INPUT, metavar="GLOB",
                                                   help="Only files matching this glob (repeatable).")]
Exclude = Annotated[list[str] | None, typer.Option("--exclude", rich_help_panel=_INPUT, metavar="GLOB",
                                                   help="Skip files matching this glob (repeatable).")]


def _field(what: str, default: str, key: str, more: str = "") -> typer.models.OptionInfo:
    """A record-field option: which field of a JSONL, JSON or CSV record holds ``what``."""
    return typer.Option(rich_help_panel=_INPUT, metavar="FIELD",
                        help=f"Record field of {what} (default: {default}{more}; config key '{key}').")


IdField = Annotated[str | None, _field("the document id (JSONL, JSON, CSV)", "id", "id-field")]
TextField = Annotated[str | None, _field("the article text", "text", "text-field")]
DateField = Annotated[str | None, _field("the publication date", "published", "date-field", ", 'date' is also read")]
TitleField = Annotated[str | None, _field("the title", "title", "title-field")]
SourceField = Annotated[str | None, _field("the outlet", "source", "source-field")]
UrlField = Annotated[str | None, _field("the URL", "url", "url-field")]
StdinOpt = Annotated[StdinFormat, typer.Option(rich_help_panel=_INPUT, help="Format of standard input when PATH is "
                                               "'-'.")]


def _input(include: list[str] | None, exclude: list[str] | None, *fields: str | None) -> dict[str, object]:
    """Settings of the input options every command that reads articles takes (unset ones stay None)."""
    return {"include": tuple(include) if include else None, "exclude": tuple(exclude) if exclude else None,
            **dict(zip(FIELD_NAMES, fields, strict=True))}


RulesOpt = Annotated[Path | None, typer.Option("--rules", help="Rules directory (default: the shipped rules).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Config file, layered over the project's "
                                                "claimcheck.toml / [tool.claimcheck] found from the inputs.")]


@app.command()
def check(
    paths: Paths,
    output_format: Annotated[OutputFormat | None, typer.Option("--format", "-f", help="Report format (default: text).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to FILE (atomically).")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(help="Exit 1 when a contradiction of this severity or higher "
                                                   "is found (default: error).")] = None,
    exit_zero: Annotated[bool | None, typer.Option("--exit-zero", help="Always exit 0 unless the run itself fails.")] = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    baseline: Annotated[Path | None, typer.Option(help="Ignore findings accepted in this baseline file.")] = None,
    facts: Annotated[Path | None, typer.Option(help="Reference fact base (YAML): claims that contradict it are "
                                              "reported with the fact as the other side.")] = None,
    min_confidence: Annotated[float | None, typer.Option(min=0.0, max=1.0, help="Hide findings below this confidence.")] = None,
    corroborations: Annotated[bool | None, typer.Option("--corroborations/--no-corroborations",
                                                        help="List claims several outlets state alike (default: on).")] = None,
    jobs: Jobs = None,
    engine: EngineOpt = None,
    scheduler: SchedulerOpt = None,
    include: Include = None,
    exclude: Exclude = None,
    id_field: IdField = None,
    text_field: TextField = None,
    date_field: DateField = None,
    title_field: TitleField = None,
    source_field: SourceField = None,
    url_field: UrlField = None,
    stdin_format: StdinOpt = StdinFormat.JSONL,
) -> None:
    """Check articles for contradictions between outlets and report them with evidence from both sides."""
    flags = Settings(format=output_format.value if output_format else None, fail_on=fail_on.value if fail_on else None,
                     min_confidence=min_confidence, rules_dir=rules, baseline=baseline, corroborations=corroborations,
                     exit_zero=exit_zero, facts=facts, jobs=jobs, engine=engine.value if engine else None,
                     scheduler=scheduler, **_input(include, exclude, id_field, text_field, date_field, title_field,
                                                   source_field, url_field))  # type: ignore[arg-type]
    settings = _run(lambda: resolve(paths, config, flags))
    ruleset = _run(lambda: load_rules(_options(settings)))
    with progress_bar() as on_document:
        options = replace(_options(settings, stdin_format.value), progress=on_document)
        report = _run(lambda: run_check(paths, options, ruleset))
    _warn(report.warnings)
    fmt = OutputFormat(settings.format or "text")
    color = output is None and fmt is OutputFormat.TEXT and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    _write(render(report, fmt, color=color, corroborations=bool(settings.corroborations), rules=ruleset), output)
    if fmt is OutputFormat.GITHUB and (summary := os.environ.get("GITHUB_STEP_SUMMARY")):
        _append(github_format.step_summary(report, link_base=_github_blob_base()), Path(summary))
    raise typer.Exit(0 if settings.exit_zero else exit_code(report, FailOn(settings.fail_on or "error")))


def _github_blob_base() -> str:
    """Step-summary links point at the checked commit when the runner says which."""
    server, repo, sha = (os.environ.get(k, "") for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    return f"{server}/{repo}/blob/{sha}/" if server and repo and sha else ""


def _append(text: str, path: Path) -> None:
    """Append to a file the CI runner reads (the GitHub step summary); a failure is a warning, not an error."""
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        typer.echo(f"claimcheck: warning: {path}: cannot write the step summary ({error.strerror})", err=True)


class ClaimsFormat(str, Enum):
    """Output formats of ``claimcheck claims``."""

    TEXT = "text"
    JSON = "json"


@app.command()
def claims(
    paths: Paths,
    output_format: Annotated[ClaimsFormat, typer.Option("--format", "-f", help="Listing format.")] = ClaimsFormat.TEXT,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the listing to FILE.")] = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    jobs: Jobs = None,
    include: Include = None,
    exclude: Exclude = None,
    id_field: IdField = None,
    text_field: TextField = None,
    date_field: DateField = None,
    title_field: TitleField = None,
    source_field: SourceField = None,
    url_field: UrlField = None,
    stdin_format: StdinOpt = StdinFormat.JSONL,
) -> None:
    """List every claim extracted from the articles (values, dates, titles) and what each is attached to."""
    flags = Settings(rules_dir=rules, jobs=jobs, **_input(include, exclude, id_field, text_field, date_field,
                                                          title_field, source_field, url_field))  # type: ignore[arg-type]
    settings = _run(lambda: resolve(paths, config, flags))
    with progress_bar() as on_document:
        options = replace(_options(settings, stdin_format.value), progress=on_document)
        listing = _run(lambda: run_listing(paths, options))
    _warn(listing.warnings)
    text = claims_json.render(listing) if output_format is ClaimsFormat.JSON else claims_text.render(listing)
    _write(text, output)


@baseline_app.command("write")
def baseline_write(
    paths: Paths,
    output: Annotated[Path, typer.Option("--output", "-o", help="Baseline file to write.")] = Path(DEFAULT_NAME),
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    jobs: Jobs = None,
    include: Include = None,
    exclude: Exclude = None,
    id_field: IdField = None,
    text_field: TextField = None,
    date_field: DateField = None,
    title_field: TitleField = None,
    source_field: SourceField = None,
    url_field: UrlField = None,
    stdin_format: StdinOpt = StdinFormat.JSONL,
) -> None:
    """Accept every current finding: write them to a baseline file that `check --baseline` ignores."""
    report = _findings_now(paths, config, Settings(rules_dir=rules, jobs=jobs, **_input(  # type: ignore[arg-type]
        include, exclude, id_field, text_field, date_field, title_field, source_field, url_field)), stdin_format)
    _write(baseline_format.render(report.findings), output)
    typer.echo(f"claimcheck: wrote {len(report.findings)} accepted findings to {output}", err=True)


@baseline_app.command("prune")
def baseline_prune(
    paths: Paths,
    baseline: Annotated[Path, typer.Option(help="Baseline file to prune in place.")] = Path(DEFAULT_NAME),
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    jobs: Jobs = None,
    include: Include = None,
    exclude: Exclude = None,
    id_field: IdField = None,
    text_field: TextField = None,
    date_field: DateField = None,
    title_field: TitleField = None,
    source_field: SourceField = None,
    url_field: UrlField = None,
    stdin_format: StdinOpt = StdinFormat.JSONL,
) -> None:
    """Drop baseline entries that no longer match any finding of the inputs."""
    accepted = _run(lambda: read_baseline(baseline))
    report = _findings_now(paths, config, Settings(rules_dir=rules, jobs=jobs, **_input(  # type: ignore[arg-type]
        include, exclude, id_field, text_field, date_field, title_field, source_field, url_field)), stdin_format)
    kept, dropped = prune(accepted, (f.id for f in report.findings))
    _write(baseline_format.render_entries(kept), baseline)
    typer.echo(f"claimcheck: pruned {dropped} entries from {baseline}; {len(kept.entries)} remain", err=True)


def _findings_now(paths: list[Path], config: Path | None, flags: Settings, stdin_format: StdinFormat) -> Report:
    """The report of the baseline commands: a check of the inputs with these flags, its skipped inputs printed."""
    settings = _run(lambda: resolve(paths, config, flags))
    options = replace(_options(settings, stdin_format.value), baseline=None)  # every finding, accepted or not
    report = _run(lambda: run_check(paths, options))
    _warn(report.warnings)
    return report


def exit_code(report: Report, fail_on: FailOn) -> int:
    """1 when a contradiction reaches the --fail-on severity, else 0."""
    if fail_on is FailOn.NEVER:
        return 0
    threshold = Severity(fail_on.value).rank
    return 1 if any(f.finding.severity.rank >= threshold for f in report.findings) else 0


def _options(settings: Settings, stdin_format: str = "jsonl") -> CheckOptions:
    """Pipeline options from the layered settings (record field names left unset keep their defaults)."""
    names = {name: value for name in FIELD_NAMES if (value := getattr(settings, name)) is not None}
    load = LoadOptions(include=settings.include or (), exclude=settings.exclude or (), stdin_format=stdin_format,
                       **names)
    return CheckOptions(rules_dir=settings.rules_dir, min_confidence=settings.min_confidence or 0.0,
                        rule_options=settings.rules, rule_lines=settings.rule_lines,
                        config_source=settings.source or "config", facts=settings.facts, baseline=settings.baseline,
                        load=load, jobs=settings.jobs if settings.jobs is not None else 0,
                        engine=settings.engine or ("dask" if settings.scheduler else "local"),
                        scheduler=settings.scheduler)


def _warn(warnings: Sequence[InputWarning]) -> None:
    """Print one line per skipped input (many lines of one file skipped for one reason: one line for the rest)."""
    for line in summarise(warnings):
        typer.echo(f"claimcheck: warning: {line}", err=True)


def _run(action: Callable[[], T]) -> T:
    """Run an action, turning input errors into a one-line message and exit code 2."""
    try:
        return action()
    except InputError as error:
        _warn(error.warnings)
        typer.echo(f"claimcheck: error: {error.render()}", err=True)
        raise typer.Exit(2) from None
    except BrokenProcessPool:  # a worker was killed (out of memory, a signal): say so, not a traceback
        typer.echo("claimcheck: error: a worker process ended abruptly (out of memory?); "
                   "try fewer --jobs, or --jobs 1", err=True)
        raise typer.Exit(2) from None


def _write(text: str, output: Path | None) -> None:
    """Write to stdout, or atomically to a file (temporary file, then rename)."""
    if output is None:  # UTF-8 whatever the locale: reports quote articles in any script
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    temporary: Path | None = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=output.resolve().parent, delete=False,
                                         prefix=f".{output.name}.", suffix=".tmp") as handle:
            temporary = Path(handle.name)
            handle.write(text)
        temporary.replace(output)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        typer.echo(f"claimcheck: error: {output}: cannot write ({error.strerror})", err=True)
        raise typer.Exit(2) from None
    except BaseException:  # Ctrl-C mid-write: leave no partial file behind, then stop as asked
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise


def main() -> None:
    """Console-script entry point."""
    app()
