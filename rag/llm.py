"""Language models: a local GGUF file through llama.cpp, or any OpenAI-compatible server.

Both are LangChain chat models, so any other LangChain chat model can be
passed to :class:`~rag.chain.Chatbot` as ``chat_model=`` too. What a model
writes is never trusted: the chain verifies every sentence against the
passages it cites and drops what fails.

Needs the ``llm`` extra (``make install-llm``): llama-cpp-python and langchain-openai.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from .compose import DECLINED
from .errors import LanguageModelError
from .evidence import Evidence
from .settings import Settings

__all__ = [
    "LlamaCppChatModel",
    "LanguageModelComposer",
    "make_chat_model",
    "rewrite_question",
    "DECLINED",
]

_ANSWER_RULES = """You answer questions about news articles, using only the numbered passages below.
Rules:
- Answer in at most {n} short sentences.
- End every sentence with the number of the passage that supports it in square brackets, like [2].
- State only what the passages state. Copy names and numbers exactly as the passage writes them.
- If the passages do not answer the question, or the question assumes something they do not say,
  reply with exactly: {declined}"""

_REWRITE_RULES = (
    "Rewrite the user's last question so that it can be understood without the conversation: "
    "replace pronouns with the names they stand for. Reply with the rewritten question only."
)


class LlamaCppChatModel(BaseChatModel):
    """A GGUF model run in-process by llama.cpp (llama-cpp-python), as a LangChain chat model."""

    model_path: str
    n_ctx: int = 4096
    max_tokens: int = 256
    temperature: float = 0.0
    n_threads: int | None = None
    _llama: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    def _client(self) -> Any:
        if self._llama is None:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise LanguageModelError(
                    "llama-cpp-python is not installed: run `make install-llm` to use a .gguf model."
                ) from None
            try:
                self._llama = Llama(
                    model_path=self.model_path, n_ctx=self.n_ctx, n_threads=self.n_threads, verbose=False
                )
            except Exception as exc:  # llama.cpp reports a bad file as a ValueError or a RuntimeError
                raise LanguageModelError(f"Cannot load the model {self.model_path}: {exc}") from exc
        return self._llama

    @staticmethod
    def _messages(messages: Sequence[BaseMessage]) -> list[dict[str, str]]:
        roles = {SystemMessage: "system", HumanMessage: "user", AIMessage: "assistant"}
        return [{"role": roles.get(type(m), "user"), "content": str(m.content)} for m in messages]

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(chunk.message.content for chunk in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        with self._lock:  # one llama.cpp context: one generation at a time
            parts = self._client().create_chat_completion(
                messages=self._messages(messages), temperature=self.temperature, max_tokens=self.max_tokens,
                stop=stop, stream=True,
            )
            wrote = False
            for part in parts:
                delta = part["choices"][0].get("delta", {}).get("content") or ""
                if delta:
                    wrote = True
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
                    if run_manager:
                        run_manager.on_llm_new_token(delta, chunk=chunk)
                    yield chunk
            if not wrote:  # the model stopped at once: an empty answer, not an error
                yield ChatGenerationChunk(message=AIMessageChunk(content=""))


def make_chat_model(settings: Settings) -> BaseChatModel:
    """The chat model the settings name (a .gguf path or a server URL)."""
    if settings.mode == "gguf":
        path = Path(settings.llm).expanduser()
        if not path.is_file():
            raise LanguageModelError(f"NEWSQA_LLM names {settings.llm!r}, which is not a file.")
        if path.suffix.lower() != ".gguf":
            raise LanguageModelError(f"NEWSQA_LLM must be a .gguf file or a server URL, not {settings.llm!r}.")
        return LlamaCppChatModel(
            model_path=str(path), n_ctx=settings.llm_context, max_tokens=settings.llm_max_tokens
        )
    if settings.mode == "server":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError:
            raise LanguageModelError(
                "langchain-openai is not installed: run `make install-llm` to use a model server."
            ) from None
        return ChatOpenAI(
            base_url=settings.llm, api_key=settings.llm_api_key, model=settings.llm_model or "default",
            temperature=0.0, max_tokens=settings.llm_max_tokens, timeout=settings.llm_timeout, max_retries=1,
            # langchain-openai sends the newer max_completion_tokens; llama.cpp's server, Ollama and other
            # OpenAI-compatible servers read max_tokens, and without it write until their context is full.
            extra_body={"max_tokens": settings.llm_max_tokens},
        )
    raise LanguageModelError("No language model is configured (NEWSQA_LLM is empty).")


def _call_failed(exc: Exception, model: Any) -> LanguageModelError:
    where = getattr(model, "openai_api_base", None) or getattr(model, "model_path", None) or type(model).__name__
    return LanguageModelError(f"The language model ({where}) failed: {exc}")


class LanguageModelComposer:
    """Asks a chat model to answer from the numbered evidence, streaming what it writes."""

    def __init__(self, chat_model: BaseChatModel, *, max_sentences: int = 2) -> None:
        self.chat_model = chat_model
        self.max_sentences = max_sentences
        self.name = f"llm:{getattr(chat_model, 'model_name', None) or getattr(chat_model, '_llm_type', 'model')}"

    def messages(self, question: str, evidence: Sequence[Evidence]) -> list[BaseMessage]:
        passages = "\n".join(
            f"[{i}] {' '.join(e.sentence.text.split())}" for i, e in enumerate(evidence, 1)
        )
        return [
            SystemMessage(_ANSWER_RULES.format(n=self.max_sentences, declined=DECLINED)),
            HumanMessage(f"Passages:\n{passages}\n\nQuestion: {question}"),
        ]

    def compose(self, question: str, evidence: Sequence[Evidence]) -> Iterator[str]:
        try:
            for chunk in self.chat_model.stream(self.messages(question, evidence)):
                if chunk.content:
                    yield str(chunk.content)
        except LanguageModelError:
            raise
        except Exception as exc:
            raise _call_failed(exc, self.chat_model) from exc


def rewrite_question(chat_model: BaseChatModel, question: str, history: Sequence[dict[str, str]]) -> str | None:
    """A standalone version of a follow-up question, or None when the model's rewrite is unusable."""
    turns = "\n".join(f"{m['role'].capitalize()}: {m['content']}" for m in history[-4:])
    try:
        reply = chat_model.invoke(
            [SystemMessage(_REWRITE_RULES), HumanMessage(f"Conversation:\n{turns}\n\nLast question: {question}")]
        )
    except Exception as exc:
        raise _call_failed(exc, chat_model) from exc
    lines = str(reply.content).strip().splitlines()
    text = lines[0].strip().strip("\"'“”") if lines else ""
    text = re.sub(r"^(?:standalone question|rewritten question|question)\s*:\s*", "", text, flags=re.IGNORECASE)
    if not 3 <= len(text.split()) <= 40 or DECLINED.lower() in text.lower():
        return None
    return text
