"""Settings from NEWSQA_* variables, the pinned public API, and a cheap import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import index
from index import IndexSettings, SettingsError, describe, from_env


def test_public_api_is_pinned():
    assert sorted(index.__all__) == [
        "Article", "ArticleInfo", "Block", "BuildLockedError", "BuildReport", "Chunk", "EmbeddingModelError",
        "IndexNotFoundError", "IndexSettings", "IndexStatus", "LocalEmbeddings", "ModelMismatchError", "NewsIndex",
        "NewsIndexError", "SearchHit", "Sentence", "SettingsError", "SourceError", "SourceFolderError",
        "StoreUnavailableError", "chunk_article", "describe", "from_env", "make_chunks", "parse_article",
        "read_article", "sentence_spans", "split_sentences",
    ]
    for name in index.__all__:
        assert hasattr(index, name), name


def test_defaults_and_environment_overrides():
    default = from_env(IndexSettings, env={})
    assert default.index_dir == Path(".newsqa") and default.chroma_host is None and not default.uses_server
    s = from_env(
        IndexSettings,
        env={"NEWSQA_INDEX_DIR": "/tmp/x", "NEWSQA_CHROMA_HOST": "127.0.0.1", "NEWSQA_CHROMA_PORT": "8123",
             "NEWSQA_CHUNK_SIZE": "600", "UNRELATED": "1"},
    )
    assert s.index_dir == Path("/tmp/x") and s.chunk_size == 600
    assert s.uses_server and s.location == "chroma server http://127.0.0.1:8123"
    assert from_env(IndexSettings, env={"NEWSQA_CHUNK_SIZE": "600"}, chunk_size=900).chunk_size == 900


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEWSQA_CHROMA_PORT": "eighty"}, "NEWSQA_CHROMA_PORT='eighty' is not valid: expected a whole number"),
        ({"NEWSQA_CHROMA_HOST": "localhost"}, "Set both NEWSQA_CHROMA_HOST and NEWSQA_CHROMA_PORT"),
        ({"NEWSQA_CHUNK_SIZE": "50"}, "chunk_size must be at least 100"),
        ({"NEWSQA_CHUNK_OVERLAP": "900"}, "chunk_overlap must be at least 0 and smaller than chunk_size"),
    ],
)
def test_bad_settings_get_a_clear_message(env, message):
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        from_env(IndexSettings, env=env)


def test_every_setting_is_documented():
    rows = describe(IndexSettings)
    assert len(rows) == len(IndexSettings.__dataclass_fields__)
    assert all(var.startswith("NEWSQA_") and help_text for var, _, help_text in rows)


def test_importing_the_package_does_no_heavy_work():
    code = (
        "import sys, index; heavy = {'torch', 'chromadb', 'sentence_transformers', 'pysbd'} & set(sys.modules);"
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    ("env", "message"),
    [({"NEWSQA_FUSED_K": "0"}, "fused_k must be at least 1"), ({"NEWSQA_SENTENCE_K": "-1"}, "sentence_k must be 0 or more"),
     ({"NEWSQA_MIN_COVERAGE": "1.5"}, "min_coverage must be between 0 and 1")],
)
def test_bad_answering_settings_get_a_clear_message(env, message):
    from rag import Settings
    from rag import SettingsError as RagSettingsError
    from rag import from_env as rag_from_env

    with pytest.raises(RagSettingsError, match=message):
        rag_from_env(Settings, env=env)
    assert rag_from_env(Settings, env={"NEWSQA_SENTENCE_K": "0"}).sentence_k == 0


def test_each_module_binds_each_of_its_top_level_names_once():
    # A constant defined twice in one long module silently changes what the code above the second one reads
    # (a threshold of 0.7 became a count of 2 once): each top-level name is bound by one statement.
    import ast
    from collections import Counter
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    twice = {}
    for path in sorted(p for package in ("rag", "index", "evals", "ui") for p in (root / package).glob("*.py")):
        bound: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                bound[node.name] += 1
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            bound.update(t.id for t in targets if isinstance(t, ast.Name))
        if repeated := sorted(name for name, n in bound.items() if n > 1 and name != "__all__"):
            twice[path.name] = repeated
    assert twice == {}
