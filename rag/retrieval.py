"""Hybrid retrieval: dense search in Chroma plus BM25 over the same chunks, fused by reciprocal rank.

:class:`HybridRetriever` is a LangChain retriever, so it composes with the rest
of that ecosystem; the answering chain calls its typed :meth:`~HybridRetriever.fuse`.
Where every sentence's embedding is in memory (a small corpus), a :class:`SentenceSearch`
adds the chunks of the sentences closest to the question that the chunk searches missed:
a chunk's vector blends several sentences, so one sentence that says it in other words
("leaders of four major conglomerates" for "which companies went with Yoon") can be lost.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from index import Chunk

from .text import terms

__all__ = ["KeywordIndex", "HybridRetriever", "FusedChunk", "SentenceSearch"]

_FILTERED_DEPTH = 4  # a keyword search kept to some articles looks this many times deeper, then keeps theirs


class KeywordIndex:
    """BM25 (the bm25s library) over chunks, on Snowball-stemmed terms; also the corpus's term statistics."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        import bm25s

        self.chunks = list(chunks)
        corpus = [terms(c.text) for c in self.chunks]
        self.document_frequency = Counter(t for doc in corpus for t in set(doc))
        by_source: dict[str, set[str]] = {}
        for chunk, doc in zip(self.chunks, corpus, strict=True):
            by_source.setdefault(chunk.source, set()).update(doc)
        self.articles = len(by_source)
        self.article_frequency = Counter(t for found in by_source.values() for t in found)  # articles with the term
        self._bm25 = bm25s.BM25()
        if self.chunks:
            self._bm25.index(corpus, show_progress=False)

    def __len__(self) -> int:
        return len(self.chunks)

    def idf(self, term: str) -> float:
        """Inverse document frequency (BM25's); a term the corpus lacks gets the highest value."""
        n = len(self.chunks)
        df = self.document_frequency.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def knows(self, term: str) -> bool:
        return term in self.document_frequency

    def search(self, query: str, k: int) -> list[tuple[Chunk, float]]:
        known = [t for t in terms(query) if self.knows(t)]
        if not known or not self.chunks:
            return []
        scores = self._bm25.get_scores(known)
        order = sorted(range(len(scores)), key=lambda i: -scores[i])[:k]
        return [(self.chunks[i], float(scores[i])) for i in order if scores[i] > 0]


class SentenceSearch:
    """Exact cosine search over the sentences of the chunks (their vectors already in memory): the chunks
    that hold the sentences closest to a query vector."""

    def __init__(self, chunks: Sequence[Chunk], vector: Callable[[str], Any], kinds: Sequence[str]) -> None:
        holders: dict[str, list[Chunk]] = {}
        for c in chunks:
            for s in c.sentences:
                if s.kind in kinds:
                    holders.setdefault(s.text, []).append(c)
        self._texts = list(holders)
        self._holders = [holders[t] for t in self._texts]
        self._matrix = np.stack([vector(t) for t in self._texts]) if self._texts else np.zeros((0, 1), np.float32)

    def search(self, query_vector: Sequence[float], k: int) -> list[tuple[Chunk, float]]:
        if not self._texts or k <= 0:
            return []
        scores = self._matrix @ np.asarray(query_vector, dtype=np.float32)
        order = np.argsort(-scores)[:k]
        return [(c, float(scores[i])) for i in order for c in self._holders[i]]


@dataclass(frozen=True)
class FusedChunk:
    chunk: Chunk
    score: float  # reciprocal-rank fusion score
    dense_score: float | None  # cosine similarity, when the embedding search found it
    keyword_score: float | None  # BM25 score, when the keyword search found it


class HybridRetriever(BaseRetriever):
    """Reciprocal-rank fusion of ``index.search`` (embeddings) and :class:`KeywordIndex` (BM25)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Any
    keyword: Any
    dense_k: int = 12
    keyword_k: int = 12
    k: int = 8
    rrf_k: int = 60
    sentences: Any = None  # a SentenceSearch, where every sentence's vector is in memory
    sentence_k: int = 4

    def fuse(
        self, query: str, *, query_vector: list[float] | None = None, widen: int = 1,
        sources: Collection[str] | None = None,
    ) -> list[FusedChunk]:
        """The best chunks for ``query`` by both searches; ``widen`` multiplies every depth (for questions
        that need every source, such as comparisons); ``sources``, where given, are the only articles searched
        ("summarize the Antiwar.com piece")."""
        dense_k, keyword_k = self.dense_k * widen, self.keyword_k * widen
        where = None if sources is None else {"source": {"$in": sorted(sources)}}
        dense = self.index.search_by_vector(query_vector, k=dense_k, where=where) if query_vector is not None else (
            self.index.search(query, k=dense_k, where=where)
        )
        if sources is None:
            keyword = self.keyword.search(query, keyword_k)
        else:  # BM25 has no filter: the best of the articles asked about, from a deeper list
            keyword = [h for h in self.keyword.search(query, keyword_k * _FILTERED_DEPTH)
                       if h[0].source in sources][:keyword_k]
        table: dict[tuple[str, int, int], dict[str, Any]] = {}
        for rank, hit in enumerate(dense):
            entry = table.setdefault((hit.chunk.source, hit.chunk.start, hit.chunk.end), {"chunk": hit.chunk})
            entry["dense"] = hit.score
            entry["rrf"] = entry.get("rrf", 0.0) + 1.0 / (self.rrf_k + rank + 1)
        for rank, (chunk, score) in enumerate(keyword):
            entry = table.setdefault((chunk.source, chunk.start, chunk.end), {"chunk": chunk})
            entry["keyword"] = score
            entry["rrf"] = entry.get("rrf", 0.0) + 1.0 / (self.rrf_k + rank + 1)
        fused = [
            FusedChunk(e["chunk"], e["rrf"], e.get("dense"), e.get("keyword"))
            for e in sorted(table.values(), key=lambda e: -e["rrf"])
        ]
        fused = fused[: self.k * widen]
        if self.sentences is not None and query_vector is not None:
            # The chunks of the closest sentences, after the fused ones: their sentences are judged with the rest.
            seen = {(f.chunk.source, f.chunk.start, f.chunk.end) for f in fused}
            for chunk, score in self.sentences.search(query_vector, self.sentence_k * widen):
                key = (chunk.source, chunk.start, chunk.end)
                if key not in seen and (sources is None or chunk.source in sources):
                    seen.add(key)
                    fused.append(FusedChunk(chunk, 0.0, score, None))
        return fused

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [
            Document(
                page_content=f.chunk.text,
                metadata={
                    "source": f.chunk.source, "start": f.chunk.start, "end": f.chunk.end, "score": f.score,
                    "dense_score": f.dense_score, "keyword_score": f.keyword_score,
                },
            )
            for f in self.fuse(query)
        ]
