"""One validation for every surface: an unknown enumeration value or a bad date is refused by
the API (422, listing the valid values), the pages (the message in the page) and the CLI
(exit 2, the same message), before any store or model is loaded; eval's file errors are one
line."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from councilsearch.cli import app as cli_app
from councilsearch.errors import QueryError
from councilsearch.index.query import check_choice, check_entity_label, check_figure_kind, check_filters
from councilsearch.models import DOC_TYPES, ENTITY_LABELS, FIGURE_KINDS, Filters

runner = CliRunner()


# -- the one validator -----------------------------------------------------------------------
def test_a_known_value_in_any_case_is_returned_as_spelled_in_the_list():
    assert check_choice(" MONEY ", FIGURE_KINDS, "figure kind") == "money"
    assert check_entity_label("person") == "PERSON"
    assert check_choice("", DOC_TYPES, "document type") is None
    assert check_choice(None, DOC_TYPES, "document type") is None


@pytest.mark.parametrize(
    ("call", "bad", "choices"),
    [
        (check_figure_kind, "moneyy", FIGURE_KINDS),
        (check_entity_label, "PERSONS", ENTITY_LABELS),
        (lambda v: check_filters(Filters(doc_type=v)).doc_type, "minute", DOC_TYPES),
        (lambda v: check_filters(Filters(section_kind=v)).section_kind, "tables", ("heading", "paragraph", "table", "list")),
    ],
)
def test_an_unknown_value_names_itself_and_every_valid_one(call, bad, choices):
    with pytest.raises(QueryError) as exc:
        call(bad)
    msg = str(exc.value)
    assert repr(bad) in msg
    assert all(c in msg for c in choices)


# -- CLI: exit 2 with the message, before any store is opened --------------------------------
@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["search", "savings", "--doc-type", "minute"], "unknown document type 'minute'"),
        (["search", "savings", "--from", "2025-13-01"], "there is no month 13"),
        (["search", "savings", "--from", "2025-06-01", "--to", "2025-01-01"], "after the to date"),
        (["search", "savings", "--section-kind", "tables"], "unknown section kind"),
        (["figures", "--kind", "moneyy"], "unknown figure kind 'moneyy'"),
        (["figures", "--from", "2025-02-30"], "February 2025 has 28 days"),
        (["figures", "--min", "5", "--max", "1"], "larger than --max"),
        (["entities", "--label", "PERSONS"], "unknown entity label 'PERSONS'"),
    ],
)
def test_cli_refuses_a_bad_option_with_exit_2_before_opening_the_store(tmp_path: Path, args, expect):
    # the data dir does not exist: a check made after opening the store would say "no store"
    r = runner.invoke(cli_app, ["--data-dir", str(tmp_path / "nowhere"), *args])
    assert r.exit_code == 2, r.output
    assert expect in r.output
    assert "Traceback" not in r.output
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("command", [["eval", "figures", "--gold"], ["eval", "retrieval", "--queries"]])
def test_eval_with_a_missing_file_says_so_in_one_line(tmp_path: Path, command):
    missing = tmp_path / "missing.jsonl"
    r = runner.invoke(cli_app, ["--data-dir", str(tmp_path), *command, str(missing)])
    assert r.exit_code == 1
    lines = [ln for ln in r.output.splitlines() if ln.strip()]
    assert len(lines) == 1, r.output
    assert "missing.jsonl" in lines[0] and "does not exist" in lines[0]


# -- API and pages over the real corpus index -------------------------------------------------
def _error(r, status: int = 422) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and "Traceback" not in r.text
    return str(body["error"]["message"])


def test_api_refuses_unknown_figure_kinds_and_entity_labels(client: TestClient):
    msg = _error(client.get("/figures", params={"kind": "moneyy"}))
    assert "moneyy" in msg and all(k in msg for k in FIGURE_KINDS)
    msg = _error(client.get("/entities", params={"label": "PERSONS"}))
    assert "PERSONS" in msg and all(k in msg for k in ENTITY_LABELS)
    assert "no month 13" in _error(client.get("/figures", params={"from": "2025-13-01"}))
    # a valid value in another case is accepted
    assert client.get("/figures", params={"kind": "MONEY", "limit": 1}).status_code == 200
    assert client.get("/entities", params={"label": "person", "limit": 1}).status_code == 200


def test_figures_filter_by_council_exactly(client: TestClient):
    docs = client.get("/documents", params={"limit": 100}).json()["documents"]
    councils = sorted({d["council"] for d in docs if d["council"]})
    assert len(councils) >= 2
    for council in councils:
        rows = client.get("/figures", params={"council": council.upper(), "limit": 1000}).json()["figures"]
        assert rows, council
        assert {r["citation"]["council"] for r in rows} == {council}
    # a part of a council's name is not a council: the answer says which councils there are
    part = councils[0].split()[0]
    if part not in councils:
        msg = _error(client.get("/figures", params={"council": part}))
        assert f"no council called {part!r}" in msg and councils[0] in msg


def test_figures_page_shows_the_message_for_an_unknown_kind(client: TestClient):
    r = client.get("/figures/view", params={"kind": "moneyy"})
    assert r.status_code == 422
    assert "unknown figure kind" in r.text and 'role="alert"' in r.text


# -- CLI tables --------------------------------------------------------------------------------
def test_documents_table_shows_the_format_and_never_cuts_an_id(tmp_path: Path, monkeypatch):
    import io

    from rich.console import Console

    import councilsearch.cli as cli

    src = tmp_path / "a-rather-long-named-housing-allocations-policy-report-2025.txt"
    src.write_text("Housing allocations policy\n\n1. Summary\n\n1.1 The council let 1,204 homes in 2025/26.\n")
    data = tmp_path / "data"
    assert runner.invoke(cli_app, ["--data-dir", str(data), "ingest", "--no-embed", str(src)]).exit_code == 0
    out = io.StringIO()
    monkeypatch.setattr(cli, "console", Console(file=out, width=80))
    r = runner.invoke(cli_app, ["--data-dir", str(data), "documents"])
    assert r.exit_code == 0, r.output
    table = out.getvalue()
    doc_id = cli._library(embed=False, extract=False).store.list_documents()[0].id
    assert doc_id in table  # on one line, whole
    assert " text " in table
    assert max(len(line) for line in table.splitlines()) <= 80
