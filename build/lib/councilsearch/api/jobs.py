"""/jobs: bulk extraction jobs over HTTP (a thin layer over ``jobs.manager.JobManager``).

- ``POST /jobs/extract`` (write key): stored document ids and/or a folder on the server's
  allow-list (``COUNCILSEARCH_JOB_FOLDERS``) -> 202 with the job's id and state.
- ``GET /jobs/{id}`` (write key): state, progress and per-document failures.
- ``GET /jobs/{id}/result`` (write key): the finished JSONL, CSV or Parquet file.
- ``POST /jobs/{id}/cancel`` (write key): stop a queued or running job.

Include it with ``app.include_router(councilsearch.api.jobs.router)``. The JobManager is made
on first use and kept on ``app.state.jobs`` (jobs live in ``<data_dir>/jobs/``); an app may
set ``app.state.jobs`` itself first (e.g. with another scheduler or worker count). Job ids are
random 128-bit hex strings.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import Annotated, Literal

import pydantic
from fastapi import APIRouter, Depends, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, computed_field
from starlette.concurrency import run_in_threadpool

from councilsearch.api.deps import LibraryDep, SettingsDep, WriteKey
from councilsearch.api.handlers import error_responses
from councilsearch.config import Settings, available_cpus
from councilsearch.errors import InputError
from councilsearch.jobs import run
from councilsearch.jobs.manager import JobManager, JobStatus, allowed_folder
from councilsearch.pipeline import ParseOptions

router = APIRouter(prefix="/jobs", tags=["jobs"])

_make_lock = threading.Lock()
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
               "parquet": "application/vnd.apache.parquet"}
MAX_DOC_IDS = 500  # with ids of up to 60 characters, inside the 32 KB JSON cap

JobId = Annotated[str, Path(description="A job id, as returned by POST /jobs/extract.", pattern=r"^[0-9a-f]{32}$")]


def get_jobs(request: Request, settings: SettingsDep, library: LibraryDep) -> JobManager:
    jm = getattr(request.app.state, "jobs", None)
    if jm is None:
        with _make_lock:
            jm = getattr(request.app.state, "jobs", None)
            if jm is None:
                # half the CPUs: searches keep running while a job does
                workers = max(1, available_cpus() // 2)
                # the same parse sandbox and limits as ingest and uploads: a hostile file in a job
                # folder is a failure of its own, never a pool worker run out of memory
                jm = JobManager(settings.data_dir / "jobs", store=library.store, workers=workers,
                                options=ParseOptions.of(settings))
                request.app.state.jobs = jm
    return jm  # type: ignore[no-any-return]


JobsDep = Annotated[JobManager, Depends(get_jobs)]


class ExtractJobRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc_ids: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list, max_length=MAX_DOC_IDS, description="Stored document ids (GET /documents)."
    )
    folder: str | None = Field(
        default=None, max_length=4096,
        description="A folder on the server, inside one of its job folders (COUNCILSEARCH_JOB_FOLDERS).",
    )
    format: Literal["jsonl", "csv", "parquet"] = "jsonl"


# The job schemas are the runner's records (jobs.run.JobProgress, jobs.manager.JobStatus,
# jobs.rows.Failure) served as they are: these subclasses add only what HTTP needs.


@pydantic.dataclasses.dataclass
class JobProgress(run.JobProgress):
    """How far the job has got, and its rate in documents a second."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def docs_per_s(self) -> float:
        return round(super().docs_per_s, 3)


@pydantic.dataclasses.dataclass(frozen=True, kw_only=True)
class JobOut(JobStatus):
    """A job's state, progress and failures, and where to fetch its result."""

    error: str | None = Field(description="Why the whole job failed (per-document failures are in `failures`).")
    progress: JobProgress
    result_url: str | None = Field(default=None, description="Where to fetch the file, once the state is done.")

    @classmethod
    def of(cls, s: JobStatus) -> JobOut:
        mine = {f.name: getattr(s, f.name) for f in dataclasses.fields(s)}
        return cls(**{**mine, "progress": JobProgress(**dataclasses.asdict(s.progress)),
                      "result_url": f"/jobs/{s.id}/result" if s.result_ready else None})


def _parse_request(raw: bytes) -> ExtractJobRequest:
    try:
        return ExtractJobRequest.model_validate_json(raw or b"{}")
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e.get("loc", ()))} for e in exc.errors()]) from None


def _submit(raw: bytes, jobs: JobManager, settings: Settings) -> JobOut:
    body = _parse_request(raw)
    if not body.doc_ids and not body.folder:
        raise InputError("name the documents: give `doc_ids` (stored document ids), a `folder`, or both")
    paths = [allowed_folder(body.folder, settings.job_folders)] if body.folder else []
    job_id = jobs.submit(paths, doc_ids=body.doc_ids, fmt=body.format)
    return JobOut.of(jobs.get(job_id).status())


@router.post("/extract", response_model=JobOut, status_code=202, responses=error_responses(401, 403, 404, 413, 422),
             summary="Start a bulk extraction job", openapi_extra={"requestBody": {
                 "required": True, "content": {"application/json": {"schema": ExtractJobRequest.model_json_schema()}}}})
async def submit_extract(request: Request, jobs: JobsDep, settings: SettingsDep, _key: WriteKey) -> JobOut:
    """Every figure and entity of the chosen documents, with citations, into one file (one row
    per figure or entity, `row_type` says which). Returns at once; poll `GET /jobs/{id}`.

    The body is JSON of at most a few KB (the server caps it at 32 KB: for more documents,
    give a folder); it is read only after the key is checked, and decoded off the event loop."""
    raw = await request.body()
    return await run_in_threadpool(_submit, raw, jobs, settings)


@router.get("/{job_id}", response_model=JobOut, responses=error_responses(401, 403, 404, 422),
            summary="A job's state, progress and failures")
def get_job(job_id: JobId, jobs: JobsDep, _key: WriteKey) -> JobOut:
    return JobOut.of(jobs.get(job_id).status())


@router.get("/{job_id}/result", responses={200: {"description": "The extracted rows as JSONL, CSV or Parquet.",
                                                 "content": {t: {} for t in MEDIA_TYPES.values()}},
                                           **error_responses(401, 403, 404, 422)},
            response_class=FileResponse, summary="A finished job's file")
def get_result(job_id: JobId, jobs: JobsDep, _key: WriteKey) -> FileResponse:
    """422 while the job is queued or running (poll `GET /jobs/{id}` until `result_url` is set)."""
    path = jobs.result_path(job_id)
    fmt = jobs.get(job_id).format
    return FileResponse(path, media_type=MEDIA_TYPES[fmt], filename=f"extract-{job_id}.{fmt}")


@router.post("/{job_id}/cancel", response_model=JobOut, responses=error_responses(401, 403, 404, 422),
             summary="Cancel a job")
def cancel_job(job_id: JobId, jobs: JobsDep, _key: WriteKey) -> JobOut:
    """A queued job never starts; a running one stops after the document it is on (what is
    written so far stays in its folder)."""
    return JobOut.of(jobs.cancel(job_id).status())
