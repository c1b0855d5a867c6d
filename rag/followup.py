"""Follow-up questions: make "What did he tell CNN?" searchable on its own.

Without a language model, a question that leans on the conversation (a pronoun
such as "he" or "it", or no name of its own) is searched together with the
names of the previous answer's first sentence and the words of the previous
question. With a model, the chain asks the model for a standalone question and
falls back to this when the model's rewrite is unusable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .errors import QuestionError
from .text import STOPWORDS, names, numbers, strip_markers, terms
from .understand import REQUEST_TERMS, names_a_country

__all__ = ["Message", "counted_things", "validate_history", "needs_context", "rewrite_from_history", "last_turn"]

Message = Mapping[str, str]

_ANAPHORA = re.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|it|its|this|that|these|those|there|then|the same)\b",
    re.IGNORECASE,
)
# "the summit", "the agreement": the previous turn's thing, unless the question names its own ("what did North
# Korea fire before the summit" asks about the story, not about the previous answer).
_DESCRIBED = re.compile(
    r"\bthe (?:agreement|pact|deal|summit|meeting|visit|trip|plan|move|ambassador|president|minister|leader|"
    r"official|dispute|country|countries|two)\b",
    re.IGNORECASE,
)
# A pronoun standing for things, not a person: "how many of those", "what are these used for", "those?".
_THINGS = re.compile(r"\b(?:of|about|for|with)\s+(?:those|these|them)\b|\b(?:those|these)\s*(?:[?.!]|$|"
                     r"(?:are|were|is|was|do|did|have|has|used|mean|cost|for)\b)", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*")
_ROLES = {"user", "assistant", "system"}
_WHO_IS = re.compile(r"\W*(?:and\s+)?who(?:\s+(?:is|was)\b|['’]s\b)", re.IGNORECASE)  # "who's the US ambassador"
# An answer that opens with a person by title: "South Korean President Yoon Suk-yeol met…", "Prime Minister Fumio
# Kishida said…".
_TITLES = (r"President|Prime\s+Minister|Minister|Ambassador|Secretary(?:\s+General)?|Chancellor|Governor|Senator|"
           r"Mayor|King|Queen|Premier|Professor|Prof\.|Dr\.|Mr\.|Mrs\.|Ms\.|CEO|Chairman|Chairwoman|Spokesman|"
           r"Spokeswoman|Spokesperson")
_TITLED_SUBJECT = re.compile(
    rf"^\W*(?P<before>(?:(?:[A-Z][\w’'-]*|[A-Z]\.(?:[A-Z]\.)+)\s+){{0,3}}?)(?:{_TITLES})\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
# "What did Kishida say…", "how does Emanuel describe…": the one whose words the previous question asked for, whom
# a "he" next is about ("where did he say that"), however many others it names.
_SPEAKER_ASKED = re.compile(
    r"^\W*(?i:(?:(?:and|so|ok)\s+)?(?:what|how|why|when|where)\s+(?:did|does|do|has|had|was|is))\s+"
    r"(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:\w+ly\s+)?"
    r"(?i:say|said|tell|think|call|compare|describe|mean|want|argue|claim|announce|write|tweet|reckon|propose|warn)\b")


def validate_history(history: Sequence[Message] | None) -> list[dict[str, str]]:
    """Check OpenAI-style messages; raise :class:`QuestionError` with what is wrong."""
    if history is None:
        return []
    cleaned = []
    for i, message in enumerate(history):
        if not isinstance(message, Mapping) or "role" not in message or "content" not in message:
            raise QuestionError(f"history[{i}] must be a dict with 'role' and 'content'.")
        if message["role"] not in _ROLES:
            raise QuestionError(f"history[{i}] has role {message['role']!r}; use 'user' or 'assistant'.")
        content = message["content"]
        if not isinstance(content, str):  # Gradio may send rich content; keep its text parts
            parts = content if isinstance(content, list) else [content]
            content = " ".join(p.get("text", "") if isinstance(p, Mapping) else str(p) for p in parts)
        cleaned.append({"role": message["role"], "content": content})
    return cleaned


def last_turn(history: Sequence[Message]) -> tuple[str, str]:
    """(previous question, previous answer) from the history; empty strings where absent."""
    question = answer = ""
    for message in reversed(history):
        if message["role"] == "assistant" and not answer and not question:
            answer = strip_markers(message["content"])
        elif message["role"] == "user":
            question = message["content"]
            break
    return question, answer


def _turn_before(history: Sequence[Message]) -> str:
    """The question asked before the previous one and the first sentence of its answer (what "it" may be:
    "what did north korea fire", "An intercontinental ballistic missile"), or ""."""
    turns = [i for i, m in enumerate(history) if m["role"] == "user"]
    if len(turns) < 2:
        return ""
    question, answer = last_turn(history[: turns[-1]])
    return f"{question} {_first_sentence(answer)}".strip()


def _first_sentence(answer: str) -> str:
    return re.split(r"(?<=[.!?])\s", answer.strip(), maxsplit=1)[0] if answer else ""


# "It" as a thing, not in a phrase where it stands for nothing ("is it true that…", "how did it go").
_IT = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)
_IT_IDIOM = re.compile(r"\bis\s+it\s+(?:true|just|only|possible|likely)\b|\bhow\s+did\s+it\s+go\b|"
                       r"\bwhat\s+time\s+is\s+it\b", re.IGNORECASE)


def _names_a_thing(question: str) -> bool:
    """Whether ``question`` has a word English dictionaries list as a noun ("missile", "summit"), which "it" in
    the next question may stand for; a person's name or "there" is none."""
    from lemminflect import getAllLemmas

    return any(w not in STOPWORDS and "NOUN" in getAllLemmas(w) for w in re.findall(r"[a-z]+", question.lower()))


# "and what about China?", "how about the US", "and Yoon?": the previous question, asked of something else; not
# "and …?" asking a question of its own ("and to which media he said this?").
_ELLIPSIS = re.compile(r"^\s*(?:and|also|ok|so)?\s*(?:what|how)\s+about\s+(.+?)\s*\??\s*$|"
                       r"^\s*and\s+(?!.*\b(?-i:what|which|who|whom|whose|when|where|why|how|did|does|do|is|was|are|"
                       r"were|has|have|had|said|says|say)\b)(.+?)\s*\?\s*$", re.IGNORECASE)  # "and the WHO?" is one
_CONTINUES = re.compile(r"^\s*(?:and|also|plus|but)\b", re.IGNORECASE)


def needs_context(question: str) -> bool:
    """Whether the question leans on the conversation rather than standing alone."""
    return (
        bool(_ANAPHORA.search(question))
        or bool(_CONTINUES.match(question))
        or not names(question) and (bool(_DESCRIBED.search(question)) or len(terms(question)) <= 3)
    )


_SUBJECT = re.compile(r"^\W*(?:what|how|why|when|where)\s+(?:did|does|do|has|have|is|was|were|are|will)\s+"
                      r"((?:[\w’'-]+\s+){1,4}?)(?=(?:say|said|do|think|react|respond|announce|want|feel|plan)\b)",
                      re.IGNORECASE)


def _swap_subject(prev_question: str, subject: str) -> str | None:
    """``prev_question`` with its first name (or run of names) replaced by ``subject``, or None when it names
    nobody ("what did China's foreign ministry say" and "the US" give "what did the US say")."""
    m = re.search(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:['’]s\s+(?:[a-z]+\s+){0,2}?(?=say|said|do|did|think))?",
                  prev_question[1:])
    if m is None:
        # Typed in lower case: the subject between the auxiliary and the verb ("what did china's foreign
        # ministry say about …").
        lower = _SUBJECT.match(prev_question)
        if lower is None:
            return None
        return prev_question[: lower.start(1)] + subject + " " + prev_question[lower.end(1) :]
    start, end = m.start() + 1, m.end() + 1
    return prev_question[:start] + subject + " " + prev_question[end:].lstrip()


def _requests(word: str) -> bool:
    """Whether a word only says what to do with an answer ("tldr", "summarize"), not what it is about."""
    found = set(terms(word))
    return bool(found) and found <= REQUEST_TERMS


# "which 3?", "what are the two?", "which ones": the things the previous answer counted ("three chemicals").
_WHICH_COUNT = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:which|what)\s+(?:(?:are|were)\s+(?:the\s+|they\s+|those\s+)?)?"
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+(?:them|those))?\s*\??\s*$",
    re.IGNORECASE)


def counted_things(question: str, history: Sequence[Message]) -> str | None:
    """"which 3" after an answer that counted "three chemicals": "which 3 chemicals", the question asked of
    what was counted; None when the question is no such question or the previous answer counts no such number."""
    from lemminflect import getAllLemmas

    m = _WHICH_COUNT.match(question)
    if not m or not history:
        return None
    _, answer = last_turn(history)
    wanted = numbers(m.group("n"))
    for figure in re.finditer(r"\b(?:\d+|[a-z]+)\b", answer, re.IGNORECASE):
        things = re.match(r"\s+((?:[a-z-]+\s+){0,2}?([a-z]+s))\b", answer[figure.end() :], re.IGNORECASE)
        if not things or not numbers(figure.group()) & wanted or numbers(things.group(1)):
            continue
        head = things.group(2).lower()
        nouns = getAllLemmas(head).get("NOUN", ())
        if head in STOPWORDS or not nouns or head in nouns or set(things.group(1).lower().split()) & STOPWORDS:
            continue  # "two of its five plants": "its" is no plural of anything
        return f"{question.strip().rstrip('?').strip()} {things.group(1).lower()}?"
    return None


def _a_person(run: str) -> bool:
    """Whether a run of capitalised words may be a person's name: two words or more, none small ("The", "Not"), none
    a title ("US Ambassador"), and no country ("South Korea")."""
    parts = run.split()
    return len(parts) >= 2 and not any(p.lower() in STOPWORDS for p in parts) and not re.search(
        rf"\b(?:{_TITLES})\b", run) and not names_a_country(run) and not any(names_a_country(p) for p in parts)


def rewrite_from_history(question: str, history: Sequence[Message]) -> str:
    """The question, plus what the previous turn was about when the question needs it."""
    if not history or not needs_context(question):
        return question
    prev_question, prev_answer = last_turn(history)
    ellipsis = _ELLIPSIS.match(question)
    if ellipsis and prev_question:
        swapped = _swap_subject(prev_question.strip(), (ellipsis.group(1) or ellipsis.group(2)).strip())
        if swapped:
            return swapped
    # Runs of more than one name, none a country's ("the US Japan and Korea" names no "he").
    named = list(dict.fromkeys(m.group() for m in _NAME_RUN.finditer(prev_question.strip())
                               if m.start() > 0 and " " in m.group() and not names_a_country(m.group())))
    speaker = _SPEAKER_ASKED.match(prev_question.strip())
    if speaker and not names_a_country(speaker.group("who")):
        named = [speaker.group("who")]
    # "he" is the one person the previous question named ("who is Joel Atkinson"): asked of him by name.
    # (After "who watched the launch?", "him" is the one the answer named.)
    person = named[0] if len(named) == 1 and not re.match(
        r"\W*who(?!\s*(?:is|was|'s|’s)\b)", prev_question, re.IGNORECASE) else None
    opening = _NAME_RUN.match(prev_answer.strip()) if prev_answer else None
    if person is None and not named and _WHO_IS.match(prev_question) and opening and _a_person(opening.group()):
        # "who's the US ambassador to Japan" / "Rahm Emanuel, …": "he" next is the one the answer named first.
        person = opening.group()
    titled = _TITLED_SUBJECT.match(prev_answer.strip()) if prev_answer else None
    if titled and (not named or (speaker and speaker.group("who") in titled.group("before"))):
        # "South Korean President Yoon Suk-yeol met Japanese Prime Minister Fumio Kishida": "him" next is the one
        # the answer opens with, its subject ("which firms came along with him"); after "what did Toyota say",
        # "Toyota CEO Koji Sato said…" makes "he" its CEO, not the company.
        person = re.sub(r"['’]s$", "", titled.group("name"))  # "President Yoon Suk-yeol's visit"
    if person and _PERSON.search(question):
        question = _PERSON.sub(lambda m: person + ("'s" if m.group().lower() in ("his", "hers") else ""),
                               question, count=1)
        if not re.search(r"\b(?:say|said|tell|told|write|wrote|mean|meant)\s+(?:it|this|that)\s*[?.!]*$", question,
                         re.IGNORECASE):
            return question
        # "where did Kishida say that": what he said is the previous turn's, which the search reads as well.
    first_sentence = _first_sentence(prev_answer)
    entities = [m.group() for m in _NAME_RUN.finditer(first_sentence) if m.start() > 0 or " " in m.group()]
    # What the previous question asked to be done ("tldr", "summarize") is no part of what it was about.
    about = " ".join(w for w in prev_question.split() if not _requests(w))
    if _IT.search(_IT_IDIOM.sub(" ", question)) and not _names_a_thing(prev_question) and (
            earlier := _turn_before(history)):
        # "what did north korea fire…", "was kim jong un there", "and where did it come down": "it" is no person,
        # and the previous question names no thing it could be; the one before it does.
        about = f"{earlier} {about}"
    # "How many of those", "what are these used for": the things the previous answer told of.
    things = [re.sub(r"^\W*(?:yes|no)\b\W*", "", strip_markers(first_sentence), flags=re.IGNORECASE)
              ] if _THINGS.search(question) else []
    context = " ".join(dict.fromkeys([*entities, about, *things]))
    return f"{question} ({context})" if context else question
