"""The answering chain: question (and history) in, a verified, cited :class:`Answer` out.

The chain is a LangChain runnable of three steps::

    condense (follow-ups made standalone)
      | retrieve (hybrid search, sentence evidence, abstention decision)
      | answer (compose, verify sentence by sentence, cite)

``stream`` yields each verified sentence as a :class:`TextDelta` and then the
final :class:`Answer`; ``ask`` is the same stream folded into its Answer. No
sentence reaches the caller before it has been checked against what it cites.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from index import Article, NewsIndex, Sentence

from .byline import Byline, beyond_the_author, bylines
from .compose import DECLINED, Composer, ExtractiveComposer, central_points, corroborating, is_comparison
from .errors import ArticlesError, QuestionError
from .evidence import (
    ANSWERABLE_KINDS,
    META_TERMS,
    SOFT_REASONS,
    Evidence,
    Layout,
    SentenceVectors,
    absent_names,
    abstention_reason,
    action_missing,
    asks_reaction,
    continue_the_quote,
    count_the_thing,
    date_the_event,
    denied_act,
    fill_the_slot,
    focus,
    focus_words,
    follow_each_point,
    follow_the_part,
    name_the_doer,
    name_the_speaker,
    names_apart,
    overlaps,
    parts_unanswered,
    place_the_event,
    prefer_attributed,
    prefer_the_head,
    prefer_the_holder,
    prefer_the_poster,
    prefer_the_present,
    question_terms,
    quoted_first,
    rank_sentences,
    reports_words_of,
    says_unknown,
    settle_the_question,
    source_terms,
    speak_to_the_point,
    story_event_asked,
    story_leads,
    tell_posts_whole,
    tell_the_cause,
    tell_the_earlier,
    tell_the_recipient,
    tell_what_came_of_it,
    unmatched_focus,
    unnamed_institution,
    unquoted_speaker,
    weigh_meaning,
    which_head,
)
from .followup import Message, counted_things, needs_context, rewrite_from_history, validate_history
from .library import AddResult, LibraryStatus, Source, add_articles, articles_errors, source, status
from .retrieval import HybridRetriever, KeywordIndex, SentenceSearch
from .settings import Settings, from_env
from .text import STOPWORDS, numbers, terms, typed_in_lower_case
from .types import Answer, Citation, Passage, Removed, TextDelta
from .understand import (
    ASKS_WHY,
    REQUEST_TERMS,
    REQUESTED_COUNT,
    Lexicon,
    Question,
    agent_conflict,
    asked_verbs,
    asking_parts,
    claimed_parts,
    clause_claim,
    compass_conflict,
    dated_clause,
    direction_conflict,
    event_time_conflict,
    former_conflict,
    kin_conflict,
    lead_place_conflict,
    negated_conflict,
    opposite_conflict,
    order_conflict,
    owner_conflict,
    place_conflict,
    premise_conflict,
    scale_conflict,
    sentences_of,
    speaker_conflict,
    specificity,
    stance_conflict,
    stated_parts,
    swap_conflict,
    time_conflict,
    titled_names,
    understand,
    unit_conflict,
    without_outcome_words,
    writes,
)
from .verify import Claim, split_claims, verify_claims

__all__ = ["Chatbot"]

MAX_QUESTION_CHARS = 2000
_ASKS_WHO = re.compile(r"\bwho(?:m|se)?\b", re.IGNORECASE)  # "who said…", "according to whom": a speaker asked for
EVIDENCE_SHOWN = 8  # numbered evidence sentences offered to the composer
_CENTRAL_DEPTH = 4  # an overview of the collection searches this many times deeper (its points are all over the articles)
CLOSEST_SHOWN = 3  # passages shown with an abstention
_WARM_SENTENCES = 20_000  # embed every sentence up front when the corpus has at most this many
_ENDS = tuple(".!?…\"”’)")


@dataclass
class _Loaded:
    """What a Chatbot loads once from the index (and reloads after :meth:`Chatbot.refresh`)."""

    articles: dict[str, Article]
    previous: dict[tuple[str, int], str]  # (source, sentence start) -> the sentence before it
    keyword: KeywordIndex
    vectors: SentenceVectors
    retriever: HybridRetriever
    source_terms: frozenset[str]  # words that name the sources (outlets, authors, files): not facts to look for
    layout: Layout  # each sentence's paragraph neighbours and post attribution
    lexicon: Lexicon  # the corpus's words and names, for reading questions in the articles' terms
    files: dict[str, str] = field(default_factory=dict)  # a word that names one article's file ("004") -> its source
    _terms: dict[str, frozenset[str]] = field(default_factory=dict)  # per article, filled as passages are found

    def article_terms(self, source: str) -> frozenset[str]:
        """The terms and figures of one article (read once, when a passage of it is first found)."""
        found = self._terms.get(source)
        if found is None:
            article = self.articles.get(source)
            found = frozenset(terms(article.text)) | frozenset(numbers(article.text)) if article else frozenset()
            self._terms[source] = found
        return found


class Chatbot:
    """Answers questions about the indexed articles. Holds the index and the models.

    ``Chatbot(settings)`` does no work; the first question loads the models,
    and builds the index first if there is none yet.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        index: NewsIndex | None = None,
        composer: Composer | None = None,
        chat_model: Any = None,
    ) -> None:
        self.settings = settings or from_env(Settings)
        self.index = index or NewsIndex(self.settings.index)
        self._composer = composer
        self._chat_model = chat_model
        self._loaded: _Loaded | None = None
        self._lock = threading.Lock()
        self._chain: Any = None

    # ------------------------------------------------------------------ loading

    @property
    def uses_model(self) -> bool:
        """Whether a language model composes the answers (the settings name one, or one was passed in)."""
        return self._composer is None and (self.settings.mode != "extractive" or self._chat_model is not None)

    @property
    def mode(self) -> str:
        if self._composer is not None:
            return self._composer.name
        return "llm" if self.uses_model else "extractive"

    def prepare(self) -> None:
        """Load everything the first question would (and build the index if it is missing)."""
        with articles_errors():
            self._state()

    def refresh(self) -> None:
        """Reload after the index changed (for example after an upload)."""
        with self._lock:
            self._loaded = None

    def _state(self) -> _Loaded:
        with self._lock:
            if self._loaded is None:
                if not self.index.exists():
                    self.index.build()
                chunks = self.index.chunks()
                keyword = KeywordIndex(chunks)
                vectors = SentenceVectors(self.index.embeddings.embed_documents)
                sentences = {s.text for c in chunks for s in c.sentences}
                warm = len(sentences) <= _WARM_SENTENCES
                if warm:
                    vectors.ensure(sorted(sentences))
                s = self.settings
                retriever = HybridRetriever(
                    index=self.index, keyword=keyword, dense_k=s.dense_k, keyword_k=s.keyword_k, k=s.fused_k,
                    # Built only where the vectors are all in memory already, and only when asked for.
                    sentences=SentenceSearch(chunks, vectors.get, ANSWERABLE_KINDS) if warm and s.sentence_k else None,
                    sentence_k=s.sentence_k,
                )
                articles = {a.source: a for a in self.index.articles()}
                previous = {
                    (c.source, b.start): a.text for c in chunks for a, b in zip(c.sentences, c.sentences[1:])
                }
                labels = [x for a in articles.values() for x in (a.outlet, a.author) if x]
                texts = {source: a.text for source, a in articles.items()}
                layout = Layout((x for c in chunks for x in c.sentences), texts)
                lexicon = Lexicon.from_texts((c.text for c in chunks), (n for a in articles.values() for n in a.names))
                files = _file_words(articles)
                self._loaded = _Loaded(
                    articles, previous, keyword, vectors, retriever, source_terms(labels) | frozenset(files), layout,
                    lexicon, files,
                )
            return self._loaded

    @property
    def chat_model(self) -> Any:
        """The LangChain chat model answering, or None in the extractive mode."""
        return self._model() if self.uses_model else None

    def _model(self) -> Any:
        """The LangChain chat model: the one passed in, else the one the settings name."""
        if self._chat_model is None:
            from .llm import make_chat_model

            self._chat_model = make_chat_model(self.settings)
        return self._chat_model

    def _extractive(self, loaded: _Loaded, understood: Question, lead: str) -> ExtractiveComposer:
        return ExtractiveComposer(
            loaded.vectors, max_sentences=self.settings.answer_sentences, shape=understood.shape,
            parts=len(understood.parts), lead=lead, outcomes=understood.outcomes, background=understood.background,
            forms=understood.spelled,
        )

    def _get_composer(self, loaded: _Loaded, understood: Question, lead: str = "") -> Composer:
        if self._composer is not None:
            return self._composer
        if not self.uses_model:
            return self._extractive(loaded, understood, lead)
        from .llm import LanguageModelComposer

        return LanguageModelComposer(self._model(), max_sentences=self.settings.answer_sentences)

    def retriever(self) -> HybridRetriever:
        """The hybrid retriever, a LangChain ``BaseRetriever``."""
        return self._state().retriever

    # ------------------------------------------------------------------ the chain

    @property
    def chain(self) -> Any:
        """The chain as a LangChain runnable over ``{"question": str, "history": [...]}``."""
        if self._chain is None:
            from langchain_core.runnables import RunnableGenerator, RunnableLambda

            self._chain = (
                RunnableLambda(self._condense, name="condense")
                | RunnableLambda(self._retrieve, name="retrieve")
                | RunnableGenerator(self._answer, name="answer")
            )
        return self._chain

    def ask(self, question: str, history: Sequence[Message] | None = None) -> Answer:
        """The verified, cited answer to ``question``."""
        with articles_errors():
            return self.chain.invoke({"question": question, "history": history})

    def stream(self, question: str, history: Sequence[Message] | None = None) -> Iterator[TextDelta | Answer]:
        """Verified answer text as it is composed (:class:`TextDelta`), then the final :class:`Answer`."""
        with articles_errors():
            yield from self.chain.stream({"question": question, "history": history})

    # ------------------------------------------------------------------ the articles

    def article(self, name: str) -> Source:
        """The whole article ``name`` (a citation's ``source``), with its paragraphs: the version the
        answers' offsets refer to, from what the Chatbot loaded (no read of the index per call)."""
        with articles_errors():
            found = self._state().articles.get(name)
        if found is None:
            raise ArticlesError(f"{name}: is not in the index")
        return source(found)

    def status(self) -> LibraryStatus:
        """How many articles and chunks are indexed, with which embedding model, and where."""
        return status(self.index)

    def add_articles(
        self, paths: Sequence[Any], *, names: Sequence[str] | None = None, show_progress: bool = False
    ) -> AddResult:
        """Check, keep (in the uploads folder) and index files; answers use them right away."""
        with articles_errors():
            if not self.index.exists():
                self.index.build()
        result = add_articles(self.index, paths, names=names, show_progress=show_progress)
        if result.added or result.updated:
            self.refresh()
        return result

    # ------------------------------------------------------------------ steps

    def _condense(self, inputs: dict[str, Any]) -> dict[str, Any]:
        started = time.perf_counter()
        question = inputs.get("question")
        if not isinstance(question, str) or not question.strip():
            raise QuestionError("Ask a question: the question is empty.")
        question = question.strip()
        if len(question) > MAX_QUESTION_CHARS:
            raise QuestionError(f"The question is too long ({len(question)} characters; at most {MAX_QUESTION_CHARS}).")
        history = validate_history(inputs.get("history"))
        with articles_errors():
            understood = understand(question, self._state().lexicon)
        standalone = understood.text
        if history and self.uses_model and needs_context(standalone):
            from .llm import rewrite_question

            rewritten = rewrite_question(self._model(), standalone, history)
            if rewritten:
                standalone = rewritten
                understood = understand(rewritten, self._state().lexicon)
        lexicon = self._state().lexicon
        if history and (counted := counted_things(standalone, history)):
            standalone = counted  # "which 3" after "…three chemicals…": "which 3 chemicals"
            understood = understand(counted, lexicon)
        # Earlier turns read the same way ("china's" is the name "China's"; an answer's "ICBM" is the articles'
        # "intercontinental ballistic missile"), so a follow-up can reuse them.
        read = [{**m, "content": understand(m["content"], lexicon).text} for m in history]
        search_query = rewrite_from_history(standalone, read)
        return {
            "question": question, "standalone": standalone, "history": history, "search_query": search_query,
            "understood": understood, "started": started,
        }

    def _retrieve(self, state: dict[str, Any]) -> dict[str, Any]:
        loaded = self._state()
        understood: Question = state["understood"]
        # An overview's request words ("summarize", "tldr") say what to do, not what to find.
        # The outlets' own words, and whom the question doubts a line is by, are no facts a passage must have.
        unasked = loaded.source_terms | understood.disputed | _asides(state["standalone"])
        ignore = unasked | (REQUEST_TERMS if understood.shape == "summary" else frozenset())
        # "Summarize the articles", "tldr": an overview of no topic but the collection's own, which its
        # headlines say; no passage has to be close to the words of the request.
        whole = understood.shape == "summary" and not question_terms(state["search_query"], ignore | META_TERMS)
        # "Summarize the Antiwar.com article": that outlet's or author's articles only.
        named = _named_articles(state["standalone"], loaded, explicit=understood.shape != "summary")
        if understood.shape == "summary" and not named:
            # "Gist of the piece saying realpolitik won out", "gist of the boris pork pie plot story": that piece only.
            described = _headlined_article(state["standalone"], loaded, ignore) or _described_article(
                state["standalone"], loaded)
            named = {described} if described else named
        most = max(2, round(0.6 * loaded.keyword.articles))  # what most articles speak of is the collection's topic

        def common(term: str) -> bool:  # a term most articles have
            return loaded.keyword.article_frequency[term] >= most

        # "What came out of the Yoon-Kishida summit", "tldr of the summit", over articles that all tell of it, or
        # an overview of no topic at all ("summarize the articles", as ``whole``): an overview of the collection,
        # whose points are those several outlets report (see central_points), searched deeper. Not one of the
        # background, whose words ("history") are its topic, nor of articles named.
        central = understood.shape == "summary" and not understood.background and not named and all(
            common(t) for t in question_terms(without_outcome_words(state["search_query"]), ignore | META_TERMS))
        query = _collection_topic(loaded, named) if whole else state["search_query"]
        vector = self.index.embeddings.embed_query(query)
        # A comparison needs every source's version, so it searches twice as deep.
        wide = is_comparison(state["standalone"]) or understood.shape in ("summary", "multi")
        fused = loaded.retriever.fuse(query, query_vector=vector, widen=_CENTRAL_DEPTH if central else 2 if wide else 1,
                                      sources=named or None)
        asked = _asked_sentence(state["standalone"])
        if asked != query:
            # The scene set before the question, or the conversation a follow-up is read with, may be all the
            # search found ("Why was it shelved?" after a question on GSOMIA): the question's own passages
            # join those it found.
            fused = [*fused, *_unseen(loaded.retriever.fuse(asked, sources=named or None), fused)]
        # The question's own terms count fully; those the conversation added (follow-ups) count less.
        # "Afghanistan was rocked by a quake that killed 1,000. What was its magnitude?": the statements before
        # the question set the scene, which the search reads; the question alone says what a passage must hold.
        f = focus(asked, context=query if asked == state["standalone"] else "", idf=loaded.keyword.idf, ignore=ignore,
                  specific=understood.specificity, knows=loaded.keyword.knows)
        ranked = rank_sentences(query, vector, fused, loaded.vectors, f, loaded.layout, is_name=loaded.lexicon.is_name)
        ranked = weigh_meaning(state["standalone"], ranked, f, loaded.vectors, is_name=loaded.lexicon.is_name,
                               layout=loaded.layout)
        ranked = prefer_the_head(state["standalone"], ranked, loaded.vectors, is_name=loaded.lexicon.is_name)
        if understood.shape != "multi":  # "what does China think of…": where China speaks
            ranked = prefer_the_holder(state["standalone"], ranked, is_name=loaded.lexicon.is_name)
            # Asked of "him", the question with his name put in (see rewrite_from_history) says who speaks.
            ranked = speak_to_the_point(state["search_query"], ranked, loaded.layout, is_name=loaded.lexicon.is_name,
                                        vectors=loaded.vectors)
        ranked = quoted_first(state["standalone"], ranked)  # "who called it 'a historic decision'"
        ranked = fill_the_slot(state["standalone"], ranked)  # "who did she clerk for": "clerked for Breyer"
        if understood.shape in ("fact", "yes_no"):  # "was the summit in japan": not the one held in September
            ranked = prefer_the_present(state["standalone"], ranked)
        if understood.shape == "fact":  # "where did it land": the passage that names the place first
            ranked = place_the_event(asked, ranked, context=state["search_query"])
        if understood.shape == "comparison":  # each source's account with what came of it, as it goes on
            ranked = tell_what_came_of_it(ranked, loaded.layout, loaded.vectors)
        if understood.shape == "summary":  # an overview's points, with the sentence that says what each holds
            ranked = follow_each_point(ranked, loaded.layout, loaded.vectors)
            if central:
                ranked = central_points(ranked, loaded.vectors, outcomes=understood.outcomes)
        @functools.cache  # several steps may ask for it; searched once
        def deeper() -> list[Evidence]:  # the passages a search twice as deep adds, for the steps that need them
            extra = _unseen(loaded.retriever.fuse(query, query_vector=vector, widen=2, sources=named or None), fused)
            return rank_sentences(query, vector, extra, loaded.vectors, f, loaded.layout,
                                  is_name=loaded.lexicon.is_name) if extra else []

        if f.answer_type == "date" and understood.shape not in ("multi", "summary"):
            ranked = date_the_event(state["standalone"], ranked, deeper)
        ranked = tell_the_recipient(state["standalone"], ranked, deeper)  # "which news agency did he talk to"
        if f.answer_type == "number" and understood.shape not in ("multi", "summary"):
            ranked = count_the_thing(state["standalone"], ranked, loaded.vectors.alike)
        if understood.shape == "fact":
            ranked = name_the_doer(state["standalone"], ranked)  # "who shelved GSOMIA"
        if understood.shape == "fact" and ranked and (
                event := story_event_asked(asked, f.answer_type, common, loaded.lexicon.is_name)):
            # "When was the summit", "where was it held": the event the articles report, told in their leads ("…met
            # … in Japan on Thursday"), not an earlier one that shares its word ("In September, … held the first
            # summit … in New York").
            leads = story_leads(loaded.layout, [*(e.sentence.source for e in ranked), *loaded.layout.first],
                                where=event == "place")
            if leads:
                # Read as on the topic as the best passage, as _put_first scores it: it tells the very event, though
                # in its own words ("met" for "summit").
                lead = Evidence(sentence=leads[0], score=0.0, dense=0.0, lexical=ranked[0].lexical,
                                covered=ranked[0].covered)
                ranked = _put_first([lead], ranked, self.settings.min_relevance)
        if understood.shape == "yes_no":  # "was anyone killed": "No known injuries or deaths occurred"
            ranked = settle_the_question(state["standalone"], ranked, loaded.vectors.alike,
                                         is_name=loaded.lexicon.is_name)
            ranked = tell_the_earlier(state["standalone"], ranked, deeper, is_name=loaded.lexicon.is_name)
        # "What did Bloomberg Economics tweet": the post it signed, whatever it is about.
        ranked = prefer_the_poster(
            state["standalone"], ranked, loaded.layout, floor=self.settings.min_relevance,
            min_coverage=self.settings.min_coverage, alike=loaded.vectors.alike,
            common=common)
        reason = None if (whole or central) and ranked else abstention_reason(
            query, ranked, f=f, knows=loaded.keyword.knows,
            min_relevance=self.settings.min_relevance, min_coverage=self.settings.min_coverage,
            ignore=unasked, shape=understood.shape,
            unmatched=_unmatched(state["standalone"], understood, ranked, loaded),
            codes=loaded.lexicon.codes_missing(state["standalone"]), is_name=loaded.lexicon.is_name,
            alike=loaded.vectors.alike, asked=asked,
        )
        if not reason and understood.shape != "summary" and (
                speaker := unquoted_speaker(state["standalone"], ranked, loaded.layout, loaded.lexicon.is_name,
                                            lambda title: titled_names(title, loaded.lexicon),
                                            outlets=loaded.source_terms)):
            reason = (f"no passage tells how {speaker} reacted" if asks_reaction(state["standalone"])
                      else f"no passage quotes what {speaker} said")
        if not reason and understood.presupposes:
            verb = action_missing(understood.presupposes, ranked, loaded.vectors, is_name=loaded.lexicon.is_name)
            if verb:
                reason = f"no passage says that {understood.presupposes.rstrip('?')} (nothing about “{verb}”)"
        if not reason and understood.presupposes and (apart := names_apart(
                state["standalone"], understood.presupposes, ranked, loaded.layout, is_name=loaded.lexicon.is_name,
                ignore=loaded.source_terms, lexicon=loaded.lexicon)):
            reason = f"no passage tells of {', '.join(apart[:-1])} and {apart[-1]} together"
        if understood.shape not in ("multi", "summary") and (
                spelled := _spelled_out(state["standalone"], understood, loaded.retriever, loaded.lexicon)) is not None:
            # "What does DW stand for", "DW is which media": the articles' own words for the acronym answer where they
            # write them ("(Deutsche Welle Chinese Network) South Korea will…"), whatever else the passage tells.
            ranked, reason = _put_first([spelled], ranked, self.settings.min_relevance), None
        if understood.spelled and (written := _writing_the_name(understood.spelled, ranked, loaded.retriever)):
            # "How do the articles spell Yoon's name": a passage for each way they write it, first (the composer
            # answers with those).
            ranked, reason = _put_first(written, ranked, self.settings.min_relevance), None
        if named:
            ranked = [e for e in ranked if e.sentence.source in named] or ranked
        if understood.shape == "multi" and not reason:
            ranked = self._rank_parts(understood, fused, ranked, loaded)
            # A part typed as a statement asks for nothing ("how old is his daughter? she was at the launch right").
            reason = parts_unanswered(asking_parts(understood.parts), ranked, alike=loaded.vectors.alike)
        asked_for = focus_words(state["standalone"], loaded.lexicon.is_name) if _WHICH.match(state["standalone"]) else []
        if not reason and ranked and understood.shape == "attribution" and _ASKS_WHO.search(state["standalone"]):
            ranked = prefer_attributed(ranked, loaded.layout)  # "who said…", "according to whom…"
        if not reason and ranked and (understood.shape == "attribution" or f.answer_type == "name" or asked_for):
            ranked = name_the_speaker(state["standalone"], ranked, loaded.layout, loaded.vectors,
                                      head=asked_for[-1] if asked_for else which_head(state["standalone"]))
        if not reason and ranked and (understood.shape == "attribution" or f.answer_type == "quote"):
            ranked = continue_the_quote(ranked, loaded.layout, loaded.vectors)
        elif not reason and ranked and understood.shape in ("fact", "yes_no") and reports_words_of(
                state["standalone"], ranked[0].sentence.text):
            # "Did Emanuel blame China": "But Emanuel argued that it was Beijing's own actions…", then what he
            # listed ("If China wasn't in a confrontation with India…, he said").
            ranked = continue_the_quote(ranked, loaded.layout, loaded.vectors, said_by=True)
        elif not reason and ranked and understood.shape == "fact" and ASKS_WHY.match(state["standalone"]):
            ranked = tell_the_cause(ranked, loaded.layout, loaded.vectors)
        if not reason and ranked:  # a post, with who posted it
            ranked = tell_posts_whole(ranked, loaded.layout, loaded.vectors)
        premise = None
        if not reason and understood.shape != "comparison" and ranked:
            found = ranked[:_TOLD_POOL]
            ranked, premise = _check_premise(
                understood, ranked, loaded.lexicon, loaded.vectors.alike,
                dated=lambda: self._dated_passages(understood, loaded),
                # The openings of the articles found that say where their event was, as most of them say it.
                leads=lambda: story_leads(loaded.layout, [e.sentence.source for e in found], where=True))
            absent = absent_names(
                _without_count(state["standalone"], understood.shape), [e.sentence.source for e in ranked], loaded.article_terms, loaded.lexicon,
                ignore=unasked) if premise is None else []
            if absent:
                reason = f"the articles found never mention {', '.join(absent)}"
            elif premise is None and (institution := unnamed_institution(state["standalone"], [
                    loaded.articles[s].text for s in dict.fromkeys(e.sentence.source for e in ranked[:5])
                    if s in loaded.articles])):
                reason = f"the articles found never mention {institution}"
        if not reason and premise is None and understood.shape == "fact" and (
                unknown := says_unknown(state["standalone"], ranked)):
            premise = _Premise("", "", unknown, "unknown")  # "a firm date isn't known": they say they can't say
        return {**state, "ranked": ranked, "abstain": reason, "premise": premise}

    def _dated_passages(self, understood: Question, loaded: _Loaded) -> list[Evidence]:
        """The passages found by the clause of the question that dates an act, when it asks of something else
        too ("…normalised relations in 1945, so why…"): where the articles date that act, if anywhere."""
        clause = dated_clause(understood.text)
        if not clause:
            return []
        vector = self.index.embeddings.embed_query(clause)
        f = focus(clause, idf=loaded.keyword.idf, ignore=loaded.source_terms, knows=loaded.keyword.knows)
        found = rank_sentences(clause, vector, loaded.retriever.fuse(clause, query_vector=vector), loaded.vectors, f,
                               loaded.layout, is_name=loaded.lexicon.is_name)
        return found[:_TOLD_POOL]

    def _rank_parts(
        self, understood: Question, fused: Sequence[Any], ranked: list[Evidence], loaded: _Loaded
    ) -> list[Evidence]:
        """A multi-part question's evidence: the best sentence for each part first, then the rest."""
        firsts: list[Evidence] = []
        for i, part in enumerate(understood.parts):
            # "…, and what's happening to it": a later part that points back is read with the part before it
            # (whose words count less, as a follow-up's history does).
            before = _things(understood.parts[i - 1]) if i and _POINTS_BACK.search(part) else ""
            elliptic = bool(i) and not before and _elliptic(part, loaded.lexicon.is_name)
            if elliptic:
                # "…, and who was watching", "and what happened in the end": a part that names nothing and says
                # little asks it of what the part before tells of, as much as of its own word.
                before = understood.parts[i - 1]
            query = f"{part} ({before})" if before else part
            vector = self.index.embeddings.embed_query(query)
            f = focus(query if elliptic else part, context=query, idf=loaded.keyword.idf,
                      ignore=loaded.source_terms, specific=understood.specificity)
            pool = fused
            if before:
                # Read with the part before, it may be about what the whole question's search did not find ("who
                # was watching": "…in the presence of the leader, Kim Jong-un"): its own search joins.
                pool = [*fused, *_unseen(loaded.retriever.fuse(query, query_vector=vector), fused)]
            best = rank_sentences(query, vector, pool, loaded.vectors, f, loaded.layout,
                                  is_name=loaded.lexicon.is_name)
            # Each part is shaped as the question would be if asked alone: "when were ties normalized" wants the
            # passage that dates it, "which network…" one that names a network.
            best = weigh_meaning(part, best, f, loaded.vectors, is_name=loaded.lexicon.is_name, layout=loaded.layout)
            best = prefer_the_head(part, best, loaded.vectors, is_name=loaded.lexicon.is_name)
            best = tell_the_recipient(part, best)  # "…, and which network did he talk to"
            best = prefer_the_holder(part, best, is_name=loaded.lexicon.is_name)  # "…, and what does Korea do in return"
            best = place_the_event(part, best, context=query)
            if f.answer_type == "date":
                best = date_the_event(part, best)
            if f.answer_type == "number":
                best = count_the_thing(part, best, loaded.vectors.alike)
            best = name_the_doer(part, best)
            if not best:
                continue
            if reports_words_of(understood.text, best[0].sentence.text):  # "…, and what did he blame China for"
                best = continue_the_quote(best, loaded.layout, loaded.vectors, said_by=True)
            if elliptic and firsts:
                best = follow_the_part(best, firsts[-1], loaded.vectors)
            j = next((j for j, x in enumerate(firsts) if overlaps(best[0].sentence, x.sentence)), None)
            # The passage chosen before, with the sentence beside it that answers this part: this part's best, or a
            # close one of its few best that holds it.
            longer = None if j is None else next(
                (e for e in best[:_PART_HOLDS] if e.score >= _PART_HOLDS_SHARE * best[0].score
                 and overlaps(e.sentence, firsts[j].sentence) and _length(e) > _length(firsts[j])), None)
            if j is not None and longer is not None:
                firsts[j] = longer
                continue
            for e in best:
                if all(not overlaps(e.sentence, x.sentence) for x in firsts):
                    firsts.append(e)
                    break
        return firsts + [e for e in ranked if all(not overlaps(e.sentence, x.sentence) for x in firsts)]

    def _answer(self, states: Iterator[dict[str, Any]]) -> Iterator[TextDelta | Answer]:
        for state in states:
            loaded = self._state()
            ranked: list[Evidence] = state["ranked"]
            reason = state["abstain"]
            written = bylines(state["understood"].text, loaded.articles, [e.sentence.source for e in ranked])
            if any(b.named for b in written):  # "who wrote the … article": its byline answers
                named = [b for b in written if b.named]
                # "…and what is his job": what else it asks, of that author, answered after the byline.
                more = beyond_the_author(state["understood"].text, named[0].article.author or "") \
                    if len(named) == 1 else ""
                try:
                    also = self.ask(more) if more else None
                except QuestionError:  # the author's name put in made the rest too long: the byline alone
                    also = None
                answer = self._by(state, loaded, named, also=also)
                yield TextDelta(answer.text)
                yield answer
                continue
            if written:
                labels = ", ".join(f"“{b.article.label}”" for b in written)
                yield from self._abstain(state, loaded, f"{labels} {'name' if len(written) > 1 else 'names'} no author", removed=[])
                continue
            if reason and not (self.uses_model and reason.startswith(SOFT_REASONS) and ranked):
                yield from self._abstain(state, loaded, reason, removed=[])
                continue
            understood: Question = state["understood"]
            premise: _Premise | None = state.get("premise")
            if premise is not None and understood.shape != "yes_no":
                answer = self._unsupported(state, loaded, premise)
                yield TextDelta(answer.text)
                yield answer
                continue
            if premise is not None:  # a yes/no question's "No" rests on the passage that contradicts it
                ranked = [premise.evidence, *(e for e in ranked if e is not premise.evidence)]
            # An overview's points, and each source's side of a comparison of a figure (see _one_per_source), come
            # from deeper in the ranking.
            deep = understood.shape == "summary" or understood.shape == "comparison" and bool(
                numbers(state["standalone"], spelled=False))
            evidence = ranked[: EVIDENCE_SHOWN * (3 if deep else 1)]
            composer = self._get_composer(loaded, understood, _lead(understood, ranked[0], premise))
            kept, removed, declined = yield from self._verified_stream(composer, state["standalone"], evidence)
            if not kept and declined and reason:
                # Weak evidence, and the model found no answer in it either: both say no, so no answer.
                why = "the language model found no answer in the passages"
                yield from self._abstain(state, loaded, f"{reason}; {why}", removed)
                continue
            if not kept and reason:  # weak evidence, and nothing the model wrote held up: no extractive fallback
                yield from self._abstain(state, loaded, reason, removed)
                continue
            mode = composer.name
            if not kept and composer.name != "extractive":
                # The model's sentences all failed verification, or it declined where nothing says the evidence
                # falls short (the model's judgement alone does not refuse): answer from the evidence itself.
                fallback = self._extractive(loaded, understood, "")
                kept, more, _ = yield from self._verified_stream(fallback, state["standalone"], evidence)
                removed += more
                mode = f"{composer.name}, extractive fallback"
            if not kept:
                yield from self._abstain(state, loaded, "no sentence of the answer could be verified", removed)
                continue
            yield self._final(state, loaded, evidence, kept, removed, mode)

    def _verified_stream(
        self, composer: Composer, question: str, evidence: Sequence[Evidence]
    ) -> Iterator[TextDelta]:
        """Compose, and pass on each sentence once verified. Returns (kept claims, removed, declined)."""
        quotes = {i + 1: e.sentence.text for i, e in enumerate(evidence)}
        kept: list[Claim] = []
        removed: list[Removed] = []
        numbering: dict[int, int] = {}
        buffer = ""
        written = ""

        def settle(claims: list[Claim]) -> Iterator[TextDelta]:
            claims = [c for c in claims if DECLINED.lower() not in c.text.lower()]
            ok, bad = verify_claims(claims, quotes, min_overlap=self.settings.min_overlap)
            removed.extend(Removed(c.text, reason) for c, reason in bad)
            for claim in ok:
                for m in claim.markers:
                    numbering.setdefault(m, len(numbering) + 1)
                kept.append(claim)
                yield TextDelta(_renumber(claim, numbering) + " ")

        for piece in composer.compose(question, evidence):
            buffer += piece
            written += piece
            claims = split_claims(buffer)
            # A sentence is complete once a later one has begun with a word: until then its markers
            # may still be arriving ("… photoresists. [" then "1]").
            last = max((i for i, c in enumerate(claims) if any(ch.isalpha() for ch in c.text)), default=0)
            if last > 0:
                yield from settle(claims[:last])
                buffer = buffer[claims[last].start :]
        if buffer.strip():
            yield from settle(split_claims(buffer))
        return kept, removed, DECLINED.lower() in written.lower()

    def _final(
        self,
        state: dict[str, Any],
        loaded: _Loaded,
        evidence: Sequence[Evidence],
        kept: list[Claim],
        removed: list[Removed],
        mode: str,
    ) -> Answer:
        numbering: dict[int, int] = {}
        for claim in kept:
            for m in claim.markers:
                numbering.setdefault(m, len(numbering) + 1)
        citations = []
        for old, new in sorted(numbering.items(), key=lambda kv: kv[1]):
            e = evidence[old - 1]
            s = e.sentence
            start, end = _cited_span(s.text, [c for c in kept if old in c.markers])
            article = loaded.articles.get(s.source)
            citations.append(
                Citation(
                    marker=new, source=s.source, start=s.start + start, end=s.start + end,
                    quote=s.text[start:end],
                    title=article.title if article else None, outlet=article.outlet if article else None,
                    date=article.date if article else None,
                    corroborated_by=tuple(
                        _passage(o, loaded)
                        for o in corroborating(e, state["ranked"], loaded.vectors, question=state["search_query"],
                                               previous=loaded.previous)
                    ),
                )
            )
        return Answer(
            question=state["question"],
            text=" ".join(_renumber(c, numbering) for c in kept),
            citations=citations,
            abstained=False,
            evidence=[_passage(e, loaded) for e in evidence],
            removed=removed,
            search_query=state["search_query"],
            mode=mode,
            seconds=time.perf_counter() - state["started"],
        )

    def _unsupported(self, state: dict[str, Any], loaded: _Loaded, premise: _Premise) -> Answer:
        """The question takes for granted what the articles contradict: say so, and cite what they say."""
        e = premise.evidence
        s = e.sentence
        article = loaded.articles.get(s.source)
        citation = Citation(
            marker=1, source=s.source, start=s.start, end=s.end, quote=s.text,
            title=article.title if article else None, outlet=article.outlet if article else None,
            date=article.date if article else None,
        )
        if premise.kind == "denied":
            text = (f"The articles don't support the question's premise about “{premise.asked}”: they say "
                    f"“{premise.said}”. What they say: “{s.text}” [1]")
        elif premise.kind == "former":
            text = (f"The articles don't support the question's premise: they say it went from “{premise.asked}” "
                    f"to “{premise.said}”. What they say: “{s.text}” [1]")
        elif premise.kind == "unknown":
            text = f"The articles say this is not known: “{s.text}” [1]"
        elif premise.kind == "time":
            text = (f"The articles don't say that for “{premise.asked}”: the closest passage is about "
                    f"“{premise.said}”. What they say: “{s.text}” [1]")
        else:
            text = (f"The articles don't support the question's premise: where it has “{premise.asked}”, "
                    f"they have “{premise.said}”. What they say: “{s.text}” [1]")
        return Answer(
            question=state["question"], text=text, citations=[citation], abstained=True,
            evidence=[_passage(x, loaded) for x in state["ranked"][:CLOSEST_SHOWN]], removed=[],
            search_query=state["search_query"], mode=self.mode, seconds=time.perf_counter() - state["started"],
        )

    def _by(self, state: dict[str, Any], loaded: _Loaded, written: Sequence[Byline], also: Answer | None = None
            ) -> Answer:
        """Who wrote the articles asked about, each cited at the line that names its author; then ``also``, the
        answer to what else the question asks of the author, its markers following the bylines'."""
        citations, lines = [], []
        for n, b in enumerate(written, 1):
            a = b.article
            start, end = b.start or 0, b.end or 0  # every Byline here is named: see _answer
            citations.append(Citation(marker=n, source=a.source, start=start, end=end, quote=a.text[start:end],
                                      title=a.title, outlet=a.outlet, date=a.date))
            piece = f"“{a.title}”" if a.title else a.source
            lines.append(f"{a.author} wrote {piece}{f' ({a.outlet})' if a.outlet else ''}. [{n}]")
        if also is not None and also.abstained:
            lines.append(also.text)  # what else was asked, that the articles don't answer: said so
        elif also is not None:
            shift, markers = len(citations), {c.marker for c in also.citations}
            # Only its own markers: a bracketed figure inside a quote stays as written.
            lines.append(re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]" if int(m.group(1)) in markers
                                else m.group(), also.text))
            citations += [replace(c, marker=c.marker + shift) for c in also.citations]
        evidence = [_passage(x, loaded) for x in state["ranked"][:EVIDENCE_SHOWN]]
        if also is not None:  # the passages the rest was answered from, or the closest ones where it wasn't
            evidence += [p for p in also.evidence if p not in evidence]
        return Answer(
            question=state["question"], text="\n".join(lines), citations=citations, abstained=False,
            evidence=evidence, removed=[],
            search_query=state["search_query"], mode=self.mode, seconds=time.perf_counter() - state["started"],
        )

    def _abstain(
        self, state: dict[str, Any], loaded: _Loaded, reason: str, removed: list[Removed]
    ) -> Iterator[TextDelta | Answer]:
        closest: list[Passage] = []
        for e in state["ranked"]:  # the closest passages, none overlapping another (merged pairs overlap)
            s = e.sentence
            if not any(overlaps(p, s) for p in closest):
                closest.append(_passage(e, loaded))
            if len(closest) == CLOSEST_SHOWN:
                break
        text = f"The articles don't answer that: {reason}."
        if closest:
            text += " The closest passages are shown as evidence."
        yield TextDelta(text)
        yield Answer(
            question=state["question"], text=text, citations=[], abstained=True, evidence=closest,
            removed=removed, search_query=state["search_query"], mode=self.mode,
            seconds=time.perf_counter() - state["started"],
        )


@dataclass(frozen=True)
class _Premise:
    """Evidence that puts another name or figure where the question has one ("Japanese flag" for "Korean")."""

    asked: str
    said: str
    evidence: Evidence
    kind: str = "premise"  # "time": about another time than asked; "denied": says the act did not happen;
    # "former": calls it what it no longer is; "unknown": says what is asked is not known


_WHICH = re.compile(r"^\W*(?:and\s+)?(?:which|what)\s+(?!(?:is|was|are|were|did|does|do)\b)\w", re.IGNORECASE)


# The scene's last stop is no abbreviation's ("Roe v. Wade?", "Mr. Kim?") and a question follows it.
_STATEMENT_THEN_QUESTION = re.compile(
    r"^(?P<scene>[^?]*(?<!\b[A-Za-z])(?<!\bvs)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bJr)"
    r"[.!])\s+(?P<asked>(?i:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|"
    r"would|should|has|have|had)\b[^.!?]*\?)\s*$")


def _unmatched(question: str, understood: Question, ranked: Sequence[Evidence], loaded: _Loaded) -> list[str]:
    """The focus words of ``question`` no passage of the first few has (see :func:`unmatched_focus`). A question of
    several parts asks of things no one passage tells together ("what did China's foreign ministry say, and whom did
    Emanuel blame"): each part's words are looked for on their own, and the question is about what the articles
    found while one part is."""
    parts = understood.parts if understood.shape == "multi" and len(understood.parts) > 1 else (question,)
    parts = asking_parts(parts)  # a part typed as a statement asks nothing ("…? Client needs the exact date")
    missing: list[str] = []
    for part in parts:
        unmatched = unmatched_focus(part, ranked, loaded.vectors, is_name=loaded.lexicon.is_name)
        if not unmatched:
            return []
        missing = missing or unmatched
    return missing


def _asked_sentence(text: str) -> str:
    """The question of ``text`` when statements that set the scene come before it, else ``text``."""
    m = _STATEMENT_THEN_QUESTION.match(text)
    return m.group("asked") if m and len(terms(m.group("asked"))) >= 1 else text


_TOPIC_TITLES = 10  # headlines that say what a collection is about, for an overview of it all


# How a question asks what an acronym (here "§", which nobody types) stands for: "what does § stand for", "§ is short
# for?", "§ stands for what in the march 18 piece", "what's §", "§?", "DW chinese article, § is which media", "meaning
# of §", "full name of §", "§ meaning". Not what it stands for as a cause ("does § stand for free trade"), nor the
# meaning of something of its ("meaning of the § ruling").
_ACRONYM = "§"
_KINDS_OF_BODY = r"media|outlet|organi[sz]ation|group|agency|company|network|paper|body|party|channel|broadcaster"
_PLEASE = r"(?:\W+(?:please|pls|plz|abeg))?\W*$"  # "GSOMIA full meaning pls": the end of the question all the same
_ASKS_EXPANSION = re.compile(
    r"§.*\b(?:stands?|stood)\s+for(?:\s+what\b|\W*$)|§.*\bshort\s+for(?:\s+what\b|\W*$)|"
    r"\b(?:abbreviation|acronym|full\s+(?:name|form)|meaning)\s+(?:of\s+|for\s+)?(?:the\s+)?§" + _PLEASE + "|"
    r"^\W*(?:what|who)(?:['’]?s|\s+is|\s+are)\s+(?:the\s+|an?\s+)?§\W*$|^\W*§\W*$|"
    r"§\s+(?:mean|meaning|full\s+(?:name|form|meaning))" + _PLEASE + "|"
    rf"§\s+(?:is|are)\s+(?:which|what)\s+(?:{_KINDS_OF_BODY}|thing)\b|"
    rf"^\W*(?:which|what)\s+(?:{_KINDS_OF_BODY})\s+is\s+§\W*$",
    re.IGNORECASE)


def _spelled_out(question: str, understood: Question, retriever: HybridRetriever, lexicon: Lexicon) -> Evidence | None:
    """Where a question asks what its one acronym stands for (read as the articles' words for it, see
    :func:`understand`, or one they write themselves beside those words, "GSOMIA"), the first passage found that
    writes those words; else None."""
    acronyms = {(c.asked, c.meant) for c in understood.corrections if c.why == "acronym"} or {
        (w.upper(), meant) for w in re.findall(r"\b[A-Za-z]{2,8}\b", question) if (meant := lexicon.written_out(w))
        and _asks_expansion(question, w)}
    if len(acronyms) != 1:
        return None
    [(asked, meant)] = acronyms
    # The question as typed, or with the articles' words already put in ("what does Deutsche Welle stand for").
    if not _asks_expansion(question, asked, meant):
        return None
    return _first_writing(meant, retriever, any_case=True)


def _asks_expansion(question: str, *acronym: str) -> bool:
    """Whether ``question`` asks what it stands for, where it writes the acronym or its words (``acronym``, the
    longer first, which may hold the other) as words of their own."""
    either = "|".join(re.escape(w) for w in sorted(acronym, key=len, reverse=True))
    return _ASKS_EXPANSION.search(re.sub(rf"(?<![\w-])(?:{either})(?![\w-])", _ACRONYM, question)) is not None


def _first_writing(words: str, retriever: HybridRetriever, *, widen: int = 1, any_case: bool = False) -> Evidence | None:
    """The first passage a search for ``words`` finds that writes them as they stand (see :func:`writes`), or None."""
    for fc in retriever.fuse(words, widen=widen):
        for s in fc.chunk.sentences:
            if s.kind in ANSWERABLE_KINDS and writes(s.text, words, any_case=any_case):
                return Evidence(sentence=s, score=0.0, dense=0.0, lexical=1.0, covered=1.0)
    return None


def _put_first(found: Sequence[Evidence], ranked: Sequence[Evidence], floor: float) -> list[Evidence]:
    """``found`` ahead of the passages of ``ranked`` that are none of theirs, scored as the best passage (``floor``
    at least), so that no later step reads them as weak: what the question asks for, written where it is."""
    top = max([floor, *(e.score for e in ranked[:1])])
    first = [replace(e, score=top, dense=top) for e in found]
    return [*first, *(e for e in ranked if all(not overlaps(e.sentence, f.sentence) for f in first))]


# A search for one way of writing a name searches this many times deeper: the others share its words ("Yoon Suk Yeol"
# and "Yoon Suk-yeol"), and the passages of the most written one come first.
_FORM_DEPTH = 4


def _writing_the_name(forms: Sequence[str], ranked: Sequence[Evidence], retriever: HybridRetriever) -> list[Evidence]:
    """For "how do the articles spell Yoon's name": a passage for each way they write it (``forms``, see
    :func:`written_forms`), one found for the question where it writes it, else the first a search for it finds."""
    out: list[Evidence] = []
    for form in forms:
        found = next((e for e in ranked if writes(e.sentence.text, form)), None) or _first_writing(
            form, retriever, widen=_FORM_DEPTH)
        if found is not None and all(not overlaps(found.sentence, e.sentence) for e in out):
            out.append(found)
    return out


def _file_words(articles: dict[str, Article]) -> dict[str, str]:
    """Each word that names one article's file, as the citations show it: its name with its extension, its name
    without it where it has a figure and a mark in it ("004_b47a55cb96cde257"), and its first part where that is
    a number with a leading zero no other file's name starts with ("004"). Never a word, a year or a number a
    question writes for other things: files named "summit.txt", "2022.txt", "10_x.md" or "g7_statement.txt" make
    no "summit", "2022", "10" nor "g7" a source's name."""
    out: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for file in articles:
        name = file.replace("\\", "/").rsplit("/", 1)[-1].lower()
        stem = name.rsplit(".", 1)[0] if "." in name else ""
        if stem:
            out[name] = file
        if re.search(r"\d", stem) and re.search(r"[_.-]", stem):
            out[stem] = file
        first = re.split(r"[_\s.-]", stem, maxsplit=1)[0]
        if first != stem and len(first) >= 2 and first.isdigit() and first[0] == "0":
            firsts.setdefault(first, set()).add(file)
    out.update({first: next(iter(sources)) for first, sources in firsts.items() if len(sources) == 1})
    return out


def _named_articles(question: str, loaded: _Loaded, *, explicit: bool = False) -> set[str]:
    """The articles whose outlet or author the question names ("the Antiwar.com article", "DW's report"), or
    whose headline it quotes ("key points of the 'forge closer ties' article"). With ``explicit``, an outlet
    counts only where the question speaks of its piece ("the DW piece", "per Antiwar.com"): "did the medical
    examiner link any deaths" is no question on the Lakeside Examiner's article, nor is "what did the Ledger
    say" only on the Ledger's (other outlets quote it)."""
    titled = {a.source for a in loaded.articles.values() if a.title and _quotes_title(question, a.title)}
    if titled:
        return titled
    if _AGAINST_THE_REST.search(question):
        return set()  # "the tweet in the 1st article vs DW vs others": one piece set against all the rest
    # "article 001 vs 004", "what does 003_8db2.txt say": the files the citations show; "the first article": the
    # first of them by file name (see _ORDINAL_PIECE).
    filed = {loaded.files[w] for w in (t.strip(".-") for t in re.findall(r"[\w.-]+", question.lower()))
             if w in loaded.files}
    if ordinals := [_ORDINALS[m.group(1).lower()] for m in _ORDINAL_PIECE.finditer(question)]:
        listed = sorted(loaded.articles, key=_natural)  # "2_a.txt" before "10_b.txt", as a file browser lists them
        filed |= {listed[n] for n in ordinals if -len(listed) <= n < len(listed)}
    # Only a specific word names a source: "Antiwar.com", "DW"; not "Chinese" or "well" of "Deutsche Welle
    # Chinese Network" ("summarize the Chinese response", "how well did it go").
    tokens = [w.strip(",.;:!?\"“”‘’'()") for w in question.split()]
    at = [i for i, w in enumerate(tokens) if w and specificity(w) >= _SOURCE_SPECIFIC
          and set(terms(w)) & loaded.source_terms]
    if explicit:
        # "dw - how many years does it give", "Nikkei: who…": the outlet the question opens with, as a heading.
        heading = _HEADING.match(question)
        heading_words = len(heading.group(1).split()) if heading else 0
        at = [i for i in at if _PIECE_AFTER.match(" ".join(tokens[i + 1 : i + 1 + _PIECE_WINDOW]))
              or _PIECE_BEFORE.search(" ".join(tokens[max(0, i - _PIECE_WINDOW) : i]) + " ") or i < heading_words]
    asked = {t for i in at for t in terms(tokens[i])} & loaded.source_terms
    # "article 004 vs the antiwar piece": a file and an outlet, named side by side.
    return filed | {a.source for a in loaded.articles.values()
                    if asked & set(terms(" ".join(x for x in (a.outlet, a.author) if x)))}


# "the piece saying realpolitik won out", "the one w the embedded tweets", "the wire quoting Atkinson": a piece
# told by what it says; the description runs to the end of the question or to a dash or comma before a request.
_DESCRIBED_PIECE = re.compile(
    r"\b(?:article|piece|story|report|wire|one|column|op-ed|blog)\s+(?:that\s+|which\s+)?(?:saying|says|said|"
    r"quoting|quotes|quoted|with|w/|w|arguing|argues|claiming|claims|about)\s+(?P<what>[^?,;–—]+?)"
    r"(?:\s+-\s+.*)?\s*(?:[?,;–—].*)?$", re.IGNORECASE)


# The words that tell one piece from the others, between "the" and the piece ("according to the more polemical
# article", "the longer English report describes", "the paywalled one"); not across "is" ("the summit was the first
# one"), nor before "report" as a verb ("did the ministry report anything").
_TOLD_PIECE = re.compile(r"\bthe\s+((?:(?!(?:is|was|are|were|be|been)\b)[\w’'-]+\s+){1,3}?)(?:article|piece|story|"
                         r"report|coverage|outlet|write-?up|op-ed|column|blog|one)s?\b"
                         r"(?!\s+(?:anything|that|on|the|an?|any|it|this|what|whether|how)\b)", re.IGNORECASE)
# The asker doubting themselves: "but I might be oversimplifying", "i could be wrong" (that word only: what follows
# may be the question, "I could be wrong but did Yoon visit Seoul").
_SELF_DOUBT = re.compile(r"\bI\s+(?:might|may|could|must)\s+(?:well\s+)?(?:be|have\s+been)\s+([a-z]+)\b",
                         re.IGNORECASE)
# The asker's request before a colon, up to what it is about: "I'd like two things nailed down about GSOMIA: …".
_LEAD_IN = re.compile(r"^\W*(I\b[^:?.]*?)(?:\b(?:about|on|regarding|concerning)\b[^:?.]*)?:", re.IGNORECASE)


def _asides(question: str) -> frozenset[str]:
    """The terms of what ``question`` says besides what it asks: the words it tells a piece by (see
    ``_TOLD_PIECE``), which say which article to read ("French", "polemical"), the asker's doubts about
    themselves ("oversimplifying") and their request ("two things nailed down"). The articles need not have
    them."""
    found = {t for pattern in (_TOLD_PIECE, _SELF_DOUBT) for m in pattern.finditer(question) for t in terms(m.group(1))}
    if lead := _LEAD_IN.match(question):
        found |= {t for w in re.findall(r"[\w’'-]+", lead.group(1)) if w.islower() for t in terms(w)}
    return frozenset(found)


def _described_article(question: str, loaded: _Loaded) -> str | None:
    """The article a question tells by what it says ("the piece saying realpolitik won out"): the one with the
    passage the two searches find first for the description; None when the question describes no piece."""
    m = _DESCRIBED_PIECE.search(question)
    if not m or not question_terms(m.group("what"), loaded.source_terms | META_TERMS):
        return None
    found = loaded.retriever.fuse(m.group("what"))
    return found[0].chunk.source if found else None


def _headlined_article(question: str, loaded: _Loaded, ignore: frozenset[str]) -> str | None:
    """The article a question on a piece tells by its headline's words, in any order ("gist of the boris pork
    pie plot story": "Boris Johnson: What is the 'pork pie plot'…"): the one headline that holds most of the
    question's words besides the request, and more of them than any other; None when the question speaks of no
    piece or no headline stands out."""
    if not _PIECE.search(question):
        return None
    asked = set(question_terms(question, ignore | META_TERMS))
    if len(asked) < _HEADLINE_WORDS:
        return None
    held = sorted(((len(asked & set(terms(a.title))), a.source) for a in loaded.articles.values() if a.title),
                  reverse=True)
    if not held or held[0][0] < max(_HEADLINE_WORDS, _HEADLINE_SHARE * len(asked)):
        return None
    return held[0][1] if len(held) == 1 or held[1][0] < held[0][0] else None


_HEADLINE_WORDS = 3  # words of a headline, at least, that a question telling a piece by it gives
_HEADLINE_SHARE = 0.6  # share of the question's words (besides the request) its headline must hold
# "The first article", "the 2nd piece", "the last story": the articles in the order of their file names, as a file
# browser lists them (and as the seeds are numbered); not "the first piece of evidence".
_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "fifth": 4,
             "5th": 4, "last": -1}
_ORDINAL_PIECE = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+(?:article|piece|story)\b(?!\s+of\b)", re.IGNORECASE)
_AGAINST_THE_REST = re.compile(r"\b(?:versus|vs\.?|against|compared\s+(?:to|with))\s+(?:all\s+)?(?:the\s+)?"
                               r"(?:others|rest|other\s+(?:articles|pieces|reports|sources|outlets))\b(?!\s+of\b)",
                               re.IGNORECASE)


def _natural(source: str) -> list[Any]:
    """A file name's sort key with its runs of digits as numbers ("2_a.txt" before "10_b.txt")."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", source)]


_PIECE_WINDOW = 3  # words between an outlet's name and the piece it is said to have ("the DW Chinese piece")
_PIECE_AFTER = re.compile(r"^(?:[\w.’'-]+\s+){0,2}?(?:article|piece|story|report|coverage|op-ed|column|one)s?\b",
                          re.IGNORECASE)
_PIECE_BEFORE = re.compile(r"\b(?:per|according to)\s+(?:the\s+)?(?:[\w.’'-]+\s+)?$", re.IGNORECASE)
_PIECE = re.compile(r"\b(?:article|piece|story|headline|one)\b|[‘“\"]|(?<!\w)'", re.IGNORECASE)
_HEADING = re.compile(r"^\W*((?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,2})\s*[-–—:]\s")  # "dw - how many…"
_TITLE_RUN = 4  # words of a headline, in its order, that a question referring to a piece names it by (three are
# often only names: "Japan, South Korea")


def _quotes_title(question: str, title: str) -> bool:
    """Whether ``question`` refers to the piece headlined ``title``: it speaks of a piece or quotes, and gives
    a run of the headline's words ("the 'forge closer ties in security' article"); the same words in a
    question on the topic ("why did japan and south korea rebuild ties") do not name one piece."""
    if not _PIECE.search(question):
        return False
    asked, headline = terms(question), terms(title)
    return any(asked[i:i + _TITLE_RUN] == headline[j:j + _TITLE_RUN]
               for i in range(len(asked) - _TITLE_RUN + 1) for j in range(len(headline) - _TITLE_RUN + 1))


def _collection_topic(loaded: _Loaded, only: set[str] | None = None) -> str:
    """What the collection (or the articles ``only`` names) is about, as a search query: its latest headlines,
    or where articles have none, the names its texts use most."""
    chosen = [a for a in loaded.articles.values() if not only or a.source in only]
    dated = sorted(chosen, key=lambda a: a.date or "", reverse=True)
    titles = [a.title for a in dated if a.title][:_TOPIC_TITLES]
    if titles:
        return ". ".join(titles)
    counts = loaded.lexicon.vocabulary
    used = {n for a in chosen for n in a.names} if only else loaded.lexicon.names
    # Names used as often come in the order of their letters: the query is the same in every process.
    return " ".join(sorted(used, key=lambda n: (-counts[n], n))[:_TOPIC_TITLES])


def _things(text: str) -> str:
    """The names and nouns of ``text``, what a later part's "it" may point back to ("GSOMIA" in "when was
    GSOMIA signed"): not its verbs or question words."""
    from lemminflect import getAllLemmas

    kept = []
    for token in text.split():
        w = token.strip("?,.!;:").replace("’s", "").replace("'s", "")
        lemmas = getAllLemmas(w.lower())
        if w and w.lower() not in STOPWORDS and (w[:1].isupper() or ("NOUN" in lemmas and "VERB" not in lemmas)):
            kept.append(w)
    return " ".join(kept)


def _unseen(found: Sequence[Any], before: Sequence[Any]) -> list[Any]:
    """The chunks of a further search (``found``) that the search ``before`` it did not find."""
    seen = {(fc.chunk.source, fc.chunk.start) for fc in before}
    return [fc for fc in found if (fc.chunk.source, fc.chunk.start) not in seen]


def _elliptic(part: str, is_name: Callable[[str], bool]) -> bool:
    """Whether a later part of a question names nothing and has at most one word of its own to search by ("who
    was watching", "what happened in the end"): alone, it would find anything."""
    tokens = re.findall(r"[A-Za-z][\w’'-]*", part)
    return len(question_terms(part, META_TERMS)) <= 1 and not any(is_name(w) for w in tokens)


# A later part that points back at the one before: by a pronoun, or by answering it ("and what's Seoul sending back",
# "what does Korea do in return").
_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|he|him|his|she|her|that|this|those|these)\b|"
                          r"\b(?:send(?:s|ing)?|sent|writ(?:e|es|ing)|wrote|hit(?:s|ting)?|push(?:es|ing|ed)?|"
                          r"fir(?:e|es|ed|ing)|strik(?:e|es|ing)|struck)\s+back\b|"
                          r"\bin\s+(?:return|exchange|response|reply)\b", re.IGNORECASE)
_SOURCE_SPECIFIC = 0.6  # specificity in English from which a word of an outlet's name names that outlet
_PREMISE_POOL = 5  # passages a false premise is looked for in
_EVENT_POOL = 8  # passages the premise checks read (deeper for a side taken or an act's year: _TOLD_POOL)
# Passages where the side somebody took, or the year of an act the question dates, is looked for: few tell of
# either ("the United States welcomed…", "signed … in 2016"), and one that does settles it however far down it
# ranks (a question asking why the US criticized the summit finds the criticism first).
_TOLD_POOL = 16
_PART_HOLDS = 3  # a part's passages looked at for one that holds an earlier part's with the sentence beside it…
_PART_HOLDS_SHARE = 0.8  # …scoring this share of the part's best at least
_ASKED_PAST = re.compile(r"^\W*(?:and\s+|so\s+)?(?:did|has|have|had|was|were)\b", re.IGNORECASE)
# What a passage tells as only expected, planned or possible ("expected to reach", "said it would file"), which
# settles no question of whether it happened ("will" is left out: news tells decisions made as "Japan will lift…").
# So is what somebody was asked or urged to do ("Biden calls on Congress to pass a gas tax holiday").
_EXPECTED = re.compile(r"\b(?:expect(?:s|ed)? (?:\w+ ){0,3}to|plan(?:s|ned|ning) to|set to|scheduled to|going to|"
                       r"(?-i:may)|might|could|would|likely to|hopes? to|"
                       r"(?:call(?:s|ed|ing)? on|urg(?:es?|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?) (?:\w+ ){1,4}to)\b",
                       re.IGNORECASE)
# Asked whether somebody said or expected it, a passage that tells the saying or the expectation settles it.
_ASKED_SAYING = re.compile(r"^\W*(?:and\s+|so\s+)?(?:did|has|have|had)\s+(?:\w+\s+){1,4}?(?:say|said|tell|told|"
                           r"expect|predict|forecast|warn|claim|announce|promise|pledge|vow|plan|hope|think|believe|"
                           r"call|urge|ask|press)\b",
                           re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no|n't|refused|denied|rejected|without)\b|n’t\b", re.IGNORECASE)


def _length(e: Evidence) -> int:
    return e.sentence.end - e.sentence.start


def _without_count(text: str, shape: str) -> str:
    """An overview's request without its count ("summarize the summit in 3 points": the 3 is the request's, no
    figure of the summit's the articles must have); any other question as it is."""
    return " ".join(REQUESTED_COUNT.sub(" ", text).split()) if shape == "summary" else text


# An auxiliary or a modal: what makes a statement of a question typed without a question mark.
_STATING_VERB = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|did|does|do|can|could|should|must)\b",
                           re.IGNORECASE)


def _check_premise(
    understood: Question, ranked: list[Evidence], lexicon: Lexicon, alike: Callable[[str, Sequence[str]], set[str]],
    *, dated: Callable[[], Sequence[Evidence]] = lambda: (), leads: Callable[[], Sequence[Sentence]] = lambda: (),
) -> tuple[list[Evidence], Any]:
    """(ranked, premise): when the best passage contradicts the question, a close one that doesn't goes
    first; when none does, the contradiction is returned."""
    # The closest passage decides, or the one that holds most of the question when that is another.
    lower = typed_in_lower_case(understood.asked)
    timed = understood.shape != "multi"  # a part's time is not the whole question's
    q = _without_count(understood.text, understood.shape)

    # A part typed as a statement ("GSOMIA was signed in 2019 right? why did it take so long") is a claim of
    # its own: its time is its own, and a passage that dates it otherwise contradicts it.
    claims = claimed_parts(understood.parts) if not timed else []
    # So is a question typed as a statement as a whole, with a verb and no question mark ("japanese firms will pay
    # the victims under the deal right"); with one ("japanese firms will contribute to it?") it asks yes or no, and
    # without a verb it is typed as a search is ("japanese firms forced labour compensation").
    stated = stated_parts(understood.parts) if not timed or (
        understood.shape == "fact" and not re.search(r"[?？]\W*$", understood.asked)
        and _STATING_VERB.search(understood.text)) else []

    def conflict(text: str) -> tuple[str, str, str, str] | None:
        found = premise_conflict(q, text, lexicon, typed_lower=lower)
        # A question that names the passage's figure too ("35 yrs and 40 yrs thrown around, which is it") asks
        # which holds; it takes neither for granted.
        if found is not None and not (numbers(found[1]) and numbers(found[1]) <= numbers(q)):
            return (*found, "premise")
        when = time_conflict(q, text) if timed else next(
            (w for c in claims if (w := time_conflict(c, text)) is not None), None)
        return (when[0], when[1], "", "time") if when else None

    texts = [e.sentence.text for e in ranked[:_EVENT_POOL]]  # what the checks below read

    def unplaced(order: list[Evidence]) -> tuple[list[Evidence], Any]:
        # Where no passage found contradicts the question (the last check, on either way out below): the story's
        # meeting or trip, which the question puts in a country its leads don't ("why did Kishida fly to Seoul").
        told = functools.cache(leads)  # read only for a question that has them meet or go somewhere
        placed = lead_place_conflict(q, lambda: [lead.text for lead in told()], texts, lexicon) if timed else None
        if placed is None:
            return order, None
        lead = Evidence(sentence=told()[placed[2]], score=0.0, dense=0.0, lexical=ranked[0].lexical,
                        covered=ranked[0].covered)
        return order, _Premise(placed[0], placed[1], lead, "premise")

    deeper = [e.sentence.text for e in ranked[:_TOLD_POOL]]  # where a side taken is looked for
    # "What did China's foreign ministry say when it welcomed the summit": the clause's claim, of the one asked about.
    claim = clause_claim(q)
    # After the year of a dated act (below), each check gives (the question's words, the passage's in their place,
    # the passage's index) or None; the first that finds a contradiction settles it. In this order:
    checks: tuple[tuple[Callable[[], tuple[str, str, int] | None], str], ...] = (
        # Before or after: the act the question places after an event, which the passages place before it (in
        # any part of the question: the act and its time are told together).
        (lambda: order_conflict(q, texts), "time"),
        # Where: the event the question dates, put at another place by the passages that tell of it at that time.
        (lambda: place_conflict(q, texts, lexicon) if timed else None, "premise"),
        # Which side: a thing the question sets on one side ("the west coast"), the passages on another.
        (lambda: compass_conflict(q, texts), "premise"),
        # Who did it: where the question has one doer of an act and the passages that tell of it another.
        (lambda: agent_conflict(q, texts, lexicon, typed_lower=lower, asked=True), "premise"),
        (lambda: agent_conflict(claim, texts, lexicon, typed_lower=lower) if claim else None, "premise"),
        # Who spoke that day: "what did Kishida say in his March 1 speech" where the passage of that day has Yoon.
        (lambda: speaker_conflict(q, deeper, lexicon), "premise"),
        # Who did it to whom: two names the question puts either side of a thing, the passages the other way round.
        (lambda: swap_conflict(q, texts, lexicon, typed_lower=lower), "premise"),
        # Which relative: the question's "his son" where the passages on its topic have "his daughter".
        (lambda: kin_conflict(q, texts), "premise"),
        # Whose relative: the question's "Yoon's daughter" where the passages on its topic have Kim's.
        (lambda: owner_conflict(q, texts, lexicon), "premise"),
        # Which way: where the question has something cut and the passages that tell of it have it raised.
        (lambda: direction_conflict(q, texts, alike), "premise"),
        # Which end of a scale: "the short range missile" where the passages have a long-range one.
        (lambda: scale_conflict(q, texts), "premise"),
        # Which unit: "going for 5 minutes" where the passages with that figure have "five seconds".
        (lambda: unit_conflict(q, texts), "premise"),
        # The opposite: "ban wheat imports" where the passages that tell of it have "banned the export of wheat".
        (lambda: opposite_conflict(q, texts), "premise"),
        # Which side: where the question has somebody welcoming what the passages have it opposing.
        (lambda: stance_conflict(q, deeper, lexicon, typed_lower=lower, near=_EVENT_POOL), "premise"),
        (lambda: stance_conflict(claim, deeper, lexicon, typed_lower=lower, near=_EVENT_POOL) if claim else None,
         "premise"),
        # What it was: the question calls something what the passages say it no longer is ("transformed from a
        # past militaristic aggressor to a partner").
        (lambda: former_conflict(q, texts), "former"),
        # Who did it, denied: the question's doer named only where the passages say it did not happen; what it takes
        # for granted, or a part it states before it asks ("japanese companies will put money in the new foundation,
        # how much they pay").
        (lambda: next((found for said in (understood.presupposes, *stated) if said
                       and (found := negated_conflict(said, q, texts, alike))), None), "denied"),
        # The act, denied: told only as not done ("Rather than fire Lamas, Castro…" for "why did Castro fire Lamas").
        (lambda: denied_act(understood.presupposes, q, texts, lexicon.is_name), "denied"),
    )
    if timed:
        # First, a year the question dates an event by, where the articles date the same event (same verb) by
        # another: that passage settles it, whatever a passage that merely shares the year says. Read in the
        # passages found, and in those the clause that dates the act finds by itself ("…normalized relations in
        # 1945, so why…": not those of what else it asks).
        told = list(ranked[:_TOLD_POOL])
        told += [e for e in dated() if all(e.sentence.text != t.sentence.text for t in told)]
        if (found_here := event_time_conflict(q, [e.sentence.text for e in told])) is not None:
            return ranked, _Premise(found_here[0], found_here[1], told[found_here[2]], "time")
    for check, kind in checks:
        found_here = check()
        if found_here is not None:
            return ranked, _Premise(found_here[0], found_here[1], ranked[found_here[2]], kind)
    found, top = None, ranked[0]
    for top in dict.fromkeys([ranked[0], max(ranked[:_PREMISE_POOL], key=lambda e: e.covered)]):
        found = conflict(top.sentence.text)
        if found is not None:
            break
    if found is None:
        return unplaced(ranked)
    if found[3] == "time" and understood.shape == "summary":
        # "The main points of the summit of March 2023": an overview of that time when some passage tells of it,
        # from the passages that do not tell of another ("In September, they met in New York").
        timely = [e for e in ranked if conflict(e.sentence.text) is None]
        if any(re.search(rf"\b{re.escape(found[0])}\b", e.sentence.text, re.IGNORECASE) for e in timely):
            return timely, None
    asked, anchor = [w.lower() for w in found[0].split()], terms(found[2])
    if found[3] == "time" and claims:
        # A passage confirms a time only where it tells of the same thing: "threatened to abolish GSOMIA in 2019"
        # does not date its signing. The thing is what the question and the contradicting passage share.
        said = set(terms(top.sentence.text))
        anchor = [t for t in dict.fromkeys(terms(" ".join(claims))) if t in said and not t.isdigit() and t not in asked]
    for e in ranked[:_PREMISE_POOL]:
        # Another passage wins only when it says what the question says ("20 years"), not when it is
        # merely silent on it ("the 20th century" is no "20", "South Korean President" no "South Korean flag").
        says = all(re.search(rf"\b{re.escape(t)}\b", e.sentence.text, re.IGNORECASE) for t in asked) and set(
            anchor) <= set(terms(e.sentence.text))
        if e is not top and says and conflict(e.sentence.text) is None:
            return unplaced([e, *[x for x in ranked if x is not e]])
    return ranked, _Premise(found[0], found[1], top, found[3])


_YES_COVERED = 0.9  # share of a yes/no question its first passage must hold to answer it "Yes"


def _lead(understood: Question, top: Evidence, premise: _Premise | None) -> str:
    """"Yes" or "No" before a yes/no answer, only when its first passage settles it."""
    if understood.shape != "yes_no":
        return ""
    if premise is not None:
        return "No"
    asked_negative = bool(_NEGATION.search(understood.text))
    said_negative = bool(_NEGATION.search(top.sentence.text))
    if top.covered >= _YES_COVERED and asked_negative == said_negative and not (
            _ASKED_PAST.match(understood.text) and not _ASKED_SAYING.match(understood.text)
            and _EXPECTED.search(_telling_the_act(understood.text, top))):
        return "Yes"  # not where it only was to happen: "did the fire reach the road", "crews expected it to reach…"
    return ""


def _telling_the_act(question: str, passage: Evidence) -> str:
    """The sentences of ``passage`` that tell the act ``question`` asks of (its verbs, in any form), else all of it:
    what was only expected is told of the act itself ("announced it would compensate victims. The move was
    welcomed by Japan" tells that Japan welcomed it)."""
    verbs = asked_verbs(question)
    if re.match(r"^\W*(?:and\s+|so\s+)?(?:did|does|do)\b", question, re.IGNORECASE):
        # After "did", the act is the verb in its plain form ("did Japan welcome"), not a participle that describes
        # ("forced labor").
        verbs = {v for v in verbs if re.search(rf"\b{re.escape(v)}\b", question, re.IGNORECASE)}
    sentences = list(passage.parts) if passage.parts else sentences_of(passage.sentence.text)
    if not verbs or len(sentences) < 2:
        return passage.sentence.text
    asked = {t for v in verbs for t in terms(v)}
    return " ".join(s for s in sentences if set(terms(s)) & asked) or passage.sentence.text


def _cited_span(sentence: str, claims: list[Claim]) -> tuple[int, int]:
    """The part of ``sentence`` to cite: the clause a single claim quotes verbatim, else all of it."""
    if len(claims) == 1 and len(claims[0].markers) == 1:
        for quoted in (claims[0].text, claims[0].text.rstrip(".")):
            at = sentence.find(quoted) if quoted else -1
            if at >= 0:
                return at, at + len(quoted)
    return 0, len(sentence)


def _renumber(claim: Claim, numbering: dict[int, int]) -> str:
    markers = "".join(f"[{numbering[m]}]" for m in dict.fromkeys(claim.markers))
    text = claim.text if claim.text.endswith(_ENDS) else claim.text + "."  # a trimmed clause reads as a sentence
    return f"{text} {markers}"


def _passage(e: Evidence, loaded: _Loaded) -> Passage:
    article = loaded.articles.get(e.sentence.source)
    return Passage(
        source=e.sentence.source, start=e.sentence.start, end=e.sentence.end, text=e.sentence.text,
        score=round(e.score, 4), title=article.title if article else None,
        outlet=article.outlet if article else None, date=article.date if article else None,
    )
