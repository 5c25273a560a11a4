"""Parse untrusted documents in a limited worker process.

``sandboxed_parser(timeout_s, memory_bytes)`` returns a callable ``(fmt, data, name) ->
ParsedText`` with the same contract as ``councilsearch.ingest.parse.run_parser``. PDF, DOCX and
HTML are parsed in a long-lived worker process; plain text and markdown are parsed in this
process (decoding text is linear and cannot balloon), bounded by ``MAX_TEXT_BYTES`` (16 MiB,
defined in ``ingest/parse.py``: a bigger text file is refused with ResourceLimitError before it
is read).

The worker
----------
- is started with ``subprocess`` (fork + exec of a fresh interpreter, never a bare ``fork()``
  of a process that may hold torch's threads) and preloads pypdf, python-docx and lxml, so a
  document costs one round trip over a pipe, not an interpreter start;
- runs under ``setrlimit(RLIMIT_AS, memory_bytes)`` (address space, so the limit covers the
  interpreter and its libraries too), with core dumps off and, per document, a CPU-time
  ceiling of ``timeout_s`` beyond what it has used so far (a backstop for a worker whose
  parent died while it was busy);
- speaks a small framed protocol: the request is a JSON header plus the raw bytes; the answer
  is a JSON header plus the text as UTF-8. Nothing is unpickled on either side, so a parser
  subverted by a hostile file cannot hand this process an object to execute;
- exits when its parent goes (EOF on its pipe, or a change of parent pid).

Outcomes, for one document; the pool goes on with the next one either way:
- the parser returns: a ParsedText (its text is capped at ``MAX_TEXT_CHARS``);
- the parser raises a ``ParseError`` subclass: the same class with the same message here;
- the parser raises anything else: ``CorruptDocumentError`` naming the exception;
- ``MemoryError`` (the address-space limit), or any error raised after the document's peak
  RSS reached ``NEAR_LIMIT`` of the limit (C libraries report a failed allocation their own
  way): ``ResourceLimitError`` "exceeded 1 GiB of memory", and the worker is replaced;
- no answer within ``timeout_s``: the worker is killed (SIGKILL) and replaced;
  ``ResourceLimitError`` "timed out after 60 s";
- the worker dies (a segfault in a C extension, an abort): ``CorruptDocumentError`` "the
  parser crashed (signal 11)", and the worker is replaced.

A worker whose resident memory stays above ``RECYCLE_RSS_FRACTION`` of its limit after a
document is replaced too, so one large file does not pin memory for the life of a server.

Threads share the pool (one worker by default, ``workers=`` for more); a caller waits for a
free worker. ``last_stats`` tells the calling thread what happened to its last document
(seconds, outcome, the worker's peak RSS while parsing it).

This bounds time and memory; it is not a security boundary. The worker runs as the same user
with the same files and network as its parent; isolating it further (seccomp, a container, a
separate user) is a deployment choice.

The package
-----------
- ``protocol``: the framing both ends of the pipe speak, and the bound on returned text;
- ``worker``: the worker process (limits, preloading, one request at a time);
- ``pool``: the parent side (workers, the pool, the outcomes above, ``sandboxed_parser``).
"""

from councilsearch.ingest.sandbox.pool import get_pool, sandboxed_parser, shutdown

__all__ = ["get_pool", "sandboxed_parser", "shutdown"]
