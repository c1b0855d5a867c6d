"""Answering benchmark: prints figures, asserts nothing.

    python bench/bench_rag.py                       # warm ask latency, extractive default
    python bench/bench_rag.py --gguf MODEL.gguf     # and time to first token with a GGUF model

Questions are the test suite's (tests/questions.py): answerable, out of scope
and false premises. The index of the seeds is built in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from questions import ANSWERABLE, FALSE_PREMISE, UNANSWERABLE  # noqa: E402

from evals.metrics import percentile  # noqa: E402
from index import IndexSettings, NewsIndex  # noqa: E402
from rag import Chatbot, Settings, TextDelta  # noqa: E402

QUESTIONS = [q for q, _ in ANSWERABLE] + UNANSWERABLE + FALSE_PREMISE


def heldout_questions() -> list[str]:
    """The held-out set's questions (as people type them), without their follow-up histories."""
    from evals.heldout import load_items

    return [i.question for i in load_items(ROOT / "evals" / "heldout.jsonl") if not i.history]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="times each question is asked (default 5)")
    parser.add_argument("--gguf", type=Path, help="also time a GGUF model (time to first token)")
    parser.add_argument("--gguf-questions", type=int, default=8, help="questions asked of the GGUF model")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsqa-bench-rag-") as tmp:
        settings = Settings(index=IndexSettings(index_dir=Path(tmp) / "index"))
        index = NewsIndex(settings.index)
        index.build(ROOT / "seeds")
        bot = Chatbot(settings, index=index)
        started = time.perf_counter()
        bot.prepare()
        print(f"machine: {os.cpu_count()} CPUs; {len(QUESTIONS)} questions x {args.rounds} rounds")
        print(f"chatbot load (models, keyword index, sentence vectors): {time.perf_counter() - started:.2f} s")
        for q in QUESTIONS:  # warm every code path once
            bot.ask(q)
        latencies = []
        for _ in range(args.rounds):
            for q in QUESTIONS:
                t = time.perf_counter()
                bot.ask(q)
                latencies.append((time.perf_counter() - t) * 1000)
        print(
            f"extractive ask, warm: p50 {statistics.median(latencies):6.1f} ms   "
            f"p95 {percentile(latencies, 0.95):6.1f} ms   mean {statistics.mean(latencies):6.1f} ms"
        )
        typed = heldout_questions()
        for q in typed:  # first sight of their words (spelling, names, word vectors)
            bot.ask(q)
        typed_latencies, searches = [], []
        for _ in range(args.rounds):
            for q in typed:
                t = time.perf_counter()
                bot.ask(q)
                typed_latencies.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                index.search_by_vector(index.embeddings.embed_query(q), k=settings.dense_k)
                searches.append((time.perf_counter() - t) * 1000)
        ask50, search50 = statistics.median(typed_latencies), statistics.median(searches)
        print(
            f"held-out questions ({len(typed)}), warm: ask p50 {ask50:6.1f} ms   p95 "
            f"{percentile(typed_latencies, 0.95):6.1f} ms;  one dense search (embed + Chroma) p50 {search50:6.1f} ms;  "
            f"ask / search {ask50 / search50:.2f}x"
        )

        if args.gguf:
            llm_bot = Chatbot(Settings(index=settings.index, llm=str(args.gguf)), index=index)
            llm_bot.prepare()
            t = time.perf_counter()
            llm_bot.ask("Who is the US ambassador to Japan?")  # loads the model
            print(f"{args.gguf.name}: first answer (model load included): {time.perf_counter() - t:.2f} s")
            from rag.llm import LanguageModelComposer

            model = llm_bot.chat_model
            composer = LanguageModelComposer(model)
            first_token, first_sentence, total, removed = [], [], [], 0
            for q in QUESTIONS[: args.gguf_questions]:
                evidence = llm_bot._retrieve(llm_bot._condense({"question": q}))["ranked"][:8]
                model._client().reset()  # no prompt prefix reused from an earlier call: every timing is cold
                t = time.perf_counter()
                next(iter(composer.compose(q, evidence)), None)
                first_token.append(time.perf_counter() - t)
                model._client().reset()
                t = time.perf_counter()
                seen = None
                for event in llm_bot.stream(q):
                    if isinstance(event, TextDelta) and seen is None:
                        seen = time.perf_counter() - t
                    elif not isinstance(event, TextDelta):
                        removed += len(event.removed)
                total.append(time.perf_counter() - t)
                if seen is not None:
                    first_sentence.append(seen)
            print(f"  time to first token (raw model):    p50 {statistics.median(first_token) * 1000:7.0f} ms")
            if first_sentence:
                print(f"  time to first verified sentence:    p50 {statistics.median(first_sentence) * 1000:7.0f} ms")
            print(f"  whole answer:                       p50 {statistics.median(total) * 1000:7.0f} ms")
            print(f"  sentences removed by verification:  {removed} in {len(total)} answers")


if __name__ == "__main__":
    main()
