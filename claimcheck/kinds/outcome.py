"""Event outcome: how many people an incident killed, injured, left missing, led to arrest... by outlet.

The role of a count comes from the word that governs it (``rules/events.yml`` roles), not from the nearest event
word: "killed 48 people", "48 people were killed", "the death toll rose to 48", "48 dead", "the bodies of 48",
"wounded at least 140". A count with no noun counts people; its noun says who (``rules/victims.yml``). A count
joined to another ("12 soldiers and three civilians were killed", "including ten children") shares its role.
Counts told for context ("since the war began", "so far this year", an earlier attack) are marked and never
compared. Counts of one role meet only within one incident (the align stage); a part ("ten children", "13 U.S.
service members", "71 of them critically", "12 were slightly hurt") is compared with its whole ("48 people")
only as "not larger than".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from claimcheck.compare.values import relate_quantities
from claimcheck.extract.context import SentenceContext
from claimcheck.extract.occurrences import after_since, is_background, occurrence_of, of_an_earlier_event
from claimcheck.kinds.base import GroupKey, Kind, Params, Scope
from claimcheck.lang.en.words import PERSON_NOUNS
from claimcheck.model import (
    LIKELY,
    UNKNOWN,
    Attribute,
    Claim,
    Comparison,
    Mention,
    Qualifier,
    Quantity,
    Reason,
    Relation,
)
from claimcheck.ruleset import Rule, RuleSet
from claimcheck.ruleset.tables import EventTable

if TYPE_CHECKING:
    from claimcheck.align import Alignment

_FILLERS = (r"(?:another|a|further|additional|some|an|estimated|over|nearly|about|at|least|as|many|up|to|more|than|"
            r"almost|around|roughly|approximately|just|only|no|fewer|less|total|of|the)")
_AUX = (r"(?:were|was|are|is|have|has|had|been|being|reportedly|also|all|confirmed|believed|feared|already|later|now|"
        r"people|others|other|more|still|so|far|thought|said|to|be|reported|known|critically|seriously|severely|"
        r"slightly|gravely|fatally|badly|mortally|lightly|subsequently)")
# ", including two children," / "(including 10 children)" between a count and the verb it goes with.
_ASIDE = r"(?:\s*[,(]\s*(?:including|among\s+them|among\s+whom|most\s+of\s+them|mostly)\b[^,;()]{0,80}[,)])?"
# The verb (or "of") that a toll takes before its figure: "rose to", "stands at", "is now", "of".
_TOLL_VERB = (r"(?:rose|rises|risen|climbed|climbs|jumped|jumps|reached|reaches|stands|stood|is|was|hit|hits|topped|"
              r"tops|increased|passed|surpassed|now|of|at|to|has|had|been|climbing|rising|over|above|past)"
              r"(?:\s+(?:now|to|at|over|above|past|risen|climbed|reached|of))*")
_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus|,)\s*$")
_PART = re.compile(r"(?:including|among\s+them|among\s+whom|of\s+them|of\s+whom|of\s+which|"
                   r"among\s+the\s+(?:dead|victims|injured|wounded))\s+$", re.IGNORECASE)
_LIVES_TAKEN = re.compile(r"\b(?:claimed|claiming|claims|claim|took|taken|taking|takes|cost|costing|costs|lost|"
                          r"losing)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.IGNORECASE)
_LIVES_LOST = re.compile(r"\s+(?:were|have\s+been|had\s+been|was)?\s*lost\b", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.IGNORECASE)  # "150 were wounded, 71 of them ..."
_NOT_COUNTS = frozenset({"money", "percent", "ordinal"})
_REVISED = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|now\s+stands|revised|updated)\b",
                      re.IGNORECASE)
ROLE_LABELS = {"killed": "number killed", "injured": "number injured", "missing": "number missing",
               "arrested": "number arrested", "rescued": "number rescued", "displaced": "number displaced"}


NEAR = 110  # the reach of a role word before its count: the word and up to three fillers ("killed at least")


@dataclass(frozen=True, slots=True)
class _Roles:
    """The role patterns of an event table, compiled once."""

    # (role, pattern ending right before a count within NEAR characters, pattern of a toll further before, and
    # the words one of which that toll pattern needs: it is tried only when one is there)
    before: tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...]], ...]
    after: tuple[tuple[str, re.Pattern[str]], ...]  # (role, pattern starting right after a count)
    nouns: dict[str, str]  # a count's own noun that is a role ("12 deaths", "5 fatalities") → the role


class Outcome(Kind):
    """A count of people an event killed, injured, ... by role and category."""

    name = "outcome"
    description = "how many people an incident killed, injured, left missing...: the role from the governing word"
    params: ClassVar[Params] = {
        "roles": {"type": "array", "items": {"type": "string", "minLength": 1},
                  "default": ["killed", "injured", "missing", "arrested", "rescued", "displaced"],
                  "description": "the roles of rules/events.yml this rule compares"},
    }
    scope = Scope.INCIDENT
    confidence = LIKELY
    order = 35  # before plain quantities, which leave it the counts it takes
    evolves = True
    one_value_per_document = False

    def sentence_claims(self, ctx: SentenceContext, rule: Rule, rules: RuleSet) -> list[Claim]:
        """The role counts of one sentence."""
        roles = _roles(rules.events)
        wanted = frozenset(rule.params["roles"])
        text, offset = ctx.sentence.text, ctx.sentence.start
        counts = [m for m in ctx.numbers if _countable(m)]
        found: list[tuple[Mention, str | None, str]] = []  # (mention, role, how: before|after|noun|joined|part)
        named: dict[int, tuple[str, int]] = {}  # count index → (category, end of its noun) for "13 U.S. troops"
        for index, mention in enumerate(counts):
            end = mention.span.end - offset
            if (noun := _named_noun(text, end, mention, rules) or _were(text, end, mention, rules)) is not None:
                named[index], end = noun, noun[1]
            role, how = _role(text, mention.span.start - offset, end, mention, roles)
            found.append((mention, role, how))
        found = _joined(text, offset, found, {i: e for i, (_, e) in named.items()})
        claims: list[Claim] = []
        for index, (mention, role, how) in enumerate(found):
            if role is None or role not in wanted:
                continue
            end = named[index][1] if index in named else mention.span.end - offset
            # a count whose noun is its role ("130 deaths", "2,500 injuries", "27 bodies") counts people
            category = "people" if how == "noun" else (named[index][0] if index in named else None) or _nationals(
                text, end, mention, rules) or _category(mention, rules)
            if category is None:
                continue
            if role == "injured" and (severity := _severity(text, end)) is not None:
                category = f"{category}/{severity}"
            left, right = ctx.clause_bounds(mention.span)
            qualifiers = ctx.qualifiers(left, right)
            start = mention.span.start - offset
            if (is_background(text, left, right) or after_since(text, start)
                    or of_an_earlier_event(text, left, start)):
                qualifiers = (*qualifiers, Qualifier.BACKGROUND)
            claims.append(ctx.claim(
                mention, attribute=Attribute("outcome", role), frame=rule.code, subject=category.rsplit("/", 1)[-1],
                category=category, predicate=text[left:right], qualifiers=qualifiers,
                occurrence=occurrence_of(ctx, mention.span, None, rules, prefer_current=True),
                participants=tuple(sorted({n for _, n in ctx.people})),
            ))
        return claims

    def keys(self, claim: Claim, rule: Rule, rules: RuleSet) -> list[GroupKey]:
        """One group per incident and role; counts told for context, or of no incident, meet nothing."""
        if Qualifier.BACKGROUND in claim.qualifiers or claim.incident is None:
            return []
        return [(rule.code, claim.incident, str(claim.attribute))]

    def attribute(self, key: GroupKey, members: Sequence[Claim]) -> str:
        """The role: "outcome:killed"."""
        return key[2]

    def subject(self, key: GroupKey, members: Sequence[Claim], alignment: Alignment | None = None) -> str:
        """The incident, as its reports describe it: "car bomb, Qamishli, 2016-07-27"."""
        if alignment is not None:
            return alignment.incident_label(members)
        return key[1]

    def representatives(self, claims: Sequence[Claim]) -> list[Claim]:
        """One count per category of a document: its first, unless a later one revises it ("the toll rose to").

        An article's later counts of one role and category are details or older figures ("earlier reports said
        30"); a toll that "rose to" or "climbed to" a figure is the article's latest word.
        """
        chosen: dict[str, Claim] = {}
        for claim in sorted(claims, key=lambda c: c.span.start):
            category = claim.category or "people"
            if category not in chosen or _REVISED.search(claim.predicate):
                chosen[category] = claim
        return sorted(chosen.values(), key=lambda c: c.span.start)

    def facet(self, a: Claim, b: Claim) -> str:
        """Counts of one category, or of a part and its whole, make their own finding."""
        return " | ".join(sorted({a.category or "people", b.category or "people"}))

    def relate(self, a: Claim, b: Claim) -> Comparison:
        """Counts of one category as intervals; a part and its whole only as "not larger than"."""
        if not isinstance(a.value, Quantity) or not isinstance(b.value, Quantity):
            return UNKNOWN
        relation = category_relation(a.category or "people", b.category or "people")
        if relation == "same":
            return relate_quantities(_as_people(a.value), _as_people(b.value))
        if relation == "apart":
            return UNKNOWN
        part, whole = (a.value, b.value) if relation == "a<b" else (b.value, a.value)
        if part.low is not None and whole.high is not None and part.low > whole.high:
            return Comparison(Relation.CONFLICT, Reason.PART_EXCEEDS_WHOLE)
        return Comparison(Relation.AGREE, Reason.PART_WITHIN_WHOLE)

    def label(self, attribute: str) -> str:
        """What differs: "number killed"."""
        return ROLE_LABELS.get(attribute.split(":", 1)[-1], attribute.replace("outcome:", "number "))


OUTCOME = Outcome()


def _countable(mention: Mention) -> bool:
    """A count of things (not an amount of money, a percentage or a rank)."""
    value = mention.value
    return isinstance(value, Quantity) and mention.kind not in _NOT_COUNTS and not value.unit.startswith(
        ("USD", "EUR", "GBP", "%")) and value.low != 0


def _as_people(quantity: Quantity) -> Quantity:
    """A count with its noun dropped: "48 people" and "48" and "48 civilians" count alike."""
    return Quantity(quantity.low, quantity.high, "", quantity.qualifier, quantity.approximate)


def _category(mention: Mention, rules: RuleSet) -> str | None:
    """Who a count counts, as a path from the broadest category: "people/civilians/children".

    A count with no noun counts people; a noun no category has is a category of its own, inside people.
    """
    value = mention.value
    unit = value.unit if isinstance(value, Quantity) else ""
    found = "people" if not unit else rules.victims.category(unit) or rules.victims.category(unit + "s")
    if found is None:
        if not _person_noun(unit):
            return None  # "seven villages", "three cars": counts of things, not of people
        return f"people/{unit}"
    return "/".join((*reversed(rules.victims.ancestors(found)), found))


# A count's noun after a name or abbreviation the number reader stops at: "13 U.S. service members",
# "five Afghan soldiers", "two NATO troops".
_NAMED_NOUN = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){1,2}([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)")


def _named_noun(text: str, end: int, mention: Mention, rules: RuleSet) -> tuple[str, int] | None:
    """The category of a noun-less count whose noun follows a name ("13 U.S. service members"), and its end."""
    value = mention.value
    if not isinstance(value, Quantity) or value.unit:
        return None
    found = _NAMED_NOUN.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    for size in (2, 1):
        noun = " ".join(words[:size])
        category = rules.victims.category(noun) if len(words) >= size else None
        if category is not None:
            return "/".join((*reversed(rules.victims.ancestors(category)), category)), found.start(1) + len(noun)
    return None


# Who a part is, said after it: "of whom 108 were women", "23 of them were women", "25 were female".
_WERE = re.compile(r"(?:\s+of\s+(?:them|whom|which|those))?\s+(?:were|was|are|is)\s+(?:also\s+)?([a-z]+)\b")
_SEXES = {"female": "women", "females": "women", "male": "men", "males": "men"}


def _were(text: str, end: int, mention: Mention, rules: RuleSet) -> tuple[str, int] | None:
    """The category a noun-less count is given after it ("of whom 108 were women"), and where that ends."""
    value = mention.value
    if not isinstance(value, Quantity) or value.unit:
        return None
    found = _WERE.match(text, end)
    if found is None:
        return None
    noun = _SEXES.get(found.group(1), found.group(1))
    category = rules.victims.category(noun)
    if category is None:
        return ("people/men", found.end()) if noun == "men" else None
    return "/".join((*reversed(rules.victims.ancestors(category)), category)), found.end()


# How badly the injured were hurt: "71 of them critically", "30 were seriously injured", "12 others were badly
# hurt". Such a count is a part of all the injured, compared with it only as "not larger than".
_SEVERITY = re.compile(r"^(?:\s+(?:of\s+them|of\s+whom|others?|people|were|was|are|is|have|has|had|been|being|left|"
                       r"remain(?:ed|s)?|in|and))*\s+(?:(critically|seriously|severely|gravely|badly)|(slightly|"
                       r"lightly|minor))\b", re.IGNORECASE)


def _severity(text: str, end: int) -> str | None:
    """The severity segment of an injured count's category ("badly hurt", "slightly hurt"), if its words say."""
    found = _SEVERITY.match(text[end : end + 80])
    if found is None:
        return None
    return "badly hurt" if found.group(1) else "slightly hurt"


_NATIONALS = re.compile(r"\s+([A-Z][a-z]+)(?:\s+(?:nationals|citizens|people|residents))?\b")


def _nationals(text: str, end: int, mention: Mention, rules: RuleSet) -> str | None:
    """The category of a count of one nationality ("eight Mexicans", "six Mexican nationals").

    People of that country are a part of the people of the incident, apart from other categories.
    """
    value = mention.value
    if isinstance(value, Quantity) and value.unit:
        return None
    found = _NATIONALS.match(text, end)
    if found is None or not rules.places.is_demonym(found.group(1)):
        return None
    return f"people/nationals/{found.group(1).rstrip('s').lower()}"


def _person_noun(noun: str) -> bool:
    """A noun that names people though no category lists it: "pirates", "protesters", "activists"."""
    return noun.isalpha() and (noun in PERSON_NOUNS or noun.endswith(_PERSON_ENDINGS))


_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ate", "ee", "man", "men", "ess", "ic")


def category_relation(a: str, b: str) -> str:
    """How two category paths relate: "same", "a<b" (a lies within b), "b<a", or "apart"."""
    if a == b:
        return "same"
    if a.startswith(b + "/"):
        return "a<b"
    if b.startswith(a + "/"):
        return "b<a"
    return "apart"


_COMPILED: dict[int, tuple[EventTable, _Roles]] = {}  # by id() of the table, which the entry keeps alive


def _roles(events: EventTable) -> _Roles:
    """The role patterns of an event table, compiled once per table."""
    cached = _COMPILED.get(id(events))
    if cached is None or cached[0] is not events:
        if len(_COMPILED) > 8:
            _COMPILED.clear()
        cached = _COMPILED[id(events)] = (events, _compile(events))
    return cached[1]


def _compile(events: EventTable) -> _Roles:
    """The role patterns of an event table."""
    before: list[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...]]] = []
    after: list[tuple[str, re.Pattern[str]]] = []
    nouns: dict[str, str] = {}
    for role, (before_words, after_words, toll_words) in events.roles.items():
        parts = []
        if before_words:
            parts.append(rf"\b(?:{_words(before_words)})(?:\s+{_FILLERS}){{0,3}}\s+$")
        long_tolls = [w for w in toll_words if " " in w or w == "toll"]
        short_tolls = [w for w in toll_words if w not in long_tolls]
        if short_tolls:  # "wounded is 235", "dead stood at 48"
            parts.append(rf"\b(?:{_words(short_tolls)})\s+{_TOLL_VERB}\s+$")
        near = re.compile("|".join(parts), re.IGNORECASE) if parts else None
        # "the death toll from the suicide blast that ripped through a mosque ... rose to 47"
        far = (re.compile(rf"\b(?:{_words(long_tolls)})\b[^.;:!?\d]{{0,200}}?{_TOLL_VERB}\s+$", re.IGNORECASE)
               if long_tolls else None)
        cues = tuple(sorted({w.split()[-1].lower() for w in long_tolls}))
        if near or far:
            before.append((role, near, far, cues))
        if after_words:
            after.append((role, re.compile(rf"^(?:\s+(?!and\b|or\b|but\b|while\b)[a-z]+)?{_ASIDE}(?:\s+{_AUX}){{0,4}}"
                                            rf"\s+(?:{_words(after_words)})\b", re.IGNORECASE)))
        for word in after_words:
            if " " not in word:
                nouns.setdefault(word, role)
                nouns.setdefault(word.rstrip("s"), role)
    nouns.setdefault("fatality", "killed")
    nouns.setdefault("injury", "injured")
    for noun in ("body", "bodies", "corpse", "corpses"):  # "221 bodies were recovered": a count of the dead
        nouns.setdefault(noun, "killed")
    return _Roles(tuple(before), tuple(after), nouns)


def _words(words: Sequence[str]) -> str:
    """An alternation of phrases, longest first, any run of spaces between words."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _role(text: str, start: int, end: int, mention: Mention, roles: _Roles) -> tuple[str | None, str]:
    """(role, how it was found) of the count at ``text[start:end]``."""
    unit = mention.value.unit if isinstance(mention.value, Quantity) else ""
    if unit and unit in roles.nouns:
        return roles.nouns[unit], "noun"
    if unit == "life" and (_LIVES_TAKEN.search(text, max(0, start - 40), start) or _LIVES_LOST.match(text, end)):
        return "killed", "noun"  # "claimed 121 lives", "121 lives were lost" (not "saved 3 lives")
    before = text[max(0, start - 240) : start]
    if not re.search(r"[;:]", before[-3:]):
        near_text = before[-NEAR:]
        lowered = before.lower()
        for role, near, far, cues in roles.before:
            found = near.search(near_text) if near else None
            if found is None and far is not None and any(cue in lowered for cue in cues):
                found = far.search(before)
                tail = before[found.start():] if found else ""
            else:
                tail = near_text[found.start():] if found else ""
            if found and not re.search(r"\d|[;]", tail):
                return role, "before"
    rest = text[end : end + 120]
    for role, pattern in roles.after:
        if pattern.match(rest):
            return role, "after"
    if _PART.search(text, max(0, start - 30), start) or _PART_AFTER.match(text, end):
        return None, "part"
    return None, ""


def _joined(text: str, offset: int, found: list[tuple[Mention, str | None, str]],
            ends: dict[int, int] | None = None) -> list[tuple[Mention, str | None, str]]:
    """Counts with the role of their neighbours.

    Counts joined to a neighbour ("12 soldiers and three civilians were killed") share its role; a part
    ("including ten children", "71 of them critically") takes the role of the count before it. ``ends``: where
    a count's noun ends when the number reader stopped short of it (in the sentence's own offsets).
    """
    ends = ends or {}
    result = list(found)
    for _ in range(2):  # a run of three joined counts settles in two passes
        for i, (mention, role, how) in enumerate(result):
            if role is not None and how != "joined":
                continue
            if how == "part" and i > 0 and result[i - 1][1] is not None:
                result[i] = (mention, result[i - 1][1], "part")
                continue
            if i + 1 < len(result) and result[i + 1][1] is not None and result[i + 1][2] in ("after", "joined"):
                between = text[mention.span.end - offset : result[i + 1][0].span.start - offset]
                if _JOIN.match(between):
                    result[i] = (mention, result[i + 1][1], "joined")
                    continue
            if i > 0 and result[i - 1][1] is not None and result[i - 1][2] in ("before", "joined", "noun", "part"):
                between = text[ends.get(i - 1, result[i - 1][0].span.end - offset) : mention.span.start - offset]
                if _JOIN.match(between):
                    result[i] = (mention, result[i - 1][1], "joined")
    return result
