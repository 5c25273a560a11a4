"""Running the app under uvicorn, with the limits a public server needs.

- No ``server: uvicorn`` banner.
- A connection must send a request's headers within ``HEADER_TIMEOUT_S`` of opening
  (or of its previous answer), else it is closed: a client trickling headers byte by byte
  cannot hold a connection (the request guard times out slow *bodies*).
- At most ``MAX_CONNECTIONS`` connections per process; past that uvicorn answers 503.
- The access log records the path without its query string: searches are the user's words.
- ``workers > 1`` runs that many processes over one data folder, each building its app from
  the environment (``app.create_app_from_env``).
"""

from __future__ import annotations

import asyncio
import copy
import logging
import os
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from councilsearch.config import Settings

MAX_CONNECTIONS = 2048
HEADER_TIMEOUT_S = 10.0


class DropQueryString(logging.Filter):
    """Access-log records keep the path and lose the query string."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


class HeaderTimeoutH11(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request's headers."""

    header_timeout: float = HEADER_TIMEOUT_S
    _header_timer: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_late(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not None and not self.cycle.response_complete:
            self._disarm()  # the headers are in: the request guard watches the body from here

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()  # the next request on a kept-alive connection has the same deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def log_config() -> dict[str, Any]:
    from uvicorn.config import LOGGING_CONFIG

    cfg = copy.deepcopy(LOGGING_CONFIG)
    cfg.setdefault("filters", {})["drop_query"] = {"()": "councilsearch.api.server.DropQueryString"}
    cfg["handlers"]["access"]["filters"] = ["drop_query"]
    return cfg


def run(settings: Settings, host: str, port: int, workers: int = 1) -> None:
    """Serve ``settings.data_dir`` until stopped."""
    import uvicorn

    common: dict[str, Any] = {
        "host": host, "port": port, "log_level": "info", "log_config": log_config(),
        "server_header": False, "http": HeaderTimeoutH11,
        "limit_concurrency": MAX_CONNECTIONS, "timeout_keep_alive": 5,
    }
    if workers == 1:
        from councilsearch.api.app import create_app

        uvicorn.run(create_app(settings), **common)
        return
    os.environ["COUNCILSEARCH_DATA"] = str(settings.data_dir)  # each process builds its app from the environment
    os.environ["COUNCILSEARCH_EMBEDDER"] = settings.embedder
    uvicorn.run("councilsearch.api.app:create_app_from_env", factory=True, workers=workers, **common)
