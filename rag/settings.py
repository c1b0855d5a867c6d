"""Settings of the answering chain. The index's settings sit inside, so one object configures all."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from index.settings import IndexSettings, SettingsError, from_env, setting

__all__ = ["Settings", "SettingsError", "from_env", "setting"]


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Everything newsqa needs. Build with ``from_env(Settings)``; each field reads ``NEWSQA_<FIELD>``."""

    index: IndexSettings = dataclasses.field(default_factory=IndexSettings, metadata={"help": "The index layer."})
    llm: str = setting(
        "",
        "Language model: empty for the extractive default (no model); the path of a .gguf file (llama.cpp); "
        "or the base URL of an OpenAI-compatible server such as http://127.0.0.1:11434/v1.",
    )
    llm_model: str = setting("", "Model name to ask an OpenAI-compatible server for (for example qwen2.5:1.5b).")
    llm_api_key: str = setting("not-needed", "API key for the OpenAI-compatible server; local servers ignore it.")
    llm_max_tokens: int = setting(256, "Most tokens the language model may write for one answer.")
    llm_context: int = setting(4096, "Context window for a .gguf model, in tokens.")
    llm_timeout: float = setting(120.0, "Seconds to wait for the language model's server.")
    dense_k: int = setting(12, "Chunks taken from the embedding search.")
    keyword_k: int = setting(12, "Chunks taken from the BM25 keyword search.")
    fused_k: int = setting(8, "Chunks kept after reciprocal-rank fusion; their sentences are the evidence.")
    sentence_k: int = setting(
        4,
        "Sentences closest to the question by embedding whose chunks join the fused ones (where every sentence's "
        "vector is in memory: corpora of up to 20,000 sentences); 0 turns this off.",
    )
    answer_sentences: int = setting(2, "Most sentences in an answer.")
    min_relevance: float = setting(0.25, "Below this evidence score the answer abstains.")
    min_coverage: float = setting(
        0.45,
        "Share of the question's terms, each weighted by how specific it is in general English, that one "
        "passage must contain, or abstain (generic words such as 'job' weigh nothing; names and figures most). "
        "Calibrated on the held-out dev split.",
    )
    min_overlap: float = setting(0.6, "Share of an answer sentence's words its cited passage must contain.")

    def __post_init__(self) -> None:
        for name in ("dense_k", "keyword_k", "fused_k", "answer_sentences", "llm_max_tokens", "llm_context"):
            if getattr(self, name) < 1:
                raise SettingsError(f"{name} must be at least 1.")
        if self.sentence_k < 0:
            raise SettingsError("sentence_k must be 0 or more.")
        for name in ("min_relevance", "min_coverage", "min_overlap"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise SettingsError(f"{name} must be between 0 and 1.")

    @property
    def mode(self) -> str:
        """``extractive``, ``gguf`` or ``server``: how answers are composed."""
        if not self.llm:
            return "extractive"
        return "server" if self.llm.startswith(("http://", "https://")) else "gguf"
