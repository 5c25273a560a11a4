"""The words and number shapes figures are read with: months, number words, scales, duration
units, the words that make a sentence about money, and the regular-expression pieces for a
number, a scale and a dash."""

from __future__ import annotations

import re

EXTRACTOR = "figures.v48"
MAX_ABS_VALUE = 1e15  # anything larger is not a figure from a council paper
IMPLAUSIBLE_GBP = 1e12  # flagged: beyond £1tn
MAX_DIGITS = 15

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MON = "|".join(
    v for name in sorted(MONTHS, key=len, reverse=True) for v in (name.capitalize(), name.upper())
)

WORD_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
WORD_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS_ALT = "|".join(sorted(WORD_UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(WORD_TENS)
_ONES_ALT = "one|two|three|four|five|six|seven|eight|nine"
WORDNUM = rf"(?i:(?:{_TENS_ALT})(?:[- ](?:{_ONES_ALT}))?|{_UNITS_ALT})"

def word_value(s: str) -> int | None:
    """The number a number word of ``WORDNUM`` says ("thirteen": 13, "twenty-one": 21); None
    when it says none."""
    w = s.lower().replace("-", " ").split()
    if not w:
        return None
    if len(w) == 1:
        return WORD_UNITS.get(w[0], WORD_TENS.get(w[0]))
    tens, ones = WORD_TENS.get(w[0]), WORD_UNITS.get(w[1])
    if tens is None or ones is None or ones > 9:
        return None
    return tens + ones


FRACTION_WORDS = {
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
    "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths",
}  # fmt: skip
# "one" is a count only before a noun; these words say it is not ("one of", "one-off", "no one")
ONE_NEXT_STOP = {
    "of", "another", "off", "or", "and", "to", "that", "which", "who", "way", "go", "thing",
    "another's", "hand", "side", "day", "point", "",
}  # fmt: skip
ONE_PREV_STOP = {"no", "any", "every", "each", "some", "the", "this", "that", "which", "another"}

SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9,
    "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
DUR_UNITS = {
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "month": "M", "months": "M",
    "mth": "M", "mths": "M", "week": "W", "weeks": "W", "wk": "W", "wks": "W", "day": "D",
    "days": "D", "hour": "H", "hours": "H", "hr": "H", "hrs": "H", "minute": "TM",
    "minutes": "TM", "min": "TM", "mins": "TM",
}  # fmt: skip

MONEY_WORDS = re.compile(
    r"£|\b(?:budgets?|costs?|spend|spending|savings?|fund|funding|income|revenue|expenditure|"
    r"deficits?|surplus|overspend|underspend|reserves?|grants?|capital|pounds|dividends?|"
    r"receipts?|payments?|finance|financial|benefits?|value|debts?|borrowing|loans?|fees?|prices?|"
    r"charges?|tax|rents?|wages?|salary|salaries|investment|money)\b",
    re.IGNORECASE,
)

SP = r"[ \u00a0]"
NUM = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
SCALE = r"(?i:thousand|million|billion|trillion|bn|mn|tn|m|k)(?![A-Za-z0-9])"
DASH = "-–−"  # hyphen-minus, en dash, minus sign
DASH_RX = r"\-–−"  # the same inside a regex character class
