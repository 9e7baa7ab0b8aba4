"""Currencies: the symbols and codes written before an amount, the names written after it, and the ISO codes."""

from __future__ import annotations

# Currency written before the number. Keys are normalised (spaces removed, upper-cased).
CURRENCY_PREFIX: dict[str, str] = {
    "$": "USD", "US$": "USD", "USD$": "USD", "U.S.$": "USD", "USD": "USD",
    "AU$": "AUD", "A$": "AUD", "AUD": "AUD", "AUD$": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "CAN$": "CAD",
    "NZ$": "NZD", "NZD": "NZD", "HK$": "HKD", "HKD": "HKD", "S$": "SGD", "SGD": "SGD",
    "NT$": "TWD", "R$": "BRL", "MX$": "MXN",
    "£": "GBP", "GB£": "GBP", "GB#": "GBP", "#": "GBP", "GBP": "GBP", "STG": "GBP",
    "€": "EUR", "EUR": "EUR", "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "₹": "INR", "RS": "INR", "RS.": "INR", "INR": "INR", "₩": "KRW", "KRW": "KRW",
    "CHF": "CHF", "SFR": "CHF", "₽": "RUB", "RUB": "RUB", "₺": "TRY", "₴": "UAH", "UAH": "UAH",
}

# Currency written after the number (lower-cased, single spaces).
CURRENCY_SUFFIX: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "u.s. dollar": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
    "swiss francs": "CHF", "francs": "CHF", "pesos": "MXN", "real": "BRL", "reais": "BRL",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR",
    "aud": "AUD", "cad": "CAD", "chf": "CHF", "rmb": "CNY",
    "cent": "USD/100", "cents": "USD/100", "pence": "GBP/100", "p": "GBP/100",
}

# ISO codes of the currencies above ("cent" and "pence" are hundredths of one of them).
CURRENCIES: frozenset[str] = frozenset(code for code in (*CURRENCY_PREFIX.values(), *CURRENCY_SUFFIX.values())
                                       if "/" not in code)
