"""Does a cited passage support a sentence? Pure functions, no model calls.

A sentence is supported by the passages it cites when

* every number it states appears in them ("12", "twelve" and "1,000" are normalised),
* every name it uses (capitalised words: people, places, months, days) appears in them, and
* enough of its content words appear in them (Snowball stems, stop words ignored).

The same check serves the answering chain (which drops what fails) and the
eval suite (which counts citation precision and recall with it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .text import MARKER, names, numbers, strip_markers, terms, words

__all__ = ["Support", "Claim", "check_support", "split_claims", "verify_claims", "DEFAULT_MIN_OVERLAP"]

DEFAULT_MIN_OVERLAP = 0.6


@dataclass(frozen=True)
class Support:
    ok: bool
    reason: str = ""
    overlap: float = 0.0


@dataclass(frozen=True)
class Claim:
    """One sentence of an answer: its text without markers, and the markers it carries."""

    text: str
    markers: tuple[int, ...]
    raw: str
    start: int = 0  # where the sentence itself begins in the text it was split from


def check_support(claim: str, passages: Sequence[str], *, min_overlap: float = DEFAULT_MIN_OVERLAP) -> Support:
    """Whether ``passages`` (the cited quotes) support ``claim``."""
    claim = strip_markers(claim)
    if not passages:
        return Support(False, "it cites nothing")
    evidence = " ".join(passages)
    missing = sorted(numbers(claim) - numbers(evidence))
    if missing:
        return Support(False, f"the cited passage does not state {', '.join(missing)}")
    evidence_words = set(words(evidence))
    missing = sorted(n for n in names(claim) if n not in evidence_words)
    if missing:
        return Support(False, f"the cited passage does not name {', '.join(missing)}")
    claim_terms = set(terms(claim))
    if not claim_terms:
        return Support(False, "it states nothing to check")
    overlap = len(claim_terms & set(terms(evidence))) / len(claim_terms)
    if overlap < min_overlap:
        return Support(False, f"only {overlap:.0%} of its wording is in the cited passage", overlap)
    return Support(True, "", overlap)


def split_claims(text: str) -> list[Claim]:
    """The sentences of an answer with their citation markers.

    Markers that open a sentence ("… curbs. [1] Seoul …") belong to the one before.
    """
    from index.segment import sentence_spans

    pieces: list[list] = []  # [raw text, start offset]
    offset = 0
    for paragraph in text.split("\n"):
        for start, end in sentence_spans(paragraph):
            piece = paragraph[start:end]
            at = offset + start
            lead = MARKER.match(piece)
            while lead and pieces:
                pieces[-1][0] += lead.group()
                rest = piece[lead.end() :]
                at += len(piece) - len(rest.lstrip())
                piece = rest.lstrip()
                lead = MARKER.match(piece)
            if strip_markers(piece):
                pieces.append([piece, at])
            elif pieces:
                pieces[-1][0] += " " + piece
        offset += len(paragraph) + 1
    return [
        Claim(text=strip_markers(p), markers=tuple(int(m) for m in MARKER.findall(p)), raw=p, start=at)
        for p, at in pieces
    ]


def verify_claims(
    claims: Sequence[Claim], quotes: Mapping[int, str], *, min_overlap: float = DEFAULT_MIN_OVERLAP
) -> tuple[list[Claim], list[tuple[Claim, str]]]:
    """Split ``claims`` into those their cited quotes support, and (claim, reason) for the rest."""
    kept: list[Claim] = []
    removed: list[tuple[Claim, str]] = []
    for claim in claims:
        if not claim.markers:
            removed.append((claim, "it has no citation"))
            continue
        unknown = [m for m in claim.markers if m not in quotes]
        if unknown:
            removed.append((claim, f"it cites [{unknown[0]}], which is not one of the passages"))
            continue
        support = check_support(claim.text, [quotes[m] for m in claim.markers], min_overlap=min_overlap)
        if support.ok:
            kept.append(claim)
        else:
            removed.append((claim, support.reason))
    return kept, removed
