"""Typed settings for the index layer, overridable by ``NEWSQA_*`` variables.

Settings are plain frozen dataclasses. Every field documents itself through
``setting(help=...)``; :func:`from_env` builds an instance from defaults, then
the environment, then explicit keyword overrides. Nothing here runs at import
time: entry points create the settings and pass them down.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from .errors import SettingsError

__all__ = ["IndexSettings", "setting", "from_env", "describe"]

ENV_PREFIX = "NEWSQA_"
T = TypeVar("T")


def setting(default: Any, help: str) -> Any:  # noqa: A002 - "help" reads best here
    """A dataclass field with a description (shown by :func:`describe`)."""
    return dataclasses.field(default=default, metadata={"help": help})


@dataclasses.dataclass(frozen=True, kw_only=True)
class IndexSettings:
    """Where the articles come from, how they are cut up, and where the index lives."""

    source_dir: Path = setting(Path("seeds"), "Folder of articles (.txt, .md, .html) that `build` indexes.")
    index_dir: Path = setting(Path(".newsqa"), "Folder of the embedded Chroma index (ignored when a server is set).")
    upload_dir: Path | None = setting(
        None, "Folder of articles added through the chat (default INDEX_DIR/uploads); every build indexes it too."
    )
    collection: str = setting("newsqa", "Name of the Chroma collection of chunks (articles go in NAME-articles).")
    chroma_host: str | None = setting(None, "Host of a Chroma server; with chroma_port, the index lives there.")
    chroma_port: int | None = setting(None, "Port of the Chroma server named by chroma_host.")
    embedding_model: str = setting(
        "all-MiniLM-L6-v2",
        "Embedding model: 'all-MiniLM-L6-v2' (bundled, offline) or a local sentence-transformers folder.",
    )
    embedding_batch_size: int = setting(64, "Texts embedded per batch.")
    chunk_size: int = setting(800, "Target largest chunk, in characters; chunks end on sentence boundaries.")
    chunk_overlap: int = setting(200, "Characters of whole sentences repeated from the end of one chunk at the start of the next.")
    max_file_bytes: int = setting(5_000_000, "Largest article file accepted, in bytes.")

    def __post_init__(self) -> None:
        if (self.chroma_host is None) != (self.chroma_port is None):
            raise SettingsError(
                "Set both NEWSQA_CHROMA_HOST and NEWSQA_CHROMA_PORT to use a Chroma server, or neither."
            )
        if self.chunk_size < 100:
            raise SettingsError(f"chunk_size must be at least 100 characters, not {self.chunk_size}.")
        if not 0 <= self.chunk_overlap < self.chunk_size:
            raise SettingsError("chunk_overlap must be at least 0 and smaller than chunk_size.")
        if self.embedding_batch_size < 1 or self.max_file_bytes < 1:
            raise SettingsError("embedding_batch_size and max_file_bytes must be positive.")

    @property
    def uses_server(self) -> bool:
        return self.chroma_host is not None

    @property
    def uploads(self) -> Path:
        """Where uploaded articles are kept: they are part of every build, beside the source folder."""
        return self.upload_dir if self.upload_dir is not None else self.index_dir / "uploads"

    @property
    def location(self) -> str:
        """Where the index lives, for people: a folder or a server address."""
        if self.uses_server:
            return f"chroma server http://{self.chroma_host}:{self.chroma_port}"
        return str(self.index_dir)


def _convert(name: str, raw: str, annotation: Any) -> Any:
    """Turn the text of an environment variable into the field's type."""
    hint = annotation
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        hint = args[0]
    if optional and raw.strip() == "":
        return None
    try:
        if hint is bool:
            lowered = raw.strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if hint in (int, float, str, Path):
            return hint(raw.strip()) if hint is not str else raw
    except ValueError:
        kind = {int: "a whole number", float: "a number", bool: "true or false"}.get(hint, str(hint))
        raise SettingsError(f"{ENV_PREFIX}{name.upper()}={raw!r} is not valid: expected {kind}.") from None
    raise TypeError(f"setting {name} has an unsupported type {annotation!r}")


def from_env(cls: type[T], env: Mapping[str, str] | None = None, **overrides: Any) -> T:
    """Build settings ``cls`` from defaults, ``NEWSQA_<FIELD>`` variables, then ``overrides``.

    Nested settings (a field whose type is itself a settings dataclass) read
    the same flat variables, so ``NEWSQA_INDEX_DIR`` reaches the index settings
    wherever they sit in the tree.
    """
    env = os.environ if env is None else env
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        hint = hints[field.name]
        if dataclasses.is_dataclass(hint):
            if field.name not in overrides:
                values[field.name] = from_env(hint, env)
            continue
        key = ENV_PREFIX + field.name.upper()
        if key in env:
            values[field.name] = _convert(field.name, env[key], hint)
    values.update(overrides)
    return cls(**values)


def describe(cls: type) -> list[tuple[str, str, str]]:
    """(environment variable, default, description) for every field, nested ones included."""
    rows: list[tuple[str, str, str]] = []
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        if dataclasses.is_dataclass(hints[field.name]):
            rows.extend(describe(hints[field.name]))
        else:
            rows.append((ENV_PREFIX + field.name.upper(), repr(field.default), field.metadata.get("help", "")))
    return rows
