"""Group documents into stories (reports of the same events), so event claims are compared only within one.

Two documents belong to one story when the people they name overlap enough (Jaccard ≥ ``threshold``).
Candidate pairs come from an inverted index of people, never from all pairs of documents.
"""

from __future__ import annotations

from collections import defaultdict


def group_stories(people: dict[str, frozenset[str]], threshold: float = 0.2) -> dict[str, str]:
    """Map each document id to a story id (the smallest document id of its story)."""
    parent = {doc: doc for doc in people}

    def find(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    holders: dict[str, list[str]] = defaultdict(list)
    for doc, names in sorted(people.items()):
        for name in names:
            holders[name].append(doc)
    checked: set[tuple[str, str]] = set()
    for docs in holders.values():
        if len(docs) > 200:  # a name in every article (a head of state) says little about the story
            continue
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if (a, b) in checked:
                    continue
                checked.add((a, b))
                union = people[a] | people[b]
                if union and len(people[a] & people[b]) / len(union) >= threshold:
                    ra, rb = sorted((find(a), find(b)))
                    parent[rb] = ra
    return {doc: find(doc) for doc in people}
