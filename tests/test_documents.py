"""Reading articles: offsets, metadata, furniture, sentence boundaries, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_FILES, SEEDS, original

from index import SourceError, chunk_article, parse_article, read_article, split_sentences
from index.documents import classify_blocks

SHARED_SEEDS = SEEDS.parent.parent / "shared" / "seeds"


def test_there_are_five_seed_articles():
    assert [p.name for p in SEED_FILES] == [
        "000_0f4695afc63a5827.txt",
        "001_48a0ccc9e8964110.txt",
        "002_95e79b1fb524aad6.txt",
        "003_8db23b3b291dbe9c.txt",
        "004_b47a55cb96cde257.txt",
    ]


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_seeds_are_byte_for_byte_the_originals():
    for path in SEED_FILES:
        assert path.read_bytes() == (SHARED_SEEDS / path.name).read_bytes(), path.name


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_every_sentence_and_chunk_is_an_exact_slice_of_the_file(path: Path):
    text = original(path)
    article = read_article(path)
    assert article.text == text and article.source == path.name
    sentences = split_sentences(article)
    assert len(sentences) >= 15
    for s in sentences:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text and s.source == path.name
    chunks = chunk_article(article)
    for c in chunks:
        assert text[c.start : c.end] == c.text and c.source == path.name
        assert len(c.text) <= 800 or len(c.sentences) == 1
        for s in c.sentences:
            assert c.start <= s.start < s.end <= c.end and text[s.start : s.end] == s.text
    # Every sentence lands in some chunk, in order.
    covered = {(s.start, s.end) for c in chunks for s in c.sentences}
    assert covered == {(s.start, s.end) for s in sentences}


def test_site_furniture_is_marked_and_never_chunked():
    article = read_article(SEEDS / "001_48a0ccc9e8964110.txt")
    reasons = [b.reason for b in article.furniture]
    assert reasons == ["breadcrumb", "paywall notice", "comment prompt", "site trailer"]
    joined = "\n".join(c.text for c in chunk_article(article))
    for junk in ("Home »", "You have 50.73%", "subscribers only", "Leave a Comment", "This site uses Akismet"):
        assert junk not in joined
    assert "withdraw the complaint filed with the World Trade Organization" in joined


def test_a_paragraph_that_only_lists_sources_in_brackets_is_furniture():
    blocks, _ = classify_blocks("Yoon met Kishida.\n\n(AFP, China News Agency, etc.)\n\n(He said so, again and again.)")
    assert [(b.kind, b.reason) for b in blocks] == [("body", ""), ("furniture", "source credit"), ("body", "")]


def test_a_note_on_the_author_is_kept_apart_from_the_news():
    text = ("Yoon met Kishida.\n\nDave DeCamp is the news editor of Antiwar.com, follow him on Twitter @decampdave."
            "\n\nJohn Smith is the editor of Newsweek, he said on Friday, adding that the magazine had long "
            "covered the region and would keep its bureau in Seoul open for years to come, whatever the summit "
            "brought and whatever the two governments decided.")
    blocks, meta = classify_blocks(text)
    assert [b.kind for b in blocks] == ["body", "author note", "body"]  # a long paragraph is news, not a note
    assert meta["outlet"] == "Antiwar.com"


def test_a_line_of_the_story_on_a_former_journalist_is_no_note_on_the_author():
    text = ("Author: Jane Roe\n\nThe council met.\n\nOkafor is a former journalist for Channel 9 and now chairs the "
            "council's finance committee.\n\nJane Roe is a city hall reporter at The Ledger.")
    blocks, meta = classify_blocks(text)
    assert [b.kind for b in blocks] == ["byline", "body", "body", "author note"]
    assert meta["outlet"] == "The Ledger" and meta["author"] == "Jane Roe"


def test_a_photo_gallerys_captions_are_furniture():
    text = ("Abe died on Friday.\n\nPhotos: Abe speaks moments before being shot. Hide Caption 1 of 16 Photos: "
            "Mourners gather. Hide Caption 2 of 16\n\nPhotos of the scene show people gathered.")
    blocks, _ = classify_blocks(text)
    assert [(b.kind, b.reason) for b in blocks] == [("body", ""), ("furniture", "photo gallery"), ("body", "")]


@pytest.mark.parametrize(
    "trailer",
    ["This site uses A", "Leave a Reply", "Home » World » Asia » Seoul", "Subscribe to continue reading."],
)
def test_cut_off_trailers_and_prompts_are_furniture(trailer: str):
    data = f"A real sentence about the summit in Tokyo.\n\n{trailer}\n".encode()
    article = parse_article("t.txt", data, suffix=".txt")
    assert [article.text[b.start : b.end] for b in article.furniture] == [trailer]
    assert all(trailer not in s.text for s in split_sentences(article))


def test_metadata_of_the_seeds():
    meta = {p.name[:3]: read_article(p) for p in SEED_FILES}
    assert meta["001"].title == "Japan and South Korea Forge Closer Ties in Security and Economy, Amidst US Influence"
    assert meta["002"].title == "Japan, South Korea Work to Rebuild Military Ties, With US Backing"
    assert meta["002"].author == "Dave DeCamp" and meta["002"].outlet == "Antiwar.com"
    assert meta["003"].date == "2023-03-18" and meta["003"].outlet == "Deutsche Welle Chinese Network"
    assert meta["004"].date == "2023-03-16"
    assert meta["000"].title is None and meta["000"].date is None  # it states neither
    hashes = {a.content_hash for a in meta.values()}
    assert len(hashes) == 5 and all(len(h) == 64 for h in hashes)


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(parse_article("x.txt", text.encode(), suffix=".txt"))]


def test_abbreviations_do_not_end_sentences():
    assert _sentences("Mr. Yoon met Mr. Kishida. The U.S. welcomed it. MM. Kishida and Yoon dined.") == [
        "Mr. Yoon met Mr. Kishida.",
        "The U.S. welcomed it.",
        "MM. Kishida and Yoon dined.",
    ]


def test_quotations_stay_whole():
    text = "“I believe both countries should share information,” Yoon said at a news conference. Kishida agreed."
    assert _sentences(text) == [
        "“I believe both countries should share information,” Yoon said at a news conference.",
        "Kishida agreed.",
    ]


def test_embedded_tweets_keep_their_link_and_attribution():
    article = read_article(SEEDS / "000_0f4695afc63a5827.txt")
    sentences = split_sentences(article)
    tweet = next(s for s in sentences if "swastika" in s.text)
    assert tweet.text.endswith("pic.twitter.com/gVCTOuz9oR") and tweet.kind == "social"
    attribution = next(s for s in sentences if "@CV18Captain" in s.text)
    assert attribution.text == "— Manchurian Candidate (@CV18Captain) March 16, 2023"
    assert attribution.kind == "attribution"
    assert next(s for s in sentences if s.text.startswith("The GSOMIA allows")).kind == "body"


def test_lower_case_fragments_and_credits_join_their_sentence():
    article = read_article(SEEDS / "001_48a0ccc9e8964110.txt")
    texts = [s.text for s in split_sentences(article)]
    assert any(t.endswith("high-level exchanges. level, trade links and security cooperation.") for t in texts)
    dw = [s.text for s in split_sentences(read_article(SEEDS / "003_8db23b3b291dbe9c.txt"))]
    assert any(t.startswith("(Deutsche Welle Chinese Network) South Korea will fully implement") for t in dw)


def test_hard_wrapped_paragraphs_are_joined_but_offsets_hold():
    text = (
        "Japan will lift export controls on high-tech materials used for semiconductors\n"
        "and display panels in South Korea. Seoul will withdraw its complaint.\n"
    )
    article = parse_article("w.txt", text.encode(), suffix=".txt")
    sentences = split_sentences(article)
    assert [s.text for s in sentences] == [text[: text.index("Korea.") + 6], "Seoul will withdraw its complaint."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_headings_open_a_new_chunk():
    article = read_article(SEEDS / "003_8db23b3b291dbe9c.txt")
    chunks = chunk_article(article)
    heading_chunks = [c for c in chunks if c.text.startswith("First summit in 12 years")]
    assert len(heading_chunks) == 1 and heading_chunks[0].sentences[0].kind == "heading"


def test_chunks_overlap_by_whole_sentences():
    article = read_article(SEEDS / "004_b47a55cb96cde257.txt")
    chunks = chunk_article(article, chunk_size=400, chunk_overlap=200)
    shared = [set(a.sentences) & set(b.sentences) for a, b in zip(chunks, chunks[1:])]
    assert sum(1 for s in shared if s) >= len(chunks) // 2
    for s in shared:
        assert sum(len(x.text) for x in s) <= 200


def test_markdown_front_matter_gives_metadata_and_is_not_content():
    text = "---\ntitle: Summit notes\ndate: 2023-03-17\nauthor: Kim Min-ji\n---\n\n# Summit notes\n\nYoon went to Tokyo.\n"
    article = parse_article("n.md", text.encode(), suffix=".md")
    assert (article.title, article.date, article.author, article.format) == (
        "Summit notes", "2023-03-17", "Kim Min-ji", "md"
    )
    assert [s.text for s in split_sentences(article)] == ["# Summit notes", "Yoon went to Tokyo."]


def test_html_gives_visible_text_and_metadata():
    page = b"""<html><head><title>Ignored tab title</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2023-03-16T10:00:00Z">
    <script>alert("x")</script><style>p{}</style></head>
    <body><nav>Home | World</nav><h1>Leaders meet &amp; agree</h1>
    <p>Yoon met <b>Kishida</b> in Tokyo.</p><p>They agreed to share intelligence.</p>
    <footer>Copyright</footer></body></html>"""
    article = parse_article("p.html", page, suffix=".html")
    assert article.format == "html"
    assert (article.title, article.outlet, article.date) == ("Leaders meet & agree", "Example News", "2023-03-16")
    assert "alert" not in article.text and "Home | World" not in article.text and "Copyright" not in article.text
    texts = [s.text for s in split_sentences(article)]
    assert texts == ["Leaders meet & agree", "Yoon met Kishida in Tokyo.", "They agreed to share intelligence."]
    for s in split_sentences(article):
        assert article.text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.md", b"  \n\n \t\n", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file"),
        ("latin1.txt", "Caf\u00e9 in Seoul".encode("latin-1"), "is not UTF-8 text"),
        ("menu.txt", b"Home \xc2\xbb News \xc2\xbb Asia\n\nLeave a Comment\n", "has no article text"),
        ("empty.html", b"<html><body><script>x()</script></body></html>", "has no visible text"),
    ],
)
def test_bad_files_raise_an_error_naming_the_file_and_the_reason(tmp_path: Path, name: str, data: bytes, reason: str):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError) as err:
        read_article(path)
    assert err.value.path == name and reason in err.value.reason
    assert str(err.value).startswith(f"{name}: ")


def test_too_large_and_unsupported_files_are_refused(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text("Yoon met Kishida. " * 100)
    with pytest.raises(SourceError, match="too large"):
        read_article(big, max_bytes=1000)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(SourceError, match="unsupported file type '.pdf'"):
        read_article(pdf)


def test_crlf_files_keep_exact_offsets(tmp_path: Path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Leaders met in Tokyo.\r\n\r\nThey agreed to talk. Then they ate sukiyaki.\r\n")
    article = read_article(path)
    text = original(path)
    assert "\r\n" in article.text
    for s in split_sentences(article):
        assert text[s.start : s.end] == s.text
