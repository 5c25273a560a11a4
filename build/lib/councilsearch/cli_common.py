"""What every CLI command shares: the consoles, the store's settings from the global options,
the one translation of councilsearch errors into a line and an exit code, and the library."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console

from councilsearch.config import Settings, load_settings
from councilsearch.errors import CouncilSearchError, InputError, QueryError

# On a terminal rich fits the width; in a pipe or a log it would cut tables at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 200)
err_console = Console(stderr=True, width=None if sys.stderr.isatty() else 200)

F = TypeVar("F", bound=Callable[..., Any])


class _State:
    data_dir: Path | None = None
    embedder: str | None = None


state = _State()


def settings() -> Settings:
    return load_settings(state.data_dir, **({"embedder": state.embedder} if state.embedder else {}))


def friendly(fn: F) -> F:
    """Turn councilsearch errors into one readable line: exit code 2 for a bad option value
    (a QueryError: the same message the API gives with its 422), 1 for anything else."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CouncilSearchError as exc:
            err_console.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2 if isinstance(exc, QueryError) else 1) from None

    return wrapper  # type: ignore[return-value]


def _readable(path: Path, what: str) -> Path:
    """``path`` if it is a file this process can read; else an InputError naming it."""
    if not path.is_file():
        raise InputError(f"{what} {path} {'is a folder, not a file' if path.is_dir() else 'does not exist'}")
    if not os.access(path, os.R_OK):
        raise InputError(f"{what} {path} cannot be read (permission denied)")
    return path


def _library(embed: bool = True, extract: bool = True):  # type: ignore[no-untyped-def]
    from councilsearch.index.library import Library

    return Library(settings(), embed=embed, extract=extract)


def _to_jsonable(obj: Any) -> Any:
    from dataclasses import asdict, is_dataclass

    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    return obj

