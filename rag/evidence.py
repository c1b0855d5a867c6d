"""From retrieved chunks to ranked evidence sentences, and whether they answer the question.

Scoring is pure: the sentence and question vectors are inputs, so the same
functions serve the chain and tests without a model.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from index import Sentence

from .retrieval import FusedChunk
from .text import names, terms

__all__ = [
    "Evidence", "SentenceVectors", "rank_sentences", "coverage", "term_weights", "question_terms",
    "abstention_reason", "ANSWERABLE_KINDS", "META_TERMS", "source_terms",
]

# Sentences that can be answers; headings and bylines are context, not statements.
ANSWERABLE_KINDS = ("body", "social")
_WEIGHTS = {"dense": 0.6, "lexical": 0.3, "chunk": 0.1}
_SOCIAL_PENALTY = 0.85  # an embedded post is somebody's opinion, quoted by the outlet


@dataclass(frozen=True)
class Evidence:
    sentence: Sentence
    score: float
    dense: float
    lexical: float


class SentenceVectors:
    """Embeddings of sentences, computed once per distinct text and kept for the Chatbot's lifetime."""

    def __init__(self, embed: Callable[[list[str]], list[list[float]]]) -> None:
        self._embed = embed
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._vectors)

    def ensure(self, texts: Iterable[str]) -> None:
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
            if missing:
                for text, vector in zip(missing, self._embed(missing)):
                    self._vectors[text] = np.asarray(vector, dtype=np.float32)

    def get(self, text: str) -> np.ndarray:
        return self._vectors[text]


# Words about the articles rather than about the events: "how do the outlets spell …", "what did the reports say".
META_TERMS = frozenset(
    terms("outlet outlets source sources article articles report reports reported spell spelled spelling name "
          "named differ different disagree compare comparison mention mentioned write wrote describe described "
          "according news media tweet tweets embedded embeds post posts network agency newspaper")
)


def source_terms(labels: Iterable[str]) -> frozenset[str]:
    """Terms that name the sources themselves (outlets, authors), with the acronyms of multi-word names.

    "According to DW" points at a source; it is not something the evidence must say.
    """
    out: set[str] = set()
    for label in labels:
        out |= set(terms(label))
        initials = [w[0].lower() for w in label.split() if w[:1].isupper()]
        for n in range(2, len(initials) + 1):
            out.add("".join(initials[:n]))
    return frozenset(out)


def question_terms(question: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    """The terms of a question that the evidence should contain."""
    return [t for t in terms(question) if t not in META_TERMS and t not in ignore]


def term_weights(q_terms: Iterable[str], idf: Callable[[str], float], knows: Callable[[str], bool]) -> dict[str, float]:
    """IDF weight of each question term; a word the corpus lacks weighs as much as an average known one."""
    unique = set(q_terms)
    known = [idf(t) for t in unique if knows(t)]
    average = sum(known) / len(known) if known else 1.0
    return {t: idf(t) if knows(t) else average for t in unique}


def coverage(weights: dict[str, float], text: str) -> float:
    """Weighted share of the question's terms that ``text`` contains."""
    total = sum(weights.values())
    if not total:
        return 0.0
    found = set(terms(text))
    return sum(w for t, w in weights.items() if t in found) / total


def rank_sentences(
    question: str,
    question_vector: Sequence[float],
    fused: Sequence[FusedChunk],
    vectors: SentenceVectors,
    idf: Callable[[str], float],
    ignore: frozenset[str] = frozenset(),
) -> list[Evidence]:
    """Every answerable sentence of the fused chunks, best first.

    A sentence's score mixes its cosine similarity to the question, the
    IDF-weighted share of the question's terms it contains, and the rank of the
    best chunk it came from.
    """
    q_terms = set(question_terms(question, ignore))
    q_weight = sum(idf(t) for t in q_terms) or 1.0
    q_vec = np.asarray(question_vector, dtype=np.float32)
    best: dict[tuple[str, int, int], tuple[Sentence, float]] = {}
    for rank, f in enumerate(fused):
        chunk_score = 1.0 / (1 + rank)
        for s in f.chunk.sentences:
            if s.kind not in ANSWERABLE_KINDS:
                continue
            key = (s.source, s.start, s.end)
            if key not in best or best[key][1] < chunk_score:
                best[key] = (s, chunk_score)
    vectors.ensure(s.text for s, _ in best.values())
    ranked = []
    for s, chunk_score in best.values():
        dense = float(np.dot(q_vec, vectors.get(s.text)))
        lexical = sum(idf(t) for t in q_terms & set(terms(s.text))) / q_weight
        score = _WEIGHTS["dense"] * dense + _WEIGHTS["lexical"] * lexical + _WEIGHTS["chunk"] * chunk_score
        if s.kind == "social":
            score *= _SOCIAL_PENALTY
        ranked.append(Evidence(s, score, dense, lexical))
    ranked.sort(key=lambda e: -e.score)
    return ranked


def abstention_reason(
    question: str,
    ranked: Sequence[Evidence],
    *,
    idf: Callable[[str], float],
    knows: Callable[[str], bool],
    min_relevance: float,
    min_coverage: float,
    context: int = 5,
    ignore: frozenset[str] = frozenset(),
) -> str | None:
    """Why the evidence does not answer ``question``, or None when it does."""
    if not ranked:
        return "no passage of the articles matches the question"
    # A name or number the articles never mention cannot be answered from them.
    digits = set(re.findall(r"\d+", question))  # numbers written as digits; "two" is not a fact to look up
    corpus_missing = sorted(
        n for n in names(question) | digits if not all(knows(t) or t in ignore for t in terms(n))
    )
    if corpus_missing:
        return f"the articles never mention {', '.join(corpus_missing)}"
    top = ranked[0]
    if top.score < min_relevance:
        return "no passage is close enough to the question"
    weights = term_weights(question_terms(question, ignore), idf, knows)
    if weights:
        # One sentence must hold most of what is asked: facts scattered over several
        # sentences ("Kishida" here, "cancel" there) are how false premises slip through.
        share = max(coverage(weights, e.sentence.text) for e in ranked[:context])
        if share < min_coverage:
            return f"no passage states what the question asks (the closest covers {share:.0%} of it)"
    return None
