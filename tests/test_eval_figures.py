"""`eval figures` scores what figures measure and when, and cannot mislead: a gold set whose
documents are not in the corpus scored stops with an error naming them (not precision 1.0,
recall 0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from councilsearch.errors import InputError
from councilsearch.evaluate.figures import score_figures, store_texts
from councilsearch.extract.figures.words import content_words, same_measure

TEXT = ("The harbour board reported its accounts for 2024/25 in June. Mooring income of £1.3m was received and "
        "repairs cost £0.6m.\n")


def _gold(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    p = tmp_path / "gold.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return p


def _row(doc: str, label: str | None = "mooring income", period: str | None = "2024/25") -> dict[str, object]:
    return {"id": "x1", "doc": doc, "text": "Mooring income of £1.3m", "context_unit": None,
            "figures": [{"surface": "£1.3m", "value": 1300000, "unit": "GBP", "kind": "money",
                         "label": label, "period": period}]}


def test_missing_documents_stop_the_scorer_with_their_names(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [_row("harbour-accounts"), {**_row("pier-minutes"), "id": "x2"}])
    with pytest.raises(InputError) as err:
        score_figures(gold, {"harbour-accounts": TEXT})
    assert "pier-minutes" in str(err.value) and "harbour-accounts" not in str(err.value)
    with pytest.raises(InputError):
        score_figures(gold, {})


def test_label_and_period_are_scored(tmp_path: Path) -> None:
    r = score_figures(_gold(tmp_path, [_row("h")]), {"h": TEXT})
    assert r["recall"] == 1.0 and r["n_measured"] == 1
    assert r["label_accuracy"] == 1.0 and r["period_accuracy"] == 1.0
    r = score_figures(_gold(tmp_path, [_row("h", label="berth waiting list", period="2023/24")]), {"h": TEXT})
    assert r["label_accuracy"] == 0.0 and r["period_accuracy"] == 0.0
    assert r["label_misses"][0]["predicted"] and r["period_misses"][0]["predicted"] == "2024/25"


def test_label_overlap_folds_plurals_and_drops_function_words() -> None:
    assert content_words("The Savings delivered") == content_words("saving deliver")
    assert same_measure("planned savings", "planned savings delivered")  # 2*2/(2+3) = 0.8
    assert not same_measure("savings", "transformation programme budget for new initiatives")
    assert same_measure(None, None) and not same_measure("reserves", None) and not same_measure(None, "reserves")


def test_irregular_past_forms_fold_with_their_verbs() -> None:
    # labels, label scoring, measure keys and questions share one normaliser: "paid" is "pay"
    assert content_words("fees paid to the Orlwick trust") >= content_words("pay trust")
    assert content_words("staff who taught adult classes") >= content_words("teach")
    assert content_words("the grant given by Sampleton") == content_words("the grant gives Sampleton")
    assert same_measure("management fee paid", "management fee the council pays")


def test_documents_are_read_from_a_store() -> None:
    class _Store:
        def source_paths(self) -> dict[str, str]:
            return {"id1": "/data/in/harbour-accounts.pdf"}

        def document_texts(self):  # type: ignore[no-untyped-def]
            yield "id1", TEXT

    assert store_texts(_Store()) == {"harbour-accounts": TEXT}
