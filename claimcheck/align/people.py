"""Cross-document entity resolution: one global name per real person, with rapidfuzz after blocking.

Names are blocked by the first letters of their first and last parts, so only names that share one of those
keys are ever scored: the cost grows with the size of a block, not with the square of the corpus.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claimcheck.ruleset.tables import AliasTable


@dataclass(frozen=True, slots=True)
class PeopleIndex:
    """Written name → global canonical name, and the match score that linked them (100 when equal)."""

    canonical: dict[str, str]
    score: dict[str, float]
    ambiguous: frozenset[str] = frozenset()  # one-word names that may be different people in different articles

    def resolve(self, name: str | None) -> str | None:
        """The global name of a document-level name."""
        return self.canonical.get(name, name) if name else None


class _UnionFind:
    """Disjoint sets of names."""

    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        """The representative of an item's set."""
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        """Merge the sets of two items (smallest representative wins, for determinism)."""
        ra, rb = sorted((self.find(a), self.find(b)))
        self.parent[rb] = ra


def resolve_people(names_by_document: Mapping[str, Iterable[str]], aliases: AliasTable) -> PeopleIndex:
    """Merge the person names of all documents into global entities."""
    counts: Counter[str] = Counter()
    for names in names_by_document.values():
        counts.update({aliases.resolve(n) for n in names})
    names = sorted(counts)
    sets = _UnionFind(names)
    scores: dict[str, float] = {}
    scorer = getattr(fuzz, aliases.scorer)
    for block in _blocks(names, aliases.block_prefix).values():
        _merge_block(sorted(block), sets, scores, scorer, aliases)
    _merge_single_parts(names, sets, scores)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[sets.find(name)].append(name)
    canonical: dict[str, str] = {}
    for members in groups.values():
        best = max(members, key=lambda n: (len(n.split()) > 1, counts[n], len(n), n))
        canonical.update({m: best for m in members})
    for written in {n for ns in names_by_document.values() for n in ns}:
        canonical[written] = canonical[aliases.resolve(written)]
    known = set(aliases.canonical.values())
    ambiguous = frozenset(n for n in names if " " not in canonical[n] and canonical[n] not in known)
    return PeopleIndex(canonical, scores, ambiguous)


def _blocks(names: list[str], prefix: int) -> dict[str, set[str]]:
    """Blocking keys: the first letters of the first and of the last part of multi-part names."""
    blocks: dict[str, set[str]] = defaultdict(set)
    for name in names:
        parts = default_process(name).split()
        if len(parts) > 1:
            blocks["F" + parts[0][:prefix]].add(name)
            blocks["L" + parts[-1][:prefix]].add(name)
    return blocks


def _merge_block(block: list[str], sets: _UnionFind, scores: dict[str, float], scorer: object,
                 aliases: AliasTable) -> None:
    """Score the pairs of one block and merge those above the cutoff whose parts do not clash."""
    for i, a in enumerate(block):
        for b in block[i + 1 :]:
            score = scorer(a, b, processor=default_process, score_cutoff=aliases.cutoff)  # type: ignore[operator]
            if score and _parts_agree(a, b, aliases):
                sets.union(a, b)
                scores[a] = scores[b] = min(scores.get(a, 100.0), scores.get(b, 100.0), float(score))


def _parts_agree(a: str, b: str, aliases: AliasTable) -> bool:
    """Last parts must be near-equal and given names must not clash (initials match their name)."""
    pa, pb = default_process(a).split(), default_process(b).split()
    if fuzz.ratio(pa[-1], pb[-1]) < aliases.cutoff:
        return False
    if len(pa[0]) == 1 or len(pb[0]) == 1:
        return pa[0][0] == pb[0][0]
    return fuzz.ratio(pa[0], pb[0]) >= aliases.given_name_cutoff


def _merge_single_parts(names: list[str], sets: _UnionFind, scores: dict[str, float]) -> None:
    """Link a one-word name ("Lukashenko") to the only multi-part entity whose last part it is."""
    by_last: dict[str, set[str]] = defaultdict(set)
    for name in names:
        parts = default_process(name).split()
        if len(parts) > 1:
            by_last[parts[-1]].add(sets.find(name))
    for name in names:
        parts = default_process(name).split()
        if len(parts) == 1 and len(by_last.get(parts[0], ())) == 1:
            target = next(iter(by_last[parts[0]]))
            sets.union(name, target)
            scores[name] = 90.0
