"""Countries, demonyms, capitals and major cities, loaded from the generated rules/places.yml.

A place is a country or a city.  A demonym ("Chinese", "Belarusian") stands for its country.
Lookups are case-sensitive on the capitalised forms written in the table, and tolerate a
leading "the", a possessive "'s" and trailing punctuation: "the U.S.", "China's", "Kyiv.".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_MEMO_LIMIT = 200_000

# A place key: ("country", canonical name) or ("city", canonical city name).
PlaceKey = tuple[str, str]

_POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")  # straight and curly apostrophes
_TRAILING = '.,;:!?"\u201d)]'


def _variants(name: str) -> Iterator[str]:
    """Yield the raw name, then forms without 'the', possessive or trailing punctuation."""
    text = name.strip()
    yield text
    for article in ("the ", "The "):
        if text.startswith(article):
            text = text[len(article) :]
            yield text
            break
    for suffix in _POSSESSIVES:
        if text.endswith(suffix) and len(text) > len(suffix):
            yield text[: -len(suffix)]
            break
    stripped = text.rstrip(_TRAILING)
    if stripped and stripped != text:
        yield stripped
        yield stripped + "."  # "U.S.," -> "U.S."


@dataclass(frozen=True)
class Gazetteer:
    """Immutable lookup tables mapping place words to canonical places and countries."""

    places: Mapping[str, PlaceKey] = field(repr=False, hash=False)
    countries: Mapping[str, str] = field(repr=False, hash=False)
    demonyms: frozenset[str] = field(repr=False, hash=False)
    ancestors: Mapping[PlaceKey, frozenset[PlaceKey]] = field(repr=False, hash=False)
    _memo: dict[str, str | None] = field(default_factory=dict, repr=False, hash=False, compare=False)

    @classmethod
    def from_yaml(cls, path: Path) -> Gazetteer:
        """Build the gazetteer from a places.yml file."""
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        return cls.from_data(data.get("countries") or [])

    @classmethod
    def from_data(cls, rows: list[dict[str, Any]]) -> Gazetteer:
        """Build the gazetteer from the parsed `countries` list of places.yml."""
        places: dict[str, PlaceKey] = {}
        countries: dict[str, str] = {}
        demonyms: set[str] = set()
        parent: dict[PlaceKey, PlaceKey] = {}

        def claim(word: str, key: PlaceKey, country: str) -> None:
            places.setdefault(word, key)
            countries.setdefault(word, country)

        # pass 1: country-level words win over any city of the same spelling
        for row in rows:
            name = str(row["name"])
            key: PlaceKey = ("country", name)
            for word in [name, *(row.get("aliases") or [])]:
                claim(str(word), key, name)
        for row in rows:
            name = str(row["name"])
            for word in row.get("demonyms") or []:
                demonyms.add(str(word))
                claim(str(word), ("country", name), name)
        # pass 2: cities, with variant spellings pointing at the canonical city
        for row in rows:
            name = str(row["name"])
            country_key: PlaceKey = ("country", name)
            if row.get("part_of"):
                parent[country_key] = ("country", str(row["part_of"]))
            city_aliases = {str(k): str(v) for k, v in (row.get("city_aliases") or {}).items()}
            cities = [str(c) for c in row.get("cities") or []]
            if row.get("capital"):
                cities.insert(0, str(row["capital"]))
            for city in cities:
                canonical = city_aliases.get(city, city)
                city_key: PlaceKey = ("city", canonical)
                if places.get(canonical) == country_key:
                    continue  # a city-state's capital is the country itself
                parent.setdefault(city_key, country_key)
                claim(city, city_key, name)

        ancestors: dict[PlaceKey, frozenset[PlaceKey]] = {}
        for key in set(places.values()) | set(parent):
            chain: list[PlaceKey] = []
            node = parent.get(key)
            while node is not None and node not in chain and node != key:
                chain.append(node)
                node = parent.get(node)
            ancestors[key] = frozenset(chain)
        return cls(places, countries, frozenset(demonyms), ancestors)

    def _place(self, name: str) -> PlaceKey | None:
        """Canonical place key for a name, alias, demonym, capital or city."""
        for variant in _variants(name):
            key = self.places.get(variant)
            if key is not None:
                return key
        return None

    def place(self, name: str) -> tuple[str, str] | None:
        """(canonical place name, its country) for a country or city name, or None."""
        key = self._place(name)
        if key is None or self.is_demonym(name):
            return None
        country = self.country(name)
        return (key[1], country) if country else None

    def country(self, name: str) -> str | None:
        """Canonical country for a country name, alias, demonym, capital or city."""
        memo = self._memo
        if name in memo:
            return memo[name]
        found = next((c for variant in _variants(name) if (c := self.countries.get(variant)) is not None), None)
        if len(memo) < _MEMO_LIMIT:  # every capitalised word of a corpus is asked about: remember the answers
            memo[name] = found
        return found

    def is_demonym(self, word: str) -> bool:
        """Tell whether the word is a demonym such as 'Chinese' or 'Russians'."""
        return any(variant in self.demonyms for variant in _variants(word))

    def contains(self, outer: str, inner: str) -> bool:
        """Tell whether the inner place lies in the outer one; a place contains itself."""
        outer_key, inner_key = self._place(outer), self._place(inner)
        if outer_key is None or inner_key is None:
            return False
        return outer_key == inner_key or outer_key in self.ancestors.get(inner_key, frozenset())

    def compatible(self, a: str, b: str) -> bool:
        """Tell whether a and b are the same place or one contains the other."""
        return self.contains(a, b) or self.contains(b, a)
