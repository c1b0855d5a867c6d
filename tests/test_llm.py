"""The language-model path, for real: llama.cpp with a GGUF file, and an OpenAI-compatible server.

The model is the tiny Gemma 3 270M base model. Its answers are poor, which is the
point: whatever it writes, no unsupported sentence may reach the answer.
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request

import pytest
from conftest import SEEDS, free_port, start_server, stop_server
from questions import ANSWERABLE
from test_rag import assert_well_cited

from index import IndexSettings, NewsIndex
from rag import Chatbot, LanguageModelError, Settings, TextDelta
from rag.models import assemble
from rag.verify import check_support, split_claims

QUESTIONS = [q for q, _ in ANSWERABLE[:5]]


@pytest.fixture(scope="module")
def gemma(tmp_path_factory):
    return assemble("gemma", tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="module")
def index_settings(tmp_path_factory, embeddings) -> IndexSettings:
    settings = IndexSettings(index_dir=tmp_path_factory.mktemp("llm-index"))
    NewsIndex(settings, embeddings=embeddings).build(SEEDS)
    return settings


def make_bot(index_settings, embeddings, **llm) -> Chatbot:
    settings = Settings(index=index_settings, llm_max_tokens=96, **llm)
    return Chatbot(settings, index=NewsIndex(index_settings, embeddings=embeddings))


def assert_verified(answer) -> None:
    """An answer from a model is either an abstention or cited sentences that their quotes support."""
    if answer.abstained:
        assert not answer.citations and answer.evidence
        return
    assert_well_cited(answer)
    quotes = {c.marker: c.quote for c in answer.citations}
    for claim in split_claims(answer.text):
        assert check_support(claim.text, [quotes[m] for m in claim.markers]).ok, claim


def test_gguf_model_answers_are_verified(gemma, index_settings, embeddings):
    bot = make_bot(index_settings, embeddings, llm=str(gemma))
    assert bot.mode == "llm"
    answers = [bot.ask(q) for q in QUESTIONS]
    for answer in answers:
        assert_verified(answer)
        assert answer.mode.startswith("llm:llama-cpp")
    assert any(not a.abstained for a in answers)


def test_gguf_stream_and_follow_up_rewrite(gemma, index_settings, embeddings):
    bot = make_bot(index_settings, embeddings, llm=str(gemma))
    history = [{"role": "user", "content": "Who is the US ambassador to Japan?"},
               {"role": "assistant", "content": "Rahm Emanuel, the US ambassador to Japan, welcomed the warming of ties. [1]"}]
    events = list(bot.stream("What did he tell CNN?", history))
    final = events[-1]
    assert_verified(final)
    assert "".join(e.text for e in events[:-1] if isinstance(e, TextDelta)).strip() == final.text
    assert final.search_query  # the model's rewrite, or the rule-based one when the rewrite was unusable


@pytest.fixture(scope="module")
def llama_server(gemma, tmp_path_factory):
    """llama-cpp-python's own OpenAI-compatible server, serving Gemma on a free loopback port."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    proc = start_server(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gemma), "--model_alias", "gemma",
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096"],
        tmp_path_factory.mktemp("server") / "server.log",
        lambda: urllib.request.urlopen(url + "/models", timeout=2).read(),
    )
    yield url
    stop_server(proc)


def test_openai_compatible_server_answers_are_verified(llama_server, index_settings, embeddings):
    bot = make_bot(index_settings, embeddings, llm=llama_server, llm_model="gemma")
    answers = [bot.ask(q) for q in QUESTIONS[:3]]
    for answer in answers:
        assert_verified(answer)
        assert answer.mode.startswith("llm:gemma")


def test_an_unreachable_server_is_a_clear_error(index_settings, embeddings):
    bot = make_bot(index_settings, embeddings, llm=f"http://127.0.0.1:{free_port()}/v1", llm_timeout=5.0)
    with pytest.raises(LanguageModelError, match=r"The language model \(http://127.0.0.1:\d+/v1\) failed"):
        bot.ask("Who was Yoon's predecessor?")


def test_a_missing_model_file_is_a_clear_error(index_settings, embeddings, tmp_path):
    bot = make_bot(index_settings, embeddings, llm=str(tmp_path / "nope.gguf"))
    with pytest.raises(LanguageModelError, match="which is not a file"):
        bot.ask("Who was Yoon's predecessor?")


def test_cli_uses_the_model_from_the_environment(gemma, index_settings):
    env = {**os.environ, "NEWSQA_INDEX_DIR": str(index_settings.index_dir), "NEWSQA_LLM": str(gemma),
           "NEWSQA_LLM_MAX_TOKENS": "64"}
    run = subprocess.run([sys.executable, "-m", "rag", "ask", "--json", QUESTIONS[1]], capture_output=True,
                         text=True, timeout=600, env=env, cwd=SEEDS.parent)
    assert run.returncode == 0, run.stderr
    assert '"mode": "llm:llama-cpp' in run.stdout


def test_server_requests_carry_the_token_limit_under_both_names():
    from rag.llm import make_chat_model

    model = make_chat_model(Settings(llm="http://127.0.0.1:9/v1", llm_max_tokens=77))
    assert model.max_tokens == 77 and model.extra_body == {"max_tokens": 77}


# Weak evidence by the numbers (the closest passage covers about a third of it), yet the articles answer it
# (sukiyaki and omurice).
SOFT = "ok what'd they actually chow down on at dinner lol"
HARD = "What did Joe Biden say about the GDP of Japan?"  # names the articles never mention


def test_weak_evidence_is_for_the_model_to_judge_evidence_of_absence_is_not(gemma, index_settings, embeddings):
    extractive = make_bot(index_settings, embeddings)
    soft = extractive.ask(SOFT)
    assert soft.abstained and "no passage states what the question asks" in soft.text
    bot = make_bot(index_settings, embeddings, llm=str(gemma))
    answer = bot.ask(SOFT)
    assert_verified(answer)
    # The model saw the passages: it answered (verified), or declined itself, or what it wrote failed verification.
    assert not answer.abstained or "language model" in answer.text or answer.removed
    hard = bot.ask(HARD)
    assert hard.abstained and "never mention" in hard.text and not hard.removed
