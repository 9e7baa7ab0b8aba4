"""JUnit XML formatter: each contradiction as a test case, for CI systems' test-report views.

One test case per contradiction, not per document: a contradiction is between documents, so a case per
document would show it once in each and inflate the failure count. The case's class is the rule's dotted
name, so Jenkins, GitLab and Azure DevOps group the failures by rule; error and warning findings fail,
info findings pass with their text as output. A run with no contradiction gives one passing case, because
several CI systems treat a report without test cases as an error.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claimcheck.model import Severity
from claimcheck.report import Report, ReportedFinding

SUITE = "claimcheck"
FAILING = (Severity.ERROR, Severity.WARNING)
# Characters XML 1.0 cannot carry at all, even escaped; ElementTree would write them and break the file.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(report: Report) -> str:
    """A ``testsuites`` document with one suite."""
    failures = sum(1 for item in report.findings if item.finding.severity in FAILING)
    cases = [_case(item) for item in report.findings] or [_clean_case(report)]
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": "0", "skipped": "0", "time": "0"}
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts})
    suite.extend(cases)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _case(item: ReportedFinding) -> ET.Element:
    """One test case: failing for errors and warnings, passing with output for info."""
    f = item.finding
    case = ET.Element("testcase", {"classname": _xml(f.rule), "name": _xml(f"{f.code} {f.message}"),
                                   "file": _xml(item.locations[0].path), "line": str(item.locations[0].line),
                                   "time": "0"})
    details = _xml(_details(item))
    if f.severity in FAILING:
        ET.SubElement(case, "failure", {"message": _xml(f.message), "type": f.severity.value}).text = details
    else:
        ET.SubElement(case, "system-out").text = details
    return case


def _clean_case(report: Report) -> ET.Element:
    """The passing case of a run without contradictions."""
    name = f"no contradictions in {len(report.documents)} documents ({report.claims} claims)"
    return ET.Element("testcase", {"classname": SUITE, "name": name, "time": "0"})


def _details(item: ReportedFinding) -> str:
    """The failure text: one line per claim with position and evidence, then reason, confidence and id."""
    f = item.finding
    claims = [f"{loc.path}:{loc.line}:{loc.column}: “{loc.value}” in “{loc.text}”" for loc in item.locations]
    return "\n".join([f"{f.code} {f.rule} ({f.severity.value})", f.message, *claims,
                      f"{f.reason} · confidence {f.confidence:.2f} · id {item.id}"])


def _xml(text: str) -> str:
    """Text with the characters XML cannot hold replaced by U+FFFD (escaping is ElementTree's job)."""
    return NOT_XML.sub("\ufffd", text)
