"""The review suite: newsqa on news corpora it was never built for, asked the way hurried readers type.

``python -m evals --suite review [--split dev|test|all] [--gate] [--out DIR]``

The seeds are five reports of one summit; a rule fitted to them can look right there and be wrong on any
other news. Each corpus of this suite is 20 real news articles on different stories (CNN, USA Today, The
Week; from RealTime QA's files of 2022-06-13 to 2022-07-15, its gold articles and search results, never its
test weeks; about half of the test corpora's articles are also in RealTime QA's dev corpus, their questions are
not) with 40 questions about them, written by a reader with a fresh context who saw no code: typos, casual
shorthand, other spellings and nicknames, acronyms, yes/no, "who said", figures, dates, summaries, multi-part,
and about 30 % unanswerable-but-plausible or false premise. Each question names the passage that answers it
(or contradicts its premise), checked to be a verbatim slice of the article.

- ``evals/review_articles.jsonl``: the articles of each corpus, by URL and the week file (and whether the
  ``_gold`` or ``_gcs`` file) whose text was used. Nothing of the articles' text is copied into this
  repository: each corpus is rebuilt from the RealTime QA files (``shared/benchmarks/realtimeqa``, or
  ``NEWSQA_REALTIMEQA_DIR``) as Markdown files with their title, date, outlet and URL.
- ``evals/review.jsonl``: the questions, in the held-out suite's format (``required_facts``: one fact whose
  phrasings are the article's own words; ``evidence``: the passage), each with its ``corpus`` and ``split``.

Splits, fixed before any tuning: corpora r11 to r16 are **dev** (rules were tuned on them while they were
being written); r17 and r18 were written later by two more readers and are **test**, only ever scored: the
report lists dev misses and counts test ones. r19 to r21 (dev too) came later still, from three more readers
given 20 articles each that no other corpus uses, drawn at random from those weeks' search results. Each corpus is indexed on its own (a user's small collection),
under ``.newsqa/evals/review/<corpus>-<hash>/`` (git-ignored), and reused by a second run.

An item is judged as in the held-out suite (:func:`evals.heldout.judge`): an answerable one is right when it
is answered with one of its fact's phrasings, an unanswerable one when it is refused.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import heldout
from . import realtimeqa as rt
from .heldout import HeldoutItem, Outcome, load_items, run_items, summarize

__all__ = ["ArticleRef", "load_articles", "rebuild", "CorpusError", "SPLITS", "GATES", "TARGETS", "main"]

ROOT = Path(__file__).resolve().parents[1]
ITEMS = ROOT / "evals" / "review.jsonl"
ARTICLES = ROOT / "evals" / "review_articles.jsonl"
CACHE = ROOT / ".newsqa" / "evals" / "review"
SPLITS = ("dev", "test")
# Issue 9's targets (the held-out suite's), and what CI enforces on the test split until they are met: the
# figures measured when the suite landed (correct 0.562, false abstention 0.196, abstention recall 0.458 on 80
# items: 56 answerable, 24 not), with a margin of one or two items. Raise them as the system improves; never
# lower one to pass on the same items.
TARGETS = heldout.TARGETS
GATES = {
    "correct": (">=", 0.53),
    "false_abstention_rate": ("<=", 0.22),
    "abstention_recall": (">=", 0.41),
    "citation_validity": (">=", 1.0),
}
CorpusError = rt.CorpusError


@dataclass(frozen=True)
class ArticleRef:
    """Where one article of a review corpus comes from."""

    corpus: str
    file: str  # its name in the corpus (what citations name)
    url: str
    week: str  # YYYYMMDD of the RealTime QA file that holds it
    origin: str  # "gold" or "gcs": which of that week's files


def load_articles(path: Path = ARTICLES) -> list[ArticleRef]:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [ArticleRef(corpus=r["corpus"], file=r["file"], url=r["url"], week=r["week"], origin=r["from"])
            for r in rows]


def load_corpora(path: Path = ITEMS) -> dict[str, tuple[str, list[HeldoutItem]]]:
    """Corpus name -> (its split, its items), in file order; a corpus has one split."""
    with open(path, encoding="utf-8") as handle:
        corpus_of = {raw["id"]: raw["corpus"] for raw in map(json.loads, filter(str.strip, handle))}
    corpora: dict[str, tuple[str, list[HeldoutItem]]] = {}
    for item in load_items(path):
        split, items = corpora.setdefault(corpus_of[item.id], (item.split, []))
        if item.split != split:
            raise CorpusError(f"corpus {corpus_of[item.id]} has items in both {split} and {item.split}")
        items.append(item)
    return corpora


def _rows(data: Path, week: str, origin: str) -> list[Mapping[str, Any]]:
    path = data / f"{week}_{origin}.jsonl"
    if not path.is_file():
        raise CorpusError(f"{path} is missing: the review corpora are rebuilt from the RealTime QA files")
    with open(path, encoding="utf-8") as handle:
        return [r for line in handle if line.strip() for r in json.loads(line).get("search_result") or []]


def _same(text: str) -> str:
    return " ".join(text.split())


def rebuild(refs: Sequence[ArticleRef], items: Sequence[HeldoutItem], data: Path) -> dict[str, rt.Doc]:
    """The articles of one corpus (file name -> article) from the RealTime QA files; every passage its
    ``items`` cite must be in its article, so a changed data file is caught here and not scored."""
    # Each file once: the ones the articles come from, and each week's search results, whose titles name the
    # pages of gold rows too (a gold row has none).
    needed = {(ref.week, ref.origin) for ref in refs} | {(ref.week, "gcs") for ref in refs}
    rows = {(week, origin): _rows(data, week, origin) for week, origin in sorted(needed)}
    titles = {rt.url_key(r["url"]): t for (_, origin), found in rows.items() if origin == "gcs" for r in found
              if r.get("url") and (t := rt.clean_title(r.get("title")))}
    files: dict[str, rt.Doc] = {}
    for ref in refs:
        found = rows[ref.week, ref.origin]
        row = next((r for r in found if r.get("url") == ref.url and (r.get("text") or "").strip()), None)
        if row is None:
            raise CorpusError(f"{ref.corpus}/{ref.file}: {ref.url} is not in {ref.week}_{ref.origin}.jsonl")
        files[ref.file] = rt.doc_of(row, titles.get(rt.url_key(ref.url)) or rt.slug_title(ref.url))
    for item in items:
        for ev in item.evidence:
            doc = files.get(ev["source"])
            if doc is None or _same(ev["quote"]) not in _same(f"{doc.title or ''}\n{doc.text}"):
                raise CorpusError(f"item {item.id}: its passage is not in {ev['source']} as rebuilt (the data "
                                  "files changed?)")
    return files


def _misses(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    return [{"id": o.item.id, "kind": o.item.kind, "question": o.item.question, "answer": o.answer,
             "abstained": o.abstained} for o in outcomes if not o.correct]


def render(summaries: Mapping[str, Mapping[str, Any]], per_corpus: Mapping[str, Mapping[str, Any]],
           split_of: Mapping[str, str], mode: str, dev_misses: Sequence[Mapping[str, Any]]) -> str:
    """The report as Markdown: dev and test side by side, per corpus and per kind, then the dev misses."""
    cols = [s for s in SPLITS if s in summaries]
    lines = [
        f"# newsqa review suite ({mode})", "",
        "Other news corpora (20 real articles each, 40 questions typed as hurried readers type them, about 30 % "
        "unanswerable or false premise), each indexed on its own. Tuned on **dev** corpora only; CI gates on "
        "**test**. See `evals/review.py`.", "",
        *heldout.metric_table(summaries, cols, TARGETS, GATES),
    ]
    lines += ["", "## Per corpus", "", "| corpus | split | items | correct | false abstention | abstention recall |",
              "|---|---|---|---|---|---|"]
    for name, s in per_corpus.items():
        lines.append(f"| {name} | {split_of[name]} | {s['items']} | {s['correct']} | {s['false_abstention_rate']} "
                     f"| {s['abstention_recall']} |")
    if "dev" in summaries:
        # Dev only: test has a few items of each kind, and its questions are in the repository, so a kind all
        # right or all wrong would tell which test items fail.
        lines += ["", "## Correct on dev, per kind", "", "| kind | dev |", "|---|---|"]
        for kind, k in sorted(summaries["dev"].get("by_kind", {}).items()):
            lines.append(f"| {kind} | {k['correct']:.2f} ({k['items']}) |")
    if "test" in summaries:
        short = heldout.gate_failures(summaries["test"], TARGETS)
        lines += ["", "Targets on test: " + ("**met**." if not short else "**not met**: " + "; ".join(short) + ".")]
    if dev_misses:
        # Dev misses only: they are what tuning reads. Test is shown in aggregate, so that nobody tunes on it.
        lines += ["", f"## Dev items missed ({len(dev_misses)})", "", "| id | kind | question | newsqa |",
                  "|---|---|---|---|"]
        for m in dev_misses:
            said = ("(refused) " if m["abstained"] else "") + re.sub(r"\s+", " ", m["answer"]).replace("|", "/")[:160]
            lines.append(f"| {m['id']} | {m['kind']} | {m['question'].replace('|', '/')} | {said} |")
    return "\n".join(lines) + "\n"


def evaluate(splits: Sequence[str], *, data: Path, cache: Path = CACHE, llm: str | None = None,
             items_path: Path = ITEMS, articles_path: Path = ARTICLES, embeddings: Any = None,
             log: Any = print) -> dict[str, Any]:
    """Rebuild, index (or reuse) and ask every corpus of ``splits``; the figures per split and per corpus."""
    corpora = {name: v for name, v in load_corpora(items_path).items() if v[0] in splits}
    refs: dict[str, list[ArticleRef]] = defaultdict(list)
    for ref in load_articles(articles_path):
        refs[ref.corpus].append(ref)
    mode = ""
    outcomes: dict[str, list[Outcome]] = defaultdict(list)
    per_corpus: dict[str, dict[str, Any]] = {}
    texts: dict[str, str] = {}  # "corpus/file" -> text, for citation validity across corpora
    started = time.perf_counter()
    for name, (split, items) in corpora.items():
        files = rebuild(refs[name], items, data)
        corpus = rt.Corpus(files=files)
        folder = cache / f"{name}-{corpus.digest}"
        rt.write_corpus(corpus, folder / "corpus")
        indexed = rt.index_corpus(folder, llm=llm, embeddings=embeddings)
        embeddings, mode = indexed.cached.inner, indexed.mode  # one model for every corpus
        log(f"{name} ({split}): {len(files)} articles, {indexed.report.chunks} chunks ({indexed.report.embedded} "
            f"embedded, {indexed.report.reused} reused); {len(items)} questions ...")
        done = run_items(indexed.bot, items)
        indexed.cached.save()
        for a in indexed.index.articles():
            texts[f"{name}/{a.source}"] = a.text
        done = [_in_corpus(o, name) for o in done]
        per_corpus[name] = _shown(summarize(done, texts.__getitem__), split)
        outcomes[split] += done
    summaries = {s: _shown(summarize(outcomes[s], texts.__getitem__), s) for s in SPLITS if outcomes.get(s)}
    return {"mode": mode, "summaries": summaries, "per_corpus": per_corpus,
            "split_of": {name: v[0] for name, v in corpora.items()}, "dev_misses": _misses(outcomes.get("dev", [])),
            "wall_s": round(time.perf_counter() - started, 1)}


def _shown(summary: dict[str, Any], split: str) -> dict[str, Any]:
    """``summary`` as the report keeps it: a test split's without its per-kind figures (see :func:`render`)."""
    return summary if split != "test" else {k: v for k, v in summary.items() if k != "by_kind"}


def _in_corpus(o: Outcome, corpus: str) -> Outcome:
    """``o`` with its citations named ``corpus/file``: corpora may reuse file names."""
    return replace(o, citations=tuple((f"{corpus}/{s}", a, b, q) for s, a, b, q in o.citations))


def main(argv: Sequence[str] | None = None, *, parents: Sequence[argparse.ArgumentParser] = ()) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals --suite review", parents=list(parents),
                                     description="Score newsqa on other news corpora (dev and test).")
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all", help="which corpora (default: all)")
    parser.add_argument("--gate", action="store_true", help="exit 1 when the test split misses a CI gate")
    parser.add_argument("--out", type=Path, default=ROOT / "evals", help="where review_report.md/json go")
    parser.add_argument("--data", type=Path, default=None, help="the RealTime QA folder (default: shared/benchmarks/"
                        "realtimeqa, or NEWSQA_REALTIMEQA_DIR)")
    parser.add_argument("--llm", default=None, help="a .gguf path or server URL (default: NEWSQA_LLM, else extractive)")
    args = parser.parse_args(argv)
    splits = list(SPLITS) if args.split == "all" else [args.split]
    if args.gate and "test" not in splits:
        parser.error("--gate checks the test split: use --split test or all")
    data = args.data or rt.default_data_dir()
    from index import NewsIndexError
    from rag import RagError

    try:
        run = evaluate(splits, data=data, llm=args.llm)
    except (RagError, NewsIndexError, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    md = render(run["summaries"], run["per_corpus"], run["split_of"], run["mode"], run["dev_misses"])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "review_report.md").write_text(md, encoding="utf-8")
    (args.out / "review_report.json").write_text(
        json.dumps(run | {"gates": GATES, "targets": TARGETS}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(md)
    print(f"wrote {args.out / 'review_report.md'} and review_report.json ({run['wall_s']} s)")
    if args.gate:
        failures = heldout.gate_failures(run["summaries"]["test"], GATES)
        if failures:
            print("review gate failed (test split): " + "; ".join(failures), file=sys.stderr)
            return 1
    return 0
