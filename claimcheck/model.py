"""Frozen core types shared by every pipeline stage.

Spans are 0-based, half-open character offsets into the document text as loaded.
Line and column numbers are computed only at the edges (see ``claimcheck.positions``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import Enum
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

_T = TypeVar("_T")

REFERENCE_DOCUMENT = "reference"  # the id of the --facts pseudo-document, which belongs to every story


def positional_pickle(cls: type[_T]) -> type[_T]:
    """Pickle a frozen dataclass as its class and field values, rebuilt by calling the class.

    The default for a slots dataclass pickles a dict of field names per object; extractions cross process
    boundaries by the hundred thousand, and this halves the time to pickle and unpickle them.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    get = attrgetter(*names)
    reduce: Callable[[object], tuple[type, tuple[Any, ...]]]
    if len(names) == 1:
        def reduce(self: object) -> tuple[type, tuple[Any, ...]]:
            return type(self), (get(self),)
    else:
        def reduce(self: object) -> tuple[type, tuple[Any, ...]]:
            return type(self), get(self)
    cls.__reduce__ = reduce  # type: ignore[method-assign]
    return cls


class Severity(str, Enum):
    """How serious a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Return 3 for error, 2 for warning, 1 for info."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Granularity(str, Enum):
    """The precision a temporal value was written with."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEKDAY = "weekday"  # a weekday not anchored to a calendar date
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    REF = "ref"  # PRESENT_REF / PAST_REF / FUTURE_REF
    DURATION = "duration"
    SET = "set"


class Relation(str, Enum):
    """How two values relate: they agree, cannot both hold, or cannot be compared."""

    AGREE = "agree"
    CONFLICT = "conflict"
    UNKNOWN = "unknown"


class Reason(str, Enum):
    """Why two values were judged to agree or conflict; the value is the text reports show."""

    NONE = ""
    COARSER_PRECISION = "compared at the coarser precision of the pair"
    AT_PRECISION = "compared at {precision} precision"
    SAME_WEEKDAY = "same weekday"
    AS_WEEKDAYS = "compared as weekdays, since an article has no publication date to resolve them"
    WEEKDAY_OF_DATE = "an undated article's weekday against the other outlet's date: {detail}"
    SAME_HOLDER = "same holder"
    DIFFERENT_HOLDERS = "a single-holder office of one country given to different people"
    OVERLAP = "the values overlap or round to each other"
    DISJOINT = "the values cannot both hold, even allowing for rounding and qualifiers"
    SAME_PLACE = "the same place, or one inside the other"
    DIFFERENT_PLACES = "different places, neither inside the other"
    COMPATIBLE_TITLES = "compatible titles"
    NO_COMMON_OFFICE = "the titles name no common office (rules/titles.yml)"
    PART_WITHIN_WHOLE = "a part (rules/victims.yml) no larger than its whole"
    PART_EXCEEDS_WHOLE = "a part (rules/victims.yml) larger than the whole it lies within"


@dataclass(frozen=True, slots=True)
class Comparison:
    """The relation of two values and why; ``precision`` is the granularity they were compared at."""

    relation: Relation
    reason: Reason = Reason.NONE
    precision: Granularity | None = None
    detail: str = ""  # what a reason names: "Thursday against 2023-03-01, a Wednesday"

    @property
    def text(self) -> str:
        """The reason as reports write it ("compared at year precision")."""
        if self.reason is Reason.AT_PRECISION and self.precision is not None:
            return self.reason.value.format(precision=self.precision.value)
        if "{detail}" in self.reason.value:
            return self.reason.value.format(detail=self.detail)
        return self.reason.value


UNKNOWN = Comparison(Relation.UNKNOWN)


class Confidence(NamedTuple):
    """A named confidence level of a claim kind, as pylint's ``Confidence``: what the level means, and its score."""

    name: str
    score: float
    description: str


# The levels claim kinds start from; a finding's evidence then lowers the score (``compare.confidence``).
DEFINITE = Confidence("DEFINITE", 0.9, "The frame names both the subject and the attribute (a person's tenure).")
LIKELY = Confidence("LIKELY", 0.75, "An event word of one story dates the value.")
PROBABLE = Confidence("PROBABLE", 0.7, "The nearest event word of one story ties the value to an event.")
PLAUSIBLE = Confidence("PLAUSIBLE", 0.65, "Titles written with one person's name, which may be of different times.")
POSSIBLE = Confidence("POSSIBLE", 0.6, "A weaker frame: one office given to two people, a named person's age.")
WEAK = Confidence("WEAK", 0.45, "No frame: near-identical clauses, which may still speak of different things.")


class Qualifier(str, Enum):
    """How a claim is qualified by the words around it."""

    HEDGED = "hedged"  # "expected to", "reportedly"
    FUTURE = "future"  # "will", "is due to"
    NEGATED = "negated"  # "not", "denied"
    QUOTED = "quoted"  # inside quotation marks
    ATTRIBUTED = "attributed"  # said by a speaker the outlet cites
    BACKGROUND = "background"  # told for context: an aggregate ("since the war began") or an earlier event


@positional_pickle
@dataclass(frozen=True, slots=True, order=True)
class Attribute:
    """What a claim says about its subject: a name ("tenure_start") and, for some kinds, a detail (a unit)."""

    name: str  # "tenure_start", "age", "event_date", "event_place", "office", "quantity", "generic"
    detail: str = ""  # the unit of a quantity ("USD"), the value kind of a generic claim ("date")

    def __str__(self) -> str:
        return f"{self.name}:{self.detail}" if self.detail else self.name


@positional_pickle
@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        """Return True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Return True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@positional_pickle
@dataclass(frozen=True, slots=True)
class Document:
    """One article as loaded: its text and what the corpus says about it."""

    id: str
    path: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    first_line: int = 1  # line of the file where ``text`` begins (JSONL: the record's line)
    skipped: tuple[Span, ...] = ()  # non-article regions: headers, crumbs, promo, pasted headlines
    headlines: tuple[Span, ...] = ()  # of the skipped regions, the article's own title lines: read for claims


@positional_pickle
@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised temporal value in TIMEX3 style, with the precision it was written at.

    ``value`` is the TIMEX3 value (``2023-03-01``, ``2023-03``, ``1994``, ``199X``,
    ``2023-W09``, ``XXXX-WXX-3``, ``P3D``, ``PAST_REF``...). ``weekday`` is 1..7
    (Monday=1, ISO) when the text names a weekday. ``anchored`` is False when the value
    could not be resolved against a publication date (e.g. a bare weekday).
    """

    type: str  # DATE | TIME | DURATION | SET
    value: str
    granularity: Granularity
    weekday: int | None = None
    anchored: bool = True
    mod: str | None = None  # TIMEX3 mod: APPROX, START, END, BEFORE, AFTER, ...


@positional_pickle
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as an interval, with its unit and how it was qualified."""

    low: float | None
    high: float | None
    unit: str = ""  # "", "USD", "GBP", "EUR", "%", "pp", "point", "year", "people"...
    qualifier: str | None = None  # "at least", "about", "more than", ...
    approximate: bool = False


@positional_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """A typed value found in text, before it is attached to a subject and predicate."""

    span: Span
    text: str
    kind: str  # date|time|duration|set|number|money|percent|quantity|ordinal
    normalized: str
    value: TimeValue | Quantity


@positional_pickle
@dataclass(frozen=True, slots=True)
class Place:
    """A place as resolved by the gazetteer: a city (with its country) or a country."""

    name: str  # canonical name: "Beijing", "China"
    country: str  # the country it is in (itself for a country)

    def compatible(self, other: Place) -> bool:
        """Same place, or one contains the other ("in China" agrees with "in Beijing")."""
        if self.name == other.name:
            return True
        if self.name == self.country or other.name == other.country:
            return self.country == other.country
        return False


@positional_pickle
@dataclass(frozen=True, slots=True)
class Office:
    """A title as written ("President" of "Belarus") and the offices of rules/titles.yml it can name."""

    written: str  # as written, e.g. "President"
    offices: frozenset[str]  # e.g. {"head_of_state", "chief_executive"}
    affiliation: str | None = None  # canonical country, e.g. "Belarus"
    organisation: str | None = None  # e.g. "State Department"
    past: bool = False  # "former President"


@positional_pickle
@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement: a subject, an attribute and a typed value, with evidence."""

    document: str
    kind: str  # date|duration|number|money|percent|quantity|title|...
    span: Span  # the value as written
    sentence: Span  # the evidence sentence
    text: str
    normalized: str
    value: TimeValue | Quantity | Office | Place | None
    subject: str | None = None  # canonical within-document entity name
    attribute: Attribute | None = None  # what the claim says of its subject: tenure_start, event_date, ...
    frame: str | None = None  # code of the rule that built this claim
    predicate: str = ""  # context words of the value, used for fuzzy alignment
    event: str | None = None  # event key, e.g. "statement", "meeting", "arrival"
    role: Office | None = None  # the office a tenure claim is about
    participants: tuple[str, ...] = ()
    qualifiers: tuple[Qualifier, ...] = ()  # hedged, future, negated, quoted, attributed
    speaker: str | None = None  # who the claim is attributed to, if not the outlet
    countries: tuple[str, ...] = ()  # countries named in the value's clause (sorted): where it may have happened
    background: tuple[str, ...] = ()  # month- or year-level dates of a count's sentence ("last month", "2003")
    occurrence: int | None = None  # the document event (``Extraction.events``) the value belongs to
    incident: str | None = None  # the incident of that event across documents (set by the align stage)
    category: str | None = None  # who a count of people counts, with what it lies in: "people/civilians/children"

    def qualifier_names(self) -> tuple[str, ...]:
        """Qualifiers as listed by ``claimcheck claims``: flags, "when:" dates, "in:" countries, then attribution."""
        early = tuple(q.value for q in self.qualifiers if q not in _LATE_QUALIFIERS)
        late = tuple(q.value for q in self.qualifiers if q in _LATE_QUALIFIERS)
        return (early + tuple(f"when:{d}" for d in self.background) + tuple(f"in:{c}" for c in self.countries)
                + late)


_LATE_QUALIFIERS = frozenset({Qualifier.QUOTED, Qualifier.ATTRIBUTED})


@positional_pickle
@dataclass(frozen=True, slots=True)
class DocumentEvent:
    """One event an article reports, its mentions merged: what happened, when, where, who took part.

    ``time`` is resolved against the publication date (its granularity kept); ``places`` are gazetteer places
    ("Beijing, China", "Syria"), ``names`` other place names the article gives ("qamishli"), folded;
    ``background`` marks an event told only for context ("earlier this week", "in 2016", "since the war began").
    """

    document: str
    index: int  # position among the document's events
    type: str  # event type of rules/events.yml: "attack", "disaster", ...
    keys: tuple[str, ...]  # the event keys of its mentions: "bombing", "airstrike"
    label: str  # the words of its first mention: "car bomb"
    mentions: tuple[Span, ...]  # trigger spans, in text order
    time: TimeValue | None = None
    places: tuple[Place, ...] = ()
    names: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    background: bool = False
    lead: bool = False  # the first event the article reports (its subject)


@positional_pickle
@dataclass(frozen=True, slots=True)
class Location:
    """A claim's place in its input file, 1-based, for reports."""

    document: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str  # evidence sentence
    value: str
    normalized: str
    speaker: str | None = None  # who the claim is attributed to, when not the outlet itself
    published: str | None = None  # the document's publication date (ISO), when known


@positional_pickle
@dataclass(frozen=True, slots=True)
class Finding:
    """A contradiction (or corroboration) between claims of different documents."""

    code: str
    rule: str
    kind: str  # "contradiction" | "corroboration"
    severity: Severity
    confidence: float
    subject: str
    attribute: str
    message: str
    reason: str
    claims: tuple[Claim, ...] = field(default_factory=tuple)
