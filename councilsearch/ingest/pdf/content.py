"""pypdf's content-stream parser, with a fast path for the tokens a page is made of.

pypdf reads a page's content stream a byte at a time (``stream.read(1)`` per character of every
number, hex string and array), which was about two fifths of its text extraction on the
bundled papers: a Word or Modern.gov page is tens of thousands of TJ arrays of hex strings and
kerning numbers. ``parse_content_stream`` gives the same ``ContentStream.operations`` (same
objects, same types, same values, the same parsing budget spent) by matching those tokens with
regular expressions over the stream's bytes; anything else (dictionaries, inline images,
booleans, nulls, escaped strings, names with ``#``, comments inside arrays, anything malformed)
is handed to pypdf's own reader at the same position, so pypdf decides what it means and
which error it raises.

``fast_content_streams()`` puts it in place of ``ContentStream._parse_content_stream`` while
the block runs (``parse_pdf`` wraps its extraction in it); nested and concurrent blocks are
counted, and the original is back when the last one ends. If the pypdf in use lacks what the
fast path leans on, the block changes nothing.
"""

from __future__ import annotations

import contextlib
import re
import threading
from binascii import unhexlify
from collections.abc import Iterator
from io import BytesIO
from typing import Any

try:
    from pypdf._configuration import get_configuration
    from pypdf._utils import read_until_regex
    from pypdf.errors import LimitReachedError
    from pypdf.generic import _data_structures as _ds
    from pypdf.generic._base import ByteStringObject, FloatObject, NameObject, NumberObject
    from pypdf.generic._utils import StreamParsingBudget, create_string_object

    _ORIGINAL: Any = _ds.ContentStream._parse_content_stream
    _ArrayObject: Any = _ds.ArrayObject
    _read_object: Any = _ds.read_object
    _INDIRECT: re.Pattern[bytes] = _ds.IndirectPattern
    _NUMBER_END: re.Pattern[bytes] = NumberObject.NumberPattern
    _DELIMITER: re.Pattern[bytes] = NameObject.delimiter_pattern
    _OP_LIMIT = int(_ds.ContentStream._OPERATOR_LENGTH_LIMIT)
    _AVAILABLE = True
except (ImportError, AttributeError):  # another pypdf: keep its own parser
    _AVAILABLE = False

# what pypdf skips between top-level tokens (read_non_whitespace) and inside arrays (isspace
# or one of those, which adds the vertical tab)
_TOP_SPACE = re.compile(rb"[\x00\t\n\f\r ]*")
_ARRAY_SPACE = re.compile(rb"[\x00\t\n\x0b\f\r ]*")
_HEX = re.compile(rb"<([0-9A-Fa-f\x00\t\n\f\r ]*)>")
_HEX_SPACE = b"\x00\t\n\f\r "
_LITERAL = re.compile(rb"\(([^()\\]*)\)")
_EOL = re.compile(rb"[\r\n]")
# a top-level operator or number, after pypdf's white space: an operator of fewer than _SHORT
# characters ending at a delimiter (or the end), a number of fewer than 20 ending at a character
# that is not one (read_object's look-ahead); anything else goes the token-by-token way
_TOP = re.compile(rb"[\x00\t\n\f\r ]*(?:([A-Za-z'\"][^\s()<>\[\]{}/%]{0,98})(?=[\s()<>\[\]{}/%]|\Z)"
                  rb"|([+\-.0-9][+,\-.0-9]{0,18})(?![+,\-.0-9]))")
_NUMBER_START = frozenset(b"0123456789+-.")
_OPERATOR_START = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\"")
_SHORT = 100  # a name or operator this long or longer: pypdf reads it (its length limits)
# an array of hex strings, numbers and plain literal strings only (a TJ array), checked in one
# match (possessive, so a long array that fails to match fails at once), then read element by
# element: exactly one of the three groups is non-empty (each keeps its brackets), and a number
# is the longest run of number characters, as pypdf reads it. (No capturing group sits under a
# possessive quantifier: Python 3.11's re can misreport such a group's span.)
_SPACE = rb"[\x00\t\n\x0b\f\r ]*"
_HEX_TOKEN = rb"<[0-9A-Fa-f\x00\t\n\f\r ]*>"
_NUMBER_TOKEN = rb"[+\-.0-9][+,\-.0-9]*"
_LITERAL_TOKEN = rb"\([^()\\]*\)"
_ELEMENTS = re.compile(_SPACE + rb"(?:(" + _HEX_TOKEN + rb")|(" + _NUMBER_TOKEN + rb")|(" + _LITERAL_TOKEN + rb"))")
_PLAIN_ARRAY = re.compile(
    rb"\[(?:" + _SPACE + rb"+(?:" + (_HEX_TOKEN + rb"|" + _NUMBER_TOKEN + rb"|" + _LITERAL_TOKEN).replace(b"]*", b"]*+")
    + rb"))*+" + _SPACE + rb"+\]"
)


class _SlowError(Exception):
    """The fast path does not handle this token: pypdf reads it."""


def _number(data: bytes, pos: int) -> tuple[Any, int]:
    """A number at ``pos`` as pypdf's read_object reads one (a 20-byte look-ahead)."""
    if _INDIRECT.match(data, pos, pos + 20) is not None:
        raise _SlowError  # "1 0 R": pypdf's business (it refuses it in a content stream)
    end = _NUMBER_END.search(data, pos, pos + 20)
    if end is None:
        raise _SlowError
    num = data[pos : end.start()]
    return (FloatObject(num) if b"." in num else NumberObject(num)), end.start()


def _simple(data: bytes, pos: int, enc: Any) -> tuple[Any, int]:
    """A number, hex string, plain literal string or plain name at ``pos``, else ``_SlowError``."""
    c = data[pos]
    if c in _NUMBER_START:
        return _number(data, pos)
    if c == 60:  # "<"
        m = _HEX.match(data, pos)
        if m is None:
            raise _SlowError  # a dictionary, or a malformed hex string
        digits = m.group(1).translate(None, _HEX_SPACE)
        return create_string_object(unhexlify(digits + b"0" if len(digits) % 2 else digits), enc), m.end()
    if c == 40:  # "("
        m = _LITERAL.match(data, pos)
        if m is None:
            raise _SlowError  # escapes or nested parentheses
        return create_string_object(m.group(1), enc), m.end()
    if c == 47:  # "/"
        m = _DELIMITER.search(data, pos + 1)
        end = m.start() if m is not None else len(data)
        raw = data[pos:end]
        if end - pos >= _SHORT or b"#" in raw:
            raise _SlowError
        try:
            return NameObject(raw.decode("utf-8")), end
        except UnicodeDecodeError:
            raise _SlowError from None
    raise _SlowError


def _array(data: bytes, pos: int, enc: Any, budget: Any) -> tuple[Any, int]:
    """An array of simple tokens at ``pos`` (``data[pos]`` is "["), its elements charged to
    ``budget`` as pypdf charges them; ``_SlowError`` (nothing charged) for anything else."""
    plain = _PLAIN_ARRAY.match(data, pos)
    if plain is not None:
        items = _plain_elements(data, pos + 1, plain.end() - 1, enc)
        p = plain.end()
    else:
        items, p = _elements(data, pos + 1, enc)
    k = len(items)
    if k > get_configuration().array_maximum_element_count or budget.remaining_budget - k < 0:
        raise _SlowError  # pypdf raises its limit error at the element it is reached
    budget.remaining_budget -= k
    arr = _ArrayObject()
    arr.extend(items)
    return arr, p


def _plain_elements(data: bytes, start: int, end: int, enc: Any) -> list[Any]:
    """The elements of a plain array (``_PLAIN_ARRAY``) between its brackets."""
    items: list[Any] = []
    add = items.append
    # create_string_object(b, "bytes") is ByteStringObject(b): what text extraction asks for
    bytes_only = enc == "bytes"
    for hexa, num, lit in _ELEMENTS.findall(data, start, end):
        if num:
            if len(num) >= 20:
                raise _SlowError  # beyond read_object's look-ahead
            add(FloatObject(num) if b"." in num else NumberObject(num))
            continue
        if hexa:
            token = hexa[1:-1].translate(None, _HEX_SPACE)
            token = unhexlify(token + b"0" if len(token) % 2 else token)
        else:
            token = lit[1:-1]
        add(ByteStringObject(token) if bytes_only else create_string_object(token, enc))
    return items


def _elements(data: bytes, pos: int, enc: Any) -> tuple[list[Any], int]:
    """The elements of an array from ``pos`` (after its "["), one token at a time, and where it
    ends; ``_SlowError`` at anything but a simple token."""
    items: list[Any] = []
    n = len(data)
    p = pos
    while True:
        p = _ARRAY_SPACE.match(data, p).end()  # type: ignore[union-attr]
        if p >= n:
            break  # pypdf ends an array at the end of the stream
        c = data[p]
        if c == 93:  # "]"
            p += 1
            break
        if c == 91 or c == 37 or c == 110:  # a nested array, a comment, null
            raise _SlowError
        obj, p = _simple(data, p, enc)
        items.append(obj)
    return items, p


def _operand(data: bytes, pos: int, stream: BytesIO, enc: Any, budget: Any) -> tuple[Any, int]:
    try:
        if data[pos] == 91:  # "["
            return _array(data, pos, enc, budget)
        return _simple(data, pos, enc)
    except _SlowError:
        stream.seek(pos)
        obj = _read_object(stream, None, enc, parsing_budget=budget)
        return obj, stream.tell()


def parse_content_stream(self: Any, stream: Any) -> None:
    """``ContentStream._parse_content_stream`` (pypdf's loop, token for token), reading the
    common tokens from the bytes directly."""
    if not isinstance(stream, BytesIO):
        _ORIGINAL(self, stream)
        return
    data = stream.getvalue()
    n = len(data)
    pos = 0
    operands: list[Any] = []
    budget = StreamParsingBudget(remaining_budget=get_configuration().stream_parsing_work_maximum_count)
    ops = self._operations
    enc = self.forced_encoding
    check = self._check_limits
    while True:
        m = _TOP.match(data, pos)
        if m is not None:  # a short operator, or a short number that is not "1 0 R"
            op = m.group(1)
            if op is None:  # a number; "1 0 R" is left to pypdf's reader, below
                fast = _INDIRECT.match(data, m.start(2), m.start(2) + 20) is None
            else:  # an operator; an inline image is read below
                fast = op != b"BI"
            if fast:
                if budget.remaining_budget > 0:  # what _check_limits does when it does not raise
                    budget.remaining_budget -= 1
                else:
                    check(parsing_budget=budget, token_decrement=1)
                if op is None:
                    num = m.group(2)
                    operands.append(FloatObject(num) if b"." in num else NumberObject(num))
                else:
                    ops.append((operands, op))
                    operands = []
                pos = m.end()
                continue
        pos = _TOP_SPACE.match(data, pos).end()  # type: ignore[union-attr]
        if pos >= n:
            break
        c = data[pos]
        if c in _OPERATOR_START:
            m = _DELIMITER.search(data, pos)
            end = m.start() if m is not None else n
            if end - pos < _SHORT:
                operator = data[pos:end]
                pos = end
            else:
                stream.seek(pos)
                operator = read_until_regex(stream=stream, regex=_DELIMITER, length=_OP_LIMIT)
                pos = stream.tell()
            if operator == b"BI":
                assert operands == []
                check(parsing_budget=budget, token_decrement=2)
                stream.seek(pos)
                ii = self._read_inline_image(stream, parsing_budget=budget)
                pos = stream.tell()
                ops.append((ii, b"INLINE IMAGE"))
            else:
                check(parsing_budget=budget, token_decrement=1)
                ops.append((operands, operator))
                operands = []
        elif c == 37:  # "%": a comment runs to the end of its line, which it takes
            m = _EOL.search(data, pos)
            pos = m.end() if m is not None else n
        else:
            check(parsing_budget=budget, token_decrement=1)
            obj, pos = _operand(data, pos, stream, enc, budget)
            operands.append(obj)
    stream.seek(pos)


_LOCK = threading.Lock()
_ACTIVE = 0


@contextlib.contextmanager
def fast_content_streams() -> Iterator[None]:
    """Within the block, pypdf parses content streams with ``parse_content_stream``."""
    global _ACTIVE
    if not _AVAILABLE:
        yield
        return
    with _LOCK:
        if _ACTIVE == 0:
            _ds.ContentStream._parse_content_stream = parse_content_stream  # type: ignore[method-assign]
        _ACTIVE += 1
    try:
        yield
    finally:
        with _LOCK:
            _ACTIVE -= 1
            if _ACTIVE == 0:
                _ds.ContentStream._parse_content_stream = _ORIGINAL  # type: ignore[method-assign]


__all__ = ["LimitReachedError", "fast_content_streams", "parse_content_stream"]
