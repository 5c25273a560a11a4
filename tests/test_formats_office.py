"""The DOCX and HTML parsers against real files and files made here (the PDF parser's
tests are in test_formats.py)."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx as python_docx
import pytest

from councilsearch.errors import CorruptDocumentError, EmptyDocumentError
from councilsearch.ingest.docx import parse_docx
from councilsearch.ingest.html import parse_html
from councilsearch.ingest.parse import parse_bytes
from councilsearch.ingest.pdf import parse_pdf
from tests.parsecheck import assert_readable, check_contract, word_ratio

ROOT = Path(__file__).resolve().parents[1]
DOCX_DIR = ROOT / "tests" / "data" / "docx"
CORPUS = ROOT / "corpus"
NW = "nw-leicestershire-corporate-peer-challenge-progress-review-2025"
DOCX_STEMS = [
    "leicester-city-productivity-plan-2024",
    "nw-leicestershire-corporate-peer-challenge-progress-review-2025",
]


# --- DOCX ---------------------------------------------------------------------------------


@pytest.mark.parametrize("stem", DOCX_STEMS)
def test_docx_gives_the_corpus_paragraphs(stem: str) -> None:
    parsed = parse_docx((DOCX_DIR / f"{stem}.docx").read_bytes(), f"{stem}.docx")
    check_contract(parsed)
    assert parsed.page_map == (0,)
    corpus = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    ratio = word_ratio(parsed.text, corpus)
    print(f"{stem}.docx: word-sequence ratio {ratio:.4f}")
    assert ratio >= 0.98
    ours = [ln.strip() for ln in parsed.text.split("\n") if ln.strip()]
    ref = [ln.strip() for ln in corpus.split("\n") if ln.strip()]
    assert ours == ref  # one line per paragraph, in order


def _docx_bytes(document: object) -> bytes:
    buf = io.BytesIO()
    document.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


def test_docx_headings_lists_and_tables() -> None:
    d = python_docx.Document()
    d.core_properties.title = "Budget Monitoring Report"
    d.add_heading("Budget Monitoring 2025/26", level=0)
    d.add_heading("1. Revenue Outturn", level=1)
    d.add_paragraph("The council reports a net underspend of £7.0m for the year.")
    d.add_paragraph("Reserves are adequate", style="List Bullet")
    d.add_paragraph("Savings are on track", style="List Bullet")
    d.add_paragraph("That the outturn be noted", style="List Number")
    d.add_paragraph("That the reserves be approved", style="List Number")
    d.add_heading("Capital Programme", level=2)
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("Department", "Budget £000", "Outturn £000"), ("Adults", "1,200", "1,150"),
                             ("Total", "2,100", "2,100")]):  # fmt: skip
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("Text after the table.")
    parsed = parse_docx(_docx_bytes(d), "report.docx")
    check_contract(parsed)
    hints = [parsed.text[a:b] for a, b in parsed.heading_hints]
    assert hints == ["Budget Monitoring 2025/26", "1. Revenue Outturn", "Capital Programme"]
    lines = parsed.text.split("\n")
    assert "- Reserves are adequate" in lines
    assert "1. That the outturn be noted" in lines
    assert "2. That the reserves be approved" in lines
    i = lines.index("Department\tBudget £000\tOutturn £000")
    assert lines[i + 1 : i + 3] == ["Adults\t1,200\t1,150", "Total\t2,100\t2,100"]
    assert lines.index("Text after the table.") > i  # document order
    assert parsed.title == "Budget Monitoring Report"
    doc = parse_bytes(_docx_bytes(d), "report.docx")
    assert doc.format == "docx"
    assert doc.heading_hints == parsed.heading_hints


def _set_declared_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size the zip's central directory declares for ``member``."""
    buf = bytearray(data)
    pos = buf.find(b"PK\x01\x02")
    while pos != -1:
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", buf, pos + 28)
        name = bytes(buf[pos + 46 : pos + 46 + name_len]).decode()
        if name == member:
            struct.pack_into("<I", buf, pos + 24, size)
        pos = buf.find(b"PK\x01\x02", pos + 46 + name_len + extra_len + comment_len)
    return bytes(buf)


def test_docx_declaring_a_huge_member_is_refused() -> None:
    data = (DOCX_DIR / f"{NW}.docx").read_bytes()
    bomb = _set_declared_size(data, "word/document.xml", 0xFFFF0000)
    with zipfile.ZipFile(io.BytesIO(bomb)) as zf:
        assert zf.getinfo("word/document.xml").file_size == 0xFFFF0000
    with pytest.raises(CorruptDocumentError) as info:
        parse_docx(bomb, "bomb.docx")
    assert "limit is 200 MB" in str(info.value)
    assert_readable(info.value, "bomb.docx")


def test_docx_with_an_escaping_member_name_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO((DOCX_DIR / f"{NW}.docx").read_bytes())) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("../../etc/evil.xml", b"<x/>")
    with pytest.raises(CorruptDocumentError) as info:
        parse_docx(buf.getvalue(), "evil.docx")
    assert "unsafe path" in str(info.value)


def test_broken_docx_is_corrupt() -> None:
    data = (DOCX_DIR / f"{NW}.docx").read_bytes()
    for bad, name in [(data[: len(data) // 2], "cut.docx"), (b"PK\x03\x04" + b"\x00" * 200, "zero.docx")]:
        with pytest.raises(CorruptDocumentError) as info:
            parse_docx(bad, name)
        assert_readable(info.value, name)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    with pytest.raises(CorruptDocumentError, match=r"word/document\.xml"):
        parse_docx(buf.getvalue(), "notword.docx")


# --- HTML ---------------------------------------------------------------------------------

MODERNGOV = """<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Minutes of Cabinet, 28 April 2026</title>
<script>var tracking = "do not index";</script><style>.mgTable { color: red }</style></head>
<body><header><div>Skip to content | Leicestershire County Council</div></header>
<nav><ul><li>Home</li><li>Committees</li></ul></nav>
<form id="aspnetForm" action="ieListDocuments.aspx"><div id="modgov">
<table class="layout"><tr><td>
<h1>Minutes</h1>
<p>Venue: Sparkenhoe Committee Room, County Hall, Glenfield</p>
<p>Present:<br>Mr. D. Harrison CC (in the Chair)<br>Mr. C. Abbott CC</p>
<h2>112. Provisional Revenue Outturn 2025/26</h2>
<p>The Cabinet considered a report of the Director of Corporate Resources.
   The net underspend was &pound;7.0m, 1.2% of the budget.</p>
<table class="mgTable"><caption>Summary (&pound;000)</caption>
<tr><th>Department</th><th>Budget</th><th>Outturn</th></tr>
<tr><td>Adults</td><td>1,200</td><td>1,150</td></tr>
<tr><td colspan="2">Total</td><td>2,100</td></tr></table>
<h3>RESOLVED:</h3>
<ol><li>That the outturn be noted;</li><li>That the reserves be approved.</li></ol>
<ul><li>Caf\xe9 review &ndash; next year</li></ul>
</td></tr></table>
</div></form>
<noscript>Enable JavaScript</noscript>
<footer>Copyright 2026 Leicestershire County Council</footer></body></html>
"""


def test_moderngov_style_html() -> None:
    data = MODERNGOV.encode("cp1252")
    parsed = parse_html(data, "minutes.html")
    check_contract(parsed)
    assert parsed.title == "Minutes of Cabinet, 28 April 2026"
    hints = [parsed.text[a:b] for a, b in parsed.heading_hints]
    assert hints == ["Minutes", "112. Provisional Revenue Outturn 2025/26", "RESOLVED:"]
    lines = parsed.text.split("\n")
    assert lines[0] == "Minutes"
    assert "Mr. D. Harrison CC (in the Chair)" in lines  # <br> ends a line
    assert (
        "The Cabinet considered a report of the Director of Corporate Resources. "
        "The net underspend was £7.0m, 1.2% of the budget." in lines
    )
    assert "Summary (£000)" in lines
    assert "Department\tBudget\tOutturn" in lines
    assert "Adults\t1,200\t1,150" in lines
    assert "Total\t\t2,100" in lines  # colspan keeps the columns in place
    assert "1. That the outturn be noted;" in lines
    assert "2. That the reserves be approved." in lines
    assert "- Café review – next year" in lines  # windows-1252 from the meta charset
    for junk in ("tracking", "Skip to content", "Committees", "Copyright", "Enable JavaScript", "color: red"):
        assert junk not in parsed.text
    doc = parse_bytes(data, "minutes.html")
    assert doc.format == "html"
    assert doc.title == "Minutes of Cabinet, 28 April 2026"


def test_html_utf8_without_charset_and_empty_page() -> None:
    parsed = parse_html("<html><body><p>Café – £5m</p></body></html>".encode(), "a.html")
    assert parsed.text == "Café – £5m"
    with pytest.raises(EmptyDocumentError):
        parse_html(b"<html><head><title>x</title></head><body><script>1</script></body></html>", "empty.html")


def test_empty_inputs_are_empty_documents() -> None:
    with pytest.raises(EmptyDocumentError, match="0 bytes"):
        parse_pdf(b"", "nothing.pdf")
    with pytest.raises(EmptyDocumentError, match="no text"):
        parse_docx(_docx_bytes(python_docx.Document()), "blank.docx")
