"""The README's "Using it" block runs: every command line in it, as written, against a small
store (two small documents standing in for corpus/ and tests/data/), exits 0. A command, an
option or an argument the CLI no longer has fails this test, so the README cannot drift from
the CLI."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from councilsearch.cli import app
from tests.conftest import CORPUS, DATA, EVAL, NWL, PRODUCTIVITY, ROOT

PROGRAM = ".venv/bin/councilsearch"

# Lines run with other arguments than the README shows, and why.
INSTEAD = {
    "serve": (["--help"], "serves until stopped: its options are checked by --help instead"),
}
# Placeholders in the README and what stands in for them.
PLACEHOLDERS = ("DOC_ID",)
QUERIES = 5  # of eval/queries_dev.jsonl: enough to run eval retrieval, few enough to be quick


def using_it_block() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"^## Using it\n+```sh\n(.*?)^```", text, re.S | re.M)
    assert m, "README.md has no '## Using it' section opening with a ```sh block"
    return [line for line in m.group(1).splitlines() if line.strip()]


def small_workspace(root: Path) -> None:
    """corpus/ and tests/data/ as the README names them, with one small document each, and
    eval/ with the figures gold set of that document and the first few retrieval queries."""
    (root / "corpus").mkdir()
    shutil.copy(CORPUS / f"{NWL}.txt", root / "corpus")
    shutil.copy(CORPUS / "manifest.csv", root / "corpus")
    (root / "tests" / "data").mkdir(parents=True)
    shutil.copy(DATA / "docx" / f"{PRODUCTIVITY}.docx", root / "tests" / "data")
    shutil.copy(DATA / "docx" / "manifest.csv", root / "tests" / "data")
    (root / "eval").mkdir()
    # the figure gold of the one document there (eval figures stops when the gold's documents are missing)
    gold = (EVAL / "figures_dev.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (root / "eval" / "figures_dev.jsonl").write_text("".join(g for g in gold if f'"doc": "{NWL}"' in g), encoding="utf-8")
    queries = (EVAL / "queries_dev.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (root / "eval" / "queries_dev.jsonl").write_text("".join(queries[:QUERIES]), encoding="utf-8")


def test_every_command_in_using_it_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small_workspace(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    ran: list[str] = []
    doc_id: str | None = None
    for line in using_it_block():
        words = shlex.split(line, comments=True)
        if words[0] == "export":
            name, _, value = words[1].partition("=")
            monkeypatch.setenv(name, value)
            continue
        assert words[0] == PROGRAM, f"a line of 'Using it' this test does not know how to run: {line!r}"
        args = words[1:]
        if any(p in args for p in PLACEHOLDERS):
            if doc_id is None:  # a document the block's ingest stored, as `documents --json` lists it
                listed = runner.invoke(app, ["documents", "--json"])
                assert listed.exit_code == 0, listed.output
                doc_id = json.loads(listed.output)[0]["id"]
            args = [doc_id if a in PLACEHOLDERS else a for a in args]
        if args[0] in INSTEAD:
            args = [args[0], *INSTEAD[args[0]][0]]
        res = runner.invoke(app, args)
        assert res.exit_code == 0, f"{line}\n-> exit {res.exit_code}\n{res.output}\n{res.exception!r}"
        ran.append(args[0] if args[0] != "eval" else f"eval {args[1]}")
    # the block is the tour of the CLI: it still shows the commands it showed when this was written
    assert {"ingest", "documents", "show", "search", "figures", "entities", "glossary", "eval figures",
            "eval retrieval", "extract", "serve", "reindex"} <= set(ran), ran
    assert (tmp_path / "councilsearch-data").is_dir()  # the block's own data folder was used
