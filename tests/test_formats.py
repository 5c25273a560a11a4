"""The format parsers (PDF, DOCX, HTML) against real files and files made here.

Facts about the PDFs (which phrase is on which page, where a page starts) were checked with
poppler's ``pdftotext -f N -l N`` when the tests were written; the tests themselves only use
our parser's output.
"""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from councilsearch.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
)
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.parse import parse_bytes
from councilsearch.ingest.pdf import parse_pdf
from tests.parsecheck import assert_readable, check_contract, page_at, word_ratio

ROOT = Path(__file__).resolve().parents[1]
PDF_DIR = ROOT / "tests" / "data" / "pdf"
DOCX_DIR = ROOT / "tests" / "data" / "docx"
CORPUS = ROOT / "corpus"

PDF_STEMS = [
    "leicester-city-finance-peer-challenge-progress-review-2025",
    "leicester-city-idea-peer-review-2006",
    "leicester-city-productivity-plan-2024",
    "leicestershire-county-cabinet-2026-05-26",
    "nw-leicestershire-corporate-peer-challenge-progress-review-2025",
]
DOCX_STEMS = [
    "leicester-city-productivity-plan-2024",
    "nw-leicestershire-corporate-peer-challenge-progress-review-2025",
]
CABINET = "leicestershire-county-cabinet-2026-05-26"
NW = "nw-leicestershire-corporate-peer-challenge-progress-review-2025"
FINANCE = "leicester-city-finance-peer-challenge-progress-review-2025"


# --- helpers ------------------------------------------------------------------------------



def _font(base: str) -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(base),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )


def make_pdf(pages: list[list[tuple[str, float, float, float, str]]]) -> bytes:
    """A PDF whose pages show the given runs: (font, size, x, y, text). F1 Helvetica,
    F2 Helvetica-Bold, F3 Courier, F4 Courier-Bold. A page with no runs is blank."""
    writer = PdfWriter()
    for runs in pages:
        page = writer.add_blank_page(595, 842)
        if not runs:
            continue
        fonts = DictionaryObject(
            {
                NameObject("/F1"): _font("/Helvetica"),
                NameObject("/F2"): _font("/Helvetica-Bold"),
                NameObject("/F3"): _font("/Courier"),
                NameObject("/F4"): _font("/Courier-Bold"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        ops = []
        for font, size, x, y, text in runs:
            esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ({esc}) Tj ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("cp1252"))
        page.replace_contents(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- real PDFs ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdfs() -> dict[str, ParsedText]:
    """Each real PDF parsed once for the module (the cabinet pack has 135 pages)."""
    return {stem: parse_pdf((PDF_DIR / f"{stem}.pdf").read_bytes(), f"{stem}.pdf") for stem in PDF_STEMS}


@pytest.mark.parametrize("stem", PDF_STEMS)
def test_pdf_words_match_corpus(pdfs: dict[str, ParsedText], stem: str) -> None:
    ratio = word_ratio(pdfs[stem].text, (CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
    print(f"{stem}: word-sequence ratio {ratio:.4f}")
    assert ratio >= 0.98


@pytest.mark.parametrize("stem", PDF_STEMS)
def test_pdf_contract_and_one_entry_per_page(pdfs: dict[str, ParsedText], stem: str) -> None:
    parsed = pdfs[stem]
    check_contract(parsed)
    n_pages = len(PdfReader(PDF_DIR / f"{stem}.pdf").pages)
    assert len(parsed.page_map) == n_pages


# (document, phrase, page) checked with pdftotext -f N -l N
PHRASES_ON_PAGES = [
    (CABINET, "111. A summary of the capital outturn", 20),
    (CABINET, "Partnership Reserves", 20),
    (CABINET, "8. A summary of the revenue outturn", 7),
    (CABINET, "ECH will require an additional 32 units", 100),
    (NW, "The East Midlands Freeport Board", 3),
    ("leicester-city-idea-peer-review-2006", "The council focuses well on its customers", 10),
    (FINANCE, "The peer team heard that the council has simplified", 4),
    ("leicester-city-productivity-plan-2024", "We continue to see significant increases in demand", 3),
]


@pytest.mark.parametrize(("stem", "phrase", "page"), PHRASES_ON_PAGES)
def test_phrase_found_on_its_page(pdfs: dict[str, ParsedText], stem: str, phrase: str, page: int) -> None:
    parsed = pdfs[stem]
    at = parsed.text.find(phrase)
    assert at >= 0, phrase
    assert parsed.text.find(phrase, at + 1) == -1  # the phrase is unique, so the page is too
    assert page_at(parsed, at) == page


@pytest.mark.parametrize(
    ("stem", "page", "starts_with"),
    [
        (CABINET, 7, "Revenue Outturn"),
        (CABINET, 20, "respect of the net DSG deficit"),  # mid-paragraph: the page break is inside a line
        (NW, 3, "statement of accounts. However"),
    ],
)
def test_page_map_points_at_the_first_text_of_the_page(
    pdfs: dict[str, ParsedText], stem: str, page: int, starts_with: str
) -> None:
    parsed = pdfs[stem]
    assert parsed.text[parsed.page_map[page - 1] :].startswith(starts_with)


def test_paragraph_running_over_a_page_break_is_one_line(pdfs: dict[str, ParsedText]) -> None:
    parsed = pdfs[NW]
    line = next(ln for ln in parsed.text.split("\n") if ln.startswith("Work is ongoing to support the new external"))
    assert "including on the 2023/24 statement of accounts. However, in common" in line
    start = parsed.text.index(line)
    assert page_at(parsed, start) == 2
    assert page_at(parsed, parsed.text.index("statement of accounts. However")) == 3


@pytest.mark.parametrize(
    ("stem", "min_share"),
    [(FINANCE, 0.98), ("leicester-city-productivity-plan-2024", 0.98), ("leicester-city-idea-peer-review-2006", 0.95)],
)
def test_one_paragraph_per_line_like_the_corpus(pdfs: dict[str, ParsedText], stem: str, min_share: float) -> None:
    """Hard-wrapped lines are joined: the corpus file's lines (one paragraph, heading or list
    item each) come back as whole lines."""
    ours = {ln.strip() for ln in pdfs[stem].text.split("\n")}
    ref = [ln.strip() for ln in (CORPUS / f"{stem}.txt").read_text(encoding="utf-8").split("\n") if ln.strip()]
    share = sum(1 for ln in ref if ln in ours) / len(ref)
    print(f"{stem}: {share:.3f} of corpus lines found whole")
    assert share >= min_share
    # the PDF wraps at 80 columns; the paragraphs are far longer than that
    assert max(len(ln) for ln in ours) > 400


def test_list_items_and_numbered_paragraphs_start_lines(pdfs: dict[str, ParsedText]) -> None:
    lines = pdfs[FINANCE].text.split("\n")
    assert "- £23m of planned savings of which £13.2m have been delivered" in lines
    assert any(ln.startswith("Recommendation 2: The plan for the next three years") for ln in lines)
    cabinet = pdfs[CABINET].text.split("\n")
    assert any(ln.startswith("111. A summary of the capital outturn for 2025/26 is set out below:") for ln in cabinet)
    assert any(ln.startswith("109. The main partnership reserve held is the Health and Social Care") for ln in cabinet)


def test_table_rows_are_tab_separated(pdfs: dict[str, ParsedText]) -> None:
    lines = set(pdfs[CABINET].text.split("\n"))
    assert "Updated budget\t615,335" in lines
    assert "Adults and Communities\t6,099\t6,099\t0\t100%" in lines
    assert "Children and Family Servs.\t(98)\t98\t(22,214)\t1,285\t(20,929)" in lines
    # a cell whose tab stop fell right at the end of the previous cell is still a cell
    assert "DSG High Needs Block (HNB) earmarked reserve drawdown\t15,255\tn/a" in lines
    # a contents page keeps its page numbers in their own column
    idea = set(pdfs["leicester-city-idea-peer-review-2006"].text.split("\n"))
    assert "Leadership and governance\t10" in idea


def test_line_end_hyphens_of_real_compounds_are_kept(pdfs: dict[str, ParsedText]) -> None:
    text = pdfs[FINANCE].text
    # both are broken after the hyphen at a line end in the PDF
    assert "reduced its medium-term financial gap" in text
    assert "Transformation & Performance, Stockton-on-Tees Borough Council)" in text
    assert "mediumterm" not in text


def test_running_footer_and_page_numbers_left_in_the_text_are_removed(pdfs: dict[str, ParsedText]) -> None:
    footer = "Chair: Councillor Louise Gittins Chief Executive: Joanna Killian President: Baroness Grey-Thompson"
    corpus = (CORPUS / f"{NW}.txt").read_text(encoding="utf-8")
    assert corpus.count(footer) == 3  # the PDF carries it three times, mid-page
    text = pdfs[NW].text
    assert "Louise Gittins" not in text
    assert "Joanna Killian" not in text
    # the sentence the footer and its page number interrupted is whole again
    assert "financial transactions and contracts are more robust. This includes" in text
    assert "which could jeopardise the achievement of targets" in text
    assert not any(re.fullmatch(r"\d{1,3}", ln.strip()) for ln in text.split("\n"))


def test_parse_bytes_builds_a_pdf_document() -> None:
    data = (PDF_DIR / f"{FINANCE}.pdf").read_bytes()
    doc = parse_bytes(data, f"{FINANCE}.pdf")
    assert doc.format == "pdf"
    assert doc.n_pages == 5
    assert doc.page_at(doc.text.index("The peer team heard that the council has simplified")) == 4


# --- a PDF made here: fonts, positions, headers ----------------------------------------------

BODY = [
    "The council agreed an international approach to the budget and the medium-term",
    "plan, which sets out the savings needed over the next three years and how the",
    "gap will close. The plan was approved by the Cabinet in February 2026.",
]


def _synthetic_pages() -> list[list[tuple[str, float, float, float, str]]]:
    def chrome(n: int) -> list[tuple[str, float, float, float, str]]:
        return [
            ("F1", 8, 72, 810, "Cabinet 26 May 2026 - Budget monitoring report"),
            ("F1", 8, 72, 30, "Leicestershire County Council"),
            ("F1", 8, 520, 30, f"Page {n}"),
        ]

    p1 = [*chrome(1), ("F2", 16, 72, 770, "1. Revenue Outturn")]
    y = 740.0
    for line in BODY:
        p1.append(("F3", 10, 72, y, line))
        y -= 12
    y -= 12
    p1.append(("F4", 10, 72, y, "Background"))
    y -= 24
    for line in [
        "The approach to the savings programme is described as inter-",
        "national in scope by the peer team, and the review of the medium-",
        "term position will be reported to the Cabinet in the autumn, with the",
    ]:
        p1.append(("F3", 10, 72, y, line))
        y -= 12
    p2 = [*chrome(2), ("F3", 10, 72, 770, "revised figures for each department and service area.")]
    y = 740.0
    for row in [("Department", "Budget", "Outturn"), ("Adults", "1,200", "1,150"), ("Children", "900", "950"),
                ("Total", "2,100", "2,100")]:  # fmt: skip
        p2 += [("F1", 10, 72, y, row[0]), ("F1", 10, 250, y, row[1]), ("F1", 10, 350, y, row[2])]
        y -= 14
    p4 = [
        *chrome(4),
        ("F2", 14, 72, 770, "2. Capital Programme"),
        ("F3", 10, 72, 740, "The capital programme totals 205 million pounds."),
    ]
    return [p1, p2, [], p4]


@pytest.fixture(scope="module")
def synthetic() -> ParsedText:
    return parse_pdf(make_pdf(_synthetic_pages()), "synthetic.pdf")


def test_synthetic_headers_and_footers_at_page_edges_are_dropped(synthetic: ParsedText) -> None:
    check_contract(synthetic)
    assert "Budget monitoring report" not in synthetic.text
    assert "Leicestershire County Council" not in synthetic.text
    assert "Page" not in synthetic.text


def test_synthetic_headings_from_font_size_and_weight(synthetic: ParsedText) -> None:
    hints = [synthetic.text[a:b] for a, b in synthetic.heading_hints]
    assert hints == ["1. Revenue Outturn", "Background", "2. Capital Programme"]
    for a, b in synthetic.heading_hints:  # each heading is a line of its own
        assert a == 0 or synthetic.text[a - 1] == "\n"
        assert b == len(synthetic.text) or synthetic.text[b] == "\n"


def test_synthetic_paragraphs_hyphens_tables_and_pages(synthetic: ParsedText) -> None:
    lines = synthetic.text.split("\n")
    assert " ".join(BODY) in lines
    # "inter-national": the document spells "international" elsewhere, so the hyphen goes;
    # "medium-term" is spelled with its hyphen elsewhere, so it stays; the paragraph runs on
    # over the page break
    para = next(ln for ln in lines if ln.startswith("The approach to the savings programme"))
    assert "described as international in scope" in para
    assert "review of the medium-term position" in para
    assert para.endswith("with the revised figures for each department and service area.")
    assert "Department\tBudget\tOutturn" in lines
    assert "Adults\t1,200\t1,150" in lines
    assert "Total\t2,100\t2,100" in lines
    # four pages, the third blank: it still has its own entry
    assert len(synthetic.page_map) == 4
    assert page_at(synthetic, synthetic.text.index("revised figures")) == 2
    assert page_at(synthetic, synthetic.text.index("Adults\t1,200")) == 2
    assert page_at(synthetic, synthetic.text.index("2. Capital Programme")) == 4
    assert synthetic.text[synthetic.page_map[2] :].strip().startswith("2. Capital Programme")


def test_synthetic_table_rows_by_layout() -> None:
    """A table read by layout: a row label with no other cell stays a row (not a heading), a
    row wrapped at the right margin is one row again, while a header row whose right-aligned
    last cell ends at the margin and a paragraph just above the table keep to themselves."""
    from councilsearch.ingest.sections import split_sections
    from councilsearch.models import Document

    prose = [
        "The council agreed an approach to the budget and the medium-term plan which sets",
        "out the savings needed over the next three years and how the gap will close now.",
    ]

    def row(y: float, label: str, *nums: str) -> list[tuple[str, float, float, float, str]]:
        out = [("F3", 10, 72.0, y, label)] if label else []
        # Courier: 6pt a glyph; numbers right-aligned on 400 and on the margin (552)
        return out + [("F3", 10, right - 6 * len(n), y, n) for right, n in zip((400, 552), nums, strict=False)]

    runs = [("F3", 10, 72, 780 - 12 * i, t) for i, t in enumerate(prose)]
    y = 744.0
    runs.append(("F3", 10, 72, y, "83. A summary of the revenue outturn by department is set out as follows:"))
    for cells in (
        ("Department", "Budget", "Outturn"),
        ("Schools",),
        ("Early Years", "1,200", "1,150"),
        ("Contributions from the budget equalisation reserve to balance the 2025/26",),
        ("revenue budget", "-4,653", "0"),
        ("Central items",),
        ("Total", "2,100", "2,100"),
    ):
        y -= 12
        runs += row(y, *cells)
    y -= 24
    runs += [("F3", 10, 72, y - 12 * i, t) for i, t in enumerate(prose)]
    parsed = parse_pdf(make_pdf([runs]), "t.pdf")
    lines = parsed.text.split("\n")
    start = lines.index("83. A summary of the revenue outturn by department is set out as follows:")
    assert lines[start + 1 : start + 7] == [
        "Department\tBudget\tOutturn",
        "Schools\t\t",
        "Early Years\t1,200\t1,150",
        "Contributions from the budget equalisation reserve to balance the 2025/26 revenue budget\t-4,653\t0",
        "Central items\t\t",
        "Total\t2,100\t2,100",
    ]
    doc = Document(
        id="t", title="t", council="", doc_type="other", date=None, source_path="t.pdf", text=parsed.text,
        page_map=parsed.page_map, sha256="x", heading_hints=parsed.heading_hints,
    )
    assert not [s.heading for s in split_sections(doc) if s.kind == "heading"]


def test_synthetic_rows_a_blank_line_below_a_table() -> None:
    """Rows that blank space sets apart from their table, by layout: a lone line between rows
    of a table that sets its rows a blank line apart (the table going on below it, on the page
    or over the page), and a row label over the paragraphs of its cell set solid. A heading a blank line
    below a table whose rows are set solid, and one over a single paragraph after a table,
    stay headings."""
    from councilsearch.ingest.sections import split_sections
    from councilsearch.models import Document

    def row(y: float, *cells: tuple[float, str]) -> list[tuple[str, float, float, float, str]]:
        return [("F3", 10, x, y, text) for x, text in cells]

    def lines(y: float, *texts: str) -> list[tuple[str, float, float, float, str]]:
        return [("F3", 10, 72, y - 12 * i, t) for i, t in enumerate(texts)]

    # Courier: 6pt a glyph, so a line of 78 characters ends at 540, the right margin
    p1 = lines(
        780,
        "The efficiency review grouped the initiatives it found by theme, and each theme",
        "has a lead department that will report on its progress to the Cabinet in June.",
    )
    # a table whose rows are set a blank line apart (empty cells that wrapped onto a line of
    # their own), with a row of one cell between two rows and another at the foot of the
    # page, the table going on at the top of the next
    p1 += row(744, (72, "Theme"), (216, "Initiative"))
    p1 += row(720, (72, "Prevention"), (216, "Reviews of cases"))
    p1 += row(696, (72, "Independent travel training"))
    p1 += row(672, (72, "Demand"), (216, "Hospital discharge"))
    p1 += row(648, (72, "Support at home"))
    p2 = row(780, (72, "Commissioning"), (216, "Care technology"))
    p2 += row(768, (72, "Income"), (216, "Fees and charges"))
    p2 += lines(
        744,
        "Evidence and local levers",
        "Context",
        "The council spends more than its neighbours on residential care for older people",
        "and the gap has grown in each of the last three years.",
        "Evidence from case reviews",
        "Case reviews were held with practitioners to understand the needs of the people",
        "who moved into care and what could have been done differently for them.",
    )
    p2 += lines(
        636,
        "Capital Programme",
        "The capital programme totals 205 million pounds over the four years of the plan",
        "and is funded from grants, capital receipts and the revenue budget.",
    )
    p2 += row(588, (72, "Department"), (250, "Budget"), (350, "Outturn"))
    p2 += row(576, (72, "Adults"), (250, "1,200"), (350, "1,150"))
    p2 += row(564, (72, "Total"), (250, "2,100"), (350, "2,100"))
    p2 += lines(540, "Earmarked Reserves")
    p2 += row(516, (72, "Reserve"), (250, "Opening"), (350, "Closing"))
    p2 += row(504, (72, "Renewals"), (250, "2,039"), (350, "2,082"))
    parsed = parse_pdf(make_pdf([p1, p2]), "t.pdf")
    out = parsed.text.split("\n")
    assert "Independent travel training\t" in out and "Support at home\t" in out
    start = out.index("Evidence and local levers\t")
    assert out[start : start + 5] == [
        "Evidence and local levers\t",
        "Context\t",
        "The council spends more than its neighbours on residential care for older people and the "
        "gap has grown in each of the last three years.\t",
        "Evidence from case reviews\t",
        "Case reviews were held with practitioners to understand the needs of the people who moved "
        "into care and what could have been done differently for them.\t",
    ]
    doc = Document(
        id="t", title="t", council="", doc_type="other", date=None, source_path="t.pdf", text=parsed.text,
        page_map=parsed.page_map, sha256="x", heading_hints=parsed.heading_hints,
    )
    assert [s.heading for s in split_sections(doc) if s.kind == "heading"] == [
        "Capital Programme", "Earmarked Reserves"
    ]


# --- PDFs that cannot be read ---------------------------------------------------------------


def _real_pdf() -> bytes:
    return (PDF_DIR / f"{FINANCE}.pdf").read_bytes()


def test_encrypted_pdf_is_refused_with_a_typed_error() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_real_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(EncryptedDocumentError) as info:
        parse_pdf(buf.getvalue(), "locked.pdf")
    assert "password-protected" in str(info.value)
    assert_readable(info.value, "locked.pdf")


def test_pdf_with_only_an_owner_password_is_read() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_real_pdf())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    parsed = parse_pdf(buf.getvalue(), "restricted.pdf")
    assert "Finance Peer Challenge" in parsed.text
    assert len(parsed.page_map) == 5


def test_truncated_pdf_is_corrupt() -> None:
    data = _real_pdf()
    with pytest.raises(CorruptDocumentError) as info:
        parse_pdf(data[: len(data) // 2], "half.pdf")
    assert_readable(info.value, "half.pdf")


@pytest.mark.parametrize("prefix", [b"", b"%PDF-1.7\n"])
def test_random_bytes_are_corrupt(prefix: bytes) -> None:
    data = prefix + random.Random(7).randbytes(20_000)
    with pytest.raises(CorruptDocumentError) as info:
        parse_pdf(data, "noise.pdf")
    assert_readable(info.value, "noise.pdf")


def test_pdf_without_a_text_layer_names_its_pages() -> None:
    with pytest.raises(NoTextLayerError) as info:
        parse_pdf(make_pdf([[]]), "scan.pdf")
    assert "page 1 has no text layer" in str(info.value)
    assert "scanned PDFs are not supported" in str(info.value)
    assert_readable(info.value, "scan.pdf")
    with pytest.raises(NoTextLayerError) as info:
        parse_pdf(make_pdf([[], [], []]), "scan3.pdf")
    assert "pages 1-3 have no text layer" in str(info.value)


def test_pdf_with_some_blank_pages_is_fine() -> None:
    parsed = parse_pdf(make_pdf([[], [("F1", 12, 72, 700, "Only the second page has text.")], []]), "x.pdf")
    check_contract(parsed)
    assert len(parsed.page_map) == 3
    assert page_at(parsed, parsed.text.index("Only the second")) == 2
