"""``python -m evals``: run the gold set through newsqa and the baseline, write the report, gate CI."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from index import NewsIndexError, read_article
from rag import RagError

from . import heldout, realtimeqa, review
from .report import by_type, gate_failures, misses, score, write_report
from .runner import Baseline, load_gold, run_newsqa, seeds_bot

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    """Run the suite that ``--suite`` names (default: gold) with the rest of the arguments."""
    known, _ = SUITE_OPTION.parse_known_args(argv)
    return SUITES[known.suite](argv, parents=[SUITE_OPTION])


def gold(argv: list[str] | None = None, *, parents: Sequence[argparse.ArgumentParser] = ()) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals", description="Score newsqa on the gold Q&A set.",
                                     parents=list(parents))
    parser.add_argument("--llm", default=None, help="a .gguf path or server URL (default: NEWSQA_LLM, else extractive)")
    parser.add_argument("--types", nargs="*", help="only these question types")
    parser.add_argument("--ids", nargs="*", help="only these item ids")
    parser.add_argument("--gold", type=Path, default=ROOT / "evals" / "gold.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "evals", help="where report.md/json go")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--no-baseline", action="store_true", help="skip the LangChain-tutorial baseline")
    parser.add_argument("--gate", action="store_true", help="exit 1 when a CI gate is not met")
    args = parser.parse_args(argv)
    try:
        items = load_gold(args.gold, types=args.types, ids=args.ids)
        if not items:
            print("error: no gold items match", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory(prefix="newsqa-evals-") as tmp:
            bot, index, mode = seeds_bot(Path(tmp), args.seeds, args.llm)
            print(f"newsqa: {len(items)} items, {mode} mode ...", flush=True)
            records = {"newsqa": run_newsqa(bot, items)}
            # The texts every offset refers to: what the baseline indexes and what citations are checked against.
            articles = {p.name: read_article(p).text for p in sorted(args.seeds.glob("*")) if p.is_file()}
            if not args.no_baseline:
                print("baseline (LangChain RAG tutorial) ...", flush=True)
                baseline = Baseline(articles, index.embeddings, Path(tmp) / "baseline", chat_model=bot.chat_model)
                records["baseline"] = baseline.run(items)
        results = {name: score(recs, articles.__getitem__) for name, recs in records.items()}
        per_type = by_type(records["newsqa"], articles.__getitem__)
        md, js = write_report(args.out, mode=mode, results=results, per_type=per_type,
                              missed=misses(records["newsqa"]))
        print(md.read_text(encoding="utf-8"))
        print(f"wrote {md} and {js}")
        failures = gate_failures(results["newsqa"])
        if args.gate and failures:
            print("eval gate failed: " + "; ".join(failures), file=sys.stderr)
            return 1
        return 0
    except (RagError, NewsIndexError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


# The eval suites, by name: each takes the command line (``--suite`` included) and returns the exit code.
SUITES = {"gold": gold, "heldout": heldout.main, "realtimeqa": realtimeqa.main, "review": review.main}
SUITE_OPTION = argparse.ArgumentParser(prog="python -m evals", add_help=False)
SUITE_OPTION.add_argument("--suite", choices=list(SUITES), default="gold", help="which eval suite to run (default: gold)")
