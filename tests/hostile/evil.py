"""A parser that misbehaves on command, for testing the sandbox (run inside the worker).

The first word of the data says what to do; anything else goes to the real parser."""

from __future__ import annotations

import ctypes
import os
import sys
import time

from councilsearch import errors
from councilsearch.ingest.base import ParsedText
from councilsearch.ingest.parse import run_parser


def parse(fmt: str, data: bytes, name: str) -> ParsedText:
    cmd, _, rest = data.partition(b" ")
    if cmd == b"sleep":  # hangs, releasing the GIL
        time.sleep(3600)
    if cmd == b"spin":  # hangs, holding the CPU
        while True:
            pass
    if cmd == b"balloon":  # grows until the address-space limit says no
        hoard = []
        while True:
            hoard.append(bytearray(32 << 20))
    if cmd == b"touch":  # grows for real (pages written), up to the number of MiB given
        hoard = []
        for _ in range(int(rest or b"64")):
            hoard.append(b"\1" * (1 << 20))
        return ParsedText(text=f"held {len(hoard)} MiB", page_map=(0,))
    if cmd == b"segv":
        ctypes.string_at(0)
    if cmd == b"abort":
        os.abort()
    if cmd == b"exit":
        os._exit(3)
    if cmd == b"typed":  # typed:<ClassName> <message>
        cls_name, _, message = rest.decode().partition(" ")
        raise getattr(errors, cls_name)(message, path=name)
    if cmd == b"bug":
        raise KeyError("/Kids")
    if cmd == b"chatty":  # writes to stdout and stderr: the protocol must not care
        print("noise on stdout " * 100)
        sys.stdout.flush()
        os.write(1, b"raw noise on fd 1 " * 100 + b"\n")
        print("noise on stderr", file=sys.stderr)
        return ParsedText(text="quiet result", page_map=(0,))
    if cmd == b"huge":  # more text than a parser may return
        return ParsedText(text="x" * (16 * 1024 * 1024 + 1), page_map=(0,))
    if cmd == b"odd":  # characters that do not survive a naive UTF-8 round trip
        return ParsedText(text="lone \ud800 surrogate, £ and \u2028 and \x00", page_map=(0, 5), heading_hints=((0, 4),),
                          title="Odd")
    if cmd == b"pid":
        return ParsedText(text=str(os.getpid()), page_map=(0,))
    return run_parser(fmt, data, name)
