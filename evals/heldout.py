"""The held-out suite: questions as people type them, split into dev and test before any tuning.

``evals/heldout.jsonl`` was written from the articles alone by a reader who saw
no code and no earlier question (paragraph by paragraph, questions first, then
the evidence): typos, other spellings of names, acronyms, casual language,
yes/no, summaries, "who said", multi-part questions, follow-ups, and about 30 %
unanswerable or false-premise items. Each item has a ``split``: tune on ``dev``,
gate and report on ``test``. The existing gold set is scored the same way,
beside them. Items ``h…`` are the first batch (202); items ``k…`` a second batch
of 90, written the same way by another reader with a fresh context after the
first batch's dev split had been tuned on, and split per kind by a hash of
their ids before anything was run on them. Items ``m…`` are a third batch of
90 (dev 48, test 42), written and split the same way after both earlier dev
splits had been tuned on; measured on it before any change, the code of the
time scored 0.58 on its dev split, against 0.79 on the dev splits it had been
tuned on: the gap that tuning on dev leaves, and why only test is reported.
Items ``n…`` are a fourth batch of 90 (dev 49, test 41), written and split the
same way after three dev splits had been tuned on; before any change the code
scored 0.61 on its dev split, against 0.83 on the three tuned dev splits.
Items ``p…`` are a fifth batch of 90 (dev 49, test 41), written and split the
same way after four dev splits had been tuned on; before any change the code
scored 0.57 on its dev split (abstention recall 0.38), against 0.83 on the
four tuned dev splits. Items ``q…`` are a sixth batch of 90 (dev 49, test 41), written and split the
same way after five dev splits had been tuned on; before any change the code scored 0.67 on its dev split
(false abstention 0.14, abstention recall 0.69) and 0.71 on its test split, against 0.82 on the five tuned
dev splits. Items ``r…`` are a seventh batch of 90 (dev 49, test 41), written and split the same way
later in that session; before any change the code scored 0.76 on its dev split (abstention recall 0.69) and
0.59 on its test split (abstention recall 0.38): at about 45 items a split, the two halves of one batch
differ by more than most changes do. Items ``s…`` and ``t…`` are an eighth and a ninth batch of 90 each
(dev 49, test 41), written the same way by two more readers with fresh contexts (one asked to type as a
hurried fact-checker would) after seven dev splits had been tuned on; before any change the code scored 0.69
and 0.76 on their dev splits, 0.78 and 0.88 on their test splits. Items ``u…`` and ``v…`` are a tenth and an
eleventh batch of 90 each (dev 49, test 41), written the same way by two more readers with fresh contexts after
nine dev splits had been tuned on; before any change the code scored 0.53 and 0.76 on their dev splits, 0.78
and 0.63 on their test splits (abstention recall on v's test split 0.38). Items ``w…`` and ``x…`` are a
twelfth and a thirteenth batch of 90 each (dev 49, test 41), written the same way by two more readers with fresh
contexts (one reading paragraph by paragraph, one checking claims as a fact-checker would) after eleven dev splits
had been tuned on; before any change the code scored 0.67 on both dev splits and 0.71 on both test splits
(abstention recall on their dev splits 0.54). Items ``y…`` and ``z…`` are a fourteenth and a fifteenth batch of
90 each (dev 49, test 41), written the same way by two more readers with fresh contexts (a fact-checker on
deadline; an analyst asking on a phone) after thirteen dev splits had been tuned on; before any change the code
scored 0.71 and 0.76 on their dev splits, 0.73 and 0.63 on their test splits (abstention recall on z's test
split 0.38). Items ``a…`` and ``b…`` are a sixteenth and a seventeenth batch of 90 each (dev 49, test 41),
written the same way by two more readers with fresh contexts (a radio producer prepping a morning segment; a
business-desk analyst on a phone) after fifteen dev splits had been tuned on; before any change the code scored
0.72 on their dev splits together and 0.70 on their test splits (abstention recall 0.73 on both). Items ``c…``
and ``d…`` are an eighteenth and a nineteenth batch of 90 each (dev 49, test 41), written the same way by two
more readers with fresh contexts (a wire-service fact-checker typing fast on a laptop; a student preparing a
presentation on a phone) after seventeen dev splits had been tuned on; before any change the code scored 0.66 on
their dev splits together (abstention recall 0.58) and 0.70 on their test splits (false abstention 0.11).
Items ``e…`` and ``f…`` are a twentieth and a twenty-first batch of 90 each (dev 49, test 41), written the same
way by two more readers with fresh contexts (a TV producer checking a script on deadline; an analyst whose first
language is not English, on a phone) after nineteen dev splits had been tuned on; before any change the code
scored 0.67 and 0.76 on their dev splits (abstention recall 0.69 and 0.54), 0.78 and 0.66 on their test splits
(abstention recall 0.77 and 0.46). Items ``g…`` and ``i…`` are a twenty-second and a twenty-third batch of 90
each (dev 49, test 41), written the same way by two more readers with fresh contexts (a night editor checking copy
against the wire in terse fragments; a research assistant dictating to a phone's speech-to-text, "key shida",
"gee so mia") after twenty-one dev splits had been tuned on; before any change the code scored 0.76 and 0.80 on
their dev splits, 0.73 and 0.71 on their test splits (abstention recall on i's test split 0.31).
Items ``A…`` (a capital: every lower-case letter was taken) are a twenty-seventh batch of 100 (dev 50, test 50),
written and split the same way by a reader with a fresh context (a podcast researcher typing on a tablet) after
the work on twenty-six dev splits; before any change the code scored 0.70 on both halves (abstention recall on the
dev half 0.90, false abstention 0.10). Items ``B…`` are a twenty-eighth batch of 100 (dev 50, test 50), written and
split the same way by a reader with a fresh context who wrote each question as one of several personas would type it
(a fact-checker on a phone, a student, a trader, a reader whose first language is not English) before looking up its
evidence; before any change the code scored 0.68 on its dev half (abstention recall 0.40) and 0.62 on its test half
(false abstention 0.125, abstention recall 0.70).
Items ``C…`` are a twenty-ninth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, paragraph by paragraph, each question typed as one of several personas would; before any
change the code scored 0.66 on its dev half (false abstention 0.075, abstention recall 0.70) and 0.74 on its test
half (false abstention 0.10, abstention recall 0.80). Items ``D…`` are a thirtieth batch of 100 (dev 52, test
48), written and split the same way by another reader with a fresh context who typed each question as a hurried
reader would; before any change the code scored 0.77 on its dev half (false abstention 0.086, abstention recall
0.76) and 0.79 on its test half (false abstention 0.088, abstention recall 0.71). Items ``E…`` are a thirty-first
batch of 100 (dev 54, test 46), written and split the same way by another such reader; before any change the code
scored 0.78 on its dev half (false abstention 0.025, abstention recall 0.71) and 0.78 on its test half (false
abstention 0.031, abstention recall 0.64). Items ``F…`` are a thirty-second batch of 100 (dev 54, test 46),
written and split the same way by another reader with a fresh context, typing as a newsroom editor on deadline;
before any change the code scored 0.78 on its dev half (false abstention 0.050, abstention recall 0.79) and 0.80
on its test half (false abstention 0.094, abstention recall 0.79). Items ``G…`` are a thirty-third batch of 100
(dev 54, test 46), written and split the same way by another reader with a fresh context, typing as a policy
analyst on a phone between meetings; before any change the code scored 0.78 on its dev half (false abstention
0.100, abstention recall 0.79) and 0.87 on its test half (false abstention 0.062, abstention recall 0.93).
Items ``H…`` are a thirty-fourth batch of 100 (dev 54, test 46), written and split the same way by another reader
with a fresh context, typing as a TV news producer prepping a segment one-handed; before any change the code scored
0.85 on its dev half (false abstention 0.075, abstention recall 0.93) and 0.89 on its test half (false abstention
0.062, abstention recall 0.86).
Items ``I…`` are a thirty-fifth batch of 100 (dev 54, test 46), written and split the same way by another reader
with a fresh context, typing as a graduate student skimming on a phone between classes; before any change the code
scored 0.83 on its dev half (false abstention 0.050, abstention recall 0.86) and 0.83 on its test half (false
abstention 0.062, abstention recall 1.00).
Items ``J…`` are a thirty-sixth batch of 100 (dev 54, test 46), written and split the same way by another reader
with a fresh context, dictating to a phone's speech-to-text while driving between interviews ("young kishida", "ram
emanuel", "bay jing"); before any change the code scored 0.80 on its dev half (false abstention 0.075, abstention
recall 0.71) and 0.83 on its test half (false abstention 0.094, abstention recall 0.79).
Items ``K…`` are a thirty-seventh batch of 100 (dev 54, test 46), written and split the same way by another
reader with a fresh context, typing as a newsroom night editor on a phone whose autocorrect mangles names ("kiss
ida", "pres yon", "southkorea"); before any change the code scored 0.76 on its dev half (false abstention 0.100,
abstention recall 0.71) and 0.80 on its test half (false abstention 0.062, abstention recall 0.86).
Items ``L…`` are a thirty-eighth batch of 100 (dev 54, test 46), written and split the same way by another
reader with a fresh context, typing as a wire-service sub-editor on a late shift with a sticky keyboard ("hwo many
yeras", "yoon adn kishida", "yoon tokyo when"); before any change the code scored 0.81 on its dev half (false
abstention 0.075, abstention recall 0.86) and 0.87 on its test half (false abstention 0.062, abstention recall 0.93).
Items ``M…`` are a thirty-ninth batch of 100 (dev 54, test 46), written and split the same way by another
reader with a fresh context, dictating as a radio producer walking to the studio, with voice-typing homophones
("south career", "kishi da", "G so mia"); before any change the code scored 0.91 on its dev half (false abstention
0.000, abstention recall 0.86) and 0.74 on its test half (false abstention 0.031, abstention recall 0.71).
Items ``N…`` are a fortieth batch of 100 (dev 54, test 46), written and split the same way by another reader with
a fresh context, typing as a fact-checker whose first language is Spanish ("is true that…", "Japon", "Corea");
before any change the code scored 0.76 on its dev half and 0.76 on its test half.
Items ``O…`` are a forty-first batch of 100 (dev 54, test 46), written and split the same way by another reader
with a fresh context, typing as a podcast researcher in London on a tablet, in British spelling with
abbreviations ("JP defence budget", "forced labour", "SK MND official"); before any change the code scored 0.85 on
its dev half (false abstention 0.075, abstention recall 0.93) and 0.80 on its test half (false abstention 0.062,
abstention recall 0.79).
Items ``P…`` are a forty-second batch of 100 (dev 54, test 46), written and split the same way by another reader
with a fresh context, typing as a think-tank analyst in Brussels whose first language is French ("for which reason
Japan will withdraw…", "Corea", "Japon", "is true the…"); before any change the code scored 0.76 on its dev half
(false abstention 0.050, abstention recall 0.71) and 0.78 on its test half (false abstention 0.062, abstention
recall 0.71).
Items ``Q…`` are a forty-third batch of 100 (dev 54, test 46), written and split the same way by another reader
with a fresh context, dictating as a radio producer driving ("kishi da", "g so mia", "mutual hostel tea", "twenty
nineteen"); before any change the code scored 0.83 on its dev half (false abstention 0.050, abstention recall 0.93)
and 0.83 on its test half (false abstention 0.031, abstention recall 0.79).
Items ``R…`` are a forty-fourth batch of 100 (dev 51, test 49), written and split the same way by another reader
with a fresh context, typing as a social-media desk editor in shorthand ("w/ jp + sk", "need the venue for the
post", "gsomia backstory in a nutshell?"); before any change the code scored 0.73 on its dev half (false abstention
0.108, abstention recall 0.86) and 0.71 on its test half (false abstention 0.029, abstention recall 0.57).
Items ``S…`` are a forty-fifth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, typing as a junior researcher on a Seoul international desk who romanises names her own way
and puts the topic first ("Kisida", "Yun Seok-yeol", "Sam sung", "summit where held?", "article 001 vs 004");
before any change the code scored 0.58 on its dev half (false abstention 0.333, abstention recall 0.64) and 0.68
on its test half (false abstention 0.167, abstention recall 0.64).
Items ``T…`` are a forty-sixth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, typing as a fact-checker on a phone with autocorrect on ("Soul", "Kashida", "chins news",
"gs omia", "ping yang", "semi conductor"); before any change the code scored 0.76 on its dev half (false abstention
0.194, abstention recall 0.79) and 0.80 on its test half (false abstention 0.056, abstention recall 0.64).
Items ``U…`` are a forty-seventh batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, typing as a night-shift wire copy editor checking headlines and captions against the reports
("caption: 'yoon meets kishida in seoul' correct?", "hed says '… in 20 yrs' - ok?", "gsomia - spell out for the
dek", "'…melting of bonds' - attribution?"); before any change the code scored 0.62 on its dev half (false
abstention 0.139, abstention recall 0.64) and 0.78 on its test half (false abstention 0.056, abstention recall 0.79).
Items ``V…`` are a forty-eighth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, dictating into a phone as a TV prep researcher (names heard by sound, "joel at kin son from
hang cook university", numbers in words, homophones, "defense ministry no sorry the foreign ministry"); before any
change the code scored 0.68 on its dev half (false abstention 0.25, abstention recall 0.79) and 0.82 on its test
half (false abstention 0.111, abstention recall 0.93).
Items ``W…`` are a forty-ninth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, typing as a think-tank analyst in policy shorthand ("ROK", "FM", "mtg", "svc", "in '19",
"y/n?", noun phrases such as "summit location?"); its false premises were first labelled answerable, against the
suite's convention, and relabelled before any change. Before any change the code scored 0.70 on its dev half
(false abstention 0.194, abstention recall 0.86) and 0.84 on its test half (false abstention 0.028, abstention
recall 0.93).
Items ``X…`` are a fiftieth batch of 100 (dev 50, test 50), written and split the same way by another reader with a
fresh context, typing as a fact-checker triaging viral claims ("claim going round: … - true?", "quote attributed to
biden: '…' who actually said it", "someone on X says…, accurate?"); before any change the code scored 0.68 on its
dev half (false abstention 0.167, abstention recall 0.57) and 0.68 on its test half (false abstention 0.083,
abstention recall 0.50).
Items ``Y…`` are a fifty-first batch of 100 (dev 50, test 50), written and split the same way by another reader with
a fresh context, typing as a Tokyo-bureau stringer whose first language is Japanese ("Kishida Fumio", "Yun Sok-yol",
"Japan side", "JP and KR", dropped articles, "DW is which media"); before any change the code scored 0.76 on its dev
half (false abstention 0.083, abstention recall 0.79) and 0.66 on its test half (false abstention 0.111, abstention
recall 0.64).
Items ``Z…`` are a fifty-second batch of 100 (dev 50, test 50), written and split the same way by another reader with
a fresh context, typing as a newsletter editor in search-engine keyword fragments ("yoon tokyo trip date", "gsomia
stands for", "wto complaint withdrawn?", "rham emmanual cnn quote abt nk"); before any change the code scored 0.70 on
its dev half (false abstention 0.139, abstention recall 0.79) and 0.78 on its test half (false abstention 0.056,
abstention recall 0.71).
Items ``AA…`` are a fifty-third batch of 100 (dev 50, test 50), written and split the same way by another reader with
a fresh context, asking as a history graduate turned fact-checker in long, hedged questions ("I might be
oversimplifying", "according to the French-sourced report", "I'd like two things nailed down about GSOMIA: …");
before any change the code scored 0.64 on its dev half (false abstention 0.222, abstention recall 0.71) and 0.68 on
its test half (false abstention 0.167, abstention recall 0.64).
Items ``AB…`` are a fifty-fourth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a German-speaking agency trainee writing literal English ("since when is…", "how many
persons", "Südkorea", "Präsident Yoon", "16. March", "which name has the…"); before any change the code scored 0.64
on its dev half (false abstention 0.333, abstention recall 0.79) and 0.70 on its test half (false abstention 0.167,
abstention recall 0.79).
Items ``AC…`` are a fifty-fifth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a sub-editor on an Indian English night desk ("kindly tell", "what is the good name of",
"who all went", "…, na?", "govt", "mtg"); before any change the code scored 0.72 on its dev half (false abstention
0.111, abstention recall 0.79) and 0.78 on its test half (false abstention 0.167, abstention recall 0.79).
Items ``AD…`` are a fifty-sixth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a markets reporter on a Singapore newswire ("semis", "export curbs", "JP"/"SK", "can or
not", "…, leh"); before any change the code scored 0.74 on its dev half (false abstention 0.083, abstention recall
0.86) and 0.70 on its test half (false abstention 0.083, abstention recall 0.71).
Items ``AE…`` are a fifty-seventh batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a radio editor dictating to a phone (speech-to-text without punctuation, figures in words,
"g so mia", "key shida", "the u s", homophones); before any change the code scored 0.76 on its dev half (false
abstention 0.056, abstention recall 0.64) and 0.84 on its test half (false abstention 0.056, abstention recall 0.79).
Items ``AF…`` are a fifty-eighth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a regular of a heated online forum (lower case, "tbh", "iirc", "afaik", nicknames such as
"the korean prez" and "the ambassador guy", half-remembered claims); before any change the code scored 0.56 on its
dev half (false abstention 0.222, abstention recall 0.57) and 0.62 on its test half (false abstention 0.278,
abstention recall 0.93).
Items ``AG…`` are a fifty-ninth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a civics teacher building a quiz ("True or false: …", "q3:", "Fill in: … ___", either-or
options, numbered parts, classroom shorthand); before any change the code scored 0.76 on its dev half (false
abstention 0.056, abstention recall 0.86) and 0.74 on its test half (false abstention 0.083, abstention recall 0.93).
Items ``AH…`` are a sixtieth batch of 100 (dev 50, test 50), written and split the same way by another reader with
a fresh context, as a trade-compliance lawyer checking facts for a client memo ("per the articles", "inter alia",
"re:", "pls confirm", "(a) … (b) …", JP / ROK, misremembered details); before any change the code scored 0.66 on
its dev half (false abstention 0.111, abstention recall 0.71) and 0.64 on its test half (false abstention 0.139,
abstention recall 0.86).
Items ``AI…`` are a sixty-first batch of 100 (dev 50, test 50), written and split the same way by another reader with
a fresh context, as an Australian night-shift radio newsreader typing on a phone between bulletins ("reckon", "arvo",
"or nah", "compo", "short as", guesses after the question: "one? a whole fleet?"); before any change the code scored
0.68 on its dev half (false abstention 0.111, abstention recall 0.71) and 0.58 on its test half (false abstention
0.250, abstention recall 0.57).
Items ``AJ…`` are a sixty-second batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a retired diplomat writing a memoir (formal and wordy: "His Excellency", "the Republic of
Korea", "the DPRK", "Nippon", nested asides, courteous tags, details misremembered with confidence); before any
change the code scored 0.66 on its dev half (false abstention 0.222, abstention recall 0.64) and 0.54 on its test
half (false abstention 0.333, abstention recall 0.64).
Items ``AK…`` are a sixty-third batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a high-school student doing a current-events homework assignment on a school laptop (teen
slang: "ngl", "lowkey", "fr"; half-remembered names and facts; "in simple words for my essay"); before any change the
code scored 0.68 on its dev half (false abstention 0.000, abstention recall 0.50) and 0.70 on its test half (false
abstention 0.028, abstention recall 0.57).
Items ``AL…`` are a sixty-fourth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a Brazilian journalist typing English as a second language on a phone (Portuguese words and
word order: "porque", "quem", "quantos", "e", "né?"; names spelled by ear: "Kixida", "Yun Suk Iol"); its required
facts were given as verbatim alternatives and its follow-ups the assistant's turns before anything ran on it. Before
any change the code scored 0.70 on its dev half (false abstention 0.222, abstention recall 0.79) and 0.76 on its
test half (false abstention 0.056, abstention recall 0.64).
Items ``AM…`` are a sixty-fifth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a Hong Kong financial-news analyst whose first language is Cantonese, typing between
market calls (particles "lah", "meh", "hor"; "how come", "got or not", "is it"; "the Japan PM", "bn", "usd mn");
its false premises were labelled as refusals and two quotes made exact before anything ran on it. Before any change
the code scored 0.70 on its dev half (false abstention 0.139, abstention recall 0.64) and 0.72 on its test half
(false abstention 0.139, abstention recall 0.64).
Items ``AN…`` are a sixty-sixth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a US congressional committee staffer writing a briefing memo in a hurry (government
shorthand: "ROK", "GOJ", "MOFA", "USG", "the readout", "deliverables", "BLUF"; two asks stacked in one line; a hedged
"…, correct?"); its false premises were labelled as refusals before anything ran on it. Before any change the code
scored 0.72 on its dev half (false abstention 0.167, abstention recall 0.93) and 0.66 on its test half (false
abstention 0.222, abstention recall 0.71).
Items ``AO…`` are a sixty-seventh batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a Mandarin-speaking graduate student of international relations in Beijing writing a
seminar paper in English, a second language (articles dropped, tense and plurals loose, names in other
romanisations or family name first, "the Japan side", "the ROK side"); its false premises were labelled as refusals
before anything ran on it. Before any change the code scored 0.70 on its dev half (false abstention 0.028,
abstention recall 0.57) and 0.62 on its test half (false abstention 0.139, abstention recall 0.50).
Items ``AP…`` are a sixty-eighth batch of 100 (dev 50, test 50), written and split the same way by another reader
with a fresh context, as a senior news editor in Lagos checking a colleague's story on her phone, in Nigerian English
and Pidgin ("wetin dem agree", "Osaka abi Tokyo", "who file am", "na so?", "abeg"), names spelled by ear; its false
premises were labelled as refusals before anything ran on it. Before any change the code scored 0.50 on its dev half
(false abstention 0.417, abstention recall 0.79) and 0.44 on its test half (false abstention 0.472, abstention recall
0.71): Pidgin's grammar words ("wetin", "sef") were read as names the articles never mention.
``evals/rewordings.jsonl`` rewords each answerable dev
question twice (same meaning, hurried style), judged by the original's facts
(``--items evals/rewordings.jsonl --splits dev``): a tuning aid that finds
brittle refusals, never a figure to report.

An item is *correct* when an answerable one is answered (not refused) with at
least ``min_facts`` of its required facts, and when an unanswerable or false-
premise one is refused (a refusal that cites what the articles do say counts).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .metrics import Span, citation_validity, fact_recall, missed_bars, percentile

__all__ = [
    "HeldoutItem", "Outcome", "load_items", "judge", "summarize", "GATES", "TARGETS", "gate_failures", "run_items",
]

# Where the test split must get to (issue 9, default mode).
TARGETS = {
    "correct": (">=", 0.85),
    "false_abstention_rate": ("<=", 0.08),
    "abstention_recall": (">=", 0.85),
    "citation_validity": (">=", 1.0),
}
# What CI enforces on the test split until the targets are met: the measured figures with a small margin.
# The test split grew from 106 to 150 items when the second batch (k…) joined it (measured then: correct
# 0.620, false abstention 0.173, abstention recall 0.478), so the floors were set again for that split; then
# raised with the acronym work (correct 0.627, false abstention 0.135). The third batch (m…) made it 192
# items (the code of the time: correct 0.620, false abstention 0.135, abstention recall 0.458); after the
# work on dates, counts, absent names and "the X" (0.667, 0.135, 0.559) the floors were raised again, and
# once more after lone lower-case names ("reuters": 0.688, 0.135, 0.627). The fourth batch (n…) made it
# 233 items (the code of the time: 0.682, 0.124, 0.611); the floors still held. After the work on that batch's
# dev split (doers of an act, speakers named a paragraph before, country codes, follow-ups, spelling: 0.708,
# 0.118, 0.611) they were raised again; abstention recall stays at 0.60, where this gate caught a change that
# read lower-case words as initials (0.583), which was reverted. The fifth batch (p…) made it 274 items (the
# code of the time: 0.712, 0.122, 0.635); the floors still held. After the work on that batch's dev split
# and on rewordings of dev questions (who did what to whom, which way a change went, before and after,
# acronyms in lower case, overviews: 0.745, 0.111, 0.671) they were raised again. The sixth and seventh
# batches (q…, r…) made it 356 items (the code before them: 0.728, 0.114, 0.631); the floors still held.
# After the work on their dev splits (0.742, 0.106, 0.649) they stay: the two new test halves did not move
# (0.659 before, 0.646 after, on their 82 items), so the gain is the older batches'. This gate caught a
# change that read "when and where was that" as two parts (abstention recall 0.640), which was reverted.
# The twelfth and thirteenth batches (w…, x…) made it 602 items (the code before them: 0.751, 0.082, 0.688);
# after the work on their dev splits (0.761, 0.082, 0.698) the floors were raised a little.
# The fourteenth and fifteenth (y…, z…) made it 684 items (the code before them: 0.749, 0.083, 0.674); the
# floors still held, abstention recall by 0.024. After the work on their dev splits (overview points told in two
# sentences, where-questions, who did it in another verb: 0.760, 0.077, 0.684) correct and false abstention were
# raised a little; abstention recall stays. The sixteenth and seventeenth (a…, b…) made it 766 items (the code
# before them: 0.753, 0.080, 0.689); the floors still held. After the work on their dev splits (two fresh-eyes
# reviews on eleven other articles reverted three changes that had each gained one dev item: 0.764, 0.071, 0.697)
# all three were raised a little. The eighteenth and nineteenth (c…, d…) made it 848 items (the code before them:
# 0.757, 0.074, 0.700); the floors still held. After the work on their dev splits (a piece named by its outlet or
# headline, a party's own view, causes for why-questions; two fresh-eyes reviews on other articles reverted three
# changes that had each gained one dev item: 0.762, 0.072, 0.700) they stay. The twentieth and twenty-first
# (e…, f…) made it 930 items (the code before them: 0.758, 0.072, 0.693); the floors still held. After the work on
# their dev splits (two fresh-eyes reviews on other articles narrowed four of its rules and withdrew two:
# 0.759, 0.072, 0.696; then a hyphenated pair of names read as a relation, dev +2: 0.758, 0.072, 0.693) they stay.
# The twenty-second and twenty-third (g…, i…) made it 1,012 items (the code before them: 0.754, 0.075, 0.677); the
# floors still held, correct by 0.004 and abstention recall by 0.007. After the work on their dev splits ("which
# companies" with none named, names heard apart, a thing set on another compass side; two fresh-eyes reviews on
# other articles narrowed two of the changes and withdrew two: 0.760, 0.075, 0.696) abstention recall was raised.
# The next session's work on the same dev splits (what a named or described person said about a point, a stance
# on that very thing, "which 3" after a count, who was told; two fresh-eyes reviews on eight other corpora withdrew
# five changes that had gained nine dev items between them: 0.762, 0.075, 0.696) left them as they were.
# The twenty-fourth (j…, 99 items, written paragraph by paragraph by a fresh reader) made it 1,060 items (the
# code before it: 0.762, 0.074, 0.700; on its own halves, dev 0.784 and test 0.771); the floors still held.
# The twenty-fifth (l…, 100 items by another fresh reader, after the work on j…'s dev half) made it 1,110 items (the
# code before it: 0.764, 0.071, 0.703; on its own halves, dev 0.760 and test 0.760); the floors still held.
# After the work on the dev halves of both (a later part that says little asked of the part before, a title shortened,
# a city's other name, an act dated by a noun-verb, a change asked yes/no; two fresh-eyes reviews on eight other
# corpora narrowed three of the changes: 0.764, 0.071, 0.706) the floors stay.
# The twenty-sixth (o…, 100 items by another fresh reader) made it 1,160 items (the code before it: 0.766, 0.068,
# 0.709; on its own halves, dev 0.820 and test 0.820); the floors still held. After the work on its dev half and the
# older ones (a why-question's party, a post cited whole with its signer, a sentence that leans on the one before,
# "how much" as an amount, a predecessor's act, words that sound alike; three fresh-eyes reviews on 48 other
# articles narrowed five of the changes: 0.778, 0.067, 0.714) all three were raised a little.
# The twenty-seventh (A…, 100 items by another fresh reader) made it 1,210 items (the code before it: 0.774, 0.067,
# 0.714; on its own halves, 0.70 each); the floors still held. After the work on its dev half and the older ones (a
# named kind with no name of that kind, one side of an exchange, a confirming tag, a phrasal verb that settles a
# yes/no; two fresh-eyes reviews on other news articles narrowed four of the changes: 0.783, 0.066, 0.736) all three
# were raised a little.
# The twenty-eighth (B…, 100 items by another fresh reader) made it 1,260 items (the code before it: 0.776, 0.069,
# 0.735; on its own halves, dev 0.68 and test 0.62); the floors still held. After the work on its dev half (a
# plural noun read as a noun, the previous answer read as a question is, who reacts and when, a pact put in force or
# out of it; two fresh-eyes reviews on 57 other articles: 24 -> 30 of 49 and 30 -> 35 of 58 right) the test split
# moved by three items of 1,260 (0.774, 0.070, 0.732): the floors stay.
# The twenty-ninth (C…, 100 items by another fresh reader) made it 1,310 items (the code before it: 0.773, 0.071,
# 0.734; on its own halves, dev 0.66 and test 0.74); the floors still held. After the work on its dev half (a word
# joined on to a name, "compare … to", a span of time is no date, a sentence that only echoes the question, "those"
# in a follow-up, "what year" as a kind of answer, more chat shorthand, a date asked as a heading; a fresh-eyes
# review on 26 other articles: 33 -> 35 of 50, no answer worse) the test split is where it was (0.773, 0.071,
# 0.734): the floors stay.
# The thirtieth (D…, 100 items by another fresh reader) made it 1,358 items (the code before it: 0.773, 0.072,
# 0.734; on its own halves, dev 0.77 and test 0.79); the floors still held. After the work on its dev half and two
# fresh-eyes reviews on 45 other articles (initials of a name as a term, a measure given, a phrase quoted, a name
# read whole with its accents, words spelt as they sound, a when-question dated in the sentence that names whom it
# asks about, background set at an earlier time; 31 -> 35 of 50 and 24 -> 30 of 40 right) the test split moved to
# 0.782, 0.067, 0.726: abstention recall is 0.008 lower, correct 0.009 higher; the floors stay.
# The thirty-first (E…, 100 items by another fresh reader) made it 1,404 items (the code before it: 0.782, 0.066,
# 0.723; on its own halves, dev 0.78 and test 0.78); the floors still held. After the work on its dev half and two
# fresh-eyes reviews on 40 other articles (a name cut short, a word that sounds as typed, a question word that opens
# a multi-part question, which country, which judge or spokesperson; 29 -> 30 of 40 and 35 -> 36 of 50 right) the
# test split moved to 0.784, 0.065, 0.728: the floors stay.
# The thirty-second (F…, 100 items by another fresh reader) made it 1,450 items (the code before it: 0.785, 0.066,
# 0.730; on its own halves, dev 0.78 and test 0.80). After the work on its dev half and a fresh-eyes review on 20
# other articles (an overview's points told once, relatives of the other sex, shorthand, what a thing is called,
# how finely a date is asked, "how much cheaper", "what is on the menu"; 21 -> 26 of 40 right there) the test split
# moved to 0.789, 0.065, 0.737: the floors stay.
# The thirty-third (G…, 100 items by another fresh reader) made it 1,496 items (the code before it: 0.792, 0.065,
# 0.743; on its own halves, dev 0.78 and test 0.87). After the work on its dev half and a fresh-eyes review on 20
# other articles (a question typed as a noun phrase, statements and reactions on an event, a claim typed as one
# part, initials the articles give, a scale's other end; 24 -> 25 of 40 right there) the test split moved to
# 0.798, 0.065, 0.762: the floors for correct and abstention recall rise to 0.78 and 0.74.
# The thirty-fourth (H…, 100 items by another fresh reader) made it 1,542 items (the code before it: 0.801, 0.065,
# 0.764; on its own halves, dev 0.85 and test 0.89). After the work on its dev half and a fresh-eyes review on 20
# other articles (a trip to one place told with another verb, a preposition's slot, the name in the slot a question
# leaves open, a "when" clause, "how often", headline words, slashes; 16 -> 21 of 40 right there) the test split
# moved to 0.802, 0.064, 0.764: the floors stay.
# The thirty-fifth (I…, 100 items by another fresh reader) made it 1,588 items (the code before it: 0.803, 0.064,
# 0.772; on its own halves, dev 0.83 and test 0.83). After the work on its dev half and a fresh-eyes review on 20
# other articles (names half missing, more ways to ask an overview, who did what to whom swapped, a passage that
# names its thing by "it", "how fast", a passage that says the thing asked is not known; 24 -> 26 of 40 right
# there) the test split moved to 0.804, 0.064, 0.774: the floors rise to 0.79, 0.075 and 0.76.
# The thirty-sixth (J…, 100 items by another fresh reader) made it 1,634 items (the code before it: 0.805, 0.065,
# 0.774; on its own halves, dev 0.80 and test 0.83). After the work on its dev half and a fresh-eyes review on 20
# other articles (casual "w" and "n", dictated years, "us" before a noun, whose relative, a country never spoken
# of, a noun of the act counted, words that narrow a name asked for, US states cut short; 27 -> 29 of 40 right
# there) the test split stayed at 0.805, 0.065, 0.774 (one item more right): the floors stay.
# The thirty-seventh (K…, 100 items by another fresh reader) made it 1,680 items (the code before it: 0.805, 0.065,
# 0.776; on its own halves, dev 0.76 and test 0.80). After the work on its dev half and a fresh-eyes review on 20
# other articles (units cut short after a figure, a date told in other verbs, well-known places typed in lower case,
# a name's apostrophe left out, "which country", no past date for what is to come, "how is X reacting", a reaction
# read as a view; 18 -> 21 of 40 right there) the test split moved to 0.808, 0.065, 0.780: the floor for correct
# rises to 0.80.
# The thirty-eighth (L…, 100 items by another fresh reader) made it 1,726 items (the code before it: 0.809, 0.065,
# 0.785; on its own halves, dev 0.81 and test 0.87). After the work on its dev half and a fresh-eyes review on 20
# other articles (small words typed in haste, the first passage's amount, dotted initials, a currency sign asking for
# money, a name typed whole, "who did X" led by the passage that tells the act; 18 -> 20 of 40 right there) the test
# split moved to 0.812, 0.062, 0.787: the floor for abstention recall rises to 0.77.
# The thirty-ninth (M…, 100 items by another fresh reader, dictating) made it 1,772 items (the code before it:
# 0.810, 0.062, 0.785; on its own halves, dev 0.91 and test 0.74). After work on RealTime QA's dev weeks (a figure
# with separators, a word's case among names, a span of time beside a place, "which of these X") and a fresh-eyes
# review the test split stayed at 0.810, 0.061, 0.785 (1,435 right before and after): the floors stay.
# The fortieth (N…, 100 items by another fresh reader, a fact-checker typing in a second language) made it 1,818 items
# (the code before it: 0.808, 0.062, 0.783; on its own halves, dev 0.76 and test 0.76). After the work on its dev
# half and the review suite's dev corpora (a question word that says a part again, "what X said" without "did", a
# letter too many beside the articles' neighbour, a why-question's act read as a verb and denied where the articles
# tell it as not done, a figure only expected, a bare question word after "who did X"; a fresh-eyes review on 20
# other articles: 47 -> 53 of 82 right there, and three changes narrowed) the test split moved to 0.810, 0.062,
# 0.785 (its own test half stayed at 0.76): the floors stay.
# The forty-first (O…, 100 items by another fresh reader, a podcast researcher in London typing British spelling)
# made it 1,864 items (the code before it: 0.810, 0.062, 0.785; on its own halves, dev 0.85 and test 0.80). After the
# work on its dev half and on follow-ups (the articles' British spelling typed the American way, a name with its
# "'s" respelled whole, an adjective after "so" no act, "he" after "what did X say" is X and "he said that" searched
# with what he said, "him" after an answer opening with a titled person, "and …?" asking its own question, a lower-case
# word after a determiner no name) the test split moved to 0.811, 0.059, 0.785 (its own test half stayed at 0.80):
# the floors stay.
# The forty-second (P…, 100 items by another fresh reader, a think-tank analyst typing in a second language) made it
# 1,910 items (the code before it: 0.811, 0.059, 0.783; on its own halves, dev 0.76 and test 0.78). After the work on
# its dev half and the false premises of the other dev halves (a people read as its country, an overview of a time
# told from that time's passages, "for which reason", a when-clause's claim of the one asked about, a why without its
# auxiliary, a government's body after its name, a name typed with its parts apart, a dated clause searched by
# itself, "Japanese media" no comparison) the test split moved to 0.811, 0.059, 0.785 (its own test half stayed at
# 0.78): the floors stay.
# The forty-third (Q…, 100 items by another fresh reader, dictating while driving) made it 1,956 items (the code
# before it: 0.811, 0.059, 0.785; on its own halves, dev 0.83 and test 0.83). After the work on its dev half and the
# other dev halves (other words for an overview, a letter heard alone before the rest of a name, words heard apart
# that sound as one word the articles write beside the question's, a verb+particle noun no name, a later part that
# names nothing going on from the part before, things named one by one for "which X", a name given told as given,
# "is X on board with") and a fresh-eyes review that narrowed five of them, the test split moved to 0.813, 0.057,
# 0.785 (its own test half to 0.85): the floors stay.
# The forty-fourth (R…, 100 items by another fresh reader, a social-media desk editor in shorthand) made it 2,005 items
# (the code before it: 0.811, 0.056, 0.780; on its own halves, dev 0.73 and test 0.71). After the work on its dev
# half and the review suite's dev corpora (a why-question's names no passage tells together, a country's code typed in
# lower case beside other names, initials in a premise, the names of things listed in common words, what the answer
# is needed for, a subheading in capitals no name, a figure told in the first passage's own words, a party by its
# nickname, persons counted under any word for them, a day that dates what was said) and a fresh-eyes review that
# narrowed most of them, the test split moved to 0.816, 0.054, 0.792 (its own test half stayed at 0.71): the floors
# stay.
# The forty-fifth (S…, 100 items by another fresh reader, a Seoul desk researcher romanising names her own way) made it
# 2,055 items (the code before it: 0.812, 0.057, 0.788; on its own halves, dev 0.58 and test 0.68). After the work on
# its dev half and the other dev splits (a code cut short in title case, an overview's count in the singular, a
# statement or a yes/no question that puts its doer to the test, "her host" named by the sentence after, a name after
# "Mr.", a file named by its number, what a named speaker goes on to say, the unit a figure is wanted in, where a
# thing came down) and a fresh-eyes review that narrowed most of them, the test split moved to 0.819, 0.055, 0.790
# (its own test half 0.68 -> 0.74): the floors stay.
# The forty-sixth (T…, 100 items by another fresh reader, a fact-checker on a phone with autocorrect on) made it 2,105
# items (the code before it: 0.819, 0.055, 0.786; on its own halves, dev 0.76 and test 0.80). After the work on its dev
# half and the other dev splits (overviews made the same in every process, words typed apart joined into the articles'
# compound or name, "vs" read "versus", autocorrect's words of English read as the articles' names, an overview of the
# background, a byline question that asks more, a speech dated to its speaker) and a fresh-eyes review that narrowed
# most of them, the test split moved to 0.824, 0.054, 0.790 (its own test half stayed at 0.80): the floors stay.
# The forty-seventh (U…, 100 items by another fresh reader, a wire copy editor checking headlines and captions) made it
# 2,155 items (the code before it: 0.823, 0.054, 0.790; on its own halves, dev 0.62 and test 0.78). After the work on
# its dev half and the other dev splits (an office the articles never name, the part of the asker's own story an
# answer is for, a line quoted for checking, "attribution?", when something was said, the day of an event asked by a
# noun, a yes/no thing said otherwise only by a noun or a verb, where to look no part of its own, an outlet as a
# heading, "he" after "who is the <office>") and a fresh-eyes review that narrowed most of them, the test split moved
# to 0.824, 0.055, 0.793 (its own test half 0.78 -> 0.80): the floors stay.
# The forty-eighth (V…, 100 items by another fresh reader, a TV prep researcher dictating into a phone) made it 2,205
# items (the code before it: 0.824, 0.056, 0.796; on its own halves, dev 0.68 and test 0.82). After the work on its
# dev half and the other dev splits (words a speaker took back, "too"/"two" heard for "to", words heard apart joined
# into a rare word of the articles, figures said in words, a name a letter short, a relative offered as one of two,
# "it" reaching back past a turn that named no thing, an earlier meeting for "was this the first time", a part that
# answers the one before) and a fresh-eyes review that narrowed most of them, the test split moved to 0.825, 0.056,
# 0.796 (its own test half 0.82 -> 0.80): the floors stay.
# The forty-ninth (W…, a think-tank analyst in policy shorthand) and the fiftieth (X…, a fact-checker triaging viral
# claims), 100 items each by other fresh readers, made it 2,305 items (the code before W: 0.825, 0.055, 0.799 on
# 2,255; before X: 0.825, 0.055, 0.801; on their own halves, W dev 0.70 and test 0.84, X dev 0.68 and test 0.68).
# After the work on their dev halves and the other dev splits (policy shorthand, a day or a year cut short, a vowel
# left out of a common word, a name taking no word after it, "Last year" as a date, "in his words" and "what phrase"
# as quotes, approval ratings as a share, a line credited to somebody the question doubts, figures a comparison sets
# side by side, "whose idea") and a fresh-eyes review that narrowed most of them, the test split stayed at 0.825,
# 0.055, 0.801 (W's test half stayed at 0.84, X's at 0.68; the 2,205 items before W gained seven, none lost): the
# floors stay.
# The fifty-first (Y…, 100 items by another fresh reader, a Tokyo-bureau stringer writing L2 English) made it 2,355
# items (the code before it: 0.822, 0.056, 0.798; on its own halves, dev 0.76 and test 0.66). After the work on its
# dev half and the other dev splits (an overview of the collection's own topic ranked by what the outlets report, an
# acronym asked to be spelled out, a file named by its number, a question lower case but for its acronyms, a part
# stated before the part that asks) and a fresh-eyes review that narrowed most of them, the test split moved to
# 0.825, 0.056, 0.801 (its own test half stayed at 0.66; the 2,305 items before it gained seven, none lost): the
# floors stay.
# The fifty-second (Z…, 100 items by another fresh reader, a newsletter editor typing search-engine keyword
# fragments) made it 2,405 items (the code before it: 0.824, 0.056, 0.799; on its own halves, dev 0.70 and test 0.78).
# After the work on its dev half and the other dev splits (how the articles spell a name, a comparison asked of a
# figure, an acronym the articles write beside its words, "X date" typed as a search, a name with a slip in each
# word, dropping a pact, whether a date is set, an act dated by its weekday) and a fresh-eyes review that narrowed
# most of them, the test split moved to 0.827, 0.054, 0.799 (its own test half 0.78 -> 0.80; comparisons 0.26 ->
# 0.44; eight test items gained, none lost): the floors stay.
# The fifty-third (AA…, 100 items by another fresh reader, a history graduate asking long, hedged questions) made it
# 2,455 items (the code before it: 0.824, 0.056, 0.796; on its own halves, dev 0.64 and test 0.68). After the work on
# its dev half and the other dev splits (words that tell a piece or doubt oneself, a request's lead-in, when and where
# the story's event was from the articles' openings, a doer taken for granted after "since", a relative clause, a
# word said first) and a fresh-eyes review that narrowed most of them, the test split moved to 0.826, 0.055, 0.795
# (its own test half 0.68 -> 0.70; six test items gained, one lost): the floors stay.
# The fifty-fourth (AB…, 100 items by another fresh reader, a German-speaking trainee writing literal English) made it
# 2,505 items (the code before it: 0.824, 0.057, 0.795; on its own halves, dev 0.64 and test 0.70), and the
# fifty-fifth (AC…, 100 items by another fresh reader, an Indian English night-desk sub-editor) 2,555 items (the code
# then: 0.828, 0.057, 0.796; on its own halves, dev 0.72 and test 0.78). After the work on their dev halves and the
# other dev splits (country names in other languages, a misspelling two letters off an everyday word, an office
# after "the Japanese", an everyday word written as a name before the kind asked for, "which name has the X", six
# sentences for an overview, "…, na?" tags, texting that keeps its "y", the length an answer is asked in, measures
# asked by their nouns) and a fresh-eyes review, the test split stands at 0.828, 0.057, 0.796 (AB's test half 0.70 ->
# 0.76, AC's stayed at 0.78; the 2,455 items before AB gained eleven, none lost): the floors stay.
# The fifty-sixth (AD…, 100 items by another fresh reader, a Singapore markets-wire reporter) made it 2,605 items (the
# code before it: 0.825, 0.058, 0.794; on its own halves, dev 0.74 and test 0.70), and the fifty-seventh (AE…, 100
# items by another fresh reader, a radio editor dictating to a phone) 2,655 items (the code then: 0.826, 0.057, 0.794;
# on its own halves, dev 0.76 and test 0.84). After the work on their dev halves (a part that only says the sources
# differ, each source's figure in a comparison, three consonants for a small word, Singapore English particles,
# "whose line", a figure's noun past a word that qualifies it, initials dictated letter by letter, decades) and a
# fresh-eyes review, the test split stands at 0.826, 0.058, 0.794 (AD's test half stayed at 0.70, AE's at 0.84; the
# 2,555 items before AD gained two and lost three): the floors stay.
# The fifty-eighth (AF…, 100 items by another fresh reader, a regular of a heated online forum) made it 2,705 items
# (the code before it: 0.822, 0.062, 0.796; on its own halves, dev 0.56 and test 0.62). After the work on its dev
# half (forum shorthand and asides, the office holder before somebody, a word as rare as its commonest form, a title
# the articles give somebody) and a fresh-eyes review, the test split stands at 0.823, 0.059, 0.795 (AF's test half
# 0.62 -> 0.66; the 2,655 items before AF gained two and lost one): the floors stay.
# The fifty-ninth (AG…, 100 items by another fresh reader, a civics teacher building a quiz) made it 2,755 items (the
# code before it: 0.821, 0.059, 0.798; on its own halves, dev 0.76 and test 0.74). After the work on its dev half and
# on older dev misses (quiz labels and "true or false", an opinion is no act, who would do what was threatened, a
# head of state acting for the country, an event "held", a yes/no settled by the passage that holds most of it) and
# a fresh-eyes review, the test split stands at 0.822, 0.059, 0.798 (AG's test half stayed at 0.74; the 2,705 items
# before AG gained two and lost none): the floors stay.
# The sixtieth (AH…, 100 items by another fresh reader, a trade-compliance lawyer) made it 2,805 items (the code
# before it: 0.819, 0.061, 0.799; on its own halves, dev 0.66 and test 0.64). After the work on its dev half (hasty
# slips of small words, "per" and "per the articles", what the answer is needed for, who did it in the passive and a
# people with its noun, a "Yes" lead at 0.9 of the question, the cause a why-question's passage is followed by) and a
# fresh-eyes review, the test split stands at 0.819, 0.061, 0.799: one test item gained, none lost, and that one is
# the cause's (AH's dev half 0.66 -> 0.78, its test half stayed at 0.64). The floors stay.
# The sixty-first (AI…, 100 items by another fresh reader, an Australian night-shift radio newsreader) made it 2,855
# items (the code before it: 0.815, 0.064, 0.795; on its own halves, dev 0.68 and test 0.58). After the work on its
# dev half and on the review suite's dev corpora (a count of times told by "twice", who holds a role named by the
# passage that says the role, the outlet somebody spoke to found where the story opens, one reading of a why
# question) and a fresh-eyes review, the test split stands at 0.817, 0.062, 0.795: five test items gained, none lost
# (AI's dev half 0.68 -> 0.72, its test half stayed at 0.58). The floors stay.
# The sixty-second (AJ…, 100 items by another fresh reader, a retired diplomat) made it 2,905 items (the code before
# it: 0.812, 0.067, 0.792; on its own halves, dev 0.66 and test 0.54). After the work on its dev half (styles of
# address and countries' formal names, a year asked for, a question of several parts looked for part by part, a
# "Yes" read in the sentence that tells the act, describing words that are no names, a source's account with what
# came of it) and a fresh-eyes review, the test split stands at 0.813, 0.067, 0.792: two test items more right
# (2,359 -> 2,361; AJ's dev half 0.66 -> 0.74, its test half 0.54 -> 0.60). The floors stay.
# The sixty-third (AK…, 100 items by another fresh reader, a high-school student) made it 2,955 items (the code
# before it: 0.811, 0.066, 0.789; on its own halves, dev 0.68 and test 0.70). After the work on the dev splits ("cf."
# read as "compare", "story" in a comparison of the sources, the story's meeting put in another country, an act that
# only leads to another, a side taken in a statement) and a fresh-eyes review, the test split stands at 0.812, 0.066,
# 0.791: two test items more right (2,396 -> 2,398; four before the review narrowed the check of where the story's
# meeting was; AK's dev half 0.68 -> 0.70, its test half stayed at 0.70). The floors stay.
# The sixty-fourth (AL…, 100 items by another fresh reader, a Brazilian journalist in English as a second language)
# made it 3,005 items (the code before it: 0.811, 0.066, 0.789; on its own halves, dev 0.70 and test 0.76). After the
# work on the dev splits (the words of asking of another language read in English, the name asked of a thing a
# clause follows) and two fresh-eyes reviews, the test split stands at 0.810, 0.066, 0.787: one test item fewer
# right (2,436 -> 2,435; a rule that put a fuller passage giving a count first gained two dev items but lost one test
# item and was taken back; AL's dev half 0.70 -> 0.72, its test half 0.76 -> 0.74). The floors stay.
# The sixty-fifth (AM…, 100 items by another fresh reader, a Hong Kong analyst typing English as a second language)
# made it 3,055 items (the code before it: 0.809, 0.067, 0.785; on its own halves, dev 0.70 and test 0.72). After the
# work on the dev splits (a comparison's own words, the pieces named by their place in the library or side by side,
# a spelling one doubling off, Hong Kong English's particles, a verb typed bare in an act placed before or after an
# event, "going to" read as "will") and a fresh-eyes review, the test split stands at 0.810, 0.066, 0.786: three test
# items more right (2,471 -> 2,474; a statement read whole as a claim gained a dev item net and was taken back; AM's
# dev half 0.70 -> 0.82, its test half stayed at 0.72). The floors stay.
# The sixty-sixth (AN…, 100 items by another fresh reader, a congressional staffer in government shorthand) made it
# 3,105 items (the code before it: 0.807, 0.069, 0.785; on its own halves, dev 0.72 and test 0.66). After the work on
# the dev splits (the kind asked "which X" of, a describing word no name, a sum named by its currency, "Mar" beside a
# day, the manner of saying and a why put as what caused it, a date asked to be fixed, a name beside a qualifying
# noun) and a fresh-eyes review, the test split stands at 0.810, 0.066, 0.790: eight test items more right (2,507 ->
# 2,515; the review's narrowing of the new rules cost one, kept as the rules' misfires were real; AN's dev half 0.72
# -> 0.76, its test half stayed at 0.66). The floors stay.
# The sixty-seventh (AO…, 100 items by another fresh reader, a Mandarin-speaking student writing in a second
# language) made it 3,155 items (the code before it: 0.807, 0.067, 0.785; on its own halves, dev 0.70 and test 0.62).
# After the work on the dev splits (a doer named only as not asked to act, in more ways of asking; any verb of making
# known for another; a part typed as a statement asking nothing; a rank told by a place in order; a name before "who
# wrote") and a fresh-eyes review, the test split stands at 0.809, 0.067, 0.792: six test items more right (2,546 ->
# 2,552; the review's narrowing changed no answer; AO's dev half 0.70 -> 0.76, its test half 0.62 -> 0.64). The
# floors stay.
# The sixty-eighth (AP…, 100 items by another fresh reader, a Lagos news editor in Nigerian English and Pidgin) made
# it 3,205 items (the code before it: 0.803, 0.073, 0.791, its false abstention a hair under the floor; on its own
# halves, dev 0.50 and test 0.44). After the work on the dev splits (Pidgin's grammar words read as English, an age or
# a population told only by a figure of its kind, an acronym's "full meaning", a country named by the place its
# official name is of) and a fresh-eyes review, the test split stands at 0.806, 0.068, 0.791: ten test items more
# right (2,574 -> 2,584; the review's narrowing changed no answer; AP's dev half 0.50 -> 0.74, its test half 0.44 ->
# 0.64). The floors stay.
# Raise them as the system improves; never lower one to pass on the same items.
GATES = {
    "correct": (">=", 0.80),
    "false_abstention_rate": ("<=", 0.075),
    "abstention_recall": (">=", 0.77),
    "citation_validity": (">=", 1.0),
}


@dataclass(frozen=True)
class HeldoutItem:
    id: str
    question: str
    kind: str
    answerable: bool
    required_facts: list[list[str]]
    min_facts: int
    split: str
    history: list[dict[str, str]] = field(default_factory=list)
    reference: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    """What newsqa did with one item, and whether that was right."""

    item: HeldoutItem
    answer: str
    abstained: bool
    citations: tuple[tuple[str, int, int, str], ...]
    correct: bool
    facts_found: int
    seconds: float


def load_items(path: Path, *, split: str = "all", kinds: Sequence[str] | None = None) -> list[HeldoutItem]:
    """The items of ``split`` ("dev", "test" or "all"); gold-set lines (no split) count as split "gold"."""
    items = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            raw = json.loads(line)
            facts = raw.get("required_facts") or []
            items.append(HeldoutItem(
                id=raw["id"], question=raw["question"], kind=raw.get("kind") or raw.get("type", ""),
                answerable=bool(raw["answerable"]), required_facts=facts,
                min_facts=int(raw.get("min_facts", len(facts))), split=raw.get("split", "gold"),
                history=raw.get("history") or [], reference=raw.get("reference", ""),
                evidence=raw.get("evidence") or [],
            ))
    if split != "all":
        items = [i for i in items if i.split == split]
    if kinds:
        items = [i for i in items if i.kind in kinds]
    return items


def judge(item: HeldoutItem, answer: str, abstained: bool) -> tuple[bool, int]:
    """(correct, required facts found) for one answer. Pure: the same for any system."""
    found = round(fact_recall(answer, item.required_facts) * len(item.required_facts)) if item.required_facts else 0
    if not item.answerable:
        return abstained, found
    return (not abstained and found >= item.min_facts), found


def summarize(outcomes: Sequence[Outcome], read: Callable[[str], str]) -> dict[str, Any]:
    """The suite's figures over ``outcomes``: correct, abstention, citation validity, latency; per kind too."""
    if not outcomes:
        return {"items": 0}
    answerable = [o for o in outcomes if o.item.answerable]
    unanswerable = [o for o in outcomes if not o.item.answerable]
    cites = [(Span(s, a, b), q) for o in outcomes for s, a, b, q in o.citations]
    seconds = [o.seconds for o in outcomes]
    kinds: dict[str, list[Outcome]] = {}
    for o in outcomes:
        kinds.setdefault(o.item.kind, []).append(o)

    def rate(xs: Sequence[bool]) -> float | None:
        return round(sum(xs) / len(xs), 4) if xs else None

    return {
        "items": len(outcomes),
        "correct": rate([o.correct for o in outcomes]),
        "answerable_correct": rate([o.correct for o in answerable]),
        "false_abstention_rate": rate([o.abstained for o in answerable]),
        "abstention_recall": rate([o.abstained for o in unanswerable]),
        "citation_validity": round(citation_validity(cites, read), 4),
        "latency_p50_ms": round(1000 * percentile(seconds, 0.5), 1),
        "latency_p95_ms": round(1000 * percentile(seconds, 0.95), 1),
        "by_kind": {k: {"items": len(v), "correct": rate([o.correct for o in v])} for k, v in sorted(kinds.items())},
    }


def gate_failures(summary: dict[str, Any], gates: dict[str, tuple[str, float]] = GATES) -> list[str]:
    """The ``gates`` ``summary`` misses; a gate it cannot measure fails too."""
    return missed_bars(summary, gates)


def run_items(bot: Any, items: Sequence[HeldoutItem]) -> list[Outcome]:
    """Ask every item through ``rag.Chatbot.ask`` and judge it."""
    outcomes = []
    for item in items:
        started = time.perf_counter()
        answer = bot.ask(item.question, item.history)
        seconds = time.perf_counter() - started
        correct, found = judge(item, answer.text, answer.abstained)
        outcomes.append(Outcome(
            item=item, answer=answer.text, abstained=answer.abstained,
            citations=tuple((c.source, c.start, c.end, c.quote) for c in answer.citations),
            correct=correct, facts_found=found, seconds=seconds,
        ))
    return outcomes


# --------------------------------------------------------------------------- the command

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ("dev", "test", "gold")


def metric_table(summaries: Mapping[str, Mapping[str, Any]], cols: Sequence[str],
                 targets: Mapping[str, tuple[str, float]], gates: Mapping[str, tuple[str, float]]) -> list[str]:
    """The Markdown rows of :func:`summarize`'s figures, one column per split, with the targets and CI gates."""
    lines = ["| metric | " + " | ".join(cols) + " | target (test) | CI gate (test) |", "|---|" + "---|" * (len(cols) + 2)]
    for metric in ("items", "correct", "answerable_correct", "false_abstention_rate", "abstention_recall",
                   "citation_validity", "latency_p50_ms", "latency_p95_ms"):
        target = " ".join(map(str, targets[metric])) if metric in targets else ""
        gate = " ".join(map(str, gates[metric])) if metric in gates else ""
        lines.append(f"| {metric} | " + " | ".join(str(summaries[c].get(metric, "–")) for c in cols)
                     + f" | {target} | {gate} |")
    return lines


def render(summaries: dict[str, dict[str, Any]], mode: str, misses: Sequence[Outcome]) -> str:
    """The report as Markdown: dev, test and the gold set side by side, overall and per kind."""
    cols = [c for c in COLUMNS if c in summaries]
    lines = [
        f"# newsqa held-out suite ({mode})", "",
        "Questions written from the articles alone by a reader who saw no code (typos, name variants, acronyms, "
        "casual, yes/no, summaries, who-said, multi-part, follow-ups, ~30 % unanswerable or false premise). "
        "Tuned on **dev** only; CI gates on **test**. The gold set (the project's own, which earlier rules "
        "were fitted to) is scored the same way beside them.", "",
        *metric_table(summaries, cols, TARGETS, GATES),
    ]
    kinds = sorted({k for c in cols for k in summaries[c].get("by_kind", {})})
    lines += ["", "## Correct, per kind", "", "| kind | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for kind in kinds:
        row = []
        for c in cols:
            k = summaries[c].get("by_kind", {}).get(kind)
            row.append(f"{k['correct']:.2f} ({k['items']})" if k else "–")
        lines.append(f"| {kind} | " + " | ".join(row) + " |")
    if misses:
        # Dev misses only: they are what tuning reads. Test is shown in aggregate, so that nobody tunes on it.
        lines += ["", "## Dev items missed", "", "| id | kind | question | newsqa |", "|---|---|---|---|"]
        for o in misses:
            said = ("(refused) " if o.abstained else "") + o.answer.replace("|", "/").replace("\n", " ")[:160]
            lines.append(f"| {o.item.id} | {o.item.kind} | {o.item.question.replace('|', '/')} | {said} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None, *, parents: Sequence[Any] = ()) -> int:
    """``python -m evals --suite heldout``: score dev, test and gold; ``--gate`` checks the test split."""
    import argparse
    import sys
    import tempfile

    from index import NewsIndexError
    from rag import RagError

    from .runner import seeds_bot

    parser = argparse.ArgumentParser(prog="python -m evals --suite heldout", parents=list(parents),
                                     description="Score newsqa on the held-out questions (dev, test) and the gold set.")
    parser.add_argument("--llm", default=None, help="a .gguf path or server URL (default: NEWSQA_LLM, else extractive)")
    parser.add_argument("--splits", nargs="*", choices=COLUMNS, default=list(COLUMNS), help="which columns to run")
    parser.add_argument("--items", type=Path, default=ROOT / "evals" / "heldout.jsonl")
    parser.add_argument("--gold", type=Path, default=ROOT / "evals" / "gold.jsonl")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--out", type=Path, default=ROOT / "evals", help="where heldout_report.md/json go")
    parser.add_argument("--gate", action="store_true", help="exit 1 when the test split misses a gate")
    args = parser.parse_args(argv)
    if args.gate and "test" not in args.splits:
        parser.error("--gate checks the test split: include it in --splits")
    try:
        with tempfile.TemporaryDirectory(prefix="newsqa-heldout-") as tmp:
            bot, index, mode = seeds_bot(Path(tmp), args.seeds, args.llm)
            texts = {a.source: a.text for a in index.articles()}
            summaries: dict[str, dict[str, Any]] = {}
            outcomes: dict[str, list[Outcome]] = {}
            for column in args.splits:
                items = load_items(args.gold, split="gold") if column == "gold" else load_items(args.items, split=column)
                print(f"{column}: {len(items)} items, {mode} mode ...", flush=True)
                outcomes[column] = run_items(bot, items)
                summaries[column] = summarize(outcomes[column], texts.__getitem__)
    except (RagError, NewsIndexError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    missed = [o for o in outcomes.get("dev", []) if not o.correct]
    md = render(summaries, mode, missed)
    if "test" in summaries:
        short = gate_failures(summaries["test"], TARGETS)
        md += "\nTargets on test: " + ("**met**." if not short else "**not met**: " + "; ".join(short) + ".") + "\n"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "heldout_report.md").write_text(md, encoding="utf-8")
    (args.out / "heldout_report.json").write_text(
        json.dumps({"mode": mode, "summaries": summaries, "gates": GATES,
                    "dev_misses": [{"id": o.item.id, "question": o.item.question, "answer": o.answer,
                                     "abstained": o.abstained} for o in missed]}, indent=2, ensure_ascii=False),
        encoding="utf-8",
    )
    print(md)
    if args.gate:
        failures = gate_failures(summaries["test"])
        if failures:
            print("held-out gate failed (test split): " + "; ".join(failures), file=sys.stderr)
            return 1
    return 0
