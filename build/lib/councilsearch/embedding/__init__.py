"""Int8 sentence embeddings: a reproducible export of the packaged model (``export``, checked
and cached by ``cache``) and a torch-free ``Int8Embedder`` with the contract of
``councilsearch.index.embed.Embedder`` (``int8``).

Importing this package imports neither torch nor sentence-transformers.
"""

from councilsearch.embedding.cache import default_cache_dir
from councilsearch.embedding.export import BACKENDS, ensure_export
from councilsearch.embedding.int8 import Int8Embedder, get_int8_embedder

__all__ = ["BACKENDS", "Int8Embedder", "default_cache_dir", "ensure_export", "get_int8_embedder"]
