"""Shared fixtures. Integration tests use the real embedding model and real Chroma."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def original(path: Path) -> str:
    """A file's text exactly as the offsets refer to it (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.fixture(scope="session")
def embeddings():
    """The real all-MiniLM-L6-v2, loaded once for the whole run."""
    from index import LocalEmbeddings

    model = LocalEmbeddings()
    model.embed_query("load the model once")
    return model


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of the seed articles that a test may change."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def make_index(tmp_path: Path, embeddings):
    """Factory of NewsIndex objects on a fresh embedded Chroma folder under tmp_path."""
    from index import IndexSettings, NewsIndex

    def make(**overrides) -> NewsIndex:
        overrides.setdefault("index_dir", tmp_path / "index")
        overrides.setdefault("source_dir", SEEDS)
        return NewsIndex(IndexSettings(**overrides), embeddings=embeddings)

    return make
