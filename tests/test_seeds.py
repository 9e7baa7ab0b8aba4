"""The seed corpus, as SEEDS-EXPECTED.md specifies it: two contradictions, and none of the traps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.load import load_corpus
from claimcheck.pipeline import CheckOptions, check_corpus

from .conftest import ROOT

SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def report(rules):  # type: ignore[no-untyped-def]
    return check_corpus(load_corpus([SEEDS]), rules, CheckOptions())


def _values(item) -> set[str]:  # type: ignore[no-untyped-def]
    return {loc.value for loc in item.locations}


def _places(item) -> set[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return {(loc.document[:3], loc.line) for loc in item.locations}


def test_exactly_two_contradictions(report) -> None:
    assert sorted(f.finding.code for f in report.findings) == ["CC101", "CC102"]


def test_tenure_start_1994_vs_1990_is_an_error(report) -> None:
    (item,) = [f for f in report.findings if f.finding.code == "CC101"]
    assert item.finding.subject == "Alexander Lukashenko"
    assert item.finding.severity.value == "error"
    assert _values(item) == {"1994", "1990"}
    assert _places(item) == {("001", 43), ("003", 38)}


def test_joint_statement_thursday_vs_wednesday_is_a_warning(report) -> None:
    (item,) = [f for f in report.findings if f.finding.code == "CC102"]
    assert item.finding.severity.value == "warning"
    assert {v.lower() for v in _values(item)} == {"thursday", "wednesday"}
    assert ("000", 7) in _places(item) and ("001", 5) in _places(item)
    assert "weekday" in item.finding.reason.lower()


def _all_lines(report) -> set[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return {p for f in report.findings for p in _places(f)}


@pytest.mark.parametrize(
    ("trap", "line"),
    [
        ("meeting Wednesday (000:11) vs arrival Tuesday (003:6)", ("000", 11)),
        ("meeting Wednesday vs arrival Tuesday, arrival side", ("003", 6)),
        ("Ned Price said Monday", ("000", 23)),
        ("Beijing denied Monday", ("003", 12)),
        ("12-point initiative / 12 bullet points", ("000", 13)),
        ("12-point paper", ("001", 13)),
        ("12-point proposal", ("003", 14)),
        ("peace plan issued Friday", ("003", 16)),
        ("year-old war", ("000", 3)),
        ("year-old invasion", ("001", 9)),
        ("a year ago", ("001", 37)),
        ("2020 protests (001)", ("001", 43)),
        ("2020 protests (003)", ("003", 38)),
        ("the day before the meeting", ("003", 34)),
        ("press briefing Wednesday", ("000", 17)),
    ],
)
def test_trap_is_not_a_contradiction_about_its_line(report, trap: str, line: tuple[str, int]) -> None:
    involved = [f for f in report.findings if line in _places(f)]
    allowed = {"CC101"} if line in {("001", 43), ("003", 38)} else set()
    assert {f.finding.code for f in involved} <= allowed, trap


def test_compatible_titles_are_not_flagged(report) -> None:
    assert not [f for f in report.findings if f.finding.code in ("CC103", "CC104")]


def test_paraphrases_and_headlines_make_no_findings(report) -> None:
    lines = _all_lines(report)
    for skipped in [("003", 18), ("003", 32), ("003", 52), ("000", 5), ("000", 33), ("000", 35)]:
        assert skipped not in lines


def test_duplicated_lead_is_not_a_second_source(report) -> None:
    for item in list(report.findings) + list(report.corroborations):
        assert ("000", 5) not in _places(item)


def test_twelve_point_plan_is_corroborated_by_three_outlets(report) -> None:
    plans = [f for f in report.corroborations if f.finding.attribute == "quantity:point"]
    assert plans and {loc.document[:3] for loc in plans[0].locations} == {"000", "001", "003"}


def test_2020_protests_corroborated(report) -> None:
    protests = [f for f in report.corroborations if f.finding.subject.endswith("protests")]
    assert protests and _values(protests[0]) == {"2020"}


def test_publication_dates(report) -> None:
    published = {d.id[:3]: d.published for d in report.documents}
    assert published["001"].isoformat() == "2023-03-01"
    assert published["000"] is None and published["003"] is None


def test_json_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    data = json.loads(CliRunner().invoke(app, ["check", "seeds", "--format", "json"]).stdout)
    assert data["schema"] == "claimcheck.report/1"
    assert set(data) >= {"schema", "tool", "documents", "findings", "summary"}
    assert data["documents"][1] == {"id": "001_7cd9fd8aea2cf5ae", "path": "seeds/001_7cd9fd8aea2cf5ae.txt",
                                    "title": data["documents"][1]["title"], "published": "2023-03-01"}
    finding = data["findings"][0]
    assert set(finding) >= {"id", "code", "rule", "kind", "severity", "confidence", "subject", "attribute",
                            "message", "reason", "claims"}
    assert set(finding["claims"][0]) >= {"document", "path", "line", "column", "end_line", "end_column", "text",
                                         "value", "normalized"}
    assert data["summary"] == {**data["summary"], "documents": 3, "contradictions": 2, "errors": 1, "warnings": 1}


def test_output_is_the_same_whatever_the_input_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    files = sorted(str(p.relative_to(ROOT)) for p in SEEDS.glob("*.txt"))
    first = CliRunner().invoke(app, ["check", *files, "--format", "json"]).stdout
    second = CliRunner().invoke(app, ["check", *reversed(files), "--format", "json"]).stdout
    assert first == second
