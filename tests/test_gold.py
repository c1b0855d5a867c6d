"""The gold set (evals/gold.jsonl) is well formed and its evidence is exactly where it says."""

from __future__ import annotations

import json
from collections import Counter

from conftest import ROOT, SEEDS, original

TYPES = {"single_source", "multi_source", "comparison", "numbers_dates", "unanswerable", "false_premise", "follow_up"}


def rows():
    with open(ROOT / "evals" / "gold.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_gold_set_size_types_and_coverage():
    items = rows()
    assert len(items) >= 80 and len({r["id"] for r in items}) == len(items)
    by_type = Counter(r["type"] for r in items)
    assert set(by_type) == TYPES and min(by_type.values()) >= 8, by_type
    per_article = Counter(src for r in items for src in {e["source"] for e in r["evidence"]})
    assert set(per_article) == {p.name for p in SEEDS.glob("*.txt")} and min(per_article.values()) >= 10


def test_every_evidence_span_is_the_quote_in_its_file():
    for r in rows():
        for e in r["evidence"]:
            assert original(SEEDS / e["source"])[e["start"] : e["end"]] == e["quote"], r["id"]


def test_items_are_consistent():
    for r in rows():
        assert r["question"].strip().endswith("?") and r["reference"].strip(), r["id"]
        if r["answerable"]:
            assert r["evidence"] and r["required_facts"] and all(r["required_facts"]), r["id"]
            assert r["type"] not in ("unanswerable", "false_premise"), r["id"]
        else:
            assert not r["evidence"] and not r["required_facts"], r["id"]
        if r["type"] == "follow_up":
            assert [m["role"] for m in r["history"]] == ["user", "assistant"], r["id"]
        else:
            assert r["history"] == [], r["id"]
