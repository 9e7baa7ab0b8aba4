"""Find numbers, money, percentages, quantities and ordinals in one sentence.

Rules (see also ``values.py`` for the interval conventions):
- kinds: ``money`` (a currency), ``percent`` (unit "%", "pp" for percentage points, "bp" for
  basis points), ``quantity`` (a physical measurement unit: "5 km", "60GB", "3.5-inch"),
  ``ordinal`` ("21st", "third"; "first"/"second" are never taken), ``number`` (anything else:
  a count, with ``unit`` = the lemma of the counted noun when one follows, e.g. "people",
  "point", "tanker"; fractions such as "two-thirds of" have unit "fraction").
- the span covers qualifier, currency, number, scale and unit; a counted noun is inside the span
  only when it follows the number directly ("96 points", "12-point"), not across modifiers.
- never taken (the temporal layer owns them, or they are not quantities): anything overlapping
  ``exclude``; numbers counting time units ("three-day", "5 years", "33-year-old", "one-time");
  clock times ("3:30", "10 a.m."); dates and date ordinals ("March 1", "5th of May"); years: a bare
  4-digit 1900-2099 number (or 1000-1899 after in/since/by/from/of...) unless money, a percent,
  a measurement, scaled or qualified ("more than 2000"); decades ("1990s"); scores and votes
  ("3-1", "52-35": a hyphenated pair whose second number is not larger); phone numbers;
  numbers inside codes or names ("Boeing 747", "G7", "COVID-19", "F-16", "A320", "Article 5":
  digits glued to letters, or right after a capitalised non-function word); ranks ("No. 1",
  "#1"); pronoun "one" ("no one", "the one", "one another", "one must").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.extract.numbers import patterns as P
from claimcheck.extract.numbers.lexicon import (
    ATTACHED_UNITS,
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    FRACTIONS,
    FUNCTION_WORDS,
    MODIFIERS,
    MONTHS,
    NOT_NOUNS,
    ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE,
    ORDINAL_UNITS,
    ORDINAL_WORDS,
    PERCENT_UNITS,
    QUALIFIERS,
    SCALE_ABBR,
    SCALE_ABBR_MONEY_ONLY,
    SCALE_WORDS,
    SMALL,
    TENS,
    TIME_UNITS,
    VAGUE,
    YEAR_PREPOSITIONS,
)
from claimcheck.extract.numbers.values import (
    interval,
    lemma,
    normalized,
    parse_digits,
    split_words,
    tidy,
    word_number_prefix,
)
from claimcheck.model import Mention, Quantity, Span

_MODIFIER_SUFFIXES = ("ing", "al", "ed", "ian", "ese", "ish", "ic", "ive", "ous", "ful", "-based")
_JOINERS = frozenset(":/.")  # "3:30", "1/2", "1.2.3": times, dates, fractions, versions
_PHONE_SEPARATORS = frozenset(" .-)")
_SPACED_JOINERS = frozenset(":/-\u2013")  # "6 : 07", "05 / 02", "26 - 1" in tokenised text
_SENTENCE_OPENERS = "\"\u201c\u2018'([:;\u2014\u2013-"


@dataclass(slots=True)
class _Hit:
    """A mention under construction, in sentence coordinates."""

    start: int
    end: int
    low: float
    high: float
    kind: str = "number"
    unit: str = ""
    qualifier: str | None = None
    qualifier_start: int = -1
    approximate: bool = False
    currency: str | None = None
    scaled: bool = False
    factor: float = 1.0
    is_range: bool = False


def extract_numbers(sentence: str, offset: int, exclude: Sequence[Span] = ()) -> list[Mention]:
    """Return the number, money, percent, quantity and ordinal mentions of one sentence."""
    candidates = _candidates(sentence)
    if not candidates:
        return []
    blocked: list[tuple[int, int]] | None = None
    mentions: list[Mention] = []
    pos = 0
    for start, is_word, end in candidates:
        if start < pos:
            continue
        hit, nxt = _dispatch(sentence, start, end, is_word=is_word)
        pos = max(nxt, start + 1)
        if hit is not None:
            if blocked is None:
                blocked = _blocked(sentence, offset, exclude) if exclude else []
            if not blocked or not any(hit.start < e and s < hit.end for s, e in blocked):
                mentions.append(_mention(sentence, offset, hit))
                pos = max(pos, hit.end)
    return mentions


def _candidates(sentence: str) -> list[tuple[int, bool, int]]:
    """Return (start, is_word, end) of every digit run and numeric word, in text order."""
    digits = [(m.start(), False, m.end()) for m in P.DIGIT_SCAN.finditer(sentence)]
    words = [(m.start(), True, m.end()) for m in P.WORD_SCAN.finditer(_lower(sentence))]
    if not words:
        return digits
    if not digits:
        return words
    return sorted(digits + words)


def _lower(sentence: str) -> str:
    """Lower-case without changing any offset (a few non-ASCII letters grow when lowered)."""
    low = sentence.lower()
    if len(low) == len(sentence):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)


def _blocked(sentence: str, offset: int, exclude: Sequence[Span]) -> list[tuple[int, int]]:
    """Return the excluded (temporal) ranges in sentence coordinates."""
    end = offset + len(sentence)
    spans = [(s.start - offset, s.end - offset) for s in exclude if s.start < end and offset < s.end]
    return spans


def _dispatch(sentence: str, start: int, end: int, *, is_word: bool) -> tuple[_Hit | None, int]:
    """Route a candidate to the handler of its shape; return (hit or None, next position)."""
    if not is_word:
        if start and sentence[start - 1] == "." and (core := P.DIGIT_AT.match(sentence, start - 1)):
            return _digits(sentence, start - 1, core.end())
        core = P.DIGIT_AT.match(sentence, start)
        return _digits(sentence, start, core.end()) if core else (None, end)
    word = sentence[start:end].lower()
    if word in P.VAGUE_HEADS:
        found = P.VAGUE_AT.match(sentence, start)
        return _vague(sentence, start, found.end() if found else end)
    if word in P.NUMBER_WORDS:
        found = P.WORDS_AT.match(sentence, start)
        return _words(sentence, start, found.end() if found else end)
    return _ordinal_or_fraction(sentence, start, end)


def _mention(sentence: str, offset: int, hit: _Hit) -> Mention:
    """Freeze a hit into a Mention in document coordinates."""
    qualifier = hit.qualifier if hit.qualifier not in ("from", "between") else None
    low, high = float(hit.low), float(hit.high)
    if hit.is_range and qualifier is None and not hit.approximate:
        qualifier = "range"
    qty = Quantity(low, high, hit.unit, qualifier, hit.approximate)
    if not hit.is_range and qualifier in QUALIFIERS:
        base = interval(low, qualifier)
        qty = Quantity(base.low, base.high, hit.unit, qualifier, base.approximate or hit.approximate)
    elif hit.is_range and QUALIFIERS.get(hit.qualifier or "") == "approx":
        qty = Quantity(tidy(low * 0.9), tidy(high * 1.1), hit.unit, qualifier, approximate=True)
    text = sentence[hit.start : hit.end]
    return Mention(Span(offset + hit.start, offset + hit.end), text, hit.kind, normalized(qty), qty)


# --- left context -------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _prev_token(sentence: str, idx: int) -> tuple[str, bool]:
    """Return the whitespace-delimited token before ``idx`` and whether a space separates it."""
    j = idx
    while j > 0 and sentence[j - 1] in " \t\u00a0":
        j -= 1
    if j == 0:
        return "", j != idx
    k = max(sentence.rfind(" ", 0, j), sentence.rfind("\u00a0", 0, j)) + 1
    return sentence[k:j], j != idx


def _prev_word(sentence: str, idx: int) -> str:
    """Return the word right before ``idx`` (separated by spaces only), or ""."""
    token, spaced = _prev_token(sentence, idx)
    if not spaced or not token or P.WORD_SHAPE.fullmatch(token) is None:
        return ""
    return token


def _left_currency(sentence: str, hit: _Hit) -> bool:
    """Attach a currency written before the number; False when it is a rank sign ("#1")."""
    token, _ = _prev_token(sentence, hit.start)
    if not token or (token[-1] not in P.CURRENCY_SYMBOLS and token.upper() not in P.CURRENCY_CODES):
        return True
    found = P.LEFT_CURRENCY.search(sentence, max(0, hit.start - 12), hit.start)
    if found is None:
        return True
    symbol = found.group("cur")
    if symbol == "#" and not found.group("gap"):
        return False
    hit.currency = CURRENCY_PREFIX.get(symbol.replace(" ", "").upper(), "USD")
    hit.start = found.start("cur")
    return True


def _left_qualifier(sentence: str, hit: _Hit) -> None:
    """Attach a qualifier ("at least", "about", "between", "from") written before the hit."""
    token, spaced = _prev_token(sentence, hit.start)
    if not spaced or token.lower() not in P.QUALIFIER_LAST_WORDS:
        return
    found = P.LEFT_QUALIFIER.search(sentence, max(0, hit.start - 40), hit.start)
    if found is None:
        return
    hit.qualifier = " ".join(found.group("q").lower().split())
    hit.qualifier_start = found.start("q")
    if hit.qualifier not in ("between", "from"):
        hit.start = found.start("q")


def _is_name_or_code(sentence: str, start: int) -> bool:
    """Return True when the number follows a capitalised word, a month or a rank marker."""
    token, _ = _prev_token(sentence, start)
    if token.endswith("#") or token.lower() in ("no.", "nos.", "number"):
        return True
    word = _prev_word(sentence, start)
    if not word:
        return False
    lower = word.lower().rstrip(".")
    if lower in MONTHS and word[0].isupper():
        return True
    return word[0].isupper() and lower not in FUNCTION_WORDS and lower not in QUALIFIERS


def _capitalised_inside(sentence: str, start: int) -> bool:
    """Return True when a capitalised word sits mid-sentence (a name: "Formula One")."""
    if not sentence[start].isupper():
        return False
    before = sentence[:start].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS and any(c.isalpha() for c in before)


# --- right context ------------------------------------------------------------------------


def _scale_after(sentence: str, hit: _Hit) -> float:
    """Consume a scale word after the number ("million", "bn"); return the factor."""
    found = P.SCALE_AFTER.match(sentence, hit.end)
    if found is None:
        return 1.0
    word = found.group("sc").lower()
    factor = SCALE_WORDS.get(word) or SCALE_ABBR.get(word) or SCALE_WORDS.get(word.rstrip("s"), 1.0)
    hit.end = found.end()
    hit.scaled = True
    hit.factor = factor
    return factor


def _range_after(sentence: str, hit: _Hit, *, integer: bool) -> bool | None:
    """Extend the hit over "to 15", "-15", "and $20 million"; None means a score (drop it)."""
    found = P.RANGE_AFTER.match(sentence, hit.end)
    if found is None:
        return False
    sep = found.group("sep").lower()
    if sep == "or" and (hit.unit or hit.scaled or not _close_pair(hit.low, found.group("n2"))):
        return False
    if (sep == "and") != (hit.qualifier == "between") or (sep == "to" and hit.qualifier == "from"):
        return False
    second = _number_value(found.group("n2"))
    if second is None:
        return False
    probe = _Hit(found.end(), found.end(), second, second)
    factor = _scale_after(sentence, probe)
    if sentence[found.end() : found.end() + 1].isalpha():
        return False
    high = second * factor
    if probe.scaled and not hit.scaled:
        hit.low, hit.high = hit.low * factor, hit.high * factor
    elif hit.scaled and not probe.scaled:
        high = second * hit.factor
    if high <= hit.low:
        is_hyphen_pair = sep in "-\u2013\u2014" and integer and float(second).is_integer()
        return None if is_hyphen_pair else False
    hit.high = high
    hit.end = probe.end
    hit.is_range = True
    if hit.qualifier == "between":
        hit.start = hit.qualifier_start
    if found.group("cur") and hit.currency is None:
        hit.currency = CURRENCY_PREFIX.get(found.group("cur").replace(" ", "").upper(), "USD")
    return True


def _close_pair(first: float, second_text: str) -> bool:
    """Return True for an "or" pair that reads as a range ("two or three", "5 or 6")."""
    second = _number_value(second_text)
    return second is not None and first < second <= first + max(1.0, first / 2)


def _number_value(text: str) -> float | None:
    """Parse the second number of a range, in digits or words."""
    if text[0].isdigit() or text[0] == ".":
        return parse_digits(text)
    value, used = word_number_prefix(split_words(text))
    return value if used == len(split_words(text)) else None


def _unit_after(sentence: str, hit: _Hit, *, allow_of: bool = False) -> bool:
    """Attach percent, currency, measurement or counted-noun unit; False to drop (time unit)."""
    cats = P.following(sentence, hit.end)
    if not cats:
        if hit.currency is not None:
            hit.unit, hit.kind = hit.currency, "money"
            return True
        return _counted_noun(sentence, hit, allow_of=allow_of)
    pct = P.PERCENT_AFTER.match(sentence, hit.end) if "percent" in cats else None
    if pct is not None:
        word = pct.group("p") or " ".join(pct.group("pw").lower().split())
        hit.unit, hit.kind, hit.end = PERCENT_UNITS[word], "percent", pct.end()
        return True
    if "currency" in cats and _currency_after(sentence, hit, allow_of=allow_of):
        return True
    if hit.currency is not None:
        hit.unit, hit.kind = hit.currency, "money"
        return True
    measure = P.MEASURE_AFTER.match(sentence, hit.end) if "measure" in cats else None
    if measure is not None:
        canonical, _, _ = P.MEASURE_LOOKUP[" ".join(measure.group("mu").lower().split())]
        hit.unit, hit.kind, hit.end = canonical, "quantity", measure.end()
        return True
    if "time" in cats and P.TIME_AFTER.match(sentence, hit.end):
        return False
    return _counted_noun(sentence, hit, allow_of=allow_of)


def _currency_after(sentence: str, hit: _Hit, *, allow_of: bool) -> bool:
    """Attach a currency written after the number ("40 billion dollars", "26 cents")."""
    found = P.CURRENCY_AFTER.match(sentence, hit.end)
    if found is None or (found.group("of") and not allow_of):
        return False
    word = " ".join(found.group("cs").lower().split())
    code = CURRENCY_SUFFIX[word]
    if word in ("pound", "pounds") and P.OF_AFTER.match(sentence, found.end()):
        hit.unit, hit.kind, hit.end = "lb", "quantity", found.end()
        return True
    if code.endswith("/100"):
        code = code[:-4]
        hit.low, hit.high = hit.low / 100, hit.high / 100
    hit.currency = hit.currency or code
    hit.unit, hit.kind, hit.end = hit.currency, "money", found.end()
    return True


def _counted_noun(sentence: str, hit: _Hit, *, allow_of: bool) -> bool:
    """Attach the lemma of the noun being counted; False when it is a time unit."""
    pos = hit.end
    if allow_of:
        of = P.OF_AFTER.match(sentence, pos)
        if of is None:
            return True
        pos = of.end()
    words, first_end = _following_words(sentence, pos)
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in NOT_NOUNS or lower in SMALL or lower.endswith("ly") or word[0].isupper():
            return True
        is_last = i == len(words) - 1
        if lower in MODIFIERS or _looks_modifier(lower):
            if is_last or i >= 3:
                return True
            continue
        if not is_last and not lower.endswith("s") and hit.high > 1 and _plural_noun(words[i + 1]):
            continue  # "five merchant vessels", "33 home runs": the plural is the counted noun
        unit = lemma(lower)
        if lower in TIME_UNITS or unit in TIME_UNITS:
            return False
        hit.unit = unit
        if i == 0:
            hit.end = first_end
        return True
    return True


def _plural_noun(word: str) -> bool:
    """Return True for a lower-case word shaped like a plural noun ("vessels", "runs")."""
    return (
        word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in NOT_NOUNS
        and len(word) > 3
    )


def _following_words(sentence: str, pos: int) -> tuple[list[str], int]:
    """Return up to four plain words after ``pos`` (one after a hyphen) and the first one's end."""
    head = sentence[pos : pos + 1]
    if head == "-":
        found = P.WORD_AFTER_HYPHEN.match(sentence, pos)
        return ([found.group(1)], found.end()) if found else ([], pos)
    if not head.isspace():
        return [], pos
    words: list[str] = []
    first_end = pos
    for token in sentence[pos : pos + 80].split(None, 4)[:4]:
        found = P.PLAIN_WORD.match(token)
        if found is None or (words and not token[0].islower()):
            break
        word = found.group()
        if not words:
            first_end = sentence.index(token, pos) + len(word)
        words.append(word)
        if len(word) != len(token):  # punctuation ends the phrase
            break
    return words, first_end


def _looks_modifier(word: str) -> bool:
    """Return True for words shaped like adjectives or participles ("aerial", "refueling")."""
    return word.endswith("ous") or (not word.endswith("s") and word.endswith(_MODIFIER_SUFFIXES))


# --- handlers -----------------------------------------------------------------------------


def _digits(sentence: str, start: int, end: int) -> tuple[_Hit | None, int]:
    """Handle a digit core: suffixes, signs, currency, qualifiers, ranges, units, years."""
    raw = sentence[start:end]
    value = parse_digits(raw)
    before = sentence[start - 1] if start else ""
    if value is None or (before in "/:" and before) or _glued_before(sentence, start):
        return None, end
    if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():  # "07", "000": codes, clock parts
        return None, end
    after = sentence[end : end + 2]
    group = P.SPACED_THOUSANDS.match(sentence, end) if after == " ," and raw.isdigit() else None
    if group is not None and len(raw) <= 3:
        raw = raw + "," + ",".join(group.group().replace(" ", "").split(",")[1:])  # "10 , 000"
        value, end = float(raw.replace(",", "")), group.end()
        after = sentence[end : end + 2]
    if after[:1] in _JOINERS and after[1:].isdigit():
        return None, _token_end(sentence, end)
    if (after == " :" or after == " /") and P.SPACED_JOIN_AFTER.match(sentence, end):
        return None, end
    if before == " " and start >= 2 and sentence[start - 2] in _SPACED_JOINERS and (
        P.SPACED_JOIN_BEFORE.search(sentence, max(0, start - 6), start)
    ):
        return None, end
    if (after[1:].isdigit() or after[:1] == ")") and after[:1] in _PHONE_SEPARATORS and (
        phone := P.PHONE_AT.match(sentence, start)
    ):
        return None, phone.end()
    hit = _Hit(start, end, value, value)
    suffix = _attached_suffix(sentence, hit) if after[:1].isalpha() or after[:1] in "'\"″" else ""
    if suffix == "reject":
        return None, _token_end(sentence, end)
    if suffix == "ordinal":
        return _digit_ordinal(sentence, hit)
    if before in "-\u2212" and (start == 1 or sentence[start - 2] in " ([") and start >= 1:
        hit.low = hit.high = -value
        hit.start = start - 1
    token, spaced = _prev_token(sentence, hit.start)
    # Fast path: after a plain lower-case word there is no currency, qualifier or name to find.
    plain = spaced and token.isalpha() and token.islower() and token not in P.QUALIFIER_LAST_WORDS
    if not plain and not _left_currency(sentence, hit):
        return None, end
    if suffix in SCALE_ABBR:
        if suffix in SCALE_ABBR_MONEY_ONLY and hit.currency is None:
            if suffix != "m":
                return None, hit.end
            hit.unit, hit.kind = "m", "quantity"
        else:
            hit.factor = SCALE_ABBR[suffix]
            hit.low, hit.high, hit.scaled = hit.low * hit.factor, hit.high * hit.factor, True
    if not plain:
        _left_qualifier(sentence, hit)
        no_context = hit.currency is None and hit.qualifier in (None, "between", "from")
        if no_context and _is_name_or_code(sentence, hit.start):
            return None, end
    return _digit_tail(sentence, hit, raw, value)


def _digit_tail(sentence: str, hit: _Hit, raw: str, value: float) -> tuple[_Hit | None, int]:
    """Finish a digit hit: scale, time check, range, unit, then the year rule."""
    cats = P.following(sentence, hit.end)
    if "scale" in cats and not hit.scaled and not hit.unit:
        factor = _scale_after(sentence, hit)
        hit.low, hit.high = hit.low * factor, hit.high * factor
        cats = P.following(sentence, hit.end)
    if "time" in cats and P.TIME_AFTER.match(sentence, hit.end):
        return None, hit.end
    if "range" in cats:
        ranged = _range_after(sentence, hit, integer="." not in raw)
        if ranged is None:
            return None, P.RANGE_AFTER.match(sentence, hit.end).end()  # type: ignore[union-attr]
        if ranged and P.TIME_AFTER.match(sentence, hit.end):
            return None, hit.end
    if "month" in cats and raw.isdigit() and int(raw) <= 31 and P.NEXT_MONTH.match(sentence, hit.end):
        return None, hit.end
    if not hit.unit and not _unit_after(sentence, hit):
        return None, hit.end
    if _is_year(sentence, hit, raw, value) or _is_model_number(sentence, hit, raw):
        return None, hit.end
    return hit, hit.end


def _is_model_number(sentence: str, hit: _Hit, raw: str) -> bool:
    """Return True for a bare integer after a capitalised possessive ("Boeing's 787")."""
    if not raw.isdigit() or hit.kind != "number" or hit.scaled or hit.is_range:
        return False
    if hit.qualifier is not None and hit.qualifier not in ("between", "from"):
        return False
    token, _ = _prev_token(sentence, hit.start)
    if not token.endswith(("'s", "\u2019s")):
        return False
    return P.LEFT_POSSESSIVE.search(sentence, max(0, hit.start - 40), hit.start) is not None


def _is_year(sentence: str, hit: _Hit, raw: str, value: float) -> bool:
    """Return True when a bare 4-digit number stands as a year (see module docstring)."""
    if len(raw) != 4 or not raw.isdigit() or hit.kind != "number" or hit.scaled:
        return False
    if hit.qualifier is not None and hit.qualifier not in ("between", "from"):
        return False
    if 1900 <= value <= 2099:
        return True
    word = _prev_word(sentence, hit.start).lower()
    return 1000 <= value <= 1899 and word in YEAR_PREPOSITIONS


def _glued_before(sentence: str, start: int) -> bool:
    """Return True for digits glued to a code before them ("F-16", "COVID-19", "#1")."""
    if start == 0:
        return False
    before = sentence[start - 1]
    if before == "#":
        return True
    return before in "-\u2010" and start >= 2 and sentence[start - 2].isalnum()


def _token_end(sentence: str, pos: int) -> int:
    """Return the end of the whitespace-free token running through ``pos``."""
    while pos < len(sentence) and not sentence[pos].isspace():
        pos += 1
    return pos


def _attached_suffix(sentence: str, hit: _Hit) -> str:
    """Consume letters glued to the digits: "ordinal", a scale abbreviation, a unit, or "reject"."""
    found = P.ATTACHED.match(sentence, hit.end)
    if found is None:
        return ""
    suffix = found.group()
    tail = sentence[found.end() : found.end() + 1]
    if tail.isalnum():
        return "reject"
    hit.end = found.end()
    if suffix.lower() in ("st", "nd", "rd", "th") and float(hit.low).is_integer():
        return "ordinal"
    if suffix in SCALE_ABBR:
        return suffix
    if suffix in ATTACHED_UNITS or suffix in ('"', "″", "''"):
        canonical, _, _ = P.MEASURE_LOOKUP[suffix.lower()]
        hit.unit, hit.kind = canonical, "quantity"
        return "unit"
    if suffix == "p":
        hit.low, hit.high, hit.currency = hit.low / 100, hit.high / 100, "GBP"
        return "unit"
    return "reject"


def _digit_ordinal(sentence: str, hit: _Hit) -> tuple[_Hit | None, int]:
    """Finish "21st": drop it in dates, before time units and inside names ("5th Avenue")."""
    if _near_month(sentence, hit) or P.TIME_AFTER.match(sentence, hit.end):
        return None, hit.end
    if P.CAPITALISED_AFTER.match(sentence, hit.end):
        return None, hit.end
    hit.kind, hit.unit = "ordinal", "ordinal"
    return hit, hit.end


def _near_month(sentence: str, hit: _Hit) -> bool:
    """Return True when a month name is right before or after the hit (a date)."""
    word = _prev_word(sentence, hit.start)
    if word and word[0].isupper() and word.lower().rstrip(".") in MONTHS:
        return True
    return P.NEXT_MONTH.match(sentence, hit.end) is not None


def _words(sentence: str, start: int, end: int) -> tuple[_Hit | None, int]:
    """Handle a number-word core ("forty-five", "a hundred", "two million", "one")."""
    words = split_words(sentence[start:end])
    value, used = word_number_prefix(words)
    if used == 0:
        return None, end
    if used < len(words):
        end = start + list(P.WORD_IN_PHRASE.finditer(sentence[start:end]))[used - 1].end()
        words = words[:used]
    if _capitalised_inside(sentence, start):
        return None, end
    hit = _Hit(start, end, value, value)
    first = words[0].lower()
    if first in SCALE_WORDS and not _left_article(sentence, hit):
        return None, end
    if words[-1].lower() in TENS and (compound := P.ORDINAL_COMPOUND.match(sentence, end)):
        hit.low = hit.high = value + ORDINAL_UNITS[compound.group("o").lower()]
        hit.end = compound.end()
        return _digit_ordinal(sentence, hit)
    if P.FRACTION_AFTER.match(sentence, end):
        return None, end
    if first == "one" and used == 1 and _pronoun_one(sentence, hit):
        return None, end
    hit.scaled = any(w.lower() in SCALE_WORDS for w in words)
    if not _left_currency(sentence, hit):
        return None, end
    _left_qualifier(sentence, hit)
    if P.TIME_AFTER.match(sentence, hit.end):
        return None, hit.end
    ranged = _range_after(sentence, hit, integer=True)
    if ranged is None:
        return None, hit.end
    if not _unit_after(sentence, hit):
        return None, hit.end
    return hit, hit.end


def _left_article(sentence: str, hit: _Hit) -> bool:
    """Attach "a"/"half a" before a bare scale word ("a hundred", "half a million")."""
    found = P.LEFT_ARTICLE.search(sentence, max(0, hit.start - 12), hit.start)
    if found is None:
        return False
    if found.group("a").lower().startswith(("half", "a half")):
        hit.low, hit.high = hit.low / 2, hit.high / 2
    hit.start = found.start("a")
    return True


def _pronoun_one(sentence: str, hit: _Hit) -> bool:
    """Return True when "one" is a pronoun or idiom rather than a count."""
    if _prev_word(sentence, hit.start).lower() in ONE_PRONOUN_BEFORE:
        return True
    rest = sentence[hit.end :].lstrip()
    if not rest or not (rest[0].isalnum() or rest[0] in "$£€%-"):
        return True
    following = P.FOLLOWING.match(sentence, hit.end)
    return following is not None and following.group("w1").lower() in ONE_PRONOUN_AFTER


def _vague(sentence: str, start: int, end: int) -> tuple[_Hit | None, int]:
    """Handle "dozens", "hundreds of", "tens of thousands", "billions of dollars"."""
    key = " ".join(sentence[start:end].lower().split())
    has_of = P.OF_AFTER.match(sentence, end) is not None
    if key not in VAGUE or (key in ("tens", "scores") and not has_of):
        return None, end
    if _capitalised_inside(sentence, start):
        return None, end
    low, high = VAGUE[key]
    hit = _Hit(start, end, low, high, approximate=True, is_range=True)
    if not _unit_after(sentence, hit, allow_of=True):
        return None, hit.end
    if hit.unit and hit.kind == "number" and has_of:
        noun = P.FOLLOWING.match(sentence, P.OF_AFTER.match(sentence, end).end())  # type: ignore[union-attr]
        if noun is not None and lemma(noun.group("w1").lower()) == hit.unit:
            hit.end = noun.end("w1")
    return hit, hit.end


def _ordinal_or_fraction(sentence: str, start: int, end: int) -> tuple[_Hit | None, int]:
    """Handle "third" (ordinal), "two-thirds of", "half of", "half a million"."""
    word = sentence[start:end].lower()
    if word == "half":
        return _half(sentence, start, end)
    if word in FRACTIONS:
        hit = _fraction(sentence, start, end, FRACTIONS[word])
        if hit is not None or word not in ORDINAL_WORDS:
            return hit, end
    if word not in ORDINAL_WORDS or _capitalised_inside(sentence, start):
        return None, end
    hit = _Hit(start, end, ORDINAL_WORDS[word], ORDINAL_WORDS[word])
    return _digit_ordinal(sentence, hit)


def _half(sentence: str, start: int, end: int) -> tuple[_Hit | None, int]:
    """Handle "half a million", "half a percent", "half of", "about half"."""
    hit = _Hit(start, end, 0.5, 0.5)
    scaled = P.HALF_A_AFTER.match(sentence, end)
    if scaled is not None:
        hit.low = hit.high = 0.5 * SCALE_WORDS[scaled.group("x").lower()]
        hit.end = scaled.end()
    else:
        article = P.HALF_A_PERCENT.match(sentence, end)
        if article is not None:
            hit.end = article.end()
    _left_qualifier(sentence, hit)
    if scaled is None and hit.end == end:
        if not P.OF_AFTER.match(sentence, end) and hit.qualifier is None:
            return None, end
        hit.unit = "fraction"
        return hit, hit.end
    if not _unit_after(sentence, hit):
        return None, hit.end
    return hit, hit.end


def _fraction(sentence: str, start: int, end: int, part: float) -> _Hit | None:
    """Handle "a third of", "two-thirds of", "three quarters of" (unit "fraction")."""
    numerator = P.LEFT_NUMERATOR.search(sentence, max(0, start - 12), start)
    if numerator is None:
        return None
    count = numerator.group("n").lower()
    times = 1 if count in ("a", "an") else SMALL.get(count, 0)
    if times == 0:
        return None
    hit = _Hit(numerator.start("n"), end, times * part, times * part, unit="fraction")
    _left_qualifier(sentence, hit)
    if hit.qualifier is None and not P.OF_AFTER.match(sentence, end):
        return None
    return hit
