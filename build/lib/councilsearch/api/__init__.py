"""The HTTP service: a JSON API (FastAPI) and a search page. Build it with
``councilsearch.api.app.create_app(settings)``; run it with ``councilsearch serve``."""
