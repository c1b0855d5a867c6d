"""The answering layer's errors: one small hierarchy, messages written for users.

Errors of the index layer (``index.NewsIndexError``) reach callers of the
:class:`~rag.Chatbot` as :class:`ArticlesError`, with the same message, so
callers catch ``RagError`` alone.
"""

from __future__ import annotations

__all__ = ["RagError", "QuestionError", "LanguageModelError", "ArticlesError"]


class RagError(Exception):
    """Base class of every error the answering layer raises on purpose."""


class QuestionError(RagError):
    """The question (or the conversation history) cannot be used as given."""


class LanguageModelError(RagError):
    """The configured language model is missing, cannot be loaded, or does not answer."""


class ArticlesError(RagError):
    """The articles or their index cannot be read or changed (the message says which and why)."""
