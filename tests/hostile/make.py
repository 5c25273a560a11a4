"""Build a corpus of hostile files into a folder: nothing is downloaded or committed.

``build(folder)`` writes every file and returns ``{name: Case}``; each Case says what a correct
parser may do with it (``expect``: the error classes allowed, plus ``"ok"`` when a clean parse
is acceptable). The PDFs and zips are written byte by byte here, so each defect is exactly the
one named: a truncated file, an xref pointing outside the file, a loop of outline items, a
circular ``/Prev`` chain, a deflate bomb, a stream with a huge ``/Length``, and so on.

Run ``python -m tests.hostile.make DIR`` to look at the files.
"""

from __future__ import annotations

import io
import random
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from councilsearch import errors

# --- PDF ------------------------------------------------------------------------------------


def _stream(data: bytes, extra: bytes = b"", length: int | None = None) -> bytes:
    n = len(data) if length is None else length
    return b"<< /Length %d %s>>\nstream\n" % (n, extra) + data + b"\nendstream"


def pdf(objects: list[bytes], *, trailer: bytes = b"", root: int = 1) -> bytes:
    """A PDF with ``objects`` numbered from 1, a correct xref table and trailer."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, trailer, xref))
    return out.getvalue()


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
SENTENCES = (
    "Revenue outturn for 2024/25 was a net underspend of 7.0m against the approved budget.",
    "The council has delivered 13.2m of the 23m of planned savings.",
    "Reserves stood at 26m at the end of the year, and the forecast deficit is 4.5m.",
)


def _text_content(lines: list[str]) -> bytes:
    ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
    for ln in lines:
        ops.append(b"(" + ln.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '")
    ops.append(b"ET")
    return b"\n".join(ops)


def text_pdf(pages: int = 1, extra_catalog: bytes = b"", extra_objects: list[bytes] | None = None,
             content_filter: tuple[bytes, bytes] | None = None) -> bytes:
    """A plain PDF with ``pages`` pages of text. Objects: 1 catalog, 2 pages, 3 font, then a
    page and its content stream per page, then ``extra_objects``."""
    extra_objects = extra_objects or []
    first = 4
    kids = b" ".join(b"%d 0 R" % (first + 2 * i) for i in range(pages))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R " + extra_catalog + b">>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        FONT,
    ]
    for i in range(pages):
        content = first + 2 * i + 1
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % content
        )
        body = _text_content([f"Page {i + 1}.", *SENTENCES])
        if content_filter is not None:
            data, filt = content_filter
            objs.append(_stream(data, b"/Filter " + filt + b" "))
        else:
            objs.append(_stream(body))
    objs.extend(extra_objects)
    return pdf(objs)


def zlib_bomb(gib: float = 1.02) -> bytes:
    """A valid zlib stream of ~1 MB that inflates to ``gib`` GiB of zeros.

    A 16 MiB run of zeros is deflated once and ended with a full flush, which byte-aligns the
    output and empties the window, so every further 16 MiB is the same bytes: the stream is
    that segment repeated. The Adler-32 of n zero bytes is (n mod 65521) << 16 | 1."""
    seg_bytes = 1 << 24
    n = max(1, round(gib * (1 << 30) / seg_bytes))
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    c.compress(b"\0" * seg_bytes)
    c.flush(zlib.Z_FULL_FLUSH)
    seg = c.compress(b"\0" * seg_bytes) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.flush()
    total = n * seg_bytes
    adler = ((total % 65521) << 16) | 1
    return b"\x78\xda" + seg * n + tail + adler.to_bytes(4, "big")


def circular_prev_pdf() -> bytes:
    """Two xref sections whose trailers name each other as ``/Prev``."""
    base = text_pdf()
    body = base[: base.index(b"xref\n")]
    offsets = [int(x) for x in _obj_offsets(body)]
    n = len(offsets) + 1
    table = b"xref\n0 %d\n0000000000 65535 f \n" % n + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    a = len(body)
    sec_a_head = table + b"trailer\n<< /Size %d /Root 1 0 R /Prev " % n
    # section A is followed by section B; each names the other
    width = 10
    b_off = a + len(sec_a_head) + width + len(b" >>\n")
    sec_a = sec_a_head + b"%010d >>\n" % b_off
    sec_b = table + b"trailer\n<< /Size %d /Root 1 0 R /Prev %010d >>\n" % (n, a)
    assert len(body + sec_a) == b_off
    return body + sec_a + sec_b + b"startxref\n%d\n%%%%EOF\n" % b_off


def _obj_offsets(body: bytes) -> list[int]:
    out = []
    i = 1
    while True:
        k = body.find(b"\n%d 0 obj\n" % i)
        if k < 0:
            return out
        out.append(k + 1)
        i += 1


def xref_outside_pdf() -> bytes:
    base = text_pdf(pages=2)
    body = base[: base.index(b"xref\n")]
    n = len(_obj_offsets(body)) + 1
    table = b"xref\n0 %d\n0000000000 65535 f \n" % n + b"".join(
        b"%010d 00000 n \n" % (9_000_000_000 + 1000 * i) for i in range(n - 1)
    )
    return body + table + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, 7_777_777_777)


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    w.encrypt(user_password="council-secret", owner_password="owner-secret", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def no_text_pdf() -> bytes:
    """Two pages holding only drawn shapes, as a scan without OCR looks to a text extractor."""
    shape = b"0.2 0.2 0.2 rg 72 72 468 648 re f 1 1 1 rg 100 100 50 50 re f"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
        _stream(shape),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R /Resources << >> >>",
        _stream(shape),
    ]
    return pdf(objs)


# --- zip / DOCX ---------------------------------------------------------------------------------


@dataclass
class Member:
    name: str
    data: bytes  # the stored bytes (already deflated when ``raw`` is set)
    size: int | None = None  # uncompressed size (for raw members)
    crc: int | None = None
    raw: bool = False


def zip_bytes(members: list[Member]) -> bytes:
    """A zip written by hand, so names and sizes are exactly what the test wants."""
    out = io.BytesIO()
    central = []
    for m in members:
        name = m.name.encode("utf-8")
        if m.raw:
            method, comp, size, crc = 8, m.data, m.size or 0, m.crc or 0
        else:
            method, comp = 8, _deflate(m.data)
            size, crc = len(m.data), zlib.crc32(m.data)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, 0, 0x21, crc, len(comp), size, len(name), 0))
        out.write(name)
        out.write(comp)
        central.append(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, method, 0, 0x21, crc, len(comp), size,
                        len(name), 0, 0, 0, 0, 0, off) + name
        )
    cd = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd, cd, 0))
    return out.getvalue()


def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def repeated_member(name: str, head: bytes, unit: bytes, total: int, tail: bytes) -> Member:
    """A deflated member of ``head + unit * k + tail`` (about ``total`` bytes), built from one
    compressed chunk repeated (full flushes make the chunks byte-identical)."""
    chunk = unit * max(1, (1 << 20) // len(unit))
    k = max(1, total // len(chunk))
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    c.compress(chunk)
    c.flush(zlib.Z_FULL_FLUSH)
    seg = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    last = c.compress(tail) + c.flush()
    crc = zlib.crc32(head)
    for _ in range(k):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return Member(name, first + seg * k + last, size=len(head) + k * len(chunk) + len(tail), crc=crc, raw=True)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Default Extension="bin" ContentType="application/octet-stream"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    b' Target="word/document.xml"/></Relationships>'
)


def document_xml(paragraphs: list[str], doctype: str = "") -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f"<w:document {W}><w:body>{body}</w:body></w:document>"
    ).encode()


def docx(document: bytes | Member, extra: list[Member] | None = None) -> bytes:
    doc = document if isinstance(document, Member) else Member("word/document.xml", document)
    return zip_bytes([Member("[Content_Types].xml", CONTENT_TYPES), Member("_rels/.rels", RELS), doc, *(extra or [])])


def docx_xml_bomb(total: int = 100 * 1000 * 1000) -> bytes:
    """word/document.xml declares 100 MB: millions of tiny paragraphs, deflated to ~100 KB."""
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'.encode()
    unit = b"<w:p><w:r><w:t>Revenue</w:t></w:r></w:p>"
    tail = b"</w:body></w:document>"
    return docx(repeated_member("word/document.xml", head, unit, total, tail))


def docx_media_bomb(total: int = 100 * 1000 * 1000) -> bytes:
    """A valid document plus a 100 MB member of zeros (deflated to ~100 KB)."""
    return docx(document_xml(list(SENTENCES)), [repeated_member("word/media/image1.bin", b"", b"\0" * 4096, total, b"")])


def docx_traversal() -> bytes:
    return docx(
        document_xml(list(SENTENCES)),
        [
            Member("../../escaped-by-zip-slip.txt", b"this file must never be written"),
            Member("/tmp/absolute-zip-slip.txt", b"this file must never be written"),
            Member("word/../../../escaped-twice.xml", b"<x/>"),
        ],
    )


def docx_billion_laughs() -> bytes:
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    doctype = "<!DOCTYPE w:document [" + "".join(ents) + "]>"
    return docx(document_xml([SENTENCES[0], "&lol9;"], doctype=doctype))


# --- text and odd bytes ---------------------------------------------------------------------------


def write_one_line(path: Path, size: int) -> None:
    """``size`` bytes of prose on one line (no newline), written in 1 MiB blocks."""
    unit = ("The council's revenue budget is under pressure. " * 30).encode()
    block = (unit * ((1 << 20) // len(unit) + 1))[: 1 << 20]
    with path.open("wb") as fh:
        left = size
        while left > 0:
            fh.write(block[: min(left, len(block))])
            left -= len(block)


# --- the corpus --------------------------------------------------------------------------------

OK = "ok"
PARSE = errors.ParseError
CORRUPT = errors.CorruptDocumentError
LIMIT = errors.ResourceLimitError


@dataclass(frozen=True)
class Case:
    name: str
    expect: tuple[object, ...]  # error classes allowed, and/or OK
    note: str
    slow: bool = False


def cases(big_text_bytes: int = 200 * 1000 * 1000) -> list[Case]:
    return [
        Case("control.pdf", (OK,), "a well-formed PDF: must parse, with its text"),
        Case("truncated.pdf", (OK, CORRUPT), "the last 40% of the file is missing"),
        Case("xref_outside.pdf", (OK, CORRUPT), "xref offsets and startxref point gigabytes past the end"),
        Case("outline_loop.pdf", (OK, CORRUPT), "outline items whose /Next and /First point to themselves"),
        Case("circular_prev.pdf", (OK, CORRUPT), "two xref sections whose trailers name each other as /Prev"),
        Case("deflate_bomb.pdf", (OK, CORRUPT, LIMIT), "a 1 MB content stream that inflates to 1.02 GiB"),
        Case("deflate_bomb_nested.pdf", (OK, CORRUPT, LIMIT), "a 2 KB stream, deflated twice, that inflates to 1.02 GiB"),
        Case("huge_length.pdf", (OK, CORRUPT, LIMIT), "a stream whose /Length is 99,999,999,999"),
        Case("deep_nesting.pdf", (OK, CORRUPT, LIMIT), "a content stream of 50,000 nested arrays"),
        Case("encrypted.pdf", (errors.EncryptedDocumentError,), "RC4-128 with a user password"),
        Case("no_text.pdf", (errors.NoTextLayerError,), "pages of drawn shapes only"),
        Case("zero_bytes.pdf", (errors.EmptyDocumentError,), "an empty file"),
        Case("random_bytes.pdf", (errors.EncodingError, errors.UnsupportedFormatError, CORRUPT), "64 KiB of random bytes"),
        Case("docx_xml_bomb.docx", (OK, CORRUPT, LIMIT), "word/document.xml declares 100 MB of paragraphs"),
        Case("docx_media_bomb.docx", (OK, CORRUPT, LIMIT), "a 100 MB member of zeros beside a small document"),
        Case("docx_traversal.docx", (OK, CORRUPT), "members named ../../x, /tmp/x and word/../../../x"),
        Case("docx_billion_laughs.docx", (OK, CORRUPT, LIMIT), "an XML entity bomb in word/document.xml"),
        Case("one_line_big.txt", (LIMIT,), f"{big_text_bytes / 1e6:.0f} MB of text on one line"),
        Case("one_line_15mb.txt", (OK,), "15 MB of text on one line, under the 16 MiB text limit"),
        Case("utf16_no_bom.txt", (errors.EncodingError,), "UTF-16-LE text without a byte-order mark"),
    ]


def build(folder: Path, big_text_bytes: int = 200 * 1000 * 1000) -> dict[str, Case]:
    """Write the hostile corpus into ``folder``; returns the cases by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    bomb = zlib_bomb()
    full = text_pdf(pages=6)
    files: dict[str, bytes] = {
        "control.pdf": text_pdf(pages=2),
        "truncated.pdf": full[: int(len(full) * 0.6)],
        "xref_outside.pdf": xref_outside_pdf(),
        "outline_loop.pdf": text_pdf(
            extra_catalog=b"/Outlines 6 0 R /PageMode /UseOutlines ",
            extra_objects=[
                b"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
                b"<< /Title (Loop) /Parent 6 0 R /Next 7 0 R /Prev 7 0 R /First 7 0 R /Last 7 0 R /Count 1"
                b" /Dest [4 0 R /Fit] >>",
            ],
        ),
        "circular_prev.pdf": circular_prev_pdf(),
        "deflate_bomb.pdf": text_pdf(content_filter=(bomb, b"/FlateDecode")),
        "deflate_bomb_nested.pdf": text_pdf(
            content_filter=(zlib.compress(bomb, 9), b"[/FlateDecode /FlateDecode]")
        ),
        "huge_length.pdf": pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
                FONT,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
                b" /Resources << /Font << /F1 3 0 R >> >> >>",
                _stream(_text_content(list(SENTENCES)), length=99_999_999_999),
            ]
        ),
        "deep_nesting.pdf": text_pdf(
            content_filter=(zlib.compress(b"[" * 50_000 + b"]" * 50_000 + b"\n" + _text_content(list(SENTENCES))),
                            b"/FlateDecode")
        ),
        "encrypted.pdf": encrypted_pdf(),
        "no_text.pdf": no_text_pdf(),
        "zero_bytes.pdf": b"",
        "random_bytes.pdf": random.Random(20251123).randbytes(64 * 1024),
        "docx_xml_bomb.docx": docx_xml_bomb(),
        "docx_media_bomb.docx": docx_media_bomb(),
        "docx_traversal.docx": docx_traversal(),
        "docx_billion_laughs.docx": docx_billion_laughs(),
        "utf16_no_bom.txt": (" ".join(SENTENCES) + "\n").encode("utf-16-le") * 20,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    write_one_line(folder / "one_line_big.txt", big_text_bytes)
    write_one_line(folder / "one_line_15mb.txt", 15 * 1000 * 1000)
    by_name = {c.name: c for c in cases(big_text_bytes)}
    assert set(by_name) == {p.name for p in folder.iterdir()}, "every file has a case"
    return by_name


if __name__ == "__main__":  # pragma: no cover - a manual look at the corpus
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for name, case in build(out).items():
        print(f"{name:28s} {(out / name).stat().st_size:>12,d}  {case.note}")
