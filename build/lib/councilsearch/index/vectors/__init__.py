"""Dense vector index: a small ``VectorStore`` protocol and its FAISS implementation.

FAISS holds one L2-normalised vector per passage, keyed by the passage's int64 id
(``IndexIDMap2``), so a score is a cosine similarity. It is derived data: SQLite keeps every
embedding, and ``councilsearch reindex`` rebuilds this index from it.

Modules, by what each owns:

    protocol.py     ``VectorStore``: what search needs from a vector index
    faiss_store.py  ``FaissVectorStore``: the index kind that serves, snapshots, writes, search
    snapshot.py     one immutable index state; ids, slots, bitmaps and removal shared by the kinds
    flat.py         exact search (the ``flat`` kind, and the fallback of the others)
    hnsw.py         the ``hnsw`` kind's graph search and its efSearch calibration
    probes.py       query-like probes: what the approximate kinds' recall is measured with
    sq8.py          the ``sq8`` kind: 8-bit codes scanned, then re-ranked exactly
    ivf.py          the ``ivf`` kind: the nearest lists of 8-bit codes scanned, then re-ranked exactly
    files.py        ``vectors.faiss`` (``coarse.faiss``) and ``manifest.json``: atomic save, checked load
"""
