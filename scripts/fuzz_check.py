"""Longer fuzzing run of the property tests (tests/test_properties.py) with many examples per property.

Usage: .venv/bin/python scripts/fuzz_check.py [EXAMPLES] [pytest args...]   (default 2000 examples each)

Sets CLAIMCHECK_FUZZ_EXAMPLES (which also turns off derandomisation, so every run explores new inputs) and
runs the property tests; hypothesis prints a minimal failing example for anything it finds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Run the property tests with more examples (first argument) and pytest's other arguments."""
    examples = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1].isdigit() else "2000"
    extra = sys.argv[2:] if len(sys.argv) > 1 and sys.argv[1].isdigit() else sys.argv[1:]
    env = {**os.environ, "CLAIMCHECK_FUZZ_EXAMPLES": examples}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "tests/test_properties.py", "-q", "-p", "no:cacheprovider",
                           "-W", "ignore::hypothesis.errors.HypothesisWarning", "--tb=short", *extra],
                          cwd=ROOT, env=env, check=False)
    seconds = time.perf_counter() - started
    print(f"fuzz_check: {examples} examples per property, {seconds:.0f} s, exit {done.returncode}")
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
