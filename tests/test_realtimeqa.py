"""The RealTime QA suite: answer matching, null and split selection, the corpus, the report, and one real run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from evals import realtimeqa as rt
from evals.realtimeqa import (
    Result,
    canonical_tokens,
    contains_answer,
    gold_cited,
    is_correct,
    is_null,
    strip_markers,
    url_key,
)

DATA = rt.default_data_dir()

# --------------------------------------------------------------------------- answer matching


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The “Squid Game” show", ["squid", "game", "show"]),
        ("Five people, 1,000 homes and twenty-one cars", ["5", "people", "1000", "home", "and", "21", "car"]),
        ("$3.8 billion", ["3800000000", "dollar"]),
        ("3.8bn dollars", ["3800000000", "dollar"]),
        ("US$19 million", ["us", "19000000", "dollar"]),
        ("60% or 60 per cent", ["60", "percent", "or", "60", "percent"]),
        ("the first-ever 1st", ["1st", "ever", "1st"]),
        ("Biden’s U.S. plan [1][2]", ["biden", "us", "plan"]),
        ("BA.5 and a magnitude 5.9", ["ba5", "and", "magnitude", "5.9"]),
        ("Bed Bath & Beyond", ["bed", "bath", "and", "beyond"]),
    ],
)
def test_canonical_tokens(text, expected):
    assert canonical_tokens(text) == expected


@pytest.mark.parametrize(
    ("answer", "choice"),
    [
        ("Netflix announced the show “Squid Game” is coming back. [1]", "“Squid Game”"),
        ("A gallon of regular gas now costs $5 on average nationwide. [1]", "$5"),
        ("The package is worth 3.8 billion dollars. [1]", "$3.8 billion"),
        ("It sold for $19,000,000 at auction. [2]", "$19 million"),
        ("Harris was sentenced to twelve years in prison. [1]", "12"),
        ("Five states reported cases. [1]", "5"),
        ("NATO invited Finland and Sweden to join the alliance. [1]", "Sweden and Finland"),
        ("Stars gathered at the 2022 Tony Awards on Sunday. [1]", "The Tony Awards"),
        ("Police in Coeur d’Alene, Idaho’s fourth city, arrested 31 men. [1]", "Idaho"),
        ("Only New Jersey and Oregon ban pumping your own gas. [1]", "New Jersey & Oregon"),
        ("About 60 percent of adults disapprove. [1]", "60%"),
        ("The BA.5 subvariant is now dominant. [1]", "BA.5"),
        ("A magnitude 5.9 earthquake struck. [1]", "5.9"),
        ("U.K. Prime Minister Boris Johnson resigned on Thursday. [1]", "UK Prime Minister Boris Johnson"),
        ("The Colorado Avalanche[1] won the Stanley Cup.[2]", "Colorado Avalanche"),
        ("Netflix will introduce advertisements next year. [1]", "Advertisements"),
    ],
)
def test_an_answer_that_states_the_choice_is_correct(answer, choice):
    assert contains_answer(answer, choice)
    assert is_correct(answer, False, choice)


@pytest.mark.parametrize(
    ("answer", "choice"),
    [
        ("A gallon now costs $5.20 on average. [1]", "$5"),
        ("Fordham University announced a recall. [1]", "Ford"),
        ("Officials counted 59 aftershocks. [1]", "5.9"),
        ("Sweden applied in May. [1] Finland waited. [2]", "Sweden and Finland"),  # not in one sentence
        ("The ban on bump stocks was left out. [1]", "Ban on military-style assault weapons"),
        ("European regulators announced a plan. [1]", "Asia"),
        ("Anything at all. [1]", "“”"),  # a choice with no words matches nothing
    ],
)
def test_an_answer_that_does_not_state_the_choice_is_not_correct(answer, choice):
    assert not contains_answer(answer, choice)


def test_an_abstention_is_never_correct_even_when_it_names_the_choice():
    assert not is_correct("The articles don't say whether Idaho ...", True, "Idaho")
    assert is_correct("The event was in Coeur d'Alene, Idaho. [1]", False, "Idaho")


def test_markers_are_stripped_and_gold_citation_is_any_overlap():
    assert strip_markers("Ford recalled cars. [1] It said so. [2][3]") == "Ford recalled cars. It said so."
    assert gold_cited(["b.md", "a.md"], ["a.md"])
    assert not gold_cited(["b.md"], ["a.md"]) and not gold_cited([], ["a.md"])


# --------------------------------------------------------------------------- splits and nulls


def test_the_splits_are_the_fixed_eleven_weeks_with_no_overlap():
    dev, test = rt.SPLITS["dev"], rt.SPLITS["test"]
    assert dev == ("20220617", "20220624", "20220701", "20220708", "20220715")
    assert len(test) == 6 and not set(dev) & set(test)
    assert sorted(dev + test) == list(dev + test) and test[0] == "20220722" and test[-1] == "20220826"


def test_null_choice_is_a_fixed_hash_of_the_id():
    ids = [f"2099{m:04d}_{i}" for m in range(200) for i in range(10)]
    picked = [i for i in ids if is_null(i)]
    assert [is_null(i) for i in ids] == [is_null(i) for i in ids]  # the same every time
    assert 0.22 <= len(picked) / len(ids) <= 0.28  # NULL_SHARE = 0.25
    assert not any(is_null(i, share=0.0) for i in ids) and all(is_null(i, share=1.0) for i in ids)


def test_url_key_makes_one_key_per_article():
    base = "cnn.com/2022/06/12/media/squid-game-season-2"
    for url in ("https://www.cnn.com/2022/06/12/media/squid-game-season-2/index.html",
                "http://cnn.com/2022/06/12/media/squid-game-season-2/?cid=feed#:~:text=x",
                "https://WWW.CNN.COM/2022/06/12/media/squid-game-season-2"):
        assert url_key(url) == base
    assert url_key("https://edition.cnn.com/2022/06/12/x") != url_key("https://www.cnn.com/2022/06/12/x")


# --------------------------------------------------------------------------- a hand-made week

WEEK = "20990107"
FILLER = " ".join(f"Sentence {i} of padding about nothing in particular." for i in range(12))


def ids_of_kinds() -> tuple[list[str], str]:
    """Three ids that are not drawn null and one that is (NULL_SHARE by hash)."""
    ids = [f"{WEEK}_{i}" for i in range(60)]
    answerable = [i for i in ids if not is_null(i)][:3]
    null = next(i for i in ids if is_null(i))
    return answerable, null


def article(url: str, body: str, *, title: str | None = None, date: str = "2099/01/05") -> dict:
    row = {"url": url, "text": f"{body}\n\n{FILLER}", "authors": ["A Writer"], "publish_date": date}
    if title is not None:
        row["title"] = title
    return row


def write_week(folder: Path) -> dict[str, str]:
    """A week in RealTime QA's format: three answerable questions, one drawn null, one without gold."""
    (a0, a1, a2), null = ids_of_kinds()
    nogold = f"{WEEK}_99"
    questions = [
        (a0, "Which automaker recalled 2.9 million vehicles this week?", ["Ford", "GM", "Kia", "Tesla"], "0"),
        (a1, "Which country elected its first leftist leader?", ["Chile", "Colombia", "Peru", "Brazil"], "1"),
        (a2, "What did the town ban this week?", ["Kites", "Drums", "Fireworks", "Geese"], "2"),
        (null, "Which zoo welcomed twin pandas this week?", ["Berlin Zoo", "San Diego Zoo", "Paris Zoo", "Rome Zoo"],
         "0"),
        (nogold, "Which team won the cup?", ["Reds", "Blues", "Greens", "Whites"], "1"),
    ]
    with open(folder / f"{WEEK}_qa.jsonl", "w", encoding="utf-8") as f:
        for qid, sentence, choices, answer in questions:
            f.write(json.dumps({"question_id": qid, "question_date": "2099/01/06", "question_source": "CNN",
                                "question_url": "https://x", "question_sentence": sentence, "choices": choices,
                                "answer": [answer], "evidence": "..."}) + "\n")
    gold = {
        a0: [article("https://www.cnn.com/2099/01/02/business/ford-recall/index.html",
                     "Ford recalled 2.9 million vehicles on Tuesday."),
             {"url": "https://gasprices.aaa.com/"}],  # no text: not usable
        a1: [article("https://www.cnn.com/2099/01/03/americas/colombia-election/index.html",
                     "Colombia elected its first leftist leader on Sunday.")],
        a2: [article("https://www.cnn.com/2099/01/04/us/town-bans-fireworks/index.html",
                     "The town banned fireworks because of the drought.")],
        null: [article("https://www.cnn.com/2099/01/04/us/twin-pandas-berlin/index.html",
                       "The Berlin Zoo welcomed twin pandas this week.")],
        nogold: [],
    }
    with open(folder / f"{WEEK}_gold.jsonl", "w", encoding="utf-8") as f:
        for qid, rows in gold.items():
            f.write(json.dumps({"question_id": qid, "search_result": rows}) + "\n")
    gcs = {
        a0: [
            # the gold article again, by another URL of the same page, with a title
            article("https://cnn.com/2099/01/02/business/ford-recall?cid=feed", "Ford recalled 2.9 million vehicles.",
                    title="Ford recalls 2.9 million vehicles - CNN"),
            {"url": "https://www.cnn.com/ad", "title": "ad", "text": "1. How relevant is this ad to you?",
             "publish_date": "2099/01/01"},  # too short
            article("https://www.usatoday.com/story/cars-1", "Car sales fell.", title="Cars one"),
            article("https://www.usatoday.com/story/cars-1-copy", "Car sales fell.", title="Cars one again"),  # same text
            article("https://www.usatoday.com/story/cars-2", "Car prices rose.", title="Cars two"),
            article("https://www.usatoday.com/story/cars-3", "Car loans grew.", title="Cars three"),
            article("https://www.usatoday.com/story/cars-4", "Car parks emptied.", title="Cars four"),  # past the cap
        ],
        a1: [article("https://www.theweek.co.uk/news/zoo-roundup", "Elections and other news of the week.",
                     title="The week")],  # also a result of the null question: left out
        a2: [article("https://www.usatoday.com/story/pandas-arrive",
                     "The Berlin Zoo said twin pandas arrived, and the zoo welcomed them this week.",
                     title="Pandas")],  # states the null's answer: left out
        null: [article("https://www.theweek.co.uk/news/zoo-roundup", "Elections and other news of the week."),
               article("https://www.usatoday.com/story/zoo-news", "Zoo news of the week.", title="Zoo news")],
        nogold: [article("https://www.usatoday.com/story/cup-final", "The cup final was played.", title="Cup")],
    }
    with open(folder / f"{WEEK}_gcs.jsonl", "w", encoding="utf-8") as f:
        for qid, rows in gcs.items():
            f.write(json.dumps({"question_id": qid, "search_time": "2099/01/07/10:00", "search_result": rows}) + "\n")
    return {"a0": a0, "a1": a1, "a2": a2, "null": null, "nogold": nogold}


@pytest.fixture
def week(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder, write_week(folder)


def test_questions_without_usable_gold_are_not_asked(week):
    data, ids = week
    questions = rt.load_week(data, WEEK)
    assert [q.id for q in questions] == [ids["a0"], ids["a1"], ids["a2"], ids["null"], ids["nogold"]]
    asked = rt.asked_questions(questions)
    assert [q.id for q in asked] == [ids["a0"], ids["a1"], ids["a2"], ids["null"]]
    assert rt.asked_questions(questions, limit=2) == asked[:2]
    ford = questions[0]
    assert ford.answer == "Ford" and len(ford.gold) == 1  # the article without text is not usable
    assert ford.gold[0].title == "Ford recalls 2.9 million vehicles"  # from the search result of the same page
    assert ford.gold[0].date == "2099-01-05" and ford.gold[0].outlet == "cnn.com"


def test_the_corpus_leaves_out_everything_of_a_null_question(week):
    data, ids = week
    questions = rt.load_week(data, WEEK)
    corpus = rt.build_corpus(rt.asked_questions(questions), questions, per_question=3)
    assert corpus.nulls == {ids["null"]} and corpus.kept_answerable == []
    keys = {d.key for d in corpus.files.values()}
    assert "cnn.com/2099/01/04/us/twin-pandas-berlin" not in keys  # its gold
    assert "theweek.co.uk/news/zoo-roundup" not in keys  # its search result, though another question found it too
    assert "usatoday.com/story/zoo-news" not in keys
    assert "usatoday.com/story/pandas-arrive" not in keys and corpus.dropped_as_leaks == 1  # states its answer
    assert ids["null"] not in corpus.gold_files


def test_the_corpus_dedupes_drops_short_texts_and_caps_distractors(week):
    data, ids = week
    questions = rt.load_week(data, WEEK)
    corpus = rt.build_corpus(rt.asked_questions(questions), questions, per_question=3)
    keys = sorted(d.key for d in corpus.files.values())
    assert keys == sorted([
        "cnn.com/2099/01/02/business/ford-recall", "cnn.com/2099/01/03/americas/colombia-election",
        "cnn.com/2099/01/04/us/town-bans-fireworks",
        "usatoday.com/story/cars-1", "usatoday.com/story/cars-2", "usatoday.com/story/cars-3",  # 3 new ones
        "usatoday.com/story/cup-final",  # a question without gold still brings distractors
    ])
    assert all(len(v) == 1 for v in corpus.gold_files.values()) and len(corpus.gold_files) == 3
    assert rt.build_corpus(rt.asked_questions(questions), questions, per_question=1).files.keys() < corpus.files.keys()


def test_a_null_that_another_gold_article_answers_stays_answerable(week):
    data, ids = week
    questions = rt.load_week(data, WEEK)
    asked = rt.asked_questions(questions)
    ford = next(q for q in asked if q.id == ids["a0"])
    null = next(q for q in asked if q.id == ids["null"])
    both = rt.Doc(url="https://www.cnn.com/2099/01/05/zoo-and-cars", text="Twin pandas this week: the Berlin Zoo "
                  "welcomed them. " + FILLER)
    import dataclasses

    asked = [dataclasses.replace(ford, gold=(*ford.gold, both)) if q is ford else q for q in asked]
    assert rt.choose_nulls(asked) == (set(), [null.id])
    corpus = rt.build_corpus(asked, asked)
    assert not corpus.nulls and corpus.gold_files[null.id]  # its gold article is back in


def test_written_articles_carry_title_date_and_outlet_for_the_index(week, tmp_path):
    from index import read_article

    data, ids = week
    questions = rt.load_week(data, WEEK)
    corpus = rt.build_corpus(rt.asked_questions(questions), questions)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "stale.md").write_text("gone", encoding="utf-8")
    rt.write_corpus(corpus, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(corpus.files)
    name = corpus.gold_files[ids["a0"]][0]
    parsed = read_article(folder / name)
    assert (parsed.title, parsed.date, parsed.outlet) == ("Ford recalls 2.9 million vehicles", "2099-01-05", "cnn.com")
    assert parsed.text.endswith(FILLER + "\n") and "Ford recalled 2.9 million vehicles on Tuesday." in parsed.text
    assert name.startswith("cnn.com-") and name.endswith(".md")
    # The digest names the content: the same corpus, the same digest; another corpus, another one.
    again = rt.build_corpus(rt.asked_questions(questions), questions)
    assert again.digest == corpus.digest
    assert rt.build_corpus(rt.asked_questions(questions)[:2], questions).digest != corpus.digest


class CountingEmbedder:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed_documents(self, texts):
        self.calls.append(list(texts))
        return [[float(len(t)), 0.5] for t in texts]

    def embed_query(self, text):
        return [1.0, 2.0]


def test_cached_embeddings_embed_each_text_once_and_keep_it_in_a_file(tmp_path):
    inner = CountingEmbedder()
    cached = rt.CachedEmbeddings(inner, tmp_path / "vectors.npz")
    assert cached.embed_documents(["ab", "c", "ab"]) == [[2.0, 0.5], [1.0, 0.5], [2.0, 0.5]]
    assert cached.embed_documents(["c", "def"]) == [[1.0, 0.5], [3.0, 0.5]]
    assert inner.calls == [["ab", "c"], ["def"]] and cached.embedded == 3
    assert cached.embed_query("q") == [1.0, 2.0]
    cached.save()
    other = CountingEmbedder()
    reloaded = rt.CachedEmbeddings(other, tmp_path / "vectors.npz")
    assert reloaded.embed_documents(["def", "ab"]) == [[3.0, 0.5], [2.0, 0.5]] and other.calls == []
    reloaded.save()  # nothing new: the file is not rewritten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vectors.npz"]


# --------------------------------------------------------------------------- scores and the report


def result(qid: str, *, null: bool = False, answer: str = "", abstained: bool = False, cited=(), seconds=1.0):
    return Result(id=qid, question=f"Q {qid}?", right_choice="Ford", null=null, answer=answer, abstained=abstained,
                  cited=list(cited), gold=["g.md"], seconds=seconds)


def test_scores_count_answerable_and_null_questions_apart():
    results = [
        result("1", answer="Ford recalled cars. [1]", cited=["g.md"], seconds=1.0),
        result("2", answer="GM recalled cars. [1]", cited=["x.md"], seconds=2.0),
        result("3", abstained=True, answer="The articles don't say.", seconds=3.0),
        result("4", answer="Ford did. [1]", cited=["x.md"], seconds=4.0),
        result("5", null=True, abstained=True, seconds=5.0),
        result("6", null=True, answer="Ford, surely. [1]", cited=["x.md"], seconds=6.0),
    ]
    assert [r.missed for r in results] == [None, "wrong answer", "refused an answerable question", None, None,
                                           "answered a null question"]
    assert results[4].correct is None and results[4].gold_cited is None
    scores = rt.score(results)
    assert scores == {"n": 6, "answerable": 4, "null": 2, "correct": 0.5, "gold_cited": 0.25,
                      "false_refusal_rate": 0.25, "null_refusal": 0.5, "p50_s": 3.0, "p95_s": 6.0}
    assert rt.target_failures(scores) == ["correct = 0.5 (target >= 0.7)", "false_refusal_rate = 0.25 (target <= 0.08)",
                                          "null_refusal = 0.5 (target >= 0.85)"]
    assert rt.target_failures({"correct": 0.7, "false_refusal_rate": 0.08, "null_refusal": 0.9}) == []
    assert rt.target_failures(rt.score([])) == ["correct: not measured", "false_refusal_rate: not measured",
                                                "null_refusal: not measured"]


def fake_run(split: str) -> dict:
    results = [result("1", answer="Ford. [1]", cited=["g.md"]), result("2", answer="GM. [1]", cited=["x.md"])]
    return {"split": split, "weeks": list(rt.SPLITS[split]), "mode": "extractive", "limit": None,
            "scores": rt.score(results), "corpus": {"articles": 2, "chunks": 9},
            "timing": {"build_s": 1.0, "embedded": 9, "prepare_s": 0.1, "sentences_embedded": 20, "ask_s": 2.0,
                       "wall_s": 3.5},
            "results": [vars(r) | {"missed": r.missed, "first_cited_title": "GM news"} for r in results]}


def test_the_report_lists_dev_misses_and_only_counts_held_out_ones(tmp_path):
    md_path, json_path = rt.write([fake_run("dev"), fake_run("test")], tmp_path)
    md, data = md_path.read_text(), json.loads(json_path.read_text())
    assert md_path.name == "realtimeqa_report.md" and json_path.name == "realtimeqa_report.json"
    assert "| correct (of answerable) | 0.500 | 0.500 | >= 0.7 |" in md
    assert "| Q 2? | Ford | GM. | x.md (GM news) | no |" in md  # the dev miss, with what newsqa answered
    assert md.count("| Q 2? |") == 1  # and not the test one
    assert data["splits"]["dev"]["misses"][0]["answer"] == "GM."
    assert "misses" not in data["splits"]["test"] and data["splits"]["test"]["misses_by_reason"] == {"wrong answer": 1}
    shown, _ = rt.render([fake_run("test")], show_held_out=True)
    assert "| Q 2? |" in shown


def test_the_cli_dispatches_to_the_suite_and_says_what_is_missing(tmp_path):
    run = subprocess.run([sys.executable, "-m", "evals", "--suite", "realtimeqa", "--data", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and f"no RealTime QA files in {tmp_path}" in run.stderr
    run = subprocess.run([sys.executable, "-m", "evals", "--suite", "nope"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 2 and "invalid choice: 'nope'" in run.stderr


# --------------------------------------------------------------------------- one real run


@pytest.mark.skipif(not (DATA / "20220617_qa.jsonl").is_file(), reason="the RealTime QA data is not here")
def test_the_suite_runs_for_real_on_six_questions_and_reuses_its_index(tmp_path, embeddings):
    weeks = ("20220617",)
    run = rt.evaluate("dev", weeks, data=DATA, cache=tmp_path / "cache", limit=6, embeddings=embeddings,
                      log=lambda *_: None)
    asked = rt.asked_questions(rt.load_split(DATA, weeks), 6)
    nulls, _ = rt.choose_nulls(asked)
    scores = run["scores"]
    assert scores["n"] == 6 and scores["null"] == len(nulls) and scores["answerable"] == 6 - len(nulls)
    assert [r["id"] for r in run["results"]] == [q.id for q in asked]
    for key in ("correct", "gold_cited", "false_refusal_rate"):
        assert 0.0 <= scores[key] <= 1.0
    assert scores["p95_s"] >= scores["p50_s"] > 0
    folder = Path(run["corpus"]["folder"])
    assert folder.parent == tmp_path / "cache" and folder.name == f"dev-{run['corpus']['hash']}"
    assert len(list((folder / "corpus").glob("*.md"))) == run["corpus"]["articles"] >= 6
    assert run["corpus"]["chunks"] > run["corpus"]["articles"] and run["timing"]["embedded"] == run["corpus"]["chunks"]
    for r in run["results"]:
        assert r["abstained"] or r["cited"]
        assert r["null"] or r["gold"]  # an answerable question has its gold article in the corpus
    assert run["timing"]["sentences_embedded"] > 0
    again = rt.evaluate("dev", weeks, data=DATA, cache=tmp_path / "cache", limit=6, embeddings=embeddings,
                        log=lambda *_: None)
    assert again["corpus"]["folder"] == run["corpus"]["folder"]
    assert again["timing"]["embedded"] == 0 and again["timing"]["sentences_embedded"] == 0  # nothing embedded again
    assert [r["answer"] for r in again["results"]] == [r["answer"] for r in run["results"]]
    md, data = rt.render([run])
    assert "| questions asked | 6 |" in md and set(data["splits"]["dev"]["scores"]) >= set(rt.TARGETS)
