"""A test corpus' generator (``tests/data/<folder>/make_*.py``) loaded as a module, for the
tests that compare its committed files with what it makes and read its lists of documents."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from tests.conftest import DATA


def load_generator(folder: str, script: str = "make_corpus.py") -> ModuleType:
    """``tests/data/<folder>/<script>`` as a module (named ``<folder>_<script stem>``); it puts
    its folder and the shared writers' (tests/data/layout) on ``sys.path`` itself."""
    path = DATA / folder / script
    spec = importlib.util.spec_from_file_location(f"{folder}_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
