"""Label probes: invented sentences in the ways officers write figures, each figure checked
for what councilsearch says it measures (label) and when (period).

The sentences (``bench/label_probe_specs.py``) are grouped by form: an agent or verb standing
for what is measured, passive and active, fronted adverbials, parentheticals, lists of
figures, "of which", rates, changes, ranges, targets, comparisons, figures in words, time
phrases and periods. Each sentence runs through the real extractor as a document of its own;
each expected figure is found by its surface (in order) and checked:

- ``missing``: no money, percent or count figure over the surface;
- ``label``: the label does not name what the expected one does (``same_measure`` of eval
  figures: Dice >= 0.5 of content words; an expected ``None`` wants no label);
- ``period``: the period is not the expected one (``None`` included).

    .venv/bin/python bench/label_probes.py              # accuracy by form
    .venv/bin/python bench/label_probes.py -v           # every failure, with the label given
    .venv/bin/python bench/label_probes.py --only rate  # the forms whose name holds "rate"
    .venv/bin/python bench/label_probes.py --json out.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from label_probe_specs import PROBES, LabelProbe  # noqa: E402

from councilsearch.extract.figures import extract_figures_batch  # noqa: E402
from councilsearch.extract.figures.present import figure_label  # noqa: E402
from councilsearch.extract.figures.words import same_measure  # noqa: E402
from councilsearch.models import Figure  # noqa: E402

MEASURED = ("money", "percent", "count")


def _find(figs: list[Figure], text: str, surface: str, start: int) -> tuple[Figure | None, int]:
    """The measured figure over the next occurrence of ``surface`` from ``start``."""
    at = text.find(surface, start)
    if at < 0:
        return None, start
    end = at + len(surface)
    for f in figs:
        if f.kind in MEASURED and f.span[0] < end and at < f.span[1]:
            return f, end
    return None, end


def check(probes: tuple[LabelProbe, ...], verbose: bool = False) -> dict[str, Counter[str]]:
    """Counts by form: ``figures``, ``missing``, ``label``, ``period`` (failures)."""
    texts = [text for _, text, _ in probes]
    out: dict[str, Counter[str]] = {}
    for (form, text, expected), figs in zip(probes, extract_figures_batch(texts), strict=True):
        c = out.setdefault(form, Counter())
        pos = 0
        for surface, label, period in expected:
            c["figures"] += 1
            f, pos = _find(figs, text, surface, pos)
            if f is None:
                c["missing"] += 1
                if verbose:
                    print(f"[{form}] missing {surface!r}: {text}")
                continue
            got = figure_label(f) or None
            if not same_measure(got, label):
                c["label"] += 1
                if verbose:
                    print(f"[{form}] label {surface!r}: want {label!r} got {got!r}  | {text}")
            if f.period != period:
                c["period"] += 1
                if verbose:
                    print(f"[{form}] period {surface!r}: want {period!r} got {f.period!r}  | {text}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="forms whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every failure")
    ap.add_argument("--json", help="write the counts here")
    a = ap.parse_args(argv)
    probes = tuple(p for p in PROBES if a.only in p[0])
    counts = check(probes, a.verbose)
    print(f"{'form':16s} {'figures':>7s} {'missing':>7s} {'label':>7s} {'period':>7s}")
    total: Counter[str] = Counter()
    for form, c in counts.items():
        total.update(c)
        n = c["figures"]
        print(f"{form:16s} {n:7d} {c['missing']:7d} {(n - c['missing'] - c['label']) / n:7.3f} "
              f"{(n - c['missing'] - c['period']) / n:7.3f}")
    n = total["figures"]
    print(f"{'TOTAL':16s} {n:7d} {total['missing']:7d} {(n - total['missing'] - total['label']) / n:7.3f} "
          f"{(n - total['missing'] - total['period']) / n:7.3f}")
    print(f"probes {len(probes)} figures {n} label right {n - total['missing'] - total['label']}"
          f" period right {n - total['missing'] - total['period']}")
    if a.json:
        Path(a.json).write_text(json.dumps(counts, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
