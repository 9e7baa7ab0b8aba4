"""A reference fact base (``--facts facts.yml``): facts a newsroom trusts, compared like another outlet.

Each fact becomes a claim of a pseudo-document whose positions point into the facts file, so a finding
shows the fact's file and line as its other side.

    facts:
      - subject: Alexander Lukashenko
        attribute: tenure_start      # or: office
        title: president             # a title of rules/titles.yml
        of: Belarus
        value: 1994
        source: Central Election Commission of Belarus
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from claimcheck.errors import InputError
from claimcheck.model import REFERENCE_DOCUMENT as REFERENCE
from claimcheck.model import Attribute, Claim, Document, Granularity, Office, Span, TimeValue
from claimcheck.ruleset import RuleSet
from claimcheck.ruleset.validate import load_validated
from claimcheck.ruleset.yamlnodes import line_of

_YEAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def load_facts(path: Path, rules: RuleSet) -> tuple[Document, tuple[Claim, ...]]:
    """Read and validate a facts file into the reference pseudo-document and its claims."""
    shown = str(path)
    data, node = load_validated(path, shown, schema="facts")
    text = path.read_text(encoding="utf-8")
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    document = Document(id=REFERENCE, path=shown, text=text, title="reference facts")
    claims = []
    for index, fact in enumerate(data["facts"]):
        line = line_of(node, ["facts", index, "value" if "value" in fact else "title"]) or 1
        span = _line_span(text, starts, line)
        offices = rules.titles.offices_of(fact["title"])
        if not offices:
            raise InputError(shown, f"unknown title {fact['title']!r} (see rules/titles.yml)",
                             line_of(node, ["facts", index, "title"]))
        country = rules.places.country(fact["of"]) if fact.get("of") else None
        office = Office(fact["title"], offices, country)
        kind = rules.of_kind("tenure" if fact["attribute"] == "tenure_start" else "office_title")
        claim = _claim(fact, office, span, shown, line_of(node, ["facts", index]))
        claims.append(replace(claim, frame=kind[0].code if kind else None))
    return document, tuple(claims)


def _claim(fact: dict[str, Any], office: Office, span: Span, shown: str, line: int | None) -> Claim:
    """One reference claim."""
    source = f": {fact['source']}" if fact.get("source") else ""
    if fact["attribute"] == "office":
        return Claim(document=REFERENCE, kind="title", span=span, sentence=span, text=fact["title"],
                     normalized=fact["title"], value=office, subject=fact["subject"], attribute=Attribute("office"),
                     frame=None, predicate=f"reference fact base{source}", role=office,
                     speaker=f"reference fact base{source}")
    value = str(fact["value"])
    if not _YEAR.match(value):
        raise InputError(shown, f"tenure_start value must be a year or ISO date, got {value!r}", line)
    granularity = {4: Granularity.YEAR, 7: Granularity.MONTH, 10: Granularity.DAY}[len(value)]
    return Claim(document=REFERENCE, kind="date", span=span, sentence=span, text=value, normalized=value,
                 value=TimeValue("DATE", value, granularity), subject=fact["subject"],
                 attribute=Attribute("tenure_start"),
                 frame=None, predicate=f"reference fact base{source}", role=office,
                 speaker=f"reference fact base{source}")


def _line_span(text: str, starts: list[int], line: int) -> Span:
    """The span of a 1-based line of the facts file, without its newline."""
    start = starts[line - 1] if line - 1 < len(starts) else len(text)
    end = text.find("\n", start)
    return Span(start, len(text) if end == -1 else end)
