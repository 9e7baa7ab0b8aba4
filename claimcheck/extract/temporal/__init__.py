"""Temporal expression extraction and TIMEX3 normalisation for news sentences.

``extract_temporal(sentence, offset, published)`` finds dates, times, durations and sets with
compiled regular expressions and small lookup tables, and anchors relative expressions to the
publication date (see ``anchor`` for the past/future rule, ``dates`` for the year rule).
"""

from claimcheck.extract.temporal.core import extract_temporal

__all__ = ["extract_temporal"]
