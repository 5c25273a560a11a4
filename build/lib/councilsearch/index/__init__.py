"""Indexing: the SQLite store, passage embeddings (``embed``) and the FAISS vector index
(``vectors``). The vector index is derived data and can always be rebuilt from the store."""
