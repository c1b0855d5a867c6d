"""The review suite: its data files, rebuilding corpora from RealTime QA files, the report, and one real run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import realtimeqa as rt
from evals import review
from evals.heldout import summarize

DATA = rt.default_data_dir()
HAVE_DATA = (DATA / "20220617_gcs.jsonl").is_file()


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture()
def tiny(tmp_path):
    """A RealTime QA folder with one week, and a review corpus of two articles (one gold, one search result)."""
    data = tmp_path / "data"
    data.mkdir()
    gold_text = "Officials said the bridge reopened on Monday after repairs. " * 10
    gcs_text = "The council voted 7-2 to raise the parking fee to $3 an hour. " * 10
    _write(data / "20220701_gold.jsonl", [{"question_id": "q1", "search_result": [
        {"url": "https://www.cnn.com/2022/07/01/us/bridge-reopens/index.html", "text": gold_text}]}])
    _write(data / "20220701_gcs.jsonl", [{"question_id": "q1", "search_result": [
        {"url": "https://www.cnn.com/2022/07/01/us/bridge-reopens/index.html", "title": "Bridge reopens - CNN",
         "text": "another copy", "publish_date": "2022/07/01"},
        {"url": "https://www.usatoday.com/story/news/parking-fee/1/", "title": "Parking fee rises",
         "text": gcs_text, "publish_date": "2022/06/30"}]}])
    _write(tmp_path / "articles.jsonl", [
        {"corpus": "c1", "file": "01_bridge.md", "url": "https://www.cnn.com/2022/07/01/us/bridge-reopens/index.html",
         "week": "20220701", "from": "gold"},
        {"corpus": "c1", "file": "02_parking.md", "url": "https://www.usatoday.com/story/news/parking-fee/1/",
         "week": "20220701", "from": "gcs"}])
    _write(tmp_path / "items.jsonl", [
        {"id": "c1_01", "corpus": "c1", "split": "dev", "question": "when did the bridge reopen", "kind": "date",
         "answerable": True, "required_facts": [["Monday"]], "min_facts": 1,
         "evidence": [{"source": "01_bridge.md", "quote": "the bridge reopened on Monday"}]},
        {"id": "c1_02", "corpus": "c1", "split": "dev", "question": "how much is parking now", "kind": "number",
         "answerable": True, "required_facts": [["$3"]], "min_facts": 1,
         "evidence": [{"source": "02_parking.md", "quote": "raise the parking fee to $3 an hour."}]}])
    return data, tmp_path / "articles.jsonl", tmp_path / "items.jsonl"


def test_a_corpus_is_rebuilt_from_the_week_file_its_spec_names_with_the_search_results_title(tiny):
    data, articles, items = tiny
    (split, qs), = review.load_corpora(items).values()
    files = review.rebuild(review.load_articles(articles), qs, data)
    assert split == "dev"
    assert sorted(files) == ["01_bridge.md", "02_parking.md"]
    bridge = files["01_bridge.md"]
    assert bridge.text.startswith("Officials said the bridge reopened")  # the gold file's text, not the other copy
    assert bridge.title == "Bridge reopens"  # the gold row has none: the search result's, cleaned
    assert files["02_parking.md"].date == "2022-06-30" and files["02_parking.md"].outlet == "usatoday.com"


def test_a_passage_missing_from_its_rebuilt_article_stops_the_run_with_the_item_named(tiny):
    data, articles, items = tiny
    rows = _read(items)
    rows[1]["evidence"][0]["quote"] = "raise the parking fee to $4 an hour."
    _write(items, rows)
    (_, qs), = review.load_corpora(items).values()
    with pytest.raises(review.CorpusError, match="c1_02"):
        review.rebuild(review.load_articles(articles), qs, data)


def test_an_article_not_in_its_week_file_is_named_in_the_error(tiny):
    data, articles, items = tiny
    rows = _read(articles)
    rows[1]["url"] = "https://www.usatoday.com/story/news/elsewhere/"
    _write(articles, rows)
    (_, qs), = review.load_corpora(items).values()
    with pytest.raises(review.CorpusError, match="02_parking.md"):
        review.rebuild(review.load_articles(articles), qs, data)


def test_a_corpus_split_between_dev_and_test_is_refused(tiny):
    _, _, items = tiny
    rows = _read(items)
    rows[1]["split"] = "test"
    _write(items, rows)
    with pytest.raises(review.CorpusError, match="both"):
        review.load_corpora(items)


def test_the_report_lists_dev_misses_and_only_counts_test_ones():
    summary = {"items": 2, "correct": 0.5, "false_abstention_rate": 0.5, "abstention_recall": None,
               "citation_validity": 1.0, "by_kind": {"date": {"items": 2, "correct": 0.5}}}
    md = review.render({"dev": summary, "test": summary}, {"c1": summary, "c2": summary},
                       {"c1": "dev", "c2": "test"}, "extractive",
                       [{"id": "c1_01", "kind": "date", "question": "when | why", "answer": "no\nidea",
                         "abstained": True}])
    assert "| c1_01 | date | when / why | (refused) no idea |" in md
    assert "| c2 | test | 2 |" in md
    assert "Targets on test: **not met**" in md
    assert "| date | 0.50 (2) |" in md and "| kind | dev |" in md  # per kind: dev only


def test_the_suites_data_files_hold_eleven_corpora_of_twenty_articles_and_forty_questions():
    corpora = review.load_corpora()
    refs = review.load_articles()
    assert {name: split for name, (split, _) in corpora.items()} == {
        **{f"r{n}": "dev" for n in (*range(11, 17), 19, 20, 21)}, "r17": "test", "r18": "test"}
    later = [r.url for r in refs if r.corpus in ("r19", "r20", "r21")]
    assert len(set(later)) == 60 and not set(later) & {r.url for r in refs if r.corpus not in ("r19", "r20", "r21")}
    for name, (_, items) in corpora.items():
        files = [r.file for r in refs if r.corpus == name]
        assert len(files) == len(set(files)) == 20, name
        assert len(items) == 40, name
        assert {ev["source"] for i in items for ev in i.evidence} <= set(files), name
        assert 0.25 <= sum(not i.answerable for i in items) / len(items) <= 0.35, name
        assert all(i.required_facts for i in items if i.answerable), name
    assert {r.week for r in refs} <= set(rt.SPLITS["dev"]) | {"20220613"}  # never RealTime QA's test weeks


@pytest.mark.skipif(not HAVE_DATA, reason="the RealTime QA data is not here")
def test_every_review_corpus_rebuilds_from_the_realtimeqa_files_with_every_passage_in_place():
    corpora = review.load_corpora()
    refs = review.load_articles()
    for name, (_, items) in corpora.items():
        files = review.rebuild([r for r in refs if r.corpus == name], items, DATA)
        assert len(files) == 20 and all(len(d.text) > 1000 for d in files.values()), name


def test_corpora_are_indexed_asked_and_scored_for_real_then_reused_and_test_misses_stay_hidden(
        tmp_path, tiny, embeddings):
    data, articles, items = tiny
    # A second corpus, on the test split, of the same two articles, with an item made to fail (the fee is $3).
    rows = _read(items)
    wrong = dict(rows[1], id="c2_01", corpus="c2", split="test", required_facts=[["$4"]])
    _write(items, [*rows, wrong])
    _write(articles, [*_read(articles), *(dict(row, corpus="c2") for row in _read(articles))])
    log: list[str] = []
    run = review.evaluate(["dev", "test"], data=data, cache=tmp_path / "cache", items_path=items,
                          articles_path=articles, embeddings=embeddings, log=log.append)
    dev, test = run["summaries"]["dev"], run["summaries"]["test"]
    assert dev["items"] == 2 and dev["citation_validity"] == 1.0
    assert dev["correct"] == 1.0, run["dev_misses"]  # the bridge's day and the parking fee, both stated
    assert test["items"] == 1 and test["correct"] == 0.0 and "by_kind" not in test
    assert run["split_of"] == {"c1": "dev", "c2": "test"} and "by_kind" not in run["per_corpus"]["c2"]
    md = review.render(run["summaries"], run["per_corpus"], run["split_of"], run["mode"], run["dev_misses"])
    assert run["dev_misses"] == [] and "c2_01" not in md and "how much is parking" not in md
    assert all(" 0 reused" in line for line in log)
    again = review.evaluate(["dev", "test"], data=data, cache=tmp_path / "cache", items_path=items,
                            articles_path=articles, embeddings=embeddings, log=log.append)
    assert again["summaries"] == run["summaries"] | {
        s: {**v, "latency_p50_ms": again["summaries"][s]["latency_p50_ms"],
            "latency_p95_ms": again["summaries"][s]["latency_p95_ms"]} for s, v in run["summaries"].items()}
    assert all("(0 embedded" in line for line in log[2:]), log  # the second run indexes nothing again


def test_the_gate_reads_the_test_split_and_fails_the_run_when_it_misses(monkeypatch, tmp_path, capsys):
    ok = {"items": 80, "correct": 0.9, "false_abstention_rate": 0.05, "abstention_recall": 0.9,
          "citation_validity": 1.0}
    bad = dict(ok, correct=0.1)

    def fake(splits, **_):
        return {"mode": "extractive", "summaries": {"dev": bad, "test": test}, "per_corpus": {},
                "split_of": {}, "dev_misses": [], "wall_s": 0.0}

    monkeypatch.setattr(review, "evaluate", fake)
    test = ok  # dev below every gate, test above: the gate reads test
    assert review.main(["--gate", "--out", str(tmp_path)]) == 0
    test = bad
    assert review.main(["--gate", "--out", str(tmp_path)]) == 1
    assert "review gate failed (test split): correct = 0.1" in capsys.readouterr().err
    assert review.main(["--out", str(tmp_path)]) == 0  # without --gate, a report only


def test_summaries_count_a_corpus_citations_by_corpus_and_file():
    from evals.heldout import HeldoutItem, Outcome

    item = HeldoutItem(id="c1_01", question="q", kind="date", answerable=True, required_facts=[["Monday"]],
                       min_facts=1, split="dev")
    o = review._in_corpus(Outcome(item=item, answer="Monday [1]", abstained=False,
                                  citations=(("01_bridge.md", 0, 6, "Monday"),), correct=True, facts_found=1,
                                  seconds=0.1), "c1")
    assert o.citations == (("c1/01_bridge.md", 0, 6, "Monday"),)
    texts = {"c1/01_bridge.md": "Monday it reopened", "c2/01_bridge.md": "Tuesday"}
    assert summarize([o], texts.__getitem__)["citation_validity"] == 1.0


def test_gate_needs_the_test_split(capsys):
    with pytest.raises(SystemExit):
        review.main(["--split", "dev", "--gate"])
    assert "--gate checks the test split" in capsys.readouterr().err
