"""Corrupt or mismatched vector index files are detected on load (checksum, digest,
manifest), reported with a message that says what to do, and rebuilt from SQLite: by
``councilsearch reindex``, or at start-up by ``Library(repair=True)`` with a logged warning.
With ``repair=False`` opening raises IndexError_. Never served silently wrong or empty."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from councilsearch.cli import app
from councilsearch.config import load_settings
from councilsearch.errors import IndexError_, ManifestMismatchError
from councilsearch.index import library as library_module
from councilsearch.index.identity import EMBEDDING_META
from councilsearch.index.library import VECTORS_DIR, Library
from councilsearch.index.vectors.faiss_store import FaissVectorStore
from councilsearch.index.vectors.files import INDEX_FILE, MANIFEST_FILE
from tests.hostile.corpus import excerpts, write_docs
from tests.hostile.invariants import index_ids_match_store

SENTENCE_DIR = getattr(library_module, "SENTENCE_VECTORS_DIR", "sentence-vectors")


@pytest.fixture(scope="module")
def golden(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small library, closed cleanly: every test corrupts a copy of it."""
    root = tmp_path_factory.mktemp("golden")
    docs = write_docs(root / "docs", excerpts(4))
    lib = Library(load_settings(root / "data"), extract=False)
    results = lib.ingest_paths(docs)
    assert all(r.status == "ingested" for r in results)
    lib.close()
    return root / "data"


def _copy(golden: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(golden, data)
    return data


def _flip_bit(path: Path, at: float = 0.6) -> None:
    raw = bytearray(path.read_bytes())
    raw[int(len(raw) * at)] ^= 0x10
    path.write_bytes(bytes(raw))


def _edit_manifest(folder: Path, **changes: object) -> None:
    m = json.loads((folder / MANIFEST_FILE).read_text())
    m.update(changes)
    (folder / MANIFEST_FILE).write_text(json.dumps(m))


def truncated(v: Path) -> None:
    p = v / INDEX_FILE
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])


def bit_flipped(v: Path) -> None:
    _flip_bit(v / INDEX_FILE)


def bit_flipped_checksum_forged(v: Path) -> None:
    """A flipped bit inside the vectors, with the file checksum in the manifest updated to
    match: only the digest of ids and vectors can tell."""
    import hashlib

    p = v / INDEX_FILE
    _flip_bit(p, 0.5)
    _edit_manifest(v, index_sha256=hashlib.sha256(p.read_bytes()).hexdigest())


def manifest_missing(v: Path) -> None:
    (v / MANIFEST_FILE).unlink()


def manifest_not_json(v: Path) -> None:
    (v / MANIFEST_FILE).write_bytes(b'{"format": "councilsearch.vectors.v1", "model": ')


def manifest_other_model(v: Path) -> None:
    _edit_manifest(v, model="paraphrase-multilingual-MiniLM-L12-v2")


def manifest_other_dimension(v: Path) -> None:
    _edit_manifest(v, dimension=768)


def index_missing(v: Path) -> None:
    (v / INDEX_FILE).unlink()


def sentence_index_truncated(v: Path) -> None:
    """The second index (sentences), beside the passages' one."""
    folder = v.parent / SENTENCE_DIR
    if not (folder / INDEX_FILE).exists():
        pytest.skip("this library keeps no sentence index")
    truncated(folder)


def index_from_elsewhere(v: Path) -> None:
    """A valid FAISS file, but not the one the manifest describes."""
    other = FaissVectorStore(384)
    other.add(np.arange(3, dtype=np.int64), np.random.default_rng(0).normal(size=(3, 384)).astype(np.float32))
    other.save(v / "other", model="all-MiniLM-L6-v2")
    shutil.move(v / "other" / INDEX_FILE, v / INDEX_FILE)


CORRUPTIONS: dict[str, tuple[Callable[[Path], None], type[IndexError_]]] = {
    "truncated": (truncated, IndexError_),
    "bit_flipped": (bit_flipped, IndexError_),
    "bit_flipped_checksum_forged": (bit_flipped_checksum_forged, IndexError_),
    "manifest_missing": (manifest_missing, IndexError_),
    "manifest_not_json": (manifest_not_json, IndexError_),
    "manifest_other_model": (manifest_other_model, ManifestMismatchError),
    "manifest_other_dimension": (manifest_other_dimension, ManifestMismatchError),
    "index_missing": (index_missing, IndexError_),
    "index_from_elsewhere": (index_from_elsewhere, IndexError_),
    "sentence_index_truncated": (sentence_index_truncated, IndexError_),
}


def _assert_serves_right(lib: Library) -> None:
    """The index holds exactly the live passages and a dense search finds each probe."""
    assert lib.store.passage_ids()
    index_ids_match_store(lib)
    searcher = lib.searcher()
    for doc in lib.store.list_documents():
        p = lib.store.doc_passages(doc.id)[0]
        hits = searcher.search(p.text[:400], k=3, mode="dense", collapse=False)
        assert hits and hits[0].passage.id == p.id, f"dense search lost {p.id} of {doc.id}"


@pytest.mark.parametrize("name", list(CORRUPTIONS))
def test_corrupt_index_is_refused_then_rebuilt_by_reindex(name: str, golden: Path, tmp_path: Path) -> None:
    corrupt, error = CORRUPTIONS[name]
    data = _copy(golden, tmp_path)
    corrupt(data / VECTORS_DIR)
    settings = load_settings(data)
    with pytest.raises(error) as info:
        Library(settings, repair=False)
    msg = str(info.value)
    assert "councilsearch reindex" in msg and len(msg) < 500, msg
    result = CliRunner().invoke(app, ["--data-dir", str(data), "reindex"])
    assert result.exit_code == 0, result.output
    n = len(Library(settings, embed=False, extract=False).store.passage_ids())
    assert f"rebuilt the vector index: {n} passages" in result.output
    lib = Library(settings, repair=False)  # now opens without complaint
    try:
        _assert_serves_right(lib)
    finally:
        lib.close()


@pytest.mark.parametrize("name", ["truncated", "bit_flipped_checksum_forged", "manifest_other_model", "index_missing",
                                  "sentence_index_truncated"])
def test_repair_at_startup_rebuilds_with_a_warning(
    name: str, golden: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corrupt, _ = CORRUPTIONS[name]
    data = _copy(golden, tmp_path)
    corrupt(data / VECTORS_DIR)
    with caplog.at_level(logging.WARNING, logger="councilsearch.index.library"):
        lib = Library(load_settings(data), repair=True)
    try:
        warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert any("rebuilding it from the store" in w for w in warnings), warnings
        _assert_serves_right(lib)
        assert (data / VECTORS_DIR / MANIFEST_FILE).exists()
    finally:
        lib.close()
    again = Library(load_settings(data), repair=False)  # the rebuilt files are whole
    again.close()


def test_deleted_vector_folder_is_rebuilt_not_served_empty(golden: Path, tmp_path: Path) -> None:
    data = _copy(golden, tmp_path)
    shutil.rmtree(data / VECTORS_DIR)
    lib = Library(load_settings(data), repair=False)
    try:
        _assert_serves_right(lib)
    finally:
        lib.close()


def test_embeddings_from_another_model_are_refused_then_embedded_again_by_reindex(golden: Path, tmp_path: Path,
                                                                                 caplog: pytest.LogCaptureFixture) -> None:
    """If the model changes, the embeddings kept in SQLite are stale too: opening the store is
    refused (even with repair: embedding every passage again is reindex's work, not a side
    effect of opening), and reindex embeds the passages again rather than file the old
    vectors under the new model's name."""
    data = _copy(golden, tmp_path)
    lib = Library(load_settings(data), embed=False, extract=False)
    ids = lib.store.passage_ids()
    rng = np.random.default_rng(1)
    junk = rng.normal(size=(len(ids), 384)).astype(np.float32)
    with lib.store.transaction() as c:
        c.executemany("UPDATE passages SET embedding = ? WHERE id = ?",
                      [(v.tobytes(), int(i)) for i, v in zip(ids, junk, strict=True)])
        c.execute("UPDATE meta SET value = 'some-older-model/384' WHERE key = ?", (EMBEDDING_META,))
    lib.close()
    _edit_manifest(data / VECTORS_DIR, model="some-older-model")
    for repair in (False, True):
        with pytest.raises(ManifestMismatchError) as info:
            Library(load_settings(data), repair=repair)
        assert "some-older-model" in str(info.value) and "councilsearch reindex" in str(info.value)
    with caplog.at_level(logging.WARNING, logger="councilsearch.index.library"):
        result = CliRunner().invoke(app, ["--data-dir", str(data), "reindex"])
    assert result.exit_code == 0, result.output
    assert any("embedding every passage again" in r.getMessage() for r in caplog.records)
    lib = Library(load_settings(data), repair=False)
    try:
        _assert_serves_right(lib)
        got_ids, vecs = lib.store.embeddings()
        texts = lib.store.embedding_texts(got_ids.tolist())
        fresh = lib.embedder.encode([texts[int(i)] for i in got_ids])
        assert np.allclose(vecs, fresh, atol=1e-4)
    finally:
        lib.close()


def test_a_store_of_another_schema_version_is_refused_with_what_to_do(tmp_path: Path) -> None:
    """The store's schema_version is checked on open: a store written with another schema is
    refused with a typed error that says what to do, never read as if it were this one."""
    import sqlite3

    from councilsearch.errors import SchemaMismatchError
    from councilsearch.index.store import Store
    from councilsearch.index.store.schema import SCHEMA_VERSION

    path = tmp_path / "store.sqlite"
    Store(path).close()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    raw.close()
    with pytest.raises(SchemaMismatchError) as err:
        Store(path)
    assert isinstance(err.value, IndexError_) and err.value.code == "schema_mismatch"
    message = str(err.value)
    assert str(path) in message and "999" in message and f"version {SCHEMA_VERSION}" in message
    assert "ingest" in message  # what to do: move it aside and ingest the documents again
    # the refusal changed nothing: it is refused again, and the version is still the one found
    with pytest.raises(SchemaMismatchError):
        Store(path)
