"""Scoring records into tables, the report (Markdown, JSON, a chart) and the CI gate."""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .metrics import (
    Span,
    abstention_scores,
    citation_recall_precision,
    citation_validity,
    doc_recall_at_k,
    fact_recall,
    missed_bars,
    percentile,
    reciprocal_rank,
    span_recall_at_k,
    token_f1,
)
from .runner import Record

__all__ = ["score", "GATES", "gate_failures", "misses", "write_report", "K"]

K = 4  # retrieval is scored on the first K chunks: the baseline's top-4
# CI fails below these (raise them as the system improves; never lower one to pass).
# First bars (issue 4): fact recall 0.90, validity 1.00, precision 0.90, abstention recall 0.85,
# false abstention 0.10. Raised once the extractive mode scored 0.96 / 1.00 / 1.00 / 0.94 / 0.02.
# Issue 9: the abstention bars were met by a threshold fitted to this very set, and that rule refused
# half of the questions people actually ask. Abstention is now calibrated on the held-out dev split and
# gated on its test split (evals/heldout.py); here the two abstention bars guard against collapse only.
GATES = {
    "fact_recall": (">=", 0.93),
    "citation_validity": (">=", 1.00),
    "citation_precision": (">=", 0.95),
    "abstention_recall": (">=", 0.55),
    "false_abstention_rate": ("<=", 0.08),
}
MULTI = ("multi_source", "comparison")


def _mean(values: Sequence[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def score(records: Sequence[Record], read: Callable[[str], str]) -> dict[str, Any]:
    """Every metric over ``records`` (one system's run of some items)."""
    answerable = [r for r in records if r.item.answerable]
    with_evidence = [r for r in answerable if r.item.evidence]
    out: dict[str, Any] = {"items": len(records)}
    out["doc_recall@4"] = _mean([doc_recall_at_k([s for s, _, _ in r.retrieved], r.item.sources, K)
                                 for r in with_evidence])
    out["span_recall@4"] = _mean([
        span_recall_at_k([Span(*x) for x in r.retrieved],
                         [Span(e["source"], e["start"], e["end"]) for e in r.item.evidence], K)
        for r in with_evidence
    ])
    out["mrr"] = _mean([reciprocal_rank([s for s, _, _ in r.retrieved], r.item.sources) for r in with_evidence])
    answered = [r for r in records if r.answer is not None]
    if not answered:
        return out
    scored = [r for r in answerable if r.answer is not None]
    out["fact_recall"] = _mean([0.0 if r.abstained else fact_recall(r.answer, r.item.required_facts) for r in scored])
    out["token_f1"] = _mean([0.0 if r.abstained else token_f1(r.answer, r.item.reference) for r in scored])
    cited = [r for r in answered if not r.abstained]
    all_citations = [(Span(s, a, b), q) for r in cited for s, a, b, q in r.citations]
    out["citation_validity"] = round(citation_validity(all_citations, read), 4)
    pairs = [citation_recall_precision(r.answer, r.quotes) for r in cited]
    out["citation_recall"] = _mean([p[0] for p in pairs])
    out["citation_precision"] = _mean([p[1] for p in pairs])
    needed = [r for r in cited if r.item.evidence]
    out["required_sources_cited"] = _mean([
        float(r.item.sources <= {s for s, *_ in r.citations}) if r.item.type in MULTI
        else float(bool(r.item.sources & {s for s, *_ in r.citations}))
        for r in needed
    ])
    abst = abstention_scores([r.abstained for r in answered], [r.item.answerable for r in answered])
    for key, value in abst.items():
        name = key if key == "false_abstention_rate" else f"abstention_{key}"
        out[name] = None if value is None else round(value, 4)
    seconds = [r.seconds * 1000 for r in answered]
    out["latency_p50_ms"] = round(percentile(seconds, 0.5), 1)
    out["latency_p95_ms"] = round(percentile(seconds, 0.95), 1)
    out["removed_by_verification"] = sum(r.removed for r in answered)
    return out


def by_type(records: Sequence[Record], read: Callable[[str], str]) -> dict[str, dict[str, Any]]:
    types = sorted({r.item.type for r in records})
    return {t: score([r for r in records if r.item.type == t], read) for t in types}


def misses(records: Sequence[Record]) -> list[dict[str, Any]]:
    """The items a system got wrong, with what it said: abstained on an answerable item,
    answered an unanswerable one, or missed a required fact."""
    out = []
    for r in records:
        if r.answer is None:
            continue
        if r.item.answerable:
            recall = 0.0 if r.abstained else fact_recall(r.answer, r.item.required_facts)
            if recall >= 1.0:
                continue
            why = "abstained" if r.abstained else f"fact recall {recall:.2f}"
        elif r.abstained:
            continue
        else:
            why = "answered an item the articles do not answer"
        out.append({"id": r.item.id, "type": r.item.type, "question": r.item.question, "why": why,
                    "answer": r.answer, "cited": sorted({c[0] for c in r.citations})})
    return out


def gate_failures(overall: dict[str, Any]) -> list[str]:
    """The gates ``overall`` does not meet, as sentences."""
    return missed_bars(overall, GATES, unmeasured="not measured on these items")


_HEADLINE = [
    "fact_recall", "token_f1", "citation_validity", "citation_recall", "citation_precision",
    "required_sources_cited", "abstention_precision", "abstention_recall", "false_abstention_rate",
    "doc_recall@4", "span_recall@4", "mrr", "latency_p50_ms", "latency_p95_ms", "removed_by_verification",
]


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) and value <= 1.0 else str(value)


def _chart(per_type: dict[str, dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    types = list(per_type)
    metrics = [("fact_recall", "fact recall"), ("citation_precision", "citation precision"),
               ("abstention_recall", "abstention recall"), ("doc_recall@4", "doc recall@4")]
    fig, ax = plt.subplots(figsize=(10, 4.2), dpi=110)
    width = 0.8 / len(metrics)
    for i, (key, label) in enumerate(metrics):
        values = [per_type[t].get(key) for t in types]
        xs = [x + i * width for x in range(len(types))]
        ax.bar(xs, [v or 0 for v in values], width, label=label)
    ax.set_xticks([x + 0.4 - width / 2 for x in range(len(types))], [t.replace("_", " ") for t in types])
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("score")
    ax.set_title("newsqa: scores per question type")
    ax.legend(ncol=4, fontsize=8, loc="lower center", bbox_to_anchor=(0.5, -0.32))
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write_report(
    folder: Path,
    *,
    mode: str,
    results: dict[str, dict[str, Any]],
    per_type: dict[str, dict[str, Any]],
    missed: Sequence[dict[str, Any]] = (),
) -> tuple[Path, Path]:
    """Write report.json, report.md and scores_by_type.png into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    chart = folder / "scores_by_type.png"
    _chart(per_type, chart)
    data = {"mode": mode, "systems": results, "newsqa_by_type": per_type, "gates": {
        k: {"op": op, "bar": bar} for k, (op, bar) in GATES.items()}, "gate_failures": gate_failures(results["newsqa"]),
        "newsqa_misses": list(missed)}
    json_path = folder / "report.json"
    json_path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    systems = list(results)
    lines = [
        "# newsqa eval report", "",
        f"Mode: **{mode}**. {results['newsqa']['items']} gold items (evals/gold.jsonl). "
        f"Retrieval is scored on the first {K} chunks. The baseline is LangChain's RAG tutorial pipeline "
        "(recursive splitter 1000/200, top-4 similarity over the same embeddings and Chroma).", "",
        "| metric | " + " | ".join(systems) + " | gate |",
        "|---|" + "---|" * len(systems) + "---|",
    ]
    for name in _HEADLINE:
        gate = " ".join(map(str, GATES[name])) if name in GATES else ""
        lines.append(f"| {name} | " + " | ".join(_fmt(results[s].get(name)) for s in systems) + f" | {gate} |")
    failures = data["gate_failures"]
    lines += ["", "Gates: " + ("all met." if not failures else "**not met**: " + "; ".join(failures)), "",
              "## newsqa by question type", "", f"![scores per type]({chart.name})", ""]
    cols = ["items", "fact_recall", "token_f1", "citation_precision", "required_sources_cited", "abstention_recall",
            "false_abstention_rate", "doc_recall@4", "mrr", "latency_p50_ms"]
    lines += ["| type | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for t, row in per_type.items():
        lines.append(f"| {t} | " + " | ".join(_fmt(row.get(c)) for c in cols) + " |")
    lines += ["", f"## Items newsqa missed ({len(missed)})", ""]
    if missed:
        lines += ["| id | type | question | why | answer |", "|---|---|---|---|---|"]
        for m in missed:
            answer = " ".join(m["answer"].split())
            answer = answer if len(answer) <= 160 else answer[:157] + "..."
            cells = [m["id"], m["type"], m["question"], m["why"], answer]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    else:
        lines.append("None.")
    md_path = folder / "report.md"
    md_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return md_path, json_path
