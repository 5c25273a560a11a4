"""/documents: list, read (metadata, outline, cited text, glossary), upload and delete."""

from __future__ import annotations

import pathlib
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from councilsearch.api.deps import LibraryDep, StoreDep, WriteKey
from councilsearch.api.handlers import error_responses
from councilsearch.api.schemas import (
    DeleteResult,
    DocumentDetail,
    DocumentOut,
    DocumentsPage,
    GlossaryEntry,
    GlossaryResponse,
    OutlineEntry,
    TextSpan,
    UploadResult,
)
from councilsearch.api.uploads import forget_file, ingest_upload, is_upload_path, read_upload
from councilsearch.errors import QueryError
from councilsearch.index.originals import original_file
from councilsearch.jobs.results import view_url

router = APIRouter(prefix="/documents", tags=["documents"])

DocId = Annotated[str, Path(description="A document id, as listed by GET /documents.", max_length=200)]
MAX_SPAN = 100_000

_UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary",
                                 "description": "A PDF, DOCX, HTML or text file (its type is read from its bytes)."},
                        "title": {"type": "string", "maxLength": 500},
                        "council": {"type": "string", "maxLength": 500},
                        "doc_type": {"type": "string", "enum": ["peer_challenge", "progress_review",
                                     "productivity_plan", "agenda", "report", "minutes", "other"]},
                        "date": {"type": "string", "description": "YYYY-MM-DD"},
                        "source": {"type": "string", "maxLength": 500},
                    },
                }
            }
        },
    }
}


@router.get(
    "/{doc_id}/original",
    response_class=FileResponse,
    responses={**error_responses(404, 422), 200: {"description": "The file as it was ingested."}},
    summary="Download the original file",
)
def original(store: StoreDep, doc_id: DocId) -> FileResponse:
    """The file the document was read from (PDF, DOCX, HTML or text), as a download, while it
    is where it was ingested from with the same bytes."""
    path, media_type, name = original_file(store, doc_id)
    return FileResponse(path, media_type=media_type, filename=name, content_disposition_type="attachment")


@router.get("", response_model=DocumentsPage, responses=error_responses(422), summary="List documents")
def list_documents(
    store: StoreDep,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> DocumentsPage:
    """The stored documents, newest first, a page at a time."""
    rows = store.list_documents(offset=offset, limit=limit)
    return DocumentsPage(total=store.count_documents(), offset=offset, limit=limit,
                         documents=[DocumentOut.of(r) for r in rows])


@router.get("/{doc_id}", response_model=DocumentDetail, responses=error_responses(404, 422),
            summary="A document's metadata and outline")
def get_document(store: StoreDep, doc_id: DocId) -> DocumentDetail:
    """Metadata, counts, and the outline: headings and numbered paragraphs with pages."""
    row = store.document_row(doc_id)
    outline = [OutlineEntry.of(s) for s in store.sections(doc_id) if s.kind == "heading" or s.para_no]
    return DocumentDetail(**DocumentOut.of(row).model_dump(), outline=outline)


@router.get("/{doc_id}/text", response_model=TextSpan, responses=error_responses(404, 422),
            summary="A cited span of a document with its context")
def get_text(
    store: StoreDep,
    doc_id: DocId,
    start: Annotated[int, Query(ge=0, description="Start offset into the document text.")] = 0,
    end: Annotated[int | None, Query(ge=0, description="End offset (exclusive); default start + 2,000.")] = None,
    context: Annotated[int, Query(ge=0, le=5000, description="Characters of context either side.")] = 300,
) -> TextSpan:
    """The text of ``[start, end)`` (as cited by a search hit or figure), the context around
    it, the pages it is on and the section holding it."""
    doc = store.get_document(doc_id)
    n = len(doc.text)
    stop = min(n, start + 2000) if end is None else end
    if start > n:
        raise QueryError(f"start {start} is past the end of the document ({n:,} characters)")
    if stop < start:
        raise QueryError(f"end {stop} is before start {start}")
    if stop > n:
        raise QueryError(f"end {stop} is past the end of the document ({n:,} characters)")
    if stop - start > MAX_SPAN:
        raise QueryError(f"the span is {stop - start:,} characters; ask for at most {MAX_SPAN:,} at a time")
    holder = None
    for s in store.sections(doc_id):
        if s.span[0] <= start < s.span[1] or (start == stop == s.span[1]):
            holder = s
            break
    return TextSpan(
        doc_id=doc.id, doc_title=doc.title, start=start, end=stop, text=doc.text[start:stop],
        before=doc.text[max(0, start - context):start], after=doc.text[stop:stop + context],
        pages=list(doc.pages_for((start, stop))), section_path=list(holder.path) if holder else [],
        para_no=holder.para_no if holder else None, doc_length=n, url=view_url(doc.id, (start, stop)),
    )


@router.get("/{doc_id}/glossary", response_model=GlossaryResponse, responses=error_responses(404, 422),
            summary="Acronyms a document defines")
def get_glossary(store: StoreDep, doc_id: DocId) -> GlossaryResponse:
    g = store.glossary(doc_id)
    return GlossaryResponse(doc_id=doc_id, count=len(g),
                            glossary=[GlossaryEntry(acronym=a, expansion=x) for a, x in g.items()])


@router.post(
    "",
    response_model=UploadResult,
    status_code=201,
    responses={200: {"model": UploadResult, "description": "Already stored: the same file was uploaded before."},
               **error_responses(401, 403, 413, 422)},
    openapi_extra=_UPLOAD_BODY,
    summary="Upload and index a document (needs a write API key)",
)
async def upload_document(request: Request, library: LibraryDep, _key: WriteKey) -> JSONResponse:
    """Parse, extract and index one document. The key is checked before the body is read;
    the body is capped (413); the type comes from the bytes; the file is kept as
    ``uploads/<sha256>.<ext>`` whatever the client called it. Ingest runs in a worker thread,
    so searches go on answering meanwhile."""
    upload = await read_upload(request)
    lock = request.app.state.write_lock

    def work() -> Any:
        with lock:
            return ingest_upload(library, upload)

    result, fmt = await run_in_threadpool(work)
    body = UploadResult(
        id=result.doc_id or "", status=result.status, title=result.title, format=fmt, bytes=len(upload.data),
        n_sections=result.n_sections, n_passages=result.n_passages, n_figures=result.n_figures,
        n_entities=result.n_entities, seconds=round(result.seconds, 3), url=f"/documents/{result.doc_id}",
    )
    status = 201 if result.status != "unchanged" else 200
    return JSONResponse(body.model_dump(mode="json"), status_code=status,
                        headers={"Location": f"/documents/{result.doc_id}"})


@router.delete(
    "/{doc_id}",
    response_model=DeleteResult,
    responses=error_responses(401, 403, 404, 422),
    summary="Delete a document (needs a write API key)",
)
async def delete_document(request: Request, library: LibraryDep, _key: WriteKey, doc_id: DocId) -> DeleteResult:
    """Remove a document and everything derived from it from the store and the vector index."""
    lock = request.app.state.write_lock

    def work() -> int:
        with lock:
            source = library.store.document_row(doc_id).source_path
            removed = library.delete(doc_id)
            if is_upload_path(library.data_dir, source):
                forget_file(library, pathlib.Path(source))
            return removed

    removed = await run_in_threadpool(work)
    return DeleteResult(id=doc_id, deleted=True, passages_removed=removed)
