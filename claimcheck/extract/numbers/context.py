"""Left and right context of a number: currency, qualifier, scale, range and unit."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.extract.numbers import patterns as P
from claimcheck.extract.numbers.hit import Hit
from claimcheck.extract.numbers.lexicon import (
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    FUNCTION_WORDS,
    MODIFIERS,
    MONTHS,
    NOT_NOUNS,
    PERCENT_UNITS,
    QUALIFIERS,
    SCALE_ABBR,
    SCALE_WORDS,
    SMALL,
    TIME_UNITS,
)
from claimcheck.extract.numbers.values import lemma, parse_digits, split_words, word_number_prefix

_MODIFIER_SUFFIXES = ("ing", "al", "ed", "ian", "ese", "ish", "ic", "ive", "ous", "ful", "-based")
_SENTENCE_OPENERS = "\"\u201c\u2018'([:;\u2014\u2013-"


# --- left context -------------------------------------------------------------------------


@lru_cache(maxsize=256)
def prev_token(sentence: str, idx: int) -> tuple[str, bool]:
    """Return the whitespace-delimited token before ``idx`` and whether a space separates it."""
    j = idx
    while j > 0 and sentence[j - 1] in " \t\u00a0":
        j -= 1
    if j == 0:
        return "", j != idx
    k = max(sentence.rfind(" ", 0, j), sentence.rfind("\u00a0", 0, j)) + 1
    return sentence[k:j], j != idx


def prev_word(sentence: str, idx: int) -> str:
    """Return the word right before ``idx`` (separated by spaces only), or ""."""
    token, spaced = prev_token(sentence, idx)
    if not spaced or not token or P.WORD_SHAPE.fullmatch(token) is None:
        return ""
    return token


def left_currency(sentence: str, hit: Hit) -> bool:
    """Attach a currency written before the number; False when it is a rank sign ("#1")."""
    token, _ = prev_token(sentence, hit.start)
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


def left_qualifier(sentence: str, hit: Hit) -> None:
    """Attach a qualifier ("at least", "about", "between", "from") written before the hit."""
    token, spaced = prev_token(sentence, hit.start)
    if not spaced or token.lower() not in P.QUALIFIER_LAST_WORDS:
        return
    found = P.LEFT_QUALIFIER.search(sentence, max(0, hit.start - 40), hit.start)
    if found is None:
        return
    hit.qualifier = " ".join(found.group("q").lower().split())
    hit.qualifier_start = found.start("q")
    if hit.qualifier not in ("between", "from"):
        hit.start = found.start("q")


def is_name_or_code(sentence: str, start: int) -> bool:
    """Return True when the number follows a capitalised word, a month or a rank marker."""
    token, _ = prev_token(sentence, start)
    if token.endswith("#") or token.lower() in ("no.", "nos.", "number"):
        return True
    word = prev_word(sentence, start)
    if not word or word.endswith(("'s", "\u2019s")):  # possessives: see digits.is_model_number
        return False
    lower = word.lower().rstrip(".")
    if lower in MONTHS and word[0].isupper():
        return True
    return word[0].isupper() and lower not in FUNCTION_WORDS and lower not in QUALIFIERS


def capitalised_inside(sentence: str, start: int) -> bool:
    """Return True when a capitalised word sits mid-sentence (a name: "Formula One")."""
    if not sentence[start].isupper():
        return False
    before = sentence[:start].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS and any(c.isalpha() for c in before)



# --- right context ------------------------------------------------------------------------


def scale_after(sentence: str, hit: Hit) -> float:
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


def range_after(sentence: str, hit: Hit, *, integer: bool) -> bool | None:
    """Extend the hit over "to 15", "-15", "and $20 million"; None means a score (drop it)."""
    found = P.RANGE_AFTER.match(sentence, hit.end)
    if found is None:
        return False
    sep = found.group("sep").lower()
    if sep == "or" and (hit.unit or hit.scaled or not close_pair(hit.low, found.group("n2"))):
        return False
    if (sep == "and") != (hit.qualifier == "between") or (sep == "to" and hit.qualifier == "from"):
        return False
    second = number_value(found.group("n2"))
    if second is None:
        return False
    probe = Hit(found.end(), found.end(), second, second)
    factor = scale_after(sentence, probe)
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


def close_pair(first: float, second_text: str) -> bool:
    """Return True for an "or" pair that reads as a range ("two or three", "5 or 6")."""
    second = number_value(second_text)
    return second is not None and first < second <= first + max(1.0, first / 2)


def number_value(text: str) -> float | None:
    """Parse the second number of a range, in digits or words."""
    if text[0].isdigit() or text[0] == ".":
        return parse_digits(text)
    value, used = word_number_prefix(split_words(text))
    return value if used == len(split_words(text)) else None


def unit_after(sentence: str, hit: Hit, *, allow_of: bool = False) -> bool:
    """Attach percent, currency, measurement or counted-noun unit; False to drop (time unit)."""
    cats = P.following(sentence, hit.end)
    if not cats:
        if hit.currency is not None:
            hit.unit, hit.kind = hit.currency, "money"
            return True
        return counted_noun(sentence, hit, allow_of=allow_of)
    pct = P.PERCENT_AFTER.match(sentence, hit.end) if "percent" in cats else None
    if pct is not None:
        word = pct.group("p") or " ".join(pct.group("pw").lower().split())
        hit.unit, hit.kind, hit.end = PERCENT_UNITS[word], "percent", pct.end()
        return True
    if "currency" in cats and currency_after(sentence, hit, allow_of=allow_of):
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
    return counted_noun(sentence, hit, allow_of=allow_of)


def currency_after(sentence: str, hit: Hit, *, allow_of: bool) -> bool:
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


_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


@lru_cache(maxsize=512)
def title_case(sentence: str) -> bool:
    """Whether the sentence is a headline written in Title Case.

    There ("19 Children, 2 Teachers Killed in School Shooting") a capital does not make the word after a count a
    name.
    """
    words = _LONG_WORD.findall(sentence)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def counted_noun(sentence: str, hit: Hit, *, allow_of: bool) -> bool:
    """Attach the lemma of the noun being counted; False when it is a time unit."""
    pos = hit.end
    if allow_of:
        of = P.OF_AFTER.match(sentence, pos)
        if of is None:
            return True
        pos = of.end()
    words, first_end = following_words(sentence, pos)
    headline = title_case(sentence)
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in NOT_NOUNS or lower in SMALL or lower.endswith("ly") or (word[0].isupper() and not headline):
            return True
        is_last = i == len(words) - 1
        if lower in MODIFIERS or looks_modifier(lower):
            if is_last or i >= 3:
                return True
            continue
        if not is_last and not lower.endswith("s") and hit.high > 1 and plural_noun(words[i + 1]):
            continue  # "five merchant vessels", "33 home runs": the plural is the counted noun
        unit = lemma(lower)
        if lower in TIME_UNITS or unit in TIME_UNITS:
            return False
        hit.unit = unit
        if i == 0:
            hit.end = first_end
        return True
    return True


def plural_noun(word: str) -> bool:
    """Return True for a lower-case word shaped like a plural noun ("vessels", "runs")."""
    return (
        word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in NOT_NOUNS
        and len(word) > 3
    )


def following_words(sentence: str, pos: int) -> tuple[list[str], int]:
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


def looks_modifier(word: str) -> bool:
    """Return True for words shaped like adjectives or participles ("aerial", "refueling")."""
    return word.endswith("ous") or (not word.endswith("s") and word.endswith(_MODIFIER_SUFFIXES))
