"""Lookup tables for number, money, percent and quantity extraction.

Everything here is plain data; the compiled patterns live in ``patterns.py``.
"""

from __future__ import annotations

import math

# Shared language data, imported by the number rules from here.
from claimcheck.lang.en.calendar import MONTHS as _MONTH_NUMBERS
from claimcheck.lang.en.currencies import CURRENCY_PREFIX as CURRENCY_PREFIX
from claimcheck.lang.en.currencies import CURRENCY_SUFFIX as CURRENCY_SUFFIX
from claimcheck.lang.en.numbers import CARDINALS
from claimcheck.lang.en.numbers import FRACTIONS as FRACTIONS
from claimcheck.lang.en.numbers import ORDINAL_UNITS as ORDINAL_UNITS
from claimcheck.lang.en.numbers import ORDINAL_WORDS as ORDINAL_WORDS
from claimcheck.lang.en.numbers import SCALE_WORDS as SCALE_WORDS
from claimcheck.lang.en.numbers import TENS as TENS

MONTHS: frozenset[str] = frozenset(_MONTH_NUMBERS)
SMALL: dict[str, int] = CARDINALS  # the cardinal number words, zero to ninety

# Abbreviated multipliers after digits ("$1.5bn", "€5m", "100M", "50k").
SCALE_ABBR: dict[str, float] = {
    "k": 1e3, "K": 1e3, "thousand": 1e3,
    "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "MM": 1e6, "mil": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "Bn": 1e9, "BN": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "T": 1e12,
}
# Abbreviations that mean a multiplier only next to a currency (else "5m" is five metres).
SCALE_ABBR_MONEY_ONLY: frozenset[str] = frozenset(["m", "b", "B", "T"])


# Vague plural quantities as [low, high] intervals (approximate).
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, math.inf),  # "dozens" and "scores" give no upper bound: early tolls of later hundreds say so
    "scores": (40, math.inf),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2e6, 999_999_999),
    "tens of millions": (2e7, 99_999_999),
    "hundreds of millions": (2e8, 999_999_999),
    "billions": (2e9, 999_999_999_999),
    "tens of billions": (2e10, 99_999_999_999),
    "hundreds of billions": (2e11, 999_999_999_999),
}


# Percent-like units after a number.
PERCENT_UNITS: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "per-cent": "%",
    "percentage point": "pp", "percentage points": "pp", "percent point": "pp",
    "percent points": "pp", "basis point": "bp", "basis points": "bp", "bps": "bp", "bp": "bp",
}

# Measurement units: written form -> (canonical unit, family, factor to the family's base).
MEASURE_UNITS: dict[str, tuple[str, str, float]] = {}


def _units(family: str, canonical: str, factor: float, *forms: str) -> None:
    """Register the written forms of one measurement unit."""
    for form in (canonical, *forms):
        MEASURE_UNITS[form] = (canonical, family, factor)


_units("length", "km", 1000.0, "kilometre", "kilometres", "kilometer", "kilometers", "kms")
_units("length", "m", 1.0, "metre", "metres", "meter", "meters")
_units("length", "cm", 0.01, "centimetre", "centimetres", "centimeter", "centimeters")
_units("length", "mm", 0.001, "millimetre", "millimetres", "millimeter", "millimeters")
_units("length", "mile", 1609.344, "miles", "mi")
_units("length", "ft", 0.3048, "foot", "feet")
_units("length", "inch", 0.0254, "inches", "in.", "''", '"', "″")
_units("length", "yard", 0.9144, "yards", "yd")
_units("length", "nautical mile", 1852.0, "nautical miles", "nm")
_units("mass", "kg", 1.0, "kilogram", "kilograms", "kilo", "kilos", "kgs")
_units("mass", "g", 0.001, "gram", "grams")
_units("mass", "tonne", 1000.0, "tonnes", "ton", "tons", "metric tons", "t")
_units("mass", "lb", 0.45359237, "lbs")
_units("data", "KB", 1e3, "kilobyte", "kilobytes", "kB")
_units("data", "MB", 1e6, "megabyte", "megabytes")
_units("data", "GB", 1e9, "gigabyte", "gigabytes")
_units("data", "TB", 1e12, "terabyte", "terabytes")
_units("frequency", "Hz", 1.0, "hertz")
_units("frequency", "kHz", 1e3, "kilohertz")
_units("frequency", "MHz", 1e6, "megahertz")
_units("frequency", "GHz", 1e9, "gigahertz")
_units("power", "W", 1.0, "watt", "watts")
_units("power", "kW", 1e3, "kilowatt", "kilowatts")
_units("power", "MW", 1e6, "megawatt", "megawatts")
_units("power", "GW", 1e9, "gigawatt", "gigawatts")
_units("energy", "kWh", 1.0, "kilowatt-hour", "kilowatt-hours")
_units("energy", "MWh", 1e3, "megawatt-hour", "megawatt-hours")
_units("energy", "GWh", 1e6, "gigawatt-hour", "gigawatt-hours")
_units("speed", "km/h", 1.0, "kph", "kmh", "km/hr")
_units("speed", "mph", 1.609344, "miles per hour")
_units("speed", "knot", 1.852, "knots")
_units("area", "km2", 1e6, "sq km", "square kilometres", "square kilometers", "km²")
_units("area", "sq mi", 2.589988e6, "square miles", "square mile")
_units("area", "hectare", 1e4, "hectares", "ha")
_units("area", "acre", 4046.8564, "acres")
_units("volume", "litre", 1.0, "litres", "liter", "liters", "l")
_units("volume", "gallon", 3.785411784, "gallons")
_units("volume", "barrel", 158.987, "barrels", "bbl")
_units("volume", "cubic metre", 1000.0, "cubic metres", "cubic meters", "m3", "m³")
_units("temperature_c", "°C", 1.0, "degrees celsius", "degrees centigrade", "celsius")
_units("temperature_f", "°F", 1.0, "degrees fahrenheit", "fahrenheit")
_units("magnitude", "magnitude", 1.0, "on the richter scale", "on the richter magnitude scale", "richter")

# Units attached to digits without a space ("60GB", "500km", "2GHz"), case-sensitive.
ATTACHED_UNITS: frozenset[str] = frozenset(
    ["km", "kms", "cm", "mm", "mi", "ft", "kg", "kgs", "g", "t", "lb", "lbs", "KB", "kB", "MB",
     "GB", "TB", "Hz", "kHz", "MHz", "GHz", "W", "kW", "MW", "GW", "kWh", "MWh", "GWh",
     "mph", "kph", "kmh", "ha", "l", "bbl", "m3", "km2", "nm", "yd"]
)

# Time units: a number counting these belongs to the temporal layer.
TIME_UNITS: frozenset[str] = frozenset(
    ["year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days",
     "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds",
     "sec", "secs", "decade", "decades", "century", "centuries", "night", "nights",
     "millennium", "millennia", "fortnight", "fortnights", "weekend", "weekends",
     "year-old", "years-old", "month-old", "week-old", "day-old", "quarter", "quarters",
     "semester", "term", "terms", "season", "seasons"]
)
# Hyphen compounds that are idioms, not counts: "one-time", "one-off", "two-way", "one-sided".
HYPHEN_IDIOMS: frozenset[str] = frozenset(
    ["time", "timer", "off", "way", "sided", "shot", "liner", "on-one", "size-fits-all",
     "to-one", "and-a-half", "third", "half"]
)

TIME_OF_DAY: frozenset[str] = frozenset(
    ["a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "bst", "est", "edt",
     "cet", "cest", "pst", "pdt", "hrs", "h", "hkt", "jst", "ist", "aest", "aedt", "msk",
     "et", "pt", "ct", "mt", "eet", "eest", "sgt", "kst", "wib", "cst", "cdt", "mst", "mdt",
     "akst", "hst", "ast", "nzst", "nzdt", "wat", "cat", "eat", "sast", "pkt", "gst"]
)


# Words before a bare 1000-1899 number that make it a year.
YEAR_PREPOSITIONS: frozenset[str] = frozenset(
    ["in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
     "circa", "c.", "early", "late", "mid", "year", "between", "and", "to", "through"]
)

# Qualifiers before a number: phrase -> mode.
# ge: [x, inf)  gt: (x, inf)  le: [0, x]  lt: [0, x)  nearly: [0.9x, x]  approx: [0.9x, 1.1x]
QUALIFIERS: dict[str, str] = {
    "at least": "ge", "no less than": "ge", "no fewer than": "ge", "not less than": "ge",
    "not fewer than": "ge", "a minimum of": "ge", "minimum of": "ge", "at a minimum": "ge",
    "more than": "gt", "over": "gt", "above": "gt", "in excess of": "gt", "upwards of": "gt",
    "exceeding": "gt", "greater than": "gt", "higher than": "gt", "just over": "gt",
    "well over": "gt", "just above": "gt", "well above": "gt", "beyond": "gt",
    "at most": "le", "up to": "le", "no more than": "le", "not more than": "le",
    "as many as": "le", "as much as": "le", "a maximum of": "le", "maximum of": "le",
    "as high as": "le", "no higher than": "le",
    "less than": "lt", "fewer than": "lt", "under": "lt", "below": "lt", "just under": "lt",
    "lower than": "lt", "well under": "lt", "just below": "lt", "well below": "lt",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just short of": "nearly",
    "approaching": "nearly", "not quite": "nearly", "just shy of": "nearly",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "approx.": "approx", "ca.": "approx", "an approximate": "approx", "almost exactly": "approx",
    "more or less": "approx", "somewhere around": "approx", "in the region of": "approx",
}
APPROX_TOLERANCE = 0.10  # "about X" -> [0.9x, 1.1x]; "nearly X" -> [0.9x, x]

# Words that may sit between a number and its counted noun ("179 new tankers").
MODIFIERS: frozenset[str] = frozenset(
    ["new", "more", "other", "additional", "extra", "further", "former", "young", "old",
     "small", "large", "big", "major", "minor", "separate", "different", "local", "foreign",
     "international", "senior", "junior", "top", "key", "main", "full", "civilian",
     "confirmed", "suspected", "alleged", "unidentified", "armed", "unarmed", "british",
     "american", "russian", "chinese", "ukrainian", "french", "german", "israeli",
     "palestinian", "iraqi", "afghan", "u.s.", "us", "un", "eu", "aerial", "military",
     "commercial", "private", "public", "federal", "state", "national", "regional",
     "retail", "high", "low", "long", "short", "separate", "similar", "identical",
     "individual", "total", "known", "registered", "active", "current", "remaining",
     "surviving", "missing", "injured", "wounded", "dead", "killed", "innocent", "elderly",
     "such", "consecutive", "straight", "successive", "straight", "bullet", "peace"]
)

# Words that never serve as a counted noun right after a number.
NOT_NOUNS: frozenset[str] = frozenset(
    ["of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "nor",
     "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "has", "have",
     "had", "will", "would", "could", "should", "may", "might", "can", "must", "shall",
     "did", "do", "does", "that", "which", "who", "whom", "whose", "this", "these", "those",
     "than", "as", "per", "each", "apiece", "respectively", "also", "still", "already",
     "just", "only", "even", "ago", "later", "earlier", "before", "after", "since", "until",
     "into", "onto", "over", "under", "above", "below", "up", "down", "out", "off", "about",
     "less", "fewer", "most", "least", "so", "too", "very", "not", "no", "yes",
     "if", "when", "while", "where", "how", "why", "what", "it", "its", "they", "them",
     "their", "he", "she", "him", "her", "his", "we", "us", "our", "you", "your", "i", "me",
     "my", "there", "here", "then", "now", "again", "all", "both", "either", "neither",
     "any", "some", "many", "much", "several", "few", "others", "another",
     "said", "says", "say", "according", "against", "between", "among", "amid", "through",
     "during", "within", "without", "via", "versus", "vs", "plus", "minus",
     "percent", "cent", "per", "including", "included", "following", "last", "next",
     "previous", "same", "own", "like", "unlike", "near", "toward", "towards", "across",
     "behind", "beside", "besides", "except", "despite", "because", "though", "although",
     "whereas", "whether", "once", "twice", "yet", "ever", "never", "always", "often",
     "percentage", "and/or", "etc", "inc", "ltd", "co", "vote", "votes"]
)

# Lower-cased words allowed right before a bare number even when capitalised ("The 30", "In").
FUNCTION_WORDS: frozenset[str] = frozenset(
    ["the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "with", "and", "or",
     "but", "to", "about", "around", "some", "all", "only", "just", "nearly", "almost",
     "over", "under", "above", "below", "between", "since", "until", "during", "after",
     "before", "than", "another", "these", "those", "its", "their", "his", "her", "our",
     "your", "my", "each", "every", "another", "another", "roughly", "approximately",
     "about", "least", "most", "up", "another", "while", "when", "if", "as", "at", "into",
     "among", "including", "reportedly", "officially", "exactly", "precisely", "barely",
     "perhaps", "maybe", "another", "of", "with", "within", "without", "another", "then",
     "also", "even", "both", "i", "we", "they", "he", "she", "it", "there", "here", "that",
     "this", "which", "who", "what", "no", "yes", "so", "total", "population", "estimated",
     "another", "and", "number", "are", "is", "was", "were", "had", "has", "have", "be",
     "net", "only", "gross", "revenue", "average", "same", "like", "unlike", "via",
     "per", "outside", "inside", "against", "through", "across", "toward", "towards",
     "s", "ap", "afp", "reuters", "bloomberg", "cnn", "bbc"]
)

# Words right before "one" that make it a pronoun ("no one", "the one", "this one").
ONE_PRONOUN_BEFORE: frozenset[str] = frozenset(
    ["no", "the", "any", "every", "each", "this", "that", "which", "what", "whichever",
     "someone", "anyone", "everyone", "little", "such", "another", "a", "an", "new", "big",
     "last", "latest", "right", "wrong", "same", "other", "good", "bad", "best",
     "worst", "next", "first", "second", "old", "young", "loved", "small", "large"]
)
# Words right after "one" that make it a pronoun or idiom ("one another", "one must").
ONE_PRONOUN_AFTER: frozenset[str] = frozenset(
    ["another", "must", "can", "could", "should", "would", "might", "may", "will", "shall",
     "is", "was", "has", "had", "does", "did", "who", "that", "which", "'s", "\u2019s", "says",
     "thing", "way", "hand", "by", "and", "or", "point", "side", "at", "after", "too"]
)

IRREGULAR_LEMMAS: dict[str, str] = {
    "people": "people", "men": "man", "women": "woman", "children": "child",
    "police": "police", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "personnel": "personnel", "staff": "staff", "cattle": "cattle", "sheep": "sheep",
    "fish": "fish", "series": "series", "species": "species", "news": "news",
    "aircraft": "aircraft", "crises": "crisis", "analyses": "analysis", "troops": "troop",
    "lives": "life", "wives": "wife", "knives": "knife", "thieves": "thief",
    "leaves": "leaf", "halves": "half", "indices": "index", "criteria": "criterion",
    "data": "data", "media": "media", "bus": "bus", "gas": "gas", "status": "status",
    "chassis": "chassis", "canvas": "canvas", "virus": "virus", "campus": "campus",
    "census": "census", "bonus": "bonus", "thesis": "thesis", "basis": "basis",
    "buses": "bus", "gases": "gas", "viruses": "virus", "bonuses": "bonus",
    "campuses": "campus", "statuses": "status", "censuses": "census", "lenses": "lens",
}
