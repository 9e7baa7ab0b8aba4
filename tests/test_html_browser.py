"""The HTML report in a real headless Chromium without network: what a person sees, and the filters."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from tests.test_formats import parse

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (Debian package 'chromium')")

# No network at all: every request that is not to a file goes to a proxy that does not exist.
OFFLINE = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]
TENURE_SENTENCES = (
    "who has been the sole president of Belarus since the post was created in <mark>1994</mark>.",
    "has been Belarus\u2019s only leader since its independence in <mark>1990</mark> and",
)


@pytest.fixture(scope="module")
def seeds_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "seeds report.html"
    result = CliRunner().invoke(app, ["check", str(ROOT / "seeds"), "--format", "html", "--output", str(out)])
    assert result.exit_code == 1, result.output
    return out


def chromium(page: Path, fragment: str, tmp_path: Path, *action: str) -> str:
    """Run Chromium offline on the page and return what it prints (the DOM after scripts ran)."""
    command = [CHROMIUM, *OFFLINE, f"--user-data-dir={tmp_path / 'profile'}", *action,
               page.as_uri() + fragment]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def shown(dom: str) -> list[tuple[str, str]]:
    """(severity, rule) of the findings not hidden by the filters."""
    return [(a["data-severity"], a["data-rule"]) for tag, a in parse(dom).tags
            if tag == "article" and "hidden" not in a]


def test_both_evidence_sentences_with_marked_values(seeds_html: Path, tmp_path: Path) -> None:
    dom = chromium(seeds_html, "", tmp_path, "--dump-dom")
    assert all(sentence in dom for sentence in TENURE_SENTENCES)
    assert {"1994", "1990", "Thursday", "Wednesday"} <= set(parse(dom).marks)
    assert shown(dom) == [("error", "CC101"), ("warning", "CC102"), ("agree", "CC105"), ("agree", "CC102")]
    assert '<output id="shown">4 of 4 shown</output>' in dom  # written by the page script


def test_severity_filter_from_the_url(seeds_html: Path, tmp_path: Path) -> None:
    dom = chromium(seeds_html, "#severity=warning", tmp_path, "--dump-dom")
    assert shown(dom) == [("warning", "CC102")]
    assert '<h2 class="agreeing" hidden="">' in dom and "1 of 4 shown" in dom


def test_rule_filter_from_the_url(seeds_html: Path, tmp_path: Path) -> None:
    dom = chromium(seeds_html, "#rule=CC102", tmp_path, "--dump-dom")
    assert shown(dom) == [("warning", "CC102"), ("agree", "CC102")]
    dom = chromium(seeds_html, "#severity=error&rule=CC102", tmp_path, "--dump-dom")
    assert shown(dom) == [] and '<p id="none-shown" class="empty">' in dom


def test_page_requests_nothing_external(seeds_html: Path, tmp_path: Path) -> None:
    dom = chromium(seeds_html, "", tmp_path, "--dump-dom")
    links = [value for _, attrs in parse(dom).tags for key, value in attrs.items()
             if key in {"src", "href", "srcset", "action", "data", "poster"} and value]
    assert not [link for link in links if "//" in link or link.startswith(("http:", "https:", "data:"))]
    assert "http://" not in dom and "https://" not in dom and "@import" not in dom and "url(" not in dom


def test_screenshot_renders(seeds_html: Path, tmp_path: Path) -> None:
    png = tmp_path / "seeds.png"
    chromium(seeds_html, "", tmp_path, "--window-size=1280,1600", f"--screenshot={png}")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
