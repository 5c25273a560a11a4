"""Content digests: the one way a file's or a buffer's sha256 is computed (documents' ids,
job ledgers, vector index files and the int8 model cache all use these)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_bytes(data: bytes | memoryview) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path) -> str:
    """The hex sha256 of a file, read in blocks (memory stays flat on large files)."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
