"""CLI exit codes and every bad input: a one-line message naming the file (and line), never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import ROOT
from .conftest import run_cli as run
from .conftest import write_file as write

GOOD = "Kenyan President Daniel Moi has ruled Kenya since 1978, officials in Nairobi said.\n"
OTHER = "Moi, who has been Kenya's president since 1982, spoke in Nairobi on Monday.\n"


def no_traceback(result) -> None:  # type: ignore[no-untyped-def]
    assert ("Traceback" not in result.output and result.exception is None) or isinstance(result.exception, SystemExit)


def test_exit_1_on_error_findings_and_0_with_fail_on_never(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", OTHER)
    assert run("check", str(tmp_path)).exit_code == 1
    assert run("check", str(tmp_path), "--fail-on", "never").exit_code == 0


def test_exit_0_when_outlets_agree(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", OTHER.replace("1982", "1978"))
    result = run("check", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "Found 0 contradictions" in result.stdout


def test_fail_on_warning_counts_warnings(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Peru and Chile signed the fisheries treaty in Lima on Friday.\n")
    write(tmp_path / "b.txt", "Peru and Chile signed the fisheries treaty in Lima on Thursday.\n")
    assert run("check", str(tmp_path)).exit_code == 0
    assert run("check", str(tmp_path), "--fail-on", "warning").exit_code == 1


def test_missing_path_exits_2_naming_it(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "nope.txt: no such file or directory" in result.stderr
    no_traceback(result)


def test_directory_without_articles_exits_2(tmp_path: Path) -> None:
    write(tmp_path / "notes.csv", "a,b\n")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2 and "no readable articles" in result.stderr


def test_legacy_encoding_is_read_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", OTHER)
    write(tmp_path / "legacy.txt", "Café owners in Nairobi said Moi has ruled Kenya since 1978.\n".encode("cp1252"))
    result = run("check", str(tmp_path), "-f", "json")
    assert result.exit_code == 1
    assert "legacy.txt:1: not valid UTF-8" in result.stderr and "cp1252" in result.stderr
    data = json.loads(result.stdout)
    assert "legacy" in [d["id"] for d in data["documents"]]
    assert data["summary"]["skipped_inputs"] == 0


def test_binary_input_is_skipped_and_counted(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "bad.txt", b"\x00\x01binary\x00" * 50)
    result = run("check", str(tmp_path))
    assert "bad.txt" in result.stderr and "skipped" in result.stderr
    assert "1 inputs skipped" in result.stdout


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD.encode("utf-16"))
    write(tmp_path / "b.txt", OTHER)
    assert run("check", str(tmp_path)).exit_code == 1


def test_empty_and_whitespace_files_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "blank.md", "  \n\n ")
    result = run("check", str(tmp_path))
    assert result.exit_code == 0
    assert "empty.txt: empty document; skipped" in result.stderr
    assert "blank.md: empty document; skipped" in result.stderr


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", GOOD)
    locked = write(tmp_path / "locked.txt", OTHER)
    original = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = run("check", str(tmp_path))
    assert result.exit_code == 0
    assert "locked.txt: permission denied; skipped" in result.stderr


def test_binary_file_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", b"\x00\x01\x02PNG")
    result = run("check", str(tmp_path))
    assert "b.txt: binary file" in result.stderr and result.exit_code == 0


def test_malformed_jsonl_line_is_named_and_the_rest_checked(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": GOOD}), "{not json", json.dumps({"id": "b", "text": OTHER}),
             json.dumps({"id": "c"}), json.dumps({"id": "d", "text": "  "})]
    write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n")
    result = run("check", str(tmp_path / "corpus.jsonl"), "--format", "json")
    assert result.exit_code == 1
    assert "corpus.jsonl:2: malformed JSON" in result.stderr
    assert 'corpus.jsonl:4: record has no "text" string' in result.stderr
    assert 'corpus.jsonl:5: record "d" has an empty "text"' in result.stderr
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]] == ["a", "b"]
    assert {c["line"] for c in data["findings"][0]["claims"]} == {1, 3}


def test_jsonl_published_field_resolves_weekdays(tmp_path: Path) -> None:
    records = [{"id": "a", "published": "2021-06-16", "text": "The earthquake struck near Valparaiso on Monday."},
               {"id": "b", "published": "2021-06-16", "text": "The earthquake struck near Valparaiso on Tuesday."}]
    write(tmp_path / "c.jsonl", "\n".join(json.dumps(r) for r in records))
    data = json.loads(run("check", str(tmp_path / "c.jsonl"), "--format", "json").stdout)
    assert {c["normalized"] for c in data["findings"][0]["claims"]} == {"2021-06-14", "2021-06-15"}


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    write(tmp_path / "x" / "same.txt", GOOD)
    write(tmp_path / "y" / "same.txt", OTHER)
    result = run("check", str(tmp_path))
    assert 'duplicate document id "same"' in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("rules: [\n  - code: CC101\n    name: x\n  bad", "frames.yml:2: invalid YAML"),
        ("rules:\n  - code: lower\n    name: x\n", "frames.yml:2: invalid rule file at rules/0"),
        ("rules: []\nextra: 1\n", "frames.yml:1: invalid rule file at top level"),
    ],
)
def test_invalid_rule_file_exits_2_with_file_and_line(tmp_path: Path, content: str, expected: str) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "frames.yml").write_text(content, encoding="utf-8")
    write(tmp_path / "a.txt", GOOD)
    result = run("check", str(tmp_path / "a.txt"), "--rules", str(rules))
    assert result.exit_code == 2
    assert expected in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    no_traceback(result)


def test_title_naming_unknown_office_is_rejected(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    text = (rules / "titles.yml").read_text(encoding="utf-8").replace("  premier: [head_of_government]",
                                                                     "  premier: [head_of_goverment]")
    (rules / "titles.yml").write_text(text, encoding="utf-8")
    write(tmp_path / "a.txt", GOOD)
    result = run("check", str(tmp_path / "a.txt"), "--rules", str(rules))
    assert result.exit_code == 2 and "undefined office 'head_of_goverment'" in result.stderr


def test_missing_rules_dir_exits_2(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    result = run("check", str(tmp_path / "a.txt"), "--rules", str(tmp_path / "none"))
    assert result.exit_code == 2 and "rules directory not found" in result.stderr


def test_output_file_is_written_and_unwritable_output_exits_2(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", GOOD)
    target = tmp_path / "report.json"
    assert run("check", str(tmp_path / "a.txt"), "-f", "json", "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "claimcheck.report/1"
    result = run("check", str(tmp_path / "a.txt"), "-o", str(tmp_path / "no" / "dir" / "r.txt"))
    assert result.exit_code == 2 and "cannot write" in result.stderr


def test_bad_option_is_a_usage_error() -> None:
    assert run("check", "seeds", "--format", "yaml").exit_code == 2


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("claimcheck ")
    assert "--fail-on" in run("check", "--help").stdout


def test_markdown_front_matter_date_and_title(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\ntitle: Quake hits coast\npublished: 2021-06-16\n---\n\nThe earthquake struck "
          "near Valparaiso on Monday.\n")
    write(tmp_path / "b.md", "---\ndate: 2021-06-16\n---\nThe earthquake struck near Valparaiso in Chile on Tuesday.\n")
    data = json.loads(run("check", str(tmp_path), "-f", "json").stdout)
    assert data["documents"][0]["title"] == "Quake hits coast"
    assert [d["published"] for d in data["documents"]] == ["2021-06-16", "2021-06-16"]
    assert data["findings"][0]["claims"][0]["line"] == 6


def test_dateline_with_a_year_gives_the_publication_date(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Quake hits coast\n\nSANTIAGO, June 16, 2021 (Reuters) - The earthquake struck near "
          "Valparaiso in Chile on Monday.\n")
    write(tmp_path / "b.txt", "LIMA, 16 June 2021 — The earthquake struck near Valparaiso in Chile on Tuesday.\n")
    write(tmp_path / "c.txt", "BEIJING, March 1 (Reuters) - Officials met.\n")
    data = json.loads(run("check", str(tmp_path), "-f", "json", "--fail-on", "never").stdout)
    assert [d["published"] for d in data["documents"]] == ["2021-06-16", "2021-06-16", None]
    assert {c["normalized"] for c in data["findings"][0]["claims"]} == {"2021-06-14", "2021-06-15"}
