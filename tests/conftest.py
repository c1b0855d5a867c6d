"""Shared fixtures. Integration tests use the real embedding model and real Chroma."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
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


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(
    command: list[str], log_path: Path, ready: Callable[[], object], timeout: float = 120,
    env: dict[str, str] | None = None,
):
    """Start a server process (in the repository, with ``env`` added to the environment) and wait until
    ``ready()`` stops raising; the process, or an error with its log."""
    log = open(log_path, "w")
    proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                            env={**os.environ, "ANONYMIZED_TELEMETRY": "False", **(env or {})})
    deadline = time.monotonic() + timeout
    while True:
        try:
            ready()
            return proc
        except Exception:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log.close()
                raise RuntimeError(f"{command[0]} did not start:\n" + log_path.read_text()) from None
            time.sleep(0.3)


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
