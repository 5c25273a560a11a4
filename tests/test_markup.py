"""HTML fragments in plain text are read as structure (paragraphs, lists, table cells), never
shown as tags; what only looks like a tag stays."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from councilsearch.ingest.markup import has_markup, strip_markup
from councilsearch.ingest.parse import parse_bytes


def test_paragraph_tags_on_their_own_lines_become_paragraphs():
    text = "<p>Waste collection</p>\n<p>Missed bins fell to <b>212</b> a month.</p> <p>Recycling rose.</p>"
    assert strip_markup(text) == "Waste collection\nMissed bins fell to 212 a month.\n\nRecycling rose."


def test_tags_inside_a_table_row_keep_the_row_and_its_cells():
    row = "Library hours\t<p>Opening cut.</p> <ul style=\"list-style-type: none\"><li>Branch A</li><li>Branch B</li></ul>\t£0.4m <i>(£0.1m)</i>\t"
    out = strip_markup(row)
    assert "\n" not in out
    cells = out.split("\t")
    assert cells[0] == "Library hours"
    assert cells[1] == "Opening cut. • Branch A • Branch B"
    assert cells[2] == "£0.4m (£0.1m)"


def test_character_references_are_decoded_where_tags_were():
    assert strip_markup("<p>Parks &amp; open spaces&nbsp;review</p>") == "Parks & open spaces\u00a0review"


def test_what_only_looks_like_a_tag_stays():
    for text in ("costs <£5m", "see <https://example.org/report>", "if a <b and c > d", "a<br-line>", "x &amp y"):
        assert strip_markup(text) == text


def test_text_without_markup_is_returned_as_is():
    text = "Plain report text.\n\n1.1 Nothing to see.\tA cell"
    assert strip_markup(text) is text


@given(st.text(alphabet=st.sampled_from(list("<>/pbliu \t\nab&;")), max_size=80))
@example("<<a\n>a>")  # a tag spanning lines, whose removal joined "<" and "a>" into another (clean clone)
def test_no_tag_survives(text: str):
    assert not has_markup(strip_markup(text))


def test_a_text_file_with_fragments_is_parsed_without_tags():
    data = (b"Housing report\n\n1. Summary\n\n<p>The council let <u>1,204</u> homes in 2025/26.</p> "
            b"<p>Void turnaround improved.</p>\n")
    doc = parse_bytes(data, "housing-report.txt")
    assert "<" not in doc.text and "1,204 homes" in doc.text


def test_a_parsed_file_keeps_its_pages_and_hints_when_its_tags_go():
    from councilsearch.ingest.base import ParsedText
    from councilsearch.ingest.markup import strip_markup_parsed

    p1 = "<p>Libraries</p>\nOpening hours rose.\n"
    p2 = "Table\t<p>£0.4m</p>\t<i>(£0.1m)</i>\n<p>Waste</p>\nBins are emptied weekly.\n"
    text = p1 + p2
    hint = text.index("<p>Waste</p>")
    parsed = ParsedText(text=text, page_map=(0, len(p1)), heading_hints=((hint, hint + len("<p>Waste</p>")),))
    out = strip_markup_parsed(parsed)
    assert "<" not in out.text
    assert out.text[out.page_map[1]:].startswith("Table\t£0.4m\t(£0.1m)")
    a, b = out.heading_hints[0]
    assert out.text[a:b] == "Waste"
    plain = ParsedText(text="no tags here", page_map=(0,))
    assert strip_markup_parsed(plain) is plain


def test_a_pdf_that_prints_tags_reads_without_them():
    from tests.conftest import DATA

    path = DATA / "pdf" / "leicestershire-county-cabinet-2026-05-26.pdf"
    doc = parse_bytes(path.read_bytes(), path.name)
    assert "<p>" not in doc.text and "</i>" not in doc.text
    assert doc.n_pages == 135
    at = doc.text.index("Concept design")
    assert doc.pages_for((at, at + 1)) == (80,)
