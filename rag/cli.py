"""``python -m rag ask "QUESTION"``: the answer, then its numbered citations. Errors become messages here."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from index import NewsIndexError

from .chain import Chatbot
from .errors import RagError
from .settings import Settings, from_env
from .types import Answer, TextDelta


def _print_answer(answer: Answer) -> None:
    print()
    if answer.abstained:
        for i, p in enumerate(answer.evidence, 1):
            print(f"  closest {i}: {p.source} [{p.start}:{p.end}]")
            print(textwrap.indent(textwrap.fill(p.text, 96), "      "))
        return
    for c in answer.citations:
        reported = c.reported_by
        extra = f"  (reported by {len(reported)} sources: {', '.join(reported)})" if len(reported) > 1 else ""
        print(f"  [{c.marker}] {c.source} [{c.start}:{c.end}]  {c.label}{extra}")
        print(textwrap.indent(textwrap.fill(f"“{c.quote}”", 96), "      "))
    if answer.removed:
        print(f"  (verification removed {len(answer.removed)} unsupported sentence(s))")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rag", description="Ask newsqa questions about the articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question, with citations")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    args = parser.parse_args(argv)
    try:
        bot = Chatbot(from_env(Settings))
        if args.json:
            print(json.dumps(bot.ask(args.question).to_dict(), ensure_ascii=False, indent=2))
            return 0
        answer = None
        for event in bot.stream(args.question):
            if isinstance(event, TextDelta):
                print(event.text, end="", flush=True)
            else:
                answer = event
        assert answer is not None
        print()
        _print_answer(answer)
        return 0
    except (RagError, NewsIndexError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
