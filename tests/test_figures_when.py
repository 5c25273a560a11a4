"""When a figure applies (figures.v5), on invented sentences: a year carried from the sentences
or heading before dates money, not counts of people or things; a counterfactual amount takes
no carried year; a comparison's base year ("more than in 2019") is not the figure's; a change's
starting value ("up from 900") is not dated by the change's year; a sentence broken over PDF
lines is read as one."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import same_measure
from councilsearch.models import Figure


def _figs(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, labels=False) if f.kind in ("money", "percent", "count")}


def test_a_carried_year_dates_money_but_not_counts() -> None:
    text = ("The cemetery service will cost £845,000 in 2027/28.\n"
            "The service looks after 14 burial grounds and employs 23 gardeners.\n"
            "Grave fees will bring in £310,000.\n")
    f = _figs(text)
    assert f["£845,000"].period == "2027/28"
    assert f["£310,000"].period == "2027/28"  # money: the year the sentences before named
    assert f["14"].period is None and f["23"].period is None  # a count of things: not dated by it


def test_a_headings_year_does_not_reach_counts() -> None:
    text = ("Parks budget 2026/27\n"
            "The parks team maintains 61 playgrounds.\n"
            "Spending on them is £1.2m, and 8% of it goes on repairs.\n")
    f = _figs(text)
    assert f["61"].period is None
    assert f["£1.2m"].period == "2026/27" and f["8%"].period == "2026/27"


def test_a_share_without_money_takes_no_carried_year() -> None:
    text = ("The consultation on the 2026/27 budget closed in January.\n"
            "Of the 812 residents who replied, 64% supported the proposal.\n")
    f = _figs(text)
    assert f["812"].period is None and f["64%"].period is None


def test_a_counterfactual_amount_takes_no_carried_year() -> None:
    text = ("Net spending on markets will be £2.4m in 2026/27.\n"
            "Closing the indoor market would have saved £95,000 a year but was rejected.\n")
    assert _figs(text)["£95,000"].period is None


def test_a_comparisons_base_year_is_not_the_figures() -> None:
    text = "Footfall rose to 48,000 in 2024, 6% more than in 2019, and takings reached £0.6m."
    f = _figs(text)
    assert f["48,000"].period == "2024" and f["6%"].period == "2024" and f["£0.6m"].period == "2024"


def test_a_changes_starting_value_is_not_dated_by_its_year() -> None:
    text = "Bookings reached 5,300 in 2025/26, up from 4,100 in the first year of the scheme."
    f = _figs(text)
    assert f["5,300"].period == "2025/26" and f["4,100"].period is None


def test_a_sentence_broken_over_pdf_lines_is_read_as_one() -> None:
    text = ("\tThe Bereavement Services Manager said that 318 cremations paid for by\n"
            "\tthe council were held in 2023/24, at an average\n"
            "cost of £1,020, and that waiting times had fallen.\n")
    f = _figs(text)
    assert f["318"].period == "2023/24" and f["£1,020"].period == "2023/24"
    one = {fig.sentence_span for fig in extract_figures(text, labels=False) if fig.surface in ("318", "£1,020")}
    assert len(one) == 1


# --- what a figure measures, where the parse alone gets it wrong ------------------------------

def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_a_part_of_which_takes_the_whole_s_measure() -> None:
    lab = _labels("Rental income was £2.3m in 2025/26, of which £400,000 came from the market hall.")
    assert same_measure(lab["£400,000"], "rental income from the market hall"), lab


def test_ones_stands_for_the_noun_before() -> None:
    lab = _labels("Complaints about bins rose to 1,240 in 2025, and 87% of urgent ones were answered within a day.")
    assert same_measure(lab["87%"], "urgent complaints answered"), lab


def test_a_figure_compared_against_takes_the_measure_it_is_compared_with() -> None:
    lab = _labels("Of the county's bridges, 12% of footbridges need repair, against 7% in the region as a whole.")
    assert same_measure(lab["7%"], "footbridges needing repair in the region"), lab
    lab = _labels("The shelter housed 88 dogs in the year, compared with 64 dogs a year earlier.")
    assert same_measure(lab["64"], "dogs housed"), lab


def test_a_quantity_verb_says_its_subject_is_what_is_measured() -> None:
    lab = _labels("The staffing savings for 2026/27 total £1.9m, spread across four services.")
    assert same_measure(lab["£1.9m"], "staffing savings"), lab
    lab = _labels("Volunteers number 340, of whom 55 are under 25.")
    assert same_measure(lab["340"], "volunteers"), lab


def test_money_for_a_count_of_things_is_for_those_things() -> None:
    lab = _labels("The refit budget of £2.2m comprises £1.5m for 14 classrooms and £0.7m for 300 laptops and chargers.")
    assert same_measure(lab["£2.2m"], "refit budget"), lab
    assert same_measure(lab["£1.5m"], "classrooms"), lab
    assert same_measure(lab["£0.7m"], "laptops and chargers"), lab


def test_a_long_table_row_is_labelled_by_its_head_phrase() -> None:
    text = ("Table 3: Savings proposals £000\n"
            "Reference and proposal\t2026/27\t2027/28\n"
            "PRK-04 Extend pay-by-phone parking so that fewer ticket machines need servicing\t310\t420\n")
    f = {x.surface: x for x in extract_figures(text)}
    assert f["310"].label is not None and "so that" not in f["310"].label and "PRK" not in f["310"].label
    assert same_measure(f["310"].label, "pay-by-phone parking"), f["310"].label
    assert "ticket machines" in (f["310"].table_row or "")  # the row itself is kept whole


def test_an_amount_of_a_noun_phrase_after_a_preposition() -> None:
    lab = _labels("The forecast shows a surplus of £1.2m, after energy savings of £0.8m and fee income of £0.3m.")
    assert same_measure(lab["£0.8m"], "energy savings"), lab
    lab = _labels("The bid is potentially worth in excess of £4m over five years.")
    assert "excess" not in (lab["£4m"] or ""), lab  # "in excess of" says how much, not of what


def test_an_amount_that_is_a_named_thing() -> None:
    lab = _labels("The archive budget includes £2.4m for storage, of which £1.6m is rent and £0.8m is the Records "
                  "Management Levy.")
    assert same_measure(lab["£0.8m"], "Records Management Levy"), lab


def test_a_counted_subject_keeps_what_was_done_to_it() -> None:
    lab = _labels("The Trading Standards Manager said that 212 inspections funded by the Safer Streets Fund "
                  "(SSF) were completed in 2024/25, at an average cost of £310.")
    assert same_measure(lab["212"], "inspections completed"), lab
    assert "(" not in (lab["212"] or ""), lab


def test_such_things_are_what_the_sentence_before_counted_or_asked() -> None:
    text = ("Councillors asked how many tenants had waited more than a year for a repair. The Repairs Manager "
            "said there had been 27 such tenants since April.")
    assert same_measure(_labels(text)["27"], "tenants waiting more than a year for a repair"), _labels(text)
    text = ("The service received 412 requests for bulky waste collections in June. It refused 35 such "
            "requests because the items were hazardous.")
    assert same_measure(_labels(text)["35"], "requests for bulky waste collections refused"), _labels(text)


def test_for_x_to_rise_makes_x_the_subject_of_the_rise() -> None:
    lab = _labels("Hall hire costs rose by 4% last year, and the committee has asked for the charge for the main "
                  "hall to go up from £18.50 to £20.00.")
    assert same_measure(lab["£18.50"], "charge for the main hall"), lab
    assert same_measure(lab["£20.00"], "charge for the main hall"), lab


def test_the_subject_of_is_when_the_parse_loses_it() -> None:
    lab = _labels("Leaving aside school budgets the district's gross capital spending in 2019/20 is approximately "
                  "£48 million.")
    assert same_measure(lab["£48 million"], "gross capital spending"), lab
    lab = _labels("The effect on the parking account is small (£12,000).")
    assert same_measure(lab["£12,000"], "effect on the parking account"), lab


def test_both_ends_of_a_range_share_a_label_found_after_the_parse() -> None:
    from councilsearch.extract.figures.document import raw_candidates
    from councilsearch.extract.figures.finish import to_figures

    text = "- Warden pay is between £24,100 - £25,300, whilst our neighbours pay more."
    cands = raw_candidates(text)
    next(c for c in cands if text[c.start : c.end] == "£24,100").label = "Warden pay"  # one end labelled
    figs = {f.surface: f for f in to_figures(text, cands)}
    assert figs["£25,300"].range_with is not None and figs["£25,300"].label == "Warden pay"


def test_the_year_before_is_the_period_before_the_sentences() -> None:
    f = _figs("Usage of the Wyvern libraries averaged 61% in 2024/25, up from 58% the year before.")
    assert f["61%"].period == "2024/25" and f["58%"].period == "2023/24"
    f = _figs("Visits to Orlwick Museum rose to 88,000 in 2025 from 80,000 the previous year.")
    assert f["88,000"].period == "2025" and f["80,000"].period == "2024"


def test_a_starting_values_year_does_not_date_the_rest_of_the_sentence() -> None:
    f = _figs("The Sampleton fund's funding level has risen to 108% from 95% at the 2022 valuation, a surplus of £210m.")
    assert f["95%"].period == "2022" and f["£210m"].period is None
