"""Running the gold items through a system: newsqa (through the public ``rag`` API) or the peer baseline.

A run produces one :class:`Record` per item: what was retrieved, what was
answered and cited, and how long it took. Scoring happens elsewhere, on records.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["GoldItem", "Record", "load_gold", "run_newsqa", "Baseline", "seeds_bot"]


@dataclass(frozen=True)
class GoldItem:
    id: str
    question: str
    type: str
    reference: str
    required_facts: list[list[str]]
    evidence: list[dict[str, Any]]
    answerable: bool
    history: list[dict[str, str]]

    @property
    def sources(self) -> set[str]:
        return {e["source"] for e in self.evidence}


@dataclass
class Record:
    """What one system did with one item."""

    item: GoldItem
    system: str
    retrieved: list[tuple[str, int, int]]  # ranked (source, start, end)
    answer: str | None = None  # None: the system does not answer (retrieval only)
    abstained: bool = False
    citations: list[tuple[str, int, int, str]] = field(default_factory=list)  # (source, start, end, quote)
    quotes: dict[int, str] = field(default_factory=dict)  # marker -> quote, for citation scoring
    removed: int = 0
    seconds: float = 0.0


def seeds_bot(folder: Path, seeds: Path, llm: str | None = None) -> tuple[Any, Any, str]:
    """(Chatbot, NewsIndex, mode label) over ``seeds`` indexed in ``folder``; ``llm`` a .gguf path or server
    URL (None: NEWSQA_LLM, else extractive)."""
    from index import IndexSettings, NewsIndex
    from rag import Chatbot, Settings, from_env

    overrides = {} if llm is None else {"llm": llm}
    settings = from_env(Settings, index=IndexSettings(index_dir=folder / "index"), **overrides)
    index = NewsIndex(settings.index)
    index.build(seeds)
    bot = Chatbot(settings, index=index)
    return bot, index, bot.mode if settings.mode == "extractive" else f"llm ({settings.llm})"


def load_gold(path: Path, *, types: Sequence[str] | None = None, ids: Sequence[str] | None = None) -> list[GoldItem]:
    with open(path, encoding="utf-8") as handle:
        items = [GoldItem(**json.loads(line)) for line in handle if line.strip()]
    if types:
        items = [i for i in items if i.type in types]
    if ids:
        items = [i for i in items if i.id in ids]
    return items


def run_newsqa(bot: Any, items: Sequence[GoldItem]) -> list[Record]:
    """Ask every item through ``rag.Chatbot.ask``; retrieval is the bot's own hybrid retriever."""
    records = []
    retriever = bot.retriever()
    for item in items:
        started = time.perf_counter()
        answer = bot.ask(item.question, item.history)
        seconds = time.perf_counter() - started
        docs = retriever.invoke(answer.search_query)
        records.append(
            Record(
                item=item,
                system="newsqa",
                retrieved=[(d.metadata["source"], d.metadata["start"], d.metadata["end"]) for d in docs],
                answer=answer.text,
                abstained=answer.abstained,
                citations=[(c.source, c.start, c.end, c.quote) for c in answer.citations],
                quotes={c.marker: c.quote for c in answer.citations},
                removed=len(answer.removed),
                seconds=seconds,
            )
        )
    return records


class Baseline:
    """The pipeline of LangChain's RAG tutorial, over the same articles, embeddings and Chroma.

    RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200), top-4
    similarity search; its sources are the retrieved chunks. With a chat model it
    answers with the tutorial's prompt and cites every retrieved chunk.
    """

    PROMPT = (
        "You are an assistant for question-answering tasks. Use the following pieces of retrieved context "
        "to answer the question. If you don't know the answer, just say that you don't know. Use three "
        "sentences maximum and keep the answer concise.\nQuestion: {question}\nContext: {context}\nAnswer:"
    )

    def __init__(self, articles: dict[str, str], embeddings: Any, folder: Path, chat_model: Any = None) -> None:
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        docs = splitter.split_documents(
            [Document(page_content=text, metadata={"source": source}) for source, text in sorted(articles.items())]
        )
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        client = chromadb.PersistentClient(path=str(folder), settings=ChromaSettings(anonymized_telemetry=False))
        self.store = Chroma(client=client, collection_name="baseline", embedding_function=embeddings)
        self.store.add_documents(docs)
        self.retriever = self.store.as_retriever(search_kwargs={"k": 4})
        self.chat_model = chat_model

    def run(self, items: Sequence[GoldItem]) -> list[Record]:
        records = []
        for item in items:
            started = time.perf_counter()
            docs = self.retriever.invoke(item.question)
            spans = [(d.metadata["source"], d.metadata["start_index"],
                      d.metadata["start_index"] + len(d.page_content)) for d in docs]
            record = Record(item=item, system="baseline", retrieved=spans)
            if self.chat_model is not None:
                context = "\n\n".join(d.page_content for d in docs)
                reply = self.chat_model.invoke(self.PROMPT.format(question=item.question, context=context))
                markers = "".join(f"[{i}]" for i in range(1, len(docs) + 1))
                record.answer = f"{str(reply.content).strip()} {markers}"
                record.abstained = "don't know" in str(reply.content).lower()
                record.citations = [(s, a, b, d.page_content) for (s, a, b), d in zip(spans, docs)]
                record.quotes = {i: d.page_content for i, d in enumerate(docs, 1)}
            record.seconds = time.perf_counter() - started
            records.append(record)
        return records
