"""``python -m index``: build, inspect and search the index. Errors become messages here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import NewsIndexError
from .settings import IndexSettings, describe, from_env
from .store import NewsIndex

EXIT_OK, EXIT_SOME_FAILED, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m index",
        description="Build and inspect newsqa's index of articles. Settings come from NEWSQA_* variables "
        "(`python -m index settings` lists them).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="index a folder of articles (adds, updates and removes to match it)")
    build.add_argument("folder", nargs="?", type=Path, help="folder of .txt/.md/.html articles (default: seeds)")
    build.add_argument("--rebuild", action="store_true", help="drop the index and build it from scratch")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    sub.add_parser("status", help="show what is indexed")
    search = sub.add_parser("search", help="show the chunks closest to a query (no query: read queries from stdin)")
    search.add_argument("query", nargs="?", help="what to look for")
    search.add_argument("-k", type=int, default=5, help="how many chunks (default 5)")
    sub.add_parser("settings", help="list the settings and their NEWSQA_* variables")
    return parser


def _print_hits(idx: NewsIndex, query: str, k: int) -> None:
    hits = idx.search(query, k=k)
    if not hits:
        print("No matching passages.")
    for rank, hit in enumerate(hits, 1):
        c = hit.chunk
        print(f"[{rank}] {c.source} [{c.start}:{c.end}]  score {hit.score:.3f}")
        print("    " + " ".join(c.text.split())[:300])


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "settings":
        for var, default, help_text in describe(IndexSettings):
            print(f"{var:<30} default {default:<22} {help_text}")
        return EXIT_OK
    try:
        settings = from_env(IndexSettings)
        idx = NewsIndex(settings)
        if args.command == "build":
            folder = args.folder or settings.source_dir
            print(f"Indexing {folder} into {settings.location} ...", flush=True)
            report = idx.build(folder, rebuild=args.rebuild, show_progress=not args.quiet and sys.stderr.isatty())
            print(report.summary())
            return EXIT_OK if report.ok else EXIT_SOME_FAILED
        if args.command == "status":
            print(idx.status().summary())
            return EXIT_OK
        if args.command == "search":
            if args.query:
                _print_hits(idx, args.query, args.k)
                return EXIT_OK
            idx.search("warm up", k=1)
            print("Type a query and press Enter (Ctrl-D to quit).")
            while True:
                print("> ", end="", flush=True)
                line = sys.stdin.readline()
                if not line:
                    print()
                    return EXIT_OK
                if line.strip():
                    _print_hits(idx, line.strip(), args.k)
    except NewsIndexError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    raise AssertionError(args.command)  # argparse only lets known commands through
