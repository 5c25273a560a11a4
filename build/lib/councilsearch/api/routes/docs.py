"""/docs (Swagger UI) and /redoc, served by the app itself with no CDN.

Council networks are often closed to the internet, and /docs is where people paste their API
key: its scripts come from the ``fastapi-offline`` package's bundled copies (mounted at
``/docs-assets``) and from our own ``static/docs.js``, never from another host. The pages hold
no inline script, so they run under the same Content-Security-Policy as every other page.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

router = APIRouter(include_in_schema=False)

ASSETS_URL = "/docs-assets"


def assets_folder() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).resolve().parent / "static"


def _page(title: str, head: str, body: str) -> str:
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>"
        f"<link rel=\"icon\" href=\"{ASSETS_URL}/favicon.png\">{head}</head><body>{body}</body></html>"
    )


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui() -> HTMLResponse:
    return HTMLResponse(_page(
        "councilsearch API",
        f"<link rel=\"stylesheet\" href=\"{ASSETS_URL}/swagger-ui.css\">",
        f"<div id=\"swagger-ui\"></div><script src=\"{ASSETS_URL}/swagger-ui-bundle.js\"></script>"
        "<script src=\"/static/docs.js\"></script>",
    ))


@router.get("/redoc", response_class=HTMLResponse)
def redoc() -> HTMLResponse:
    return HTMLResponse(_page(
        "councilsearch API (ReDoc)", "",
        f"<redoc spec-url=\"/openapi.json\"></redoc><script src=\"{ASSETS_URL}/redoc.standalone.js\"></script>",
    ))


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.mount(ASSETS_URL, StaticFiles(directory=assets_folder()), name="docs-assets")
