"""The index with the real embedding model and real embedded Chroma: build, update, delete, errors, crashes."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, SEED_FILES, SEEDS, original

from index import (
    BuildLockedError,
    IndexNotFoundError,
    ModelMismatchError,
    SourceError,
    SourceFolderError,
    chunk_article,
    read_article,
)

NEW_FACT = "The two leaders also planted 99 cherry trees together at the Kantei garden."


def expected_chunk_ids(folder: Path) -> set[str]:
    return {c.id for p in sorted(folder.glob("*.txt")) for c in chunk_article(read_article(p))}


def committed_ids(idx) -> set[str]:
    return {c.id for c in idx.chunks()}


def test_build_indexes_every_seed_with_exact_spans(make_index):
    idx = make_index()
    report = idx.build()
    assert report.ok and report.files == 5 and sorted(report.added) == [p.name for p in SEED_FILES]
    assert report.embedded == report.chunks == len(expected_chunk_ids(SEEDS))
    assert committed_ids(idx) == expected_chunk_ids(SEEDS)
    for chunk in idx.chunks():
        text = original(SEEDS / chunk.source)
        assert text[chunk.start : chunk.end] == chunk.text
        assert all(text[s.start : s.end] == s.text for s in chunk.sentences) and chunk.sentences
    for path in SEED_FILES:
        assert idx.article(path.name).text == original(path)
    status = idx.status()
    assert len(status.articles) == 5 and status.chunks == report.chunks and not status.pending
    assert status.embedding_model == "all-MiniLM-L6-v2"
    summary = status.summary()
    assert "chunks  Deutsche Welle Chinese Network  (2023-03-18)" in summary and "(Deutsche Welle" not in summary


def test_search_finds_the_passage_that_answers(make_index):
    idx = make_index()
    idx.build()
    hits = idx.search("Which chemicals did Japan stop restricting? fluorinated polyimide, hydrogen fluoride", k=3)
    assert hits and hits[0].score > 0.3
    best = next(h for h in hits if "fluorinated polyimide" in h.chunk.text)
    assert best.chunk.source == "001_48a0ccc9e8964110.txt"
    assert original(SEEDS / best.chunk.source)[best.chunk.start : best.chunk.end] == best.chunk.text
    ambassador = idx.search("What did the US ambassador Rahm Emanuel tell CNN?", k=4)
    assert {"002_95e79b1fb524aad6.txt", "004_b47a55cb96cde257.txt"} & {h.chunk.source for h in ambassador}
    assert idx.search("   ") == []


def test_building_twice_changes_nothing(make_index):
    idx = make_index()
    first = idx.build()
    ids, built_at = committed_ids(idx), idx.status().built_at
    second = idx.build()
    assert not second.changed and second.unchanged == sorted(p.name for p in SEED_FILES)
    assert second.embedded == 0 and second.chunks == first.chunks
    assert committed_ids(idx) == ids and idx.status().built_at == built_at  # not even the manifest was written


def test_a_changed_file_replaces_its_chunks_and_reuses_unchanged_embeddings(make_index, seeds_copy):
    idx = make_index(source_dir=seeds_copy)
    idx.build()
    target = seeds_copy / "002_95e79b1fb524aad6.txt"
    old_sentence = "Kishida recently announced Japan is doubling its military budget"
    target.write_text(original(target).replace(old_sentence, "Kishida recently said Japan is raising its budget")
                      + "\n\n" + NEW_FACT + "\n", encoding="utf-8")
    report = idx.build()
    assert report.updated == ["002_95e79b1fb524aad6.txt"] and not report.added and not report.removed
    assert report.reused > 0 and report.embedded < report.chunks
    assert committed_ids(idx) == expected_chunk_ids(seeds_copy)
    all_text = "\n".join(c.text for c in idx.chunks())
    assert old_sentence not in all_text and NEW_FACT in all_text
    # The new text is searchable, with its exact span. It scores about 0.56 against 0.29 for the next chunk, but
    # Chroma's HNSW graph is approximate and was seen once in CI to leave it out of a top 3 right
    # after the old version's chunks were deleted: top 5 keeps the check about the index, not about HNSW recall.
    hit = next(h for h in idx.search("How many cherry trees did the leaders plant?", k=5) if NEW_FACT in h.chunk.text)
    assert hit.chunk.source == target.name
    assert original(target)[hit.chunk.start : hit.chunk.end] == hit.chunk.text
    assert idx.article(target.name).text == original(target)
    raw = idx._client().get_collection("newsqa").count()
    assert raw == len(expected_chunk_ids(seeds_copy))  # the old version's chunks are gone, not hidden


def test_a_deleted_file_leaves_the_index(make_index, seeds_copy):
    idx = make_index(source_dir=seeds_copy)
    idx.build()
    (seeds_copy / "004_b47a55cb96cde257.txt").unlink()
    report = idx.build()
    assert report.removed == ["004_b47a55cb96cde257.txt"]
    assert {a.source for a in idx.status().articles} == {p.name for p in SEED_FILES[:4]}
    assert all(c.source != "004_b47a55cb96cde257.txt" for c in idx.chunks())
    assert all(h.chunk.source != "004_b47a55cb96cde257.txt" for h in idx.search("sukiyaki and omurice", k=10))
    with pytest.raises(SourceError, match="is not in the index"):
        idx.article("004_b47a55cb96cde257.txt")


def test_add_and_remove_single_files(make_index, tmp_path):
    idx = make_index()
    idx.build()
    extra = tmp_path / "upload.md"
    extra.write_text("# Garden diplomacy\n\n" + NEW_FACT + "\n", encoding="utf-8")
    report = idx.add([extra])
    assert report.added == ["upload.md"] and len(idx.status().articles) == 6
    assert "upload.md" in {h.chunk.source for h in idx.search("cherry trees planted at the Kantei garden", k=3)}
    idx.remove(["upload.md"])
    assert len(idx.status().articles) == 5
    with pytest.raises(SourceError):
        idx.remove(["never-there.txt"])


def test_unreadable_files_are_reported_and_the_rest_indexed(make_index, seeds_copy):
    (seeds_copy / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (seeds_copy / "legacy.txt").write_bytes("Caf\u00e9 talks in Seoul.".encode("latin-1"))
    (seeds_copy / "empty.md").write_bytes(b"")
    (seeds_copy / "notes.pdf").write_bytes(b"%PDF")
    idx = make_index(source_dir=seeds_copy)
    report = idx.build()
    assert not report.ok
    assert dict(report.failed) == {
        "photo.txt": "is a binary file, not text",
        "legacy.txt": "is not UTF-8 text (invalid byte at position 3)",
        "empty.md": "is empty",
    }
    assert report.skipped == ["notes.pdf"] and len(report.added) == 5
    assert "error: photo.txt: is a binary file, not text" in report.summary()
    assert {a.source for a in idx.status().articles} == {p.name for p in SEED_FILES}


def test_a_file_that_turns_unreadable_keeps_its_last_good_version(make_index, seeds_copy):
    idx = make_index(source_dir=seeds_copy)
    idx.build()
    (seeds_copy / "000_0f4695afc63a5827.txt").write_bytes(b"\xff\xfe broken")
    report = idx.build()
    assert [name for name, _ in report.failed] == ["000_0f4695afc63a5827.txt"] and not report.removed
    assert idx.article("000_0f4695afc63a5827.txt").text == original(SEEDS / "000_0f4695afc63a5827.txt")


def test_opening_with_another_embedding_model_is_a_clear_error(make_index, tmp_path):
    make_index().build()
    other = make_index(embedding_model=str(tmp_path / "some-other-model"))
    with pytest.raises(ModelMismatchError) as err:
        other.status()
    message = str(err.value)
    assert "built with the embedding model 'all-MiniLM-L6-v2'" in message and "--rebuild" in message
    with pytest.raises(ModelMismatchError):
        other.search("GSOMIA")


def test_missing_index_and_missing_folder_are_clear_errors(make_index, tmp_path):
    idx = make_index()
    assert not idx.exists()
    with pytest.raises(IndexNotFoundError, match="python -m index build"):
        idx.status()
    assert not (tmp_path / "index").exists()  # reading never creates an index
    with pytest.raises(SourceFolderError, match="does not exist"):
        idx.build(tmp_path / "nowhere")


def test_rebuild_starts_from_scratch(make_index):
    idx = make_index()
    idx.build()
    report = idx.build(rebuild=True)
    assert len(report.added) == 5 and report.embedded == report.chunks


def test_a_second_build_is_refused_while_one_runs(make_index, tmp_path):
    idx = make_index()
    idx.build()
    with open(tmp_path / "index" / ".build.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        with pytest.raises(BuildLockedError, match="Another build"):
            idx.build()


# ---------------------------------------------------------------------- kill -9 in the middle of a build

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import index.store as store
    from index import IndexSettings, NewsIndex

    point = sys.argv[3]

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if point == "while-embedding":
        store.LocalEmbeddings.embed_documents = die
    elif point == "before-commit":
        original = store.NewsIndex._write_versions
        def write_then_die(self, *args, **kwargs):
            original(self, *args, **kwargs)
            die()
        store.NewsIndex._write_versions = write_then_die
    elif point == "after-commit":
        store.NewsIndex._collect_garbage = die
    NewsIndex(IndexSettings(index_dir=Path(sys.argv[1]), source_dir=Path(sys.argv[2]))).build()
    print("the build was not interrupted")
    """
)


@pytest.mark.parametrize("point", ["while-embedding", "before-commit", "after-commit"])
def test_a_build_killed_midway_never_mixes_old_and_new_and_the_next_build_finishes(
    point, make_index, seeds_copy, tmp_path
):
    import chromadb.api.shared_system_client as shared

    idx = make_index(source_dir=seeds_copy)
    idx.build()
    old_ids = committed_ids(idx)
    old_001 = original(seeds_copy / "001_48a0ccc9e8964110.txt")
    # One change of each kind: an update, a deletion and an addition.
    (seeds_copy / "001_48a0ccc9e8964110.txt").write_text(old_001 + "\n" + NEW_FACT + "\n", encoding="utf-8")
    (seeds_copy / "004_b47a55cb96cde257.txt").unlink()
    (seeds_copy / "005_new.txt").write_text("Seoul and Tokyo agreed on a new hotline for defence chiefs.\n")
    new_ids = expected_chunk_ids(seeds_copy)

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "index"), str(seeds_copy), point],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    shared.SharedSystemClient.clear_system_cache()  # read the folder afresh, as a new process would
    reader = make_index(source_dir=seeds_copy)
    status = reader.status()
    assert status.pending
    visible = committed_ids(reader)
    sources = {a.source for a in status.articles}
    found = {h.chunk.id for h in reader.search("cherry trees Kantei garden hotline defence chiefs", k=50)}
    if point == "after-commit":
        assert visible == new_ids and found <= new_ids
        assert sources == {p.name for p in seeds_copy.glob("*.txt")}
        assert reader.article("001_48a0ccc9e8964110.txt").text.endswith(NEW_FACT + "\n")
    else:
        assert visible == old_ids and found <= old_ids
        assert "004_b47a55cb96cde257.txt" in sources and "005_new.txt" not in sources
        assert reader.article("001_48a0ccc9e8964110.txt").text == old_001

    report = reader.build()
    assert report.resumed and report.ok
    assert committed_ids(reader) == new_ids and not reader.status().pending
    assert reader._client().get_collection("newsqa").count() == len(new_ids)
    if point == "before-commit":
        assert report.embedded == 0  # everything the dead build embedded was reused


def test_every_build_indexes_the_uploads_folder_too(make_index, tmp_path):
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (uploads / "garden.md").write_text("# Garden diplomacy\n\n" + NEW_FACT + "\n", encoding="utf-8")
    (uploads / SEED_FILES[0].name).write_text("A different article with a seed's name.\n", encoding="utf-8")
    idx = make_index(upload_dir=uploads)
    report = idx.build()
    assert "garden.md" in report.added and len(idx.status().articles) == 6
    # An upload named like an article of the source folder is reported; the source's article stays.
    assert [name for name, _ in report.failed] == [SEED_FILES[0].name]
    assert "is also in" in report.failed[0][1]
    assert idx.article(SEED_FILES[0].name).text == original(SEED_FILES[0])
    assert idx.build().changed is False  # mirrored: a second build of both folders changes nothing
