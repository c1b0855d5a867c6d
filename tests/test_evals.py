"""`python -m evals` end to end on a few gold items (the real chain, model and Chroma)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

TYPES = {"single_source", "multi_source", "numbers_dates", "unanswerable", "false_premise"}


def first_id_of_each_type() -> list[str]:
    ids: dict[str, str] = {}
    for line in (ROOT / "evals" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["type"] in TYPES:
            ids.setdefault(row["type"], row["id"])
    return list(ids.values())


def test_evals_cli_writes_the_report_for_a_subset(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "evals", "--ids", *first_id_of_each_type(), "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    newsqa, baseline = report["systems"]["newsqa"], report["systems"]["baseline"]
    assert newsqa["items"] == baseline["items"] == 5
    assert newsqa["citation_validity"] == 1.0 and newsqa["abstention_recall"] == 1.0
    assert 0.0 <= newsqa["fact_recall"] <= 1.0 and "fact_recall" not in baseline  # no model: retrieval only
    assert 0.0 <= baseline["doc_recall@4"] <= 1.0
    assert set(report["newsqa_by_type"]) == TYPES
    md = (tmp_path / "report.md").read_text()
    assert "| fact_recall |" in md and "![scores per type](scores_by_type.png)" in md
    assert (tmp_path / "scores_by_type.png").read_bytes()[:4] == b"\x89PNG"


def test_evals_cli_reports_an_empty_selection():
    run = subprocess.run([sys.executable, "-m", "evals", "--ids", "nope"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 2 and "no gold items match" in run.stderr
