"""The input options (record fields, globs) work the same on every command that reads articles, and no skipped
input goes unreported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ROOT, run_cli, write_file

FIELDS = ("--id-field", "story", "--text-field", "body")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The three seeds as JSONL records with non-default field names ("story", "body")."""
    records = [json.dumps({"story": path.stem[:3], "body": path.read_text(encoding="utf-8")})
               for path in sorted((ROOT / "seeds").glob("*.txt"))]
    return write_file(tmp_path / "news" / "corpus.jsonl", "\n".join(records) + "\n")


def test_check_reads_the_named_fields(corpus: Path) -> None:
    result = run_cli("check", str(corpus), *FIELDS, "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert sorted(d["id"] for d in report["documents"]) == ["000", "001", "003"]
    assert {f["code"] for f in report["findings"]} >= {"CC101", "CC102"}


def test_claims_reads_the_named_fields_and_reports_what_it_skips(corpus: Path) -> None:
    listed = run_cli("claims", str(corpus), *FIELDS, "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert {c["document"] for c in json.loads(listed.stdout)["claims"]} == {"000", "001", "003"}
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    partial = run_cli("claims", str(corpus), *FIELDS)
    assert partial.exit_code == 0
    assert f"warning: {corpus}:4: malformed JSON" in partial.stderr  # was silently dropped before


def test_baseline_commands_read_the_named_fields(corpus: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "base.json"
    written = run_cli("baseline", "write", str(corpus), *FIELDS, "--output", str(baseline))
    assert written.exit_code == 0, written.output
    assert "wrote 2 accepted findings" in written.stderr
    assert run_cli("check", str(corpus), *FIELDS, "--baseline", str(baseline)).exit_code == 0
    pruned = run_cli("baseline", "prune", str(corpus), *FIELDS, "--baseline", str(baseline))
    assert pruned.exit_code == 0, pruned.output
    assert "pruned 0 entries" in pruned.stderr and "2 remain" in pruned.stderr


def test_field_names_from_the_config_file(corpus: Path) -> None:
    write_file(corpus.parent / "claimcheck.toml", 'id-field = "story"\ntext-field = "body"\n')
    result = run_cli("claims", str(corpus), "--format", "json")
    assert result.exit_code == 0, result.output
    assert {c["document"] for c in json.loads(result.stdout)["claims"]} == {"000", "001", "003"}
    flag_wins = run_cli("claims", str(corpus), "--text-field", "text")
    assert flag_wins.exit_code == 2 and 'record has no "text" string' in flag_wins.stderr


def test_a_field_name_of_the_wrong_type_in_the_config_is_an_error(corpus: Path) -> None:
    config = write_file(corpus.parent / "claimcheck.toml", 'format = "json"\ntext-field = 3\n')
    result = run_cli("check", str(corpus))
    assert result.exit_code == 2
    assert f"{config}:2: text-field has the wrong type (int)" in result.stderr


def test_when_nothing_is_readable_the_skipped_inputs_are_listed_before_the_error(corpus: Path) -> None:
    result = run_cli("check", str(corpus))  # default field names: no record has "id" and "text"
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == ["warning"] * 3 + ["error"], lines
    assert lines[-1].endswith("; 3 skipped (warnings above)") and "Traceback" not in result.output


def test_globs_filter_the_inputs_of_claims(corpus: Path) -> None:
    write_file(corpus.parent / "extra.txt", "Officials said 14 people died on Monday.")
    only = run_cli("claims", str(corpus.parent), *FIELDS, "--exclude", "*.jsonl", "--format", "json")
    assert only.exit_code == 0, only.output
    assert {c["document"] for c in json.loads(only.stdout)["claims"]} == {"extra"}


def test_many_records_skipped_for_one_reason_are_told_in_one_line_with_every_line_number(tmp_path: Path) -> None:
    # A corpus whose id field has another name: every record is skipped for the same reason. The first few are
    # printed one by one, the rest as one line with their line numbers; the hint names the record's fields.
    records = [json.dumps({"doc": f"d{i}", "text": "Officials said 40 people were hurt."}) for i in range(30)]
    records[20] = json.dumps({"id": "kept", "text": "Officials said 40 people were hurt."})
    corpus = write_file(tmp_path / "corpus.jsonl", "\n".join(records) + "\n")
    result = run_cli("check", str(corpus), "--format", "json")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("claimcheck: warning:")]
    reason = """record has no "id" (the record's fields: doc, text; choose one with --id-field); line skipped"""
    assert warnings == [f"claimcheck: warning: {corpus}:{n}: {reason}" for n in range(1, 6)] + [
        f"claimcheck: warning: {corpus}: lines 6-20, 22-30 (24 more): {reason}"]
    assert json.loads(result.stdout)["summary"]["skipped_inputs"] == 29


def test_warning_summary_keeps_each_file_and_reason_apart() -> None:
    from claimcheck.errors import InputWarning, summarise

    warnings = [InputWarning("a.jsonl", "malformed JSON; line skipped", n) for n in (1, 2, 3, 9)]
    warnings += [InputWarning("b.jsonl", "malformed JSON; line skipped", 4), InputWarning("c.txt", "binary file")]
    assert summarise(warnings, shown=2) == [
        "a.jsonl:1: malformed JSON; line skipped", "a.jsonl:2: malformed JSON; line skipped",
        "b.jsonl:4: malformed JSON; line skipped", "c.txt: binary file",
        "a.jsonl: lines 3, 9 (2 more): malformed JSON; line skipped"]
    many = [InputWarning("a.jsonl", "x", n) for n in range(1, 200, 2)]  # 100 separate lines: the ranges are capped
    last = summarise(many, shown=0)[0]
    assert last.startswith("a.jsonl: lines 1, 3, 5,") and last.endswith("… (60 more ranges) (100 more): x")
