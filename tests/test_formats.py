"""The format parsers (PDF, DOCX, HTML) against real files and files made here.

Facts about the PDFs (which phrase is on which page, where a page starts) were checked with
poppler's ``pdftotext -f N -l N`` when the tests were written; the tests themselves only use
our parser's output.
"""

from __future__ import annotations

import bisect
import difflib
import io
import random
import re
import struct
import zipfile
from collections import Counter
from pathlib import Path

import docx as python_docx
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from councilsearch.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
    ParseError,
)
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.docx import parse_docx
from councilsearch.ingest.html import parse_html
from councilsearch.ingest.parse import parse_bytes
from councilsearch.ingest.pdf import parse_pdf

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


def norm_words(text: str) -> list[str]:
    """Words lowercased with everything but letters and digits dropped (so the corpus's
    ``**bold**`` and ``<u>`` markup and punctuation do not count)."""
    out = []
    for w in text.split():
        w = re.sub(r"[^0-9a-z]", "", w.lower())
        if w:
            out.append(w)
    return out


def word_ratio(a: str, b: str) -> float:
    """difflib's ratio (2 * matched / total) for the two word sequences, computed patience-
    style to stay fast on the 64,000-word cabinet pack: words that occur once in each text
    anchor the alignment (their longest increasing run), and difflib matches the stretches
    between anchors."""
    wa, wb = norm_words(a), norm_words(b)
    if not wa or not wb:
        return 0.0
    ca, cb = Counter(wa), Counter(wb)
    where_b = {w: j for j, w in enumerate(wb) if cb[w] == 1}
    pairs = [(i, where_b[w]) for i, w in enumerate(wa) if ca[w] == 1 and w in where_b]
    # longest run of pairs increasing in both texts (patience sorting)
    tails: list[int] = []  # j of the last pair of the best run of each length
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        n = bisect.bisect_left(tails, j)
        if n == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[n] = j
            tail_idx[n] = k
        prev[k] = tail_idx[n - 1] if n > 0 else -1
    anchors: list[tuple[int, int]] = []
    k = tail_idx[-1] if tail_idx else -1
    while k != -1:
        anchors.append(pairs[k])
        k = prev[k]
    anchors.reverse()
    matched = len(anchors)
    last_i = last_j = -1
    for i, j in [*anchors, (len(wa), len(wb))]:
        seg_a, seg_b = wa[last_i + 1 : i], wb[last_j + 1 : j]
        if seg_a and seg_b:
            sm = difflib.SequenceMatcher(None, seg_a, seg_b, autojunk=False)
            matched += sum(m.size for m in sm.get_matching_blocks())
        last_i, last_j = i, j
    return 2.0 * matched / (len(wa) + len(wb))


def page_at(parsed: ParsedText, offset: int) -> int:
    return max(1, bisect.bisect_right(parsed.page_map, offset))


def check_contract(parsed: ParsedText) -> None:
    """The Parser contract from ingest/base.py."""
    assert parsed.text.strip()
    assert parsed.page_map[0] == 0
    assert all(a < b for a, b in zip(parsed.page_map, parsed.page_map[1:], strict=False))
    assert parsed.page_map[-1] < len(parsed.text)
    for start, end in parsed.heading_hints:
        assert 0 <= start < end <= len(parsed.text)


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


def _assert_readable(exc: ParseError, name: str) -> None:
    msg = str(exc)
    assert name in msg
    assert "Traceback" not in msg
    assert len(msg) < 400


def test_encrypted_pdf_is_refused_with_a_typed_error() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_real_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(EncryptedDocumentError) as info:
        parse_pdf(buf.getvalue(), "locked.pdf")
    assert "password-protected" in str(info.value)
    _assert_readable(info.value, "locked.pdf")


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
    _assert_readable(info.value, "half.pdf")


@pytest.mark.parametrize("prefix", [b"", b"%PDF-1.7\n"])
def test_random_bytes_are_corrupt(prefix: bytes) -> None:
    data = prefix + random.Random(7).randbytes(20_000)
    with pytest.raises(CorruptDocumentError) as info:
        parse_pdf(data, "noise.pdf")
    _assert_readable(info.value, "noise.pdf")


def test_pdf_without_a_text_layer_names_its_pages() -> None:
    with pytest.raises(NoTextLayerError) as info:
        parse_pdf(make_pdf([[]]), "scan.pdf")
    assert "page 1 has no text layer" in str(info.value)
    assert "scanned PDFs are not supported" in str(info.value)
    _assert_readable(info.value, "scan.pdf")
    with pytest.raises(NoTextLayerError) as info:
        parse_pdf(make_pdf([[], [], []]), "scan3.pdf")
    assert "pages 1-3 have no text layer" in str(info.value)


def test_empty_inputs_are_empty_documents() -> None:
    with pytest.raises(EmptyDocumentError, match="0 bytes"):
        parse_pdf(b"", "nothing.pdf")
    with pytest.raises(EmptyDocumentError, match="no text"):
        parse_docx(_docx_bytes(python_docx.Document()), "blank.docx")


def test_pdf_with_some_blank_pages_is_fine() -> None:
    parsed = parse_pdf(make_pdf([[], [("F1", 12, 72, 700, "Only the second page has text.")], []]), "x.pdf")
    check_contract(parsed)
    assert len(parsed.page_map) == 3
    assert page_at(parsed, parsed.text.index("Only the second")) == 2


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
    _assert_readable(info.value, "bomb.docx")


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
        _assert_readable(info.value, name)
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
