"""Index benchmark: prints figures, asserts nothing.

    python bench/bench_index.py                      # seeds, then 10,000 and 100,000 chunks
    python bench/bench_index.py --sizes 10000        # a subset

Figures: cold build of the seeds (model load included) and warm build (nothing
changed); for a synthetic corpus made from the seeds, build throughput in chunks
per second and search latency p50/p95. The synthetic articles recombine the
seeds' paragraphs with every number and several names varied, so that every
chunk text is new and nothing is served from the embedding reuse cache.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from evals.metrics import percentile  # noqa: E402
from index import IndexSettings, LocalEmbeddings, NewsIndex, read_article  # noqa: E402

QUERIES = [
    "Which chemicals did Japan stop restricting?",
    "When was the GSOMIA signed?",
    "What did the US ambassador tell CNN?",
    "How long had leaders' visits been suspended?",
    "What did Yoon and Kishida eat for dinner?",
    "Why did Seoul shelve the intelligence-sharing pact in 2019?",
    "What missile did North Korea launch before the summit?",
    "How will South Korea compensate forced labour victims?",
    "What did China's foreign ministry say about the summit?",
    "Which conglomerates accompanied Yoon?",
]
NAMES = ["Yoon", "Kishida", "Seoul", "Tokyo", "Emanuel", "Moon", "Atkinson"]
VARIANTS = ["Park", "Tanaka", "Busan", "Osaka", "Reyes", "Lee", "Okafor", "Novak", "Silva", "Haddad"]



def synthetic_corpus(folder: Path, target_chunks: int, seed: int = 7) -> int:
    """Write articles made from the seeds' paragraphs into ``folder``, about ``target_chunks`` chunks' worth."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = read_article(path)
        paragraphs += [article.text[b.start : b.end] for b in article.blocks if b.kind == "body"]
    folder.mkdir(parents=True, exist_ok=True)
    total, n = 0, 0
    while total < target_chunks:
        picked = rng.sample(paragraphs, k=rng.randint(6, 12))
        body = []
        for p in picked:
            p = re.sub(r"\d+", lambda m: str(rng.randint(1, 2030)), p)
            for name in NAMES:
                if rng.random() < 0.4:
                    p = p.replace(name, rng.choice(VARIANTS))
            body.append(p)
        text = f"Synthetic report {n}\n\n" + "\n\n".join(body) + "\n"
        path = folder / f"synthetic_{n:06d}.txt"
        path.write_text(text, encoding="utf-8")
        total += max(1, len(text) // 485)  # about 485 characters a chunk here; the build counts exactly
        n += 1
    return total


def time_queries(idx: NewsIndex, rounds: int) -> tuple[float, float]:
    idx.search(QUERIES[0], k=8)  # warm
    latencies = []
    for i in range(rounds):
        started = time.perf_counter()
        idx.search(QUERIES[i % len(QUERIES)], k=8)
        latencies.append((time.perf_counter() - started) * 1000)
    return statistics.median(latencies), percentile(latencies, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000], help="synthetic corpus sizes, in chunks")
    parser.add_argument("--queries", type=int, default=200, help="searches timed per corpus")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsqa-bench-") as tmp:
        tmp_path = Path(tmp)
        print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        started = time.perf_counter()
        embeddings = LocalEmbeddings()
        embeddings.embed_query("load")
        load_s = time.perf_counter() - started
        seeds_idx = NewsIndex(IndexSettings(index_dir=tmp_path / "seeds-index"), embeddings=embeddings)
        started = time.perf_counter()
        cold = seeds_idx.build(ROOT / "seeds")
        cold_s = time.perf_counter() - started
        warm = seeds_idx.build(ROOT / "seeds")
        p50, p95 = time_queries(seeds_idx, args.queries)
        print(f"embedding model load:          {load_s:8.2f} s")
        print(f"seeds cold build:              {cold_s:8.2f} s  ({cold.chunks} chunks; {cold_s + load_s:.2f} s with model load)")
        print(f"seeds warm build (no change):  {warm.seconds:8.2f} s")
        print(f"seeds search latency:          p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")

        for size in args.sizes:
            folder = tmp_path / f"corpus-{size}"
            started = time.perf_counter()
            chunks = synthetic_corpus(folder, size)
            gen_s = time.perf_counter() - started
            idx = NewsIndex(IndexSettings(index_dir=tmp_path / f"index-{size}", collection=f"bench-{size}"),
                            embeddings=embeddings)
            report = idx.build(folder, show_progress=sys.stderr.isatty())
            p50, p95 = time_queries(idx, args.queries)
            warm = idx.build(folder)
            print(
                f"{size:>7} chunks target: {report.chunks} chunks in {report.files} articles "
                f"(corpus written in {gen_s:.0f} s)\n"
                f"    build: {report.seconds:8.1f} s = {report.chunks / report.seconds:7.1f} chunks/s "
                f"(embedded {report.embedded}, reused {report.reused})\n"
                f"    warm build (no change): {warm.seconds:.1f} s\n"
                f"    search latency (k=8): p50 {p50:6.1f} ms   p95 {p95:6.1f} ms",
                flush=True,
            )
            del chunks


if __name__ == "__main__":
    main()
