"""From retrieved chunks to ranked evidence sentences, and whether they answer the question.

Scoring is pure: the sentence and question vectors are inputs, so the same
functions serve the chain and tests without a model.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from index import Sentence

from .retrieval import FusedChunk
from .text import STOPWORDS, names, numbers, terms

__all__ = [
    "Evidence", "Focus", "Layout", "SentenceVectors", "rank_sentences", "coverage", "focus",
    "question_terms", "answer_type", "has_answer_type", "answer_names", "abstention_reason", "ANSWERABLE_KINDS",
    "META_TERMS", "source_terms",
]

# Sentences that can be answers; bylines and post attributions are context, not statements.
# Headings count (captions and subheads state facts: "First summit in 12 years"), a little below body text.
ANSWERABLE_KINDS = ("body", "social", "heading")
_WEIGHTS = {"dense": 0.6, "lexical": 0.3, "chunk": 0.1}
_KIND_FACTOR = {"social": 0.85, "heading": 0.85}  # a post is somebody's opinion; a heading, a summary
_CONTEXT_WEIGHT = 0.3  # a term the question only has from the conversation counts this much
_MERGE_GAIN = 0.15  # a neighbouring sentence joins the evidence when it adds this much coverage
_OWN_SHARE = 0.7  # in a follow-up, the share of the ranking's term coverage that the question's own terms decide


@dataclass(frozen=True)
class Evidence:
    """A sentence (or two adjacent ones of a paragraph, merged) that may answer, and how well."""

    sentence: Sentence
    score: float
    dense: float
    lexical: float  # coverage of the question by the sentence and its context (with the answer type)
    covered: float = 0.0  # coverage of the question's own terms alone: what the abstention decision reads
    parts: tuple[str, ...] = ()  # the sentences' own texts, when two were merged


@dataclass(frozen=True)
class Focus:
    """What evidence for a question must contain: weighted terms, and the kind of answer asked for."""

    weights: dict[str, float]
    answer_type: str | None = None  # "number", "date" or "name"
    own: frozenset[str] = frozenset()  # the terms the question itself has (the rest came from the conversation)

    def core(self) -> Focus:
        """Only the question's own terms (all of them when it has none): what must be covered to answer."""
        own = {t: w for t, w in self.weights.items() if t in self.own}
        return Focus(own, self.answer_type, self.own) if own else self

    @property
    def type_weight(self) -> float:
        if self.answer_type is None or not self.weights:
            return 0.0
        return sum(self.weights.values()) / len(self.weights)


class Layout:
    """Where each sentence sits: its neighbours in the paragraph, and the attribution of an embedded post.

    Built from the chunks' sentences and the articles' texts (two sentences share a
    paragraph when no line break separates them).
    """

    def __init__(self, sentences: Iterable[Sentence], texts: Mapping[str, str]) -> None:
        self._texts = texts
        by_source: dict[str, dict[int, Sentence]] = {}
        for s in sentences:
            by_source.setdefault(s.source, {})[s.start] = s
        self.before: dict[tuple[str, int], Sentence] = {}
        self.after: dict[tuple[str, int], Sentence] = {}
        self.attribution: dict[tuple[str, int], str] = {}
        for source, found in by_source.items():
            ordered = [found[k] for k in sorted(found)]
            text = texts.get(source, "")
            for a, b in zip(ordered, ordered[1:]):
                if a.kind == b.kind and "\n" not in text[a.end : b.start]:
                    self.before[(source, b.start)] = a
                    self.after[(source, a.start)] = b
            post: list[Sentence] = []
            for s in ordered:
                if s.kind == "social":
                    post.append(s)
                elif s.kind == "attribution":
                    for p in post:
                        self.attribution[(source, p.start)] = s.text
                    post = []
                else:
                    post = []

    def neighbours(self, s: Sentence) -> list[Sentence]:
        """The sentences just before and after ``s`` in its paragraph."""
        key = (s.source, s.start)
        return [n for n in (self.before.get(key), self.after.get(key)) if n is not None]

    def pairs(self, s: Sentence) -> list[tuple[Sentence, tuple[str, str]]]:
        """``s`` joined with the sentence before it, and with the one after it: each as one span of the
        article (kind of ``s``'s first sentence), with the two sentences' own texts."""
        text = self._texts.get(s.source, "")
        key = (s.source, s.start)
        return [
            (Sentence(a.source, a.start, b.end, text[a.start : b.end], a.kind), (a.text, b.text))
            for a, b in ((self.before.get(key), s), (s, self.after.get(key)))
            if a is not None and b is not None
        ]

    def context(self, s: Sentence) -> str:
        """Text that tells what ``s`` is about without being part of it (who posted it)."""
        return self.attribution.get((s.source, s.start), "")


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

    def combine(self, text: str, parts: Sequence[str]) -> None:
        """Store for ``text`` (sentences joined) the normalised mean of its parts' vectors."""
        with self._lock:
            if text not in self._vectors:
                mean = np.mean([self._vectors[p] for p in parts], axis=0)
                self._vectors[text] = mean / (np.linalg.norm(mean) or 1.0)


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


# Words of the question that say what kind of answer is wanted, not what the evidence must contain.
_QUESTION_WORDS = frozenset(
    terms("many much happen happened take took taken toward towards try trying tried call called kind sort exactly "
          "step steps move action thing things way "
          "actually specifically particular")
)
_NUMBER_QUESTION = re.compile(
    r"\bhow (?:many|much|long|old|far|often|large|big)\b|\b(?:what|which) (?:number|amount|percentage|share|age)\b",
    re.IGNORECASE,
)
_DATE_QUESTION = re.compile(r"\bwhen\b|\b(?:what|which|in what) (?:year|date|day|month)\b", re.IGNORECASE)
_NAME_QUESTION = re.compile(r"\bwho(?:se|m)?\b|\bspell\w*\b|\bname[sd]?\b", re.IGNORECASE)
_DATE_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last (?:week|month|year))\b"
)


def question_terms(question: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    """The terms of a question that the evidence should contain."""
    return [t for t in terms(question) if t not in META_TERMS and t not in _QUESTION_WORDS and t not in ignore]


def answer_type(question: str) -> str | None:
    """The kind of answer asked for: "number", "date", "name", or None."""
    if _NUMBER_QUESTION.search(question):
        return "number"
    if _DATE_QUESTION.search(question):
        return "date"
    if _NAME_QUESTION.search(question):
        return "name"
    return None


def has_answer_type(kind: str | None, text: str, question: str = "") -> bool:
    """Whether ``text`` contains an answer of the kind asked for (a figure, a date, a name)."""
    if kind is None:
        return False
    if kind == "number":
        return bool(numbers(text) - numbers(question))
    if kind == "date":
        return bool(_DATE_WORDS.search(text) or numbers(text, spelled=False) - numbers(question, spelled=False))
    return bool(answer_names(text, question))


_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'-]*")
_NAME_WINDOW = 3  # words between a question term and a name that answers "who" ("the leader, Kim Jong-un")


def answer_names(text: str, question: str) -> list[str]:
    """Names in ``text`` that may answer a "who" or "how is X spelled" question: runs of capitalised
    words the question lacks, within a few words of one of its other terms ("leader Kim Jong Un")."""
    q_names = names(question)
    anchors = set(question_terms(question)) - {t for n in q_names for t in terms(n)}
    known = q_names | set(terms(question))
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text)]
    stems = [set(terms(w)) for w, _ in tokens]
    at_anchor = [i for i, stem in enumerate(stems) if stem & anchors]
    runs: list[list[str]] = []
    last = -2
    for i, (word, start) in enumerate(tokens):
        if not word[0].isupper() or word.lower() in known or word.lower() in STOPWORDS:
            continue
        if stems[i] & (known | anchors):
            continue
        if i == 0 or text[:start].rstrip()[-1:] in ".!?“\"":
            continue  # a capital that only starts a sentence or a quotation
        if not any(abs(i - j) <= _NAME_WINDOW for j in at_anchor):
            continue
        if i == last + 1:
            runs[-1].append(word)
        else:
            runs.append([word])
        last = i
    return [" ".join(run) for run in runs]


def focus(
    question: str,
    *,
    idf: Callable[[str], float],
    context: str = "",
    ignore: frozenset[str] = frozenset(),
) -> Focus:
    """The :class:`Focus` of ``question``: each term weighs its IDF (``idf`` gives a word the articles never
    use the highest); terms only ``context`` (the conversation) has count less."""
    weights = {t: idf(t) for t in question_terms(question, ignore)}
    own_terms = frozenset(weights)
    for t in question_terms(context, ignore):
        weights.setdefault(t, _CONTEXT_WEIGHT * idf(t))
    return Focus(weights, answer_type(question), own_terms)


def coverage(f: Focus, text: str, question: str = "", *, typed: bool = True) -> float:
    """Weighted share of the question ``text`` covers: its terms, and (``typed``) an answer of the kind asked for."""
    hit = typed and bool(f.type_weight) and has_answer_type(f.answer_type, text, question)
    return _share(f, set(terms(text)), hit, typed=typed)


def _share(f: Focus, found: set[str], type_hit: bool, *, typed: bool) -> float:
    """:func:`coverage` from the text's terms (``found``) and whether it holds the kind of answer asked for."""
    type_weight = f.type_weight if typed else 0.0
    total = sum(f.weights.values()) + type_weight
    if not total:
        return 0.0
    share = sum(w for t, w in f.weights.items() if t in found) + (type_weight if type_hit else 0.0)
    return share / total


def _coverages(f: Focus, core: Focus, text: str, question: str) -> tuple[float, float]:
    """(for ranking, for abstention) coverage of ``text``, its terms found once.

    Ranking reads the question's own terms mostly and the conversation's a little,
    with the answer type; abstention reads the question's own terms alone.
    """
    found = set(terms(text))
    hit = bool(f.type_weight) and has_answer_type(f.answer_type, text, question)
    ranking = _share(f, found, hit, typed=True)
    if core is not f:
        ranking = _OWN_SHARE * _share(core, found, hit, typed=True) + (1 - _OWN_SHARE) * ranking
    return ranking, _share(core, found, hit, typed=False)


def rank_sentences(
    question: str,
    question_vector: Sequence[float],
    fused: Sequence[FusedChunk],
    vectors: SentenceVectors,
    f: Focus,
    layout: Layout | None = None,
) -> list[Evidence]:
    """Every answerable sentence of the fused chunks, best first.

    A sentence's score mixes its cosine similarity to the question, how much of
    the question it covers (with the attribution of a post it belongs to), and
    the rank of the best chunk it came from. When the sentence before or after
    it in the paragraph supplies what it lacks ("… a broad alliance …" then "A
    new front building in East Asia"), the evidence is the two sentences together.
    """
    q_vec = np.asarray(question_vector, dtype=np.float32)
    core = f.core()
    best: dict[tuple[str, int, int], tuple[Sentence, float]] = {}
    for rank, fc in enumerate(fused):
        chunk_score = 1.0 / (1 + rank)
        for s in fc.chunk.sentences:
            if s.kind not in ANSWERABLE_KINDS:
                continue
            key = (s.source, s.start, s.end)
            if key not in best or best[key][1] < chunk_score:
                best[key] = (s, chunk_score)
    candidates = [s for s, _ in best.values()]
    neighbours = [n for s in candidates for n in layout.neighbours(s)] if layout else []
    vectors.ensure([s.text for s in candidates + neighbours])
    ranked: dict[tuple[str, int, int], Evidence] = {}
    for s, chunk_score in best.values():
        dense = float(np.dot(q_vec, vectors.get(s.text)))
        context = layout.context(s) if layout else ""
        lexical, covered = _coverages(f, core, f"{s.text} {context}", question)
        span, parts = s, ()
        for merged, pair in layout.pairs(s) if layout is not None and lexical < 1.0 else ():
            gain, gain_covered = _coverages(f, core, f"{merged.text} {context}", question)
            if gain >= lexical + _MERGE_GAIN:
                lexical, covered, span, parts = gain, gain_covered, merged, pair
                vectors.combine(merged.text, list(pair))
        score = _WEIGHTS["dense"] * dense + _WEIGHTS["lexical"] * lexical + _WEIGHTS["chunk"] * chunk_score
        score *= _KIND_FACTOR.get(s.kind, 1.0)
        key3 = (span.source, span.start, span.end)
        if key3 not in ranked or ranked[key3].score < score:
            ranked[key3] = Evidence(span, score, dense, lexical, covered, parts)
    return sorted(ranked.values(), key=lambda e: -e.score)


def abstention_reason(
    question: str,
    ranked: Sequence[Evidence],
    *,
    f: Focus,
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
        found = [(m.start(), m.group()) if (m := re.search(rf"\b{re.escape(n)}\b", question, re.IGNORECASE))
                 else (len(question), n) for n in corpus_missing]  # as the question writes them, in its order
        return f"the articles never mention {', '.join(word for _, word in sorted(found))}"
    top = ranked[0]
    if top.score < min_relevance:
        return "no passage is close enough to the question"
    if f.weights:
        # One passage must hold most of what is asked: facts scattered over several
        # sentences ("Kishida" here, "cancel" there) are how false premises slip through.
        share = max(e.covered for e in ranked[:context])
        if share < min_coverage:
            return f"no passage states what the question asks (the closest covers {share:.0%} of it)"
    return None
