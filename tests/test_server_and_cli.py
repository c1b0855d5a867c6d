"""The scale-out path (a real `chroma run` server on loopback) and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED_FILES, SEEDS, free_port, original, start_server, stop_server

from index import IndexSettings, NewsIndex, StoreUnavailableError


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real Chroma server, started with chromadb's own `chroma run` on a free loopback port."""
    import chromadb
    from chromadb.config import Settings

    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    exe = Path(sys.executable).with_name("chroma")
    proc = start_server(
        [str(exe), "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        data / "server.log",
        lambda: chromadb.HttpClient(host="127.0.0.1", port=port, settings=Settings(anonymized_telemetry=False)).heartbeat(),
    )
    yield port
    stop_server(proc)


def test_server_mode_indexes_and_queries_through_a_real_chroma_server(chroma_server, embeddings, tmp_path):
    settings = IndexSettings(chroma_host="127.0.0.1", chroma_port=chroma_server, index_dir=tmp_path / "unused",
                             collection="server-test")
    idx = NewsIndex(settings, embeddings=embeddings)
    report = idx.build(SEEDS)
    assert report.ok and len(report.added) == 5 and report.chunks > 20
    assert not (tmp_path / "unused").exists()  # nothing was written locally
    hit = idx.search("Who is the US ambassador to Japan?", k=5)
    emanuel = next(h for h in hit if "Rahm Emanuel" in h.chunk.text)
    assert original(SEEDS / emanuel.chunk.source)[emanuel.chunk.start : emanuel.chunk.end] == emanuel.chunk.text
    again = NewsIndex(settings, embeddings=embeddings).build(SEEDS)  # a second client, same server
    assert not again.changed and again.chunks == report.chunks
    status = idx.status()
    assert status.location == f"chroma server http://127.0.0.1:{chroma_server}"
    assert {a.source for a in status.articles} == {p.name for p in SEED_FILES}


def test_an_unreachable_server_is_a_clear_error(embeddings):
    settings = IndexSettings(chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(StoreUnavailableError, match="Cannot open the index at chroma server http://127.0.0.1:"):
        NewsIndex(settings, embeddings=embeddings).status()


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "index", *args], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, **env},
    )


def test_cli_build_status_and_search(tmp_path, seeds_copy):
    (seeds_copy / "broken.txt").write_bytes(b"\x00\x01binary")
    env = {"NEWSQA_INDEX_DIR": str(tmp_path / "cli-index")}
    built = _cli("build", str(seeds_copy), "--quiet", env=env)
    assert built.returncode == 1, built.stderr  # one file failed: the exit code says so
    assert "files: 6  chunks:" in built.stdout and "added: 5" in built.stdout
    assert "error: broken.txt: is a binary file, not text" in built.stdout
    status = _cli("status", env=env)
    assert status.returncode == 0 and "Articles: 5" in status.stdout and "Deutsche Welle Chinese Network" in status.stdout
    found = _cli("search", "GSOMIA intelligence sharing", "-k", "2", env=env)
    assert found.returncode == 0 and found.stdout.startswith("[1] ") and "score" in found.stdout


def test_cli_errors_are_messages_not_tracebacks(tmp_path):
    env = {"NEWSQA_INDEX_DIR": str(tmp_path / "none")}
    missing = _cli("status", env=env)
    assert missing.returncode == 2 and "error: There is no index at" in missing.stderr and "Traceback" not in missing.stderr
    no_folder = _cli("build", str(tmp_path / "nowhere"), env=env)
    assert no_folder.returncode == 2 and "does not exist" in no_folder.stderr
    bad_env = _cli("status", env={"NEWSQA_CHROMA_PORT": "abc", "NEWSQA_CHROMA_HOST": "localhost"})
    assert bad_env.returncode == 2 and "NEWSQA_CHROMA_PORT='abc' is not valid" in bad_env.stderr
