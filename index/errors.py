"""The index layer's errors: one small hierarchy, messages written for users.

Entry points (the CLIs, the chat) catch :class:`NewsIndexError` and print its
message; nothing below them formats errors for people.
"""

from __future__ import annotations

__all__ = [
    "NewsIndexError",
    "SettingsError",
    "SourceError",
    "SourceFolderError",
    "IndexNotFoundError",
    "ModelMismatchError",
    "EmbeddingModelError",
    "StoreUnavailableError",
    "BuildLockedError",
]


class NewsIndexError(Exception):
    """Base class of every error the index layer raises on purpose."""


class SettingsError(NewsIndexError):
    """A setting (usually a ``NEWSQA_*`` environment variable) has a bad value."""


class SourceError(NewsIndexError):
    """One article file cannot be used. Carries the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class SourceFolderError(NewsIndexError):
    """The folder of articles is missing, or is not a folder."""


class IndexNotFoundError(NewsIndexError):
    """There is no index yet where the settings point."""


class ModelMismatchError(NewsIndexError):
    """The index was built with another embedding model than the one configured."""


class EmbeddingModelError(NewsIndexError):
    """The embedding model is not on this machine or cannot be loaded."""


class StoreUnavailableError(NewsIndexError):
    """The Chroma store cannot be opened or reached."""


class BuildLockedError(NewsIndexError):
    """Another build holds the index."""
