"""The held-out test corpora (tests/data/heldout3, heldout4, heldout5, heldout6, heldout7,
heldout8, heldout9, heldout10, heldout11, heldout12, entities_heldout; see their READMEs) are
what their generators make: every committed document and gold file, byte for byte, and nothing
the generator does not make. A generator edited without rerunning it (or a
document edited by hand) fails here. The layout corpus has the same check in
test_layout_corpus.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.generators import load_generator

# folder -> its generator; each writes every file of the folder but its sources and README
GENERATORS = {
    "heldout3": "make_corpus.py",
    "heldout4": "make_corpus.py",
    "heldout5": "make_corpus.py",
    "heldout6": "make_corpus.py",
    "heldout7": "make_corpus.py",
    "heldout8": "make_corpus.py",
    "heldout9": "make_corpus.py",
    "heldout10": "make_corpus.py",
    "heldout11": "make_corpus.py",
    "heldout12": "make_corpus.py",
    "entities_heldout": "make_heldout.py",
}
SOURCES = {".py", ".md"}


# heldout11's budget monitoring report is printed by headless Chromium: skipped where there is none
CHROMIUM = Path("/usr/bin/chromium")
NEEDS_CHROMIUM = {"heldout11"}


@pytest.mark.parametrize("folder", sorted(GENERATORS))
def test_committed_files_are_what_the_generator_makes(folder: str, tmp_path: Path) -> None:
    if folder in NEEDS_CHROMIUM and not CHROMIUM.exists():
        pytest.skip(f"tests/data/{folder} needs {CHROMIUM}")
    load_generator(folder, GENERATORS[folder]).write(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in (DATA / folder).iterdir() if p.is_file() and p.suffix not in SOURCES)
    assert made == committed, f"tests/data/{folder}: files the generator makes differ from those committed"
    for name in made:
        assert (DATA / folder / name).read_bytes() == (tmp_path / name).read_bytes(), (
            f"{name} differs from what tests/data/{folder}/{GENERATORS[folder]} makes: run it and commit the result"
        )
