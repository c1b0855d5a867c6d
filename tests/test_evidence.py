"""How evidence covers a question: answer types, names, paragraph neighbours, post attributions, comparisons.

Pure helpers are checked on hand-made text; the rest on the seeds with the real
embedding model and Chroma.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
from conftest import SEEDS, original

from index import IndexSettings, NewsIndex, Sentence
from rag import Chatbot, Settings
from rag.evidence import (
    _MEASURES,
    _NAME_OF,
    Evidence,
    Focus,
    Layout,
    SentenceVectors,
    _counted,
    _dated_events,
    _gives,
    _measure,
    _named_head,
    absent_names,
    abstention_reason,
    answer_names,
    answer_type,
    count_the_thing,
    coverage,
    date_the_event,
    focus,
    has_answer_type,
    name_the_speaker,
    prefer_attributed,
    prefer_the_head,
    prefer_the_present,
    presupposed_action,
    quoted_first,
    rank_sentences,
    source_terms,
    speak_to_the_point,
    tell_the_recipient,
    unnamed_institution,
    weigh_meaning,
)
from rag.text import numbers, terms, words
from rag.understand import Lexicon


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many years had it been since the last such summit?", "number"),
        ("By how much is Japan increasing its military budget?", "number"),
        ("When was the GSOMIA signed?", "date"),
        ("In what year did the leaders last visit each other?", "date"),
        ("Who is the US ambassador to Japan?", "name"),
        ("How do the outlets spell the South Korean president's name?", "name"),
        ("What did Yoon announce about the GSOMIA?", "quote"),
        ("Which show received the most nominations?", "name"),  # one of several named things
        ("Which major change will soon come to Netflix?", None),  # a change, said in words
        ("what's the exact date japan puts korea back on the list", "date"),  # "the", and a word of precision
        ("on what day did the missile land", "date"),
        ("exact date seoul sends the formal letter to tokyo?", "date"),  # typed as a heading
        ("day trip to tokyo?", None),
        ("yoon tokyo trip date", "date"),  # typed as a search: the thing, then "date"
        ("is the summit date known", None),  # a yes/no question about a date
        ("has kishida set a date for a return visit to seoul?", "date"),  # whether a date is fixed: the date
        ("who set a date for the election?", "name"),  # who fixed it, not when
        ("why hasn't a date been set for the summit", None),
        ("is there a date set for the next summit", "date"),
        ("kishida return visit to seoul - dates locked?", "date"),  # typed as a heading
        ("kishida return visit to seoul, date already fix?", "date"),  # with "already", in any form
        ("kishida's date already set off a row", None),  # "set off" fixes nothing
        ("has the date for kishida's return visit been fixed", "date"),
        ("has the date for the visit been locked in", "date"),
        ("did the date of the summit change after the venue was set", None),  # another clause's "set"
        ("what is the deal about", None),
        # "when" that opens a clause asks no date: the question asks what its own question word asks.
        ("what kinds of devices stop working when 3g goes away?", None),
        ("where was the drummer when he died", None),
        ("who was in charge when the pact was signed", "name"),
        ("where and when was the summit", "date"),
        ("so when did he say that", "date"),
        ("what was the date when the summit happened", "date"),  # the clause cut off, a date is still asked
        ("which year was it when the treaty was signed", "date"),
        ("what do we know about when the summit will happen", "date"),
        ("why does yoon want gsomia back, in his words", "quote"),  # what he said, asked for as his words
        ("kishida's exact words on the new chapter", "quote"),
        ("what phrase did washington use when it welcomed the summit", "quote"),
        ("what language does kishida speak", None),  # no words quoted
        ("what is korea's credit rating", None),  # a grade, no figure
    ],
)
def test_the_kind_of_answer_a_question_asks_for(question, kind):
    assert answer_type(question) == kind


@pytest.mark.parametrize(("question", "compares"), [
    ("what does each outlet say about the flag", True),
    ("how do the articles differ on GSOMIA", True),
    ("how much will each victim get", False),  # each of many people, not each source
    ("when did the leaders last visit each other", False),
    ("compare the coverage of the summit", True),
    ("what did kishida compare the relations to", False),  # what he compared them to is a fact of the story
])
def test_a_comparison_is_of_the_sources(question, compares):
    from rag.compose import is_comparison
    from rag.evidence import question_terms

    assert is_comparison(question) is compares
    # What somebody compared is a word the evidence must have; the sources compared are not.
    assert ("compar" in question_terms(question)) is ("compare" in question and not compares)


def test_the_story_a_comparison_asks_the_sources_to_tell_is_no_word_a_passage_needs():
    from rag.evidence import question_terms

    # "story" is rare in news text, so it would outweigh the topic's words ("2019", "gsomia") if a passage had to
    # have it; where a summary names "the flood story" it may say which piece, so it stays.
    assert question_terms("how do antiwar.com and DW tell the 2019 gsomia story differently") == [
        "antiwar", "com", "dw", "2019", "gsomia"]
    assert "stori" in question_terms("gist of the yellowstone flood story")


def test_the_words_that_set_a_comparisons_sides_against_each_other_are_no_words_a_passage_needs():
    from rag.evidence import question_terms

    assert question_terms("colonial rule length do sources agree") == ["coloni", "rule", "length"]
    assert "agre" in question_terms("what did they agree on gsomia")  # no comparison: what was agreed is the fact
    assert "agre" in question_terms("what did the reports say Yoon and Kishida agreed on")  # the people agreed


@pytest.mark.parametrize(("question", "unit"), [
    ("how much is Japan increasing its military budget", "size of the change"),  # "doubling" answers
    ("how much did prices rise last year", "size of the change"),
    ("how much will the budget be in yen after the doubling", "amount of money"),  # the level, in yen
    ("how much does the plan cost", "amount of money"),
    ("how much $ does each victim get", "amount of money"),  # the sign says it
    ("how much did the wildfire destroy", None),  # "140 homes" answers
    ("how much more is japan gonna spend on its military", "size of the change"),  # "double" answers
    ("how much cheaper is a shared ride than a normal one", "size of the change"),  # "up to 20%" answers
    ("how much did minji lee make for winning the open", "amount of money"),  # what she earned
    ("how much r they expecting the skeleton to sell for", "amount of money"),  # what it fetches
    ("how much did the jury award judy huth", "amount of money"),  # what it awarded
    ("how much progress did they make", None),  # made, but no money
    ("how much did they make it clear", None),
    ("what % did petro win with", "percentage"),
    ("yoon approval rating pre / post tokyo trip?", "percentage"),  # a share of those asked
    ("how did his approval ratings change after the trip", "percentage"),
    ("how long do u have to stand on one leg", "length of time"),
    ("What was the range and flight time of the ICBM?", "distance"),  # how far it can go
    ("whats the range of north korea's new icbm", "distance"),
    ("the missile's range?", "distance"),
    ("what range of issues did they discuss", None),
    ("what was the range of the estimates for the missile budget", None),
    ("why did nk fire a long-range missile", None),
    ("How far did it fly and on which altitude?", "distance"),
    ("on which altitude", "height"),
    ("icbm flight time?", "length of time"),
    ("how much is japan upping its military budget", "size of the change"),  # "upping" is raising
    ("how much did they hike the defence budget", "size of the change"),
    ("how much did the ministry slash spending", "size of the change"),
    ("how much will they bump the tariff", "size of the change"),
])
def test_how_much_asks_for_a_change_or_an_amount(question, unit):
    assert _measure(question) == unit
    assert _MEASURES["size of the change"][1].search("Japan is doubling its budget")
    assert not _MEASURES["amount of money"][1].search("Japan is doubling its budget")


@pytest.mark.parametrize(("question", "unit", "gives", "not_gives"), [
    # An age: years of age, not any figure ("its fourth missile", "12 years" since the last visit).
    ("how old is kim's daughter ju-ae", "age", "Kim Jong-un's daughter, Ju-ae, 10, watched the launch.",
     "North Korea fired its fourth missile in the presence of Kim and his daughter, Ju-ae."),
    ("at what age did Albright die", "age", "Albright died of cancer at the age of 84.",
     "Albright, who served for four years, died on Wednesday."),
    ("how old r the sequoias", "age", "Some are estimated to be as much as 3,000 to 3,500 years old.",
     "Mariposa Grove is one of three giant sequoia groves in Yosemite."),
    ("what is the age of the suspect", "age", "Tetsuya Yamagami (41) was arrested at the scene.",
     "The suspect was one of 9,400,000 people on the register, police said."),
    ("how old was he", "age", "He died at 84.", "He spoke of the age of AI and of the Stone Age 2 exhibit."),
    # A population: residents counted, not the figures of another story about the city, nor residents uncounted.
    ("What is the population of Seoul?", "population", "Seoul, a city of 9.4 million residents, hosted the talks.",
     "Four conglomerates from Seoul went with Yoon to Tokyo, the first visit in 12 years."),
    ("how many people live in seoul", "population", "The city has a population of about 9.4 million.",
     "Residents of Seoul protested on March 18."),
])
def test_an_age_or_a_population_is_told_only_by_a_figure_of_its_kind(question, unit, gives, not_gives):
    assert _measure(question) == unit
    assert _gives("number", unit, gives, question)
    assert not _gives("number", unit, not_gives, question)


@pytest.mark.parametrize("question", ["how did voters react to questions about his age",
                                      "why is Japan's population shrinking", "how did the population react"])
def test_an_age_or_a_population_spoken_of_is_no_figure_asked_for(question):
    assert _measure(question) is None


def test_a_count_of_times_is_told_by_a_word_for_it():
    question = "how many times did emanuel say china clashed with india"
    assert _gives("number", None, "a confrontation with India twice on the border", question)
    for untold in ("China clashed with India on the border.", "Once the talks failed, China clashed with India.",
                   "China's army is twice as large as India's, and they clashed."):
        assert not _gives("number", None, untold, question), untold


def test_who_holds_a_role_is_the_passage_that_names_the_holder():
    question = "Who is the director of the film 'Blonde' starring Ana de Armas?"
    texts = ["Ana de Armas is stepping into the shoes of Marilyn Monroe in 'Blonde'.",
             "De Armas said director Andrew Dominik planned to tell the story through her lens."]
    ranked = [Evidence(Sentence(text=t, source="a.txt", start=0, end=len(t)), s, s, s, 1.0)
              for t, s in zip(texts, (0.7, 0.55))]
    assert prefer_the_head(question, ranked, None, is_name=lambda w: False)[0].sentence.text == texts[1]
    # Typed without the apostrophe too; a question of what was done, not who holds a role, keeps the order.
    assert prefer_the_head("whos the director of blonde", ranked, None, is_name=lambda w: False)[0] is not ranked[0]
    assert prefer_the_head("What did de Armas say about 'Blonde'?", ranked, None, is_name=lambda w: False) == ranked


def test_the_outlet_somebody_spoke_to_is_found_where_the_story_opens():
    question = "which wire service did the korean defence official talk to about gsomia"
    opening = ("South Korea will fully implement a military intelligence-sharing agreement with Japan, a South Korean "
               "defence ministry official told AFP on Saturday.")
    # Told of as much of the question, but to a person or a country: no outlet.
    others = ["A Korean defence official said Yoon told Kishida he wanted to normalize GSOMIA.",
              "A Korean defence official told US lawmakers GSOMIA would be normalized."]
    ranked = [Evidence(Sentence(text=t, source="a.txt", start=i, end=i + 1), 1.0 - i / 20, 0.5, 0.5, 0.5)
              for i, t in enumerate([*others * 5, opening])]
    assert tell_the_recipient(question, ranked)[0].sentence.text == opening
    assert tell_the_recipient(question, ranked[:-1], lambda: ranked[-1:])[0].sentence.text == opening  # deeper
    assert tell_the_recipient(question, ranked[:-1]) == ranked[:-1]  # no outlet told: the order stays
    # A question that asks no outlet keeps the order.
    assert tell_the_recipient("what did the defence official say about gsomia", ranked) == ranked


def test_a_count_in_millions_is_no_amount_of_money():
    question = "how much is the rollaway recall gonna cost ford"
    assert _measure(question) == "amount of money"
    assert not _gives("number", "amount of money", "Ford is recalling 2.9 million vehicles that may roll away.", question)
    for paid in ("Lee's $1.8 million payday", "a fund of 4 billion won", "aid worth 5 million in all"):
        assert _gives("number", "amount of money", paid, question), paid
    assert not _gives("number", "amount of money", "United won't say, and in 2022 Ford won the bid.", question)


def test_how_many_wants_a_figure_next_to_what_it_counts():
    pairs = {("companies", "conglomerates"), ("days", "years")}

    def gives(question: str, text: str) -> bool:
        return _gives("number", None, text, question, alike=lambda a, cands, threshold=0.5: {c for c in cands if (a, c) in pairs})

    assert _counted("how many ICBM launches has North Korea done") == "launches"  # the phrase's last noun
    assert _counted("how many companies went with Yoon") == "companies"  # not the verb after it
    assert _counted("how many people work at Netflix") == "people"  # "work" is the verb here
    assert _counted("how many missiles North Korea fired") == "missiles"  # a name ends the phrase
    assert gives("how many companies went", "the leaders of four major conglomerates")  # named otherwise
    assert not gives("how many days did Yoon stay", "the first summit in 12 years")  # units are not alike
    assert gives("how many launches has it done", "its fourth ballistic missile launch")  # the count so far
    assert gives("how many years did Japan rule Korea", "Japanese rule from 1910 to 1945")  # a span of years
    assert not gives("how many companies went", "the summit in Tokyo on Thursday, 12 years after")
    # The noun of the act counted counts it too: "470 reports" for "how many people reported", not "4 people said".
    assert gives("how many people reported getting sick", "it has received approximately 470 reports of illness")
    assert gives("how many protesters were arrested", "police made 31 arrests on Saturday")
    assert not gives("how many people reported getting sick", "the company has 470 stores in the state")
    assert gives("how many people reported getting sick", "it has received 470 illness reports")  # a compound
    assert not gives("how many people did the police arrest", "some 200 police officers were deployed")
    # A name before what is counted says whose: "US troops" are troops, and "two countries allied with the United
    # States" counts countries, whatever is near "troops" after them.
    assert _counted("how many US troops are based in Japan") == "troops"
    pairs.add(("troops", "allied"))
    assert not gives("how many US troops are based in Japan", "the two countries allied with the United States")
    assert gives("how many US troops are based in Japan", "some 54,000 US troops are based in Japan")
    assert gives("how many ICBM launches has North Korea done", "North Korea fired 4 ICBM launches")  # no country
    # A name before what is counted: "Patriot Front guys" counts guys, and "Thirty-one members" is 31 of them.
    assert _counted("how many Patriot Front guys got arrested in Idaho") == "guys"
    assert _counted("how many ICBMs North Korea has fired") == "icbms"  # the name after it is who fired them
    pairs.add(("guys", "members"))
    assert gives("how many Patriot Front guys got arrested in Idaho",
                 "Thirty-one members of the group Patriot Front were arrested Saturday in Idaho")


def test_the_passage_that_counts_what_is_asked_goes_first():
    ranked = _passages("Japan lifted its curbs on exports.", "The curbs hit three chemicals used in chips.")

    def unlike(word: str, candidates: list[str]) -> set[str]:
        return set()

    assert count_the_thing("how many chemicals did Japan lift curbs on", ranked, unlike)[0] == ranked[1]
    assert count_the_thing("how many ships did Japan send", ranked, unlike) == ranked  # nothing counts ships
    assert count_the_thing("how much did it cost", ranked, unlike) == ranked  # an amount, not a count


def test_the_passage_whose_figure_counts_those_who_did_the_act_asked_about_goes_first():
    ranked = _passages("The park averages between 15,000 and 20,000 visitors in June, Sholly said.",
                       "Rain and snowmelt flooded the rivers.",
                       "Visitors were told to leave, and more than 10,000 have left the park since Monday.")

    def unlike(word: str, candidates: list[str]) -> set[str]:
        return set()

    assert count_the_thing("how many visitors had to leave Yellowstone", ranked, unlike)[0] == ranked[2]
    # Asked how many visit, the first passage counts them; nobody is counted leaving in 2019 either.
    assert count_the_thing("how many visitors come in June", ranked, unlike) == ranked
    years = _passages("The park averages 20,000 visitors in June.", "In 2019 some visitors left the park early.")
    assert count_the_thing("how many visitors had to leave", years, unlike) == years  # a year counts nobody
    # The figure must be who did it: "2 officers who arrested the fans" counts officers, "Sept. 6 the team left" no one.
    fans = _passages("Police said 45 fans were detained after the match.", "The 2 officers who arrested the fans were suspended.")
    assert count_the_thing("how many fans were arrested after the match", fans, unlike) == fans
    left = _passages("Some 5,000 fans streamed out before the end.", "On Sept. 6 the team left for Denver.")
    assert count_the_thing("how many fans left the stadium early", left, unlike) == left


def test_the_passage_that_gives_the_measure_asked_goes_first():
    def unlike(word: str, candidates: list[str]) -> set[str]:
        return set()

    # A headline that repeats the question gives no share; "third most populous" is no share either.
    ranked = _passages("Petro wins Colombia's election.", "Petro's win in Latin America's third most populous nation.",
                       "Petro earned 50.48% of the votes Sunday.")
    assert count_the_thing("what % did Petro win Colombia with", ranked, unlike)[0] == ranked[2]
    ranked = _passages("Balancing on one leg may predict how long you live.",
                       "Participants stood on one leg for 10 seconds.")
    assert count_the_thing("how long do you have to stand on one leg", ranked, unlike)[0] == ranked[1]
    ranked = _passages("The skeleton will be auctioned this month.", "The presale estimate is $5 million to $8 million.")
    assert count_the_thing("how much will the skeleton sell for", ranked, unlike)[0] == ranked[1]
    assert count_the_thing("how long is the fossil", ranked, unlike) == ranked  # none gives a length of time


def test_a_time_gone_by_or_a_bare_figure_does_not_date_what_is_to_come():
    ahead = "when's the next trilateral summit"
    assert not has_answer_type("date", "They held more than 40 trilateral meetings last year, more than the next five "
                                       "years combined.", ahead)
    assert not has_answer_type("date", "The first such summit was held 12 years ago.", ahead)
    assert not has_answer_type("date", "They last met last May.", ahead)
    # A time gone by dates what is past, opening the sentence too.
    assert has_answer_type("date", "Yesterday, Pyongyang declared it.", "when did pyongyang declare it")
    assert has_answer_type("date", "Last year, Pyongyang declared it had become a nuclear state.",
                           "pyongyang declared itself nuclear state when and how")
    assert has_answer_type("date", "The next summit will be held in Seoul in May.", ahead)
    assert has_answer_type("date", "Leaders plan to meet again in 2024.", ahead)
    # Asked of the past, a time counted back from now dates it, as before.
    assert has_answer_type("date", "They held more than 40 trilateral meetings last year.", "when did they meet")


def test_a_year_asked_for_is_told_by_a_year_not_a_weekday():
    asked = "In which year were diplomatic relations between Tokyo and Seoul normalized?"
    assert not has_answer_type("date", "Yoon met Kishida in Japan on Thursday.", asked)
    assert has_answer_type("date", "The two relations were normalized in 1965.", asked)
    assert has_answer_type("date", "Ties were restored last year.", "what year were ties restored")
    assert has_answer_type("date", "Yoon met Kishida in Japan on Thursday.", "when did yoon meet kishida")


def test_numbers_and_dates_in_the_question_do_not_answer_it():
    assert has_answer_type("number", "the first summit in twelve years", "How long since the summit?")
    # "How often": a frequency in words ("twice a year", "twice-yearly", "every six months") or a count.
    often = "how often do you get the inclisiran jab"
    assert has_answer_type("number", "The drug is given again after that and then twice a year.", often)
    assert has_answer_type("number", "A twice-yearly injection is less of a burden.", often)
    assert has_answer_type("number", "They held more than 40 trilateral meetings last year.", "how often did they meet")
    assert not has_answer_type("number", "The jab is a game changer.", often)
    assert not has_answer_type("number", "It was set up a year ago, the JoongAng Daily said.", often)
    # "How fast": a speed ("50 mph", "80 kilometres an hour") or a rate ("prices rose 9.1%"), not any figure.
    fast = "how fast was Woods going when he crashed"
    assert has_answer_type("number", "He was driving at 84 to 87 mph, the sheriff said.", fast)
    assert has_answer_type("number", "The car hit 80 kilometres an hour.", fast)
    assert not has_answer_type("number", "Woods, 45, crashed a Genesis SUV on Tuesday.", fast)
    # Other paces than a speed ("how fast did the fire spread": "10,000 acres in 12 hours") ask no speed.
    from rag.evidence import _measure
    assert _measure(fast) == "speed" and _measure("how fast did the fire spread") is None
    assert not has_answer_type("number", "the summit in 2023", "What happened at the 2023 summit?")
    assert has_answer_type("date", "on Thursday", "When did they meet?")
    assert not has_answer_type("date", "they met", "When did they meet?")
    # A span of time is no date; one counted back from now is.
    assert not has_answer_type("date", "First summit in 12 years", "when was the summit")
    assert has_answer_type("date", "They last met 12 years ago", "when was the summit")
    # Asked how finely: a month or a day is more than a year tells.
    assert not has_answer_type("date", "In 2019, Japan imposed export controls.", "what month did japan impose them")
    assert has_answer_type("date", "In July 2019, Japan imposed export controls.", "what month did japan impose them")
    assert not has_answer_type("date", "She was made a dame in 2022.", "what day was she made a dame")
    assert not has_answer_type("date", "She was made a dame last year.", "what day was she made a dame")
    assert has_answer_type("date", "She was made a dame on Friday.", "on what day was she made a dame")
    assert has_answer_type("date", "The strike began Dec. 5.", "what date did the strike begin")
    assert has_answer_type("date", "The strike began in Aug. 2019.", "what month did the strike begin")
    assert has_answer_type("date", "In 2019, Japan imposed export controls.", "what year did japan impose them")


def test_a_figure_typed_in_digits_is_known_where_the_articles_spell_it():
    evidence = _passages("Tokyo lifted curbs on exports of three chemicals.")
    reason = lambda q: abstention_reason(  # noqa: E731
        q, evidence, f=Focus({"chemicals": 1.0}), knows={"three", "chemicals"}.__contains__,
        min_relevance=0.0, min_coverage=0.0)
    assert reason("which 3 chemicals") is None
    assert reason("which 4 chemicals") == "the articles never mention 4"
    # "The 4 countries" points at things already named; it is no figure to look up.
    assert reason("how many chemicals did the 4 countries list") is None
    assert reason("did 4 countries list chemicals") == "the articles never mention 4"
    # A figure in tens said in words is as specific as one in digits; a small one is a word of every sentence.
    assert reason("since tokyo curbed chemicals for like fifty years, why") == "the articles never mention fifty"
    # Not an ordinal or an idiom of tens ("twenty-first", "fifty-fifty"), nor a share the articles write in digits.
    assert reason("is the twenty-first century split on chemicals fifty-fifty") is None
    assert abstention_reason("did tokyo curb ninety percent of chemicals", evidence, f=Focus({"chemicals": 1.0}),
                             knows={"90%", "chemicals"}.__contains__, min_relevance=0.0, min_coverage=0.0) is None
    assert abstention_reason("since tokyo curbed chemicals for fifty years, why", evidence, f=Focus({"chemicals": 1.0}),
                             knows={"50", "chemicals"}.__contains__, min_relevance=0.0, min_coverage=0.0) is None


def test_a_rare_word_that_only_describes_is_no_name_the_articles_lack():
    evidence = _passages("Manchurian Candidate posted that the president bowed down to the flag.")
    vocabulary = {"posted", "remark", "president", "bowed", "flag", "down"}
    reason = lambda q: abstention_reason(  # noqa: E731
        q, evidence, f=Focus({"flag": 1.0}), knows=vocabulary.__contains__, min_relevance=0.0, min_coverage=0.0)
    # "intemperate" is the asker's judgment of the post; "yasukuni", a name the articles never write.
    assert reason("who posted the rather intemperate remark that the president bowed down to the flag") is None
    assert reason("did the president bow down to the flag at yasukuni") == "the articles never mention yasukuni"
    # Named as the question writes it, without the word it opens with.
    assert reason("Is Yasukuni where the president bowed down to the flag?") == "the articles never mention Yasukuni"


def test_the_kind_asked_which_of_is_no_name_the_articles_lack():
    evidence = _passages("Mr. Yoon was accompanied by the leaders of four major conglomerates, Samsung and LG.")
    vocabulary = set(terms("Mr. Yoon was accompanied by the leaders of four major conglomerates, Samsung and LG"))
    reason = lambda q: abstention_reason(  # noqa: E731
        q, evidence, f=Focus({"leaders": 1.0}), knows=vocabulary.__contains__, min_relevance=0.0, min_coverage=0.0)
    # "chaebol" is rare in English and absent here, but it is the kind of thing asked for: the answer names them.
    assert reason("which chaebol bosses went to tokyo with yoon") is None
    # Said of what the question is about, not of the kind asked for, it is still a word the articles lack.
    assert reason("which leaders did the chaebol send with yoon") == "the articles never mention chaebol"


def test_a_sum_named_by_its_currency_asks_for_an_amount_of_money():
    from rag.evidence import _measure

    assert _measure("japan doubling mil budget - whats the actual yen figure") == "amount of money"
    assert _measure("what's the dollar amount of the deal") == "amount of money"
    assert _measure("what figure did they give for the death toll") is None
    assert _measure("how many seats has the party won total") is None  # "won", the verb


def test_a_figure_with_thousands_separators_is_one_figure():
    evidence = _passages("The 101-year-old was convicted of being an accessory to 3,518 counts of murder.")
    vocabulary = {"3,518", "counts", "murder", "accessory", "convicted", "101-year-old"}
    reason = lambda q: abstention_reason(  # noqa: E731
        q, evidence, f=Focus({"murder": 1.0}), knows=vocabulary.__contains__, min_relevance=0.0, min_coverage=0.0)
    # "3,518" is the figure the articles write, not a 3 and a 518 they never do.
    assert reason("convicted of 3,518 counts of murder, how old is he") is None
    assert reason("convicted of 3518 counts of murder, how old is he") is None  # written without the comma
    assert reason("convicted of 3,519 counts of murder, how old is he") == "the articles never mention 3,519"
    # Not read back as a 3 and a 519 the articles happen to have elsewhere.
    split = abstention_reason("convicted of 3,519 counts of murder", evidence, f=Focus({"murder": 1.0}),
                              knows={"3", "519", "counts", "murder"}.__contains__, min_relevance=0.0,
                              min_coverage=0.0)
    assert split == "the articles never mention 3,519"
    # A figure the articles write as a percentage is one they write.
    grew = _passages("The economy grew 3.5% last year.")
    percent = abstention_reason("did the economy grow 3.5 last year", grew, f=Focus({"economy": 1.0}),
                                knows={"3.5%", "economy", "grew", "year"}.__contains__, min_relevance=0.0,
                                min_coverage=0.0)
    assert percent is None


def test_a_yes_no_question_about_a_thing_the_articles_never_mention_is_not_answered_no():
    evidence = _passages("Yoon met Kishida in Tokyo, the first visit by a South Korean leader in 12 years.")
    vocabulary = set(terms("Yoon met Kishida in Tokyo, the first visit by a South Korean leader in 12 years"))
    reason = lambda q, shape="yes_no": abstention_reason(  # noqa: E731
        q, evidence, f=Focus({"yoon": 1.0}), knows=vocabulary.__contains__, min_relevance=0.0, min_coverage=0.0,
        shape=shape)
    assert reason("did Yoon meet the emperor on the trip") == "the articles never mention emperor"
    # A verb the articles may put otherwise, or a common noun, is no such thing; nor is a question of another shape.
    assert reason("did Yoon apologize on the trip") is None
    assert reason("did Yoon meet the leader") is None
    assert reason("who did Yoon meet, the emperor?", "fact") is None
    # A thing the passages say in other words is no thing they never mention.
    said = abstention_reason("did Yoon meet the emperor", evidence, f=Focus({"yoon": 1.0}),
                             knows=vocabulary.__contains__, min_relevance=0.0, min_coverage=0.0, shape="yes_no",
                             alike=lambda w, candidates, threshold=0.5: {"leader"} & set(candidates))
    assert said is None
    # Only a thing says it: a word that only describes ("imperial" rule, close to "emperor") is offered none.
    imperial = _passages("Yoon spoke of Japan's imperial rule in Tokyo.")
    offered: list[str] = []
    abstention_reason("did Yoon meet the emperor", imperial, f=Focus({"yoon": 1.0}), knows=vocabulary.__contains__,
                      min_relevance=0.0, min_coverage=0.0, shape="yes_no",
                      alike=lambda w, candidates, threshold=0.5: offered.extend(candidates) or set())
    assert "rule" in offered and "imperial" not in offered and "spoke" in offered  # a verb may say it too


def test_an_event_held_is_dated_by_its_noun():
    def passage(text: str) -> Evidence:
        return Evidence(Sentence(text=text, source="a.txt", start=0, end=len(text)), 1.0, 1.0, 1.0, 1.0)

    ranked = [passage("At a summit on Thursday the two leaders agreed to mend ties."),
              passage("In September, the two leaders held the first summit in New York.")]
    reason = lambda q: abstention_reason(  # noqa: E731
        q, ranked, f=Focus({"summit": 1.0}, "date"), knows=lambda w: True, min_relevance=0.0, min_coverage=0.45)
    # "Held" only says the summit took place: the passage that dates the summit answers, not only one with "held".
    assert reason("what day was the summit held") is None
    assert reason("what day did the leaders agree to mend ties") is None
    del ranked[0]  # a month is no day
    assert reason("what day was the summit held") == "no passage gives the date asked for"


def test_which_of_a_kind_of_named_thing_is_no_answer_without_a_name_of_one():
    def passage(text: str, covered: float) -> Evidence:
        return Evidence(Sentence(text=text, source="a.txt", start=0, end=len(text)), 1.0, 1.0, 1.0, covered)

    generic = passage("The bailout is funded by private Dutch banks.", 1.0)
    named = passage("The leaders of two lenders and two firms, ING and Philips, flew in too.", 0.6)
    reason = lambda q, *ranked: abstention_reason(  # noqa: E731
        q, list(ranked), f=Focus({"bank": 1.0}), knows=lambda w: True, min_relevance=0.0, min_coverage=0.45)
    assert reason("which dutch banks fund the bailout", generic) == "no passage gives the name of the banks asked for"
    # Named, under another word for the kind, by a passage that tells the rest in other words.
    assert reason("which dutch companies fund the bailout", generic, named) is None
    assert reason("which dutch chemicals were banned", generic) is None  # not a kind of named thing
    # Named where the sentence opens, and pointed back to by "the schools" later in it.
    left = passage("Southern California and UCLA will leave the Pac-12 for the Big Ten, the schools announced.", 1.0)
    unnamed = passage("Losing the two schools to the Big Ten is devastating for the Pac-12.", 1.0)
    assert reason("which two Pac-12 schools will join the Big Ten", left) is None
    assert reason("which two Pac-12 schools will join the Big Ten", unnamed) == (
        "no passage gives the name of the schools asked for")
    # One opening name is as often whoever speaks of them.
    spoken = passage("Commissioner George Kliavkoff said the schools would leave the Pac-12.", 1.0)
    assert reason("which two Pac-12 schools will join the Big Ten", spoken) == (
        "no passage gives the name of the schools asked for")


def test_the_amount_asked_for_may_stand_in_the_first_passage_though_another_repeats_more_words():
    def passage(text: str, score: float, covered: float) -> Evidence:
        return Evidence(Sentence(text=text, source="a.txt", start=0, end=len(text)), score, score, score, covered)

    paid = passage("The government will pay 100,000 AFN ($1,116.19) for the families of those killed.", 0.75, 0.6)
    caption = passage("Men stand around the bodies of people killed in the quake.", 0.53, 0.9)
    reason = lambda *ranked: abstention_reason(  # noqa: E731
        "how much are they paying families of people who died in the quake", list(ranked), f=Focus({"quake": 1.0}),
        knows=lambda w: True, min_relevance=0.0, min_coverage=0.45)
    # The first passage of the ranking gives the money, though a caption repeats more of the question's words.
    assert reason(paid, caption) is None
    # Further down the ranking, it is no answer to a passage that covers the question so much better.
    assert reason(caption, paid) == "no passage gives the amount of money asked for"
    # Nor is the first passage an answer when it covers too little of the question…
    assert reason(passage(paid.sentence.text, 0.75, 0.3), caption) == "no passage gives the amount of money asked for"
    # …but a figure the first passage gives may be told in words of its own ("purchased it for $4.8 million" for "how
    # much did Ripley's pay for the Monroe dress"), covering less of the question than the min_coverage.
    assert reason(passage(paid.sentence.text, 0.75, 0.4), caption) is None
    # A currency sign for a word asks for money too ("reward $ for the two", "cost estimate $?").
    sign = lambda q, *ranked: abstention_reason(  # noqa: E731
        q, list(ranked), f=Focus({"reward": 1.0}), knows=lambda w: True, min_relevance=0.0, min_coverage=0.45)
    hunt = passage("Authorities are offering a reward for information on the two fugitives.", 0.7, 0.8)
    offered = passage("The Marshals Service is offering a reward of up to $15,000 for the two fugitives.", 0.7, 0.8)
    assert sign("reward $ for the two fugitives?", hunt) == "no passage gives the amount of money asked for"
    assert sign("reward $ for the two fugitives?", offered) is None
    assert sign("did they get the $15,000 reward", hunt) is None  # a figure after the sign: no amount asked
    assert sign("why did $TSLA drop", hunt) is None  # a cashtag
    assert sign("is the $ weaker", hunt) is None  # the currency by its sign


def test_only_a_specific_word_a_passage_lacks_makes_it_no_answer():
    evidence = _passages("The two leaders pledged to relaunch high-level exchanges.")
    f = Focus({"kiss": 1.0, "make": 1.0, "leader": 1.0}, own=frozenset({"kiss", "make", "leader"}),
              specific={"kiss": 0.4, "make": 0.0, "leader": 0.3})
    reason = lambda f: abstention_reason(  # noqa: E731
        "why did the leaders kiss and make up", evidence, f=f, knows=lambda w: True, min_relevance=0.0,
        min_coverage=0.9)
    assert reason(f) is None  # common words, said otherwise
    rare = Focus({"kiss": 1.0, "sukiyaki": 1.0, "leader": 1.0}, own=frozenset({"kiss", "sukiyaki", "leader"}),
                 specific={"kiss": 0.4, "sukiyaki": 1.0, "leader": 0.3})
    assert reason(rare).startswith("no passage states what the question asks")


def test_the_first_in_years_is_time_since_the_last_not_how_long_it_lasted():
    evidence = _passages("Yoon met Kishida, the first such meeting in 12 years.")
    reason = lambda q: abstention_reason(  # noqa: E731
        q, evidence, f=Focus({"meeting": 1.0}), knows=lambda w: True, min_relevance=0.0, min_coverage=0.0)
    assert reason("how long did the meeting last") == "no passage gives the length of time asked for"
    assert reason("how long since the last meeting") is None
    assert reason("how long has it been since they met") is None


def test_initials_written_with_dots_are_the_same_initials_without():
    from rag.text import words

    assert words("the U.S. Women’s Open, at 9 a.m. in Washington, D.C.") == [
        "the", "us", "women", "open", "at", "9", "am", "in", "washington", "dc"]
    assert words("...U.S.-Japan ties, 3.5 points, Mr. Lee") == ["us", "japan", "ties", "3.5", "points", "mr", "lee"]
    text = "Lee won the U.S. Women’s Open and a $1.8 million payday."
    lexicon = Lexicon.from_texts([text], ["Lee", "Women’s Open"])
    known = {"golf.md": frozenset(terms(text)) | numbers(text)}
    # "US" is what the article writes "U.S.": no name the articles found never mention.
    assert absent_names("how much did Lee get for the US Women's Open", ["golf.md"], known.__getitem__, lexicon) == []


def test_names_most_of_which_the_articles_found_never_mention_refuse():
    articles = {"loans.md": "Student loan debt keeps growing at colleges across the country.",
                "ivy.md": "Dartmouth, an Ivy League school, ends loans for undergraduates.",
                "pride.md": "Police arrested 31 men from Patriot Front near a Pride event in Idaho."}
    lexicon = Lexicon.from_texts(articles.values(), ["Ivy League", "Dartmouth", "Patriot Front", "Idaho"])
    known = {source: frozenset(terms(text)) | numbers(text) for source, text in articles.items()}
    absent = lambda q, found: absent_names(q, found, known.__getitem__, lexicon)  # noqa: E731
    # The corpus knows "Ivy League", but the articles the passages come from do not: they are about other loans.
    assert absent("Which Ivy League school ended student loans?", ["loans.md"]) == ["Ivy League"]
    assert absent("Which Ivy League school ended student loans?", ["loans.md", "ivy.md"]) == []
    # "Ivy League" is one name: found only where both words are ("league" alone is another league).
    known["sports.md"] = frozenset(terms("The league ends loans for players."))
    assert absent("Which Ivy League school ended student loans?", ["loans.md", "sports.md"]) == ["Ivy League"]
    # The length an answer is asked in is no figure to find ("a 3-line brief").
    assert absent("Give a 3-line brief on why Dartmouth ended loans", ["ivy.md"]) == []
    # A year is left to the time checks: articles date events by weekday more often than by year.
    assert absent("What did Dartmouth say in 2023?", ["ivy.md"]) == []
    # A capital that opens a phrase the question quotes from an earlier turn makes no name ("Per the coverage").
    assert absent("and when? (Per the coverage, why did Dartmouth end loans?)", ["ivy.md"]) == []
    # One name missing among several is background the question gives, not what it is about.
    assert absent("Police arrested 31 Patriot Front men at an LGBTQ Pride event: where?", ["pride.md"]) == []
    # One of two is no background: the question is about it ("Chelsea", not "Arsenal").
    articles["club.md"] = "Roman Abramovich, owner of Premier League club Chelsea, is selling the club."
    known["club.md"] = frozenset(terms(articles["club.md"]))
    lexicon = Lexicon.from_texts(articles.values(), ["Ivy League", "Dartmouth", "Patriot Front", "Idaho",
                                                     "Roman Abramovich", "Premier League", "Chelsea"])
    absent = lambda q, found: absent_names(q, found, known.__getitem__, lexicon)  # noqa: E731
    assert absent("why is Abramovich selling Arsenal", ["club.md"]) == ["Arsenal"]
    assert absent("why is Abramovich selling Chelsea", ["club.md"]) == []
    # A country is never background: the articles found must speak of it, or of its people.
    articles["launch.md"] = "NASA launched a rocket from Australia’s Northern Territory to study Alpha Centauri."
    articles["pm.md"] = "The Chinese foreign ministry met NASA about Alpha Centauri."
    known.update({k: frozenset(terms(articles[k])) for k in ("launch.md", "pm.md")})
    lexicon = Lexicon.from_texts(articles.values(), ["NASA", "Australia", "Northern Territory", "Alpha Centauri"])
    absent = lambda q, found: absent_names(q, found, known.__getitem__, lexicon)  # noqa: E731
    assert absent("why did NASA pick New Zealand for its Alpha Centauri launch", ["launch.md"]) == ["New Zealand"]
    assert absent("why did NASA pick Australia for its Alpha Centauri launch", ["launch.md"]) == []
    assert absent("what did NASA and Alpha Centauri fans in China say", ["pm.md"]) == []  # "Chinese"
    articles["fr.md"] = "NASA and French officials in Paris spoke of Alpha Centauri."
    known["fr.md"] = frozenset(terms(articles["fr.md"]))
    assert absent("what did NASA tell France about Alpha Centauri", ["fr.md"]) == []  # "French"


def _passages(*texts: str) -> list[Evidence]:
    return [Evidence(Sentence(text=t, source="a.txt", start=0, end=len(t)), 1.0, 1.0, 1.0) for t in texts]


def test_who_did_it_puts_first_the_passage_that_tells_the_act_and_names_the_doer():
    from rag.evidence import name_the_doer

    repeats = "Seoul had threatened to abolish GSOMIA in 2019 as relations with Tokyo soured."
    named = "GSOMIA allows the two countries to share intelligence, Yoon said."
    tells = "It had been shelved in 2019 by progressive South Korean President Moon Jae-in."
    ranked = _passages(repeats, named, tells)
    first = lambda q, r: name_the_doer(q, r)[0].sentence.text  # noqa: E731
    assert first("who shelved GSOMIA", ranked) == tells  # the act asked about, with somebody who did it
    assert first("so who shelved it", ranked) == tells
    leads = "Moon Jae-in is leading the talks on GSOMIA."
    assert first("who is leading the talks", _passages(repeats, leads)) == repeats  # "who is" asks of somebody
    assert first("who led the talks", _passages(repeats, "Moon Jae-in led the talks on GSOMIA.")) != repeats
    # The doer is named in "who did Yoon meet": somebody else is asked for.
    assert first("who did Yoon shelve", ranked) == repeats
    # Another act of the same verb, in another article on another thing, is no answer.
    other = Evidence(Sentence(text="Russia shelved the plan, Putin said.", source="b.txt", start=0, end=35), 1, 1, 1)
    assert first("who shelved GSOMIA", [*_passages(repeats), other]) == repeats
    assert first("who abolished GSOMIA", ranked) == repeats  # the first passage tells that act already
    # A passage that tells the act but names nobody new is no answer to "who".
    assert first("who shelved GSOMIA", _passages(repeats, "GSOMIA was shelved in 2019.")) == repeats


def test_the_passage_that_puts_a_new_name_in_the_slot_of_the_question_goes_first():
    from rag.evidence import fill_the_slot

    ranked = [Evidence(Sentence(text=t, source="a.txt", start=0, end=len(t)), score, 1.0, 1.0) for t, score in (
        ("President Biden nominated Ketanji Brown Jackson to the Supreme Court.", 0.72),
        ("Ketanji Brown Jackson has had stardust on her.", 0.67),
        ("She also previously clerked for Breyer and served as a public defender.", 0.48),
        ("She clerked for Jackson's mentor, the court said.", 0.30),  # too far below the best to move
    )]
    out = fill_the_slot("Ketanji Brown Jackson - who did she clerk for", ranked)
    # First, at the best one's score (never above it: no refusal on relevance is undone).
    assert out[0].sentence.text.startswith("She also previously clerked for Breyer") and out[0].score == 0.72
    assert [e.sentence.text for e in out[1:]] == [e.sentence.text for e in (ranked[0], ranked[1], ranked[3])]
    # A name the question has is no answer to it; a plain verb ("go to") tells no slot; nor does another question.
    assert fill_the_slot("who did Breyer clerk for", ranked)[0] is ranked[0]
    assert fill_the_slot("who did she go to", ranked)[0] is ranked[0]
    assert fill_the_slot("who did she clerk with", ranked)[0] is ranked[0]  # another preposition, no slot filled
    # A name the question has, however the passage writes it ("Jackson's", "Foo Fighters" for "the Foo").
    told = [Evidence(Sentence(text=t, source="a.txt", start=0, end=len(t)), score, 1.0, 1.0) for t, score in (
        ("Hawkins played drums for Alanis Morissette before joining.", 0.71),
        ("Hawkins was playing drums for Foo Fighters at the time.", 0.60),
        ("Smith clerked for Jackson's mentor.", 0.60))]
    assert [e.sentence.text for e in fill_the_slot("who did Hawkins drum for before the Foo", told)] == [
        e.sentence.text for e in told]  # only the first fills it
    assert fill_the_slot("who did Jackson clerk for", told)[0] is told[0]  # none does


def test_the_passage_that_dates_the_act_asked_about_goes_first():
    ranked = _passages("Japan and Korea held the first summit since 2012.", "Ties were strained for years.",
                       "The two relations were normalized in 1965.")
    question = "when did Japan and Korea normalize relations"
    assert date_the_event(question, ranked)[0].sentence.text.endswith("in 1965.")
    # Not among the passages found: a deeper search is read, and only then.
    deeper = _passages("Relations were normalized in 1965, after talks.")
    first = date_the_event(question, ranked[:2], lambda: deeper)
    assert first[0] == deeper[0] and first[1:] == ranked[:2]
    assert date_the_event("when did they meet", ranked[:2], lambda: deeper) == ranked[:2]
    # A year beside the same verb in an article about other people does not answer.
    other = Evidence(Sentence(text="Obama visited Hiroshima in 2016.", source="b.txt", start=0, end=32), 1, 1, 1)
    assert date_the_event("when did Kishida visit Seoul", [ranked[0], other])[0] == ranked[0]


def test_a_date_answers_when_only_next_to_the_event_asked_about():
    on_topic = _passages(
        "The meeting marked the first visit between the two leaders since 2012.",
        "South Korea will implement the deal, an official told AFP on Saturday.",
        "The two sides normalized relations in 1965.",
    )

    def kept(question: str) -> list[str]:
        return [e.sentence.text[:16] for e in _dated_events(question, on_topic, lambda w: False)]

    # Asked when something happened, a date beside the event counts and one beside another does not.
    # ("The meeting … since 2012" shares "two", but only the passage that tells of the normalizing dates it.)
    assert kept("when did the two countries normalize relations") == ["The two sides no"]
    # Asked about the future, a past date ("since 2012") says nothing about when the next visit will be.
    assert kept("when is Kishida going to visit Seoul") == []
    assert kept("when will South Korea implement the deal") == ["South Korea will"]
    # Asked when it is scheduled, an event is one to come; asked in the present tense alone, it may be past.
    assert kept("when is the first visit between the two leaders scheduled") == []
    assert kept("when is the normalization of relations") == ["The two sides no"]
    # The passage that tells of the act asked about decides: it gives no date, so a date beside another
    # act ("implement the deal … on Saturday") does not say when the complaint was filed.
    filed = on_topic + _passages("Seoul will withdraw the complaint it filed with the WTO.")
    dated = [e.sentence.text[:16] for e in _dated_events("when did Seoul file the complaint", filed, lambda w: False)]
    assert dated == ["Seoul will withd"]
    # The word for the article the question goes by ("dw piece", "the AFP item") is no event a passage must tell of.
    named = _dated_events("dw piece - who told afp what, and which day", on_topic, lambda w: w in {"dw", "afp"})
    assert "South Korea will" in [e.sentence.text[:16] for e in named]


def test_a_passage_holding_nearly_all_of_the_question_tells_of_its_event_in_other_words():
    [summit] = _passages("In September, the leaders held a summit in New York.")
    question = "when did they meet in New York"

    def is_name(w: str) -> bool:
        return w in ("new", "york")

    # "meet" is not in it, and a passage that shares little else with the question is no date of this event;
    assert _dated_events(question, [dataclasses.replace(summit, covered=0.5)], is_name) == []
    # one that holds nearly all of the question speaks of the meeting as "held a summit".
    held = dataclasses.replace(summit, covered=0.94)
    assert _dated_events(question, [held], is_name) == [held]


def test_a_passage_holding_nearly_all_of_the_question_dates_its_act_whatever_its_verb():
    headline, said = _passages(
        "Pac-12 powerhouses UCLA, USC joining Big Ten Conference in 2024",
        "Officials said a move to the Big Ten offers new competitive opportunities.",
    )
    question = "when do USC and UCLA move to the Big Ten"
    passages = [dataclasses.replace(headline, covered=1.0), dataclasses.replace(said, covered=0.6)]
    # "a move to the Big Ten" tells of the act asked about, and gives no date; the headline holds all of the
    # question (with "joining" for "move"), and its year dates it.
    assert [e.sentence.text[:10] for e in _dated_events(question, passages, lambda w: False)] == [
        "Pac-12 pow", "Officials "]
    # One that holds little of it still does not.
    far = [dataclasses.replace(headline, covered=0.5), passages[1]]
    assert [e.sentence.text[:10] for e in _dated_events(question, far, lambda w: False)] == ["Officials "]


def test_a_where_question_puts_the_passage_that_names_the_place_first():
    from rag.evidence import place_the_event

    fired, landed, arrived = _passages(
        "In September, North Korea test-fired a missile, underscoring a growing challenge.",
        "North Korea fired a long-range missile into waters off the east coast of the peninsula.",
        "Just before Yoon arrived in Tokyo, North Korea test-fired a missile.",
    )
    fired = dataclasses.replace(fired, score=0.7)
    landed = dataclasses.replace(landed, score=0.65)
    arrived = dataclasses.replace(arrived, score=0.68)
    # "in Tokyo" comes before the words of the question (where Yoon arrived); "In September" is a time.
    assert place_the_event("where did the missile land", [fired, arrived, landed])[0] == landed
    # A follow-up's place is sought after the words of the conversation: "it" is the missile.
    assert place_the_event("where did it land", [fired, landed], context="where did the missile land")[0] == landed
    # Asked where a thing came down, a place the passage puts somebody else at tells nothing of it, whatever
    # words of the conversation stand before it ("Yoon arrived in Tokyo", after "when did Yoon arrive").
    context = "when did North Korea fire the missile Yoon arrived"
    assert place_the_event("where did it come down", [arrived, landed], context=context)[0] == landed
    # Where a thing "falls" or "ends up" is no landing ("where does Arsenal fall in the table").
    assert place_the_event("where did it end up", [arrived, landed], context=context)[0] == arrived
    # A place asked for by a noun is asked for all the same; not where the question asks something else of it.
    assert place_the_event("missile landing location?", [fired, landed])[0] == landed
    assert place_the_event("who picked the location?", [fired, landed])[0] == fired
    # Other questions, and "where does X stand" (a view), are left as they are.
    assert place_the_event("what did the missile do", [fired, landed]) == [fired, landed]
    assert place_the_event("where does the missile stand", [fired, landed]) == [fired, landed]


def test_a_named_speaker_saying_he_did_something_speaks_for_himself_not_for_the_name_before():
    from rag.evidence import asks_reaction, unquoted_speaker

    text = "North Korea fired a missile hours before the summit. And Yoon said he agreed to normalize the pact."
    parts = ["North Korea fired a missile hours before the summit.", "And Yoon said he agreed to normalize the pact."]
    sentences = [Sentence(source="a.md", start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    ranked = [Evidence(s, 1.0, 1.0, 1.0) for s in sentences]
    # "he" is whom Yoon speaks of: nobody quotes North Korea.
    assert unquoted_speaker("what did North Korea say about the summit", ranked, layout) == "North Korea"
    assert unquoted_speaker("what did Yoon say about the summit", ranked, layout) is None
    warned = "North Korea fired a missile hours before the summit. Yoon said he warned Kishida."
    parts = ["North Korea fired a missile hours before the summit.", "Yoon said he warned Kishida."]
    said = [Sentence(source="b.md", start=warned.index(p), end=warned.index(p) + len(p), text=p) for p in parts]
    after_quote = [Evidence(s, 1.0, 1.0, 1.0) for s in said]
    assert unquoted_speaker("what did North Korea say about the summit", after_quote,
                            Layout(said, {"b.md": warned})) == "North Korea"
    # "How is X reacting" asks for X's reaction as "how did X react" does.
    assert asks_reaction("how is Pyongyang reacting to the summit")
    assert asks_reaction("how has Pyongyang been responding to the summit")
    assert asks_reaction("how did Pyongyang react to the summit") and not asks_reaction("how is Pyongyang doing")
    assert unquoted_speaker("how is Japan reacting to the summit", ranked, layout) == "Japan"  # told of nowhere
    # A name with an aside between it and the verb of speech speaks all the same.
    aside = 'Governor Ron DeSantis, a potential 2024 Republican rival to Trump, tweeted, "The raid is an escalation."'
    tweeted = [Sentence(source="c.md", start=0, end=len(aside), text=aside)]
    assert unquoted_speaker("what did DeSantis say about the raid", [Evidence(tweeted[0], 1.0, 1.0, 1.0)],
                            Layout(tweeted, {"c.md": aside})) is None
    # Typed without "did", the same question.
    assert unquoted_speaker("what the north korea government said in response to the summit", ranked, layout,
                            is_name=lambda w: w in {"north", "korea"}) == "north korea government"
    assert unquoted_speaker("what Yoon said about the summit", ranked, layout) is None
    assert unquoted_speaker("what he said about the summit", ranked, layout) is None  # the conversation's


def test_a_speaker_asked_for_with_a_possessive_is_the_name():
    from rag.evidence import unquoted_speaker

    text = "A South Korean defense ministry official told AFP that Seoul would act."
    sentence = Sentence(source="a.md", start=0, end=len(text), text=text)
    ranked, layout = [Evidence(sentence, 1.0, 1.0, 1.0)], Layout([sentence], {"a.md": text})
    assert unquoted_speaker("what did SK's defense ministry tell AFP", ranked, layout) is None
    assert unquoted_speaker("what did SK's foreign ministry tell AFP", ranked, layout) == "SK's foreign ministry"
    # A word for anybody ("guy") is nothing a passage has to write: "the official" speaks for "the guy".
    assert unquoted_speaker("what did the SK defense ministry guy tell AFP", ranked, layout) is None
    assert unquoted_speaker("what did the SK foreign ministry guy tell AFP", ranked, layout) == "SK foreign ministry guy"
    assert unquoted_speaker("what did the guy tell AFP", ranked, layout) is None  # who: the conversation's
    # "The mechanic guy" asks for a mechanic, whom a passage must quote (where "what did experts say" may be anyone).
    assert unquoted_speaker("what did the mechanic guy tell AFP", ranked, layout) == "mechanic guy"
    # A speaker whose words are all stop words ("WHO") is no outlet of the articles: still checked.
    assert unquoted_speaker("what did the WHO tell AFP", ranked, layout, outlets=source_terms(["Taiwan News"])) == "WHO"


def test_what_somebody_said_needs_a_passage_where_they_speak():
    from rag.evidence import unquoted_speaker

    text = ("Tensions rose along the Taiwan Strait, an area Tokyo and Seoul call vital to their security. "
            "The United States was alarmed and said the move would help China. "
            "Rahm Emanuel, the US ambassador to Japan, told CNN the thaw mattered. “It is historic,” he said.\n\n"
            "During the joint statement, the leaders spoke of the Indo-Pacific.")
    parts = ["Tensions rose along the Taiwan Strait, an area Tokyo and Seoul call vital to their security.",
             "The United States was alarmed and said the move would help China.",
             "Rahm Emanuel, the US ambassador to Japan, told CNN the thaw mattered.", "“It is historic,” he said.",
             "During the joint statement, the leaders spoke of the Indo-Pacific."]
    sentences = [Sentence(source="a.md", start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    ranked = [Evidence(s, 1.0, 1.0, 1.0) for s in sentences]
    assert unquoted_speaker("what did Taiwan say about the summit", ranked, layout) == "Taiwan"
    # An outlet of the articles says what its own piece does.
    outlets = source_terms(["Taiwan News"])
    assert unquoted_speaker("what did Taiwan News say about the summit", ranked, layout, outlets=outlets) is None
    assert unquoted_speaker("what did the Korean opposition leader say", ranked, layout) == "Korean opposition leader"
    assert unquoted_speaker("what did the US say about the move", ranked, layout) is None  # "The United States … said"
    assert unquoted_speaker("what did Emanuel tell CNN", ranked, layout) is None
    assert unquoted_speaker("what did Emanuel say was historic", ranked[3:4], layout) is None  # "…,” he said.
    assert unquoted_speaker("what did the joint statement say", ranked, layout) is None  # a document's text
    assert unquoted_speaker("what did he say", ranked, layout) is None  # the conversation says who
    assert unquoted_speaker("what values did Yoon say they share", ranked, layout) is None  # not "what did X say"
    # Capitals everywhere, an adverb before the verb, a kind of speaker, an author: nothing to hold against them.
    assert unquoted_speaker("WHAT DID THE WHO SAY ABOUT IT", ranked, layout) is None
    assert unquoted_speaker("what did Emanuel initially tell CNN", ranked, layout) is None
    assert unquoted_speaker("what did experts say", ranked, layout) is None
    assert unquoted_speaker("what did Dave DeCamp write", ranked, layout) is None
    assert unquoted_speaker("what did the U.S. say", _passages("The U.S. said it was alarmed."), layout) is None
    assert unquoted_speaker("what did Japan say", _passages("Tokyo said it welcomed the plan."), layout) is None
    # How somebody reacted is told by what they said or did in answer: they must do so somewhere.
    assert unquoted_speaker("how did the Korean opposition leader react", ranked, layout) == "Korean opposition leader"
    assert unquoted_speaker("how did the US respond", ranked, layout) is None
    # A reaction may be an act ("Japan recalled its ambassador"), but of the one asked about: a strait's name is
    # no Taiwan reacting.
    assert unquoted_speaker("how did Taiwan react to the summit", ranked, layout) == "Taiwan"
    assert unquoted_speaker("how did Japan react", _passages("Japan recalled its ambassador."), layout) is None
    assert unquoted_speaker("how do you think the Korean opposition leader reacted", ranked, layout) is None
    # A word that tells two places apart is one a passage must have: North Korean media are not South Korea's.
    media = _passages("According to Chinese state media, the trip sparked strong opposition in South Korea.")
    assert unquoted_speaker("what did north korean state media say", media, layout) == "north korean state media"
    assert unquoted_speaker("how did North Korean state media react", media, layout) == "North Korean state media"
    assert unquoted_speaker("how did Chinese state media react", media, layout) is None
    # A passage that leaves the compass word out is no other place ("Korean President Yoon said").
    said = _passages("Korean President Yoon Suk Yeol said the visit mattered.")
    assert unquoted_speaker("what did the South Korean president say", said, layout) is None


def test_a_statement_or_a_reaction_on_an_event_is_one_the_asked_party_made_after_it():
    from rag.evidence import unquoted_speaker

    title = "Yoon flies to Tokyo for first summit in 12 years"
    body = ["Last year, Pyongyang declared that it had become a nuclear state.",
            "Korean media commented that it is unclear whether the visit will achieve results.",
            "Rahm Emanuel welcomed the warming of ties and said North Korea and China won’t be happy about it.",
            "“Working together on the strategic front is what North Korea is scared about,” he told CNN."]
    caption = "North Korea launches rocket at unknown location on March 10, 2023"
    text = "\n\n".join([title, *body, caption])
    sentences = [Sentence(source="a.md", start=text.index(t), end=text.index(t) + len(t), text=t,
                          kind="heading" if t in (title, caption) else "body") for t in [title, *body, caption]]
    layout = Layout(sentences, {"a.md": text})
    ranked = [Evidence(s, 1.0, 1.0, 1.0) for s in sentences]
    # What Pyongyang declared last year is no statement on the summit; "Korean media" may be the South's (a
    # capital names one country); North Korea in what Emanuel said, or in a quote, is not North Korea speaking.
    for question in ("what did Pyongyang say about the summit", "did Pyongyang put out any statement on the summit",
                     "any official reaction from Pyongyang?", "how did Pyongyang respond to the summit"):
        assert unquoted_speaker(question, ranked, layout) == "Pyongyang", question
    assert unquoted_speaker("what did Pyongyang say", ranked, layout) is None  # no event: "declared" is a statement
    assert unquoted_speaker("how did Pyongyang respond", ranked[:1] + ranked[-1:], layout) == "Pyongyang"  # a caption
    headline = Sentence(source="b.md", start=0, end=len(caption), text=caption, kind="heading")
    assert unquoted_speaker("how did Pyongyang respond", [Evidence(headline, 1.0, 1.0, 1.0)],
                            Layout([headline], {"b.md": caption})) is None  # …unless it is the headline
    # A country acts through the office its adjective names; a title in quotation marks is no quote.
    boycott = _passages("Mexican President Andrés Manuel López Obrador boycotted the summit.")
    assert unquoted_speaker("how did Mexico react to the summit", boycott, layout) is None
    saddened = _passages('"Batgirl" directors Adil El Arbi and Bilall Fallah said they were "saddened and shocked."')
    assert unquoted_speaker("how did the batgirl directors react", saddened, layout, lambda w: w == "batgirl") is None
    hailed = _passages("The move was welcomed by Japan and hailed by the White House.")
    assert unquoted_speaker("did the White House react to the plan", hailed, layout) is None
    assert unquoted_speaker("did the White House react to the plan", boycott, layout) == "White House"
    # Who speaks after the verb stays the speaker when no clause of his own follows.
    welcome = _passages("“We welcome it,” said Kishida at a news conference.")
    assert unquoted_speaker("how did Kishida react to the summit", welcome, layout) is None
    jointly = _passages("“We welcome it,” said Kishida and Yoon in a joint statement.")
    assert unquoted_speaker("what did Kishida say about the summit", jointly, layout) is None
    welcomed = _passages("China said it welcomed the summit.")
    assert unquoted_speaker("any reaction from China following the summit", welcomed, layout) is None


def test_a_title_speaks_as_the_one_the_articles_give_it_to():
    from index.lexicon import proper_names
    from rag.evidence import unquoted_speaker
    from rag.understand import titled_names

    text = "South Korean President Yoon arrived in Tokyo.\n\n“We share values,” Yoon said at a press conference."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    quote = "“We share values,” Yoon said at a press conference."
    sentences = [Sentence(source="a.md", start=text.index(quote), end=len(text), text=quote)]
    layout = Layout(sentences, {"a.md": text})
    ranked = [Evidence(s, 1.0, 1.0, 1.0) for s in sentences]
    question = "what did the South Korean President say at the press conference"
    assert unquoted_speaker(question, ranked, layout) == "South Korean President"
    assert unquoted_speaker(question, ranked, layout, titled=lambda w: titled_names(w, lexicon)) is None


def test_a_multi_part_question_none_of_whose_figures_is_given_goes_unanswered():
    from rag.evidence import parts_unanswered

    launch = _passages("North Korea fired an ICBM that landed off its east coast hours before the summit.")
    parts = ("how far did the ICBM fly", "how high did it go")
    assert parts_unanswered(parts, launch) == "no passage gives the distance or the height asked for"
    assert abstention_reason("how high are the tariffs on chips", _passages("The tariffs on chips are 25%."),
                             f=Focus({}), knows=lambda w: True, min_relevance=0.0, min_coverage=0.0) is None
    flew = _passages("The ICBM flew 1,000 km and reached an altitude of 6,000 km.")
    assert parts_unanswered(parts, flew) is None
    # One part asks for an account: what is found judges it, not a figure.
    assert parts_unanswered(("how far did the ICBM fly", "why was it fired"), launch) is None
    # A count of other things is no count of what a part asks about, read as a lone question reads it.
    fund = _passages("The two countries set up a fund for the victims of forced labor.")
    counted = ("how many victims will the fund pay", "how much does each get")
    assert parts_unanswered(counted, fund, alike=lambda word, candidates: set()) == (
        "no passage gives the figure asked for")
    assert parts_unanswered(counted, _passages("The fund will pay 15 victims of forced labor."),
                            alike=lambda word, candidates: set()) is None


def test_a_passage_that_says_only_the_x_is_cited_with_the_sentence_that_names_it():
    text = ("Analysts say Bed Bath & Beyond cut its air conditioning. The company is scaling back its AC.\n\n"
            "Sales fell. The company denied it.")
    parts = ["Analysts say Bed Bath & Beyond cut its air conditioning.", "The company is scaling back its AC.",
             "Sales fell.", "The company denied it."]
    sentences = [Sentence(source="a.md", start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    vectors = SentenceVectors(lambda texts: [[1.0, 0.0] for _ in texts])
    vectors.ensure(s.text for s in sentences)
    ranked = [Evidence(s, 1.0, 1.0, 1.0) for s in (sentences[1], sentences[3])]
    question = "Which company is scaling back the AC in its stores?"
    out = name_the_speaker(question, ranked, layout, vectors, head="company")
    assert out[0].sentence.text == " ".join(parts[:2]) and out[0].parts == tuple(parts[:2])
    assert out[1] == ranked[1]  # the sentence before it names nobody: nothing to join
    assert name_the_speaker(question, ranked, layout, vectors) == ranked  # no "which X": no pronoun to fill


def test_someone_elses_other_party_is_cited_with_the_sentence_after_that_names_another():
    # "Her host" is not Mr. Yoon, whom the sentence before names: the one after, naming Mr. Kishida, says who.
    text = ("Mr. Yoon pleaded for closer ties. Her host compared the thaw to cherry blossoms in Tokyo. "
            "And Mr. Kishida stressed the urgency of exchanges.")
    parts = ["Mr. Yoon pleaded for closer ties.", "Her host compared the thaw to cherry blossoms in Tokyo.",
             "And Mr. Kishida stressed the urgency of exchanges."]
    sentences = [Sentence(source="a.md", start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    vectors = SentenceVectors(lambda texts: [[1.0, 0.0] for _ in texts])
    vectors.ensure(s.text for s in sentences)
    ranked = [Evidence(sentences[1], 1.0, 1.0, 1.0)]
    out = name_the_speaker("who compared the thaw to cherry blossoms", ranked, layout, vectors)
    assert out[0].sentence.text == " ".join(parts[1:]) and out[0].parts == tuple(parts[1:])
    # A sentence that names the host itself is cited alone.
    named = text.replace("Her host compared", "Her host, Mr. Kishida, compared")
    spans = [Sentence("a.md", named.index(p), named.index(p) + len(p), p) for p in
             (parts[0], parts[1].replace("Her host compared", "Her host, Mr. Kishida, compared"), parts[2])]
    vectors.ensure(s.text for s in spans)
    out = name_the_speaker("who compared the thaw to cherry blossoms", [Evidence(spans[1], 1.0, 1.0, 1.0)],
                           Layout(spans, {"a.md": named}), vectors)
    assert "urgency" not in out[0].sentence.text
    # Where the sentence after names only the one "her" is, it says nothing of who the host is.
    again = text.replace("And Mr. Kishida", "And Mr. Yoon")
    moved = [Sentence("a.md", s.start, s.end, again[s.start : s.end]) for s in sentences]
    layout = Layout(moved, {"a.md": again})
    vectors.ensure(s.text for s in moved)
    out = name_the_speaker("who compared the thaw to cherry blossoms", [Evidence(moved[1], 1.0, 1.0, 1.0)], layout,
                           vectors)
    assert "Kishida" not in out[0].sentence.text and "urgency" not in out[0].sentence.text


def test_a_name_after_a_shortened_title_is_a_name():
    from rag.text import names

    assert names("It rained. And Mr. Kishida spoke; Dr. Lee left. Drs. Smith and Jones came.") == {
        "kishida", "lee", "smith", "jones"}
    assert "it" not in names("It rained. It stopped.")


def test_a_paragraph_whose_subject_is_the_x_is_cited_with_the_paragraph_before_that_names_it():
    # News gives each sentence its own paragraph: "The show…" speaks of the show the paragraph before named,
    # though it names a family and an award too; "the shows" too, in the plural.
    text = ("Just like Logan Roy himself, HBO's “Succession” once again comes out on top.\n\n"
            "The show, which follows the Roy family's fight, leads the Primetime Emmy Awards race with 25 nominations."
            "\n\nSales fell.\n\nIts rival, which follows Roy, won “Best Drama” from the show's critics.")
    parts = text.split("\n\n")
    sentences = [Sentence(source="a.md", start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    vectors = SentenceVectors(lambda texts: [[1.0, 0.0] for _ in texts])
    vectors.ensure(s.text for s in sentences)
    question = "Which show received the most nominations for the Emmy Awards?"
    ranked = [Evidence(sentences[1], 1.0, 1.0, 1.0), Evidence(sentences[3], 0.9, 1.0, 1.0)]
    out = name_the_speaker(question, ranked, layout, vectors, head="show")
    assert out[0].parts == tuple(parts[:2]) and "Succession" in out[0].sentence.text
    # "the show's" further in, beside a name of its own, may be the answer: nothing joined.
    assert out[1] == ranked[1]


def test_a_paragraph_that_opens_by_pointing_back_pairs_with_the_sentence_before_it():
    # "The move…" in a paragraph of its own speaks of what the paragraph before told; "The day before, …"
    # is a time, and a sentence that opens with a name points back to nothing.
    text = ("Seoul will compensate the victims through a foundation.\n\nThe move was hailed by the White House."
            "\n\nThe day before, they had dinner.\n\nTokyo welcomed it.")
    parts = text.split("\n\n")
    sentences = [Sentence(source="a.md", start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    paired = layout.pairs(sentences[1])
    assert [pair for _, pair in paired] == [tuple(parts[:2])]
    assert paired[0][0].text == text[: text.index(parts[1]) + len(parts[1])]
    assert layout.pairs(sentences[2]) == [] and layout.pairs(sentences[3]) == []


def test_a_capital_before_a_name_the_question_has_belongs_to_that_name():
    question = "Which show received the most nominations for the 2022 Emmy Awards?"
    assert answer_names("The show leads the 2022 Primetime Emmy Awards race with 25 nominations.", question) == []
    # A title before the name asked about is the question's own word; a name after a title still answers.
    assert answer_names("Nominated shows include “Succession” at the Emmy Awards.", question) == ["Succession"]


def test_names_that_answer_stand_next_to_what_the_question_describes():
    question = "How do the articles spell the North Korean leader's name?"
    assert answer_names("in the presence of the leader, Kim Jong-un, and his daughter", question) == ["Kim Jong-un"]
    assert answer_names("and most recently leader Kim Jong Un called for more weapons", question) == ["Kim Jong Un"]
    # Names far from "leader", and the question's own names, are not answers.
    assert answer_names("US military leaders expect a war with China to involve North Korea", question) == []


def test_a_name_that_opens_the_sentence_is_its_subject_and_answers_who():
    question = "who called the summit an important milestone"
    assert answer_names("Yoon’s office has hailed it as an important milestone.", question) == ["Yoon’s"]
    # A dictionary word that opens a sentence has its capital for that alone.
    assert answer_names("Officials hailed it as an important milestone.", question) == []


def test_a_title_in_quotes_is_a_name_and_a_weekday_is_none():
    question = "Which show received the most nominations?"
    assert answer_names("“Succession” earned the most nominations of any show.", question) == ["Succession"]
    assert answer_names("“We won,” he said of the show and its nominations.", question) == []  # a quote's first word
    assert answer_names("The shows on Tuesday earned several nominations.", question) == []


def test_irregular_verb_forms_meet_their_base():
    assert terms("They held a summit") == terms("They hold a summit")
    assert terms("Yoon met Kishida")[1] == terms("to meet")[0]


def test_terms_only_the_conversation_supplies_count_less():
    f = focus("What did they have for dinner?", context="What did they have for dinner? (Yoon Kishida)",
              idf=lambda t: 2.0)
    assert f.weights["dinner"] == 2.0 and f.weights["yoon"] == pytest.approx(0.6)
    assert coverage(f, "an informal dinner around a sukiyaki") > coverage(f, "Yoon met Kishida")


def test_words_the_articles_never_use_weigh_the_most():
    idf = {"summit": 1.0, "weather": 4.0}
    f = focus("What was the weather at the summit?", idf=idf.__getitem__)
    assert coverage(f, "the first summit in 12 years") == pytest.approx(0.2)


def test_the_answer_type_is_credited_only_when_asked():
    f = Focus({"summit": 1.0}, "number")
    assert coverage(f, "the summit, the first in 12 years", typed=True) == 1.0
    assert coverage(f, "the summit, the first in 12 years", typed=False) == 1.0
    assert coverage(f, "the summit in Tokyo", typed=True) == 0.5


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embeddings) -> Chatbot:
    folder = tmp_path_factory.mktemp("evidence-index")
    settings = Settings(index=IndexSettings(index_dir=folder))
    chatbot = Chatbot(settings, index=NewsIndex(settings.index, embeddings=embeddings))
    chatbot.prepare()
    return chatbot


def test_layout_knows_paragraph_neighbours_and_who_posted(bot):
    index = bot.index
    chunks = index.chunks()
    texts = {a.source: a.text for a in index.articles()}
    layout = Layout([s for c in chunks for s in c.sentences], texts)
    sentences = {s.text: s for c in chunks for s in c.sentences}
    post = next(s for t, s in sentences.items() if t.startswith("Japan plans to lift restrictions"))
    assert post.kind == "social"
    assert layout.context(post) == "— Bloomberg Economics (@economics) March 16, 2023"
    alliance = next(s for t, s in sentences.items() if "broad alliance" in t)
    after = layout.after[(alliance.source, alliance.start)]
    assert after.text == "A new front building in East Asia, so to speak."
    # A paragraph's last sentence has no neighbour in the next paragraph.
    last = next(s for t, s in sentences.items() if t.startswith("Yoon announced the “normalization” of the GSOMIA"))
    assert (last.source, last.start) not in layout.after


def test_two_sentences_that_answer_together_are_cited_as_one_passage(bot):
    answer = bot.ask("What is the US trying to set up in East Asia?")
    assert not answer.abstained and "alliance" in answer.text and "East Asia" in answer.text
    pair = next(c for c in answer.citations if "alliance" in c.quote)
    assert pair.quote.endswith("A new front building in East Asia, so to speak.")
    assert original(SEEDS / pair.source)[pair.start : pair.end] == pair.quote


def test_an_embedded_post_is_found_by_who_posted_it_and_its_attribution_is_never_an_answer(bot):
    answer = bot.ask("What does the embedded Bloomberg Economics post say Japan plans to do?")
    assert not answer.abstained and "semiconductor materials" in answer.text
    # The line that signs the post is cited with the post, never alone.
    cited = next(c for c in answer.citations if "semiconductor materials" in c.quote)
    assert cited.quote.startswith("Japan plans") and cited.quote.endswith("(@economics) March 16, 2023")
    assert not any(c.quote.startswith("—") for c in answer.citations)


def test_who_wrote_an_embedded_post_is_the_line_under_it(bot):
    answer = bot.ask("Who compared the Japanese flag to a swastika?")
    assert not answer.abstained and "@CV18Captain" in answer.text
    cited = next(c for c in answer.citations if "swastika" in c.quote)
    assert cited.quote.endswith("March 16, 2023") and "Manchurian Candidate" in cited.quote
    assert original(SEEDS / cited.source)[cited.start : cited.end] == cited.quote


def test_a_caption_answers(bot):
    answer = bot.ask("When did North Korea launch a rocket at an unknown location?")
    assert not answer.abstained and "March 10, 2023" in answer.text


def test_a_spelling_question_gets_each_outlets_spelling_of_the_same_person(bot):
    answer = bot.ask("How do the outlets spell the South Korean president's name?")
    for spelling in ("Yoon Suk-yeol", "Yoon Seok-youl", "Yoon Suk-yue"):
        assert spelling in answer.text
    assert "Moon Jae-in" not in answer.text  # his predecessor, also "South Korean President" in one outlet
    assert len({c.source for c in answer.citations}) >= 3


def test_a_respelled_name_with_its_possessive_is_the_articles_name(bot):
    # No word of "Yun Sok-yol" is the articles': its "'s" made it somebody else's name, never respelled.
    answer = bot.ask("how did Yun Sok-yol's office describe the summit")
    assert not answer.abstained and "milestone" in answer.text


def test_a_yes_no_follow_up_is_not_refused_for_a_thing_only_the_conversation_named(bot):
    first = bot.ask("ok so whats on the menu at their dinner lol")
    assert not first.abstained and "sukiyaki" in first.text  # the articles never write "menu"
    history = [{"role": "user", "content": first.question}, {"role": "assistant", "content": first.text}]
    assert not bot.ask("did they resume the security dialogue", history).abstained
    assert bot.ask("did they eat bulgogi", history).abstained  # its own thing, which the articles never mention


def test_a_new_topic_after_a_conversation_is_judged_on_its_own_terms(bot):
    first = bot.ask("Which chemicals did Japan stop restricting?")
    history = [{"role": "user", "content": first.question}, {"role": "assistant", "content": first.text}]
    # A question that names its own subject is no follow-up, whatever "the summit" it mentions: the
    # conversation's words must not answer for it (the weather in Tokyo, asked alone, is a known miss:
    # UNANSWERABLE_MISSED in tests/questions.py).
    new_topic = bot.ask("What did Joe Biden say during the summit?", history)
    assert new_topic.abstained and new_topic.search_query == "What did Joe Biden say during the summit?"
    assert not bot.ask("What industry are they essential to?", history).abstained


def test_an_abstention_names_what_the_articles_never_mention_as_the_question_spells_it(bot):
    answer = bot.ask("What did Joe Biden say about the GDP of Japan?")
    assert answer.abstained and "the articles never mention Joe Biden, GDP" in answer.text


def test_a_follow_up_is_ranked_by_what_it_asks_not_by_the_conversation(bot):
    first = bot.ask("What did Yoon announce about the GSOMIA?")
    history = [{"role": "user", "content": first.question}, {"role": "assistant", "content": first.text}]
    answer = bot.ask("Why was it shelved?", history)
    assert not answer.abstained and answer.text.startswith("It had been shelved in 2019")


def test_a_figure_next_to_the_word_the_question_puts_before_what_it_counts_answers():
    text = "Yoon was accompanied by the leaders of four major conglomerates, Samsung, Hyundai, SK and LG."
    unlike = lambda word, candidates: set()  # noqa: E731  (no word of the passage is like "bosses")
    assert _gives("number", None, text, "how many conglomerate bosses went with Yoon", None, unlike)
    assert not _gives("number", None, text, "how many bosses went with Yoon", None, unlike)


def test_how_long_asks_for_a_length_of_time_not_any_figure():
    question = "how long did japan occupy korea"
    assert answer_type(question) == "number"
    assert has_answer_type("number", "Japan's 35-year colonial rule of the Korean peninsula", question)
    assert has_answer_type("number", "imperial rule of Korea from 1910 to 1945", question)
    assert not has_answer_type("number", "the occupation in the early 20th century", question)
    assert not has_answer_type("number", "ties at their lowest point in decades", question)


def test_a_figure_only_expected_does_not_answer_how_much_was_done():
    from rag.evidence import _figures_supposed

    q = "how much did the Fed hike rates at the July meeting"
    assert _figures_supposed("The Fed is widely expected to raise rates by at least 75 basis points.", q)
    assert not _figures_supposed("The Fed raised rates by 75 basis points, the most since 1994.", q)
    assert not _figures_supposed("The Fed raised rates by 75 basis points, and more hikes could follow.", q)
    assert not _figures_supposed("The Fed held rates.", q)  # no figure at all: nothing supposed
    # "How many years": the years counted ("face up to 20 years"), not an age beside them.
    years = "how many years did Balwani get sentenced to"
    assert _figures_supposed("Both Holmes, 38, and Balwani, 57, face up to 20 years in prison.", years)
    assert not _figures_supposed("Balwani, 57, was sentenced to 13 years in prison.", years)


def test_an_act_the_articles_tell_only_as_not_done_denies_the_premise():
    from rag.evidence import denied_act

    q = "why did Castro fire Lamas"
    denied = ["Rather than fire Lamas, Castro chose to settle.", "Lamas could sue even if Castro fired him."]
    assert denied_act("Castro fire Lamas", q, denied) == ("fire", "Rather than fire", 0)
    assert denied_act("Castro fire Lamas", q, ["Castro fired Lamas in May.", *denied]) is None  # told as done
    assert denied_act("Castro fire Lamas", q, denied[1:]) is None  # only supposed: neither done nor denied
    assert denied_act("Castro fire Lamas", "why didn't Castro fire Lamas", denied) is None  # asks what was not done
    assert denied_act("Sheen change his name", "why did Sheen change his name",
                      ["I never changed my name officially.", "His agent advised him to change his name."]) == (
        "change", "never changed", 0)
    assert denied_act("Castro fire Lamas", q, ["Rather than fire the coach, the board waited."]) is None  # another
    assert denied_act("Jones attend court", "why did Jones attend court on Thursday",
                      ["Jones didn't attend court on Thursday."]) == ("attend", "didn't attend", 0)  # the whole word


def test_a_phrasal_verb_is_checked_with_its_particle():
    assert presupposed_action("Japan beefing up its military") == "beefing up"
    assert presupposed_action("Kishida cancel his trip to Seoul") == "cancel"


def test_an_opinion_is_no_act_the_act_is_what_is_held():
    # "why does Emanuel reckon the countries were pushed together": the articles need not say "reckon".
    assert presupposed_action("Emanuel reckon the countries were pushed together") == "pushed"
    assert presupposed_action("Kishida believe Seoul will cancel the deal") == "cancel"
    assert presupposed_action("Yoon reckon") == "reckon"  # held alone, it is the act
    # Verbs with another sense are acts: "assume control"; "believe in" is no opinion of an act.
    assert presupposed_action("Japan assume control of Korea") == "assume"
    assert presupposed_action("they believe in sanctions") != "sanctions"
    # So is the manner of saying: "stressing", "insist" are the asker's words for what was said.
    assert presupposed_action("Kishida stressing the need to cancel the trip") == "cancel"
    assert presupposed_action("Yoon insist Japan apologize") == "apologize"
    # "is to blame" says who answers for the act after it; blaming someone is an act.
    assert presupposed_action("Emanuel say China is to blame for pushing them together") == "pushing"
    assert presupposed_action("China blame the US") == "blame"
    assert presupposed_action("Emanuel say China is partly to blame for pushing them together") == "pushing"
    # Saying that is an act of its own is checked: "warn China", "urge calm".
    assert presupposed_action("Japan warn China") == "warn"


def test_an_adjective_after_a_word_of_degree_is_no_act_to_look_for():
    assert presupposed_action("South Koreans so negative toward China") is None  # "negative" is a verb too
    assert presupposed_action("Seoul negative the proposal") == "negative"
    assert presupposed_action("the very popular Kishida resign") == "resign"  # the act after it is still read


def test_a_word_after_a_determiner_and_a_peoples_word_is_a_noun_not_the_act():
    # "premier" is a verb too; after "the Japanese" it is the office, and the act is the meeting.
    assert presupposed_action("President Yoon and the Japanese premier Kishida Fumio criticized the plan") == "criticized"
    # A name with its article is who acts: "the White House slam…" still slams; so do a people ("the Chinese").
    assert presupposed_action("the White House slam SK's plan") == "slam"
    assert presupposed_action("the Chinese oppose the plan") == "oppose"


def test_an_everyday_word_written_as_a_name_before_the_kind_asked_for_is_no_name_to_find():
    articles = {"cnn.md": "North Korea is scared of the cooperation, the ambassador told CNN.",
                "ivy.md": "Dartmouth, an Ivy League school, ends loans for undergraduates."}
    lexicon = Lexicon.from_texts(articles.values(), ["North Korea", "CNN", "Ivy League", "Dartmouth"])
    known = {source: frozenset(terms(text)) | numbers(text) for source, text in articles.items()}
    absent = lambda q, found: absent_names(q, found, known.__getitem__, lexicon)  # noqa: E731
    # "TV" says which kind of station; the answer names it ("CNN").
    assert absent("Who said North Korea is scared, and to which TV-station?", ["cnn.md"]) == []
    assert absent("Who said North Korea is scared, and to which TV network?", ["cnn.md"]) == []
    # A name before the kind is still one to find, and so is who acts after "what".
    assert absent("Which Ivy League school said North Korea is scared?", ["cnn.md"]) == ["Ivy League"]
    assert absent("Which White House official said North Korea is scared?", ["cnn.md"]) == ["White House"]
    assert absent("What Dartmouth said", ["cnn.md"]) == ["Dartmouth"]


def test_an_act_only_meant_or_planned_is_the_verb_after_to():
    # "supposed to meet": the meeting is the act; "supposed" is no act a passage must tell.
    assert presupposed_action("the militia originally supposed to discuss the march") == "discuss"
    assert presupposed_action("Kishida expected to cancel the trip") == "cancel"
    assert presupposed_action("Kishida supposed the trip was off") == "supposed"  # no "to": the act
    assert presupposed_action("they plan to cancel the trip") == "cancel"  # in any form of the verb


def _fixed(texts: dict[str, list[float]], lexical: float = 0.0) -> tuple[SentenceVectors, Any]:
    """Vectors fixed per text, and a maker of evidence from a text ("a: …": source "a") and its score."""
    vectors = SentenceVectors(lambda batch: [texts[t] for t in batch])
    vectors.ensure(texts)

    def ev(text: str, score: float) -> Evidence:
        return Evidence(Sentence(source=text[0], start=0, end=len(text), text=text), score, score, lexical)

    return vectors, ev


def _unlike(*texts: str) -> tuple[SentenceVectors, Any]:
    """:func:`_fixed` for sentences wholly unlike one another (each its own axis)."""
    return _fixed({t: [1.0 if i == j else 0.0 for j in range(len(texts))] for i, t in enumerate(texts)})


def test_an_overview_prefers_the_points_several_outlets_report():
    from rag.compose import select_sentences

    # Two outlets report the export curbs (alike vectors); one alone tells of a dinner, and scores a bit higher.
    texts = {"a: curbs lifted": [1.0, 0.0, 0.0], "b: curbs lifted too": [0.98, 0.2, 0.0],
             "a: a dinner": [0.0, 1.0, 0.0], "c: a dinner menu": [0.0, 0.0, 1.0]}
    vectors, ev = _fixed(texts)

    ranked = [ev("a: a dinner", 0.62), ev("c: a dinner menu", 0.61), ev("a: curbs lifted", 0.6),
              ev("b: curbs lifted too", 0.5)]
    [first] = select_sentences("summarize", ranked, vectors, max_sentences=4, shape="summary")[:1]
    assert first.sentence.text == "a: curbs lifted"


def test_a_file_named_by_its_number_is_no_figure_a_premise_takes_for_granted():
    from rag.evidence import _premise_names

    # "according to 000": the article's file (a source word), not a figure that a passage must tell with Japan.
    said = "why Japan and Korea are not good friends according to 000"
    assert ["000"] not in _premise_names(said, lambda w: False, frozenset({"000"}))
    assert ["000"] in _premise_names(said, lambda w: False, frozenset())


def test_an_overview_of_the_collection_ranks_what_outlets_report_and_what_was_decided_over_the_request_echo():
    from rag.compose import central_points

    # Every outlet names the summit (the request's words); two report the curbs lifted, and a decision.
    echo = "a: Yoon met Kishida at the summit."
    curbs, curbs_too = "b: Japan will lift export curbs.", "c: Japan will lift export curbs on chemicals."
    earlier = "In September, the two leaders agreed to improve relations."  # source "I"
    vectors, ev = _fixed({echo: [1.0, 0.0, 0.0], curbs: [0.0, 1.0, 0.0], curbs_too: [0.0, 0.98, 0.2],
                          earlier: [0.0, 0.0, 1.0]})
    ranked = [ev(echo, 0.7), ev(earlier, 0.6), ev(curbs, 0.3), ev(curbs_too, 0.25)]

    out = central_points(ranked, vectors, outcomes=True)
    assert [e.sentence.text for e in out[:2]] == [curbs, curbs_too]
    assert out[-1].sentence.text == earlier  # what an earlier meeting agreed is no outcome of this one
    # Not an overview of outcomes: the decision counts no more, the outlets' agreement still does.
    plain = {e.sentence.text: e.score for e in central_points(ranked, vectors, outcomes=False)}
    told = {e.sentence.text: e.score for e in out}
    assert told[curbs] > plain[curbs] and told[echo] == plain[echo]
    assert plain[curbs_too] > 0.5 * 0.25  # half its closeness, and the outlet that reports it too
    # A headline is no point of an overview.
    headline = Evidence(Sentence(source="d", start=0, end=6, text="Summit", kind="heading"), 0.9, 0.9, 0.0)
    assert all(e.sentence.kind == "body" for e in central_points([headline, *ranked], vectors, outcomes=True))


def test_a_closest_passage_that_names_its_thing_by_a_pronoun_goes_with_the_one_that_names_it():
    from rag.compose import select_sentences

    regret = "a: Years later, Albright would call it her greatest regret."
    named = "a: Rwandan genocide among Albright's greatest regrets"
    declared = "a: Last year, Pyongyang declared that it had become a nuclear state."
    elsewhere = "b: Rwandan genocide among Albright's greatest regrets, another outlet wrote"
    vectors, _ = _fixed({regret: [1.0, 0.0, 0.0], named: [0.0, 1.0, 0.0], declared: [0.0, 0.0, 1.0],
                         elsewhere: [0.0, 1.0, 0.0]})

    def ev(text: str, score: float, start: int) -> Evidence:
        return Evidence(Sentence(source=text[0], start=start, end=start + len(text), text=text), score, score, 0.5)

    def chosen(question: str, *ranked: Evidence) -> list[str]:
        return [e.sentence.text for e in select_sentences(question, ranked, vectors, max_sentences=3)]

    # "call it": what "it" is, the next close passage of the same article says; it goes along.
    assert chosen("what did Albright call her greatest regret", ev(regret, 0.9, 500), ev(named, 0.55, 0)) == [
        regret, named]
    # Another article's passage, one far below the best, or a "that" opening a clause: no referent looked for.
    assert chosen("what did Albright call her greatest regret", ev(regret, 0.9, 500), ev(elsewhere, 0.55, 0)) == [
        regret]
    assert chosen("what did Albright call her greatest regret", ev(regret, 0.9, 500), ev(named, 0.3, 0)) == [regret]
    assert chosen("what did Pyongyang declare", ev(declared, 0.9, 500), ev(named, 0.55, 0)) == [declared]
    # "It" as a clause's subject points back at nothing ("Apple announced it will open a campus").
    from rag.compose import _points_back
    assert not _points_back("what did Apple announce", "Apple announced it will open a campus.")
    assert not _points_back("what did the court decide", "The court decided that the law was void.")
    # One sentence asked for is one sentence given.
    assert len(select_sentences("what did Albright call her greatest regret", [ev(regret, 0.9, 500), ev(named, 0.55, 0)],
                                vectors, max_sentences=1)) == 1


def test_an_overview_of_what_an_event_produced_prefers_its_decisions():
    from rag.compose import select_sentences

    vectors, ev = _unlike("a: they met in Tokyo", "b: Japan will lift the curbs", "c: they met in New York before")

    ranked = [ev("a: they met in Tokyo", 0.7), ev("c: they met in New York before", 0.65),
              ev("b: Japan will lift the curbs", 0.45)]
    plain = select_sentences("tldr", ranked, vectors, max_sentences=4, shape="summary")
    produced = select_sentences("tldr", ranked, vectors, max_sentences=4, shape="summary", outcomes=True)
    assert [e.sentence.text for e in plain][:2] == ["a: they met in Tokyo", "c: they met in New York before"]
    assert {e.sentence.text for e in produced[:2]} == {"a: they met in Tokyo", "b: Japan will lift the curbs"}

    # What an earlier meeting agreed, told as background ("In September, … agreed"), is no outcome of this one.
    vectors, ev = _unlike("In September, they agreed to improve relations.", "Japan will lift the curbs.",
                          "They met in Tokyo on Thursday.")
    ranked = [ev("In September, they agreed to improve relations.", 0.7), ev("They met in Tokyo on Thursday.", 0.6),
              ev("Japan will lift the curbs.", 0.45)]
    produced = select_sentences("what was agreed", ranked, vectors, max_sentences=4, shape="summary", outcomes=True)
    assert produced[0].sentence.text == "Japan will lift the curbs."


def test_an_overview_of_the_background_prefers_what_is_dated():
    from rag.compose import select_sentences

    vectors, ev = _unlike("a: they want to share intelligence", "b: the pact was signed in 2016",
                          "c: they met in Tokyo on Thursday")
    ranked = [ev("a: they want to share intelligence", 0.7), ev("c: they met in Tokyo on Thursday", 0.6),
              ev("b: the pact was signed in 2016", 0.5)]
    plain = select_sentences("gsomia in two points", ranked, vectors, max_sentences=4, shape="summary")
    before = select_sentences("gsomia backstory in two points", ranked, vectors, max_sentences=4, shape="summary",
                              background=True)
    assert "b: the pact was signed in 2016" not in [e.sentence.text for e in plain]
    assert "b: the pact was signed in 2016" in [e.sentence.text for e in before]


def test_an_overview_does_not_make_a_point_again_inside_two_sentences_joined():
    import dataclasses

    from rag.compose import select_sentences

    # b's pair joins the curbs point (said by a already) to a dinner: their joint vector is far from both.
    texts = {"a: curbs lifted": [1.0, 0.0, 0.0], "b: curbs lifted too": [0.99, 0.1, 0.0],
             "b: a dinner": [0.0, 1.0, 0.0], "c: a visit": [0.0, 0.0, 1.0]}
    vectors, ev = _fixed(texts)
    pair = "b: curbs lifted too b: a dinner"
    vectors.combine(pair, ["b: curbs lifted too", "b: a dinner"])
    joined = dataclasses.replace(ev(pair, 0.65), parts=("b: curbs lifted too", "b: a dinner"))

    ranked = [ev("a: curbs lifted", 0.7), joined, ev("c: a visit", 0.4)]
    chosen = select_sentences("summarize", ranked, vectors, max_sentences=4, shape="summary")
    assert [e.sentence.text for e in chosen] == ["a: curbs lifted", "c: a visit"]


def test_an_overview_tells_each_point_once_before_it_tells_one_again():
    from rag.compose import select_sentences

    # b says a's point in other words (cosine 0.75: not the same sentence, the same point); c and d are others.
    texts = {"a: security talks resume": [1.0, 0.0, 0.0, 0.0], "b: the dialogue restarts": [0.75, 0.66, 0.0, 0.0],
             "c: curbs lifted": [0.0, 0.0, 1.0, 0.0], "d: visits resume": [0.0, 0.0, 0.0, 1.0]}
    vectors, ev = _fixed(texts)
    ranked = [ev("a: security talks resume", 0.7), ev("b: the dialogue restarts", 0.68), ev("c: curbs lifted", 0.3),
              ev("d: visits resume", 0.25)]
    three = select_sentences("what was agreed", ranked, vectors, max_sentences=4, shape="summary")
    assert [e.sentence.text for e in three][:3] == ["a: security talks resume", "c: curbs lifted", "d: visits resume"]
    # With no other point left, the point told again still has its place.
    assert len(select_sentences("what was agreed in 4 points", ranked, vectors, max_sentences=4,
                                shape="summary")) == 4


def test_a_why_question_keeps_its_closest_passage_first_and_adds_other_reasons():
    from rag.compose import select_sentences

    texts = {"a: to deter the North": [1.0, 0.0, 0.0], "b: to deter the North too": [0.99, 0.1, 0.0],
             "c: Washington pushed": [0.0, 1.0, 0.0], "d: China worries them": [0.0, 0.0, 1.0],
             "d: a stray sentence elsewhere": [0.0, 0.6, 0.8]}
    vectors, ev = _fixed(texts, lexical=0.5)

    ranked = [ev("a: to deter the North", 0.7), ev("b: to deter the North too", 0.69), ev("c: Washington pushed", 0.5),
              ev("d: China worries them", 0.45), ev("d: a stray sentence elsewhere", 0.3)]  # the last: below the floor
    fact = select_sentences("what did they agree on", ranked, vectors, max_sentences=2)
    why = select_sentences("so why are they friends now", ranked, vectors, max_sentences=2)
    assert [e.sentence.text for e in fact] == ["a: to deter the North"]  # the rest is redundant or too far below
    assert [e.sentence.text for e in why] == ["a: to deter the North", "c: Washington pushed", "d: China worries them"]


def test_a_why_question_prefers_the_sentences_that_give_causes():
    from rag.compose import select_sentences

    texts = {"a: they met in Tokyo": [1.0, 0.0, 0.0, 0.0], "b: relations were frosty for years": [0.0, 1.0, 0.0, 0.0],
             "c: they met because the North fires missiles": [0.0, 0.0, 1.0, 0.0],
             "d: China appears to have been a big factor": [0.0, 0.0, 0.0, 1.0]}
    vectors, ev = _fixed(texts, lexical=0.5)
    ranked = [ev("a: they met in Tokyo", 0.7), ev("b: relations were frosty for years", 0.62),
              ev("c: they met because the North fires missiles", 0.58),
              ev("d: China appears to have been a big factor", 0.55)]
    why = select_sentences("why did they make up", ranked, vectors, max_sentences=2)
    assert [e.sentence.text for e in why] == ["a: they met in Tokyo", "c: they met because the North fires missiles",
                                              "d: China appears to have been a big factor"]


def test_an_account_never_repeats_a_sentence_with_its_neighbour_joined():
    from rag.compose import select_sentences

    one, joined, other = "Unions objected.", "Unions objected. Jobs will go.", "Berg resigned."
    texts = {one: [1.0, 0.0, 0.0], joined: [0.5, 0.0, 0.86], other: [0.0, 1.0, 0.0]}
    vectors = SentenceVectors(lambda batch: [texts[t] for t in batch])
    vectors.ensure(texts)
    ranked = [Evidence(Sentence("a.md", 0, 16, one), 0.7, 0.7, 0.5),
              Evidence(Sentence("b.md", 0, 14, other), 0.6, 0.6, 0.5),
              Evidence(Sentence("a.md", 0, 30, joined), 0.55, 0.55, 0.5)]
    chosen = select_sentences("why did they cut pensions", ranked, vectors, max_sentences=2)
    assert [e.sentence.text for e in chosen] == [one, other]


def test_a_word_made_of_the_questions_own_name_is_no_answer():
    question = "Who said that both countries should share information on North Korean missile trajectories?"
    # "Korea’s" is the question's "North Korean": the passage names nobody, so the speaker is looked for.
    assert answer_names("Both should share information on North Korea’s missile launches, he said.", question) == []
    assert answer_names("Yoon said both should share information on missile launches.", question) == ["Yoon"]


def test_sentence_search_finds_the_chunk_of_a_sentence_that_says_it_in_other_words(embeddings):
    from index import Chunk
    from rag.evidence import SentenceVectors
    from rag.retrieval import SentenceSearch

    said = ["Mr. Yoon was accompanied by the leaders of four major conglomerates.", "Tokyo lifted curbs.",
            "Prices rose in Seoul.", "Rain fell all week."]
    chunks = [Chunk(f"{i}.txt", 0, len(t), t, i, f"h{i}", (Sentence(f"{i}.txt", 0, len(t), t),))
              for i, t in enumerate(said)]
    vectors = SentenceVectors(embeddings.embed_documents)
    vectors.ensure(said)
    search = SentenceSearch(chunks, vectors.get, ("body",))
    found = search.search(embeddings.embed_query("Which companies went with Yoon?"), k=1)
    assert [c.source for c, _ in found] == ["0.txt"]
    assert search.search(embeddings.embed_query("anything"), k=0) == []
    assert SentenceSearch([], vectors.get, ("body",)).search([1.0, 0.0], k=3) == []


def test_an_outlet_told_is_named_by_its_name_not_its_kind(embeddings):
    from rag.evidence import SentenceVectors, unmatched_focus

    vectors = SentenceVectors(embeddings.embed_documents)
    told, untold = _passages("A South Korean defence ministry official told AFP on Saturday that GSOMIA will resume.",
                             "A South Korean defence ministry official said on Saturday that GSOMIA will resume.")
    question = "which wire service did the korean defence official talk to about gsomia"
    assert unmatched_focus(question, [told], vectors) == []  # "AFP" is the wire service asked for
    assert unmatched_focus(question, [untold], vectors)  # no outlet named: no wire service


def test_which_x_prefers_a_passage_that_speaks_of_an_x(embeddings):
    from rag.evidence import SentenceVectors, prefer_the_head

    vectors = SentenceVectors(embeddings.embed_documents)
    trip, named = _passages("Yoon's trip to Japan sparked strong opposition.",
                            "Yoon was accompanied by the leaders of four major conglomerates, Samsung and LG.")
    ranked = [dataclasses.replace(trip, score=1.0), dataclasses.replace(named, score=0.9)]
    out = prefer_the_head("Which companies went with Yoon on his trip to Japan?", ranked, vectors, is_name=str.istitle)
    assert out[0].sentence.text.startswith("Yoon was accompanied")  # "conglomerates" is like "companies"
    assert prefer_the_head("What did Yoon say on his trip?", ranked, vectors, is_name=str.istitle) == ranked
    # "Which network did X talk to": the one told ("…, told CNN"), which no passage calls a network.
    said, told = _passages("Emanuel said the three countries held 40 meetings last year.",
                           "It is what China fears, Rahm Emanuel, the US ambassador, told CNN on Thursday.")
    ranked = [dataclasses.replace(said, score=0.45), dataclasses.replace(told, score=0.36)]
    out = tell_the_recipient("which network did Emanuel talk to", ranked)
    assert out[0].sentence.text.endswith("told CNN on Thursday.")
    # Asked which network reported something, who was told is not the point.
    assert tell_the_recipient("which network reported the meetings", ranked)[0].sentence == said.sentence
    # "Which country…": the one that names another country, though it has no word "country".
    head, named = _passages("NATO formally invites Finland and Sweden to join the alliance.",
                            "The leaders met after Turkey dropped its objections to the two joining NATO.")
    ranked = [dataclasses.replace(head, score=0.6), dataclasses.replace(named, score=0.5)]
    out = prefer_the_head("which country was blocking Sweden and Finland from NATO", ranked, vectors,
                          is_name=str.istitle)
    assert out[0].sentence == named.sentence
    # A capital where it happened is no country asked for.
    [venue] = _passages("The leaders met in Madrid on Tuesday to talk about NATO.")
    ranked = [dataclasses.replace(head, score=0.6), dataclasses.replace(venue, score=0.5)]
    out = prefer_the_head("which country was blocking Sweden and Finland from NATO", ranked, vectors,
                          is_name=str.istitle)
    assert out[0].sentence == head.sentence


def test_which_of_these_x_asks_for_an_x():
    from rag.evidence import which_head

    assert which_head("Which of these shows had the most nominations?") == "shows"
    assert which_head("which of the two schools is leaving") == "schools"
    assert which_head("which show won") == "show"
    assert which_head("which one of them won") == "one"
    assert which_head("which of all the teams won") == "teams"
    assert which_head("which of the following two countries won") == "countries"
    # No X named: a quiz's "which of the following…", "which of these is true".
    assert which_head("which of the following best describes it") is None
    assert which_head("which of these is true") is None


def test_when_something_was_said_may_be_told_by_the_occasion():
    said = "“We should share information,” Yoon said at a press conference following his meeting with Kishida."
    assert has_answer_type("date", said, "when did he say that")
    assert not has_answer_type("date", "Yoon said they should share information.", "when did he say that")
    assert not has_answer_type("date", said, "when did the summit take place")  # an event asks for its date


def test_an_institution_the_articles_found_never_name_is_not_theirs():
    texts = ["Joel Atkinson, a professor at Hankuk University of Foreign Studies, said so.",
             "Emanuel told CNN on Thursday. A South Korean defense ministry official told AFP."]
    # Typed in lower case, "fox" and "national" are common words: where they stand says they name something.
    assert unnamed_institution("what did emanuel tell fox news", texts) == "fox news"
    assert unnamed_institution("what does seoul national university professor atkinson say", texts) == (
        "seoul national university")
    # The articles' own institutions, as they spell them or in British spelling, and no name at all.
    for asked in ("what did the hankuk university professor say", "what did the sk defence ministry official say",
                  "which broadcaster reported it", "is this the news"):
        assert unnamed_institution(asked, texts) is None, asked


def test_a_word_for_anybody_after_an_office_asks_the_office_holders_name():
    assert _named_head("whats the name of the ambassador guy who went on cnn") == "ambassador"
    assert _named_head("what is the name of the guy who went on cnn") == "guy"
    assert _named_head("what is the name of the police woman who spoke") == "woman"  # "police" is no office


def test_a_name_after_the_thing_named_in_lower_case_opens_what_was_done_to_it():
    assert _named_head("what was the name of the missile North Korea launched") == "missile"
    assert _named_head("what is the name of the foundation Seoul set up") == "foundation"
    # Not after a word that describes, nor inside a name: the last noun of the phrase is the head.
    assert _named_head("what is the name of the former Samsung chief") == "chief"
    assert _named_head("what is the name of the opposition Democratic Party leader") == "leader"
    assert _named_head("what are the names of the Times Square victims") == "victims"
    # "an intercontinental ballistic missile" names no missile; "the Hwasong-17" does.
    question = "what was the name of the missile North Korea launched"
    assert not _gives("name", None, "North Korea test-fired an intercontinental ballistic missile.", question,
                      _named_head(question))


def test_a_question_that_asks_for_a_name_needs_a_passage_that_gives_it():
    question = "who is the defense ministry official that told AFP, do we have a name?"
    unnamed = "A South Korean defense ministry official told AFP on Saturday."
    assert not _gives("name", None, unnamed, question, _named_head(question))
    assert _gives("name", None, "Defense ministry official Lee Jong-sup told AFP on Saturday.", question,
                  _named_head(question))
    assert answer_type("whats his name") == "name" and _named_head("whats the name of the envoy") == "envoy"
    # Word for word from German: "which name has the foundation" asks the foundation's name.
    assert _named_head("Which name has the public foundation for the compensation?") == "foundation"
    # The words that narrow the head must be there too: the prime minister is no foreign minister.
    question = "whats the name of the japanese foreign minister in all this"
    assert _named_head(question) == "minister"
    assert not _gives("name", None, "Yoon met Japanese Prime Minister Fumio Kishida.", question, "minister")
    assert _gives("name", None, "Japanese Foreign Minister Yoshimasa Hayashi met Park Jin.", question, "minister")
    assert _gives("name", None, "Foreign Minister Yoshimasa Hayashi told reporters.", question, "minister")  # whose


@pytest.mark.parametrize("question, head", [
    ("whats the foundation called thats paying the victims", "foundation"),
    ("what was the operation called", "operation"),
    ("what are the new missiles called?", "missiles"),
])
def test_what_a_thing_is_called_asks_its_name(question, head):
    assert _NAME_OF.search(question) and _named_head(question) == head
    unnamed = "Victims will be paid through a public foundation funded by private companies."
    assert not _gives("name", None, unnamed, question, head)


def test_the_name_asked_for_is_of_the_last_noun_of_a_long_description():
    question = "whats the name of the 101 year old ex nazi guard"
    assert _named_head(question) == "guard"  # not "the", read before a figure, nor "nazi", five words in
    unnamed = "A 101-year-old former Nazi concentration camp guard has been sentenced to five years in prison."
    assert not _gives("name", None, unnamed, question, _named_head(question))


def test_what_a_thing_is_called_for_is_no_name():
    assert not _NAME_OF.search("what is the deal called for") and _named_head("what is the deal called for") is None


def test_the_attribution_of_a_post_counts_for_what_it_covers():
    post, signature = "Japan plans to lift curbs on semiconductors.", "— Bloomberg Economics (@economics) March 16, 2023"
    text = f"{post}\n{signature}"
    sentences = [Sentence("a.md", 0, len(post), post, "social"),
                 Sentence("a.md", len(post) + 1, len(text), signature, "attribution")]
    layout = Layout(sentences, {"a.md": text})
    vectors = SentenceVectors(lambda texts: [[1.0, 0.0] for _ in texts])
    question = "what did that Bloomberg tweet say about chips"
    f = focus(question, idf=lambda t: 1.0, specific={"bloomberg": 1.0, "chip": 0.43})
    ranked = [Evidence(sentences[0], 1.0, 1.0, 1.0, covered=1.0)]
    with_post = weigh_meaning(question, ranked, f, vectors, is_name=lambda w: w == "bloomberg", layout=layout)
    alone = weigh_meaning(question, ranked, f, vectors, is_name=lambda w: w == "bloomberg")
    assert with_post[0].covered == 1.0 and alone[0].covered < 0.5  # who posted it is said by the signature


def test_two_sentences_that_hold_much_more_of_the_question_outrank_the_first_alone():
    from index.documents import Chunk
    from rag.retrieval import FusedChunk

    text = "Seoul will compensate the victims through a foundation.\n\nThe move was hailed by the White House."
    parts = text.split("\n\n")
    sentences = tuple(Sentence("a.md", text.index(p), text.index(p) + len(p), p) for p in parts)
    layout = Layout(sentences, {"a.md": text})
    # The first sentence is nearer the question in meaning; the second only says who backed "the move".
    near = {parts[0]: [1.0, 0.0], parts[1]: [0.0, 1.0]}
    vectors = SentenceVectors(lambda batch: [near.get(t, [0.6, 0.8]) for t in batch])
    question = "did the white house back seoul's compensation plan"
    f = focus(question, idf=lambda t: 1.0)
    chunk = FusedChunk(Chunk("a.md", 0, len(text), text, 0, "h", sentences), 1.0, 1.0, None)
    ranked = rank_sentences(question, [1.0, 0.0], [chunk], vectors, f, layout)
    assert ranked[0].parts == tuple(parts) and ranked[0].sentence.text == text



def _posted() -> tuple[str, list[Sentence], Layout]:
    text = ("Leaders met on Thursday.\nJapan plans to lift curbs on chip materials. A big move.\n"
            "— Bloomberg Economics (@economics) March 16, 2023\nThe summit ended late.")
    kinds = ["body", "social", "social", "attribution", "body"]
    pieces = ["Leaders met on Thursday.", "Japan plans to lift curbs on chip materials.", "A big move.",
              "— Bloomberg Economics (@economics) March 16, 2023", "The summit ended late."]
    sentences = [Sentence("a.md", text.index(p), text.index(p) + len(p), p, k) for p, k in zip(pieces, kinds, strict=True)]
    return text, sentences, Layout(sentences, {"a.md": text})


def test_an_embedded_post_is_cited_whole_with_who_posted_it():
    from rag.evidence import tell_posts_whole

    text, sentences, layout = _posted()
    vectors = SentenceVectors(lambda batch: [[1.0, 0.0] for _ in batch])
    ranked = [Evidence(sentences[2], 0.7, 0.7, 0.5), Evidence(sentences[1], 0.6, 0.6, 0.5),
              Evidence(sentences[4], 0.5, 0.5, 0.5)]
    out = tell_posts_whole(ranked, layout, vectors)
    assert len(out) == 2  # the post's two sentences are one passage
    post = out[0].sentence
    assert post.text == text[post.start : post.end]
    assert post.text.startswith("Japan plans") and post.text.endswith("March 16, 2023")
    assert out[1] == ranked[2]
    # A passage already joined with a neighbour is cited from the post's own first sentence, each sentence once.
    pair = Evidence(layout.joined(sentences[1], sentences[2]), 0.7, 0.7, 0.5, parts=(sentences[1].text, sentences[2].text))
    (whole, *rest) = tell_posts_whole([pair, Evidence(sentences[2], 0.6, 0.6, 0.5)], layout, vectors)
    assert whole.parts == (sentences[1].text, sentences[2].text, sentences[3].text) and rest == []


def test_what_a_party_posted_comes_first_when_the_question_asks_what_it_says():
    from rag.evidence import prefer_the_poster

    _, sentences, layout = _posted()
    body = Evidence(sentences[4], 0.7, 0.7, 0.5, covered=0.6)
    post = Evidence(sentences[1], 0.2, 0.1, 0.5, covered=0.5)
    question = "what did Bloomberg Economics tweet about the summit"
    common = {"summit"}.__contains__  # what most articles speak of, the post need not
    out = prefer_the_poster(question, [body, post], layout, floor=0.25, min_coverage=0.45, common=common)
    assert out[0].sentence == post.sentence and out[0].score >= body.score
    # Asked about a thing the post does not speak of, it is no answer.
    off = "what did Bloomberg Economics tweet about school attendance"
    assert prefer_the_poster(off, [body, post], layout, floor=0.25, min_coverage=0.45, common=common) == [body, post]
    assert prefer_the_poster("what happened at the summit", [body, post], layout, floor=0.25,
                             min_coverage=0.45) == [body, post]  # no party asked about
    thin = dataclasses.replace(post, covered=0.2)  # a post on something else entirely
    assert prefer_the_poster(question, [body, thin], layout, floor=0.25, min_coverage=0.45) == [body, thin]


def test_a_verb_in_ing_after_a_form_of_be_is_no_focus_word():
    from rag.evidence import focus_words

    assert "saying" not in focus_words("what is Bloomberg saying about the chip")
    assert "rating" in focus_words("what was Yoon's approval rating after the visit")
    # A verb's other form after "is" is the verb too ("what is left to do": "leave"), not the noun ("the left").
    assert "left" not in focus_words("what is left to do for the pact")
    # "whose idea": who chose it ("based on Yoon's request"), no idea a passage must name
    assert focus_words("whose idea was that menu") == [] and focus_words("and whose idea?") == []
    assert "idea" in focus_words("what idea did Kishida float")
    assert focus_words("whose choice of venue was criticised") == ["choice of venue"]
    # "What year", "which day": a date is asked for (see answer_type); no passage has to say "year".
    assert focus_words("what year did Olivia Newton-John score her first US hits") == []
    assert focus_words("what time slot did the show get") == ["slot"]
    # "What is on the menu", "what's in the bill": what the thing holds is asked for, which no passage calls so.
    assert focus_words("what is on the menu at their dinner") == []
    assert focus_words("what is in the bill") == []
    assert focus_words("what is the weather in Tokyo") == ["weather"]
    assert focus_words("what are fines for airlines that bump passengers") == ["fines"]  # a plural, no participle
    # A word only of how a thing is, with no thing after it, names no thing a passage must speak of.
    assert "mad" not in focus_words("china mad about it")
    assert "mad" not in focus_words("what is china mad about")
    assert focus_words("which nuclear weapons did they test") == ["nuclear", "weapons"]  # before its noun, it narrows
    assert focus_words("what were the findings of the probe") == ["findings"]  # a noun, though "find" is a verb


def test_a_lower_case_word_after_a_determiner_is_a_thing_not_a_name_the_articles_lack():
    knows = {"dinner", "leaders"}.__contains__
    menu = focus("whats on the dinner menu at their dinner", idf=lambda t: 1.0, knows=knows)
    assert "menu" in menu.own and "menu" not in menu.unknown
    assert "biden" in focus("what did biden say at the dinner", idf=lambda t: 1.0, knows=knows).unknown
    assert "menu" in focus("What is on the Menu", idf=lambda t: 1.0, knows=knows).unknown  # capitalised: a name
    # Before the noun it qualifies, a word may be a name: "the bush administration".
    assert "bush" in focus("what did the bush administration say", idf=lambda t: 1.0, knows=knows).unknown


def test_a_question_typed_as_a_noun_phrase_or_as_what_happened_to_has_a_focus():
    from rag.evidence import focus_words

    def is_name(w):
        return w in {"yoon", "tokyo", "gsomia"}

    # Typed without a verb: the noun phrase before the first preposition is what is asked about.
    assert focus_words("yoon approval rating after tokyo trip? any poll numbers", is_name) == ["approval", "rating"]
    assert focus_words("what happened to Yoon's approval rating after he got back", is_name) == ["approval", "rating"]
    # A question word or a verb anywhere makes it no bare noun phrase ("stands" is a noun as well as a verb).
    assert focus_words("gsomia stands for what", is_name) == []
    assert focus_words("yoon went to tokyo?", is_name) == []
    assert focus_words("anything on the chip side of things", is_name) == []  # asks for news of it, any
    # When, or how much, is no thing a passage must name; nor is a reaction (any act or word answers it).
    assert focus_words("Yoon approval rating now?", is_name) == ["approval", "rating"]
    assert focus_words("summit date?", is_name) == ["summit"]
    assert focus_words("Japan reaction?", is_name) == []
    # A "line" about something is a remark, which any words of the speaker's on it give.
    assert focus_words("what was yoon's line about the vicious circle", is_name) == []
    # An adverb before "before" or "after" says when ("right before", "shortly after"); the thing is before it.
    assert focus_words("what happened with gsomia right before it expired", is_name) == []
    assert focus_words("what happened to the pact right after the vote", is_name) == ["pact"]
    assert focus_words("what happened to the north before the war", is_name) == ["north"]  # the thing itself
    assert focus_words("what happened to the pact before the vote", is_name) == ["pact"]
    assert focus_words("which lines were damaged", is_name) == ["lines"]  # lines that are things
    # How much is asked ("the total size of the fund"), not a thing spoken of; "approval numbers" are a thing.
    assert focus_words("total size of the compensation fund?", is_name) == []
    assert "numbers" in focus_words("what are yoon's approval numbers looking like", is_name)
    # What the request is about, or an event's result, is no thing a passage must name.
    assert focus_words("Kishida Yoon summit outcome?", is_name) == ["summit"]


def test_a_sentence_that_leans_on_the_one_before_is_told_with_it():
    from index.documents import Chunk
    from rag.retrieval import FusedChunk

    # "therefore … against these measures": what the complaint is about is the sentence before.
    text = ("Tokyo lifted restrictions on exports of three chemicals essential to the chip industry. Seoul will, "
            "therefore, withdraw the complaint filed with the trade body to protest against these measures.")
    first, second = text.split(". ", 1)
    parts = (first + ".", second)
    sentences = tuple(Sentence("a.md", text.index(p), text.index(p) + len(p), p) for p in parts)
    layout = Layout(sentences, {"a.md": text})
    vectors = SentenceVectors(lambda batch: [[0.0, 1.0] if t == parts[1] else [0.6, 0.8] for t in batch])
    question = "what is the complaint about"
    chunk = FusedChunk(Chunk("a.md", 0, len(text), text, 0, "h", sentences), 1.0, 1.0, None)
    ranked = rank_sentences(question, [0.0, 1.0], [chunk], vectors, focus(question, idf=lambda t: 1.0), layout)
    assert ranked[0].parts == parts and ranked[0].sentence.text == text
    # A sentence that stands on its own is told alone.
    alone = text.replace("therefore, ", "").replace("these measures", "the curbs")
    parts = (first + ".", alone.split(". ", 1)[1])
    sentences = tuple(Sentence("a.md", alone.index(p), alone.index(p) + len(p), p) for p in parts)
    layout = Layout(sentences, {"a.md": alone})
    chunk = FusedChunk(Chunk("a.md", 0, len(alone), alone, 0, "h", sentences), 1.0, 1.0, None)
    vectors = SentenceVectors(lambda batch: [[0.0, 1.0] if t == parts[1] else [0.6, 0.8] for t in batch])
    ranked = rank_sentences(question, [0.0, 1.0], [chunk], vectors, focus(question, idf=lambda t: 1.0), layout)
    assert ranked[0].sentence.text == parts[1]

def test_a_sentence_that_only_echoes_what_is_asked_about_is_told_with_the_one_before():
    from index.documents import Chunk
    from rag.retrieval import FusedChunk

    text = ("Washington's attempt to set up a broad alliance against China is bearing fruit. "
            "A new front building in East Asia, so to speak.")
    parts = tuple(p if p.endswith(".") else p + "." for p in text.split(". ", 1))
    sentences = tuple(Sentence("a.md", text.index(p), text.index(p) + len(p), p) for p in parts)
    layout = Layout(sentences, {"a.md": text})
    vectors = SentenceVectors(lambda batch: [[0.0, 1.0] if t == parts[1] else [0.6, 0.8] for t in batch])
    chunk = FusedChunk(Chunk("a.md", 0, len(text), text, 0, "h", sentences), 1.0, 1.0, None)

    def best(question: str) -> Evidence:
        return rank_sentences(question, [0.0, 1.0], [chunk], vectors, focus(question, idf=lambda t: 1.0), layout)[0]

    # What the new front is: the sentence that names it says nothing else; the one before tells it.
    assert best("whats this new front in east asia thing").sentence.text == text
    # Asked whether a front is building, the sentence answers alone.
    assert best("is a new front building in east asia").sentence.text == parts[1]


def _article(*paragraphs: str) -> tuple[list[Sentence], Layout]:
    text = "\n\n".join(paragraphs)
    sentences = [Sentence("a.md", text.index(p), text.index(p) + len(p), p) for p in paragraphs]
    return sentences, Layout(sentences, {"a.md": text})


def test_what_somebody_said_about_a_point_is_the_statement_on_that_point_not_the_one_that_introduced_him():
    significant = "So this visit is significant, sending a strong signal, Atkinson said."
    sentences, layout = _article(
        "Relations were bellicose, said Joel Atkinson, a professor at Hankuk University of Foreign Studies.",
        "The meeting marked the first visit between the leaders since 2012.", significant)
    ranked = [Evidence(s, score, 0.5, 0.5) for s, score in zip(sentences, (0.6, 0.5, 0.4), strict=True)]
    question = "what does the Hankuk University of Foreign Studies professor say about the visit"
    assert speak_to_the_point(question, ranked, layout)[0].sentence.text == significant  # "…, Atkinson said"
    # Asked what another said, his statements are not moved up.
    assert speak_to_the_point("what did Kishida say about the visit", ranked, layout) == ranked
    assert speak_to_the_point("what did the professor say", ranked, layout) == ranked  # no point: any statement


def test_a_statement_that_goes_on_with_he_said_is_cited_with_the_sentence_that_names_him():
    sentences, layout = _article(
        "Rahm Emanuel, the US ambassador to Japan, told CNN that China would not be happy.",
        "Emanuel said the three countries held more than 40 trilateral meetings last year.",
        "That building of trust was perhaps the biggest contribution to the thaw, he said.")
    ranked = [Evidence(s, score, 0.5, 0.5) for s, score in zip(sentences, (0.6, 0.5, 0.4), strict=True)]
    vectors = SentenceVectors(lambda batch: [[1.0, 0.0] for _ in batch])
    first = speak_to_the_point("what did Rahm Emanuel say was the biggest contribution to the thaw", ranked, layout,
                               vectors=vectors)[0]
    assert first.parts == (sentences[1].text, sentences[2].text)
    assert first.sentence.text.startswith("Emanuel said") and first.sentence.text.endswith("he said.")


def test_a_sentence_that_asks_ranks_below_one_that_tells():
    from index.documents import Chunk
    from rag.retrieval import FusedChunk

    # Both as close to the question and as full of its words: the one that asks only repeats it.
    text = "What will the images show?\n\nThe images will show distant galaxies."
    parts = text.split("\n\n")
    sentences = tuple(Sentence("a.md", text.index(p), text.index(p) + len(p), p) for p in parts)
    layout = Layout(sentences, {"a.md": text})
    vectors = SentenceVectors(lambda batch: [[1.0, 0.0] for _ in batch])
    question = "what will the images show"
    chunk = FusedChunk(Chunk("a.md", 0, len(text), text, 0, "h", sentences), 1.0, 1.0, None)
    ranked = rank_sentences(question, [1.0, 0.0], [chunk], vectors, focus(question, idf=lambda t: 1.0), layout)
    assert ranked[0].sentence.text == parts[1], [e.sentence.text for e in ranked]
    # Asked what somebody asked, the sentence that asks is the answer.
    asked = "what did the reporter ask"
    ranked = rank_sentences(asked, [1.0, 0.0], [chunk], vectors, focus(asked, idf=lambda t: 1.0), layout)
    assert ranked[0].sentence.text == parts[0], [e.sentence.text for e in ranked]


def test_who_said_puts_the_passages_that_say_who_speaks_first():
    parts = ["The summit is a crucial step to mend ties.", "Yoon's office has hailed it as an important milestone.",
             "Seoul will implement the pact, according to a defense ministry official."]
    text = " ".join(parts)
    sentences = [Sentence("a.md", text.index(p), text.index(p) + len(p), p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    ranked = [Evidence(s, 1.0 - i / 10, 1.0, 1.0) for i, s in enumerate(sentences)]
    out = prefer_attributed(ranked, layout)
    assert [e.sentence.text for e in out] == [parts[1], parts[2], parts[0]]  # in their order otherwise
    # Only the first ``top`` are reordered.
    assert [e.sentence.text for e in prefer_attributed(ranked, layout, top=2)] == [parts[1], parts[0], parts[2]]
    # A quotation a colon brings in is the words of whoever the clause before it names.
    colon = ['The flight was a triumph for Branson.', 'Sen. Bernie Sanders was less impressed: "It\'s time to tax '
             'the billionaires."']
    text = " ".join(colon)
    sentences = [Sentence("b.md", text.index(p), text.index(p) + len(p), p) for p in colon]
    ranked = [Evidence(s, 1.0 - i / 10, 1.0, 1.0) for i, s in enumerate(sentences)]
    assert prefer_attributed(ranked, Layout(sentences, {"b.md": text}))[0].sentence.text == colon[1]
    # Not what a sign or a headline read.
    signs = ['Ali Alexander coined the slogan "Stop the Steal" in 2020.',
             'Signs outside the Capitol that day read: "Stop the Steal."']
    text = " ".join(signs)
    sentences = [Sentence("c.md", text.index(p), text.index(p) + len(p), p) for p in signs]
    ranked = [Evidence(s, 1.0 - i / 10, 1.0, 1.0) for i, s in enumerate(sentences)]
    assert prefer_attributed(ranked, Layout(sentences, {"c.md": text})) == ranked


@pytest.mark.parametrize(("question", "holder"), [
    ("what does China think about the us and japan getting cozy", ["China"]),
    ("what is the China angle in all this", ["China"]), ("Beijing's take on the summit", ["Beijing"]),
    ("how does Japan see it", ["Japan"]),
    ("what does the US State Department think of it", ["US", "State", "Department"]),
    ("what do experts think", []),  # any expert's words answer
    ("what is the main point", []),
    ("how did China react to the summit", ["China"]), ("how is Beijing reacting", ["Beijing"]),  # a reaction is a view
    ("hey so how'd China react to all this", ["China"]),
    ("is China on board with Japan and Korea getting closer", ["China"]),  # whether it agrees: its own words
    ("are South Koreans on board w the deal", []),  # a people's view is its public's, not its government's
    ("how did the Israelis respond to the ceasefire proposal", ["Israelis"]),  # "the Israelis": the government
])
def test_the_party_whose_view_is_asked_for(question, holder):
    from rag.evidence import view_holder

    assert view_holder(question) == holder


def test_the_view_of_a_party_is_where_it_speaks_not_where_others_speak_of_it():
    from rag.evidence import prefer_the_holder

    others = Evidence(Sentence("a", 0, 60, "North Korea and China won't be happy, the US ambassador said."),
                      0.6, 0.6, 0.5)
    own = Evidence(Sentence("b", 0, 60, "China's Foreign Ministry said Beijing opposes the exclusive circle."),
                   0.5, 0.5, 0.5)
    ranked = prefer_the_holder("what does China think of the summit", [others, own])
    assert [e.sentence.source for e in ranked] == ["b", "a"]
    assert prefer_the_holder("what happened at the summit", [others, own]) == [others, own]
    # Its statement far below the best passage is on another matter: no view on this one.
    far = dataclasses.replace(own, score=0.3)
    assert prefer_the_holder("what does China think of the summit", [others, far]) == [others, far]



def test_how_much_asks_an_amount_not_a_count_of_things():
    from rag.evidence import _gives

    question = "how much does each victim get from the fund"
    assert not _gives("number", None, "He went with the leaders of four major conglomerates.", question)
    assert not _gives("number", None, "The two countries set up the fund.", question)
    assert _gives("number", None, "Each victim gets 20 million won from the fund.", question)
    assert _gives("number", None, "Each victim gets about 3 percent more.", question)
    assert _gives("number", None, "The fund holds 4 billion.", question)
    assert _gives("number", None, "The storm will bring 15 inches of rain.", "how much rain will the storm bring")
    assert _gives("number", None, "The lakes warmed by 1.5 degrees.", "how much have the lakes warmed")
    assert _gives("number", None, "A third of the damaged area has been replanted.", "how much has been replanted")
    # Asked about money, a span of time is no amount.
    assert not _gives("number", None, "The two ministers served for eight months.", "how much did the ministers earn")
    # "How many" is a count, as before.
    assert _gives("number", None, "He went with the leaders of four major conglomerates.", "how many conglomerates went")


def test_a_time_told_from_another_answers_when():
    from rag.evidence import _gives

    told = "The day before, Chinese ships had entered the waters near the islets."
    assert _gives("date", None, told, "when was that exactly")
    assert not _gives("date", None, "Chinese ships had entered the waters near the islets.", "when was that exactly")


@pytest.mark.parametrize(("question", "agent"), [
    ("why does the US even care if Japan n Korea are friends", ["US"]),
    ("so why did Beijing object to it", ["Beijing"]),
    ("why was South Korea so keen", ["South", "Korea"]),
    ("why did Prime Minister Carney end the strike", ["Carney"]),  # the title says which office, not who
    ("why do experts think it matters", []),  # nobody's own motive: any expert's reasons answer
    ("what does the US want", []),  # no why-question
])
def test_the_party_whose_motive_is_asked_for(question, agent):
    from rag.evidence import why_agent

    assert why_agent(question) == agent


@pytest.mark.parametrize(("question", "party"), [
    ("what did Yoons office call the summit", (["Yoons"], ["office"])),
    ("how did Seoul describe the deal", (["Seoul"], [])),
    ("what did Kim Jong Un call for", ([], [])),  # a demand, not a name for something
    ("what did the experts call it", ([], [])),  # no one party's words
])
def test_the_party_whose_words_for_something_are_asked_for(question, party):
    from rag.evidence import called_by

    assert called_by(question) == party


def test_what_a_party_called_something_is_its_own_statement():
    from rag.evidence import prefer_the_holder

    summit = Evidence(Sentence("a", 0, 60, "In September, Yoon and Kishida held the first summit in New York."),
                      0.71, 0.74, 0.55)
    hailed = Evidence(Sentence("b", 0, 60, "Yoon's office has hailed it as an important milestone."), 0.61, 0.52, 0.82)
    ranked = prefer_the_holder("what did Yoons office call the summit", [summit, hailed])
    assert [e.sentence.source for e in ranked] == ["b", "a"]


def test_a_partys_motive_is_where_it_is_named_washington_for_the_us():
    from rag.evidence import prefer_the_holder

    friends = Evidence(Sentence("a", 0, 60, "Japan and South Korea are not exactly best friends, for historical reasons."),
                       0.68, 0.7, 0.6)
    motive = Evidence(Sentence("b", 0, 60, "Washington wants to rally its allies in the region against China."),
                      0.43, 0.5, 0.3)
    question = "why does the US even care if Japan and Korea are friends"
    assert [e.sentence.source for e in prefer_the_holder(question, [friends, motive])] == ["b", "a"]
    # Asked of two countries' own reasons, nothing is reordered; nor a passage far below the best.
    assert prefer_the_holder("why are Japan and Korea friends now", [friends, motive]) == [friends, motive]
    far = dataclasses.replace(motive, score=0.3)
    assert prefer_the_holder(question, [friends, far]) == [friends, far]
    # Of another story (an article none of the best passages comes from), the party's reasons are not these.
    ranked = [friends, *(dataclasses.replace(friends, sentence=Sentence("a", i, i + 1, f"Tokyo and Seoul {i}."))
                         for i in range(1, 5)), dataclasses.replace(motive, sentence=Sentence("z", 0, 60, motive.sentence.text))]
    assert prefer_the_holder(question, ranked)[0] is friends


def test_one_side_of_an_exchange_is_where_that_party_acts_beside_the_other():
    from rag.evidence import in_return_party, prefer_the_holder

    assert in_return_party("and what is Korea doing in return") == ["Korea"]
    assert in_return_party("what will the US get in exchange") == ["US"]
    assert in_return_party("what is he doing in return") == []  # a name only: "he" is the conversation's
    pays = Evidence(Sentence("a", 0, 60, "The South Korean side stated that its companies would pay."), 0.69, 0.7, 0.6)
    both = Evidence(Sentence("b", 0, 90, "Japan will lift export controls, while Seoul will withdraw its complaint."),
                    0.46, 0.5, 0.3)
    assert prefer_the_holder("and what is Korea doing in return", [pays, both]) == [
        dataclasses.replace(both, score=both.score + 0.3), pays]
    assert prefer_the_holder("and what is Korea doing now", [pays, both]) == [pays, both]
    # A "while" that compares is no exchange: "…$48 million, while Korea's was $19 million".
    compares = dataclasses.replace(both, sentence=Sentence("b", 0, 60, "Japan got $48 million, while Korea's was $19 million."))
    assert prefer_the_holder("and what is Korea doing in return", [pays, compares]) == [pays, compares]
    # A party the passage never names is not told acting there.
    other = dataclasses.replace(both, sentence=Sentence("b", 0, 50, "Seoul will pay, while Tokyo will lift controls."))
    assert prefer_the_holder("and what is Russia doing in return", [pays, other]) == [pays, other]


def test_a_long_sentence_is_trimmed_to_a_clause_that_stands_alone():
    from rag.compose import trim

    sentence = ("In the economic field – Mr. Yoon was accompanied by the leaders of four major conglomerates – "
                "Tokyo lifted restrictions on exports of three chemicals essential to the chip industry, and is "
                "expected to put its neighbor back on the white list of countries enjoying preferential trade treatment.")
    start, end = trim(sentence, set(terms("what about the white list")))
    assert sentence[start:end].startswith("Tokyo lifted")  # not "is expected to put…", which has no subject
    other = ("The president met the leaders of the four largest companies at the palace on Thursday for hours, "
             "and the two governments agreed to restart the security dialogue that had been suspended since 2018 "
             "over a long trade dispute.")
    start, end = trim(other, set(terms("what did the governments agree")))
    assert other[start:end].startswith("the two governments agreed")  # a clause with its own subject
    # Never from inside a quotation: cut from who says it, its sentences would be read as the answer's own.
    quoted = ('Vermont Sen. Bernie Sanders was less impressed: "Here on Earth, half our people live paycheck to '
              'paycheck, people are struggling to see a doctor – but hey, the richest guys in the world are off in '
              'outer space! Yes. It\'s time to tax the billionaires."')
    assert trim(quoted, set(terms("who tweeted its time to tax the billionaires"))) == (0, len(quoted))
    # Nor into one, leaving it open.
    kerr = ('Kerr said after the loss to the Celtics: "We did not defend well enough tonight, and we have to be '
            'better, we know that, but there is a lot to like about this group going forward into the series."')
    assert trim(kerr, set(terms("what did kerr say after the loss to the celtics"))) == (0, len(kerr))
    # No word of the question in the sentence tells which clause answers: it is kept whole.
    assert trim(sentence, set(terms("which materials specifically"))) == (0, len(sentence))


def test_which_x_prefers_a_passage_that_names_xs_one_by_one_in_lower_case():
    from rag.evidence import prefer_the_head

    named = ("Tokyo lifted restrictions on exports of three chemicals, fluorinated polyimide, hydrogen fluoride "
             "and photoresists.")
    vague = "Japan will lift export controls on high-tech materials used for semiconductors."
    leaders = "Yoon was accompanied by the leaders of four major conglomerates, Samsung, Hyundai, SK and LG."
    near = {"materials": [1.0, 0.0, 0.0], "chemicals": [0.8, 0.6, 0.0], "conglomerates": [0.3, 0.0, 0.95]}
    vectors = SentenceVectors(lambda batch: [near.get(t.lower(), [0.0, 0.0, 1.0]) for t in batch])
    ranked = [Evidence(Sentence("a.md", 0, len(vague), vague), 0.7, 0.7, 0.9),
              Evidence(Sentence("b.md", 0, len(leaders), leaders), 0.66, 0.6, 0.5),
              Evidence(Sentence("c.md", 0, len(named), named), 0.6, 0.6, 0.5)]
    chosen = prefer_the_head("which materials specifically?", ranked, vectors, is_name=lambda w: False)
    # The chemicals, named one by one, go first; the conglomerates are a list of another kind.
    assert [e.sentence.text for e in chosen][0] == named
    # A word before a comma is no kind whose things follow ("materials, Seoul and Tokyo said").
    from rag.evidence import _lists_the

    assert not _lists_the("materials", "It lifted curbs on high-tech materials, Seoul and Tokyo said.", vectors)
    assert _lists_the("materials", "It uses materials such as neon, krypton and xenon.", vectors)


def test_the_nouns_for_who_does_an_act():
    from rag.evidence import _doer_nouns

    assert _doer_nouns("teach") == ["teacher"]
    assert _doer_nouns("visit") == ["visitor"]
    assert _doer_nouns("rule") == ["ruler"]
    assert _doer_nouns("apologize") == []  # no such noun in English


def test_the_keyword_index_counts_the_articles_that_use_a_term():
    from index.documents import Chunk
    from rag.retrieval import KeywordIndex

    chunks = [Chunk("a.md", 0, 20, "The summit opened.", 0, "h1", ()), Chunk("a.md", 20, 40, "The summit ended.", 1, "h2", ()),
              Chunk("b.md", 0, 20, "Chips and the summit.", 0, "h3", ())]
    keyword = KeywordIndex(chunks)
    assert keyword.articles == 2
    assert keyword.article_frequency[terms("summit")[0]] == 2 and keyword.article_frequency[terms("chips")[0]] == 1


def test_what_a_follow_up_asks_for_is_read_from_it_not_from_the_conversation():
    evidence = _passages("Rahm Emanuel, the US ambassador to Japan, told CNN on Thursday that China is worried.")
    reason = lambda q, asked="": abstention_reason(  # noqa: E731
        q, evidence, f=Focus({"network": 1.0}), knows=lambda w: True, min_relevance=0.0, min_coverage=0.0,
        asked=asked)
    question = "which network did he say that on"
    searched = f"{question} (Rahm Emanuel who is the US ambassador to Japan)"  # the search reads the conversation
    # "who is the ambassador", asked before, is not what is asked now: the network is, and CNN is one.
    assert reason(searched, asked=question) is None
    assert reason(searched) == "no passage gives the name of the ambassador asked for"  # read whole, it is wrong


def test_a_which_question_on_a_kind_not_spoken_of_wants_a_name_of_that_kind():
    from rag.evidence import _which_named

    def gives(question: str, text: str) -> bool:
        return _gives("name", None, text, question, _which_named(question))

    # A passage that never says "restaurant" may still name one ("the mayor of Riverton" names a city) ...
    assert gives("which restaurant did they eat at", "They dined at Rengatei on Thursday.")
    assert gives("which city did the mayor run", "The mayor of Riverton resigned.")
    assert gives("which network did he say that on", "It is what China fears, Rahm Emanuel told CNN on Thursday.")
    # ... but not with only who tells it, whose it is, a people or language, a country, or a titled person.
    dinner = ("They will share a dinner of sukiyaki, or omelette rice in English, based on Yoon's request, "
              "Japanese public broadcaster NHK reported.")
    assert not gives("which restaurant did they eat at", dinner)
    assert not gives("which restaurant did they eat at", "President Yoon Suk-yeol met the Japanese leader in Japan.")
    assert not gives("which restaurant did Yoon eat at", "President Yoon Suk-yeol dined in Japan-South Korea talks.")
    assert not gives("which company paid", "The fund is on the Korean Peninsula, in South Korea's capital.")
    # Who tells it may be the one asked for ("which company said…"), and a broadcaster is a network.
    assert gives("which company said dealers will fix it", "In the filing, Ford said its dealers will fix it.")
    assert gives("which network reported it", "Japanese public broadcaster NHK reported it.")
    assert gives("which company is guilty", "Critics say Apple's also guilty of it.")  # a contraction, no owner
    assert gives("which city did he land in", "Rajapaksa landed in Singapore.")  # a city-state
    # A capital is a city; a country is none.
    assert gives("which city did they meet in", "They met in Seoul.")
    assert not gives("which city did they meet in", "They met in Japan.")
    # A shop, a team: kinds with names too ("One gas station in Kentucky" names none).
    assert not gives("which gas station was selling gas for 99 cents", "One gas station in Kentucky is selling gas "
                     "for 99 cents per gallon.")
    assert gives("which team won the cup", "The Colorado Avalanche won the cup.")


def test_a_which_country_question_wants_a_country_named():
    from rag.evidence import _which_named

    def gives(question: str, text: str) -> bool:
        return _gives("name", None, text, question, _which_named(question))

    question = "What country elected its first-ever leftist leader this week?"
    assert not gives(question, "Abe first became Japanese prime minister in 2006, the youngest leader at the time.")
    assert gives(question, "Colombia elected Gustavo Petro on Sunday.")
    assert gives("which country cracked down on rainbow toys", "Officials in Riyadh seized rainbow toys.")  # a capital
    assert not gives("which nation did Japan meet", "Japan met them in Tokyo.")  # no country but the one asked of


def test_what_a_thing_of_somebody_is_called_asks_for_its_name():
    from rag.evidence import _NAME_OF, _named_head

    question = "what was Deborah James's podcast called"
    assert _NAME_OF.search(question) and _named_head(question) == "podcast"
    assert not _NAME_OF.search("what is Biden often called by critics")  # no thing of his named


def test_a_which_question_on_a_role_wants_a_passage_that_tells_of_that_role():
    from rag.evidence import _which_named

    def gives(question: str, text: str) -> bool:
        return _gives("name", None, text, question, _which_named(question))

    sentenced = ("Harris has been sentenced to 12 years in federal prison, according to Assistant U.S. Attorney "
                 "Joseph D. Fitzpatrick.")
    assert not gives("which judge sentenced harris", sentenced)  # a name, but of no judge
    assert not gives("which chinese foreign ministry spokesperson commented",
                     "Commenting on the summit, China’s Foreign Ministry said Beijing opposes it.")
    # The role told of, named or not, answers: what the articles say of who it was.
    assert gives("which official told AFP", "A South Korean defense ministry official told AFP on Saturday.")
    assert gives("which judge sentenced harris", "Judge Manish Shah sentenced Harris on Wednesday.")
    # People of other trades are asked for by their trade too.
    assert not gives("which doctor diagnosed pitt", "Although Pitt has not been formally diagnosed, Brad Pitt said so.")
    assert gives("which doctor diagnosed pitt", "His doctor, Jane Roe, diagnosed Pitt in May.")


@pytest.mark.parametrize(("text", "acts"), [
    ("When North Korea fired a long-range ballistic missile into waters off the east coast.", True),
    ("The move was welcomed by Japan and hailed by the White House.", True),  # a passive's doer
    ("Canceling the agreement would only benefit North Korea and China.", False),  # what others do to it
    ("They seek to form a united front against nuclear-armed North Korea.", False),
    ("In the face of Pyongyang’s growing aggression, the neighbors made peace.", False),  # what it owns
    ("Japan’s Defense Minister Nobuo Kishi said a protest had been lodged.", True),  # through its office
    ("A State Department spokesperson reiterated that she is wrongfully detained.", True),
    ("Taiwan also accused Beijing of drills.", True),  # over an adverb
    ("The hearing was administrative in nature, her agent said.", True),  # the word that describes who
    ("South Korean President Yoon met Kishida.", False),  # a president, not the one asked about
    ("Taiwan, the island's government, said it would respond.", True),  # a description set off by commas
    ("“It is hypocrisy,” said Taiwan.", True),  # named after the verb of speech
    ("Japan’s prime minister said it was inexcusable.", True),  # a title in lower case after a possessive
])
def test_who_acts_in_a_passage(text, acts):
    from rag.evidence import _acts_in

    assert _acts_in(["Pyongyang", "north korea", "White House", "Japan", "State Department", "Taiwan"], text,
                    described=["agent", "president"]) is acts


def test_a_sentence_set_at_an_earlier_time_is_background_to_a_question_about_the_story():
    ranked = _passages("In September, Yoon and Kishida held a summit in New York.",
                       "Yoon flew to Tokyo on Thursday to meet Kishida.")
    assert prefer_the_present("was the summit held in japan? y/n", ranked)[0] == ranked[1]
    # A question that names a time or asks for history wants it.
    for asked in ("did they meet in september", "had they met before this trip", "what happened in 2019"):
        assert prefer_the_present(asked, ranked)[0] == ranked[0], asked


def test_a_passage_holding_a_phrase_the_question_quotes_goes_first():
    ranked = _passages("Skaters said they would favour raising the age limit.",
                       "The union said the change protects the skaters.",
                       'Jan Dijkema, the president, called it "a very historic decision."')
    question = "who called the skating age change 'a very historic decision'"
    assert quoted_first(question, ranked)[0] == ranked[2]
    assert quoted_first("who called the skating age change a historic move", ranked) == ranked  # nothing quoted
    assert quoted_first("what's yoon's plan for the skaters'", ranked) == ranked  # apostrophes quote nothing


def test_the_sentence_that_dates_the_act_of_the_one_asked_about_goes_first():
    ranked = _passages("That includes Paul Whelan, that includes Brittney Griner. Whelan was detained in Moscow in "
                       "2018 and arrested on espionage charges.",
                       "Griner, 31, a Phoenix Mercury player, was arrested February 17.")
    # The first dates Whelan's arrest beside Griner's name; the second dates hers, by a day.
    assert date_the_event("when did Brittney Griner get arrested", ranked)[0] == ranked[1]
    assert date_the_event("when did Paul Whelan get arrested", ranked)[0] == ranked[0]


def test_a_passage_that_says_the_asked_thing_is_not_known():
    from rag.evidence import says_unknown

    unknown = _passages("While a firm date isn't known for the return of the latte, stores will restock soon.")
    assert says_unknown("when is the latte coming back", unknown) is unknown[0]
    assert says_unknown("how much was paid", _passages("The sum paid is not being disclosed.")) is not None
    assert says_unknown("who paid", _passages("Officials declined to say who paid for the trip.")) is not None
    # An unknown place dates its launch; a question that asks no figure, date or name; no word in common.
    assert says_unknown("when did the rocket launch", _passages("A rocket launched at an unknown location on March 10.")) is None
    assert says_unknown("why is the latte coming back", unknown) is None
    assert says_unknown("when is the summit", unknown) is None
    # A passage that gives the answer asked for, whatever else it says is not known.
    assert says_unknown("when did Apple buy the startup",
                        _passages("Apple bought the startup in March; the price wasn't disclosed.")) is None
    assert says_unknown("how much did Apple pay", _passages("The price Apple paid wasn't disclosed.")) is not None
    # Just after the first passage, sharing more of the question, when none before it gives an amount ("won't" is
    # no currency).
    settled = _passages("United won't say whether ticket sales have dropped since the Dao incident.",
                        "United and lawyers for Dao declined to disclose financial terms of the settlement.")
    assert says_unknown("how much money did dao get from united in the settlement", settled) is settled[1]
    assert says_unknown("how much money did dao get", [*_passages("Dao got $5 million."), *settled]) is None


def test_a_sentence_is_written_once_though_a_pair_holds_it_too():
    from rag.compose import ExtractiveComposer

    one = "a: Lopez wore a dress from an old movie."
    two = "a: They read their own vows in the chapel."
    pair = f"{one} {two}"
    vectors, _ = _unlike(one, pair)
    alone = Evidence(Sentence(source="a", start=0, end=len(one), text=one), 0.5, 0.5, 0.6)
    both = Evidence(Sentence(source="a", start=0, end=len(pair), text=pair), 0.49, 0.49, 0.6, parts=(one, two))
    written = "".join(ExtractiveComposer(vectors, max_sentences=2).compose("what did Lopez wear", [alone, both]))
    assert written.count("old movie") == 1 and f"{two} [2]" in written


def test_a_figure_typed_in_thousands_is_the_figure_the_articles_write_in_full():
    from rag.evidence import _figures
    from rag.text import numbers

    assert numbers("did the govt get the whole 980k back") == {"980", "980000"}
    assert numbers("a $10K bump, 1.5k people, a 5km run") == {"10", "10000", "1.5", "1500", "5"}
    knows = {"980,000", "980000"}.__contains__
    assert _figures("did they get the whole 980k back", knows) == set()
    assert _figures("did they get the whole 980 back", knows) == {"980"}
    assert _figures("how many ran the 5K race", {"5", "k"}.__contains__) == set()  # as the articles write it


def test_what_fine_or_ransom_asks_for_a_sum_of_money():
    from rag.evidence import _measure

    assert _measure("what was the ransom?") == "amount of money"
    assert _measure("what fine did he get") == "amount of money"
    assert _measure("what's the bail for the two") == "amount of money"
    # "Price" and "cost" are often a figure of speech: "the human cost of the war", "what price is Serbia paying".
    assert _measure("what is the human cost of the war") is None
    assert _measure("what price is serbia paying for its neutrality") is None


def test_how_big_a_fine_or_settlement_asks_for_a_sum_of_money_but_not_a_penalty_kick():
    from rag.evidence import _measure

    assert _measure("how big is the fine if apple doesnt comply w/ the eu usb-c rule?") == "amount of money"
    assert _measure("how large a salary did she get") == "amount of money"
    assert _measure("how large was the viking settlement") is None  # a settlement may be a town
    assert _measure("how high was his bail") == "amount of money"
    assert _measure("how big was the penalty kick") is None  # the sum's word is part of another thing's name
    assert _measure("how big is the crowd") is None


def test_a_noun_phrase_ending_in_what_a_figure_measures_asks_for_a_figure():
    from rag.evidence import answer_type

    assert answer_type("storm eunice top wind speed") == "number"
    assert answer_type("what was the death toll in the floods?") == "number"
    assert answer_type("ucla athletics deficit 2021") == "number"
    assert answer_type("storm eunice damage") is None
    assert answer_type("what is the age limit") is None  # a limit is a rule, told in words
    assert answer_type("why did prices rise") is None
    assert answer_type("what caused the high death toll in Turkey?") is None  # a cause, told in words
    assert answer_type("what was the emotional toll of the pandemic") is None
    assert answer_type("reaction to the mini budget") is None


def test_the_day_of_a_date_an_age_or_a_time_of_day_is_no_count():
    from rag.evidence import _gives, has_answer_type

    assert not has_answer_type("number", "He won a landslide in elections on May 9.", "how many votes did he get")
    assert has_answer_type("number", "In March 15 people died in the attack.", "how many people died")
    assert not has_answer_type("number", "He was pronounced dead at 5:03 p.m.", "how many doctors were there")
    assert has_answer_type("number", "More than 30 million Filipinos voted for him.", "how many votes did he get")
    question = "how many years did he smoke before he quit"
    assert not _gives("number", None, "The 58-year-old actor has receded from onscreen roles.", question)
    assert _gives("number", None, "He smoked for 30 years before quitting.", question)


def test_a_time_of_day_written_with_a_dot_and_pm_is_a_time_of_day():
    from rag.evidence import _MEASURES

    told = _MEASURES["time of day"][1]
    assert told.search("every clock on board has been stopped at 3.01pm")
    assert told.search("doors open at 5pm sharp")
    assert not told.search("a 3.5 magnitude quake")


def test_who_said_asks_for_the_speaker_whatever_the_words_said_ask():
    from rag.evidence import answer_type

    assert answer_type("who said its not whether there'll be a food crisis but how large it will be") == "name"
    assert answer_type("so who warned how many jobs would go") == "name"
    assert answer_type("how many said yes") == "number"


def test_words_and_terms_are_worked_out_once_but_each_caller_gets_its_own_list():
    text = "Yoon's aides met Kishida's team in Tokyo."
    first = words(text)
    first.append("planted")
    assert words(text) == ["yoon", "aides", "met", "kishida", "team", "in", "tokyo"]
    stems = terms(text)
    stems.clear()
    assert terms(text) == ["yoon", "aid", "meet", "kishida", "team", "tokyo"]
    from rag.text import _terms, _words

    article = "Yoon met Kishida in Tokyo. " * 200  # a whole article passes through once: it is not kept
    kept = (_words.cache_info().currsize, _terms.cache_info().currsize)
    assert words(article)[:3] == ["yoon", "met", "kishida"] and terms(article)[:2] == ["yoon", "meet"]
    assert (_words.cache_info().currsize, _terms.cache_info().currsize) == kept


def test_a_yes_no_question_is_settled_by_the_passage_that_tells_what_it_asks_not_by_one_on_its_topic():
    from rag.evidence import settle_the_question

    def ev(text: str, score: float) -> Evidence:
        return Evidence(Sentence(source="a.md", start=0, end=len(text), text=text), score, score, 0.5)

    pairs = {("killed", "deaths")}

    def alike(word: str, candidates: list[str], threshold: float) -> set[str]:
        return {c for c in candidates if (word, c) in pairs}

    flood = ev("Rain and snowmelt flooded rivers through Yellowstone Park.", 1.0)
    settles = ev("No known injuries or deaths occurred in the park because of the flooding.", 0.9)
    other = ev("In order to deal with the threat, the park closed.", 0.95)
    question = "was anyone killed in yellowstone park from the flooding"
    assert settle_the_question(question, [flood, settles], alike)[0] is settles  # "deaths" for "killed"
    assert settle_the_question(question, [flood, ev("Crews cleared roads.", 0.9)], alike)[0] is flood
    assert settle_the_question(question, [flood, ev("No deaths were reported.", 0.5)], alike)[0] is flood  # too far
    # A word all English uses, as written, may be another sense of it ("deal with" for "the deal"); what the first
    # passage tells in other words it tells ("layoffs" for "cut jobs").
    assert settle_the_question("is everyone fine with the deal", [flood, other], alike)[0] is flood
    pairs.update({("cut", "layoffs"), ("cut", "closed")})
    layoffs, merger = ev("The company announced layoffs of 500 workers.", 1.0), ev("The merger closed in June.", 0.9)
    assert settle_the_question("did the company cut jobs after the merger", [layoffs, merger], alike)[0] is layoffs


def test_a_yes_no_question_is_settled_by_a_close_passage_that_holds_far_more_of_it():
    from rag.evidence import settle_the_question

    def ev(text: str, score: float, covered: float) -> Evidence:
        return Evidence(Sentence(source="a.md", start=0, end=len(text), text=text), score, score, 0.5, covered)

    def alike(word: str, candidates: list[str], threshold: float) -> set[str]:
        return set()

    topic = ev("The pact allows the two countries to share information.", 1.0, 0.45)
    fuller = ev("This framework for sharing intelligence without going through the US dates from 2016.", 0.9, 0.9)
    question = "does the pact need to go through the US to share intelligence"
    assert settle_the_question(question, [topic, fuller], alike)[0] is fuller
    # Not by a little more of it, nor from far down.
    assert settle_the_question(question, [topic, dataclasses.replace(fuller, covered=0.6)], alike)[0] is topic
    assert settle_the_question(question, [topic, dataclasses.replace(fuller, score=0.5)], alike)[0] is topic


def test_a_name_the_stemmer_cuts_still_ties_a_dated_passage_to_the_one_asked_about():
    # terms() reads "Michele" as "michel" and "Fanny" as "fanni": the question's names are read the same way.
    ranked = _passages('On "Glee," Michele sang a song from "Funny Girl," playing Fanny Brice.',
                       "Michele, who got her start on Broadway as a child, will take over the role beginning Sept. 6.")
    assert date_the_event("when does Lea Michele start as Fanny Brice", ranked)[0] == ranked[1]


def test_a_noun_of_the_act_asked_about_dates_it_before_the_year_only():
    ranked = _passages("Southern California and UCLA will leave the Pac-12 for the Big Ten.",
                       "The move would occur for the 2024 season.")
    assert date_the_event("when do USC and UCLA actually move to the Big Ten", ranked)[0] == ranked[1]
    # "In 2016, according to a joint report": a noun after the year dates nothing the question asks about.
    ranked = _passages("A defense ministry official told AFP on Saturday that Seoul will implement it.",
                       "The pact was signed between the two countries in 2016, according to a joint report.")
    assert date_the_event("on what day did the DW report say the official spoke to AFP", ranked)[0] == ranked[0]
    # A noun of the act that does something else before the year is no date of it.
    ranked = _passages("The Senate will vote on the bill Thursday.", "The Senate vote follows the chaos of the 2020 election.")
    assert date_the_event("when will the Senate vote on the infrastructure bill", ranked) == ranked


def test_a_part_that_asks_on_goes_on_from_the_passage_that_answered_the_part_before():
    from rag.evidence import follow_the_part

    fired = "North Korea fired a missile before the meeting."
    watched = "It launched the missile in the presence of Kim Jong-un."
    other = "Rahm Emanuel welcomed the warming of ties."
    texts = {fired: [1.0, 0.0, 0.0], watched: [0.8, 0.6, 0.0], other: [0.0, 0.0, 1.0]}
    vectors = SentenceVectors(lambda batch: [texts[t] for t in batch])
    before = Evidence(Sentence("a.md", 0, len(fired), fired), 0.7, 0.7, 0.9)
    # "…, and who was there watching": two names score alike; the one about what the part before told goes first.
    ranked = [Evidence(Sentence("b.md", 0, len(other), other), 0.55, 0.5, 0.7),
              Evidence(Sentence("a.md", 50, 50 + len(watched), watched), 0.52, 0.5, 0.7)]
    assert [e.sentence.text for e in follow_the_part(ranked, before, vectors)] == [watched, other]
    # A passage far ahead is no continuation bought by closeness alone.
    far = [Evidence(Sentence("b.md", 0, len(other), other), 0.9, 0.9, 0.9), ranked[1]]
    assert [e.sentence.text for e in follow_the_part(far, before, vectors)] == [other, watched]


@pytest.mark.parametrize(("question", "text", "gives"), [
    # A name given is told as given ("named", "dubbed"); a passage naming a people or a place near the thing gives
    # no name of it.
    ("what name did the scientists give the python", "They caught a 215-pound Burmese python in Florida.", False),
    ("what name did the scientists give the python", "Scientists named the Burmese python Big Mama.", True),
    ("what did the fans nickname the striker", "Fans in Madrid dubbed him El Tren.", True),
    ("what did the fans nickname the striker", "The striker from Madrid scored twice.", False),
])
def test_a_name_given_is_one_a_passage_tells_as_given(question, text, gives):
    assert has_answer_type("name", text, question) is gives


def test_a_name_set_beside_a_phrase_names_its_last_noun_not_the_one_qualifying_it():
    from rag.evidence import _names_the

    question = "what was the name of the missile north korea launched"
    # "its fourth ballistic missile launch" is a launch: the sea it landed off is no name of a missile.
    assert not _names_the("missile", "It fired into the sea off the Korean Peninsula, its fourth ballistic missile "
                                     "launch.", question)
    assert _names_the("missile", "It fired the Hwasong-17, its newest ballistic missile.", question)


def test_a_why_question_whose_names_no_passage_tells_together_takes_for_granted_what_nobody_told():
    from rag.evidence import names_apart

    sentences, layout = _article(
        "Yoon flew to Tokyo with the heads of Samsung, Hyundai, SK and LG.",
        "The trip was short.",
        "Kishida welcomed him at the airport.",
        "Mexican President Andrés Manuel López Obrador said he won't attend the summit in Los Angeles.",
        "Justin Sun paid $19 million for lunch with Warren Buffett.")
    ranked = [Evidence(s, 0.6, 0.5, 0.5) for s in sentences]
    apart = [ranked[0], *ranked[2:]]  # no passage found has the short trip between them
    is_name = {"kishida", "samsung", "obrador", "la", "sun", "buffett", "yoon"}.__contains__
    # Samsung and Kishida only in passages apart: nobody said he brought them.
    assert names_apart("why did kishida bring the heads of samsung", "kishida bring the heads of samsung", apart,
                       layout, is_name=is_name) == ["kishida", "samsung"]
    # The sentences either side of a passage found count with it.
    assert names_apart("why did kishida bring the heads of samsung", "kishida bring the heads of samsung", ranked,
                       layout, is_name=is_name) == []
    # A name by one of its words, initials for the words they stand for, a figure however written.
    assert names_apart("why is Obrador boycotting the summit in LA?", "Obrador boycotting the summit in LA",
                       apart, layout, is_name=is_name) == []
    assert names_apart("why did justin sun pay $19m for the buffett lunch", "justin sun pay $19m for the buffett lunch",
                       apart, layout, is_name=is_name) == []
    assert names_apart("why did justin sun pay $20m for the buffett lunch", "justin sun pay $20m for the buffett lunch",
                       apart, layout, is_name=is_name) == ["sun", "20", "buffett"]  # a figure is a name of its own
    # A name as the articles write it otherwise: a party by its nickname, a country by its people.
    said, said_layout = _article("Republican leaders in Japanese politics abandoned the plan.")
    told = [Evidence(s, 0.6, 0.5, 0.5) for s in said]
    assert names_apart("why did the GOP in Japan abandon the plan", "the GOP in Japan abandon the plan", told,
                       said_layout, is_name=is_name) == []
    # Only a why question, and two names at least: a title is none.
    assert names_apart("when did kishida bring the heads of samsung", "kishida bring the heads of samsung",
                       apart, layout, is_name=is_name) == []
    assert names_apart("why did President Kishida go", "President Kishida go", apart, layout, is_name=is_name) == []
    assert names_apart("why did the Deputy Prime Minister go to Samsung", "the Deputy Prime Minister go to Samsung",
                       apart, layout, is_name=is_name) == []  # "Deputy Prime" is the title's


def test_the_names_of_things_of_no_named_kind_are_a_list_of_them():
    # "the names of the 3 chemicals Japan freed": the things named, not Japan; and a passage listing them in common
    # words names them.
    question = "names of the 3 chemicals Japan freed up"
    assert _named_head(question) == "chemicals"
    listed = "Tokyo lifted restrictions on exports of three chemicals, fluorinated polyimide, hydrogen fluoride and photoresists."
    assert _gives("name", None, listed, question, "chemicals")
    assert not _gives("name", None, "Tokyo lifted restrictions on exports of chemicals.", question, "chemicals")
    # A list that counts or points names nobody: "three suspects, two men and a woman".
    assert not _gives("name", None, "Police held three suspects, two men and a woman.",
                      "names of the 3 suspects", "suspects")
    assert _named_head("names of the Times Square victims") == "victims"  # a name typed with its capitals
    # A kind whose things have names of their own still wants one.
    assert not _gives("name", None, "They ate at three restaurants, a noodle bar, a diner and a cafe.",
                      "names of the restaurants they ate at", "restaurants")


def test_people_counted_are_persons_under_any_word_for_them():
    # Words near "people" only under the usual closeness (as MiniLM has "recipients"): the word must name persons.
    close = lambda word, candidates, threshold=0.5: set(candidates) if threshold < 0.5 else set()  # noqa: E731
    question = "how many people are getting the medal"
    assert _gives("number", None, "Biden will award the medal to 17 recipients next week.", question, alike=close)
    assert _gives("number", None, "The medal goes to 17 honorees and 3 children.", question, alike=close)
    assert not _gives("number", None, "The medal was carried in 17 cars next week.", question, alike=close)
    assert not _gives("number", None, "The quake damaged 200 restaurants and 40 containers.", question, alike=close)
    assert _gives("number", None, "The medal goes to 40 protesters.", question, alike=close)  # who protests


def test_a_day_that_dates_what_was_said_is_no_date_of_the_act_told():
    told = "Seoul will implement the pact, a defense ministry official told AFP on Saturday."
    assert not _gives("date", None, told, "when will Seoul implement the pact")
    assert not _gives("date", None, "During the joint statement on Thursday, Kishida said talks would resume.",
                      "when's the first meeting of the restarted talks")
    assert _gives("date", None, told, "when did the official tell AFP about the pact")  # asked when it was said
    assert _gives("date", None, "Seoul will implement the pact on Saturday, an official said.",
                  "when will Seoul implement the pact")
    # A day with its "'s" is the act's ("said Monday's attack"); "reported" dates a report too.
    assert _gives("date", None, "Officials said Monday's attack killed five.", "when was the attack")
    assert not _gives("date", None, "Seoul will implement the pact, Yonhap reported on Monday.",
                      "when will Seoul implement the pact")


def test_what_a_named_speaker_goes_on_to_say_is_cited_with_the_claim():
    from rag.evidence import continue_the_quote, reports_words_of

    text = ("But Emanuel argued that it was Beijing's own actions that pushed the countries together.\n\n"
            "If China wasn't in a confrontation with India twice, no one would be, he said.\n\n"
            "“We will see,” a diplomat added.")
    parts = ["But Emanuel argued that it was Beijing's own actions that pushed the countries together.",
             "If China wasn't in a confrontation with India twice, no one would be, he said.",
             "“We will see,” a diplomat added."]
    sentences = [Sentence(source="a.md", start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    vectors = SentenceVectors(lambda texts: [[1.0, 0.0] for _ in texts])
    vectors.ensure(s.text for s in sentences)
    assert reports_words_of("Did Emanuel blame China for pushing them together?", parts[0])
    assert not reports_words_of("Did Kishida blame China?", parts[0])  # another speaker's words
    assert not reports_words_of("Did Emanuel go to Seoul?", "Emanuel went to Seoul on Monday.")  # no words reported
    assert not reports_words_of("Did Yoon visit Tokyo in March?", "In March, officials said it was planned.")  # a month
    out = continue_the_quote([Evidence(sentences[0], 1.0, 1.0, 1.0)], layout, vectors, said_by=True)
    assert out[0].parts == tuple(parts[:2]) and "India" in out[0].sentence.text
    # With ``said_by``, a next sentence that opens a quote is maybe somebody else's: not joined.
    out = continue_the_quote([Evidence(sentences[1], 1.0, 1.0, 1.0)], layout, vectors, said_by=True)
    assert out[0].parts is None or len(out[0].parts) < 2


def test_a_why_question_is_told_the_cause_the_next_sentence_gives():
    from rag.evidence import tell_the_cause

    parts = ["The trip sparked strong opposition in South Korea.",
             "Critics spoke of humiliating diplomacy amid the compensation row.",
             "Rain is expected because a front moves in."]
    text = "\n\n".join(parts)
    sentences = [Sentence(source="a.md", start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    topic = {parts[0]: [1.0, 0.0], parts[1]: [0.8, 0.6], parts[2]: [0.0, 1.0]}
    vectors = SentenceVectors(lambda batch: [topic.get(t, [0.6, 0.8]) for t in batch])
    # The cause (``amid``) goes with the event it follows, cited as one passage.
    out = tell_the_cause([Evidence(sentences[0], 1.0, 1.0, 1.0)], layout, vectors)
    assert out[0].parts == tuple(parts[:2])
    # A passage that gives a cause itself stands alone; so does one followed by the cause of something else.
    assert tell_the_cause([Evidence(sentences[1], 1.0, 1.0, 1.0)], layout, vectors)[0].parts == ()
    topic[parts[1]] = [0.0, 1.0]
    vectors = SentenceVectors(lambda batch: [topic.get(t, [0.6, 0.8]) for t in batch])
    assert tell_the_cause([Evidence(sentences[0], 1.0, 1.0, 1.0)], layout, vectors)[0].parts == ()


def test_a_sources_account_goes_on_to_what_came_of_it():
    from rag.evidence import tell_what_came_of_it

    parts = ["Seoul had threatened to abolish GSOMIA in 2019.",
             "The United States was alarmed by this.",
             "Hours before the treaty expired, South Korea agreed to extend GSOMIA conditionally.",
             "Rain is expected on Friday."]
    text = "\n\n".join(parts)
    sentences = [Sentence(source="a.md", start=text.index(p), end=text.index(p) + len(p), text=p) for p in parts]
    layout = Layout(sentences, {"a.md": text})
    topic = {parts[0]: [1.0, 0.0], parts[1]: [0.6, 0.8], parts[2]: [0.8, 0.6], parts[3]: [0.0, 1.0]}
    vectors = SentenceVectors(lambda batch: [topic.get(t, [0.6, 0.8]) for t in batch])
    # Past one sentence of comment, "Hours before…" tells what came of the threat: cited as one passage with it.
    out = tell_what_came_of_it([Evidence(sentences[0], 1.0, 1.0, 1.0)], layout, vectors)
    assert out[0].parts == tuple(parts[:3]) and "conditionally" in out[0].sentence.text
    # A passage no sentence after it goes on from stands alone; so does one whose sequel is on another topic.
    assert tell_what_came_of_it([Evidence(sentences[2], 1.0, 1.0, 1.0)], layout, vectors)[0].parts == ()
    topic[parts[2]] = [0.0, 1.0]
    vectors = SentenceVectors(lambda batch: [topic.get(t, [0.6, 0.8]) for t in batch])
    assert tell_what_came_of_it([Evidence(sentences[0], 1.0, 1.0, 1.0)], layout, vectors)[0].parts == ()
    # Only a word of sequence that stands alone, or a span of time counted on, goes on with the story.
    from rag.evidence import _GOES_ON_WITH_IT

    assert all(_GOES_ON_WITH_IT.match(t) for t in ("But Emanuel argued", "Then, Seoul agreed", "Two days later, he"))
    assert not any(_GOES_ON_WITH_IT.match(t) for t in (
        "Then-President Moon said", "Still photographs showed", "Yet another summit", "In the event of a war",
        "Years before the summit, Yoon was a prosecutor"))


def test_an_office_the_articles_found_never_name_is_not_theirs():
    texts = ["South Korean President Yoon met Japanese Prime Minister Fumio Kishida. South Korea's foreign ministry "
             "will send a letter. Rahm Emanuel, the US ambassador to Japan, spoke."]
    # "Foreign" sets the office apart: a prime minister or a foreign ministry is no foreign minister.
    assert unnamed_institution("whos south korea's foreign minister", texts) == "foreign minister"
    assert unnamed_institution("which korean defense minister signed it", texts) == "defense minister"
    # The articles' own offices, and offices set apart only by country, time or rank, are theirs.
    for asked in ("who is japan's prime minister", "who is the american ambassador", "who is the new ambassador",
                  "what did the korean president say", "what did the chief spokesman say", "who is the city mayor"):
        assert unnamed_institution(asked, texts) is None, asked
    # Spelt the British way in the articles, the American way in the question: the same office.
    assert unnamed_institution("what did the defense minister say", ["Defence Minister Richard Marles said."]) is None


def test_when_something_was_said_is_dated_where_it_was_said():
    from rag.evidence import date_the_event

    def ev(text: str, covered: float) -> Evidence:
        return Evidence(Sentence(text=text, source="a.txt", start=0, end=len(text)), 0.5, 0.5, 0.5, covered)

    echo = ev("The GSOMIA allows the two countries to share information, Yoon said after his meeting.", 0.4)
    told = ev("South Korea will fully implement a key agreement, a defense ministry official told AFP on Saturday.", 0.6)
    ranked = date_the_event("what day did the official talk to AFP about GSOMIA", [echo, told])
    assert ranked[0] is told
    # Where to look is no question on when something was said ("per the Nikkei report").
    assert date_the_event("when did japan lift the curbs, per the nikkei report", [echo, told])[0] is echo
    # With no act to date by its verb, no deeper search.
    deeper: list[str] = []
    date_the_event("when did the official tell AFP", [echo], lambda: deeper.append("searched") or [])
    assert not deeper
    # Asked of an event by a noun and its people, the passage that names them with the day goes first; not an
    # earlier one ("In September, …"), nor one for an act the question asks with a verb of its own.
    before = ev("In September, Yoon and Kishida held their first summit in New York.", 0.9)
    met = ev("President Yoon met Prime Minister Kishida in Japan on Thursday.", 0.7)
    assert date_the_event("what day was the Yoon Kishida summit", [before, met])[0] is met
    assert date_the_event("when is the next Yoon Kishida summit", [before, met])[0] is before
    # A day that only dates what they said is no day of the event.
    spoke = ev("Yoon told reporters on Friday that Kishida would visit.", 0.7)
    assert date_the_event("what day was the Yoon Kishida summit", [before, spoke])[0] is before


def test_asked_whether_it_happened_before_the_passage_telling_an_earlier_time_goes_first():
    from rag.evidence import tell_the_earlier

    repeats = "Yoon met Kishida, the first such meeting in 12 years."
    earlier = "In September, Yoon and Kishida held the first summit since 2019 in New York."
    other = "In September, Kishida spoke in Tokyo."
    is_name = {"yoon", "kishida"}.__contains__
    first = lambda q, r, more=lambda: (): tell_the_earlier(q, r, more, is_name=is_name)[0].sentence.text  # noqa: E731
    assert first("was this the first time yoon and kishida met", _passages(repeats, other, earlier)) == earlier
    assert first("had yoon and kishida met before", _passages(repeats, earlier)) == earlier
    # Not of the question's people, not asked whether it happened before, or found only by a deeper search.
    assert first("had yoon and kishida met before", _passages(repeats, other)) == repeats
    assert first("where did yoon and kishida meet", _passages(repeats, earlier)) == repeats
    assert first("had yoon and kishida met before", _passages(repeats), lambda: _passages(earlier)) == earlier
    # "Before" a thing, or "already" with another act, asks nothing of an earlier time.
    assert first("did yoon meet kishida before the dinner", _passages(repeats, earlier)) == repeats
    assert first("did yoon and kishida already sign the deal", _passages(repeats, earlier)) == repeats


def test_an_act_is_dated_by_the_weekday_a_few_words_after_its_verb():
    from rag.evidence import _on_the_day

    assert _on_the_day("Just before Yoon arrived in Tokyo on Thursday, North Korea test-fired a missile.", {"arrive"})
    assert not _on_the_day("Yoon arrived in Tokyo. On Thursday, North Korea test-fired a missile.", {"arrive"})
    assert not _on_the_day("North Korea test-fired a missile on Thursday.", {"arrive"})
    assert not _on_the_day("Yoon arrived in Tokyo, and on Thursday North Korea test-fired a missile.", {"arrive"})


def test_when_and_where_the_story_event_was_is_read_from_the_day_most_openings_give():
    from rag.evidence import story_event_asked, story_leads

    texts = {
        "a.md": "The US welcomed on Friday the new chapter. In September, Yoon and Kishida held a summit in New York.",
        "b.md": "Yoon met Kishida in Japan on Thursday. The summit was the first in 12 years.",
        "c.md": "At a summit on Thursday, the two agreed to resume talks.",
    }
    sentences = []
    for source, text in texts.items():
        for piece in re.findall(r"[^.]+\.", text):
            piece = piece.strip()
            sentences.append(Sentence(source=source, start=text.index(piece), end=text.index(piece) + len(piece),
                                      text=piece))
    layout = Layout(sentences, texts)
    # Thursday, as two openings of three give it; not Friday (a reaction) nor September (an earlier time).
    assert [s.text for s in story_leads(layout, list(texts), where=False)] == [
        "Yoon met Kishida in Japan on Thursday.", "At a summit on Thursday, the two agreed to resume talks."]
    assert [s.text for s in story_leads(layout, list(texts), where=True)] == [
        "Yoon met Kishida in Japan on Thursday."]
    # A day no more openings give than another is none taken for the event's.
    tied = {"a.md": "The US welcomed on Friday the new chapter.", "b.md": "Yoon met Kishida on Thursday."}
    tied_layout = Layout([Sentence(source=k, start=0, end=len(v), text=v) for k, v in tied.items()], tied)
    assert story_leads(tied_layout, list(tied), where=False) == []
    # A place written first, or run on into the day after it.
    places = {"a.md": "In Tokyo, the two leaders met.", "b.md": "They met in Tokyo Thursday."}
    places_layout = Layout([Sentence(source=k, start=0, end=len(v), text=v) for k, v in places.items()], places)
    assert len(story_leads(places_layout, list(places), where=True)) == 2
    common = {"summit", "talk"}.__contains__
    assert story_event_asked("when was the summit held", "date", common, lambda w: False) == "date"
    assert story_event_asked("when did the summit occur", "date", common, lambda w: False) == "date"
    assert story_event_asked("where was the summit", None, common, lambda w: False) == "place"
    # A time, an act, a name or a word few articles have of its own: another event.
    for asked in ("when was the last summit", "when did they resume talks", "when did Yoon hold the summit",
                  "when was the dinner"):
        assert story_event_asked(asked, "date", common, lambda w: False) is None, asked


def test_a_comparison_asking_for_a_figure_takes_each_sources_sentence_that_gives_one():
    from rag.compose import select_sentences

    # Source b's closest sentence tells the rule without its length; its sentence that gives one is what b says.
    plain = "b: Relations soured over the colonial rule."
    counted = "b: Japan's 35-year colonial rule of the peninsula."
    told = "a: Japan once colonized Korea for 40 years."
    vectors, _ = _fixed({plain: [1.0, 0.0, 0.0], counted: [0.6, 0.8, 0.0], told: [0.9, 0.0, 0.43]})

    def ev(text: str, score: float) -> Evidence:
        return Evidence(Sentence(source=text[0], start=0, end=len(text), text=text), score, score, 0.5)

    ranked = [ev(plain, 0.8), ev(told, 0.7), ev(counted, 0.3)]
    question = "How long was the colonial rule? The articles say different things, no?"
    assert {e.sentence.text for e in select_sentences(question, ranked, vectors, max_sentences=3,
                                                      shape="comparison")} == {told, counted}


def test_a_decade_is_known_where_the_articles_write_one_of_its_years():
    from rag.evidence import _figures

    def knows(w: str) -> bool:
        return w == "1965"

    assert _figures("did they normalise ties in the 1960s", knows) == set()
    assert _figures("did they normalise ties in the 1980s", knows) == {"1980"}
    assert _figures("did they normalise ties in 1960", knows) == {"1960"}
    assert _figures("were there 1000s of protesters", lambda w: w == "1,000") == set()  # thousands, no decade


def test_whose_line_asks_who_said_it_not_of_a_line():
    from rag.evidence import focus_words

    assert "line" not in focus_words("whose line was that ties under Moon were 'openly bellicose'")
    assert "line" not in focus_words("what was Yoon's line about the vicious circle")
