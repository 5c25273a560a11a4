"""Every bench script still runs: each is run as a script (``__main__``, its own arguments)
in its smallest mode, over a one-document store or a one-document corpus, and must finish and
print the lines that carry its measured numbers and ratios. Nothing is timed: a bench that
rots (an argument or a function it calls removed, a return value that changed shape) fails
here instead of on the next person who runs it.

The scripts that only read a store, a PDF or a few texts run by default, in this process (the
models the suite has loaded already serve them: seconds); those that load the fp32 model
beside ours, start servers, spawn workers or build synthetic indexes run with --slow, each in
a subprocess as its docstring starts it."""

from __future__ import annotations

import json
import os
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, SMALL_DOC

BENCH = ROOT / "bench"
QUESTIONS = (
    '{"id": "q1", "query": "what overspend is forecast?", "doc": "budget-monitoring", '
    '"quote": "The council forecasts an overspend of £2.4m in 2025/26, mainly in children\'s services."}\n'
    '{"id": "q2", "query": "how much of the planned savings has been delivered?", "doc": "budget-monitoring", '
    '"quote": "Planned savings of £5m are on track, and £3.1m has been delivered so far."}\n'
)

NUMBER_QUESTION = (
    '{"id": "n1", "query": "what overspend is forecast?", "doc": "budget-monitoring", "kind": "figure", '
    '"quote": "The council forecasts an overspend of £2.4m in 2025/26", "answer": {"value": 2400000, "unit": "GBP"}}\n'
)


def _numfit_question(name: str, right: float, wrong: float) -> dict[str, object]:
    """One question of bench/numfit_features.py's table: a passage with a right and a wrong
    figure (their hand-set fits ``right`` and ``wrong``), and a passage with none."""
    cands = [{"f": {"hand": hand, "share": share, "is_money": 1.0}, "right": ok, "period": "", "row": None,
              "col": None, "went_to": False} for hand, share, ok in ((right, 1.0, True), (wrong, 0.5, False))]
    return {"set": name, "latest": False, "period": False, "id": f"{name}-1", "gold": 1.0, "live_right": True,
            "live_top": 1, "passages": [
                {"pid": 1, "pre": 1.0, "rank": 0.0, "sim": 0.5, "bm25": True, "later": 1.0, "now": None, "cands": cands},
                {"pid": 2, "pre": 0.5, "rank": 0.69, "sim": 0.3, "bm25": False, "later": 1.0, "now": None, "cands": []}]}


@pytest.fixture(scope="module")
def inputs(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Placeholders in the argument lists below and what stands in for them."""
    root = tmp_path_factory.mktemp("bench-smoke")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "budget-monitoring.txt").write_text(SMALL_DOC)
    (root / "questions.jsonl").write_text(QUESTIONS)
    (root / "number-questions.jsonl").write_text(NUMBER_QUESTION)
    (root / "numfit.jsonl").write_text("".join(json.dumps(_numfit_question(name, *fits)) + "\n"
                                               for name, fits in (("a", (0.9, 0.4)), ("b", (0.8, 0.6)))))
    pdf = min((DATA / "pdf").glob("*.pdf"), key=lambda p: p.stat().st_size)
    return {"STORE": str(small_index), "CORPUS": str(corpus), "QUESTIONS": str(root / "questions.jsonl"),
            "PDF": str(pdf), "WORK": str(root), "TABLE": str(root / "numfit.jsonl"), "NUMQ": str(root / "number-questions.jsonl")}


def _argv(args: list[str], inputs: dict[str, str]) -> list[str]:
    argv = []
    for a in args:
        for name, value in inputs.items():
            a = a.replace(name, value)
        argv.append(a)
    return argv


def run_here(script: str, args: list[str], inputs: dict[str, str], capsys: pytest.CaptureFixture[str],
             monkeypatch: pytest.MonkeyPatch) -> str:
    """Run ``script`` as ``__main__`` in this process; its output. Its changes to sys.path and
    the environment are undone."""
    argv = _argv(args, inputs)
    monkeypatch.setattr(sys, "argv", [str(BENCH / script), *argv])
    monkeypatch.setattr(sys, "path", list(sys.path))
    env = dict(os.environ)
    try:
        runpy.run_path(str(BENCH / script), run_name="__main__")
    except SystemExit as exc:
        assert exc.code in (0, None), f"{script} {' '.join(argv)} exited {exc.code}:\n{capsys.readouterr().out[-4000:]}"
    finally:
        for key in set(os.environ) - set(env):
            del os.environ[key]
        os.environ.update(env)
    return capsys.readouterr().out


def run_bench(script: str, args: list[str], inputs: dict[str, str], timeout: float) -> str:
    argv = _argv(args, inputs)
    env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               TOKENIZERS_PARALLELISM="false")
    done = subprocess.run([sys.executable, str(BENCH / script), *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)
    out = done.stdout + done.stderr
    assert done.returncode in OK_STATUS.get(script, {0}), f"{script} {' '.join(argv)} exited {done.returncode}:\n{out[-4000:]}"
    return done.stdout


# soak.py exits 1 when a target is missed: a two-second run measures nothing, it only has to run
OK_STATUS = {"soak.py": {0, 1}}

# script, arguments, the lines (regexes, multiline) its output must hold
QUICK = [
    ("weak_match.py", ["--data-dir", "STORE", "QUESTIONS"],
     [r"^dev questions +n= +2 +best cosine min \d", r"^off-topic +n= +\d+ +best cosine max \d.*flagged weak \d"]),
    ("nearcopy.py", ["STORE", "--queries", "QUESTIONS"],
     [r"near-copies made from \d+ passages", r"^collapse step over 2 queries x 3 .*median [\d.]+ ms"]),
    ("hub_vectors.py", ["--data-dir", "STORE", "--queries", "QUESTIONS", "--rounds", "1"],
     [r"^store read p50 [\d.]+ ms .*ratio index/store p50 [\d.]+", r"^hub-corrected orders that differ: 0 of 2"]),
    ("recommendation_links.py", ["--data-dir", "STORE"],
     [r"^non-links +token containment: max [\d.]+", r"^control +token containment: max [\d.]+.*cosine: max"]),
    ("parse_detail.py", ["PDF", "--repeat", "1"],
     [r"^\[cpu\] pypdf extract_text\(\): .*ratio ours/pypdf [\d.]+", r"^our own work \(replayed, CPU, best\): visitor"]),
    ("extract.py", ["--corpus", "CORPUS", "--repeat", "1"],
     [r"^corpus: 1 documents", r"^entities\.v\d+ +[\d,]+ words/s wall", r"^figures\.v\d+ \+ entities\.v\d+ +[\d,]+ words/s"]),
    ("numfit_train.py", ["TABLE"], [r"^a +1 +1 +1 +\d", r"^total +2 +2 +2 +\d +sets better \d, worse \d"]),
    ("numfit_model.py", [], []),
    ("number_misses.py", ["--questions", "NUMQ", "--corpus-dir", "STORE", "--detail", "WORK/misses.jsonl"],
     [r"^questions +[01]/ +1", r"^all +[01]/ +1"]),  # a module of the two numfit scripts: running it checks its imports
    ("one_store.py", ["--store", "WORK/one-store", "--ingest", "--docs", "CORPUS", "--questions", "NUMQ", "--own", "STORE",
                      "--by-council"],
     [r"^one store: 1 documents, 0 unchanged, 0 failed", r"^questions +[01]/1 +[01] +[01]/1 +[01] +[01]/1 +[01]$",
      r"^all +[01]/1 +[01] ", r"^the one store, each question held to its gold paper's council"]),
    ("table_probes.py", ["--only", "merged-years", "--renderers", "html,pdf-grid"],
     [r"^merged-years +\d+ +\d+", r"^probes 4 cells \d+ failures \d+"]),
    ("label_probes.py", ["--only", "rate"], [r"^rate +\d+ +\d+ +[01]\.\d{3} +[01]\.\d{3}$", r"^probes \d+ figures \d+ label right \d+"]),
    ("label_probe_specs.py", [], []),  # the label probes' sentences: running it checks its imports
    ("table_probe_specs.py", [], []),  # the probes' tables: running it checks its imports
    ("entity_probes.py", ["--only", "votes"], [r"^votes +3 +\d+ +[\d.]+ +[\d.]+ +[\d.]+$", r"^all +3 "]),
    ("entity_probe_specs.py", [], [r"^\d+ probes in \d+ forms"]),  # the passages: running it checks its imports
    ("table_probe_specs_more.py", [], []),  # more of them
    ("table_probe_specs_ahead.py", [], []),  # forms written ahead of the next corpus
    ("table_probe_specs_combo.py", [], []),  # forms combined
    ("table_probe_specs_forms.py", [], []),  # cabinet-paper forms combined with cells at the top, middle, foot
]

SLOW = [
    ("embed.py", ["--passages", "16", "--repeat", "1", "--queries", "2", "--threads", "1"],
     [r"^ratio int8 / fp32: [\d.]+x wall, [\d.]+x CPU", r"^cosine int8 vs fp32: mean"]),
    ("extract_scale.py", ["--docs", "4", "--words", "60"],
     [r"^2 workers vs 1: [\d.]+x", r"^dask local vs process pool: [\d.]+"]),
    ("ingest.py", ["--pages", "1", "--embed-sample", "16", "--workers", "1", "--parse-detail", "PDF"],
     [r"^ratios:", r"our embedding >= \d+x bare fp32: +[\d.]+x", r"ratio ours/pypdf [\d.]+",
      r"^our own work \(replayed, CPU, best\): visitor"]),
    ("search.py", ["--sizes", "3000", "--rounds", "1", "--data-dir", "STORE", "--approx-threshold", "1000"],
     [r"ratio to search", r"(PASS|MISS)"]),
    ("search_vectors.py", ["--sizes", "3000", "--structured", "0", "--passages", "16", "--rounds", "1",
                           "--queries", "20"],
     [r"-> ratio [\d.]+ \(per CPU-second: [\d.]+\)", r"^flat +random n= +3,000: build", r"^SUMMARY \{"]),
    ("sentence_vectors.py", ["--corpus", "CORPUS", "--queries", "QUESTIONS", "--backends", "int8"],
     [r"^store: 1 files ingested", r"ratio to \(a\)", r"^int8 +\(a\)"]),
    ("load.py", ["--data-dir", "STORE", "--queries", "QUESTIONS", "--seconds", "2", "--clients", "2",
                 "--workers", "1"],
     [r"^\[repeat\] throughput: [\d.]+ requests/s", r"^\[fresh\] latency: +p50 \d+ ms"]),
    ("overload.py", ["--data", "STORE", "--clients", "4", "--seconds", "2"], [r"p99", r"restart"]),
    ("numfit_features.py", ["--heldout5", "STORE", "--out", "WORK/numfit-features.jsonl"], [r"^heldout5 done"]),
    ("soak.py", ["--data-dir", "WORK/soak-data", "--docs", "CORPUS/budget-monitoring.txt", "--seconds", "2",
                 "--baseline-seconds", "2", "--clients", "2", "--warmup-seconds", "0", "--warmup-uploads", "1"],
     [r"^== targets", r"p99 with writer [\d.]+ ms vs without [\d.]+ ms: x[\d.]+"]),
]


def test_every_bench_script_is_covered() -> None:
    assert sorted(p.name for p in BENCH.glob("*.py")) == sorted(s for s, _, _ in QUICK + SLOW)


def _holds(script: str, out: str, expect: list[str]) -> None:
    missing = [e for e in expect if not re.search(e, out, re.MULTILINE)]
    assert not missing, f"{script}: no line matching {missing} in:\n{out[-4000:]}"


@pytest.mark.parametrize(("script", "args", "expect"), QUICK, ids=[s for s, _, _ in QUICK])
def test_bench_runs(script: str, args: list[str], expect: list[str], inputs: dict[str, str],
                    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _holds(script, run_here(script, args, inputs, capsys, monkeypatch), expect)


@pytest.mark.slow
@pytest.mark.parametrize(("script", "args", "expect"), SLOW, ids=[s for s, _, _ in SLOW])
def test_slow_bench_runs(script: str, args: list[str], expect: list[str], inputs: dict[str, str]) -> None:
    shutil.rmtree(Path(inputs["WORK"]) / "soak-data", ignore_errors=True)  # soak writes into its own store
    _holds(script, run_bench(script, args, inputs, timeout=900), expect)
