"""Output formats: unit tests on hand-built findings (escaping, empty report), golden files on the seeds."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.model import Finding, Location, Severity
from claimcheck.report import (
    Report,
    ReportedFinding,
    concise_format,
    github_format,
    html_format,
    junit_format,
    markdown_format,
    sarif_format,
)
from claimcheck.report.formats import FORMATTERS, OutputFormat, render

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
NASTY = 'Say "hi" & <b>bye</b>, 100% sure: it\'s\r\nline two @someone | pipe'


# --- hand-built reports ----------------------------------------------------------------------------------

def location(document: str, line: int, column: int, value: str, text: str, *, path: str | None = None,
             end_line: int | None = None) -> Location:
    end = end_line or line
    end_column = column + len(value) if end == line else 3
    return Location(document, path or f"corpus/{document}.txt", line, column, end, end_column, text, value,
                    value.lower())


def finding(fid: str, *locations: Location, code: str = "CC101", rule: str = "frames.tenure-start",
            severity: Severity = Severity.ERROR, subject: str = "Alexander Lukashenko",
            message: str | None = None, kind: str = "contradiction") -> ReportedFinding:
    values = " vs ".join(f"“{loc.value}” ({loc.document})" for loc in locations)
    text = message if message is not None else f"{subject}: start of time in office differs: {values}"
    reason = "Compared at year precision"
    made = Finding(code, rule, kind, severity, 0.81, subject, "tenure_start", text, reason)
    return ReportedFinding(fid, made, locations)


def make_report(findings: tuple[ReportedFinding, ...] = (),
                corroborations: tuple[ReportedFinding, ...] = ()) -> Report:
    return Report("9.9.9", (), findings, corroborations, 12, ())


A = location("a", 3, 10, "1994", "He has been president since 1994.")
B = location("b", 7, 5, "1990", "In 1990 he became the leader of Belarus.")
TENURE = finding("f1", A, B)
EVENT = finding("f2", location("a", 9, 1, "Thursday", "Thursday they met."),
                location("c", 2, 4, "Wednesday", "On Wednesday they met."), code="CC102",
                rule="frames.event-date", severity=Severity.WARNING, subject="meeting",
                message="meeting: date differs")
NOTE = finding("f3", location("a", 1, 1, "5", "5 people."), location("b", 1, 1, "6", "6 people."),
               code="CC105", rule="frames.event-quantity", severity=Severity.INFO, subject="people",
               message="people: number differs")
AGREE = finding("g1", location("a", 20, 3, "2020", "In 2020 there were protests."),
                location("b", 30, 8, "2020", "The 2020 protests."), code="CC102", rule="frames.event-date",
                severity=Severity.WARNING, subject="protests", message="protests: date agrees",
                kind="corroboration")
FULL = make_report((TENURE, EVENT, NOTE), (AGREE,))
EMPTY = make_report()
WEIRD_PATH = 'dir with space/a,b:c%20<x>&"q".txt'
NASTY_FINDING = finding("f<&>\"'", location("d<1>", 4, 2, "1994", f"{NASTY} 1994 & more", path=WEIRD_PATH),
                        location("e", 5, 6, "<1990>", 'Since <1990> & "then"'), subject=f"{NASTY} subject",
                        message=NASTY)
NASTY_REPORT = make_report((NASTY_FINDING,), (NASTY_FINDING,))


# --- registry --------------------------------------------------------------------------------------------

def test_every_format_is_registered_and_renders_the_empty_report() -> None:
    assert set(FORMATTERS) == set(OutputFormat)
    for fmt in OutputFormat:
        assert isinstance(render(EMPTY, fmt, color=False, corroborations=True), str)


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_output_is_deterministic(fmt: OutputFormat) -> None:
    first = render(FULL, fmt, color=False, corroborations=True)
    assert first == render(FULL, fmt, color=False, corroborations=True)


# --- concise ---------------------------------------------------------------------------------------------

def test_concise_one_line_per_contradiction_at_first_claim() -> None:
    lines = concise_format.render(FULL).splitlines()
    assert lines[0] == f"corpus/a.txt:3:10: CC101 {TENURE.finding.message}"
    assert lines[1] == "corpus/a.txt:9:1: CC102 meeting: date differs"
    assert len(lines) == 3  # corroborations are not listed


def test_concise_folds_newlines_and_empty_is_empty() -> None:
    out = concise_format.render(NASTY_REPORT)
    assert out.count("\n") == 1 and "\r" not in out
    assert out.startswith(f"{WEIRD_PATH}:4:2: CC101 Say")
    assert concise_format.render(EMPTY) == ""


# --- GitHub ----------------------------------------------------------------------------------------------

def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Parse a workflow command the way the runner does (split first, then unescape)."""
    match = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line)
    assert match, line
    unescape = {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}

    def decode(text: str) -> str:
        return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: unescape[m.group(0)], text)

    properties = dict(item.split("=", 1) for item in match.group(2).split(","))
    return match.group(1), {k: decode(v) for k, v in properties.items()}, decode(match.group(3))


def test_github_commands_per_severity_with_position_and_title() -> None:
    lines = github_format.render(FULL).splitlines()
    assert [parse_command(line)[0] for line in lines] == ["error", "warning", "notice"]
    assert lines[0].startswith("::error file=corpus/a.txt,line=3,endLine=3,col=10,endColumn=14,"
                               "title=CC101 frames.tenure-start::")
    _, _, message = parse_command(lines[0])
    assert message.splitlines()[0] == TENURE.finding.message
    assert "“1990” corpus/b.txt:7:5: “In 1990 he became the leader of Belarus.”" in message


def test_github_escapes_data_and_properties() -> None:
    line = github_format.render(NASTY_REPORT)
    assert line.count("\n") == 1 and "\r" not in line
    assert "file=dir with space/a%2Cb%3Ac%2520<x>&\"q\".txt," in line
    command, properties, message = parse_command(line.rstrip("\n"))
    assert command == "error"
    assert properties["file"] == WEIRD_PATH and properties["title"] == "CC101 frames.tenure-start"
    assert message.startswith(NASTY + "\n")
    assert "100%25 sure: it's%0D%0Aline two" in line  # ':' stays as is in data


def test_github_columns_only_on_single_line_spans() -> None:
    span = finding("m", location("a", 3, 10, "1994", "x", end_line=4), B)
    line = github_format.render(make_report((span,)))
    assert "line=3,endLine=4,title=" in line and "col=" not in line


def test_github_empty_and_step_summary_lists_every_finding() -> None:
    assert github_format.render(EMPTY) == ""
    many = tuple(finding(f"id{n:02}", A, B) for n in range(15))
    summary = github_format.step_summary(make_report(many, (AGREE,)), link_base="https://example.test/blob/x/")
    assert all(f"`id{n:02}`" in summary for n in range(15))  # GitHub shows only 10 annotations per step
    assert "(<https://example.test/blob/x/corpus/a.txt#L3>)" in summary
    assert "Corroborated" not in summary
    assert github_format.step_summary(EMPTY).startswith("# claimcheck report\n\n**0 contradictions**")


# --- JUnit -----------------------------------------------------------------------------------------------

def test_junit_one_case_per_contradiction() -> None:
    root = ET.fromstring(junit_format.render(FULL))
    suite = root.find("testsuite")
    assert root.tag == "testsuites" and suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "2", "0")
    cases = suite.findall("testcase")
    assert [c.get("classname") for c in cases] == ["frames.tenure-start", "frames.event-date",
                                                   "frames.event-quantity"]
    failure = cases[0].find("failure")
    assert failure is not None and failure.get("type") == "error"
    assert failure.get("message") == TENURE.finding.message
    assert "corpus/b.txt:7:5: “1990” in “In 1990 he became the leader of Belarus.”" in (failure.text or "")
    assert cases[1].find("failure").get("type") == "warning"
    assert cases[2].find("failure") is None and "people: number differs" in cases[2].find("system-out").text


def test_junit_escapes_and_drops_characters_xml_cannot_hold() -> None:
    bad = finding("x", A, B, message=f"{NASTY}\x00\x1b end", subject="<&>")
    text = junit_format.render(make_report((bad, NASTY_FINDING)))
    root = ET.fromstring(text)  # well-formed despite <, &, quotes and control characters
    cases = root.iter("testcase")
    assert next(cases).find("failure").get("message") == NASTY + "\ufffd\ufffd end"
    assert next(cases).get("file") == WEIRD_PATH
    assert "<b>" not in text and "&lt;b&gt;" in text


def test_junit_empty_report_has_one_passing_case() -> None:
    root = ET.fromstring(junit_format.render(EMPTY))
    cases = list(root.iter("testcase"))
    assert len(cases) == 1 and not list(cases[0]) and root.get("failures") == "0" and root.get("tests") == "1"


# --- Markdown --------------------------------------------------------------------------------------------

def test_markdown_summary_table_sections_and_links() -> None:
    out = markdown_format.render(FULL)
    assert ("**3 contradictions** (1 error, 1 warning) and 1 corroborated claims in 0 documents (12 claims)."
            in out)
    assert "| error | CC101 frames.tenure-start | Alexander Lukashenko | **1994** vs **1990** | 0.81 |" in out
    assert "### error CC101 frames.tenure-start: Alexander Lukashenko" in out
    assert "- [corpus/a.txt:3](<corpus/a.txt#L3>): “He has been president since **1994**.”" in out
    assert "- [corpus/b.txt:7](<corpus/b.txt#L7>): “In **1990** he became the leader of Belarus.”" in out
    assert "## Corroborated by several outlets" in out and "### agree CC102" in out
    assert "Corroborated" not in markdown_format.render(FULL, corroborations=False)


def test_markdown_escapes_markup_mentions_and_newlines() -> None:
    out = markdown_format.render(make_report((NASTY_FINDING,)))
    assert "<b>" not in out and "\\<b\\>bye\\</b\\>" in out
    assert "\\@someone" in out and "\\&" in out and "\r" not in out
    row = next(line for line in out.splitlines() if line.startswith("| error"))
    assert len(re.findall(r"(?<!\\)\|", row)) == 6  # the subject's '|' is escaped, the table keeps 5 columns
    assert "(<dir%20with%20space/a%2Cb%3Ac%2520%3Cx%3E%26%22q%22.txt#L4>)" in out
    assert "[dir with space/a,b:c%20\\<x\\>\\&\"q\".txt:4]" in out


def test_markdown_empty_report() -> None:
    out = markdown_format.render(EMPTY)
    assert out == ("# claimcheck report\n\n**0 contradictions** (0 errors, 0 warnings) and 0 corroborated "
                   "claims in 0 documents (12 claims).\n")


# --- HTML ------------------------------------------------------------------------------------------------

class Page(HTMLParser):
    """Collects tags with attributes and the text of <mark> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        self._in_mark = False if tag == "mark" else self._in_mark

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks.append(data)


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    return page


def test_html_marks_values_in_both_evidence_sentences() -> None:
    out = html_format.render(FULL)
    page = parse(out)
    assert page.marks == ["1994", "1990", "Thursday", "Wednesday", "5", "6", "2020", "2020"]
    assert "He has been president since <mark>1994</mark>." in out
    articles = [a for t, a in page.tags if t == "article"]
    assert [(a["data-severity"], a["data-rule"]) for a in articles] == [
        ("error", "CC101"), ("warning", "CC102"), ("info", "CC105"), ("agree", "CC102")]
    options = [a["value"] for t, a in page.tags if t == "option"]
    assert options == ["", "CC101", "CC102", "CC105"]


def test_html_is_self_contained() -> None:
    out = html_format.render(FULL)
    assert "http://" not in out and "https://" not in out
    assert out.count("<script>") == 1 and out.count("<style>") == 1
    assert not [a for _, a in parse(out).tags if "src" in a or "href" in a]
    assert "default-src 'none'" in out


def test_html_escapes_text_and_attributes() -> None:
    out = html_format.render(NASTY_REPORT)
    assert "<b>" not in out and "&lt;b&gt;bye&lt;/b&gt;" in out
    assert "Say &quot;hi&quot; &amp; " in out and "it&#x27;s" in out
    assert 'id="f-f&lt;&amp;&gt;&quot;&#x27;"' in out
    assert 'title="d&lt;1&gt;"' in out and "<mark>&lt;1990&gt;</mark>" in out
    page = parse(out)
    assert [a["id"] for t, a in page.tags if t == "article"] == ["f-f<&>\"'"] * 2


def test_html_empty_report_and_corroboration_flag() -> None:
    out = html_format.render(EMPTY)
    assert "No contradictions found." in out and "<article" not in out
    assert "Corroborated by several outlets" not in html_format.render(FULL, corroborations=False)
    assert 'data-severity="agree"' not in html_format.render(FULL, corroborations=False)


# --- SARIF (schema validation: tests/test_sarif_schema.py) ------------------------------------------------

def test_sarif_results_locations_and_fingerprints() -> None:
    log = json.loads(sarif_format.render(FULL))
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["CC101", "CC102", "CC105"]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]  # no corroboration
    first = run["results"][0]
    assert first["ruleId"] == "CC101" and first["ruleIndex"] == 0
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "corpus/a.txt", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 3, "startColumn": 10, "endLine": 3, "endColumn": 14,
                   "snippet": {"text": "1994"}}}
    related = first["relatedLocations"]
    assert [(r["id"], r["message"]["text"]) for r in related] == [(1, "1990")]
    assert first["partialFingerprints"] == {"claimcheck/v1": "f1"}
    assert first["properties"] == {"confidence": 0.81, "subject": "Alexander Lukashenko",
                                   "attribute": "tenure_start", "reason": "Compared at year precision"}


def test_sarif_uses_rule_metadata_when_given(rules) -> None:
    driver = json.loads(sarif_format.render(FULL, rules=rules))["runs"][0]["tool"]["driver"]
    described = {r["id"]: r for r in driver["rules"]}
    assert set(described) == {r.code for r in rules.rules}
    tenure = described["CC101"]
    assert tenure["name"] == "frames.tenure-start" and tenure["defaultConfiguration"]["level"] == "error"
    assert tenure["fullDescription"]["text"].startswith("## What it does")
    assert tenure["help"]["markdown"] == tenure["fullDescription"]["markdown"]
    assert tenure["shortDescription"]["text"] == rules.by_code("CC101").summary


def test_sarif_escapes_uris_and_keeps_text_verbatim() -> None:
    log = json.loads(sarif_format.render(NASTY_REPORT))
    result = log["runs"][0]["results"][0]
    assert result["message"]["text"] == NASTY
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "dir%20with%20space/a%2Cb%3Ac%2520%3Cx%3E%26%22q%22.txt"
    absolute = finding("abs", location("a", 1, 1, "1", "1.", path="/srv/news/a b.txt"), B)
    loc = json.loads(sarif_format.render(make_report((absolute,))))["runs"][0]["results"][0]["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"] == {"uri": "file:///srv/news/a%20b.txt"}


def test_sarif_empty_report() -> None:
    run = json.loads(sarif_format.render(EMPTY))["runs"][0]
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []


# --- golden files on the seeds ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", [f.value for f in OutputFormat])
def test_golden_output(fmt: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["check", "seeds", "--format", fmt])
    assert result.exit_code == 1, result.output
    golden = GOLDEN / f"seeds.{fmt}"
    if update_golden:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
