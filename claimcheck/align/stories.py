"""Group documents into stories (reports of the same events), so event claims are compared only within one.

Two documents belong to one story when the proper nouns they use overlap enough (Jaccard ≥ ``threshold``)
and, when both are dated, they were published within ``max_days`` of each other. Candidate pairs come from an
inverted index of proper nouns (skipping nouns found in most documents), never from all pairs of documents.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """What a document's story is recognised by."""

    keywords: frozenset[str]
    published: dt.date | None


def group_stories(features: dict[str, StoryFeatures], threshold: float = 0.2, max_days: int = 10) -> dict[str, str]:
    """Map each document id to a story id (the smallest document id of its story)."""
    parent = {doc: doc for doc in features}

    def find(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    holders: dict[str, list[str]] = defaultdict(list)
    for doc, feature in sorted(features.items()):
        for word in feature.keywords:
            holders[word].append(doc)
    common = max(50, len(features) // 2)
    checked: set[tuple[str, str]] = set()
    for docs in holders.values():
        if len(docs) > common:  # a word in most articles says little about which story one belongs to
            continue
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if (a, b) not in checked:
                    checked.add((a, b))
                    if _same_story(features[a], features[b], threshold, max_days):
                        ra, rb = sorted((find(a), find(b)))
                        parent[rb] = ra
    return {doc: find(doc) for doc in features}


def _same_story(a: StoryFeatures, b: StoryFeatures, threshold: float, max_days: int) -> bool:
    """Similar enough vocabulary, and not published far apart."""
    if a.published and b.published and abs((a.published - b.published).days) > max_days:
        return False
    union = a.keywords | b.keywords
    return bool(union) and len(a.keywords & b.keywords) / len(union) >= threshold
