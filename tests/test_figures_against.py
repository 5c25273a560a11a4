"""A figure set against another in its clause ("against a target of 12,000") measures what the
clause's own figure measures, seen as that noun (figures.v17), on invented sentences."""

from __future__ import annotations

from councilsearch.extract.figures import extract_figures


def _labels(text: str) -> dict[str, str | None]:
    return {f.surface: f.label for f in extract_figures(text) if f.kind in ("money", "percent", "count")}


def test_a_target_is_a_target_for_what_the_verb_states() -> None:
    lab = _labels("The Orlwick rangers planted 9,300 hedgerow saplings, against a target of 12,000.")
    assert "target" in (lab["12,000"] or "") and "saplings" in (lab["12,000"] or ""), lab


def test_an_average_against_a_holding_is_an_average_holding() -> None:
    lab = _labels("The Wyvern fund held deposits of £41m at the end of June, against an average of £46m.")
    assert "average" in (lab["£46m"] or "") and "deposits" in (lab["£46m"] or ""), lab


def test_a_benchmark_against_a_return_is_a_benchmark_return() -> None:
    lab = _labels("The Sampleton pension fund return was 3.9%, against a benchmark of 3.6%.")
    assert "benchmark" in (lab["3.6%"] or "") and "return" in (lab["3.6%"] or ""), lab


def test_a_compared_figure_keeps_its_own_place() -> None:
    lab = _labels("In 2025, 14.6% of tenants in Orlwick were in arrears, against 12.9% across the region.")
    assert "region" in (lab["12.9%"] or "") and "Orlwick" not in (lab["12.9%"] or ""), lab


def test_a_compared_figure_keeps_its_own_group_after_its_rate() -> None:
    lab = _labels("A place at a Wyvern day centre costs on average £410 a week, "
                  "against £260 a week with one of the council's own community groups.")
    assert "community groups" in (lab["£260"] or "") and "one" not in (lab["£260"] or "").split(), lab


# A benchmark written with more words than its noun, after "below", "above" or "compared with",
# or hung by the parse on the figure's noun instead of the verb (figures.v36)
def test_a_minimum_below_a_level_is_a_minimum_of_what_reaches_that_level() -> None:
    lab = _labels("Without action the Orlwick insurance reserve would drop from £6.1m at 1 April 2026 "
                  "to £4.3m at 31 March 2027, below the minimum of £5m agreed by the Cabinet.")
    assert "minimum" in (lab["£5m"] or "") and "reserve" in (lab["£5m"] or ""), lab


def test_a_ceiling_above_a_level_is_a_ceiling_of_that_measure() -> None:
    lab = _labels("The Wyvern council's external debt stood at £212m in March, above the ceiling of £200m "
                  "in the treasury strategy.")
    assert "ceiling" in (lab["£200m"] or "") and "debt" in (lab["£200m"] or ""), lab


def test_a_forecast_after_a_share_is_a_forecast_of_that_share() -> None:
    lab = _labels("By the end of July the Wyvern depot had serviced 88 of its 160 vehicles, 55% of the fleet, "
                  "against a forecast of 60% for the month.")
    assert "forecast" in (lab["60%"] or "") and "vehicles" in (lab["60%"] or ""), lab


def test_a_regional_average_compared_with_a_count_is_an_average_of_that_count() -> None:
    lab = _labels("The Orlwick libraries lent 84,200 books in the year, compared with a regional average "
                  "of 91,000.")
    assert "average" in (lab["91,000"] or "") and "books" in (lab["91,000"] or ""), lab


def test_a_benchmark_keeps_the_measure_but_not_the_named_owner() -> None:
    lab = _labels("Take-up of Sampleton's garden waste service reached 58.4% in 2025/26, against a median of 49% "
                  "for similar districts.")
    assert "median" in (lab["49%"] or "") and "garden waste" in (lab["49%"] or ""), lab
    assert "Sampleton" not in (lab["49%"] or ""), lab
