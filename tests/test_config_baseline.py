"""Config discovery and layering, unknown keys, rule options; baseline write / check / prune round trip."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimcheck.cli import app

A = "Kenyan President Daniel Moi has ruled Kenya since 1978, officials in Nairobi said.\n"
B = "Moi, who has been Kenya's president since 1982, spoke in Nairobi on Monday.\n"
WEEK_A = "Peru and Chile signed the fisheries treaty in Lima on Friday.\n"
WEEK_B = "Peru and Chile signed the fisheries treaty in Lima on Thursday.\n"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args))


def corpus(tmp_path: Path, a: str = A, b: str = B) -> Path:
    folder = tmp_path / "news"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(a, encoding="utf-8")
    (folder / "b.txt").write_text(b, encoding="utf-8")
    return folder


def test_claimcheck_toml_is_found_by_walking_up(tmp_path: Path) -> None:
    folder = corpus(tmp_path, WEEK_A, WEEK_B)
    assert run("check", str(folder)).exit_code == 0
    (tmp_path / "claimcheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert run("check", str(folder)).exit_code == 1


def test_pyproject_tool_section_is_used(tmp_path: Path) -> None:
    folder = corpus(tmp_path, WEEK_A, WEEK_B)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.claimcheck]\nfail-on = "warning"\n',
                                             encoding="utf-8")
    assert run("check", str(folder)).exit_code == 1


def test_claimcheck_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    folder = corpus(tmp_path, WEEK_A, WEEK_B)
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\nfail-on = "warning"\n', encoding="utf-8")
    (tmp_path / "claimcheck.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert run("check", str(folder)).exit_code == 0


def test_layers_project_then_config_then_flags(tmp_path: Path) -> None:
    folder = corpus(tmp_path, WEEK_A, WEEK_B)
    (tmp_path / "claimcheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    other = tmp_path / "ci.toml"
    other.write_text('fail-on = "never"\n', encoding="utf-8")
    assert run("check", str(folder), "--config", str(other)).exit_code == 0
    assert run("check", str(folder), "--config", str(other), "--fail-on", "warning").exit_code == 1


def test_unknown_key_is_an_error_naming_it_and_its_line(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    (tmp_path / "claimcheck.toml").write_text('fail-on = "error"\nfial-on = "warning"\n', encoding="utf-8")
    result = run("check", str(folder))
    assert result.exit_code == 2
    assert "claimcheck.toml:2: unknown key 'fial-on'" in result.stderr


def test_bad_value_and_bad_toml_are_errors(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    (tmp_path / "claimcheck.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    assert "fail-on must be one of" in run("check", str(folder)).stderr
    (tmp_path / "claimcheck.toml").write_text('fail-on = \n', encoding="utf-8")
    result = run("check", str(folder))
    assert result.exit_code == 2 and "invalid TOML" in result.stderr


def test_rule_can_be_disabled_and_reconfigured_by_code_or_name(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    assert run("check", str(folder)).exit_code == 1
    (tmp_path / "claimcheck.toml").write_text("[rules.CC101]\nenabled = false\n", encoding="utf-8")
    assert "Found 0 contradictions" in run("check", str(folder)).stdout
    (tmp_path / "claimcheck.toml").write_text('[rules.tenure-start]\nseverity = "warning"\n', encoding="utf-8")
    result = run("check", str(folder), "-f", "json")
    assert json.loads(result.stdout)["findings"][0]["severity"] == "warning" and result.exit_code == 0


def test_unknown_rule_in_config_is_an_error(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    (tmp_path / "claimcheck.toml").write_text("[rules.CC999]\nenabled = false\n", encoding="utf-8")
    result = run("check", str(folder))
    assert result.exit_code == 2 and "unknown rule 'CC999'" in result.stderr


def test_exit_zero(tmp_path: Path) -> None:
    assert run("check", str(corpus(tmp_path)), "--exit-zero").exit_code == 0


def test_baseline_round_trip_survives_rewrapped_lines(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    target = tmp_path / "base.json"
    written = run("baseline", "write", str(folder), "--output", str(target))
    assert written.exit_code == 0, written.output
    assert len(json.loads(target.read_text(encoding="utf-8"))["findings"]) == 1
    assert run("check", str(folder), "--baseline", str(target)).exit_code == 0
    # Re-wrap and move the text: the finding is still the accepted one.
    (folder / "b.txt").write_text("In other news.\n\nMoi, who has been Kenya's president\nsince 1982, spoke in "
                                  "Nairobi\non Monday.\n", encoding="utf-8")
    result = run("check", str(folder), "--baseline", str(target))
    assert result.exit_code == 0, result.stdout
    assert "Found 0 contradictions" in result.stdout
    # A new value is a new finding.
    (folder / "b.txt").write_text(B.replace("1982", "1985"), encoding="utf-8")
    assert run("check", str(folder), "--baseline", str(target)).exit_code == 1


def test_baseline_prune_drops_stale_entries(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    target = tmp_path / "base.json"
    run("baseline", "write", str(folder), "--output", str(target))
    (folder / "b.txt").write_text(B.replace("1982", "1978"), encoding="utf-8")
    result = run("baseline", "prune", str(folder), "--baseline", str(target))
    assert result.exit_code == 0 and "pruned 1 entries" in result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["findings"] == []


def test_baseline_from_config_and_bad_baseline(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    run("baseline", "write", str(folder), "--output", str(tmp_path / "accepted.json"))
    (tmp_path / "claimcheck.toml").write_text('baseline = "accepted.json"\n', encoding="utf-8")
    assert run("check", str(folder)).exit_code == 0
    (tmp_path / "accepted.json").write_text("{}", encoding="utf-8")
    result = run("check", str(folder))
    assert result.exit_code == 2 and "not a claimcheck baseline" in result.stderr


def test_rules_list_and_explain(tmp_path: Path) -> None:
    listed = run("rules", "list").stdout
    assert "CC101" in listed and "frames.tenure-start" in listed
    explained = run("rules", "explain", "tenure-start").stdout
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Not flagged"):
        assert heading in explained
    assert run("rules", "explain", "CC999").exit_code == 2


def test_rules_validate_runs_examples(tmp_path: Path) -> None:
    import shutil

    from .conftest import ROOT

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    assert run("rules", "validate", str(rules)).exit_code == 0
    text = (rules / "frames.yml").read_text(encoding="utf-8").replace('values: ["2009", "2011"]', 'values: ["2009", "2012"]')
    (rules / "frames.yml").write_text(text, encoding="utf-8")
    result = run("rules", "validate", str(rules))
    assert result.exit_code == 1 and "values ['2012'] not in the finding" in result.stderr


def test_claims_command_lists_values_with_entities(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    data = json.loads(run("claims", str(folder), "--format", "json").stdout)
    assert data["schema"] == "claimcheck.claims/1"
    tenure = [c for c in data["claims"] if c["attribute"] == "tenure_start"]
    assert {(c["document"], c["normalized"], c["subject"]) for c in tenure} == {
        ("a", "1978", "Daniel Moi"), ("b", "1982", "Daniel Moi")}
    first = tenure[0]
    assert set(first) >= {"document", "kind", "start", "end", "line", "column", "text", "value", "normalized",
                          "granularity"}
    text = (folder / "a.txt").read_text(encoding="utf-8")
    assert text[first["start"] : first["end"]] == first["text"]


def test_a_finding_is_labelled_by_its_own_claims_so_unrelated_articles_leave_its_id_alone(tmp_path: Path) -> None:
    # The event key "signing" is shared by any article that dates a signing. The label of the Peru-Chile finding
    # came from the longest label of every claim of that key in the corpus ("historic signing", from an
    # unrelated article), so adding that article changed the finding's text and its baseline id.
    folder = corpus(tmp_path, WEEK_A.replace("signed the fisheries treaty", "held the treaty signing"),
                    WEEK_B.replace("signed the fisheries treaty", "held the treaty signing"))
    alone = json.loads(run("check", str(folder), "--format", "json").stdout)
    oslo = "Norway and Sweden hosted the historic signing in Oslo on {}.\n"
    (folder / "c.txt").write_text(oslo.format("Monday"), encoding="utf-8")
    (folder / "d.txt").write_text(oslo.format("Tuesday"), encoding="utf-8")
    both = json.loads(run("check", str(folder), "--format", "json").stdout)
    peru = [f for f in both["findings"] if {c["document"] for c in f["claims"]} == {"a", "b"}]
    assert len(alone["findings"]) == 1 and len(peru) == 1 and len(both["findings"]) == 2
    assert peru[0]["subject"] == alone["findings"][0]["subject"] == "treaty signing"
    assert peru[0]["id"] == alone["findings"][0]["id"]
