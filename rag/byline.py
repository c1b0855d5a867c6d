"""Who wrote an article: "who wrote the antiwar.com article", "author of the DW piece?".

A question about a piece's author is answered from the article's own byline (the
``author`` the index read from it), cited where the article's text names the
author. Which article: the ones whose outlet or title the question names, else the
article of the best passage found for the question. Articles that name no author
leave the question to the ordinary answering steps.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from index import Article

from .text import terms
from .understand import split_parts

__all__ = ["Byline", "asks_for_author", "beyond_the_author", "bylines"]

# "who wrote / authored / penned the …", "who's the author of …", "the writer of …", "whose article", "byline":
# asked about a piece, not "what does the author say" (its content). "Who write the piece": the past left
# unmarked, as many who learnt English as a second language write it.
_AUTHOR_ASKED = re.compile(
    r"\bwho\b.{0,40}?\b(?:wrote|writes|authored|penned|written)\b|\bwho\s+write\b|"
    r"\bwho(?:['’]s|\s+is|\s+was)?\s+(?:the\s+)?(?:author|writer|reporter|journalist)s?\b|"
    r"\b(?:author|writer|byline)s?\s+(?:of|for|on)\b|\bbyline\b|\b(?:which|what)\s+(?:reporter|journalist|writer)s?\s+wrote\b|\bwhose\s+(?:article|story|piece|report|column)\b",
    re.IGNORECASE,
)
# A name right before "who wrote", after a word that is no preposition or article: the clause says who the named one
# is ("Dave DeCamp who write the military ties article, he is editor for which website"), whose piece is known. Not a
# name the question opens with or one the piece is about or from ("the article about Kishida, who wrote it?", "that
# piece in DW, who wrote it"), nor a capital that opens a sentence ("OK So who wrote…").
_NAME_BEFORE = re.compile(r"(?:^|\s)(?!(?i:about|on|in|from|by|at|of|to|for|with|the|a|an|ok|okay|so|and|but)\s)"
                          r"[\w’'.-]+\s+(?!(?:So|And|But|Then|Ok|OK|Okay)\b)[A-Z][\w’'-]*,?\s+$")
# What was written: "who wrote" a piece, not "who wrote to Kishida".
_PIECE = re.compile(r"\b(?:article|story|piece|report|column|op-?ed|post|byline|author|writer|reporter|journalist)s?\b",
                    re.IGNORECASE)


@dataclass(frozen=True)
class Byline:
    """Where ``article`` names its author: ``article.text[start:end]`` is the line that does (both None
    when the article names no author)."""

    article: Article
    start: int | None = None
    end: int | None = None

    @property
    def named(self) -> bool:
        return self.start is not None


def asks_for_author(question: str) -> bool:
    """Whether ``question`` asks who wrote a piece (not who said or reported a fact)."""
    return bool(_PIECE.search(question)) and any(
        not (re.match(r"who\b", m.group(), re.IGNORECASE) and _NAME_BEFORE.search(question[: m.start()]))
        for m in _AUTHOR_ASKED.finditer(question))


# The author, pointed back at: "he", "his", "her", "the author". Not "they" (most often others: "what did they
# agree"), nor "it" (the piece or anything else).
_POINTING_BACK = re.compile(r"\b(?:(his)|(her)(?=\s+(?!(?:and|or|to|about|for|with|in|on|at|of|by|from)\b)[a-z])|he|him|"
                            r"she|her|the (?:author|writer|reporter|journalist))\b", re.IGNORECASE)


def beyond_the_author(question: str, author: str) -> str:
    """What ``question`` asks besides who wrote the piece ("who wrote the antiwar piece and what is his job"),
    with the author's name where it points back at them ("what is Dave DeCamp's job"); "" when it asks nothing
    more."""
    parts = split_parts(question)
    rest = [part for part in parts if not _AUTHOR_ASKED.search(part)]
    if not rest or len(rest) == len(parts):
        return ""
    # The author is "he" or "she", whichever comes first: the other is somebody else ("what does he think of her").
    first = next((m.group().lower() for part in rest for m in _POINTING_BACK.finditer(part)
                  if not m.group().lower().startswith("the ")), "")
    other = {"she", "her"} if first in ("he", "him", "his") else {"he", "him", "his"} if first else set()

    def named(m: re.Match[str]) -> str:
        if m.group().lower() in other:
            return m.group()
        return f"{author}'s" if m.group(1) or m.group(2) else author

    return " and ".join(_POINTING_BACK.sub(named, part).rstrip(" ?") for part in rest) + "?"


def bylines(question: str, articles: Mapping[str, Article], found: Sequence[str]) -> list[Byline]:
    """The bylines that answer ``question`` (see :func:`asks_for_author`): of the articles whose outlet or
    title it names, else of the first article in ``found`` (sources of the passages found, best first);
    [] when the question asks no such thing. An article that names no author has a Byline without a span."""
    if not asks_for_author(question):
        return []
    asked = set(terms(question))
    def names_outlet(outlet: str) -> bool:  # "the DW article", "the Deutsche Welle article", "antiwar.com"
        own = set(terms(_outlet_words(outlet)))
        return bool(own) and len(own & asked) >= min(2, len(own))

    named = [a for a in articles.values() if a.outlet and names_outlet(a.outlet)]
    if not named:
        named = [a for a in articles.values() if a.title and len(set(terms(a.title)) & asked) >= 3]
    if not named:
        named = [articles[s] for s in list(dict.fromkeys(found))[:1] if s in articles]
    return [Byline(a, *(_byline_span(a) or (None, None))) for a in named]


def _outlet_words(outlet: str) -> str:
    """An outlet's name as words: "Antiwar.com" is "antiwar"."""
    return re.sub(r"\.(?:com|org|net|co\.uk|co|news|info)\b", " ", outlet, flags=re.IGNORECASE)


def _byline_span(article: Article) -> tuple[int, int] | None:
    """The line of ``article.text`` that names its author (the byline where there is one), or None."""
    if not article.author:
        return None
    at = [m.start() for m in re.finditer(re.escape(article.author), article.text)]
    if not at:
        return None
    lines = [(article.text.rfind("\n", 0, i) + 1, i) for i in at]
    # A line that is the byline ("Author: Dave DeCamp", "By Dave DeCamp") before one that only mentions him.
    start, i = min(lines, key=lambda x: (len(article.text[x[0]:x[1]].strip()) > 12, x[0]))
    end = article.text.find("\n", i)
    return start, end if end >= 0 else len(article.text)
