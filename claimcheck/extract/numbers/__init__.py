"""Number, money, percent, quantity and ordinal extraction, and quantity comparison.

- ``extract_numbers(sentence, offset, exclude=())``: the mentions of one sentence (``extract.py``).
- ``comparable(a, b)`` / ``agrees(a, b)``: same unit family; both true at once, rounding-aware
  (``compare.py``).

Modules: ``lexicon`` (tables), ``patterns`` (compiled regexes), ``values`` (parsing, intervals,
normalised strings), ``hit`` (a mention under construction), ``context`` (currency, qualifier,
scale, range and unit around a number), ``digits`` and ``words`` (the two kinds of candidates).
"""

from claimcheck.extract.numbers.compare import agrees, comparable
from claimcheck.extract.numbers.extract import extract_numbers

__all__ = ["agrees", "comparable", "extract_numbers"]
