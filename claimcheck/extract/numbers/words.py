"""Numbers written with words: "forty-five", "a dozen", "hundreds of", "third", "two-thirds of"."""

from __future__ import annotations

from claimcheck.extract.numbers import patterns as P
from claimcheck.extract.numbers.context import (
    capitalised_inside,
    left_currency,
    left_qualifier,
    prev_word,
    range_after,
    unit_after,
)
from claimcheck.extract.numbers.digits import digit_ordinal
from claimcheck.extract.numbers.hit import Hit
from claimcheck.extract.numbers.lexicon import (
    FRACTIONS,
    ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE,
    ORDINAL_UNITS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    SMALL,
    TENS,
    VAGUE,
)
from claimcheck.extract.numbers.values import lemma, split_words, word_number_prefix


def from_words(sentence: str, start: int, end: int) -> tuple[Hit | None, int]:
    """Handle a number-word core ("forty-five", "a hundred", "two million", "one")."""
    words = split_words(sentence[start:end])
    value, used = word_number_prefix(words)
    if used == 0:
        return None, end
    if used < len(words):
        end = start + list(P.WORD_IN_PHRASE.finditer(sentence[start:end]))[used - 1].end()
        words = words[:used]
    if capitalised_inside(sentence, start):
        return None, end
    hit = Hit(start, end, value, value)
    first = words[0].lower()
    if first in SCALE_WORDS and not left_article(sentence, hit):
        return None, end
    if words[-1].lower() in TENS and (compound := P.ORDINAL_COMPOUND.match(sentence, end)):
        hit.low = hit.high = value + ORDINAL_UNITS[compound.group("o").lower()]
        hit.end = compound.end()
        return digit_ordinal(sentence, hit)
    if P.FRACTION_AFTER.match(sentence, end):
        return None, end
    if first == "one" and used == 1 and pronoun_one(sentence, hit):
        return None, end
    hit.scaled = any(w.lower() in SCALE_WORDS for w in words)
    if not left_currency(sentence, hit):
        return None, end
    left_qualifier(sentence, hit)
    if P.TIME_AFTER.match(sentence, hit.end):
        return None, hit.end
    ranged = range_after(sentence, hit, integer=True)
    if ranged is None:
        return None, hit.end
    if not unit_after(sentence, hit):
        return None, hit.end
    return hit, hit.end


def left_article(sentence: str, hit: Hit) -> bool:
    """Attach "a"/"half a" before a bare scale word ("a hundred", "half a million")."""
    found = P.LEFT_ARTICLE.search(sentence, max(0, hit.start - 12), hit.start)
    if found is None:
        return False
    if found.group("a").lower().startswith(("half", "a half")):
        hit.low, hit.high = hit.low / 2, hit.high / 2
    hit.start = found.start("a")
    return True


def pronoun_one(sentence: str, hit: Hit) -> bool:
    """Return True when "one" is a pronoun or idiom rather than a count."""
    if prev_word(sentence, hit.start).lower() in ONE_PRONOUN_BEFORE:
        return True
    rest = sentence[hit.end :].lstrip()
    if not rest or not (rest[0].isalnum() or rest[0] in "$£€%-"):
        return True
    following = P.FOLLOWING.match(sentence, hit.end)
    return following is not None and following.group("w1").lower() in ONE_PRONOUN_AFTER


def from_vague(sentence: str, start: int, end: int) -> tuple[Hit | None, int]:
    """Handle "dozens", "hundreds of", "tens of thousands", "billions of dollars"."""
    key = " ".join(sentence[start:end].lower().split())
    has_of = P.OF_AFTER.match(sentence, end) is not None
    if key not in VAGUE or (key in ("tens", "scores") and not has_of):
        return None, end
    if capitalised_inside(sentence, start):
        return None, end
    low, high = VAGUE[key]
    hit = Hit(start, end, low, high, approximate=True, is_range=True)
    if not unit_after(sentence, hit, allow_of=True):
        return None, hit.end
    if hit.unit and hit.kind == "number" and has_of:
        noun = P.FOLLOWING.match(sentence, P.OF_AFTER.match(sentence, end).end())  # type: ignore[union-attr]
        if noun is not None and lemma(noun.group("w1").lower()) == hit.unit:
            hit.end = noun.end("w1")
    return hit, hit.end


def from_ordinal_or_fraction(sentence: str, start: int, end: int) -> tuple[Hit | None, int]:
    """Handle "third" (ordinal), "two-thirds of", "half of", "half a million"."""
    word = sentence[start:end].lower()
    if word == "half":
        return half(sentence, start, end)
    if word in FRACTIONS:
        hit = fraction(sentence, start, end, FRACTIONS[word])
        if hit is not None or word not in ORDINAL_WORDS:
            return hit, end
    if word not in ORDINAL_WORDS or capitalised_inside(sentence, start):
        return None, end
    hit = Hit(start, end, ORDINAL_WORDS[word], ORDINAL_WORDS[word])
    return digit_ordinal(sentence, hit)


def half(sentence: str, start: int, end: int) -> tuple[Hit | None, int]:
    """Handle "half a million", "half a percent", "half of", "about half"."""
    hit = Hit(start, end, 0.5, 0.5)
    scaled = P.HALF_A_AFTER.match(sentence, end)
    if scaled is not None:
        hit.low = hit.high = 0.5 * SCALE_WORDS[scaled.group("x").lower()]
        hit.end = scaled.end()
    else:
        article = P.HALF_A_PERCENT.match(sentence, end)
        if article is not None:
            hit.end = article.end()
    left_qualifier(sentence, hit)
    if scaled is None and hit.end == end:
        if not P.OF_AFTER.match(sentence, end) and hit.qualifier is None:
            return None, end
        hit.unit = "fraction"
        return hit, hit.end
    if not unit_after(sentence, hit):
        return None, hit.end
    return hit, hit.end


def fraction(sentence: str, start: int, end: int, part: float) -> Hit | None:
    """Handle "a third of", "two-thirds of", "three quarters of" (unit "fraction")."""
    numerator = P.LEFT_NUMERATOR.search(sentence, max(0, start - 12), start)
    if numerator is None:
        return None
    count = numerator.group("n").lower()
    times = 1 if count in ("a", "an") else SMALL.get(count, 0)
    if times == 0:
        return None
    hit = Hit(numerator.start("n"), end, times * part, times * part, unit="fraction")
    left_qualifier(sentence, hit)
    if hit.qualifier is None and not P.OF_AFTER.match(sentence, end):
        return None
    return hit
