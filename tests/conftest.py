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
