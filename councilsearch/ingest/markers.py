"""List markers: the bullets, letters, numbers and numerals that open a list item or a
numbered paragraph, written once for every reader of them."""

from __future__ import annotations

import re

# A line that starts a new block: a bullet, "(a)", "a)", "A.", "83.", "5.2", "(iv)".
ITEM_START = re.compile(
    r"^(?:[-–—•◦▪●■*](?:\s|$)|\(?[a-zA-Z]\)\s|[A-Z]\.\s|\((?:[ivxlc]{1,6}|\d{1,3})\)\s|"
    r"(?:[ivxlc]{1,6})[.)]\s|\d{1,3}(?:\.\d{1,3})*[.)]?\s+(?=[A-Z(£“\"'‘])|\d{1,3}(?:\.\d{1,3})+\s)"
)
# A marker printed as its own run before the item's text (bullet glyph, "1.", "(a)").
MARKER_ONLY = re.compile(r"^(?:[-–—•◦▪●■*o]|\(?[a-zA-Z]{1,3}[.)]|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\([ivxlc]{1,6}\))$")
# The number a numbered item starts with ("3.", "(3)", "3)"), captured.
ITEM_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]?(?:\s|$)")
