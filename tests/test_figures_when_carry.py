"""When a figure applies (figures.v29), on invented sentences: what the sentences before a
figure hand on to it. A sentence that names a date or a time of its own and no year (a balance
"at 30 September", "in the half year") leaves the next sentences no year to carry, not even
its heading's: what follows speaks of that date or time. What only can be ("can cost up to
£900") or is worked as an example ("For example, ...") takes no carried year either, but a
proposal's consequence ("would rise by £58.40") does."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure


def _figs(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, labels=False) if f.kind in ("money", "percent", "count")}


def test_a_dated_sentence_leaves_the_next_no_carried_year() -> None:
    text = ("Wyvern treasury review 2027/28\n"
            "Deposits\n"
            "The council's cash deposits stood at £84.6m at 30 September 2027.\n"
            "Of these, £21.3m is held for the schools' own balances.\n")
    f = _figs(text)
    assert f["£84.6m"].period is None and f["£21.3m"].period is None
    text = ("Orlwick treasury review 2027/28\n"
            "Loans\n"
            "Nothing was lent to other councils in the half year.\n"
            "Four deposits of £6.2m with banks came back as they fell due.\n")
    assert _figs(text)["£6.2m"].period is None


def test_a_start_date_leaves_the_heading_year_to_what_follows() -> None:
    text = ("Sampleton allotment charges 2027/28\n"
            "Plot rents rise by 4% from 1 April 2027.\n"
            "Water charges rise by £3.10 to £41.60.\n")
    f = _figs(text)
    assert f["£3.10"].period == "2027/28" and f["£41.60"].period == "2027/28"


def test_what_only_can_be_or_an_example_takes_no_carried_year() -> None:
    text = ("Wyvern home to school transport 2027/28\n"
            "The service is forecast to cost £18.3m in 2027/28.\n"
            "Hiring a coach with a driver for one route can run to £21,000.\n")
    f = _figs(text)
    assert f["£18.3m"].period == "2027/28"
    assert f["£21,000"].period is None
    text = ("Orlwick council tax reduction scheme 2027/28\n"
            "The scheme will cost £6.2m in 2027/28.\n"
            "For example, a pensioner living alone gets £540 off a yearly charge of £1,310.\n")
    f = _figs(text)
    assert f["£6.2m"].period == "2027/28"
    assert f["£540"].period is None and f["£1,310"].period is None


def test_a_proposal_that_would_change_an_amount_keeps_the_carried_year() -> None:
    text = ("The Sampleton draft budget for 2027/28 proposes a council tax rise of 2.99%.\n"
            "A Band D charge would rise by £58.40 to £2,011.50 a year.\n")
    f = _figs(text)
    assert f["£58.40"].period == "2027/28" and f["£2,011.50"].period == "2027/28"


def test_a_title_year_does_not_reach_past_a_section_heading_of_its_own() -> None:
    # the document's title names the year; a later numbered section with no year of its own
    # (and no year in the sentences just before) gives its money none
    text = ("Wyvern District Council\n"
            "Garden Waste Charges 2027/28\n"
            "1. Purpose\n"
            "1.1 This report sets the charges for 2027/28.\n"
            "2. Reserves\n"
            "2.1 The waste reserve was kept at £1.8m, the level the council set.\n"
            "2.2 A new boiler for the museum cost £410,000 after a late survey.\n")
    f = _figs(text)
    assert f["£1.8m"].period is None and f["£410,000"].period is None
    # a section whose own heading names the year dates its money
    text = ("Orlwick Borough Council\n"
            "3. Budget for 2027/28\n"
            "3.1 The parks budget is £2.2m after a saving.\n")
    assert _figs(text)["£2.2m"].period == "2027/28"


def test_a_sentence_broken_over_lines_is_no_heading() -> None:
    # a PDF's line, set apart by blank lines, that starts in lower case or ends in "of" is part
    # of a sentence: it does not cut the year the sentence before handed on
    text = ("Sampleton Budget Report 2028/29\n\n"
            "1. Summary\n\n"
            "1.1 The outturn for 2027/28 is an overspend of £1.4m once\n\n"
            "the transfer to reserves is made, driven by care placements of\n\n"
            "£3.2m and fuel prices of £0.8m.\n")
    f = _figs(text)
    assert f["£1.4m"].period == "2027/28"
    assert f["£3.2m"].period == "2027/28" and f["£0.8m"].period == "2027/28"


def test_a_year_told_from_the_documents_own_time_is_not_a_year_named_before() -> None:
    # "next year", "last year": the sentence says its own year, so none is carried to it
    text = ("Wyvern leisure budget 2027/28\n"
            "The pool budget for 2027/28 is £1.2m.\n"
            "The roof works have slipped, so £0.3m moves into next year.\n")
    f = _figs(text)
    assert f["£1.2m"].period == "2027/28" and f["£0.3m"].period is None
    # and a figure whose own clause says "last year" takes none of its sentence's year
    f = _figs("The Orlwick lettings team had let 71.0% of its garages for 2027/28 by June, "
              "against 69.5% by the same month last year.")
    assert f["71.0%"].period == "2027/28" and f["69.5%"].period is None
