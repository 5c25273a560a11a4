"""List markers: the bullets, letters, numbers and numerals that open a list item or a
numbered paragraph, written once for every reader of them.

Each reader asks its own question, so there is a pattern for each, built from the same parts:

- ``ITEM_START`` (PDF layout): does this line start a new block (a list item or a numbered
  paragraph), so that it is not joined to the line above? ``MARKER_ONLY``: is this run of text
  nothing but a marker, printed apart from its item's text? ``ITEM_NUMBER``: the number a
  table row's item carries;
- ``LIST_ITEM`` (sections): is this line of canonical text a list item? Numbered paragraphs
  ("83.", "5.2") are not: the sectioner reads those as numbered paragraphs or headings;
- ``MARKED_ITEM`` (HTML): does a list item's text already start with its own marker, so that
  none is added?
"""

from __future__ import annotations

import re

# Bullet glyphs (the PDF reader maps Symbol-font bullets to "•" first). "-" stays first: in a
# character class it is then a hyphen, not a range.
_BULLET = "-–•◦▪●*"
# The PDF reader also takes an em dash and a black square for a bullet.
_PDF_BULLET = _BULLET + "—■"
# A lower-case roman numeral, loosely ("iv", "xii"); the sectioner asks for i to x only.
_ROMAN = r"[ivxlc]{1,6}"

# A line that starts a new block: a bullet, "(a)", "a)", "A.", "83.", "5.2", "(iv)".
ITEM_START = re.compile(
    r"^(?:[" + _PDF_BULLET + r"](?:\s|$)|\(?[a-zA-Z]\)\s|[A-Z]\.\s|\((?:" + _ROMAN + r"|\d{1,3})\)\s|"
    r"(?:" + _ROMAN + r")[.)]\s|\d{1,3}(?:\.\d{1,3})*[.)]?\s+(?=[A-Z(£“\"'‘])|\d{1,3}(?:\.\d{1,3})+\s)"
)
# A marker printed as its own run before the item's text (bullet glyph, "1.", "(a)").
MARKER_ONLY = re.compile(
    r"^(?:[" + _PDF_BULLET + r"o]|\(?[a-zA-Z]{1,3}[.)]|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(" + _ROMAN + r"\))$"
)
# The number a numbered item starts with ("3.", "(3)", "3)"), captured.
ITEM_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]?(?:\s|$)")

# A list item in canonical text: a bullet, "(a)", "a)", "(iv)", "(12)".
LIST_ITEM = re.compile(
    r"^[ \t]*(?:[" + _BULLET + r"](?:[ \t]|$)|\(?[a-z]\)[ \t]|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)\)[ \t]|"
    r"\(\d{1,2}\)[ \t])"
)
# Item text that carries its own marker: a bullet, "1.", "2)", "a.", "(b)", "(iv)".
MARKED_ITEM = re.compile(
    r"^(?:[" + _BULLET + r"]\s|\(?[0-9]{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|\(" + _ROMAN + r"\)\s)"
)
