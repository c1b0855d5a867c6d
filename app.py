"""newsqa's chat in the browser (Gradio): ``python app.py`` or ``make run``.

``create_app(bot)`` builds the interface around a :class:`rag.Chatbot` and
launches nothing; :func:`main` reads the settings, builds the index when it is
missing and serves the app on 127.0.0.1 (never shared publicly). Scripts call a
running app through its ``/ask`` endpoint with ``gradio_client``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from rag import Answer, Chatbot, RagError, Settings, SettingsError, TextDelta, from_env  # noqa: E402
from rag.settings import setting  # noqa: E402
from ui.render import (  # noqa: E402
    PANEL_CSS,
    PANEL_JS,
    answer_html,
    empty_sources_html,
    question_html,
    sources_html,
    status_markdown,
    upload_markdown,
)

__all__ = ["AppSettings", "create_app", "launch", "main", "EXAMPLES"]

EXAMPLES = [
    "Which chemicals did Japan stop restricting?",
    "How do the outlets spell the South Korean president's name?",
    "What did Yoon announce about the GSOMIA?",
    "Who is the US ambassador to Japan?",
]


@dataclass(frozen=True, kw_only=True)
class AppSettings:
    """The chat app's settings; the answering chain's (and the index's) sit inside."""

    rag: Settings = dataclasses.field(default_factory=Settings, metadata={"help": "The answering chain."})
    host: str = setting("127.0.0.1", "Address the chat listens on (0.0.0.0 exposes it to your network).")
    port: int = setting(7860, "Port the chat listens on.")


def create_app(bot: Chatbot) -> Any:
    """The chat interface (a ``gr.Blocks``) around ``bot``; call :func:`launch` or ``.launch()`` to serve it."""
    import gradio as gr

    def total_sources() -> int:
        return bot.status().articles

    def mode() -> str:
        model = bot.settings.llm
        return f"{bot.mode} ({Path(model).name if not model.startswith('http') else model})" if model else bot.mode

    def status_text() -> str:
        try:
            return status_markdown(bot.status(), mode())
        except RagError as exc:
            return f"⚠️ {exc}"

    def respond(message: str, shown: list[dict], said: list[dict]) -> Iterator[tuple[Any, ...]]:
        """Stream one answer: the chat shows linked markers, ``said`` keeps the plain conversation."""
        question = (message or "").strip()
        if not question:
            yield "", shown, gr.skip(), said
            return
        shown = [*shown, {"role": "user", "content": question_html(question)},
                 {"role": "assistant", "content": "…"}]
        yield "", shown, gr.skip(), said
        text = ""
        try:
            for event in bot.stream(question, said):
                if isinstance(event, TextDelta):
                    text += event.text
                    shown[-1] = {"role": "assistant", "content": answer_html(text)}
                    yield gr.skip(), shown, gr.skip(), said
                elif isinstance(event, Answer):
                    shown[-1] = {"role": "assistant",
                                 "content": answer_html(event.text, abstained=event.abstained, cited=bool(event.citations))}
                    panel = sources_html(event, bot.article, total_sources=total_sources())
                    said = [*said, {"role": "user", "content": question},
                            {"role": "assistant", "content": event.text}]
                    yield gr.skip(), shown, panel, said
        except RagError as exc:
            shown[-1] = {"role": "assistant", "content": f"⚠️ {answer_html(str(exc), abstained=True)}"}
            yield gr.skip(), shown, gr.skip(), said

    def clear() -> tuple[Any, ...]:
        return [], empty_sources_html(), [], ""

    def upload(files: list[str] | None, progress: Any = gr.Progress(track_tqdm=True)) -> tuple[Any, ...]:  # noqa: B008
        if not files:
            return gr.skip(), gr.skip(), None
        progress(0, desc="Checking the files")
        paths = [Path(f) for f in files]
        try:
            result = bot.add_articles(paths, names=[p.name for p in paths], show_progress=True)
        except RagError as exc:
            return f"❌ Nothing was added: {exc}", status_text(), None
        progress(1, desc="Indexed")
        return upload_markdown(result.added, result.updated, result.failed, result.seconds), status_text(), None

    def ask(question: str, history: list[dict[str, str]] | None = None) -> dict[str, Any]:
        """Answer ``question`` (with an optional OpenAI-style history): the answer as a dict."""
        try:
            answer = bot.ask(question, history or [])
        except RagError as exc:
            return {"error": str(exc)}
        return answer.to_dict()

    with gr.Blocks(title="newsqa: questions about the news, answered with sources", fill_width=True) as app:
        gr.HTML(f"<style>{PANEL_CSS}</style>", js_on_load=PANEL_JS, elem_id="nq-assets")
        gr.Markdown(
            "## newsqa\nAsk about the articles. Every sentence of an answer cites the passage it comes from; "
            "when the articles don't say, newsqa says so and shows the closest passages."
        )
        status = gr.Markdown(status_text, elem_id="nq-status")
        said = gr.State([])
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=340):
                chat = gr.Chatbot(
                    label="Chat", height=460, elem_id="nq-chat", buttons=["copy"], feedback_options=None,
                    placeholder="Ask a question about the articles.",
                )
                with gr.Row():
                    box = gr.Textbox(
                        show_label=False, placeholder="Ask about the articles…", scale=5, elem_id="nq-question",
                        max_lines=4, submit_btn=False,
                    )
                    send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="nq-ask")
                gr.Examples(EXAMPLES, inputs=box, label="Try")
                clear_button = gr.Button("Clear the conversation", size="sm", elem_id="nq-clear")
            with gr.Column(scale=2, min_width=320):
                gr.Markdown("### Sources")
                panel = gr.HTML(empty_sources_html(), elem_id="nq-sources", js_on_load=None)
        with gr.Accordion("Add articles", open=False, elem_id="nq-articles"):
            files = gr.File(
                label="Add articles (.txt, .md, .html)", file_count="multiple",
                file_types=[".txt", ".md", ".markdown", ".html", ".htm"], elem_id="nq-upload",
            )
            upload_result = gr.Markdown(elem_id="nq-upload-result")

        outputs = [box, chat, panel, said]
        send.click(respond, [box, chat, said], outputs, api_visibility="private")
        box.submit(respond, [box, chat, said], outputs, api_visibility="private")
        clear_button.click(clear, None, [chat, panel, said, box], api_visibility="private")
        chat.clear(clear, None, [chat, panel, said, box], api_visibility="private")  # the chat's own trash icon
        files.upload(upload, files, [upload_result, status, files], api_visibility="private")
        gr.api(ask, api_name="ask")
    return app


def launch(app: Any, settings: AppSettings) -> None:
    """Serve ``app`` on the configured address (blocking); never through a public share link."""
    limit = settings.rag.index.max_file_bytes
    url = f"http://{settings.host}:{settings.port}"
    print(f"newsqa chat: {url}", flush=True)
    app.queue(default_concurrency_limit=1).launch(
        server_name=settings.host, server_port=settings.port, share=False, max_file_size=2 * limit,
        show_error=True, quiet=True, footer_links=["api"],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python app.py", description="Serve the newsqa chat in the browser.")
    parser.add_argument("--host", help="address to listen on (default 127.0.0.1; NEWSQA_HOST)")
    parser.add_argument("--port", type=int, help="port (default 7860; NEWSQA_PORT)")
    args = parser.parse_args(argv)
    try:
        overrides = {k: v for k, v in {"host": args.host, "port": args.port}.items() if v is not None}
        settings = from_env(AppSettings, **overrides)
        bot = Chatbot(settings.rag)
        print("newsqa: loading the index and the models…", flush=True)
        bot.prepare()
    except (RagError, SettingsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    launch(create_app(bot), settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
