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
