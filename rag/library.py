"""The articles behind the answers, as callers see them: their text, the index's state, uploads.

The chat app shows whole articles, says what is indexed and adds uploaded
files; it does all of that through these functions and types, never through
the index layer, whose errors come out as :class:`~rag.errors.ArticlesError`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from index import Article, NewsIndex, NewsIndexError, SourceError, read_article

from .errors import ArticlesError

__all__ = ["Source", "LibraryStatus", "AddResult", "source", "status", "add_articles", "articles_errors"]


@dataclass(frozen=True)
class Source:
    """One article: its whole text (what every offset refers to) and how it is laid out."""

    source: str
    text: str
    title: str | None
    outlet: str | None
    date: str | None
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) of each shown paragraph; site furniture left out

    @property
    def label(self) -> str:
        return self.title or self.outlet or self.source

    def paragraph(self, start: int, end: int) -> tuple[int, int]:
        """The paragraph holding ``text[start:end]`` (the span itself when it crosses paragraphs)."""
        return next(((a, b) for a, b in self.paragraphs if a <= start and end <= b), (start, end))


@dataclass(frozen=True)
class LibraryStatus:
    """What is indexed, with what, and where."""

    articles: int
    chunks: int
    embedding_model: str
    location: str
    uploads: str  # the folder uploaded articles are kept in
    sources: tuple[str, ...] = ()


@dataclass
class AddResult:
    """What adding files did. Files in ``failed`` changed nothing."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)
    chunks: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


@contextlib.contextmanager
def articles_errors() -> Iterator[None]:
    """Turn the index layer's errors into :class:`ArticlesError` (same message)."""
    try:
        yield
    except NewsIndexError as exc:
        raise ArticlesError(str(exc)) from exc


def source(article: Article) -> Source:
    """An indexed article as callers see it: its text and its paragraphs, site furniture left out."""
    paragraphs = tuple((b.start, b.end) for b in article.blocks if b.kind != "furniture")
    return Source(article.source, article.text, article.title, article.outlet, article.date, paragraphs)


def status(index: NewsIndex) -> LibraryStatus:
    with articles_errors():
        s = index.status()
    return LibraryStatus(
        articles=len(s.articles), chunks=s.chunks, embedding_model=s.embedding_model, location=s.location,
        uploads=str(index.settings.uploads), sources=tuple(a.source for a in s.articles),
    )


def add_articles(index: NewsIndex, paths: Sequence[Path], *, names: Sequence[str] | None = None,
                 show_progress: bool = False) -> AddResult:
    """Check, keep and index uploaded files; a file that fails any check changes nothing.

    Each file is read as an article first (type, size, text, content: the
    index's own checks). Good ones are copied into the uploads folder (an
    upload with the name of an earlier upload replaces it) and indexed; an
    upload named like an article of the source folder is refused.
    """
    started = time.perf_counter()
    result = AddResult()
    settings = index.settings
    uploads = settings.uploads
    names = list(names) if names is not None else [Path(p).name for p in paths]
    with articles_errors():
        indexed = {a.source for a in index.status().articles}
    uploaded = {p.name for p in uploads.iterdir()} if uploads.is_dir() else set()
    staged: list[tuple[str, Path]] = []
    for path, name in zip(paths, names):
        name = Path(name).name
        if not name or name.startswith("."):
            result.failed.append((name or str(path), "needs a file name that does not start with a dot"))
            continue
        if name in indexed and name not in uploaded:
            result.failed.append((name, "has the name of an article already indexed from the source folder; "
                                        "rename the file"))
            continue
        try:
            read_article(Path(path), max_bytes=settings.max_file_bytes)
        except SourceError as exc:
            result.failed.append((name, exc.reason))
            continue
        staged.append((name, Path(path)))
    if not staged:
        result.seconds = time.perf_counter() - started
        return result
    uploads.mkdir(parents=True, exist_ok=True)
    backups: dict[str, Path] = {}
    kept: list[Path] = []
    try:
        for name, path in staged:
            target = uploads / name
            if target.exists():
                backups[name] = Path(shutil.copy2(target, Path(tempfile.mkdtemp(prefix="newsqa-")) / name))
            _copy_atomically(path, target)
            kept.append(target)
        with articles_errors():
            report = index.add(kept, show_progress=show_progress)
    except BaseException:
        _undo(kept, backups)
        raise
    failed = dict(report.failed)
    _undo([p for p in kept if p.name in failed], backups)
    result.added = report.added
    result.updated = report.updated
    result.failed += sorted(failed.items())
    result.chunks = report.chunks
    result.seconds = time.perf_counter() - started
    for backup in backups.values():
        shutil.rmtree(backup.parent, ignore_errors=True)
    return result


def _copy_atomically(src: Path, target: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _undo(copies: Sequence[Path], backups: dict[str, Path]) -> None:
    """Put back what was in the uploads folder before (or remove what was not there)."""
    for target in copies:
        backup = backups.get(target.name)
        if backup is not None:
            os.replace(backup, target)
        else:
            target.unlink(missing_ok=True)
