"""The events one article reports: its event mentions, with their slots, merged into document events.

A mention is an event word of ``rules/events.yml`` ("car bomb", "earthquake", "joint statement"). Its slots come
from its clause: the time (the nearest date of the clause, resolved against the publication date), the places (a
gazetteer place, or another capitalised name after "in", "at", "near", "the city of"), the people the sentence
names, and whether it is told only for context ("earlier this week", "in 2016", "since the war began").

Mentions of one type whose slots do not clash are one document event ("the blast" later in the article is the car
bomb of the lead); an outcome word ("killed", "injured") belongs to the event of another type its sentence names,
else to the article's current event. A value's event is the mention nearest to it in its sentence, else the
event the article is telling of at that point. The align stage matches document events across articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimcheck.extract.context import SentenceContext
from claimcheck.extract.events import EVENT_GRANULARITIES, NO_EVENT, dates_the_saying
from claimcheck.extract.numbers.context import title_case
from claimcheck.extract.temporal.intervals import interval
from claimcheck.lang.en.calendar import MONTHS_AND_DAYS
from claimcheck.lang.en.words import GROUP_SPEAKERS, NOT_PERSON_WORDS, STOPWORDS
from claimcheck.model import DocumentEvent, Granularity, Mention, Place, Span, TimeValue
from claimcheck.ruleset import RuleSet

# Compass words before a place: "in eastern China", "Northwest Iran" (one list for both patterns below).
_COMPASS_WORDS = ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                  "north-?eastern", "north-?western", "south-?eastern", "south-?western", "northeast", "northwest",
                  "southeast", "southwest")
# "in Qamishli", "near the town of Idlib", "in the Kurdish-majority city of Qamishli", "in eastern China".
_PLACE = re.compile(
    r"\b(?:(?:in|at|near|outside|off|across|throughout|from|on|struck|strikes|hit|hits|rocked|rocks|shook|shakes|"
    r"jolted|battered|pounded|ravaged|devastated|killed\s+\w+\s+in)\s+(?:the\s+)?"
    rf"(?:(?:{'|'.join(_COMPASS_WORDS)})\s+)?"
    r"|(?:city|town|village|province|district|region|capital|state|county|island|governorate|neighbourhood|"
    r"neighborhood|port)\s+of\s+)"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,3})")
_COMPASS = re.compile(rf"^(?:{'|'.join(_COMPASS_WORDS)})\s+(?=[A-Z])", re.IGNORECASE)
# Capitalised words after "on"/"at" that name no place: a scale, a platform, a group (and months and weekdays).
_NOT_PLACES = MONTHS_AND_DAYS | frozenset([
    "Richter", "Twitter", "Facebook", "Instagram", "YouTube", "Telegram", "TikTok", "WhatsApp", "X", "Islamic",
    "Al", "Taliban", "Hamas", "Hezbollah", "ISIS", "ISIL", "Daesh", "Boko",
])
_ADJECTIVE_ENDINGS = ("an", "ean", "ian", "ese", "ish", "ic", "ern", "al")
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|and|or|of|to|for|from|by|with|near|after|before|since|when|where|as|"
                         r"late|early|last|this|that|which|who)\b)[a-z][a-z-]+")
_SPEAKER_HERE = re.compile(rf"\b(?:{'|'.join(sorted(GROUP_SPEAKERS))})\s+$", re.IGNORECASE)
# "the Kurdish-majority city of Qamishli": a description before the name ("the Kivu region" is a name).
_PLACE_NOUN = re.compile(r"\s+(?:city|town|village|province|district|region|area|capital|state|county|island|"
                         r"governorate|neighbourhood|neighborhood|port)\s+of\b|\s+(?:territory|border|side|part)\b")
# Aggregates and context: a figure "since the war began", "so far this year", "in total" is not of one event.
_BACKGROUND = re.compile(
    r"\b(?:since\s+(?:the\s+)?(?:start|beginning|outbreak|war|conflict|uprising|invasion|fighting|crisis|"
    r"\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"so\s+far\s+(?:this|in)|this\s+year|last\s+year|earlier\s+this\s+(?:year|month|week)|last\s+(?:month|week)|"
    r"in\s+total|in\s+all\b|altogether|overall|cumulative|a\s+total\s+of|total\s+of|the\s+deadliest\s+since|"
    r"since\s+records\s+began|in\s+recent\s+(?:years|months|weeks)|over\s+the\s+(?:past|last)|"
    r"(?:during|throughout)\s+the\s+(?:war|conflict|year)|previous|previously|a\s+similar|another\s+attack|"
    r"anniversary)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\W*(?:He|She|They|It|His|Her|Their|The\s+(?:gunman|attacker|bomber|shooter))\b")
_COARSE = frozenset({Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.YEAR,
                     Granularity.DECADE, Granularity.CENTURY})
_ORDER = (Granularity.MINUTE, Granularity.HOUR, Granularity.PART_OF_DAY, Granularity.DAY, Granularity.WEEKDAY,
          Granularity.WEEK, Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.YEAR,
          Granularity.DECADE, Granularity.CENTURY)


@dataclass(frozen=True, slots=True)
class Occurrences:
    """A document's events, and for each sentence which event each of its event words belongs to."""

    events: tuple[DocumentEvent, ...]
    triggers: tuple[tuple[tuple[Span, str, int], ...], ...]  # per sentence: (trigger, event key, event index)
    current: tuple[int | None, ...]  # per sentence: the event the article is telling of there


@dataclass(slots=True)
class _Draft:
    """A document event being assembled from its mentions."""

    type: str
    keys: list[str]
    label: str
    mentions: list[Span]
    time: TimeValue | None
    places: set[Place]
    names: set[str]
    participants: set[str]
    background: bool

    def freeze(self, document: str, index: int, *, lead: bool) -> DocumentEvent:
        """The document event."""
        return DocumentEvent(document, index, self.type, tuple(dict.fromkeys(self.keys)), self.label,
                             tuple(self.mentions), self.time, tuple(sorted(self.places, key=lambda p: p.name)),
                             tuple(sorted(self.names)), tuple(sorted(self.participants)), self.background, lead)


def occurrences(contexts: Sequence[SentenceContext], rules: RuleSet) -> Occurrences:
    """The events of one document (from its sentences' contexts) and where each is mentioned."""
    drafts: list[_Draft] = []
    triggers: list[tuple[tuple[Span, str, int], ...]] = []
    current: list[int | None] = []
    active: int | None = None
    recalled: int | None = None  # the event told for context that the sentence before ended on
    for ctx in contexts:
        found: list[tuple[Span, str, int]] = []
        mentions = _mentions(ctx, rules)
        whole = _Places(ctx.sentence.text, rules)
        incidents = [m for m in mentions if m[1] not in rules.events.outcomes]
        # "... 10 days after a gunman attacked a supermarket in Buffalo. He shot dead 10 people.": a sentence
        # opening on a pronoun, naming no time or place of its own, goes on about the event recalled before it.
        going_on = recalled if recalled is not None and _PRONOUN_START.match(ctx.sentence.text) else None
        for span, key in mentions:
            if key in rules.events.outcomes:
                continue
            draft = _draft(ctx, span, key, rules, whole)
            if going_on is not None and not (draft.time or draft.places or draft.names):
                index = going_on
                drafts[index].keys.append(key)
                drafts[index].mentions.append(span)
            else:
                index = _place_mention(drafts, draft, once=draft.type not in rules.events.recurring)
            found.append((span, key, index))
            if not drafts[index].background:
                active = index
        for span, key in mentions:
            if key not in rules.events.outcomes:
                continue
            own_type = rules.events.type_of(key)
            # An outcome belongs to an event that can have it: "the minister visited the site where 261 died"
            # tells of the crash's dead, not of the visit's.
            able = [f for f in found if rules.events.related_types(drafts[f[2]].type, own_type)]
            near = min(able, key=lambda f: abs(f[0].start - span.start), default=None) if incidents else None
            host = near[2] if near is not None else going_on if going_on is not None else active
            if host is not None and not rules.events.related_types(drafts[host].type, own_type):
                host = None
            own = _draft(ctx, span, key, rules, whole)
            host_time = drafts[host].time if host is not None else None
            if host is not None and own.time is not None and host_time is not None and not times_meet(
                    own.time, host_time):
                # "the deputy was killed June 24" in an article about a June 20 shooting: another event of its kind
                own.type = drafts[host].type
                host = None
            if host is not None:
                found.append((span, key, host))
            else:
                drafts.append(own)
                found.append((span, key, len(drafts) - 1))
                active = len(drafts) - 1
        triggers.append(tuple(sorted(found, key=lambda f: f[0].start)))
        current.append(active)
        last = max(found, key=lambda f: f[0].start, default=None)
        recalled = last[2] if last is not None and drafts[last[2]].background else (
            recalled if going_on is not None and not found else None)
    for draft in drafts[1:]:
        if draft.time is not None and draft.time.granularity in _COARSE:
            draft.background = True  # a later event dated to a month or a year is told for context ("in 2003")
    lead = next((i for i, d in enumerate(drafts) if not d.background), None)
    document = contexts[0].document.id if contexts else ""
    events = tuple(d.freeze(document, i, lead=i == lead) for i, d in enumerate(drafts))
    # Before the first event word, the article is telling of its lead event (a headline-less lead: "Five were
    # killed on Monday when a bomb ...").
    return Occurrences(events, tuple(triggers), tuple(c if c is not None else lead for c in current))


def occurrence_of(ctx: SentenceContext, value: Span, key: str | None, rules: RuleSet, *,
                  prefer_current: bool = False) -> int | None:
    """The document event a value of the sentence belongs to.

    It is the event word nearest to it, of its own event key's type when it has one, else the event the article
    is telling of.

    ``prefer_current``: a count goes to an event word of the event the article is telling of when the sentence has
    one ("12 were injured, the worst since the 1991 riots" counts the riot of the article, not of 1991).
    """
    triggers = ctx.triggers
    if prefer_current and ctx.current_event is not None and any(t[2] == ctx.current_event for t in triggers):
        triggers = tuple(t for t in triggers if t[2] == ctx.current_event)
    if key is not None:
        kind = rules.events.type_of(key)
        same = [t for t in triggers if rules.events.type_of(t[1]) == kind or t[1] == key]
        triggers = tuple(same) or triggers
    if not triggers:
        return ctx.current_event
    return min(triggers, key=lambda t: (abs(t[0].start - value.start), t[0].start))[2]


def with_occurrences(ctx: SentenceContext, found: Occurrences, index: int, **more: object) -> SentenceContext:
    """The context of the document's ``index``-th sentence with its event words and current event.

    ``more`` fields are set in the same copy: one copy of the context, not two.
    """
    return replace(ctx, triggers=found.triggers[index], current_event=found.current[index], triggers_known=True,
                   **more)  # type: ignore[arg-type]


def _mentions(ctx: SentenceContext, rules: RuleSet) -> list[tuple[Span, str]]:
    """(span, event key) of every event word of the sentence."""
    text, offset = ctx.sentence.text, ctx.sentence.start
    found = ((Span(offset + m.start(), offset + m.end()), rules.events.key(m.group()))
             for m in rules.events.pattern.finditer(text))
    return [(span, key) for span, key in found if rules.events.type_of(key) != NO_EVENT]


class _Places:
    """The places of a sentence's spans, each read once (a sentence's event words often share a clause)."""

    __slots__ = ("found", "rules", "text")

    def __init__(self, text: str, rules: RuleSet) -> None:
        self.text, self.rules = text, rules
        self.found: dict[tuple[int, int], tuple[set[Place], set[str]]] = {}

    def of(self, left: int, right: int) -> tuple[set[Place], set[str]]:
        """The places of ``text[left:right]`` (copies: the caller may add to them)."""
        found = self.found.get((left, right))
        if found is None:
            found = self.found[(left, right)] = places_of(self.text, left, right, self.rules)
        return set(found[0]), set(found[1])

    def __call__(self) -> tuple[set[Place], set[str]]:
        """The places of the whole sentence."""
        return self.of(0, len(self.text))


def _draft(ctx: SentenceContext, span: Span, key: str, rules: RuleSet, sentence_places: _Places) -> _Draft:
    """A one-mention event with the slots of its clause (else the places of its sentence)."""
    left, right = ctx.clause_bounds(span)
    text = ctx.sentence.text
    position = span.start - ctx.sentence.start
    recalled = of_an_earlier_event(text, left, position)
    split = False
    for earlier in _EARLIER.finditer(text, left, right):  # "came 10 days after a gunman attacked ... in Buffalo"
        split = True
        if earlier.start() >= position:
            right = earlier.start()  # the slots of "the shooting" stop where the earlier event begins
            break
        left = earlier.end()
    time = _time(ctx, span, left, right)
    places, names = sentence_places.of(left, right)
    named = _named_before(ctx, position, rules) if rules.events.type_of(key) not in rules.events.recurring else None
    if named is not None:  # "the Nepal earthquake" (not "the Obama visit": visits and rallies recur)
        (places if isinstance(named, Place) else names).add(named)  # type: ignore[arg-type]
    if not places and not names and not split:  # "wounded on May 3 at 7 p.m. near the Lakewood station": the
        # sentence's place (not when "10 days after" gives the rest of the sentence to an earlier event)
        found = sentence_places()
        places, names = set(found[0]), set(found[1])
    background = (is_background(text, left, right) or _stale(time, ctx) or after_since(text, position)
                  or recalled)
    people = {name for person, name in ctx.people}
    return _Draft(rules.events.type_of(key), [key], " ".join(text[span.start - ctx.sentence.start:
                                                                    span.end - ctx.sentence.start].lower().split()),
                  [span], time, places, names, people, background)


# The place that names an event before its word: "the Nepal earthquake", "the Hathras stampede", "in Beirut's port
# explosion", "the Balasore train accident" (one lower-case word may stand between). A lower-case word comes
# before it: a capitalised word opening a sentence or a clause ("Kathmandu: Deadly earthquake") names nothing.
_NAMED_BEFORE = re.compile(r"(?:\b[a-z][a-z’'-]*|\b(?:The|A|An|This|That))\s+"
                           r"(?P<name>[A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+){0,2}?)(?:['’]s)?"
                           r"(?:\s+[a-z][a-z-]+)?\s+$")


def _named_before(ctx: SentenceContext, position: int, rules: RuleSet) -> Place | str | None:
    """The gazetteer place, or other place name, written right before the event word at ``position``.

    In a Title Case headline ("Massive Earthquake Hits") only a gazetteer place counts; a name the article gives
    a person ("the Obama visit") is none.
    """
    text = ctx.sentence.text
    found = _NAMED_BEFORE.search(text, max(0, position - 60), position)
    if found is None:
        return None
    name = found.group("name")
    if name.split()[0] in _NOT_PLACES:
        return None
    place = rules.places.place(name)
    if place:
        return Place(*place)
    if ctx.sentence.headline or title_case(text) or rules.places.is_demonym(name.split()[0]):
        return None
    if any(name in person or person.endswith(name) for _, person in ctx.people):
        return None
    return fold_name(name) if _is_place_name(name, rules) else None


def _time(ctx: SentenceContext, span: Span, left: int, right: int) -> TimeValue | None:
    """The date of the clause nearest to the event word (none when it dates a saying, not the event)."""
    best: tuple[int, Mention] | None = None
    offset = ctx.sentence.start
    for mention in ctx.times:
        value = mention.value
        start = mention.span.start - offset
        if (not isinstance(value, TimeValue) or value.granularity.value not in EVENT_GRANULARITIES
                or not left <= start < right or dates_the_saying(ctx, mention)):
            continue
        distance = abs(mention.span.start - span.start)
        if best is None or distance < best[0]:
            best = (distance, mention)
    return best[1].value if best and isinstance(best[1].value, TimeValue) else None


def is_background(text: str, left: int, right: int) -> bool:
    """Whether ``text[left:right]`` tells of a figure for context.

    An aggregate ("since the war began", "in total") or an earlier event ("last month", "a similar attack").
    """
    return bool(_BACKGROUND.search(text, left, right))


# "the deadliest school shooting since the massacre at Sandy Hook, when a gunman shot dead 20 children": what
# follows "since" in a comparison tells of the earlier event.
_SINCE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+\w+)\b[^.;!?]{0,80}?\bsince\b",
                    re.IGNORECASE)


# "came 10 days after a gunman killed 10 people in Buffalo": a count in the clause of the earlier event.
_EARLIER = re.compile(r"\b(?:\d+|a\s+few|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
                      r"(?:days|weeks|months|years)\s+(?:after|before)\b", re.IGNORECASE)


def after_since(text: str, position: int) -> bool:
    """Whether ``position`` of the sentence follows a comparison with an earlier event ("the worst since ...")."""
    found = _SINCE.search(text, 0, position)
    return found is not None and found.end() <= position


def of_an_earlier_event(text: str, left: int, position: int) -> bool:
    """Whether a count at ``position`` follows "10 days after" in its clause (from ``left``): the earlier event's.

    Only in the count's own clause: "Two days after the quake, the toll rose to 300" counts the quake.
    """
    found = _EARLIER.search(text, left, position)
    return found is not None and not re.search(r"[,;:]", text[found.end() : position])


def _stale(time: TimeValue | None, ctx: SentenceContext) -> bool:
    """A month or a year that does not hold the publication date: the event is told for context ("in 2016")."""
    published = ctx.document.published
    if time is None or published is None or time.granularity not in _COARSE or not time.anchored:
        return False
    return not time.value.startswith(published.isoformat()[: len(time.value)])


def places_of(text: str, left: int, right: int, rules: RuleSet) -> tuple[set[Place], set[str]]:
    """Gazetteer places and other place names written in ``text[left:right]``."""
    places: set[Place] = set()
    names: set[str] = set()
    for match in _PLACE.finditer(text, left, right):
        name = match.group("name")
        if not rules.places.place(name):
            name = _COMPASS.sub("", name)  # "Northwest Iran": Iran (but "South Africa")
        if name.split()[0] in _NOT_PLACES:
            continue  # "on the Richter scale", "on Islamic State"
        if _PLACE_NOUN.match(text, match.end()) or rules.places.is_demonym(name.split()[0]):
            continue  # "in the Kurdish-majority city of ...", "in Syrian territory": a description, not the name
        if _SPEAKER_HERE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "officials in Santiago said": where the speakers are, not where it happened
        if " " not in name and name.endswith(_ADJECTIVE_ENDINGS) and _NOUN_AFTER.match(text, match.end()):
            continue  # "in the European region", "at the Olympic stadium": an adjective, not a place
        found = rules.places.place(name)
        if found:
            places.add(Place(*found))
            continue
        words = name.split()
        first = rules.places.place(words[0]) if len(words) > 1 else None
        if first:  # "Kabul Monday", "Syria Tuesday": the place, then other capitalised words
            places.add(Place(*first))
        elif _is_place_name(name, rules):
            names.add(fold_name(name))
    return places, names


def _is_place_name(name: str, rules: RuleSet) -> bool:
    """A capitalised run after "in"/"at" that is no month, weekday, title or organisation word."""
    words = [re.sub(r"['’]s?$", "", w) for w in name.split()]
    if any(w in MONTHS_AND_DAYS or w in STOPWORDS for w in words):
        return False
    if words[-1] in NOT_PERSON_WORDS - {"Island", "Islands", "Park", "Square", "Street", "Road", "Avenue",
                                        "Station", "Airport", "Stadium", "River", "Sea", "Coast"}:
        return False  # "in the Foreign Ministry", "at the University": an organisation, not a place
    return not rules.titles.offices_of(words[0])


def fold_name(name: str) -> str:
    """A place name folded for matching across spellings: lower case, no accents, no possessive."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"['’]s$", "", plain)
    return " ".join(plain.lower().replace("-", " ").split())


def month_day(value: TimeValue) -> str | None:
    """The month and day of a day-precision value, year written or not ("06-20" of "XXXX-06-20")."""
    found = re.match(r"^(?:\d{4}|XXXX)-(\d{2}-\d{2})", value.value)
    return found.group(1) if found and value.granularity in (Granularity.DAY, Granularity.PART_OF_DAY) else None


def finer(a: TimeValue | None, b: TimeValue | None) -> TimeValue | None:
    """The more precise of two times of one event."""
    if a is None or b is None:
        return a or b
    rank = {g: i for i, g in enumerate(_ORDER)}
    if a.anchored != b.anchored:
        return a if a.anchored else b
    return a if rank.get(a.granularity, 99) <= rank.get(b.granularity, 99) else b


def _place_mention(drafts: list[_Draft], new: _Draft, *, once: bool = False) -> int:
    """Merge a one-mention event into the latest compatible event of its type, or add it; its index.

    A mention not told for context goes to an event the article tells of, not to one it recalls ("the riots" of
    today, not the 1991 riots of the sentence before), when it has one. ``once``: the type does not recur day
    after day (a quake, a crash, a bombing), so mentions dated a few days apart are one event told with the dates
    of its aftermath ("buildings collapsed on April 26", "aid was loaded on Monday"), dated by the earliest.
    """
    order = list(range(len(drafts) - 1, -1, -1))
    if not new.background:
        order.sort(key=lambda i: drafts[i].background)  # stable: latest first among those told of, then the rest
    for index in order:
        draft = drafts[index]
        if draft.type == new.type and (_compatible(draft, new) or (once and _aftermath(draft, new))):
            draft.keys.extend(new.keys)
            draft.mentions.extend(new.mentions)
            draft.time = finer(draft.time, new.time) if _compatible(draft, new) else _earliest(draft.time, new.time)
            draft.places |= new.places
            draft.names |= new.names
            draft.participants |= new.participants
            draft.background = draft.background and new.background
            return index
    drafts.append(new)
    return len(drafts) - 1


AFTERMATH_DAYS = 7  # how long after a one-off event an article still dates its aftermath with the event word


def _aftermath(a: _Draft, b: _Draft) -> bool:
    """Two mentions of a one-off event dated to days less than ``AFTERMATH_DAYS`` apart, slots otherwise alike."""
    if a.time is None or b.time is None or not (a.time.anchored and b.time.anchored):
        return False
    if a.time.granularity in _COARSE or b.time.granularity in _COARSE:
        return False
    first, second = interval(a.time), interval(b.time)
    if first is None or second is None or abs((first[0] - second[0]).days) >= AFTERMATH_DAYS:
        return False
    return _compatible(replace_time(a), replace_time(b))


def replace_time(draft: _Draft) -> _Draft:
    """A copy of a draft without its time (to test its other slots)."""
    return _Draft(draft.type, draft.keys, draft.label, draft.mentions, None, draft.places, draft.names,
                  draft.participants, draft.background)


def _earliest(a: TimeValue | None, b: TimeValue | None) -> TimeValue | None:
    """The earlier of two anchored times (the event, before the days of its aftermath)."""
    if a is None or b is None:
        return a or b
    first, second = interval(a), interval(b)
    if first is None or second is None:
        return finer(a, b)
    return a if first[0] <= second[0] else b


def _compatible(a: _Draft, b: _Draft) -> bool:
    """Two mentions of one type that can be one event.

    Their times and places do not clash, and neither is told for context while the other is not.

    A mention dated only to a month or a year never joins an event with no date ("the attack" of the lead, then
    "a similar attack in 2018"): it is another event, told for context.
    """
    if a.time is not None and b.time is not None:
        if not times_meet(a.time, b.time):
            return False
        if (a.time.granularity in _COARSE) != (b.time.granularity in _COARSE) and not (a.time.anchored
                                                                                      and b.time.anchored):
            return False  # "on Sunday" against "in mid-2016" of an undated article: no telling they meet
    if a.background != b.background:
        return False
    if (a.time is None) != (b.time is None) and (a.time or b.time).granularity in _COARSE:  # type: ignore[union-attr]
        return False
    if a.places and b.places and not any(p.compatible(q) for p in a.places for q in b.places):
        return False
    return not (a.names and b.names and not a.names & b.names and not (a.places and b.places))


def times_meet(a: TimeValue, b: TimeValue) -> bool:
    """Two times that can be of one event: equal, or one inside the other (unanchored weekdays: the same day)."""
    if not a.anchored or not b.anchored:
        day_a, day_b = month_day(a), month_day(b)
        if day_a and day_b:  # "June 20" of an undated article against "June 24, 2005": different days
            return day_a == day_b
        return a.weekday is None or b.weekday is None or a.weekday == b.weekday
    first, second = interval(a), interval(b)
    if first is None or second is None:
        return True
    return first[0] < second[1] and second[0] < first[1]
