"""The RealTime QA suite: newsqa on real news articles and questions nobody on this project wrote.

``python -m evals --suite realtimeqa [--split dev|test|all] [--limit N] [--gate] [--out DIR]``

Data: RealTime QA (Kasai et al., NeurIPS 2023), weeks 2022-06-17 to 2022-08-26, one
``YYYYMMDD_qa.jsonl`` / ``_gold.jsonl`` / ``_gcs.jsonl`` triple a week (see the data's README).

How a split becomes a corpus and a question list (all deterministic, no randomness):

- **Questions**: those with at least one usable gold article (text of at least
  ``MIN_TEXT_CHARS`` characters), in week and id order. A question without one is
  skipped: it is not known to be unanswerable (its own search results, and other
  articles of the week, may well answer it), so it can be neither scored as
  answerable nor as null. In this data only the CNN quiz questions have gold articles.
- **Null questions**: ``NULL_SHARE`` of them are drawn by a hash of the question
  id (:func:`is_null`), except those that the corpus would answer anyway (a gold
  article of an answerable question states the answer, or is among the null's own
  articles): they stay answerable, which leaves about a fifth null
  (:func:`choose_nulls`). A null question's gold articles and every one of its own
  search results are left out of the corpus (by normalised URL), and so is any
  distractor that states its right choice and half its key words (:func:`leaks`).
  The right behaviour on a null question is to say the articles don't answer.
- **Articles**: the gold articles of the answerable questions, then, as distractors,
  the first ``DISTRACTORS_PER_QUESTION`` usable search results of every question of
  the split's weeks (with ``--limit``: of the asked questions only). Deduplicated by
  normalised URL and by identical text; texts under ``MIN_TEXT_CHARS`` dropped, and
  distractors over ``MAX_DISTRACTOR_CHARS`` (a gold article is never dropped).
  Each article is a ``.md`` file with front matter that ``index.documents`` reads:
  title (the search result's title for the same page, else made from the URL's
  slug), date (publish_date) and outlet (the URL's host without ``www.``). Authors
  are left out: the chain takes outlet and author names for words that name the
  sources, and hundreds of bylines would make common first names in questions such words.
- **Index**: built once per corpus content under
  ``.newsqa/evals/realtimeqa/<split>-<hash>/`` (git-ignored); a second run reuses it,
  and the sentence vectors the chain computes when it loads (:class:`CachedEmbeddings`).

Each question is asked open-ended (``question_sentence``, no choices) with
``Chatbot.ask``. Scores (pure functions below, tested in tests/test_realtimeqa.py):
``correct`` (answerable: the answer contains the right choice, see
:func:`contains_answer`), ``gold_cited`` (a cited file is a gold article of the
question), ``false_refusal_rate`` (abstained on answerable) and ``null_refusal``
(abstained on null).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
from langchain_core.embeddings import Embeddings

from .metrics import missed_bars, percentile

ROOT = Path(__file__).resolve().parents[1]

# Splits, fixed before any tuning (the data's README asks for it): the first five weeks are for
# development; the last six are held out and only ever scored, never inspected item by item.
SPLITS: dict[str, tuple[str, ...]] = {
    "dev": ("20220617", "20220624", "20220701", "20220708", "20220715"),
    "test": ("20220722", "20220729", "20220805", "20220812", "20220819", "20220826"),
}
# The project's targets for the test split; --gate fails the run when the chosen split misses one.
TARGETS: dict[str, tuple[str, float]] = {
    "correct": (">=", 0.70),
    "false_refusal_rate": ("<=", 0.08),
    "null_refusal": (">=", 0.85),
}
NULL_SHARE = 0.25  # drawn by hash; those another gold article answers stay answerable: about a fifth end null
DISTRACTORS_PER_QUESTION = 2  # first usable search results of each question that go in as distractors
MIN_TEXT_CHARS = 400  # shorter texts are ad-player debris ("1. How relevant is this ad to you? ...")
# Longer search results (live blogs, listicles, up to 100,000 characters) are not used as distractors: the
# few of them held a quarter of the text. With 2 distractors a question and this cap, a split's corpus holds
# about 1.3 to 1.7 million characters, so the test split builds and runs in well under 15 minutes on 2 cores.
MAX_DISTRACTOR_CHARS = 20_000
CACHE = ROOT / ".newsqa" / "evals" / "realtimeqa"


class CorpusError(Exception):
    """The index refused some article of the corpus (a bug in writing it)."""


def default_data_dir() -> Path:
    """Where the RealTime QA files are: ``NEWSQA_REALTIMEQA_DIR``, else ``shared/benchmarks/realtimeqa``
    in the repository or beside it."""
    import os

    if env := os.environ.get("NEWSQA_REALTIMEQA_DIR"):
        return Path(env)
    for base in (ROOT, ROOT.parent):
        candidate = base / "shared" / "benchmarks" / "realtimeqa"
        if candidate.is_dir():
            return candidate
    return ROOT / "shared" / "benchmarks" / "realtimeqa"


# --------------------------------------------------------------------------- normalising and scoring

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-",
                         "−": "-", "\u00a0": " "})
_MARKERS = re.compile(r"\s*\[\d+\]")
_TOKEN = re.compile(r"[$€£%]|\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th|bn|tn|m|b|k)?(?![a-z0-9])|[a-z0-9]+(?:\.[a-z0-9]+)*")
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {w: i for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SUFFIX_SCALES = {"k": 10**3, "m": 10**6, "b": 10**9, "bn": 10**9, "tn": 10**12}
_ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_CURRENCY = {"$": "dollar", "€": "euro", "£": "pound"}
_UNIT_WORDS = {"dollars": "dollar", "usd": "dollar", "euros": "euro", "pounds": "pound", "%": "percent",
               "pct": "percent"}
_ARTICLES = frozenset({"a", "an", "the"})
_STOPWORDS = frozenset(
    "a an the of and or in on at to for with by from into under over about as is are was were be been its it "
    "their his her they them this that these those which who whom what when where how than then".split()
)


def strip_markers(text: str) -> str:
    """The answer text without its citation markers ([1], [2] ...)."""
    return " ".join(_MARKERS.sub("", text).split())


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _format_number(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _number_value(token: str) -> float | None:
    """The value of a number token (digits, optionally with a k/m/bn suffix) or a number word."""
    if token in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[token])
    match = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(k|m|b|bn|tn)?", token)
    if not match:
        return None
    try:
        value = float(match.group(1).replace(",", ""))
    except ValueError:
        return None
    return value * _SUFFIX_SCALES.get(match.group(2) or "", 1)


def _read_number(tokens: list[str], i: int) -> tuple[float, int] | None:
    """The number starting at ``tokens[i]`` ("3.8 billion", "twenty one", "2,900,000") and where it ends."""
    value = _number_value(tokens[i])
    if value is None:
        return None
    j = i + 1
    if tokens[i] in _TENS and j < len(tokens) and tokens[j] in _NUMBER_WORDS and 0 < _NUMBER_WORDS[tokens[j]] < 10:
        value += _NUMBER_WORDS[tokens[j]]
        j += 1
    while j < len(tokens) and tokens[j] in _SCALES:
        value *= _SCALES[tokens[j]]
        j += 1
    return value, j


def _singular(token: str) -> str:
    if not token.isalpha() or len(token) <= 3:
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def canonical_tokens(text: str) -> list[str]:
    """Tokens for answer matching: lower case, plain quotes and dashes, no punctuation or articles,
    numbers as values ("five" = "5", "2.9 million" = "2900000", "1,000" = "1000"), amounts with their
    unit after the value ("$3.8 billion" = "3.8bn dollars" = ["3800000000", "dollar"]), "%" = "percent",
    ordinals as "1st", "&" = "and", possessive 's dropped, plurals made singular (naively, on both sides)."""
    text = unicodedata.normalize("NFKC", strip_markers(text)).translate(_QUOTES).lower()
    text = text.replace("&", " and ").replace("per cent", "percent")
    text = re.sub(r"'s\b", "", text).replace("'", "")
    raw = [t.replace(".", "") if not re.match(r"\d", t) else t for t in _TOKEN.findall(text)]
    raw = [t for t in raw if t]
    out: list[str] = []
    i = 0
    while i < len(raw):
        token = raw[i]
        if token in _CURRENCY:
            number = _read_number(raw, i + 1) if i + 1 < len(raw) else None
            if number is not None:
                out += [_format_number(number[0]), _CURRENCY[token]]
                i = number[1]
            else:
                out.append(_CURRENCY[token])
                i += 1
            continue
        if m := re.fullmatch(r"(\d+)(st|nd|rd|th)", token):
            out.append(_ordinal(int(m.group(1))))
            i += 1
            continue
        if token in _ORDINALS:
            out.append(_ordinal(_ORDINALS[token]))
            i += 1
            continue
        number = _read_number(raw, i)
        if number is not None:
            out.append(_format_number(number[0]))
            i = number[1]
            continue
        token = _UNIT_WORDS.get(token, token)
        if token not in _ARTICLES:
            out.append(_singular(token))
        i += 1
    return out


def content_words(tokens: Iterable[str]) -> list[str]:
    """The tokens that carry meaning (no stop words), in order, each once."""
    return list(dict.fromkeys(t for t in tokens if t not in _STOPWORDS))


def _contains_run(tokens: Sequence[str], run: Sequence[str]) -> bool:
    n = len(run)
    return n > 0 and any(list(tokens[i : i + n]) == list(run) for i in range(len(tokens) - n + 1))


def answer_sentences(text: str) -> list[str]:
    """The sentences of an answer: newsqa ends each with its markers; else split at sentence ends."""
    if _MARKERS.search(text):
        parts = re.split(r"(?:\s*\[\d+\])+", text)
    else:
        parts = re.split(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9])|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def contains_answer(text: str, choice: str) -> bool:
    """Whether ``text`` (an answer, citation markers allowed) states ``choice``.

    True when the choice's canonical tokens appear as a run in the text's, or, for a choice
    of two content words or more, when all of them appear in one sentence of the text
    ("Sweden and Finland" in "... Finland and Sweden ..."). See :func:`canonical_tokens`.
    """
    wanted = canonical_tokens(choice)
    if not wanted:
        return False
    if _contains_run(canonical_tokens(text), wanted):
        return True
    words = content_words(wanted)
    if len(words) < 2:
        return False
    return any(set(words) <= set(canonical_tokens(s)) for s in answer_sentences(text))


def is_correct(answer: str, abstained: bool, choice: str) -> bool:
    """An answer to an answerable question is correct when it does not abstain and states the right choice."""
    return not abstained and contains_answer(answer, choice)


def gold_cited(cited: Iterable[str], gold: Iterable[str]) -> bool:
    """Whether one of the cited files is one of the question's gold articles."""
    return bool(set(cited) & set(gold))


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Doc:
    """One article of the data: a gold article or a search result."""

    url: str
    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD

    @property
    def key(self) -> str:
        return url_key(self.url)

    @property
    def outlet(self) -> str:
        host = (urlsplit(self.url).hostname or "").lower()
        return host.removeprefix("www.")

    @property
    def usable(self) -> bool:
        return len(self.text.strip()) >= MIN_TEXT_CHARS


@dataclass(frozen=True)
class Question:
    id: str
    week: str
    sentence: str
    choices: tuple[str, ...]
    answer: str  # the right choice's text
    source: str  # the quiz's outlet
    gold: tuple[Doc, ...]  # usable gold articles, deduplicated
    search: tuple[Doc, ...]  # this question's search results, in rank order (unfiltered)


def url_key(url: str) -> str:
    """A URL without scheme, ``www.``, query, fragment, ``index.html`` or trailing slash (one key per article)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = re.sub(r"/index\.html?$", "", parts.path).rstrip("/")
    return f"{host}{path}"


def is_null(question_id: str, share: float = NULL_SHARE) -> bool:
    """Whether a question is made unanswerable: a fixed hash of its id, so the choice never depends on
    which other questions are in the run (or on tuning)."""
    digest = hashlib.sha256(f"realtimeqa-null:{question_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 0x1_0000_0000 < share


def _date(value: Any) -> str | None:
    match = re.match(r"(\d{4})[/-](\d{2})[/-](\d{2})", str(value or ""))
    return "-".join(match.groups()) if match else None


def clean_title(title: Any) -> str | None:
    title = " ".join(str(title or "").split())
    title = re.sub(r"\s+[-|]\s+(?:CNN(?: \w+)?|USA TODAY|The Week(?: UK)?)\s*$", "", title, flags=re.IGNORECASE)
    return title or None


def slug_title(url: str) -> str | None:
    """A headline made from the URL's last meaningful path segment ("squid-game-season-2")."""
    segments = [s for s in urlsplit(url).path.split("/") if s and not re.fullmatch(r"index\.html?|\d+", s)]
    if not segments:
        return None
    words = re.sub(r"\.html?$", "", segments[-1]).replace("_", "-").split("-")
    words = [w for w in words if w and w not in {"intl", "scli", "spt", "trnd", "hnk"}]
    return " ".join(words).capitalize() or None


def doc_of(row: Mapping[str, Any], title: str | None = None) -> Doc:
    """One row of a ``_gold``/``_gcs`` file (url, title, text, publish_date) as a :class:`Doc`."""
    return Doc(url=row["url"], text=(row.get("text") or "").strip(), title=clean_title(row.get("title")) or title,
               date=_date(row.get("publish_date")))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_week(data: Path, week: str) -> list[Question]:
    """Every question of one week, with its usable gold articles and its search results."""
    qa = _jsonl(data / f"{week}_qa.jsonl")
    gold = {row["question_id"]: row.get("search_result") or [] for row in _jsonl(data / f"{week}_gold.jsonl")}
    gcs = {row["question_id"]: row.get("search_result") or [] for row in _jsonl(data / f"{week}_gcs.jsonl")}
    titles = {url_key(r["url"]): clean_title(r.get("title")) for rows in gcs.values() for r in rows}
    questions = []
    for row in qa:
        qid = row["question_id"]
        golds: dict[str, Doc] = {}
        for g in gold.get(qid, []):
            doc = doc_of(g, titles.get(url_key(g["url"])) or slug_title(g["url"]))
            if doc.usable:
                golds.setdefault(doc.key, doc)
        questions.append(Question(
            id=qid, week=week, sentence=row["question_sentence"], choices=tuple(row["choices"]),
            answer=row["choices"][int(row["answer"][0])], source=row.get("question_source", ""),
            gold=tuple(golds.values()), search=tuple(doc_of(r) for r in gcs.get(qid, []) if r.get("url")),
        ))
    return questions


def load_split(data: Path, weeks: Sequence[str]) -> list[Question]:
    return [q for week in weeks for q in load_week(data, week)]


def asked_questions(questions: Sequence[Question], limit: int | None = None) -> list[Question]:
    """The questions that are asked: those with a usable gold article, in order, at most ``limit``."""
    asked = [q for q in questions if q.gold]
    return asked if limit is None else asked[:limit]


# --------------------------------------------------------------------------- the corpus


@dataclass
class Corpus:
    files: dict[str, Doc] = field(default_factory=dict)  # file name -> article
    gold_files: dict[str, list[str]] = field(default_factory=dict)  # question id -> its gold files in the corpus
    nulls: set[str] = field(default_factory=set)  # ids of the questions made unanswerable
    kept_answerable: list[str] = field(default_factory=list)  # hashed to null, but another's gold article answers it
    dropped_as_leaks: int = 0  # distractors left out because they may answer a null question

    def content(self) -> dict[str, str]:
        return {name: article_file(doc) for name, doc in sorted(self.files.items())}

    @property
    def digest(self) -> str:
        h = hashlib.sha256()
        for name, text in self.content().items():
            h.update(name.encode() + b"\0" + text.encode() + b"\0")
        return h.hexdigest()[:12]


def file_name(doc: Doc) -> str:
    return f"{doc.outlet or 'article'}-{hashlib.sha256(doc.key.encode()).hexdigest()[:10]}.md"


def article_file(doc: Doc) -> str:
    """An article as a Markdown file whose front matter ``index.documents`` reads (title, date, outlet)."""
    lines = ["---"]
    if doc.title:
        lines.append(f"title: {doc.title}")
    if doc.date:
        lines.append(f"date: {doc.date}")
    if doc.outlet:
        lines.append(f"outlet: {doc.outlet}")
    lines.append(f"url: {doc.url}")
    return "\n".join(lines) + "\n---\n\n" + doc.text.strip() + "\n"


def _text_key(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def _article_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(canonical_tokens(text))


def leaks(text: str, question: Question) -> bool:
    """Whether an article may answer ``question``: at least half of the question's content words appear in
    it and one of its sentences states the right choice (a rough test that errs on the side of leaving out)."""
    keys = set(content_words(canonical_tokens(question.sentence)))
    if not keys or len(keys & _words(text)) < len(keys) / 2:
        return False
    return any(contains_answer(s, question.answer) for s in _article_sentences(text))


def choose_nulls(asked: Sequence[Question]) -> tuple[set[str], list[str]]:
    """The questions made unanswerable: those :func:`is_null` picks, except any that a gold article of an
    answerable question answers anyway, or whose articles (gold or search results, all left out) include
    one: those stay answerable (repeated until nothing changes).
    Returns the null ids and the ids kept answerable."""
    nulls = {q.id for q in asked if is_null(q.id)}
    while True:
        golds = [d for q in asked if q.id not in nulls for d in q.gold]
        needed = {d.key for d in golds}
        answered = {q.id for q in asked if q.id in nulls and (
            any(d.key in needed for d in (*q.gold, *q.search)) or any(leaks(d.text, q) for d in golds))}
        if not answered:
            break
        nulls -= answered
    kept = [q.id for q in asked if is_null(q.id) and q.id not in nulls]
    return nulls, kept


def build_corpus(asked: Sequence[Question], pool: Sequence[Question],
                 per_question: int = DISTRACTORS_PER_QUESTION) -> Corpus:
    """The articles of a run: gold articles of the answerable ``asked`` questions, then the first
    ``per_question`` usable search results of each ``pool`` question as distractors; nothing of a null
    question (its gold and all its search results, by URL) and no distractor that :func:`leaks` its answer."""
    null_ids, kept = choose_nulls(asked)
    nulls = [q for q in asked if q.id in null_ids]
    banned = {d.key for q in nulls for d in (*q.gold, *q.search)}
    corpus = Corpus(nulls=null_ids, kept_answerable=kept)
    urls: dict[str, str] = {}  # url key -> file
    texts: dict[str, str] = {}  # text key -> file

    def place(doc: Doc) -> str | None:
        """The file holding ``doc``: an existing one (same URL or text), a new one, or None when banned."""
        if doc.key in banned:
            return None
        if doc.key in urls:
            return urls[doc.key]
        tk = _text_key(doc.text)
        if tk in texts:
            urls[doc.key] = texts[tk]
            return texts[tk]
        name = file_name(doc)
        corpus.files[name] = doc
        urls[doc.key] = texts[tk] = name
        return name

    for q in asked:
        if q.id not in null_ids:
            corpus.gold_files[q.id] = list(dict.fromkeys(f for d in q.gold if (f := place(d))))
    for q in pool:
        added = 0
        for doc in q.search:
            if added >= per_question:
                break
            if (not doc.usable or len(doc.text) > MAX_DISTRACTOR_CHARS or doc.key in banned or doc.key in urls
                    or _text_key(doc.text) in texts):
                continue
            if any(leaks(doc.text, n) for n in nulls):
                corpus.dropped_as_leaks += 1
                continue
            place(doc)
            added += 1
    return corpus


def write_corpus(corpus: Corpus, folder: Path) -> None:
    """Write the corpus's files into ``folder`` (created), leaving it holding exactly them."""
    folder.mkdir(parents=True, exist_ok=True)
    content = corpus.content()
    for old in folder.iterdir():
        if old.is_file() and old.name not in content:
            old.unlink()
    for name, text in content.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- running and scoring


class CachedEmbeddings(Embeddings):
    """Another embeddings object's document vectors, kept in a file by text.

    The index embeds the chunks once, but the chain embeds every sentence each time it loads (minutes
    for a split); with this, a second run over the same corpus embeds nothing again."""

    def __init__(self, inner: Any, path: Path) -> None:
        self.inner = inner
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        self.embedded = 0
        if path.is_file():
            with np.load(path) as saved:
                self.vectors = dict(zip(saved["keys"].tolist(), saved["vectors"]))

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [self._key(t) for t in texts]
        missing = {k: t for k, t in zip(keys, texts) if k not in self.vectors}
        if missing:
            for key, vector in zip(missing, self.inner.embed_documents(list(missing.values()))):
                self.vectors[key] = np.asarray(vector, dtype=np.float32)
            self.embedded += len(missing)
        return [self.vectors[k].tolist() for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)

    def save(self) -> None:
        """Write the vectors (when some were added) to the file, atomically."""
        if not self.embedded or not self.vectors:
            return
        tmp = self.path.with_name(self.path.name + ".tmp.npz")
        np.savez(tmp, keys=np.array(list(self.vectors)), vectors=np.stack(list(self.vectors.values())))
        tmp.replace(self.path)


@dataclass
class Result:
    """What newsqa did with one question."""

    id: str
    question: str
    right_choice: str
    null: bool
    answer: str
    abstained: bool
    cited: list[str]
    gold: list[str]
    seconds: float
    correct: bool | None = None  # None on a null question
    gold_cited: bool | None = None

    def __post_init__(self) -> None:
        if not self.null:
            self.correct = is_correct(self.answer, self.abstained, self.right_choice)
            self.gold_cited = gold_cited(self.cited, self.gold)

    @property
    def missed(self) -> str | None:
        """Why this result is a miss, or None when it is right."""
        if self.null:
            return None if self.abstained else "answered a null question"
        if self.abstained:
            return "refused an answerable question"
        return None if self.correct else "wrong answer"


def _rate(hits: int, n: int) -> float | None:
    return round(hits / n, 4) if n else None


def score(results: Sequence[Result]) -> dict[str, Any]:
    """The split's scores: correct and gold_cited over answerable questions, refusal rates, latency."""
    answerable = [r for r in results if not r.null]
    nulls = [r for r in results if r.null]
    seconds = [r.seconds for r in results]
    return {
        "n": len(results),
        "answerable": len(answerable),
        "null": len(nulls),
        "correct": _rate(sum(bool(r.correct) for r in answerable), len(answerable)),
        "gold_cited": _rate(sum(bool(r.gold_cited) for r in answerable), len(answerable)),
        "false_refusal_rate": _rate(sum(r.abstained for r in answerable), len(answerable)),
        "null_refusal": _rate(sum(r.abstained for r in nulls), len(nulls)),
        "p50_s": round(percentile(seconds, 0.5), 3),
        "p95_s": round(percentile(seconds, 0.95), 3),
    }


def target_failures(scores: Mapping[str, Any], targets: Mapping[str, tuple[str, float]] = TARGETS) -> list[str]:
    """The targets ``scores`` misses, as sentences (a score that could not be measured misses)."""
    return missed_bars(scores, targets, word="target")


@dataclass
class IndexedCorpus:
    """A corpus folder indexed and loaded: what a suite asks its questions of."""

    index: Any  # index.NewsIndex
    bot: Any  # rag.Chatbot, prepared
    mode: str  # the mode label the reports show
    report: Any  # index.BuildReport of the build
    cached: CachedEmbeddings
    prepare_s: float
    sentences_embedded: int  # by the chain as it loaded (none when the vectors file had them)


def index_corpus(folder: Path, *, llm: str | None = None, embeddings: Any = None) -> IndexedCorpus:
    """Index ``folder``/corpus into ``folder``/index (reused when it holds the same files) and load a chatbot
    on it; the sentence vectors the chain computes are kept in ``folder`` for the next run."""
    from index import IndexSettings, ModelMismatchError, NewsIndex
    from rag import Chatbot, Settings, from_env

    overrides = {} if llm is None else {"llm": llm}
    settings = from_env(Settings, index=IndexSettings(source_dir=folder / "corpus", index_dir=folder / "index"),
                        **overrides)
    if embeddings is None:
        from index import LocalEmbeddings

        embeddings = LocalEmbeddings(settings.index.embedding_model, batch_size=settings.index.embedding_batch_size)
    cached = CachedEmbeddings(embeddings, folder / f"vectors-{_slug(settings.index.embedding_model)}.npz")
    index = NewsIndex(settings.index, embeddings=cached)
    try:
        report = index.build(folder / "corpus")
    except ModelMismatchError:  # made by another version of newsqa: the cached vectors make a rebuild quick
        report = index.build(folder / "corpus", rebuild=True)
    after_build = cached.embedded
    if not report.ok:
        raise CorpusError(f"the index refused files of the corpus in {folder}: {report.failed[:3]}")
    bot = Chatbot(settings, index=index)
    mode = bot.mode if settings.mode == "extractive" else f"llm ({settings.llm})"
    t = time.perf_counter()
    bot.prepare()
    prepare_s = time.perf_counter() - t
    cached.save()
    return IndexedCorpus(index=index, bot=bot, mode=mode, report=report, cached=cached, prepare_s=prepare_s,
                         sentences_embedded=cached.embedded - after_build)


def evaluate(split: str, weeks: Sequence[str], *, data: Path, cache: Path = CACHE, limit: int | None = None,
             llm: str | None = None, embeddings: Any = None, log: Any = print) -> dict[str, Any]:
    """Build (or reuse) the split's corpus and index, ask every question, and score the answers."""
    started = time.perf_counter()
    questions = load_split(data, weeks)
    asked = asked_questions(questions, limit)
    corpus = build_corpus(asked, asked if limit is not None else questions)
    folder = cache / f"{split}-{corpus.digest}"
    write_corpus(corpus, folder / "corpus")
    log(f"{split}: {len(asked)} questions, {len(corpus.files)} articles; indexing into {folder} ...")
    indexed = index_corpus(folder, llm=llm, embeddings=embeddings)
    bot, mode, report, cached = indexed.bot, indexed.mode, indexed.report, indexed.cached
    log(f"{split}: {report.chunks} chunks ({report.embedded} embedded, {report.reused} reused) in "
        f"{report.seconds:.1f} s; asking in {mode} mode ...")
    results = []
    t = time.perf_counter()
    for q in asked:
        t0 = time.perf_counter()
        answer = bot.ask(q.sentence)
        results.append(Result(
            id=q.id, question=q.sentence, right_choice=q.answer, null=q.id in corpus.nulls, answer=answer.text,
            abstained=answer.abstained, cited=answer.sources, gold=corpus.gold_files.get(q.id, []),
            seconds=time.perf_counter() - t0,
        ))
    ask_s = time.perf_counter() - t
    cached.save()
    titles = {name: doc.title for name, doc in corpus.files.items()}
    return {
        "split": split, "weeks": list(weeks), "mode": mode, "limit": limit,
        "scores": score(results),
        "corpus": {"articles": len(corpus.files), "chunks": report.chunks, "hash": corpus.digest,
                   "folder": _shown(folder), "distractors_dropped_as_leaks": corpus.dropped_as_leaks,
                   "nulls_kept_answerable": corpus.kept_answerable,
                   "questions_in_weeks": len(questions), "skipped_without_gold": sum(not q.gold for q in questions)},
        "timing": {"build_s": round(report.seconds, 1), "embedded": report.embedded, "reused": report.reused,
                   "prepare_s": round(indexed.prepare_s, 1), "ask_s": round(ask_s, 1),
                   "sentences_embedded": indexed.sentences_embedded,
                   "wall_s": round(time.perf_counter() - started, 1)},
        "results": [asdict(r) | {"missed": r.missed, "first_cited_title": titles.get(r.cited[0]) if r.cited else None}
                    for r in results],
    }


def _slug(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("_")[-60:]


def _shown(path: Path) -> str:
    """A path as the report shows it: relative to the repository when inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


# --------------------------------------------------------------------------- the report

_ROWS = [
    ("n", "questions asked"), ("answerable", "answerable"), ("null", "null (unanswerable)"),
    ("correct", "correct (of answerable)"), ("gold_cited", "gold article cited (of answerable)"),
    ("false_refusal_rate", "false refusal rate (of answerable)"), ("null_refusal", "refusal on nulls"),
    ("p50_s", "p50 seconds per question"), ("p95_s", "p95 seconds per question"),
]
HELD_OUT = ("test",)  # splits whose misses the report only counts, so that nobody tunes on them


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _cell(text: Any, width: int = 150) -> str:
    text = " ".join(str(text or "").split())
    text = text if len(text) <= width else text[: width - 3] + "..."
    return text.replace("|", "\\|")


def misses(run: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {"id": r["id"], "why": r["missed"], "question": r["question"], "right_choice": r["right_choice"],
         "answer": strip_markers(r["answer"]), "first_cited": r["cited"][0] if r["cited"] else None,
         "first_cited_title": r["first_cited_title"], "gold": r["gold"], "gold_cited": r["gold_cited"]}
        for r in run["results"] if r["missed"]
    ]


def render(runs: Sequence[Mapping[str, Any]], *, show_held_out: bool = False) -> tuple[str, dict[str, Any]]:
    """The report as Markdown and as a JSON-ready dict."""
    data: dict[str, Any] = {"suite": "realtimeqa", "targets": {k: {"op": op, "bar": bar} for k, (op, bar) in
                                                              TARGETS.items()}, "splits": {}}
    mode = runs[0]["mode"] if runs else "extractive"
    lines = [
        "# newsqa on RealTime QA", "",
        f"Mode: **{mode}**. Questions: RealTime QA's weekly CNN news quizzes (the questions with gold articles), "
        "asked open-ended without the choices, over a corpus per split of their gold articles plus the first "
        f"{DISTRACTORS_PER_QUESTION} usable search results ({MIN_TEXT_CHARS:,} to {MAX_DISTRACTOR_CHARS:,} "
        "characters) of every question of those weeks as distractors. "
        f"{NULL_SHARE:.0%} of the questions, drawn by a hash of their id, are made unanswerable (null) by leaving "
        "their gold articles and their own search results out, unless another question's gold article answers "
        "them too. `python -m evals --suite realtimeqa --split all` "
        "writes this report; see evals/realtimeqa.py for the rules.", "",
        "| | " + " | ".join(r["split"] for r in runs) + " | target |",
        "|---|" + "---|" * len(runs) + "---|",
    ]
    for key, label in _ROWS:
        target = " ".join(map(str, TARGETS[key])) if key in TARGETS else ""
        lines.append(f"| {label} | " + " | ".join(_fmt(r["scores"].get(key)) for r in runs) + f" | {target} |")
    extra = [
        ("weeks", lambda r: f"{r['weeks'][0]}..{r['weeks'][-1]} ({len(r['weeks'])})"),
        ("articles", lambda r: r["corpus"]["articles"]), ("chunks", lambda r: r["corpus"]["chunks"]),
        ("index build seconds (chunks embedded)", lambda r: f"{r['timing']['build_s']} ({r['timing']['embedded']})"),
        ("loading seconds (sentences embedded)",
         lambda r: f"{r['timing']['prepare_s']} ({r['timing'].get('sentences_embedded', '–')})"),
        ("asking seconds", lambda r: r["timing"]["ask_s"]), ("wall seconds", lambda r: r["timing"]["wall_s"]),
    ]
    for label, get in extra:
        lines.append(f"| {label} | " + " | ".join(str(get(r)) for r in runs) + " | |")
    lines.append("")
    for r in runs:
        failures = target_failures(r["scores"])
        lines.append(f"Targets on {r['split']}: " + ("all met." if not failures else "**not met**: " +
                                                      "; ".join(failures)))
    for r in runs:
        missed = misses(r)
        hidden = r["split"] in HELD_OUT and not show_held_out
        entry = {k: v for k, v in r.items() if k != "results"} | {"target_failures": target_failures(r["scores"]),
                                                                  "misses_by_reason": dict(Counter(m["why"] for m in missed))}
        if not hidden:
            entry["misses"] = missed
        data["splits"][r["split"]] = entry
        lines += ["", f"## Misses on {r['split']} ({len(missed)})", ""]
        counts = ", ".join(f"{why}: {n}" for why, n in sorted(entry["misses_by_reason"].items()))
        lines.append(f"By reason: {counts or 'none'}.")
        if hidden:
            lines += ["", "Held out: the misses are only counted, so that nobody tunes on them "
                      "(`--show-test-misses` lists them)."]
            continue
        if missed:
            lines += ["", "| id | why | question | right choice | newsqa answered | first cited file | gold cited |",
                      "|---|---|---|---|---|---|---|"]
            for m in missed:
                first = f"{m['first_cited']} ({m['first_cited_title']})" if m["first_cited"] else "–"
                cited = {True: "yes", False: "no", None: "–"}[m["gold_cited"]]
                lines.append("| " + " | ".join(_cell(c, w) for c, w in (
                    (m["id"], 20), (m["why"], 40), (m["question"], 160), (m["right_choice"], 60),
                    (m["answer"], 220), (first, 120), (cited, 5))) + " |")
    return "\n".join(lines) + "\n", data


def write(runs: Sequence[Mapping[str, Any]], out: Path, *, show_held_out: bool = False) -> tuple[Path, Path]:
    md, data = render(runs, show_held_out=show_held_out)
    out.mkdir(parents=True, exist_ok=True)
    md_path, json_path = out / "realtimeqa_report.md", out / "realtimeqa_report.json"
    md_path.write_text(md, encoding="utf-8")
    json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return md_path, json_path


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None, *, parents: Sequence[argparse.ArgumentParser] = ()) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals --suite realtimeqa", parents=list(parents),
                                     description="Score newsqa on RealTime QA (real news quizzes and articles).")
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="dev",
                        help="dev (5 weeks), test (6 held-out weeks) or all (both, each with its own corpus)")
    parser.add_argument("--limit", type=int, default=None,
                        help="ask only the first N questions; the corpus is then made of their articles only")
    parser.add_argument("--gate", action="store_true", help="exit 1 when a target is missed on the chosen split(s)")
    parser.add_argument("--out", type=Path, default=ROOT / "evals", help="where realtimeqa_report.md/json go")
    parser.add_argument("--data", type=Path, default=None, help="the RealTime QA folder (default: shared/benchmarks/"
                        "realtimeqa, or NEWSQA_REALTIMEQA_DIR)")
    parser.add_argument("--llm", default=None, help="a .gguf path or server URL (default: NEWSQA_LLM, else extractive)")
    parser.add_argument("--show-test-misses", action="store_true", help="list the held-out split's misses too")
    args = parser.parse_args(argv)
    data = args.data or default_data_dir()
    if not (data / f"{SPLITS['dev'][0]}_qa.jsonl").is_file():
        print(f"error: no RealTime QA files in {data} (pass --data DIR)", file=sys.stderr)
        return 2
    if args.limit is not None and args.limit < 1:
        print("error: --limit must be at least 1", file=sys.stderr)
        return 2
    from index import NewsIndexError
    from rag import RagError

    names = list(SPLITS) if args.split == "all" else [args.split]
    try:
        runs = [evaluate(name, SPLITS[name], data=data, limit=args.limit, llm=args.llm) for name in names]
    except (RagError, NewsIndexError, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    md, js = write(runs, args.out, show_held_out=args.show_test_misses)
    print(md.read_text(encoding="utf-8"))
    print(f"wrote {md} and {js}")
    failures = [f"{r['split']}: {f}" for r in runs for f in target_failures(r["scores"])]
    if args.gate and failures:
        print("realtimeqa gate failed: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0
