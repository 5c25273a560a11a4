"""What a prose figure measures (figures.v6 to v8), by kind of construction, on invented sentences:
"the number of X" counts X; a counted noun keeps its "of" phrase; a list or total "of N things";
"X has a budget of £N" (also through "which"); a part "N of the X" that "have" something; a
pronoun standing for the noun before ("taking it down to £N"); a resolution's subjunctive change
("that the fee rise by £N to £M"); a figure set against a budget or a forecast ("£N below
budget", "£N better than the forecast"), or against a base year after a long clause; a
participle of the counted noun's own phrase is not a verb after it; resolutions' item numbers
"(1)" are not counts."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.extract.figures.words import same_measure


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_the_number_of_x_counts_x() -> None:
    lab = _labels("The number of pupils eligible for free meals has risen from 410 to 455 and is expected to reach "
                  "480 by July 2027.")
    for s in ("410", "455", "480"):
        assert same_measure(lab[s], "pupils eligible for free meals"), lab


def test_a_counted_noun_keeps_its_of_phrase() -> None:
    lab = _labels("Officers recorded 640 reports of fly-tipping in 2025.")
    assert same_measure(lab["640"], "reports of fly-tipping") and "fly-tipping" in (lab["640"] or ""), lab
    lab = _labels("The wardens issued 2,310 fixed penalty notices for littering in 2025.")
    assert "littering" in (lab["2,310"] or "") and lab["2,310"].count("fixed") == 1, lab


def test_a_list_of_n_things_is_the_list() -> None:
    lab = _labels("The adaptations scheme has a waiting list of 95 families.")
    assert same_measure(lab["95"], "adaptations scheme waiting list"), lab


def test_what_has_a_budget_owns_it() -> None:
    lab = _labels("The committee reviewed bids to the Village Halls Fund, which has a budget of £75,000.")
    assert same_measure(lab["£75,000"], "Village Halls Fund budget"), lab


def test_a_part_of_the_things_that_have_something() -> None:
    lab = _labels("The council runs 48 play areas, and 12 of the play areas have new equipment.")
    assert same_measure(lab["12"], "play areas with new equipment") and "equipment" in (lab["12"] or ""), lab


def test_a_pronoun_stands_for_the_noun_before() -> None:
    lab = _labels("The repairs will be paid from the insurance reserve, taking it down to £1.1m.")
    assert same_measure(lab["£1.1m"], "insurance reserve"), lab


def test_a_resolutions_change_has_a_subject() -> None:
    lab = _labels("RESOLVED that the burial fee rise by £45 to £890 from 1 April 2027.")
    assert same_measure(lab["£45"], "rise in the burial fee"), lab
    assert same_measure(lab["£890"], "burial fee"), lab


def test_a_figure_set_against_a_budget_or_forecast() -> None:
    lab = _labels("Bus pass income is expected to be £85,000 below budget this year.")
    assert same_measure(lab["£85,000"], "bus pass income below budget"), lab
    lab = _labels("That is £40,000 better than the forecast made in June.")
    assert same_measure(lab["£40,000"], "better than the forecast made in June"), lab
    lab = _labels("Repairs to the bridge are forecast to cost £3.2m, £450,000 more than planned.")
    assert same_measure(lab["£450,000"], "repairs to the bridge cost more than planned"), lab


def test_a_change_against_a_base_year_after_a_long_clause() -> None:
    lab = _labels("The wardens issued 2,310 fixed penalty notices for littering in 2025, 11% more than in 2024.")
    assert same_measure(lab["11%"], "increase in fixed penalty notices for littering"), lab


def test_resolution_item_numbers_are_not_counts() -> None:
    text = "RESOLVED that (1) the report be noted; (2) £12,000 be allocated to the hall; and (3) the lease be renewed."
    figs = [f.surface for f in extract_figures(text, labels=False) if f.kind in ("money", "percent", "count")]
    assert figs == ["£12,000"], figs


def test_a_year_opening_the_sentence_leaves_the_subject_to_the_verb() -> None:
    lab = _labels("In 2026/27 school transport for pupils with special needs is forecast to cost £6.3m.")
    assert same_measure(lab["£6.3m"], "cost of school transport for pupils with special needs"), lab


def test_which_after_a_comma_is_the_noun_before_it() -> None:
    lab = _labels("Groups sent bids to the Parks Fund for 2027/28, which has a budget of £40,000.")
    assert same_measure(lab["£40,000"], "Parks Fund budget") and "Parks" in (lab["£40,000"] or ""), lab


def test_an_unlabelled_figure_that_is_lower_than_anything() -> None:
    lab = _labels("Stall bookings fell because footfall in the market is still 8% lower than before the fire.")
    assert same_measure(lab["8%"], "footfall in the market lower than before the fire"), lab


def test_a_counted_noun_keeps_its_of_phrase_and_what_was_done_to_it() -> None:
    lab = _labels("Overnight 1,150 miles of priority routes were salted by the depot's 21 lorries.")
    assert "routes" in (lab["1,150"] or "") and "salted" in (lab["1,150"] or ""), lab


def test_what_has_a_count_does_not_own_it() -> None:
    lab = _labels("At the end of June the district had 312 families in emergency housing.")
    assert (lab["312"] or "").startswith("families"), lab


def test_an_amount_totalling_is_its_subjects() -> None:
    lab = _labels("Grants totalling £96,000 were paid to 36 voluntary groups.")
    assert same_measure(lab["£96,000"], "grants") and "totalling" not in (lab["£96,000"] or ""), lab


def test_a_share_of_them_is_a_share_of_what_was_counted_before() -> None:
    lab = _labels("The helpline answered 18,400 calls, and 87% of them within two minutes.")
    assert same_measure(lab["87%"], "calls"), lab


def test_ages_are_not_counts() -> None:
    text = ("Around 7,800 residents are aged over 85. Visits by people over 65 rose, and under-16s swim free. "
            "Pupils aged 11 to 16 may apply.")
    figs = [f.surface for f in extract_figures(text, labels=False) if f.kind == "count"]
    assert figs == ["7,800"], figs


def test_a_part_of_which_that_is_somewhere_keeps_the_wholes_measure() -> None:
    lab = _labels("The council spent £3.4m on agency staff in 2024/25, of which £1.1m was in children's services.")
    assert same_measure(lab["£1.1m"], "spent in children's services") and "spent" in (lab["£1.1m"] or ""), lab


def test_taking_the_x_to_an_amount_names_x() -> None:
    lab = _labels("Council tax will increase by 4.99%, taking the Band D charge to £2,104.35.")
    assert same_measure(lab["£2,104.35"], "Band D charge"), lab


def test_what_accounts_for_an_amount_is_its_measure() -> None:
    lab = _labels("Staff costs account for £14.2m, or 63% of the budget.")
    assert same_measure(lab["£14.2m"], "staff costs"), lab


def test_a_verb_of_level_gives_its_subjects_measure() -> None:
    lab = _labels("The deficit on the pupil referral budget is forecast to reach £3.7m by March 2028.")
    assert same_measure(lab["£3.7m"], "deficit on the pupil referral budget"), lab


def test_a_change_with_its_share_in_brackets() -> None:
    lab = _labels("Spending on home to school transport rose by £1.1m (12%) to £10.3m.")
    assert same_measure(lab["12%"], "rise in spending on home to school transport"), lab
    assert same_measure(lab["£10.3m"], "spending on home to school transport"), lab


def test_a_share_of_which_is_a_share_of_the_figure_before() -> None:
    lab = _labels("The survey drew 2,310 replies, 64% of which were sent by post.")
    assert "replies" in (lab["64%"] or ""), lab


def test_up_or_down_on_a_year_is_a_change_in_the_figure_before() -> None:
    lab = _labels("Income from market stalls was £640,000, up 7% on the previous year.")
    assert same_measure(lab["7%"], "increase in income from market stalls"), lab
    figs = {f.surface: f for f in extract_figures("Bus boardings totalled 2.1 million in 2025, down 4% on 2024.")}
    assert figs["4%"].period != "2024" and same_measure(figs["4%"].label, "decrease in bus boardings"), figs


def test_a_change_in_apposition_after_the_year() -> None:
    lab = _labels("Garden waste income rose to £1.3m in 2025/26, an increase of 6% on 2024/25.")
    assert same_measure(lab["6%"], "increase in garden waste income"), lab


def test_a_lone_subject_pointing_back_does_not_own_the_amount() -> None:
    """Under a service's heading, "The service has a net overspend of £0.4m (2.1%)" measures
    the net overspend: "service" points back to the heading and is no owner of its own (the
    measure is then the same one the heading's other papers report)."""
    lab = _labels("The service has a net overspend of £0.4m (2.1%).")
    assert lab["£0.4m"] == "net overspend" and lab["2.1%"] == "net overspend"
    named = _labels("The Orlwick Highways Fund has a budget of £90,000.")
    assert "fund" in (named["£90,000"] or "").lower()



def test_a_part_whose_verb_only_dates_it_keeps_the_wholes_measure() -> None:
    """"£20m of that gap falling in 2027/28" is part of the gap, dated by the verb: "falling"
    says when, not what (a label "gap falling" would be a measure of its own and split the
    gap's points from the "budget gap" they belong with)."""
    lab = _labels("The plan shows a gap of £50m by 2029/30, with £20m of that gap falling in 2027/28.")
    assert lab["£20m"] == "gap", lab
    lab = _labels("The council runs 48 play areas, and 12 of the play areas closed in 2025.")
    assert "closed" in (lab["12"] or ""), lab
