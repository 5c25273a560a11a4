"""Which embedder made a store's vectors: its identity, recorded beside them and checked.

An identity is ``IDENTITY_KEYS``: the model's name and the digest of its files (weights,
tokenizer, config), the backend that runs it (``openvino-int8``, ``onnx-int8``, ``torch-fp32``),
the digest of the export recipe (the int8 export's whole recipe: exporter, opset, attention,
quantiser, calibration text, library versions; for torch, the libraries that run it) and the
version of the text a passage is embedded as (``store.embedding_text.EMBEDDING_TEXT_VERSION``).
Two embedders with one identity make the same vectors from the same passages; any field that
differs may move them (an older int8 recipe's vectors are near-identical, not identical).

The store records the identity of the embeddings it keeps in its meta (``IDENTITY_META``,
JSON) and each vector manifest records it (``identity``). A store whose embeddings another
identity made is refused, for writes and for semantic search, with ``ManifestMismatchError``
naming ``councilsearch reindex``, which embeds every passage again; ``Library`` does that.

A store made before identities were recorded (its meta names model, dimension and backend
only) is taken to be this identity's when model, dimension and backend match, and recorded as
such with ``assumed`` set: it opens and loses nothing, where asking for a reindex would have
cost every such store minutes of embedding for vectors that, within one backend, differ by a
cosine of about 0.003 between the recipes there have been. ``reindex`` replaces the assumed
record with a real one (it always embeds again when the record is only assumed). Such a store's
passages were embedded as ``LEGACY_TEXT_VERSION``'s text, which the record says: under another
passage text it is refused like any other identity (the text moves vectors more than a recipe)."""

from __future__ import annotations

import importlib.metadata
import json
import threading
import weakref
from pathlib import Path
from typing import Any

from councilsearch.config import TORCH_BACKEND
from councilsearch.digests import sha256_bytes
from councilsearch.errors import ManifestMismatchError
from councilsearch.index.store.embedding_text import EMBEDDING_TEXT_VERSION, LEGACY_TEXT_VERSION

IDENTITY_META = "embedding_identity"
IDENTITY_KEYS = ("model", "model_digest", "backend", "recipe_digest", "text_recipe")
ASSUMED = "assumed"
"""Set (to why) in a record written for a store from before identities were recorded."""

_TORCH_LIBRARIES = ("torch", "transformers", "sentence-transformers", "tokenizers")
_MODEL_DIGESTS: dict[str, str] = {}
_IDENTITIES: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def recipe_digest(recipe: object) -> str:
    """The digest of an export recipe (as the export cache folder's name shortens it)."""
    return sha256_bytes(json.dumps(recipe, sort_keys=True).encode("utf-8"))


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def _folder_digest(folder: str) -> str:
    """The digest of a model folder's files (as the int8 export records its source's), once
    per process."""
    with _LOCK:
        hit = _MODEL_DIGESTS.get(folder)
    if hit is None:
        from councilsearch.embedding.cache import fingerprint_digest, source_fingerprint

        hit = fingerprint_digest(source_fingerprint(Path(folder)))
        with _LOCK:
            _MODEL_DIGESTS[folder] = hit
    return hit


def embedder_identity(embedder: Any) -> dict[str, Any]:
    """The identity of the vectors ``embedder`` makes (see the module doc), worked out once
    per embedder."""
    try:
        hit = _IDENTITIES.get(embedder)
    except TypeError:  # an embedder that takes no weak reference: worked out each time
        return _identity(embedder)
    if hit is None:
        hit = _IDENTITIES[embedder] = _identity(embedder)
    return dict(hit)


def _identity(embedder: Any) -> dict[str, Any]:
    manifest = getattr(embedder, "manifest", None)
    if isinstance(manifest, dict) and "recipe" in manifest:  # an int8 export
        model_digest = (manifest.get("source") or {}).get("digest")
        recipe: object = manifest["recipe"]
    else:  # the torch reference: the model folder as it is, run by these libraries
        folder = getattr(embedder, "model_path", None)
        model_digest = _folder_digest(str(folder)) if folder and Path(str(folder)).is_dir() else None
        recipe = {"backend": str(embedder.backend), "runtime": "sentence-transformers",
                  "versions": {d: _version(d) for d in _TORCH_LIBRARIES}}
    return {
        "model": str(embedder.name),
        "model_digest": None if model_digest is None else str(model_digest),
        "backend": str(getattr(embedder, "backend", TORCH_BACKEND)),
        "recipe_digest": recipe_digest(recipe),
        "text_recipe": EMBEDDING_TEXT_VERSION,
    }


def parse_identity(raw: str | None) -> dict[str, Any] | None:
    """A recorded identity (``IDENTITY_META``'s JSON), or None when none is recorded (or it
    cannot be read: then the store is treated as one from before identities were recorded)."""
    if not raw:
        return None
    try:
        got = json.loads(raw)
    except json.JSONDecodeError:
        return None
    return got if isinstance(got, dict) else None


def differences(have: dict[str, Any], want: dict[str, Any]) -> list[str]:
    """The identity fields on which ``have`` and ``want`` differ."""
    return [k for k in IDENTITY_KEYS if have.get(k) != want.get(k)]


def describe(identity: dict[str, Any]) -> str:
    """One line a person can compare: model, backend, recipe and text recipe."""
    recipe = str(identity.get("recipe_digest") or "?")[:12]
    model = str(identity.get("model_digest") or "?")[:12]
    return (f"{identity.get('model')} (model files {model}) with the {identity.get('backend')} backend, "
            f"export recipe {recipe}, passage text {identity.get('text_recipe')}")


def mismatch_message(where: str, have: dict[str, Any], want: dict[str, Any]) -> str:
    """Why ``where`` ("The store in ...") embedded by ``have`` is refused by an embedder of ``want``."""
    return (f"{where} was embedded by {describe(have)}, but this run embeds with {describe(want)} "
            f"(they differ in {', '.join(differences(have, want))}): run `councilsearch reindex` to embed every "
            "passage again with it.")


def assumed(identity: dict[str, Any]) -> dict[str, Any]:
    """``identity`` as recorded for a store from before identities were recorded."""
    return {**identity, ASSUMED: "recorded before identities were: model, dimension and backend matched"}


def dumps(identity: dict[str, Any]) -> str:
    return json.dumps(identity, sort_keys=True)


# -- a store's record -------------------------------------------------------------------------
def recorded(store: Any) -> dict[str, Any] | None:
    """The identity a store records for its embeddings (None: none recorded)."""
    return parse_identity(store.get_meta(IDENTITY_META))


def record(store: Any, identity: dict[str, Any]) -> None:
    if store.get_meta(IDENTITY_META) != dumps(identity):
        store.set_meta(IDENTITY_META, dumps(identity))


def settle(store: Any, embedder: Any, where: str) -> None:
    """For a store whose embeddings (if any) carry ``embedder``'s model, dimension and
    backend: refuse them when another identity made them (``ManifestMismatchError`` naming
    ``councilsearch reindex``); record this identity when the store has none yet, or as
    ``assumed`` when it has embeddings from before identities were recorded."""
    want = embedder_identity(embedder)
    have = recorded(store)
    if have is not None and not differences(have, want):
        return
    if not store.has_embeddings():
        record(store, want)
    elif have is None:  # embedded before identities were recorded, with the passage text of then
        have = assumed({**want, "text_recipe": LEGACY_TEXT_VERSION})
        record(store, have)
        if differences(have, want):
            raise ManifestMismatchError(
                mismatch_message(where, have, want),
                detail={"store_identity": have, "identity": want, "differs": differences(have, want)},
            )
    else:
        raise ManifestMismatchError(
            mismatch_message(where, have, want),
            detail={"store_identity": have, "identity": want, "differs": differences(have, want)},
        )


def stale(store: Any, embedder: Any) -> bool:
    """Whether ``reindex`` must embed a store's embeddings again for ``embedder``: another
    identity made them, or none is known for sure (none recorded, or only assumed)."""
    have = recorded(store)
    return have is None or ASSUMED in have or bool(differences(have, embedder_identity(embedder)))


def moved(store: Any, embedder: Any) -> str | None:
    """The recorded identity, described, when it is no longer ``embedder``'s (another process
    has embedded the store again); None when it still is (or none is recorded)."""
    have = recorded(store)
    if have is None or not differences(have, embedder_identity(embedder)):
        return None
    return describe(have)


# -- the coarse record: model, dimension and backend ------------------------------------------

EMBEDDING_META = "embedding_model"
"""Store meta: ``<model name>/<dimension>/<backend>`` of the stored embeddings (a value with no
backend was written before backends were recorded, by torch fp32)."""


def embedding_tag(embedder: Any) -> str:
    """What ``EMBEDDING_META`` records for vectors made by ``embedder``."""
    return f"{embedder.name}/{embedder.dimension}/{embedder.backend}"


def full_tag(tag: str) -> str:
    """An ``EMBEDDING_META`` value with its backend (torch fp32 when it names none)."""
    return tag if tag.count("/") >= 2 else f"{tag}/{TORCH_BACKEND}"


def embedder_option(backend: str) -> str:
    """The ``--embedder`` option that runs ``backend``."""
    return "torch" if backend == TORCH_BACKEND else "int8"


def stored_tag(store: Any, embedder: Any) -> str | None:
    """The full ``EMBEDDING_META`` of the embeddings kept in SQLite; None when it holds none."""
    if not store.has_embeddings():
        return None
    have = store.get_meta(EMBEDDING_META)
    if have is None:  # embedded before the store recorded its model: by torch, with this one
        return f"{embedder.name}/{embedder.dimension}/{TORCH_BACKEND}"
    return full_tag(have)


def check_stored(store: Any, embedder: Any, option: str, where: str) -> bool:
    """Embeddings kept in SQLite are used (by reconcile, refresh and reindex) only when
    this model and backend made them: a store with none yet takes this run's (returns
    True: there are no vectors to load); a store embedded by another model or backend is
    refused with ``ManifestMismatchError``. Embedding every passage again is what
    ``reindex`` does when asked, never a side effect of opening, and one index never
    mixes two backends' vectors."""
    tag = embedding_tag(embedder)
    have = store.get_meta(EMBEDDING_META)
    if have is not None and full_tag(have) == tag:
        settle(store, embedder, where)  # and the same recipe
        return False
    stored = stored_tag(store, embedder)
    if stored is None or stored == tag:
        store.set_meta(EMBEDDING_META, tag)
        settle(store, embedder, where)
        return stored is None
    model, _, backend = stored.split("/", 2)
    hint = ""
    if model == embedder.name and embedder_option(backend) != option:
        hint = f", or open it with `--embedder {embedder_option(backend)}`"
    raise ManifestMismatchError(
        f"{where} was embedded by {model} with the {backend} backend, but this run "
        f"uses {embedder.name} with {embedder.backend}: run `councilsearch reindex` to embed "
        f"every passage again with it{hint}.",
        detail={"store_model": model, "store_backend": backend,
                "model": embedder.name, "backend": embedder.backend},
    )
