"""The contract between ``rag`` and its callers: plain, typed dataclasses.

No LangChain type ever appears here; the chat app, the eval suite and users'
scripts depend on these alone.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Citation", "Passage", "Removed", "Answer", "TextDelta"]


@dataclass(frozen=True)
class Citation:
    """One cited passage: ``original[start:end] == quote`` for the file ``source``.

    ``marker`` is the number that appears in the answer text as ``[marker]``.
    """

    marker: int
    source: str
    start: int
    end: int
    quote: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    corroborated_by: tuple[Passage, ...] = ()  # other sources' sentences that report the same

    @property
    def label(self) -> str:
        return self.title or self.outlet or self.source

    @property
    def reported_by(self) -> list[str]:
        """This source and every other source that reports the same."""
        return [self.source, *dict.fromkeys(p.source for p in self.corroborated_by)]


@dataclass(frozen=True)
class Passage:
    """A passage offered as evidence (the closest ones are shown when the answer abstains)."""

    source: str
    start: int
    end: int
    text: str
    score: float
    title: str | None = None
    outlet: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Removed:
    """A sentence that verification took out of the answer, and why."""

    sentence: str
    reason: str


@dataclass(frozen=True)
class Answer:
    """The answer to one question.

    ``text`` carries citation markers such as ``[1]``; every sentence of it has
    at least one, and each marker has a :class:`Citation`. When ``abstained``
    is True the sources do not answer the question: ``text`` says so plainly
    and ``evidence`` holds the closest passages.
    """

    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    abstained: bool = False
    evidence: list[Passage] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    search_query: str = ""
    mode: str = "extractive"
    seconds: float = 0.0

    @property
    def sources(self) -> list[str]:
        """The distinct cited sources, in order of first citation."""
        return list(dict.fromkeys(c.source for c in self.citations))

    def citation(self, marker: int) -> Citation:
        return next(c for c in self.citations if c.marker == marker)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def __add__(self, other: object) -> Answer:
        # Streams end with the Answer; folding a stream (LangChain's invoke) keeps it.
        return other if isinstance(other, Answer) else self


@dataclass(frozen=True)
class TextDelta:
    """A piece of answer text, streamed before the final :class:`Answer`."""

    text: str

    def __add__(self, other: object) -> TextDelta | Answer:
        if isinstance(other, TextDelta):
            return TextDelta(self.text + other.text)
        if isinstance(other, Answer):
            return other
        return NotImplemented
