"""Group documents into stories (reports of the same events), so event claims are compared only within one.

Two documents report one story when the proper nouns they use overlap enough (Jaccard ≥ ``threshold``)
(or they share at least ``MANY_SHARED`` of them) and, when both are dated, they were published within
``max_days`` of each other. Candidate pairs come from an
inverted index of proper nouns (skipping nouns found in most documents), never from all pairs of documents.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

MANY_SHARED = 8
# A proper noun in more articles than this says little about which story one belongs to ("Reuters",
# "China"); skipping it keeps candidate pairs linear in the corpus (a story of more outlets still links
# through its rarer names).
MAX_POSTING = 60


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """What a document's story is recognised by."""

    keywords: frozenset[str]
    published: dt.date | None


def story_pairs(features: dict[str, StoryFeatures], threshold: float = 0.3,
                max_days: int = 10) -> frozenset[tuple[str, str]]:
    """The (a, b) document pairs, a < b, that report the same story.

    The relation is kept pairwise rather than closed transitively: chaining A~B~C merges different events of
    one kind (measured on ECB+: 9 of 96 transitive groups mixed two events, against 5% of direct pairs).
    """
    holders: dict[str, list[str]] = defaultdict(list)
    for doc, feature in features.items():
        for word in feature.keywords:
            holders[word].append(doc)
    pairs: set[tuple[str, str]] = set()
    for a, feature in features.items():
        # Every later document sharing a word with this one, each tested once (no set of all tested pairs).
        candidates: set[str] = set()
        for word in feature.keywords:
            docs = holders[word]
            if len(docs) <= MAX_POSTING:  # a word in most articles says little about which story one belongs to
                candidates.update(docs)
        pairs.update((a, b) for b in candidates if b > a and _same_story(feature, features[b], threshold, max_days))
    return frozenset(pairs)


def _same_story(a: StoryFeatures, b: StoryFeatures, threshold: float, max_days: int) -> bool:
    """Similar enough vocabulary, and not published far apart."""
    if a.published and b.published and abs((a.published - b.published).days) > max_days:
        return False
    shared = len(a.keywords & b.keywords)
    union = len(a.keywords) + len(b.keywords) - shared  # the size of the union, without building it
    # Long articles of one story name many extra people (analysts, officials), which lowers their Jaccard:
    # many shared proper nouns also make a story.
    return union > 0 and (shared / union >= threshold or (shared >= MANY_SHARED and shared / union >= 0.1))
