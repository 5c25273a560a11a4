"""Writing a small file so that a reader sees the old one or the new one, never half of it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def write_json(obj: Any, tmp: Path, final: Path) -> None:
    """``obj`` as indented, key-sorted JSON into ``tmp``, flushed to disk, then renamed over
    ``final`` (the caller picks ``tmp`` in ``final``'s folder and removes it on failure)."""
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, sort_keys=True)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, final)
