"""One JSON error shape for every error the API returns::

    {"error": {"code": "bad_query", "message": "…for a person…", "detail": null}}

councilsearch errors map to a status by class (InputError 422, NotFoundError 404, AuthError
401, ForbiddenError 403, IndexError_ and OverloadedError 503, PayloadTooLargeError 413,
RequestTimeoutError 408); request validation is
422; Starlette's HTTP errors (unknown route 404, wrong method 405) keep their status; anything
else is a 500 whose body says nothing about the code (the traceback goes to the log only).
The search page's own routes get the same errors as an HTML page instead.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from councilsearch.errors import (
    AuthError,
    CouncilSearchError,
    ForbiddenError,
    IndexError_,
    InputError,
    NotFoundError,
    OverloadedError,
    PayloadTooLargeError,
    RequestTimeoutError,
)

log = logging.getLogger("councilsearch.api")


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "too_many_requests",
}

PAGE_PREFIXES = ("/view/", "/figures/view")


def status_for(exc: CouncilSearchError) -> int:
    if isinstance(exc, PayloadTooLargeError):
        return 413
    if isinstance(exc, RequestTimeoutError):
        return 408
    if isinstance(exc, OverloadedError):
        return 503
    if isinstance(exc, ForbiddenError):
        return 403
    if isinstance(exc, AuthError):
        return 401
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, IndexError_):
        return 503
    return 500


def error_body(code: str, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "detail": detail}}


def _is_page(request: Request) -> bool:
    path = request.url.path
    return request.method in ("GET", "HEAD") and (path == "/" or path.startswith(PAGE_PREFIXES))


def _respond(
    request: Request, status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
) -> Response:
    if _is_page(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(
                request, "error.html", {"status": status, "code": code, "message": message, "active": ""},
                status_code=status, headers=headers,
            )
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status, headers=headers)  # pragma: no cover
    return JSONResponse(error_body(code, message, detail), status_code=status, headers=headers)


def _jsonable_detail(detail: object) -> Any:
    if detail is None or isinstance(detail, (str, int, float, bool)):
        return detail
    if isinstance(detail, dict):
        return {str(k): _jsonable_detail(v) for k, v in detail.items()}
    if isinstance(detail, (list, tuple)):
        return [_jsonable_detail(v) for v in detail]
    return str(detail)


async def councilsearch_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, CouncilSearchError)
    status = status_for(exc)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if isinstance(exc, OverloadedError):
        headers = {"Retry-After": str(exc.retry_after)}
    if status >= 500:
        log.warning("%s %s -> %d %s: %s", request.method, request.url.path, status, exc.code, exc.message)
    return _respond(request, status, exc.code, exc.message, _jsonable_detail(exc.detail), headers)


def _loc(loc: Sequence[object]) -> str:
    parts = [str(x) for x in loc if x not in ("query", "path", "body", "header")]
    return ".".join(parts) or "request"


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        for e in exc.errors()
    ]
    if errors:
        first = exc.errors()[0]
        message = f"{_loc(first.get('loc', ()))}: {first.get('msg', 'invalid value')}"
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    else:  # pragma: no cover
        message = "the request is not valid"
    return _respond(request, 422, "invalid_request", message, errors)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    code = _HTTP_CODES.get(status, "http_error")
    if status == 404:
        message = f"nothing here: {request.url.path} is not a page or endpoint of this service"
    elif status == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    else:
        message = str(exc.detail) if exc.detail else code.replace("_", " ")
    headers = dict(exc.headers) if exc.headers else None
    return _respond(request, status, code, message, None, headers)


async def unexpected_error(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return _respond(
        request, 500, "internal_error",
        "something went wrong on the server; the error has been logged. Try again, or report it if it persists.",
    )


async def client_gone(request: Request, exc: Exception) -> Response:
    """The client left (or the request guard cut its body off): nobody reads this answer."""
    return Response(status_code=400)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ClientDisconnect, client_gone)
    app.add_exception_handler(CouncilSearchError, councilsearch_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected_error)


_DESCRIPTIONS = {
    401: "No API key, or an unknown one (send `Authorization: Bearer <key>`).",
    403: "The API key may read but not write.",
    404: "No such document.",
    408: "The request body stopped arriving.",
    413: "The request body is larger than the server accepts.",
    422: "Invalid input: a query, filter or parameter, or a document that cannot be read.",
    500: "Unexpected server error.",
    503: "The index is not loaded, or the server is busy (see Retry-After).",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries documenting the error shape for ``statuses``."""
    from councilsearch.api.schemas import ErrorResponse

    return {s: {"model": ErrorResponse, "description": _DESCRIPTIONS.get(s, "Error.")} for s in (*statuses, 500, 503)}
