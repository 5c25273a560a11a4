"""The export cache: where int8 exports live, their manifests, and how they are checked.

One export is one folder, ``<cache>/<model name>-<backend>/``, holding the model files, a
copy of the tokenizer and ``manifest.json``. The manifest records:

- ``source``: the model folder it was made from and the digest of its weights, tokenizer and
  configuration files (each file's sha256, size and mtime; the mtime lets a load skip
  re-hashing 90 MB of weights when nothing changed on disk);
- ``recipe``: how it was made (backend, tool versions, opset, quantisation settings and the
  digest of the calibration text); a different recipe means a stale export;
- ``files``: every produced file with its sha256 and size.

Exports are written into a temporary folder beside the final one and renamed into place, with
``manifest.json`` written last, so a folder with a manifest is complete. A load reads the
files into memory, hashes those very bytes and compares them with the manifest, so what is
checked is exactly what is used: a corrupt, truncated or half-replaced export is never used.
Builds are serialised across processes with an ``flock`` on ``<cache>/.<name>.lock``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from councilsearch.digests import sha256_bytes, sha256_file
from councilsearch.durable import write_json
from councilsearch.errors import IndexError_

CACHE_ENV = "COUNCILSEARCH_EMBED_CACHE"
MANIFEST = "manifest.json"
MANIFEST_FORMAT = 1

SOURCE_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.txt",
    "modules.json",
    "sentence_bert_config.json",
    "1_Pooling/config.json",
)
"""The files of a sentence-transformers folder that decide its vectors (those present are
hashed; ``model.safetensors`` or ``pytorch_model.bin`` must be)."""
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


def default_cache_dir() -> Path:
    """``$COUNCILSEARCH_EMBED_CACHE``, else ``$XDG_CACHE_HOME/councilsearch/models``, else
    ``~/.cache/councilsearch/models``. Exports depend on the machine's tools, not on a store,
    so one cache serves every data dir."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "councilsearch" / "models"


def digest_of(entries: dict[str, str]) -> str:
    """One digest for a set of named files: the sha256 of the sorted ``name:sha256`` lines."""
    lines = "".join(f"{name}:{entries[name]}\n" for name in sorted(entries))
    return sha256_bytes(lines.encode("utf-8"))


def source_files(folder: Path) -> list[str]:
    """The relative names of ``folder``'s files that decide its vectors."""
    names = [n for n in SOURCE_FILES if (folder / n).is_file()]
    if not any(n in names for n in WEIGHT_FILES):
        if (folder / "pytorch_model.bin").is_file():
            names.append("pytorch_model.bin")
        else:
            raise IndexError_(f"No model weights (model.safetensors) in {folder}.")
    if "tokenizer.json" not in names:
        raise IndexError_(f"No tokenizer.json in {folder}: the int8 backend needs a fast tokenizer file.")
    return names


def source_fingerprint(folder: Path, known: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Each source file's sha256, size and mtime. A file whose size and mtime equal those in
    ``known`` (a previous manifest's record) keeps its recorded sha256 instead of being read."""
    out: dict[str, dict[str, Any]] = {}
    for name in source_files(folder):
        st = (folder / name).stat()
        prev = (known or {}).get(name)
        if isinstance(prev, dict) and prev.get("size") == st.st_size and prev.get("mtime_ns") == st.st_mtime_ns:
            sha = str(prev.get("sha256"))
        else:
            sha = sha256_file(folder / name)
        out[name] = {"sha256": sha, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
    return out


def fingerprint_digest(files: dict[str, dict[str, Any]]) -> str:
    return digest_of({name: str(rec["sha256"]) for name, rec in files.items()})


def compiled_cache_dir(export_folder: Path) -> Path:
    """Where OpenVINO keeps its compiled form of an export (a derived cache: OpenVINO keys it
    by the model's hash, its own version and the settings, and recompiles on a bad entry;
    a rebuilt export clears it)."""
    return export_folder.with_name(export_folder.name + ".compiled")


@dataclass
class LoadedExport:
    """A checked export: its manifest and the bytes of every file it lists."""

    folder: Path
    manifest: dict[str, Any]
    blobs: dict[str, bytes]


class StaleExportError(Exception):
    """An export that must not be used (says why); the caller rebuilds it."""


def read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StaleExportError(f"no {MANIFEST} in {folder}") from None
    except OSError as exc:
        raise StaleExportError(f"cannot read {path}: {exc}") from exc
    try:
        manifest = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise StaleExportError(f"{path} is not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        raise StaleExportError(f"{path} has an unknown format")
    return manifest


def check_export(folder: Path, source_digest: str, recipe: dict[str, Any]) -> LoadedExport:
    """Read and verify one export folder. Raises ``StaleExportError`` (with the reason) when the
    manifest is missing or unreadable, was made from another source or by another recipe, or
    a listed file is missing or has other bytes than recorded."""
    manifest = read_manifest(folder)
    have = manifest.get("source", {}).get("digest")
    if have != source_digest:
        raise StaleExportError(f"made from another model (source digest {str(have)[:12]}, now {source_digest[:12]})")
    if manifest.get("recipe") != recipe:
        raise StaleExportError("made by another export recipe " + _recipe_diff(manifest.get("recipe"), recipe))
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise StaleExportError("the manifest lists no files")
    blobs: dict[str, bytes] = {}
    for name, rec in files.items():
        path = folder / name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StaleExportError(f"{name} is missing or unreadable ({exc.strerror or exc})") from exc
        if len(data) != rec.get("size") or sha256_bytes(data) != rec.get("sha256"):
            raise StaleExportError(f"{name} does not match its manifest (corrupt or truncated)")
        blobs[name] = data
    return LoadedExport(folder, manifest, blobs)


def _recipe_diff(have: Any, want: dict[str, Any]) -> str:
    if not isinstance(have, dict):
        return "(no recipe recorded)"
    keys = sorted(k for k in set(have) | set(want) if have.get(k) != want.get(k))
    return "(" + ", ".join(f"{k}: {have.get(k)!r} -> {want.get(k)!r}" for k in keys)[:300] + ")"


def file_records(folder: Path, names: list[str]) -> dict[str, dict[str, Any]]:
    return {n: {"sha256": sha256_file(folder / n), "size": (folder / n).stat().st_size} for n in names}


@contextlib.contextmanager
def build_lock(cache_dir: Path, name: str, timeout_s: float = 1800.0) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``<cache>/.<name>.lock`` (one build at a time across
    processes; released by the kernel if the holder dies)."""
    import fcntl

    cache_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(cache_dir / f".{name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise IndexError_(
                        f"Timed out after {timeout_s:.0f} s waiting for another process to finish "
                        f"exporting the embedding model into {cache_dir}."
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def new_build_dir(cache_dir: Path, name: str) -> Path:
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=f".tmp-{name}-", dir=cache_dir))
    umask = os.umask(0)
    os.umask(umask)
    path.chmod(0o777 & ~umask)  # mkdtemp makes it private; an export is readable like any cache
    return path


def write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    """Write ``manifest.json`` (last, and durably: it marks the folder complete)."""
    write_json(manifest, folder / (MANIFEST + ".tmp"), folder / MANIFEST)


def install(build_dir: Path, final: Path) -> None:
    """Move a finished build to ``final``, replacing what was there (call under the build
    lock). The old folder is renamed aside first and removed after, so ``final`` is at every
    moment absent, old and complete, or new and complete."""
    for p in build_dir.iterdir():
        if p.is_file():
            with open(p, "rb") as f:
                os.fsync(f.fileno())
    old: Path | None = None
    if final.exists():
        old = final.with_name(f".old-{final.name}-{os.getpid()}-{time.monotonic_ns()}")
        os.replace(final, old)
    os.replace(build_dir, final)
    with contextlib.suppress(OSError):
        dfd = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def sweep_leftovers(cache_dir: Path, name: str) -> None:
    """Remove the temporary build folders and replaced exports of ``name`` that a killed
    process left behind. Call it holding the build lock: only the lock holder writes them, so
    any that exist then are leftovers."""
    for prefix in (f".tmp-{name}-", f".old-{name}-"):
        for p in cache_dir.glob(prefix + "*"):
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
