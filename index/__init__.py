"""newsqa's index layer: articles in, a searchable Chroma index out.

Importing this package is cheap: it loads no model and opens no database.
Work happens when a :class:`NewsIndex` is used.

    from index import IndexSettings, NewsIndex, from_env
    idx = NewsIndex(from_env(IndexSettings))
    idx.build()                    # mirror the settings' source folder
    idx.search("GSOMIA", k=5)      # chunks with exact spans
"""

from .documents import Article, Block, Chunk, Sentence, parse_article, read_article
from .embeddings import LocalEmbeddings
from .errors import (
    BuildLockedError,
    EmbeddingModelError,
    IndexNotFoundError,
    ModelMismatchError,
    NewsIndexError,
    SettingsError,
    SourceError,
    SourceFolderError,
    StoreUnavailableError,
)
from .segment import chunk_article, make_chunks, sentence_spans, split_sentences
from .settings import IndexSettings, describe, from_env
from .store import ArticleInfo, BuildReport, IndexStatus, NewsIndex, SearchHit

__all__ = [
    "Article",
    "ArticleInfo",
    "Block",
    "BuildLockedError",
    "BuildReport",
    "Chunk",
    "EmbeddingModelError",
    "IndexNotFoundError",
    "IndexSettings",
    "IndexStatus",
    "LocalEmbeddings",
    "ModelMismatchError",
    "NewsIndex",
    "NewsIndexError",
    "SearchHit",
    "Sentence",
    "SettingsError",
    "SourceError",
    "SourceFolderError",
    "StoreUnavailableError",
    "chunk_article",
    "describe",
    "from_env",
    "make_chunks",
    "parse_article",
    "read_article",
    "sentence_spans",
    "split_sentences",
]
