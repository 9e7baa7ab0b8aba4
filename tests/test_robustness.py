"""Hostile inputs through the CLI: each either runs to a normal report or is skipped/refused with one line naming
the file, never a traceback, and the inputs are never modified.

Sizes of the big-input tests are kept small by default so the suite stays fast; ``CLAIMCHECK_BIG_MB`` sets the
size of the single-line file (the issue asks for 50 MB; see the module's measurements in the test docstrings).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

import pytest

import claimcheck.cli as cli
import claimcheck.cli.output as cli_output
from claimcheck.extract.temporal import extract_temporal
from claimcheck.load.article import build_document

from .conftest import run_cli as run
from .conftest import write_file as write

A = "Kenyan President Daniel Moi has ruled Kenya since 1978, officials in Nairobi said.\n"
B = "Moi, who has been Kenya's president since 1982, spoke in Nairobi on Monday.\n"


def clean(result) -> None:  # type: ignore[no-untyped-def]
    """No traceback anywhere, and the run ended through a normal exit."""
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    for line in result.stderr.splitlines():
        assert line.startswith("claimcheck: "), line  # every message is one line


def report(result) -> dict:  # type: ignore[no-untyped-def, type-arg]
    clean(result)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def locations(data: dict) -> list[dict]:  # type: ignore[type-arg]
    return [c for f in data["findings"] + data["corroborations"] for c in f["claims"]]


# --- size ------------------------------------------------------------------------------------------------------

def test_huge_single_line_file_finishes(tmp_path: Path) -> None:
    """One line of news sentences, no newline. Default 0.5 MB (~5 s); CLAIMCHECK_BIG_MB=50 for the issue's size.

    Measured here: extraction runs at roughly 100 KB/s on claim-dense news text, so 50 MB takes many minutes;
    see the hand-over report for the number.
    """
    megabytes = float(os.environ.get("CLAIMCHECK_BIG_MB", "0.5"))
    sentence = ("Officials in Minsk said {n} people attended the meeting, and Lukashenko, who has been president "
                "since 1994, spoke on Monday. The quick brown fox jumps over the lazy dog again and again. ")
    parts, size, n = [], 0, 0
    while size < megabytes * 2**20:
        piece = sentence.format(n=100 + n % 800)
        parts.append(piece)
        size += len(piece)
        n += 1
    write(tmp_path / "big.txt", "".join(parts))
    write(tmp_path / "other.txt", "Lukashenko has been president of Belarus since 1990, officials in Minsk said.\n")
    started = time.perf_counter()
    data = report(run("check", str(tmp_path), "--format", "json"))
    elapsed = time.perf_counter() - started
    assert data["summary"]["documents"] == 2 and data["summary"]["claims"] >= n  # every repetition is read
    assert elapsed < 60 * max(1.0, megabytes), f"{megabytes} MB took {elapsed:.0f} s"


def test_huge_unpunctuated_sentence_with_values_is_not_quadratic(tmp_path: Path) -> None:
    """One 20 KB "sentence" full of numbers and dates took 23 s before the frame scans were bounded (now ~4 s)."""
    unit = "officials said 58 people met Lukashenko on Monday in 1994 and "
    write(tmp_path / "run-on.txt", (unit * (20_000 // len(unit))) + "\n")
    started = time.perf_counter()
    data = report(run("check", str(tmp_path / "run-on.txt"), "--format", "json"))
    assert data["summary"]["claims"] > 250
    assert time.perf_counter() - started < 30


def test_file_over_the_size_limit_is_skipped_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", A)
    write(tmp_path / "b.txt", B)
    with (tmp_path / "huge.txt").open("wb") as handle:  # sparse: no disk used
        handle.truncate(300 * 2**20)
    result = run("check", str(tmp_path), "--format", "json")
    data = report(result)
    assert "huge.txt: file is larger than 256 MiB; skipped" in result.stderr
    assert result.exit_code == 1 and data["summary"]["documents"] == 2 and data["summary"]["skipped_inputs"] == 1


def test_article_of_20k_sentences(tmp_path: Path) -> None:
    lines = [" ".join(f"Officials said {i * 10 + j} people attended the rally in Minsk on Monday."
                      for j in range(10)) for i in range(2000)]
    write(tmp_path / "long.txt", "\n".join(lines) + "\n")
    started = time.perf_counter()
    data = report(run("check", str(tmp_path / "long.txt"), "--format", "json"))
    assert data["summary"]["documents"] == 1 and data["summary"]["claims"] >= 10_000
    assert time.perf_counter() - started < 60


def test_jsonl_of_10k_records_with_one_malformed_line(tmp_path: Path) -> None:
    """10,000 records take ~80 s here (story grouping compares document pairs), so the default run uses 2,000;
    CLAIMCHECK_BIG_MB set (any value) runs the full 10,000."""
    total = 10_000 if os.environ.get("CLAIMCHECK_BIG_MB") else 2_000
    bad = total // 2
    records = [json.dumps({"id": f"r{i}", "text": f"Officials said {i} people attended the rally in Minsk."})
               for i in range(total)]
    records[bad - 1] = f'{{"id": "r{bad - 1}", "text": "unterminated'
    write(tmp_path / "big.jsonl", "\n".join(records) + "\n")
    result = run("check", str(tmp_path / "big.jsonl"), "--format", "json")
    data = report(result)
    assert f"big.jsonl:{bad}: malformed JSON" in result.stderr
    assert data["summary"]["documents"] == total - 1 and data["summary"]["skipped_inputs"] == 1
    assert f"r{bad - 1}" not in {d["id"] for d in data["documents"]} and "r0" in {d["id"] for d in data["documents"]}


# --- shape of the text -----------------------------------------------------------------------------------------

def test_deeply_nested_and_broken_html_like_text(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", A)
    nested = "<div>" * 100_000 + "Moi, who has been Kenya's president since 1982, spoke on Monday." + "</div>" * 99_999
    broken = "\n<p>Unclosed <b>tag <a href='x\n<script>alert(1)</scr\n<!-- comment never closed\n<<<>>></>\n"
    write(tmp_path / "b.txt", nested + broken)
    data = report(run("check", str(tmp_path), "--format", "json"))
    assert data["summary"]["documents"] == 2
    for location in locations(data):
        assert location["line"] >= 1 and location["column"] >= 1


@pytest.mark.parametrize(("name", "text"), [
    ("punctuation.txt", "!?.,;:—–-()[]{}\"'“”‘’…/\\|@#$%^&*_+=~`<>\n" * 2000),
    ("numbers.txt", " ".join(str(n) for n in range(0, 20_000, 7)) + "\n"),  # 200k: 150 s, see generic.py report
    ("numbers-lines.txt", "\n".join(str(10**n) for n in range(400)) + "\n"),
    ("word.txt", "Lukashenko" * 200_000),
    ("digits.txt", "9" * 1_000_000),
    ("controls.txt", "".join(chr(c) for c in range(1, 32) if c not in (10, 13)) * 1000 + "\n"),
    ("invisible.txt", "\u200b\u200f\u202e\u2066\ufeff\u00ad" * 20_000 + "\n"),
])
def test_degenerate_file_yields_no_claims_and_no_crash(tmp_path: Path, name: str, text: str) -> None:
    write(tmp_path / name, text)
    result = run("check", str(tmp_path / name), "--format", "json")
    clean(result)
    if result.exit_code == 2:  # refused as an article: one line naming the file
        assert name in result.stderr
    else:
        data = json.loads(result.stdout)
        assert result.exit_code == 0 and data["findings"] == [] and data["summary"]["documents"] == 1


def test_nul_bytes_at_the_start_mark_a_binary_file(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", A)
    write(tmp_path / "b.txt", B)
    write(tmp_path / "nul.txt", "Moi spoke on Monday.\x00\x00\x00 He said 12 people came.\n")
    result = run("check", str(tmp_path), "--format", "json")
    data = report(result)
    assert "nul.txt: binary file" in result.stderr and data["summary"]["documents"] == 2


def test_nul_bytes_deep_in_a_text_file_do_not_crash(tmp_path: Path) -> None:
    """The binary sniff reads the first 8 KiB: a NUL after that reaches the pipeline, which must cope."""
    write(tmp_path / "a.txt", A)
    body = ("The rally in Nairobi was peaceful, officials said on Tuesday.\n" * 200
            + "Moi, who has been Kenya's\x00 president since 1982, spoke in Nairobi on Monday.\x00\n")
    write(tmp_path / "b.txt", body)
    data = report(run("check", str(tmp_path), "--format", "json"))
    assert data["summary"]["documents"] in (1, 2)


CLAIM_LINE = 3


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_line_and_column_are_right_whatever_the_line_endings(tmp_path: Path, newline: str) -> None:
    other = ["Headline words here", "", "   " + B.strip(), "", "The talks ended on Friday, officials said."]
    write(tmp_path / "a.txt", A)
    write(tmp_path / "b.txt", newline.join(other) + newline)
    data = report(run("check", str(tmp_path), "--format", "json"))
    claim = next(c for c in locations(data) if c["path"].endswith("b.txt") and c["value"] == "1982")
    assert claim["line"] == CLAIM_LINE and claim["column"] == 4 + B.index("1982"), claim
    assert claim["end_line"] == CLAIM_LINE and claim["end_column"] == claim["column"] + 4


def test_bom_at_the_start_and_in_the_middle(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "\ufeff" + A)
    write(tmp_path / "b.txt", "The talks ended on Friday, officials said.\n\ufeff" + B + "\ufeffMore text.\ufeff\n")
    data = report(run("check", str(tmp_path), "--format", "json"))
    claims = {c["path"].rsplit("/", 1)[-1]: c for c in data["findings"][0]["claims"]}
    assert claims["a.txt"]["line"] == 1 and claims["a.txt"]["column"] == A.index("1978") + 1  # leading BOM dropped
    assert claims["b.txt"]["line"] == 2 and claims["b.txt"]["column"] == B.index("1982") + 2  # inner BOM is a char


# --- corpus-level --------------------------------------------------------------------------------------------

def test_duplicate_ids_keep_the_first_in_path_order(tmp_path: Path) -> None:
    write(tmp_path / "x" / "story.txt", A)
    write(tmp_path / "y" / "story.txt", B)
    write(tmp_path / "z.jsonl", json.dumps({"id": "j", "text": B}) + "\n" + json.dumps({"id": "j", "text": A}) + "\n")
    result = run("check", str(tmp_path), "--format", "json")
    data = report(result)
    assert sorted(d["id"] for d in data["documents"]) == ["j", "story"]
    assert 'y/story.txt:1: duplicate document id "story"' in result.stderr.replace(str(tmp_path) + "/", "")
    assert 'z.jsonl:2: duplicate document id "j"' in result.stderr.replace(str(tmp_path) + "/", "")
    assert data["summary"]["skipped_inputs"] == 2


def _snapshot(root: Path) -> dict[str, tuple[str, int, int]]:
    return {p.relative_to(root).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns,
                                             p.stat().st_mode) for p in sorted(root.rglob("*"))}


def test_input_files_are_not_modified(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", A)
    write(tmp_path / "in" / "b.md", "---\ntitle: T\ndate: 2023-03-01\n---\n" + B)
    write(tmp_path / "in" / "c.jsonl", json.dumps({"id": "c", "text": A}) + "\n{bad\n")
    write(tmp_path / "in" / "crlf.txt", B.replace("\n", "\r\n"))
    write(tmp_path / "in" / "bin.txt", b"\x00\x01")
    old = 1_000_000_000
    for path in (tmp_path / "in").iterdir():
        os.utime(path, ns=(old * 10**9, old * 10**9))
    before = _snapshot(tmp_path / "in")
    result = run("check", str(tmp_path / "in"), "--format", "json", "--output", str(tmp_path / "out.json"))
    clean(result)
    assert result.exit_code == 1 and (tmp_path / "out.json").exists()
    assert _snapshot(tmp_path / "in") == before  # same bytes, mtimes, modes and no new files


# --- output --------------------------------------------------------------------------------------------------

def test_output_path_that_is_a_directory_exits_2_with_a_message(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", A)
    (tmp_path / "out").mkdir()
    result = run("check", str(tmp_path / "a.txt"), "--output", str(tmp_path / "out"))
    clean(result)
    assert result.exit_code == 2
    assert "out" in result.stderr and "cannot write" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert list((tmp_path / "out").iterdir()) == []


def test_output_in_a_missing_directory_exits_2(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", A)
    result = run("check", str(tmp_path / "a.txt"), "--output", str(tmp_path / "no" / "such" / "r.json"))
    clean(result)
    assert result.exit_code == 2 and "cannot write" in result.stderr


@pytest.mark.parametrize("error", [RuntimeError("formatter bug"), KeyboardInterrupt()], ids=["error", "interrupt"])
def test_failure_while_formatting_leaves_no_report_and_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                         error: BaseException) -> None:
    write(tmp_path / "in" / "a.txt", A)
    write(tmp_path / "in" / "b.txt", B)
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()

    def explode(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise error

    monkeypatch.setattr(cli, "render", explode)
    result = run("check", str(tmp_path / "in"), "--format", "json", "--output", str(out))
    assert result.exit_code != 0
    assert list(out.parent.iterdir()) == []  # neither the report nor a temporary file


@pytest.mark.parametrize("error", [
    OSError(28, "No space left on device"),
    KeyboardInterrupt(),
], ids=["enospc", "interrupt"])
def test_failure_while_writing_keeps_the_old_report_and_leaves_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    write(tmp_path / "in" / "a.txt", A)
    write(tmp_path / "in" / "b.txt", B)
    out = write(tmp_path / "out" / "report.json", "previous report\n")
    real = tempfile.NamedTemporaryFile

    class HalfWriter:
        def __init__(self, handle) -> None:  # type: ignore[no-untyped-def]
            self.handle, self.name = handle, handle.name

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc) -> None:  # type: ignore[no-untyped-def]
            self.handle.close()

        def write(self, text: str) -> None:
            self.handle.write(text[: len(text) // 2])
            self.handle.flush()
            raise error

    monkeypatch.setattr(cli_output.tempfile, "NamedTemporaryFile", lambda *a, **k: HalfWriter(real(*a, **k)))
    result = run("check", str(tmp_path / "in"), "--format", "json", "--output", str(out))
    assert result.exit_code != 0
    assert out.read_text() == "previous report\n"
    assert [p.name for p in out.parent.iterdir()] == ["report.json"]  # the half-written temporary file is gone
    if isinstance(error, OSError):
        clean(result)
        assert result.exit_code == 2 and "cannot write" in result.stderr


# --- bugs found by this suite and fixed: each stays as a regression test ----

@pytest.mark.parametrize("value", ["2023-02-30", "0000-01-01"])
def test_front_matter_with_impossible_date(value: str) -> None:
    document = build_document("d", "d.md", f"---\ndate: {value}\n---\nThe talks opened in Minsk on Monday.\n")
    assert document.published is None


@pytest.mark.parametrize(("published", "sentence"), [(dt.date(1, 1, 1), "The talks ended yesterday."),
                                                     (dt.date(1, 1, 1), "The statement was issued Friday."),
                                                     (dt.date(9999, 12, 31), "The talks open tomorrow.")])
def test_relative_date_at_calendar_edge(published: dt.date, sentence: str) -> None:
    extract_temporal(sentence, 0, published)


def test_jsonl_warning_for_id_with_line_break_is_one_line(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", A)
    write(tmp_path / "c.jsonl", json.dumps({"id": "x\ny", "text": " "}) + "\n")
    result = run("check", str(tmp_path))
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_jsonl_record_with_raw_line_separator(tmp_path: Path) -> None:
    records = [{"id": "a", "text": A + "\u2028Second paragraph."}, {"id": "b", "text": B + "\x85End."}]
    write(tmp_path / "c.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    result = run("check", str(tmp_path / "c.jsonl"), "--format", "json")
    data = report(result)
    assert data["summary"]["documents"] == 2 and result.stderr == ""
    assert {c["line"] for c in data["findings"][0]["claims"]} == {1, 2}


def test_jsonl_record_with_newlines_in_text_reports_its_own_line(tmp_path: Path) -> None:
    records = [{"id": "a", "text": "Intro paragraph.\n\n" + A}, {"id": "b", "text": B}]
    write(tmp_path / "c.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    data = report(run("check", str(tmp_path / "c.jsonl"), "--format", "json"))
    lines = {c["document"]: c["line"] for c in data["findings"][0]["claims"]}
    assert lines == {"a": 1, "b": 2}
