"""From retrieved chunks to ranked evidence sentences, and whether they answer the question.

Scoring is pure: the sentence and question vectors are inputs, so the same
functions serve the chain and tests without a model.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from index import Sentence

from .retrieval import FusedChunk
from .text import (
    NAME_RUN,
    SPELLED_AS,
    STOPWORDS,
    TENS_SAID,
    in_thousands,
    names,
    numbers,
    stated_terms,
    terms,
    with_compound_figures,
    words,
)
from .understand import (
    ASKS_WHY,
    COMPASS,
    EVENT_WINDOW,
    MONTHS,
    QUESTION_WORDS,
    Lexicon,
    a_country,
    american_spelling,
    asked_verbs,
    could_be_name,
    country_of,
    country_of_people,
    dated_verbs,
    derived,
    in_dictionary,
    is_comparison,
    is_place,
    party_name,
    same_way,
    sentences_of,
    specificity,
    told_acts,
    told_as_earlier,
)

__all__ = [
    "Evidence", "Focus", "Layout", "SentenceVectors", "rank_sentences", "coverage", "focus", "story_event_asked",
    "story_leads",
    "question_terms", "answer_type", "has_answer_type", "answer_names", "abstention_reason", "ANSWERABLE_KINDS",
    "META_TERMS", "source_terms", "SOFT_REASONS", "absent_names", "date_the_event", "count_the_thing",
    "prefer_the_present", "quoted_first",
    "prefer_the_holder",
    "settle_the_question",
    "tell_posts_whole",
    "prefer_the_poster",
]

# Sentences that can be answers; bylines and post attributions are context, not statements.
# Headings count (captions and subheads state facts: "First summit in 12 years"), a little below body text.
ANSWERABLE_KINDS = ("body", "social", "heading", "author note")
_WEIGHTS = {"dense": 0.6, "lexical": 0.3, "chunk": 0.1}
_KIND_FACTOR = {"social": 0.85, "heading": 0.85}  # a post is somebody's opinion; a heading, a summary
# A sentence that asks ("What do the images show?", "How will my subscription change?") repeats a question; the
# answer is in what follows it.
_QUESTION_FACTOR = 0.85
_ASKS = re.compile(r"\?[”\"’']?\s*$")  # of the passage as cited: a question with its answer joined is no question
_ASKS_WHAT_WAS_ASKED = re.compile(r"\b(?:ask|asks|asked|asking|question|questions|questioned)\b", re.IGNORECASE)
_CONTEXT_WEIGHT = 0.3  # a term the question only has from the conversation counts this much
_MERGE_GAIN = 0.15  # a neighbouring sentence joins the evidence when it adds this much coverage
_RARE = 1.0  # specificity of a word so rare in English (zipf <= 2.5) that, unknown to the articles, it is a name
_GENERIC_FLOOR = 0.35  # the least a word of the question weighs for abstention (a common English word)
_SIMILAR_FROM, _SIMILAR_TO = 0.3, 0.65  # word cosine from which a word counts as found by meaning, and fully
_OWN_SHARE = 0.7  # in a follow-up, the share of the ranking's term coverage that the question's own terms decide
_TYPE_SLACK = 0.15  # a passage gives the kind of answer asked for only if it covers the question nearly as well as the best
# …but the first passages of the ranking give a figure asked for though they tell it in words of their own and
# cover less of the question ("Ripley's purchased it for $4.8 million" for "how much did ripleys pay for the monroe
# dress"): the first, from this coverage (review and held-out dev: 0.3 to 0.35 alike; dates lose at any).
_TOP_COVERAGE = 0.35
_MEANING_POOL = 16  # candidate sentences (closest by embedding) whose words are matched by meaning
_RARE_NAME_PART = 0.7  # IDF above the name's most used part at which another part of it is left out


def overlaps(a: Any, b: Any) -> bool:
    """Whether two spans (sentences, passages: anything with ``source``, ``start``, ``end``) share text of one
    article: a sentence and the pair it was merged into overlap."""
    return a.source == b.source and a.start < b.end and b.start < a.end


@dataclass(frozen=True)
class Evidence:
    """A sentence (or two adjacent ones of a paragraph, merged) that may answer, and how well."""

    sentence: Sentence
    score: float
    dense: float
    lexical: float  # coverage of the question by the sentence and its context (with the answer type)
    covered: float = 0.0  # coverage of the question's own terms alone: what the abstention decision reads
    parts: tuple[str, ...] = ()  # the sentences' own texts, when two were merged


@dataclass(frozen=True)
class Focus:
    """What evidence for a question must contain: weighted terms, and the kind of answer asked for."""

    weights: dict[str, float]
    answer_type: str | None = None  # "number", "date" or "name"
    own: frozenset[str] = frozenset()  # the terms the question itself has (the rest came from the conversation)
    # How specific each of the question's own terms is in general English (names and numbers 1, "job" 0):
    # what abstention weighs, so that a generic word the passage lacks never causes a refusal.
    specific: dict[str, float] = dataclasses.field(default_factory=dict)
    unknown: frozenset[str] = frozenset()  # terms the articles never use ("biden", "russia" typed in lower case)

    def core(self) -> Focus:
        """Only the question's own terms (all of them when it has none): what must be covered to answer."""
        own = {t: w for t, w in self.weights.items() if t in self.own}
        return dataclasses.replace(self, weights=own) if own else self

    def weight(self, term: str) -> float:
        """How much a term of the question counts for abstention: names, figures and words the articles never
        use fully, other words by how specific they are in English, never nothing (a question about
        "population" needs a population)."""
        if term in self.unknown:
            return 1.0
        spec = self.specific.get(term, 0.5)
        return spec if spec >= 1.0 else _GENERIC_FLOOR + (1 - _GENERIC_FLOOR) * spec

    def specific_share(self, found: set[str], credit: Mapping[str, float] | None = None) -> float:
        """Weighted share of the question's own terms in ``found``; ``credit`` gives partial credit (0..1) to
        terms not found as such but by meaning ("bosses" for "leaders")."""
        weights = {t: self.weight(t) for t in self.own}
        total = sum(weights.values())
        if not total:
            return 1.0
        got = sum(w if t in found else w * (credit or {}).get(t, 0.0) for t, w in weights.items())
        return got / total

    @property
    def type_weight(self) -> float:
        if self.answer_type is None or not self.weights:
            return 0.0
        return sum(self.weights.values()) / len(self.weights)


# A sentence whose subject points back to what was told before it: "The move…", "This…", "The plan, which…"
# (not a time: "The day before, …").
_ANAPHORIC_OPENING = re.compile(r"^[“\"‘']?(?:(?:The|This|That|These|Those)\s+(?!(?:day|week|month|year|night|morning|"
                                r"afternoon|evening|time|next|following|same|previous)\b)[a-z][\w-]*\b(?!\s+of\b)|"
                                r"(?:This|That|These|Those|It)\b(?!['’]s\s))")


# A question of what a thing is ("whats this 'new front' thing", "what is GSOMIA", "what does X mean"): any "what
# is …" without a verb of its own after the thing, or "what does … mean".
_ASKS_WHAT_IT_IS = re.compile(r"^\W*(?:what(?:['’]?s|\s+is|\s+are|\s+was)\s+(?:(?:this|that|the|a|an)\s+)?\W?[\w\s'’-]*?"
                              r"(?:thing|about|all about|mean|means)?\W*$|what\s+(?:does|do|did)\b.*\bmean\b)",
                              re.IGNORECASE)
_ECHO_NEW = 2  # a sentence with at most this many words of its own besides the question's says little else


def _echoes(sentence: str, asked: frozenset[str]) -> bool:
    """Whether ``sentence`` says little but what the question (its terms ``asked``) says: most of its words are the
    question's, and it has at most a couple of its own ("A new front building in East Asia, so to speak." for "what
    is this new front in east asia"): what it is about is told around it."""
    own = set(terms(sentence))
    return len(own & asked) >= 2 and len(own - asked) <= _ECHO_NEW


# Words by which a sentence leans on the one before it, wherever they stand: a conclusion drawn from it, or a
# shell noun pointing back to what it told ("against these measures", "in response to this problem"; not "those
# dishes" after the dishes are named).
_SHELL_NOUNS = (r"measures?|steps?|moves?|problems?|issues?|decisions?|plans?|efforts?|actions?|remarks?|comments?|"
                r"changes?|developments?|claims?|concerns?|allegations?|polic(?:y|ies)|rules?|restrictions?|curbs?|"
                r"controls?|sanctions?|tariffs?|demands?|proposals?|tensions?|disputes?")
_POINTS_BACK = re.compile(rf"\b(?:therefore|thus|hence|as a result|for this reason)\b|"
                          rf"\b(?:these|those|this)\s+(?:{_SHELL_NOUNS})\b", re.IGNORECASE)  # not "warned that tariffs…"


_OPENING = 5  # body sentences of an article's opening: news tells the when and where of its event in them


class Layout:
    """Where each sentence sits: its neighbours in the paragraph, and the attribution of an embedded post.

    Built from the chunks' sentences and the articles' texts (two sentences share a
    paragraph when no line break separates them).
    """

    def __init__(self, sentences: Iterable[Sentence], texts: Mapping[str, str]) -> None:
        self._texts = texts
        by_source: dict[str, dict[int, Sentence]] = {}
        for s in sentences:
            by_source.setdefault(s.source, {})[s.start] = s
        self.before: dict[tuple[str, int], Sentence] = {}
        self.after: dict[tuple[str, int], Sentence] = {}
        self.attribution: dict[tuple[str, int], str] = {}
        self.attributed_by: dict[tuple[str, int], Sentence] = {}  # a post's sentence -> its attribution line
        self.signatures: dict[tuple[str, int], Sentence] = {}  # the attribution lines themselves
        self.next: dict[tuple[str, int], Sentence] = {}  # the next sentence of the article, paragraph or not
        self.previous: dict[tuple[str, int], Sentence] = {}  # and the one before it
        self.at: dict[tuple[str, int], Sentence] = {}  # each sentence by where it starts
        self.first: dict[str, int] = {}  # where each article's first sentence (its headline, if it has one) starts
        self.opening: dict[str, tuple[Sentence, ...]] = {}  # each article's first body sentences, its lead
        for source, found in by_source.items():
            ordered = [found[k] for k in sorted(found)]
            self.first[source] = ordered[0].start
            self.opening[source] = tuple(s for s in ordered if s.kind == "body")[:_OPENING]
            self.at.update(((source, s.start), s) for s in ordered)
            text = texts.get(source, "")
            for a, b in zip(ordered, ordered[1:]):
                if a.kind == b.kind:
                    self.next[(source, a.start)] = b
                    self.previous[(source, b.start)] = a
                if a.kind == b.kind and "\n" not in text[a.end : b.start]:
                    self.before[(source, b.start)] = a
                    self.after[(source, a.start)] = b
            post: list[Sentence] = []
            for s in ordered:
                if s.kind == "social":
                    post.append(s)
                elif s.kind == "attribution":
                    for p in post:
                        self.attribution[(source, p.start)] = s.text
                        self.attributed_by[(source, p.start)] = s
                        self.signatures[(source, s.start)] = s
                    post = []
                else:
                    post = []

    def neighbours(self, s: Sentence) -> list[Sentence]:
        """The sentences just before and after ``s`` in its paragraph."""
        key = (s.source, s.start)
        return [n for n in (self.before.get(key), self.after.get(key)) if n is not None]

    def pairs(self, s: Sentence) -> list[tuple[Sentence, tuple[str, str]]]:
        """``s`` joined with the sentence before it, and with the one after it: each as one span of the
        article (kind of ``s``'s first sentence), with the two sentences' own texts."""
        text = self._texts.get(s.source, "")
        key = (s.source, s.start)
        before = self.before.get(key)
        if before is None and _ANAPHORIC_OPENING.match(s.text):
            # News gives most sentences a paragraph of their own: "The move was hailed by the White House."
            # opens one, and the move is told of at the end of the paragraph before.
            before = self.previous.get(key)
        return [
            (Sentence(a.source, a.start, b.end, text[a.start : b.end], a.kind), (a.text, b.text))
            for a, b in ((before, s), (s, self.after.get(key)))
            if a is not None and b is not None
        ]

    def joined(self, a: Sentence, b: Sentence) -> Sentence:
        """``a`` and ``b`` (later in the same article) as one span of the article."""
        text = self._texts.get(a.source, "")
        return Sentence(a.source, a.start, b.end, text[a.start : b.end], a.kind)

    def context(self, s: Sentence) -> str:
        """Text that tells what ``s`` is about without being part of it (who posted it)."""
        return self.attribution.get((s.source, s.start), "")


class SentenceVectors:
    """Embeddings of sentences, computed once per distinct text and kept for the Chatbot's lifetime."""

    def __init__(self, embed: Callable[[list[str]], list[list[float]]]) -> None:
        self._embed = embed
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._vectors)

    def ensure(self, texts: Iterable[str]) -> None:
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
            if missing:
                for text, vector in zip(missing, self._embed(missing)):
                    self._vectors[text] = np.asarray(vector, dtype=np.float32)

    def get(self, text: str) -> np.ndarray:
        return self._vectors[text]

    def alike(self, word: str, candidates: Sequence[str], threshold: float = 0.5) -> set[str]:
        """The ``candidates`` close in meaning to ``word`` (cosine of their vectors; "companies",
        "conglomerates"), all embedded in one batch."""
        if not candidates:
            return set()
        self.ensure([word, *candidates])
        return {c for c in candidates if float(np.dot(self._vectors[word], self._vectors[c])) >= threshold}

    def combine(self, text: str, parts: Sequence[str]) -> None:
        """Store for ``text`` (sentences joined) the normalised mean of its parts' vectors."""
        with self._lock:
            if text not in self._vectors:
                mean = np.mean([self._vectors[p] for p in parts], axis=0)
                self._vectors[text] = mean / (np.linalg.norm(mean) or 1.0)


# Words about the articles rather than about the events: "how do the outlets spell …", "what did the reports say".
META_TERMS = frozenset(
    terms("outlet outlets source sources article articles report reports reported spell spelled spelling name "
          "named differ different disagree compare comparison mention mentioned write wrote describe described "
          "according news media tweet tweets embedded embeds post posts network agency newspaper blog blogs")
)


# "Compare" speaks of the articles only where the question compares them ("compare the outlets"); what somebody
# compared a thing to ("what did Kishida compare the relations to") is a word the evidence must have.
_COMPARE_TERMS = frozenset(terms("compare comparison"))
# Where the question compares the sources, "story" is their telling ("how do DW and Antiwar.com tell the 2019 GSOMIA
# story differently"), no word a passage must have; elsewhere it may name a piece a summary asks for ("gist of the
# flood story").
_TELLING_TERMS = frozenset(terms("story stories"))
# Where the question compares, the words that set its sides against each other ("the same", "X vs Y", "reconcile")
# ask how the passages relate, and no passage need have them; nor "agree" said of the sources ("do the sources
# agree"), though said of the story's people it is a fact asked for ("what did the reports say Yoon and Kishida
# agreed on").
_COMPARING_TERMS = frozenset(terms("same versus vs contrast contradict contradicts reconcile similar similarly "
                                   "differently"))
_SOURCES_AGREE = re.compile(r"\b(?:sources|articles|outlets|reports|pieces|papers|accounts)\s+(?:all\s+|both\s+)?"
                            r"(?:agree|disagree)\w*", re.IGNORECASE)


def source_terms(labels: Iterable[str]) -> frozenset[str]:
    """Terms that name the sources themselves (outlets, authors), with the acronyms of multi-word names.

    "According to DW" points at a source; it is not something the evidence must say.
    """
    out: set[str] = set()
    for label in labels:
        out |= set(terms(label))
        initials = [w[0].lower() for w in label.split() if w[:1].isupper()]
        for n in range(2, len(initials) + 1):
            out.add("".join(initials[:n]))
    return frozenset(out)


# Words of the question that say what kind of answer is wanted, not what the evidence must contain.
_QUESTION_WORDS = frozenset(
    terms("many much happen happened take took taken toward towards try trying tried call called kind sort exactly "
          "step steps move action thing things way "
          "actually specifically particular")
)
_NUMBER_QUESTION = re.compile(
    r"\bhow (?:many|much|long|old|far|often|frequently|large|big)\b|\b(?:what|which) (?:number|amount|percentage|share|age)\b|"
    r"\bwhat\s*(?:%|per ?cent\b)",
    re.IGNORECASE,
)
# Whether a date is fixed, asked: "has kishida set a date for a return visit", "is there a date set", "any date given".
# Asked yes or no, it asks for the date all the same.
_FIXED = r"(?:set|fixed|given|scheduled|announced|confirmed|finali[sz]ed|locked(?:\s+in)?)"  # of a date
_DATE_FIXED = (r"\b(?:set|fix|fixed|given|announced|named)\s+a\s+date\b|"
               rf"\b(?:a|any|the)\s+date\s+(?:been\s+)?(?:already\s+)?{_FIXED}\b|"
               r"\bany\s+date\b|"
               # Typed as a heading: "return visit - dates locked?", "date already fixed?" (not "date set", "date
               # given", which name a date: "the release date given by Sony"); after "already", in any form a second
               # language types it ("date already fix?"), but no "set off"
               r"\bdates?\s+(?:already\s+(?:fix|set|confirm|decided?)(?!\s+(?:off|up|out|aside|apart|back)\b)|"
               r"(?:already\s+)?(?:locked|fixed|confirmed|finali[sz]ed))\b|"
               # "has the date for his return visit been fixed"; not what another clause says was set ("did the date
               # of the summit change after the venue was set")
               r"\b(?:a|any|the)\s+date\s+(?:for|of)\s+(?:(?!\b(?:after|because|which|that|when|but|while)\b)[^?,;])"
               rf"{{1,60}}?\b(?:been|is|was)\s+(?:already\s+)?{_FIXED}\b")
# "What is the exact date…", "on what day": a date, asked for with "the" and a word of precision too.
_DATE_QUESTION = re.compile(r"\bwhen\b|\b(?:what|which|in what|on what)(?:(?:['’]s|\s+(?:is|was|will be))\s+the)?\s+"
                            r"(?:(?:exact|precise|specific|actual)\s+)?(?:year|date|day|month)\b|"
                            # Typed as a heading: "exact date seoul sends the letter?", "date of the summit?"
                            r"^\W*(?:the\s+)?(?:(?:exact|precise|specific|actual)\s+)?(?:date|day|year)\b(?!\s+(?:trip|visit))|"
                            # or as a search is typed, the thing and then "date": "yoon tokyo trip date"
                            r"^(?!\W*(?:what|which|who|whom|whose|how|why|where|is|are|was|were|do|does|did|can|could|"
                            r"will|would)\b)[^?]*\bdates?\W*$|"
                            # not "who set a date for the election", "why hasn't a date been set"
                            rf"^(?!\W*(?:who|whom|whose|why|how|what|where)\b).*?(?:{_DATE_FIXED})",
                            re.IGNORECASE)
# "when" that opens a clause of another question ("what stops working when 3G goes away", "who was in charge when it
# happened"): the question asks what its own question word asks, not a date. "and when", "or when" ask both.
_WH_FIRST = re.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:what|which|who|whom|whose|how|why|where)\b", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"(?<=\S)\s+(?<!\band\s)(?<!\bor\s)(?<![&/,]\s)(?<!\babout\s)(?<!\bon\s)(?<!\bknow\s)"
                          r"(?<!\bsay\s)(?<!\bsaid\s)(?<!\btell\s)(?<!\btold\s)(?<!\bask\s)(?<!\bidea\s)"
                          r"when\s+\w.*$", re.IGNORECASE)
_QUOTE_QUESTION = re.compile(
    r"\bwhat (?:did|does|has|had|do|will|would)\b.*\b(?:say|said|tell|told|announce|announced|state|stated|"
    r"write|wrote|tweet|tweeted|post|posted|argue|argued|warn|warned|call for|claim|claimed)\b|"
    # "what phrase did Washington use", "why does Yoon want it back, in his words", "his exact words on it"
    r"\bwhat (?:phrase|words?|expression)\s+(?:did|does|do|has|had|have)\s+(?:[\w’'.-]+\s+){1,4}?"
    r"(?:use|used|say|write|call|coin)\b|"
    r"\bin (?:his|her|their|its) (?:own )?words\b|\b(?:exact|own|actual) words\b|\b(?:direct|exact) quote\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[“”\"]|\b(?:said|says|told|stated|announced|added|warned|argued|wrote|tweeted)\b")
# "Who said…", "so who warned that…": the speaker is asked for, whatever the words said ask.
_WHO_SAID = re.compile(r"^\W*(?:(?:so|and|but|ok|okay)\W+)?who\s+(?:said|says|say|warned|wrote|tweeted|claimed|told|"
                       r"argued|called|described|predicted|stated|declared|added|insisted|noted)\b", re.IGNORECASE)
_NAME_QUESTION = re.compile(
    r"\bwho(?:se|m)?\b|\bspell\w*\b|\bname[sd]?\b|"
    r"\b(?:which|what) (?:companies|firms|countries|nations|outlets|leaders|officials|people|cities|groups|"
    r"organi[sz]ations|media|newspapers|broadcasters|agencies|company|firm|country|nation|city|organi[sz]ation|"
    r"outlet|newspaper|broadcaster|agency|official|leader|person|politician|minister|ministry|university)\b",
    re.IGNORECASE,
)
# When something was said may be told by the occasion: "at a press conference", "in a speech", "during talks".
_SAID_WHEN = re.compile(r"\bwhen\b.*\b(?:say|said|tell|told|announce|announced|state|stated|remark|remarked|"
                        r"claim|claimed|warn|warned|promise|promised|call|called)\b", re.IGNORECASE)
_OCCASION = re.compile(r"\b(?:at|in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|"
                       r"meeting|summit|speech|interview|statement|address|talks|visit|ceremony|session|event)\b",
                       re.IGNORECASE)
_SPAN_OF_TIME = re.compile(r"\b\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b"
                           r"(?!\s+(?:ago|earlier|later|before|after|since)\b)", re.IGNORECASE)
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH_CUT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."  # "Aug.", "Dec."
# A day that dates what somebody said ("told AFP on Saturday", "said Thursday", "the joint statement on Thursday"),
# no date of the act told; unless the question asks when it was said, announced or told.
_SPEECH = (r"said|says|told|tells|added|wrote|stated|announced|reported|statement|interview|speech|briefing|"
           r"remarks|press\s+conference")
_SPEECH_DATE = re.compile(rf"\b(?:{_SPEECH})\b(?:\s+(?:[A-Z][\w.-]*|reporters|journalists)){{0,3}}\s+"
                          rf"(?:on\s+|late\s+|early\s+)?(?:{_WEEKDAY_NAMES})\b(?![’']s)")  # not "said Monday's attack"
_ASKS_SPEECH = re.compile(rf"\b(?:{_SPEECH}|say\w*|tell\w*|announc\w*|report\w*|statements?|speech(?:es)?|"
                          r"speak\w*|spoke|talk(?:s|ed|ing)?(?=\s+(?:to|with)\b)|address\w*)\b", re.IGNORECASE)
# A question on when something was said, by a verb of speaking ("when did the official tell AFP", "talk to"): the
# act it dates is the telling. Narrower than _ASKS_SPEECH, for which a report or a statement the question speaks of
# is enough to let a day that dates what was said count as a date at all.
_ASKED_TELLING = re.compile(r"\b(?:say|said|tell|told|speak|spoke|announce[ds]?|talk(?:s|ed|ing)?\s+(?:to|with))\b",
                            re.IGNORECASE)
# A time gone by, told from now: "last year", "the previous week", "last May", "12 years ago", "yesterday".
_PAST_TIME = re.compile(rf"\b(?:(?:last|past|previous)\s+(?:year|month|week|weekend|decade|{_WEEKDAY_NAMES}|"
                        rf"{_MONTH_NAMES})|\w+\s+(?:years?|months?|weeks?|days?|decades?)\s+ago|"
                        r"yesterday|earlier this (?:year|month|week))\b", re.IGNORECASE)
_YEAR_SAID = re.compile(r"\b(?:19|20)\d\d\b")
_DATE_WORDS = re.compile(rf"\b(?:{_MONTH_NAMES}|{_WEEKDAY_NAMES}|(?i:yesterday|today|last (?:week|month|year)))\b")
# How finely a date is asked for: "what month", "which day", "the exact date" (a year alone does not tell them).
_DATE_PRECISION = re.compile(r"\b(?:what|which|exact|precise|specific|actual)\s+(month|day|date|year)\b", re.IGNORECASE)
_YEAR_WORDS = re.compile(r"\b(?:last|this|next|that|the same|the previous|the following) year\b", re.IGNORECASE)
_MONTH_SAID = re.compile(rf"\b(?:(?:{_MONTH_NAMES}|(?:last|this|next|that|the same) month)\b|{_MONTH_CUT})")
# A day told: a weekday, a day of a month ("Dec. 5", "March 16"), a date in figures, or a day counted from today.
_DAY_SAID = re.compile(rf"\b(?:{_WEEKDAY_NAMES}|yesterday|today|tomorrow|"
                       rf"(?:{_MONTH_NAMES}|{_MONTH_CUT})\s+\d{{1,2}}\b|"
                       rf"\d{{1,2}}\s+(?:{_MONTH_NAMES})|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}})")
# A day of a month where nothing it could count follows ("on May 9, according to", "March 16 and"), not "In March
# 15 people died".
_DAY_OF_DATE = re.compile(rf"\b(?:(?:{_MONTH_NAMES}|{_MONTH_CUT})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+(?:{_MONTH_NAMES}))"
                          r"(?=\s*(?:[,.;:)]|$)|\s+(?:\d{4}|at|in|on|and|to|when|after|before|as|during|with)\b)")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)", re.IGNORECASE)
# A time told from another ("The day before, Chinese ships had entered…") answers "when" too, though less well
# than a date: it keeps a passage from being no answer, and adds nothing to its rank.
_RELATIVE_TIME = re.compile(
    r"\bthe (?:day|night|week|month|year) (?:before|after)\b|\bthe (?:previous|next|following) (?:day|night|week|"
    r"month)\b|\b(?:hours|days|weeks) (?:before|after|earlier|later)\b|\bon the eve of\b", re.IGNORECASE)


def question_terms(question: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    """The terms of a question that the evidence should contain ("compared … to" is one unless the question
    compares the sources)."""
    compares = is_comparison(question)
    meta = META_TERMS | _TELLING_TERMS | _COMPARING_TERMS if compares else META_TERMS - _COMPARE_TERMS
    asked = _SOURCES_AGREE.sub(" ", question) if compares else question
    return [t for t in terms(asked) if t not in meta and t not in _QUESTION_WORDS and t not in ignore]


def answer_type(question: str) -> str | None:
    """The kind of answer asked for: "number", "date", "name", or None."""
    if _QUOTE_QUESTION.search(question) and not set(terms(question)) & META_TERMS:
        return "quote"  # what somebody said (what a post or a report says is its own text, not a quote)
    if _WHO_SAID.match(question):
        return "name"  # "who said it's not whether there'll be a crisis but how large": what was said asks nothing
    if _NUMBER_QUESTION.search(question):
        return "number"
    measured = _MEASURE_ASKED.match(question)
    if measured and (measured.group(1) or not _ASKED_ANYWHERE.search(question)):
        return "number"  # "storm eunice top wind speed", "what was the death toll": a figure, by what it measures
    # A "when" clause of another question is cut off before asking whether it asks a date ("what was the date
    # when…" still does).
    clause = _WH_FIRST.match(question) and _WHEN_CLAUSE.search(question)
    if _DATE_QUESTION.search(_WHEN_CLAUSE.sub("", question) if clause else question):
        return "date"
    if _NAME_QUESTION.search(question) or _which_names(question):
        return "name"
    return None


# "Storm Eunice top wind speed", "what's the death toll in the floods": a noun phrase, typed without a verb or
# after "what is", that ends with a word for what a figure measures.
# The words between are modifiers ("top wind", "death"): no preposition or verb ("what caused the high death toll",
# "reaction to the budget"), and none that makes the measure a figure of speech ("the emotional toll").
_MEASURE_ASKED = re.compile(
    r"^\W*((?:what|wat)(?:['’]s|\s+(?:is|was|are|were))\s+)?(?:the\s+)?"
    r"(?:(?!(?:in|of|from|to|for|at|on|by|with|about|over|after|before|did|does|do|is|was|are|were|has|have|had|"
    r"caused?|happened|emotional|human|political|social|psychological|environmental|heavy)\b)[\w’'$-]+\s+){0,4}?"
    r"(?:speed|toll|price|cost|age|height|weight|length|population|salary|turnout|margin|temperature|distance|"
    r"duration|deficit|attendance|capacity|rate|score|total|tally)s?(?=\s+(?:of|in|at|on|for|from|during|since|"
    r"over|now|so far|after|before|pre|post)\b|\s+\d{4}\b|\s*[?.!]*\s*$)", re.IGNORECASE)


_WHICH_HEAD = re.compile(r"\bwhich\s+([\w’'-]+(?:\s+[\w’'-]+){0,3})", re.IGNORECASE)
# What "which X" asks for when X is none of these is one of several named things ("which show", "which team",
# "which continent"); these ask for a kind, a part or an act, said in words ("which major change").
_UNNAMED_HEADS = frozenset(
    "kind type sort way ways part parts one ones measure measures change changes step steps reason reasons issue "
    "issues policy policies problem problems thing things aspect aspects factor factors area areas topic topics "
    "role roles side sides option options version versions method methods idea ideas point points question "
    "questions item items word words term terms action actions move moves".split()
)


_WHICH_OF = re.compile(r"\bwhich\s+of\s+(?:all\s+the|these|those|the|all)\s+(following\s+)?(?:(?:two|three|four|five|\d+)\s+)?"
                       r"([\w’'-]+)", re.IGNORECASE)


def which_head(question: str) -> str | None:
    """X in "which X …": the last noun after "which" ("show" in "which show received the most nominations")."""
    from lemminflect import getAllLemmas

    m = _WHICH_HEAD.search(question)
    if not m:
        return None
    head = None
    # "Which of these shows…", "which of the two schools…": the X after the few it is one of, a noun ("which of
    # the following best describes…" names no X).
    few = _WHICH_OF.search(question)
    if few:  # its one word after the few: a noun, and after "the following" a plural ("countries")
        one = few.group(2).lower()
        if "NOUN" not in getAllLemmas(one) or (few.group(1) and not one.endswith("s")):
            return None  # "which of the following best describes…", "which of these is true"
    for token in (few.group(2) if few else m.group(1)).split():
        low = token.lower()
        lemmas = getAllLemmas(low)
        if low in STOPWORDS or ("VERB" in lemmas and "NOUN" not in lemmas) or ("AUX" in lemmas):
            break
        head = low
    return head if head is not None and not head.isdigit() else None


def _which_names(question: str) -> bool:
    """Whether a "which X" question asks for a name: X, the last noun after "which", is no kind or act."""
    head = which_head(question)
    return head is not None and head not in _UNNAMED_HEADS


def has_answer_type(kind: str | None, text: str, question: str = "") -> bool:
    """Whether ``text`` contains an answer of the kind asked for (a figure, a date, a name)."""
    if kind is None:
        return False
    if kind == "quote":
        return bool(_QUOTE.search(text))
    if kind == "number":
        unit = _measure(question) if question else None
        if unit == "frequency":  # "twice a year", "twice-yearly", or a count ("40 meetings last year")
            return bool(_MEASURES[unit][1].search(text) or numbers(text) - numbers(question))
        if unit is not None:  # "how far": a distance, not any figure ("how long": a span of time)
            return bool(_MEASURES[unit][1].search(text))
        # The day of a date counts nothing ("elections on May 9,"), nor does the time of day ("at 5:03 p.m.").
        return bool(numbers(_CLOCK.sub(" ", _DAY_OF_DATE.sub(" ", text))) - numbers(question))
    if kind == "date":
        if _SAID_WHEN.search(question) and _OCCASION.search(text):
            return True  # "when did he say that": "at a press conference following his meeting" tells when
        precision = _DATE_PRECISION.search(question)
        if precision and precision.group(1).lower() == "month":  # "what month": "in 2019" is too coarse
            return bool(_MONTH_SAID.search(text))
        if precision and precision.group(1).lower() == "year":  # "which year": a weekday does not tell it
            return bool(_YEAR_SAID.search(text) or _YEAR_WORDS.search(text))
        if precision:  # "what day", "what date": a day, not a year or a month alone
            return bool(_DAY_SAID.search(text))
        # A span of time is no date ("the first summit in 12 years"); one counted back from now is ("12 years ago").
        dated = _SPAN_OF_TIME.sub(" ", text)
        if _FUTURE_QUESTION.search(question):
            # "When's the next summit": a time gone by ("held 40 meetings last year", "12 years ago") is no date of
            # what is to come, nor is a bare figure; a day, a month or a year is.
            ahead = _PAST_TIME.sub(" ", dated)
            return bool(_DATE_WORDS.search(ahead) or _DAY_SAID.search(ahead) or _MONTH_SAID.search(ahead)
                        or set(_YEAR_SAID.findall(ahead)) - set(_YEAR_SAID.findall(question)))
        return bool(_DATE_WORDS.search(text) or numbers(dated, spelled=False) - numbers(question, spelled=False))
    if _NAME_GIVEN.search(question) and not _NAMING_TOLD.search(text):
        return False  # "what name did they give the python": a name given, which a passage tells as given
    return bool(answer_names(text, question))


# A name somebody gave a thing, asked for: "what name did the scientists give it", "what did they nickname him".
_NAME_GIVEN = re.compile(r"\bwhat\s+(?:name|nickname)s?\s+(?:did|do|does|has|have|had|was|were|is|are)\b|"
                         r"\bwhat\s+(?:did|do|does|have|has)\s+(?:[\w’'-]+\s+){1,4}?(?:name|nickname|dub|christen)\b",
                         re.IGNORECASE)
_NAMING_TOLD = re.compile(r"\b(?:nam(?:e|ed|es|ing)|call(?:ed|s|ing)?|dubbed|nicknamed?|known\s+as|christened|"
                          r"titled|bapti[sz]ed)\b", re.IGNORECASE)


_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'-]*")
# A title in quotes: a few capitalised words closed by the quote mark ("“Succession” earned…", "“Top Gun: Maverick,”").
_TITLE = re.compile(r"(?:[A-Z0-9][\w’'-]*[:,]?\s+(?:(?:of|the|and|a|in|on|to|for)\s+)?){0,5}[A-Z0-9][\w’'-]*[,.!?]?[”\"]")
_ROOT = 6  # letters two words share at the start to be of one root ("presence", "present")
_NAME_WINDOW = 3  # words between a question term and a name that answers "who" ("the leader, Kim Jong-un")


def answer_names(text: str, question: str, *, near: bool = True) -> list[str]:
    """Names in ``text`` that may answer a "who" or "how is X spelled" question: runs of capitalised
    words the question lacks, within a few words of one of its other terms ("leader Kim Jong Un"), or anywhere
    in ``text`` where not ``near``."""
    q_names = names(question)
    anchors = set(question_terms(question)) - {t for n in q_names for t in terms(n)}
    known = q_names | set(terms(question))
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text)]
    stems = [set(terms(w)) for w, _ in tokens]
    # A word of the question's, or one of its root ("presence" for "present": six letters alike).
    roots = {a[:_ROOT] for a in anchors if len(a) >= _ROOT}
    at_anchor = [i for i, stem in enumerate(stems)
                 if stem & anchors or any(len(t) >= _ROOT and t[:_ROOT] in roots for t in stem)]
    titles = [(q.end(), t.end()) for q in re.finditer(r"[“\"]", text) if (t := _TITLE.match(text, q.end()))]
    runs: list[list[str]] = []
    last = -2
    for i, (word, start) in enumerate(tokens):
        if not word[0].isupper() or word.lower() in known or word.lower() in STOPWORDS or _DATE_WORDS.fullmatch(word):
            continue  # a weekday or month dates the act, it names nobody
        if stems[i] & (known | anchors) or any(derived(re.sub(r"[’']s$", "", word.lower()), k) for k in q_names):
            continue  # the question's own name, or a word made of it ("Korea’s" where it asks "North Korean")
        # A capital right before a name the question has is part of that name ("the 2022 Primetime Emmy
        # Awards" asked about as "the Emmy Awards"), not a new one; a title before it ("President Yoon") is
        # the question's own word and was skipped above.
        if i + 1 < len(tokens) and tokens[i + 1][0][0].isupper() and tokens[i + 1][0].lower() in q_names \
                and not text[start + len(word) : tokens[i + 1][1]].strip():
            continue
        # A title in quotes is a name wherever it stands in its clause ("“Succession” earned the most
        # nominations"); any other capital that only starts a sentence or a quotation is none.
        title = any(a <= start < b for a, b in titles)
        opener = i == 0 or text[:start].rstrip()[-1:] in ".!?“\""
        if opener and not title and in_dictionary(re.sub(r"[’']s?$", "", word).lower()):
            continue  # a word that only has its capital for opening the sentence; a name opens many ("Emanuel said")
        # The sentence's subject answers "who" wherever the words it shares with the question stand.
        if near and i > 0 and not any(abs(i - j) <= _NAME_WINDOW * (2 if title else 1) for j in at_anchor):
            continue
        if i == last + 1:
            runs[-1].append(word)
        else:
            runs.append([word])
        last = i
    return [" ".join(run) for run in runs]


# For focus: a word followed by another that may be the noun it qualifies ("the bush administration"), not by a
# small word of the sentence (a phrase opened by a determiner: _AFTER_DETERMINER, beside _DETERMINERS).
_NOUN_NEXT = re.compile(r"\s+(?!(?:at|in|on|of|for|with|to|from|by|about|and|or|but|is|was|are|were|did|does|do|"
                        r"has|have|had|will|would|can|could|that|which|who|when|where|why|how|lol|pls|please)\b)[a-z]")


def focus(
    question: str,
    *,
    idf: Callable[[str], float],
    context: str = "",
    ignore: frozenset[str] = frozenset(),
    specific: Mapping[str, float] | None = None,
    knows: Callable[[str], bool] | None = None,
) -> Focus:
    """The :class:`Focus` of ``question``: each term weighs its IDF (``idf`` gives a word the articles never
    use the highest); terms only ``context`` (the conversation) has count less. ``specific`` gives each
    term's specificity in general English (see :mod:`rag.understand`)."""
    weights = {t: idf(t) for t in question_terms(question, ignore)}
    for run in NAME_RUN.findall(question):
        # A person named in full ("Yoon Suk Yeol") is mostly written by one part of the name ("Yoon"): the
        # parts the articles use much less often are not required of every passage.
        parts = [t for t in terms(run) if t in weights]
        if len(parts) > 1:
            common = min(idf(t) for t in parts)
            for t in parts:
                if idf(t) > common + _RARE_NAME_PART:
                    weights.pop(t)
    own_terms = frozenset(weights)
    for t in question_terms(context, ignore):
        weights.setdefault(t, _CONTEXT_WEIGHT * idf(t))
    lowered = question == question.lower()
    unknown = frozenset(
        t
        for m in re.finditer(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'-]*", question)
        if could_be_name(m.group(), lowered)
        # Typed in lower case, a word of English that ends a phrase opened by a determiner ("on the menu", "the
        # dinner menu") is a thing, no name; a name the articles lack is told by its capital, typed bare ("what did
        # biden say") or before the noun it qualifies ("the bush administration", "the rice visit").
        and not (lowered and in_dictionary(m.group()) and _AFTER_DETERMINER.search(question[: m.start()])
                 and not _NOUN_NEXT.match(question, m.end()))
        for t in terms(m.group())
        if t in own_terms and knows is not None and not knows(t)
    )
    return Focus(weights, answer_type(question), own_terms, dict(specific or {}), unknown)


def coverage(f: Focus, text: str, question: str = "", *, typed: bool = True) -> float:
    """Weighted share of the question ``text`` covers: its terms, and (``typed``) an answer of the kind asked for."""
    hit = typed and bool(f.type_weight) and has_answer_type(f.answer_type, text, question)
    return _share(f, set(terms(text)), hit, typed=typed)


def _share(
    f: Focus, found: set[str], type_hit: bool, *, typed: bool, credit: Mapping[str, float] | None = None
) -> float:
    """:func:`coverage` from the text's terms (``found``) and whether it holds the kind of answer asked for;
    ``credit`` counts terms found by meaning only in part."""
    type_weight = f.type_weight if typed else 0.0
    total = sum(f.weights.values()) + type_weight
    if not total:
        return 0.0
    credit = credit or {}
    share = sum(w if t in found else w * credit.get(t, 0.0) for t, w in f.weights.items())
    return (share + (type_weight if type_hit else 0.0)) / total


def _coverages(
    f: Focus, core: Focus, text: str, question: str, meaning: Callable[[str, set[str]], dict[str, float]] | None = None
) -> tuple[float, float]:
    """(for ranking, for abstention) coverage of ``text``, its terms found once.

    Ranking reads the question's own terms mostly and the conversation's a little,
    with the answer type, and counts a word found by meaning in part (``meaning``);
    abstention reads the question's own terms alone.
    """
    found = stated_terms(text)
    credit = meaning(text, found) if meaning is not None else None
    hit = bool(f.type_weight) and has_answer_type(f.answer_type, text, question)
    ranking = _share(f, found, hit, typed=True, credit=credit)
    if core is not f:
        ranking = _OWN_SHARE * _share(core, found, hit, typed=True, credit=credit) + (1 - _OWN_SHARE) * ranking
    return ranking, (f.specific_share(found) if f.specific else _share(core, found, hit, typed=False))


def _meaning(
    question: str, f: Focus, vectors: SentenceVectors, is_name: Callable[[str], bool]
) -> Callable[[str, set[str]], dict[str, float]] | None:
    """A function giving, for a text, partial credit (0..1) to each of the question's own words it lacks
    but has a word close in meaning to ("bosses": "leaders"); names and figures get none."""
    asked: dict[str, str] = {}
    for w in words(question):
        if w in STOPWORDS or not w.isalpha() or is_name(w):
            continue
        for t in terms(w):
            if t in f.own and t not in f.unknown:
                asked.setdefault(t, w)
    if not asked:
        return None

    def meaning(text: str, found: set[str]) -> dict[str, float]:
        missing = {t: w for t, w in asked.items() if t not in found}
        candidates = list(dict.fromkeys(w for w in words(text) if w.isalpha() and w not in STOPWORDS))
        if not missing or not candidates:
            return {}
        vectors.ensure([*missing.values(), *candidates])
        matrix = np.stack([vectors.get(w) for w in candidates])
        return {
            t: max(0.0, min(1.0, (float(np.max(matrix @ vectors.get(w))) - _SIMILAR_FROM) / (_SIMILAR_TO - _SIMILAR_FROM)))
            for t, w in missing.items()
        }

    return meaning


def rank_sentences(
    question: str,
    question_vector: Sequence[float],
    fused: Sequence[FusedChunk],
    vectors: SentenceVectors,
    f: Focus,
    layout: Layout | None = None,
    *,
    is_name: Callable[[str], bool] | None = None,
) -> list[Evidence]:
    """Every answerable sentence of the fused chunks, best first.

    A sentence's score mixes its cosine similarity to the question, how much of
    the question it covers (with the attribution of a post it belongs to), and
    the rank of the best chunk it came from. When the sentence before or after
    it in the paragraph supplies what it lacks ("… a broad alliance …" then "A
    new front building in East Asia"), the evidence is the two sentences together.
    """
    q_vec = np.asarray(question_vector, dtype=np.float32)
    core = f.core()
    asks_back = not _ASKS_WHAT_WAS_ASKED.search(question)  # "what did she ask": a sentence that asks answers it
    asked_terms = frozenset(terms(question))
    best: dict[tuple[str, int, int], tuple[Sentence, float]] = {}
    for rank, fc in enumerate(fused):
        chunk_score = 1.0 / (1 + rank)
        for s in fc.chunk.sentences:
            if s.kind not in ANSWERABLE_KINDS:
                continue
            key = (s.source, s.start, s.end)
            if key not in best or best[key][1] < chunk_score:
                best[key] = (s, chunk_score)
    candidates = [s for s, _ in best.values()]
    neighbours = [n for s in candidates for n in layout.neighbours(s)] if layout else []
    vectors.ensure([s.text for s in candidates + neighbours])
    ranked: dict[tuple[str, int, int], Evidence] = {}
    meaning = _meaning(question, core, vectors, is_name) if is_name is not None else None
    # Words found by meaning count for the sentences closest to the question only: that bounds the words
    # to embed per question (the rest could not climb into the evidence shown anyway).
    by_closeness = sorted(best, key=lambda k: -float(np.dot(q_vec, vectors.get(best[k][0].text))))
    read_for_meaning = set(by_closeness[:_MEANING_POOL])
    for key, (s, chunk_score) in best.items():
        dense = float(np.dot(q_vec, vectors.get(s.text)))
        context = layout.context(s) if layout else ""
        meaning_here = meaning if key in read_for_meaning else None
        lexical, covered = _coverages(f, core, f"{s.text} {context}", question, meaning_here)
        span, parts = s, ()
        # A sentence that says little but the question's words, where the question asks what a thing is or wants
        # a name, number or date the sentence lacks: the answer is told beside it.
        echo = layout is not None and _echoes(s.text, asked_terms) and (
            _ASKS_WHAT_IT_IS.search(question) is not None if f.answer_type is None
            else not has_answer_type(f.answer_type, s.text, question))
        for merged, pair in layout.pairs(s) if layout is not None and (
                lexical < 1.0 or echo or _POINTS_BACK.search(s.text)) else ():
            if echo and f.answer_type is not None and not has_answer_type(f.answer_type, merged.text, question):
                continue
            gain, gain_covered = _coverages(f, core, f"{merged.text} {context}", question, meaning_here)
            # A sentence that leans on the one before it ("Seoul will, therefore, withdraw the complaint … against
            # these measures") is told with it, when that loses nothing of the question; so is one that says
            # little but the question's own words ("A new front building in East Asia, so to speak.").
            leans = pair[1] == s.text and (echo or bool(_POINTS_BACK.search(s.text)))
            if gain >= lexical + (0.0 if leans else _MERGE_GAIN):
                lexical, covered, span, parts = gain, gain_covered, merged, pair
                vectors.combine(merged.text, list(pair))
        score = _WEIGHTS["dense"] * dense + _WEIGHTS["lexical"] * lexical + _WEIGHTS["chunk"] * chunk_score
        score *= _KIND_FACTOR.get(s.kind, 1.0) * (_QUESTION_FACTOR if asks_back and _ASKS.search(span.text) else 1.0)
        key3 = (span.source, span.start, span.end)
        if key3 not in ranked or ranked[key3].score < score:
            ranked[key3] = Evidence(span, score, dense, lexical, covered, parts)
    # Two sentences together that hold much more of the question than one of them alone are the better
    # evidence, though their joint vector is further from it: "Last week, Seoul announced it would
    # compensate victims…" then "The move was welcomed by Japan and hailed by the White House" answers
    # "did the White House back Seoul's compensation plan", which the first sentence alone only sets up.
    for key, e in list(ranked.items()):
        if not e.parts:
            continue
        outranks = max((o.score for k, o in ranked.items() if k != key and k[0] == key[0] and key[1] <= k[1]
                        and k[2] <= key[2] and e.lexical >= o.lexical + _MERGE_GAIN), default=0.0)
        if outranks > e.score:
            ranked[key] = dataclasses.replace(e, score=outranks + 1e-6)
    return sorted(ranked.values(), key=lambda e: -e.score)


# A passage that says what is asked is not known: "a firm date isn't known", "the sum is not being disclosed",
# "it is unclear how many…", "officials declined to say". Not "unknown" alone: "a rocket launched at an unknown
# location on March 10" dates the launch.
_UNKNOWN = re.compile(
    r"\b(?:is|are|was|were|has|have|had)(?:n['’]t|\s+not)(?:\s+(?:yet|been|being|still))*\s+(?:known|clear|certain|"
    r"disclosed|announced|revealed|released|made public|confirmed|determined)\b|"
    r"\b(?:it\s+is|it['’]s|it\s+was|remains|still)\s+unclear\b|"
    r"\b(?:did|does|would|could)(?:n['’]t|\s+not)\s+(?:say|disclose|specify|reveal)\b|"
    r"\bdeclined\s+to\s+(?:say|disclose|specify|reveal)\b",
    re.IGNORECASE)
_KNOWN_ASKED = ("number", "date", "name")  # the kinds of answer a passage may say are not known


def says_unknown(question: str, ranked: Sequence[Evidence]) -> Evidence | None:
    """The closest passage, when it says that what ``question`` asks (a figure, a date, a name) is not known
    ("when is the Starbucks PSL coming back": "While a firm date isn't known for the return of Starbucks PSL…")
    and shares a word with the question, but gives no answer of the kind asked itself ("Apple bought the startup
    in March; a spokeswoman declined to say more" dates the purchase): the articles' own answer is that they
    cannot say."""
    kind = answer_type(question)
    unit = _measure(question)
    if not ranked or (kind not in _KNOWN_ASKED and unit is None):
        return None
    asked = set(terms(question))
    for i, e in enumerate(ranked[:_UNKNOWN_POOL]):
        # The first passage, or one just after it that shares more of the question ("United and lawyers for Dao
        # declined to disclose financial terms of the settlement" for "how much did Dao get in the settlement"),
        # as long as no passage before it gives an answer of the kind asked.
        text = e.sentence.text
        if _gives("number", unit, text, question) if unit else has_answer_type(kind, text, question):
            return None
        if _UNKNOWN.search(text) and len(asked & set(terms(text))) >= (1 if i == 0 else _UNKNOWN_SHARED):
            return e
    return None


_UNKNOWN_POOL = 3  # passages read for one that says what is asked is not known
_UNKNOWN_SHARED = 2  # words of the question such a passage after the first must share with it


_FLIERS = r"(?:missiles?|rockets?|icbms?|drones?|aircraft|jets?|planes?|weapons?)\b"  # what has a range
_MEASURES = {
    # How much something grows or shrinks: a share, a multiple or an amount answers ("double", "by 20%").
    "size of the change": (
        re.compile(r"^(?!.*\b(?:in (?:dollars|yen|won|euros)|money|dollars?|cost|costs|price|spend|spent|pay|paid|"
                   r"worth|funds?|funding)\b).*\bhow much\b.*(?<!\bthe )\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
                   r"grow(?:s|n|ing)?|grew|ris(?:e|es|en|ing)|rose|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|"
                   r"doubl(?:e|es|ed|ing)|upp(?:ed|ing)|ups|hik(?:e|es|ed|ing)|bump(?:s|ed|ing)?|"
                   r"cut(?:s|ting)?|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|drop(?:s|ped|ping)?|"
                   r"fall(?:s|en|ing)?|fell|decreas(?:e|es|ed|ing)|shr(?:ink|inks|inking|ank|unk))\b|"
                   # "how much more will it spend", "how much cheaper is a shared ride"
                   r"\bhow much (?:more|less|extra|further|cheaper|pricier|costlier|dearer|higher|lower|bigger|"
                   r"smaller|stronger|weaker)\b", re.IGNORECASE),
        re.compile(r"%|\bper ?cent\b|\b(?:doubl|tripl|quadrupl|halv|twice|thrice)\w*|\b\w+-?fold\b|\btimes\b|"
                   r"[$€£¥₩]|\b(?:dollars?|yen|won|euros?|pounds?|usd|billion|million|trillion)\b", re.IGNORECASE),
    ),
    "amount of money": (
        re.compile(r"\bhow much\b.*(?:\b(?:cost|costs|worth|spend|spent|pay|paid|paying|budget|price|dollars?|money|"
                   r"fund(?:ing)?|compensation|yen|won|euros?)\b|[$€£¥₩])|\bin (?:dollars|yen|won|euros)\b|"
                   # "what's the actual yen figure", "the dollar amount": a sum named by its currency
                   r"\b(?:dollar|yen|euro|pound|usd)\s+(?:figure|amount|sum|total|value)s?\b|"
                   # "how much did she make for winning", "how much will it sell for", "how much did the jury
                   # award her": earned, fetched, awarded
                   r"\bhow much\s+(?:did|does|do|will|would|could|can|is|was|are|were|r|has|have|had)\s+"
                   r"(?:[\w’'-]+\s+){1,7}?(?:(?:make|makes|made)(?!\s+(?:it|sure|clear|sense|progress|up)\b)|earn\w*|sell|sells|sold|fetch\w*|charge\w*|owe\w*|"
                   r"award\w*|fine[ds]?|settle[ds]?|bring\s+in|take\s+home|go\s+for|went\s+for)\b|"
                   # "What price is Serbia paying", "what's the fine for…": a sum of money named by what it is for.
                   # Not "price" or "cost", which news also uses in a figure of speech ("the human cost of war",
                   # "what price is Serbia paying for its neutrality").
                   r"\bwhat(?:['’]s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:[a-z]+\s+)?(?:fee|fine|"
                   r"salary|wage|bail|ransom|reward|bounty|payout|valuation)s?(?=\s+(?:is|was|are|were|did|does|do|"
                   r"will|would|has|had|have|for|of|to|on)\b|\s*[?.!]|\s*$)|"
                   # "how big is the fine", "how high was his bail": the size of a sum of money (not "how big is the
                   # settlement", which may be a town).
                   r"\bhow\s+(?:big|large|high|steep|hefty|huge)\s+(?:(?:is|was|are|were|r|will|would|could)\s+)?"
                   r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z]+\s+)?(?:fee|fine|salary|wage|bail|ransom|reward|"
                   r"bounty|payout|valuation)s?(?=\s+(?:if|for|of|to|on|in|is|was|are|were|did|does|"
                   r"do|will|would|has|had|have|that|when|after|he|she|they|it|we|you|i)\b|\s*[?.!,]|\s*$)|"
                   # A currency sign for a word, no figure after it: "reward $ for the two", "cost estimate $?"
                   # (not a cashtag, "$TSLA", nor the currency by its sign, "is the $ weaker").
                   r"(?<!\S)(?<!\bthe\s)[$€£¥₩](?!\s*\d)(?![A-Za-z])",
                   re.IGNORECASE),
        # "2.9 million vehicles" counts things: a bare million is money only when no plural noun follows it.
        # "won" the currency after a figure only ("4 billion won"): not the verb, nor "won't".
        re.compile(r"[$€£¥₩]|\b(?:dollars?|yen|euros?|pounds?|usd)\b|(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*\s*(?:(?:billion|million|trillion)\s+)?won\b|"
                   r"\b(?:billion|million|trillion)\b(?!\s+[a-z]+s\b)", re.IGNORECASE),
    ),
    "distance": (
        # "What was the range of the missile", "the ICBM's range": how far a thing that flies can go (not "the range
        # of the estimates", nor "why a long-range missile").
        re.compile(r"\bhow far\b|\bwhat distance\b|\bwhat(?:['’]?s|\s+(?:is|was|are|were))?\s+(?:the\s+|its\s+)?range\b"
                   r"(?!\s+of\b)|\brange\s+of\s+(?:(?!(?:of|for|on|in)\b)[\w’'-]+\s+){0,3}?" + _FLIERS +
                   r"|" + _FLIERS + r"['’]s?\s+range\b", re.IGNORECASE),
        re.compile(r"\b(?:km|kilomet\w*|miles?|met(?:er|re)s?|nautical)\b", re.IGNORECASE),
    ),
    "percentage": (
        # An approval rating is a share of those asked ("yoon approval rating pre/post the trip").
        re.compile(r"\bwhat (?:percentage|percent|proportion|share)\b|\bwhat\s*%|\bhow many (?:percent\b|%)|"
                   r"\b(?:approval|popularity|favou?rability|poll(?:ing)?)\s+(?:ratings?|numbers|figures)\b", re.IGNORECASE),
        # "a third of", "two-thirds", "half of": a share ("third most populous", "half-century" are none)
        re.compile(r"%|\bper ?cent\b|\bpercentage\b|\b(?:a|one|two|three)[-\s](?:half|thirds?|quarters?|fifths?)\b|"
                   r"\bhalf\s+(?:of|the)\b|\bmajority\b|\bone in \w+\b", re.IGNORECASE),
    ),
    "height": (  # "how high are the tariffs": a rate answers too
        re.compile(r"\bhow high\b|\b(?:what|which) (?:altitude|height)\b|\bhow tall\b", re.IGNORECASE),
        re.compile(r"\b(?:km|kilomet\w*|miles?|met(?:er|re)s?|f(?:ee|oo)t|ft)\b|%|\bper ?cent\b", re.IGNORECASE),
    ),
    "length of time": (
        re.compile(r"\bhow long\b|\bfor how many (?:years|months|weeks|days|hours|decades)\b|\bflight time\b",
                   re.IGNORECASE),
        re.compile(r"\b\d+(?:\.\d+)?[-\s](?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|"
                   r"centur(?:y|ies))\b|"
                   r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few)[-\s]"
                   r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))\b|"
                   r"\bfrom (?:1[89]|20)\d\d\s*(?:to|until|-|–)\s*(?:1[89]|20)\d\d\b|"
                   r"\b(?:1[89]|20)\d\d\s*(?:-|–)\s*(?:1[89]|20)\d\d\b", re.IGNORECASE),
    ),
    "frequency": (  # "how often do you get the jab": a frequency, "twice a year", "every six months"
        re.compile(r"\bhow (?:often|frequently)\b|\bhow many times (?:a|an|per|each|every)\b", re.IGNORECASE),
        re.compile(r"\b(?:once|twice|thrice|\w+ times)(?:\s+(?:a|an|per|each|every)\s+\w+|-(?:yearly|weekly|daily|"
                   r"monthly))|\bevery\s+(?:\w+\s+)?"
                   r"(?:days?|weeks?|months?|years?|hours?|minutes?)\b|\b(?:annually|biannually|quarterly|fortnightly)\b|"
                   # "daily", "a day" alone are too often something else ("JoongAng Daily", "a day after the summit")
                   r"\bper (?:day|week|month|year)\b", re.IGNORECASE),
    ),
    "speed": (  # "how fast was he going": miles or kilometres an hour; "how fast are prices rising": a rate
        # Of something moving: "how fast did the fire spread", "how fast can they get the tanks" ask other paces.
        re.compile(r"\bhow fast\b(?=.*\b(?:go|goes|going|went|driv\w*|drove|travel\w*|fl(?:y|ies|ying|ew)|run|runs|"
                   r"running|ran|moving|sail\w*|speed\w*)\b)|\bwhat speed\b", re.IGNORECASE),
        re.compile(r"\d[\d,.]*\s*(?:mph|km/h|kph|knots?)\b|\bmach\s*\d|\d[\d,.]*\s*(?:miles|kilomet(?:er|re)s)\s+"
                   r"(?:an|per)\s+hour\b|\d\s*%|\d\s*per ?cent\b", re.IGNORECASE),
    ),
    "age": (
        # "How old is the suspect", "at what age did she die", "what was his age": years of age. A passage with
        # another figure ("fired its fourth missile in the presence of his daughter") tells no age. Not "his age"
        # spoken of ("questions about his age").
        re.compile(r"\bhow old\b|\b(?:at\s+)?what age\b|\bwhat(?:['’]?s|\s+(?:is|was|are|were))\s+(?:the\s+)?"
                   r"(?:(?:his|her|their|its)\s+)?age\b", re.IGNORECASE),
        # "84 years old", "a 3,000-year-old tree", "aged 39", "at the age of 12", "died at 84", "Albright, 84, died",
        # "Smith (39)", "in her 80s"
        re.compile(r"\b[\w,.]+[-\s](?:years?|yrs?|months?|weeks?|days?)[-\s]old\b|\baged\s+\d|\b(?-i:age)\s+\d|"
                   r"\bage\s+of\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                   r"\w+ty)\b)|\bdied\s+at\s+\d|\b(?-i:[A-Z])[\w’'-]+,\s\d{1,3}(?=,\s|\.(?!\d)|\s)|"
                   r"\b(?-i:[A-Z])[\w’'-]+\s\(\d{1,3}\)|\b(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?"
                   r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b|"
                   r"\b(?:centur(?:y|ies)|millennia|decades?)[-\s]old\b", re.IGNORECASE),
    ),
    "population": (
        # "What is the population of Seoul", "how many people live there": residents counted, not any figure (not
        # "why is the population shrinking").
        re.compile(r"^\W*(?:what(?:['’]?s|\s+(?:is|was|are|were))\s+(?:the\s+)?|how\s+(?:big|large)\s+(?:is|was)\s+"
                   r"(?:the\s+)?)?population\s+of\b|\bwhat(?:['’]?s|\s+(?:is|was))\s+(?:the\s+|its\s+)?population\b|"
                   r"\bhow populous\b|\bhow many (?:people|residents|inhabitants) (?:live|lives|living)\b", re.IGNORECASE),
        # "a city of 9.4 million residents", "a population of about 10 million", "the most populous"
        re.compile(r"\d[\d,.]*\s*(?:million|billion|thousand)?\s+(?:people|residents|inhabitants)\b|"
                   r"\bpopulation\s+(?:of|is|was|stands at|at)\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|"
                   r"more than\s+|roughly\s+)?\d|\b(?:most|least|second|third)[-\s](?:most\s+)?populous\b",
                   re.IGNORECASE),
    ),
    "time of day": (
        re.compile(r"\bwhat time\b", re.IGNORECASE),
        re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|"  # "3.01pm", "5pm"
                   r"\b(?:a\.m\.|p\.m\.|am|pm|o'clock|noon|midnight|morning|evening)\b", re.IGNORECASE),
    ),
}
# "What's the foundation called", "what was the operation called": the name of the thing between.
# "what was the show called", "what is Deborah James's podcast called"
_CALLED = (r"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|that|this|its|their|his|her|"
           r"(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*))*['’]s?)\s+"
           r"((?:[A-Za-z][\w’'-]*\s+){1,4}?)called\b(?!\s+(?:for|on|off|out|in|up|back)\b)")
# "Which name has the foundation": the name of what follows.
_NAME_HAS = (r"\b(?:what|which)\s+names?\s+(?:has|had|have)\s+(?:the |a |an |this |that |its |their )?"
             r"((?:[A-Za-z][\w’'-]*\s*){1,7})")
_NAME_OF = re.compile(r"\b(?:the )?names? of\b|\bwhat (?:is|was|are|were) (?:it|they|he|she) called\b|\bcalled what\b|"
                      # "do we have a name?", "what's his name", "…, name?"
                      r"\bwhat(?:['’]?s| is| was)\s+(?:his|her|their|its)\s+names?\b|"
                      r"\b(?:do we|is there|are there)\s+(?:have\s+)?(?:a|any)\s+names?\b|"
                      r"(?:^|[,;:]\s*)names?\s*\??\s*$|" + _NAME_HAS + "|" + _CALLED,
                      re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@functools.lru_cache(maxsize=1024)
def _measure(question: str) -> str | None:
    """The kind of quantity a "how much / how far / what time" question asks for, when it says."""
    return next((name for name, (asks, _) in _MEASURES.items() if asks.search(question)), None)


# "How many people…": persons counted under any word for them ("recipients", "protesters", "children"). General
# English: the plain words for persons, and agent nouns made from a verb; near "people" in meaning as well.
_PEOPLE_COUNTED = frozenset(terms("people persons individuals folks"))
_PERSONS = frozenset(
    "people persons men women children kids adults victims residents staff members fans citizens civilians troops "
    "soldiers police patients guests families refugees migrants immigrants survivors youths teens babies recipients "
    "students participants applicants passengers workers users agents officers honorees nominees".split())
_AGENT_ENDING = re.compile(r"^(\w{2,}?)(?:ers|ors|ees|ists)$")  # "voters", "protesters", "trainees": who does it
_PERSONS_ALIKE = 0.3  # below the usual 0.5: "people" and "recipients" are 0.36 apart in MiniLM


def _names_persons(word: str) -> bool:
    """Whether ``word`` (lower case, plural) names persons: a plain word for them, or one who does what a verb says
    ("voters", "protesters", "trainees"; not "containers" or "numbers", whose stems are no such verbs)."""
    from lemminflect import getAllLemmas

    if word in _PERSONS:
        return True
    m = _AGENT_ENDING.match(word)
    if not m:
        return False
    stem = m.group(1)
    verbs = {stem, stem + "e"} | ({stem[:-1]} if stem[-1:] == stem[-2:-1] else set())  # "vot-e", "shoot", "swim-m"
    return any("VERB" in getAllLemmas(v) and v not in _THING_VERBS for v in verbs)


_THING_VERBS = frozenset("contain compute numb let order compress".split())  # things named for their use
_HOW_MANY = re.compile(r"\bhow many\s+(?:of\s+the\s+)?([A-Za-z][\w-]*)", re.IGNORECASE)
_AUXILIARIES = frozenset("has have had did do does is are was were will would can could should".split())


def _counted(question: str) -> str | None:
    """What a "how many" question counts: the last word of the noun phrase after it ("launches" in "how many
    ICBM launches has…", "years" in "how many years did…")."""
    phrase = _counted_phrase(question)
    return phrase[-1] if phrase else None


def _counted_phrase(question: str) -> list[str]:
    """The words of the noun phrase a "how many" question counts, lower case ("conglomerate", "bosses")."""
    m = _HOW_MANY.search(question)
    if not m:
        return []
    from lemminflect import getAllLemmas

    head = m.group(1)
    phrase = [head.lower()]
    # "how many Patriot Front guys": a name, then what is counted of it; "how many ICBMs North Korea has fired":
    # the name is who fired them, and the phrase ends before it.
    named: list[str] | None = [] if head[:1].isupper() else None
    for token in question[m.start(1) :].split()[1:4]:
        raw = token.strip("?,.!")
        w = raw.lower()
        if named is not None and raw[:1].isupper() and raw.isalpha():
            named.append(w)
            continue
        lemmas = getAllLemmas(w)
        if named:
            if w.isalpha() and w not in STOPWORDS and "NOUN" in lemmas:
                phrase += [*named, w]
            break
        named = None
        if not w.isalpha() or w in STOPWORDS or w in _AUXILIARIES or "NOUN" not in lemmas or raw[:1].isupper():
            break  # the phrase ends at a verb ("went"), a small word or a name ("…missiles North Korea fired")
        if "VERB" in lemmas and not (w.endswith("s") and not (head.lower().endswith("s") and not head.isupper())):
            break  # "people work at": a verb after a plural; "ICBM launches has", "US troops are": a plural noun
        head = w
        phrase.append(w)
    return phrase


_COUNT_WINDOW = 4  # words between a figure and the thing it counts ("40 trilateral meetings")
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
_YEAR_RANGE = re.compile(r"\b(?:1[89]|20)\d\d\s*(?:to|-|–|until)\s*(?:1[89]|20)\d\d\b")
# Units are not interchangeable, however alike their words ("12 years" does not say how many days).
_UNITS = frozenset(terms("second minute hour day week month year decade century percent mile kilometer ton"))


_NAME_OF_PHRASE = re.compile(r"\bnames? of (?:the |a |an |this |that |its |their )?((?:[A-Za-z0-9][\w’'-]*\s*){1,7})|"
                             r"\bwho(?:['’]?s|\s+is|\s+was)\s+(?:the|that|this)\s+((?:[A-Za-z][\w’'-]*\s*){1,5})|"
                             + _NAME_HAS + "|" + _CALLED, re.IGNORECASE)
# "the foundation, X" / "spokesperson X" / "the town of X"
_NAME_LINK = r"(?:\s*,\s*|\s*\(\s*|\s+(?:called|named|dubbed|known as)\s+|\s+of\s+(?:the\s+)?|\s+)"
_CAPITALISED_RUN = r"[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|de)?\s*[A-Z][\w’'.-]*)*"


def _named_head(question: str) -> str | None:
    """The thing whose name "what's the name of the X who/that…" asks for: the last word of the noun phrase
    after "name of" ("spokesperson" in "the chinese foreign ministry spokesperson who commented")."""
    phrase = _named_phrase(question)
    return phrase[-1] if phrase else None


def _named_phrase(question: str) -> list[str]:
    """The words of the noun phrase whose name "what's the name of the X who/that…" asks for, lower case
    (["japanese", "foreign", "minister"])."""
    from lemminflect import getAllLemmas

    m = _NAME_OF_PHRASE.search(question)
    if not m:
        return []
    phrase: list[str] = []
    plural = False  # whether the phrase so far ends with a noun in the plural
    noun = False  # whether the phrase so far ends with a noun in lower case
    tokens = next(g for g in m.groups() if g).split()  # "the name of the X", "who is the X …, his name?"
    for i, token in enumerate(tokens):
        low = token.lower()
        lemmas = getAllLemmas(low)
        if low in STOPWORDS or low.endswith("ing") or ("VERB" in lemmas and "NOUN" not in lemmas):
            break
        if phrase and token[:1].isupper() and (plural or (noun and not _noun_follows(tokens[i:]))):
            # "the names of the 3 chemicals Japan freed", "the name of the missile North Korea launched": a name
            # after a thing named in lower case opens what was done to it; unless a noun follows the name ("the
            # opposition Democratic Party leader").
            break
        # …not after a name: "the Times Square victims" is one phrase; nor after a word that describes ("the new
        # Samsung chief").
        noun = token.islower() and "NOUN" in lemmas and "ADJ" not in lemmas
        plural = token.islower() and low != (getAllLemmas(low).get("NOUN") or (low,))[0]
        phrase.append(low)
    # "the ambassador guy who went on CNN": a word for anybody after the office held asks that one's name.
    return phrase[:-1] if len(phrase) > 1 and phrase[-1] in _ANYBODY and phrase[-2] in _ROLE_HEADS else phrase


def _noun_follows(tokens: Sequence[str]) -> bool:
    """Whether the first word in lower case after the capitalised words ``tokens`` opens with is a noun, and no
    verb ("leader" after "Democratic Party"; not "launched" after "North Korea")."""
    from lemminflect import getAllLemmas

    after = next((t.lower() for t in tokens if not t[:1].isupper()), None)
    lemmas = getAllLemmas(after) if after else {}
    return "NOUN" in lemmas and "VERB" not in lemmas


# Kinds of thing whose instances have names, in groups of words for one kind: "which companies", "what
# restaurant", "which newspaper" want a name the question lacks ("Samsung", "NHK"), where "which chemicals" or
# "which dishes" may be answered in common words; a passage may name them under another word of the group ("the
# leaders of four major conglomerates, Samsung, Hyundai…"). General English, not the corpus's.
_NAMED_KINDS = (
    "company companies firm firms corporation corporations conglomerate conglomerates business businesses bank banks "
    "automaker automakers chaebol store stores shop shops chain chains brand brands retailer retailers airline "
    "airlines station stations",
    "team teams club clubs franchise franchises",
    "agency agencies organization organizations",
    "restaurant restaurants hotel hotels venue venues stadium stadiums",
    "city cities town towns province provinces island islands airport airports",
    "university universities school schools college colleges",
    "newspaper newspapers broadcaster broadcasters network networks channel channels",
)  # not people: "which official told AFP" is answered by "a South Korean defense ministry official"
_KIND_OF = {w: group.split() for group in _NAMED_KINDS for w in group.split()}
# "Which country…", "what nation…": the name of a country (or its capital, as news names a government) answers.
_COUNTRY_HEADS = frozenset("country countries nation nations".split())
# "Which judge…", "which spokesperson…": a person in a role. A passage that tells of that role answers, named or
# not ("which official told AFP": "a South Korean defense ministry official told AFP"); one that never speaks of it
# does not, whoever else it names ("according to Assistant U.S. Attorney … Fitzpatrick" names no judge).
_ROLE_HEADS = frozenset(
    "spokesperson spokesman spokeswoman minister ministers senator senators judge judges lawmaker lawmakers ambassador "
    "diplomat diplomats prosecutor prosecutors lawyer lawyers attorney analyst analysts professor reporter reporters "
    "journalist journalists editor ceo executive coach player players official officials doctor doctors physician "
    "scientist scientists researcher researchers economist economists mayor governor".split())
_WHICH_NAMED = re.compile(
    rf"(?:^\W*(?:(?:and|so|ok)\s+)?what|\bwhich)\s+((?:(?!(?:{'|'.join(sorted(_AUXILIARIES))}|the|a|an)\b)"
    rf"[\w’'-]+\s+){{0,3}}?)({'|'.join(sorted({*_KIND_OF, *_COUNTRY_HEADS, *_ROLE_HEADS}, key=len, reverse=True))})\b",
    re.IGNORECASE)


def _which_named(question: str) -> str | None:
    """The kind of named thing ``question`` asks which one of ("companies" in "which korean companies fund it")."""
    m = _WHICH_NAMED.search(question)
    return m.group(2).lower() if m else None


def _modifies_a_noun(rest: str) -> bool:
    """Whether the word a phrase's last word is followed by in ``rest`` is a noun it qualifies ("missile" in "missile
    launch"): a word English lists as a noun, in lower case, not ending as a verb's past or -ing form does. Unlike
    _noun_follows, a word that is a verb too counts ("launch"): after a noun, a verb would agree with it ("launches")."""
    from lemminflect import getAllLemmas

    m = re.match(r"\s+([a-z]+)\b", rest)
    return bool(m) and m.group(1) not in STOPWORDS and not m.group(1).endswith(("ed", "ing")) and (
        "NOUN" in getAllLemmas(m.group(1)))


def _names_the(head: str, text: str, question: str) -> bool:
    """Whether ``text`` gives the name of a ``head`` ("foundation"): the head inside a name ("the Foundation
    for Victims"), or a name right after it ("spokesperson Wang Wenbin", "a fund, called X,") or in
    apposition before it ("Wang Wenbin, the ministry's spokesperson"). A name the question already has
    does not count, and neither does a passage without the head: it speaks of something else."""
    known = {t for w in words(question) for t in terms(w)}
    stem = terms(head)[:1]
    if not stem:
        return False

    def fresh(run: str) -> bool:  # a word or a number the question lacks ("Channel 9")
        return any(terms(w)[:1] and terms(w)[0] not in known and terms(w)[0] != stem[0] for w in words(run)) or bool(
            numbers(run) - numbers(question))

    # "Southern California and UCLA will leave the Pac-12…, the schools announced": the names the sentence opens
    # with, which "the schools" later in it points back to (see below). Only for several: "the schools".
    opening = re.match(rf"\W*(?:[A-Z]{{2,}}\s+[—–-]\s+)?(?:\(\w+\)\s+)?({_CAPITALISED_RUN})", text) \
        if head.endswith("s") else None
    for m in _TOKEN.finditer(text):
        if terms(m.group())[:1] != stem:
            continue
        if m.group()[:1].isupper():  # the head is part of a name: that name, written out
            around = re.search(rf"(?:{_CAPITALISED_RUN}\s+)?\S*$", text[: m.start()])
            after = re.match(r"(?:\s+(?:of|for|and|the|de)?\s*[A-Z0-9][\w’'.-]*)*", text[m.end() :])
            run = (around.group() if around else "") + m.group() + (after.group() if after else "")
            if fresh(run):
                return True
        after = re.match(rf"{_NAME_LINK}({_CAPITALISED_RUN})", text[m.end() :])
        if after and fresh(after.group(1)):
            return True
        before = re.search(rf"({_CAPITALISED_RUN})\s*,\s*(?:[\w’'-]+\s+){{0,4}}$", text[: m.start()])
        if before and _modifies_a_noun(text[m.end() :]):
            before = None  # "off the Korean Peninsula, its fourth ballistic missile launch": a launch, no missile
        if before and fresh(before.group(1)) and (before.start(1) > 0 or len(before.group(1).split()) > 1):
            return True
        # The opening names, pointed back to by "the schools": two or more ("X and Y", "X, Y and Z"), as the
        # schools are several; one opening name is as often whoever speaks of them ("Joe Biden said the companies
        # would pay"), and a sentence's first word is no name ("Losing the two schools…").
        back = re.search(r"\b(?:the|both|these|those)\s+(?:[\w’'-]+\s+)?$", text[: m.start()], re.IGNORECASE) \
            if opening else None
        if opening and back and back.start() >= opening.end() and fresh(opening.group(1)):
            named = [n for n in re.split(r"\s*,\s*|\s+and\s+", opening.group(1)) if n[:1].isupper()]
            if len(named) > 1 and not any(_not_of_the_kind(n, text, head) for n in named):
                return True
    return False


_PEOPLE_ADJECTIVE = re.compile(r"(?:ese|ish|ian|ean|ican|an|ic|i)$")  # "japanese", "british", "korean", "thai"
_LAND_FEATURE = re.compile(r"\b(?:Peninsula|Sea|Ocean|Strait|Gulf|Bay|River|Mountains?|Island|Islands|Desert|Coast)\b")
_COMMON_ADJECTIVE = 0.35  # specificity under which "Japanese", "English" are words of English, no rare name
_PERSON_TITLE = re.compile(r"\b(?:President|Minister|Chancellor|Premier|King|Queen|Emperor|Ambassador|"
                           r"Governor|Senator|Mayor|Secretary|Chairman|Mr|Mrs|Ms|Dr|Professor|Prof)\b")  # "Prime Minister"


def _not_of_the_kind(name: str, text: str, head: str) -> bool:
    """Whether ``name``, in ``text``, is surely no name of a ``head`` (a kind of named thing, never a person:
    see _NAMED_KINDS): a person's, with a title; a people's or a language's; a country's or a sea's or
    peninsula's (unless islands are asked for); or one that ``text`` only has as a broadcaster's or paper's
    ("public broadcaster NHK", unless networks are asked for) or as an owner ("Yoon’s request")."""
    if _PERSON_TITLE.search(name):
        return True  # "President Yoon Seok-youl" is somebody, not a place, a firm or a restaurant
    if all(w.lower() in COMPASS or (re.search(r"(?:ese|ish|ian|ean|ican|man)$", w)
                                     and specificity(w) < _COMMON_ADJECTIVE) for w in name.split()):
        return True  # "Japanese", "English", "East Asian": whose or which language, no name of a thing
    places, media = head in _KIND_OF["city"], head in _KIND_OF["network"]

    def country(part: str) -> bool:  # a capital is a city, and so is a city-state ("Singapore")
        capital = country_of(re.sub(r"[’']s?$", "", part))
        return (a_country(part) or bool(capital)) and not (places and capital)

    if not head.startswith("island") and (_LAND_FEATURE.search(name) or all(
            country(part) for part in re.split(r"[-–]", name))):  # "Japan-South Korea" relations
        return True  # "Japan", "the US", "the Korean Peninsula": no firm or network, nor city
    n = re.escape(name)
    mentions = list(re.finditer(rf"\b{n}(?:[’']s?)?(?=\W|$)", text))
    if not mentions:
        return False
    for m in mentions:
        after, before = text[m.end():], text[: m.start()]
        run = re.search(r"(?:[A-Z][\w’'.-]*\s+)+$", before)
        if run and _PERSON_TITLE.search(run.group()):
            continue  # the rest of a titled name ("President Yoon Seok-youl" where the question has "Yoon")
        if (not media and re.search(r"\b(?:broadcaster|newspaper|agency|network|channel|outlet|daily|website)\s+$",
                                    before)) or (re.search(r"[’']s?$", m.group()) and _owned(after)):
            continue
        return False
    return True


def _owned(after: str) -> bool:
    """Whether the words ``after`` a possessive name are a thing it owns ("’s request", "’s office"), not the
    rest of a contraction ("’s been preparing", "’s also guilty")."""
    from lemminflect import getAllLemmas

    m = re.match(r"\s+([a-z]+)", after)
    if not m:
        return False
    lemmas = getAllLemmas(m.group(1))
    return bool({"NOUN", "ADJ"} & set(lemmas)) and "AUX" not in lemmas


# "The first such meeting in 12 years": the time since the last one, not how long this one lasted; it answers
# "how long since…" only.
_FIRST_IN = re.compile(r"\bfirst\b[^.;:]{0,60}?\b(?:in|for)\s+(?:(?:more than|over|nearly|almost|about|some)\s+)?"
                       r"[\w-]+[-\s](?:years?|decades?|months?|weeks?)\b", re.IGNORECASE)
_SINCE_ASKED = re.compile(r"\b(?:since|ago|been|last\s+(?:time|met|meeting|visit))\b", re.IGNORECASE)


# "How much did…", "how many … were": a figure of something done, asked in the past.
_ASKED_DONE = re.compile(r"^\W*(?:(?:and|so|ok)\W+)?how\s+(?:much|many)\b(?:(?!\b(?:will|would|could|can|expected|"
                         r"going|gonna|set|plan\w*|likely)\b).)*?\b(?:did|was|were|had)\b", re.IGNORECASE)
# Words that make a figure after them in its clause one only expected, feared or possible.
_SUPPOSED_FIGURE = re.compile(r"\b(?:expect\w*|likely|could|would|may|might|forecast\w*|project\w*|predict\w*|"
                              r"face[sd]?\s+up\s+to|set\s+to|plans?\s+to|going\s+to|hop(?:e|es|ed|ing)\s+to)\b",
                              re.IGNORECASE)


def _figures_supposed(text: str, question: str, unit: str | None = None) -> bool:
    """Whether every figure of ``text`` the question lacks (in ``unit``, when one is asked for) stands after a
    word that makes it only expected or possible within its clause ("is widely expected to raise … by at least
    75 basis points", "face up to 20 years"); False when it has none."""
    asked = numbers(question)
    pattern = _MEASURES[unit][1] if unit is not None else re.compile(r"\d[\d,.]*")
    found = [m for m in pattern.finditer(text) if not numbers(m.group()) <= asked]
    phrase = _counted_phrase(question) if unit is None else None
    if phrase:  # "how many years": the figures of years ("face up to 20 years"), not an age ("Balwani, 57,")
        counted = set(terms(phrase[-1])[:1])
        found = [m for m in found if counted & set(terms(" ".join(text[m.end():].split()[:3])))] or found
    return bool(found) and all(
        _SUPPOSED_FIGURE.search(re.split(r"[;.!?]|,\s+(?:but|and|while)\b", text[: m.start()])[-1]) for m in found)


def _gives(
    kind: str, unit: str | None, text: str, question: str, head: str | None = None,
    alike: Callable[..., set[str]] | None = None,  # (word, candidates[, threshold]) -> those alike
) -> bool:
    """Whether ``text`` holds an answer of the kind asked for: a date, a name (of a ``head`` when the question
    names what it wants the name of), or a figure (in ``unit`` if one is asked for; a year is no count;
    "how many X" wants a figure next to an X)."""
    if kind == "name" and head in _ROLE_HEADS and _which_named(question) == head and not _NAME_OF.search(question):
        return bool(set(terms(head)) & set(terms(text)))  # as written: "attorney" and "court" are near "judge"
    if kind == "name" and head in _COUNTRY_HEADS:
        # "What country elected…": a passage that names none ("Abe first became Japanese prime minister") does not
        # answer, whatever else it names.
        return any(a_country(n) or ((seat := country_of(n)) is not None and seat not in question.lower())
                   for n in answer_names(text, question, near=False))  # "Tokyo" names no other than "Japan"
    if kind == "name" and head:
        # "The name of the Japanese foreign minister": a passage naming the prime minister names another one; the
        # words before the head that narrow it must be there too.
        # Not whose: a people ("Japanese") or a side ("north") is often left out ("Foreign Minister Hayashi").
        narrowing = [w for w in _named_phrase(question)[:-1] if w.isalpha() and specificity(w) >= _FOCUS_SPECIFIC
                     and w not in COMPASS and not _PEOPLE_ADJECTIVE.search(w)]
        if narrowing and not all(set(terms(w)) <= set(terms(text)) for w in narrowing):
            return False
        if _names_the(head, text, question):
            return True
        if head not in _KIND_OF and head not in _ROLE_HEADS and any(
                set(terms(m.group(1) or m.group(2))) & set(terms(head)) and not _COUNTED_ITEM.search(m.group(3))
                for m in _LISTED.finditer(text)):
            # "the names of the 3 chemicals": "three chemicals, fluorinated polyimide, hydrogen fluoride…" names
            # them; "three suspects, two men and a woman" tells only what they are.
            return True
        kinds = [w for w in _KIND_OF.get(head, ()) if w != head and re.search(rf"\b{w}\b", text, re.IGNORECASE)]
        if _which_named(question) == head and not kinds and not re.search(rf"\b{head}\b", text, re.IGNORECASE):
            # "Which city…": "the mayor of Riverton", "CNN projected…", "According to The Ledger" name one
            # without the word for its kind, and a name's kind is not told by its letters: only a passage that
            # speaks of the kind ("funded by private Korean companies") shows it names none. It must name one
            # that could be of the kind, though: no person, people, country, sea or owner ("Yoon's request").
            return any(not _not_of_the_kind(n, text, head) for n in answer_names(text, question, near=False))
        # "Which companies went with him": "the leaders of four major conglomerates, Samsung, Hyundai…" names
        # them under another word for the kind.
        return any(_names_the(w, text, question) for w in kinds)
    if kind == "date":
        if not _ASKS_SPEECH.search(question):
            text = _SPEECH_DATE.sub(" ", text)  # "told AFP on Saturday": when it was said, not when it happens
        return has_answer_type(kind, text, question) or bool(_RELATIVE_TIME.search(text))
    if kind != "number":
        return has_answer_type(kind, text, question)
    if unit == "frequency":
        return has_answer_type(kind, text, question)  # a frequency or a count
    if unit is not None:
        if unit == "length of time" and not _SINCE_ASKED.search(question):
            text = _FIRST_IN.sub(" ", text)  # "the first such meeting in 12 years" says nothing of how long it ran
        return bool(_MEASURES[unit][1].search(text))
    text = with_compound_figures(text)
    phrase = _counted_phrase(question)
    counted = phrase[-1] if phrase else None
    head = terms(counted) if counted else []
    if head and head[0] in ("year", "decad") and _YEAR_RANGE.search(text):
        return True  # "from 1910 to 1945" says how many years
    if head == ["time"] and _TIMES_OVER.search(text):
        return True  # "how many times did they clash": "twice on the border"
    figures = {n for n in numbers(text) - numbers(question) if not _YEAR.match(n)}
    ordinals = {t for t in words(text) if t.lower() in _ORDINALS} if head else set()
    amount = not head and bool(_HOW_MUCH.search(question))  # "how much…" asks an amount, not a count
    if amount and _AMOUNT_SAID.search(text):
        return True  # "a third of the area", "prices doubled"
    if not figures and not ordinals:
        return False
    if amount:
        # "How much does each victim get": an amount; a figure that counts things ("four major conglomerates",
        # "the two countries") is none.
        tokens, money = words(text), bool(_ASKS_MONEY.search(question))
        return any(not _counts_things(tokens, i, money=money) for i, t in enumerate(tokens) if numbers(t) & figures) \
            or bool(re.search(r"\d\s*%|[$€£¥]\s*\d", text))
    if not head:
        return True
    if head[0] not in set(terms(text)) and alike is None:
        return True  # the text may name what is counted otherwise ("conglomerates" for "companies")
    tokens = words(text)
    stems = [terms(t)[:1] for t in tokens]
    # A country before what is counted says whose ("US troops"): "two countries allied with the United States"
    # counts no troops ("ICBM", "Samsung" do narrow what is counted).
    countries = {w.lower() for w in re.findall(r"\b[A-Z][\w-]*", question) if a_country(w) or country_of(w)}
    modifiers = {t for w in phrase[:-1] if specificity(w) >= _FOCUS_SPECIFIC and w not in countries for t in terms(w)}
    # What each figure may count, named otherwise ("four conglomerates" for "how many companies"): the words
    # after the figures, judged in one batch. Units are never named otherwise ("12 years" is no count of days).
    near = {tokens[j] for i, t in enumerate(tokens) if numbers(t) & figures
            for j in range(i + 1, min(len(tokens), i + 1 + _COUNT_WINDOW))
            if tokens[j].isalpha() and tokens[j] not in STOPWORDS}
    similar = alike(counted, sorted(near)) if alike is not None and counted and head[0] not in _UNITS else set()
    if alike is not None and head[0] in _PEOPLE_COUNTED:
        # "How many people are getting the medal": "17 recipients" are people, as are any persons counted by what
        # they do or are; word vectors put "people" as near "cars" as "recipients", so the word must name persons.
        similar |= {w for w in alike(counted, sorted(near), _PERSONS_ALIKE) if _names_persons(w)}
    # "How many people reported getting sick": "470 reports of illness" counts the act asked about, named by its
    # noun ("31 arrests" for "how many were arrested").
    acts = _counted_acts(question, phrase) if head[0] not in _UNITS else set()
    for i, token in enumerate(tokens):
        figure = bool(numbers(token) & figures)
        if not figure and token not in ordinals:  # an ordinal counts so far ("the fourth ICBM launch")
            continue
        if head[0] in _AGE_UNITS and tokens[i + 1 : i + 3] in (["year", "old"], ["years", "old"]):
            continue  # "the 58-year-old actor": an age, no count of years he did something
        after = range(i + 1, min(len(tokens), i + 1 + _COUNT_WINDOW))
        if any(head[0] in (stems[j] or [""]) or (stems[j] or [""])[0] in modifiers for j in after):
            return True  # the thing counted, or the word the question puts before it ("four conglomerates")
        # Named otherwise, it is the noun the figure counts: "two countries allied with…" counts no "allies".
        if figure and any(tokens[j] in similar or (stems[j] or [""])[0] in acts for j in _up_to_noun(tokens, after)):
            return True
    return False


_AGE_UNITS = frozenset(terms("year"))
# How often a thing happened, told by a word for it rather than a figure.
# Not "once", which is as often "formerly" or "as soon as" ("the once-close allies", "Once the deal takes effect"), nor
# "twice as large".
_TIMES_OVER = re.compile(r"\b(?:twice|thrice)\b(?!\s+(?:as|the)\b)", re.IGNORECASE)


def _up_to_noun(tokens: Sequence[str], after: range) -> list[int]:
    """The indices of ``after`` up to the first noun that is no adjective too, and a noun right after it ("four
    major conglomerates": up to "conglomerates"; "two countries allied": up to "countries")."""
    from lemminflect import getAllLemmas

    out = []
    for j in after:
        out.append(j)
        lemmas = getAllLemmas(tokens[j])
        if "NOUN" in lemmas and "ADJ" not in lemmas and tokens[j].isalpha():
            if j + 1 in after and "NOUN" in getAllLemmas(tokens[j + 1]) and tokens[j + 1].isalpha():
                out.append(j + 1)  # a compound's second noun: "470 illness reports", "service members"
            break
    return out


_DETERMINERS = frozenset("the a an its their his her this that these those".split())
# A phrase opened by a determiner (or "any", "some", "no", "our"), up to the word after it ("the dinner …").
_AFTER_DETERMINER = re.compile(
    rf"\b(?:{'|'.join(sorted(_DETERMINERS | {'any', 'some', 'no', 'our'}))})\s+(?:[a-z]+\s+){{0,2}}$")


def _counted_acts(question: str, phrase: Sequence[str]) -> set[str]:
    """The terms of the verbs after what a "how many" question counts (its ``phrase``, see _counted_phrase:
    "report" in "how many people reported getting sick"), whose nouns count the same acts ("470 reports"): not
    auxiliaries, nor light verbs."""
    from lemminflect import getAllLemmas

    m = _HOW_MANY.search(question)
    if not m:
        return set()
    tail = question[m.end(1) :].split()[len(phrase) - 1 :]
    found = set()
    for i, token in enumerate(tail):
        w = token.strip("?,.!").lower()
        if not w.isalpha() or w in STOPWORDS or w in _AUXILIARIES:
            continue
        if i and tail[i - 1].lower() in _DETERMINERS:
            continue  # "did the police arrest": a noun after "the", not the act
        if "VERB" in getAllLemmas(w):
            found.update(t for t in terms(w) if t not in _LIGHT_VERBS)
            break  # the first verb is the act counted; later ones say what it was about
    return found


_HOW_MUCH = re.compile(r"\bhow\s+much\b", re.IGNORECASE)
_DURATIONS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years".split())
# Words after a figure that make it an amount, not a count of things: units of measure, multiples, big numbers,
# money. A word that ends like a unit ("kilowatts", "millilitres") is one too.
_AMOUNT_WORDS = frozenset(
    "percent per cent cents pence penny times point points million millions billion billions trillion thousand "
    "thousands hundred hundreds dozen dollar dollars yen won euro euros pound pounds yuan rupee rupees franc francs "
    "peso pesos real reais lei rand ruble rubles rouble roubles lira shekel shekels ton tons tonne tonnes barrel "
    "barrels bag bags inch inches foot feet yard yards mile miles acre acres hectare hectares degree degrees "
    "celsius fahrenheit kilo kilos ounce ounces gallon gallons knot knots".split()) | _DURATIONS
_UNIT_ENDINGS = re.compile(r"(?:metre|meter|gram|litre|liter|watt|byte|hertz)s?$")
# Amounts said in words: "a third", "half", "twice", "doubled".
_AMOUNT_SAID = re.compile(r"\b(?:half|halved|third|thirds|quarter|quarters|twice|double|doubled|doubling|triple|"
                          r"tripled|tripling|quadrupled)\b", re.IGNORECASE)
# Of money ("how much did they earn"), a span of time is no amount ("for eight months").
_ASKS_MONEY = re.compile(r"\b(?:earn\w*|cost\w*|pay|pays|paid|paying|spend\w*|spent|worth|price\w*|make|makes|"
                         r"made|get|gets|got|receive\w*|fund\w*|budget\w*|money|salar\w*|wage\w*)\b", re.IGNORECASE)


def _counts_things(tokens: Sequence[str], i: int, *, money: bool = False) -> bool:
    """Whether the figure at ``tokens[i]`` counts things: the first noun after it (past two adjectives at most)
    is a plural that no unit or sum names ("four major conglomerates"; not "3 million", "20 percent", "15
    inches"); asked about ``money``, a span of time counts too ("eight months")."""
    from lemminflect import getAllLemmas

    for word in tokens[i + 1 : i + 4]:
        if word in _AMOUNT_WORDS or _UNIT_ENDINGS.search(word):
            return money and word in _DURATIONS
        lemmas = getAllLemmas(word)
        nouns = lemmas.get("NOUN")
        if nouns and not (word == nouns[0] and "ADJ" in lemmas):  # "major" is a noun too, and here no count
            return word != nouns[0] and word.endswith("s")
    return False


_YES_NO_THING = 0.35  # specificity from which a thing a yes/no question asks about must be in the articles
_SAID_OTHERWISE = 0.55  # word cosine at which a passage's word says that thing ("fatalities": "deaths" 0.83)
_EVENT_CONTEXT = 8  # the passages whose words may say it


@functools.lru_cache(maxsize=4096)
def _thing_word(word: str) -> bool:
    """Whether ``word`` is only a noun in English dictionaries ("emperor"; not "apologize" nor "welcome")."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return set(lemmas) == {"NOUN"}


_SPECIFIC_MISSING = 0.5  # specificity in English from which a word a passage lacks makes it no answer
_DEMONYM_STEM = 2  # first letters a country's name shares with its people's ("Fr": "French", "Sw": "Swiss")
_ABSENT_SHARE = 0.5  # share of a question's names and figures missing from the articles found, from which it refuses


# "The 3 countries", "both 2 leaders": a count that points at things already named, not a figure to look up; nor
# is the length an answer is asked in ("a 3-line brief", "in 2 sentences").
_REFERRING_COUNT = re.compile(r"\b(?:the|these|those|all|both|its|their)\s+(\d+)\s+[a-z]+s\b|"
                              r"\b(\d+)[\s-]+(?:lines?|sentences?)\b", re.IGNORECASE)


def _referring_counts(question: str) -> set[str]:
    return {m.group(1) or m.group(2) for m in _REFERRING_COUNT.finditer(question)}


def _named_in(name: str, seen: set[str] | frozenset[str], lexicon: Lexicon | None) -> bool:
    """Whether the terms ``seen`` name ``name`` (a word of a name or a figure): as written, as another outlet spells
    it, by the expansion of an acronym ("WTO"), by its party ("GOP": "Republican") or by its capital ("Pyongyang")."""
    spellings = lexicon.spellings(name) if lexicon is not None else {name.lower()}
    if any(all(t in seen for t in terms(v)) for v in spellings):
        return True
    expansion = lexicon.expansion(name) if lexicon is not None else None
    if expansion and all(t in seen for t in terms(expansion)):
        return True
    if (party := party_name(name)) and all(t in seen for t in terms(party)):
        return True  # "GOP" where the articles write "Republican"
    country = country_of(name)  # news names a government by its capital ("Pyongyang" for North Korea)
    if country and all(t in seen for t in terms(country)):
        return True
    return any(all(t in seen for t in terms(c)) for c in country_of_people(name))  # "Japanese": Japan


# A word in capitals between "which"/"what" and the noun it qualifies: the kind asked for ("which TV station"), when
# English writes it every day (specificity at most this, zipf 5: "TV" 0.1; "UN" 0.29; "Ivy" 0.56).
_KIND_ASKED = re.compile(r"\b(?i:which|what)\s+([A-Z]{2,})[\s-]+(?=[a-z])")
_EVERYDAY_SPECIFICITY = 0.17


def _kind_asked(question: str) -> set[str]:
    """The word of everyday English written in capitals that tells the kind of thing ``question`` asks for, lower
    case: "tv" in "to which TV station" (the answer names it in its own words: "told CNN"); not a name ("which White
    House official", "which Ivy League school"), nor who acts ("what CNN said")."""
    from lemminflect import getAllLemmas

    found = set()
    for m in _KIND_ASKED.finditer(question):
        noun = words(question[m.end():])[:1]
        if noun and "NOUN" in getAllLemmas(noun[0]) and specificity(m.group(1).lower()) <= _EVERYDAY_SPECIFICITY:
            found.add(m.group(1).lower())
    return found


def absent_names(
    question: str, sources: Sequence[str], article_terms: Callable[[str], frozenset[str]], lexicon: Lexicon, *,
    top: int = 5, ignore: frozenset[str] = frozenset(),
) -> list[str]:
    """The names and figures of ``question`` that no article of the first ``top`` passages (``sources``)
    mentions, as written, as another outlet spells them, or by the expansion of an acronym; [] unless they
    are half of them or more. The corpus may know "Ivy League" from another story: the articles found must
    speak of it. A question is about its names, so when half or more are missing the articles found are about
    something else; one missing among several is background the question gives ("…an LGBTQ Pride event").
    One of two is no background: "why is Abramovich selling Arsenal", "why did they arrest the Canadian guy
    who fell in Vesuvius" ask of what the articles never tell ("Chelsea", "an American tourist")."""
    # Years are left to the time checks: an article dates its events by weekday more often than by year.
    counts = numbers(question, spelled=False) - _referring_counts(question)
    # So are months and weekdays ("what did Biden say in March"): a dateline may be all that has them.
    asked = {n for n in names(question) | counts if n not in STOPWORDS and not _YEAR.match(n)
             and not set(terms(n)) & _MONTHS_DAYS}
    asked = {n for n in asked if not any(t in ignore for t in terms(n))}
    asked -= _kind_asked(question)
    if not asked or not sources:
        return []
    written: dict[str, re.Match[str]] = {}  # as the question writes them ("21,000", "Ivy"), in its order
    for m in re.finditer(r"\d{1,3}(?:,\d{3})+|[^\W_]+", question):
        written.setdefault(m.group().replace(",", "").lower(), m)
    # A run of capitalised words is one name ("Ivy League"): missing when any of its words is.
    groups: list[list[str]] = []
    for run in NAME_RUN.finditer(question):
        parts = [p for p in re.findall(r"[^\W_]+", run.group().lower()) if p in asked]
        if parts:
            groups.append(parts)
    grouped = {p for g in groups for p in g}
    groups += [[n] for n in sorted(asked - grouped)]
    seen: frozenset[str] = frozenset().union(*(article_terms(s) for s in dict.fromkeys(list(sources)[:top])))
    excused = _named_otherwise(question, lambda w: all(t in seen for t in terms(w)))
    missing = [g for g in groups if not all(_named_in(n, seen, lexicon) or n in excused for n in g)]

    def unseen_country(g: list[str]) -> bool:
        # A country is no background: "why did NASA pick New Zealand for the launch" asks of a place the articles
        # found never speak of, nor of its people. Its people go by the first letters of its name's last word
        # ("Korean", "French", "Swiss"): any word starting so counts as spoken of, which errs toward answering.
        return a_country(" ".join(g).title()) and not any(t.startswith(g[-1][:_DEMONYM_STEM]) for t in seen)

    if len(missing) < _ABSENT_SHARE * len(groups) and not any(unseen_country(g) for g in missing):
        return []

    def as_written(g: list[str]) -> tuple[int, str]:
        spans = [written[n] for n in g if n in written]
        if not spans:
            return len(question), " ".join(g)
        return spans[0].start(), question[spans[0].start() : spans[-1].end()]

    return [text for _, text in sorted(as_written(g) for g in missing)]


# Kinds of institution a name ends with: "Seoul National University", "Fox News", "the defense ministry".
_INSTITUTION = re.compile(r"((?:[\w’'-]+\s+){1,3}?)(universit(?:y|ies)|news|ministry|agency|institute|college|"
                          r"broadcaster|newspaper)\b", re.IGNORECASE)
_NAMING_WINDOW = 3  # words before an institution's kind that may name it ("Japanese public broadcaster")


# Offices a person holds, which the word before them sets apart ("foreign minister", "defense secretary").
_ROLE = re.compile(r"((?:[\w’'-]+\s+){1,3}?)(ministers?|secretar(?:y|ies)|ambassadors?|spokes(?:man|woman|person)|"
                   r"governors?|mayors?|chancellors?|envoys?|commanders?|chairm[ae]n|chairwom[ae]n)\b", re.IGNORECASE)
# Words before an office that say nothing of which office it is ("the new ambassador", "their top envoy").
_ANY_HOLDER = frozenset({"new", "former", "current", "then", "top", "senior", "acting", "incoming", "outgoing",
                         "own", "next", "last", "previous", "present", "late", "chief", "head", "local", "city",
                         "state", "regional", "military", "government", "official", "national", "federal"})


def unnamed_institution(question: str, texts: Sequence[str]) -> str | None:
    """An institution the question names ("seoul national university professor joel atkinson", "tell fox
    news") or an office ("who's sk's foreign minister") that none of ``texts`` (the articles found) names: the
    word that sets it apart, just before its kind, never among the few words before that kind in them. Typed
    in lower case, its words are common English ("fox", "national"), so only where they stand says they name
    something."""
    from lemminflect import getAllLemmas

    tokenized: list[list[list[str]]] | None = None
    for m in [*_INSTITUTION.finditer(question), *_ROLE.finditer(question)]:
        office = m.re is _ROLE
        before = []
        for w in reversed([w for w in words(m.group(1)) if w.isalpha()]):
            lemmas = getAllLemmas(w)
            if w in STOPWORDS or set(terms(w)[:1]) & _QUESTION_WORDS or ("VERB" in lemmas and len(lemmas) == 1):
                break  # "which broadcaster", "tell fox news": the name ends at a word that names nothing
            before.insert(0, w)
        kind = terms(m.group(2))[:1]
        if office:
            # An office is set apart by a word that describes it ("foreign", "prime"), but not by its
            # country ("the Korean ambassador" is the articles' "South Korean Ambassador", "U.S. ambassador")
            # nor by when or how high it stands.
            if not kind or not before or before[-1] in _ANY_HOLDER or country_of_people(before[-1]) or \
                    a_country(before[-1].title()):
                continue
        # "the latest news", "big news": words that only describe say no name ("fox" does, "seoul" too).
        elif not kind or not any(not (lemmas := getAllLemmas(w)) or "NOUN" in lemmas for w in before):
            continue
        # As the articles may spell it: "defence ministry" is their "defense ministry".
        marks = {t for w in (before[-1], american_spelling(before[-1])) for t in terms(w)[:1]}
        as_name = rf"\b{re.escape(before[-1].capitalize())}\b|\b{re.escape(before[-1].upper())}\b"
        if any(re.search(rf"\b{re.escape(before[-1])}\b", text, re.IGNORECASE) and re.search(as_name, text)
               for text in texts):
            continue  # written there as a name ("broadcaster NHK" for "nhk news")
        if tokenized is None:
            tokenized = [[terms(american_spelling(w) or w)[:1] for w in words(text)] for text in texts]
        # The word before the kind, or after it ("the Ministry of Foreign Affairs" for "foreign ministry").
        if not any(t == kind and any(u and u[0] in marks
                                     for u in tokens[max(0, i - _NAMING_WINDOW) : i + 1 + _NAMING_WINDOW])
                   for tokens in tokenized for i, t in enumerate(tokens)):
            return " ".join([*(before[-1:] if office else before), m.group(2).lower()])  # "foreign minister"
    return None


# Reasons that only say the evidence looks weak. A language model reads the passages and judges for itself
# (it may still decline); every other reason is evidence of absence and refuses in both modes.
NOT_CLOSE = "no passage is close enough to the question"
NOT_STATED = "no passage states what the question asks"
SOFT_REASONS = (NOT_CLOSE, NOT_STATED)


_CAPITAL_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of|de|the|and)?\s*[A-Z][\w’'-]*)*")


def _named_otherwise(question: str, knows: Callable[[str], bool]) -> set[str]:
    """Words of the question's names the articles lack that do not make the name unknown to them: a run
    whose initials they write ("Agence France-Presse": "AFP"), and a word of English in a run whose name
    they know ("Diaoyu Islands", where they write "the Diaoyu islets")."""
    out: set[str] = set()
    for m in _CAPITAL_RUN.finditer(question):
        parts = [p for w in m.group().split() for p in w.split("-") if p and p.lower() not in ("of", "de", "the", "and")]
        if len(parts) < 2:
            continue
        lows = [re.sub(r"[’']s$", "", p).lower() for p in parts]
        if knows("".join(p[0] for p in lows)):
            out.update(lows)
        elif any(knows(p) and not in_dictionary(p) for p in lows):
            out.update(p for p in lows if in_dictionary(p))
    return out


def _figures(question: str, knows: Callable[[str], bool]) -> set[str]:
    """The figures of ``question`` as it writes them ("3,518", "4.32", "12") that the articles never write: with or
    without thousands separators ("3518", "3,518"), or as a percentage ("3.5%"); a decade ("the 1960s") by any of
    its years."""
    found = set()
    for m in re.finditer(r"\d+(?:[.,]\d+)*", question):
        figure = m.group()
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", figure):  # a whole number, with or without separators
            plain = figure.replace(",", "")
            # "980k": as typed ("$980k" in the articles too) or in thousands, as they may write it ("$980,000").
            scaled = in_thousands(plain, question, m.end())
            spellings = (figure, plain, f"{int(plain):,}", scaled, f"{int(scaled):,}")
            if re.fullmatch(r"1[5-9]\d0|20[0-9]0", figure) and re.match(r"['’]?s\b", question[m.end() :]):
                # "in the 1960s": a decade, which any of its years the articles write tells of ("1965")
                spellings += tuple(str(int(figure) + k) for k in range(1, 10))
        elif re.fullmatch(r"\d+\.\d+", figure):  # "3.5", which the articles may write "3.5%"
            spellings = (figure,)
        else:  # "2,5", "1.2.3": no figure of one reading; its groups of digits, as before
            if not all(knows(d) for d in re.findall(r"\d+", figure)):
                found.add(figure)
            continue
        if not any(knows(w) or knows(w + "%") for w in spellings):
            found.add(figure)
    # A figure in tens said in words ("for like fifty years"), as specific as one in digits; smaller ones are
    # words of every sentence ("the two leaders").
    for m in TENS_SAID.finditer(question):
        figure = next(iter(numbers(m.group())), "")
        if figure and not any(knows(w) for w in (figure, figure + "%", m.group(1).lower())):
            found.add(m.group())
    return found


# Words a question opens with that ask ("Is Nippon…", "Didn't Nippon Steel…"): no part of the name after them.
_OPENER = re.compile(rf"^(?:{'|'.join(sorted(_AUXILIARIES | set(QUESTION_WORDS)))})(?:n['’]t)?\s+", re.IGNORECASE)


def _without_opener(name: str, before: str) -> str:
    """``name`` as the question writes it, without the word of asking it opens with at the question's start."""
    return _OPENER.sub("", name, count=1) if not before.strip() and _OPENER.match(name) and len(name.split()) > 1 else name


def _describes(word: str) -> bool:
    """Whether English dictionaries list ``word`` only as a word that describes (an adjective or adverb: "the rather
    intemperate remark"): however rare, it is no name, and the asker's own judgment of what the articles tell."""
    from lemminflect import getAllLemmas

    kinds = set(getAllLemmas(word))
    return bool(kinds) and kinds <= {"ADJ", "ADV"}


def abstention_reason(
    question: str,
    ranked: Sequence[Evidence],
    *,
    f: Focus,
    knows: Callable[[str], bool],
    min_relevance: float,
    min_coverage: float,
    context: int = 5,
    ignore: frozenset[str] = frozenset(),
    shape: str = "fact",
    unmatched: Sequence[str] = (),
    codes: Sequence[str] = (),
    is_name: Callable[[str], bool] = lambda w: False,
    alike: Callable[..., set[str]] | None = None,  # (word, candidates, threshold) -> those alike
    asked: str = "",
) -> str | None:
    """Why the evidence does not answer ``question``, or None when it does. ``codes`` are the question's
    words of letters and digits that no article has ("G20": see ``Lexicon.codes_missing``). ``asked`` is the
    question without what a follow-up's conversation added to ``question`` (default: ``question``): only it
    says what kind of answer is wanted ("which network did he say that on" after "who is the ambassador")."""
    codes_missing = f"the articles never mention {', '.join(codes)}" if codes else None
    own = asked or question
    if not ranked:
        return codes_missing or "no passage of the articles matches the question"
    # A name or number the articles never mention cannot be answered from them.
    # Numbers written as digits ("two" is not a fact to look up); "3" is known where the articles write "three".
    digits = {d for d in _figures(question, knows) if not any(knows(w) for w in SPELLED_AS.get(d, ()))}
    digits -= _referring_counts(question)
    rare = set() if shape == "summary" else {  # "yasukuni", typed in lower case; not "blanking", a form of "blank"
        w for w in words(question) if w.isalpha() and specificity(w, any_form=True) >= _RARE and not _describes(w)
    }
    if shape == "yes_no":
        # "Did Yoon meet the emperor?": a thing the articles never mention at all cannot be settled either way
        # by them (a passage on the trip is no "No"). Things only: a verb the articles put otherwise is common.
        # The question's own things: the conversation a follow-up is read with may name one that its answer told
        # in other words ("did they resume the dialogue" after "what's on the menu at their dinner").
        things = {w for w in words(own) if w.isalpha() and w not in STOPWORDS and _thing_word(w)
                  and not set(terms(w)) & META_TERMS and specificity(w) >= _YES_NO_THING}  # "do the outlets agree"
        if things and alike is not None:
            # Said in other words is said ("fatalities": "deaths", "demonstrators": "protesters", "died"), by a
            # word English dictionaries list as a noun or a verb: one they list only as describing, or not at all,
            # is no other word for a thing ("imperial rule" says nothing of an emperor).
            from lemminflect import getAllLemmas

            told = sorted({w for e in ranked[:_EVENT_CONTEXT] for w in words(e.sentence.text)
                           if w.isalpha() and w not in STOPWORDS and {"NOUN", "VERB"} & set(getAllLemmas(w))})
            things = {w for w in things if not alike(w, told, _SAID_OTHERWISE)}
        rare |= things
    excused = _named_otherwise(question, knows) | _kind_asked(question)
    which = _which_named(own)  # "which companies…": the name of one of a kind of thing
    if which in _KIND_OF:
        excused.add(which)  # "which chaebol bosses": the answer names them ("Samsung"), by any word of the kind
    corpus_missing = sorted(
        n for n in names(question) | digits | rare
        if n not in excused and not all(knows(t) or t in ignore for t in terms(n))
    )
    if corpus_missing:
        # As the question writes them, in its order, each with the rest of its name ("Kim Yo Jong").
        found = [(m.start(), _without_opener(m.group(), question[: m.start()])) if (m := re.search(
            rf"(?:\b[A-Z][\w’'-]*\s+)*\b(?i:{re.escape(n)})\b(?:\s+[A-Z][\w’'-]*)*", question))
                 else (len(question), n) for n in corpus_missing]
        return f"the articles never mention {', '.join(dict.fromkeys(word for _, word in sorted(found)))}"
    if codes_missing:
        return codes_missing
    top = ranked[0]
    if top.score < min_relevance:
        return NOT_CLOSE
    if shape == "summary":
        return None  # an overview asks for the main points of what was found, not for one fact
    if unmatched:
        return f"no passage is about the {' '.join(unmatched)} asked about"
    unit = _measure(own)
    kind = "number" if unit else f.answer_type if f.answer_type in ("number", "date") else None
    kind = kind or ("name" if _NAME_OF.search(own) or which or _NAME_GIVEN.search(own) else None)
    # A comparison of figures it names ("sources disagree? 40 vs 35 yrs") asks which the sources give, no other.
    compared = shape == "comparison" and len(numbers(own, spelled=False)) >= 2
    fixed = shape == "yes_no" and kind == "date" and re.search(_DATE_FIXED, own, re.IGNORECASE) is not None
    if kind and (shape not in ("multi", "yes_no") or fixed) and not compared:
        # "How much…", "when…", "what time…", "the name of…": a passage on the topic that gives no such
        # figure, date or name does not answer.
        head = (_named_head(own) or which) if kind == "name" else None
        best = max((e.covered for e in ranked[:context]), default=0.0)
        on_topic = [e for e in ranked[:context] if e.covered >= max(min_coverage, best - _TYPE_SLACK)
                    or (e is top and unit and e.covered >= min_coverage)]
        if on_topic and kind == "number" and top not in on_topic and top.covered >= _TOP_COVERAGE:
            on_topic.insert(0, top)  # see _TOP_COVERAGE; only beside passages that are on the topic already
        answering = _dated_events(question, on_topic, is_name) if kind == "date" else on_topic
        if kind == "number" and not unit and _HOW_MANY.search(question):
            # A figure next to what is counted is answer enough, from any of the closest passages ("three
            # chemicals" where the question says "curbs" and the passage "restrictions").
            answering = list(ranked[:context])
        if kind == "name" and which is not None and head == which:
            # "Which companies went with him": the names may stand in a passage that tells it in other words
            # ("the leaders of four major conglomerates, Samsung, Hyundai…"), which covers less of the question.
            answering = [e for e in ranked[:context] if e.covered >= min_coverage]
        if kind == "date" and (verbs := asked_verbs(question)) and _dates_the_act(top.sentence.text, verbs):
            answering = [top]  # the first passage dates the very act asked about (see date_the_event)
        elif kind == "date" and _asks_story_day(own) and _dates_the_story(own, top.sentence.text):
            answering = [top]  # … or the event asked of by a noun (see date_the_event)
        if kind == "number" and _ASKED_DONE.match(own):
            # "How much did the Fed hike rates": a figure only expected or possible ("is widely expected to raise
            # … by at least 75 basis points", "face up to 20 years") tells nothing that was done.
            answering = [e for e in answering if not _figures_supposed(e.sentence.text, question, unit)]
        if on_topic and not any(_gives(kind, unit, e.sentence.text, question, head, alike) for e in answering):
            wanted = f"name of the {head}" if head else unit or {"number": "figure", "date": "date", "name": "name"}[kind]
            return f"no passage gives the {wanted} asked for"
    if f.weights:
        # One passage must hold most of what is asked: facts scattered over several
        # sentences ("Kishida" here, "cancel" there) are how false premises slip through.
        best = max(ranked[:context], key=lambda e: e.covered)
        share = best.covered
        # Only a specific word the passage lacks (a name, a figure, a word rare in English) makes it no answer:
        # "why did they suddenly kiss and make up" asks in common words what a passage says in others.
        found = stated_terms(best.sentence.text)
        lacking = [t for t in f.own if t not in found]
        specific = any(t in f.unknown or f.specific.get(t, 0.5) >= _SPECIFIC_MISSING for t in lacking)
        if share < min_coverage and specific:
            return f"{NOT_STATED} (the closest covers {share:.0%} of it)"
    return None


# "When is it scheduled": asked when it is scheduled, an event is one to come ("when is the verdict" may be past).
# A coming event asked of, or a date asked to be fixed ("has he set a date for a return visit": one to come).
_FUTURE_QUESTION = re.compile(rf"\b(?:will|going to|gonna|plan(?:s|ned|ning)? to|next|upcoming|soon|scheduled|slated)\b|"
                              rf"{_DATE_FIXED}", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|plan(?:s|ned|ning)? to|expected to|scheduled|set to|due to|next|upcoming|soon|"
    r"later this)\b|’ll\b|'ll\b", re.IGNORECASE,
)


def _dated_events(question: str, passages: Sequence[Evidence], is_name: Callable[[str], bool]) -> list[Evidence]:
    """The passages whose date could answer "when did X happen": those that speak of the event (a content word
    of the question that is no name: "normalize", "visit"; or nearly all of the question, in other words) and,
    when the question asks about the future ("when will…", "going to"), speak of the future. A date next to
    something else ("told AFP on Saturday") or in the past ("the first visit since 2012") does not say when a
    coming event will be."""
    future = bool(_FUTURE_QUESTION.search(question))
    event = {
        t for w in words(question) if w.isalpha() and w not in STOPWORDS and not is_name(w)
        for t in terms(w) if t not in _QUESTION_WORDS and t not in _LIGHT_VERBS and t not in META_TERMS
    } - set(terms(_DATE_WORDS_Q)) - _PIECE_TERMS
    kept = []
    for e in passages:
        text = e.sentence.text
        if event and not event & set(terms(text)) and e.covered < _HOLDS_THE_EVENT:
            continue
        if future and not _FUTURE.search(text):
            continue
        kept.append(e)
    # A passage that tells of the very act asked about ("the complaint filed with the WTO") is the one whose
    # date answers; when such passages give none, a date beside another act does not answer either.
    # "When was the summit held", "what day did the crash happen": a verb that only says the event took place is
    # no act of its own; a passage that dates the event by its noun answers ("At a summit on Thursday").
    acts = asked_verbs(question) - _TAKING_PLACE
    # One that holds nearly all of the question tells of it too, whatever its verb ("UCLA, USC joining Big Ten
    # Conference in 2024" for "when do usc and ucla move to the big ten").
    telling = [e for e in kept if acts & told_acts(e.sentence.text) or e.covered >= _HOLDS_THE_EVENT] if acts else []
    return telling or kept


_DATE_WORDS_Q = "when what which year date day month time"
# Words for the article that tells it ("dw piece - who told afp what, and which day"): the question's way to the
# event, not the event a passage must speak of.
_PIECE_TERMS = _TELLING_TERMS | frozenset(terms("piece pieces item items writeup"))
# Coverage of the question at which a passage speaks of its event in other words: "when did Yoon and Kishida meet
# at the UNGA", "In September, Yoon and Kishida held the first summit … on the sidelines of the United Nations
# General Assembly" (dev: 0.8 and 0.9 alike).
_HOLDS_THE_EVENT = 0.9


_MONTH = "(?:" + "|".join(MONTHS) + ")"
# A day of a month: "February 17", "Feb. 17", "17 February".
_DAY_DATE = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                       r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|"
                       rf"\b\d{{1,2}}\s+{_MONTH}\b", re.IGNORECASE)


# A day a report dates its own story by: a weekday ("on Thursday") or a day of a month.
_STORY_DAY = re.compile(rf"\b(?:{_WEEKDAY_NAMES})\b|\b(?:{_MONTH_NAMES}|{_MONTH_CUT})\s+\d{{1,2}}\b|"
                        rf"\b\d{{1,2}}\s+(?:{_MONTH_NAMES})\b")  # as written, capitalised ("20 may face" is none)


def _asks_story_day(question: str) -> bool:
    """Whether ``question`` asks the date of an event it names by a noun and its people, at no time of its own and
    none to come ("what day was the Yoon-Kishida summit", not "when is the next summit", "when did they first…")."""
    from lemminflect import getAllLemmas

    def a_verb(w: str) -> bool:  # "puts", "opened" (not "summit" nor "meeting", nouns too, nor "was", "did")
        lemmas = getAllLemmas(w)
        return "VERB" in lemmas and w not in STOPWORDS and w not in lemmas.get("NOUN", ())

    return bool(names(question)) and not asked_verbs(question) and not any(a_verb(w) for w in words(question)) and not (
        _ASKS_SPEECH.search(question) or _FUTURE_QUESTION.search(question) or _ASKS_HISTORY_TOO.search(question))


def _dates_the_story(question: str, text: str) -> bool:
    """Whether ``text`` dates the event such a question asks of: it names all the question's names and a day
    ("Yoon … met … Kishida in Japan on Thursday"), and opens at no earlier time ("In September, Yoon and
    Kishida held the first summit…" tells of another)."""
    asked = {t for n in names(question) for t in terms(n)}
    # A day that dates what somebody said ("Yoon told reporters on Friday") is no date of the event.
    return asked <= set(terms(text)) and bool(_STORY_DAY.search(_SPEECH_DATE.sub(" ", text))) and not _EARLIER.match(text)


def _dates_the_act(text: str, verbs: set[str]) -> bool:
    """Whether ``text`` dates one of the acts ``verbs`` asks about: by a year beside its verb ("normalized in
    1965"), or by a day of a month where it tells of the act ("was arrested February 17")."""
    return any(v in verbs for v, _ in dated_verbs(text, EVENT_WINDOW, acts=frozenset(verbs))) or (
        bool(verbs & told_acts(text)) and bool(_DAY_DATE.search(text)))


# A few words of the same clause, then "on" a day of the week.
_ON_A_WEEKDAY = re.compile(rf"^(?:[^\w.,;:!?]+\w+){{0,{EVENT_WINDOW}}}?[^\w.,;:!?]+on\s+(?:{_WEEKDAY_NAMES})\b",
                           re.IGNORECASE)


def _on_the_day(text: str, verbs: set[str]) -> bool:
    """Whether ``text`` dates one of the acts ``verbs`` asks about by the day of the week it tells of, a few words
    after its verb ("Just before Yoon arrived in Tokyo on Thursday"), as news dates the week's events."""
    from lemminflect import getAllLemmas

    for m in re.finditer(r"[A-Za-z]+", text):
        if set(getAllLemmas(m.group().lower()).get("VERB", ())) & verbs and _ON_A_WEEKDAY.match(text[m.end() :]):
            return True
    return False


def date_the_event(
    question: str, ranked: Sequence[Evidence], more: Callable[[], Sequence[Evidence]] = lambda: (), *, top: int = 20
) -> list[Evidence]:
    """For a when-question: when the first passage does not date the act asked about by a year, the first
    of the next ``top`` that does ("The two relations were normalized in 1965" for "when did Japan and Korea
    normalize relations") goes first; when none does, the passages of a deeper search (``more``) are read
    too. Such a sentence often lacks the names the question repeats, so it ranks low or is not found at the
    usual depth, yet it is the one that holds the answer."""
    verbs = asked_verbs(question)
    out = list(ranked)
    if out and _asks_story_day(question) and (
            not has_answer_type("date", out[0].sentence.text, question) or _EARLIER.match(out[0].sentence.text)):
        # "What day was the Yoon-Kishida summit": no verb to find the act by; the passage that names its people
        # with the day ("met … in Japan on Thursday"), where the first gives no date or an earlier one.
        found = next((i for i, e in enumerate(out[:top]) if _dates_the_story(question, e.sentence.text)), None)
        return [out[found], *out[:found], *out[found + 1 :]] if found is not None else out
    # "What day did the official tell AFP": the act is the telling, dated where it is told ("told AFP on Saturday");
    # not "…, per the Nikkei report", which says where to look.
    speech = bool(_ASKED_TELLING.search(question))
    if not (verbs or speech) or not out:
        return out
    asked = {t for n in names(question) for t in terms(n)}  # as terms() reads a passage: "Michele" is "michel"
    on_topic = {e.sentence.source for e in out[:5] if asked & set(terms(e.sentence.text))}

    def about(e: Evidence) -> bool:
        # Of the question's names ("Kishida", not "Obama"), or from an article whose close passages have them: such
        # a sentence often leaves the names to the sentences around it ("The two relations were normalized…").
        return not asked or bool(asked & set(terms(e.sentence.text))) or e.sentence.source in on_topic

    def tells(e: Evidence) -> bool:  # tells of the act asked about with some date ("arrived … on Thursday")
        return about(e) and has_answer_type("date", e.sentence.text, question) and (
            bool(verbs & told_acts(e.sentence.text)) or (speech and bool(_SPEECH_DATE.search(e.sentence.text))))

    def dates_it(e: Evidence) -> bool:  # dates that act by a year
        return about(e) and any(v in verbs for v, _ in dated_verbs(e.sentence.text, EVENT_WINDOW, acts=frozenset(verbs)))

    def dates_them(e: Evidence) -> bool:
        # One sentence names whom the question names and dates the act, by a year or a day ("Griner … was
        # arrested February 17"), where a passage of two may date another's act beside their name ("…includes
        # Brittney Griner. Whelan … was arrested … in 2018").
        return bool(asked) and any(asked & set(terms(piece)) and _dates_the_act(piece, verbs)
                                   for piece in sentences_of(e.sentence.text))

    named = next((i for i, e in enumerate(out[:top]) if dates_them(e)), None)
    if named is not None:
        return [out[named], *out[:named], *out[named + 1 :]]
    if dates_it(out[0]):
        return out
    for i, e in enumerate(out[1:top], start=1):
        if dates_it(e):
            return [e, *out[:i], *out[i + 1 :]]
    telling = next((i for i, e in enumerate(out[:top]) if tells(e)), None)
    if telling is not None:
        # A passage found tells of the act with a date: no need to search deeper. Asked when something was said,
        # the one that dates the saying ("told AFP on Saturday") goes first when it holds more of the question than
        # the first (which may only repeat the question's names: "The GSOMIA allows…" for "what day did the
        # official tell AFP about GSOMIA").
        e = out[telling]
        if speech and telling and e.covered > out[0].covered:
            return [e, *out[:telling], *out[telling + 1 :]]
        return out
    if not verbs:
        return out  # a deeper search finds the passages that date an act by its verb (see dates_it)
    # Dated by a year, else by a day ("Just before Yoon arrived in Tokyo on Thursday" for "when did yoon arrive").
    extra = more()
    found = next((e for e in extra if dates_it(e)), None) or next(
        (e for e in extra if about(e) and _on_the_day(e.sentence.text, verbs)), None)
    return [found, *out] if found is not None else out


# "Who shelved GSOMIA", "so who ended it": the doer of an act asked for (not "who is", which asks of somebody).
# Not "who did Yoon meet" (the doer is named; somebody else is asked for).
_WHO_DID = re.compile(r"^\W*(?:(?:so|and|but|ok|okay|then)\W+){0,2}who\s+"
                      r"(?!(?:is|was|are|were|am|be|did|does|do|will|would|can|could|should|has|have|had)\b)[a-z]",
                      re.IGNORECASE)


def name_the_doer(question: str, ranked: Sequence[Evidence], *, top: int = 8) -> list[Evidence]:
    """For "who did X": when the first passage does not tell the act asked about, the first of the next ``top``
    that tells it and names somebody the question does not goes first ("It had been shelved in 2019 by … Moon
    Jae-in" for "who shelved GSOMIA", ahead of "Seoul had threatened to abolish GSOMIA", which repeats the thing
    asked about, not the act). The sentence that holds the doer often leaves the thing to a pronoun ("It"), so
    it covers less of the question, yet it is the one that answers."""
    out = list(ranked)
    verbs = asked_verbs(question) if _WHO_DID.match(question) else set()
    if not verbs or not out or verbs & told_acts(out[0].sentence.text):
        return out
    asked = names(question)
    topic = set(terms(question)) - set(terms(" ".join(verbs)))
    # Of the thing asked about: a word of the question besides the verb, or from an article whose close passages
    # have one (the sentence that holds the doer may leave the thing to a pronoun, "It had been shelved…"); not
    # another act of the same verb elsewhere ("Russia attacked Kyiv" for "who attacked the embassy").
    speaks = [bool(topic & set(terms(e.sentence.text))) for e in out[:top]]
    on_topic = {e.sentence.source for e, said in zip(out, speaks) if said}
    for i, e in enumerate(out[1:top], start=1):
        about = not topic or speaks[i] or e.sentence.source in on_topic
        if about and verbs & told_acts(e.sentence.text) and names(e.sentence.text) - asked:
            return [e, *out[:i], *out[i + 1 :]]
    return out


_ACT_POOL = 8  # passages read for one whose figure counts those who did what a "how many" question asks


def _counts_the_act(text: str, verbs: set[str], asked: set[str], thing: set[str]) -> bool:
    """Whether ``text`` has a figure (no year, none of the question's, ``asked``) as the subject of a verb of
    ``verbs`` ("10,000 have left", "three were arrested", "45 fans were detained" for "fans"): it counts those who
    did it. Between the two, only the terms of what is counted (``thing``) and small words of tense ("2 officers
    who arrested the fans" counts officers, "Sept. 6 the team left" no one)."""
    from lemminflect import getAllLemmas

    tokens = re.findall(r"[\w’'.,-]*\w", text)
    for i, token in enumerate(tokens):
        figures = numbers(token) - asked
        if not figures or all(_YEAR.match(n) for n in figures):
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + _COUNT_WINDOW)):
            lemmas = getAllLemmas(tokens[j].lower()).get("VERB", ())
            if lemmas and lemmas[0] in verbs:
                return True
            if tokens[j].lower() not in _TENSE_WORDS and not set(terms(tokens[j])) & thing:
                break
    return False


_TENSE_WORDS = frozenset("have has had were was are is been be being already reportedly also all".split())


def count_the_thing(
    question: str, ranked: Sequence[Evidence], alike: Callable[..., set[str]], *, top: int = 5,
) -> list[Evidence]:
    """For "how many X": when the first passage has no figure next to an X (or a word close in meaning), the
    first of the next ``top`` (the passages the abstention check reads) that has one goes first ("three
    chemicals" for "how many chemicals did Japan lift curbs on", ahead of a passage that counts nothing).
    The same for a measure ("how long", "how much did it sell for", "what %"): the first passage that gives
    one of its kind ("for 10 seconds", "$5 million", "50.48%"), ahead of a headline that repeats the question."""
    out = list(ranked)
    unit = _measure(question)
    counted = _counted(question)
    if not out or (counted is None and unit is None):
        return out
    verbs = asked_verbs(question) if unit is None else set()
    if verbs:
        # "How many visitors had to leave": "more than 10,000 have left the park" counts those who did it, where
        # "the park averages 20,000 visitors in June" counts visitors who did nothing asked about.
        asked, thing = numbers(question), set(terms(counted)) if counted else set()
        doing = next((i for i, e in enumerate(out[:_ACT_POOL]) if _counts_the_act(e.sentence.text, verbs, asked, thing)),
                     None)
        if doing:  # not the first, which counts them already
            return [out[doing], *out[:doing], *out[doing + 1 :]]
    if _gives("number", unit, out[0].sentence.text, question, alike=alike):
        return out
    for i, e in enumerate(out[1:top], start=1):
        if _gives("number", unit, e.sentence.text, question, alike=alike):
            return [e, *out[:i], *out[i + 1 :]]
    return out


_SETTLE_FLOOR = 0.8  # share of the best score a passage needs to go first as the one that settles a yes/no question
_SETTLE_SPECIFIC = 0.1  # specificity in English from which the question's own word in a passage is its sense
_SETTLE_ALIKE = 0.6  # how close in meaning a passage's word must be to the question's predicate ("killed": "deaths")
_SETTLE_FULLER = 0.4  # share of the question by which a passage must hold more of it than the first to settle it


def settle_the_question(
    question: str, ranked: Sequence[Evidence], alike: Callable[[str, Sequence[str], float], set[str]], *,
    is_name: Callable[[str], bool] = lambda w: False, top: int = 5,
) -> list[Evidence]:
    """For a yes/no question: when the first passage lacks what the question asks happened (its verbs, as
    written or in other words: "was anyone killed" where it tells of the flood), the first of the passages
    ranked up to ``top`` and close to it that has it goes first ("No known injuries or deaths occurred"): that
    passage settles the question, the first only repeats its topic. Before that, a close passage that holds far
    more of the question than the first goes first, whatever its verbs."""
    from lemminflect import getAllLemmas

    out = list(ranked)
    if len(out) < 2:
        return out
    floor = _SETTLE_FLOOR * out[0].score
    # A passage that holds far more of the question than the first states what it asks; the first only shares
    # its topic ("The GSOMIA allows … to share information" for "does GSOMIA need to go through the US to share
    # intel": "…sharing intelligence without having to go through the United States").
    fuller = max(out[1:top], key=lambda e: e.covered, default=out[0])
    if fuller.covered >= out[0].covered + _SETTLE_FULLER and fuller.score >= floor:
        return [fuller, *(e for e in out if e is not fuller)]

    def content(text: str) -> list[str]:
        return [w for w in dict.fromkeys(words(text)) if w.isalpha() and w not in STOPWORDS]

    def otherwise(word: str, told: list[str]) -> bool:  # said in other words ("killed": "deaths")
        return bool(alike(word, [t for t in told if t != word], _SETTLE_ALIKE))

    first = set(terms(out[0].sentence.text))
    first_words = content(out[0].sentence.text)
    # What the question asks happened: its verbs, that the first passage tells neither as written nor in other
    # words ("did the company cut jobs": "announced layoffs" tells it).
    asked = [w for w in content(question) if len(w) > 2 and not is_name(w) and not set(terms(w)) & first
             and "VERB" in getAllLemmas(w) and not otherwise(w, first_words)]
    if not asked:
        return out

    def has(e: Evidence) -> bool:
        said, told = set(terms(e.sentence.text)), content(e.sentence.text)
        # As written, a word all English uses may be another sense of it ("deal with the threat" for "the deal").
        return any((specificity(w) >= _SETTLE_SPECIFIC and set(terms(w)) & said) or otherwise(w, told) for w in asked)

    for i, e in enumerate(out[1:top], start=1):
        if e.score >= floor and has(e):
            return [e, *out[:i], *out[i + 1 :]]
    return out


# "Was this the first time they met", "had they met before", "did they already…": whether it happened earlier.
# "Before" only as the question's last words ("met before", "b4 this trip?"), not before a thing ("before the dinner");
# "already", "ever", "previously" with a verb of meeting or being somewhere (not "if there was ever a war", "did they
# already sign the deal").
_ASKS_BEFORE = re.compile(r"\bfirst\s+time\b|\bbefore(?:\s+(?:this|that|then|now)(?:\s+[\w’'-]+)?)?\s*(?:[?,.!]|$)|"
                          r"\b(?:already|ever|previously)\s+(?:\w+\s+)?(?:met|meet|been|visited|held|had\s+talks)\b",
                          re.IGNORECASE)


def tell_the_earlier(question: str, ranked: Sequence[Evidence], more: Callable[[], Sequence[Evidence]] = lambda: (),
                     *, is_name: Callable[[str], bool] = lambda w: False, top: int = 8) -> list[Evidence]:
    """For "was this the first time Yoon and Kishida met", "had they met before": the first of the next ``top``
    passages that tells of the question's people at an earlier time ("In September, Yoon and Kishida held the
    first summit … in New York") goes first. The passage that repeats the question's words ("the first such
    meeting in 12 years") does not say whether they had met; one that tells an earlier meeting does. When none
    does, the passages of a deeper search (``more``) are read too."""
    people = {t for w in words(question) if len(w) > 2 and is_name(w) for t in terms(w)}  # not "UN" nor "US"
    if not _ASKS_BEFORE.search(question) or len(people) < 2 or not ranked or _EARLIER.match(ranked[0].sentence.text):
        return list(ranked)
    out = list(ranked)

    def tells(e: Evidence) -> bool:  # an earlier time, and the question's names
        return bool(_EARLIER.match(e.sentence.text)) and people <= set(terms(e.sentence.text))

    found = next((i for i, e in enumerate(out[1:top], start=1) if tells(e)), None)
    if found is not None:
        return [out[found], *out[:found], *out[found + 1 :]]
    deeper = next((e for e in more() if tells(e)), None)
    return [deeper, *out] if deeper is not None else out


_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their)\b", re.IGNORECASE)
# A sentence whose subject is somebody's other party: "Her host", "His counterpart", "Their guest".
# Not where the sentence names the one it speaks of right after ("Her host, Mr. Kishida, compared…").
_SOMEONE_ELSES = re.compile(r"^\W*(?:his|her|their)\s+(?:\w+\s+)?(?:host|hosts|guest|guests|counterpart|"
                            r"counterparts|successor|predecessor|rival|opponent|interlocutor)\b(?!,?\s+(?-i:[A-Z]))",
                            re.IGNORECASE)


# A clause that names somebody, then a colon and a quotation: not what a sign or a headline "read:".
_COLON_QUOTE = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,6}(?<!\bread)(?<!\breads)(?<!\btitled)(?<!\bheadlined)"
                          r"(?<!\bcaptioned)(?<!\bsaying)(?<!\bstating)(?<!\bwith)(?<!\bas)(?<!\bthis)(?<!\bfollows):"
                          r"\s*[“\"]")


def prefer_attributed(ranked: Sequence[Evidence], layout: Layout, *, top: int = 5) -> list[Evidence]:
    """For "who said…", "according to whom…": among the first ``top`` passages, those that say who speaks (a
    verb of speech, "according to", or a signed post) go first, in their order; a passage that only states
    the fact asked about ("Seoul had threatened to abolish GSOMIA") does not say whose word it is."""
    def attributed(e: Evidence) -> bool:
        if (e.sentence.source, e.sentence.start) in layout.attributed_by:
            return True
        low = e.sentence.text.lower()
        # A quotation a colon brings in is whoever the clause before it names: "Sanders was less impressed: "…""
        return "according to" in low or any(_speaks_word(w) for w in re.findall(r"[a-z’'-]+", low)) or bool(
            _COLON_QUOTE.search(e.sentence.text))

    head = [(attributed(e), e) for e in ranked[:top]]
    return [*(e for said, e in head if said), *(e for said, e in head if not said), *ranked[top:]]


def name_the_speaker(
    question: str, ranked: Sequence[Evidence], layout: Layout, vectors: SentenceVectors, *, top: int = 3,
    head: str | None = None,
) -> list[Evidence]:
    """For "who" questions: a passage whose answer slot holds only a pronoun ("…,” he told CNN") is
    joined with the sentence before it in the paragraph when that one names somebody, so the cited
    passage holds the name. For "which X" questions (``head`` is X), the same when the passage says only
    "the X" ("The company is scaling back its AC", "The show, which follows…")."""
    out = list(ranked)
    described = re.compile(rf"\b(?:the|this|that|these|those)\s+{re.escape(head)}(?:s|es)?\b", re.IGNORECASE) \
        if head else None
    asked = names(question)
    for i, e in enumerate(out[:top]):
        text = e.sentence.text
        line = layout.attributed_by.get((e.sentence.source, e.sentence.start))
        if line is not None and head is None:
            # An embedded post: who wrote it is the line under it ("— Manchurian Candidate (@CV18Captain)").
            vectors.ensure([line.text])
            out[i] = _joined(e, layout.joined(e.sentence, line), (*(e.parts or (text,)), line.text), vectors)
            continue
        if not e.parts and head is None and _SOMEONE_ELSES.match(text):
            # "Her host compared…", "His counterpart said…": somebody else than the one "her" is, named in the
            # sentence before (whatever place it names); the sentence after that names another may say who
            # ("And Mr. Kishida…").
            pairs = layout.pairs(e.sentence)
            owner = set().union(*(names(p[0]) for m, p in pairs if m.start < e.sentence.start))
            later = next(((m, p) for m, p in pairs if m.start == e.sentence.start
                          and names(p[1]) - asked - owner - names(text)), None)
            if later is not None:
                out[i] = _joined(e, *later, vectors)
                continue
        if e.parts or answer_names(text, question):
            continue
        the_x = described.search(text) if described is not None else None
        # "The show, which follows…, leads…": a sentence whose subject is "the X" speaks of the X the
        # sentence before it named, whatever else it names; further in, "the X" may sit beside its name.
        subject = the_x is not None and not text[: the_x.start()].strip(" “\"'‘")
        if the_x is not None:
            if not subject and names(text) - asked:
                continue  # the passage names something besides "the X": it may be the answer
        elif not _PRONOUN.search(text):
            continue
        for merged, pair in layout.pairs(e.sentence):
            if merged.start < e.sentence.start and names(pair[0]) - asked:
                out[i] = _joined(e, merged, pair, vectors)
                break
        else:
            # A paragraph that opens with "…, he said." or "The show…": news gives each quote its own
            # paragraph, so the speaker (or the show) is named in the paragraph before ("Emanuel said the US,
            # Japan and South Korea held…").
            key = (e.sentence.source, e.sentence.start)
            earlier = layout.previous.get(key)
            if key in layout.before or earlier is None or not (subject or _SAID_BY_PRONOUN.search(text)):
                continue
            if names(earlier.text) - asked or _SPEAKER_OPENS.search(earlier.text):
                out[i] = _joined(e, layout.joined(earlier, e.sentence), (earlier.text, text), vectors)
    return out


# "What did Bloomberg Economics tweet", "whats bloomberg saying about the chip stuff": what a party posted.
_POSTED = re.compile(r"\b(?:tweet\w*|post|posts|posted|posting|twitter|say|says|said|saying|write|writes|wrote|"
                     r"think|thinks|claim|claims|claimed)\b", re.IGNORECASE)


_ABOUT = re.compile(r"\b(?:about|abt|on|regarding|re)\s+(.+)$", re.IGNORECASE)
_ABOUT_ALIKE = 0.35  # word cosine at which a post's word speaks of the thing asked about ("semiconductor": "chip")


def prefer_the_poster(question: str, ranked: Sequence[Evidence], layout: Layout, *, floor: float,
                      min_coverage: float, alike: Callable[..., set[str]] | None = None,
                      common: Callable[[str], bool] = lambda t: False) -> list[Evidence]:
    """The posts signed by a party the question names and asks what it says ("— Bloomberg Economics
    (@economics)"), first, when no other passage among the best names it: its post is all it says in the
    articles, however little its words share with the question's ("Japan plans to lift restrictions…"). A post
    must hold as much of the question as any answer must (``min_coverage``); it is lifted to the best passage's
    score, or to ``floor`` (the least an answer scores)."""
    if not ranked or not _POSTED.search(question):
        return list(ranked)
    asked = {w.lower() for w in re.findall(r"\b[A-Z][\w’'-]*", question)} - STOPWORDS
    candidates = [e for e in ranked if (line := layout.attributed_by.get((e.sentence.source, e.sentence.start)))
                  and asked & set(words(line.text)) and e.covered >= min_coverage]
    if not candidates:
        return list(ranked)
    # What it is asked about ("…tweet about school attendance"), which the post must speak of, in its words or
    # others close to them; what most articles speak of (``common``: the summit of a collection on it) need not.
    about = _ABOUT.search(question)
    topic = [w for w in words(about.group(1)) if w.isalpha() and w not in STOPWORDS and w not in asked
             and not any(common(t) for t in terms(w))] if about else []

    def on_topic(text: str) -> bool:
        told = [w for w in words(text) if w.isalpha() and w not in STOPWORDS]
        return all(set(terms(w)) <= stated_terms(text) or (alike is not None and alike(w, told, _ABOUT_ALIKE))
                   for w in topic)

    signed = [e for e in candidates if on_topic(e.sentence.text)]
    if not signed or any(asked & set(words(e.sentence.text)) for e in ranked[:_POSTER_POOL] if e not in signed):
        return list(ranked)
    top = max(ranked[0].score, floor)
    lifted = [dataclasses.replace(e, score=max(e.score, top) + _POSTER_STEP * (len(signed) - k))
              for k, e in enumerate(signed)]
    return [*lifted, *(e for e in ranked if e not in signed)]


_POSTER_POOL = 10  # passages among which another that names the party means it speaks elsewhere too
_POSTER_STEP = 1e-3  # a signed post's lead over the next, in their order


def tell_posts_whole(ranked: Sequence[Evidence], layout: Layout, vectors: SentenceVectors, *, top: int = 3
                     ) -> list[Evidence]:
    """An embedded post among the first ``top`` passages is cited whole, down to the line that signs it ("South
    Korean President bowed down to the Japanese flag. A humiliating moment. … — Manchurian Candidate
    (@CV18Captain) March 16, 2023"): one of its sentences alone would state as the article's fact what somebody
    posted, and leave out who."""
    out: list[Evidence] = []
    whole: list[Sentence] = []
    for i, e in enumerate(ranked):
        key = (e.sentence.source, e.sentence.start)
        line = layout.attributed_by.get(key) if i < top else None
        if line is not None and e.sentence.end < line.end:
            first = layout.at.get(key, e.sentence)  # the article's own sentence, not a pair joined before
            while (before := layout.previous.get((first.source, first.start))) is not None and \
                    layout.attributed_by.get((before.source, before.start)) is line:
                first = before
            post, at = [first], first
            while (after := layout.next.get((at.source, at.start))) is not None and \
                    layout.attributed_by.get((after.source, after.start)) is line:
                post.append(after)
                at = after
            parts = (*(p.text for p in post), line.text)
            vectors.ensure(parts)
            e = _joined(e, layout.joined(first, line), parts, vectors)
        # A sentence of a post already cited whole, at any rank, is that passage again.
        if any(w.source == e.sentence.source and w.start <= e.sentence.start and e.sentence.end <= w.end for w in whole):
            continue
        if line is not None:
            whole.append(e.sentence)
        out.append(e)
    return out


def _joined(e: Evidence, span: Sentence, parts: tuple[str, ...], vectors: SentenceVectors) -> Evidence:
    """``e`` cited as ``span``, the sentences ``parts`` joined (whose vectors make the span's)."""
    vectors.combine(span.text, list(parts))
    return dataclasses.replace(e, sentence=span, parts=parts)


_SAID_BY_PRONOUN = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|added|adds|argued|argues|continued|noted|told|wrote|warned|explained)\b|"
    r"\b(?:said|says|added|argued|continued|noted|warned|explained)\s+(?:he|she|they)\b",
    re.IGNORECASE,
)


# A sentence that opens with who speaks ("Emanuel said…", "Rahm Emanuel told…"): a name no other test finds,
# being the sentence's first words.
_SPEAKER_OPENS = re.compile(
    r"^\s*(?:[A-Z][\w’'-]+\s+){1,3}(?:said|says|told|added|argued|noted|warned|explained|wrote)\b")
_GOES_ON = re.compile(r"^\s*[“\"]|" + _SAID_BY_PRONOUN.pattern, re.IGNORECASE)
_SPEECH_VERB = r"(?:said|says|argued|argues|told|tells|warned|warns|added|noted|explained|stressed|insisted|claimed)"


def reports_words_of(question: str, text: str) -> bool:
    """Whether ``text`` reports what somebody the question names said ("But Emanuel argued that…" for "did
    Emanuel blame China"): the name, then a verb of speech within a few words."""
    return any(re.search(rf"\b{re.escape(n)}\b(?:\W+[\w’'-]+){{0,6}}?\W+{_SPEECH_VERB}\b", text, re.IGNORECASE)
               for n in names(question) - _NOT_SPEAKERS)


_NOT_SPEAKERS = frozenset(MONTHS) | frozenset(_WEEKDAY_NAMES.lower().split("|"))


def continue_the_quote(ranked: Sequence[Evidence], layout: Layout, vectors: SentenceVectors, *,
                       said_by: bool = False) -> list[Evidence]:
    """For "what did X say" and "according to X": when the sentence after the best passage (in its
    paragraph or the next) goes on with the same speaker's words ("If China wasn't…, he said."), the two are cited as
    one passage, so the answer holds the whole statement, not its first half. With ``said_by``, only a sentence
    that says who speaks by a pronoun ("…, he said") goes on (not one that opens a quote, maybe another's)."""
    goes_on = _SAID_BY_PRONOUN if said_by else _GOES_ON
    return _with_next(ranked, layout, vectors, lambda first, after: bool(goes_on.search(after.text)))


def _with_next(ranked: Sequence[Evidence], layout: Layout, vectors: SentenceVectors,
               goes_on: Callable[[Sentence, Sentence], bool]) -> list[Evidence]:
    """``ranked`` with its best single-sentence passage cited together with the article's next sentence (in its
    paragraph or the next: news often gives each sentence a paragraph) when ``goes_on(best, next)``."""
    out = list(ranked)
    if not out or out[0].parts:
        return out
    e = out[0]
    after = layout.next.get((e.sentence.source, e.sentence.start))
    if after is None or not goes_on(e.sentence, after):
        return out
    out[0] = _joined(e, layout.joined(e.sentence, after), (e.sentence.text, after.text), vectors)
    return out


# A sentence that gives a cause or a purpose ("amid criticisms of…", "because…", "in response to…", "to deal with…").
_CAUSE = re.compile(r"\b(?:because|due to|owing to|thanks to|amid|in response to|driven by|prompted|fuell?ed by|"
                    r"in order to|so as to|so that|as a result|reasons?|why|the aim|aimed at|to (?:deal with|counter|"
                    r"confront|contain|address|end|avoid|prevent))\b", re.IGNORECASE)


def tell_the_cause(ranked: Sequence[Evidence], layout: Layout, vectors: SentenceVectors) -> list[Evidence]:
    """For a why-question: when the best passage tells what happened but no cause ("Yoon’s trip to Japan sparked
    strong opposition in South Korea.") and the article's next sentence gives one ("…amid criticisms of
    “humiliating diplomacy”…"), the two are cited as one passage: the cause is told after the event."""
    def gives_its_cause(first: Sentence, after: Sentence) -> bool:
        if _CAUSE.search(first.text) or not _CAUSE.search(after.text):
            return False
        vectors.ensure([first.text, after.text])
        # On the same topic: not the cause of something else.
        return _goes_on_from(first.text, after.text, vectors)

    return _with_next(ranked, layout, vectors, gives_its_cause)


# Cosine to the passage before it above which the next sentence of an article goes on with the same point
# (dev: 0.30 to 0.40 alike, 0.45 loses the sentences that tell what a decision holds).
_CONTINUES_TOPIC = 0.35


def _goes_on_from(first: str, later: str, vectors: SentenceVectors) -> bool:
    """Whether the sentence ``later`` stays on the topic of ``first``, which it follows in an article (both
    embedded already)."""
    return float(np.dot(vectors.get(later), vectors.get(first))) >= _CONTINUES_TOPIC


# A sentence that opens by going on with the story of the one before it: what came of it ("Hours before the treaty
# expired, South Korea agreed to extend it", "But…", "Later…", "In the end…"). A word of sequence that stands alone
# before a comma, or a span of time counted on from the story's moment: not "Then-President Moon", "Still
# photographs", "Yet another summit", "In the event of a war".
_GOES_ON_WITH_IT = re.compile(
    r"^\W*(?:but|however|later|eventually|ultimately|in the end|(?:still|yet|then|finally|instead),|"
    r"(?:(?:just|only|a\s+few|a|few|several|many|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|24|48)\s+){0,2}(?:hours?|days?|weeks?|months?|moments?|minutes?)\s+(?:before|after|later)\b|"
    r"shortly\s+(?:before|after)(?:wards)?|soon\s+after(?:wards)?|afterwards?|since\s+then|by\s+then)(?![\w-])",
    re.IGNORECASE)
_ASIDE_BETWEEN = 1  # sentences that may stand between an account and the one that tells what came of it


def tell_what_came_of_it(
    ranked: Sequence[Evidence], layout: Layout, vectors: SentenceVectors, *, top: int = 16
) -> list[Evidence]:
    """``ranked`` with each of its first ``top`` single-sentence passages cited together with the article's next
    sentence, or the one after a sentence of comment, where that one goes on with the same story (it opens
    "But…", "Hours before the treaty expired…" and is on the same topic): a source's account of what happened is
    then whole ("Seoul had threatened to abolish GSOMIA in 2019…" and "Hours before the treaty expired, South Korea
    agreed to extend GSOMIA"), as a comparison of the sources needs it."""
    out = list(ranked)
    follows = []
    for i, e in enumerate(out[:top]):
        between: list[Sentence] = []  # a sentence of comment may come first ("The United States was alarmed…")
        after = None if e.parts else layout.next.get((e.sentence.source, e.sentence.start))
        while after is not None and after.kind == e.sentence.kind and len(between) <= _ASIDE_BETWEEN:
            if _GOES_ON_WITH_IT.match(after.text):
                follows.append((i, e, [*between, after]))
                break
            between.append(after)
            after = layout.next.get((after.source, after.start))
    if not follows:
        return out
    vectors.ensure([t for _, e, went in follows for t in (e.sentence.text, *(s.text for s in went))])  # one batch
    for i, e, went in follows:
        if _goes_on_from(e.sentence.text, went[-1].text, vectors):
            out[i] = _joined(e, layout.joined(e.sentence, went[-1]), (e.sentence.text, *(s.text for s in went)),
                             vectors)
    return out


def follow_each_point(
    ranked: Sequence[Evidence], layout: Layout, vectors: SentenceVectors, *, top: int = 24, share: float = 0.9
) -> list[Evidence]:
    """``ranked`` with the sentence that follows each of its first ``top`` single-sentence passages in the
    article, scored at ``share`` of the passage's own score: an overview's point is often told in two sentences,
    the first naming the event ("Japan and South Korea agreed on Thursday to drop a trade dispute"), the next what
    it holds ("Japan will lift export controls…, while Seoul will withdraw its complaint"), which the request's
    words alone ("what was agreed at the summit") do not find. A next sentence on another point is left out; one
    found already keeps the higher of the two scores. An added sentence borrows its passage's dense and coverage
    figures (the overview orders by score alone)."""
    out = {(e.sentence.source, e.sentence.start, e.sentence.end): e for e in ranked}
    follows = []
    for e in ranked[:top]:
        after = None if e.parts else layout.next.get((e.sentence.source, e.sentence.start))
        if after is None or after.kind != "body":
            continue
        # Kept even when a two-sentence passage holds it too: that passage may rank too low to be chosen.
        follows.append((e, after, (after.source, after.start, after.end)))
    vectors.ensure([t for e, after, _ in follows for t in (e.sentence.text, after.text)])  # one batch
    for e, after, key in follows:
        if not _goes_on_from(e.sentence.text, after.text, vectors):
            continue  # the article moves on to another point ("In fact, the two are not exactly best friends…")
        score = share * e.score
        if key in out:
            if out[key].score < score:
                out[key] = dataclasses.replace(out[key], score=score)
        else:
            out[key] = Evidence(sentence=after, score=score, dense=e.dense, lexical=e.lexical, covered=e.covered)
    return sorted(out.values(), key=lambda e: -e.score)


# "Where did the missile land", "where did they meet": asks for a place, not "where does X stand" (a view),
# "where does X fit" or "where did he say that" (an occasion, see has_answer_type).
# Also a place asked for by a noun ("summit location?", "venue of the talks").
_WHERE = re.compile(r"^\W*(?:(?:and|so|ok)\s+)?(?:where(?:['’]?s)?\b(?!.*\b(?:stand|fit|say|said|go from here)\b)|"
                    r"(?!(?:who|whom|whose|what|which|when|why|how|did|does|do|is|was|are|were|has|have|had|will|would|"
                    r"can|could)\b)(?:(?:the\s+)?(?:location|venue)\s+(?:of|for)\b|"
                    r"(?:the\s+)?(?:[\w’'-]+\s+){1,3}(?:location|venue)\W*$))", re.IGNORECASE)
_MONTHS_DAYS = frozenset(terms("january february march april may june july august september october november "
                               "december monday tuesday wednesday thursday friday saturday sunday"))
_PLACE_NOUNS = ("waters?|coast|sea|ocean|border|city|capital|island|islands|region|province|airport|base|port|"
                "peninsula|zone|strait|gulf|bay|village|town|district|panhandle")
_MODIFIERS = r"(?:(?!(?:to|of|for|with|and|by|from|that|which)\b)[a-z-]+\s+){0,2}"  # "northern", "the east"
# A place: a preposition of place, then a capitalised name ("in northern Israel", "U.S."; not "at Kishida's
# request") or a noun of place of general English ("into waters off the east coast", "on the Gulf coast").
_PLACE = re.compile(
    rf"\b(?:(?i:in|into|off|near|at|inside|outside|across|toward|towards)\s+(?:the\s+)?{_MODIFIERS}"
    rf"(?:(?i:{_PLACE_NOUNS})\b|(?P<name>[A-Z][\w’'.-]*))|"
    rf"(?i:on|over)\s+(?:the\s+)?{_MODIFIERS}(?:[A-Z][\w’'.-]*\s+){{0,2}}(?i:{_PLACE_NOUNS})\b)")
# Words after a word of the question within which its place is given ("missile into waters off…"; "Yoon and
# Kishida held the first summit between the two countries since 2019 in New York": dev 10 and 12 alike, 6 and 8
# lose such a place, given late in its clause).
_PLACE_WINDOW = 10
_PLACELESS = 0.85  # weight of a passage that gives no place for what a where-question asks about


def _places_of(text: str, anchors: set[str]) -> bool:
    tokens = list(re.finditer(r"[\w’'-]+", text))
    at = [m.end() for m in tokens if set(terms(m.group())) & anchors]
    for p in _PLACE.finditer(text):
        name = p.group("name")
        if name and (set(terms(name)) & _MONTHS_DAYS or re.search(r"[’']s$", name)):
            continue  # "in September": a time; "at Kishida's request": somebody's
        before = [end for end in at if end <= p.start()]
        if before and len(re.findall(r"[\w’'-]+", text[before[-1]:p.start()])) <= _PLACE_WINDOW:
            return True
    return False


_CONTINUITY = 0.2  # weight of closeness to the passage that answered the part before (a part that names nothing)
_CONTINUITY_POOL = 8  # passages of a part reordered so


def follow_the_part(ranked: Sequence[Evidence], before: Evidence, vectors: SentenceVectors) -> list[Evidence]:
    """A later part of a question that asks on about what the part before told ("what did NK fire before the
    meeting, and who was there watching"): of its closest passages, the one that goes on from the passage that
    answered that part ("…launched an ICBM, in the presence of the leader, Kim Jong-un") before one that answers
    the part's words alone about something else ("Rahm Emanuel, the US ambassador, welcomed…")."""
    head = list(ranked[:_CONTINUITY_POOL])
    vectors.ensure([before.sentence.text, *(e.sentence.text for e in head)])
    anchor = vectors.get(before.sentence.text)
    # The passage that answered the part before, or one holding it with the sentence beside it, goes on from it.
    head.sort(key=lambda e: -(e.score + _CONTINUITY * (1.0 if overlaps(e.sentence, before.sentence)
                                                       else float(np.dot(vectors.get(e.sentence.text), anchor)))))
    return head + list(ranked[_CONTINUITY_POOL:])


def place_the_event(question: str, ranked: Sequence[Evidence], *, context: str = "", top: int = 8) -> list[Evidence]:
    """For "where did X happen": the first ``top`` passages that give no place right after a word of the
    question ("fired a missile into waters off the east coast" for "where did the missile land") weighed down,
    so that the one that names where comes before one that only tells of the event."""
    if not ranked or not _WHERE.search(question):
        return list(ranked)
    anchors = set(question_terms(question)) | set(question_terms(context))
    landed = bool(_LANDING_ASKED.search(question))
    out = list(ranked)
    for i, e in enumerate(out[:top]):
        # "Where did it come down": where a thing ended up ("into waters off the east coast"), not a place the
        # passage puts somebody else at ("Just before Yoon arrived in Tokyo, North Korea test-fired…").
        if not _places_of(e.sentence.text, anchors) or (landed and not _LANDING_SAID.search(e.sentence.text)):
            out[i] = dataclasses.replace(e, score=e.score * _PLACELESS)
    return sorted(out, key=lambda e: -e.score)


# Not "fall", "end up", "crash": "where does Arsenal fall in the table", "where did the talks end up".
_LANDING_ASKED = re.compile(r"\b(?:land|landed|lands|come down|came down|comes down|fell|splash(?:ed)? down|"
                            r"impact(?:ed)?)\b", re.IGNORECASE)
_LANDING_SAID = re.compile(
    r"\b(?:into|onto|off)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:waters?|sea|ocean|coast|zone|field|area|river|lake|bay|"
    r"ground|site|territory)\b|\b(?:landed|lands|fell|falls|crashed|splashed down|came down|impacted)\s+(?:in|into|on|"
    r"near|off|at|outside)\b", re.IGNORECASE)


# A sentence set at an earlier time than the story's ("In September, Yoon and Kishida held the first summit … in
# New York", "In 2019, Seoul said…", "Last year, …") tells the background; a question that names no time and asks
# for no history ("was the summit held in japan?") asks of the story's own event.
_EARLIER = re.compile(rf"^\W*(?:in\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH}|(?:1[89]|20)\d\d)|"
                      r"last\s+(?:year|fall|autumn|spring|summer|winter)|back\s+in|years\s+ago)\b", re.IGNORECASE)
_HISTORY_WORDS = (r"before|previous(?:ly)?|earlier|history|background|originally|first|ever|last|ago|past|prior|since|"
                  rf"used to|already|again|(?:1[89]|20)\d\d|{_MONTH}|year|yr|decades?")
_ASKS_HISTORY = re.compile(rf"\b(?:{_HISTORY_WORDS}|when)\b", re.IGNORECASE)
# What a question asks of history by, besides its question word ("when did they first…", "the last summit").
_ASKS_HISTORY_TOO = re.compile(rf"\b(?:{_HISTORY_WORDS})\b", re.IGNORECASE)
_EARLIER_WEIGHT = 0.85  # weight of such a sentence for a question about the story's own event


_IN_A_PLACE = re.compile(r"\b(?i:in|at)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def _place_named(run: str) -> str | None:
    """The longest start of a run of capitalised words that names a place ("Tokyo" of "Tokyo Thursday")."""
    written = run.split()
    return next((" ".join(written[:k]) for k in range(len(written), 0, -1) if is_place(" ".join(written[:k]))), None)


def story_leads(layout: Layout, sources: Sequence[str], *, where: bool) -> list[Sentence]:
    """For "when was the summit", "where was the summit held" (an event no time sets apart, see
    :func:`story_event_asked`): of the articles ``sources`` (in that order), the opening sentences that tell when
    the event they report was (a day: "on Thursday", "March 16") or, ``where``, where ("in Japan"), as news does in
    its lead. A sentence set at an earlier time ("In September, …") tells of another."""
    told: dict[str, list[tuple[Sentence, str]]] = {}  # per article, its opening sentences with what each tells
    for source in dict.fromkeys(sources):
        for sentence in layout.opening.get(source, ()):
            if _EARLIER.match(sentence.text):
                continue
            found = [p for m in _IN_A_PLACE.finditer(sentence.text) if (p := _place_named(m.group(1)))] if where else [
                m.group() for m in _STORY_DAY.finditer(_SPEECH_DATE.sub(" ", sentence.text))]
            told.setdefault(source, []).extend((sentence, f.lower()) for f in found)
    # The day or place most articles' openings give is the event's; another is of something around it ("the United
    # States welcomed on Friday…" the summit of Thursday).
    votes = Counter(value for pairs in told.values() for value in {v for _, v in pairs})
    ranks = votes.most_common(2)
    if not ranks or (len(ranks) > 1 and ranks[0][1] == ranks[1][1]):
        return []  # no day or place stands out: none is taken for the event's
    return list(dict.fromkeys(s for pairs in told.values() for s, v in pairs if v == ranks[0][0]))


def story_event_asked(
    question: str, answer_type: str | None, common: Callable[[str], bool], is_name: Callable[[str], bool]
) -> str | None:
    """"date" or "place" where ``question`` asks when or where the event the collection reports was, else None: it
    names it only by words most of the articles have (``common``: "the summit"), with no time, history or future
    of its own and no act but its taking place ("when was the summit held", not "when did they normalize
    relations"), and no name ("when was gsomia set up" asks of something else)."""
    kind = "place" if _WHERE.search(question) else "date" if answer_type == "date" else None
    asked = [t for t in question_terms(question) if t not in _OCCURRING and t not in _ASKING_WHEN_WHERE]
    if kind is None or not asked or not all(common(t) for t in asked) or asked_verbs(question) - _TAKING_PLACE:
        return None
    if names(question) or any(is_name(w) for w in words(question)):
        return None
    return None if _ASKS_HISTORY_TOO.search(question) or _FUTURE_QUESTION.search(question) else kind


_OCCURRING = frozenset(terms("hold held take took taken place happen happened occur occurred"))
_TAKING_PLACE = frozenset({"hold", "take", "happen", "occur"})  # the verbs of those, as asked_verbs gives them
_ASKING_WHEN_WHERE = frozenset(terms(f"{_DATE_WORDS_Q} location venue city country"))  # "what day was the summit"


def prefer_the_present(question: str, ranked: Sequence[Evidence], *, top: int = 8) -> list[Evidence]:
    """``ranked`` with the first ``top`` passages set at an earlier time (see ``_EARLIER``) weighed down, when
    ``question`` names no time and asks for no history: they tell of another, earlier event."""
    # "When did they normalize ties" may ask of the background; "when was the summit", no act but the event's own,
    # asks of the story's.
    if not ranked or _ASKS_HISTORY_TOO.search(question) or (_ASKS_HISTORY.search(question) and asked_verbs(question)):
        return list(ranked)
    out = list(ranked)
    for i, e in enumerate(out[:top]):
        if _EARLIER.match(e.sentence.text):
            out[i] = dataclasses.replace(e, score=e.score * _EARLIER_WEIGHT)
    return sorted(out, key=lambda e: -e.score)


# A phrase the question quotes ("who called it 'a very historic decision'"): two words or more between quotes that
# open after a space and close before one (not the apostrophes of "what's" and "Yoon's").
_QUOTED_PHRASE = re.compile(r"(?:^|(?<=\s))[\"“‘']([^\"“”‘’']*\w\s+\w[^\"“”‘’']*)[\"”’'](?=[\s?.!,;:]|$)")


def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def quoted_first(question: str, ranked: Sequence[Evidence]) -> list[Evidence]:
    """``ranked`` with the passages that hold, word for word, a phrase the question quotes first (in their
    order): who said "a very historic decision" is told where those words stand, however little else of the
    question the passage has."""
    phrases = [_plain_words(m.group(1)) for m in _QUOTED_PHRASE.finditer(question)]
    phrases = [p for p in phrases if len(p.split()) >= 2]
    if not phrases or not ranked:
        return list(ranked)
    holding = [e for e in ranked if any(p in _plain_words(e.sentence.text) for p in phrases)]
    return [*holding, *(e for e in ranked if e not in holding)] if holding else list(ranked)


# "who did she clerk for", "who did Hawkins drum for before the Foos", "which company did he work with": the
# answer is the name after the verb and its preposition ("clerked for Breyer", "playing drums for Alanis Morissette").
_STRANDED = re.compile(
    r"\b(?:who|whom|(?:which|what)\s+[\w’'-]+)\s+(?:did|does|do|has|have|had|was|were|is|are|will|would)\s+"
    r"(?:[\w’'-]+\s+){1,4}?(?P<verb>[a-z][\w’'-]+)\s+(?P<prep>for|with|to|against|from|under|at|on|of|about|by)"
    r"(?:\s+(?:before|after|during|in|when|until|since)\b.*)?\W*$", re.IGNORECASE)
_SLOT_POOL = 8  # passages looked at for the name in the question's slot…
_SLOT_FLOOR = 0.6  # …of those scoring this share of the best at least
_SLOT_WINDOW = 3  # words between the verb and its preposition in a passage ("playing drums for")
# Verbs too plain to tell the act ("who did he go to"): the name after them may be anything.
_PLAIN_SLOT_VERBS = frozenset(terms("be have do get go make take come put"))


def fill_the_slot(question: str, ranked: Sequence[Evidence], *, top: int = _SLOT_POOL) -> list[Evidence]:
    """``ranked`` with the passages that put a name the question lacks where the question's "who" stands first,
    for a question that ends on its verb's preposition ("who did she clerk for": "She also previously clerked for
    Breyer"): such a passage answers, where one naming her again but not the act does not. Only passages close to
    the best are moved."""
    m = _STRANDED.search(question)
    if not m or not ranked:
        return list(ranked)
    verb = set(terms(m.group("verb")))
    if not verb or verb <= _PLAIN_SLOT_VERBS:
        return list(ranked)
    prep = m.group("prep").lower()
    asked = {t for w in words(question) for t in terms(w)}
    slot = re.compile(rf"\b[\w’'-]+\s+(?:[\w’'-]+\s+){{0,{_SLOT_WINDOW - 1}}}?{prep}\s+(?:the\s+)?"
                      r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
    floor = _SLOT_FLOOR * ranked[0].score

    def fills(e: Evidence) -> bool:
        for found in slot.finditer(e.sentence.text):
            # The verb itself or a word of it ("drums" of "drum") before the preposition, within the window.
            before = e.sentence.text[found.start() : found.start(1)]
            named = {t for w in words(found.group(1)) for t in terms(w)}  # "Jackson's", "Jackson." are Jackson
            if verb & set(terms(before)) and named and not named & asked:
                return True
        return False

    holding = [e for e in ranked[:top] if e.score >= floor and fills(e)]
    if not holding:
        return list(ranked)
    # Raised to the best's score and put before it: the steps after this one sort by score, and a stable sort
    # keeps them first; never above it, so that no refusal on relevance is undone.
    best = ranked[0].score
    raised = [dataclasses.replace(e, score=best) for e in holding]
    return [*raised, *(e for e in ranked if e not in holding)]


_HEADLESS = 0.85  # weight of a passage that speaks of nothing like the X a "which X" question asks for


def prefer_the_head(
    question: str, ranked: Sequence[Evidence], vectors: SentenceVectors, *, is_name: Callable[[str], bool],
    top: int = 8,
) -> list[Evidence]:
    """``ranked`` with the first ``top`` passages that say nothing like X (as written or by a word close in
    meaning) weighed down, for a "which X" question: the answer names an X ("which companies": "four major
    conglomerates, Samsung, Hyundai…"), which a passage about the trip alone cannot. For "who is the X of…", those
    that name the X weighed up instead."""
    which = _WHICH_HEAD.search(question)
    who_is = _NAME_OF_PHRASE.search(question)  # its second group: "who is the X…"
    if not which and who_is and who_is.group(2) and (role := _named_head(question)):
        # "Who is the director of 'Blonde'": the passage that names the one in that role ("director Andrew
        # Dominik"), not the one that tells most of the rest of the question again.
        out = [dataclasses.replace(e, score=e.score + _HOLDER_WEIGHT) if i < top and _names_the(
            role, e.sentence.text, question) else e for i, e in enumerate(ranked)]
        return sorted(out, key=lambda e: -e.score)
    wanted = focus_words(question, is_name) if which else []
    if not wanted or not ranked:
        return list(ranked)
    head = wanted[-1]
    out = list(ranked)
    country = head.lower() in _COUNTRY_HEADS
    for i, e in enumerate(out[:top]):
        if country and any(a_country(n) for n in answer_names(e.sentence.text, question, near=False)):
            # "Which country was blocking Sweden and Finland": the one that names another ("after Turkey dropped
            # its objections"), though it has no word "country"; by its name, not a capital ("met in Madrid").
            out[i] = dataclasses.replace(e, score=e.score + _HOLDER_WEIGHT)
        elif _unspoken([head], e.sentence.text, vectors):
            out[i] = dataclasses.replace(e, score=e.score * _HEADLESS)
        elif _lists_the(head, e.sentence.text, vectors):
            # "Which materials": "three chemicals, fluorinated polyimide, hydrogen fluoride and photoresists" names
            # them one by one, though in no capitals; "high-tech materials" alone names none.
            out[i] = dataclasses.replace(e, score=e.score + _HOLDER_WEIGHT)
    return sorted(out, key=lambda e: -e.score)


# Things named one by one after the word for their kind, counted or introduced: "three chemicals, A, B and C",
# "materials such as A and B", "firms including A, B and C". Not any word before a comma ("curbs on materials,
# citing security and trade concerns"). Two items at least, each of a few words; the kind word is group 1 or 2.
_ITEM = r"[\w’'-]+(?:\s+[\w’'-]+){0,2}"
_LISTED = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:[a-z][\w’'-]*\s+){0,2}([a-z][\w’'-]*)\s*[,:]|"
    r"([a-z][\w’'-]*)\s*,?\s+(?:such\s+as|including))"
    rf"\s+((?:{_ITEM},\s+){{0,8}}{_ITEM},?\s+(?:and|or)\s+{_ITEM})")


# An item of a list that counts or points rather than names ("two men", "a woman", "the other").
_COUNTED_ITEM = re.compile(r"(?:^|,\s*|\b(?:and|or)\s+)(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"several|some|\d+)\s", re.IGNORECASE)


def _lists_the(head: str, text: str, vectors: SentenceVectors) -> bool:
    """Whether ``text`` names things of the kind ``head`` one by one after its word for them ("chemicals" for
    "materials", by a word close in meaning)."""
    for m in _LISTED.finditer(text):
        kind = (m.group(1) or m.group(2)).lower()
        if kind in STOPWORDS:
            continue
        if set(terms(kind)) & set(terms(head)) or not _unspoken([head], kind, vectors):
            return True
    return False


# Who was spoken to: "told CNN", "in an interview with NHK", "speaking to the Financial Times".
_TOLD = re.compile(r"\b(?:told|tells|telling|spoke to|speaking to|talked to|talking to|said to|in an interview with|"
                   r"interviewed by)\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
_TALKED_TO = re.compile(r"\b(?:tell|told|talk|talked|speak|spoke|interview|interviewed|say\s+(?:it|this|that)\s+to|"
                        r"said\s+(?:it|this|that)\s+to|give|gave)\b|\bto\s+which\b", re.IGNORECASE)
_RECIPIENT_HEADS = frozenset(terms("network channel broadcaster newspaper paper outlet media station agency magazine "
                                   "wire"))
# A name an outlet goes by: initials ("AFP", "NHK"; not a country's or a union's, "told US lawmakers"), or a word news
# outlets' names have ("The New York Times", "Yonhap News Agency"); not a person's ("Yoon told Kishida").
_OUTLET_LIKE = re.compile(r"^(?!(?:US|USA|UK|UN|EU|NATO|ASEAN|G7|G20)\b)[A-Z]{2,6}\b|\b(?:News|Times|Post|Journal|"
                          r"Agency|Press(?!\s+Secretary)|Network|Radio|TV|Television|Herald|Tribune|Daily|Broadcasting|"
                          r"Channel|Magazine|Reuters|Bloomberg|Yonhap|Kyodo|Xinhua|Nikkei)\b")


def _asked_recipient(question: str) -> set[str]:
    """The terms of the kind of outlet ``question`` asks somebody spoke to ("which network did Emanuel talk to",
    "to which news agency did the official say…"; two words may tell it, "wire service"), or an empty set."""
    which = _WHICH_HEAD.search(question)
    kind = set(terms(" ".join(which.group(1).split()[:2]))) if which else set()
    return kind if kind & _RECIPIENT_HEADS and _TALKED_TO.search(question) else set()


def _told_recipient(asked: set[str], text: str) -> bool:
    """Whether ``text`` names an outlet somebody spoke to that is none of the question's terms (``asked``): "…, told
    AFP"."""
    return any(not set(terms(m.group(1))) <= asked and _OUTLET_LIKE.search(m.group(1)) for m in _TOLD.finditer(text))


def tell_the_recipient(
    question: str, ranked: Sequence[Evidence], more: Callable[[], Sequence[Evidence]] = lambda: (), *, top: int = 16
) -> list[Evidence]:
    """For "which news agency did the official talk to" (or "which network did Emanuel talk to"): the first of the
    first ``top`` passages, or else of a deeper search (``more``), that names an outlet somebody spoke to and tells
    at least half of the rest of the question goes first (passages below ``top`` that the usual search found are
    not read: the deeper search finds the ones close enough). Who was told is often said once, in the story's
    opening, which may tell the rest in other words ("a defense ministry official told AFP" of a "military
    intelligence-sharing agreement", asked of "GSOMIA"), so it ranks low or is not found at the usual depth."""
    out = list(ranked)
    kind = _asked_recipient(question)
    if not out or not kind:
        return out
    asked = set(terms(question))
    rest = set(question_terms(question)) - kind - set(terms(" ".join(m.group() for m in _TALKED_TO.finditer(question))))

    def tells(e: Evidence) -> bool:
        return _told_recipient(asked, e.sentence.text) and 2 * len(rest & set(terms(e.sentence.text))) >= len(rest)

    found = next((e for e in out[:top] if tells(e)), None) or next((e for e in more() if tells(e)), None)
    if found is None or found is out[0]:
        return out
    return [dataclasses.replace(found, score=max(found.score, out[0].score)), *(e for e in out if e is not found)]


# "What does China think of…", "where does China fit", "the China angle", "Beijing's take": the view of one
# party is asked for, which the passages where it speaks give ("China's Foreign Ministry said Beijing opposes…"),
# not those where others speak of it ("North Korea and China won't be happy, Emanuel said").
# Words a casual question opens with before it asks ("hey so how'd China react", "ok is Tokyo on board").
_FILLERS = r"(?:(?:and|so|ok|okay|hey|but|well|um|like)\W+){0,3}"
_WHO = r"(?:the\s+)?(?P<{0}>[\w’'-]+(?:\s+[\w’'-]+){{0,2}}?)"
_VIEW_OF = re.compile(
    r"\bwhat\s+(?:does|do|did|has|have|is|are)\s+" + _WHO.format("a") + r"\s+(?:think|thinking|make of|feel|believe)\b|"
    r"\b(?:where|how)\s+(?:does|do|did|is|are)\s+" + _WHO.format("b") + r"\s+(?:fit|see|view|stand|feel)\b|"
    r"\b(?P<c>[\w’'-]+)['’]s?\s+(?:take|view|views|angle|position|stance|perspective)\b|"
    r"\bthe\s+(?P<d>[\w’'-]+)\s+(?:angle|side|perspective)\b|"
    # "Is China on board with…", "was Tokyo ok with the plan": whether a party agrees, which it says itself.
    r"^\W*" + _FILLERS + r"(?:is|are|was|were)\s+" + _WHO.format("e")
    + r"\s+(?:(?:\w+ly)\s+)?(?:on\s+board|ok|okay|fine|happy|cool|alright|onboard)\s+(?:with|w)\b",
    re.IGNORECASE,
)
_HOLDER_WEIGHT = 0.2  # added to the score of a passage where the party whose view is asked for speaks
_HOLDER_POOL = 12  # passages looked at for the party's own words
# Only of those near the best: a statement of the party's on another matter is no view on this one ("Lenz called
# the visit 'a new chapter'" for "what does Lenz think about the border crossing").
_HOLDER_FLOOR = 0.75


def view_holder(question: str, is_name: Callable[[str], bool] = lambda w: False) -> list[str]:
    """The name of the party whose view ``question`` asks for ("China" in "wat does china think abt…"), as
    its words, or []: only a name (or a country's) holds a view one can look up ("what do experts think"
    is answered by any expert). Asked how a party reacted ("how did China react to the summit"), its view is asked
    for too: where it speaks ("China's Foreign Ministry said…"), not where others tell of it ("in response to
    China's confrontation")."""
    m = _VIEW_OF.search(question) or _REACTED_BY.match(question)
    if not m:
        return []
    written = next(g for g in m.groups() if g)
    found = [w for w in re.findall(r"[A-Za-z][\w’'-]*", written) if w.lower() not in STOPWORDS]
    if m.groupdict().get("e") and found and found[-1].lower().endswith("s") and country_of_people(found[-1]) \
            and not re.search(r"\bthe\s+$", question[: m.start("e")], re.IGNORECASE):
        # "Are South Koreans on board": whether a people agrees is its public's view, not what its government says
        # ("how did the Israelis respond" still asks for the government's words).
        return []
    return found if found and all(w[:1].isupper() or is_name(w.lower()) for w in found) else []


# "Why does the US even care if…", "so why did Beijing object": the motive of one party is asked for. The
# passages that name it tell its reasons ("backed by the US, which wants to mobilize its allies…"); those that
# do not, however close to the rest of the question ("Japan and South Korea are not exactly best friends"),
# tell somebody else's.
_WHY_OF = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|basically|like|then|wait|lol|hmm)\W+){0,3}(?:why|how come)\s+"
    r"(?:does|do|did|is|are|was|were|has|have|had|would|should|will|can|could)\s+(?:the\s+)?"
    r"(?P<who>[A-Za-z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\b(?!\s*(?:,|&|and\b|n\b|or\b|\+))",  # one party only
)
_AGENT_POOL = 30  # passages looked at for those naming the party whose motive is asked
_AGENT_FLOOR = 0.5  # …of those scoring this share of the best at least
_AGENT_STORIES = 5  # …from the articles of this many best passages: the story asked about, not another of the party's
# Titles before a name say which office, not who: "why did Prime Minister Carney…" asks Carney's reasons.
_TITLE_WORDS = frozenset("president vice prime minister secretary governor gov mayor premier chancellor senator "
                         "sen rep representative ambassador ceo chairman chair chief king queen mr mrs ms dr".split())
_AGENT_WEIGHT = 0.3  # added to the score of a passage that names the party whose motive is asked


def why_agent(question: str, is_name: Callable[[str], bool] = lambda w: False) -> list[str]:
    """The name of the party whose motive ``question`` asks for ("US" in "why does the US even care if…"), as
    its words, or []: a name only ("why do experts think…" asks no one party's reasons)."""
    m = _WHY_OF.search(question)
    return _party(m.group("who"), is_name) if m else []


def _party(who: str, is_name: Callable[[str], bool]) -> list[str]:
    """The words of the party ``who`` names, titles left out ("the US", "President Yoon"), or [] when it is not
    a name ("experts")."""
    found = [w for w in who.split() if w.lower().rstrip(".") not in _TITLE_WORDS]
    return found if found and all(w[:1].isupper() or is_name(w.lower()) for w in found) else []


# "What is Korea doing in return", "and what's Seoul giving in exchange": one side of a deal, which a passage
# tells beside the other side ("Japan will lift export controls…, while Seoul will withdraw its complaint").
_IN_RETURN = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|then)\W+){0,2}what(?:['’]s|\s+(?:is|are|does|do|did|will|would|has|have))\s+"
    r"(?:the\s+)?(?P<who>[A-Za-z][\w’'.-]*(?-i:(?:\s+[A-Z][\w’'.-]*){0,2}))\s+(?:[a-z]+\s+){0,3}?in\s+"
    r"(?:return|exchange)\b", re.IGNORECASE)
# "In return", "in turn"; or "while"/"whereas" with a party that acts ("…, while Seoul will withdraw…"), not one
# that compares ("…$48.9 million, while the Pac-12's was $19.8 million").
_RECIPROCAL = re.compile(r"\b(?:in (?:return|exchange)|in turn|for (?:its|their|his|her) part)\b|"
                         r"\b(?:while|whereas)\s+(?:the\s+)?(?P<party>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
                         r"(?:will|would|shall|agreed|agrees|pledged|pledges|promised|promises|is to|are to|has agreed|"
                         r"have agreed|plans to|vowed)\b", re.IGNORECASE)


def _gives_in_return(party: list[str], text: str) -> bool:
    """Whether ``text`` tells ``party`` acting in an exchange: "in return", or "while <party> will…"."""
    for m in _RECIPROCAL.finditer(text):
        if m.group("party") is None or _speaks_in(party[-1:], party[:-1], m.group("party"), signed=True):
            return True
    return False


def in_return_party(question: str, is_name: Callable[[str], bool] = lambda w: False) -> list[str]:
    """The party whose side of an exchange ``question`` asks for ("Korea" in "and what is Korea doing in
    return"), as its words, or []: a name only."""
    m = _IN_RETURN.search(question)
    return _party(m.group("who"), is_name) if m else []


# "What did Yoon's office call the summit", "how did Seoul describe it": how one party put it, which its own
# statement gives ("Yoon's office has hailed it as an important milestone"), whatever else names the summit.
_CALLED_BY = re.compile(
    r"\bwhat\s+(?:did|does|do|has|have)\s+" + _WHO.format("a") + r"\s+(?:call(?!\s+for\b)|dub|label|term)\b|"
    r"\bhow\s+(?:did|does|do|has|have)\s+" + _WHO.format("b") + r"\s+(?:describe|characteri[sz]e|portray|depict)\b",
    re.IGNORECASE,
)


# What a party called something is told by a verb of naming ("hailed it as", "called it", "described it as").
_NAMING = re.compile(r"\b(?:call(?:s|ed|ing)?|describ\w*|hail\w*|dub\w*|term(?:s|ed)?|label\w*|brand\w*)\b",
                     re.IGNORECASE)


def called_by(question: str, is_name: Callable[[str], bool] = lambda w: False) -> tuple[list[str], list[str]]:
    """(the name's words, the other words) of the party whose words for something ``question`` asks for ("what
    did Yoons office call the summit": ["Yoons"], ["office"]), or ([], []): a name is needed, and the words after
    it say which of its parts spoke (an office, a ministry)."""
    m = _CALLED_BY.search(question)
    if not m:
        return [], []
    written = [w for w in re.findall(r"[A-Za-z][\w’'-]*", next(g for g in m.groups() if g))
               if w.lower() not in STOPWORDS and w.lower() not in _TITLE_WORDS]
    named = list(itertools.takewhile(lambda w: w[:1].isupper() or is_name(w.lower()), written))
    return (named, written[len(named):]) if named else ([], [])


def prefer_the_holder(
    question: str, ranked: Sequence[Evidence], *, is_name: Callable[[str], bool] = lambda w: False,
) -> list[Evidence]:
    """``ranked`` with the passages where the party whose view is asked for speaks weighed up (see
    :func:`view_holder`), or, asked why a party does something, those that name it (see :func:`why_agent`), or,
    asked what a party gives in return, those that tell its act beside another's (see :func:`in_return_party`)."""
    if not ranked:
        return list(ranked)
    holder, others, called = view_holder(question, is_name), [], False
    if not holder:  # "what did Yoons office call the summit": its statements that name something
        holder, others = called_by(question, is_name)
        called = bool(holder)
    agent = [] if holder else why_agent(question, is_name)
    # One side of an exchange: where that party acts beside the other's act ("…, while Seoul will withdraw…").
    giver = [] if holder or agent else in_return_party(question, is_name)
    agent = agent or giver
    if not holder and not agent:
        return list(ranked)
    out = list(ranked)
    floor = (_HOLDER_FLOOR if holder else _AGENT_FLOOR) * ranked[0].score
    stories = {e.sentence.source for e in ranked[:_AGENT_STORIES]}
    for i, e in enumerate(out[: _HOLDER_POOL if holder else _AGENT_POOL]):
        if e.score < floor:
            continue
        if holder and _speaks_in(holder, others, e.sentence.text) and (not called or _NAMING.search(e.sentence.text)):
            out[i] = dataclasses.replace(e, score=e.score + _HOLDER_WEIGHT)
        # The party by its last word, with all its others ("Air Canada" is no "Canada"; "South Korea" no "Korea").
        elif agent and (e.sentence.source in stories if not giver else _gives_in_return(giver, e.sentence.text)) \
                and _speaks_in(agent[-1:], agent[:-1], e.sentence.text, signed=True):
            out[i] = dataclasses.replace(e, score=e.score + _AGENT_WEIGHT)
    return sorted(out, key=lambda e: -e.score)


# "What did the HUFS professor say about the visit", "what's Emanuel's take on China", "what does he credit for
# the thaw": who speaks, and what about. News names a speaker in full once ("said Joel Atkinson, a professor at
# Hankuk University…") and then by one name or a pronoun ("…, Atkinson said", "…, he said"): the answer is one of
# those later statements on the point asked, not the sentence that introduced the speaker.
_SAYS_ABOUT = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|but)\W+)?what(?:['’]s|\s+(?:did|does|do|has|have|had|is|was))\s+(?P<who>.+?)\s+"
    r"(?:say|says|said|saying|think|thinks|thinking|credit|credits|crediting|want|wants|tell|told|telling|argue|"
    r"argues|argued|claim|claims|claimed|reckon|reckons|blame|blames|list|listed|mean|means)\b(?P<topic>.*)$|"
    r"^\W*(?:(?:and|so|ok|okay|but)\W+)?what(?:['’]s|\s+(?:is|was|are))\s+(?P<owner>.+?)['’]s?\s+"
    r"(?:take|view|views|position|stance|perspective|opinion|verdict)\s+(?:on|of|about)\b(?P<subject>.*)$",
    re.IGNORECASE,
)
# "…, said Joel Atkinson, a professor", "Rahm Emanuel, the US ambassador to Japan, told CNN": the name at a verb
# of speech, before it (with an apposition between) or right after it.
_NAME_RUN_AT = r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
_SPEAKER_AT_VERB = re.compile(
    r"\b(?:said|says|according to|argued|added|wrote)\s+" + _NAME_RUN_AT + r"|"
    + _NAME_RUN_AT + r",?\s+(?:(?:a|an|the)\s+[^,.;]{1,80},\s+)?(?:said|says|told|argued|added|wrote)\b"
)
_SPEAKER_POOL = 24  # passages looked at for the speaker's statements (the first half for the one introducing him)


def _speaker_names(text: str, asked: set[str]) -> list[str]:
    """The last words of the names ``text`` gives as who speaks ("Atkinson" in "…, said Joel Atkinson, a
    professor…"), not those the question has (its other names) and not its first word (a capital of grammar)."""
    out = []
    for m in _SPEAKER_AT_VERB.finditer(text):
        run = m.group(1) or m.group(2)
        start = m.start(1) if m.group(1) else m.start(2)
        if start == 0 or not run:
            continue
        last = run.split()[-1]
        if last.lower() not in asked and last.lower() not in STOPWORDS and not _DATE_WORDS.fullmatch(last):
            out.append(last)
    return out


def speak_to_the_point(
    question: str, ranked: Sequence[Evidence], layout: Layout, *, is_name: Callable[[str], bool] = lambda w: False,
    vectors: SentenceVectors | None = None,
) -> list[Evidence]:
    """For "what did X say about Y" (or "X's take on Y"): the first passage is the statement of X's that holds
    most of Y, when one of X's statements holds more of Y than the first passage does. X's statements are those
    that name X (or the name the passage introducing X gives, when the question describes X: "the HUFS
    professor") at a verb of speech, and those that go on with "…, he said" after one of them."""
    m = _SAYS_ABOUT.match(question)
    if not m or not ranked:
        return list(ranked)
    who, topic = (m.group("who"), m.group("topic")) if m.group("who") else (m.group("owner"), m.group("subject"))
    who_terms = set(question_terms(who))
    point = {t for t in question_terms(topic) if t not in who_terms}
    if not who_terms or not point:
        return list(ranked)  # "what did he say": any statement of his answers
    pool = list(ranked[:_SPEAKER_POOL])
    written = [w for w in re.findall(r"[A-Za-z][\w’'-]*", who) if w[:1].isupper() or is_name(w.lower())]
    speakers = [w for w in written if w.lower() not in STOPWORDS]
    if who_terms - {t for w in speakers for t in terms(w)}:
        # Described ("the HUFS professor", "ambassador Rahm Emanuel"): also the name given at a verb of speech in
        # the passage that has most of the description ("said Joel Atkinson, a professor … at Hankuk University
        # of Foreign Studies"), which later statements use alone ("…, Atkinson said").
        intro = max(pool[: _SPEAKER_POOL // 2], key=lambda e: len(who_terms & set(terms(e.sentence.text))))
        if 2 * len(who_terms & set(terms(intro.sentence.text))) >= len(who_terms):
            speakers += _speaker_names(intro.sentence.text, {w.lower() for w in words(question)})
    if not speakers:
        return list(ranked)

    def speaks(text: str) -> bool:
        return any(_speaks_in([w], [], text) for w in speakers)

    seen: dict[int, list[str]] = {}

    def stated(e: Evidence) -> list[str]:
        """The sentences of ``e`` that are the speaker's: naming him at a verb of speech, or going on with
        "…, he said" after one that does (in the passage, or just before it in the article); read once each."""
        if id(e) not in seen:
            seen[id(e)] = _stated(e)
        return seen[id(e)]

    def _stated(e: Evidence) -> list[str]:
        parts = list(e.parts or (e.sentence.text,))
        earlier = layout.previous.get((e.sentence.source, e.sentence.start))
        out = []
        for i, text in enumerate(parts):
            before = parts[i - 1] if i else (earlier.text if earlier is not None else "")
            if speaks(text) or (_SAID_BY_PRONOUN.search(text) and before and speaks(before)
                                and not _speaker_names(text, set())):
                out.append(text)
        return out

    def held(e: Evidence) -> int:
        return len(point & {t for text in stated(e) for t in terms(text)})

    said = [e for e in pool if stated(e)]
    best = max(said, key=lambda e: (held(e), e.score), default=None)
    top = ranked[0]
    on_point = len(point & set(terms(top.sentence.text)))  # how much of the point the first passage holds
    if best is None or best is top or held(best) == 0 or held(best) < on_point or (
            held(best) == on_point and stated(top)):
        return list(ranked)
    first = dataclasses.replace(best, score=top.score + 1e-6)
    earlier = layout.previous.get((best.sentence.source, best.sentence.start))
    if not best.parts and earlier is not None and not speaks(best.sentence.text) and vectors is not None:
        # "…, he said": cited with the sentence before it, which names him
        vectors.ensure([earlier.text, best.sentence.text])
        first = _joined(first, layout.joined(earlier, best.sentence), (earlier.text, best.sentence.text), vectors)
    return [first, *(e for e in ranked if e is not best)]


def weigh_meaning(
    question: str,
    ranked: Sequence[Evidence],
    f: Focus,
    vectors: SentenceVectors,
    *,
    is_name: Callable[[str], bool],
    top: int = 5,
    layout: Layout | None = None,
) -> list[Evidence]:
    """``ranked`` with the abstention coverage of its first ``top`` passages recomputed by meaning: a word
    of the question the passage lacks counts in part when the passage has a word close to it in meaning
    ("bosses" and "leaders", "companies" and "conglomerates"). Names and figures count only as written, in
    the passage or in the attribution of the post it belongs to (``layout``: "— Bloomberg Economics")."""
    asked = {}
    for w in words(question):
        if w in STOPWORDS or not w.isalpha() or is_name(w):
            continue
        for t in terms(w):
            if t in f.own and t not in f.unknown and t not in asked:  # a word the articles never use may
                asked[t] = w  # be a name ("biden"): no stand-in counts for it
    out = list(ranked)
    if not asked:
        return out
    for i, e in enumerate(out[:top]):
        text = e.sentence.text
        found = stated_terms(f"{text} {layout.context(e.sentence)}" if layout is not None else text)
        missing = {t: w for t, w in asked.items() if t not in found}
        if not missing:
            continue
        candidates = list(dict.fromkeys(w for w in words(text) if w.isalpha() and w not in STOPWORDS))
        if not candidates:
            continue
        vectors.ensure([*missing.values(), *candidates])
        matrix = np.stack([vectors.get(w) for w in candidates])
        credit = {}
        for t, w in missing.items():
            best = float(np.max(matrix @ vectors.get(w)))
            credit[t] = max(0.0, min(1.0, (best - _SIMILAR_FROM) / (_SIMILAR_TO - _SIMILAR_FROM)))
        out[i] = dataclasses.replace(e, covered=f.specific_share(found, credit))
    return out


# "What was the weather…", "Which football team…", "What is Kishida's favourite book?": the words after the
# question word name what is asked about. Such a word must be in the evidence, or a word close in meaning.
# "what is on the menu", "what's in the bill", "what is behind the move" ask for what the thing holds, not for the
# thing: no focus ((?!…) after the verb).
_FOCUS = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:what|which|whose)(?:['’]s)?\s+(?:(?:is|was|are|were)\s+)?"
    r"(?!(?:on|in|inside|behind|under|at|for)\s)(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:kind|type|sort)s?\s+of\s+)?(?:[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?['’]s?\s+)?"
    r"(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\b)((?:[a-z][\w-]*\s*){1,3}?)"
    r"(?=\b(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|of|in|at|on|for|from|to|that|"
    r"which|who|during|between|with|about|by|after|before|since|over|under|against|among|following|like)\b|"
    r"[?.!]|$)",
    re.IGNORECASE,
)
# "What happened to Yoon's approval rating", "what's happening with the fund": the thing asked about.
_HAPPENED_TO = re.compile(
    r"^\W*(?:and\s+|so\s+)?what(?:['’]s|\s+has|\s+have)?\s+happen(?:ed|s|ing)?\s+(?:to|with)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?['’]s?\s+)?((?:[a-z][\w-]*\s*){1,3}?)"
    r"(?=\b(?:of|in|at|on|for|from|to|after|before|since|during|following|over|with)\b|[?.!]|$)",
    re.IGNORECASE,
)
# "yoon approval rating after tokyo trip?", "total size of the compensation fund": a question typed as a noun
# phrase alone, whose words up to the first preposition name the thing asked about.
_TELEGRAPHIC = re.compile(r"^\W*((?:[A-Za-z][\w’'-]*\b\s*){2,4}?)(?=\b(?:of|in|at|on|for|from|to|after|before|since|"
                          r"during|following|over|with|about|between|among|by)\b|[?.!]|$)")

# Openings of a request or of "any news", not of a thing's name ("anything on the chip side", "tell me about…").
_NOT_A_NOUN_PHRASE = re.compile(r"^\W*(?:any|and|so|but|or|tell|give|list|show|summari[sz]e|explain|anything|something|"
                                r"everything|nothing|anyone|anybody|someone|somebody|more|news|latest|update)\b",
                                re.IGNORECASE)
_ASKED_ANYWHERE = re.compile(rf"\b(?:{'|'.join(sorted(_AUXILIARIES))}|what|wat|which|who|whom|whose|when|where|why|"
                             r"how|am|be|been)\b", re.IGNORECASE)


def _telegraphic(question: str, is_name: Callable[[str], bool]) -> re.Match[str] | None:
    """The noun phrase a question typed without a verb opens with, when it is one (see ``_TELEGRAPHIC``)."""
    from lemminflect import getAllLemmas

    if _NOT_A_NOUN_PHRASE.match(question) or _ASKED_ANYWHERE.search(question):
        return None  # a question word or a verb anywhere ("gsomia stands for what", "GSOMIA is short for?")
    m = _TELEGRAPHIC.match(question)
    if not m:
        return None
    for token in question.split():
        w = words(token)[0] if words(token) else ""
        if not w or w in STOPWORDS or token[:1].isupper() or is_name(w):
            continue
        lemmas = getAllLemmas(w)
        if "NOUN" not in lemmas and "ADJ" not in lemmas:
            return None  # a verb ("yoon went to tokyo?"), or a word no lemmatiser knows: no plain noun phrase
    return m


# After "whose", words for having chosen or caused something: they ask who did, not about a thing of that name.
_WHOSE_ACT = frozenset(terms("idea decision choice call initiative suggestion doing fault"))
_WHOSE_ACT_ASKED = re.compile(r"^\W*(?:(?:and|so|ok)\s+)?whose\s+\w+(?:\s+(?:was|is|were|are)\b|['’]s\b|\W*$)",
                              re.IGNORECASE)
_ROLE_NOUNS = frozenset(terms("job role position title occupation profession post work"))
# Words that ask about something without naming a kind of thing a passage must speak of: "the situation with
# the chips", "Kishida's remark about flowers" (a remark is what somebody said); "the US angle", "China's take
# on it" (a point of view, which any statement of that side gives).
_VAGUE_NOUNS = frozenset(terms("situation deal story matter issue remark remarks comment comments statement quote "
                                "word words term phrase expression angle take stance perspective viewpoint "
                                "outcome result status update latest info information detail news reaction "
                                "response reply thoughts views position"))
# "Total size of the fund", "number of meetings": a quantity asked for (see answer_type), not a thing spoken of.
_MEASURE_NOUNS = frozenset(terms("number amount total size figure count sum tally"))
# "What year", "which day": the kind of answer asked for (a date: see answer_type), not a thing spoken of.
_TIME_NOUNS = frozenset(terms("year date day month time hour week decade"))
_LINE_ON = re.compile(r"['’]s?\s+lines?\s+(?:on|about|abt|re)\b|\bwhose\s+lines?\b", re.IGNORECASE)
_OF_WHAT = re.compile(r"\s*of\s+([A-Za-z][\w-]*)")
_WHEN_NEXT = re.compile(r"\s*(?:before|after|since|until|when)\b", re.IGNORECASE)
_FOCUS_SPECIFIC = 0.1  # specificity in English below which a modifier is too common to narrow the question
_FOCUS_MATCH = 0.5  # word cosine at which an evidence word stands for a focus word ("bosses": "leaders")


def focus_words(question: str, is_name: Callable[[str], bool] = lambda w: False) -> list[str]:
    """The words that name what a what/which question asks about ("weather", "football team"): not names,
    not verbs ("went"), not adverbs ("else"), not words that ask for a role ("job")."""
    from lemminflect import getAllLemmas, getInflection

    m = _HAPPENED_TO.match(question) or _FOCUS.match(question) or _telegraphic(question, is_name)
    if not m:
        return []
    found = []
    tokens = m.group(1).split()
    if len(tokens) > 1 and re.search(r"['’]s?$", tokens[0]):
        tokens = tokens[1:]  # "companies' bosses": the possessor only says whose; the bosses are asked about
    for i, token in enumerate(tokens):
        w = words(token)[0] if words(token) else ""
        t = terms(w)
        if not w or w in STOPWORDS or not t or t[0] in _QUESTION_WORDS | META_TERMS | _ROLE_NOUNS | _VAGUE_NOUNS:
            continue
        if i == 0 and t[0] in _WHOSE_ACT and _WHOSE_ACT_ASKED.match(question):
            continue  # "whose idea was the menu": who chose it, which "at Yoon's request" tells in other words
        if t[0] in _MEASURE_NOUNS and (set(terms(" ".join(tokens[i + 1 : i + 2]))) & _MEASURE_NOUNS or (
                i == len(tokens) - 1 and _OF_WHAT.match(question, m.end(1)))):
            continue  # "the total size of the fund": how much is asked; "approval numbers" are a thing to have
        if i == 0 and t[0] in _TIME_NOUNS:
            continue
        if t[0] == "line" and _LINE_ON.search(question):
            continue  # "Yoon's line about the vicious circle": a remark, which any words of his on it give
        lemmas = getAllLemmas(w)
        if m.re is _TELEGRAPHIC and (t[0] in _TIME_NOUNS | _MEASURE_NOUNS or "ADV" in lemmas):
            continue  # "approval rating now?", "summit date?", "fund size?": when or how much, no thing
        if token[:1].isupper() or is_name(w) or ("VERB" in lemmas and "NOUN" not in lemmas) or set(lemmas) == {"ADV"}:
            continue  # a verb ("went") or a word that is only an adverb ("what else did he say") names no thing
        if "VERB" in lemmas and w.endswith("ing") and re.search(
                rf"\b(?:is|are|was|were|am|be|been)\s+(?:[^\s’']+\s+){{0,2}}{re.escape(w)}\b", question, re.IGNORECASE):
            continue  # "what is Bloomberg saying": a verb, though "saying" is a noun too ("Yoon's approval rating")
        if "VERB" in lemmas and any(getInflection(v, "VBN") == (w,) for v in lemmas["VERB"]) and re.search(
                rf"\b(?:is|are|was|were|be|been|['’]s)\s+{re.escape(w)}\b", question, re.IGNORECASE):
            continue  # "what is left to do": a verb's participle ("leave"), though "left" is a noun too ("the left")
        if set(lemmas) == {"ADJ"} and i == len(tokens) - 1:
            continue  # "china mad abt it": a word only of how a thing is ("mad", "angry"), with no thing after it
        if i < len(tokens) - 1 and specificity(w) < _FOCUS_SPECIFIC:
            continue  # a modifier too common in English to narrow what is asked about ("two countries")
        if i and i == len(tokens) - 1 and "ADV" in lemmas and _WHEN_NEXT.match(question, m.end(1)):
            # "what happened with GSOMIA right before it expired": after the thing, an adverb of the time that
            # follows ("what happened to the north before the war" asks of the north).
            continue
        found.append(w)
    of = _OF_WHAT.match(question, m.end(1))
    if found and found[-1] == words(tokens[-1])[0] and of and of.group(1).lower() not in STOPWORDS and not (
            of.group(1)[:1].isupper() or any(is_name(p) for p in words(of.group(1)))):
        found[-1] = f"{found[-1]} of {of.group(1).lower()}"  # "head of state" is no head; matched as a whole
    return found


_RANK_TERMS = frozenset(terms("rank"))
# A place in order: "122nd on its list", "No. 3", "top 10"; not a date's day ("March 1st", see _DAY_OF_DATE), nor a
# century or an anniversary ("the 20th century"), nor "Number 10" (Downing Street).
_RANK_SAID = re.compile(r"\b\d+(?:st|nd|rd|th)\b(?!\s+(?:century|centuries|anniversary|birthday|day|minute))|"
                        r"\bNo\.\s?\d+\b|\btop\s+\d+\b", re.IGNORECASE)


def _unspoken(wanted: Sequence[str], text: str, vectors: SentenceVectors) -> list[str]:
    """The words (or phrases: "head of state") of ``wanted`` that ``text`` has neither as written (all their
    terms) nor by a word close in meaning ("conglomerates" for "companies")."""
    found = set(terms(text))
    missing = [w for w in wanted if not set(terms(w)) <= found]
    if any(_RANK_TERMS & set(terms(w)) for w in missing) and _RANK_SAID.search(_DAY_OF_DATE.sub(" ", text)):
        # "Ukraine is 122nd on its list": a place in order is a rank (read only where "rank" is missing)
        missing = [w for w in missing if not set(terms(w)) <= found | _RANK_TERMS]
    candidates = list(dict.fromkeys(w for w in words(text) if w.isalpha() and w not in STOPWORDS))
    if missing and candidates:
        vectors.ensure([*missing, *candidates])
        matrix = np.stack([vectors.get(w) for w in candidates])
        missing = [w for w in missing if float(np.max(matrix @ vectors.get(w))) < _FOCUS_MATCH]
    return missing


def unmatched_focus(
    question: str, ranked: Sequence[Evidence], vectors: SentenceVectors, *, top: int = 5,
    is_name: Callable[[str], bool] = lambda w: False,
) -> list[str]:
    """The focus words of ``question`` (see :func:`focus_words`) that none of the first ``top`` passages
    has, as written or by a word close in meaning."""
    wanted = focus_words(question, is_name)
    if not wanted or not ranked:
        return []
    if (kind := _asked_recipient(question)) and _told_recipient(set(terms(question)), ranked[0].sentence.text):
        wanted = [w for w in wanted if not set(terms(w)) <= kind]  # "which wire service": "told AFP" names one
        if not wanted:
            return []
    best_missing: list[str] | None = None
    for e in ranked[:top]:  # one passage must have them all ("football" and "team" together)
        missing = _unspoken(wanted, e.sentence.text, vectors)
        if not missing:
            return []
        if best_missing is None or len(missing) < len(best_missing):
            best_missing = missing
    return best_missing or []


_LIGHT_VERBS = frozenset(terms("be have do get go make take come put set give keep let seem become happen use fit stand"))
# Verbs that ask what somebody did or said in answer to something, or how they put it: any act or statement
# that follows it fills them ("how did Japan react": "The move was welcomed by Japan"; "how did his office
# describe the summit": "hailed it as an important milestone"), so a passage never has to say them.
_RESPONSE_VERBS = frozenset(terms("react respond reply answer feel view handle deal cope receive greet describe "
                                  "characterize characterise portray depict label dub explain justify comment"))
# Verbs of making something known: a passage that tells any of them tells the act ("when did they announce it":
# "the South Korean side stated in early March that…"). Not "declare", which is also an act ("declare martial law").
_TELLING_ACTS = frozenset(terms("say tell announce state"))
_TELLS = re.compile(r"\b(?:say|says|said|tell|tells|told|stated|states|announced|announces)\b", re.IGNORECASE)
_PARTICLES = frozenset("up down out off back away over".split())  # of a phrasal verb ("beef up", "pull out")
_DEGREE = frozenset("so very too more less most least quite really".split())  # before an adjective
_SPECIFIC_ACTION = 0.15  # specificity in English below which a verb is too common to check ("stop")
_ACTION_MATCH = 0.55  # word cosine at which an evidence word stands for the question's verb ("hailed": "welcomed")
_NOUN_FOR_ACT = 0.65  # …and at which a word that is no verb does ("friends" for "buddies", not "approval" for "reject")


# Words that put an act after "to" as meant, planned or expected: the act is that verb ("supposed to meet").
_BEFORE_THE_ACT = frozenset("suppose mean expect schedule slate plan try hope intend aim attempt set due going able "
                            "likely about".split())
# Verbs of holding an opinion, or of saying it in some manner, before what is held ("why does Emanuel reckon the
# countries were pushed together"; "why was Kishida stressing urgency": he said it, the manner is the asker's): the
# act taken for granted is in what follows; not before a preposition ("believe in sanctions"). Only verbs with no
# other sense ("assume control", "figure out", "suspect Jones", "warn China", "urge calm" and "claim the islands"
# are acts; "feel" is a reaction, see _RESPONSE_VERBS).
_OPINION_VERBS = frozenset("think believe reckon stress emphasize emphasise insist argue".split())
_OPINION_OF = frozenset("in of about on".split())


def presupposed_action(presupposes: str, is_name: Callable[[str], bool] = lambda w: False, *,
                       common: bool = False) -> str | None:
    """The verb of what a why/how/when question takes for granted ("cancel" in "Kishida cancel his trip"); with
    ``common``, a verb too common to look for in other words too ("fire")."""
    from lemminflect import getAllLemmas

    def owner(word: str) -> bool:  # a name typed with its "'s" run on ("twitters")
        return len(word) > 3 and word.endswith("s") and is_name(word[:-1])

    tokens = presupposes.split()
    for i, token in enumerate(tokens):
        w = words(token)[0] if words(token) else ""
        if not w or w in STOPWORDS or token[:1].isupper() or is_name(w) or owner(w):
            continue  # a name, or one typed with its "'s" run on ("twitters board"), is who acts, not the act
        before = tokens[i - 1] if i else ""
        if before.lower() in _DETERMINERS or re.search(r"\w['’]s?$", before) or owner(before.lower()):
            continue  # after a determiner or a possessive, a noun: "the board", "Twitter's board", "twitters board"
        j = i - 1
        while j > 0 and country_of_people(tokens[j].lower()):
            j -= 1
        if j < i - 1 and tokens[j].lower() in _DETERMINERS and "NOUN" in getAllLemmas(w) and \
                tokens[i + 1 : i + 2] and tokens[i + 1][:1].isupper():
            continue  # "the Japanese premier Kishida": an office before a name (not "the Chinese oppose the plan")
        if before.lower() in _DEGREE and getAllLemmas(w).get("ADJ"):
            continue  # "why are they so negative", "the very popular Kishida resign": how a thing is, no act
        if i + 1 < len(tokens) and tokens[i + 1].lower() == "to" and (
                w in _BEFORE_THE_ACT or set(getAllLemmas(w).get("VERB", ())) & _BEFORE_THE_ACT):
            continue  # "where was the militia supposed to meet", "why did they plan to cancel": the act is after
        if w == "blame" and re.search(r"\b(?:is|are|was|were|be)\s+(?:\w+ly\s+)?to$",
                                      " ".join(tokens[max(0, i - 3) : i]).lower()):
            continue  # "china is (partly) to blame for pushing them together": who answers for the act after
        lemmas = getAllLemmas(w).get("VERB")
        if lemmas and lemmas[0] in _OPINION_VERBS and tokens[i + 1 : i + 2] and \
                tokens[i + 1].lower() not in _OPINION_OF:
            continue  # "Emanuel reckon the countries were pushed together": the act is "pushed"
        if lemmas:
            if terms(lemmas[0])[:1] and terms(lemmas[0])[0] in _LIGHT_VERBS | _QUESTION_WORDS | _RESPONSE_VERBS:
                return None  # "take place", "go to": the verb says too little to check
            if specificity(lemmas[0]) < _SPECIFIC_ACTION and not common:
                return None  # "stop", "start": said in too many ways ("shelved", "not renewing") to check
            if i + 1 < len(tokens) and tokens[i + 1].lower() in _PARTICLES:
                return f"{w} {tokens[i + 1].lower()}"  # "beefing up" means what "beefing" alone does not
            return w
    return None


def action_missing(
    presupposes: str, ranked: Sequence[Evidence], vectors: SentenceVectors, *, top: int = 8,
    is_name: Callable[[str], bool] = lambda w: False,
) -> str | None:
    """The verb the question takes for granted when none of the first ``top`` passages states it (as written
    or by a word close in meaning), else None: "Why did Kishida cancel his trip?" when nobody cancelled."""
    verb = presupposed_action(presupposes, is_name) if presupposes else None
    if verb is None or not ranked:
        return None
    texts = [e.sentence.text for e in ranked[:top]]
    if terms(verb)[0] in set().union(*(terms(t) for t in texts)) or same_way(verb, texts):
        return None  # stated as written, or another verb of the same change ("easing": "lift")
    from lemminflect import getAllLemmas

    if set(terms(" ".join(getAllLemmas(verb).get("VERB", (verb,))))) & _TELLING_ACTS and any(map(_TELLS.search, texts)):
        return None

    candidates = list(dict.fromkeys(w for t in texts for w in words(t) if w.isalpha() and w not in STOPWORDS))
    # Who does it stands for the act too: "teacher" for "teach" ("where does he teach": "a professor at…").
    doers = _doer_nouns(verb)
    # The act is told by a verb ("hailed" for "welcomed"); a noun near it in meaning may be its opposite ("approval"
    # for "reject": words alone put opposites close), so a noun stands for the act only when much closer.
    vectors.ensure([verb, *doers, *candidates])
    matrix = np.stack([vectors.get(w) for w in candidates])
    to_act = matrix @ vectors.get(verb)
    told = np.array([bool(getAllLemmas(w).get("VERB")) for w in candidates])
    # A verb at _ACTION_MATCH; any other word ("buddies": "friends") only at _NOUN_FOR_ACT.
    best = max(float(np.max(to_act, where=told, initial=0.0)),
               float(np.max(to_act, where=~told, initial=-1.0)) - (_NOUN_FOR_ACT - _ACTION_MATCH))
    if doers:
        best = max(best, float(np.max(matrix @ np.stack([vectors.get(a) for a in doers]).T)))
    return verb if best < _ACTION_MATCH else None


# The names or figures a why question's premise holds.
_NAME_BREAK = re.compile(r"[,;:]|\band\b|\bor\b|\bvs?\b", re.IGNORECASE)


def _premise_names(presupposes: str, is_name: Callable[[str], bool], ignore: frozenset[str]) -> list[list[str]]:
    """The names and figures in what a question takes for granted, each name as its run of words ("Jim Fitton";
    "Samsung", "Hyundai" apart): no title ("President"), no word of English typed first, no outlet's name."""
    groups: list[list[str]] = []
    run: list[str] = []
    for i, m in enumerate(re.finditer(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w’'&.-]*|\d[\d,.]*|[,;:]", presupposes)):
        token = m.group().rstrip(".")
        lower = token.lower()
        name = (token[:1].isupper() and (i or not in_dictionary(lower))) or (token.isalpha() and is_name(lower))
        figure = bool(re.fullmatch(r"\d[\d,.]*", token)) and not re.fullmatch(r"\d", token) and lower not in ignore
        title = bool(_PERSON_TITLE.fullmatch(token.capitalize()))
        while title and run and in_dictionary(run[-1].lower()):
            run.pop()  # "Deputy Prime" of "Deputy Prime Minister", "Foreign" of "Foreign Minister": the title's
        if _NAME_BREAK.fullmatch(token) or not name or figure or lower in STOPWORDS or title or (
                set(terms(lower)) and set(terms(lower)) <= ignore):
            if run:
                groups.append(run)
            run = []
            if figure:
                groups.append([token])
            continue
        run.append(token)
    if run:
        groups.append(run)
    return [g for g in groups if any(terms(w) for w in g)]


def names_apart(
    question: str, presupposes: str, ranked: Sequence[Evidence], layout: Layout, *, top: int = 10,
    is_name: Callable[[str], bool] = lambda w: False, ignore: frozenset[str] = frozenset(),
    lexicon: Lexicon | None = None,
) -> list[str]:
    """The names a why question takes for granted together ("why did Kishida bring the heads of Samsung, Hyundai,
    SK and LG") when none of the first ``top`` passages, read with the sentences either side of it, tells of them
    all, else []: what it asks the reason for is told of nobody it names ("Yoon brought…"). Each name may be told
    by any of its words ("Fitton" for "Jim Fitton") and as the articles name it otherwise (see _named_in); two names
    at least, as one missing is "never mention"."""
    groups = _premise_names(presupposes, is_name, ignore)
    if len(groups) < 2 or not ASKS_WHY.match(question):
        return []
    for e in ranked[:top]:
        key = (e.sentence.source, e.sentence.start)
        window = [e.sentence] + [s for s in (layout.previous.get(key), layout.next.get(key)) if s is not None]
        told = set().union(*(stated_terms(s.text) | _all_initials(s.text) for s in window))  # "LA", "19" of "$19m"
        told |= {t for s in window for w in names(s.text) for c in country_of_people(w) for t in terms(c)}  # "Japanese"
        if all(any(w.replace(",", "") in told or _named_in(w, told, lexicon) for w in g) for g in groups):
            return []
    return [" ".join(g) for g in groups]


def _all_initials(text: str) -> set[str]:
    """The initials of every run of two or more capitalised words in ``text``, and of each shorter run inside it
    ("LA" in "Los Angeles Mayor Karen Bass", "PM" in "Prime Minister Fumio Kishida")."""
    out = set()
    for m in re.finditer(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|the\s+|and\s+|for\s+)*[A-Z][\w’'.-]*)+", text):
        letters = [w[0].lower() for w in m.group().split() if w[:1].isupper()]
        out |= {"".join(letters[i:j]) for i in range(len(letters)) for j in range(i + 2, min(len(letters), i + 5) + 1)}
    return out


# A clause that only supposes the act ("even if Castro fired him", "he could change it"), or has it to do
# ("advising him to change his name").
_SUPPOSED = re.compile(r"\b(?:if|unless|whether|would|could|might|may)\b|\bto\s+$", re.IGNORECASE)
_ASKS_NOT = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
# Words that deny the act right after them ("rather than fire", "never changed", "declined to officially sign").
_DENIED_BEFORE_ACT = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|not|never|no\s+longer|without|refused\s+to|declined\s+to)"
    r"(?:\s+(?:to|be|been|have|having|ever|even|officially|actually|\w+ly))*\s+$|n['’]t\s+(?:\w+\s+)?$", re.IGNORECASE)


def denied_act(presupposes: str, question: str, passages: Sequence[str],
               is_name: Callable[[str], bool] = lambda w: False) -> tuple[str, str, int] | None:
    """(the question's act, the passage's words that deny it, the passage's index) when a why/how question takes
    for granted an act ("why did Castro fire Lamas") that the passages telling of it with what it was done to
    tell only as not done ("Rather than fire Lamas, Castro chose…", "I never changed my name officially")."""
    from lemminflect import getAllLemmas

    if not presupposes or _ASKS_NOT.search(question):
        return None  # "why didn't Japan…" asks about what did not happen
    verb = presupposed_action(presupposes, is_name, common=True)
    if verb is None:
        return None
    word = verb.split()[0]
    lemma = (getAllLemmas(word).get("VERB") or (word,))[0]
    # What else the act is told with (its doer, what it is done to): a passage must share one of those words.
    rest = {t for w in words(presupposes) if w.isalpha() and w not in STOPWORDS and w != word for t in terms(w)}
    denied: tuple[str, int] | None = None
    for k, text in enumerate(passages):
        if not rest & set(terms(text)):
            continue
        for m in re.finditer(r"[A-Za-z][\w’'-]*", text):
            if lemma not in getAllLemmas(m.group().lower()).get("VERB", ()):
                continue
            clause = re.split(r"[,;:.!?()–—]", text[: m.start()])[-1]
            cue = _DENIED_BEFORE_ACT.search(clause)
            if cue is None and _SUPPOSED.search(clause):
                continue  # "even if Castro fired him", "could change": supposed, neither done nor denied
            if cue is None:
                return None  # told as done somewhere: no denial
            start = m.start() - len(clause) + cue.start()
            while start > 0 and text[start - 1].isalpha():
                start -= 1  # the whole word of "n't": "didn't attend", not "n't attend"
            denied = denied or (text[start : m.end()].strip(), k)
    return (verb, denied[0], denied[1]) if denied else None


def _doer_nouns(verb: str) -> list[str]:
    """The nouns of English for who does ``verb`` ("teach": "teacher"; "visit": "visitor"; "rule": "ruler")."""
    from lemminflect import getAllLemmas

    low = verb.lower()
    stem = low[:-1] if low.endswith("e") else low
    forms = {stem + "er", stem + "or", low + low[-1] + "er"}
    return sorted(f for f in forms if f != low and f in getAllLemmas(f).get("NOUN", ()))


# "What did X say / tell / tweet…", "did X comment": a statement by X is asked for, so X must be quoted somewhere.
_SAID_BY = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:what\s+(?:did|does|do|has|have|had)|did)\s+(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+"
    r"(?:(?:ever|actually|personally|himself|herself|themselves|publicly|officially|really|\w+ly|first|later|"
    r"then|just|also)\s+)?"
    # Not the noun after a determiner: "did the Blue House get any say in it" asks of a part in a decision.
    r"(?<!\bany\s)(?<!\ba\s)(?<!\bno\s)(?<!\bsome\s)(?<!\bfinal\s)(?<!\bmore\s)(?<!\bthe\s)(?<!\btheir\s)"
    r"(?:say|said|tell|told|tweet|tweeted|comment|commented|claim|claimed|announce|announced|declare|declared)\b",
    re.IGNORECASE)
# "what the north korea government said about the summit", "what biden said": the same, typed without "did".
_SAID_BY_PLAIN = re.compile(
    r"^\W*(?:and\s+|so\s+|ok\s+)?(?:what|wat)\s+(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:(?:\w+ly|just|also)\s+)?"
    r"(?:said|says|told|tweeted|commented|claimed|announced|declared)\b",
    re.IGNORECASE)
# "How did X react / respond", "how has X commented", "how is X reacting": X's response is asked for, so X must be
# told of somewhere.
_REACTED_BY = re.compile(
    r"^\W*" + _FILLERS + r"(?:how['’]d\s+|(?:how\s+)?(?:did|does|do|has|have|had)\s+)(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+"
    r"(?:(?:\w+ly|first|initially)\s+)?(?:react|reacted|respond|responded|reply|replied|comment|commented)\b|"
    r"^\W*(?:and\s+|so\s+)?how\s+(?:is|are|was|were|has|have)\s+(?P<doing>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+"
    r"(?:been\s+)?(?:(?:\w+ly)\s+)?(?:reacting|responding|replying|commenting)\b|"
    # "any official reaction from Pyongyang?", "any response from the White House to the plan"
    r"^\W*(?:and\s+|so\s+)?(?:(?:was|is|were|are)\s+there\s+)?any\s+(?:official\s+|public\s+|formal\s+)?"
    r"(?:reaction|response|statement|comment|word)s?\s+from\s+(?P<from>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)"
    r"(?=\s+(?:on|about|to|over|after|regarding|re|following|since|at|in|yet|today|now|so|before|during|this|"
    r"last)\b|\W*$)",
    re.IGNORECASE)
# "Did Pyongyang put out any statement on the summit": what X said is asked for, as with "what did X say".
_STATEMENT_BY = re.compile(
    r"^\W*(?:and\s+|so\s+)?(?:did|has|have|had)\s+(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:\w+ly\s+)?"
    r"(?:put\s+out|issued?|released?|made|make|gave|give|published?)\s+(?:any|a|an)\s+"
    r"(?:official\s+|public\s+|formal\s+)?(?:statement|comment|remark|response|reaction)s?\b",
    re.IGNORECASE)
# What a statement was about, when that is an event: said before it ("last year, Pyongyang declared…"), it is
# no statement on it.
_ON_AN_EVENT = re.compile(r"\b(?:on|about|to|over|after|regarding|re|reacting\s+to|in\s+response\s+to)\s+"
                          r"(?:[\w’'.-]+\s+){0,4}?(?:summit|meeting|visit|trip|talks|conference|negotiations)\b",
                          re.IGNORECASE)
# Verbs after which the words before them (or the name right after, "…,” said Joel Atkinson) are who speaks.
_SPEAK_LEMMAS = frozenset(
    "say tell tweet write state add note argue warn urge call announce declare claim insist stress comment "
    "describe hail quote acknowledge explain reply respond criticize criticise praise welcome express accuse "
    "pledge vow promise oppose report believe".split())


@functools.lru_cache(maxsize=8192)
def _speaks_word(low: str) -> bool:
    from lemminflect import getAllLemmas

    return any(v in _SPEAK_LEMMAS for v in getAllLemmas(low).get("VERB", ()))


_PRONOUN_SPEAKERS = frozenset("he she they it we i us you".split())
# "…,” he said", "He added…", "…,’ said she"; not "Yoon said he agreed…" nor "Yoon said he warned…", where the one
# who speaks is named and "he" is the subject of what he said: the pronoun opens the sentence or follows a quote.
_PRONOUN_SAID = re.compile(r"(?:^|[,”\"’'.!?]\s*)(?:he|she|they)\s+(?:said|says|told|added|wrote|tweeted|noted|"
                           r"argued|warned)\b|[,”\"’']\s*(?:said|says|added)\s+(?:he|she)\b", re.IGNORECASE)
_SPEAKER_WINDOW = 6  # words from who speaks to the verb of speech ("Rahm Emanuel, the US ambassador to Japan, told")
# …or more, where all between is one aside set off by commas ("Ron DeSantis, a potential 2024 Republican rival to
# Trump, tweeted").
_APPOSITIVE_WINDOW = 14
_APPOSITIVE = re.compile(r"\s*,[^,.;:!?“”\"]+,\s*")
_UNQUOTED_POOL = 24  # passages searched for a statement by the one asked about


def _undotted(text: str) -> str:
    """``text`` with the dots of initials dropped: "U.S." is "US"."""
    return re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group().replace(".", ""), text)


def _speaks_in(names_: list[str], others: list[str], text: str, *, signed: bool = False, strict: bool = False) -> bool:
    """Whether ``text`` has the one asked about as the one speaking: one of its names (any part of it, or an
    acronym's words: "US", "United States") and all its other words ("opposition leader") in the sentence, one
    of them before a verb of speech in its clause, right after an inverted one ("…,” said Joel Atkinson, a
    professor at…"), or after "according to". ``strict``: the names' compass word is part of every writing
    of them (asked by its capital, "Pyongyang" is North Korea, and "Korean media" may be the South's)."""
    from rapidfuzz.distance import Levenshtein

    text = _undotted(text)
    found_tokens = list(re.finditer(r"[\w’'-]+|[.;:!?“”\"]", text))
    tokens = [m.group() for m in found_tokens]
    stems = [terms(t)[:1] for t in tokens]

    raws = [re.sub(r"[’']s$", "", t).lower() for t in tokens]
    countries = [country_of(r) for r in raws]  # "Tokyo said" is Japan speaking
    # …but "Seoul" is no "North Korea": a capital speaks for its country only where the compass words agree.
    compass = {w.lower() for w in names_ if w.lower() in COMPASS}
    countries = [c if c is None or compass <= set(c.split()) else None for c in countries]

    def where(w: str) -> list[int]:
        """Where the word ``w`` is written: "Chinese" and "China's" are one name's words."""
        if w.isupper() and len(w) >= 2:  # an acronym: the initials of the capitalised words from there
            return [i for i in range(len(tokens)) if tokens[i] == w or w == "".join(
                t[0] for t in itertools.takewhile(lambda t: t[:1].isupper(), tokens[i : i + len(w)]))
                or (countries[i] and w.lower() == "".join(c[0] for c in countries[i].split()))]  # "Washington"
        low = w.lower()
        stem = terms(w)[0] if terms(w) else low
        return [i for i, (s, raw, country) in enumerate(zip(stems, raws, countries, strict=True))
                if s and (s[0] == stem or derived(low, raw)
                          or (min(len(low), len(raw)) >= 6 and Levenshtein.distance(low, raw) <= 1)  # "defence"
                          or bool(country and low in country.split()))]

    at_name = sorted({i for w in names_ for i in where(w)})
    if compass and strict:  # "North Korea": its "Korea" only after "North" ("Korean media" may be the South's)
        at_name = [i for i in at_name if raws[i] in compass or countries[i] is not None or (i and raws[i - 1] in compass)]
    if names_ and not at_name:
        return False
    # A word that tells two places apart: a sentence that puts another before the name is about another place.
    asked_compass = {w.lower() for w in names_ if w.lower() in COMPASS and w.lower() not in raws}
    if asked_compass and any(i and raws[i - 1] in COMPASS - asked_compass for i in at_name):
        return False  # "North Korean state media" are not "Chinese state media … in South Korea"
    at_others = [where(w) for w in others]
    if not all(at_others):
        return False  # the sentence lacks part of who is asked about ("opposition leader": "leader" alone)
    if signed:
        return True  # the line that signs a post names who wrote it, with no verb
    at = at_name + [i for found in at_others for i in found]
    for i, token in enumerate(tokens):
        low = token.lower()
        if not _speaks_word(low) and low != "according":
            continue
        before = low != "according" and any(
            (0 < i - j <= _SPEAKER_WINDOW or (0 < i - j <= _APPOSITIVE_WINDOW and _APPOSITIVE.fullmatch(
                text[found_tokens[j].end() : found_tokens[i].start()])))  # "DeSantis, a potential rival to Trump, tweeted"
            and not any(t in ".;:!?“”\"" for t in tokens[j:i]) for j in at)
        after = any(0 < j - i <= (_SPEAKER_WINDOW if low == "according" else 4)
                    and not any(t in ".;:!?" for t in tokens[i:j])
                    and (low == "according" or not _clause_follows(tokens, j)) for j in at)
        if before or after:
            return True
    return False


_CLAUSE_WORDS = frozenset("will would won’t won't can can’t can't could should may might must is isn’t isn't "
                          "are aren’t aren't was wasn’t wasn't were has have had does did".split())


def _clause_follows(tokens: Sequence[str], at: int) -> bool:
    """Whether the name at ``tokens[at]`` goes on into a clause of its own ("…said North Korea and China won’t be
    happy"): then it is what was said, not who said it ("…,” said Joel Atkinson, a professor")."""
    from lemminflect import getAllLemmas

    k = at
    while k + 1 < len(tokens) and tokens[k + 1][:1].isupper():
        k += 1  # the rest of the name
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].lower()
    if nxt in ("and", "or"):  # "said Kishida and Yoon in a joint statement": two who speak, unless a verb
        return k + 2 < len(tokens) and tokens[k + 2][:1].isupper() and _clause_follows(tokens, k + 2)  # follows
    # A finite verb; a participle is a description ("…said Joel Atkinson, a professor specializing in…").
    return nxt in _CLAUSE_WORDS or (nxt.isalpha() and not nxt.endswith(("ing", "ed")) and "VERB" in getAllLemmas(nxt)
                                    and "NOUN" not in getAllLemmas(nxt))


_NOT_THE_DOER = frozenset("about against at for from in into of on over to toward towards with without".split())
_ADVERB_WORDS = frozenset("also still then again already just once later even".split())


def _acts_in(doers: Sequence[str], text: str, *, described: Sequence[str] = ()) -> bool:
    """Whether one of ``doers`` (names, each as one phrase: "Pyongyang", "North Korea"; or, after "her", "the"
    and the like, a ``described`` word: "…, her agent said") stands in ``text`` as who acts, with no preposition
    in the two words before it ("a front against nuclear-armed North Korea"): before its verb ("North Korea
    fired", "Pyongyang also said"), through its office or people ("Japan’s Defense Minister Nobuo Kishi said",
    "the State Department spokesperson reiterated"), or after a passive's "by" ("hailed by the White House").
    Not owning a thing ("Pyongyang’s growing aggression") nor acted upon ("…would only benefit North Korea")."""
    text = _undotted(text)
    named = [rf"\b{re.escape(d)}\b" for d in doers]
    # An acronym is also written out: "US" acts as "The United States was alarmed".
    named += [r"\b" + r"\s+".join(rf"{c}[\w’'-]*" for c in d) + r"\b" for d in doers if d.isupper() and len(d) > 1]
    # A country acts through the office its adjective names: "Mexican President López Obrador boycotted".
    adjectives = sorted({rf"\b{re.escape(w)}\b" for d in doers if " " not in d
                         for w in re.findall(r"\b[A-Z][a-z]+\b", text) if derived(d.lower(), w.lower())
                         and not w.lower().endswith("s")})
    named += adjectives
    told = named + [rf"(?<=\b(?:his|her|its|the) ){re.escape(d)}\b" for d in described]
    for k, pattern in enumerate(told):
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if k < len(named) and not m.group()[:1].isupper():
                continue  # a name is written with a capital: "their house" is no "House"
            if _quoted_at(text, m.start()):
                continue  # inside another's quote ("“…is what North Korea is scared about,” he told CNN")
            earlier = re.findall(r"[\w’'-]+", text[: m.start()])
            while earlier and earlier[-1][:1].isupper():
                earlier.pop()  # the rest of the name ("White" of "White House")
            before = [w.lower() for w in earlier[-2:]]
            if before and _speaks_word(before[-1]) and _clause_follows(
                    re.findall(r"[\w’'-]+|[,.;:!?“”\"]", text[m.start() :]), 0):
                continue  # "Emanuel … said North Korea won't be happy": what one said of X, no act of X's
            if "by" in before or (before and _speaks_word(before[-1])) or before == ["according", "to"]:
                return True  # "hailed by the White House", "…,” said Greta Thunberg", "according to X"
            owner = "’s" if pattern in adjectives else ""  # "Mexican President…" as "Mexico's President…"
            if not set(before) & _NOT_THE_DOER and _verb_follows(owner + text[m.end() :]):
                return True
    return False


_QUOTED_WORDS = 5  # words from which what stands between quotation marks is somebody's words, not a title


def _quoted_at(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a quotation of ``_QUOTED_WORDS`` words or more ("“…what North Korea is scared
    about,” he told CNN"); a title in quotation marks ("“Batgirl” directors") is none."""
    before = text[:at]
    curly = before.count("“") > before.count("”")
    if not curly and not before.count('"') % 2:
        return False
    opening = before.rfind("“") if curly else before.rfind('"')
    closing = text.find("”" if curly else '"', at)
    quoted = text[opening + 1 : closing if closing >= 0 else len(text)]
    return len(quoted.split()) >= _QUOTED_WORDS


def _verb_follows(rest: str) -> bool:
    """Whether a verb comes next in ``rest`` (the text after a name), over adverbs ("also said"), a description
    set off by commas ("Greta Thunberg, the Swedish climate activist, tweeted"), a plain noun and the names after
    it ("directors Adil El Arbi and Bilall Fallah said") and, after a possessive, the office or person it owns
    ("’s Defense Minister Nobuo Kishi said", "’s prime minister said", "’s spokesperson said")."""
    from lemminflect import getAllLemmas

    owned = re.match(r"[’']s\b", rest)
    tokens = re.findall(r"[\w’'-]+|[,;:.!?()“”\"]", rest[owned.end() if owned else 0 :])[:12]
    skipped, i = 0, 0
    while i < len(tokens):
        token = tokens[i]
        low = token.lower()
        i += 1
        if token in "“”\"":
            continue  # "“Batgirl” directors"
        if token == "," and not skipped and "," in tokens[i : i + 8]:
            i = tokens.index(",", i) + 1  # ", the Swedish climate activist,"
            continue
        lemmas = getAllLemmas(low) if low.isalpha() else {}
        if low.endswith("ly") or low in _ADVERB_WORDS:
            continue
        capital = token[:1].isupper()
        verbs = lemmas.get("VERB", ())
        inflected = bool(verbs) and low not in verbs and not low.endswith("ing")  # "said", "condemns"
        if (capital and (owned or skipped)) or (not capital and set(lemmas) == {"NOUN"}) or (
                owned and not capital and low.isalpha() and not inflected and "AUX" not in lemmas) or (
                low == "and" and skipped):
            # "Department spokesperson"; after a possessive, a name or a title too ("’s prime minister"), and after
            # a plain noun the names it has ("directors Adil El Arbi"); but not after a bare name ("President Yoon
            # met…" is Yoon acting, not every president).
            skipped += 1
            continue
        verb = bool(verbs or "AUX" in lemmas) and not capital and not ("NOUN" in lemmas and low.endswith("s")
                                                                       and not inflected)
        return verb and (skipped > 0 or not owned)  # "Pyongyang’s growing aggression": what it owns
    return False


# What is asked about when a document "says" something: its text is the answer, whoever wrote it.
_DOCUMENTS = frozenset(terms("statement report article declaration communique letter tweet post speech editorial "
                             "agreement deal plan memo study survey poll document text transcript interview story "
                             "piece headline caption"))


def asks_reaction(question: str) -> bool:
    """Whether ``question`` asks how somebody reacted ("how did X react / respond / comment")."""
    return bool(_REACTED_BY.match(question))


_ANYBODY = frozenset("guy guys dude dudes person people persons folks man men woman women lady ladies fellow chap "
                     "bloke someone somebody one ones".split())


def unquoted_speaker(
    question: str, ranked: Sequence[Evidence], layout: Layout, is_name: Callable[[str], bool] = lambda w: False,
    titled: Callable[[Sequence[str]], set[str]] = lambda words: set(),
    outlets: frozenset[str] = frozenset(),
) -> str | None:
    """Who a "what did X say" question asks a statement of, as the question writes it, when none of the
    passages found has X speaking (nor a post signed by X, nor "…,” he said" after a sentence naming X);
    else None. "What did Taiwan say about the summit" where Taiwan is only a strait's name. For "how did X
    react", X need only be told of with all its words, since a reaction may be an act."""
    m = (_SAID_BY.match(question) or _SAID_BY_PLAIN.match(question) or _STATEMENT_BY.match(question)
         or _REACTED_BY.match(question))
    if not m:
        return None
    # A reaction may be an act as well as words ("Japan recalled its ambassador"): then X need only be told of.
    reacted = m.re is _REACTED_BY
    on_event = bool(_ON_AN_EVENT.search(question, m.end()))
    written = (m.group("who") or m.group("doing") or m.group("from")).strip()
    if reacted and re.search(r"\b(?:you|i|we)\b", written, re.IGNORECASE):
        return None  # "how do you think Japan reacted" asks for an opinion
    if written.isupper() or any(w.lower() in _AUXILIARIES for w in written.split()):
        return None  # a question typed in capitals has no acronyms to tell apart; "who did…" is no speaker
    content = [w for w in (re.sub(r"[’']s$", "", w) for w in re.findall(r"[A-Za-z][\w’'-]*", written))
               if not (w.isupper() and len(w) > 1) and w.lower() not in STOPWORDS | _PRONOUN_SPEAKERS and terms(w)
               or w.isupper() and len(w) > 1]  # "us" is a pronoun, "US" a country
    if not content or written.lower() in _PRONOUN_SPEAKERS:
        return None  # "what did he say": who is the conversation's, and the follow-up resolves it
    if set(terms(content[-1])[:1]) & _DOCUMENTS:
        return None  # "what did the joint statement say": what it holds, not who spoke
    if (said_by := {t for w in content for t in terms(w)}) and said_by <= outlets:
        return None  # "what did the Herald say": an outlet (or author) of the articles says what its piece does
    names_ = [w for w in content if w[:1].isupper() or is_name(w.lower())]
    # "the defense ministry guy": a word for anybody says nothing a passage must write ("…official told AFP").
    described = [w for w in content if w not in names_]
    others = [w for w in described if w.lower() not in _ANYBODY]
    anybody = len(others) < len(described)  # "the mechanic guy": a mechanic is asked for, not any speaker
    if not names_ and (not others or (len(others) == 1 and not anybody)):
        return None  # "what did experts say": a kind of speaker any passage may quote as "…, Atkinson said"
    # Who acts in a reaction, each name whole ("North Korea" for "Pyongyang"); what describes them is read too
    # ("griner's agent": "…, her agent said").
    countries = [country for w in names_ if (country := country_of(w))]
    doers = [*names_, *countries]
    # News names a government by its capital: "Seoul said" is told as "the South Korean side stated".
    names_ += [c for country in countries for c in country.title().split()]
    def speaks(names: list[str], others: list[str], e: Evidence) -> bool:
        s = e.sentence
        key = (s.source, s.start)
        if reacted:
            # Named in it with all its words, as the one who acts ("Pyongyang fired…", not "concerns over
            # Pyongyang's tests"), and not before the event ("just hours before the trip", "last year").
            # A heading inside the article (a photo's caption, "North Korea launches rocket … on March 10") tells
            # what a picture shows, not how anyone answered the event asked about.
            return (_speaks_in(names, others, s.text, signed=True)
                    and _acts_in(doers if names is names_ else names, s.text, described=others)
                    and not told_as_earlier(s.text)
                    and not (s.kind == "heading" and layout.first.get(s.source) != s.start))
        line = layout.attributed_by.get(key) or layout.signatures.get(key)
        if line is not None and _speaks_in(names, others, line.text, signed=True):
            return True  # a post signed by X ("— Bloomberg Economics (@economics) March 16, 2023")
        if on_event and told_as_earlier(s.text):
            return False  # "Last year, Pyongyang declared…" says nothing on the summit asked about
        if _speaks_in(names, others, s.text, strict=names is names_ and bool(countries)):
            return True
        # "Yoon arrived in Tokyo. “We share values,” he said.": a pronoun speaks for the name just before, when
        # that name acts there ("Emanuel said North Korea won't be happy. “…,” he told CNN." is Emanuel's).
        before = layout.previous.get(key)
        return before is not None and bool(_PRONOUN_SAID.search(s.text)) and _speaks_in(
            names, others, before.text, signed=True) and (_acts_in(names, before.text, described=others)
                                                          or _speaks_in(names, others, before.text))

    pool = ranked[:_UNQUOTED_POOL]
    if any(speaks(names_, others, e) for e in pool):
        return None
    # A title stands for the one the articles give it to: "the South Korean president" speaks as "Yoon said".
    holders = [n.title() for n in titled(content) if n not in STOPWORDS]  # not the "The" of "The US Embassy"
    if holders and any(speaks(holders, [], e) for e in pool):
        return None
    return re.sub(r"^(?:the|a|an)\s+", "", written, flags=re.IGNORECASE)


def parts_unanswered(
    parts: Sequence[str], ranked: Sequence[Evidence], context: int = 8,
    alike: Callable[..., set[str]] | None = None,
) -> str | None:
    """Why a multi-part question whose every part asks for a figure or a date ("how far did it fly and how
    high") goes unanswered: no passage among the first ``context`` gives what any part asks for. None when
    one part is answered or asks for something else. ``alike`` (word, candidates) -> those close in meaning:
    a count of other things ("two countries") gives no count of victims."""
    wanted = []
    for part in parts:
        unit = _measure(part)
        kind = "number" if unit else answer_type(part)
        if kind not in ("number", "date"):
            return None  # a part that asks for an account, a reason or a name is judged by what is found
        if any(_gives(kind, unit, e.sentence.text, part, alike=alike) for e in ranked[:context]):
            return None
        wanted.append(unit or {"number": "figure", "date": "date"}[kind])
    return f"no passage gives the {' or the '.join(dict.fromkeys(wanted))} asked for" if wanted else None
