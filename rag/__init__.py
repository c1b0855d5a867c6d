"""newsqa's answering chain: questions in, answers out, every claim cited to a verified passage.

    import rag
    answer = rag.ask("Which chemicals did Japan stop restricting?")
    answer.text, answer.citations, answer.abstained

    bot = rag.Chatbot(rag.from_env(rag.Settings))
    for event in bot.stream("Why was it shelved?", history=[...]):
        ...  # rag.TextDelta pieces, then the final rag.Answer

Importing this package loads no model and opens no index.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .chain import Chatbot
from .errors import ArticlesError, LanguageModelError, QuestionError, RagError
from .followup import Message
from .library import AddResult, LibraryStatus, Source
from .settings import Settings, SettingsError, from_env
from .types import Answer, Citation, Passage, Removed, TextDelta

__all__ = [
    "AddResult",
    "Answer",
    "ArticlesError",
    "Chatbot",
    "Citation",
    "LanguageModelError",
    "LibraryStatus",
    "Passage",
    "QuestionError",
    "RagError",
    "Removed",
    "Settings",
    "SettingsError",
    "Source",
    "TextDelta",
    "ask",
    "from_env",
]


@functools.lru_cache(maxsize=4)
def _bot(settings: Settings) -> Chatbot:
    return Chatbot(settings)


def ask(question: str, history: Sequence[Message] | None = None, *, settings: Settings | None = None) -> Answer:
    """Answer one question with the default settings (``NEWSQA_*`` variables) and the default index.

    The Chatbot behind it is made on the first call and reused by later calls
    with the same settings, so only the first call pays for loading models.
    """
    return _bot(settings or from_env(Settings)).ask(question, history)
