"""Who wrote an article: the byline question and the line cited (pure logic, no index)."""

import pytest

from index import Article
from rag.byline import asks_for_author, bylines


def _article(source: str, text: str, **meta) -> Article:
    return Article(source=source, text=text, format="text", content_hash=source, **meta)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("who wrote the antiwar.com article", True),
        ("who's the author of the DW piece", True),
        ("byline of the cnn story?", True),
        ("which reporter wrote the story", True),
        ("who write the antiwar.com piece on japan korea ties", True),  # the past left unmarked
        ("who should write to Kishida", False),  # no piece
        ("who is expected to write the report on the incident", False),  # a report to come, no byline asked
        ("what does the author say about China", False),  # what it says, not who wrote it
        ("who reported the dinner menu", False),  # the source of a fact
        ("who wrote to Kishida", False),  # no piece
        # A name before "who wrote" is the author, already known: what else is asked of them is the question.
        ("Dave DeCamp who write the military ties article, he is editor for which website", False),
        ("So who wrote the DW piece", True),  # the question's first word is no name
        ("the Antiwar piece, who wrote it", True),
        ("the article about Kishida, who wrote it?", True),  # the name the piece is about, or is from
        ("that piece in DW, who wrote it", True),
        ("OK So who wrote the DW piece", True),
    ],
)
def test_a_question_about_a_piece_asks_for_its_author(question, asks):
    assert asks_for_author(question) is asks


def test_the_byline_of_the_article_the_question_names_or_else_of_the_best_found():
    text = "Title\n\nYoon met Kishida.\n\nAuthor: Dave DeCamp\n\nDave DeCamp is the news editor of Antiwar.com."
    articles = {
        "a.txt": _article("a.txt", text, outlet="Antiwar.com", author="Dave DeCamp", title="Title"),
        "b.txt": _article("b.txt", "Seoul will withdraw the complaint.", outlet="Deutsche Welle Chinese Network"),
    }
    [by] = bylines("who wrote the antiwar.com article", articles, ["b.txt"])
    assert by.article.source == "a.txt" and text[by.start : by.end] == "Author: Dave DeCamp"  # the byline line
    [none] = bylines("who wrote the Deutsche Welle article", articles, ["a.txt"])
    assert none.article.source == "b.txt" and not none.named
    # No outlet or title named: the article of the best passage found.
    assert [b.article.source for b in bylines("who wrote this story", articles, ["a.txt", "b.txt"])] == ["a.txt"]
    assert bylines("what did Yoon say", articles, ["a.txt"]) == []


def test_what_else_a_byline_question_asks_is_asked_of_the_author():
    from rag.byline import beyond_the_author

    assert beyond_the_author("who wrote the antiwar.com piece and what is his job", "Dave DeCamp") == (
        "what is Dave DeCamp's job?")
    assert beyond_the_author("antiwar article who wrote and what did he say about China?", "Dave DeCamp") == (
        "what did Dave DeCamp say about China?")
    assert beyond_the_author("who wrote the antiwar.com piece", "Dave DeCamp") == ""  # nothing more
    # "he" is the author, "her" somebody else; "they" is seldom one author; "the author" is.
    assert beyond_the_author("who wrote it and what does he think of her", "Dave DeCamp") == (
        "what does Dave DeCamp think of her?")
    assert beyond_the_author("who wrote the piece and what did they agree", "Dave DeCamp") == "what did they agree?"
    assert beyond_the_author("who wrote the piece and what did the author say about China", "Ann Lee") == (
        "what did Ann Lee say about China?")
