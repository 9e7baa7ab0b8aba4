"""Find person names and the titles written with them in one sentence.

Three title shapes are recognised, all driven by the title table in ``rules/titles.yml``:
"Chinese President Xi Jinping" (title before the name), "Igor Morgulov, Russia's ambassador to China"
(appositive after) and "China's top diplomat, Wang Yi" (appositive before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lang.en.calendar import MONTHS_AND_DAYS as MONTHS_AND_DAYS
from claimcheck.lang.en.calendar import WEEKDAY_NAMES
from claimcheck.lang.en.words import (
    INVERTED_SPEECH_VERBS,
    NOT_PERSON_WORDS,
    PERSON_NOUNS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    alternation,
)
from claimcheck.lang.en.words import STOPWORDS as STOPWORDS
from claimcheck.model import Span, positional_pickle
from claimcheck.ruleset.gazetteer import Gazetteer
from claimcheck.ruleset.tables import TitleTable

# A name part: an initial ("W."), "O'Neil", "McDonald-Smith", "NATO"; all start with a capital, then one of these.
# Lower-case letters include the accented ones of Latin names ("Peña", "Erdoğan", "Müller").
_LOW = "a-zß-öø-ÿ\u0100-\u024f"
_CAP = "A-ZÀ-ÖØ-Þ"
_PART_TAIL = (rf"(?:\.| \.(?= [A-Z])|['’][{_CAP}][{_LOW}]+|[{_LOW}]+(?:[{_CAP}][{_LOW}]+)*(?:[-'’][{_CAP}]?[{_LOW}]+)*"
              rf"|[A-Z]+(?![{_LOW}]))")
_PART = rf"(?:[{_CAP}]{_PART_TAIL})"
_PARTICLE = r"(?:de|da|van|von|der|den|al|bin|ibn|el|la|le|du|di|dos|del|ben)"
# Not after a word character, apostrophe or hyphen: tested after the first capital (the lookbehind), so the pattern
# starts with a character class the engine skips to, instead of a lookbehind tested at every position (2x faster).
CAPITALISED = re.compile(rf"[{_CAP}](?<![\w’'-].){_PART_TAIL}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_PART})*")
_TOKEN = re.compile(r"[A-Z] \.|\S+")  # "W ." is an initial in tokenised corpora
_POSSESSIVE = re.compile(r"[’']s?$")
_NAME_PART = re.compile(rf"^(?:[A-Z] ?\.|[{_CAP}]['’][{_CAP}][{_LOW}]+|[{_CAP}][{_LOW}]+(?:[{_CAP}][{_LOW}]+)*"
                        rf"(?:[-'’][{_CAP}]?[{_LOW}]+)*|{_PARTICLE})$")
# Nouns that open news sentences as speakers ("Witnesses said", "Authorities said"): capitalised there, but
# never names.
DAYS = frozenset(WEEKDAY_NAMES)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Prof)\.?\s+$")


@positional_pickle
@dataclass(frozen=True, slots=True)
class TitleMention:
    """A title written with a name: what it says, of which country, and whether it is a past title."""

    written: str
    offices: frozenset[str]
    affiliation: str | None
    organisation: str | None
    past: bool
    span: Span  # title phrase and name together


@positional_pickle
@dataclass(frozen=True, slots=True)
class NameMention:
    """A person name in a sentence (possessive excluded), with the title written beside it, if any."""

    span: Span
    name: str
    title: TitleMention | None
    evidence: bool = False  # written as a person is: with a title, an honorific, "said", ", who", an age


_SPEECH = rf"(?:{alternation(SPEECH_VERBS)})"
_PERSON_AFTER = re.compile(
    r"(?:[’']s?)?\s*(?:,[^,;]{1,80},\s*)?(?:has\s+|had\s+)?" + _SPEECH + r"\b"
    r"|\s*,\s*(?:who|whose)\b|\s*,\s*(?:a|an)?\s*\d{1,3}(?:-|\s*-\s*)year(?:-|\s*-\s*)old|\s*\(\s*\d{1,3}\s*\)"
    r"|\s*,\s*(?:aged\s+)?\d{1,3}\s*(?:,|\s+(?:of|from)\b)"  # an age: "Carl Rowe, 34, of Aurora"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|to|for|near|on|into|across|outside|inside)\s+(?:the\s+)?$",
                                 re.IGNORECASE)
# "said Raffaello Pantucci" names the speaker; "told Xinhua" names the listener, which may be anything. A
# lower-case noun that describes a person, written right before the name, is evidence too: "forward Elton Brand",
# "actress Tara Reid", "gunman Steven Kazmierczak" (offices are the title table's).
_PERSON_BEFORE = re.compile(rf"(?:\b(?:{alternation(INVERTED_SPEECH_VERBS)})|\b(?:Mr|Mrs|Ms|Dr|Prof)\.?)\s+$"
                            r"|\d\s*-?\s*years?\s*-?\s*old(?:\s+[a-z][\w-]*){0,2}\s*,?\s+$")  # an age before the name


def _person_noun_before(sentence: str, begin: int) -> bool:
    """A person noun written right before the name at ``begin`` ("forward Elton Brand").

    A set lookup: three times faster than a hundred alternatives in a regex searched before every name.
    """
    head = sentence[max(0, begin - 30) : begin]
    if not head[-1:].isspace():
        return False
    words = head.rsplit(None, 1)
    return bool(words) and words[-1].lstrip("(\"“‘'") in PERSON_NOUNS


def strip_possessive(token: str) -> str:
    """Drop a trailing 's / ’s / ' from a name."""
    return _POSSESSIVE.sub("", token) if token.endswith(("'s", "’s", "’", "'")) else token


def name_mentions(sentence: str, offset: int, titles: TitleTable, places: Gazetteer,
                  common: frozenset[str]) -> list[NameMention]:
    """Find candidate person names (one or more parts) in a sentence."""
    found: list[NameMention] = []
    lead = len(sentence) - len(sentence.lstrip(" \t“\"‘'(—-"))  # opening quotes, dashes and spaces
    for match in CAPITALISED.finditer(sentence):
        run = match.group()
        initial = bool(common) and match.start() <= lead
        found_run = _name_in_run(run, titles, places, first_common=initial and _first_word(run).lower() in common)
        if found_run is None:
            continue
        begin, end, name = match.start() + found_run[0], match.start() + found_run[1], found_run[2]
        title = _title_for(sentence, begin, end, offset, titles, places)
        # Both patterns end at the name and span a few words: searching the last 40 characters is the same
        # (lookbehinds and \b still see the text before ``pos``) and keeps long sentences linear.
        near = max(0, begin - 40)
        governed = bool(_PREPOSITION_BEFORE.search(sentence, near, begin))  # "officials in Goma said"
        evidence = (title is not None or (not governed and bool(_PERSON_AFTER.match(sentence, end)))
                    or bool(_PERSON_BEFORE.search(sentence, near, begin)) or _person_noun_before(sentence, begin))
        if places.country(name) and not evidence:
            continue  # "Los Angeles", "South Africa": a place, not a person
        found.append(NameMention(Span(offset + begin, offset + end), name, title, evidence))
    return found


# Answers that depend only on the rule tables, per (title table, gazetteer): whether a word can never be part of a
# name, and where the name starts in a capitalised run. Every capitalised word of a corpus is asked about, most of
# them many times. The tables are kept beside their memos so their ids stay theirs.
_Run = tuple[int, int, str] | None  # (start, end, name) in a capitalised run
_MEMOS: dict[tuple[int, int], tuple[TitleTable, Gazetteer, dict[str, bool], dict[tuple[bool, str], _Run]]] = {}
_MEMO_LIMIT = 200_000


def _memos(titles: TitleTable, places: Gazetteer) -> tuple[dict[str, bool], dict[tuple[bool, str], _Run]]:
    """The word and run memos of these tables."""
    key = (id(titles), id(places))
    entry = _MEMOS.get(key)
    if entry is None or entry[0] is not titles or entry[1] is not places:
        if len(_MEMOS) > 8:
            _MEMOS.clear()
        entry = _MEMOS[key] = (titles, places, {}, {})
    return entry[2], entry[3]


def _not_name(bare: str, titles: TitleTable, places: Gazetteer, memo: dict[str, bool]) -> bool:
    """True for a word that is never a name part: not name-shaped, a stopword, a title, a place or a demonym."""
    found = memo.get(bare)
    if found is None:
        found = (not _NAME_PART.match(bare) or bare in STOPWORDS or bare in SPEAKER_NOUNS
                 or bool(titles.offices_of(bare)) or bool(titles.offices_of(bare + "."))
                 or places.country(bare) is not None or places.is_demonym(bare))
        if len(memo) < _MEMO_LIMIT:
            memo[bare] = found
    return found


def _name_in_run(run: str, titles: TitleTable, places: Gazetteer, *, first_common: bool) -> _Run:
    """(start, end, name) of the name at the end of a capitalised run (titles, places, orgs cut off), or None.

    ``first_common`` says whether the article writes the run's first word in lower case. Answers are remembered per
    run and flag: every capitalised run of a corpus is asked about, most of them many times.
    """
    words, runs = _memos(titles, places)
    key = (first_common, run)
    if key in runs:
        return runs[key]
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(run)]
    first = _start([t for _, t in tokens], titles, places, first_common=first_common, words=words)
    found: _Run = None
    if first is not None:
        kept = tokens[first:]
        found = (kept[0][0], kept[-1][0] + len(strip_possessive(kept[-1][1])),
                 " ".join(strip_possessive(t) for _, t in kept))
    if len(runs) < _MEMO_LIMIT:
        runs[key] = found
    return found


def _first_word(run: str) -> str:
    """The first token of a capitalised run, without a possessive."""
    match = _TOKEN.match(run)
    return strip_possessive(match.group()) if match else run


def _start(tokens: list[str], titles: TitleTable, places: Gazetteer, *, first_common: bool,
           words: dict[str, bool]) -> int | None:
    """Index of the trailing run of name-like words of a capitalised sequence, or None (``_name_in_run``)."""
    bares = [strip_possessive(t) for t in tokens]
    if any(b in NOT_PERSON_WORDS for b in bares):
        return None
    first = len(tokens)
    for index in range(len(tokens) - 1, -1, -1):
        bare = bares[index]
        # "Jan Olson", "May Lee": a month before another name part is a given name
        month_as_name = bare in MONTHS_AND_DAYS and index < len(tokens) - 1 and bare not in DAYS
        if ((bare in MONTHS_AND_DAYS and not month_as_name) or (index == 0 and first_common)
                or _not_name(bare, titles, places, words)):
            break
        first = index
    while first < len(tokens) and tokens[first][0].islower():
        first += 1
    if first >= len(tokens) or (first == len(tokens) - 1 and len(strip_possessive(tokens[first])) < 2):
        return None
    return first


def _title_for(sentence: str, begin: int, end: int, offset: int, titles: TitleTable,
               places: Gazetteer) -> TitleMention | None:
    """The title written before or after the name at ``sentence[begin:end]``, if any."""
    return (_title_before(sentence, begin, end, offset, titles, places)
            or _title_after(sentence, begin, end, offset, titles, places))


def _title_before(sentence: str, begin: int, end: int, offset: int, titles: TitleTable,
                  places: Gazetteer) -> TitleMention | None:
    """A title immediately before the name, or an appositive "X's TITLE, NAME"."""
    before = sentence[max(0, begin - 120) : begin]
    last = _last_word(before)
    if last is None or (not last[1] and last[0].lower() not in titles.last_words):
        return None  # the word right before the name is no title's last word, and there is no appositive
    base = begin - len(before)
    best = None
    for match in titles.pattern.finditer(before):
        tail = before[match.end() :]
        if re.fullmatch(r"\s+", tail) or _APPOSITIVE_TAIL.fullmatch(tail):
            best = match
            break
    if best is None or _HONORIFIC.search(before):
        return None
    pre_start = _modifiers_start(before, best.start(), titles)
    pre = before[pre_start : best.start()].split()
    tail = before[best.end() :]
    return _mention(best.group(), pre, tail, Span(offset + base + pre_start, offset + end), titles, places)


# "China's top diplomat, Wang Yi": what may stand between a title and the name of an appositive before it.
_APPOSITIVE_TAIL = re.compile(r"(?:\s+(?:to|of|for|at|in)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?\s*,\s*")
# "Minister of Foreign Affairs", "professor at the X Institute": the organisation written after a title.
_OF_ORGANISATION = re.compile(r"\s+(?:of|at|for|to|in)\s+(?:the\s+)?"
                              r"(?P<org>[A-Z][\w’'.-]*(?:\s+(?:of|for|and|on)?\s*[A-Z][\w’'.-]*)*)")
_PRE_WORD = re.compile(r"([\w’'.-]+)\s+$")


def _modifiers_start(before: str, title_start: int, titles: TitleTable) -> int:
    """Start of the words written before a title that qualify it: "US State Department", "former", "Chinese"."""
    start = title_start
    for _ in range(5):
        match = _PRE_WORD.search(before, 0, start)
        if not match:
            break
        word = match.group(1)
        if not (word[:1].isupper() or word.lower().rstrip("-") in titles.past_markers):
            break
        start = match.start(1)
    return start


_WORD_TAIL = re.compile(r"[\w.’'-]+\Z")


def _last_word(before: str) -> tuple[str, bool] | None:
    """(last word, whether a comma follows it) of the text before a name, or None when no word ends it.

    "Chinese President " gives ("President", False); "China's top diplomat, " gives ("diplomat", True).
    """
    text = before.rstrip()
    comma = text.endswith(",")
    if comma:
        text = text[:-1].rstrip()
    pieces = text.rsplit(None, 1)
    word = _WORD_TAIL.search(pieces[-1]) if pieces else None
    return (word.group(), comma) if word else None
_AFTER = re.compile(
    r"^(?:[’']s)?\s*,\s+(?:(?:a|an|the|his|her|their)\s+)?(?P<mods>(?:(?!(?:of|to|for|at|in|and|who|which)\b)[a-z][\w-]*\s+){0,3}?)"
)


def _title_after(sentence: str, begin: int, end: int, offset: int, titles: TitleTable,
                 places: Gazetteer) -> TitleMention | None:
    """An appositive title after the name: "Li Ming, associate professor at the X Institute"."""
    after = sentence[end : end + 160]
    rest = after[2:] if after.startswith(("'s", "’s")) else after
    if not rest.lstrip().startswith(","):
        return None  # no appositive: what _AFTER would find first, checked without the regex
    lead = _AFTER.match(after)
    if not lead:
        return None
    pre_text = after[lead.start("mods") - 0 : lead.end()]
    title = titles.pattern.match(after, lead.end())
    if not title:
        possessive = re.match(r"(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(?:’s|'s)\s+", after[lead.end() :])
        if not possessive:
            return None
        title = titles.pattern.match(after, lead.end() + possessive.end())
        if not title:
            return None
        pre_text = possessive.group("owner")
    tail = after[title.end() : title.end() + 100]
    return _mention(title.group(), pre_text.split(), tail, Span(offset + begin, offset + end + title.end()),
                    titles, places)


def _mention(written: str, pre: list[str], tail: str, span: Span, titles: TitleTable,
             places: Gazetteer) -> TitleMention:
    """Build a TitleMention from the title, the words before it and the text after it."""
    pre_bare = [strip_possessive(w) for w in pre]
    past = any(w.lower().rstrip("-") in titles.past_markers or w.lower() in titles.past_markers for w in pre_bare)
    affiliation = next((c for w in reversed(pre_bare) if (c := places.country(w))), None)
    org_words = [w for w in pre_bare if w[:1].isupper() and not places.country(w)]
    of_match = _OF_ORGANISATION.match(tail)
    organisation = " ".join(org_words) or (of_match.group("org") if of_match else None)
    if affiliation is None and of_match:
        affiliation = places.country(of_match.group("org"))
    return TitleMention(" ".join(written.split()), titles.offices_of(written), affiliation,
                        organisation or None, past, span)
