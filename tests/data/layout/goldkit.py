"""Small builders for the second development corpus's gold (README.md, "Gold for the whole
corpus"): figure items, entity rows and retrieval questions, written next to the text they
describe. ``make_corpus.py`` numbers them, checks every quote and figure text against the
document's text (``check_gold``) and writes figures.jsonl, entities.jsonl and questions.jsonl
(``write_jsonl``); a held-out corpus' generator does all of it with ``heldout_generator``."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from flow import Gold

# a figure: (surface, value, unit, kind, label, period)
Fig = tuple[str, float | str, str, str, str | None, str | None]


def money(surface: str, value: float, label: str | None, period: str | None = None) -> Fig:
    return (surface, value, "GBP", "money", label, period)


def pct(surface: str, value: float, label: str | None, period: str | None = None) -> Fig:
    return (surface, value, "percent", "percent", label, period)


def count(surface: str, value: float, label: str | None, period: str | None = None) -> Fig:
    return (surface, value, "count", "count", label, period)


def fy(surface: str, start: int) -> Fig:
    """A financial year named as a period ("2025/26" -> 2025); it measures nothing itself."""
    return (surface, start, "financial_year", "period", None, None)


def year(surface: str, y: int) -> Fig:
    return (surface, y, "year", "period", None, None)


def date(surface: str, iso: str) -> Fig:
    return (surface, iso, "date", "date", None, None)


def duration(surface: str, iso: str, label: str | None = None) -> Fig:
    """A length of time ("39 weeks" -> "P39W", "268 hours" -> "PT268H"); labelled when it is
    the measure the text reports (an average wait, opening hours), not a term or a limit."""
    return (surface, iso, "duration", "period", label, None)


def fig_item(doc: str, text: str, *figs: Fig, context_unit: str | None = None) -> dict[str, Any]:
    return {
        "doc": doc, "text": text, "context_unit": context_unit,
        "figures": [
            {"surface": s, "value": v, "unit": u, "kind": k, "label": lab, "period": per}
            for s, v, u, k, lab, per in figs
        ],
    }


def ent(doc: str, label: str, name: str, *, aliases: tuple[str, ...] = (), affiliation: str | None = None,
        role: str | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"doc": doc, "label": label, "name": name}
    if aliases:
        row["aliases"] = list(aliases)
    if affiliation:
        row["affiliation"] = affiliation
    if role:
        row["role"] = role
    return row


def question(qid: str, query: str, doc: str, quote: str, kind: str, alt: tuple[str | tuple[str, str], ...] = (),
             answer: tuple[float, str] | None = None) -> dict[str, Any]:
    """``alt``: other documents holding the same quote (a name), or another passage that
    answers too (a ``(doc, quote)`` pair)."""
    alts = [{"doc": a, "quote": quote} if isinstance(a, str) else {"doc": a[0], "quote": a[1]} for a in alt]
    return {
        "id": qid, "query": query, "doc": doc, "quote": quote, "alt": alts, "kind": kind,
        "answer": {"value": answer[0], "unit": answer[1]} if answer else None,
    }


def figure_question(qid: str, query: str, doc: str, quote: str, value: float, unit: str,
                    alt: tuple[str | tuple[str, str], ...] = ()) -> dict[str, Any]:
    """A number question: its quote holds the figure that answers it, ``value`` in ``unit``
    (``alt``: other quotes that also answer it, as for ``question``)."""
    return question(qid, query, doc, quote, "figure", alt=alt, answer=(value, unit))


def reader_text(records: list[dict[str, Any]]) -> dict[str, str]:
    """Each document's text as a reader sees it: its gold lines, one space between words."""
    reader: dict[str, str] = {}
    for r in records:
        if r["kind"] == "line":
            reader[r["doc"]] = reader.get(r["doc"], "") + " " + r["text"]
    return {d: re.sub(r"\s+", " ", t) for d, t in reader.items()}


def check_gold(records: list[dict[str, Any]], questions: Iterable[dict[str, Any]] = (),
               figures: Iterable[dict[str, Any]] = (), entities: Iterable[dict[str, Any]] = (),
               furniture: dict[str, str] | None = None) -> None:
    """Stop the generator unless every question's quote (and each alternative's) is in the text
    of the document it names, every figure item's text is in its document and holds each of its
    figures' surfaces, and every entity's name or an alias is in its document (case aside;
    ``furniture``: text a document prints outside its gold lines, e.g. a running header)."""
    reader = reader_text(records)
    for q in questions:
        for doc, quote in ((q["doc"], q["quote"]), *((a["doc"], a["quote"]) for a in q["alt"])):
            if quote not in reader[doc]:
                raise SystemExit(f"{q['id']}: quote not in {doc}: {quote!r}")
    for item in figures:
        if item["text"] not in reader[item["doc"]]:
            raise SystemExit(f"figure text not in {item['doc']}: {item['text']!r}")
        for f in item["figures"]:
            if f["surface"] not in item["text"]:
                raise SystemExit(f"surface {f['surface']!r} not in {item['text']!r}")
    for e in entities:
        text = f"{reader[e['doc']]} {(furniture or {}).get(e['doc'], '')}".lower()
        if not any(n.lower() in text for n in (e["name"], *e.get("aliases", ()))):
            raise SystemExit(f"entity not in {e['doc']}: {e['name']!r}")


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def run_generator(doc: str | None, here: Path, write: Callable[[Path], None], argv: list[str] | None = None) -> None:
    """A generator's command line: ``--out DIR`` (default: the generator's own folder)."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=here, help="where to write (default: this folder)")
    write(ap.parse_args(argv).out)


def write_heldout(out: Path, builders: Mapping[str, Callable[[str, Gold], None]], *, suffix: Mapping[str, str],
                  questions: Sequence[dict[str, Any]], number_questions: Sequence[dict[str, Any]],
                  figures: Sequence[dict[str, Any]], entities: Sequence[dict[str, Any]], figure_id: str) -> None:
    """A held-out corpus written into ``out``: each document by its builder (a PDF unless
    ``suffix`` names another ending), its gold checked against the documents' text
    (``check_gold``), then ``gold.jsonl`` (layout, in the builders' order), ``questions.jsonl``,
    ``questions_numbers.jsonl``, ``figures.jsonl`` (ids ``{figure_id}001`` on) and
    ``entities.jsonl``."""
    out.mkdir(parents=True, exist_ok=True)
    golds = {doc: Gold(doc) for doc in builders}
    for doc, build_doc in builders.items():
        build_doc(str(out / f"{doc}{suffix.get(doc, '.pdf')}"), golds[doc])
    records = [r for gold in golds.values() for r in gold.records]
    check_gold(records, (*questions, *number_questions), figures, entities)
    write_jsonl(out / "gold.jsonl", records)
    write_jsonl(out / "questions.jsonl", questions)
    write_jsonl(out / "questions_numbers.jsonl", number_questions)
    write_jsonl(out / "figures.jsonl", [{"id": f"{figure_id}{n:03d}", **item} for n, item in enumerate(figures, 1)])
    write_jsonl(out / "entities.jsonl", entities)


def heldout_generator(doc: str | None, here: Path, builders: Mapping[str, Callable[[str, Gold], None]], *,
                      suffix: Mapping[str, str], questions: Sequence[dict[str, Any]],
                      number_questions: Sequence[dict[str, Any]], figures: Sequence[dict[str, Any]],
                      entities: Sequence[dict[str, Any]],
                      figure_id: str) -> tuple[Callable[[Path], None], Callable[..., None]]:
    """A held-out corpus' generator (``tests/data/heldoutN/make_corpus.py``, whose docstring is
    ``doc`` and folder ``here``): its ``write(out)``, which is ``write_heldout`` with these
    arguments, and its command line ``main(argv=None)`` (``run_generator``: ``--out DIR``,
    default ``here``). It writes the documents, ``gold.jsonl`` (layout), ``questions.jsonl``
    (retrieval, no number questions), ``questions_numbers.jsonl`` (number questions),
    ``figures.jsonl`` and ``entities.jsonl``, the same byte for byte on every run, and stops
    when a quote, a figure item's text or surface, or an entity's name is not in its document's
    text."""

    def write(out: Path) -> None:
        write_heldout(out, builders, suffix=suffix, questions=questions, number_questions=number_questions,
                      figures=figures, entities=entities, figure_id=figure_id)

    def main(argv: list[str] | None = None) -> None:
        run_generator(doc, here, write, argv)

    return write, main
