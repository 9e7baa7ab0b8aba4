"""Number, money, percent, quantity and ordinal extraction.

- ``extract_numbers(sentence, offset, exclude=())``: the mentions of one sentence (``extract.py``).
  Whether two quantities can both be true is the compare stage's (``claimcheck.compare.quantities``).

Modules: ``lexicon`` (tables), ``patterns`` (compiled regexes), ``values`` (parsing, intervals,
normalised strings), ``hit`` (a mention under construction), ``context`` (currency, qualifier,
scale, range and unit around a number), ``digits`` and ``words`` (the two kinds of candidates).
"""

from claimcheck.extract.numbers.extract import extract_numbers

__all__ = ["extract_numbers"]
