from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = ROOT / "tests" / "data"
EVAL = ROOT / "eval"

CABINET = "leicestershire-county-cabinet-2026-05-26"
FINANCE = "leicester-city-finance-peer-challenge-progress-review-2025"
NWL = "nw-leicestershire-corporate-peer-challenge-progress-review-2025"
PRODUCTIVITY = "leicester-city-productivity-plan-2024"
IDEA = "leicester-city-idea-peer-review-2006"
ALL_DOCS = (CABINET, FINANCE, NWL, PRODUCTIVITY, IDEA)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="run slow tests and long property runs")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--slow"):
        os.environ["COUNCILSEARCH_SLOW"] = "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_docs():
    """The five corpus documents parsed from their text files, keyed by file stem."""
    from councilsearch.ingest.parse import parse_file

    return {stem: parse_file(CORPUS / f"{stem}.txt") for stem in ALL_DOCS}


# -- a real index of the corpus, built once per session (appended for the API tests) ----------

WRITE_KEY = "test-write-key"
READ_KEY = "test-read-key"


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the whole corpus, ingested once per session with the real
    parsers, extractors and embedder. Read-only: copy it (see ``api_settings``) to change it."""
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library

    data = tmp_path_factory.mktemp("corpus-index")
    lib = Library(load_settings(data))
    results = lib.ingest_paths([CORPUS])
    lib.close()
    failed = [(r.path, r.error) for r in results if not r.ok]
    assert not failed, failed
    return data


def csv_rows(text: str) -> list[dict[str, str]]:
    """The rows of a CSV export (its byte-order mark dropped), each a dict by column."""
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


@pytest.fixture(scope="session")
def api_settings(corpus_index: Path, tmp_path_factory: pytest.TempPathFactory):
    """Settings over a private copy of ``corpus_index`` for the HTTP service: one write key,
    one read-only key, and a small upload cap (200 kB) so 413 is cheap to test."""
    import shutil

    from councilsearch.config import load_settings

    data = tmp_path_factory.mktemp("api-data") / "data"
    shutil.copytree(corpus_index, data)
    return load_settings(
        data, api_keys=(WRITE_KEY,), read_keys=(READ_KEY,), max_upload_bytes=200_000, sandbox=True
    )


@pytest.fixture(scope="module")
def client(api_settings):  # type: ignore[no-untyped-def]
    """An HTTP client of the service over ``api_settings``, one per test module (a module
    that needs other settings defines its own ``client``)."""
    from fastapi.testclient import TestClient

    from councilsearch.api.app import create_app

    with TestClient(create_app(api_settings), raise_server_exceptions=False) as c:
        yield c


SMALL_DOC = """Budget monitoring report

1. Summary

1.1 The council forecasts an overspend of £2.4m in 2025/26, mainly in children's services.

1.2 Planned savings of £5m are on track, and £3.1m has been delivered so far.
"""


@pytest.fixture(scope="session")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding one short report: enough for a server to start and search, in
    seconds rather than the minutes the whole corpus takes. Read-only: copy it to change it."""
    from councilsearch.config import load_settings
    from councilsearch.index.library import Library

    root = tmp_path_factory.mktemp("small-index")
    src = root / "budget-monitoring.txt"
    src.write_text(SMALL_DOC)
    lib = Library(load_settings(root / "data"))
    assert all(r.ok for r in lib.ingest_paths([src]))
    lib.close()
    return root / "data"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline entity extraction uses, loaded once for the whole run."""
    import warnings

    from councilsearch.extract import entities

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return entities.get_nlp()


def extract_checked(text: str, nlp):
    """Entities of ``text``, each checked to cite its own span (text[span] is its text)."""
    from councilsearch.extract import entities

    found = entities.extract_entities(text, nlp=nlp)
    for e in found:
        assert text[e.span[0] : e.span[1]] == e.text
    return found
