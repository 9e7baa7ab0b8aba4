"""Every SARIF report validates against the official SARIF 2.1.0 JSON schema (tests/schemas, see README)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.report import sarif_format
from tests.test_formats import EMPTY, FULL, NASTY_REPORT, finding, location, make_report

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
# RFC 3986 characters and well-formed %XX escapes; jsonschema checks "uri" only when rfc3987 is installed.
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")
FORMATS = FormatChecker()


@FORMATS.checks("uri-reference")
def _uri_reference(value: object) -> bool:
    return not isinstance(value, str) or URI_REFERENCE.fullmatch(value) is not None


@FORMATS.checks("uri")
def _uri(value: object) -> bool:
    return not isinstance(value, str) or (re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", value) is not None
                                          and URI_REFERENCE.fullmatch(value) is not None)


VALIDATOR = Draft4Validator(SCHEMA, format_checker=FORMATS)


def assert_valid(text: str) -> None:
    errors = sorted(VALIDATOR.iter_errors(json.loads(text)), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_the_schema_is_the_official_one() -> None:
    Draft4Validator.check_schema(SCHEMA)
    assert SCHEMA["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")


def test_the_checker_rejects_what_the_schema_forbids() -> None:
    bad = json.loads(sarif_format.render(FULL))
    bad["runs"][0]["results"][0]["level"] = "fatal"
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "a b.txt"
    assert len(list(VALIDATOR.iter_errors(bad))) == 2


@pytest.mark.parametrize("report", [FULL, EMPTY, NASTY_REPORT], ids=["findings", "empty", "escaping"])
def test_hand_built_reports_validate(report, rules) -> None:
    assert_valid(sarif_format.render(report))
    assert_valid(sarif_format.render(report, rules=rules))


def test_absolute_and_multiline_locations_validate() -> None:
    absolute = finding("abs", location("a", 1, 1, "1", "1.", path="/srv/news/a b.txt"),
                       location("b", 2, 3, "2", "2.", end_line=4))
    assert_valid(sarif_format.render(make_report((absolute,))))


def test_seeds_report_validates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["check", "seeds", "--format", "sarif"])
    assert result.exit_code == 1, result.output
    assert_valid(result.stdout)
    assert len(json.loads(result.stdout)["runs"][0]["results"]) >= 2
