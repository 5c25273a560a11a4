"""The embedding backend is a setting (``Settings.embedder``, ``$COUNCILSEARCH_EMBEDDER``,
``--embedder int8|torch``), and a store is tied to the backend that embedded it: the store's
meta and each vector manifest record it, a store embedded by the other backend is refused with
a message naming ``councilsearch reindex``, and ``reindex`` embeds it again with the current
one. A store with no vectors yet takes whichever backend opens it. One short document, so
each test takes seconds (the torch model loads once per session, the int8 export comes from
the cache: ``$COUNCILSEARCH_EMBED_CACHE``, built on first use)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from councilsearch.cli import app
from councilsearch.config import TORCH_BACKEND, load_settings
from councilsearch.errors import InputError, ManifestMismatchError
from councilsearch.index.identity import EMBEDDING_META
from councilsearch.index.library import SENTENCE_VECTORS_DIR, VECTORS_DIR, Library
from councilsearch.index.vectors.files import MANIFEST_FILE
from tests.conftest import ROOT, SMALL_DOC

QUERY = "how much of the planned savings has been delivered?"
OPTION = {"int8": "torch", "torch": "int8"}  # the other choice


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    src = tmp_path / "docs" / "budget-monitoring.txt"
    src.parent.mkdir()
    src.write_text(SMALL_DOC)
    return src


def _build(data: Path, doc: Path, embedder: str) -> str:
    """Ingest ``doc`` into ``data`` with ``embedder``; returns its backend's name."""
    lib = Library(load_settings(data, embedder=embedder), extract=False)
    try:
        assert all(r.ok for r in lib.ingest_paths([doc]))
        return str(lib.embedder.backend)
    finally:
        lib.close()


def _manifest_backends(data: Path) -> set[str]:
    return {json.loads((data / d / MANIFEST_FILE).read_text())["backend"] for d in (VECTORS_DIR, SENTENCE_VECTORS_DIR)}


def _assert_embedded_by(lib: Library) -> None:
    """Every stored passage vector is what this library's embedder makes of its text, and a
    dense search finds the passages."""
    ids, vecs = lib.store.embeddings()
    assert len(ids)
    texts = lib.store.embedding_texts(ids.tolist())
    fresh = lib.embedder.encode([texts[int(i)] for i in ids])
    cosines = (vecs * fresh).sum(axis=1)
    assert np.all(cosines > 0.9999), cosines
    hits = lib.searcher().search(QUERY, k=3, mode="dense", collapse=False)
    assert hits and hits[0].passage.id in set(ids.tolist())


def test_the_setting_comes_from_the_environment_and_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COUNCILSEARCH_EMBEDDER", raising=False)
    assert load_settings().embedder == "int8"  # config.DEFAULT_EMBEDDER
    monkeypatch.setenv("COUNCILSEARCH_EMBEDDER", " Torch ")
    assert load_settings().embedder == "torch"
    assert load_settings(embedder="int8").embedder == "int8"
    monkeypatch.setenv("COUNCILSEARCH_EMBEDDER", "fp16")
    with pytest.raises(InputError, match=r"int8 \| torch"):
        load_settings()


def test_an_unknown_embedder_option_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "--embedder", "gpu", "documents"])
    assert result.exit_code == 2
    assert "int8 | torch" in result.output


@pytest.mark.parametrize("built", ["int8", "torch"])
def test_a_store_embedded_by_one_backend_is_refused_by_the_other_until_reindex(
    built: str, doc: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    backend = _build(data, doc, built)
    assert (backend == TORCH_BACKEND) == (built == "torch")
    assert _manifest_backends(data) == {backend}
    plain = Library(load_settings(data), embed=False)
    tag, n_passages = plain.store.get_meta(EMBEDDING_META), len(plain.store.passage_ids())
    plain.close()
    assert tag is not None and tag.endswith("/" + backend)

    other = load_settings(data, embedder=OPTION[built])
    for repair in (False, True):  # refused even when asked to repair: re-embedding is reindex's job
        with pytest.raises(ManifestMismatchError) as err:
            Library(other, repair=repair)
        message = str(err.value)
        assert "councilsearch reindex" in message, message
        assert backend in message and f"--embedder {built}" in message, message
    served = Library(load_settings(data, embedder=built), repair=False)  # the refusal changed nothing
    try:
        lib = Library(other, embed=False)
        n = lib.reindex()
        lib.close()
        assert n == n_passages
        with pytest.raises(ManifestMismatchError, match="embedded again"):  # a server of the old backend
            served.refresh()
    finally:
        served.store.close()
    lib = Library(other, repair=False)
    try:
        assert lib.embedder.backend != backend
        assert _manifest_backends(data) == {lib.embedder.backend}
        _assert_embedded_by(lib)
    finally:
        lib.close()
    with pytest.raises(ManifestMismatchError, match="reindex"):  # and now the first backend is the other one
        Library(load_settings(data, embedder=built), repair=True)


def test_a_store_with_no_vectors_yet_takes_the_backend_that_opens_it(doc: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    Library(load_settings(data, embedder="int8")).close()  # opened (and tagged) by int8, nothing in it
    lib = Library(load_settings(data, embedder="torch"), extract=False, repair=False)
    try:
        assert all(r.ok for r in lib.ingest_paths([doc]))
        _assert_embedded_by(lib)
    finally:
        lib.close()
    assert _manifest_backends(data) == {TORCH_BACKEND}

    unembedded = tmp_path / "unembedded"  # ingested with --no-embed: no vectors to refuse
    lib = Library(load_settings(unembedded, embedder="torch"), embed=False, extract=False)
    assert all(r.ok for r in lib.ingest_paths([doc]))
    lib.close()
    lib = Library(load_settings(unembedded, embedder="int8"), repair=False)
    try:
        _assert_embedded_by(lib)
    finally:
        lib.close()


def test_embedder_torch_end_to_end_through_the_cli(doc: Path, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    runner = CliRunner()
    result = runner.invoke(app, ["--data-dir", data, "--embedder", "torch", "ingest", str(doc)])
    assert result.exit_code == 0, result.output
    assert _manifest_backends(Path(data)) == {TORCH_BACKEND}
    result = runner.invoke(app, ["--data-dir", data, "--embedder", "torch", "search", QUERY, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)

    result = runner.invoke(app, ["--data-dir", data, "--embedder", "int8", "search", QUERY])
    assert result.exit_code == 1
    assert "councilsearch reindex" in result.output and "--embedder torch" in result.output, result.output
    result = runner.invoke(app, ["--data-dir", data, "--embedder", "int8", "reindex"])
    assert result.exit_code == 0, result.output
    assert "rebuilt the vector index" in result.output and "int8" in result.output
    result = runner.invoke(app, ["--data-dir", data, "--embedder", "int8", "search", QUERY, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)
    assert TORCH_BACKEND not in _manifest_backends(Path(data))


def test_the_int8_path_imports_neither_torch_embedder_nor_sentence_transformers(doc: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _build(data, doc, "int8")
    code = (
        "import sys\n"
        "from councilsearch.config import load_settings\n"
        "from councilsearch.index.library import Library\n"
        f"lib = Library(load_settings({str(data)!r}, embedder='int8'), extract=False, repair=False)\n"
        f"assert lib.searcher().search({QUERY!r}, k=3)\n"
        "lib.close()\n"
        "print(sorted(m for m in ('sentence_transformers', 'councilsearch.index.embed') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout
