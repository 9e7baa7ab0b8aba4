"""The title compatibility table and the alias table, as loaded from ``rules/``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimcheck.errors import InputError
from claimcheck.patterns import trie
from claimcheck.ruleset.yamlnodes import line_of


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    """What the rules say about one office."""

    unique: bool
    label: str


@dataclass(frozen=True, slots=True)
class TitleTable:
    """Titles → the offices they can name; two titles are compatible when those sets intersect."""

    titles: dict[str, frozenset[str]]
    offices: dict[str, OfficeInfo]
    past_markers: frozenset[str]
    pattern: re.Pattern[str] = field(compare=False)
    ordered: dict[str, tuple[str, ...]] = field(compare=False, default_factory=dict)  # offices in written order
    last_words: frozenset[str] = field(compare=False, default=frozenset())  # last word of every title

    @classmethod
    def from_data(cls, data: dict[str, Any], node: object, name: str) -> TitleTable:
        """Build the table, rejecting titles that name undefined offices."""
        offices = {k: OfficeInfo(v["unique"], v["label"]) for k, v in data["offices"].items()}
        offices["counterpart"] = OfficeInfo(unique=False, label="counterpart")
        titles: dict[str, frozenset[str]] = {}
        for title, names in data["titles"].items():
            unknown = [n for n in names if n not in offices]
            if unknown:
                raise InputError(name, f"title {title!r} names undefined office {unknown[0]!r}",
                                 line_of(node, ["titles", title]))  # type: ignore[arg-type]
            titles[" ".join(title.lower().split())] = frozenset(names)
        pattern = re.compile(rf"(?i:\b(?:{trie(titles, ignore_case=True)}))(?![\w-])")
        ordered = {" ".join(t.lower().split()): tuple(names) for t, names in data["titles"].items()}
        last_words = frozenset(t.split()[-1] for t in titles)
        return cls(titles, offices, frozenset(data.get("past_markers", ())), pattern, ordered, last_words)

    def offices_of(self, title: str) -> frozenset[str]:
        """The offices a written title can name (empty when unknown)."""
        return self.titles.get(" ".join(title.lower().split()), frozenset())

    def compatible(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """True when two office sets can describe one office."""
        return bool(a & b)

    def all_unique(self, offices: frozenset[str]) -> bool:
        """True when every office a title can name has one holder at a time (no descriptive or shared role)."""
        return bool(offices) and all(self.offices[o].unique for o in offices if o in self.offices)

    def unique_office(self, title: str) -> str | None:
        """The single-holder office a title names, or None for descriptive titles ("leader").

        A title naming one single-holder office beside descriptive ones ("Foreign Minister": foreign_minister,
        top diplomat) names that office; "President" names head_of_state first (its first listed office).
        """
        unique = [o for o in self.ordered.get(" ".join(title.lower().split()), ()) if self.offices[o].unique]
        if len(unique) == 1 or (unique and unique[0] == "head_of_state" and "head_of_government" not in unique):
            return unique[0]
        return None


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Alias spellings → canonical names, and the settings of cross-document name matching."""

    canonical: dict[str, str]
    scorer: str
    cutoff: float
    given_name_cutoff: float
    block_prefix: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> AliasTable:
        """Build the table from the validated YAML data."""
        canonical: dict[str, str] = {}
        for entry in [*data.get("people", []), *data.get("organisations", [])]:
            for alias in [entry["canonical"], *entry["aliases"]]:
                canonical[alias.lower()] = entry["canonical"]
        matching = data["matching"]
        return cls(canonical, matching["scorer"], float(matching["cutoff"]),
                   float(matching.get("given_name_cutoff", 75)), int(matching.get("block_prefix", 4)))

    def resolve(self, name: str) -> str:
        """The canonical spelling of a name, or the name itself."""
        return self.canonical.get(name.lower(), name)


@dataclass(frozen=True, slots=True)
class EventTable:
    """The event lexicon of ``rules/events.yml``: event key → the words that name it, and one pattern for all."""

    words: dict[str, list[str]]  # as written in the file
    keys: dict[str, str] = field(compare=False, default_factory=dict)  # folded word → event key
    pattern: re.Pattern[str] = field(compare=False, default=re.compile(r"(?!x)x"))

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> EventTable:
        """Build the table from the validated YAML data."""
        words = {str(key): [str(w) for w in values] for key, values in data["events"].items()}
        keys = {" ".join(w.lower().split()): key for key, values in words.items() for w in values}
        phrases = tuple(sorted(keys, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w-])(?:{trie(phrases, ignore_case=True)})(?![\w-])", re.IGNORECASE)
        return cls(words, keys, pattern)

    def key(self, written: str) -> str:
        """The event key of a matched event word."""
        return self.keys[" ".join(written.lower().split())]
