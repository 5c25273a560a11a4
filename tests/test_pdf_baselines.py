"""merge_baselines tries only the lines near each baseline (baselines._near_baselines): every pair
the baseline test accepts is still among them, non-finite baselines and sizes included."""

from __future__ import annotations

import math
import random

from councilsearch.ingest.pdf.baselines import _near_baselines, _same_baseline
from councilsearch.ingest.pdf.runs import FontInfo, Line, Seg

FONT = FontInfo({}, 500.0, False)


def line(y: float | None, size: float) -> Line:
    return Line(page=0, y=y, segs=[Seg(0.0, 10.0, "x", size, False, size / 1000, FONT)], size=size)


def test_every_pair_on_one_baseline_is_a_candidate() -> None:
    rng = random.Random(3)
    odd = [math.inf, -math.inf, math.nan, None]
    for _ in range(300):
        lines = []
        for _ in range(rng.randint(0, 25)):
            y = rng.choice(odd) if rng.random() < 0.08 else round(rng.uniform(0, 60), rng.choice([0, 1, 3]))
            size = rng.choice([math.inf, math.nan]) if rng.random() < 0.05 else rng.choice([0.5, 8.0, 9.0, 10.0, 24.0])
            lines.append(line(y, size))
        near = _near_baselines(lines)
        for i, a in enumerate(lines):
            if a.y is None:
                continue
            want = [j for j in range(i + 1, len(lines)) if _same_baseline(a, lines[j])]
            got = near(i)
            assert got == sorted(got) and all(j > i for j in got)
            assert set(want) <= set(got), (i, want, got)
