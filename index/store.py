"""The Chroma index of articles: building it (idempotent, incremental, crash-safe) and reading it.

Two collections live in Chroma, embedded (a folder) or on a Chroma server:

* ``NAME`` holds the chunks: the chunk text, its embedding, and metadata
  (source, span, sentence spans, article metadata, the article version).
* ``NAME-articles`` holds each article's full text (the text every offset
  refers to) with its metadata; its vector is the mean of its chunks' vectors.

How a build stays safe when it is killed half-way. The chunks collection's
metadata holds the *manifest*: which version of each source is committed, and
a ``dirty`` flag. A build (1) sets ``dirty``, (2) writes the new versions'
chunks and articles beside the old ones (ids are derived from content, so the
versions never collide), (3) commits by writing the new manifest in one
metadata update, (4) deletes what the manifest no longer names, and (5) clears
``dirty``. While ``dirty`` is set, readers only see records whose version the
manifest names, so a build that dies anywhere leaves the index answering from
the old data (before step 3) or the new (after it), never a mix. The next build
finds ``dirty`` set, reuses what the dead build already embedded, and finishes.

Reading goes through ``langchain_chroma.Chroma``; writing uses the underlying
Chroma collection, because a build stores vectors it computed or reused itself
and updates the manifest, which the LangChain wrapper has no call for.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .documents import SUPPORTED_SUFFIXES, Article, Block, Chunk, Sentence, read_article
from .embeddings import LocalEmbeddings
from .errors import (
    BuildLockedError,
    IndexNotFoundError,
    ModelMismatchError,
    NewsIndexError,
    SourceError,
    SourceFolderError,
    StoreUnavailableError,
)
from .lexicon import proper_names
from .segment import SEGMENTER_VERSION, chunk_article
from .settings import IndexSettings

__all__ = ["NewsIndex", "BuildReport", "IndexStatus", "ArticleInfo", "SearchHit"]

SCHEMA_VERSION = 1
_UPSERT_BATCH = 256
_EMBED_GROUP = 1024  # chunks embedded, then written, at a time: bounds memory on big builds
# Up to this many chunks, a search compares the query with every chunk instead of walking Chroma's HNSW graph:
# after records are deleted and re-added, that graph can leave live records unreachable (chroma-core/chroma
# #4275, #7758; seen here as an updated article's new chunk missing from every result). Reading a small
# collection's vectors is cheap; a big one keeps the approximate index.
_EXACT_UP_TO = 1000


@dataclass(frozen=True)
class SearchHit:
    """A chunk found by a search, with its cosine similarity to the query (higher is closer)."""

    chunk: Chunk
    score: float
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleInfo:
    source: str
    title: str | None
    date: str | None
    outlet: str | None
    author: str | None
    chunks: int
    content_hash: str

    @property
    def label(self) -> str:
        return self.title or self.outlet or self.source


@dataclass(frozen=True)
class IndexStatus:
    location: str
    collection: str
    embedding_model: str
    articles: tuple[ArticleInfo, ...]
    chunks: int
    pending: bool  # an interrupted build left work that the next build finishes
    built_at: str | None

    def summary(self) -> str:
        lines = [
            f"Index: {self.location} (collection {self.collection!r})",
            f"Embedding model: {self.embedding_model}",
            f"Articles: {len(self.articles)}   Chunks: {self.chunks}   Last build: {self.built_at or 'never'}",
        ]
        if self.pending:
            lines.append("Note: a build was interrupted; the index answers from the last complete build. "
                         "Run `python -m index build` to finish it.")
        for a in self.articles:
            extra = ", ".join(x for x in (a.outlet, a.date) if x and x != a.label)
            lines.append(f"  {a.source}  {a.chunks:>4} chunks  {a.label}" + (f"  ({extra})" if extra else ""))
        return "\n".join(lines)


@dataclass
class BuildReport:
    """What a build did. ``ok`` is False when some file could not be indexed."""

    files: int = 0
    chunks: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    embedded: int = 0
    reused: int = 0
    resumed: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.resumed)

    def summary(self) -> str:
        lines = [
            f"files: {self.files}  chunks: {self.chunks}  added: {len(self.added)}  updated: {len(self.updated)}  "
            f"removed: {len(self.removed)}  unchanged: {len(self.unchanged)}  failed: {len(self.failed)}  "
            f"seconds: {self.seconds:.2f}",
            f"chunks embedded: {self.embedded}  chunk embeddings reused: {self.reused}",
        ]
        if self.resumed:
            lines.append("finished the work of an interrupted build")
        lines += [f"skipped {name}: not a .txt, .md or .html file" for name in self.skipped]
        lines += [f"error: {name}: {reason}" for name, reason in self.failed]
        return "\n".join(lines)


def _digest(*parts: str, size: int = 32) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:size]


class NewsIndex:
    """The index of one collection of articles. Opening it does no work; calls connect lazily.

    ``embeddings`` and ``client`` can be passed in (tests, or a caller that
    shares them); by default they are made from ``settings``.
    """

    def __init__(self, settings: IndexSettings, *, embeddings: Any = None, client: Any = None) -> None:
        self.settings = settings
        self.embeddings = embeddings or LocalEmbeddings(
            settings.embedding_model, batch_size=settings.embedding_batch_size
        )
        self._client_obj = client
        self._vectorstore: Any = None

    # ------------------------------------------------------------------ connection

    @property
    def articles_collection_name(self) -> str:
        return f"{self.settings.collection}-articles"

    def _client(self) -> Any:
        if self._client_obj is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            s = self.settings
            try:
                if s.uses_server:
                    client = chromadb.HttpClient(host=s.chroma_host, port=s.chroma_port, settings=chroma_settings)
                    client.heartbeat()
                else:
                    s.index_dir.mkdir(parents=True, exist_ok=True)
                    client = chromadb.PersistentClient(path=str(s.index_dir), settings=chroma_settings)
            except NewsIndexError:
                raise
            except Exception as exc:
                raise StoreUnavailableError(f"Cannot open the index at {s.location}: {exc}") from exc
            self._client_obj = client
        return self._client_obj

    def _embedded_index_missing(self) -> bool:
        return not self.settings.uses_server and not (self.settings.index_dir / "chroma.sqlite3").exists()

    def _collections(self, *, create: bool = False) -> tuple[Any, Any]:
        """(chunks, articles) collections; checks the schema and the embedding model."""
        chunks = self._chunks_collection(create=create)
        articles = self._client().get_or_create_collection(
            self.articles_collection_name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
        )
        return chunks, articles

    def _chunks_collection(self, *, create: bool = False) -> Any:
        """The chunks collection, with fresh metadata (the manifest); checks the schema and the model."""
        if not create and self._embedded_index_missing():
            raise IndexNotFoundError(
                f"There is no index at {self.settings.location} yet. Build it with `python -m index build`."
            )
        client = self._client()
        name = self.settings.collection
        try:
            chunks = client.get_collection(name)
        except Exception as exc:
            if not create:
                if _is_not_found(exc):
                    raise IndexNotFoundError(
                        f"There is no collection {name!r} at {self.settings.location} yet. "
                        "Build it with `python -m index build`."
                    ) from None
                raise StoreUnavailableError(f"Cannot read the index at {self.settings.location}: {exc}") from exc
            chunks = client.get_or_create_collection(
                name,
                metadata=self._collection_metadata({}, dirty=False, built_at=""),
                configuration={"hnsw": {"space": "cosine"}},
                embedding_function=None,
            )
        self._check_model(chunks.metadata or {})
        return chunks

    def _check_model(self, meta: dict[str, Any]) -> None:
        built_with = meta.get("embedding_model")
        wanted = self.settings.embedding_model
        if built_with and built_with != wanted:
            raise ModelMismatchError(
                f"The index at {self.settings.location} was built with the embedding model {built_with!r}, "
                f"but the settings ask for {wanted!r}. Vectors from different models cannot be compared: "
                f"set NEWSQA_EMBEDDING_MODEL={built_with!r}, point NEWSQA_INDEX_DIR at another folder, or "
                "rebuild with `python -m index build --rebuild`."
            )
        if meta.get("newsqa_schema", SCHEMA_VERSION) != SCHEMA_VERSION:
            raise ModelMismatchError(
                f"The index at {self.settings.location} was made by another version of newsqa. "
                "Rebuild it with `python -m index build --rebuild`."
            )

    def _chunking_signature(self) -> str:
        s = self.settings
        return f"seg{SEGMENTER_VERSION}/size{s.chunk_size}/overlap{s.chunk_overlap}"

    def _collection_metadata(self, sources: dict[str, str], *, dirty: bool, built_at: str) -> dict[str, Any]:
        return {
            "newsqa_schema": SCHEMA_VERSION,
            "embedding_model": self.settings.embedding_model,
            "chunking": self._chunking_signature(),
            "manifest": json.dumps(sources, sort_keys=True),
            "dirty": dirty,
            "built_at": built_at,
        }

    @staticmethod
    def _manifest(collection: Any) -> tuple[dict[str, str], bool]:
        meta = collection.metadata or {}
        return json.loads(meta.get("manifest") or "{}"), bool(meta.get("dirty"))

    def _version(self, article: Article) -> str:
        return _digest(article.content_hash, self._chunking_signature(), size=16)

    # ------------------------------------------------------------------ reading

    def exists(self) -> bool:
        """True when an index (possibly empty) exists where the settings point."""
        try:
            self._chunks_collection()
        except IndexNotFoundError:
            return False
        return True

    def vectorstore(self) -> Any:
        """The chunks as a ``langchain_chroma.Chroma`` vector store (for LangChain retrievers)."""
        if self._vectorstore is None:
            from langchain_chroma import Chroma

            self._chunks_collection()  # raises the helpful errors first
            self._vectorstore = Chroma(
                client=self._client(),
                collection_name=self.settings.collection,
                embedding_function=self.embeddings,
                create_collection_if_not_exists=False,
            )
        return self._vectorstore

    def _visible_filter(self, chunks: Any) -> dict[str, Any] | None:
        """While a build is unfinished (``chunks``, the collection, says so), only the committed versions may be read."""
        if not (chunks.metadata or {}).get("dirty"):
            return None
        sources, _ = self._manifest(chunks)
        return {"version": {"$in": sorted(set(sources.values())) or ["-"]}}

    def search(self, query: str, k: int = 8, *, where: dict[str, Any] | None = None) -> list[SearchHit]:
        """The ``k`` chunks closest in meaning to ``query``."""
        if not query.strip():
            return []
        return self.search_by_vector(self.embeddings.embed_query(query), k=k, where=where)

    def search_by_vector(
        self, vector: list[float], k: int = 8, *, where: dict[str, Any] | None = None
    ) -> list[SearchHit]:
        """The ``k`` chunks closest to an already embedded query."""
        store = self.vectorstore()
        collection = self._chunks_collection()  # read on every search: a build elsewhere may have begun
        filters = [f for f in (self._visible_filter(collection), where) if f]
        flt = filters[0] if len(filters) == 1 else ({"$and": filters} if filters else None)
        if collection.count() <= _EXACT_UP_TO:
            return _exact_search(collection, vector, k, flt)
        results = store.similarity_search_by_vector_with_relevance_scores(vector, k=k, filter=flt)
        return [
            SearchHit(chunk=_chunk_from_record(doc.page_content, doc.metadata), score=1.0 - distance,
                      metadata=dict(doc.metadata))
            for doc, distance in results
        ]

    def chunks(self) -> list[Chunk]:
        """Every committed chunk, in source then position order (for keyword search)."""
        collection = self._chunks_collection()
        sources, _dirty = self._manifest(collection)
        committed = set(sources.values())
        records = collection.get(include=["documents", "metadatas"])
        out = [
            _chunk_from_record(doc, meta)
            for doc, meta in zip(records["documents"], records["metadatas"])
            if meta.get("version") in committed
        ]
        return sorted(out, key=lambda c: (c.source, c.start, c.end))

    def article(self, source: str) -> Article:
        """The committed article ``source``, with the full text its offsets refer to."""
        chunks, articles = self._collections()
        sources, _ = self._manifest(chunks)
        if source not in sources:
            raise SourceError(source, "is not in the index")
        got = articles.get(ids=[_digest(source, sources[source])], include=["documents", "metadatas"])
        if not got["ids"]:
            raise StoreUnavailableError(f"The index has no text for {source}; rebuild it.")
        return _article_from_record(got["documents"][0], got["metadatas"][0])

    def articles(self) -> list[Article]:
        """Every committed article, sorted by source."""
        chunks, articles = self._collections()
        sources, _ = self._manifest(chunks)
        if not sources:
            return []
        got = articles.get(ids=[_digest(s, v) for s, v in sources.items()], include=["documents", "metadatas"])
        return sorted(
            (_article_from_record(d, m) for d, m in zip(got["documents"], got["metadatas"])),
            key=lambda a: a.source,
        )

    def status(self) -> IndexStatus:
        chunks, articles = self._collections()
        sources, dirty = self._manifest(chunks)
        infos: list[ArticleInfo] = []
        if sources:
            got = articles.get(ids=[_digest(s, v) for s, v in sources.items()], include=["metadatas"])
            for meta in got["metadatas"]:
                infos.append(
                    ArticleInfo(
                        source=meta["source"], title=meta.get("title"), date=meta.get("date"),
                        outlet=meta.get("outlet"), author=meta.get("author"), chunks=int(meta.get("chunks", 0)),
                        content_hash=meta.get("content_hash", ""),
                    )
                )
        infos.sort(key=lambda a: a.source)
        return IndexStatus(
            location=self.settings.location,
            collection=self.settings.collection,
            embedding_model=(chunks.metadata or {}).get("embedding_model", self.settings.embedding_model),
            articles=tuple(infos),
            chunks=sum(a.chunks for a in infos),
            pending=dirty,
            built_at=(chunks.metadata or {}).get("built_at") or None,
        )

    # ------------------------------------------------------------------ writing

    def build(self, folder: Path | None = None, *, rebuild: bool = False, show_progress: bool = False) -> BuildReport:
        """Make the index mirror ``folder`` (default: the settings' source folder) and the uploads folder.

        New files are added, changed ones replaced, and files no longer in the
        folders removed. A file that cannot be read is reported in
        ``report.failed``; its previous version, if any, stays indexed. An
        upload named like an article of ``folder`` is reported, not indexed.
        """
        folder = Path(folder or self.settings.source_dir)
        if not folder.is_dir():
            raise SourceFolderError(f"The folder of articles {str(folder)!r} does not exist or is not a folder.")
        started = time.perf_counter()
        report = BuildReport()
        articles: dict[str, Article] = {}
        uploads = self.settings.uploads
        roots = [folder] + ([uploads] if uploads.is_dir() and uploads.resolve() != folder.resolve() else [])
        for root in roots:
            for path in _article_files(root, report):
                report.files += 1
                try:
                    article = read_article(path, root=root, max_bytes=self.settings.max_file_bytes)
                except SourceError as exc:
                    report.failed.append((exc.path, exc.reason))
                    continue
                if article.source in articles:
                    report.failed.append((article.source, f"is also in {folder}; the upload was not indexed"))
                    continue
                articles[article.source] = article
        keep = {name for name, _ in report.failed}
        return self._apply(articles, mirror=True, keep=keep, rebuild=rebuild, report=report,
                           started=started, show_progress=show_progress)

    def add(self, paths: Sequence[Path], *, show_progress: bool = False) -> BuildReport:
        """Add or update the given files (named by file name), leaving every other article as it is."""
        started = time.perf_counter()
        report = BuildReport()
        articles: dict[str, Article] = {}
        for path in paths:
            report.files += 1
            try:
                article = read_article(Path(path), max_bytes=self.settings.max_file_bytes)
            except SourceError as exc:
                report.failed.append((exc.path, exc.reason))
                continue
            articles[article.source] = article
        return self._apply(articles, mirror=False, keep=set(), rebuild=False, report=report,
                           started=started, show_progress=show_progress)

    def remove(self, sources: Iterable[str]) -> BuildReport:
        """Remove the named sources from the index."""
        started = time.perf_counter()
        wanted = set(sources)
        chunks = self._chunks_collection()
        current, _ = self._manifest(chunks)
        missing = sorted(wanted - set(current))
        if missing:
            raise SourceError(", ".join(missing), "is not in the index")
        return self._apply({}, mirror=False, keep=set(), rebuild=False, report=BuildReport(), started=started,
                           show_progress=False, drop=wanted)

    @contextlib.contextmanager
    def _build_lock(self) -> Iterator[None]:
        if self.settings.uses_server:  # a server serialises writes itself; no shared folder to lock
            yield
            return
        self.settings.index_dir.mkdir(parents=True, exist_ok=True)
        with open(self.settings.index_dir / ".build.lock", "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise BuildLockedError(
                    f"Another build is writing the index at {self.settings.location}; wait for it to finish."
                ) from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _apply(
        self,
        articles: dict[str, Article],
        *,
        mirror: bool,
        keep: set[str],
        rebuild: bool,
        report: BuildReport,
        started: float,
        show_progress: bool,
        drop: set[str] | None = None,
    ) -> BuildReport:
        with self._build_lock():
            if rebuild:
                self._drop_collections()
            chunks_col, articles_col = self._collections(create=True)
            committed, dirty = self._manifest(chunks_col)
            versions = {s: self._version(a) for s, a in articles.items()}

            report.added = sorted(s for s in articles if s not in committed)
            report.updated = sorted(s for s in articles if s in committed and committed[s] != versions[s])
            report.unchanged = sorted(s for s in articles if committed.get(s) == versions[s])
            if mirror:
                gone = set(committed) - set(articles) - keep
            else:
                gone = set(drop or ())
            report.removed = sorted(gone)
            report.resumed = dirty

            target = {s: v for s, v in committed.items() if s not in gone}
            target.update(versions)
            if not (report.added or report.updated or report.removed or dirty):
                report.chunks = self._count_chunks(articles_col, target)
                report.seconds = time.perf_counter() - started
                return report  # nothing to do, nothing written

            built_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
            chunks_col.modify(metadata=self._collection_metadata(committed, dirty=True, built_at=built_at))
            changed = [articles[s] for s in report.added + report.updated]
            self._write_versions(chunks_col, articles_col, changed, versions, report,
                                 look_up_old=dirty or bool(report.updated), show_progress=show_progress)
            # The commit: one metadata write switches readers to the new versions.
            chunks_col.modify(metadata=self._collection_metadata(target, dirty=True, built_at=built_at))
            touched = None if dirty else sorted(set(report.updated) | gone)  # resuming: sweep everything
            self._collect_garbage(chunks_col, articles_col, target, touched)
            chunks_col.modify(metadata=self._collection_metadata(target, dirty=False, built_at=built_at))
            report.chunks = self._count_chunks(articles_col, target)
            report.seconds = time.perf_counter() - started
            return report

    def _drop_collections(self) -> None:
        client = self._client()
        for name in (self.settings.collection, self.articles_collection_name):
            with contextlib.suppress(Exception):
                client.delete_collection(name)
        self._vectorstore = None

    def _write_versions(
        self,
        chunks_col: Any,
        articles_col: Any,
        changed: list[Article],
        versions: dict[str, str],
        report: BuildReport,
        *,
        look_up_old: bool,
        show_progress: bool,
    ) -> None:
        """Write the chunks and article records of ``changed``, embedding only what is new."""
        import numpy as np

        progress = _progress(sum(len(a.text) for a in changed), show_progress)
        pending: list[tuple[Article, list[Chunk]]] = []
        pending_size = 0
        for article in changed:
            pieces = chunk_article(
                article, chunk_size=self.settings.chunk_size, chunk_overlap=self.settings.chunk_overlap
            )
            pending.append((article, pieces))
            pending_size += len(pieces)
            if pending_size >= _EMBED_GROUP:
                self._write_group(chunks_col, articles_col, pending, versions, report, look_up_old, np)
                progress(sum(len(a.text) for a, _ in pending))
                pending, pending_size = [], 0
        if pending:
            self._write_group(chunks_col, articles_col, pending, versions, report, look_up_old, np)
            progress(sum(len(a.text) for a, _ in pending))
        progress(None)

    def _write_group(
        self,
        chunks_col: Any,
        articles_col: Any,
        group: list[tuple[Article, list[Chunk]]],
        versions: dict[str, str],
        report: BuildReport,
        look_up_old: bool,
        np: Any,
    ) -> None:
        known: dict[str, list[float]] = {}  # chunk id -> vector already stored (an interrupted build's)
        by_text: dict[str, list[float]] = {}  # text hash -> vector of an older version's identical chunk
        if look_up_old:
            for article, _ in group:
                old = chunks_col.get(where={"source": article.source}, include=["embeddings", "metadatas"])
                for cid, vec, meta in zip(old["ids"], old["embeddings"], old["metadatas"]):
                    known[cid] = list(vec)
                    by_text[meta.get("text_hash", "")] = list(vec)

        vectors: dict[str, list[float]] = {}
        to_embed: list[Chunk] = []
        for _, pieces in group:
            for c in pieces:
                reused = known.get(c.id) or by_text.get(_digest(c.text))
                if reused is not None:
                    vectors[c.id] = reused
                    report.reused += 1
                else:
                    to_embed.append(c)
        for c, vec in zip(to_embed, self.embeddings.embed_documents([c.text for c in to_embed])):
            vectors[c.id] = vec
        report.embedded += len(to_embed)

        ids, docs, metas, vecs = [], [], [], []
        for article, pieces in group:
            base = article.metadata()
            for c in pieces:
                ids.append(c.id)
                docs.append(c.text)
                vecs.append(vectors[c.id])
                metas.append(
                    {
                        **base,
                        "start": c.start,
                        "end": c.end,
                        "index": c.index,
                        "version": versions[article.source],
                        "text_hash": _digest(c.text),
                        "sentences": json.dumps([[s.start, s.end, s.kind] for s in c.sentences]),
                    }
                )
        for i in range(0, len(ids), _UPSERT_BATCH):
            sl = slice(i, i + _UPSERT_BATCH)
            chunks_col.upsert(ids=ids[sl], documents=docs[sl], metadatas=metas[sl], embeddings=vecs[sl])

        a_ids, a_docs, a_metas, a_vecs = [], [], [], []
        for article, pieces in group:
            version = versions[article.source]
            mean = np.mean([vectors[c.id] for c in pieces], axis=0)
            norm = float(np.linalg.norm(mean)) or 1.0
            a_ids.append(_digest(article.source, version))
            a_docs.append(article.text)
            a_vecs.append((mean / norm).tolist())
            a_metas.append(
                {
                    **article.metadata(),
                    "version": version,
                    "chunks": len(pieces),
                    "blocks": json.dumps([[b.start, b.end, b.kind, b.reason] for b in article.blocks]),
                    "names": json.dumps(list(article.names)),
                }
            )
        articles_col.upsert(ids=a_ids, documents=a_docs, metadatas=a_metas, embeddings=a_vecs)

    def _collect_garbage(
        self, chunks_col: Any, articles_col: Any, target: dict[str, str], sources: list[str] | None
    ) -> None:
        """Delete the records whose version the manifest ``target`` does not name.

        Only records of ``sources`` are looked at, unless it is None (all records).
        """
        if sources == []:
            return
        live = set(target.values())
        where = None if sources is None else {"source": {"$in": sources}}
        for collection in (chunks_col, articles_col):
            records = collection.get(where=where, include=["metadatas"])
            stale = [i for i, m in zip(records["ids"], records["metadatas"]) if m.get("version") not in live]
            for i in range(0, len(stale), 1000):
                collection.delete(ids=stale[i : i + 1000])

    @staticmethod
    def _count_chunks(articles_col: Any, target: dict[str, str]) -> int:
        if not target:
            return 0
        got = articles_col.get(ids=[_digest(s, v) for s, v in target.items()], include=["metadatas"])
        return sum(int(m.get("chunks", 0)) for m in got["metadatas"])


# ---------------------------------------------------------------------- helpers


def _is_not_found(exc: Exception) -> bool:
    return type(exc).__name__ == "NotFoundError" or "does not exist" in str(exc).lower()


def _article_files(folder: Path, report: BuildReport) -> Iterator[Path]:
    """Article files under ``folder`` in a stable order; hidden files are ignored, others reported."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            report.skipped.append(rel.as_posix())
            continue
        yield path


def _chunk_from_record(text: str, meta: dict[str, Any]) -> Chunk:
    start = int(meta["start"])
    sentences = tuple(
        Sentence(meta["source"], s, e, text[s - start : e - start], kind)
        for s, e, kind in json.loads(meta.get("sentences") or "[]")
    )
    return Chunk(
        source=meta["source"], start=start, end=int(meta["end"]), text=text, index=int(meta.get("index", 0)),
        content_hash=meta.get("content_hash", ""), sentences=sentences,
    )


def _article_from_record(text: str, meta: dict[str, Any]) -> Article:
    blocks = tuple(Block(s, e, kind, reason) for s, e, kind, reason in json.loads(meta.get("blocks") or "[]"))
    if "names" in meta:
        found = tuple(json.loads(meta["names"]))
    else:  # a record written before names were stored
        found = tuple(proper_names(text, [(b.start, b.end) for b in blocks if b.kind != "furniture"]))
    return Article(
        source=meta["source"], text=text, format=meta.get("format", "txt"), content_hash=meta.get("content_hash", ""),
        title=meta.get("title"), date=meta.get("date"), outlet=meta.get("outlet"), author=meta.get("author"),
        blocks=blocks, names=found,
    )


def _progress(total_chars: int, enabled: bool):
    """A progress bar over characters processed; a no-op when disabled or the build is small."""
    if not enabled or total_chars < 200_000:
        return lambda step: None
    from tqdm import tqdm

    bar = tqdm(total=total_chars, unit="char", unit_scale=True, desc="indexing", leave=False)

    def update(step: int | None) -> None:
        if step is None:
            bar.close()
        else:
            bar.update(step)

    return update


def _exact_search(collection: Any, vector: list[float], k: int, where: dict[str, Any] | None) -> list[SearchHit]:
    """The ``k`` records of ``collection`` whose vectors are closest (cosine) to ``vector``, all compared."""
    import numpy as np

    records = collection.get(where=where, include=["embeddings", "documents", "metadatas"])
    if not len(records["ids"]):
        return []
    matrix = np.asarray(records["embeddings"], dtype=np.float32)
    query = np.asarray(vector, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(query) or 1.0)
    scores = (matrix @ query) / np.where(norms == 0, 1.0, norms)
    best = np.argsort(-scores, kind="stable")[:k]
    return [
        SearchHit(chunk=_chunk_from_record(records["documents"][i], records["metadatas"][i]), score=float(scores[i]),
                  metadata=dict(records["metadatas"][i]))
        for i in best
    ]
