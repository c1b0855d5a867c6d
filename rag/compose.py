"""Composing answers from evidence sentences.

A composer turns the question and the numbered evidence (``[1]`` is
``evidence[0]``) into answer text, as a stream of pieces whose sentences end
with the markers of the evidence they rest on. The chain verifies every
sentence before it reaches the user, whichever composer wrote it.

The extractive composer needs no model: its sentences are the evidence
sentences themselves, so it cannot state anything the articles do not.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from difflib import SequenceMatcher
from typing import Protocol

import numpy as np

from .evidence import Evidence, SentenceVectors, answer_names, answer_type, overlaps, question_terms
from .text import numbers, terms
from .understand import ASKS_WHY, REQUESTED_COUNT, is_comparison, writes

# What a composer writes when the evidence does not answer the question.
DECLINED = "NOT IN THE ARTICLES"

__all__ = [
    "Composer", "ExtractiveComposer", "select_sentences", "corroborating", "central_points", "is_comparison", "trim",
    "DECLINED",
]

_REDUNDANT = 0.8  # cosine above which two sentences say the same thing
_SAME_TOPIC = 0.5  # cosine above which two sentences are about the same thing
_KEEP_RATIO = 0.8  # a further sentence must score at least this share of the best one
_COMPARE_FLOOR = 0.6  # comparisons: a source's sentence must score at least this share of the best one
_OFFERS = 3  # comparisons: sentences each source offers
_AGREEMENT = 0.5  # comparisons: weight of closeness to the other sources' sentences
_MAX_SOURCES = 5
_SUMMARY_SENTENCES = 6  # an overview's sentences…
_MOST_SENTENCES = 6  # …and the most it gives, whatever number is asked for
_SUMMARY_POOL = 24  # the best evidence sentences an overview chooses from
_SUMMARY_DIVERSITY = 0.5  # weight of likeness to sentences already chosen
# Cosine from which an overview's sentence makes a point a chosen one made (in other words, or from another
# outlet): held back until no other point is left. Not for the reasons of a why-question, which a sentence
# close to the first may give ("amid concerns about the spread of the coronavirus").
_ONE_POINT = 0.7
_SUMMARY_CORROBORATION = 0.4  # weight of the share of other outlets that report a point too
# Cosine at which another outlet's sentence reports the same point: what makes an overview's point a main one,
# and a cited sentence "reported by" another source too (one value: an earlier 0.72 here was shadowed by it).
_CORROBORATES = 0.6
# An overview of what an event produced ("what was agreed", "tldr of the summit"): a sentence that tells of a
# decision or a commitment counts this much more (its relevance is cosine-sized, about 0.3 to 0.7).
_OUTCOME_WEIGHT = 0.3
_OUTCOME = re.compile(r"\b(?:agreed|agrees|announced|announces|decided|decides|pledged|pledges|promised|promises|"
                      r"vowed|vows|signed|approved|committed|will)\b", re.IGNORECASE)
# A sentence that opens on another time ("In September, Yoon and Kishida … agreed to improve relations", "In 2019,
# …", "Last year, …") tells what came before, as news sets background: in an overview of what an event produced,
# its decisions are no outcome of this one, and it loses what the cue would give it.
_BACKGROUND_OPENING = re.compile(
    r"^\W*(?:(?:back\s+)?in|since|until|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december|(?:19|20)\d\d)\b|^\W*(?:last|that|the previous) year\b|"
    r"^\W*(?:\w+\s+)?years? (?:ago|earlier|before)\b",
    re.IGNORECASE)
# An overview of the background ("gsomia backstory", "history between the two countries"): a sentence that dates
# what it tells by a year, or speaks of history, counts this much more (half an outcome's: the story's own
# sentences seldom give their year, news dates them "on Thursday").
_DATED_WEIGHT = 0.15
_DATED = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:histor\w*|colonial|decades?|centur\w+)\b", re.IGNORECASE)
# An account of why: a sentence in the language of causes and purposes counts this much more.
_REASON_WEIGHT = 0.15
_REASON = re.compile(r"\b(?:because|due to|in order to|so as to|in response to|amid|factors?|driven by|prompted|"
                     r"reasons?|pushed|owing to|thanks to|motivat\w+|in the face of|as a result)\b", re.IGNORECASE)


class Composer(Protocol):
    name: str

    def compose(self, question: str, evidence: Sequence[Evidence]) -> Iterator[str]:
        """Answer text in pieces; every sentence ends with markers like ``[2]`` into ``evidence``."""
        ...


def _cos(vectors: SentenceVectors, a: Evidence, b: Evidence) -> float:
    return float(np.dot(vectors.get(a.sentence.text), vectors.get(b.sentence.text)))


def _same_point(vectors: SentenceVectors, a: Evidence, b: Evidence, *, at: float = _REDUNDANT) -> bool:
    """Whether ``a`` and ``b`` make a point twice (cosine ``at`` or more): as wholes, or one of two sentences
    joined makes the other's (the joint vector of a pair is far from either of its sentences)."""
    return any(float(np.dot(vectors.get(x), vectors.get(y))) >= at
               for x in (a.parts or (a.sentence.text,)) for y in (b.parts or (b.sentence.text,)))


_WHY_FLOOR = 0.6  # share of the best passage's score a further reason must have (not a stray sentence elsewhere)


def select_sentences(
    question: str, ranked: Sequence[Evidence], vectors: SentenceVectors, *, max_sentences: int,
    shape: str = "fact", parts: int = 1, outcomes: bool = False, background: bool = False,
    forms: Sequence[str] = (),
) -> list[Evidence]:
    """The evidence sentences that answer best, without repeating one another.

    An overview (``shape`` "summary") takes several sentences on different points from
    several sources; a multi-part question takes the best sentence for each of its ``parts``
    (the chain puts those first). An overview of what an event produced (``outcomes``) prefers
    the sentences that tell of decisions and commitments; one of the background (``background``), the
    sentences that date what they tell. A question how the articles spell a name takes a sentence for each way
    they write it (``forms``, see :func:`written_forms`; the chain puts those first).
    """
    if not ranked:
        return []
    if forms:
        chosen: list[Evidence] = []
        for form in forms:
            e = next((e for e in ranked if writes(e.sentence.text, form)), None)
            if e is not None and all(e is not c for c in chosen):
                chosen.append(e)
        if chosen:
            return chosen
    top = ranked[0].score
    if shape == "summary":
        asked = REQUESTED_COUNT.search(question)
        count = int(next(iter(numbers(asked.group(1))))) if asked else _SUMMARY_SENTENCES
        cue, weight = (_DATED, _DATED_WEIGHT) if background else (_OUTCOME if outcomes else None, _OUTCOME_WEIGHT)
        return _overview(ranked, vectors, count=max(2, min(count, _MOST_SENTENCES)), cue=cue, cue_weight=weight,
                         one_point=_ONE_POINT)
    if shape == "multi" and parts > 1:
        chosen = []
        for e in ranked:
            if len(chosen) == parts:
                break
            if all(_cos(vectors, e, c) < _REDUNDANT for c in chosen):
                chosen.append(e)
        return chosen
    if is_comparison(question):
        return _one_per_source(question, ranked, vectors, floor=_COMPARE_FLOOR * top)
    if ASKS_WHY.match(question):
        # A reason is mostly several (the threat from the North, China, Washington's push): an account of
        # why takes the sentences that give different ones, as an overview does.
        # The closest passage still goes first.
        return _overview([e for e in ranked if e.score >= _WHY_FLOOR * top], vectors, count=max_sentences + 1,
                         first=ranked[0], cue=_REASON, cue_weight=_REASON_WEIGHT)
    chosen = [ranked[0]]
    for e in ranked[1:]:
        if len(chosen) >= max_sentences or e.score < _KEEP_RATIO * top:
            break
        if e.lexical > 0 and all(_cos(vectors, e, c) < _REDUNDANT for c in chosen):
            chosen.append(e)
    if len(chosen) == 1 and max_sentences > 1 and _points_back(question, ranked[0].sentence.text):
        # "Albright would call it her greatest regret": what "it" is, the closest passage does not say; the next
        # close one of the same article that is no repeat of it may ("Rwandan genocide among Albright's greatest
        # regrets"), and goes with it.
        told = next((e for e in ranked[1:_REFERENT_POOL] if e.sentence.source == ranked[0].sentence.source
                     and e.score >= _REFERENT_FLOOR * top and e.lexical > 0
                     and not overlaps(e.sentence, ranked[0].sentence)
                     and _cos(vectors, e, ranked[0]) < _REDUNDANT), None)
        chosen += [told] if told else []
    return chosen


_REFERENT_POOL = 4  # passages looked at for what the closest one's "it" stands for…
_REFERENT_FLOOR = 0.5  # …of those scoring this share of the best at least
# A verb of the question, then only a pronoun where its object should be ("call it", "described this as").
# "It" or "them" that is no clause's subject ("announced it will open…"); "this" or "that" only before "as" or
# where the clause ends ("declared that it had…", "said this week", "decided that the law…" are none).
_POINTING = (r"(?:(?:it|them)\b(?!\s+(?:will|would|is|was|has|had|could|can|may|might|must|should|were|are)\b)|"
             r"(?:this|that|these|those)(?=\s+as\b|\s*[.,;:!?]))")


def _points_back(question: str, sentence: str) -> bool:
    """Whether ``sentence`` has a verb of ``question`` (not a word of asking) with only a pronoun for its
    object: the thing asked about is named elsewhere ("what did Albright call her greatest regret": "Years
    later, Albright would call it her 'greatest regret'")."""
    if not re.match(r"^\W*(?:(?:and|so|ok)\s+)?(?:what|which)\b", question, re.IGNORECASE):
        return False
    asked = set(terms(question))
    for m in re.finditer(rf"\b([a-z]+)\s+{_POINTING}", sentence):
        if set(terms(m.group(1))) & asked:
            return True
    return False


def _overview(
    ranked: Sequence[Evidence], vectors: SentenceVectors, *, count: int,
    first: Evidence | None = None, cue: re.Pattern[str] | None = None, cue_weight: float = 0.0,
    one_point: float = _REDUNDANT,
) -> list[Evidence]:
    """Sentences that together cover the most: relevant, unlike one another, from several sources
    (maximal marginal relevance, with a small preference for a source not yet quoted); a sentence ``cue``
    finds (a decision for an overview of outcomes, a cause for a why-question) counts ``cue_weight`` more; one
    as close as ``one_point`` to a chosen one waits until no other point is left."""
    pool = [e for e in ranked[:_SUMMARY_POOL] if e.sentence.kind == "body"] or list(ranked[:_SUMMARY_POOL])
    # A main point is one several outlets report: the share of the other sources that have a sentence
    # like it (what only one outlet says, "In September, they met in New York", is background).
    sources = {e.sentence.source for e in pool}
    corroborated = {
        id(e): len({o.sentence.source for o in pool if o.sentence.source != e.sentence.source
                    and _cos(vectors, e, o) >= _CORROBORATES}) / max(1, len(sources) - 1)
        for e in pool
    }
    chosen: list[Evidence] = [] if first is None else [first]
    pool = [e for e in pool if e is not first]
    # A point another outlet reports too is told once: a sentence close to a chosen one (the Nikkei wire's
    # "resume a working-level security dialogue" beside Kishida's "resume bilateral security talks") waits
    # until no other point is left, so that the overview's sentences go to different points.
    held: list[Evidence] = []
    relaxed = False
    while len(chosen) < count:
        if not pool:
            if relaxed or not held:
                break
            pool, held, relaxed = held, [], True

        def gain(e: Evidence) -> float:
            overlap = max((_cos(vectors, e, c) for c in chosen), default=0.0)
            fresh = 0.05 if all(c.sentence.source != e.sentence.source for c in chosen) else 0.0
            told = cue_weight if cue is not None and cue.search(e.sentence.text) else 0.0
            if cue is _OUTCOME and _BACKGROUND_OPENING.search(e.sentence.text):
                told -= cue_weight  # what an earlier meeting agreed is background, not this one's outcome
            return e.score + _SUMMARY_CORROBORATION * corroborated[id(e)] - _SUMMARY_DIVERSITY * overlap + fresh + told

        best = max(pool, key=gain)
        pool.remove(best)
        # Not a point made again, nor the same sentence again with its neighbour joined to it.
        if any(_same_point(vectors, best, c) or overlaps(best.sentence, c.sentence) for c in chosen):
            continue
        if not relaxed and any(_same_point(vectors, best, c, at=one_point) for c in chosen):
            held.append(best)
            continue
        chosen.append(best)
    return chosen


# An overview of the collection's own topic ("what came out of the Yoon-Kishida summit" over articles that are all
# about it): a sentence's closeness to the request counts this share of its score, beside how many outlets report
# its point and, for outcomes, whether it tells of a decision. Each article names the event in the sentences that
# repeat the request ("Yoon met Kishida, the first summit in 12 years"); what it produced ("Japan will lift export
# controls…") shares few of its words. (Tuned on the held-out dev split: 0.3 and 0.7 did worse.)
_CENTRAL_RELEVANCE = 0.5


def central_points(ranked: Sequence[Evidence], vectors: SentenceVectors, *, outcomes: bool) -> list[Evidence]:
    """The body sentences of ``ranked`` scored as points of an overview of the whole collection: part closeness to
    the request, the share of the other outlets that report the same point (cosine ``_CORROBORATES``), and for an
    overview of outcomes a decision told (not one of an earlier meeting); best first.

    The overview then chooses among the best of them (see _overview) and weighs the same two again, among those
    only: what several outlets report and what was decided count once to be among the sentences it chooses from
    and once to be chosen, so that closeness to the request counts for well under half. The scores are the
    overview's, not closeness, wherever the evidence is shown."""
    pool = [e for e in ranked if e.sentence.kind == "body"]
    if not pool:
        return list(ranked)
    vectors.ensure([e.sentence.text for e in pool])
    matrix = np.stack([vectors.get(e.sentence.text) for e in pool])
    close = matrix @ matrix.T >= _CORROBORATES
    sources = [e.sentence.source for e in pool]
    others = max(1, len(set(sources)) - 1)

    def score(i: int, e: Evidence) -> float:
        share = len({sources[j] for j in np.flatnonzero(close[i]) if sources[j] != sources[i]}) / others
        told = 0.0
        if outcomes and _OUTCOME.search(e.sentence.text) and not _BACKGROUND_OPENING.search(e.sentence.text):
            told = _OUTCOME_WEIGHT
        return _CENTRAL_RELEVANCE * e.score + _SUMMARY_CORROBORATION * share + told

    return sorted((dataclasses.replace(e, score=score(i, e)) for i, e in enumerate(pool)), key=lambda e: -e.score)


def _name_likeness(a: list[str], b: list[str]) -> float:
    return max((SequenceMatcher(None, x.lower(), y.lower()).ratio() for x in a for y in b), default=0.0)


_DATE_LIKE = re.compile(r"1[5-9]\d\d|20\d\d")
_DAY_OF_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
_SOURCES_COUNTED = re.compile(r"\b\d+\s+(?:outlets?|sources?|articles?|pieces?|reports?|papers?|stories)\b",
                              re.IGNORECASE)


def _one_per_source(
    question: str, ranked: Sequence[Evidence], vectors: SentenceVectors, *, floor: float
) -> list[Evidence]:
    """For questions comparing the sources: each source's sentence about the same thing as the others'.

    Each source offers its best few sentences; the one chosen scores well and
    agrees most with what the other sources offer: in meaning, or, when the
    question asks for a name, in the name it gives (so "President Moon Jae-in"
    does not stand in for "President Yoon Seok-youl" in one outlet).
    """
    offers: dict[str, list[Evidence]] = {}
    # "What happened to GSOMIA in 2019 - how do the articles describe it", "one piece says 40 yrs, DW says 35": a
    # source's sentences that state a figure of the question, on its topic (close to the best passage), are what it
    # says of that; they may share few other words with the question ("In 2019, South Korea scrapped its military
    # intelligence-sharing agreement"), so they count whatever their score.
    figures = numbers(_SOURCES_COUNTED.sub(" ", question), spelled=False)  # not "do the 3 outlets agree"
    # "How long was the colonial rule? The articles say different things": asked for a figure and naming none, a
    # source's sentences on the topic that give one are what it says ("35-year colonial rule", "for 40 years").
    counted = not figures and answer_type(question) == "number"

    def states(e: Evidence) -> bool:
        if figures:
            return bool(figures & numbers(e.sentence.text, spelled=False))
        # A count or a length, spelled or not ("three chemicals", "35-year"); a year or a day is a date.
        return counted and any(not _DATE_LIKE.fullmatch(n) for n in numbers(_DAY_OF_MONTH.sub(" ", e.sentence.text)))

    stating = [e for e in ranked if states(e) and (e.score >= floor or _cos(vectors, e, ranked[0]) >= _SAME_TOPIC)]
    # A source that states the figure offers those sentences; any other, its best few above the floor.
    stated_in = {e.sentence.source for e in stating}
    for e in [*stating, *(e for e in ranked if e.score >= floor and e.sentence.source not in stated_in)]:
        group = offers.setdefault(e.sentence.source, [])
        if len(group) < _OFFERS and all(o is not e for o in group):
            group.append(e)
    if len(offers) < 2:
        return [next(iter(offers.values()))[0]] if offers else []

    if answer_type(question) == "name":
        found = {id(e): answer_names(e.sentence.text, question) for group in offers.values() for e in group}

        def likeness(e: Evidence, o: Evidence) -> float:
            return _name_likeness(found[id(e)], found[id(o)])
    else:

        def likeness(e: Evidence, o: Evidence) -> float:
            return _cos(vectors, e, o)

    def agreement(e: Evidence) -> float:
        others = [max(likeness(e, o) for o in group) for src, group in offers.items() if src != e.sentence.source]
        return sum(others) / len(others)

    chosen = [max(group, key=lambda e: e.score + _AGREEMENT * agreement(e)) for group in offers.values()]
    return sorted(chosen, key=lambda e: -e.score)[:_MAX_SOURCES]


def corroborating(
    chosen: Evidence,
    pool: Sequence[Evidence],
    vectors: SentenceVectors,
    *,
    question: str = "",
    previous: Mapping[tuple[str, int], str] | None = None,
) -> list[Evidence]:
    """The best sentence of each other source in ``pool`` that reports what ``chosen`` reports.

    When ``chosen`` answers with figures the question does not contain ("in 2016"),
    another source corroborates it by stating one of those figures on the same
    topic; otherwise its sentence must be close in meaning. A sentence's topic
    includes the sentence before it (``previous``), so "This framework dates
    from 2016" counts when the sentence before names the framework.
    """
    answer_figures = numbers(chosen.sentence.text, spelled=False) - numbers(question, spelled=False)
    found: dict[str, Evidence] = {}
    for e in pool:
        source = e.sentence.source
        if source == chosen.sentence.source or source in found:
            continue
        closeness = _cos(vectors, chosen, e)
        if answer_figures:
            before = (previous or {}).get((source, e.sentence.start))
            if before is not None:
                vectors.ensure([before])
                closeness = max(closeness, float(np.dot(vectors.get(chosen.sentence.text), vectors.get(before))))
            agrees = closeness >= _SAME_TOPIC and bool(answer_figures & numbers(e.sentence.text, spelled=False))
        else:
            agrees = closeness >= _CORROBORATES
        if agrees:
            found[source] = e
    return list(found.values())


_CLAUSE_BREAK = re.compile(r"\s[–—]\s|;\s|,\sand\s(?=[a-z])")
_TRIM_ABOVE = 200  # characters: shorter sentences are kept whole
_MODALS = frozenset("will would can could should may might must shall".split())


def _shares_subject(rest: str) -> bool:
    """Whether the words after ", and" go on with the subject before it ("Tokyo lifted…, and is expected to…"):
    they open with a verb, so they are no clause that can stand alone."""
    from lemminflect import getAllLemmas

    first = re.match(r"[a-z]+", rest)
    if first is None:
        return False
    if first.group() in _MODALS:
        return True
    lemmas = getAllLemmas(first.group())
    return ("VERB" in lemmas or "AUX" in lemmas) and "NOUN" not in lemmas


_QUOTE_MARK = re.compile(r"[\"“”]")  # double quotation marks, straight or curly (not apostrophes)


def trim(sentence: str, question_terms: set[str]) -> tuple[int, int]:
    """The (start, end) of the clause of a long ``sentence`` that answers, or of the whole sentence.

    A clause is kept only when it holds every question term the whole sentence
    holds; the result is always a slice of the sentence, so quotes stay exact.
    """
    if len(sentence) <= _TRIM_ABOVE:
        return 0, len(sentence)
    wanted = question_terms & set(terms(sentence))
    if not wanted:
        return 0, len(sentence)  # no word of the question tells which clause answers: the sentence says it whole
    breaks = [m for m in _CLAUSE_BREAK.finditer(sentence) if not _shares_subject(sentence[m.end() :])]
    bounds = [0, *(x for m in breaks for x in (m.start(), m.end())), len(sentence)]
    best = (0, len(sentence))
    for start, end in zip(bounds[::2], bounds[1::2]):
        clause = sentence[start:end].rstrip(",;: ")
        if len(_QUOTE_MARK.findall(sentence, 0, start)) % 2 or len(_QUOTE_MARK.findall(clause)) % 2:
            continue  # into a quotation: cut from who says it or left open, read as sentences of its own ("…space!")
        if len(clause.split()) >= 6 and wanted <= set(terms(clause)) and len(clause) < best[1] - best[0]:
            best = (start, start + len(clause))
    return best


class ExtractiveComposer:
    """Answers with the best evidence sentences, each followed by its citation."""

    name = "extractive"

    def __init__(
        self, vectors: SentenceVectors, *, max_sentences: int = 2, shape: str = "fact", parts: int = 1,
        lead: str = "", outcomes: bool = False, background: bool = False, forms: Sequence[str] = (),
    ) -> None:
        self.vectors = vectors
        self.outcomes = outcomes  # an overview of what an event produced (see Question.outcomes)
        self.background = background  # an overview of what came before (see Question.background)
        self.max_sentences = max_sentences
        self.shape = shape
        self.parts = parts
        self.lead = lead  # "Yes" or "No" before the first sentence of a yes/no answer, when it settles it
        self.forms = tuple(forms)  # the ways the articles write a name the question asks them to spell

    def compose(self, question: str, evidence: Sequence[Evidence]) -> Iterator[str]:
        position = {id(e): i + 1 for i, e in enumerate(evidence)}
        wanted = set(question_terms(question))
        lead = f"{self.lead} — " if self.lead else ""
        chosen = select_sentences(
            question, evidence, self.vectors, max_sentences=self.max_sentences, shape=self.shape, parts=self.parts,
            outcomes=self.outcomes, background=self.background, forms=self.forms,
        )
        said: set[str] = set()  # a sentence is written once, though a pair and a passage alone may both hold it
        for e in chosen:
            if e.parts:  # two sentences of a paragraph that answer together: each cites the pair
                for part in e.parts:
                    if part not in said:
                        said.add(part)
                        yield f"{lead}{part} [{position[id(e)]}]\n"
                        lead = ""
                continue
            if e.sentence.text in said:
                continue
            said.add(e.sentence.text)
            whole = self.shape == "summary" or answer_type(question) == "quote"  # a quote is kept whole
            start, end = (0, len(e.sentence.text)) if whole else trim(e.sentence.text, wanted)
            yield f"{lead}{e.sentence.text[start:end]} [{position[id(e)]}]\n"
            lead = ""
