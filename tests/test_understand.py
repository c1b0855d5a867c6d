"""Question understanding: pure logic on a small hand-made corpus (no index, no model).

The lexicon is built from these texts the way the Chatbot builds it from the
index, so each test shows a general mechanism, not a rule for the seeds.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from index import Sentence
from index.lexicon import proper_names
from rag.evidence import (
    Evidence,
    SentenceVectors,
    focus_words,
    presupposed_action,
    unmatched_focus,
)
from rag.text import terms
from rag.understand import (
    REQUESTED_COUNT,
    Lexicon,
    asked_verbs,
    claimed_parts,
    dated_verbs,
    event_time_conflict,
    place_for,
    premise_conflict,
    shorthand_for,
    specificity,
    time_conflict,
    told_as_earlier,
    understand,
)

TEXTS = [
    "South Korean President Yoon Suk-yeol met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. "
    "Rahm Emanuel, the US ambassador to Japan, welcomed the summit. Seoul will withdraw its complaint at the "
    "World Trade Organization. It was the first summit in 12 years.",
    "Mr. Yoon was accompanied by the leaders of four major conglomerates, Samsung, Hyundai, SK and LG. "
    "South Korean President bowed down to the Japanese flag. The United States welcomed a new chapter.",
    "Yoon said the two countries would share intelligence. Kishida said Japan would lift export controls.",
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.from_texts(TEXTS, [n for t in TEXTS for n in proper_names(t)])


def test_proper_names_are_runs_of_capitals_not_sentence_openers():
    found = proper_names("The talks began. Rahm Emanuel spoke at the World Trade Organization in Geneva.")
    assert "Rahm Emanuel" in found and "World Trade Organization" in found and "Geneva" in found
    assert "The" not in found and "The talks" not in found


def test_names_are_read_as_the_articles_spell_them(lexicon):
    q = understand("What is Rahm Emmanuel's job?", lexicon)
    assert "Emanuel" in q.text and q.note == "Emmanuel → Emanuel"
    q = understand("What did Yun Suk Yeol say?", lexicon)
    assert q.text.startswith("What did Yoon Suk Yeol say")


def test_a_word_joined_on_to_a_name_is_no_part_of_it(lexicon):
    from rag.text import names
    from rag.understand import premise_conflict

    # "Moon-era ties" is about Moon's time; "era" is no name the articles would have to mention.
    assert names("who called the Moon-era ties bellicose") == {"moon"}
    assert names("a US-led push, said Yoon Suk-yeol") == {"us", "yoon", "suk", "yeol"}
    said = ("Under Yoons predecessor Moon Jae-in, South Korea’s relationship with Japan was openly bellicose, "
            "said Joel Atkinson.")
    assert premise_conflict("who called the Moon-era relationship with Japan bellicose", said, lexicon) is None
    assert premise_conflict("who called the China relationship with Japan bellicose", said, lexicon) is not None


def test_the_doer_of_a_passive_verb_is_not_what_the_question_has_after_the_verb(lexicon):
    from rag.understand import premise_conflict

    said = "The move was welcomed by Japan and hailed by the White House."
    assert premise_conflict("did Japan welcome Seoul's compensation plan", said, lexicon) is None
    # Both passive: the doers are in one place.
    assert premise_conflict("was the move welcomed by China", said, lexicon) == ("China", "Japan", "welcomed")


def test_a_figure_counts_the_noun_after_a_word_that_qualifies_it(lexicon):
    from rag.understand import premise_conflict

    said = "Tokyo lifted restrictions on exports of three chemicals, fluorinated polyimide and photoresists."
    assert premise_conflict("Japan lifted curbs on 5 chip chemicals", said, lexicon) == ("5", "three", "chemicals")
    assert premise_conflict("Japan lifted curbs on 3 chip chemicals", said, lexicon) is None
    # Only words written together: "the DW one, how many years of…" counts nothing; nor past a word that says which
    # of them are counted, nor a year.
    assert premise_conflict("the second one, how many chemicals", said, lexicon) is None
    assert premise_conflict("did Japan curb 2 remaining chemicals", said, lexicon) is None
    assert premise_conflict("were the 2019 export curbs eased", "The 2023 curbs were eased.", lexicon) is None


def test_a_name_in_another_slot_or_set_beside_another_is_no_contradiction(lexicon):
    from rag.understand import premise_conflict

    said = "The meeting between Yoon and Kishida marked the first visit between Japanese and Korean leaders since 2012."
    # "before Yoon" is a time, "between Japanese and Korean leaders" who took part: not one slot.
    assert premise_conflict("when did leaders last visit each other before Yoon", said, lexicon) is None
    # Chat's "vs" sets two sources side by side: the second is no target of the first's act.
    said = "Japan once colonized Korea for 40 years."
    asked = understand("tweet says 40 yrs of colonization vs DW").text
    assert asked.endswith("colonization versus DW") and premise_conflict(asked, said, lexicon) is None
    assert premise_conflict("40 years of colonization versus Deutsche Welle", said, lexicon) is None
    assert premise_conflict("40 years of colonization against China", said, lexicon) is not None


def test_chat_words_name_nothing():
    from rag.understand import could_be_name

    assert not could_be_name("ok", True) and not could_be_name("lol", True)
    assert not could_be_name("wit", True)  # chat's "with" ("happy wit the proposal")
    assert could_be_name("biden", True)


def test_a_word_of_english_that_only_sounds_like_a_name_stays_that_word(lexicon):
    # "yen" sounds like "Yoon" but is a word of English two letters away; "yun" is no word, one name.
    assert "in yen" in understand("how big is the budget in yen", lexicon).text
    assert understand("what did yun say", lexicon).text.startswith("what did Yoon say")


def test_more_chat_shorthand_and_contractions(lexicon):
    assert "some kind of flowers" in understand("some kinda flowers wich ones", lexicon).text
    # Shorthand of any news, not of these articles: read before a word the articles lack can refuse.
    assert "opening weekend box office" in understand("thor opening wknd box office", lexicon).text
    assert "what medication is President taking" in understand("what med is potus taking", lexicon).text
    assert understand("sakurajima eruption alert lvl", lexicon).text.endswith("alert level")
    # "aren't" is a contraction, not a name "aren" set against the articles' names.
    from rag.understand import _units

    units = _units("visits that aren't bogged down", lexicon)
    assert all("aren" not in toks for _, toks, *_ in units)


def test_a_tag_of_indian_or_british_english_asks_to_confirm_the_claim(lexicon):
    assert understand("Yoon went to Tokyo only, na?", lexicon).shape == "yes_no"
    assert understand("they met in Tokyo, innit?", lexicon).shape == "yes_no"
    asked = understand("GSOMIA was signed in 2012 only, na? Kindly tell what it covers.", lexicon)
    assert asked.shape == "multi" and claimed_parts(asked.parts) == ["GSOMIA was signed in 2012 only, na"]
    assert understand("what did Lee Hye-na say?", lexicon).shape == "fact"  # a name's end, no tag


def test_chat_abbreviations_a_yes_no_tag_and_contractions_before_a_question_mark(lexicon):
    assert understand("key pts of the deal", lexicon).text == "key points of the deal"
    assert understand("did kishida say smth re the joint stmt y/n", lexicon).text == (
        "did Kishida say something about the joint statement")
    assert understand("was the summit in tokyo? (y/n)", lexicon).text == "was the summit in Tokyo?"
    assert understand("was the summit in tokyo, yes or no?", lexicon).text == "was the summit in Tokyo"
    # "'re" of a contraction is no "re" (about): the word is kept as typed.
    assert understand("what're they doing", lexicon).text == "what're they doing"


def test_contractions_are_the_word_they_contract():
    from rag.text import terms, words

    assert words("they're sure it'd work, we've said") == ["they", "sure", "it", "work", "we", "said"]
    assert terms("what're they doing") == [] and terms("who'll go") == ["go"]
    assert words("o'dell wrote") == ["o'dell", "wrote"]  # not "o'd" of a contraction


def test_an_acronym_takes_letters_from_prepositions_but_not_from_pronouns_or_conjunctions():
    lexicon = Lexicon.from_texts(["Japan is a key partner that shares our values. Ruiz was charged with driving "
                                  "under the influence."], ["Japan", "Ruiz"])
    assert lexicon.expansion("PTS") is None  # not "partner that shares"
    assert lexicon.expansion("DUI") == "driving under the influence"
    # One small word skipped is a term's; two are a clause's ("USD" is no "used for semiconductors and display").
    clause = Lexicon.from_texts(["Japan will lift export controls on materials used for semiconductors and display "
                                 "panels."], ["Japan"])
    assert clause.expansion("USD") is None


def test_a_unit_cut_short_after_a_figure_is_the_unit_not_an_acronym_of_the_articles():
    text = "The SEC has 14 schools. You're twice as likely to die if unable to balance for 10 seconds."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("cant stand on one leg 10 sec, risk?", lexicon).text == "can't stand on one leg 10 seconds, risk?"
    assert understand("a 100 sq ft room", lexicon).text == "a 100 square feet room"
    assert "SEC" in understand("how many schools in the sec", lexicon).text  # the conference, where no figure is
    assert "SEC" in understand("who won the 2023 sec title", lexicon).text  # a year is no figure of a unit


def test_a_well_known_place_typed_in_lower_case_is_a_name_though_the_articles_never_use_it():
    text = "Yoon met Kishida in Tokyo. A ministry official told AFP on Saturday."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("why did yoon meet kishida in london", lexicon).text.endswith("in London")
    # Not a word English has ("turkey", "nice").
    assert understand("was the turkey nice", lexicon).text == "was the turkey nice"
    # Right after "in", "at" or "from", a smaller city is a place too; elsewhere only a city of a million.
    assert understand("did yoon meet kishida in geneva", lexicon).text.endswith("in Geneva")
    from rag.understand import place_name

    assert place_name("geneva") is None and place_name("geneva", placed=True) == "Geneva"
    assert place_name("london") == "London" and place_name("nice", placed=True) is None


def test_a_people_the_articles_never_name_is_read_as_the_country_they_do():
    from rag.understand import country_of_people

    assert "united states" in country_of_people("Americans")  # and American Samoa
    assert country_of_people("Nigerian") == {"nigeria"}  # the longest stem: not "Niger-ian"
    assert country_of_people("Chinese") == {"china", "hong kong", "macao"} and country_of_people("Iranians") == {"iran"}
    assert country_of_people("Russian") == {"russia"} and country_of_people("Germans") == {"germany"}
    # No word of English, no word many countries' names end with, no people of a "South …" by its last word.
    for word in ("Samsung", "chin", "francs", "republicans", "federation", "Helen", "African", "island"):
        assert not country_of_people(word), word
    text = "The United States welcomed the summit. North Korea and South Korea were not asked."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("did the americans like the summit", lexicon).text == "did the United States like the summit"
    # A people of two countries the articles name is neither; a slip ("americs") is no people; nor is one of a
    # country the articles never name.
    assert understand("did the koreans like it", lexicon).text.lower() == "did the koreans like it"
    assert "United States" not in understand("the summit of the americs", lexicon).text
    assert understand("did the Brazilians like it", lexicon).text == "did the Brazilians like it"
    # Part of a name is no people: "American Airlines", "Latin American", "Sino-American".
    for asked in ("did American Airlines like it", "did Latin American leaders like it", "were Sino-American talks held"):
        assert "United States" not in understand(asked, lexicon).text, asked


def test_media_the_articles_tell_of_are_no_comparison_of_the_sources():
    from rag.understand import is_comparison

    assert is_comparison("how do the outlets differ") and is_comparison("how did the media cover it")
    assert not is_comparison("Which japanese media reported the menu")  # the articles' "NHK reported"
    assert not is_comparison("what did state media say") and not is_comparison("what did Korean media say")
    assert is_comparison("Which media reported it first?")  # the question's own first word says nothing of whose
    # One piece set beside another compares the sources; what somebody compared a thing to does not.
    assert is_comparison("How does the Antiwar.com piece compare with the DW report on GSOMIA?")
    assert not is_comparison("what did kishida compare the relations to")
    assert not is_comparison("how did the report compare ties to cherry blossoms")
    # One source singled out is no comparison of them ("one of the sources is DW chinese - what is DW").
    assert not is_comparison("one of the sources is DW chinese - what is DW")
    assert is_comparison("which one of the sources reported it first")
    assert is_comparison("one of the articles says 40, another 35 - which is right?")
    # The articles taken together as where to look set no side against another.
    assert not is_comparison("who is Rahm Emanuel, per the articles?")
    assert not is_comparison("According to these reports, when did the summit start?")
    assert is_comparison("is the death toll the same in all the reports?")  # set side by side
    assert is_comparison("how do the articles differ on the date, per the reports?")


def test_a_why_question_asked_for_which_reason_is_a_why_question(lexicon):
    assert understand("For which reason did Japan lift the controls?", lexicon).text.startswith("Why did Japan")
    assert understand("what is the reason why japan lifted the controls", lexicon).text.startswith("why Japan")
    # "The reason that…" is a clause of its own; "why didn't…", "why might…" take nothing for granted.
    assert understand("what was the reason that Japan gave", lexicon).text == "what was the reason that Japan gave"
    assert understand("why didn't Japan apologize", lexicon).presupposes == ""
    assert understand("why might Japan apologize", lexicon).presupposes == ""


def test_a_why_without_its_auxiliary_takes_its_clause_for_granted(lexicon):
    assert understand("Why the Japanese companies accepted to pay?", lexicon).presupposes == (
        "the Japanese companies accepted to pay")
    assert understand("how come Japan lifted the controls", lexicon).presupposes == "Japan lifted the controls"
    assert understand("why not lift the controls", lexicon).presupposes == ""
    # What is to come is taken for granted as much as what was; "why won't…" asks of what does not happen.
    assert understand("why will japan lift the controls", lexicon).presupposes == "Japan lift the controls"
    assert understand("why won't japan lift the controls", lexicon).presupposes == ""
    # A why put as what caused it takes its clause for granted too; "what led to…" names no one who acts.
    assert understand("what prompted Moon to travel to Tokyo", lexicon).presupposes == "Moon to travel to Tokyo"
    assert understand("what led seoul to revive the pact", lexicon).presupposes == "seoul to revive the pact"
    # What it made or got is no one caused to act: "what made headlines", "what got cut", "what led to the thaw".
    assert understand("what made headlines at the summit", lexicon).presupposes == ""
    assert understand("what got cut from the budget", lexicon).presupposes == ""
    assert understand("what led to the thaw", lexicon).presupposes == ""


def test_a_when_clause_claims_what_the_one_asked_about_did():
    from rag.understand import clause_claim

    assert clause_claim("What did China's foreign ministry say when it welcomed the summit?") == (
        "when China's foreign ministry welcomed the summit")
    assert clause_claim("what did Yoon mean when he said that") == "when Yoon said that"
    assert clause_claim("what did China say after it welcomed the deal") == "after China welcomed the deal"
    # Not a question about what somebody said or did, nor a clause of somebody else's; not a pronoun that cannot
    # be that one ("it" of a person, "they" of anybody), nor a passive clause ("when it was announced").
    assert clause_claim("who was there when it launched") == ""
    assert clause_claim("what did Yoon say when Kishida bowed") == ""
    assert clause_claim("What did Yoon say when it lifted the export controls") == ""
    assert clause_claim("What did China say when they welcomed the deal") == ""
    assert clause_claim("what did the ministry say when it was announced") == ""


def test_chat_shorthand_that_is_a_name_of_the_articles_stays_that_name():
    text = "Pharmacist Kevin Re said supplies ran short. Re added that patients waited."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("who is kevin re", lexicon).text.lower() == "who is kevin re"  # not "who is Kevin about"
    assert understand("what did he say re supplies", Lexicon.from_texts(["Supplies ran short."], [])).text == (
        "what did he say about supplies")
    # Shorthand for a small word, typed in lower case, where the articles' name is written in capitals.
    era = "The festival marks the arrival of Buddhism in Sri Lanka in 236 BC. Europe is cheaper now."
    lexicon = Lexicon.from_texts([era], proper_names(era))
    assert understand("is europe cheaper bc of the dollar", lexicon).text == "is europe cheaper because of the dollar"


def test_a_word_of_english_in_any_of_its_forms_is_no_misspelt_name():
    text = "The storm reached Wales. A new dam was built near Deborah James's home; she was made a Dame."
    lexicon = Lexicon.from_texts([text], ["Wales", "Dam", "Deborah James"])
    assert "walks" in understand("what if he walks away", lexicon).text  # "walk", not "Wales"
    assert understand("when did deborah james get made a dame", lexicon).text.endswith("a dame")
    # A misspelling a letter off a word of English is that word, not a name two letters off.
    calder = Lexicon.from_texts(["Sarah Calder hosted it."], ["Sarah Calder"])
    assert understand("wat was her podcast caled", calder).text == "what was her podcast called"


def test_nicknames_blended_from_a_name_and_first_names_cut_short_are_the_articles_person():
    text = ("Prime Minister Boris Johnson lost the vote. Secretary of State Antony Blinken spoke to Joe Biden. "
            "Jill Stein ran too. Bob Oldham and Jordan Smith met on Friday March 3.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("when did bojo lose the vote", lexicon).text == "when did Boris Johnson lose the vote"
    assert "Antony Blinken" in understand("what did tony blinken say", lexicon).text
    # Another first name is another person ("Hunter Biden" is not Joe), and an English word is no nickname.
    assert "Hunter Biden" in understand("what did Hunter Biden say", lexicon).text
    assert lexicon.blended("bojo") == "Boris Johnson"
    assert lexicon.blended("bold") is None  # a word of English, though "Bob Oldham" starts with its letters
    assert lexicon.blended("frima") is None  # a day and a month are no person
    assert "Jordan" not in understand("what did dan smith say", lexicon).text  # "Jordan" ends on "dan": another man
    assert "Max Verstappen" in understand("what did Max Verstappen say", lexicon).text  # a name, not "maximum"


def test_a_team_cut_short_in_the_plural_and_a_code_with_figures():
    text = "The Colorado Avalanche won the Cup. Tampa Bay (TB) lost. Lehkonen scored."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert "Avalanche" in understand("who scored for the avs", lexicon).text
    assert "TB12" in understand("how many super bowls did TB12 win", lexicon).text  # no "Tampa Bay12"
    assert "Republican primaries" in understand("turnout in GOP primaries", lexicon).text
    # Where the articles write the nickname too, the question keeps it, and it names the party all the same.
    assert premise_conflict("turnout in GOP primaries rose", "Turnout in Republican primaries rose.", lexicon) is None


def test_casual_contractions_without_apostrophes_and_sports_shorthand(lexicon):
    assert understand("who said theres a deal", lexicon).text == "who said there's a deal"
    assert understand("who scored the ot winner", lexicon).text == "who scored the overtime winner"
    # A word cut by an apostrophe is no part of a name heard apart ("gretch isn't").
    text = "Gov. Gretchen Whitmer asked Congress to act."
    whitmer = Lexicon.from_texts([text], proper_names(text))
    assert "Gretchen isn't" in understand("why gretch isnt asking", whitmer).text
    # "cf." is English's "compare", not the initials of the articles' "China's Foreign Ministry".
    text = "China's Foreign Ministry said Beijing opposes the summit."
    china = Lexicon.from_texts([text], proper_names(text))
    assert understand("Cf. the DW piece and this one", china).text.startswith("compare")


@pytest.mark.parametrize(("question", "read"), [
    ("wetin Kishida say dem agree?", "what Kishida say they agree?"),
    ("wetin be omurice sef?", "what is omurice?"),
    ("why Washington dey push Tokyo and Seoul together?", "why Washington push Tokyo and Seoul together?"),
    ("the sharing, e dey pass through the US?", "the sharing, it pass through the US?"),
    ("Yoon land for which city? Osaka abi Tokyo", "Yoon land for which city? Osaka or Tokyo"),
    ("the WTO complaint, who file am sef", "the WTO complaint, who file it"),
    ("who talk say the firms go pay", "who said the firms go pay"),
    ("is it true say dem meet in Tokyo", "is it true that they meet in Tokyo"),
    ("abeg how many yrs e don suspend", "how many years it suspend"),
    ("abeg how far with the talks?", "what is the latest on the talks?"),  # a greeting, no distance asked
    ("Wetin dem agree?", "what they agree?"),  # capitalised by the phone
])
def test_west_african_pidgin_grammar_words_are_read_in_english(question, read):
    assert understand(question).text == read


def test_pidgin_is_read_only_where_the_question_is_pidgin():
    # A tag at the end asks to confirm ("…na so?"), as English's "right?" does.
    tagged = understand("dem hold a state banquet for Yoon, na so?")
    assert tagged.text == "they hold a state banquet for Yoon?" and tagged.shape == "yes_no"
    # English with none of Pidgin's own words stays as typed: "am", "dem", "don", "wan", "e" are English's there.
    for kept in ("I am sure it was 9 am", "dem senators want a vote", "did the crew don masks before 6 am?",
                 "how far did it fly", "what did Wan Yi say", "what time am I on", "Is hepatitis e no longer a threat",
                 "how far with a full tank can it go"):
        assert understand(kept).text == kept
    # A word the articles use is theirs ("Una", a river; "Sef", a name).
    text = "The Una river flooded. Sef Abi said the bridge held."
    una = Lexicon.from_texts([text], proper_names(text))
    assert understand("wetin Sef Abi talk say about the Una river?", una).text == "what Sef Abi said about the Una river?"


def test_words_of_asking_of_another_language_are_read_in_english():
    assert understand("porque the relations Japan Korea are so bad?").text == "why the relations Japan Korea are so bad?"
    assert understand("quem said he wants a new chapter?").shape == "attribution"
    assert understand("por qué did Yoon go").text == "why did Yoon go"
    assert understand("quantos people protested").text == "how many people protested"
    assert understand("what he told CNN about North Korea e China?").text == "what he told CNN about North Korea and China?"
    # "…, né?": a tag that asks to confirm; dropped, the statement is asked as a yes/no question, a question that
    # asks something else stays one.
    tagged = understand("the mayor opened the bridge on monday, né?")
    assert tagged.text == "the mayor opened the bridge on monday?" and tagged.shape == "yes_no"
    assert understand("porque the mayor opened the bridge, né?").shape == "fact"
    assert understand("the deal não é valid?").text == "the deal não é valid?"  # "is not", not a tag
    spanish = understand("the mayor opened the bridge on monday, ¿verdad?")
    assert spanish.text == "the mayor opened the bridge on monday?" and spanish.shape == "yes_no"
    # A tag is a word of its own ("Sadio Mané" keeps his name); "porque" inside a clause is "because", and a
    # capitalised word inside a sentence a name ("Quantas", typed for "Qantas").
    for kept in ("who is Sadio Mané?", "the bridge closed porque the river flooded", "did Quantas cancel flights"):
        assert understand(kept).text == kept
    # Not "e" or "et" where English has them, nor a word that is a name of the articles'.
    for kept in ("vitamin e levels", "Smith et al. said", "Plan E and more", "the e coli outbreak",
                 "how many e scooters", "at 8 pm et tonight"):
        assert understand(kept).text == kept
    text = "Mayor Ana Quando opened the bridge."
    quando = Lexicon.from_texts([text], proper_names(text))
    assert "Quando" in understand("what did quando open", quando).text


def test_acronyms_take_the_expansion_the_articles_use(lexicon):
    q = understand("Did South Korea drop its WTO case?", lexicon)
    assert "World Trade Organization" in q.text
    assert [c.why for c in q.corrections] == ["acronym"]
    # A country's code typed in lower case is the country, in a question with capitals elsewhere too ("Japanese
    # Prime" is the start of a title, whose initials happen to be the same).
    assert "with Japan and" in understand("why does the US want to work w/ jp and SK", lexicon).text
    # A code cut short in title case, consonants only, is read as its capitals ("Jpn": "JPN").
    assert "-Japan relation" in understand("who said the ROK-Jpn relation was bellicose", lexicon).text


def test_a_style_of_address_names_nobody_and_a_formal_country_name_is_the_one_the_articles_use(lexicon):
    q = understand("Why did His Excellency President Yoon go to Tokyo?", lexicon)
    assert q.text == "Why did President Yoon go to Tokyo?" and q.note == "left out “His Excellency”"
    # Standing alone, the style is the person: the pronoun, as subject or object.
    assert understand("what did His Excellency say?", lexicon).text == "what did he say?"
    assert understand("who met Her Majesty?", lexicon).text == "who met her?"
    # Before a title, typed in lower case too, it goes; a style's own name ("Her Majesty's Government") and the
    # adjective "honorable" stay.
    assert understand("why did his excellency president yoon go to tokyo", lexicon).text.startswith("why did president")
    assert understand("what did His Holiness the Dalai Lama say", lexicon).text == "what did the Dalai Lama say"
    assert "Her Majesty's Government" in understand("What did Her Majesty's Government announce?", lexicon).text
    assert "honorable discharge" in understand("was it an honorable discharge", lexicon).text
    texts = [*TEXTS, "South Korea will withdraw its complaint."]
    korea = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    q = understand("What did the Republic of Korea withdraw?", korea)
    assert q.text == "What did South Korea withdraw?" and q.note == "the Republic of Korea → South Korea"
    # Not where the articles don't know the country by its common name either, nor where they write the formal name
    # as a name of their own.
    assert "Republic of Korea" in understand("What did the Republic of Korea withdraw?", lexicon).text
    texts = [*texts, "The Republic of Korea filed a complaint."]
    formal = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    assert "Republic of Korea" in understand("What did the Republic of Korea withdraw?", formal).text
    # "The United States" is theirs; "of America" is not.
    assert understand("what did the United States of America welcome", lexicon).text == "what did United States welcome"
    assert "United States" in understand("what did the United States welcome", lexicon).text


def test_w_between_words_is_with_but_a_middle_initial_stays(lexicon):
    assert understand("which bosses went w yoon", lexicon).text.endswith("went with Yoon")
    assert "can you tell" in understand("can U tell me what Yoon said", lexicon).text  # other letters still read
    assert "in w europe" in understand("what happened in w europe", lexicon).text  # "west", after a preposition
    assert "George W Bush" in understand("did George W Bush meet w Kishida", lexicon).text
    assert "meet with Kishida" in understand("did George W Bush meet w Kishida", lexicon).text
    # "n" for "and" where a second question follows; "n korea" is North Korea, no "and".
    assert "summit and how many" in understand("when was the summit n how many came", lexicon).text
    assert "and korea" not in understand("what did n korea fire", lexicon).text.lower()


def test_misspellings_are_corrected_against_the_corpus(lexicon):
    q = understand("wat did kishda say abt the summitt", lexicon)
    assert q.text == "what did Kishida say about the summit"
    assert {c.why for c in q.corrections} == {"casual", "name", "spelling"} or {c.why for c in q.corrections} == {
        "casual", "spelling"}


def test_small_words_typed_in_haste_are_read_as_meant(lexicon):
    # Two letters swapped in a small word, and a question word a letter off where the question opens.
    assert understand("hwo many years since the last summit", lexicon).text.startswith("how many years")
    assert "Yoon and Kishida" in understand("whre did yoon adn kishida meet", lexicon).text
    assert understand("whre did yoon adn kishida meet", lexicon).text.startswith("where did")
    assert understand("waht did hte ambassador say", lexicon).text.startswith("what did the ambassador")
    # Elsewhere a letter off a question word is no question word ("were"), and an acronym of the articles is
    # that acronym, not "who".
    assert "where" not in understand("yoon and kishida whre in tokyo", lexicon).text
    assert "World Trade Organization" in understand("wto complaint whats that about", lexicon).text
    # A word of a name the articles never use is no slip, typed in capitals or not ("Lal", "huw": no "all", "how").
    assert understand("What did Lal Krishna Advani say", lexicon).text.startswith("What did Lal Krishna")
    assert understand("huw edwards why was he suspended", lexicon).text.lower().startswith("huw edwards")
    assert "hwy" in understand("was hwy 1 closed", lexicon).text.lower()  # a word written on purpose often enough
    # A slip common enough to be written often ("teh") is still one when the word meant is used far more; a vowel
    # left out of a small word leaves that word when it is an everyday one ("giv"), not of a rarer one ("rok"), and
    # newsroom shorthand stays ("hed": the headline, no "head").
    assert understand("whats teh reason tokyo and japan giv", lexicon).text.endswith("the reason Tokyo and Japan give")
    assert understand("what did the rok say", lexicon).text == "what did the rok say"
    assert "hed" in understand("what does the hed say", lexicon).text.split()


def test_a_name_of_the_articles_typed_whole_is_read_whole_though_a_word_of_it_reads_as_english():
    texts = ["Monroe wore the dress while singing to the president. Ripley's bought the Marilyn Monroe dress.",
             "South Korea's president met the press."]
    lexicon = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    # "marylin" alone is a letter off "marlin", a word of English; beside "monroe" it is the name.
    assert "Marilyn Monroe" in understand("how much did ripleys pay for the marylin monroe dress", lexicon).text
    # Words the articles all use, a possessive among them, are no misspelling of some name of theirs.
    assert "south korea's president" in understand("who was south korea's president before", lexicon).text.lower()


def test_a_word_of_english_is_another_misspelt_only_when_they_sound_alike():
    texts = ["Japan is having talks on its budget. The party had planned to win seats after the vote.",
             "Farmers are planting trees."]
    lexicon = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    assert "halving" in understand("why is japan halving its budget", lexicon).text  # no "having"
    assert "planned" in understand("why had the party planed to win", lexicon).text
    assert "planting" in understand("why are farmers panting trees", lexicon).text  # a letter left out


def test_chat_shorthand_for_a_difference_and_for_asking_it_simply(lexicon):
    assert understand("yoon vs kishida whats the diff", lexicon).text.endswith("what is the difference")
    assert "eli5" not in understand("whats the wto complaint eli5", lexicon).text.lower()
    assert "stuffing" in understand("who won the stuffing contest", lexicon).text  # filler only as a whole word


def test_chat_contractions_are_read_as_meant(lexicon):
    assert understand("why'd they meet", lexicon).text == "why did they meet"
    assert understand("what’d yoon say", lexicon).text.startswith("what did Yoon say")
    assert understand("what wud happen", lexicon).text == "what would happen"
    assert understand("which uni does the prof teach at", lexicon).text == (
        "which university does the professor teach at")
    assert "Uni-President" in understand("what did Uni-President say", lexicon).text  # part of a joined word


def test_an_adverb_or_a_plain_describing_word_the_articles_lack_names_nothing():
    from rag.understand import could_be_name

    assert not could_be_name("suddenly", lowered=True)
    assert could_be_name("biden", lowered=True)
    # "yoon trip popular back home": an adjective of English, not a place the trip went to; one made of a name is.
    assert not could_be_name("popular", lowered=True)
    assert could_be_name("russian", lowered=True)


def test_lower_case_names_get_their_capitals_back(lexicon):
    assert "Yoon" in understand("what did yoon say", lexicon).text


def test_english_words_the_articles_lack_are_left_alone(lexicon):
    q = understand("Which companies' bosses went to Tokyo with Yoon?", lexicon)
    assert q.text == "Which companies' bosses went to Tokyo with Yoon?" and not q.corrections


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("Summarize the summit in three points.", "summary"),
        ("tldr on the summit", "summary"),
        ("what was agreed", "summary"),
        # Other words for an overview: the picture, one takeaway, a short version asked after the question.
        ("whats the overall picture on the trade fight", "summary"),
        ("main takeaway of the piece on the strike", "summary"),
        ("what did the analysts make of the deal, short version", "summary"),
        ("what picture did he post", "fact"),
        ("Did Japan lift the controls?", "yes_no"),
        ("Who said the two countries would share intelligence?", "attribution"),
        ("who met Kishida and when did they meet", "multi"),
        ("What did Kishida say?", "fact"),
    ],
)
def test_answer_shapes(question, shape):
    assert understand(question).shape == shape


def test_multi_part_questions_are_split():
    assert understand("when was it signed and who shelved it").parts == ("when was it signed", "who shelved it")
    # A bare question word at the end asks it of the part before.
    assert understand("when did moon end the pact and why").parts == (
        "when did moon end the pact", "why did moon end the pact")
    # Asked of the doer ("who shelved…"), the act is what follows "who"; each bare one after asks of it.
    assert understand("who went and why").parts == ("who went", "why went")
    assert understand("who is he and why").parts == ("who is he and why",)  # "who is" asks of nobody's act
    assert understand("who shelved gsomia and what year").parts == ("who shelved gsomia", "what year shelved gsomia")
    assert understand("who scrapped gsomia, what year, and why").parts == (
        "who scrapped gsomia", "what year scrapped gsomia", "why scrapped gsomia")
    # A bare question word first asks it of the part after ("where" was dropped).
    assert understand("where and when was the summit and who was hosting").parts == (
        "where was the summit", "when was the summit", "who was hosting")
    assert understand("when and where did they meet").parts == ("when did they meet", "where did they meet")
    # Two questions set side by side ("vs", "versus", "compared to") are two parts; a clause after "against" is none.
    assert understand("how did the us react vs how did china react").parts == (
        "how did the US react", "how did china react")
    assert understand("why did they protest against how they were treated").shape == "fact"
    assert understand("did they vote against what was proposed").parts == ("did they vote against what was proposed",)
    assert len(understand("how did sales do compared to what was expected").parts) == 1
    assert understand("what day was the summit held and in which city").parts == (
        "what day was the summit held", "in which city was the summit held")
    # A bare question word of the kind the part before asks already says it again: one question.
    assert understand("when is kishida going to visit seoul? which date").shape == "fact"
    assert understand("when will the ban end, what date it is effective").shape == "fact"
    assert understand("where did they meet, in which city").shape == "fact"
    assert understand("how many died? how many exactly").shape == "fact"
    # Another kind, or another act ("when was it signed"), is a part of its own.
    assert understand("where did they meet, what date").shape == "multi"
    assert understand("when did they meet and when was it announced").parts == (
        "when did they meet", "when was it announced")
    # What follows a question without asking anything says how to answer it, no part of its own.
    q = understand("what time did the missile launch? need the hour")
    assert q.shape != "multi" and q.text == "what time did the missile launch?", q.text
    assert understand("which firms pay into the fund? names pls").text == "which firms pay into the fund?"
    assert understand("how much will fares go up? $ amt").text == "how much will fares go up?"
    # The unit the figure is wanted in is no other part, with its own question mark too.
    assert understand("how much did the firms pay in total?? won amount?").text == "how much did the firms pay in total?"
    q = understand("how much will the budget be? and in dollars?")
    assert q.shape != "multi" and q.text == "how much will the budget be?", q.text
    assert understand("how far did the icbm fly? km / distance?").text == "how far did the icbm fly?"
    assert understand("how far did the icbm fly? altitude?").shape == "multi"  # a figure of its own
    # Without a unit, "and" asks for more; a form tail after a later part is dropped from there.
    assert understand("where was the summit held? and the date?").shape == "multi"
    assert understand("who won the match? by how much? pls").text == "who won the match? by how much?"
    # A point or a line in a question that asks no overview makes none: only a count of them does.
    assert understand("was Kishida right in his point about China?").shape == "yes_no"
    assert understand("how long did voters wait in the lines?").shape != "summary"
    assert understand("the summit in 3 point, simple").shape == "summary"
    # …and so does what the answer is needed for ("need the venue for the post"), unless it asks more of it.
    assert understand("which restaurant was the dinner at? need the venue for the post").text == (
        "which restaurant was the dinner at?")
    assert understand("why did they meet? need background on the deal too").shape == "multi"
    # What "it" (the answer) is needed for says nothing more ("…? Need it for attribution.").
    assert understand("who briefed the press? Need it for attribution.").text == "who briefed the press?"
    assert understand("who briefed the press? need it for the story and also when").shape == "multi"
    assert understand("who met? need to know when").shape == "multi"
    assert understand("who met? need the venue and date for the post").shape == "multi"  # asks more
    assert understand("who won? need the score for the final").shape == "multi"  # the final is no use of the answer
    # "Key points" after the question only asks to keep it short: a how-many or when question stays one.
    q = understand("how many homes burned? key points pls")
    assert q.shape == "fact" and q.text == "how many homes burned?", q.text
    assert understand("what was actually agreed at the summit? key points pls").shape == "summary"  # as asked
    # The question again, of another, or another request, is a part of its own.
    assert understand("what did the FDA say? Brightwell too").shape == "multi"
    assert understand("which lots are covered? explain the impurity").shape == "multi"
    assert understand("how much do the cuts save? need okafor's response").shape == "multi"
    assert understand("did the pact expire? and was there a catch").parts == (
        "did the pact expire", "and was there a catch")


def test_specificity_follows_general_english_not_the_corpus():
    assert specificity("job") < specificity("bosses") < specificity("conglomerates") <= 1.0
    assert specificity("2016") == 1.0


def test_presuppositions_of_why_questions():
    assert understand("Why did Kishida bow to the flag?").presupposes == "Kishida bow to the flag"
    assert understand("Did Kishida bow?").presupposes == ""


@pytest.mark.parametrize(
    ("question", "evidence", "expected"),
    [
        ("Why did Kishida bow to the South Korean flag?", "South Korean President bowed down to the Japanese flag.",
         True),
        ("What was discussed at the first summit in 20 years?", "It was the first summit in 12 years.", True),
        ("Why did Russian ships sail near the islands?", "Chinese ships sailed near the islands.", True),
        ("Did Yoon meet Kishida in Tokyo?", TEXTS[0].split(". ")[0], False),
        ("When did the US welcome the new chapter?", "The United States welcomed a new chapter.", False),
        ("What does the HUFS professor say?", "Joel Atkinson, a professor at Hankuk University, said so.", False),
        # The subject asked of, and the object of a preposition before the same verb in the passage.
        ("What year did GSOMIA date from?", "This framework for sharing intelligence without having to go through "
         "the United States dates from 2016.", False),
        ("What year did GSOMIA date from?", "The United States dates from 1776.", True),
    ],
)
def test_premise_conflicts(lexicon, question, evidence, expected):
    found = premise_conflict(understand(question, lexicon).text, evidence, lexicon)
    assert (found is not None) is expected, found


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What was the weather in Tokyo during the summit?", ["weather"]),
        ("Which football team does Kishida support?", ["football", "team"]),
        ("What is Rahm Emanuel's job?", []),  # a role: any title answers it
        ("what did Yoon say", []),
        ("Which companies' bosses went to Tokyo?", ["bosses"]),  # "went" is a verb
        ("what kind of missile did they fire", ["missile"]),
        ("Which two countries did NATO invite?", ["countries"]),  # a common modifier does not narrow it
        ("Which major change is coming to Netflix?", ["change"]),
        ("what's Yoon's approval rating after the trip", ["approval", "rating"]),  # "what's", then "after"
        ("Which head of state resigned this week?", ["head of state"]),  # no head: matched as a whole
        ("what was the total value of Japan's trade", ["value"]),  # "of" a name only says whose
        ("what word did Kishida use", []),  # a word is what somebody said, any passage quoting him
        ("what else did he say about China", []),  # an adverb names no thing a passage must speak of
        ("which overseas markets did Toyota enter", ["overseas", "markets"]),  # an adjective still narrows it
    ],
)
def test_focus_words(question, words):
    assert focus_words(question) == words


def _vectors(table: dict[str, list[float]]) -> SentenceVectors:
    """Word vectors from a table (unknown words get a vector of their own, unlike every other)."""
    def embed(texts):
        out = []
        for t in texts:
            v = np.array(table.get(t, [0.0, 0.0, 0.0] + [float(hash(t) % 97 + 1)]), dtype=np.float32)
            out.append((v / np.linalg.norm(v)).tolist())
        return out
    return SentenceVectors(embed)


def _evidence(text: str) -> Evidence:
    return Evidence(Sentence("a.txt", 0, len(text), text), 1.0, 0.5, 0.5, 0.5)


def test_a_focus_word_is_found_by_meaning_or_missing():
    vectors = _vectors({"bosses": [1, 0, 0, 0], "leaders": [0.9, 0.1, 0, 0], "weather": [0, 1, 0, 0]})
    ranked = [_evidence("The leaders of four conglomerates came.")]
    assert unmatched_focus("Which companies' bosses came?", ranked, vectors) == []
    assert unmatched_focus("What was the weather?", ranked, vectors) == ["weather"]
    # A place in order is a rank: "122nd" tells of it, a passage without one does not.
    vectors = _vectors({"rank": [0, 0, 1, 0]})
    assert unmatched_focus("what rank is Ukraine on the list", [_evidence("Ukraine is 122nd on it.")], vectors) == []
    assert unmatched_focus("what rank is Ukraine on the list", [_evidence("Ukraine is on it.")], vectors) == ["rank"]
    dated = [_evidence("Ukraine signed it on March 1st, in its 30th anniversary year.")]
    assert unmatched_focus("what rank is Ukraine on the list", dated, vectors) == ["rank"]  # a day, an anniversary


def test_the_action_a_question_takes_for_granted():
    assert presupposed_action("Kishida cancel his trip to Seoul") == "cancel"
    assert presupposed_action("the summit take place in Beijing") is None  # a light verb says too little
    # After a determiner or a possessive comes a noun, not the act: "the board", "twitters board" (Twitter's).
    assert presupposed_action("the board reject the bid") == "reject"
    assert presupposed_action("twitters board reject musks bid", is_name=lambda w: w == "twitter") == "reject"
    assert presupposed_action("Twitter's board reject the bid") == "reject"
    assert presupposed_action("the skeleton that Sotheby's is auctioning dug up") == "auctioning"


def test_an_act_is_told_by_a_verb_or_by_a_word_much_closer_in_meaning():
    from rag.evidence import action_missing

    # Single words put opposites close: "approval" (no verb) does not tell of rejecting; "friends" tells of
    # "buddies" (nearly the same).
    vectors = _vectors({"reject": [1, 0, 0, 0], "approval": [0.6, 0.8, 0, 0], "buddies": [0, 0, 1, 0],
                        "friends": [0, 0, 0.8, 0.6], "decline": [0.8, 0.6, 0, 0], "announce": [0, 1, 0, 0],
                        "firms": [1, 0, 0, 0], "pay": [1, 0, 0, 0], "stated": [0, 0, 1, 0]})
    assert action_missing("the board reject the bid", [_evidence("The board gave its approval.")], vectors) == "reject"
    assert action_missing("the board reject the bid", [_evidence("The board may decline.")], vectors) is None
    assert action_missing("Japan and Korea suddenly buddies", [_evidence("They are friends.")], vectors) is None
    # Any verb of making a thing known tells of announcing it ("the South Korean side stated in early March…").
    assert action_missing("they announce this", [_evidence("Firms stated.")], vectors) is None
    assert action_missing("they announce this", [_evidence("Firms pay.")], vectors) == "announce"


def test_names_typed_in_lower_case_are_checked_whole(lexicon):
    # A word the articles never use between two of their name words is part of one name, not another's.
    assert "Kim Yo Jong" in understand("what did kim yo jong say", Lexicon.from_texts(
        ["Leader Kim Jong Un watched the launch with Kim Ju Ae."], ["Kim Jong Un", "Kim Ju Ae"])).text
    # Two such words in a row are a name the articles lack, not respellings of theirs ("Jae" for "joe").
    assert "Joe Biden" in understand("what did joe biden say", lexicon).text
    # Next to a name, a common word stays a word ("korean defence", "korea's role").
    assert "korea's role" in understand("summarize south korea's role", lexicon).text.lower()
    ministry = Lexicon.from_texts(["South Korea's defense ministry said so."], ["South Korea"])
    # (in the American spelling the articles use)
    assert "defense ministry" in understand("what did the south korean defence ministry say", ministry).text
    assert "climate deal" in understand("what did they say abt the climate deal", lexicon).text  # none rare


@pytest.mark.parametrize("question, evidence, expected", [
    ("how many meetings this year", "They held 40 meetings last year.", ("this year", "last year")),
    ("who won in 2018", "The party won in 2016.", ("2018", "2016")),
    ("what did he say on Friday", "On Thursday, he said the talks went well.", ("Friday", "Thursday")),
    ("how many meetings last year", "They held 40 meetings last year.", None),
    ("how many meetings in the past year", "They held 40 meetings last year.", None),  # the same time
    ("who won in 2018", "The party won the vote.", None),  # silent on the year: no conflict
    ("what may happen next", "In March, talks resume.", None),  # "may", the verb
    # Which side of the event: "the day after" is contradicted by "the day before", "hours later" by "just before".
    ("why did ships enter the waters the day after the summit", "The day before, ships had entered the waters.",
     ("the day after", "The day before")),
    ("what did they fire hours later", "Just before the trip, they fired a missile.", ("hours later", "Just before")),
    ("what happened after the summit", "The day before, ships had entered the waters.", None),  # a bare "after"
    # A year after "since" is one to count from, not the time of what the passage tells; held to another such year.
    ("which team won the 2022 cup", "The Avalanche won their first cup since 2001.", None),
    ("first visit since 2015?", "It was the first visit since 2012.", ("2015", "2012")),
])
def test_a_passage_about_another_time_does_not_answer(question, evidence, expected):
    assert time_conflict(question, evidence) == expected


@pytest.mark.parametrize(("question", "verbs"), [
    ("when did Japan and Korea normalize diplomatic relations", {"normalize"}),
    ("when was GSOMIA signed", {"sign"}),
    ("when did Yoon visit Tokyo", {"visit"}),  # "visit" after its subject is the verb
    ("when did South Korea originally file the WTO complaint", {"file"}),  # over an adverb
    ("on what date will Japan put Korea back on the white list", set()),  # "date", "back", "list": no acts
    ("when did it happen", set()),  # says nothing of what happened
    ("what year did japan and korea normalize diplomatic ties", {"normalize"}),  # "ties" after a modifier: a noun
    ("when does Korea file complaints", {"file"}),  # "complaints": the thing filed
    ("when he files the complaint", {"file"}),  # a verb's -s form after its subject stays a verb
    ("when was the shooting", {"shoot"}),  # the act as a noun, when no verb tells another
    ("when did jones testify the shooting was real", {"testify"}),  # asks when he testified
])
def test_the_verbs_that_say_what_happened(question, verbs):
    assert asked_verbs(question) == verbs


@pytest.mark.parametrize(("text", "earlier"), [
    ("Just hours before the trip, North Korea fired a long-range ballistic missile.", True),
    ("Last year, Pyongyang declared that it had become a nuclear state.", True),
    ("Ahead of the summit, protesters gathered in Seoul.", True),
    ("On Friday, the White House hailed the deal.", False),
    ("After the summit, Japan asked Seoul to normalize the pact.", False),
])
def test_what_a_passage_puts_before_the_event(text, earlier):
    assert told_as_earlier(text) is earlier


def test_an_event_dated_by_another_year_contradicts_the_question():
    passages = ["In 2019, Moon said Seoul would not be renewing the GSOMIA.",
                "The GSOMIA, signed between the two countries in 2016, lets them share intelligence."]
    # The passage that shares the year ("In 2019") is about another act; the one that says "signed" decides.
    assert event_time_conflict("GSOMIA was first signed in 2019, why so long", passages) == ("2019", "2016", 1)
    assert event_time_conflict("GSOMIA was signed in 2016, what does it do", passages) is None
    assert event_time_conflict("when was GSOMIA signed", passages) is None  # no year asked: nothing to contradict
    # A year that names which one ("the 2022 cup") does not date an act the passages could contradict.
    cup = ["The Blues won the Stanley Cup in 2019."]
    assert event_time_conflict("Which team won the 2022 Stanley Cup?", cup) is None
    assert event_time_conflict("Which team won the Stanley Cup in 2022?", cup) == ("2022", "2019", 0)
    # …unless a passage tells of the same act without a year: it may be the question's.
    cup.append("The Avalanche won the Stanley Cup on Sunday.")
    assert event_time_conflict("Which team won the Stanley Cup in 2022?", cup) is None
    # Another agreement signed in another year is no contradiction: the passage must share the question's name.
    assert event_time_conflict("The Camp David accord was signed in 1978", passages) is None
    # "sign" is a noun too: after its doer ("did Moon Jae-in sign") it is the act the year dates.
    assert event_time_conflict("why did Moon Jae-in sign GSOMIA in 2019", passages) == ("2019", "2016", 1)
    assert event_time_conflict("why did Moon sign GSOMIA in 2016", passages) is None
    assert event_time_conflict("what was the sign of trouble in 2019", passages) is None  # "the sign": a thing


def test_a_hyphenated_name_ends_after_its_last_part(lexicon):
    from rag.understand import _doers, _units

    # "-in" is a stop word alone, but in "Moon Jae-in" it ends the name: the verb after it has the name for subject.
    lex = Lexicon.from_texts(["Moon Jae-in said Seoul would not renew it."], ["Moon Jae-in"])
    assert _units("why did Moon Jae-in sign it", lex)[0][2:] == (8, 19)
    assert [(d.verb, d.written) for d in _doers("why did Moon Jae-in sign it", lex)] == [("sign", "Moon Jae-in")]
    # Typed with its parts apart, it is the articles' name all the same (not "Jae", then "in sign").
    assert understand("why did moon jae in sign it", lex).text == "why did Moon Jae-in sign it"
    assert understand("What did Moon Jae In do", lex).text == "What did Moon Jae-in do"
    # A name typed in other case only is left as typed.
    cased = Lexicon.from_texts(["South Korean President Yoon spoke."], ["South Korean President Yoon"])
    assert "South Korean president" in understand("what did the South Korean president say", cased).text


def test_the_clause_that_dates_an_act_is_searched_by_itself_without_its_year():
    from rag.understand import dated_clause

    assert dated_clause("japan n korea normalized relations in 1945 so why r they still fighting") == (
        "japan n korea normalized relations")
    assert dated_clause("GSOMIA was signed in 2019, why did it take so long") == "GSOMIA was signed"
    # The whole question dates the act (its own search finds it), or no act is dated.
    assert dated_clause("why did Moon sign GSOMIA in 2019") == ""
    assert dated_clause("what happened in 2019, and why") == ""


def test_a_year_dates_acts_of_its_own_sentence_done_to_what_the_question_says():
    ties = ["Japan ruled Korea from 1910 to 1945. Japan and Korea normalized relations in 1965.",
            "Yoon said Korea would fully normalize the GSOMIA with Japan."]
    # 1945 is in the passage but dates the rule, in the sentence before; normalizing the GSOMIA is another act.
    assert event_time_conflict("Japan and Korea normalized relations in 1945, why fight", ties) == ("1945", "1965", 0)
    assert dated_verbs("Japan ruled Korea until 1945. Ties were normalized.", 6) == [("rule", "1945")]


@pytest.mark.parametrize("question, evidence, expected", [
    # An acronym of a part of the whole name is the same name, wherever the anchor word cuts it.
    ("The CDC announced a new centre", "The US Centers for Disease Control and Prevention announced a centre.", None),
    ("The FBI announced a new centre", "The US Centers for Disease Control and Prevention announced a centre.",
     ("FBI", "US Centers for Disease Control and Prevention", "announced")),
    # A count and a year are not two answers to one question.
    ("Tours resume after being suspended for two years", "Tours were suspended in 2020 and resume now.", None),
    # Initials name what their words name: "SK militaries" where the passage has "South Korean militaries".
    ("why coordinate with the SK militaries",
     "US military leaders want to coordinate with the South Korean militaries.", None),
    ("why coordinate with the SK militaries", "They want to coordinate with the US militaries.",
     ("SK", "US", "militaries")),
])
def test_premise_conflicts_read_whole_names_and_kinds_of_number(lexicon, question, evidence, expected):
    assert premise_conflict(question, evidence, lexicon) == expected


@pytest.mark.parametrize("text, gives", [
    ("Victims are paid through a public foundation funded by private Korean companies.", False),  # no name of it
    ("The Foundation for Victims of Forced Mobilization will pay them.", True),  # the head inside a name
    ("The money comes from a foundation called Hope Fund.", True),
    ("Hope Fund, a public foundation, will pay them.", True),  # in apposition
    ("The Foreign Ministry said it opposes the deal.", False),  # another thing than the one asked about
])
def test_the_name_of_a_thing_is_given_next_to_it(text, gives):
    from rag.evidence import _named_head, _names_the

    question = "whats the name of the public foundation paying the compensation"
    assert _named_head(question) == "foundation"
    assert _names_the("foundation", text, question) is gives


@pytest.mark.parametrize("question, kind", [
    ("which dutch banks are paying for the bailout", "banks"),
    ("what restaurant did they eat at", "restaurant"),
    ("so which local newspaper broke the story", "newspaper"),
    ("which chemicals were banned", None),  # answered in common words as often as by name
    # A person in a role: a passage that tells of the role answers, a description too ("a senior defence official").
    ("which official told reporters", "official"),
    ("what did the bank say", None),  # not asking which one
])
def test_which_of_a_kind_of_named_thing_is_read(question, kind):
    from rag.evidence import _which_named

    assert _which_named(question) == kind


@pytest.mark.parametrize("question, text, gives", [
    ("which dutch banks pay for the bailout", "The bailout is funded by private Dutch banks and insurers.", False),
    ("which dutch banks pay for the bailout", "The bailout is funded by two banks, ING and Rabobank.", True),
    # Named under another word for the kind of thing.
    ("which dutch companies pay for the bailout", "It is funded by two conglomerates, Philips and Shell.", True),
    ("which restaurant did they eat at", "They dined at a small restaurant near the palace.", False),
    ("which town did the fire reach", "The fire spread to the neighbouring town of Milbrook.", True),
    ("what channel did she work for", "She was a reporter for Channel 9 until 2019.", True),
    # A passage that does not speak of the kind may name one all the same ("CNN projected…", "the mayor of
    # Riverton"): the letters of a name do not tell its kind.
    ("which dutch banks pay for the bailout", "Dutch lenders ING and Rabobank will pay for the bailout.", True),
])
def test_which_of_a_kind_wants_a_name_given_as_one_of_that_kind(question, text, gives):
    from rag.evidence import _gives, _which_named

    assert _gives("name", None, text, question, head=_which_named(question)) is gives


def _reader(text: str) -> tuple[Lexicon, Callable[[str], str]]:
    """The lexicon of ``text`` and a function giving a question's text as understood against it."""
    lexicon = Lexicon.from_texts([text], proper_names(text))
    return lexicon, lambda q: understand(q, lexicon).text


def test_a_name_heard_or_typed_apart_is_read_as_the_articles_name():
    text = ("Prime Minister Rishi Sunak met Ursula von der Leyen in Windsor. The European Commission (EC) and "
            "the Department for Work and Pensions (DWP) welcomed the Windsor Framework; Stormont will vote on it. "
            "Dockworkers in Belfast walked out.")
    lexicon, read = _reader(text)
    assert read("what did rishi sue nak agree") == "what did Rishi Sunak agree"  # dictation
    assert read("will storm ont vote on the deal").lower() == "will stormont vote on the deal"
    assert read("what did the d w p say") == "what did the DWP say"  # initials spelt out, the whole run
    # Letters dictated one by one are the initials they spell ("e c": the articles' EC; "u s" the US), but chat's
    # letters are chat ("r u": "are you"); two words of English stay two words, and a name of the articles' with
    # a word after it is that name and that word.
    assert read("what did the e c say") == "what did the EC say"
    assert read("r u sure") == "are you sure"
    assert read("did the dock workers walk out") == "did the dock workers walk out"
    assert read("where is sunak hq").lower() == "where is sunak hq"
    # Words of English that only join into a name are left alone, and so is a run whose word is a name alone.
    assert read("what did the sun say") == "what did the sun say"
    assert read("why is belfast so happy") == "why is Belfast so happy"
    # A part that reads as a name alone ("jing", a letter off "Jong") joins all the same where the whole sounds
    # as one of the articles' names.
    text = "Kim Jong Un met officials in Beijing. Yoon Suk Yeol spoke in Seoul."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("why do koreans see bay jing as a bully", lexicon).text.endswith("see Beijing as a bully")
    assert "Yoon Suk Yeol" in understand("what did yun suk yeol say", lexicon).text
    # A name of theirs a letter or two off, typed apart ("ping yang"); two words of English that English writes
    # as one word the articles use ("semi conductor"), unlike "dock workers" above.
    text = "Last year Pyongyang fired a missile. Japan lifted curbs on semiconductor materials."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("what did ping yang fire", lexicon).text == "what did Pyongyang fire"
    assert understand("which semi conductor materials", lexicon).text == "which semiconductor materials"
    # A letter heard alone, then the rest of the name ("g so mia"); words the articles never use that together
    # sound as a rare word of theirs (dictation's homophones: "hostel tea").
    text = ("Yoon called to end the vicious circle of mutual hostility. The General Security of Military "
            "Information Agreement (GSOMIA) dates from 2016.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("when was the g so mia signed", lexicon).text.lower() == "when was the gsomia signed"
    assert understand("what did yoon say about mutual hostel tea", lexicon).text.endswith("mutual hostility")
    # Not where the articles never write it beside the question's words ("the clause allow" is no "closely"),
    # nor a word "a" as a letter heard alone ("a shia cleric" is no "Asia").
    assert understand("what does mutual hostel tea mean", lexicon).text.startswith("what does mutual hostility")
    text = ("The closely watched vote in Asia passed. The clause allows a recount. A Shia cleric spoke.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("what does the clause allow", lexicon).text == "what does the clause allow"
    assert "Asia cleric" not in understand("was a shia cleric killed", lexicon).text


def test_dictation_reads_as_what_was_meant():
    text = ("Joel Atkinson, a professor at Hankuk University of Foreign Studies, spoke. The leaders shared a dinner "
            "of sukiyaki, a key dish. Emanuel said they held more than 40 trilateral meetings. Tokyo lifted curbs on "
            "exports to South Korea from Tokyo. South Korea announced a plan. Prime Minister Kishida and Rahm Emanuel spoke.")
    lexicon, read = _reader(text)
    # Words of English that together sound as a rare word of theirs written beside the next word ("University").
    assert read("what does hang cook university teach") == "what does Hankuk university teach"
    # A rare word heard apart though a part is a word of theirs ("key"): only one rare in English.
    assert read("the sue key yaki dinner") == "the sukiyaki dinner"
    # A word of theirs and a word after it stay two words ("korea announce" is no "Koreans").
    assert read("when did south korea announce the plan") == "when did South Korea announce the plan"
    # A figure said in words is no name ("forty", which no dictionary of lemmas lists).
    assert read("emanuel said forty something meetings").endswith("said forty something meetings")
    assert "Forty" not in read("forty meetings last year")
    # "Too" and "two" heard for "to", before a name or "the"; "too late" and "two a day" stay.
    assert read("exports too tokyo") == "exports to Tokyo"
    assert read("when was that relative two the meeting") == "when was that relative to the meeting"
    assert read("is it too late") == "is it too late"
    # What the speaker took back ("no sorry", "no wait", "I mean") is left out; "sorry" alone is a word of the question.
    assert read("what did japan ask the defense ministry no sorry the foreign ministry to do") == (
        "what did Japan ask the foreign ministry to do")
    assert read("at the meeting in geneva no wait in london what was agreed").lower() == (
        "at the meeting in london what was agreed")
    assert read("what did kishida i mean emanuel say").lower() == "what did emanuel say"
    assert read("what did yoon say in tokyo no wait what did he say in seoul").lower() == "what did he say in seoul"
    # Ordinary English with the same words is read as it is.
    for plain in ("would japan say sorry no matter what", "is there no wait time at the border",
                  "did korea say no no no to tokyo", "when kishida said i mean what i say"):
        assert read(plain).lower() == plain, plain
    assert read("did japan say sorry for colonial rule").startswith("did Japan say sorry for")
    # What was left out is shown, not hidden among casual words.
    assert "left out “the defense ministry no sorry”" in understand(
        "what did japan ask the defense ministry no sorry the foreign ministry to do", lexicon).note


def test_a_name_heard_a_letter_off_is_no_other_name():
    from rag.understand import _same

    # "soul" for "Seoul": one letter off and the same sound, one name (not "where it has soul, they have Seoul").
    assert _same(frozenset({"soul"}), frozenset({"seoul"}))
    assert _same(frozenset({"emanuel"}), frozenset({"emmanuel"}))  # a doubled letter
    # Another letter in its place is another name, and figures a digit apart are other figures.
    for a, b in (("chen", "chan"), ("kang", "kong"), ("2018", "2019"), ("1001", "1000"), ("paris", "perth")):
        assert not _same(frozenset({a}), frozenset({b})), (a, b)


def test_a_thing_set_on_another_side_than_the_passages_set_it_is_a_false_premise():
    from rag.understand import compass_conflict

    passages = ["A storm made landfall on the east coast of Florida on Monday, cutting power to 40,000 homes.",
                "North Carolina and South Carolina braced for floods."]
    assert compass_conflict("why did the storm hit the west coast of florida", passages) == (
        "west coast", "east coast", 0)
    assert compass_conflict("why did the storm hit florida's WESTERN coast", passages)[:2] == (
        "WESTERN coast", "east coast")
    assert compass_conflict("did north carolina's west coast flood", passages) is None  # "north": the name's
    # Two sides asked of, the question's side named anywhere ("spread west"), or a way to go: no premise.
    assert compass_conflict("did the storm hit florida's east or west coast", passages) is None
    assert compass_conflict("did the storm hit florida's west coast", [*passages, "It then moved west."]) is None
    assert compass_conflict("did the storm move west overnight in florida", ["The storm moved east overnight."]) is None
    assert compass_conflict("did the storm hit the east coast", passages) is None  # the passages' own side
    # A name's compass word is the name's; a passage on another topic proves nothing.
    assert compass_conflict("did North Carolina flood", passages) is None
    assert compass_conflict("where is the west coast office", passages) is None
    assert compass_conflict("why did the storm hit the west coast", passages + ["Fog shut the west coast."]) is None
    # A side written in capitals is a side ("the West Coast"), and the question's side of another thing ("eastern
    # Asia") speaks nothing of it.
    views = ["In the United States, the best view of the eclipse will be along the West Coast.",
             "It will be visible from western North America across the Pacific to eastern Asia.",
             "For skywatchers in the central and eastern U.S., only a partial eclipse will be visible."]
    assert compass_conflict("why is the best view of the eclipse on the east coast", views) == (
        "east coast", "West Coast", 0)
    assert compass_conflict("why is the best view of the eclipse on the east coast",
                            [*views, "The storm moved east overnight."]) is None


def test_an_acronym_may_stand_for_a_phrase_written_in_lower_case():
    lexicon = Lexicon.from_texts(["China fired missiles into Japan's exclusive economic zone, he said."], ["China"])
    q = understand("did china fire into japan's EEZ", lexicon)
    assert "exclusive economic zone" in q.text and q.note == "EEZ → exclusive economic zone"
    assert understand("what did the FBI say", lexicon).text == "what did the FBI say"  # no such phrase: as typed


def test_a_common_english_word_is_not_respelled_as_a_name(lexicon):
    # "national" is a word of its own, not "Nations" (of "United Nations") misspelled.
    nations = Lexicon.from_texts(["The United Nations met."], ["United Nations"])
    assert "national" in understand("what did the national team say", nations).text


def test_a_name_written_another_way_as_a_whole_is_the_articles_name():
    lexicon = Lexicon.from_texts(["Leader Kim Jong Un called for more weapons."], ["Kim Jong Un"])
    for typed in ("what did Kim Jong-eun call for", "what did kim jong eun call for"):
        q = understand(typed, lexicon)
        assert "Kim Jong Un" in q.text and "→ Kim Jong Un" in q.note, q.text
    assert understand("what did Kim Jong Un call for", lexicon).note == ""  # written as they write it


def test_a_name_written_another_way_with_its_apostrophe_left_out_is_the_articles_name_and_its_s():
    lexicon = Lexicon.from_texts(["Leader Kim Jong Un watched the launch. Yoon flew to Tokyo."], ["Kim Jong Un", "Yoon"])
    q = understand("was kim jong oons daughter at the launch", lexicon)
    assert "Kim Jong Un's daughter" in q.text and "Yoon" not in q.text, q.text
    assert "Un's say" not in understand("what did kim jong oons say", lexicon).text  # a verb is nothing owned


def test_a_misspelling_of_an_english_word_the_articles_lack_is_corrected(lexicon):
    q = understand("what dishes were servd", lexicon)
    assert "servd" not in q.text and "serve" in q.text and q.note.startswith("servd → serve"), q.text
    assert "tldr" in understand("tldr on the summit", lexicon).text  # English writes it: left alone
    # A rare spelling that sounds like a common word is that word misspelt, and the one that sounds alike
    # wins among words as many edits away ("compair": "compare", not "company").
    assert "compare" in understand("what did the tweet compair the flag to", lexicon).text
    # A word of English one edit away beats the articles' word two edits away, and a misspelling common
    # enough for word lists to carry it ("goverment") is still corrected.
    movement = Lexicon.from_texts(["The movement grew."], [])
    assert "government" in understand("which goverment official spoke", movement).text
    # A rare word of English is no misspelling ("beefing" is not "being"), but British spelling is read the
    # American way the articles may use ("colonise": "colonize").
    being = Lexicon.from_texts(["Japan is being careful. Japan colonized Korea."], ["Japan", "Korea"])
    assert "beefing" in understand("is japan beefing up its army", being).text
    assert "colonize" in understand("how long did japan colonise korea", being).text


def test_a_word_spelt_as_it_sounds_is_read_as_the_word_meant():
    from rag.understand import english_spelling

    # Three or four edits off, but it sounds the same and begins alike ("compensashun", "naybors").
    assert english_spelling("compensashun") == "compensation"
    assert english_spelling("naybors") == "neighbors"
    # Among words one edit off, the one that sounds the same, a letter doubled or not ("acuse": "accuse", not
    # "cause" or "abuse"); a slip of one key is not a word that only sounds like it ("cancled" is no "concluded").
    assert english_spelling("acuse") == "accuse"
    assert english_spelling("cancled") == "canceled"
    # A short word two edits off that sounds as typed and is far more used, before a rare one one edit off.
    assert english_spelling("shair") == "share"  # not "shari"
    # A letter left out of a common word that sounds the same, a doubled sound or not ("staus": "status"), is
    # that word, though English lists "staus" as a rare name.
    lexicon = Lexicon.from_texts(["Pyongyang says it is a nuclear state."], ["Pyongyang"])
    assert "nuclear status" in understand("what did pyongyang say abt its nuke staus", lexicon).text


def test_as_few_edits_off_the_word_that_sounds_as_typed_is_meant_not_the_articles_other_word():
    # The articles write "are" (one edit from "agre") but not "agree" (one edit too, and it sounds as typed).
    lexicon = Lexicon.from_texts(["The two leaders are in Tokyo, where Seoul agreed to it."], ["Tokyo", "Seoul"])
    assert understand("wat did they agre on", lexicon).text == "what did they agree on"
    # A name of the articles stays theirs: "seouls" is "Seoul's", whatever "souls" sounds like.
    assert "souls" not in understand("did the us back seouls plan", lexicon).text.lower()


def test_chat_shorthand_for_news_words_is_read():
    lexicon = Lexicon.from_texts(["Pyongyang says it is a nuclear state. Marquez will be vice president."],
                                 ["Pyongyang", "Marquez"])
    assert understand("what did pyongyang say abt its nuke status", lexicon).text == (
        "what did Pyongyang say about its nuclear status")
    assert understand("whos his vp", lexicon).text == "who is his vice president"
    assert understand("which celebs backed them", lexicon).text == "which celebrities backed them"
    # Two words with a slash between are read each alone ("econ" after a slash is shorthand all the same).
    assert understand("brief summary of the business/econ side", lexicon).text == (
        "brief summary of the business / economy side")
    assert understand("who said they shd share info", lexicon).text == "who said they should share information"
    assert "AC/DC" in understand("did AC/DC play", lexicon).text  # a name of one, not two words


def test_shorthand_of_policy_notes_a_day_and_a_year_cut_short():
    lexicon = Lexicon.from_texts(["In 2019, Moon said Seoul would not renew GSOMIA. A defense official told AFP on "
                                  "Saturday. Japan is doubling its military budget. Relations were normalized in 1965."],
                                 ["Moon", "Seoul", "GSOMIA", "AFP", "Saturday", "Japan"])
    assert understand("which wire svc did the official talk to on sat", lexicon).text == (
        "which wire service did the official talk to on Saturday")
    assert understand("why did moon not renew gsomia in '19", lexicon).text.endswith("in 2019")
    # The century the articles write the year in; else this one's, up to this year.
    assert understand("what happened in '19", Lexicon.from_texts(["Protests spread in 1919."], [])).text.endswith(
        "in 1919")
    assert understand("what happened in '65", lexicon).text.endswith("in 1965")
    assert "'40 years'" in understand("the tweet says '40 years' - true?", lexicon).text  # no year: a quote
    assert "'40 years'" in understand("a claim of '40 years' of rule - true?", lexicon).text
    assert understand("did he call on sat or sun?", lexicon).text == "did he call on Saturday or sun?"
    assert understand("how did students do on SAT?", lexicon).text.endswith("on SAT?")  # initials, no day
    assert "military budget" in understand("is japan doubling its mil budget", lexicon).text
    assert "5 million" in understand("was it 5 mil", lexicon).text  # after a figure, a sum
    assert "how many million" in understand("how many mil was the deal", lexicon).text
    assert understand("hist background of the feud", lexicon).text == "history background of the feud"
    assert understand("whr do the senkaku islands come in2 this", lexicon).text.endswith("come into this")
    assert understand("wat happened ther", lexicon).text == "what happened there"
    # A tail that only says what kind of answer is wanted asks nothing more.
    assert understand("when does japan put korea back on the list? any date given", lexicon).shape == "fact"


def test_a_country_named_in_another_language_is_the_articles_country():
    lexicon = Lexicon.from_texts(["Yoon flew from South Korea to Japan."], ["Yoon", "South Korea", "Japan"])
    # pycountry's translations of the country names: German, Italian; with or without the accent.
    assert "South Korea" in understand("Why are Japan and Südkorea moving closer?", lexicon).text
    assert "South Korea" in understand("Is everybody in Sudkorea happy with the plan?", lexicon).text
    assert "Japan" in understand("Why did Yoon go to Giappone?", lexicon).text
    # A country the articles never name stays as typed: no other country is meant.
    assert "Deutschland" in understand("Did Yoon visit Deutschland?", lexicon).text
    # Nor is a word or name of English another language's name of a country ("indie": India in Czech).
    lexicon = Lexicon.from_texts(["India, Australia and Colombia signed a deal."], ["India", "Australia", "Colombia"])
    assert place_for("giappone", lexicon) is None  # Japan, which these articles never name
    assert all(place_for(w, lexicon) is None for w in ("indie", "columbia", "uc", "cameron"))


def test_the_length_asked_for_is_a_count_of_lines_or_sentences_not_a_plans_points():
    assert REQUESTED_COUNT.search("Give a 3-line brief on the ties").group(1) == "3"
    assert REQUESTED_COUNT.search("Summarize China's 12-point peace plan") is None


def test_two_letters_off_an_everyday_word_far_more_common_is_that_word(lexicon):
    assert "necessary" in understand("what has Kishida said is neccesary now?", lexicon).text
    # One doubling off too, after a name as anywhere ("yoon acept" is no name "Yoon Acept").
    assert "accept" in understand("korea opposition happy with the proposal yoon acept from japan", lexicon).text
    # A word of the dictionary stays itself, however common a word two letters off ("halving", "having"); so does a
    # name two letters off that are no doubled letters ("wonsan" is no "woman").
    assert "halving" in understand("why is japan halving its military budget", lexicon).text
    assert "wonsan" in understand("did the missile launch from wonsan", lexicon).text.lower()


def test_a_letter_left_out_of_an_everyday_word_is_that_word_and_a_name_takes_no_word_after_it(lexicon):
    # "decision", though the articles never write it and the slip sounds otherwise: no name "Decison".
    assert understand("why did yoon make the decison", lexicon).text == "why did Yoon make the decision"
    # A consonant short of a word may be a name the articles never use ("person", "engine" are not meant).
    assert understand("what did peron say about the unions", lexicon).text.startswith("what did Peron say")
    assert "engine" not in understand("is engie selling its stake", lexicon).text
    lexicon = Lexicon.from_texts(["China was a big factor, said Joel Atkinson."], ["China", "Joel", "Atkinson"])
    read = understand("atkinsen on the china factor", lexicon).text
    assert read.startswith("Atkinson on ")  # the name a letter off, then "on": not the two heard as one


def test_whom_a_line_is_wrongly_credited_to_is_a_claim_to_check_not_a_name_to_find():
    asked = understand("quote going round attributed to biden: 'what china doesnt want'. who actually said it")
    assert asked.disputed == frozenset({"biden"})
    assert understand("screenshot credits the tweet to reuters - whose tweet was it really").disputed == set(terms("reuters"))
    assert understand("screenshot credits the tweet to reuters - whose tweet was it really").shape == "attribution"
    # Credited, with nobody asked about again: the name is the question's own; nor is a credit line credited.
    assert not understand("which award was credited to biden").disputed
    assert not understand("who really benefits from the credit line extended to samsung").disputed
    assert understand("a line attributed to yoon about Japan - who really said it").disputed == {"yoon"}


def test_figures_set_side_by_side_are_what_a_comparison_compares():
    asked = understand("length of colonial rule - sources disagree? 40 vs 35 yrs")
    assert asked.shape == "comparison" and asked.parts == (asked.text,)
    assert understand("when was it signed? and how many yrs vs the last one").shape == "multi"


def test_a_word_of_english_the_articles_write_only_in_a_title_case_headline_is_no_name():
    text = ("Japan and South Korea Forge Closer Ties in Security and Economy\n"
            "Tokyo lifted curbs on chips. The economic side matters, Moon said. Moon spoke in Seoul.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert not lexicon.is_name("economy")  # only in the headline, where every long word has its capital
    assert lexicon.is_name("moon") and lexicon.is_name("seoul")  # names, in the body too
    # A name the articles give but no text holds (no headline either) stays a name.
    assert Lexicon.from_texts(["They played."], ["Nirvana"]).is_name("nirvana")
    # A word joined to another in lower case is written in lower case: a short subheading in capitals
    # ("Military Intelligence Sharing") makes no name of it; "Suk" of "Suk-yeol" stays a name's.
    text = ("Military Intelligence Sharing\nThey will share intelligence under a military intelligence-sharing pact. "
            "Yoon Suk-yeol agreed. The intelligence-sharing deal and the intelligence-sharing talks go on.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert not lexicon.is_name("sharing") and lexicon.is_name("suk")


def test_the_adjective_of_a_measure_is_no_word_to_find():
    # "Big Ten" makes "big" a name of the articles, but "how big" asks for a size: no passage need say "big".
    text = "UCLA will join the Big Ten. The 2,340-acre fire doubled in size."
    q = understand("how big is the fire rn", Lexicon.from_texts([text], proper_names(text)))
    assert dict(q.specific)["big"] == 0.0 and dict(q.specific)["fire"] < 0.5


def test_swapped_letters_and_dropped_vowels_are_read_as_the_word_meant(lexicon):
    # Two letters swapped are one slip ("lsit": "list", not "lst", one letter off too); texting drops vowels
    # ("whn", "btwn") of words so common nothing else is meant.
    q = understand("whn did japan put sk back on the white lsit", lexicon)
    assert "when did" in q.text and "white list" in q.text, q.text
    assert "between" in understand("what was agreed btwn yoon and kishida", lexicon).text
    assert shorthand_for("whn") == "when" and shorthand_for("mnd") is None  # "mind" is not common enough to guess
    assert shorthand_for("nk") is None and shorthand_for("wto") is None  # too short; has a vowel
    assert shorthand_for("hgh") is None  # written often enough to be initials (human growth hormone)
    assert shorthand_for("mny") == "many"  # "y" kept, as texting keeps it
    assert shorthand_for("tlk") == "talk"  # hardly ever written, so a word a little less common than "when" is meant
    assert shorthand_for("brbds") is None  # never written, but "barbados" is no everyday word
    # A word of English is not one of the articles' names with two letters swapped ("crater" is no "Carter").
    carter = Lexicon.from_texts(["Ben Carter scored twice for United."], ["Ben Carter", "United"])
    assert understand("how big was the crater", carter).text == "how big was the crater"


def test_a_name_typed_in_lower_case_is_not_respelled_as_a_word_it_resembles():
    # English writes "blinken" (a name) nearly as often as "blinked", and the articles' "linked" is two edits
    # away: it is left as typed, so that the articles are seen never to mention it.
    linked = Lexicon.from_texts(["The two deals are linked. The United States welcomed it."], ["United States"])
    assert "blinken" in understand("which us official said it - was it blinken?", linked).text.lower()


def test_a_lone_word_no_dictionary_lists_is_a_name_in_lower_case(lexicon):
    # "reuters" is in no English dictionary and the articles never use it: a name, checked as one.
    assert "Reuters" in understand("what did the official tell reuters", lexicon).text
    # Not chat shorthand or a request word, not an abbreviation of a longer English word.
    assert understand("tldr on the summit", lexicon).text == "tldr on the summit"
    assert understand("what did the prof say", lexicon).text == "what did the professor say"  # chat shorthand
    # Nor a verb's form of one ("prepped": "prep", of "prepare"), which would join the name after it.
    assert "prepped korean" in understand("what prepped korean opinion for it", lexicon).text.lower()
    assert "Prepped" not in understand("what prepped korean opinion for it", lexicon).text
    assert "Rowling" in understand("what did rowling tweet about it", lexicon).text  # a name, no verb's form


def test_a_name_cut_into_other_words_is_read_whole():
    lexicon = Lexicon.from_texts(["Dave DeCamp is the news editor of the site."], ["Dave DeCamp"])
    for asked in ("who is dave de camp", "who is Dave De Camp"):
        q = understand(asked, lexicon)
        assert "Dave DeCamp" in q.text and "name" in {c.why for c in q.corrections}, q.text
    assert not understand("who is Dave DeCamp", lexicon).corrections  # as the articles write it


def test_a_name_with_a_slip_in_each_word_is_read_whole():
    # "Rham Emanual": two letters swapped in one word, one changed in the other; none of its words is the
    # articles', yet it is their name word for word. Somebody else's name is left alone ("Joe Biden").
    lexicon = Lexicon.from_texts(["Rahm Emanuel, the US ambassador, spoke."], ["Rahm Emanuel", "US"])
    for asked in ("what did Rham Emanual say", "what did rham emanual say"):
        assert "Rahm Emanuel" in understand(asked, lexicon).text, asked
    assert "Joe Biden" in understand("what did Joe Biden say", lexicon).text


def test_a_word_in_lower_case_in_edited_text_is_no_name():
    # The corpus capitalises "AD" (an acronym), yet "an ad tier" in an article is a word, not a name
    # that could stand where the question has "Netflix".
    lexicon = Lexicon.from_texts(["The AD said so. The AD agreed."], ["AD"])
    assert premise_conflict("What change will be introduced to Netflix?",
                            "The company is introducing an ad tier to its service.", lexicon) is None


def test_two_names_joined_by_a_hyphen_are_a_relation_the_passage_may_tell_anywhere():
    text = ("Kishida said Japan and South Korea agreed to resume security talks and reaffirmed the importance of a "
            "free and open Indo-Pacific and working closely together.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert premise_conflict("how long had the Japan-Korea working level dialogue been suspended", text, lexicon) is None
    # A hyphenated pair the passage lacks a part of is still set against the passage's own.
    assert premise_conflict("how long had the China-Korea working level dialogue been suspended", text,
                            lexicon) is not None


def test_a_time_is_never_set_against_a_place_or_person_in_a_premise(lexicon):
    # "welcomed on Friday … between Tokyo and Seoul" does not put "Friday" where the question has "Tokyo".
    assert premise_conflict("what day did Washington welcome Tokyo", "The United States welcomed on Friday March 17 "
                            "a new chapter between Tokyo and Seoul.", lexicon) is None


def test_words_of_letters_and_digits_are_looked_up_whole():
    lexicon = Lexicon.from_texts(["Leaders met at the G-20 and spoke of Covid-19, not the 20 others."], [])
    assert lexicon.codes_missing("what did they say at the g20 about covid-19") == []
    assert lexicon.codes_missing("did they meet at the G7 or discuss the F-35") == ["G7", "F-35"]
    assert lexicon.codes_missing("what happened in the 1990s on the 20th") == []
    # A figure and a word of English ("a 3-line brief") is no code: its figure is checked as any figure is.
    assert lexicon.codes_missing("give a 3-line brief on the G-20") == []


def test_a_capital_stands_for_its_country_in_a_premise(lexicon):
    # News names a government by its capital: "Seoul's foreign ministry" is South Korea's.
    assert premise_conflict("what did Seoul's foreign ministry ask for",
                            "South Korea's foreign ministry asked for talks.", lexicon) is None
    assert premise_conflict("what did Tokyo's foreign ministry ask for",
                            "South Korea's foreign ministry asked for talks.", lexicon) is not None


def _paragraphs(text: str):
    """One sentence a paragraph (paragraphs split by blank lines): the sentences, their layout, and vectors."""
    from rag.evidence import Layout

    sentences, at = [], 0
    for paragraph in text.split("\n\n"):
        start = text.index(paragraph, at)
        sentences.append(Sentence("a.txt", start, start + len(paragraph), paragraph))
        at = start + len(paragraph)
    vectors = _vectors({})
    vectors.ensure([s.text for s in sentences])
    return sentences, Layout(sentences, {"a.txt": text}), vectors


def test_a_statement_that_goes_on_in_the_next_sentence_is_cited_whole():
    from rag.evidence import continue_the_quote

    text = ("Emanuel argued that Beijing pushed the countries together.\n\n"
            "If China were not in confrontations, no one would be, he said.\n\nThe talks ended.")
    sentences, layout, vectors = _paragraphs(text)
    ends = [s.end for s in sentences]
    first = Evidence(sentences[0], 1.0, 0.5, 0.5, 0.5)
    [merged] = continue_the_quote([first], layout, vectors)
    assert merged.sentence.text == text[: ends[1]] and merged.parts == (sentences[0].text, sentences[1].text)
    # A next sentence that is not the speaker's is left out.
    second = Evidence(sentences[1], 1.0, 0.5, 0.5, 0.5)
    assert continue_the_quote([second], layout, vectors) == [second]


def test_an_overview_point_brings_the_next_sentence_that_goes_on_with_it():
    from rag.evidence import Layout, follow_each_point

    agreed = "The two agreed on Thursday to drop a trade dispute."
    holds = "Japan will lift export controls, while Seoul will withdraw its complaint."
    ended = "The summit ended."
    other = "In fact, the two are not exactly best friends."
    text = f"{agreed}\n\n{holds}\n\n{ended}\n\n{other}"
    sentences, at = [], 0
    for paragraph in text.split("\n\n"):
        start = text.index(paragraph, at)
        sentences.append(Sentence("a.txt", start, start + len(paragraph), paragraph))
        at = start + len(paragraph)
    # Cosines: holds to agreed 0.6 (the same point, told on); other to ended 0.3 (another point).
    vectors = _vectors({agreed: [1, 0, 0, 0], holds: [0.6, 0.8, 0, 0], ended: [1, 0, 0, 0],
                        other: [0.3, 0, 0.9539392, 0]})
    layout = Layout(sentences, {"a.txt": text})
    first = Evidence(sentences[0], 0.8, 0.5, 0.5, 0.5)
    last = Evidence(sentences[2], 0.6, 0.5, 0.5, 0.5)
    out = follow_each_point([first, last], layout, vectors)
    assert [e.sentence.text for e in out] == [agreed, holds, ended]
    assert out[1].score == pytest.approx(0.9 * 0.8)
    # A sentence found already keeps its own score when that is the higher one, and is raised when it is lower.
    found = Evidence(sentences[1], 0.9, 0.5, 0.5, 0.5)
    assert follow_each_point([found, first], layout, vectors)[0] == found
    low = Evidence(sentences[1], 0.1, 0.5, 0.5, 0.5)
    raised = {e.sentence.text: e.score for e in follow_each_point([first, low], layout, vectors)}
    assert raised[holds] == pytest.approx(0.9 * 0.8)
    # A two-sentence passage brings nothing.
    pair = Evidence(Sentence("a.txt", 0, sentences[1].end, text[: sentences[1].end]), 0.9, 0.5, 0.5, 0.5,
                    parts=(agreed, holds))
    vectors.combine(pair.sentence.text, [agreed, holds])
    assert follow_each_point([pair], layout, vectors) == [pair]


def test_an_acronym_may_take_letters_from_inside_a_word_but_stands_for_a_term():
    lexicon = Lexicon.from_texts([
        "North Korea fired an intercontinental ballistic missile. After finding problems, officials left."
    ], ["North Korea"])
    assert "intercontinental ballistic missile" in understand("how many ICBMs did they fire", lexicon).text
    assert "AFP" in understand("what did AFP report", lexicon).text  # not "after finding problems"
    # A letter from inside a word where a word of English starts ("inter-continental"), not "criti-c-isms".
    amid = Lexicon.from_texts(["Korean media commented that amid criticisms of the visit, it was unclear."], [])
    assert amid.expansion("ACC") is None


def test_acc_to_is_according_to():
    lexicon = Lexicon.from_texts(["Amid criticisms, DW reported that Seoul would pay."], ["DW", "Seoul"])
    assert understand("acc to dw what will seoul pay", lexicon).text.startswith("according to DW")
    assert "acc" in understand("what did his twitter acc say", lexicon).text  # an account, alone


def test_kin_conflict_finds_a_relative_of_the_other_sex():
    from rag.understand import kin_conflict

    passages = ["Pyongyang tested a missile at dawn.",
                "North Korea launched a missile in the presence of the leader, Kim Jong-un, and his daughter, Ju-ae."]
    assert kin_conflict("why did kim jong un bring his son to the missile launch", passages) == ("son", "daughter", 1)
    assert kin_conflict("who is kim jong un's daughter at the missile launch", passages) is None
    assert kin_conflict("why did kim bring his son", ["Kim spoke of his son and his daughter."]) is None
    # Offered as one of two ("his son or daughter?", or cut off after "or"), the relative is not taken for granted.
    assert kin_conflict("who was with kim jong un at the missile launch, his son or daughter?", passages) is None
    assert kin_conflict("who was with kim jong un at the missile launch his son or", passages) is None
    assert kin_conflict("did his son go to the missile launch", ["His daughter went to the market."]) is None  # off topic
    assert kin_conflict("did kim bring his sons to the missile launch",
                        ["Kim brought his son and his daughters to the missile launch."]) is None  # a son told of
    assert kin_conflict("what did the missile launch show", passages) is None


def test_owner_conflict_finds_a_relative_given_to_somebody_else():
    from rag.understand import owner_conflict

    passages = ["South Korean President Yoon arrived in Tokyo for the summit on Thursday.",
                "North Korea launched a missile in the presence of the leader, Kim Jong-un, and his daughter, Ju-ae."]
    lexicon = Lexicon.from_texts(passages, [n for t in passages for n in proper_names(t)])
    found = owner_conflict("what was Yoon's daughter doing at the missile launch", passages, lexicon)
    assert found == ("Yoon's daughter", "Kim Jong-un … his daughter", 1)
    assert owner_conflict("what was Kim's daughter doing at the missile launch", passages, lexicon) is None
    # Typed in haste, without the apostrophe.
    assert owner_conflict("what was Yoons daughter doing at the missile launch", passages, lexicon)[0] == (
        "Yoons daughter")
    # Given to the question's person somewhere, or to nobody named: nothing to set against the question.
    assert owner_conflict("what was Yoon's daughter doing at the missile launch",
                          [*passages, "Yoon and his daughter watched the launch."], lexicon) is None
    assert owner_conflict("what was Yoon's daughter doing at the missile launch",
                          ["At the missile launch his daughter waved."], lexicon) is None
    assert owner_conflict("what did Yoon's daughter eat", passages, lexicon) is None  # off the launch's topic
    # The whole name before "'s" owns it; "his" goes to the last person named, not a place or a day.
    sister = ["Kim Yo-jong, Kim Jong-un's sister, criticized the joint drills in the Yellow Sea on Monday."]
    lexicon = Lexicon.from_texts(sister, proper_names(sister[0]))
    assert owner_conflict("what did Kim's sister say about the joint drills in the Yellow Sea", sister, lexicon) is None
    watched = ["North Korean leader Kim Jong-un watched the missile launch in Pyongyang with his daughter on Friday."]
    lexicon = Lexicon.from_texts(watched, proper_names(watched[0]))
    assert owner_conflict("what was Kim's daughter doing at the missile launch", watched, lexicon) is None


def test_us_states_by_postal_code_or_cut_short():
    texts = ["A record python was captured in Florida. Lawmakers in Washington and Texas reacted.",
             "The World Trade Organization ruled on Monday."]
    lexicon = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    assert "Florida python" in understand("that giant fla python how big was it", lexicon).text
    assert "Texas" in understand("what did tx lawmakers say", lexicon).text
    assert "World Trade Organization" in understand("what did the WTO rule", lexicon).text  # no "Washington"


def test_spoken_years_and_us_before_a_noun(lexicon):
    assert understand("what did moon do back in twenty nineteen", lexicon).text.endswith("back in 2019")
    assert "in 1965" in understand("were ties normalized in nineteen sixty five", lexicon).text
    assert "in 2005" in understand("what happened in two thousand and five", lexicon).text
    assert "in 2023" in understand("what happened in twenty twenty three", lexicon).text
    assert "how many US troops" in understand("how many us troops are in japan", lexicon).text
    assert "what did US officials say" in understand("what did us officials say", lexicon).text
    assert "give us details" in understand("can you give us details on the summit", lexicon).text  # the pronoun
    assert "which of us wins" in understand("which of us wins", lexicon).text
    # "two thousand" is a year only where a year goes, and no year inside a larger figure.
    assert "two thousand people" in understand("did two thousand people protest", lexicon).text
    assert "thirty two thousand troops" in understand("how many of the thirty two thousand troops left", lexicon).text.lower()


def test_no_premise_is_contradicted_by_a_name_the_question_has_too():
    evidence = ("Only two films in the series have had positive review scores on Rotten Tomatoes (the 1993 original "
                "and 2015's Jurassic World).")
    lexicon = Lexicon.from_texts([evidence], ["Rotten Tomatoes", "Jurassic World"])
    assert premise_conflict("Rotten Tomatoes score Jurassic World Dominion?", evidence, lexicon) is None
    assert premise_conflict("Metacritic score Jurassic World Dominion?", evidence, lexicon) is not None
    # Named elsewhere in the question, by another word, the name still stands against the question's own.
    bowed = "South Korean President bowed down to the Japanese flag."
    flags = Lexicon.from_texts([bowed], ["South Korean", "Japanese"])
    assert premise_conflict("why did the Japanese president bow to the South Korean flag", bowed, flags) is not None


def test_initials_of_a_name_the_articles_give_and_a_loose_modifier_contradict_nothing():
    texts = ["Speaking in Brussels, the European Commission's President said the Commission recommends that Ukraine "
             "is given candidate status.", "It will be decided at the European Council summit.",
             "The show is shot in a new Los Angeles Kitchen Stadium."]
    lexicon = Lexicon.from_texts(texts, ["European Commission", "European Council", "Ukraine", "Brussels",
                                         "Los Angeles Kitchen Stadium", "Netflix", "Iron Chef"])
    # "EC" stands for the European Commission (or Council): the Commission in its place is no other party.
    assert premise_conflict("which countries did the EC recommend for candidate status", texts[0], lexicon) is None
    assert premise_conflict("which countries did the IMF recommend for candidate status", texts[0], lexicon) is not None
    # Many things are new at once: "the new Netflix Iron Chef" is not contradicted by "a new Los Angeles…".
    assert premise_conflict("who plays the chairman on the new Netflix Iron Chef", texts[2], lexicon) is None


def test_a_thing_put_at_the_other_end_of_a_scale_is_a_false_premise():
    from rag.understand import scale_conflict

    texts = ["North Korea fired a long-range ballistic missile into waters off the east coast."]
    assert scale_conflict("what was the short range missile North Korea tested", texts) == (
        "short range", "long-range", 0)
    assert scale_conflict("what was the long-range missile North Korea tested", texts) is None
    # A passage with the question's own end settles it; another thing at the other end contradicts nothing.
    assert scale_conflict("what was the short range missile", ["It fired a short-range missile.", *texts]) is None
    assert scale_conflict("what is the short term plan", texts) is None


def test_a_name_before_a_verb_is_its_subject_not_a_word_it_names():
    lexicon = Lexicon.from_texts(
        ["The South Korean side will pay to solve the problem of Japanese forced labor compensation. "
         "Samsung, SK and LG went along."], ["South Korean", "Japanese", "Samsung", "SK", "LG"])
    evidence = "The South Korean side will pay to solve the problem of Japanese forced labor compensation."
    assert premise_conflict("what is SK doing about forced labor compensation", evidence, lexicon) is None
    assert premise_conflict("how much is the SK forced labor compensation", evidence, lexicon) is not None


def test_an_acronym_stands_for_no_date_no_mixed_case_run_and_no_inside_letters_of_a_short_word():
    text = ("Tokyo, Friday March 17 (AFP) - The rule of Korea ended and a long-running dispute went on. "
            "Officials in Seoul said the Republic of Korea and the Foreign Ministry agreed.")
    lexicon = Lexicon.from_texts([text], proper_names(text) + ["Foreign Ministry"])
    assert lexicon.expansion("FM") == "Foreign Ministry"  # not "Friday March"
    assert lexicon.expansion("LDP") is None  # not "long-running dispute"
    assert lexicon.expansion("ROK") is None  # not "rule of Korea", a run the text writes with a capital
    # A country's initials that stand for several countries: the one the articles name.
    korea_only = Lexicon.from_texts(["Officials in Seoul said South Korea agreed."], ["South Korea", "Seoul"])
    assert korea_only.expansion("ROK") == "South Korea"
    # Countries by their ISO codes, before a run of the articles' words that happens to have those initials.
    pm = Lexicon.from_texts(["Japanese Prime Minister Fumio Kishida met South Korea's leader in Japan."],
                            ["Japanese Prime Minister Fumio Kishida", "South Korea", "Japan"])
    assert pm.expansion("JP") == "Japan" and pm.expansion("KOR") == "South Korea"
    assert pm.expansion("PM") == "Prime Minister"


def test_initials_stand_for_a_name_without_a_word_joined_on_to_it():
    text = "San Francisco voters recalled the district attorney. The San Francisco-based group and others objected."
    lexicon = Lexicon.from_texts([text], ["San Francisco", "San Francisco-based", "San Francisco-based"])
    assert lexicon.expansion("SF") == "San Francisco"  # "-based" is no part of the city's name
    hyphenated = Lexicon.from_texts(["Moon Jae-in spoke."], ["Moon Jae-in", "Moon Jae-in"])
    assert hyphenated.expansion("MJ") == "Moon Jae-in"  # "in" is part of his name
    ban = Lexicon.from_texts(["Ban Ki-moon spoke."], ["Ban Ki-moon", "Ban Ki-moon"])
    assert ban.expansion("BK") == "Ban Ki-moon"  # "moon", though a word of English, is part of his name


def test_an_acronym_may_stand_for_one_word_of_three_joined():
    text = "Consumer prices jumped 9.1% year-over-year in June, and rose again month-over-month."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert lexicon.expansion("YOY") == "year-over-year"  # common words, but a fixed expression joined as one
    assert understand("cpi june yoy?", lexicon).text.endswith("year-over-year?")
    assert lexicon.expansion("JPO") is None  # "jumped 9.1% … " is no run of words with these initials


def test_a_name_typed_with_an_s_is_that_name_not_another_word():
    text = ("Hawkins played drums for Alanis Morissette before joining Foo Fighters. Foo Fighters toured. "
            + "Food prices rose, and food banks ran short of food. " * 5)
    lexicon = Lexicon.from_texts([text], proper_names(text) + ["Foo Fighters", "Foo Fighters"])
    understood = understand("who did hawkins drum for before the foos", lexicon)
    assert "Foo" in understood.text and "food" not in understood.text.lower()
    # A plural that is a word of English is that word: "bills" are no Bill.
    bills = Lexicon.from_texts(["Bill Smith spoke. Bill left."], ["Bill Smith", "Bill"])
    assert "bills" in understand("which bills did they pass", bills).text


def test_a_quote_paragraph_that_says_only_he_said_is_cited_with_the_speaker_named_before():
    from rag.evidence import name_the_speaker

    text = ("Emanuel said the three countries met 40 times last year.\n\n"
            "That dialogue was the biggest contribution to the thaw, he said.\n\nThe talks ended.")
    sentences, layout, vectors = _paragraphs(text)
    ends = [s.end for s in sentences]
    quote = Evidence(sentences[1], 1.0, 0.5, 0.5, 0.5)
    [named] = name_the_speaker("who said dialogue was the biggest contribution", [quote], layout, vectors)
    assert named.sentence.text == text[: ends[1]] and "Emanuel" in named.sentence.text
    # A sentence with no pronoun for a speaker is left as it is.
    plain = Evidence(sentences[2], 1.0, 0.5, 0.5, 0.5)
    assert name_the_speaker("who ended the talks", [plain], layout, vectors) == [plain]


def test_a_reporting_verb_never_sets_one_name_against_another(lexicon):
    evidence = "According to reports from Chinese state media, Yoon's trip to Japan sparked strong opposition."
    assert premise_conflict("who reported that Yoon's Japan trip sparked opposition", evidence, lexicon) is None


def test_words_run_together_are_read_as_the_articles_write_them_and_chat_shorthand_is_expanded():
    text = "Japan may put Korea back on the white list of trusted partners."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("is japan gonna put korea on the whitelist or nah", lexicon).text.lower() == (
        "is japan going to put korea on the white list")
    assert "something" in understand("did kishida say smth abt the list", lexicon).text
    # "what's the deal with X" asks about X; "the deal with Seoul" elsewhere is an agreement.
    assert understand("whats the deal w the flag tweet", lexicon).text == "what about the flag tweet"
    assert "deal" in understand("how did they react to the deal w seoul", lexicon).text
    # A month or a day cut short is read in full; a word of its own is left alone ("sun", "mar").
    assert "September" in understand("what did they agree in sept", lexicon).text
    assert "Friday" in understand("what did kishida say on fri.", lexicon).text
    assert understand("did they meet in the sun", lexicon).text.endswith("in the sun")
    # Only the usual short forms, only where a date goes, never initials: "APR", "the apr", "marc" stay.
    assert understand("is the apr going up", lexicon).text.endswith("the apr going up")
    assert "APR" in understand("is the APR on the list", lexicon).text
    assert "March" not in understand("what did marc say in may", lexicon).text
    assert understand("who is jan?", lexicon).text == "who is jan?"  # a month at the end may be a name
    # "Mar" is a word of its own, a month only beside a day of the month.
    assert "the March 1 speech" in understand("which anniversary was the Mar 1 speech", lexicon).text
    assert "on 1 March" in understand("what did yoon say on 1 mar", lexicon).text
    assert understand("did the row mar 2 summits", lexicon).text == "did the row mar 2 summits"
    assert understand("will the 2 mar the summit", lexicon).text == "will the 2 mar the summit"
    # The -ing of speech with its g dropped ("feelin", "talkin'"); a name or a word of its own is left alone.
    assert understand("hows japan feelin abt the list", lexicon).text == "how is japan feeling about the list"
    assert "talking" in understand("what was kishida talkin' about", lexicon).text
    assert understand("did putin say anything within the week", lexicon).text.lower() == (
        "did putin say anything within the week")
    statins = Lexicon.from_texts(["Patients on a statin were told to stop."], [])
    assert "statin" in understand("who takes a statin", statins).text.split()  # a word the articles write
    # Two words the articles never write side by side are not a split of one.
    assert understand("what about the listwhite", lexicon).text.endswith("listwhite")


def test_a_country_typed_by_the_initials_of_its_official_name_is_the_articles_country():
    text = "Leaders in Tokyo said North Korea and China would watch. The United States agreed."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    q = understand("what will the DPRK and the PRC watch", lexicon)
    assert "North Korea" in q.text and "China" in q.text and "DPRK → North Korea" in q.note, q.text
    # A country the articles never name is left as typed (and so checked as missing), as are lower-case words.
    assert "UAE" in understand("did the UAE agree", lexicon).text
    assert understand("are they there", lexicon).text == "are they there"


def test_who_did_what_to_whom_swapped_is_contradicted():
    from rag.understand import swap_conflict

    lifted = "Japan will lift export controls on high-tech materials used for chips in South Korea."
    imposed = "Seoul would not renew GSOMIA in response to new export controls Japan imposed on South Korea."
    lexicon = Lexicon.from_texts([lifted, imposed], proper_names(lifted) + proper_names(imposed))
    asked = "why did South Korea put export controls on chip materials going to Japan"
    assert swap_conflict(asked, [imposed, lifted], lexicon) == (
        "South Korea put export controls on chip materials going to Japan",
        "Japan will lift export controls on high-tech materials used for chips in South Korea", 1)
    # The question's way round: nothing to contradict (a capital stands for its country).
    assert swap_conflict("why did Tokyo lift export controls on materials for South Korea", [lifted], lexicon) is None
    # A name after the thing with no preposition before it does something of its own ("controls Japan imposed").
    assert swap_conflict("why did Seoul put export controls in response to GSOMIA on Japan", [
        "GSOMIA lapsed in response to new export controls Japan imposed."], lexicon) is None
    # Saying relates a speaker to what is said; talks, pacts and summits go both ways.
    said = "Japan said new export controls would hurt firms in South Korea."
    assert swap_conflict("what did South Korea say about export controls to Japan", [said], lexicon) is None
    talks = "South Korea resumed security talks on export controls in Japan."
    assert swap_conflict("why did Japan resume security talks on export controls in South Korea", [talks],
                         lexicon) is None
    third = "Japan, with the US, eased export controls on chip materials for South Korea."
    assert swap_conflict(asked, [third], lexicon) is None


def test_a_head_of_state_acts_for_the_country_and_a_threat_names_who_would_act():
    from rag.understand import agent_conflict

    text = ("South Korean President Moon Jae-in spoke. In 2019 Seoul had threatened to abolish GSOMIA as ties with "
            "Tokyo soured. Japanese Prime Minister Fumio Kishida met North Korea's envoy.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    passages = ["Seoul had threatened to abolish GSOMIA in 2019 as relations with Tokyo soured."]
    # "Threatened to abolish": Seoul is who would; "scrap" is the same act.
    assert agent_conflict("why did Japan scrap GSOMIA in 2019", passages, lexicon) == ("Japan", "Seoul", 0)
    # The president of the country the capital names acts for it; the other country's leader does not.
    assert agent_conflict("why did Moon Jae-in scrap GSOMIA in 2019", passages, lexicon) is None
    assert agent_conflict("why did Kishida scrap GSOMIA in 2019", passages, lexicon) == ("Kishida", "Seoul", 0)
    north = ["North Korea had threatened to abolish GSOMIA in 2019."]
    assert agent_conflict("why did Moon Jae-in scrap GSOMIA in 2019", north, lexicon) is not None
    # All of the name stands after the office ("Fumio Kishida" for "Kishida"); a shared surname is no one name.
    tokyo = ["Tokyo had threatened to abolish GSOMIA in 2019."]
    assert agent_conflict("why did Kishida scrap GSOMIA in 2019", tokyo, lexicon) is None
    kim = ("South Korean President Kim Dae-jung spoke. In 2019 Seoul threatened to abolish GSOMIA. "
           "North Korea's Kim Jong Un sat.")
    kim_lexicon = Lexicon.from_texts([kim], proper_names(kim))
    assert agent_conflict("why did Kim Jong Un scrap GSOMIA in 2019", passages, kim_lexicon) is not None
    # Killing people is no act on an agreement ("why did Russia withdraw its troops").
    assert agent_conflict("why did Russia withdraw its troops", ["In June Ukraine killed Russian troops."],
                          lexicon) is None


def test_who_did_it_in_the_passive_and_a_people_with_their_noun_are_doers():
    from rag.understand import _doers, agent_conflict

    text = ("Officials in Seoul set up a foundation funded by private Korean companies, and Japanese firms will not "
            "pay, officials in Tokyo said.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    passages = ["Seoul set up a foundation funded by private Korean companies, not Japanese ones."]
    # "Japanese firms fund": the firms are who (not "firm" done by the Japanese); "funded by … Korean companies"
    # names who funds it.
    assert agent_conflict("why will japanese firms fund the foundation", passages, lexicon) == (
        "japanese", "Korean", 0)
    assert agent_conflict("why are Korean companies funding the foundation", passages, lexicon) is None
    assert agent_conflict("why does Tokyo fund the foundation", passages, lexicon) == ("Tokyo", "Korean", 0)
    # A plural noun after a name that is no people is the verb ("Seoul funds").
    assert agent_conflict("why does Tokyo funds the foundation", passages, lexicon) == ("Tokyo", "Korean", 0)
    # A place after "by" and a preposition did nothing ("killed by shelling in Kharkiv"); media speak for themselves.
    shelled = ["Five civilians were killed by shelling in Tokyo on Monday."]
    assert agent_conflict("why did Seoul kill the civilians", shelled, lexicon) is None
    assert _doers("On Monday, Japanese media criticized the deal.", lexicon) == []
    assert [(d.verb, d.written) for d in _doers("a fund paid by Korean firms", lexicon)] == [("pay", "Korean")]


def test_a_question_that_takes_another_doer_for_granted_is_contradicted():
    from rag.understand import agent_conflict

    text = "On Thursday Japan lifted its curbs and Seoul will, therefore, withdraw its complaint to South Korea's WTO envoy."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    passages = ["Seoul will, therefore, withdraw its complaint at the World Trade Organization."]
    assert agent_conflict("why is Japan withdrawing its complaint", passages, lexicon) == ("Japan", "Seoul", 0)
    # "Going to" is "will": "Japan going to withdraw its complaint, is it" takes Japan for the doer.
    assert agent_conflict("why is Japan going to withdraw its complaint", passages, lexicon) == ("Japan", "Seoul", 0)
    # The question's doer (or its capital) did it, or is named just before the act: nothing to contradict.
    assert agent_conflict("why is South Korea withdrawing its complaint", passages, lexicon) is None
    both = ["Japan and South Korea agreed on Thursday to withdraw the complaint."]
    assert agent_conflict("why is Japan withdrawing its complaint", both, lexicon) is None
    # An act that only leads to the one taken for granted ("agree to withdraw") confirms nothing by itself.
    agreed = ["Japan and South Korea agreed on Thursday to drop a trade dispute.", *passages]
    assert agent_conflict("why did Japan agree to withdraw its complaint", agreed, lexicon) == ("Japan", "Seoul", 1)
    assert agent_conflict("why did South Korea agree to withdraw its complaint", agreed, lexicon) is None
    # The same act done to something else, or no act taken for granted, is no evidence either way.
    assert agent_conflict("why is Japan withdrawing its ambassador", passages, lexicon) is None
    assert agent_conflict("how many complaints has Japan withdrawn", passages, lexicon) is None
    # An acronym the articles write with its "of" ("DOJ") is its name in another order ("the Justice Department").
    doj = "The DOJ filed a motion. Later the Justice Department will ask a judge to unseal the warrant."
    doj_lexicon = Lexicon.from_texts([doj], proper_names(doj))
    assert agent_conflict("why did the DOJ ask the court to unseal the warrant",
                          ["Later the Justice Department will ask a judge to unseal the warrant."], doj_lexicon) is None
    # A year the question gives, where a passage on the same thing has the doer's predecessor act in it.
    before = "In 2019, Yoon’s predecessor, Moon Jae-in, said Seoul would not be renewing the GSOMIA pact."
    lexicon = Lexicon.from_texts([before, *TEXTS], proper_names(before) + [n for t in TEXTS for n in proper_names(t)])
    assert agent_conflict("why did Yoon pull Korea out of GSOMIA in 2019", [before], lexicon) == (
        "Yoon", "Yoon’s predecessor, Moon Jae-in", 0)
    assert agent_conflict("why did Yoon pull Korea out of GSOMIA in 2018", [before], lexicon) is None
    assert agent_conflict("why did Yoon pull out of the trade deal in 2019", [before], lexicon) is None
    # Asked whether the doer did it, or told so in a statement that opens the question, the act is put to the
    # test the same way ("himself" between the doer and the act changes nothing); a question that opens on no
    # doer puts none to it.
    stated = ("is it true Yoon himself pulled Korea out of GSOMIA in 2019",
              "Yoon pulled Korea out of GSOMIA in 2019, so why bring it back?",
              "Since Yoon pulled Korea out of GSOMIA in 2019, why bring it back?",  # a clause taken for granted
              "it was Yoon himself who pulled Korea out of GSOMIA in 2019, why?")  # who did it, set apart
    for question in stated:
        assert agent_conflict(question, [before], lexicon, asked=True) == ("Yoon", "Yoon’s predecessor, Moon Jae-in", 0)
        assert agent_conflict(question, [before], lexicon) is None
    # A statement's verb not in the past and before no object is no act told ("Yoon need more…" is no "needed").
    assert agent_conflict("Yoon need more GSOMIA in 2019 so why", [before], lexicon, asked=True) is None
    assert agent_conflict("what made Yoon pull Korea out of GSOMIA in 2019", [before], lexicon, asked=True) is None
    # Named as the one who acted too, the doer may well have done it; the predecessor is told for the past.
    both = "In 2019, Yoon scrapped the GSOMIA pact that Yoon’s predecessor, Moon Jae-in, had signed."
    assert agent_conflict("why did Yoon pull Korea out of GSOMIA in 2019", [both], lexicon) is None
    # Who decides or plans to do it is who does it, in the question and in the passages alike.
    plans = ["Seoul plans to withdraw its complaint at the World Trade Organization."]
    assert agent_conflict("why did Japan decide to withdraw its complaint", plans, lexicon) == ("Japan", "Seoul", 0)
    assert agent_conflict("why did Seoul decide to withdraw its complaint", plans, lexicon) is None
    # Who refused, wanted or was asked to do it is not its doer, and "objected to cuts" tells of no second act.
    refused = ["Seoul refused to withdraw its complaint at the World Trade Organization."]
    assert agent_conflict("why did Japan withdraw its complaint", refused, lexicon) is None
    asked = ["Seoul was asked to withdraw its complaint at the World Trade Organization."]
    assert agent_conflict("why did Japan withdraw its complaint", asked, lexicon) is None


def test_a_question_that_has_somebody_take_the_other_side_is_contradicted():
    from rag.understand import stance_conflict

    text = "China’s Foreign Ministry said Beijing opposes the closed circle. Seoul welcomed the deal."
    lexicon = Lexicon.from_texts([text, "China and Beijing"], [*proper_names(text), "China", "Beijing"])
    passages = ["China’s Foreign Ministry said Beijing opposes the closed circle.", "Seoul welcomed the deal."]
    assert stance_conflict("why is China welcoming the alignment", passages, lexicon) == ("welcoming", "opposes", 0)
    assert stance_conflict("why did Beijing say it welcomes the deal", passages, lexicon) == ("welcomes", "opposes", 0)
    # Told in a statement the question opens with, the side is taken for granted all the same (on the thing the
    # passage speaks of, as a yes/no question's is).
    assert stance_conflict("China supports the closed circle, so why", passages, lexicon) == (
        "supports", "opposes", 0)
    assert stance_conflict("China supports the alignment, so why", passages, lexicon) is None
    # The side the articles give, or somebody whose side they do not give, is nothing to contradict.
    assert stance_conflict("why does China oppose the alignment", passages, lexicon) is None
    assert stance_conflict("why did Seoul welcome the deal", passages, lexicon) is None
    assert stance_conflict("why did Tokyo welcome the deal", passages, lexicon) is None
    # Asked whether it did, the other side on that very thing is the answer "No"; its own side, or its stance on
    # another thing, none.
    assert stance_conflict("did China welcome the closed circle", passages, lexicon) == ("welcome", "opposes", 0)
    assert stance_conflict("did Seoul welcome the deal", passages, lexicon) is None
    assert stance_conflict("did China welcome the arms sale", passages, lexicon) is None
    both = ["China welcomed the resumption of talks, but condemned a new arms sale to Taiwan."]
    assert stance_conflict("did China condemn the arms sale", both, lexicon) is None
    assert stance_conflict("did China condemn the talks", both, lexicon) == ("condemn", "welcomed", 0)
    # Its body after its name is still it ("the Chinese foreign ministry"), and "is it true that…" asks whether it did.
    assert stance_conflict("why did the Chinese foreign ministry welcome the alignment", passages, lexicon) == (
        "welcome", "opposes", 0)
    # Its press or its parliament is not its government.
    assert stance_conflict("why did the China press welcome the alignment", passages, lexicon) is None
    # Far down, a stance counts only on the thing asked about.
    assert stance_conflict("why is China welcoming the alignment", passages, lexicon, near=0) is None
    assert stance_conflict("is it true that China welcomed the closed circle", passages, lexicon) == (
        "welcomed", "opposes", 0)


def test_another_party_taking_a_stance_does_not_contradict_a_question_about_one():
    from rag.understand import agent_conflict

    text = "The United States welcomed the summit."
    lexicon = Lexicon.from_texts([text, "China opposes it."], [*proper_names(text), "China"])
    passages = [text]
    assert agent_conflict("why did China welcome the summit", passages, lexicon) is None  # many may welcome it


def test_a_question_that_calls_something_what_it_no_longer_is_is_contradicted():
    from rag.understand import former_conflict

    passages = ["Yoon said Japan had transformed from a past militaristic aggressor to a partner.",
                "Prices rose from 5 to 6 percent.", "The storm grew from a tropical storm into a hurricane."]
    assert former_conflict("why did yoon call japan a militaristic aggressor", passages) == (
        "militaristic aggressor", "a partner", 0)
    assert former_conflict("why is Japan still a militaristic aggressor", passages) is None  # speaks of time itself
    assert former_conflict("what did Japan transform from", passages) is None
    # A figure's change is no state left behind, and a question that names the old state without calling
    # anything it takes nothing for granted.
    assert former_conflict("why did prices hit 5 percent", passages) is None
    assert former_conflict("when did the tropical storm reach the coast", passages) is None
    # A move from one place to another is no state left behind.
    moved = ["The fire moved from Carlton to the neighbouring town.", "The office changed from Carlton to Milbrook."]
    assert former_conflict("why are schools in Carlton closed", moved) is None
    assert former_conflict("what is the damage as Carlton burns", moved) is None


_ACTS = ("On Thursday Japan lifted its curbs, and Seoul will withdraw its complaint. Then Kishida held the summit, "
         "and Google will sell the stake to Microsoft.")
_ACT_PASSAGES = ("Seoul will, therefore, withdraw the complaint filed with the WTO.", "Kishida held the summit.",
                 "Google will sell the stake to Microsoft.")


@pytest.mark.parametrize(
    ("question", "passages", "expected"),
    [
        ("why is Japan dropping its complaint", _ACT_PASSAGES, ("Japan", "Seoul", 0)),
        ("why is Japan pulling the complaint", _ACT_PASSAGES, ("Japan", "Seoul", 0)),
        ("why is Seoul dropping its complaint", _ACT_PASSAGES, None),
        # The question's doer named just before the act shares it.
        ("why is Japan dropping its complaint", ("Japan and Seoul will withdraw the complaint.",), None),
        # Another act, even done to the same thing and close in meaning to word vectors, is no evidence: buying a
        # stake is not selling it, and a thing after a preposition ("respond to the summit") is done to nothing.
        ("why did Microsoft buy the stake", _ACT_PASSAGES, None),
        ("how did Japan respond to the summit", _ACT_PASSAGES, None),
        ("why is Japan praising the complaint", _ACT_PASSAGES, None),
    ],
)
def test_another_verb_done_to_the_same_thing_tells_of_the_same_act(question, passages, expected):
    from rag.understand import agent_conflict

    lexicon = Lexicon.from_texts([_ACTS], proper_names(_ACTS))
    assert agent_conflict(question, list(passages), lexicon) == expected


def test_north_and_south_of_one_name_are_two_places_and_joined_verbs_are_read_part_by_part():
    from rag.understand import _same, agent_conflict

    assert not _same(frozenset({"south", "korea"}), frozenset({"north", "korea"}))
    assert _same(frozenset({"korea"}), frozenset({"south", "korea"}))  # a shorter name of the same place
    assert _same(frozenset({"seoul"}), frozenset({"sk"}))  # a capital and its country's initials
    assert not _same(frozenset({"seoul"}), frozenset({"nk"}))
    text = "Hours before, North Korea test-fired a missile. South Korea and Japan met."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    passages = ["Hours before, North Korea test-fired a missile."]
    assert agent_conflict("why did South Korea test fire a missile", passages, lexicon) == (
        "South Korea", "North Korea", 0)
    assert agent_conflict("why did North Korea test fire a missile", passages, lexicon) is None
    launched = ["Hours before, North Korea launched a missile."]  # "Korea" right before the act is North's
    assert agent_conflict("why did South Korea launch a missile", launched, lexicon) == ("South Korea", "North Korea", 0)


def test_a_plain_verb_beside_a_name_is_no_premise_to_contradict():
    from rag.understand import premise_conflict

    text = "The two neighbors agreed to let go of Japan's wartime forced labor. Seoul went to the WTO."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    evidence = "The two neighbors agreed to let go of Japan's wartime forced labor."
    assert premise_conflict("why did Seoul go to the WTO", evidence, lexicon) is None


def test_a_trip_to_one_place_told_with_another_verb_contradicts_a_trip_to_another():
    from rag.understand import premise_conflict

    text = ("Lee has flown to Italy to meet Prime Minister Rossi. Lee met Rossi in Rome on Monday. "
            "Italy took its complaint to the WTO in Geneva.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    flown = "Lee has flown to Italy to meet Prime Minister Rossi."
    # "go", "travel", "visit" and "flown" all tell of going somewhere: Seoul is not where the trip went.
    for asked in ("why did Rossi go to Seoul", "why did Rossi travel to Seoul", "why was Rossi's visit to Seoul"):
        assert premise_conflict(asked, flown, lexicon) == ("Seoul", "Italy", asked.split()[-3])
    # Rome is Italy's capital: the same trip. New York and the WTO are no countries, so no other trip is told.
    assert premise_conflict("why did Lee go to Rome", flown, lexicon) is None
    assert premise_conflict("why did Lee go to New York", flown, lexicon) is None
    assert premise_conflict("why did Italy go to the WTO", "Italy took its complaint to the WTO in Geneva.",
                            lexicon) is None
    # The same traveller's trip, made: not another's ("Lee will fly to Washington"), nor a way back or one planned.
    trips = Lexicon.from_texts(["Lee returned to Seoul. Rossi will fly to Washington next month. Lee met Rossi."],
                               ["Lee", "Seoul", "Rossi", "Washington"])
    assert premise_conflict("when did Lee travel to Italy", "Lee returned to Seoul on Friday.", trips) is None
    assert premise_conflict("why did Biden visit Italy", "Rossi will fly to Washington next month.", trips) is None
    assert premise_conflict("why did Rossi go to Italy", "Rossi will fly to Washington next month.", trips) is None


def test_a_name_in_another_slot_of_the_same_word_is_no_contradiction():
    from rag.understand import premise_conflict

    text = "Anyone who tests positive for Covid-19 must stay in hospital, Hong Kong authorities said."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    # "positive in HK" is where; "positive for Covid-19" is what: different slots of "positive".
    assert premise_conflict("if you test positive in HK how long do they keep you", text, lexicon) is None
    # The same slot still contradicts: "positive for Ebola" where the passage has "positive for Covid".
    assert premise_conflict("if you test positive for Ebola how long do they keep you", text, lexicon) is not None
    # "who did Hawkins drum for before Nirvana": "for" is the question's own, "before" is Nirvana's preposition.
    drums = "Hawkins was playing drums for Alanis Morissette in 1995."
    drummer = Lexicon.from_texts([drums], proper_names(drums) + ["Nirvana"])
    assert premise_conflict("who did Hawkins drum for before Nirvana", drums, drummer) is None
    assert premise_conflict("why did Hawkins drum for Nirvana", drums, drummer) is not None
    # "on" and "against" put a target in one slot: sanctions on Russia are not those against Iran.
    sanctions = "The US imposed new sanctions against Iran."
    assert premise_conflict("why did the US impose sanctions on Russia", sanctions,
                            Lexicon.from_texts([sanctions], proper_names(sanctions) + ["Russia"])) is not None
    # "the director of the Netflix film" names what is directed; "director Andrew Dominik" who directs.
    film = "In an interview with Netflix Queue, de Armas said director Andrew Dominik planned the story."
    films = Lexicon.from_texts([film], proper_names(film))
    assert premise_conflict("who is the director of the Netflix film Blonde", film, films) is None
    assert premise_conflict("why did director Greta Gerwig plan the story", film, films) is not None


def test_a_doer_the_articles_name_only_as_not_doing_it_is_a_false_premise():
    from rag.understand import negated_conflict

    synonyms = {frozenset({"companies", "firms"})}

    def alike(word: str, candidates: list[str]) -> set[str]:  # word meaning, as the sentence vectors judge it
        return {c for c in candidates if c == word or frozenset({word, c}) in synonyms}

    fund = ["Seoul will pay through a fund financed by Korean companies instead of asking Japanese firms to pay."]
    q = "why are Japanese companies paying into the fund"
    assert negated_conflict("Japanese companies paying into the fund", q, fund, alike) == (
        "Japanese companies", "instead of asking Japanese firms", 0)
    # The doer written where nothing denies it, another doer, or a question about what did not happen: no conflict.
    said = [*fund, "Japanese firms will pay into the fund, Tokyo said."]
    assert negated_conflict("Japanese companies paying into the fund", q, said, alike) is None
    assert negated_conflict("Korean companies paying into the fund", "why are Korean companies paying", fund,
                            alike) is None
    assert negated_conflict("Japanese firms paying", "why aren't Japanese firms paying", fund, alike) is None
    assert negated_conflict("Japan paying", "why is Japan paying", fund, alike) is None  # one word: no doer phrase
    # A denial ends with its clause: "not …, but Japanese firms paid" denies nothing of theirs; "not only" none.
    paid = ["Kishida did not apologize, but Japanese firms paid into the fund."]
    assert negated_conflict("Japanese companies paying into the fund", q, paid, alike) is None
    also = ["Not only Japanese firms but also Korean firms paid into the fund."]
    assert negated_conflict("Japanese companies paying into the fund", q, also, alike) is None
    # The words that set a statement up are no part of its doer ("Seeing that Japanese firms are to pay…").
    seeing = "Seeing that Japanese companies are to pay into the fund, how much will they pay"
    assert negated_conflict("Seeing that Japanese companies are to pay into the fund", seeing, fund, alike) == (
        "Japanese companies", "instead of asking Japanese firms", 0)


def test_initials_written_with_dots_are_read_as_the_articles_write_them(lexicon):
    assert understand("what did the U.S. say", lexicon).text == "what did the US say"  # not "you.S."
    assert "you" not in understand("what did u.s. officials say", lexicon).text


def test_those_in_a_follow_up_are_the_things_the_previous_answer_told_of():
    from rag.followup import rewrite_from_history

    fired = [{"role": "user", "content": "did north korea do anything before the summit"},
             {"role": "assistant", "content": "Yes, hours before it fired a long-range ballistic missile [1]. It fell."}]
    rewritten = rewrite_from_history("how many of those has it done lately", fired)
    assert "ballistic missile" in rewritten and "Yes" not in rewritten and "[1]" not in rewritten
    assert "It fell" not in rewritten  # the first sentence only
    # A person asked about is not "those": the answer's words stay out.
    assert "ballistic" not in rewrite_from_history("what did he say", fired)


def test_it_in_a_follow_up_reaches_back_past_a_turn_that_named_no_thing():
    from rag.followup import rewrite_from_history

    fired = [{"role": "user", "content": "what did north korea fire before the summit"},
             {"role": "assistant", "content": "An intercontinental ballistic missile, hours before. It fell."},
             {"role": "user", "content": "was kim jong un there"},
             {"role": "assistant", "content": "Yes, with his daughter Ju-ae."}]
    rewritten = rewrite_from_history("and where did it come down", fired)
    assert "ballistic missile" in rewritten and "fire before the summit" in rewritten and "It fell" not in rewritten
    # The previous question names a thing "it" may be ("the summit"): nothing from before it.
    summit = [*fired[:2], {"role": "user", "content": "was kim at the summit"}, fired[3]]
    assert "ballistic" not in rewrite_from_history("and where did it come down", summit)
    # "He" is no thing.
    assert "ballistic" not in rewrite_from_history("and what did he say", fired)


def test_he_in_a_follow_up_is_the_one_person_the_previous_question_named():
    from rag.followup import rewrite_from_history

    asked = [{"role": "user", "content": "who is Joel Atkinson"},
             {"role": "assistant", "content": "A professor at Hankuk University of Foreign Studies in Seoul."}]
    assert rewrite_from_history("what did he say about China", asked) == "what did Joel Atkinson say about China"
    # After "who watched …?", "him" is the one the answer named: the previous turn is searched along.
    watched = [{"role": "user", "content": "Who watched North Korea's launch?"},
               {"role": "assistant", "content": "The leader, Kim Jong-un."}]
    assert "Kim Jong-un" in rewrite_from_history("Who was with him?", watched)
    # Countries named together ("the US Japan and Korea") are no "he": the previous answer's names are searched.
    counted = [{"role": "user", "content": "how many meetings did the US Japan and Korea have last year"},
               {"role": "assistant", "content": "More than 40, according to US ambassador Rahm Emanuel."}]
    rewritten = rewrite_from_history("what did he say all that did for relations", counted)
    assert "US Japan say" not in rewritten and "Rahm Emanuel" in rewritten
    # Asked who holds an office, "he" next is the one the answer names first.
    office = [{"role": "user", "content": "who's the us ambassador to japan"},
              {"role": "assistant", "content": "Rahm Emanuel, US ambassador to Japan, speaking to CNN."}]
    assert rewrite_from_history("and what did he say pushed them together", office) == (
        "and what did Rahm Emanuel say pushed them together")
    # …when it opens with a person: not with a title, a country or small words.
    for opening in ("The US ambassador to Japan is Rahm Emanuel.", "US Ambassador to Japan Rahm Emanuel said so.",
                    "South Korea and Japan.", "Not In The Articles."):
        told = [office[0], {"role": "assistant", "content": opening}]
        assert "what did he say" in rewrite_from_history("what did he say", told).replace("What", "what"), opening


def test_he_after_what_did_x_say_is_x_and_what_he_said_is_searched_along():
    from rag.followup import rewrite_from_history

    said = [{"role": "user", "content": "what did Yoon say about sharing North Korea missile information"},
            {"role": "assistant", "content": "That the two countries should share information on launches."}]
    assert rewrite_from_history("so whose fault is it in his view", said) == "so whose fault is it in Yoon's view"
    where = rewrite_from_history("where did he say that", said)
    assert where == ("where did Yoon say that (what did Yoon say about sharing North Korea missile information)")
    capital = [{"role": "user", "content": "What did Kishida say about the talks with Yoon and Biden"}, said[1]]
    assert rewrite_from_history("what else did he say", capital) == "what else did Kishida say"
    # A country asked about is no "he"; a company's titled officer is ("Toyota CEO Koji Sato said…").
    china = [{"role": "user", "content": "what did China say about the summit"},
             {"role": "assistant", "content": "Beijing opposes closed and exclusive circles."}]
    assert rewrite_from_history("where did he say that", china) == (
        "where did he say that (what did China say about the summit)")
    toyota = [{"role": "user", "content": "What did Toyota say about tariffs"},
              {"role": "assistant", "content": "Toyota CEO Koji Sato said costs would rise."}]
    assert rewrite_from_history("how old is he", toyota) == "how old is Koji Sato"
    # After an answer that opens with a person by title, "him" is that person, its subject.
    met = [{"role": "user", "content": "who met who at the summit"},
           {"role": "assistant", "content": "South Korean President Yoon Suk-yeol met Japanese Prime Minister Fumio "
                                            "Kishida in Japan on Thursday."}]
    assert rewrite_from_history("which firms came along with him?", met) == "which firms came along with Yoon Suk-yeol?"
    visit = [met[0], {"role": "assistant", "content": "NATO Secretary General Jens Stoltenberg's visit was brief."}]
    assert rewrite_from_history("what did he say", visit) == "what did Jens Stoltenberg say"  # no "'s", no title
    # Not when the previous question named one person: "he" is that one.
    asked = [{"role": "user", "content": "what did Kishida say about the talks"},
             {"role": "assistant", "content": "Prime Minister Fumio Kishida said Japan wanted frequent visits."}]
    assert rewrite_from_history("what else did he want", asked) == "what else did Kishida want"


@pytest.mark.parametrize(("run", "countries"), [
    ("US Japan", True), ("South Korea", True), ("Tokyo", True), ("Japan South Korea", True), ("Mexico City", True),
    ("Rahm Emanuel", False), ("Jordan Peele", False), ("Israel Adesanya", False), ("New York", False),
])
def test_a_run_of_country_names_names_no_person(run, countries):
    from rag.understand import names_a_country

    assert names_a_country(run) is countries


def test_which_3_in_a_follow_up_asks_which_of_the_things_the_previous_answer_counted():
    from rag.followup import counted_things
    from rag.text import stated_terms

    lifted = [{"role": "user", "content": "did japan lift any export restrictions"},
              {"role": "assistant", "content": "Yes — Tokyo lifted restrictions on exports of three chemicals."}]
    assert counted_things("which 3", lifted) == "which 3 chemicals?"
    assert counted_things("what are the three?", lifted) == "what are the three chemicals?"
    assert counted_things("which 4", lifted) is None  # the answer counted no four things
    assert counted_things("which companies", lifted) is None and counted_things("which 3", []) is None
    closed = [*lifted[:1], {"role": "assistant", "content": "The firm closed two of its five plants."}]
    assert counted_things("which two", closed) is None  # "its" is no plural of anything
    # "three chemicals" states the "3" of the question, and "3 chemicals" the "three".
    assert {"3", "three"} <= stated_terms("exports of three chemicals") & stated_terms("3 chemicals")


def test_a_word_never_ends_with_a_hyphen_so_codes_stay_whole(lexicon):
    q = understand("how many Covid-19 cases since the summit", lexicon)
    assert "Covid-19" in q.text, q.text  # not "Covid19", read as the name "Covid" and a figure


def test_an_elliptic_follow_up_swaps_the_subject_of_a_question_typed_in_lower_case(lexicon):
    from rag.followup import rewrite_from_history

    asked = [{"role": "user", "content": "what did china's foreign ministry say about the summit"},
             {"role": "assistant", "content": "Beijing opposes closed circles."}]
    assert rewrite_from_history("and what about the US", asked) == "what did the US say about the summit"
    assert rewrite_from_history("and the US?", asked) == "what did the US say about the summit"
    assert rewrite_from_history("and the WHO?", asked) == "what did the WHO say about the summit"  # no "who"
    # "and …?" asking a question of its own swaps nothing in.
    assert rewrite_from_history("and to which media he said this?", asked) == (
        "and to which media he said this? (what did china's foreign ministry say about the summit)")
    assert understand("and what abt the us", lexicon).text == "and what about the US"  # after "the": the country
    assert understand("tell us about it", lexicon).text == "tell us about it"


def test_a_question_that_names_its_own_subject_does_not_lean_on_the_previous_turn():
    from rag.followup import needs_context

    assert not needs_context("what did North Korea fire before the summit")  # "the summit": the story's
    assert needs_context("when was the agreement signed")  # no name of its own: the previous turn's agreement
    assert needs_context("What did he tell CNN?")


def test_a_run_of_words_is_another_writing_of_a_name_only_word_for_word():
    text = "Relations between Japan and Korea improved, Japan-South Korea ties say. Leader Kim Jong Un spoke."
    lexicon = Lexicon.from_texts([text], proper_names(text) + ["Japan-South Korea", "Kim Jong Un"])
    # Its letters are close to "Japan-South Korea", but "ocupy" writes no word of that name: a misspelt verb.
    assert understand("how long did japan ocupy korea", lexicon).text == "how long did Japan occupy Korea"
    assert "Kim Jong" in understand("what did kim jong eun say", lexicon).text  # "eun" writes "Un"


def test_each_part_of_a_hyphenated_word_gives_an_acronym_letter():
    text = ("Kishida reaffirmed the importance of a free and open Indo-Pacific. Tokyo lifted curbs on fluorinated "
            "polyimide. Exports of fluorinated polyimide resume.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert lexicon.expansion("FOIP") == "free and open indo-pacific"  # not letters from inside "fluorinated"


def test_chat_shorthand_that_is_also_an_acronym_is_filler_only_in_lower_case():
    assert understand("ngl why are koreans so upset rn").text == "why are koreans so upset"
    assert understand("what did the RN say").text == "what did the RN say"  # a party, in capitals


def test_a_name_of_several_words_typed_in_lower_case_is_written_whole_and_an_aside_ends_a_doer():
    from rag.understand import agent_conflict

    text = ("Japan will lift export controls on materials for South Korea. Yoon was accompanied by the leaders of "
            "Samsung, SK and LG – Tokyo lifted restrictions on chip materials.")
    lexicon = Lexicon.from_texts([text], proper_names(text) + ["South Korea", "Japan", "Tokyo"])
    question = understand("why is south korea lifting its export restrictions on chip materials", lexicon).text
    assert question.startswith("why is South Korea lifting")  # "south" alone is a common word, in lower case
    # "SK" (a company) stands in an aside before "Tokyo lifted": it names no doer of that act.
    passages = ["Samsung, SK and LG – Tokyo lifted restrictions on chip materials.",
                "Japan will lift export controls on materials for South Korea."]
    assert agent_conflict(question, passages, lexicon, typed_lower=True) == ("South Korea", "Tokyo", 0)


def test_a_verb_of_answering_is_no_act_a_passage_must_state():
    # Any statement or act in answer fills "react" ("The move was welcomed by Japan"): nothing to check.
    assert presupposed_action("Japan and the White House react to the compensation plan") is None
    assert presupposed_action("Seoul respond to the missile launch") is None


def test_a_name_written_with_a_few_more_letters_is_the_same_name_but_a_derived_word_is_not():
    text = "Chinese ships entered waters near the Diaoyu islets. Korean leaders met. Korea agreed."
    lexicon = Lexicon.from_texts([text], ["Diaoyu", "Korea", "Korean"])
    assert lexicon.name_for("diaoyutai") == "Diaoyu"
    assert lexicon.name_for("koreans") is None  # "Koreans" is another word of "Korea", not another writing


def test_the_start_of_one_name_no_word_of_english_stands_for_it():
    text = "Rob Gronkowski retired again. Gronkowski won in Carterville. Grondahl and Grondin did not play."
    lexicon = Lexicon.from_texts([text], ["Rob Gronkowski", "Gronkowski", "Carterville", "Grondahl", "Grondin"])
    assert lexicon.name_for("gronk") == "Gronkowski"  # as fans call him
    assert lexicon.name_for("gron") is None  # the start of three names: none is meant
    assert lexicon.name_for("cart") is None  # a word of English, not "Carterville" cut short
    assert understand("how many catches did gronk have", lexicon).text == "how many catches did Gronkowski have"


def test_an_acronym_with_of_may_stand_for_the_phrase_english_writes_the_other_way_round():
    text = "A South Korean defense ministry official told AFP the pact would be restored. The defense ministry agreed."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert lexicon.expansion("MoD") == "defense ministry"  # "Ministry of Defense"
    assert "defense ministry official" in understand("what did the MoD official tell afp", lexicon).text


def test_a_ministry_acronym_stands_for_the_ministry_news_names_by_its_main_word():
    text = ("A South Korean defense ministry official told AFP the pact would be restored. "
            "South Korea's foreign ministry is expected to send a letter. The defense ministry agreed.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert lexicon.expansion("MND") == "defense ministry"  # Ministry of National Defense
    assert lexicon.expansion("MOFA") == "foreign ministry"  # Ministry of Foreign Affairs
    assert lexicon.expansion("MFA") == "foreign ministry"
    assert lexicon.expansion("MD") is None  # two letters: a doctor or Maryland as likely as a ministry
    assert lexicon.expansion("MLB") is None  # no such ministry in the articles


def test_an_event_put_at_another_place_than_the_articles_put_it_at_that_time_is_contradicted():
    from rag.understand import place_conflict

    lexicon = Lexicon.from_texts(["Yoon and Kishida met in New York and in Tokyo."], ["Yoon", "Kishida", "New York"])
    passages = ["In September, Yoon and Kishida held their first summit in New York.",
                "Yoon met Kishida in Tokyo on Thursday."]
    asked = "what did Yoon and Kishida agree at their September meeting in Tokyo"
    assert place_conflict(asked, passages, lexicon) == ("Tokyo", "New York", 0)
    assert place_conflict(asked.replace("Tokyo", "New York"), passages, lexicon) is None  # the same place
    at_un = ["In September, Yoon and Kishida met in New York on the sidelines of the United Nations General Assembly."]
    assert place_conflict(asked.replace("Tokyo", "the UN General Assembly"), at_un, lexicon) is None  # named there
    assert place_conflict("what did Yoon and Kishida agree in Japan on Thursday", passages, lexicon) is None  # capital
    assert place_conflict("what did Yoon and Kishida agree in Seoul", passages, lexicon) is None  # no time: no event
    # Another time, or other people: maybe another event, nothing contradicted.
    assert place_conflict("what did Yoon agree with Biden in Tokyo in September", passages, lexicon) is None


def test_the_story_s_meeting_put_in_another_country_than_its_leads_put_it_is_contradicted():
    from rag.understand import lead_place_conflict

    lexicon = Lexicon.from_texts(["Yoon met Kishida in Japan as Tokyo and Seoul seek to thaw relations. Biden spoke."],
                                 ["Yoon", "Kishida", "Japan", "Tokyo", "Seoul", "Biden"])
    lead = ["South Korean President Yoon met Japanese Prime Minister Kishida in Japan on Thursday as Tokyo and "
            "Seoul seek to thaw relations."]

    def conflict(question: str, passages: list[str] | None = None, leads: list[str] = lead):
        return lead_place_conflict(question, lambda: leads, passages or [], lexicon)

    assert conflict("why did Kishida fly to Seoul to meet Yoon") == ("Seoul", "Japan", 0)
    assert conflict("tweet says Yoon hosted Kishida in Seoul. true?") == ("Seoul", "Japan", 0)
    # Tokyo is in Japan; a lead or passage that has one of them at the question's place; a place that is no country
    # or capital ("the UN General Assembly"): nothing contradicted.
    assert conflict("why did Yoon fly to Tokyo to meet Kishida") is None
    assert conflict("why did Kishida fly to Seoul to meet Yoon", ["Kishida flew to Seoul on Sunday."]) is None
    assert conflict("why did Kishida fly to Seoul to meet Yoon", leads=["Kishida arrived in Seoul on Sunday.", *lead]
                    ) is None
    assert conflict("did Yoon and Kishida meet at the UN General Assembly") is None
    # A place not tied to the meeting ("workers in Japan", "who grew up in Seoul", a memorial visited), a plan, a
    # time of its own, or where they went afterwards: another event, or none.
    assert conflict("what did Kishida say at the summit about Koreans forced to work in Seoul") is None
    assert conflict("why did Kishida meet Yoon, who grew up in Seoul") is None
    assert conflict("did Kishida visit the Korean War memorial in Seoul when he met Yoon") is None
    assert conflict("what did Kishida say about the summit Yoon will host in Seoul") is None
    assert conflict("why did Yoon meet Kishida in Seoul in 2019") is None
    assert conflict("what did Yoon say after he flew to Seoul") is None
    # Somebody the lead doesn't name, no meeting or trip asked of, or no lead that says where: nothing to compare.
    assert conflict("why did Biden fly to Seoul to meet Kishida") is None
    assert conflict("what did Kishida say about Seoul") is None
    assert conflict("why did Kishida fly to Seoul to meet Yoon", leads=[]) is None


def test_a_question_that_takes_the_other_way_of_a_change_for_granted_is_contradicted():
    from rag.understand import direction_conflict

    passages = ["Kishida announced Japan is doubling its military budget over five years.",
                "Seoul will withdraw the complaint."]
    assert direction_conflict("why is Japan cutting its defense budget in half", passages) == ("cutting", "doubling", 0)
    assert direction_conflict("why is Japan increasing its budget", passages) is None  # the same way
    assert direction_conflict("why is Japan cutting its tariffs", passages) is None  # a change to something else
    assert direction_conflict("how big is the budget", passages) is None  # no change taken for granted
    # A restriction tightened or loosened; a statement before a closing "why" is taken for granted too.
    lifted = ["Tokyo lifted restrictions on exports of three chemicals."]
    assert direction_conflict("why did Seoul ban exports of chemicals", lifted) == ("ban", "lifted", 0)
    assert direction_conflict("Japan is tightening chip exports to Korea, why", lifted) == ("tightening", "lifted", 0)
    assert direction_conflict("why is Japan easing exports of chemicals", lifted) is None  # the same way
    assert direction_conflict("why did Japan cut exports", lifted) is None  # a quantity, not a restriction
    # A statement set before a question about it is taken for granted as well ("…, is it…", "… - how does…").
    assert direction_conflict("Kishida cut the military budget by half, is it for China?", passages) == (
        "cut", "doubling", 0)
    assert direction_conflict("japan cutting its budget in half - how does that square w china", passages) == (
        "cutting", "doubling", 0)
    assert direction_conflict("what did Japan cut, and why", passages) is None  # asks, takes nothing for granted
    # Asked whether it happened, or stated with a question mark: the other way answers "No".
    assert direction_conflict("is Japan cutting its defense budget in half?", passages) == ("cutting", "doubling", 0)
    assert direction_conflict("so Kishida is cutting the budget in half?", passages) == ("cutting", "doubling", 0)
    assert direction_conflict("is Japan doubling its budget?", passages) is None  # the same way
    assert direction_conflict("is Japan maybe cutting its budget?", passages) is None  # hedged
    # When is no thing: "rise last year" is not contradicted by what else "fell 7 percent last year".
    taxes = ["Sales tax revenue fell 7 percent last year.", "Health insurance costs for city workers rose sharply."]
    assert direction_conflict("did health insurance costs rise last year?", taxes) is None
    # Not a statement of what happened: denied, supposed, or either way; nor a claim about somebody else.
    assert direction_conflict("Kishida didn't cut the budget - what did he do?", passages) is None
    assert direction_conflict("if Kishida cuts the budget, what happens", passages) is None
    assert direction_conflict("Kishida cut or raised the budget, which is it?", passages) is None
    assert direction_conflict("Ishiba promised to cut the military budget, what did Kishida do?", passages) is None
    # A word of change that is no verb there tells no change ("of lower fares"); "go up" is a rise.
    fares = ["Bus fares will go up by 25 cents in July, after three years of lower fares."]
    assert direction_conflict("Riverton raised bus fares - how much?", fares) is None
    assert direction_conflict("why did Riverton cut bus fares", fares) == ("cut", "go up", 0)
    # With word vectors, what changes may be put in other words ("spending": "budget").
    def alike(word, candidates, threshold=0.5):
        return {c for c in candidates if {word, c} == {"spending", "budget"}}

    assert direction_conflict("why is Japan halving its defense spending", passages) is None
    assert direction_conflict("why is Japan halving its defense spending", passages, alike) == (
        "halving", "doubling", 0)


def test_a_pact_put_out_of_force_contradicts_a_question_that_has_it_restored():
    from rag.understand import direction_conflict

    shelved = ["In 2019, Moon said Seoul would not be renewing the GSOMIA in response to export controls."]
    assert direction_conflict("why did moon restore gsomia in 2019", shelved) == ("restore", "not be renewing", 0)
    assert direction_conflict("why did moon scrap gsomia", shelved) is None  # the same way: not renewed
    resumed = ["The two leaders agreed to resume the security dialogue suspended for five years."]
    assert direction_conflict("why did they suspend the security dialogue", resumed) == ("suspend", "resume", 0)
    urged = ["Some liberals have urged Biden to cancel the student loan payment pause."]  # a call, not a change
    assert direction_conflict("why did biden renew the student loan payment pause", urged) is None
    banned = ["The city extended its ban on fireworks."]  # extending a ban keeps them off: no way of its own
    assert direction_conflict("why did the city cancel the fireworks ban", banned) is None


def test_another_verb_of_the_same_change_states_the_act():
    from rag.understand import same_way

    assert same_way("easing", ["Japan will lift export controls."])
    assert not same_way("tightening", ["Japan will lift export controls."])
    assert not same_way("visiting", ["Japan will lift export controls."])  # no verb of change


def test_initials_typed_in_lower_case_are_the_articles_acronym_and_chat_shorthand_is_expanded():
    text = ("North Korea fired an intercontinental ballistic missile into Japan's exclusive economic zone. "
            "The US held 40 trilateral meetings. The compensation covers forced labor.")
    lexicon = Lexicon.from_texts([text], proper_names(text) + ["North Korea"])
    assert "intercontinental ballistic missile" in understand("how many icbms did nk fire", lexicon).text
    assert "exclusive economic zone" in understand("did china fire into japans eez", lexicon).text
    assert "meetings" in understand("how many trilateral mtgs were held", lexicon).text
    # British spelling of a word the articles write the American way.
    assert "forced labor" in understand("who pays for the forced labour", lexicon).text


def test_american_spelling_of_a_word_the_articles_write_the_british_way_is_theirs():
    text = "The two sides resumed their security dialogue. Victims of forced labour will be paid."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert "security dialogue" in understand("did they resume the security dialog", lexicon).text
    assert "forced labour" in understand("who pays for the forced labor", lexicon).text
    assert understand("did they resume the security talks", lexicon).corrections == ()
    # Not an American word of its own, much more common ("scored" is no "scoured"), nor a name's word.
    scoured = Lexicon.from_texts(["Police scoured the area. The Labour Party met."],
                                 proper_names("Police scoured the area. The Labour Party met."))
    assert understand("how many goals were scored", scoured).text == "how many goals were scored"
    assert "Labor Party" in understand("what did the Australian Labor Party say", scoured).text


@pytest.mark.parametrize("typed", ["quick rundown of the compensation fight", "sum up the compensation fight",
                                   "the compensation fight in a nutshell", "main economic outcomes of the talks?",
                                   "biggest security takeaways", "key pts of the deal",
                                   "quick version of the history between them?", "the gsomia saga start to finish?",
                                   "walk me through the compensation fight", "short version of where the deal stands"])
def test_more_ways_to_ask_for_an_overview(typed):
    q = understand(typed)
    assert q.shape == "summary" and "Rundown" not in q.text


def test_one_main_point_asked_for_is_no_overview():
    assert understand("what was the main point of contention").shape == "fact"
    # Words of an overview inside a question that asks something else.
    for asked in ("how long did the marathon take from start to finish?", "when is the short version of the report due",
                  "was Trump in the courtroom from beginning to end?"):
        assert understand(asked).shape != "summary", asked


@pytest.mark.parametrize(("typed", "outcomes"), [
    ("what was agreed", True), ("tldr of the yoon kishida summit", True), ("what came out of the talks", True),
    ("summarize the forced labor compensation dispute", False), ("tldr on gsomia history", False),
    ("what did yoon say about the summit", False),  # no overview at all
])
def test_an_overview_of_what_an_event_produced(typed, outcomes):
    assert understand(typed).outcomes is outcomes


@pytest.mark.parametrize(("typed", "background"), [
    ("gsomia backstory in a nutshell?", True), ("quick rundown of the history between the two countries", True),
    ("quick rundown - why were ties so bad to begin w", True), ("tldr on gsomia history", True),
    ("what was agreed", False), ("summarize the forced labor compensation dispute", False),
    ("when was gsomia first signed", False),  # no overview: a question of fact
    # Words of the past that name something else: a record, a check, a probe's findings, prices now.
    ("summarize the history-making summit", False), ("give me a summary of the background check law", False),
    ("tldr: what did the origins of the virus probe find", False), ("quick rundown: why are gas prices so bad", False),
])
def test_an_overview_of_what_came_before(typed, background):
    assert understand(typed).background is background


def test_a_name_the_articles_write_otherwise_is_not_missing():
    from rag.evidence import _named_otherwise

    known = {"afp", "diaoyu", "islets"}.__contains__
    # Its initials are the articles' ("AFP"); a word of English beside a name they know ("Islands").
    assert _named_otherwise("what did Agence France-Presse report", known) >= {"agence", "france", "presse"}
    assert _named_otherwise("what happened near the Diaoyu Islands", known) == {"islands"}
    assert _named_otherwise("what did the Bank of England say", known) == set()  # nothing of it is theirs


def test_a_vague_noun_asks_about_nothing_a_passage_must_name():
    assert focus_words("What is the situation with the semiconductor issue?") == []
    assert focus_words("What was Kishida's remark about flowers about?") == []
    assert focus_words("so whats the us angle in all this") == []


def test_a_title_the_articles_write_before_a_name_is_no_other_name(lexicon):
    # "South Korean President Yoon Suk-yeol": the title alone stands for him, not against him.
    evidence = "South Korean President bowed down to the Japanese flag."
    assert premise_conflict("who posted that Yoon bowed down to the Japanese flag", evidence, lexicon) is None
    assert premise_conflict("why did Kishida bow down to the Japanese flag", evidence, lexicon) is not None


def test_what_the_previous_question_asked_to_be_done_is_no_part_of_the_context():
    from rag.followup import rewrite_from_history

    history = [{"role": "user", "content": "tldr what came out of the Yoon Kishida summit"},
               {"role": "assistant", "content": "In September, Yoon and Kishida met in New York. [1]"}]
    query = rewrite_from_history("and what did Kishida say about it", history)
    assert "Yoon Kishida summit" in query and "tldr" not in query


def test_an_overview_asked_as_one_part_of_several_is_a_part():
    assert understand("what was agreed at the summit").shape == "summary"
    # What happened to or near one thing is a fact about it, not an overview of the story.
    assert understand("what happened near the diaoyu islands before the summit").shape != "summary"
    assert understand("summarize the summit and what was agreed").shape == "summary"  # asked for by name
    q = understand("what year were ties normalized, and what did they agree on thursday about the trade fight?")
    assert q.shape == "multi" and len(q.parts) == 2, q.parts


def test_an_act_placed_after_an_event_the_articles_place_before_it_is_a_false_premise():
    from rag.understand import order_conflict

    passages = ["Yoon said at a news conference after his meeting that they would share data on missile launches.",
                "The challenges were on display hours before the trip, when North Korea fired a ballistic missile.",
                "North Korea had launched an ICBM, in the presence of the leader, a few hours before the meeting."]
    found = order_conflict("North Korea fired an ICBM the day after the summit right?", passages)
    assert found is not None and found[0] == "after the summit" and found[1] == "before the trip" and found[2] == 1
    assert order_conflict("North Korea fired a missile before the summit, what kind", passages) is None  # as told
    # The verb typed bare after its doer, its past left unmarked, is the act all the same.
    found = order_conflict("North Korea fire ICBM right after the summit finish, how come", passages)
    assert found is not None and found[1] == "before the trip"
    # Only after the name the clause opens with: in "Any protests in Seoul after the summit?", "protests" is a noun.
    assert order_conflict("Any protests in Seoul after the summit?", ["On Monday, Seoul protested before the summit."]) is None
    # "after his meeting" places what Yoon said, not a launch; a question that places no act checks nothing;
    # another's act at another time is no contradiction.
    assert order_conflict("North Korea launched it after the summit", passages[:1]) is None
    assert order_conflict("what did North Korea launch before the summit", passages) is None
    assert order_conflict("did the US announce sanctions after the meeting",
                          ["Japan announced the sanctions ahead of the visit."]) is None



def test_another_name_of_a_city_is_the_articles_name():
    from rag.understand import place_for

    lex = Lexicon.from_texts(["Washington welcomed the talks in Beijing."], ["Washington", "Beijing"])
    assert place_for("dc", lex) == "Washington"
    assert place_for("peking", lex) == "Beijing"
    assert place_for("bombay", lex) is None  # the articles name no Mumbai
    assert understand("hows dc feelin bout it", lex).text == "how is Washington feeling about it"


def test_the_place_a_countrys_official_name_is_of_is_that_country_when_named_alone():
    # "America" is the United States (of America), where the articles write only "the United States"; but not in
    # "Latin America", "Bank of America", nor where the articles write "America" themselves.
    lex = Lexicon.from_texts(["The United States welcomed the talks."], ["The United States"])
    assert understand("did the sharing go through America", lex).text == "did the sharing go through United States"
    assert understand("what did america say", lex).text == "what did United States say"
    assert understand("who visited america", lex).text == "who visited United States"
    for kept in ("did Latin America react", "Bank of America said", "trade with North America",
                 "latin america's economy", "bank of america's profits"):
        assert understand(kept, lex).text == kept
    own = Lexicon.from_texts(["America welcomed the talks."], ["America"])
    assert understand("what did America say", own).text == "what did America say"


def test_a_word_one_letter_off_an_everyday_word_is_that_word_though_the_articles_never_use_it():
    lex = Lexicon.from_texts(["The penalty was missed in the final."], [])
    assert understand("what happend in the final", lex).text == "what happened in the final"  # no name "Happend"
    assert understand("what did sunak say", lex).text == "what did Sunak say"  # "sunk" is no everyday word
    # A letter changed is as likely a name the articles don't use: "duda" is no "dude", "kiel" no "kill".
    assert understand("did duda back the deal", lex).text == "did Duda back the deal"
    assert understand("did kiel react", lex).text == "did Kiel react"


@pytest.mark.parametrize(("question", "text"), [
    ("what did the pm say abt the indo-pacific", "what did the prime minister say about the indo-pacific"),
    ("what did china's fm say", "what did china's foreign minister say"),
    ("is the dinner at 7 pm", "is the dinner at 7 pm"),  # a time of day, no title
    ("was she projected the winner at twelve pm", "was she projected the winner at twelve pm"),
    ("did classic fm play it", "did classic fm play it"),  # a station's name
])
def test_a_title_shortened_is_read_in_full(question, text):
    assert understand(question).text == text


@pytest.mark.parametrize(("question", "shape"), [
    ("gsomia intel has to be routed thru the US, yes?", "yes_no"),  # a statement with a tag that asks to confirm it
    ("the summit was in tokyo, right?", "yes_no"),
    ("so japan dropped it - correct?", "yes_no"),
    ("the deal was signed in geneva, right?", "yes_no"),  # read before "right" is dropped as filler
    ("who was there, right?", "fact"),
])
def test_a_statement_with_a_confirming_tag_is_a_yes_no_question(question, shape):
    assert understand(question).shape == shape


def test_a_name_with_accented_letters_is_read_whole():
    from rag.text import names
    from rag.verify import check_support

    # Read as "Hern", the name was missing from the very passage a verbatim claim quotes, and the claim was dropped.
    sentence = "Petro earned 50.48% of the votes, while Rodolfo Hernández got 47.26%, said Émile Müller."
    assert {"rodolfo", "hernández", "müller"} <= names(sentence) and "hern" not in names(sentence)
    assert check_support(sentence, [sentence]).ok


def test_a_name_of_several_words_states_its_initials():
    from rag.text import initials, stated_terms

    # "did the us react", "is sk on board": a hurried question writes the initials of what the passage names whole.
    said = "The United States welcomed it; South Korea will drop its complaint at the World Trade Organization."
    assert {"us", "sk", "wto"} <= stated_terms(said)
    assert initials("the united states, in lower case, and Seoul alone") == set()  # one capitalised word: no initials


def test_a_word_of_english_typed_in_lower_case_among_capitalised_names_stays_that_word():
    texts = ["The Colorado Avalanche won the Stanley Cup Finals.", "The NBA Finals drew a record audience.",
             "Rafael Nadal has withdrawn from Wimbledon due to an abdominal injury."]
    lex = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    # "Finals" is a name's word in the articles, but "the semi-finals" here is typed as the word it is.
    asked = "Which tennis star pulled out of Wimbledon ahead of the semi-finals due to injury?"
    assert "semi-finals" in understand(asked, lex).text
    assert premise_conflict(understand(asked, lex).text, texts[2], lex) is None
    # Typed without capitals for names, a name's word is still read as the name.
    assert understand("who watched the nba finals", lex).text == "who watched the NBA Finals"
    assert understand("Who watched the finals?", lex).text == "Who watched the Finals?"


def test_a_span_of_time_beside_two_places_is_no_trait_that_sets_them_apart(lexicon):
    said = "Consumer gas prices in the Netherlands and Estonia over the past year have increased by 400%."
    assert premise_conflict("how much have gas prices increased in the US over the past year", said, lexicon) is None
    # A time a name sets still does ("the Obama years" are not the Trump years); so does a trait beside the place:
    # the question's "South Korean flag" is not the passage's Japanese one.
    assert premise_conflict("how did inflation change in the Obama years",
                            "Inflation fell in the Trump years.", lexicon) is not None
    assert premise_conflict("why did Kishida bow to the South Korean flag",
                            "Yoon bowed to the Japanese flag.", lexicon) is not None


def test_two_consonants_typed_for_a_small_word_are_that_word_not_initials_of_a_name():
    text = "The National Weather Service warned of floods. A former camp guard, 101, was sentenced."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("how old ws the camp guard", lexicon).text == "how old was the camp guard"
    # Where no small word stands before what follows, initials of the articles' name are that name.
    assert "Weather Service" in understand("why did ws warn of floods", lexicon).text
    assert understand("hw old is the guard", lexicon).text == "how old is the guard"
    # Initials that stand for no small word are still the articles' names; typed in capitals, so is "WS".
    assert "Weather Service" in understand("wat did the WS warn", lexicon).text
    from rag.understand import small_shorthand

    assert small_shorthand("hs") is None  # "has" or "his": no telling
    assert small_shorthand("sk") is None and small_shorthand("nk") is None
    # Three consonants for a word of four: "wth" is "with"; "hrs" is "hours" (not "hers"), "thn" than or then.
    assert small_shorthand("wth") == "with" and small_shorthand("frm") == "from"
    assert small_shorthand("hrs") is None and small_shorthand("thn") is None
    assert small_shorthand("sch") is None and small_shorthand("mst") is None  # "school", "Mst": not "such", "most"


def test_three_consonants_at_the_end_of_a_question_typed_in_lower_case_are_a_small_word(lexicon):
    q = understand("whch countris did emanul say china has been clashng wth", lexicon)
    assert q.text.endswith("clashing with")


@pytest.mark.parametrize("question", ["which specific chemicals ah", "which specific chemicals lah",
                                      "which leh specific chemicals", "which specific chemicals lor"])
def test_a_particle_of_singapore_english_asks_nothing(lexicon, question):
    assert understand(question, lexicon).text == "which specific chemicals"


def test_a_word_of_english_is_no_particle():
    assert understand("was the reaction meh").text == "was the reaction meh"


@pytest.mark.parametrize("question", ["yoon trip to japan popular back home meh", "yoon trip to japan popular back home hor",
                                      "yoon trip to japan popular back home got or not"])
def test_a_particle_of_hong_kong_english_asks_nothing(question):
    assert understand(question).text == "yoon trip to japan popular back home"


def test_asked_politely_is_asked_all_the_same():
    assert "please" not in understand("colonial rule 35 or 40 years? compare pls").text
    assert "pleased" in understand("was kishida pleased with the deal").text
    # English's "meh" after "so" or a form of "be" is what was asked about.
    assert understand("why was the reaction in seoul so meh").text.endswith("so meh")


@pytest.mark.parametrize("question", ["How long was the colonial rule? The articles say different things, no?",
                                      "how long was the colonial rule - do the outlets agree",
                                      "the articles give different years for colonial rule, 35 or 40? compare pls",
                                      "antiwar piece vs the long 004 article, why did korea drop gsomia in 2019",
                                      "how long was colonial rule: the tweet in the 1st article vs the DW article"])
def test_a_part_that_only_says_the_sources_differ_makes_a_comparison_not_two_questions(question):
    assert understand(question).shape == "comparison"
    # A second question is still a second part.
    assert understand("How long was the colonial rule? And what do the articles say about the apology?").shape == (
        "multi")


def test_initials_in_the_plural_are_no_misspelt_name_or_state():
    text = "Gronkowski ranks third among tight ends. He was born in Texas."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert "Texas" not in understand("where does gronkowski rank for TEs", lexicon).text
    assert "Texas" in understand("was he born in tex", lexicon).text  # a state cut short still is one


def test_initials_with_of_inside_stand_for_the_name_the_articles_write_in_full():
    text = "A report from Bank of America says the chain cut air conditioning. The Department of Justice sued."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert lexicon.expansion("BofA") == "Bank of America"
    assert lexicon.expansion("DoJ") == "Department of Justice"
    assert "Bank of America" in understand("what did the BofA report say", lexicon).text


def test_a_figure_in_one_unit_where_the_passages_give_it_in_another_contradicts_the_question():
    from rag.understand import unit_conflict

    texts = ["Scientists generated 59 megajoules of sustained fusion energy over five seconds.",
             "The machine ran for 40 minutes on other days."]
    assert unit_conflict("how did the machine keep fusion going for 5 minutes", texts) == (
        "5 minutes", "five seconds", 0)
    assert unit_conflict("how did the machine keep fusion going for 5 seconds", texts) is None
    assert unit_conflict("why did it run for 40 minutes", texts) is None
    # Another measure ("5 miles") or another figure ("12 minutes") is no contradiction of this kind.
    assert unit_conflict("how far is it, 5 miles?", texts) is None
    assert unit_conflict("did it run 12 minutes", texts) is None
    # One figure the passages give as the question does leaves the others to be checked.
    later = ["Two days later, scientists generated energy over five seconds."]
    assert unit_conflict("two days later, how did they keep it going for 5 minutes", later) == (
        "5 minutes", "five seconds", 0)


def test_a_name_before_a_word_and_a_name_a_preposition_away_from_it_fill_different_slots():
    texts = ["Abe was pronounced dead, doctors at the Nara Medical University hospital said.",
             "Hawkins was playing drums for Alanis Morissette before joining Foo Fighters in 1997.",
             "Matthews, the second American to win the Hart, set career highs.",
             "South Korean President bowed down to the Japanese flag."]
    lexicon = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    # Which hospital is no contradiction of where Abe was; who joined before is no contradiction of who joined.
    assert premise_conflict("how many doctors tried to save Shinzo Abe at the hospital", texts[0], lexicon) is None
    assert premise_conflict("what year did Taylor Hawkins join the Foo Fighters", texts[1], lexicon) is None
    # Names in the same slot still contradict: "the second American to win" did what McDavid is said to have.
    assert premise_conflict("McDavid won the Hart again, how many points", texts[2], lexicon) is not None
    assert premise_conflict("why did Yoon bow to the South Korean flag", texts[3], lexicon) is not None


def test_a_word_cut_short_is_the_articles_word_it_begins():
    text = "A urine toxicology test found 10 substances. The regulations were tightened."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert understand("how many substances in his tox test", lexicon).text == "how many substances in his toxicology test"
    assert lexicon.clipped("regs") == "regulations"
    assert lexicon.clipped("xyz") is None
    two = Lexicon.from_texts(["The region has new regulations."], [])
    assert two.clipped("regs") is None  # "region" or "regulations": no telling
    # Texting's oaths are no initials of the articles' names.
    assert understand("why tf did he fall lol", lexicon).text == "why did he fall"


def test_a_short_word_is_no_name_another_letter_opens_that_only_sounds_like_it():
    text = "Dame Judi Dench spoke. Bitcoin hit its all-time high. Yoon met Kishida. Yoon Suk Yeol said."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert lexicon.name_for("tme") is None  # "time" typed in haste, not "Dame"
    assert lexicon.name_for("dme") == "Dame" and lexicon.name_for("yun") == "Yoon"


def test_the_opposite_of_what_the_question_says_of_a_thing_contradicts_it():
    from rag.understand import opposite_conflict

    lost = ["In 2020, Depp lost a libel case in the UK against The Sun."]
    assert opposite_conflict("how did johnny depp win his UK libel case in 2020", lost) == ("win", "lost", 0)
    agreed = ["The board agreed to the bid on Monday."]
    assert opposite_conflict("why did the board reject the bid", agreed) == ("reject", "agreed", 0)
    # Not where a passage says it as the question does, nor of another doer or another thing, nor with no doer.
    both = ["Depp lost a libel case.", "Depp won a libel case in 2022."]
    assert opposite_conflict("how did depp win his libel case", both) is None
    assert opposite_conflict("how many seats did Labour win", ["The Conservatives lost 48 seats."]) is None
    assert opposite_conflict("why did Kishida win the election", ["Kishida lost his temper after the election."]) is None
    assert opposite_conflict("who won the final", ["Medvedev lost the final to Nadal."]) is None
    # A participle after a comma has the sentence's subject for its doer; a doer everybody could be ("most
    # people") holds the passages to nothing; a figure before the question's word is no doer.
    won = ["Katie Britt claimed the nomination for a U.S. Senate seat on Tuesday, easily winning a runoff over Brooks."]
    assert opposite_conflict("why did katie britt lose the senate runoff", won) == ("lose", "winning", 0)
    assert opposite_conflict("why did most people approve of the picks",
                             ["A majority of Americans disapprove of the picks."]) == ("approve", "disapprove", 0)
    # A party is no opposite of another: what is done to whom may differ too ("criticize" and "praised").
    assert opposite_conflict("why did Pelosi criticize Republican lawmakers",
                             ["Pelosi praised Democratic lawmakers."]) is None
    assert opposite_conflict("why are most Finns against joining NATO", ["60% of Finns are now in favor of NATO."])
    # A noun compound: the word before the question's is what it is done to ("wheat imports": imports of wheat),
    # wherever else a passage speaks of imports.
    wheat = ["Countries in North Africa depend on imports.", "Egypt just banned the export of wheat and flour."]
    assert opposite_conflict("why did egypt ban wheat imports after russia invaded ukraine", wheat) == (
        "imports", "export", 1)
    # The question's word elsewhere, of another doer or thing, does not say it the question's way; said of the same
    # doer and thing, it does.
    assert opposite_conflict("why did most people approve of the picks", ["A majority of Americans disapprove of "
                             "the picks.", "Most people approve of the picks, a poll says."]) is None


def test_a_full_name_one_letter_off_the_articles_is_their_name_though_each_word_is_known():
    text = ("Lea Michele will take over the role. Lea Michele said she was honored. Michelle Obama spoke. "
            "Joe Biden and Jill Stein met.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert "Lea Michele" in understand("when does lea michelle start", lexicon).text
    assert "Jill" in understand("what did jill biden say", lexicon).text  # another person, not a slip of Joe's name
    mother = "Ivana Trump, mother of Ivanka, died. Ivana Trump was 73."
    lexicon = Lexicon.from_texts([mother], proper_names(mother))
    assert "Ivanka" in understand("what did ivanka trump say about her mother", lexicon).text  # no sound alike


def test_a_word_a_letter_off_is_the_one_the_articles_write_beside_the_questions_neighbour():
    texts = ["Bitcoin is more than 50% below its all-time high, and the high cost of mining hurts.",
             "Japan's 35-year colonial rule of the peninsula ended in 1945. The tie was cut."]
    lx = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    assert lx.in_context("tme", "all", "high") == "time"  # not "the", a small word ("the high cost")
    assert lx.in_context("rul", "colonial", "") == "rule"
    assert lx.in_context("rul", "the", "") is None  # a small word beside it says nothing
    assert lx.in_context("tme", "", "") is None and lx.in_context("xqz", "colonial", "") is None
    # A letter swapped is another word, often initials ("ppi" is no "CPI", "vax" no "tax").
    swapped = ["The CPI report showed prices rose.", "Tax rates for the rich went up."]
    sx = Lexicon.from_texts(swapped, [n for t in swapped for n in proper_names(t)])
    assert sx.in_context("ppi", "", "report") is None and sx.in_context("vax", "", "rates") is None
    assert "tax" not in understand("what are the vax rates in texas", sx).text.lower()
    q = understand("whats bitcoins all tme high price", lx)
    assert "all time high" in q.text and ("tme", "time") in [(c.asked, c.meant) for c in q.corrections]
    assert "colonial rule" in understand("how many yrs was the colonial rul", lx).text
    # A letter too many, the same: "foreign ministery" is their "foreign ministry", not the name-word "Minister".
    offices = ["Prime Minister Fumio Kishida met Yoon.", "China's Foreign Ministry said Beijing opposes the circle."]
    ox = Lexicon.from_texts(offices, [n for t in offices for n in proper_names(t)])
    assert (ox.in_context("ministery", "foreign", "") or "").lower() == "ministry"
    assert "ministry" in understand("did the chinese foreign ministery welcome it", ox).text.lower()
    assert ox.in_context("ministery", "", "") is None



def test_a_role_after_as_is_not_the_place_after_on(lexicon):
    from rag.understand import premise_conflict

    said = "Michele, who got her start on Broadway as a child, will take over the role beginning Sept. 6."
    assert premise_conflict("when does Lea Michele start as Fanny Brice", said, lexicon) is None
    # Signing as a player and signing with a team both say for whom.
    signed = "Ohtani signed with the Dodgers in December."
    teams = Lexicon.from_texts([signed], ["Ohtani", "Dodgers", "Mets"])
    assert premise_conflict("when did Ohtani sign as a Mets player", signed, teams) is not None


def test_a_new_word_of_english_typed_in_lower_case_is_no_name(lexicon):
    # A verb run together with its particle is a word of English however new, though no dictionary lists it.
    q = understand("any blowback at home for yoon?", lexicon)
    assert "blowback" in q.text and "Blowback" not in q.text
    # A name of the articles' made so is theirs: "gallop poll" is their Gallup poll.
    text = "A Gallup poll found that most voters backed the plan."
    assert "Gallup" in understand("what did the gallop poll find", Lexicon.from_texts([text], proper_names(text))).text


def test_a_common_word_is_no_slip_for_a_name_two_letters_off():
    # "the foreign min" is the minister cut short, not "Moon"; a rarer word a letter off is still that name.
    text = "Moon Jae-in shelved the pact. Yoon met the foreign minister in Seoul."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert "Moon" not in understand("what did japan ask seoul's foreign min to do", lexicon).text
    assert "Moon" in understand("why did mun shelve the pact", lexicon).text


def test_autocorrects_words_of_english_are_read_as_the_articles_names():
    text = ("According to Chinese state media, including China News, the trip to Seoul was criticised. President "
            "Moon Jae-in met Kishida.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    # A word they never use before a word of one of their names of two words: that name ("chins news").
    assert understand("what did chins news say", lexicon).text == "what did China News say"
    # A word of English with a capital mid-question that sounds as one of their names a letter off ("Soul")…
    assert understand("why did he fly to Soul", lexicon).text == "why did he fly to Seoul"
    # …but not a word of a name written out beside it ("Joe Biden" is no "Jae"), nor the question's first word.
    assert understand("What did Joe Biden say", lexicon).text == "What did Joe Biden say"
    assert understand("Soul music in Tokyo?", lexicon).text == "Soul music in Tokyo?"


def test_a_speech_is_dated_to_its_speaker():
    from rag.understand import _days, speaker_conflict

    assert _days("in his march first speech") == {("march", 1)} == _days("on 1st of March") == _days("March 1st")
    assert _days("what may happen on 5 june") == {("june", 5)} and _days("it may 5 times") == set()
    text = ("On March 1, in a speech to mark the anniversary, Yoon Suk-yeol said Japan had become a partner. "
            "Prime Minister Fumio Kishida met Yoon in Tokyo.")
    lexicon = Lexicon.from_texts([text], proper_names(text))
    said = ["On March 1, in a speech to mark the anniversary, Yoon said Japan had become a partner."]
    assert speaker_conflict("what did Kishida say in his March 1 speech", said, lexicon) == ("Kishida", "Yoon", 0)
    assert speaker_conflict("what did Yoon say in his March 1 speech", said, lexicon) is None  # his, as told
    assert speaker_conflict("what did Kishida say in his speech", said, lexicon) is None  # no day: no one speech
    assert speaker_conflict("what did Kishida say on March 2", said, lexicon) is None  # another day
    assert speaker_conflict("What Kishida said on March 1?", said, lexicon) == ("Kishida", "Yoon", 0)
    # A passage of that day that names the question's speaker settles it, wherever it ranks; a day that is somebody
    # else's, a passage of another year, or a capital speaking for its government, do not contradict.
    kishida = "On March 1, Kishida said Tokyo would respond."
    assert speaker_conflict("what did Kishida say in his March 1 speech", [*said, kishida], lexicon) is None
    assert speaker_conflict("what did Kishida say about Yoon's March 1 speech", said, lexicon) is None
    assert speaker_conflict("what did Kishida say in his March 1 speech",
                            ["On March 1, 2019, Yoon said Japan was a partner."], lexicon) is None
    assert speaker_conflict("what did Kishida say in his March 1 speech", ["On March 1, Tokyo said no."], lexicon) is None


def test_a_copy_editor_checks_a_line_of_their_own_story():
    # What the answer is for, a part of the asker's own story, is no part of the question ("for the dek").
    assert understand("gsomia - spell out for the dek").text == "gsomia - spell out"
    assert understand("when was the summit? for my lede").text == "when was the summit?"
    assert understand("how far did it fly? want it in the caption").text == "how far did it fly?"
    for asked in ("what did cnn use for the headline", "what city is given for the dateline?"):  # the article's
        assert understand(asked).text == asked
    # "Spell out" asks what it stands for; "spell" alone, how the sources write it.
    assert understand("gsomia - spell out").shape == "fact"
    assert understand("how do the outlets spell yoon").shape == "comparison"
    # A line quoted for checking, with its tag after the quote ("… correct?", "- ok?"), asks yes or no, and its
    # words are read as any question's ("20 yrs" inside the quote is 20 years).
    checked = understand("hed says 'first japan-korea summit in 20 yrs' - ok?")
    assert checked.shape == "yes_no" and "20 years'" in checked.text
    assert understand("caption: 'yoon meets kishida in seoul' correct?").shape == "yes_no"
    # "ok" after a request only softens it; an apostrophe of a plural is no quote.
    for asked in ("give me the date of the summit, ok?", "what did the officials' right?"):
        assert understand(asked).shape != "yes_no", asked
    # A quote put up for its speaker asks who said it; "attribution" inside a question does not.
    assert understand("'biggest contribution to the melting of bonds' - attribution?").shape == "attribution"
    assert understand("is the attribution to yoon correct?").shape == "yes_no"


def test_a_quote_mark_after_a_corrected_word_stays(lexicon):
    text = understand("caption: 'yoon met kishida in soeul' correct?", lexicon).text
    assert text.endswith("' correct?") and text.count("'") == 2


def test_where_to_look_is_no_part_of_its_own():
    from rag.understand import split_parts

    assert split_parts("in the dw piece, how many yrs of colonial rule") == [
        "in the dw piece, how many yrs of colonial rule"]
    assert split_parts("why did moon shelve gsomia, according to the nikkei piece") == [
        "why did moon shelve gsomia, according to the nikkei piece"]
    assert split_parts("who met, and where") == ["who met", "where met"]  # two parts still
    assert len(split_parts("when did yoon and kishida meet, and in which article?")) == 2  # asks which


def test_a_relative_clause_is_no_part_of_its_own():
    from rag.understand import split_parts

    relative = "Kishida spoke of frequent visits, which makes me think a trip was discussed — when is he to go?"
    assert split_parts(relative) == [relative]
    assert len(split_parts("what did japan lift, which chemicals")) == 2  # "which" asking, not relating
    assert len(split_parts("what did japan lift, which was the most important one?")) == 2  # after a question
    assert split_parts("interesting — and how did he put it?") == ["interesting — and how did he put it?"]


def test_the_parts_a_question_states_before_it_asks_are_what_it_takes_for_granted():
    from rag.understand import stated_parts

    parts = understand("japanese companies will put money in new foundation for forced labor victims, how much they pay").parts
    assert stated_parts(parts) == [parts[0]] and parts[0].startswith("japanese companies will")
    assert stated_parts(understand("when was GSOMIA signed and who shelved it").parts) == []
    assert stated_parts(["the summit: who attended", "yoon visited tokyo. what did he say"]) == []


def test_an_overview_of_outcomes_names_its_event_without_the_words_that_ask_for_them():
    from rag.understand import without_outcome_words

    assert without_outcome_words("can you summarize what came out of the Yoon Kishida summit") == (
        "can you summarize what the Yoon Kishida summit")
    assert without_outcome_words("tldr of the summit") == "tldr of the summit"


def test_a_question_typed_in_lower_case_but_for_its_acronyms_tells_no_names_by_case():
    from rag.text import typed_in_lower_case

    assert typed_in_lower_case("yoon said JP and KR should share info on china missile launches")
    assert typed_in_lower_case("did the us lift ICBMs sanctions")
    assert not typed_in_lower_case("Why did China sign the GSOMIA?")
    assert not typed_in_lower_case("WHY DID CHINA SIGN THE GSOMIA?")  # all capitals: read as before


def test_asked_how_a_name_is_spelled_the_ways_the_articles_write_it_are_read_from_their_names():
    texts = ["South Korean President Yoon Suk-yeol met Prime Minister Fumio Kishida.",
             "President Yoon Seok-youl spoke in Tokyo. Yoon arrived on Thursday.",
             "North Korean leader Kim Jong-un watched. Later, leader Kim Jong Un spoke."]
    lexicon = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    # The titles before a name ("South Korean President") are no part of it; "Yoon" alone is no way of spelling it.
    assert understand("how do the articles spell yoon's name", lexicon).spelled == ("Yoon Suk-yeol", "Yoon Seok-youl")
    assert understand("yoons name spelling?", lexicon).spelled == ("Yoon Suk-yeol", "Yoon Seok-youl")
    # Names with the same letters, written apart or joined, are two ways all the same.
    assert understand("how is kim jong un spelled", lexicon).spelled == ("Kim Jong-un", "Kim Jong Un")
    # Not a name's spelling: what an acronym stands for, a role (whose name the question doesn't give), a fact.
    assert understand("spell out GSOMIA", lexicon).spelled == ()
    assert understand("how do the articles spell the north korean leader's name", lexicon).spelled == ()
    assert understand("where did yoon meet kishida", lexicon).spelled == ()
    assert understand("does the ruling spell trouble for yoon?", lexicon).spelled == ()  # "spell" as "mean"
    assert understand("spell the name of yoon", lexicon).spelled == ("Yoon Suk-yeol", "Yoon Seok-youl")


def test_an_acronym_the_articles_write_beside_its_words_is_written_out():
    text = "Yoon announced the normalization of the GSOMIA (General Security of Military Information Agreement)."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert lexicon.written_out("GSOMIA") == "General Security of Military Information Agreement"
    assert lexicon.written_out("gsomia") == "General Security of Military Information Agreement"
    assert lexicon.written_out("Yoon") is None  # a name, no acronym
    assert lexicon.written_out("GSMIA") is None  # initials the articles never write


def test_a_name_typed_with_a_slip_in_each_word_is_read_as_the_articles_name():
    texts = ["Rahm Emanuel, the US ambassador to Japan, told CNN on Thursday that South Korea's ministry agreed.",
             "Emanuel welcomed the summit. South Koreans protested."]
    lexicon = Lexicon.from_texts(texts, [n for t in texts for n in proper_names(t)])
    # "emmanual" is two slips off "Emanuel", too many for a word beside a name; it reads as "Emanuel" by itself.
    assert understand("rham emmanual quote", lexicon).text == "Rahm Emanuel quote"
    # The name, then a name of the articles' own (the outlet) run on to it.
    assert understand("rham emmanual cnn quote abt nk", lexicon).text.startswith("Rahm Emanuel CNN quote")
    # A possessive is no other name ("South Koreans"), with or without a misspelled word after it.
    assert "Koreans" not in understand("what did south korea's foriegn ministry agree", lexicon).text


def test_dropping_a_pact_is_ending_it():
    from rag.understand import same_way

    told = ["In 2019, Moon said Seoul would not be renewing the GSOMIA."]
    assert same_way("drop", told) and same_way("scrap", told)
    assert not same_way("drop", ["Seoul will renew the pact."])
    assert not same_way("quit", ["The talks were suspended."])  # said of people: no pact ended


def test_initials_dictated_letter_by_letter_are_the_initials():
    assert understand("how did china react compared to the u s").text == "how did china react compared to the US"
    assert understand("was it an i c b m").text == "was it an ICBM"
    # Chat's letters alone are chat ("r u sure": "are you sure"); "a" before two letters is the article.
    assert understand("r u sure").text == "are you sure"
    assert understand("what did a u s official say").text == "what did a US official say"
    assert understand("did japan field a b team").text == "did japan field a b team"


def test_a_decade_said_in_words_is_a_decade():
    assert understand("when did they normalise ties nineteen sixty something").text == (
        "when did they normalise ties 1960s")
    assert understand("in 2020 something changed").text == "in 2020 something changed"  # typed: a year
    assert understand("when did they normalise ties nineteen sixty something").corrections[-1].meant == "1960s"
    # Words that are no year there ("five nineteen sixty": a count) stay as they are.
    assert understand("about five nineteen sixty something").text == "about five nineteen sixty something"


def test_a_run_of_letters_opening_on_a_is_whole_where_the_articles_use_the_whole():
    text = "A defense ministry official told AFP on Saturday that the pact would be restored."
    lexicon = Lexicon.from_texts([text], proper_names(text))
    assert "tell AFP" in understand("what did the defence official tell a f p", lexicon).text
    assert understand("what did a u s official say", lexicon).text == "what did a US official say"


def test_forum_shorthand_and_asides_ask_nothing(lexicon):
    # "prez" is the president; "iirc" and "afaik" are filler, as "tbh" is.
    assert understand("does the korean prez still call japan an aggressor", lexicon).text == (
        "does the Korean president still call Japan an aggressor")
    assert understand("iirc yoon went to tokyo, afaik who did he meet").text == "yoon went to tokyo, who did he meet"
    assert understand("the sept nyc meeting - first since 2019?").text == "the September New York meeting - first since 2019?"
    # Whom the answer is for, and the asker reaching for a name, are no part of the question.
    assert understand("why do japan and korea have bad blood? for the lurkers").text == (
        "why do japan and korea have bad blood?")
    assert understand("who went with yoon, blanking on the name").text == "who went with yoon"
    assert understand("who went with yoon (i forget his name)").text == "who went with yoon"
    assert understand("what did the firms send for the summit").text == "what did the firms send for the summit"
    # Whom a thing was for, asked about, stays: "…promise for the students?"; so does a name asked for.
    assert understand("what aid did the government promise for the students?").text == (
        "what aid did the government promise for the students?")
    assert "name of the japanese foreign minister" in understand(
        "i forget the name of the japanese foreign minister, who is it?").text


def test_a_quiz_label_asks_nothing_and_true_or_false_checks_a_claim():
    # A quiz's number or label before the question is no word of it.
    assert understand("q3: who said 'we must end the vicious circle' - Yoon or Kishida?").text == (
        "who said 'we must end the vicious circle' - Yoon or Kishida?")
    assert understand("4) when did the summit start").text == "when did the summit start"
    assert understand("worksheet q: who hosted the dinner").text == "who hosted the dinner"
    assert understand("colonial rule q: when did it end").text == "colonial rule: when did it end"
    # A quarter, a year, or a figure that may open a pasted list, stays.
    assert understand("Q3 earnings: what did Apple report").text == "Q3 earnings: what did Apple report"
    assert understand("2023: what happened at the summit").text == "2023: what happened at the summit"
    assert understand("5. what happened").text == "5. what happened"
    # "True or false: …" puts a claim up to be checked, as "…, right?" does.
    checked = understand("True or false: Japan will lift its export controls.")
    assert (checked.text, checked.shape) == ("Japan will lift its export controls.", "yes_no")
    assert understand("T/F - Kishida visited Seoul").shape == "yes_no"
    assert understand("Japan will lift its export controls.").shape != "yes_no"
    assert understand("ok true or false, Japan will lift its export controls").shape == "yes_no"
    assert understand("Japan will lift its export controls - true or false?").shape == "yes_no"
    assert understand("true or false: who hosted the dinner?").shape != "yes_no"  # it still asks who
    # A name, a quarter, and a question about a "q" stay.
    assert understand("Star Trek's Q: who plays him?").text == "Star Trek's Q: who plays him?"
    assert understand("Q4: how much did Samsung earn?").text == "Q4: how much did Samsung earn?"
    # A gap to fill is what the question asks; underscores or dots inside words are none.
    assert understand("Fill in: the deal lifts curbs on ___ chemicals").text == "the deal lifts curbs on what chemicals"
    assert understand("wait.... why did Yoon go?").text == "wait.... why did Yoon go?"
    assert understand("what does __init__ do").text == "what does __init__ do"


def test_the_office_holder_before_or_after_somebody_is_their_predecessor_or_successor(lexicon):
    assert understand("who was the korean prez before yoon again", lexicon).text == "who was Yoon’s predecessor"
    assert understand("Who was SK President before Yoon?", lexicon).text == "Who was Yoon’s predecessor?"
    assert understand("who is the PM after Kishida", lexicon).text == "who is Kishida’s successor"
    # A time, not an office: "before Yoon arrived"; not asked who held it: "did Kishida meet the president before
    # Yoon?", "was Moon president before Yoon?" (whose subject is Moon).
    assert "before Yoon arrived" in understand("what did the president before Yoon arrived say", lexicon).text
    assert "president before Yoon" in understand("did Kishida meet the president before Yoon?", lexicon).text
    assert "president before Yoon" in understand("was Moon president before Yoon?", lexicon).text
    # "Korea's president before Yoon" stays: a follow-up's "he" would read "Korea's Yoon's" as Yoon.
    assert "president before Yoon" in understand("who was South Korea's president before Yoon", lexicon).text


def test_a_word_is_as_rare_as_its_commonest_form():
    assert specificity("blanking") >= 0.9 and specificity("blanking", any_form=True) < 0.5  # "blank"
    assert specificity("yasukuni", any_form=True) >= 0.9
