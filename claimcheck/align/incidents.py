"""Incidents: the document events of all articles that report one real event, matched by an explainable score.

Two document events can be one incident only when their types agree or are related (rules/events.yml). Their
slots then add evidence or rule the match out:

- time: the same day counts for, a day apart against (two reports of a recurring type of event, each dated the
  same way relative to its own publication, are two events: Monday's rally and Tuesday's), further apart rules
  it out; a date and an undated event are weighed by the publication date of the undated one; an undated event
  must make up for its missing date unless its article names the other's year or they share people;
- place: a shared city or site (matched across spellings and by distinctive words: Qamishli, Qameshli) counts
  for, different cities against, cities of different countries rule the match out;
- participants: shared people count for, only different ones against;
- the words of the event's sentences, the tf-idf cosine of the two articles and their story count for.

Events are taken in publication order; each joins the incident it matches best (at ``THRESHOLD`` or more, and
ruled out by none of its latest members), else starts one. Candidates come from an index of type family with
place, or with publication week for events with no place, and a dated event meets at most ``CANDIDATES`` of
them, so the cost grows with the events of one type in one place and time, not with the square of the corpus.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.extract.occurrences import month_day, times_meet
from claimcheck.extract.temporal.intervals import interval, weekday_of
from claimcheck.model import DocumentEvent, Granularity, TimeValue
from claimcheck.ruleset.tables import EventTable

NO_EVENTS = EventTable({})  # no related or recurring types: each type matches only itself

THRESHOLD = 3.5
UNDATED_PENALTY = 2.0  # what an event with no date, and no people shared with the other, must make up for
HARD = float("-inf")
STALE_DAYS = 45  # an undated event published this long after an incident's latest report is not matched with it
WEEKS_BACK = 7  # an event with no place meets the incidents reported in the weeks before its publication
MEMBERS_COMPARED = 12  # an event is checked against an incident's latest members, not all of a big incident
MEMBERS_SCORED = 4  # of those, the latest are scored in full; the others can only rule the event out
SURE = THRESHOLD + 5  # a match this strong ends the search for a better one
CANDIDATES = 30  # a dated event is matched against this many incidents at most (sharing most blocks, then latest)
_DAY_LEVEL = frozenset({Granularity.DAY, Granularity.PART_OF_DAY, Granularity.HOUR, Granularity.MINUTE})
_GENERIC_KEYS = frozenset({"attack"})  # event keys that name no particular kind of their type
_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset([
    "that", "with", "from", "this", "have", "were", "their", "they", "said", "says", "which", "about", "after",
    "before", "there", "been", "would", "could", "other", "into", "more", "than", "also", "when", "where", "while",
    "will", "them", "those", "these", "being", "some", "such", "only", "over", "under", "people", "killed",
    "injured", "wounded", "dead", "least", "according", "reported", "report", "reports", "told", "year", "years",
    "days", "week"
])


@dataclass(frozen=True, slots=True)
class EventView:
    """A document event with what the match needs from its article."""

    event: DocumentEvent
    published: dt.date | None
    outlet: str
    participants: frozenset[str]  # people, named as across documents
    places: frozenset[str]  # folded city-level places and other place names
    countries: frozenset[str]
    words: frozenset[str]  # content words of its mentions' sentences
    cast: frozenset[str] = frozenset()  # the people its article names most, named as across documents
    cities: frozenset[str] = frozenset()  # of ``places``, the cities the gazetteer knows
    city_countries: frozenset[str] = frozenset()  # the countries of those cities: surer than a country named
    keywords: frozenset[str] = frozenset()  # the proper nouns of its article
    years: frozenset[int] = frozenset()  # the years its article's dates name
    vector: Mapping[str, float] = field(default_factory=dict)  # its article's weighted words (``article_vectors``)
    inherited: bool = False  # its places are its article's, not its own sentences'
    magnitudes: frozenset[float] = frozenset()  # the quake magnitudes its article gives

    @property
    def key(self) -> tuple[str, int]:
        """(document, event index)."""
        return self.event.document, self.event.index


@dataclass(frozen=True, slots=True)
class Match:
    """How two events compare: a score, whether they are one incident, and the evidence in words."""

    score: float
    reasons: tuple[str, ...]

    @property
    def same(self) -> bool:
        """Whether the evidence makes them one incident."""
        return self.score >= THRESHOLD


@dataclass(frozen=True, slots=True)
class Incident:
    """One real event as several articles report it."""

    id: str
    type: str
    members: tuple[tuple[str, int], ...]  # (document, event index)


@dataclass(frozen=True, slots=True)
class IncidentIndex:
    """Every incident, the incident of each document event, and why each event joined its incident."""

    incidents: tuple[Incident, ...]
    of: dict[tuple[str, int], str]
    evidence: dict[tuple[str, int], Match] = field(default_factory=dict)  # the match that joined each event
    views: dict[tuple[str, int], EventView] = field(default_factory=dict)


def match(a: EventView, b: EventView, *, story: bool = False, ignoring: str | None = None,
          table: EventTable = NO_EVENTS) -> Match:
    """The evidence that two events of different articles are one incident (``ignoring`` a slot under test).

    Events of different types are never one incident, unless the table's ``related`` pairs their types (a riot
    and a fire-bomb attack), at a cost.
    """
    if a.event.type == b.event.type:
        reasons: list[str] = [f"both {a.event.type}"]
        score = 0.0
    elif table.related_types(a.event.type, b.event.type):
        reasons = [f"{a.event.type} and {b.event.type}"]
        score = -1.0
    else:
        return Match(HARD, (f"different types ({a.event.type}, {b.event.type})",))
    # The slots that can rule the match out first, the costlier evidence after.
    parts: list[Callable[[], tuple[float, str]]] = []
    if ignoring != "time":
        parts.append(lambda: _time(a, b, recurring=a.event.type in table.recurring))
    if ignoring != "place":
        parts.append(lambda: _place(a, b))
    parts.extend((lambda: _kinds(a, b, table), lambda: _magnitudes(a, b), lambda: _participants(a, b),
                  lambda: _words(a, b),
                  lambda: _similar(a, b),
                  (lambda: (1.5, "the articles tell one story")) if story else (lambda: _keywords(a, b))))
    for part in parts:
        points, reason = part()
        if points == HARD:
            return Match(HARD, (*reasons, reason))
        score += points
        if reason:
            reasons.append(reason)
    if ignoring != "time" and (_undated(a) or _undated(b)) and not (a.participants or a.cast) & (b.participants
                                                                                                or b.cast):
        # Nothing says when one of them happened: a place alone is not enough (two attacks on one city years
        # apart), so more of the rest must agree, unless the undated article names the other's year.
        year = _year_between(a, b)
        if year is not None:
            return Match(score + 0.5, (*reasons, f"the undated article names {year}"))
        both = _undated(a) and _undated(b)
        return Match(score - UNDATED_PENALTY, (*reasons, "no date on either side, and no shared names" if both
                                               else "one side undated, and no shared names"))
    return Match(score, tuple(reasons))


MAGNITUDE_APART = 0.5  # outlets round or revise a quake's magnitude by a few tenths; not by half a point


def _magnitudes(a: EventView, b: EventView) -> tuple[float, str]:
    """Evidence from the magnitudes two articles give: a quake of 5.6 is not one of 6.1 (5.9 and 6.1 may be)."""
    if not a.magnitudes or not b.magnitudes:
        return 0.0, ""
    gap = min(abs(x - y) for x in a.magnitudes for y in b.magnitudes)
    shown = f"{'/'.join(f'{m:g}' for m in sorted(a.magnitudes))}; {'/'.join(f'{m:g}' for m in sorted(b.magnitudes))}"
    if gap >= MAGNITUDE_APART:
        return -3.0, f"different magnitudes ({shown})"
    return (1.0, f"same magnitude ({shown})") if gap < 0.05 else (0.0, "")


def _year_between(a: EventView, b: EventView) -> int | None:
    """The year that ties an undated article to the other event, if any.

    Of a dated event, its year when the undated article names it too; of two undated ones, the latest year both
    name.
    """
    if _undated(a) and _undated(b):
        return max(a.years) if a.years and b.years and max(a.years) == max(b.years) else None
    dated, other = (b, a) if _undated(a) else (a, b)
    year = _year(dated)
    return year if year is not None and year in other.years else None


def _year(view: EventView) -> int | None:
    """The year an event happened in: of its date, else of its article's publication."""
    time = view.event.time
    if time is not None and time.anchored and time.value[:4].isdigit():
        return int(time.value[:4])
    return view.published.year if view.published else None


def _undated(view: EventView) -> bool:
    """An event whose article gives no calendar date for it (no publication date, no anchored date)."""
    return view.published is None and (view.event.time is None or not view.event.time.anchored)


def _kinds(a: EventView, b: EventView, table: EventTable) -> tuple[float, str]:
    """Particular kinds of one type, or of related types: a bombing is not an airstrike, nor an earthquake.

    What an event did (deaths, damage) is of any kind.
    """
    if a.event.type in table.outcomes or b.event.type in table.outcomes:
        return 0.0, ""
    ka = set(a.event.keys) - _GENERIC_KEYS - table.outcomes
    kb = set(b.event.keys) - _GENERIC_KEYS - table.outcomes
    if ka and kb and not ka & kb:
        points = -2.0 if a.event.type == b.event.type else -1.5
        return points, f"different kinds ({'/'.join(sorted(ka))} against {'/'.join(sorted(kb))})"
    if ka & kb:
        return 0.5, ""
    return 0.0, ""


def _time(a: EventView, b: EventView, *, recurring: bool = False) -> tuple[float, str]:
    """Evidence from the events' times and the articles' publication dates."""
    ta, tb = a.event.time, b.event.time
    if ta is not None and tb is not None:
        return _two_times(ta, tb, a.published, b.published, recurring=recurring)
    if ta is not None or tb is not None:
        dated, other = (a, b) if ta is not None else (b, a)
        return _time_and_publication(dated.event.time, other.published)  # type: ignore[arg-type]
    if a.published and b.published:
        gap = abs((a.published - b.published).days)
        if gap > 30:
            return HARD, f"published {gap} days apart, no date of the event"
        if gap > 7:
            return -2.0, f"published {gap} days apart"
        return (0.5, "published within days") if gap <= 2 else (0.0, "")
    return 0.0, ""


def _two_times(ta: TimeValue, tb: TimeValue, pa: dt.date | None, pb: dt.date | None, *,
               recurring: bool = False) -> tuple[float, str]:
    """Two dated events: the same day, a day apart, or further.

    Each dated the same way relative to its own publication, a day apart, events of a ``recurring`` type are two
    events (Monday's rally, Tuesday's rally); of another type, it is one event that one outlet misdates ("Sunday
    night", "early Monday").
    """
    if ta.anchored and tb.anchored:
        if ta.granularity in _DAY_LEVEL and tb.granularity in _DAY_LEVEL:
            da, db = _day(ta), _day(tb)
            if da is None or db is None:
                return 0.0, ""
            gap = abs((da - db).days)
            if gap == 0:
                return 3.0, f"same day ({da})"
            if gap == 1:
                if pa and pb and (pa - da) == (pb - db):
                    lag = abs((pa - da).days)
                    return (HARD if recurring else -2.5), f"each dated {lag} days before its publication ({da}, {db})"
                return -1.0, f"a day apart ({min(da, db)}, {max(da, db)})"
            return HARD, f"different days ({da}, {db})"
        first, second = interval(ta), interval(tb)
        if first and second and not (first[0] < second[1] and second[0] < first[1]):
            return HARD, f"different times ({ta.value}, {tb.value})"
        return 1.0, f"compatible times ({ta.value}, {tb.value})"
    day_a, day_b = month_day(ta), month_day(tb)
    if day_a and day_b:
        if times_meet(ta, tb):
            return 2.0, f"same day of the month ({day_a})"
        if _days_apart(day_a, day_b) == 1:
            return -1.0, f"a day apart ({day_a}, {day_b})"
        return HARD, f"different days ({ta.value[:10]}, {tb.value[:10]})"
    wa, wb = weekday_of(ta), weekday_of(tb)
    if wa is None or wb is None:
        return 0.0, ""
    gap = min((wa - wb) % 7, (wb - wa) % 7)
    if gap == 0:
        return 1.0, "same weekday"
    return (-1.0, "weekdays a day apart") if gap == 1 else (HARD, "different weekdays")


def _days_apart(a: str, b: str) -> int | None:
    """Days between two month-days ("08-12", "08-13") of one leap year; None when one is no real day."""
    try:
        return abs((dt.date(2000, *map(int, a.split("-"))) - dt.date(2000, *map(int, b.split("-")))).days)
    except ValueError:
        return None


def _time_and_publication(time: TimeValue, published: dt.date | None) -> tuple[float, str]:
    """A dated event against an undated one: the undated article must be published on or after the date."""
    day = _day(time) if time.anchored and time.granularity in _DAY_LEVEL else None
    if day is None or published is None:
        return 0.0, ""
    lag = (published - day).days
    if lag < -1:
        return HARD, f"published {-lag} days before the other's date ({day})"
    if lag > 21:
        return HARD, f"published {lag} days after the other's date ({day}), no date of its own"
    if lag > 7:
        return -1.0, f"published {lag} days after the other's date"
    return 0.5, f"published {max(lag, 0)} days after the other's date ({day})"


def _day(time: TimeValue) -> dt.date | None:
    """The first day a time covers."""
    found = interval(time)
    return found[0] if found else None


def _place(a: EventView, b: EventView) -> tuple[float, str]:
    """Evidence from the places: one place, one country, or different ones.

    Only the countries of cities rule a match out; a country merely named may be the attacker's or the victims'
    ("a Turkish airstrike in Syria").
    """
    if a.city_countries and b.city_countries and not a.city_countries & b.city_countries:
        return HARD, (f"different countries ({', '.join(sorted(a.city_countries))}; "
                      f"{', '.join(sorted(b.city_countries))})")
    if a.inherited or b.inherited:  # the article's places, not the event's: weaker, and never against
        shared = _shared_places(a.places, b.places)
        return (1.5, f"same place in the articles ({shared})") if shared else (0.0, "")
    sites_a, sites_b = a.places - a.cities, b.places - b.cities
    city = _shared_places(a.cities, b.cities)
    site = _shared_places(sites_a, sites_b) or (None if city else _shared_places(a.places, b.places))
    if city and site:
        return 4.0, f"same place ({city}; {site})"
    if site:
        return 3.0, f"same place ({site})"
    if city:
        return 2.5, f"same city ({city})"
    if a.countries and b.countries and not a.countries & b.countries:
        return -1.0, f"different countries named ({', '.join(sorted(a.countries))}; {', '.join(sorted(b.countries))})"
    if a.cities and b.cities:
        return -2.0, f"different cities ({', '.join(sorted(a.cities))}; {', '.join(sorted(b.cities))})"
    if sites_a and sites_b and not (a.cities or b.cities):
        return -1.0, f"different places ({', '.join(sorted(a.places))}; {', '.join(sorted(b.places))})"
    # A city on one side and a site on the other ("El Paso", "the Cielo Vista Walmart") may be one place.
    if a.countries & b.countries:
        return 1.0, f"same country ({', '.join(sorted(a.countries & b.countries))})"
    return 0.0, ""


_SITE_WORDS = frozenset([
    "city", "town", "village", "province", "district", "region", "county", "state", "street", "road", "avenue",
    "square", "market", "airport", "station", "hospital", "school", "university", "mosque", "church", "temple",
    "camp", "base", "border", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "city's", "area", "near", "outside"
])


def _shared_places(a: frozenset[str], b: frozenset[str]) -> str | None:
    """A place named on both sides, allowing for spelling and for more or fewer words.

    Qamishli, Qameshli and Qamishlo are one place; so are "Ataturk airport" and "Istanbul's Ataturk airport".
    """
    if not a or not b:
        return None
    names_a, tokens_a = _place_index(a)
    names_b, tokens_b = _place_index(b)
    for x in names_a:
        for y in names_b:
            if x == y or (len(x) >= 5 and len(y) >= 5 and fuzz.ratio(x, y) >= 80):
                return x if x == y else f"{x} ~ {y}"
    for t in tokens_a:
        for u in tokens_b:
            if t == u or (len(t) >= 5 and len(u) >= 5 and fuzz.ratio(t, u) >= 85):
                return f"{tokens_a[t]} ~ {tokens_b[u]}"
    return None


@lru_cache(maxsize=1 << 16)
def _place_index(places: frozenset[str]) -> tuple[tuple[str, ...], dict[str, str]]:
    """The names of a set of places in order, and their distinctive words (word → name), computed once."""
    names = tuple(sorted(places))
    return names, {t: name for name in names for t in _place_tokens(name)}


def _place_tokens(name: str) -> list[str]:
    """The distinctive words of a place name: not "city", "province", "airport"."""
    return [t for t in re.findall(r"[a-z]+", name.removesuffix("'s")) if len(t) >= 4 and t not in _SITE_WORDS]


def _participants(a: EventView, b: EventView) -> tuple[float, str]:
    """Evidence from the people the events' sentences name, else the people their articles name most."""
    shared = a.participants & b.participants
    if shared:
        return min(4.0, 1.0 + len(shared)), f"shared names: {', '.join(sorted(shared))}"
    if a.participants and b.participants:
        return -0.5, "different names"
    common = (a.participants or a.cast) & (b.participants or b.cast)
    if common:
        return min(2.5, 1.0 + 0.5 * len(common)), f"articles about {', '.join(sorted(common))}"
    return 0.0, ""


def _keywords(a: EventView, b: EventView) -> tuple[float, str]:
    """Evidence from the proper nouns of the two articles, when they fall short of one story."""
    if not a.keywords or not b.keywords:
        return 0.0, ""
    shared = len(a.keywords & b.keywords)
    similarity = shared / (len(a.keywords) + len(b.keywords) - shared)
    if similarity >= 0.15 and shared >= 3:
        return 0.75, "articles alike in their names"
    return 0.0, ""


def _words(a: EventView, b: EventView) -> tuple[float, str]:
    """Evidence from the words of the events' sentences."""
    if not a.words or not b.words:
        return 0.0, ""
    overlap = len(a.words & b.words) / min(len(a.words), len(b.words))
    if overlap >= 0.5:
        return 1.5, "alike sentences"
    return (0.5, "") if overlap >= 0.3 else (0.0, "")


def _similar(a: EventView, b: EventView) -> tuple[float, str]:
    """Evidence from how alike the two articles are in their words (cosine of their weighted words)."""
    if not a.vector or not b.vector:
        return 0.0, ""
    va, vb = a.vector, b.vector
    cosine = sum(va[word] * vb[word] for word in va.keys() & vb.keys())
    points = max(-1.0, min(4.0, 15 * (cosine - 0.1)))
    if points >= 0.5:
        return points, f"alike articles ({cosine:.2f})"
    return (points, f"unlike articles ({cosine:.2f})") if points < 0 else (points, "")


VECTOR_WORDS = 40  # the words kept of each article's vector: enough to compare, small for 100k articles


def article_vectors(texts: Mapping[str, str]) -> dict[str, dict[str, float]]:
    """Each article's most telling words, weighted by tf-idf over the corpus and normalised (top ``VECTOR_WORDS``).

    Two reports of one incident share its particular words (the site, the weapon, the victims); two incidents of
    one kind share only the common ones, which the weighting discounts.
    """
    counts = {doc: Counter(w for w in _WORD.findall(text.lower()) if w not in _COMMON) for doc, text in texts.items()}
    frequency: Counter[str] = Counter()
    for found in counts.values():
        frequency.update(found.keys())
    total = len(counts)
    vectors: dict[str, dict[str, float]] = {}
    for doc, found in counts.items():
        weights = {w: (1 + math.log(n)) * (1 + math.log((1 + total) / (1 + frequency[w]))) for w, n in found.items()}
        norm = math.sqrt(sum(weight * weight for weight in weights.values())) or 1.0
        # A word of no other article matches none: it counts in the norm only.
        top = sorted(((w, x) for w, x in weights.items() if frequency[w] > 1),
                     key=lambda item: (-item[1], item[0]))[:VECTOR_WORDS]
        vectors[doc] = {w: weight / norm for w, weight in top}
    return vectors


def event_words(text: str) -> frozenset[str]:
    """The content words of some sentences, for comparing how two articles describe an event."""
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _COMMON)


def cluster(views: Sequence[EventView], stories: frozenset[tuple[str, str]],
            table: EventTable = NO_EVENTS) -> IncidentIndex:
    """Group the events of all documents into incidents (see the module docstring)."""
    family = _families(table.related)
    order = sorted(views, key=lambda v: (v.published or dt.date.max, v.event.document, v.event.index))
    members: list[list[EventView]] = []
    types: list[str] = []
    index: dict[tuple[str, str], dict[int, None]] = defaultdict(dict)  # block → incidents (an ordered set)
    of: dict[tuple[str, int], str] = {}
    evidence: dict[tuple[str, int], Match] = {}
    latest: list[dt.date | None] = []  # the latest publication of each incident's members
    days: list[set[dt.date]] = []  # the days its members date it to
    for view in order:
        best: tuple[float, int, Match] | None = None
        day = _event_day(view)
        shared = Counter(_candidates(view, index, family))  # incident → how many of the event's blocks hold it
        # A dated event meets the incidents sharing most of its blocks, then the latest; an undated one all of
        # its blocks' (nothing says which are near it in time).
        chosen = sorted(shared, key=lambda n: (-shared[n], -n))[:CANDIDATES] if view.published else list(shared)
        for candidate in sorted(chosen):
            last = latest[candidate]
            if view.published and last and (view.published - last).days > STALE_DAYS and (
                    day is None or not any(abs((day - other).days) <= 1 for other in days[candidate])):
                continue  # published long after every report of it, and not dated to one of its days
            found = _against(view, members[candidate][-MEMBERS_COMPARED:], stories, table)
            if found is not None and found.same and (best is None or found.score > best[0]):
                best = (found.score, candidate, found)
                if found.score >= SURE:
                    break  # as sure as a match gets: the rest need not be tried
        if best is None:
            members.append([view])
            types.append(view.event.type)
            latest.append(view.published)
            days.append(set())
            number = len(members) - 1
        else:
            number = best[1]
            members[number].append(view)
            latest[number] = view.published or latest[number]
            evidence[view.key] = best[2]
        if day is not None:
            days[number].add(day)
        for block in _blocks(view, family):
            index[block][number] = None
        of[view.key] = f"I{number + 1}"
    incidents = tuple(Incident(f"I{n + 1}", types[n], tuple(v.key for v in group)) for n, group in enumerate(members))
    return IncidentIndex(incidents, of, evidence, {v.key: v for v in views})


def _event_day(view: EventView) -> dt.date | None:
    """The day an event is dated to, when its time is a calendar day."""
    time = view.event.time
    if time is None or not time.anchored or time.granularity not in _DAY_LEVEL:
        return None
    return _day(time)


def _families(related: frozenset[frozenset[str]]) -> dict[str, str]:
    """Each related type's family: the types it is related to, directly or through others, named by the first."""
    parent: dict[str, str] = {}

    def root(kind: str) -> str:
        while parent.setdefault(kind, kind) != kind:
            kind = parent[kind]
        return kind

    for group in sorted(sorted(g) for g in related):
        first, *rest = group
        for other in rest:
            a, b = root(first), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {kind: root(kind) for kind in parent}


def _against(view: EventView, group: list[EventView], stories: frozenset[tuple[str, str]],
             table: EventTable) -> Match | None:
    """The best match of an event with the members of an incident; None when one of them rules it out.

    An event of one type joins members of another (a bombing, an industrial fire) only by matching them itself,
    not through what both did (the deaths of a bombing do not make an earthquake of that day one incident).
    """
    best: Match | None = None
    scored = group[-MEMBERS_SCORED:]
    for member in group:
        if member.event.document == view.event.document:
            return None  # an article's events are different events by construction
        if member not in scored:
            if _rules_out(view, member, table):
                return None
            continue
        found = match(view, member, story=_pair(view.event.document, member.event.document) in stories,
                      table=table)
        if found.score == HARD:
            return None
        kinds = {view.event.type, member.event.type}
        if len(kinds) > 1 and not kinds & table.outcomes and not found.same:
            return None
        if best is None or found.score > best.score:
            best = found
    return best


def _rules_out(a: EventView, b: EventView, table: EventTable) -> bool:
    """The slots of ``match`` that rule two events out, without the evidence for them (cheaper)."""
    if not table.related_types(a.event.type, b.event.type):
        return True
    if a.city_countries and b.city_countries and not a.city_countries & b.city_countries:
        return True
    return _time(a, b, recurring=a.event.type in table.recurring)[0] == HARD


def _pair(a: str, b: str) -> tuple[str, str]:
    """A document pair as the story relation keys it."""
    return (a, b) if a < b else (b, a)


def _week(view: EventView) -> str:
    """The publication week of an event's article, as an index key ("?" when undated)."""
    return str(view.published.toordinal() // 7) if view.published else "?"


def _blocks(view: EventView, family: Mapping[str, str]) -> list[tuple[str, str]]:
    """The index keys of an event.

    Its type (or its related types' family) with each place (by its first letters, for spellings) or country,
    and with its publication week (of every event, and of the events with no place apart).
    """
    kind = family.get(view.event.type, view.event.type)
    keys = [(kind, "p:" + place[:3]) for place in view.places]
    keys.extend((kind, "c:" + country) for country in view.countries)
    week = _week(view)
    if not keys:
        keys.append((kind, "*w:" + week))
    keys.append((kind, "w:" + week))
    return keys


def _candidates(view: EventView, index: Mapping[tuple[str, str], Mapping[int, None]],
                family: Mapping[str, str]) -> Iterable[int]:
    """The incidents an event is matched against.

    Those sharing a place or country with it, and those of its type reported in the weeks around its
    publication with no place known; for an event with no place, every incident of its type reported in those
    weeks. An undated article's event meets those of every week.
    """
    kind = family.get(view.event.type, view.event.type)
    placed = bool(view.places or view.countries)
    if placed:
        for block in _blocks(view, family):
            if block[1][0] in "pc":
                yield from index.get(block, ())
    prefix = "*w:" if placed else "w:"
    if view.published is None:
        for (other, key), numbers in index.items():
            if other == kind and key.startswith(prefix):
                yield from numbers
        return
    week = view.published.toordinal() // 7
    for number in range(week - WEEKS_BACK, week + 2):
        yield from index.get((kind, f"{prefix}{number}"), ())
    yield from index.get((kind, prefix + "?"), ())


def label(views: Iterable[EventView]) -> str:
    """How reports describe an incident: its commonest label, place and date ("car bomb, qamishli, 2016-07-27")."""
    views = list(views)
    labels = Counter(v.event.label for v in views)
    places = Counter(p for v in views for p in v.places)
    days = Counter(v.event.time.value for v in views if v.event.time and v.event.time.anchored
                   and v.event.time.granularity in _DAY_LEVEL)
    parts = [min(labels, key=lambda k: (-labels[k], k))] if labels else []
    if places:
        parts.append(min(places, key=lambda k: (-places[k], k)).title())
    if days:
        parts.append(min(days, key=lambda k: (-days[k], k))[:10])
    return ", ".join(parts)
