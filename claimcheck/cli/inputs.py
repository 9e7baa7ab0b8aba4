"""The options every command that reads articles takes, as one object.

``InputOptions`` holds them and ``reads_articles`` gives a command all of them: which files, how records name their
fields, the rules, the config file and the worker processes. ``check``, ``claims`` and the baseline commands read a
corpus alike, and the config file sets the same settings under the same names (``config.KEYS``).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from claimcheck.config import FIELD_NAMES, Settings, resolve
from claimcheck.load.options import LoadOptions
from claimcheck.pipeline import CheckOptions

F = TypeVar("F", bound=Callable[..., Any])
INPUT = "Input"  # the help panel of these options

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


@dataclass(frozen=True, slots=True)
class InputOptions:
    """What a command that reads articles was told.

    Its input flags as a settings layer, the config file to layer under them, and the format of standard input.
    """

    flags: Settings = field(default_factory=Settings)  # rules_dir, jobs, include, exclude, record field names
    config: Path | None = None
    stdin_format: str = StdinFormat.JSONL.value

    def resolve(self, paths: list[Path], own: Settings | None = None) -> Settings:
        """Defaults, the project's config file, ``--config``, these flags and a command's own flags, layered."""
        return resolve(paths, self.config, own.over(self.flags) if own else self.flags)


def _field(what: str, default: str, key: str, more: str = "") -> Any:  # noqa: ANN401 - typer's OptionInfo
    """A record-field option: which field of a JSONL, JSON or CSV record holds ``what``."""
    return typer.Option(rich_help_panel=INPUT, metavar="FIELD",
                        help=f"Record field of {what} (default: {default}{more}; config key '{key}').")


_OPTIONS: dict[str, Any] = {
    "rules": Annotated[Path | None, typer.Option("--rules", help="Rules directory (default: the shipped rules).")],
    "config": Annotated[Path | None, typer.Option("--config", help="Config file, layered over the project's "
                                                  "claimcheck.toml / [tool.claimcheck] found from the inputs.")],
    "jobs": Annotated[int | None, typer.Option(
        "--jobs", "-j", help="Worker processes that build the documents and extract their claims (default: 0, one "
        "per core; inputs under 256 KiB of text run inline, as a pool would not pay off). The report is the same "
        "for any value.")],
    "include": Annotated[list[str] | None, typer.Option("--include", rich_help_panel=INPUT, metavar="GLOB",
                                                        help="Only files matching this glob (repeatable).")],
    "exclude": Annotated[list[str] | None, typer.Option("--exclude", rich_help_panel=INPUT, metavar="GLOB",
                                                        help="Skip files matching this glob (repeatable).")],
    "id_field": Annotated[str | None, _field("the document id (JSONL, JSON, CSV)", "id", "id-field")],
    "text_field": Annotated[str | None, _field("the article text", "text", "text-field")],
    "date_field": Annotated[str | None, _field("the publication date", "published", "date-field",
                                               ", 'date' is also read")],
    "title_field": Annotated[str | None, _field("the title", "title", "title-field")],
    "source_field": Annotated[str | None, _field("the outlet", "source", "source-field")],
    "url_field": Annotated[str | None, _field("the URL", "url", "url-field")],
    "stdin_format": Annotated[StdinFormat, typer.Option(rich_help_panel=INPUT,
                                                        help="Format of standard input when PATH is '-'.")],
}
_PARAMETERS = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation,
                                 default=StdinFormat.JSONL if name == "stdin_format" else None)
               for name, annotation in _OPTIONS.items()]


def reads_articles(command: F) -> F:
    """Give a Typer command every input option, passed to it as one ``inputs: InputOptions`` argument."""
    own = [p for p in inspect.signature(command, eval_str=True).parameters.values() if p.name != "inputs"]

    @functools.wraps(command)
    def with_inputs(**values: Any) -> Any:  # noqa: ANN401 - whatever the command returns
        given = {name: values.pop(name) for name in _OPTIONS}
        settings: dict[str, Any] = {name: given[name] for name in FIELD_NAMES}
        settings.update({name: tuple(given[name]) if given[name] else None for name in ("include", "exclude")})
        flags = Settings(rules_dir=given["rules"], jobs=given["jobs"], **settings)
        return command(**values, inputs=InputOptions(flags, given["config"], given["stdin_format"].value))

    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) if p.default is not inspect.Parameter.empty else p
                  for p in own]
    with_inputs.__signature__ = inspect.Signature([*parameters, *_PARAMETERS])  # type: ignore[attr-defined]
    with_inputs.__annotations__ = {p.name: p.annotation for p in [*own, *_PARAMETERS]}
    return with_inputs  # type: ignore[return-value]


def check_options(settings: Settings, stdin_format: str = StdinFormat.JSONL.value) -> CheckOptions:
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
