"""The sandbox worker process: set its limits, preload the parsers, then answer requests.

Started by the parent (``pool.py``) as ``python -c "from councilsearch.ingest.sandbox.worker
import main; main()" CONFIG``, where CONFIG is JSON ``{"memory_bytes", "target", "ppid"}``.
It speaks the protocol of ``protocol.py`` over its original stdin/stdout and exits on EOF or
when its parent goes (see the package docstring for the limits and outcomes).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import threading
import time
from typing import Any

from councilsearch import errors
from councilsearch.ingest.sandbox.protocol import MAX_TEXT_CHARS, read_frame, write_frame

NEAR_LIMIT = 0.85
"""A parser error raised after the document's peak RSS reached this share of the memory limit
is reported as ResourceLimitError: a C library (lxml, zlib) that cannot allocate tends to
raise its own error ("XMLSyntaxError: unknown error") rather than MemoryError."""
_PRELOAD = ("pypdf", "docx", "lxml.etree", "bs4")


def _proc_status(field: str) -> int:
    """A memory figure from /proc/self/status, in bytes (0 when unavailable)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _reset_peak_rss() -> None:
    """Restart VmHWM (peak RSS) so it measures one document (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def main() -> None:
    """Entry point of the worker process (see the module docstring)."""
    import importlib
    import resource

    config = json.loads(sys.argv[1])
    memory_bytes = int(config["memory_bytes"])
    ppid = int(config["ppid"])
    # The protocol owns the original stdin/stdout; anything a library prints goes to stderr.
    proto_in = os.fdopen(os.dup(0), "rb", buffering=1 << 20)
    proto_out = os.fdopen(os.dup(1), "wb", buffering=0)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    def say(obj: dict[str, Any]) -> None:
        write_frame(proto_out, json.dumps(obj).encode())

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ValueError, OSError) as exc:
        say({"ready": False, "message": f"could not set the memory limit: {exc}"})
        return

    def watchdog() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != ppid:
                os._exit(0)

    threading.Thread(target=watchdog, name="sandbox-watchdog", daemon=True).start()
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    import warnings

    warnings.simplefilter("ignore")
    for mod in _PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(mod)
    try:
        module, _, func = str(config["target"]).partition(":")
        target = getattr(importlib.import_module(module), func)
        # import the format parsers now, not during the first document's time limit
        for mod in ("councilsearch.ingest.pdf", "councilsearch.ingest.docx", "councilsearch.ingest.html"):
            with contextlib.suppress(ImportError):
                importlib.import_module(mod)
    except Exception as exc:
        say({"ready": False, "message": f"{type(exc).__name__}: {exc}"})
        return
    say({"ready": True, "pid": os.getpid()})

    cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    while True:
        try:
            header = json.loads(read_frame(proto_in))
            data = read_frame(proto_in)
        except (EOFError, OSError, ValueError):
            return
        except MemoryError:
            say({"ok": False, "memory": True, "error": "MemoryError", "message": ""})
            return
        fmt, name = str(header.get("fmt", "")), str(header.get("name", ""))
        timeout_s = float(header.get("timeout_s", 60.0))
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu_now = usage.ru_utime + usage.ru_stime
        soft = int(cpu_now + timeout_s) + 5
        if cpu_hard == resource.RLIM_INFINITY or soft <= cpu_hard:
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_CPU, (soft, cpu_hard))
        reply: dict[str, Any]
        body = b""
        _reset_peak_rss()
        try:
            parsed = target(fmt, data, name)
            del data
            if len(parsed.text) > MAX_TEXT_CHARS:
                raise errors.ResourceLimitError(
                    f"{name or 'the document'} holds {len(parsed.text) / 1e6:.0f} million characters of text; "
                    f"the limit is {MAX_TEXT_CHARS / 1e6:.0f} million",
                    path=name,
                )
            body = parsed.text.encode("utf-8", "surrogatepass")
            reply = {
                "ok": True,
                "page_map": [int(x) for x in parsed.page_map],
                "heading_hints": [[int(a), int(b)] for a, b in parsed.heading_hints],
                "title": parsed.title,
                "fallback_pages": int(parsed.fallback_pages),
                "furniture": [str(t) for t in parsed.furniture],
            }
            del parsed
        except MemoryError:
            data = b""
            reply = {"ok": False, "memory": True, "error": "MemoryError", "message": ""}
        except errors.ParseError as exc:
            reply = {"ok": False, "error": type(exc).__name__, "message": exc.message, "path": exc.path}
        except RecursionError as exc:
            reply = {
                "ok": False,
                "error": "CorruptDocumentError",
                "message": f"{name or 'the document'} is damaged: its structure is nested too deeply ({exc})",
                "path": name,
            }
        except Exception as exc:
            reply = {"ok": False, "error": type(exc).__name__, "message": str(exc)[:2000], "fmt": fmt}
        try:
            reply["peak_rss"] = _proc_status("VmHWM")
            reply["rss"] = _proc_status("VmRSS")
            if not reply["ok"] and reply["peak_rss"] >= NEAR_LIMIT * memory_bytes:
                # the parser failed after using nearly all its memory: an allocation failed
                # inside a C library (lxml reports "unknown error"), so say what really happened
                reply.update(memory=True, cause=f"{reply.get('error')}: {str(reply.get('message'))[:300]}")
            say(reply)
            if reply["ok"]:
                write_frame(proto_out, body)
        except MemoryError:
            with contextlib.suppress(Exception):
                say({"ok": False, "memory": True, "error": "MemoryError", "message": ""})
            return
        except OSError:
            return
        body = b""
        data = b""
