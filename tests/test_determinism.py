"""Same input, same bytes: the report does not depend on hash seeds, locale or the order files are given in.

Each case runs ``python -m claimcheck check`` in subprocesses (a few at a time) and compares stdout, stderr and
the exit code byte for byte.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .conftest import ROOT

SEEDS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "seeds").glob("*.txt"))

# (PYTHONHASHSEED, LC_ALL) of each run; "random" is Python's own randomised hashing.
ENVIRONMENTS = [("0", "C.UTF-8"), ("1", "C"), ("12345", "C.UTF-8"), ("random", "C"), ("random", "C.UTF-8")]


def claimcheck(args: list[str], cwd: Path, hashseed: str, lc_all: str) -> tuple[int, bytes, bytes]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG", "PYTHON"))}
    env.update(PYTHONHASHSEED=hashseed, LC_ALL=lc_all, NO_COLOR="1", COLUMNS="100", PYTHONUTF8="0")
    done = subprocess.run([sys.executable, "-m", "claimcheck", "check", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=300, check=False)
    return done.returncode, done.stdout, done.stderr


def run_all(runs: list[tuple[list[str], str, str]], cwd: Path) -> list[tuple[int, bytes, bytes]]:
    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2))) as pool:
        return list(pool.map(lambda run: claimcheck(run[0], cwd, run[1], run[2]), runs))


def assert_identical(results: list[tuple[int, bytes, bytes]], runs: list[tuple[list[str], str, str]]) -> None:
    first = results[0]
    assert b"Traceback" not in first[2], first[2].decode(errors="replace")
    for run, result in zip(runs[1:], results[1:], strict=True):
        assert result[0] == first[0], (run, result[2].decode(errors="replace"))
        assert result[2] == first[2], run  # warnings: same lines, same order
        assert result[1] == first[1], run


def test_seed_report_is_byte_identical_across_hash_seeds_locales_and_argument_orders() -> None:
    orders = [["seeds/"], SEEDS, SEEDS[::-1], [SEEDS[1], SEEDS[2], SEEDS[0]], ["seeds", SEEDS[0]]]
    runs = [([*paths, "--format", "json"], seed, lc) for paths, (seed, lc) in zip(orders, ENVIRONMENTS, strict=True)]
    results = run_all(runs, ROOT)
    assert_identical(results, runs)
    code, out, _ = results[0]
    data = json.loads(out)
    assert code == 1 and data["summary"]["contradictions"] >= 1 and data["summary"]["documents"] == 3


def test_text_report_is_byte_identical_across_hash_seeds_and_locales() -> None:
    runs = [(["seeds/", "--format", "text"], seed, lc) for seed, lc in (ENVIRONMENTS[0], ENVIRONMENTS[3])]
    results = run_all(runs, ROOT)
    assert_identical(results, runs)
    assert b"Found " in results[0][1] and b"\x1b[" not in results[0][1]


ARTICLES = {
    "desk/a.txt": "Kenyan President Daniel Moi has ruled Kenya since 1978, officials in Nairobi said on Monday.\n"
                  "Police said at least 58 people were killed in the floods in Mombasa.\n",
    "desk/b.txt": "Moi, who has been Kenya's president since 1982, spoke in Nairobi on Monday.\n"
                  "Officials in Mombasa said 86 people were killed in the floods.\r\n",
    "wire/c.md": "---\ntitle: Floods\ndate: 2023-03-01\n---\nMoi has been Kenya's president since 1978.\n"
                 "The floods in Mombasa killed 60 people on Friday, Moi said in Nairobi.\n",
    "wire/Z.txt": "Published: March 2, 2023\nÉmile Zola Ünal, the Kenyan finance minister, said on Friday that "
                  "the floods in Mombasa killed 70 people and cost $2.5 billion.\n",
    "wire/é.txt": "The floods in Mombasa killed 58 people, Moi said in Nairobi on Thursday.\n",
}
RECORDS = [
    {"id": "j1", "published": "2023-03-02", "text": "Moi has ruled Kenya since 1979, the Nairobi government said."},
    {"id": "j2", "text": "The floods in Mombasa killed 90 people on Thursday, officials in Nairobi said."},
    "{broken json",
    {"id": "j1", "text": "A duplicate id is skipped with a warning."},
    {"id": "j3", "text": "Kenyan Vice-President George Saitoti said in Nairobi the floods killed 58 people."},
]


def write_corpus(root: Path) -> list[str]:
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(text.encode("utf-8"))
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in RECORDS]
    (root / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sorted([*ARTICLES, "corpus.jsonl"])


@pytest.mark.parametrize("output_format", ["json", "text"])
def test_multi_file_corpus_with_jsonl_is_byte_identical(tmp_path: Path, output_format: str) -> None:
    files = write_corpus(tmp_path)
    orders = [["."], files, files[::-1], ["wire", "corpus.jsonl", "desk"], [*files[2:], *files[:2]]]
    runs = [([*paths, "--format", output_format, "--fail-on", "never"], seed, lc)
            for paths, (seed, lc) in zip(orders, ENVIRONMENTS, strict=True)]
    if output_format == "text":  # the text report: fewer runs keep the suite fast
        runs = runs[:3]
    results = run_all(runs, tmp_path)
    assert_identical(results, runs)
    code, out, err = results[0]
    assert code == 0
    assert b"corpus.jsonl:3: malformed JSON" in err and b'duplicate document id "j1"' in err
    if output_format == "json":
        data = json.loads(out)
        assert data["summary"]["documents"] == len(ARTICLES) + 3  # j1, j2, j3 (the second j1 is skipped)
        assert data["summary"]["contradictions"] >= 1
