"""The held-out suite: its split, its judging (pure functions) and its gate."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from evals.heldout import GATES, TARGETS, HeldoutItem, Outcome, gate_failures, judge, load_items, render, summarize

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _item(**kw) -> HeldoutItem:
    base = dict(id="h1", question="q", kind="factoid", answerable=True, required_facts=[["Samsung"], ["LG"]],
                min_facts=2, split="dev")
    return HeldoutItem(**{**base, **kw})


def test_the_set_is_split_before_tuning_into_dev_and_test_of_every_kind():
    items = load_items(ROOT / "evals" / "heldout.jsonl")
    assert len(items) >= 150
    splits = Counter(i.split for i in items)
    assert set(splits) == {"dev", "test"} and min(splits.values()) >= 75
    kinds = {i.kind for i in items}
    for kind in kinds:
        assert {i.split for i in items if i.kind == kind} == {"dev", "test"}, kind
    unanswerable = sum(not i.answerable for i in items) / len(items)
    assert 0.25 <= unanswerable <= 0.4


def test_rewordings_only_reword_answerable_dev_questions():
    # Rewordings are for tuning: each one is of a dev question, judged by that question's facts, never of test.
    items = {i.id: i for i in load_items(ROOT / "evals" / "heldout.jsonl")}
    lines = (ROOT / "evals" / "rewordings.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 300
    for line in lines:
        raw = json.loads(line)
        original = items[raw["rewords"]]
        assert original.split == raw["split"] == "dev" and original.answerable and not original.history
        assert raw["required_facts"] == original.required_facts and raw["question"] != original.question


def test_every_evidence_quote_is_in_its_article():
    for line in (ROOT / "evals" / "heldout.jsonl").read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        for e in raw["evidence"]:
            assert e["quote"] in (SEEDS / e["source"]).read_text(encoding="utf-8"), (raw["id"], e["quote"])


def test_every_conversation_is_one_the_chat_accepts():
    from rag.followup import validate_history

    for item in load_items(ROOT / "evals" / "heldout.jsonl"):
        assert validate_history(item.history) == item.history, item.id  # raises on a turn the chat would refuse
        assert item.history or item.kind != "followup", item.id  # a follow-up follows something


def test_an_answer_is_correct_with_enough_facts_and_no_refusal():
    item = _item()
    assert judge(item, "Samsung and LG went. [1]", abstained=False) == (True, 2)
    assert judge(item, "Samsung went. [1]", abstained=False) == (False, 1)
    assert judge(item, "The articles don't answer that: Samsung, LG.", abstained=True) == (False, 2)
    summary = _item(required_facts=[["a"], ["b"], ["c"]], min_facts=2)
    assert judge(summary, "a and c [1]", abstained=False)[0]


def test_a_refusal_is_what_an_unanswerable_item_wants():
    item = _item(answerable=False, required_facts=[], min_facts=0)
    assert judge(item, "The articles don't answer that.", abstained=True) == (True, 0)
    assert judge(item, "Something confident. [1]", abstained=False) == (False, 0)


def _outcome(item: HeldoutItem, correct: bool, abstained: bool, citations=()) -> Outcome:
    return Outcome(item=item, answer="x", abstained=abstained, citations=tuple(citations), correct=correct,
                   facts_found=0, seconds=0.01)


def test_summary_figures_and_the_gate():
    text = (SEEDS / "000_0f4695afc63a5827.txt").read_text(encoding="utf-8")
    good = ("000_0f4695afc63a5827.txt", 0, 10, text[:10])
    bad = ("000_0f4695afc63a5827.txt", 0, 10, "not the text")
    outcomes = [
        _outcome(_item(id="a"), True, False, [good]),
        _outcome(_item(id="b"), False, True),  # a false refusal
        _outcome(_item(id="c", answerable=False, kind="unanswerable"), True, True),
        _outcome(_item(id="d", answerable=False, kind="unanswerable"), False, False, [bad]),
    ]
    s = summarize(outcomes, lambda source: (SEEDS / source).read_text(encoding="utf-8"))
    assert s["correct"] == 0.5 and s["false_abstention_rate"] == 0.5 and s["abstention_recall"] == 0.5
    assert s["citation_validity"] == 0.5
    assert s["by_kind"] == {"factoid": {"items": 2, "correct": 0.5}, "unanswerable": {"items": 2, "correct": 0.5}}
    failures = gate_failures(s)
    missed = [name for name, (op, bar) in GATES.items() if not (s[name] >= bar if op == ">=" else s[name] <= bar)]
    assert [f.split()[0] for f in failures] == missed  # each gate the figures miss, and only those
    assert {"correct", "false_abstention_rate", "citation_validity"} <= set(missed)  # 0.5 passes none of these
    assert len(gate_failures(s, TARGETS)) == len(TARGETS)
    assert all(TARGETS[name][1] != GATES[name][1] or name == "citation_validity" for name in GATES)
    assert gate_failures({}) == [f"{name}: not measured" for name in GATES]
    md = render({"dev": s, "test": s}, "extractive", [outcomes[1]])
    assert f"| correct | 0.5 | 0.5 | >= 0.85 | >= {GATES['correct'][1]} |" in md and "| b | factoid |" in md
