"""The names an article uses, found at index time and stored with its record.

Questions spell names their own way ("Yun Suk Yeol", "Rahm Emmanuel", "WTO"),
so the answering layer needs to know which names the articles use: it matches
the question's words against these by spelling, sound and initials. The list
is made from the article's own text (no hand-written table), so any corpus
gets one.

A *name* here is a run of capitalised words that does not merely start a
sentence: "Yoon Suk-yeol", "World Trade Organization", "Hankuk University of
Foreign Studies". Short connecting words may sit inside a run ("of", "and").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["proper_names", "MAX_NAMES"]

MAX_NAMES = 400  # per article: enough for a long report, small enough for a record's metadata

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'.-]*[\w]|[A-Za-zÀ-ÖØ-öø-ÿ]")
_CONNECTORS = frozenset({"of", "for", "the", "de", "del", "da", "von", "van", "al", "bin"})
_SENTENCE_END = re.compile(r"[.!?:;“\"‘(\[—–-]\s*$")
# Capitalised words that start clauses rather than name something.
_NOT_NAMES = frozenset(
    """a an the this that these those there their they he she it its we our you your i in on at by for from to of
    and but or if as so yet when where while after before since because although though however meanwhile
    mr mrs ms dr no yes not also what who why how which""".split()
)


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def _name_of(run: list[str], initial: bool) -> str | None:
    """The name a run of capitalised words makes, or None (a lone clause opener: "However", "The")."""
    while run and run[-1].lower() in _CONNECTORS:
        run = run[:-1]
    if run and initial and run[0].lower() in _NOT_NAMES:
        run, initial = run[1:], False
    if not run or (initial and len(run) == 1):
        return None  # a single capital that only starts a sentence says nothing
    name = " ".join(w.rstrip(".") for w in run)
    return name if len(name) > 1 else None


def proper_names(text: str, spans: Iterable[tuple[int, int]] | None = None) -> list[str]:
    """The distinct names in ``text`` (or in its ``spans``, such as the article's non-furniture blocks),
    in order of first appearance, at most :data:`MAX_NAMES`."""
    found: dict[str, None] = {}
    for start, end in spans if spans is not None else [(0, len(text))]:
        part = text[start:end]
        run: list[str] = []
        initial = False
        last_end = 0
        for match in _TOKEN.finditer(part):
            word = match.group()
            if word.endswith(("’s", "'s")):
                word = word[:-2]
            if run and part[last_end : match.start()] != " ":  # a run never crosses punctuation or a line
                if name := _name_of(run, initial):
                    found.setdefault(name, None)
                run = []
            last_end = match.end()
            if _is_capital(word) and any(ch.isalpha() for ch in word):
                if not run:
                    before = part[: match.start()]
                    initial = not before.strip() or bool(_SENTENCE_END.search(before)) or before.endswith("\n")
                run.append(word)
            elif run and word.lower() in _CONNECTORS:
                run.append(word)
            elif run:
                if name := _name_of(run, initial):
                    found.setdefault(name, None)
                run = []
        if run and (name := _name_of(run, initial)):
            found.setdefault(name, None)
        if len(found) >= MAX_NAMES:
            break
    return list(found)[:MAX_NAMES]
