"""A pure ASGI middleware capping request bodies.

A request whose ``Content-Length`` is over the cap is answered 413 at once, before any of its
body is read. A body sent without a length (chunked) is counted as it streams in: the
message that takes it past the cap raises ``PayloadTooLargeError`` inside whatever is reading
the body, which the error handlers turn into the usual 413 error shape. Either way no more
than the cap (plus one network message) is ever read.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from councilsearch.api.handlers import PayloadTooLargeError, error_body


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = int(max_bytes)

    def _message(self, size: int | None) -> str:
        said = f"{_mb(size)} " if size is not None else ""
        return f"the request body {said}is larger than the {_mb(self.max_bytes)} this server accepts"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    length = None
                break
        if length is not None and length > self.max_bytes:
            body = json.dumps(error_body(PayloadTooLargeError.code, self._message(length))).encode()
            await send({
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")],
            })
            await send({"type": "http.response.body", "body": body})
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise PayloadTooLargeError(self._message(None))
            return message

        await self.app(scope, counted, send)
