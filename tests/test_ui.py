"""The chat's HTML (escaping, markers, sources panel) and uploads through ``rag``, on the real index."""

from __future__ import annotations

import pytest
from conftest import SEED_FILES, SEEDS, original

from index import IndexSettings, NewsIndex
from rag import Answer, Chatbot, Citation, LibraryStatus, Passage, Settings, Source
from ui.render import answer_html, question_html, sources_html, status_markdown, upload_markdown

EVIL = 'Seoul <script>alert("x")</script> and <img src=x onerror="alert(1)"> talks.'


def test_article_and_answer_text_is_escaped_never_markup():
    assert "<script>" not in answer_html(EVIL) and "&lt;script&gt;" in answer_html(EVIL)
    assert "<img" not in answer_html(EVIL) and "<img" not in question_html(EVIL)
    src = Source("evil.html", EVIL, "A <b>title</b>", None, None, ((0, len(EVIL)),))
    cite = Citation(marker=1, source="evil.html", start=0, end=5, quote="Seoul", title="A <b>title</b>")
    panel = sources_html(Answer("q", "Seoul. [1]", [cite]), lambda name: src, total_sources=1)
    assert "<script>" not in panel and "<img" not in panel and "<b>title" not in panel
    assert "&lt;script&gt;" in panel and "A &lt;b&gt;title&lt;/b&gt;" in panel


def test_markers_link_to_their_citation():
    html = answer_html("Japan lifted the controls. [1] Seoul agreed. [2]")
    assert '<a class="nq-marker" href="#nq-cite-1"' in html and 'href="#nq-cite-2"' in html
    assert answer_html("The articles don't answer that [1]", abstained=True).count("<a") == 0
    premise = answer_html("The articles don't support the premise: “…” [1]", abstained=True, cited=True)
    assert 'class="nq-abstain"' in premise and premise.count('class="nq-marker"') == 1


def _source(name: str, text: str) -> Source:
    return Source(name, text, None, f"Outlet {name}", "2023-03-16", ((0, len(text)),))


def test_the_panel_highlights_the_quote_in_its_paragraph_and_counts_the_sources_that_agree():
    texts = {n: f"Intro of {n}. Japan lifted export controls on three chemicals. More." for n in "abcde"}
    start = texts["a"].index("Japan")
    end = texts["a"].index(" More.")
    others = tuple(Passage(n, start, end, texts[n][start:end], 0.9, outlet=f"Outlet {n}") for n in "bcd")
    cite = Citation(marker=1, source="a", start=start, end=end, quote=texts["a"][start:end], outlet="Outlet a",
                    date="2023-03-16", corroborated_by=others)
    panel = sources_html(Answer("q", "Japan lifted export controls. [1]", [cite]),
                         lambda n: _source(n, texts[n]), total_sources=5)
    assert f"Intro of a. <mark>{texts['a'][start:end]}</mark> More." in panel
    assert "Reported by 4 of 5 sources" in panel
    for n in "abcd":
        assert f"Outlet {n}" in panel
    assert 'id="nq-cite-1"' in panel and 'id="nq-article-1" hidden' in panel and 'id="nq-mark-1"' in panel


def test_an_abstention_shows_the_closest_passages():
    text = "Kishida met Yoon in Tokyo on Thursday."
    answer = Answer("What was the weather?", "The articles don't answer that.", abstained=True,
                    evidence=[Passage("a", 0, len(text), text, 0.3)])
    panel = sources_html(answer, lambda n: _source(n, text), total_sources=5)
    assert "The articles don't answer this question" in panel and f"<mark>{text}</mark>" in panel


def test_status_and_upload_messages():
    status = LibraryStatus(articles=5, chunks=32, embedding_model="all-MiniLM-L6-v2", location=".newsqa",
                           uploads=".newsqa/uploads")
    line = status_markdown(status, "extractive")
    assert "5 articles" in line and "32 chunks" in line and "all-MiniLM-L6-v2" in line and "extractive" in line
    message = upload_markdown(["garden.md"], [], [("photo.txt", "is a binary file, not text")], 1.23)
    assert "Indexed `garden.md`" in message and "`photo.txt` was not added: it is a binary file, not text" in message


# ---------------------------------------------------------------- uploads through rag, real index and model

GARDEN = "# Garden diplomacy\n\nThe two leaders also planted 99 cherry trees together at the Kantei garden.\n"


@pytest.fixture
def bot(tmp_path, embeddings) -> Chatbot:
    # A 10 kB limit on article files: the seeds fit (7.5 kB at most), a 20 kB upload does not.
    settings = Settings(index=IndexSettings(index_dir=tmp_path / "index", source_dir=SEEDS, max_file_bytes=10_000))
    chatbot = Chatbot(settings, index=NewsIndex(settings.index, embeddings=embeddings))
    chatbot.prepare()
    return chatbot


def _uploads(bot: Chatbot) -> dict[str, bytes]:
    folder = bot.settings.index.uploads
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.is_dir() else {}


def test_an_uploaded_article_is_kept_and_answerable_right_away(bot, tmp_path):
    path = tmp_path / "garden.md"
    path.write_text(GARDEN, encoding="utf-8")
    result = bot.add_articles([path])
    assert result.ok and result.added == ["garden.md"]
    answer = bot.ask("How many cherry trees did the leaders plant?")
    assert not answer.abstained and "99 cherry trees" in answer.text
    assert answer.citations[0].source == "garden.md"
    assert bot.article("garden.md").text == GARDEN
    assert _uploads(bot) == {"garden.md": GARDEN.encode()}
    status = bot.status()
    assert status.articles == 6 and "garden.md" in status.sources
    # A later build of the source folder keeps the upload.
    bot.index.build()
    assert bot.status().articles == 6


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("photo.png", b"\x89PNG\r\n", "unsupported file type"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("legacy.txt", "Caf\u00e9 talks".encode("latin-1"), "not UTF-8"),
        ("empty.md", b"   \n", "empty"),
        ("huge.txt", b"word " * 4_000, "too large"),
        (SEED_FILES[0].name, b"Another article with a seed's name.", "already indexed from the source folder"),
    ],
)
def test_a_bad_upload_says_why_and_changes_nothing(bot, tmp_path, name, data, why):
    bot.settings.index.uploads.mkdir(parents=True, exist_ok=True)
    before = (bot.status(), _uploads(bot), len(bot.index.chunks()))
    path = tmp_path / name
    path.write_bytes(data)
    result = bot.add_articles([path])
    assert not result.ok and result.failed[0][0] == name and why in result.failed[0][1]
    assert (bot.status(), _uploads(bot), len(bot.index.chunks())) == before
    assert bot.article(SEED_FILES[0].name).text == original(SEED_FILES[0])


def test_uploading_a_new_version_replaces_the_old_one(bot, tmp_path):
    path = tmp_path / "garden.md"
    path.write_text(GARDEN, encoding="utf-8")
    bot.add_articles([path])
    path.write_text(GARDEN.replace("99", "120"), encoding="utf-8")
    result = bot.add_articles([path])
    assert result.updated == ["garden.md"]
    assert "120 cherry trees" in bot.ask("How many cherry trees did the leaders plant?").text


def test_the_app_uses_rag_only_and_imports_nothing_heavy():
    import ast
    import subprocess
    import sys

    from conftest import ROOT

    for path in [ROOT / "app.py", *sorted((ROOT / "ui").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                assert not any(m == "index" or m.startswith("index.") for m in modules), path
    code = "import sys, app; print(sorted({'gradio', 'torch', 'chromadb', 'sentence_transformers'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_asking_for_an_article_that_is_not_indexed_says_so(bot):
    from rag import ArticlesError

    with pytest.raises(ArticlesError, match="never.txt: is not in the index"):
        bot.article("never.txt")
