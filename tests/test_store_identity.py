"""A store is tied to the whole identity of the embedder that made its vectors (model files,
backend, export recipe, passage text: ``index.identity``), not only to its backend: a store
embedded under another recipe is refused for writes and for semantic search with a message
naming ``councilsearch reindex``, ``reindex`` embeds it again, and a store made before
identities were recorded still opens. The real int8 embedder, on one short document."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from councilsearch.cli import app
from councilsearch.config import load_settings
from councilsearch.errors import ManifestMismatchError
from councilsearch.index import identity
from councilsearch.index.library import SENTENCE_VECTORS_DIR, VECTORS_DIR, Library
from councilsearch.index.vectors.files import MANIFEST_FILE
from tests.conftest import SMALL_DOC

QUERY = "how much of the planned savings has been delivered?"
OTHER_RECIPE = "0" * 64  # what an older export recipe's digest looks like: any other one


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder holding one document embedded by the default (int8) embedder."""
    src = tmp_path / "docs" / "budget-monitoring.txt"
    src.parent.mkdir()
    src.write_text(SMALL_DOC)
    data = tmp_path / "data"
    lib = Library(load_settings(data), extract=False)
    try:
        assert all(r.ok for r in lib.ingest_paths([src]))
    finally:
        lib.close()
    return data, src


def _manifests(data: Path) -> list[dict]:
    return [json.loads((data / d / MANIFEST_FILE).read_text()) for d in (VECTORS_DIR, SENTENCE_VECTORS_DIR)]


def _rewrite_manifests(data: Path, change) -> None:  # type: ignore[no-untyped-def]
    for d in (VECTORS_DIR, SENTENCE_VECTORS_DIR):
        path = data / d / MANIFEST_FILE
        path.write_text(json.dumps(change(json.loads(path.read_text()))))


def _as_older_recipe(data: Path) -> None:
    """Make ``data`` look embedded by an older export recipe of the same backend and model:
    its records say so, and its stored vectors are not what this recipe makes."""
    lib = Library(load_settings(data), embed=False)
    try:
        have = identity.recorded(lib.store)
        assert have is not None and identity.ASSUMED not in have
        lib.store.set_meta(identity.IDENTITY_META, identity.dumps({**have, "recipe_digest": OTHER_RECIPE}))
        ids, vecs = lib.store.embeddings()
        lib.store.set_embeddings(ids.tolist(), np.roll(vecs, 1, axis=1), "passages")
    finally:
        lib.store.close()
    _rewrite_manifests(data, lambda m: {**m, "identity": {**m["identity"], "recipe_digest": OTHER_RECIPE}})


def test_the_store_and_every_manifest_record_the_embedders_identity(built: tuple[Path, Path]) -> None:
    data, _ = built
    lib = Library(load_settings(data), repair=False)
    try:
        want = identity.embedder_identity(lib.embedder)
        assert set(want) == set(identity.IDENTITY_KEYS) and all(want.values())
        assert want["recipe_digest"] == identity.recipe_digest(lib.embedder.manifest["recipe"])
        assert identity.recorded(lib.store) == want
    finally:
        lib.close()
    assert [m["identity"] for m in _manifests(data)] == [want, want]


def test_a_store_embedded_by_another_recipe_is_refused_until_reindex(built: tuple[Path, Path]) -> None:
    data, src = built
    _as_older_recipe(data)
    for repair in (False, True):  # refused even when asked to repair: re-embedding is reindex's job
        with pytest.raises(ManifestMismatchError) as err:
            Library(load_settings(data), repair=repair)
        message = str(err.value)
        assert "councilsearch reindex" in message and "recipe_digest" in message, message
        assert OTHER_RECIPE[:12] in message, message
    # the CLI says so too, for a search and for an ingest (a write), and exits non-zero
    for args in (["search", QUERY], ["ingest", str(src)]):
        result = CliRunner().invoke(app, ["--data-dir", str(data), *args])
        assert result.exit_code != 0 and "councilsearch reindex" in result.output, result.output
    # keyword search opens no vectors: it still answers
    result = CliRunner().invoke(app, ["--data-dir", str(data), "search", QUERY, "--mode", "bm25", "--json"])
    assert result.exit_code == 0 and json.loads(result.output), result.output

    lib = Library(load_settings(data), embed=False)
    lib.reindex()
    lib.close()
    lib = Library(load_settings(data), repair=False)
    try:
        want = identity.embedder_identity(lib.embedder)
        assert identity.recorded(lib.store) == want
        ids, vecs = lib.store.embeddings()  # embedded again, by this recipe
        texts = lib.store.embedding_texts(ids.tolist())
        fresh = lib.embedder.encode([texts[int(i)] for i in ids])
        assert np.all((vecs * fresh).sum(axis=1) > 0.9999)
        assert lib.searcher().search(QUERY, k=3, mode="dense", collapse=False)
    finally:
        lib.close()
    assert [m["identity"] for m in _manifests(data)] == [want, want]


def test_a_vector_index_saved_by_another_recipe_is_rebuilt_from_the_store(built: tuple[Path, Path]) -> None:
    """The store's own record is this recipe's, only the files on disk are another's: those
    are refused, and (repairing) rebuilt from the store's embeddings."""
    data, _ = built
    _rewrite_manifests(data, lambda m: {**m, "identity": {**m["identity"], "recipe_digest": OTHER_RECIPE}})
    with pytest.raises(ManifestMismatchError, match="councilsearch reindex"):
        Library(load_settings(data), repair=False)
    lib = Library(load_settings(data))
    try:
        assert lib.searcher().search(QUERY, k=3, mode="dense", collapse=False)
    finally:
        lib.close()
    assert all(m["identity"]["recipe_digest"] != OTHER_RECIPE for m in _manifests(data))


def _as_before_identities(data: Path) -> None:
    lib = Library(load_settings(data), embed=False)
    lib.store.conn.execute("DELETE FROM meta WHERE key = ?", (identity.IDENTITY_META,))
    lib.store.conn.commit()
    lib.store.close()
    _rewrite_manifests(data, lambda m: {k: v for k, v in m.items() if k != "identity"})


def test_a_store_from_before_identities_were_recorded_opens_and_reindex_records_one(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    data, _ = built
    _as_before_identities(data)
    monkeypatch.setattr(identity, "EMBEDDING_TEXT_VERSION", identity.LEGACY_TEXT_VERSION)  # the text of then
    identity._IDENTITIES.clear()

    lib = Library(load_settings(data), repair=False)  # model, dimension and backend match: it opens
    try:
        want = identity.embedder_identity(lib.embedder)
        have = identity.recorded(lib.store)
        assert have is not None and identity.ASSUMED in have and not identity.differences(have, want)
        assert lib.searcher().search(QUERY, k=3, mode="dense", collapse=False)
        assert identity.stale(lib.store, lib.embedder)  # reindex cannot know: it embeds again
    finally:
        lib.close()
    lib = Library(load_settings(data), embed=False)
    lib.reindex()
    assert identity.recorded(lib.store) == want
    lib.close()
    identity._IDENTITIES.clear()


def test_a_store_from_before_identities_under_another_passage_text_is_refused_until_reindex(
    built: tuple[Path, Path],
) -> None:
    """Stores from before identities embedded ``LEGACY_TEXT_VERSION``'s passage text: under
    today's they are refused (naming reindex), and reindex embeds them again."""
    data, _ = built
    _as_before_identities(data)
    assert identity.EMBEDDING_TEXT_VERSION != identity.LEGACY_TEXT_VERSION
    with pytest.raises(ManifestMismatchError, match=r"text_recipe.*councilsearch reindex"):
        Library(load_settings(data), repair=True)
    lib = Library(load_settings(data), embed=False)
    want = identity.embedder_identity(lib.embedder)
    have = identity.recorded(lib.store)
    assert have is not None and have["text_recipe"] == identity.LEGACY_TEXT_VERSION
    assert identity.stale(lib.store, lib.embedder)
    lib.reindex()
    assert identity.recorded(lib.store) == want
    lib.close()
    lib = Library(load_settings(data), repair=False)
    try:
        assert lib.searcher().search(QUERY, k=3, mode="dense", collapse=False)
    finally:
        lib.close()


def test_another_text_recipe_is_another_identity(built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Bumping ``EMBEDDING_TEXT_VERSION`` (how passage text is built) refuses stores made before."""
    data, _ = built
    lib = Library(load_settings(data), embed=False)
    embedder = lib.embedder
    lib.store.close()
    before = identity.embedder_identity(embedder)
    monkeypatch.setattr(identity, "EMBEDDING_TEXT_VERSION", "embedding-text.v999")
    identity._IDENTITIES.clear()
    try:
        after = identity.embedder_identity(embedder)
        assert identity.differences(before, after) == ["text_recipe"]
        with pytest.raises(ManifestMismatchError, match=r"text_recipe.*councilsearch reindex"):
            Library(load_settings(data), repair=True)
    finally:
        identity._IDENTITIES.clear()


def test_a_server_on_a_refused_store_serves_its_documents_and_refuses_search_and_writes(
    built: tuple[Path, Path],
) -> None:
    """What an officer sees after an upgrade that changed the export, before `reindex`: the
    site shows its documents and figures; search (hybrid) and uploads and deletes are refused
    (503) with the message naming reindex, and nothing is written. (Until now every page was
    refused.) In-process, a keyword search (``mode="bm25"``) still answers."""
    from fastapi.testclient import TestClient

    from councilsearch.api.app import create_app
    from tests.conftest import WRITE_KEY

    data, _ = built
    _as_older_recipe(data)
    settings = load_settings(data, api_keys=(WRITE_KEY,))
    write = {"Authorization": f"Bearer {WRITE_KEY}"}
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        docs = client.get("/documents").json()
        assert docs["total"] == 1
        r = client.get("/search.json", params={"q": QUERY})  # the service's search is hybrid
        assert r.status_code == 503 and r.json()["error"]["code"] == "manifest_mismatch", r.text
        assert "councilsearch reindex" in r.json()["error"]["message"]
        assert client.get(f"/documents/{docs['documents'][0]['id']}").status_code == 200
        assert client.get("/figures.json").status_code == 200
        upload = {"file": ("another.txt", SMALL_DOC.replace("Budget", "Revised budget"), "text/plain")}
        r = client.post("/documents", files=upload, headers=write)
        assert r.status_code == 503 and "councilsearch reindex" in r.text, r.text
        doc_id = docs["documents"][0]["id"]
        r = client.delete(f"/documents/{doc_id}", headers=write)
        assert r.status_code == 503 and "councilsearch reindex" in r.text, r.text
        assert client.get("/documents").json()["total"] == 1
        searcher = client.app.state.searcher  # type: ignore[attr-defined]
        assert searcher.search(QUERY, k=3, mode="bm25")
        with pytest.raises(ManifestMismatchError, match="councilsearch reindex"):
            searcher.search(QUERY, k=3, mode="dense")
