"""What a claim kind is: the one interface every kind implements, and the defaults most kinds keep.

A kind is one component, as a spaCy pipeline factory or a ruff rule: it declares the schema of its parameters
(validated when the rules load; defaults live in the schema only), how it finds claims in a sentence or a document,
the keys that block claims into groups, whether groups are compared across the corpus or within a story, when two
claims speak of the same thing, how their values relate, how findings are labelled, and its base confidence. The
stages hold no branch on a kind: they ask the component of each rule (``Rule.component``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

from claimcheck.model import UNKNOWN, Claim, Comparison, Confidence, Document, Relation

if TYPE_CHECKING:  # the stages' types, for annotations only: a kind is imported by the run layer, not the stages
    from claimcheck.align import Alignment
    from claimcheck.extract.context import SentenceContext
    from claimcheck.extract.entities import EntityIndex
    from claimcheck.extract.segment import Sentence
    from claimcheck.ruleset import Rule, RuleSet

GroupKey = tuple[str, ...]  # the first item is always the code of the rule that compares the group
Params = Mapping[str, Mapping[str, Any]]  # parameter name → its JSON Schema, with "default" and "description"


class Scope(str, Enum):
    """Which documents a kind's claims are compared between."""

    CORPUS = "corpus"  # every document: a person's tenure or titles hold across stories
    STORY = "story"  # two documents of one story: events, counts, who holds an office now
    INCIDENT = "incident"  # claims of one incident (the align stage matches events across documents)
    DATED_STORY = "dated_story"  # two dated documents of one story: ages (people grow older)


class Kind:
    """The defaults of a claim kind; each kind module subclasses it and registers one instance."""

    name: ClassVar[str]  # as rules name it: ``kind: tenure``
    description: ClassVar[str]  # one line for ``rules explain``
    # JSON Schema of each parameter (``type``, ``default`` or none when the rule file must set it, ``description``).
    params: ClassVar[Params] = {}
    scope: ClassVar[Scope] = Scope.STORY
    confidence: ClassVar[Confidence]
    order: ClassVar[int] = 50  # when it runs on a sentence, lowest first (later kinds may yield to earlier ones)
    yields: ClassVar[bool] = False  # makes no claim on a value another kind claimed earlier in the sentence
    personal: ClassVar[bool] = False  # the subject is a person, resolved across documents
    corroborates: ClassVar[bool] = True  # agreements are reported as corroborations
    one_value_per_document: ClassVar[bool] = False  # a document giving one thing two values says nothing of it
    evolves: ClassVar[bool] = False  # a figure may grow between publications (tolls): the finding says so
    name_matched: ClassVar[bool] = False  # confidence scales with how well the subject's names matched
    # Kinds with the same extraction name extract once per document (the first enabled rule's code is the
    # claims' frame) and every rule of them reads those claims: titles serve both title rules.
    extraction: ClassVar[str | None] = None

    def __reduce__(self) -> str:
        """Pickle as a reference to the instance its module registers, named after the kind (``EVENT_DATE``).

        Worker processes then use that same component, and a rule set pickles without the kinds' code.
        """
        return self.name.upper()

    # --- extract ------------------------------------------------------------------------------------------
    def sentence_claims(self, ctx: SentenceContext, rule: Rule, rules: RuleSet) -> list[Claim]:
        """The claims of one sentence (most kinds)."""
        return []

    def document_claims(self, document: Document, entities: EntityIndex, sentences: Sequence[Sentence], rule: Rule,
                        rules: RuleSet) -> list[Claim]:
        """The claims of a whole document (kinds that read what the document says of its people)."""
        return []

    # --- align --------------------------------------------------------------------------------------------
    def consumes(self, claim: Claim, rule: Rule) -> bool:
        """Whether ``rule`` compares this claim (by default: the claims the rule made)."""
        return claim.frame == rule.code

    def keys(self, claim: Claim, rule: Rule, rules: RuleSet) -> list[GroupKey]:
        """The blocking keys of a claim: claims meet only when they share one."""
        return []

    def attribute(self, key: GroupKey, members: Sequence[Claim]) -> str:
        """What a group compares, as reports name it ("tenure_start", "quantity:USD")."""
        return str(members[0].attribute)

    def subject(self, key: GroupKey, members: Sequence[Claim], alignment: Alignment | None = None) -> str:
        """What a group's claims are about, for the report: by default the longest subject of these claims.

        Of these claims only: a finding's label must not depend on unrelated articles that share its key.
        """
        labels = sorted({c.subject or "" for c in members}, key=lambda s: (-len(s), s))
        return labels[0] if labels else key[-1]

    # --- compare ------------------------------------------------------------------------------------------
    def same_thing(self, a: Claim, b: Claim, countries: Mapping[str, frozenset[str]]) -> bool:
        """Whether two claims of a group, from different documents, speak of the same thing."""
        return True

    def representatives(self, claims: Sequence[Claim]) -> list[Claim]:
        """The claims of one document in a group that speak for it (by default all of them)."""
        return list(claims)

    def facet(self, a: Claim, b: Claim) -> str:
        """What a finding of a pair is about within its group: pairs of different facets make separate findings."""
        return ""

    def gives_two_values(self, a: Claim, b: Claim) -> bool:
        """Whether two claims of one document give one thing two values (``one_value_per_document`` kinds)."""
        return False

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """How the values of two claims relate."""
        return UNKNOWN

    def conflicts(self, a: Claim, b: Claim) -> bool:
        """Whether two claims' values cannot both hold."""
        return self.relate(a, b).relation is Relation.CONFLICT

    def label(self, attribute: str) -> str:
        """What differs, as a finding's message says it ("start of time in office", "date")."""
        return attribute

    def shown(self, claim: Claim) -> str:
        """A claim's value as a finding's message quotes it."""
        return claim.text.strip()

    def __repr__(self) -> str:
        return f"<claim kind {self.name}>"


class PersonKind(Kind):
    """A kind whose claims say something of one named person (a tenure, an age, a title): one group per person."""

    personal = True
    attribute_name: ClassVar[str]  # what the groups compare: "tenure_start"

    def keys(self, claim: Claim, rule: Rule, rules: RuleSet) -> list[GroupKey]:
        """One group per person."""
        return [(rule.code, claim.subject, self.attribute_name)] if claim.subject else []

    def attribute(self, key: GroupKey, members: Sequence[Claim]) -> str:
        """The attribute the kind compares."""
        return self.attribute_name

    def subject(self, key: GroupKey, members: Sequence[Claim], alignment: Alignment | None = None) -> str:
        """The person."""
        return key[1]
