"""Bulk extraction jobs: every figure and entity of many documents, with citations, into one
JSONL, CSV or Parquet file.

- ``rows``: the row schema and the unit of work (one document -> its rows, or a failure);
- ``backends``: a process pool, a Dask cluster or this process, mapping the unit of work;
- ``run``: the driver, ``run_extract`` (resumable, streaming, bounded in flight);
- ``export``: the crash-safe writers (JSONL, CSV, Parquet), their ledger, and the reader;
- ``manager``: ``JobManager``, the API's background jobs.
"""
