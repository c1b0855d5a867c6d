"""Scores for retrieval, answers, citations and abstention: pure functions, no model calls.

Inputs are plain values (strings, spans, lists), so every metric is tested on
hand-made cases and means the same whichever system produced the answer.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from rag.verify import check_support, split_claims

__all__ = [
    "Span",
    "normalize",
    "doc_recall_at_k",
    "span_recall_at_k",
    "reciprocal_rank",
    "fact_recall",
    "token_f1",
    "citation_validity",
    "citation_recall_precision",
    "abstention_scores",
    "percentile",
    "missed_bars",
]


@dataclass(frozen=True)
class Span:
    source: str
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.source == other.source and self.start < other.end and other.start < self.end


def normalize(text: str) -> str:
    """Lower case, typographic quotes and dashes made plain, accents kept, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "}))
    return " ".join(text.split())


def doc_recall_at_k(retrieved: Sequence[str], relevant: Iterable[str], k: int) -> float:
    """Share of the relevant sources among the first ``k`` retrieved (duplicates count once)."""
    wanted = set(relevant)
    if not wanted:
        return 0.0
    return len(wanted & set(retrieved[:k])) / len(wanted)


def span_recall_at_k(retrieved: Sequence[Span], gold: Sequence[Span], k: int) -> float:
    """Share of gold evidence spans that some span among the first ``k`` retrieved overlaps."""
    if not gold:
        return 0.0
    top = retrieved[:k]
    return sum(any(g.overlaps(r) for r in top) for g in gold) / len(gold)


def reciprocal_rank(retrieved: Sequence[str], relevant: Iterable[str]) -> float:
    """1 / rank of the first relevant source retrieved, 0 when none is."""
    wanted = set(relevant)
    for rank, source in enumerate(retrieved, 1):
        if source in wanted:
            return 1.0 / rank
    return 0.0


def fact_recall(answer: str, required_facts: Sequence[Sequence[str]]) -> float:
    """Share of required facts the answer states (a fact: a list of acceptable phrasings)."""
    if not required_facts:
        return 0.0
    text = normalize(answer)
    return sum(any(normalize(p) in text for p in phrasings) for phrasings in required_facts) / len(required_facts)


_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCTUATION = str.maketrans("", "", string.punctuation + "“”‘’–—")


def _f1_tokens(text: str) -> list[str]:
    text = re.sub(r"\[\d+\]", " ", normalize(text)).translate(_PUNCTUATION)
    return _ARTICLES.sub(" ", text).split()


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD-style token F1 (lower case, no punctuation or articles; citation markers ignored)."""
    pred, ref = _f1_tokens(prediction), _f1_tokens(reference)
    common = sum((Counter(pred) & Counter(ref)).values())
    if not pred or not ref or not common:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def citation_validity(citations: Sequence[tuple[Span, str]], read: Callable[[str], str]) -> float:
    """Share of (span, quote) citations whose quote is exactly the source's text at that span."""
    if not citations:
        return 1.0
    return sum(read(span.source)[span.start : span.end] == quote for span, quote in citations) / len(citations)


def citation_recall_precision(answer: str, quotes: dict[int, str]) -> tuple[float, float]:
    """ALCE-style citation recall and precision with the project's support check.

    Recall: share of the answer's sentences that their cited passages, together,
    support. Precision: share of citations that matter: a citation is irrelevant
    when it cannot support its sentence alone and the sentence's other citations
    support it without it.
    """
    claims = split_claims(answer)
    if not claims:
        return 0.0, 0.0
    supported = 0
    relevant = total = 0
    for claim in claims:
        cited = [m for m in dict.fromkeys(claim.markers) if m in quotes]
        joint = bool(cited) and check_support(claim.text, [quotes[m] for m in cited]).ok
        supported += joint
        for m in cited:
            total += 1
            alone = check_support(claim.text, [quotes[m]]).ok
            others = [quotes[o] for o in cited if o != m]
            redundant = bool(others) and check_support(claim.text, others).ok
            relevant += alone or (joint and not redundant)
    return supported / len(claims), (relevant / total if total else 0.0)


def abstention_scores(abstained: Sequence[bool], answerable: Sequence[bool]) -> dict[str, float | None]:
    """Precision and recall of abstaining on the items that should abstain, and the false-abstention rate.

    A rate with nothing to count (no abstentions, no item that should abstain, no answerable item) is None.
    """
    should = [not a for a in answerable]
    hits = sum(a and s for a, s in zip(abstained, should))
    n_abstained, n_should = sum(abstained), sum(should)
    n_answerable = len(answerable) - n_should
    false_abstentions = sum(a and not s for a, s in zip(abstained, should))
    return {
        "precision": hits / n_abstained if n_abstained else None,
        "recall": hits / n_should if n_should else None,
        "false_abstention_rate": false_abstentions / n_answerable if n_answerable else None,
    }


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (nearest rank) of ``values``; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def missed_bars(
    scores: Mapping[str, float | None], bars: Mapping[str, tuple[str, float]], *, word: str = "must be",
    unmeasured: str = "not measured",
) -> list[str]:
    """The bars (name -> (">=" or "<=", value)) that ``scores`` misses, as sentences; a score that could not be
    measured misses too (an empty or odd subset must not pass by accident)."""
    failures = []
    for name, (op, bar) in bars.items():
        value = scores.get(name)
        if value is None:
            failures.append(f"{name}: {unmeasured}")
        elif not (value >= bar if op == ">=" else value <= bar):
            failures.append(f"{name} = {value} ({word} {op} {bar})")
    return failures
