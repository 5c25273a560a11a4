"""The request guard: one pure ASGI middleware, outermost, that decides before any work is done.

In order, for every HTTP request:

1. **Security headers** on every response it lets through or makes (HTML and JSON alike):
   a Content-Security-Policy with ``frame-ancestors 'none'``, ``X-Frame-Options: DENY``,
   ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer``. (The server banner
   is switched off where uvicorn is started, in ``api.server``.)
2. **Admission**: a process answers at most ``Settings.max_queue`` requests at once; one more
   gets 503 with ``Retry-After`` at once instead of queueing without bound behind searches.
   ``/health``, the static files and the API docs are never queued or refused, so a load
   balancer's probe answers while the searches wait.
3. **Write keys**: a request that may change something (any method but GET, HEAD, OPTIONS, to
   a route that takes it) must carry a write key; without one it gets 401 (or 403 for a read
   key) before a byte of its body is read or decoded. The routes check again through
   ``deps.WriteKey``. A write to no route is left to the app's 404 or 405.
   **Private reads** (``Settings.private_reads``): every other request but ``/health``, the
   static files and the API docs needs a read or write key too: 401 before any work. A browser
   or a feed reader that cannot send a header gives it once as ``?key=``; a browser then keeps
   it in an HttpOnly cookie for the session, so the pages' own links work.
4. **Body size**: a declared ``Content-Length`` over the route's cap is 413 at once; a body
   sent without one (chunked) is counted as it arrives, and the message that passes the cap
   ends the read: the app sees the client gone, and the client gets 413, never the app's
   reaction to a half body. JSON routes get ``Settings.max_json_bytes``; uploads
   ``Settings.max_upload_bytes``.
5. **Body timeout**: a body that stops arriving for ``Settings.body_timeout_s`` gets 408.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from councilsearch.api.auth import KEY_COOKIE, bearer_token, check_read_key, check_write_key
from councilsearch.config import Settings
from councilsearch.errors import (
    CouncilSearchError,
    OverloadedError,
    PayloadTooLargeError,
    RequestTimeoutError,
)

_COOKIE_SAFE = re.compile(r"[A-Za-z0-9._~+/=-]+")  # a key kept as a cookie value as it is
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
UNQUEUED_PREFIXES = ("/health", "/static/", "/docs", "/redoc", "/openapi.json")
UPLOAD_ROUTES = (("POST", "/documents"),)  # multipart bodies: the upload cap, not the JSON cap

CSP_PAGES = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
CSP_DOCS = (  # Swagger UI and ReDoc set styles inline and ReDoc starts a blob: worker
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
_COMMON_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def security_headers(path: str) -> list[tuple[bytes, bytes]]:
    csp = CSP_DOCS if path.startswith(("/docs", "/redoc")) else CSP_PAGES
    return [(b"content-security-policy", csp.encode()), *_COMMON_HEADERS]


def _with_headers(message: Message, extra: list[tuple[bytes, bytes]]) -> Message:
    names = {name for name, _ in extra}
    kept = [(k, v) for k, v in message.get("headers", ()) if k.lower() not in names and k.lower() != b"server"]
    return {**message, "headers": kept + extra}


@dataclass
class _Refusal:
    status: int
    error: CouncilSearchError


def _status(exc: CouncilSearchError) -> int:
    from councilsearch.api.handlers import status_for

    return status_for(exc)


class RequestGuard:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.in_flight = 0

    # -- the decisions, each a plain function of the request's head ------------------------

    def body_cap(self, method: str, path: str) -> int:
        if (method, path.rstrip("/")) in UPLOAD_ROUTES:
            return int(self.settings.max_upload_bytes)
        return int(self.settings.max_json_bytes)

    def too_large(self, size: int | None, cap: int) -> PayloadTooLargeError:
        said = f"{_size(size)} " if size is not None else ""
        return PayloadTooLargeError(f"the request body {said}is larger than the {_size(cap)} this route accepts")

    def check_key(self, scope: Scope) -> CouncilSearchError | None:
        try:
            check_write_key(bearer_token(_header(scope, b"authorization")), self.settings)
        except CouncilSearchError as exc:
            return exc
        return None

    def check_read(self, scope: Scope) -> tuple[CouncilSearchError | None, str | None]:
        """(refusal, key to keep in a cookie) for a read when reads are private."""
        key = bearer_token(_header(scope, b"authorization"))
        from_query = None
        if key is None:
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            from_query = (query.get("key") or [None])[0]
            key = from_query
        if key is None:
            cookie = SimpleCookie(_header(scope, b"cookie") or "")
            key = cookie[KEY_COOKIE].value if KEY_COOKIE in cookie else None
        try:
            check_read_key(key, self.settings)
        except CouncilSearchError as exc:
            return exc, None
        return None, from_query

    # -- the middleware ------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        method: str = scope.get("method", "GET")
        extra = security_headers(path)
        queued = not path.startswith(UNQUEUED_PREFIXES)
        depth = int(self.settings.max_queue)
        if queued and depth and self.in_flight >= depth:
            retry = int(self.settings.retry_after_s)
            exc: CouncilSearchError = OverloadedError(
                f"the server is busy ({self.in_flight} requests in progress); try again in {retry} s",
                retry_after=retry,
            )
            await self._refuse(send, 503, exc, [*extra, (b"retry-after", str(retry).encode())])
            return
        if method not in SAFE_METHODS and _routes_to_a_write(scope):
            refused = self.check_key(scope)
            if refused is not None:
                await self._refuse(send, _status(refused), refused, [*extra, (b"www-authenticate", b"Bearer")])
                return
        elif self.settings.private_reads and queued:
            refused, keep = self.check_read(scope)
            if refused is not None:
                await self._refuse(send, _status(refused), refused, [*extra, (b"www-authenticate", b"Bearer")])
                return
            if keep is not None and _COOKIE_SAFE.fullmatch(keep):
                cookie = f"{KEY_COOKIE}={keep}; Path=/; HttpOnly; SameSite=Lax"
                extra = [*extra, (b"set-cookie", cookie.encode("latin-1"))]
        cap = self.body_cap(method, path)
        length = _content_length(scope)
        if length is not None and length > cap:
            await self._refuse(send, 413, self.too_large(length, cap), [*extra, (b"connection", b"close")])
            return
        if queued:
            self.in_flight += 1
        try:
            await self._run(scope, receive, send, cap, extra)
        finally:
            if queued:
                self.in_flight -= 1

    async def _run(self, scope: Scope, receive: Receive, send: Send, cap: int, extra: list[tuple[bytes, bytes]]) -> None:
        refusal: _Refusal | None = None
        started = False
        seen = 0
        timeout = float(self.settings.body_timeout_s)

        async def guarded_receive() -> Message:
            nonlocal refusal, seen
            if refusal is not None:
                return {"type": "http.disconnect"}
            try:
                message = await asyncio.wait_for(receive(), timeout)
            except TimeoutError:
                refusal = _Refusal(408, RequestTimeoutError(
                    f"the request body stopped arriving: nothing came for {timeout:g} s"))
                return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > cap:
                    refusal = _Refusal(413, self.too_large(None, cap))
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refusal is not None and not started:
                return  # the app's reaction to a body we cut off: the refusal goes instead
            if message["type"] == "http.response.start":
                started = True
                message = _with_headers(message, extra)
            await send(message)

        try:
            await self.app(scope, guarded_receive, guarded_send)
        except Exception:
            if refusal is None or started:
                raise  # a real failure: the error handlers outside answer it
        if refusal is not None and not started:
            await self._refuse(send, refusal.status, refusal.error, [*extra, (b"connection", b"close")])

    @staticmethod
    async def _refuse(send: Send, status: int, exc: CouncilSearchError, headers: list[tuple[bytes, bytes]]) -> None:
        from councilsearch.api.handlers import error_body

        body = json.dumps(error_body(exc.code, exc.message)).encode()
        await send({
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                        *headers],
        })
        await send({"type": "http.response.body", "body": body})


def _routes_to_a_write(scope: Scope) -> bool:
    """Whether a route of the app takes this method at this path. A write to no route is left
    to the app, which answers 404 or 405 without reading the body either."""
    from starlette.routing import Match

    app = scope.get("app")
    routes = getattr(app, "routes", None)
    if routes is None:
        return True  # no routing table to ask: guard it
    return any(route.matches(scope)[0] == Match.FULL for route in routes)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
