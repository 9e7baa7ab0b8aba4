"""Number, money, percent, quantity and ordinal extraction, and quantity comparison."""

from claimcheck.extract.numbers.compare import agrees, comparable
from claimcheck.extract.numbers.extract import extract_numbers

__all__ = ["agrees", "comparable", "extract_numbers"]
