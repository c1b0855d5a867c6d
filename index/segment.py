"""Sentences with exact character offsets, and sentence-aware chunks with overlap.

Sentence boundaries come from pysbd (rule-based, handles quotations and
abbreviations such as "Mr." and "U.S."), run one paragraph at a time, with a
few repairs for news text that it gets wrong: title abbreviations it does not
know ("MM. Kishida and Yoon"), fragments that continue in lower case
("… exchanges. level, trade links …", a trailing "pic.twitter.com/…" link), and
credits without end punctuation ("(Deutsche Welle) South Korea will …").
"""

from __future__ import annotations

import functools
import re

from .documents import ATTRIBUTION, BYLINE, FURNITURE, HEADING, Article, Chunk, Sentence

__all__ = ["SEGMENTER_VERSION", "sentence_spans", "split_sentences", "make_chunks", "chunk_article"]

# Bump when sentence or chunk boundaries change, so chunk ids change with them.
SEGMENTER_VERSION = "4"

_TITLE_ABBREVIATION = re.compile(
    r"(?:^|[\s(“\"])(?:MM|Mr|Mrs|Ms|Mme|Mmes|Messrs|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Rev|St|Jr|Sr|Nos?)\.$"
)
_ENDS_SENTENCE = tuple(".!?…\"”’')]")


@functools.lru_cache(maxsize=1)
def _segmenter():  # pysbd is imported and built on first use, not at import time
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _raw_spans(paragraph: str) -> list[tuple[int, int]]:
    """pysbd's sentences, located in ``paragraph`` (relative offsets, whitespace trimmed)."""
    flat = paragraph.replace("\n", " ").replace("\r", " ")  # same length, so offsets hold
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().segment(flat):
        piece = piece.strip()
        if not piece:
            continue
        found = flat.find(piece, cursor)
        if found < 0:  # pysbd altered the text: keep the paragraph whole rather than guess
            return [(0, len(paragraph))]
        spans.append((found, found + len(piece)))
        cursor = found + len(piece)
    return spans or [(0, len(paragraph))]


def _repair(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join the pieces pysbd split wrongly (see the module's docstring)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            prev_start, prev_end = merged[-1]
            previous = paragraph[prev_start:prev_end]
            current = paragraph[start:end]
            if (
                current[:1].islower()
                or _TITLE_ABBREVIATION.search(previous)
                or not previous.endswith(_ENDS_SENTENCE)
                or (previous.startswith("(") and previous.endswith(")"))  # a credit: "(AFP) Seoul said …"
                or not any(ch.isalnum() for ch in current)
            ):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return merged


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of one paragraph of any text, as (start, end) offsets into it."""
    if not text.strip():
        return []
    return _repair(text, _raw_spans(text))


def split_sentences(article: Article) -> list[Sentence]:
    """Every sentence of the article's content, in order; furniture is skipped."""
    sentences: list[Sentence] = []
    text = article.text
    for block in article.blocks:
        if block.kind == FURNITURE:
            continue
        paragraph = text[block.start : block.end]
        if block.kind in (HEADING, BYLINE, ATTRIBUTION):
            spans = [(0, len(paragraph))]
        else:
            spans = sentence_spans(paragraph)
        for start, end in spans:
            a, b = block.start + start, block.start + end
            sentences.append(Sentence(article.source, a, b, text[a:b], block.kind))
    return sentences


def _furniture_between(article: Article, start: int, end: int) -> bool:
    return any(b.kind == FURNITURE and start <= b.start and b.end <= end for b in article.blocks)


def make_chunks(
    article: Article, sentences: list[Sentence], *, chunk_size: int = 800, chunk_overlap: int = 200
) -> list[Chunk]:
    """Pack whole sentences into chunks of at most ``chunk_size`` characters.

    A chunk never spans furniture and never runs across a heading (a heading,
    or a run of them, opens the next chunk). Consecutive chunks share up to ``chunk_overlap``
    characters of whole sentences. A sentence longer than ``chunk_size`` is a
    chunk of its own: sentences are never cut.
    """
    groups: list[list[Sentence]] = []
    current: list[Sentence] = []
    for sentence in sentences:
        if current:
            opens_section = sentence.kind == HEADING and current[-1].kind != HEADING
            hard_break = opens_section or _furniture_between(article, current[-1].end, sentence.start)
            if hard_break or sentence.end - current[0].start > chunk_size:
                groups.append(current)
                carried: list[Sentence] = []
                if not hard_break:
                    for previous in reversed(current[1:]):
                        if current[-1].end - previous.start > chunk_overlap:
                            break
                        carried.insert(0, previous)
                    if carried and sentence.end - carried[0].start > chunk_size:
                        carried = []
                current = carried
        current.append(sentence)
    if current:
        groups.append(current)

    chunks = []
    for index, group in enumerate(groups):
        start, end = group[0].start, group[-1].end
        chunks.append(
            Chunk(
                source=article.source,
                start=start,
                end=end,
                text=article.text[start:end],
                index=index,
                content_hash=article.content_hash,
                sentences=tuple(group),
            )
        )
    return chunks


def chunk_article(article: Article, *, chunk_size: int = 800, chunk_overlap: int = 200) -> list[Chunk]:
    """Sentences, then chunks, of one article."""
    return make_chunks(article, split_sentences(article), chunk_size=chunk_size, chunk_overlap=chunk_overlap)


