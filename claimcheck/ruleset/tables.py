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


def _words(spec: dict[str, Any], part: str) -> tuple[str, ...]:
    """The words of one part of a role."""
    return tuple(str(w) for w in spec.get(part, ()))


@dataclass(frozen=True, slots=True)
class EventTable:
    """The event lexicon of ``rules/events.yml``: event words by key, keys by type, outcome keys and count roles."""

    words: dict[str, list[str]]  # event key → its words, as written in the file
    keys: dict[str, str] = field(compare=False, default_factory=dict)  # folded word → event key
    pattern: re.Pattern[str] = field(compare=False, default=re.compile(r"(?!x)x"))
    types: dict[str, str] = field(default_factory=dict)  # event key → event type (a key in no type is its own)
    outcomes: frozenset[str] = frozenset()  # keys that say what an event did
    # role → (before words, after words, toll words)
    roles: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    related: frozenset[frozenset[str]] = frozenset()  # types whose events may still be one incident
    recurring: frozenset[str] = frozenset()  # types of events that recur day after day (rallies, briefings)

    @classmethod
    def from_data(cls, data: dict[str, Any], node: object = None, name: str = "events.yml") -> EventTable:
        """Build the table, rejecting types and outcomes that name undefined event keys."""
        words = {str(key): [str(w) for w in values] for key, values in data["events"].items()}
        keys = {" ".join(w.lower().split()): key for key, values in words.items() for w in values}
        phrases = tuple(sorted(keys, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w-])(?:{trie(phrases, ignore_case=True)})(?![\w-])", re.IGNORECASE)
        types: dict[str, str] = {}
        for kind, members in (data.get("types") or {}).items():
            for key in members:
                if key not in words:
                    raise InputError(name, f"type {kind!r} names undefined event key {key!r}",
                                     line_of(node, ["types", kind]))  # type: ignore[arg-type]
                if key in types:
                    raise InputError(name, f"event key {key!r} is in two types ({types[key]!r}, {kind!r})",
                                     line_of(node, ["types", kind]))  # type: ignore[arg-type]
                types[key] = str(kind)
        outcomes = [str(k) for k in data.get("outcomes") or ()]
        unknown = [k for k in outcomes if k not in words]
        if unknown:
            raise InputError(name, f"outcomes name undefined event key {unknown[0]!r}",
                             line_of(node, ["outcomes"]))  # type: ignore[arg-type]
        roles = {str(role): (_words(spec, "before"), _words(spec, "after"), _words(spec, "toll"))
                 for role, spec in (data.get("roles") or {}).items()}
        related = frozenset(frozenset(str(t) for t in group) for group in data.get("related") or ())
        recurring = frozenset(str(t) for t in data.get("recurring") or ())
        return cls(words, keys, pattern, types, frozenset(outcomes), roles, related, recurring)

    def key(self, written: str) -> str:
        """The event key of a matched event word."""
        found = self.keys.get(written)  # most words are matched as written: lower case, single spaces
        return found if found is not None else self.keys[" ".join(written.lower().split())]

    def related_types(self, a: str, b: str) -> bool:
        """Whether two event types may name one incident (the same type, or a pair of ``related``)."""
        return a == b or any(a in group and b in group for group in self.related)

    def type_of(self, key: str) -> str:
        """The event type of an event key (the key itself when no type lists it)."""
        return self.types.get(key, key)


@dataclass(frozen=True, slots=True)
class VictimTable:
    """The categories of people of ``rules/victims.yml``: the nouns that name each, and what each lies within."""

    words: dict[str, str]  # folded noun → category
    within: dict[str, str]  # category → the broader category it lies in

    @classmethod
    def from_data(cls, data: dict[str, Any], node: object = None, name: str = "victims.yml") -> VictimTable:
        """Build the table, rejecting unknown parents, cycles and a noun given to two categories."""
        words: dict[str, str] = {}
        within: dict[str, str] = {}
        categories = data["categories"]
        for category, spec in categories.items():
            parent = spec.get("within")
            if parent is not None and parent not in categories:
                raise InputError(name, f"category {category!r} lies within undefined category {parent!r}",
                                 line_of(node, ["categories", category, "within"]))  # type: ignore[arg-type]
            if parent is not None:
                within[str(category)] = str(parent)
            for word in spec["words"]:
                folded = " ".join(str(word).lower().split())
                if words.get(folded, category) != category:
                    raise InputError(name, f"{word!r} names two categories ({words[folded]!r}, {category!r})",
                                     line_of(node, ["categories", category, "words"]))  # type: ignore[arg-type]
                words[folded] = str(category)
        for category in within:
            seen = {category}
            node_ = within.get(category)
            while node_ is not None:
                if node_ in seen:
                    raise InputError(name, f"categories lie within each other ({category!r})",
                                     line_of(node, ["categories", category]))  # type: ignore[arg-type]
                seen.add(node_)
                node_ = within.get(node_)
        return cls(words, within)

    def category(self, noun: str) -> str | None:
        """The category a noun names ("civilians" → civilians), or None when it names none."""
        return self.words.get(" ".join(noun.lower().split()))

    def ancestors(self, category: str) -> tuple[str, ...]:
        """The broader categories a category lies within, nearest first."""
        found = []
        node = self.within.get(category)
        while node is not None:
            found.append(node)
            node = self.within.get(node)
        return tuple(found)

    def relation(self, a: str, b: str) -> str:
        """How two categories relate: "same", "a<b" (a lies within b), "b<a", or "apart"."""
        if a == b:
            return "same"
        if b in self.ancestors(a):
            return "a<b"
        if a in self.ancestors(b):
            return "b<a"
        return "apart"
