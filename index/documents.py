"""Articles: reading files, finding their metadata, and telling content from site furniture.

The rule every other part relies on: ``article.text`` is the article exactly as
read, and every span the system reports is a pair of offsets into it, so
``article.text[start:end]`` is the quoted passage. For ``.txt`` and ``.md`` files
``text`` is the file itself (decoded as UTF-8, newlines untouched, as
``open(path, encoding="utf-8", newline="").read()`` returns it). An ``.html``
file has markup that no quote should contain, so its ``text`` is the visible
text extracted from it; the index keeps that text, and offsets refer to it.

Site furniture (breadcrumbs, comment prompts, paywall notices, trailers) is not
removed from ``text``, which would shift every offset: it is marked as blocks of
kind ``furniture`` that segmentation skips.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from .errors import SourceError
from .lexicon import proper_names

__all__ = [
    "Article",
    "Block",
    "Sentence",
    "Chunk",
    "SUPPORTED_SUFFIXES",
    "read_article",
    "parse_article",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# Block kinds. "furniture" blocks are never indexed. An "attribution" is the
# "— Name (@handle) date" line under an embedded post: who said it, not a statement.
BODY, HEADING, SOCIAL, BYLINE, FURNITURE = "body", "heading", "social", "byline", "furniture"
ATTRIBUTION = "attribution"
# A note on the author ("Dave DeCamp is the news editor of Antiwar.com, follow him on Twitter"): it answers who
# wrote the piece, but is no point of the news.
AUTHOR_NOTE = "author note"


@dataclass(frozen=True)
class Block:
    """A paragraph-like run of ``text``: ``text[start:end]``, with what kind of run it is."""

    start: int
    end: int
    kind: str
    reason: str = ""  # for furniture: what it is ("breadcrumb", "paywall notice", ...)


@dataclass(frozen=True)
class Article:
    """One source article. ``source`` is its id: the file name (relative path in sub-folders)."""

    source: str
    text: str
    format: str
    content_hash: str
    title: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) where the text gives one
    outlet: str | None = None
    author: str | None = None
    blocks: tuple[Block, ...] = ()
    names: tuple[str, ...] = ()  # the names it uses ("Yoon Suk-yeol", "World Trade Organization"): see lexicon

    @property
    def label(self) -> str:
        """A short name for people: the title, else the outlet, else the file name."""
        return self.title or self.outlet or self.source

    @property
    def furniture(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == FURNITURE)

    def metadata(self) -> dict[str, str]:
        """The article's metadata as flat strings (absent values left out)."""
        fields = {
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "outlet": self.outlet,
            "author": self.author,
            "format": self.format,
            "content_hash": self.content_hash,
        }
        return {k: v for k, v in fields.items() if v}


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``article.text[start:end] == text``."""

    source: str
    start: int
    end: int
    text: str
    kind: str = BODY


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences, the unit that is embedded and searched."""

    source: str
    start: int
    end: int
    text: str
    index: int
    content_hash: str
    sentences: tuple[Sentence, ...] = ()

    @property
    def id(self) -> str:
        """Deterministic id from the article's content and the chunk's span."""
        from .segment import SEGMENTER_VERSION

        key = f"{self.source}\0{self.content_hash}\0{self.start}\0{self.end}\0{SEGMENTER_VERSION}"
        return hashlib.sha256(key.encode()).hexdigest()[:32]


# --------------------------------------------------------------------------- reading files


def read_article(path: Path, *, root: Path | None = None, max_bytes: int = 5_000_000) -> Article:
    """Read one article file. Raises :class:`SourceError` naming the file and the reason."""
    path = Path(path)
    source = path.relative_to(root).as_posix() if root else path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SourceError(source, f"unsupported file type {suffix or '(none)'!r}; use .txt, .md or .html")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(source, f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(source, f"cannot be read ({exc.strerror or exc})") from None
    return parse_article(source, data, suffix=suffix)


def parse_article(source: str, data: bytes, *, suffix: str) -> Article:
    """Turn a file's bytes into an :class:`Article`, or raise :class:`SourceError`."""
    if b"\x00" in data[:8192]:
        raise SourceError(source, "is a binary file, not text")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(source, f"is not UTF-8 text (invalid byte at position {exc.start})") from None
    if not raw.strip():
        raise SourceError(source, "is empty")

    meta: dict[str, str] = {}
    if suffix in (".html", ".htm"):
        text, meta = extract_html(raw)
        fmt = "html"
        if not text.strip():
            raise SourceError(source, "has no visible text")
    else:
        text = raw
        fmt = "md" if suffix in (".md", ".markdown") else "txt"

    blocks, found = classify_blocks(text, markdown=fmt == "md")
    if not any(b.kind != FURNITURE for b in blocks):
        raise SourceError(source, "has no article text (only site furniture such as menus or notices)")
    for key, value in found.items():
        meta.setdefault(key, value)
    return Article(
        source=source,
        text=text,
        format=fmt,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=meta.get("title"),
        date=meta.get("date"),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        blocks=tuple(blocks),
        names=tuple(proper_names(text, [(b.start, b.end) for b in blocks if b.kind != FURNITURE])),
    )


# --------------------------------------------------------------------------- blocks and metadata

_FURNITURE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        ("breadcrumb", r"(?:home|accueil|startseite|inicio)\s*[»›>|/]\s*.*|(?:[^»\n]+»){2,}[^»\n]*"),
        ("comment prompt", r"(?:leave|post|add|write) a (?:comment|reply)\.?|\d+ comments?|comments? \(\d+\)"),
        (
            "paywall notice",
            r"you have [\d.,]+\s?% of (?:this|the) article (?:left )?to read\b.*"
            r"|(?:the following|the rest of this article) is (?:for|reserved for) subscribers(?: only)?\b.*"
            r"|subscribe (?:now )?to (?:continue|keep) reading\b.*",
        ),
        ("site trailer", r"this site uses\b.*|learn how your comment data is processed\.?"),
        ("share prompt", r"share (?:this|on)(?: article| story)?:?(?:\s+\w+){0,4}"),
        ("date line", r"date\s+\d{4}-\d{2}-\d{2}\b.{0,40}"),
        # A photo gallery's captions run into one paragraph: "Photos: … Hide Caption 1 of 16 Photos: …".
        ("photo gallery", r".*?\bhide caption \d+ of \d+\b.*"),
        # A paragraph that only lists sources in brackets: "(AFP, China News Agency, etc.)".
        ("source credit", r"\((?-i:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
                          r"(?:\s*,\s*(?-i:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}|etc\.?))+\s*\)\.?"),
    )
)
_DATE_LINE = re.compile(r"^\s*(?:date|published|updated)\s*:?\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:author|by|written by)\s*:?\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$", re.IGNORECASE)
_SOCIAL_ATTRIBUTION = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4}$")
_CREDIT = re.compile(r"^\(([A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,6})\)")
_EDITOR_OF = re.compile(
    r"\bis (?:the |a |an )?(?:[\w-]+ ){0,3}(?:editor|reporter|correspondent|writer|columnist|journalist)"
    r"\s+(?:of|at|for)\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)"
)
_BIO_LENGTH = 200  # a paragraph naming its author's job at an outlet is a note on the author up to this length
_HANDLE = re.compile(r"(?<!\w)@\w{2,}|\bfollow (?:him|her|them|me)\b", re.IGNORECASE)


def _on_the_author(paragraph: str, author: str | None) -> bool:
    """Whether a short paragraph that gives somebody's job at an outlet is the note on the piece's author: it
    opens with the byline's name, or points to the author's account ("follow her on X @janeroe"). A line of
    the story on somebody who once was a journalist ("Okafor is a former journalist for Channel 9 and now
    chairs…") is neither."""
    if len(paragraph) > _BIO_LENGTH:
        return False
    return bool(author and paragraph.startswith(author)) or bool(_HANDLE.search(paragraph))


_TERMINAL = tuple(".!?…:;\"”’)")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) with surrounding whitespace trimmed.

    A line break ends a paragraph, except inside a hard-wrapped paragraph (a
    long line followed by one that starts in lower case), which is kept whole.
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((pos, pos + len(body)))
        pos += len(line)
    spans: list[list[int]] = []
    previous_open = False  # previous line looks hard-wrapped into this one
    for start, end in lines:
        content = text[start:end]
        if not content.strip():
            previous_open = False
            continue
        if previous_open and spans and content.lstrip()[:1].islower():
            spans[-1][1] = end
        else:
            spans.append([start, end])
        previous_open = len(content) >= 60 and not content.rstrip().endswith(_TERMINAL)
    trimmed = []
    for start, end in spans:
        chunk = text[start:end]
        start += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        trimmed.append((start, end))
    return trimmed


def _front_matter(text: str) -> tuple[int, dict[str, str]]:
    """Length of a leading ``---`` YAML-like block and its simple ``key: value`` pairs."""
    match = re.match(r"\A\ufeff?---\r?\n((?:.*\r?\n)*?)---\r?\n", text)
    if not match:
        return 0, {}
    pairs = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and value.strip():
            pairs[key.strip().lower()] = value.strip().strip("\"'")
    aliases = {"publisher": "outlet", "source": "outlet", "site": "outlet", "published": "date"}
    meta = {aliases.get(k, k): v for k, v in pairs.items()}
    return match.end(), {k: meta[k] for k in ("title", "date", "outlet", "author") if k in meta}


def _headline_like(paragraph: str) -> bool:
    return len(paragraph) <= 150 and "\n" not in paragraph and not paragraph.endswith(_TERMINAL)


def classify_blocks(text: str, *, markdown: bool = False) -> tuple[list[Block], dict[str, str]]:
    """Split ``text`` into blocks of known kinds, and collect the metadata the text states."""
    meta: dict[str, str] = {}
    blocks: list[Block] = []
    offset = 0
    if markdown:
        offset, meta = _front_matter(text)
        if offset:
            blocks.append(Block(0, offset, FURNITURE, "front matter"))
    spans = [(s, e) for s, e in _paragraph_spans(text) if s >= offset]

    seen_body = False
    for start, end in spans:
        para = text[start:end]
        stripped = para.strip().lstrip("#").strip() if markdown else para.strip()
        reason = next((r for r, pattern in _FURNITURE_PATTERNS if pattern.fullmatch(stripped)), None)
        if reason:
            if reason == "date line" and (m := _DATE_LINE.match(stripped)):
                meta.setdefault("date", m.group(1))
            blocks.append(Block(start, end, FURNITURE, reason))
            continue
        if (m := _DATE_LINE.match(stripped)) and len(stripped) < 60:
            meta.setdefault("date", m.group(1))
            blocks.append(Block(start, end, FURNITURE, "date line"))
            continue
        if _SOCIAL_ATTRIBUTION.match(stripped):
            # An embedded post: its attribution line and the paragraph it attributes.
            if blocks and blocks[-1].kind in (BODY, HEADING):
                prev = blocks[-1]
                blocks[-1] = dataclasses.replace(prev, kind=SOCIAL)
            blocks.append(Block(start, end, ATTRIBUTION))
            continue
        if m := _BYLINE.match(stripped):
            meta.setdefault("author", m.group(1))
            blocks.append(Block(start, end, BYLINE))
            continue
        if (m := _EDITOR_OF.search(stripped)) and _on_the_author(stripped, meta.get("author")):
            meta.setdefault("outlet", m.group(1).rstrip("."))
            blocks.append(Block(start, end, AUTHOR_NOTE))
            continue
        if (m := _CREDIT.match(stripped)) and len(m.group(1).split()) >= 2:
            meta.setdefault("outlet", m.group(1))
        if _headline_like(stripped):
            if not seen_body and "title" not in meta and not any(b.kind == HEADING for b in blocks):
                meta["title"] = stripped
            blocks.append(Block(start, end, HEADING))
            continue
        seen_body = True
        blocks.append(Block(start, end, BODY))
    return blocks, meta


# --------------------------------------------------------------------------- HTML


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, one line per block element, plus its metadata."""

    SKIP = {"script", "style", "noscript", "template", "nav", "footer", "aside", "form", "svg", "iframe", "button", "head"}
    BLOCK = {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "blockquote", "figcaption", "figure", "pre", "hr", "main",
        "dd", "dt", "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.meta: dict[str, str] = {}
        self._in_title = False
        self._in_h1 = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] = []

    def _flush(self) -> None:
        line = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            value = a.get("content", "").strip()
            targets = {
                "og:title": "title", "og:site_name": "outlet", "author": "author",
                "article:author": "author", "article:published_time": "date", "date": "date",
                "pubdate": "date", "publish-date": "date",
            }
            if key in targets and value:
                self.meta.setdefault(targets[key], value[:10] if targets[key] == "date" else value)
            return
        if tag == "time" and "datetime" in a:
            self.meta.setdefault("date", a["datetime"][:10])
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in self.SKIP and tag != "title":
            self.skip_depth += 1
        if tag in self.BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in self.SKIP and tag != "title" and self.skip_depth:
            self.skip_depth -= 1
        if tag in self.BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._in_h1:
            self._h1_parts.append(data)
        if not self.skip_depth:
            self.current.append(data)


def extract_html(raw: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML document (one paragraph a line) and the metadata it declares."""
    parser = _TextExtractor()
    parser.feed(raw)
    parser.close()
    parser._flush()
    meta = dict(parser.meta)
    title = re.sub(r"\s+", " ", "".join(parser._h1_parts) or "".join(parser._title_parts)).strip()
    if title:
        meta.setdefault("title", html.unescape(title))
    if "date" in meta and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["date"]):
        del meta["date"]
    return "\n\n".join(parser.lines) + "\n", meta
