"""Questions about the seeds, written from reading the articles (not from the system's output).

ANSWERABLE: (question, phrases any one of which a right answer contains).
"""

ANSWERABLE = [
    ("Which chemicals did Japan stop restricting?", ["fluorinated polyimide", "hydrogen fluoride", "photoresist"]),
    ("Who is the US ambassador to Japan?", ["Rahm Emanuel"]),
    ("In what year was the GSOMIA signed?", ["2016"]),
    ("How long had mutual visits by the two countries' leaders been suspended?", ["12 years"]),
    ("What dishes were the leaders expected to share at dinner?", ["sukiyaki", "omurice"]),
    ("Which conglomerates accompanied Yoon?", ["Samsung", "Hyundai"]),
    ("Who was Yoon's predecessor?", ["Moon Jae-in"]),
    ("During which years did Japan rule Korea?", ["1910"]),
    ("What did North Korea launch hours before the summit?", ["ballistic missile"]),
    ("How many trilateral meetings did the US, Japan and South Korea hold last year?", ["40"]),
    ("What did China's foreign ministry say about the summit?", ["closed and exclusive circle", "opposes"]),
    ("Who is Joel Atkinson?", ["professor"]),
    ("How will South Korea compensate victims of forced labor?", ["public foundation", "own pockets"]),
    ("What will Seoul do with its complaint at the World Trade Organization?", ["withdraw"]),
    ("Who is the news editor of Antiwar.com?", ["Dave DeCamp"]),
    ("What is Japan doing with its military budget?", ["doubling"]),
    ("What does the GSOMIA allow the two countries to do?", ["share", "exchange"]),
    ("When were relations between the two countries normalized?", ["1965"]),
    ("Where did Yoon and Kishida hold a summit in September?", ["New York"]),
    ("What did a South Korean defense ministry official tell AFP?", ["fully implement"]),
    ("What did Yoon's host compare the improving relationship to?", ["cherry blossoms"]),
    ("Near which islets did Chinese ships enter the waters?", ["Senkaku"]),
    ("Who was with Kim Jong-un at the missile launch?", ["Ju-ae", "daughter"]),
    ("What did Kim Jong Un call for?", ["exponential"]),
    ("Why did Seoul stop the GSOMIA in 2019?", ["export controls", "trade disputes", "forced labor"]),
    ("Which outlet reported that the leaders agreed to resume a security dialogue?", ["Nikkei Asia"]),
    ("When did the United States welcome a new chapter between Tokyo and Seoul?", ["March 17", "Friday"]),
    ("What did Yoon say on March 1?", ["partner", "universal values"]),
]

UNANSWERABLE = [
    "What did Biden say about the summit?",
    "What is the population of Seoul?",
    "Who won the 2022 World Cup?",
    "What was the weather in Tokyo during the summit?",
    "Which football team does Kishida support?",
    "How much did the summit dinner cost?",
    "What is the GDP of Japan?",
    "How did Taiwan's president react to the summit?",
]

FALSE_PREMISE = [
    "Why did Kishida cancel his trip to Seoul?",
    "Why did Yoon refuse to meet Kishida?",
    "When did North Korea join the GSOMIA?",
    "What did Kishida say when he resigned?",
    "Why did China sign the GSOMIA?",
    "How many soldiers did Japan send to Korea in 2023?",
    # Typed in lower case but for its acronyms: "china" is a name all the same, where the passage has North Korea.
    "yoon said at press conf JP and KR should share info on china missile launches, right",
    # A part stated before the part that asks is taken for granted: the articles fund it "instead of asking Japanese firms".
    "japanese companies will put money in new foundation for forced labor victims, how much they pay",
]

# (history of user questions, follow-up question, phrases any one of which the follow-up's answer contains)
FOLLOW_UPS = [
    (["Who is the US ambassador to Japan?"], "What did he tell CNN?", ["North Korea", "China"]),
    (["Which chemicals did Japan stop restricting?"], "What industry are they essential to?", ["semiconductor"]),
    (["Who was Yoon's predecessor?"], "What did he do with the GSOMIA in 2019?", ["shelved", "not be renewing"]),
    (["Who is Joel Atkinson?"], "What did he say about the visit?", ["Atkinson"]),
]
# A follow-up whose words alone find another answer: only the history leads to the right one.
NEEDS_HISTORY = (["Who is Joel Atkinson?"], "What did he say about the visit?", "Atkinson")
