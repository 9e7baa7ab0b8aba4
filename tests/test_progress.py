"""The progress bar: drawn only for a person at a terminal, fed once per document."""

from __future__ import annotations

import io
import sys

import pytest

from claimcheck import progress
from claimcheck.load import load_corpus
from claimcheck.pipeline import CheckOptions, check_corpus

from .conftest import ROOT


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.delenv("CI", raising=False)
    assert not progress.wanted()
    with progress.progress_bar() as callback:
        assert callback is None


def test_no_bar_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    monkeypatch.setenv("CI", "true")
    assert not progress.wanted()


def test_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("NO_PROGRESS", raising=False)
    assert progress.wanted()
    with progress.progress_bar() as callback:
        assert callback is not None
        callback(1, 2)


def test_pipeline_reports_each_document(rules) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    check_corpus(load_corpus([ROOT / "seeds"]), rules, CheckOptions(progress=lambda d, t: seen.append((d, t))))
    assert seen == [(1, 3), (2, 3), (3, 3)]
