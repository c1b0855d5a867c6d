"""Small, pure text helpers shared by retrieval, verification and abstention.

Tokens are lower-cased words; *terms* are their Snowball stems minus stop
words, irregular verb forms first taken to their base by a lemmatiser ("held" is "hold"). Numbers are normalised ("twelve" and "12", "1,000" and "1000").
"""

from __future__ import annotations

import functools
import re

__all__ = ["words", "terms", "lemma", "numbers", "names", "STOPWORDS", "strip_markers", "MARKER", "NAME_RUN", "SPELLED_AS",
           "joined_on", "in_dictionary", "measure_words", "initials", "TENS_SAID", "typed_in_lower_case"]

MARKER = re.compile(r"\s*\[(\d+)\]")
NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")  # two or more capitalised words in a row
_CONTRACTED = re.compile(r"(\w+)'(?:re|ve|ll|d|m)$")
# "How big", "how long", "how far": the adjective after "how" says what kind of measure is asked for, not a thing
# the evidence must name ("the 2,340-acre fire" answers "how big is the fire", where "Big Ten" makes "big" a name).
_HOW_MEASURE = re.compile(r"\bhow\s+(big|large|long|tall|high|far|old|deep|wide|fast|often|soon|strong|heavy|"
                          r"severe|serious|bad|close|expensive|costly)\b", re.IGNORECASE)
# A token of ``words``: initials written with dots ("U.S.", "U.N."), one word as the same initials written without
# them ("US"); a word, with an apostrophe ending; or a figure.
_WORD = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]\.){2,}|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*%?")

# "per" ("per the coverage") among them: so it never reads as a name opening a sentence, though the first name "Per"
# then counts as no name either.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because been before being below
    between both but by can could did didn't do does doesn't doing don't down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is isn't it its itself just let me
    more most my myself no nor not of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too under
    until up versus very was wasn't we were what when where which while who whom why will with won't would you your yours
    yourself yourselves said says say tell told according also s t mr mrs ms per
    """.split()
)

_SPELLED = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100",
}
# "Thirty-one members", "twenty five years": one figure (31, 25), not its tens and its units.
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS_AND_UNITS = re.compile(rf"\b({_TENS})[-\s]({_UNITS})\b", re.IGNORECASE)
# A figure in tens said in words, with its units or without ("fifty", "thirty-five"); not an ordinal or an idiom made
# of one ("twenty-first", "fifty-fifty", "forty-somethings"), nor a year said in words ("twenty nineteen").
TENS_SAID = re.compile(rf"(?<!-)\b({_TENS})(?:[-\s]+(?:{_UNITS}))?\b(?![-\s]*(?:first|second|third|fourth|fifth|sixth|"
                       rf"seventh|eighth|ninth|{_TENS}|some|ten|eleven|twelve|\w+teen)\w*)", re.IGNORECASE)
# A figure -> the words that spell it ("3" -> ("three",)), to find "3 chemicals" where the text has "three".
SPELLED_AS: dict[str, tuple[str, ...]] = {digits: (word,) for word, digits in _SPELLED.items()}


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The base form of a verb form the stemmer cannot join to it ("held" is "hold", "went" is "go"), by
    lemminflect's dictionary; other words are returned as they are."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word).get("VERB")
    return found[0] if found else word


@functools.lru_cache(maxsize=1)
def _stemmer():  # built on first use
    import Stemmer

    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    """Lower-cased word and number tokens; possessive endings dropped; dotted initials as one word ("U.S.": "us")."""
    return list(_words(text) if len(text) <= _CACHED_CHARS else _tokens(text))


# Ranking reads the same evidence sentences for question after question: their words and terms are worked
# out once (bounded, so a big corpus does not grow it without end) and copied out, so callers may edit them.
# Whole articles pass through too, once each: they are not kept.
_CACHED_CHARS = 2000


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return _tokens(text)


def _tokens(text: str) -> tuple[str, ...]:
    out = []
    for token in _WORD.findall(text):
        token = token.lower().replace("’", "'")
        if token.endswith("."):
            token = token.replace(".", "")
        if token.endswith("'s"):
            token = token[:-2]
        elif (m := _CONTRACTED.match(token)) is not None:
            token = m.group(1)  # "they're", "who'll", "it'd": the word itself ("they", "who", "it")
        out.append(token)
    return tuple(out)


def terms(text: str) -> list[str]:
    """Stems of the content words of ``text`` (stop words removed), in order."""
    return list(_terms(text) if len(text) <= _CACHED_CHARS else _stems(text))


@functools.lru_cache(maxsize=65536)
def _terms(text: str) -> tuple[str, ...]:
    return _stems(text)


def _stems(text: str) -> tuple[str, ...]:
    kept = [lemma(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    return tuple(_stemmer().stemWords(kept))


# "980k", "$10K": thousands, as people type them; not a unit ("5km", "10 kg" are no "k" alone).
_THOUSANDS = re.compile(r"[kK](?![A-Za-z0-9])")


def in_thousands(figure: str, text: str, end: int) -> str:
    """``figure`` (digits, maybe a decimal point), ending at ``end`` in ``text``, times a thousand when a "k"
    follows it ("980k" → "980000", "1.5K" → "1500"); else ``figure`` as it is."""
    if not _THOUSANDS.match(text, end) or not re.fullmatch(r"\d+(?:\.\d+)?", figure):
        return figure
    whole, _, fraction = figure.partition(".")
    digits = (whole + fraction.ljust(3, "0")[:3]).lstrip("0") or "0"
    return f"{digits}.{fraction[3:]}" if len(fraction) > 3 else digits


def numbers(text: str, *, spelled: bool = True) -> set[str]:
    """The numbers a text states, normalised: digits without separators, spelled-out small numbers as digits.

    With ``spelled=False`` only numbers written in digits count ("the two countries" states no figure).
    """
    found = set()
    for match in re.finditer(r"\d+(?:[.,]\d+)*", text):
        value = match.group().replace(",", "")
        # "$980k": 980000 as well, as the articles may write it ("$980,000"); "4K TV" keeps its 4.
        for v in dict.fromkeys((value, in_thousands(value, text, match.end()))):
            found.add(v.rstrip("0").rstrip(".") if "." in v else v)
    if spelled:
        found.update(_tens_and_units(m) for m in _TENS_AND_UNITS.finditer(text))
        text = _TENS_AND_UNITS.sub(" ", text)
    for w in words(text) if spelled else ():
        if w in _SPELLED:
            found.add(_SPELLED[w])
    return found


def _tens_and_units(m: re.Match[str]) -> str:
    return str(int(_SPELLED[m[1].lower()]) + int(_SPELLED[m[2].lower()]))


def with_compound_figures(text: str) -> str:
    """``text`` with its spelled figures of two words in digits ("Thirty-one members": "31 members"), so that a
    figure is one word next to what it counts."""
    return _TENS_AND_UNITS.sub(_tens_and_units, text)


@functools.lru_cache(maxsize=65536)
def stated_terms(text: str) -> frozenset[str]:
    """The terms of ``text`` with the figures it states both ways: "three chemicals" holds the "3" of "which 3
    chemicals", and "3 chemicals" the "three" of "which three". Cached: the articles' sentences come back for
    every question."""
    figures = numbers(text)
    return (frozenset(terms(text)) | figures | {word for figure in figures for word in SPELLED_AS.get(figure, ())}
            | initials(text))


_INITIALS_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|the\s+|and\s+|for\s+)*[A-Z][a-z]+)+")


def initials(text: str) -> set[str]:
    """The initials of the names of two or more words in ``text``, as a term ("United States": "us", "South
    Korea": "sk", "World Trade Organization": "wto"): how a question typed in haste writes them."""
    out = set()
    for m in _INITIALS_RUN.finditer(text):
        run = m.group().split()
        while run and run[0].lower() in STOPWORDS:  # "The United States" opening a sentence
            run.pop(0)
        letters = "".join(w[0] for w in run if w[0].isupper()).lower()
        if 2 <= len(letters) <= 5:
            out.add(letters)
    return out


# Titles cut short before a name, whose full stop ends no sentence.
_HONORIFIC_BEFORE = re.compile(r"(?:^|\W)(?:Mr|Mrs|Ms|Messrs|Mme|MM|Dr|Drs|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|"
                               r"Hon|Amb|Supt|Insp|Cmdr|Adm|Pres|St)\.$")
_HONORIFIC_SPAN = 9  # characters that hold the longest of them with the mark before it ("(Messrs.")


def names(text: str) -> set[str]:
    """Lower-cased capitalised words that are not at the start of a sentence (names, places, months)."""
    found = set()
    # Letters as words() reads them: "Hernández" is one name, not "Hern" (which no passage then holds).
    for match in re.finditer(r"(?<!^)\b[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*", text):
        word = match.group()
        start = match.start()
        before = text[:start].rstrip()
        if not before or (before[-1] in ".!?“\"'‘:" and not _HONORIFIC_BEFORE.search(before[-_HONORIFIC_SPAN:])):
            continue  # a sentence's first word, not the name after "Mr." ("And Mr. Kishida…")
        if _HONORIFIC_BEFORE.search(text[max(0, start - 1) : match.end() + 1]):
            continue  # "Dr." itself names nobody
        modifiers = joined_on(word)
        for i, part in enumerate(word.lower().split("-")):
            if part not in STOPWORDS and not (i and part in modifiers):
                found.add(part)
    return found


def joined_on(word: str) -> set[str]:
    """The words of English joined on in lower case after a name, which make it a modifier ("era" of "Moon-era",
    "led" of "US-led", "based" of "Seoul-based"): no part of the name. A name's own later part is none ("yeol" of
    "Suk-yeol")."""
    return {p for i, p in enumerate(word.split("-")) if i and p.islower() and in_dictionary(p)}


def in_dictionary(word: str) -> bool:
    """Whether English dictionaries list ``word`` (lower case) in some form (lemminflect): "beefing" is a word,
    however rare; names mostly are not."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def measure_words(text: str) -> set[str]:
    """The adjectives of measure in ``text`` (lower case): "big" in "how big is the fire"."""
    return {m.group(1).lower() for m in _HOW_MEASURE.finditer(text)}


def strip_markers(text: str) -> str:
    """``text`` without its citation markers."""
    return MARKER.sub("", text).strip()


_ACRONYM_TYPED = re.compile(r"\b[A-Z]{2,}s?\b")


def typed_in_lower_case(text: str) -> bool:
    """Whether ``text`` was typed without capitals, but for its acronyms ("yoon said JP and KR should share info on
    china missile launches"): its case tells no names, and a lower-case word may be one. Not a text typed all in
    capitals. The premise checks read a question so; reading it for its words (``understand``, ``focus``) does not,
    where the capitals of an acronym the reading itself put in ("us" → "US") would make every lower-case word a
    possible name (tried: two held-out dev questions and a review one were refused for a word read as a name)."""
    rest = _ACRONYM_TYPED.sub(" ", text)
    return rest == rest.lower() and (any(c.islower() for c in rest) or text == text.lower())
