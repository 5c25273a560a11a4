"""The fast content-stream parser (ingest/pdf/content.py) gives pypdf's operations exactly:
on every page and form of the bundled PDFs, on invented streams with the tokens it reads
itself and the ones it hands back, and on seeded random damage to real streams (the same
operations before the same error, with the same message)."""

from __future__ import annotations

import io
import logging
import random
import warnings
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from councilsearch.ingest.pdf import content
from councilsearch.ingest.pdf.parse import parse_pdf

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "tests" / "data").rglob("*.pdf"))

pytestmark = pytest.mark.skipif(not content._AVAILABLE, reason="this pypdf lacks what the fast path uses")


def same(a: Any, b: Any) -> bool:
    """Equal values of the same types, all the way down (a TextStringObject's original bytes too)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, float) and a != a:
        return b != b
    return bool(a == b) and getattr(a, "_original_bytes", None) == getattr(b, "_original_bytes", None)


def operations(data: bytes, encoding: Any, fast: bool) -> tuple[Any, ...]:
    cs = ContentStream(None, None, encoding)
    cs.set_data(data)
    cs._operations = []
    parse = content.parse_content_stream if fast else content._ORIGINAL
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parse(cs, io.BytesIO(data))
    except Exception as exc:
        return ("error", type(exc).__name__, str(exc), cs._operations)
    return ("ok", cs._operations)


def assert_same(data: bytes, encodings: tuple[Any, ...] = ("bytes", None)) -> None:
    for encoding in encodings:
        stock, fast = operations(data, encoding, False), operations(data, encoding, True)
        assert same(stock, fast), (data[:200], stock[:3], fast[:3])


def streams(path: Path, pages: int = 6) -> list[bytes]:
    """The content stream of each of the first ``pages`` pages and of each form XObject it paints."""
    reader = PdfReader(path)
    out = []
    for page in list(reader.pages)[:pages]:
        contents = page.get_contents()
        if contents is not None:
            out.append(contents.get_data())
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        for xobj in (xobjects.get_object().values() if xobjects is not None else ()):
            xobj = xobj.get_object()
            if xobj.get("/Subtype") == "/Form":
                out.append(xobj.get_data())
    return out


@pytest.fixture(scope="module")
def real_streams() -> list[bytes]:
    logging.disable(logging.WARNING)
    try:
        return [s for p in PDFS for s in streams(p)]
    finally:
        logging.disable(logging.NOTSET)


def test_bundled_pdfs_give_the_same_operations(real_streams: list[bytes]) -> None:
    assert len(real_streams) > 50
    for data in real_streams:
        assert_same(data, ("bytes",))  # what text extraction asks for


@pytest.mark.parametrize("data", [
    b"BT /F1 12 Tf 72 700 Td [<0041> -20 <00420043> 5.5 (plain) -.5 <4 1 >] TJ ET",
    b"BT [<414>] TJ (odd hex above, escapes here: \\(a\\) \\101) Tj ET",
    b"[(nested (parentheses)) 1] TJ [ /Name 3 ] TJ [<</A 1>> 2] TJ [true false null] TJ",
    b"1 0 0 1 0 0 cm % a comment\r\n q 1,5 2.3.4 -- . + w Q [1 2 R] TJ",
    b"BI /W 2 /H 2 /BPC 8 /CS /G ID \x00\x01\x02\x03 EI Q",
    b"/Na#6De 12 Tf /\xff\xfe 3 Tf /caf\xc3\xa9 1 Tf",
    b"[" + b"1 " * 30 + b"] TJ " + b"[12345678901234567890123 4] TJ",
    b"[<00\x0b41>] TJ", b"[<0041", b"[(unterminated", b"(abc", b"[1 2", b"<<", b"]", b"{ }", b")",
    b"1 2 3 4 5 6 Tm\x0b(vt) Tj", b"'", b'0 0 (x) "', b"T* " * 3, b"[\x00<41>\x0c2]TJ",
])
def test_invented_streams_give_the_same_operations(data: bytes) -> None:
    assert_same(data)


def test_damaged_streams_give_the_same_operations_and_errors(real_streams: list[bytes]) -> None:
    rng = random.Random(15)
    special = b"()<>[]{}/%\\ \n\r\t\x00\x0b\x0c0123456789.,+-#RTJjBIEInulltrue'\""
    logging.disable(logging.WARNING)
    try:
        for _ in range(600):
            data = bytearray(rng.choice(real_streams))
            if len(data) > 3000:
                start = rng.randrange(len(data) - 3000)
                data = data[start : start + 3000]
            for _ in range(rng.randint(1, 6)):
                k = rng.randrange(len(data) + 1)
                r = rng.random()
                if r < 0.4 and data:
                    data[min(k, len(data) - 1)] = rng.choice(special)
                elif r < 0.7:
                    data[k:k] = bytes([rng.choice(special)])
                elif r < 0.85:
                    data = data[:k]
                else:
                    del data[k : k + rng.randint(1, 5)]
            assert_same(bytes(data), ("bytes",))
    finally:
        logging.disable(logging.NOTSET)


def test_the_parser_is_put_back_after_the_block() -> None:
    stock = ContentStream._parse_content_stream
    with content.fast_content_streams():
        with content.fast_content_streams():
            assert ContentStream._parse_content_stream is content.parse_content_stream
        assert ContentStream._parse_content_stream is content.parse_content_stream
    assert ContentStream._parse_content_stream is stock


def test_parse_pdf_text_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = ROOT / "tests" / "data" / "pdf"
    paths = sorted(pdf.glob("*.pdf"))[:2]
    fast = [parse_pdf(p.read_bytes(), p.name) for p in paths]
    import contextlib

    import councilsearch.ingest.pdf.parse as pdf_parse

    monkeypatch.setattr(pdf_parse, "fast_content_streams", contextlib.nullcontext)
    stock = [parse_pdf(p.read_bytes(), p.name) for p in paths]
    assert fast == stock


def test_random_arrays_give_the_same_operations() -> None:
    """Arrays built from the tokens the fast path reads (and a few it hands back), joined by
    every kind of white space or none: the same elements, or the same error."""
    rng = random.Random(7)
    tokens = [b"<0041>", b"<4 1>", b"<414>", b"<>", b"<\x0c41\x00>", b"12", b"-3.5", b".5", b"+1", b"1,5",
              b"1-2", b"2.3.4", b"-", b"12345678901234567890", b"(ab c)", b"()", b"(a(b)c)", b"(a\\)b)",
              b"/Nm", b"null", b"true", b"[1]", b"<</A 1>>", b"%c\n", b"1 0 R", b"x"]
    spaces = [b"", b" ", b"\n", b"\r\n", b"\t", b"\x00", b"\x0b", b"\x0c"]
    logging.disable(logging.WARNING)
    try:
        for _ in range(400):
            parts = [rng.choice(tokens) if rng.random() < 0.9 else rng.choice(tokens[:12]) for _ in range(rng.randint(0, 12))]
            body = b"".join(rng.choice(spaces) + p for p in parts) + rng.choice(spaces)
            end = rng.choice([b"] TJ", b"]TJ", b"", b"] TJ [<41>] TJ"])
            assert_same(b"BT /F1 9 Tf [" + body + end + b" ET", ("bytes",))
    finally:
        logging.disable(logging.NOTSET)


def test_random_top_level_tokens_give_the_same_operations() -> None:
    """Operators and numbers between other tokens, joined by every kind of white space or none
    (long operators, numbers past the look-ahead, "1 0 R", an inline image): the same operations,
    or the same error."""
    rng = random.Random(11)
    tokens = [b"Tj", b"TJ", b"T*", b"'", b'"', b"BT", b"ET", b"re", b"Tf", b"BI", b"ID", b"EI", b"q", b"Q",
              b"A" * 120, b"12", b"-3.5", b".5", b"+1", b"1,5", b"1-2", b"-", b"1234567890123456789",
              b"12345678901234567890", b"1 0 R", b"3 0 Rx", b"/F1", b"<41>", b"(a b)", b"[1 <41>]", b"%c\n", b"}"]
    spaces = [b"", b" ", b"\n", b"\r", b"\t", b"\x00", b"\x0b", b"\x0c"]
    logging.disable(logging.WARNING)
    try:
        for _ in range(400):
            parts = [rng.choice(tokens) for _ in range(rng.randint(0, 14))]
            assert_same(b"".join(rng.choice(spaces) + p for p in parts) + rng.choice(spaces), ("bytes",))
    finally:
        logging.disable(logging.NOTSET)
