"""The answering layer's errors: one small hierarchy, messages written for users.

Errors of the index layer (``index.NewsIndexError``) pass through unchanged;
entry points catch both and print the message.
"""

from __future__ import annotations

__all__ = ["RagError", "QuestionError", "LanguageModelError"]


class RagError(Exception):
    """Base class of every error the answering layer raises on purpose."""


class QuestionError(RagError):
    """The question (or the conversation history) cannot be used as given."""


class LanguageModelError(RagError):
    """The configured language model is missing, cannot be loaded, or does not answer."""
