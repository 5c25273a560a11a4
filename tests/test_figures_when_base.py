"""When a figure applies (figures.v32), on invented sentences: a year a figure is compared with
is the comparison's base, not the figure's, however the comparison is written ("an increase of
£2.40 (5.2%) on 2026/27", "9% less than in the same quarter of 2025/26", "6.1% more than the
£45,400 collected for 2025/26"); a financial year after "since" is a start, as a calendar year
is; the same amount put another way after ", or" takes the period of the amount before it; a
count after "per" is a rate's base, of no year; a target month ("by the close of October") is
the sentence's own time, and no carried year reaches its figures; a limit ("grants of up to
£1,500", "by up to 4% or £8") takes no year but one its own clause names."""

from __future__ import annotations

import pytest

from councilsearch.extract.figures import extract_figures
from councilsearch.models import Figure


def _figs(text: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(text, labels=False) if f.kind in ("money", "percent", "count")}


@pytest.mark.parametrize(("text", "level", "change", "share"), [
    ("Wyvern's garden waste charge will be £48.40 for 2027/28, an increase of £2.40 (5.2%) on 2026/27.",
     "£48.40", "£2.40", "5.2%"),
    ("Orlwick's allotment rent is £88.40 for 2027/28, a rise of £4.40 (5.3%) over 2026/27.", "£88.40", "£4.40", "5.3%"),
    ("That the Sampleton burial fee for 2027/28 be £1,188, an increase of £54 (4.8%) against 2026/27;",
     "£1,188", "£54", "4.8%"),
])
def test_a_change_on_a_year_is_dated_by_the_sentences_year_not_its_base(
    text: str, level: str, change: str, share: str
) -> None:
    f = _figs(text)
    assert f[level].period == "2027/28"
    assert f[change].period == "2027/28" and f[share].period == "2027/28"


@pytest.mark.parametrize(("text", "share"), [
    ("Sampleton spent £2.2m on agency staff in the first quarter of 2026/27, 9% less than in the same "
     "quarter of 2025/26.", "9%"),
    ("Orlwick paid £0.8m for temporary staff in the first six months of 2026/27, 12% more than in the same "
     "months of 2025/26.", "12%"),
    ("Wyvern's library fees for the 2026/27 season are £48,200, 6.1% more than the £45,400 collected for "
     "2025/26.", "6.1%"),
    ("The charge for the 2026/27 inspection is £31,000, 4.2% higher than the £29,750 paid for 2025/26.", "4.2%"),
])
def test_the_year_of_what_a_figure_is_compared_with_is_not_the_figures(text: str, share: str) -> None:
    assert _figs(text)[share].period == "2026/27"


def test_the_compared_amount_keeps_its_own_year() -> None:
    f = _figs("Wyvern's library fees for the 2026/27 season are £48,200, 6.1% more than the £45,400 "
              "collected for 2025/26.")
    assert f["£45,400"].period == "2025/26" and f["£48,200"].period == "2026/27"


@pytest.mark.parametrize("text", [
    "The Wyvern housing budget for 2027/28 is £3.1m.\nThe stock has grown by 212 homes (2.1%) since 2025/26.",
    "Orlwick parks 2027/28\nVisits have risen by 8.4% since 2024/25, to 1.2 million.",
])
def test_a_financial_year_after_since_is_a_start_not_a_period(text: str) -> None:
    share = next(f for f in _figs(text).values() if f.kind == "percent")
    assert share.period is None


@pytest.mark.parametrize(("text", "amount", "restated", "period"), [
    ("Wyvern's average council rent will rise by £96.20 in 2027/28, or £1.85 a week.", "£96.20", "£1.85", "2027/28"),
    ("Orlwick tenants will pay £312 more in 2027/28, or about £6 a week.", "£312", "£6", "2027/28"),
    ("The Sampleton leisure budget for 2027/28 is £2.2m.\nFree swimming costs £0.6m a year, or £15 for "
     "every one of the 40,000 swims it pays for.", "£0.6m", "£15", None),
])
def test_the_same_amount_put_another_way_takes_its_period(
    text: str, amount: str, restated: str, period: str | None
) -> None:
    f = _figs(text)
    assert f[amount].period == period and f[restated].period == period


def test_a_count_after_or_is_no_restatement_of_money() -> None:
    f = _figs("The Wyvern pool budget for 2027/28 is £0.9m.\nA swim costs £4.50, or 12 tickets for £45.")
    assert f["12"].period is None  # a count: no carried year, and not the money put another way


@pytest.mark.parametrize(("text", "base"), [
    ("Falls among Wyvern residents over 65 reached 21.4 per 1,000 people in 2031.", "1,000"),
    ("Orlwick recorded 540 fly-tipping reports per 100,000 residents in 2030/31, against 470 in the region.",
     "100,000"),
])
def test_a_rates_base_after_per_is_of_no_year(text: str, base: str) -> None:
    f = _figs(text)
    assert f[base].period is None
    rate = next(s for s in f if s not in (base, "470"))
    assert f[rate].period in ("2031", "2030/31")


@pytest.mark.parametrize("target", ["by the end of October", "by October", "by the close of May"])
def test_a_target_month_leaves_its_sentence_no_carried_year(target: str) -> None:
    text = ("The Sampleton revenue budget for 2027/28 is £212m.\n"
            f"The service plans to cut its waiting list costs to £0.4m {target}.\n")
    f = _figs(text)
    assert f["£212m"].period == "2027/28" and f["£0.4m"].period is None



@pytest.mark.parametrize(("text", "limits"), [
    ("The Wyvern grants budget for 2027/28 is £0.3m.\nClubs can apply for awards of up to £1,500 towards kit.",
     ["£1,500"]),
    ("For 2027/28, parish councils in Orlwick may lift their precepts by up to 4% or £8 before a referendum "
     "is needed.", ["4%", "£8"]),
    ("Sampleton parks 2027/28\nThe new fund will offer loans of up to £20,000 to community groups.", ["£20,000"]),
])
def test_a_limit_written_up_to_takes_no_year_but_its_own_clauses(text: str, limits: list[str]) -> None:
    f = _figs(text)
    assert all(f[s].period is None for s in limits)


def test_a_limit_keeps_a_year_written_in_its_own_clause() -> None:
    assert _figs("Wyvern will pay grants of up to £2,000 in 2027/28.")["£2,000"].period == "2027/28"
