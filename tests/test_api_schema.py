"""Property test of the API against its own OpenAPI schema (schemathesis, from the ASGI app).

Each operation gets generated inputs: 10 valid and 5 invalid; the writes (POST/DELETE
/documents) get them too but with no API key, so they must answer 401 and change nothing.
(schemathesis's pytest plugin does not run under pytest 9, so each operation's strategy is
driven by hypothesis directly.)
Checked: no 5xx, every status documented, every body matching its declared schema."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from councilsearch.api.app import create_app
from councilsearch.config import Settings

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def schema_app(api_settings: Settings):
    app = create_app(api_settings)
    with TestClient(app) as client:  # runs the lifespan: the library is opened once
        before = client.get("/health").json()["counts"]
        yield app
        after = client.get("/health").json()["counts"]
    assert after == before, "a request without a key changed the library"


# the operations, from the schema of an app that has not been started (no index needed)
OPERATIONS = sorted(
    (method.upper(), path, bool(op.get("parameters") or op.get("requestBody")))
    for path, ops in create_app(Settings()).openapi()["paths"].items()
    for method, op in ops.items()
)


@pytest.mark.parametrize(("method", "path", "has_input"), OPERATIONS, ids=[f"{m} {p}" for m, p, _ in OPERATIONS])
def test_operation_conforms_to_its_schema(schema_app, method: str, path: str, has_input: bool):
    operation = schemathesis.openapi.from_asgi("/openapi.json", schema_app)[path][method]
    modes = [(GenerationMode.POSITIVE, 10)] + ([(GenerationMode.NEGATIVE, 5)] if has_input else [])
    for mode, examples in modes:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def check(case) -> None:
            response = case.call_and_validate(checks=CHECKS)
            if method in ("POST", "DELETE"):  # no key was sent: refused before anything is read
                assert response.status_code == 401, response.text

        check()


def test_openapi_documents_every_route_and_the_error_shape(schema_app):
    client = TestClient(schema_app)  # no second lifespan: the module's app is already running
    doc = client.get("/openapi.json").json()
    assert client.get("/docs").status_code == 200
    paths = doc["paths"]
    for path in ("/search", "/figures", "/entities", "/documents", "/documents/{doc_id}",
                 "/documents/{doc_id}/text", "/documents/{doc_id}/glossary", "/health"):
        assert path in paths, path
    assert {"post", "get"} <= set(paths["/documents"]) and "delete" in paths["/documents/{doc_id}"]
    assert "ErrorResponse" in doc["components"]["schemas"]
    for path, ops in paths.items():
        for method, op in ops.items():
            errors = [code for code in op["responses"] if code[0] in "45"]
            assert "500" in errors and "503" in errors, (method, path)
            if op.get("parameters") or op.get("requestBody"):
                assert "422" in errors, (method, path)
            for code in errors:
                ref = op["responses"][code]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorResponse"), (method, path, code)
    assert "apiKey" in doc["components"]["securitySchemes"]
