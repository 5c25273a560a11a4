"""What an evaluation tells its progress callback."""

from __future__ import annotations

from collections.abc import Callable

StepProgress = Callable[[str, int, int], None]
"""``(step, done, total)``: e.g. ``("hybrid", 12, 40)`` once the twelfth of 40 questions is answered."""
