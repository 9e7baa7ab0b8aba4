"""Claim kinds as components: parameter schemas validated on load, every rule of a kind runs, no kind borrows
another rule's parameters."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, run_cli

MINSK = "Belarusian President Viktor Sokol and Russian President Ivan Orlov met in Minsk on trade and gas.\n"
MOSCOW = MINSK.replace("Minsk", "Moscow")
PLAN_A = "Brazil laid out a 12-point proposal for the talks.\n"
PLAN_B = "Brazil issued a 10-point proposal for the talks.\n"


def corpus(tmp_path: Path, a: str, b: str) -> Path:
    folder = tmp_path / "news"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(a, encoding="utf-8")
    (folder / "b.txt").write_text(b, encoding="utf-8")
    return folder


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    assert result.exit_code in (0, 1), result.output
    return sorted(f["code"] for f in json.loads(result.stdout)["findings"])


def copied_rules(tmp_path: Path) -> Path:
    rules = tmp_path / "myrules"
    shutil.copytree(ROOT / "rules", rules)
    return rules


def frames(rules: Path) -> dict:
    return yaml.safe_load((rules / "frames.yml").read_text(encoding="utf-8"))


def write_frames(rules: Path, data: dict) -> None:
    (rules / "frames.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize(("params", "expected"), [
    ('{ window_words = "eight" }', "rules.event-date.params.window_words: 'eight' is not of type 'integer'"),
    ("{ window_word = 8 }", "rules.event-date.params: unknown parameter 'window_word' of event-date (known:"),
])
def test_a_bad_rule_parameter_in_config_is_a_one_line_error_with_exit_2(tmp_path: Path, params: str,
                                                                          expected: str) -> None:
    folder = corpus(tmp_path, MINSK, MOSCOW)
    (tmp_path / "claimcheck.toml").write_text(f'fail-on = "error"\n[rules.event-date]\nparams = {params}\n',
                                              encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("claimcheck: error: ") and "claimcheck.toml:3: " in line, line
    assert expected in line, line


def test_a_bad_rule_parameter_in_a_rule_file_names_the_file_and_line(tmp_path: Path) -> None:
    rules = copied_rules(tmp_path)
    text = (rules / "frames.yml").read_text(encoding="utf-8")
    anchor = "    params:\n      since: [since]\n"
    assert anchor in text
    line = text[: text.index(anchor)].count("\n") + 3  # the line after "since"
    (rules / "frames.yml").write_text(text.replace(anchor, anchor + "      max_gap_words: ten\n"), encoding="utf-8")
    result = run_cli("rules", "validate", str(rules))
    assert result.exit_code == 2, result.output
    assert f"frames.yml:{line}: params.max_gap_words: 'ten' is not of type 'integer'" in result.stderr, result.stderr
    (rules / "frames.yml").write_text(text.replace(anchor, anchor + "      max_gap_word: 10\n"), encoding="utf-8")
    result = run_cli("rules", "validate", str(rules))
    assert result.exit_code == 2 and f"frames.yml:{line}: params: unknown parameter 'max_gap_word' of tenure-start" in (
        result.stderr), result.stderr
    (rules / "frames.yml").write_text(text.replace("      since: [since]\n", ""), encoding="utf-8")
    result = run_cli("rules", "validate", str(rules))
    assert result.exit_code == 2 and "params: tenure-start needs parameter 'since'" in result.stderr, result.stderr


def test_disabling_the_event_date_rule_leaves_the_event_place_rule_running(tmp_path: Path) -> None:
    folder = corpus(tmp_path, MINSK, MOSCOW)
    assert codes(run_cli("check", str(folder), "-f", "json")) == ["CC106"]
    (tmp_path / "claimcheck.toml").write_text("[rules.CC102]\nenabled = false\n", encoding="utf-8")
    assert codes(run_cli("check", str(folder), "-f", "json")) == ["CC106"]


def test_disabling_the_event_date_rule_leaves_counts_tied_to_events(tmp_path: Path) -> None:
    folder = corpus(tmp_path, PLAN_A, PLAN_B)
    before = run_cli("check", str(folder), "-f", "json").stdout
    (tmp_path / "claimcheck.toml").write_text("[rules.CC102]\nenabled = false\n", encoding="utf-8")
    after = run_cli("check", str(folder), "-f", "json").stdout
    assert codes(run_cli("check", str(folder), "-f", "json")) == ["CC105"]
    assert json.loads(before)["findings"] == json.loads(after)["findings"]


def test_every_rule_of_a_kind_runs(tmp_path: Path) -> None:
    rules = copied_rules(tmp_path)
    data = frames(rules)
    quantity = next(r for r in data["rules"] if r["kind"] == "quantity")
    second = {**quantity, "code": "CC190", "name": "event-quantity-again"}
    data["rules"].append(second)
    write_frames(rules, data)
    folder = corpus(tmp_path, PLAN_A, PLAN_B)
    assert codes(run_cli("check", str(folder), "--rules", str(rules), "-f", "json")) == ["CC105", "CC190"]
    (tmp_path / "claimcheck.toml").write_text("[rules.CC105]\nenabled = false\n", encoding="utf-8")
    assert codes(run_cli("check", str(folder), "--rules", str(rules), "-f", "json")) == ["CC190"]


def test_rules_explain_documents_the_parameters_from_the_schema() -> None:
    explained = run_cli("rules", "explain", "CC102").stdout
    assert "## Parameters" in explained
    assert "window_words (integer, default 6)" in explained
