"""When a figure applies (figures.v23 to v25), on invented sentences: a rate ("£9.80 a week", "£2,300
each") takes no year from the sentences or heading before it, nor one its sentence names for
another figure (v24), but the level a dated change
reaches does ("rise by 4% to £9.80 a week"); a sentence that names its own time (a month, part
of a year, a typo'd year) takes no carried year; a span of financial years ("2027/28 to
2031/32") or a bound ("after 2029/30") is no period; a comparison's base written as "the
base year of 2019/20" is not the figure's; a year of a later clause leaves the carried year to
the clauses before it, and "over the next four years" is a sentence's own time (v25)."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure


def _figs(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, labels=False) if f.kind in ("money", "percent", "count")}


def test_a_rate_takes_no_carried_or_heading_year() -> None:
    text = ("Wyvern leisure budget 2027/28\n"
            "The Orlwick pool will cost £640,000 to run in 2027/28.\n"
            "A swimming lesson costs the council £9.80 a week, or £380 a year per child.\n"
            "Mentoring for 40 pupils, at £2,300 each.\n"
            "The new boiler saves about £18,000 a year at current gas prices.\n")
    f = _figs(text)
    assert f["£640,000"].period == "2027/28"
    assert f["£9.80"].period is None and f["£380"].period is None
    assert f["£2,300"].period is None
    assert f["£18,000"].period is None


def test_the_level_a_dated_change_reaches_takes_its_year() -> None:
    text = ("The Sampleton allotments budget for 2026/27 is £0.2m.\n"
            "Plot rents will rise by £3.40 to £52.90 a year.\n")
    f = _figs(text)
    assert f["£3.40"].period == "2026/27" and f["£52.90"].period == "2026/27"
    text = ("Sampleton allotments 2026/27\n"
            "Plot rents will rise by 5% to £52.90 a year.\n")
    f = _figs(text)
    assert f["5%"].period == "2026/27" and f["£52.90"].period == "2026/27"  # the heading's year


def test_a_sentence_naming_its_own_time_takes_no_carried_year() -> None:
    text = ("The Wyvern treasury budget for 2028/29 is £3.1m.\n"
            "Borrowing peaked at £61.5m in August, below the limit of £70m.\n"
            "Interest received was £0.44m in the first nine months.\n")
    f = _figs(text)
    assert f["£3.1m"].period == "2028/29"
    assert f["£61.5m"].period is None and f["£70m"].period is None
    assert f["£0.44m"].period is None
    text = ("The Orlwick housing account budget for 2028/29 is £14m.\n"
            "Balances will stand at £8.2m at the close of the plan in 20338/39.\n")
    assert _figs(text)["£8.2m"].period is None  # a typo'd year: the sentence's own, unread


def test_a_span_or_a_bound_of_financial_years_is_no_period() -> None:
    f = _figs("Cabinet approved a Sampleton roads programme of £48.5m for 2027/28 to 2031/32.")
    assert f["£48.5m"].period is None
    f = _figs("The forecast assumes pay awards of 2.5% a year until 2029/30 and 2% after 2029/30.")
    assert f["2%"].period is None and f["2.5%"].period is None


def test_a_comparison_base_named_as_a_base_year_is_not_the_figures() -> None:
    text = "Wyvern fleet emissions were 2,140 tonnes in 2025/26, 31% lower than in the base year of 2019/20."
    assert _figs(text)["31%"].period == "2025/26"


def test_a_rate_takes_no_year_its_sentence_names_for_another_figure() -> None:
    f = _figs("The Orlwick tree team planted 900 trees in 2026/27, against a target of 1,200 a year.")
    assert f["900"].period == "2026/27" and f["1,200"].period is None
    text = ("The Sampleton meals budget for 2027/28 is £2.2m.\n"
            "A primary meal costs £410 a year, or £2.30 a school day.\n")
    f = _figs(text)
    assert f["£410"].period is None and f["£2.30"].period is None  # "a school day": a rate too


def test_a_year_of_a_later_clause_leaves_the_carried_year_to_the_clauses_before() -> None:
    text = ("The Wyvern flood defence budget was £9.4m in 2027/28.\n"
            "By the year end £7.1m had been spent; the remaining £2.3m moves to 2028/29.\n")
    f = _figs(text)
    assert f["£7.1m"].period == "2027/28"  # the year carried from the sentence before
    assert f["£2.3m"].period == "2028/29"  # its own clause's


def test_a_sentence_over_several_years_takes_no_carried_year() -> None:
    text = ("The Orlwick capital budget for 2027/28 is £31m.\n"
            "Over the next four years the council expects to borrow a further £20m.\n")
    f = _figs(text)
    assert f["£31m"].period == "2027/28" and f["£20m"].period is None
