"""The outline's mechanisms (issue 16 item 3), one test each, on invented text: minute
references before item titles, chapter numbers over their numbered paragraphs, a styled
paragraph after a table, a signature line, the cover's council name repeated as a page
header. Every council, name and figure here is made up."""

from __future__ import annotations

from councilsearch.ingest.sections import split_sections
from tests.test_sections import doc_of


def _headings(text: str, hints: tuple[tuple[int, int], ...] = ()) -> list[str]:
    doc = doc_of(text)
    if hints:
        from dataclasses import replace

        doc = replace(doc, heading_hints=hints)
    return [s.heading or "" for s in split_sections(doc) if s.kind == "heading"]


def _hint(text: str, *lines: str) -> tuple[tuple[int, int], ...]:
    return tuple((text.index(ln), text.index(ln) + len(ln)) for ln in lines)


def test_minute_references_open_item_titles() -> None:
    text = (
        "Minutes of the Licensing Sub-Committee\n\n"
        "LS/7\tAPOLOGIES\n\tApologies were received from Councillor Ada Brimble.\n\n"
        "LS/8\tPREMISES LICENCE: THE OLD FORGE\n\tThe Sub-Committee heard from the applicant and\n"
        "two residents before it retired to decide the matter.\n\n"
        "LS/9 EXCLUSION OF THE PUBLIC\nRESOLVED that the public be excluded for the next item.\n"
    )
    heads = _headings(text)
    assert [
        h for h in heads if h.startswith("LS/")
    ] == ["LS/7 APOLOGIES", "LS/8 PREMISES LICENCE: THE OLD FORGE", "LS/9 EXCLUSION OF THE PUBLIC"], heads


def test_a_table_of_referenced_rows_is_not_an_outline() -> None:
    text = (
        "Savings proposals\n\n"
        "Ref\tService\tProposal\tLead\n"
        "QX01\tParks\tReview of grounds maintenance contracts\tPlaces\n"
        "QX02\tMerge the two depots at Fallow Lane\n"
        "QX03\tLibraries\tSelf-service kiosks\tCommunities\n"
    )
    assert _headings(text) == ["Savings proposals"]


def test_a_chapter_number_over_its_first_paragraph_is_a_heading() -> None:
    # paragraphs set one blank line apart, the chapter title directly above its 1.1 / 2.1
    text = (
        "Report of the Head of Planning\n\n"
        "1. Site and surroundings\n1.1 The site is a disused yard on the edge of Wexby, close to the river.\n\n"
        "1.2 It lies within flood zone 2 and next to a listed barn.\n\n"
        "2. Assessment\n2.1 The scheme makes good use of previously developed land.\n\n"
        "2.2 Officers recommend that permission be granted subject to conditions.\n"
    )
    heads = _headings(text)
    assert "1. Site and surroundings" in heads and "2. Assessment" in heads, heads
    assert not any(h.startswith(("1.1", "2.1", "1.2")) for h in heads), heads


def test_a_styled_paragraph_after_a_table_is_text() -> None:
    # a PDF's paragraph set larger than its many table rows comes with a heading hint
    para = ("The precept for 2026/27 is £41.06m. A Band D charge for the town's services will be "
            "£312.40, an increase of 2.99%.")
    text = f"Table 2: Charges\n\nItem\t2025/26\t2026/27\nBulky waste\t£30.00\t£32.00\n\n{para}\n"
    heads = _headings(text, _hint(text, "Table 2: Charges", para))
    assert heads == ["Table 2: Charges"], heads


def test_a_signature_block_at_the_end_is_not_a_heading() -> None:
    text = (
        "Minutes of the Audit Committee\n\n"
        "The meeting closed at 8.10 pm.\n\n"
        "Chair\n\nDate\n"
    )
    heads = _headings(text)
    assert "Chair" not in heads and "Date" not in heads, heads


def test_the_cover_council_name_repeated_as_a_page_header_is_not_a_heading() -> None:
    text = (
        "Orlwick Borough Council\n\n"
        "From:\tDirector of Resources\n\nTo:\tCabinet\n\nDate:\t4 March 2026\n\n"
        "1. Purpose\n\n1.1 This report sets out the capital strategy for the next three years.\n\n"
        "Capital spending\tBudget\nHighways\t12.4\nSchools\t8.1\n\n"
        "Orlwick Borough Council\n\n"
        "2. Recommendations\n\n2.1 Cabinet is asked to approve the strategy and its prudential indicators.\n"
    )
    heads = _headings(text)
    assert "Orlwick Borough Council" not in heads, heads
    assert "2. Recommendations" in heads


def test_a_two_page_papers_running_header_is_printed_once() -> None:
    """The header on both pages of a short paper is kept where it names the paper (page 1) and
    dropped where it would cut a sentence running over the page break (the layout corpus)."""
    from councilsearch.pipeline import read_document
    from tests.conftest import DATA

    doc = read_document(DATA / "layout" / "brackenfold-scrutiny-committee-minutes-2026-03-18.pdf")
    assert doc.text.count("Brackenfold Borough Council | Overview and Scrutiny Committee") == 1
    assert "review the repairs backlog again at its meeting in September 2026." in doc.text
    assert doc.council == "Brackenfold Borough Council"


def test_a_styled_numbered_title_over_an_unnumbered_paragraph_is_a_heading() -> None:
    """'2. Parking charges' printed in bold with its paragraph on the very next line (no '2.1'
    below it): the styling says heading (a held-out layout document lost all four of its
    numbered headings to 'numbered paragraph'); without the styling it stays a paragraph."""
    text = (
        "Wyvern Borough Council\n\n"
        "1. Purpose\nTo ask the Committee to agree the parking charges that will apply from April.\n\n"
        "2. Parking charges\nThe borough runs 14 car parks and the charges last rose three years ago.\n"
    )
    styled = _headings(text, _hint(text, "1. Purpose", "2. Parking charges"))
    assert [h for h in styled if h[0].isdigit()] == ["1. Purpose", "2. Parking charges"], styled
    assert not [h for h in _headings(text) if h[0].isdigit()]
