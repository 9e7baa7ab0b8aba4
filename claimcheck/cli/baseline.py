"""``claimcheck baseline``: write and prune baselines of accepted findings. Parses options and prints; no logic."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.inputs import InputOptions, Paths, check_options, reads_articles
from claimcheck.cli.output import run, warn, write
from claimcheck.pipeline import run_check
from claimcheck.postprocess.baseline import DEFAULT_NAME, prune, read_baseline
from claimcheck.report import Report, baseline_format

baseline_app = typer.Typer(help="Write and prune baselines of accepted findings.", no_args_is_help=True)


@baseline_app.command("write")
@reads_articles
def baseline_write(
    paths: Paths,
    output: Annotated[Path, typer.Option("--output", "-o", help="Baseline file to write.")] = Path(DEFAULT_NAME),
    *,
    inputs: InputOptions,
) -> None:
    """Accept every current finding: write them to a baseline file that `check --baseline` ignores."""
    report = _findings_now(paths, inputs)
    write(baseline_format.render(report.findings), output)
    typer.echo(f"claimcheck: wrote {len(report.findings)} accepted findings to {output}", err=True)


@baseline_app.command("prune")
@reads_articles
def baseline_prune(
    paths: Paths,
    baseline: Annotated[Path, typer.Option(help="Baseline file to prune in place.")] = Path(DEFAULT_NAME),
    *,
    inputs: InputOptions,
) -> None:
    """Drop baseline entries that no longer match any finding of the inputs."""
    accepted = run(lambda: read_baseline(baseline))
    report = _findings_now(paths, inputs)
    kept, dropped = prune(accepted, (f.id for f in report.findings))
    write(baseline_format.render_entries(kept), baseline)
    typer.echo(f"claimcheck: pruned {dropped} entries from {baseline}; {len(kept.entries)} remain", err=True)


def _findings_now(paths: list[Path], inputs: InputOptions) -> Report:
    """Every current finding of the inputs, accepted or not, with the inputs it skipped printed."""
    settings = run(lambda: inputs.resolve(paths))
    options = replace(check_options(settings, inputs.stdin_format), baseline=None)
    report = run(lambda: run_check(paths, options))
    warn(report.warnings)
    return report
