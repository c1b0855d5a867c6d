"""The eval metrics on hand-made cases (pure functions: no model, no index)."""

from __future__ import annotations

import pytest

from evals.metrics import (
    Span,
    abstention_scores,
    citation_recall_precision,
    citation_validity,
    doc_recall_at_k,
    fact_recall,
    percentile,
    reciprocal_rank,
    span_recall_at_k,
    token_f1,
)

QUOTE_CHEM = "Tokyo lifted restrictions on exports of three chemicals, fluorinated polyimide and hydrogen fluoride"
QUOTE_WTO = "Seoul will withdraw its complaint at the World Trade Organization"


def test_retrieval_metrics():
    retrieved = ["a.txt", "b.txt", "a.txt", "c.txt"]
    assert doc_recall_at_k(retrieved, {"a.txt", "c.txt"}, k=2) == 0.5
    assert doc_recall_at_k(retrieved, {"a.txt", "c.txt"}, k=4) == 1.0
    assert reciprocal_rank(retrieved, {"b.txt"}) == 0.5 and reciprocal_rank(retrieved, {"z.txt"}) == 0.0
    gold = [Span("a.txt", 10, 20), Span("c.txt", 0, 5)]
    spans = [Span("a.txt", 15, 40), Span("b.txt", 0, 100), Span("c.txt", 5, 9)]
    assert span_recall_at_k(spans, gold, k=3) == 0.5  # [5, 9) touches [0, 5) only at its end: no overlap
    assert span_recall_at_k(spans, gold, k=1) == 0.5 and span_recall_at_k(spans, [], k=3) == 0.0


def test_fact_recall_accepts_any_phrasing_and_ignores_typography():
    answer = "Japan’s Foreign Ministry said Kim Jong‑un’s regime launched an ICBM — twelve years on."
    assert fact_recall(answer, [["japan's foreign ministry"], ["ICBM", "intercontinental"], ["12", "twelve"]]) == 1.0
    assert fact_recall(answer, [["Seoul"], ["ICBM"]]) == 0.5
    assert fact_recall(answer, []) == 0.0


def test_token_f1():
    assert token_f1("The chemicals were lifted [1].", "the chemicals were lifted") == 1.0
    assert token_f1("Rahm Emanuel", "Rahm Emanuel, the ambassador") == pytest.approx(2 * 1 * (2 / 3) / (1 + 2 / 3))
    assert token_f1("nothing alike", "Rahm Emanuel") == 0.0 and token_f1("", "x") == 0.0


def test_citation_validity():
    files = {"a.txt": "0123456789"}
    good, bad = (Span("a.txt", 2, 5), "234"), (Span("a.txt", 2, 5), "999")
    assert citation_validity([good, good], files.__getitem__) == 1.0
    assert citation_validity([good, bad], files.__getitem__) == 0.5
    assert citation_validity([], files.__getitem__) == 1.0


def test_citation_recall_and_precision_alce_style():
    quotes = {1: QUOTE_CHEM, 2: QUOTE_WTO, 3: "The dinner was sukiyaki."}
    # Both sentences supported; each citation supports its sentence alone.
    assert citation_recall_precision("Tokyo lifted restrictions on three chemicals [1]. Seoul will withdraw its complaint at the World Trade Organization [2].", quotes) == (1.0, 1.0)
    # An irrelevant extra citation halves precision, not recall.
    assert citation_recall_precision("Tokyo lifted restrictions on three chemicals [1][3].", quotes) == (1.0, 0.5)
    # A sentence its citation does not support: recall 0.5; its citation is not relevant.
    assert citation_recall_precision("Tokyo lifted restrictions on three chemicals [1]. Seoul lifted four [2].", quotes) == (0.5, 0.5)
    assert citation_recall_precision("", quotes) == (0.0, 0.0)


def test_abstention_scores():
    scores = abstention_scores(abstained=[True, False, True, True], answerable=[False, False, True, True])
    assert scores == {"precision": 1 / 3, "recall": 0.5, "false_abstention_rate": 1.0}
    assert abstention_scores([False, False], [True, True]) == {"precision": None, "recall": None,
                                                               "false_abstention_rate": 0.0}


def test_percentile():
    assert percentile([5, 1, 3, 2, 4], 0.5) == 3 and percentile([5, 1, 3, 2, 4], 0.95) == 5 and percentile([], 0.5) == 0
