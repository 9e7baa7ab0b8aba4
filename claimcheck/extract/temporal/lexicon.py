"""Word tables and regex fragments for temporal extraction (no logic, no compiled patterns)."""

from __future__ import annotations

# Shared language data, imported by the temporal rules from here.
from claimcheck.lang.en.calendar import MONTHS as MONTHS
from claimcheck.lang.en.calendar import WEEKDAYS as WEEKDAYS
from claimcheck.lang.en.numbers import CARDINALS
from claimcheck.lang.en.words import PAST_REPORT_VERBS, alternation

# Counts written as words in durations and relative dates ("three days", "a week", "a couple of years").
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, **{word: value for word, value in CARDINALS.items() if value},
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "a half": 0.5,
    "a dozen": 12, "dozen": 12, "single": 1,
}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}

# Duration unit -> (TIMEX3 letter, is a time unit (uses the "PT" prefix), granularity weight)
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True),
    "hour": ("H", True), "hr": ("H", True), "day": ("D", False), "night": ("D", False),
    "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "yr": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "centurie": ("CE", False),
    "millennium": ("ML", False), "millennia": ("ML", False),
}

# Words that qualify a duration, mapped to the TIMEX3 ``mod`` attribute.
DURATION_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "nearly": "APPROX", "almost": "APPROX", "some": "APPROX", "circa": "APPROX",
    "close to": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "noon": "MI", "midday": "MI", "tonight": "NI",
}

# TIMEX3 mod for "early/mid/late/end of ..." qualifiers of a date.
POINT_MODS: dict[str, str] = {
    "early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
    "late": "END", "end": "END", "close": "END",
}

# SET words: value, granularity string of the period.
SET_WORDS: dict[str, str] = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
    "daily": "P1D", "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M", "biannual": "P6M",
    "biennial": "P2Y", "fortnightly": "P2W",
}

# Reference words (TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF).
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "for the time being": "PRESENT_REF",
    "the time being": "PRESENT_REF", "right now": "PRESENT_REF", "as of now": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "recent": "PAST_REF",
    "lately": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF",
        "soon": "FUTURE_REF", "very soon": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF", "later": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the medium term": "FUTURE_REF",
    "in the coming days": "FUTURE_REF", "in the coming weeks": "FUTURE_REF",
    "in the coming months": "FUTURE_REF", "in the coming years": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "eventually": "FUTURE_REF",
}

# Words before a bare four-digit number that make it a year ("in 1994", "since 2001").
# Strong cues accept the year unless a count noun follows ("in 1994 people ..." is rare).
YEAR_PREV_STRONG: frozenset[str] = frozenset({
    "in", "since", "until", "till", "before", "after", "during", "throughout", "year", "early",
    "late", "mid", "mid-", "circa", "c.", "ca.", "spring", "summer", "autumn", "fall", "winter",
    "fiscal", "fy", "back", "of", "by",
})

# Weak cues accept the year only when no lowercase word (a counted noun) follows.
YEAR_PREV_WEAK: frozenset[str] = frozenset({
    "from", "for", "as", "between", "on", "through", "end", "beginning", "start", "middle",
    "the", "to", "and", "or", ",", "-", "(", "'s", "since", "until",
})

# Nouns that mark a preceding number as a count ("1,994 people", "in 2000 people").
COUNT_NOUNS: frozenset[str] = frozenset({
    "people", "persons", "men", "women", "children", "kids", "staff", "employees", "workers",
    "jobs", "troops", "soldiers", "police", "officers", "residents", "students", "votes",
    "seats", "members", "deaths", "dead", "victims", "cases", "homes", "houses", "cars",
    "vehicles", "units", "shares", "points", "times", "feet", "ft", "metres", "meters", "m",
    "km", "kilometres", "kilometers", "miles", "mi", "yards", "acres", "hectares", "tonnes",
    "tons", "barrels", "pounds", "dollars", "euros", "yen", "rupees", "calories", "copies",
    "users", "customers", "passengers", "flights", "planes", "aircraft", "patients", "others",
    "more", "new", "additional", "million", "billion", "thousand", "hundred", "%", "percent",
    "per", "x", "mph", "kph", "km/h", "mw", "gw", "kw", "gb", "mb", "tb", "hz", "mhz", "ghz",
})

# Words after a bare four-digit number that make it a year ("the 2008 election").
YEAR_NEXT: frozenset[str] = frozenset({
    "election", "elections", "season", "census", "olympics", "olympic", "games", "world",
    "budget", "campaign", "protests", "protest", "crisis", "championship", "championships",
    "tournament", "race", "war", "earthquake", "tsunami", "summit", "agreement", "accord",
    "law", "act", "film", "movie", "album", "novel", "edition", "primaries", "primary",
    "presidential", "general", "midterm", "midterms", "financial", "fiscal", "levels", "level",
    "figures", "results", "sales", "riots", "revolution", "coup", "attacks", "attack",
    "floods", "uprising", "invasion", "merger", "deal", "model", "cup", "final", "finals",
    "series", "'s", "was", "is", "were", "will", "saw", "marked", "marks", "had", "has",
    "ad", "bc", "bce", "ce", "a.d.", "b.c.", "to", "through", "until", "quarter",
    "report", "survey", "study", "forecast", "estimate", "estimates", "data", "figure",
    "vintage", "class", "draft", "lineup", "roster", "season's", "winter", "summer", "spring",
    "autumn", "fall", "trial", "review", "annual", "copa",
    # plural event nouns: "the 1967 killings", "the 2014 talks" (but "the 2000 employees" is a count)
    "killings", "slayings", "murders", "shootings", "bombings", "massacre", "talks", "negotiations",
    "hearings", "trials", "reforms", "sanctions", "strikes", "layoffs", "earnings", "profits",
    "losses", "rankings", "awards", "oscars", "emmys", "grammys", "playoffs", "wars", "crises",
    "events", "polls", "olympiad", "referendum", "referendums", "budgets", "accords", "agreements",
})

# Words before a number that make it an identifier, never a year ("page 1994", "flight 2012").
NOT_YEAR_PREV: frozenset[str] = frozenset({
    "page", "pages", "p.", "pp.", "section", "sections", "no.", "no", "nos.", "number",
    "numbers", "#", "route", "flight", "flights", "article", "articles", "chapter", "chapters",
    "room", "suite", "apt.", "apartment", "box", "unit", "bus", "highway", "interstate",
    "model", "version", "v.", "code", "pin", "ext.", "tel.", "phone", "fax", "channel", "gate",
    "platform", "seat", "row", "exit", "lot", "resolution", "bill", "rule", "paragraph",
    "clause", "item", "line", "lines", "track", "vol.", "volume", "issue", "ward", "district",
    "precinct", "batch", "serial", "ticket", "order", "case", "file", "form", "level", "floor",
    "boeing", "airbus", "windows", "office", "$", "us$", "€", "£", "¥", "usd", "eur", "gbp",
    "rs", "rs.", "inr", "a$", "c$", "hk$", "nt$", "r$", "about", "approximately", "nearly",
    "almost", "some", "over", "under", "exactly", "just", "only", "least", "most", "than",
    "top", "score", "scored", "dow", "nasdaq", "index", "nikkei", "s&p", "ftse", "dax",
})

# Plural nouns that may follow a year ("2008 levels") although they end in -s.
STREET_WORDS: frozenset[str] = frozenset({
    "avenue", "ave", "ave.", "street", "st", "st.", "road", "rd", "rd.", "boulevard", "blvd",
    "blvd.", "drive", "dr.", "lane", "ln", "way", "place", "pl.", "court", "ct.", "square",
    "parkway", "highway", "terrace", "crescent", "circle",
})

FUTURE_CUES = (
    r"will|shall|wo\s*n'?t|'ll|(?:is|are|was|were|be)\s+(?:due|set|scheduled|expected|slated|poised"
    r"|going|planned|likely)\s+to|plans?\s+to|planning\s+to|intends?\s+to|to\s+arrive|scheduled"
    r"|upcoming|next|forthcoming|would\s+(?:be\s+held|take\s+place|begin|start|open|close|end"
    r"|resume|arrive)|until|expected\s+on|should|wants?\s+to|hopes?\s+to|aims?\s+to|to\s+be\s+\w+ed"
)

PAST_REPORT_CUES = alternation(PAST_REPORT_VERBS)
