"""HTML for the chat: answers with clickable citation markers, the sources panel, whole articles.

Pure functions of ``rag`` types. Every piece of article or answer text goes
through :func:`html.escape`: markup inside an article (``<script>``,
``<img onerror=…>``) is shown as text, never run.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from rag import Answer, Citation, LibraryStatus, Passage, Source

__all__ = [
    "question_html", "answer_html", "sources_html", "empty_sources_html", "status_markdown", "upload_markdown",
    "PANEL_CSS", "PANEL_JS",
]

_MARKER = re.compile(r"\[(\d+)\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def _text(value: str) -> str:
    """Article or answer text made inert for the chat's Markdown renderer: HTML escaped, Markdown escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(value, quote=False))


def question_html(text: str) -> str:
    """The user's question as the chat shows it: text, never markup."""
    return _text(text)


def answer_html(text: str, *, abstained: bool = False, cited: bool = False) -> str:
    """An answer (possibly partial, while streaming) for the chat: citation markers become links. A refusal
    shows as such; its markers are links only when it cites (a refused premise cites what the articles say)."""
    if abstained:
        return f'<span class="nq-abstain">{answer_html(text) if cited else _text(text)}</span>'
    parts = []
    last = 0
    for m in _MARKER.finditer(text):
        parts.append(_text(text[last : m.start()]))
        n = m.group(1)
        parts.append(f'<a class="nq-marker" href="#nq-cite-{n}" title="Show source {n}">[{n}]</a>')
        last = m.end()
    parts.append(_text(text[last:]))
    return "".join(parts)


def _esc(value: str | None) -> str:
    return html.escape(value or "", quote=True)


def _highlighted(text: str, start: int, end: int, lo: int, hi: int, mark_id: str = "") -> str:
    """``text[lo:hi]`` as HTML, with ``text[start:end]`` in a <mark>."""
    start, end = max(start, lo), min(end, hi)
    ident = f' id="{mark_id}"' if mark_id else ""
    return (
        html.escape(text[lo:start]) + f"<mark{ident}>" + html.escape(text[start:end]) + "</mark>"
        + html.escape(text[end:hi])
    )


def _byline(label: str, outlet: str | None, date: str | None, source: str) -> str:
    bits = [f"<strong>{_esc(label)}</strong>"]
    if outlet and outlet != label:
        bits.append(_esc(outlet))
    if date:
        bits.append(f"<time>{_esc(date)}</time>")
    if label != source:
        bits.append(f'<code class="nq-file">{_esc(source)}</code>')
    return " · ".join(bits)


def _article(src: Source, start: int, end: int, n: int) -> str:
    paragraphs = []
    for a, b in src.paragraphs:
        if a < end and start < b:  # the paragraph holds (part of) the cited span
            paragraphs.append(f"<p>{_highlighted(src.text, start, end, a, b, f'nq-mark-{n}')}</p>")
        else:
            paragraphs.append(f"<p>{html.escape(src.text[a:b])}</p>")
    return (
        f'<div class="nq-article" id="nq-article-{n}" hidden>'
        f'<div class="nq-article-head">Full article: {_esc(src.label)}</div>{"".join(paragraphs)}</div>'
    )


def _card(c: Citation, get_source: Callable[[str], Source], total_sources: int) -> str:
    src = get_source(c.source)
    lo, hi = src.paragraph(c.start, c.end)
    reporters = c.reported_by
    labels = []
    for name in reporters:
        other = get_source(name)
        labels.append(f"<li>{_esc(other.label)} <code class='nq-file'>{_esc(name)}</code></li>")
    if len(reporters) > 1:
        corroboration = (
            f'<div class="nq-corroboration"><span class="nq-badge">Reported by {len(reporters)} of '
            f"{total_sources} sources</span><ul>{''.join(labels)}</ul></div>"
        )
    else:
        corroboration = '<div class="nq-corroboration nq-single">Reported by this source only</div>'
    return (
        f'<section class="nq-card" id="nq-cite-{c.marker}">'
        f'<div class="nq-card-head"><a class="nq-num" href="#nq-cite-{c.marker}">[{c.marker}]</a> '
        f"{_byline(c.label, c.outlet, c.date, c.source)}</div>"
        f'<p class="nq-paragraph">{_highlighted(src.text, c.start, c.end, lo, hi)}</p>'
        f"{corroboration}"
        f'<button type="button" class="nq-open" data-cite="{c.marker}">Show in the full article</button>'
        f"{_article(src, c.start, c.end, c.marker)}</section>"
    )


def _closest(p: Passage, get_source: Callable[[str], Source]) -> str:
    src = get_source(p.source)
    lo, hi = src.paragraph(p.start, p.end)
    return (
        f'<section class="nq-card nq-closest"><div class="nq-card-head">'
        f"{_byline(src.label, p.outlet, p.date, p.source)}</div>"
        f'<p class="nq-paragraph">{_highlighted(src.text, p.start, p.end, lo, hi)}</p></section>'
    )


def sources_html(answer: Answer, get_source: Callable[[str], Source], *, total_sources: int) -> str:
    """The sources panel for ``answer``: one card per citation, or the closest passages when it abstains."""
    if answer.abstained and answer.citations:  # a false premise: what the articles say instead
        cards = "".join(_card(c, get_source, total_sources) for c in answer.citations)
        return (
            f'<div class="nq-panel" data-question="{_esc(answer.question)}"><div class="nq-notice">The articles '
            "don't support what the question takes for granted. This is what they say:</div>" + cards + "</div>"
        )
    if answer.abstained:
        closest = "".join(_closest(p, get_source) for p in answer.evidence)
        return (
            f'<div class="nq-panel" data-question="{_esc(answer.question)}"><div class="nq-notice">The articles '
            "don't answer this question. These are the closest passages:</div>"
            + (closest or "<p>No passage came close.</p>") + "</div>"
        )
    cards = "".join(_card(c, get_source, total_sources) for c in answer.citations)
    count = len(answer.citations)
    head = (
        f'<div class="nq-panel-head">{count} cited passage{"s" if count != 1 else ""} · '
        f"answered in {answer.seconds * 1000:.0f} ms ({_esc(answer.mode)})</div>"
    )
    removed = ""
    if answer.removed:
        removed = (f'<div class="nq-removed">{len(answer.removed)} sentence(s) left out: their sources did not '
                   "support them.</div>")
    return f'<div class="nq-panel" data-question="{_esc(answer.question)}">{head}{cards}{removed}</div>'


def empty_sources_html() -> str:
    return ('<div class="nq-panel"><div class="nq-empty">Ask a question: the passages that support the answer '
            "appear here. Click a marker such as [1] to see the whole article.</div></div>")


def status_markdown(status: LibraryStatus, mode: str) -> str:
    return (
        f"**{status.articles} articles**, {status.chunks} chunks · embedding model `{status.embedding_model}` · "
        f"index at `{status.location}` · answering mode: **{mode}**"
    )


def upload_markdown(added: Sequence[str], updated: Sequence[str], failed: Sequence[tuple[str, str]],
                    seconds: float) -> str:
    lines = []
    if added or updated:
        names = ", ".join(f"`{n}`" for n in [*added, *updated])
        lines.append(f"✅ Indexed {names} in {seconds:.1f} s: ask about it now.")
    for name, why in failed:
        lines.append(f"❌ `{name}` was not added: it {why}.")
    return "\n\n".join(lines) or "Nothing to add."


PANEL_CSS = """
.nq-panel { font-size: 0.95em; line-height: 1.5; }
.nq-panel-head, .nq-notice, .nq-empty { color: var(--body-text-color-subdued); margin-bottom: 0.6em; }
.nq-notice { font-weight: 600; color: var(--body-text-color); }
.nq-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 0.6em 0.8em;
           margin-bottom: 0.7em; background: var(--background-fill-secondary); scroll-margin-top: 1em; }
.nq-card.nq-active { border-color: var(--color-accent); box-shadow: 0 0 0 2px var(--color-accent-soft); }
.nq-card-head { margin-bottom: 0.3em; overflow-wrap: anywhere; }
.nq-num { font-weight: 700; text-decoration: none; margin-right: 0.2em; }
.nq-file { font-size: 0.8em; opacity: 0.75; }
.nq-paragraph { margin: 0.3em 0; }
.nq-panel mark { background: #fde68a; color: #111; padding: 0 0.1em; border-radius: 2px; }
.nq-corroboration { font-size: 0.9em; }
.nq-corroboration ul { margin: 0.2em 0 0.2em 1.2em; padding: 0; }
.nq-badge { display: inline-block; background: var(--color-accent-soft); border-radius: 999px; padding: 0 0.6em;
            font-weight: 600; }
.nq-single { opacity: 0.75; }
#nq-sources { max-height: 72vh; overflow-y: auto !important; }
#nq-sources button.nq-open { margin-top: 0.4em; font-size: 0.85rem; font-weight: 500; cursor: pointer;
           border: 1px solid var(--border-color-primary); border-radius: 6px; padding: 0.1em 0.6em;
           background: var(--background-fill-primary); line-height: 1.6; }
.nq-article { margin-top: 0.6em; border-top: 1px dashed var(--border-color-primary); padding-top: 0.5em;
              max-height: 28em; overflow-y: auto; }
.nq-article-head { font-weight: 600; margin-bottom: 0.3em; }
.nq-removed { font-size: 0.85em; opacity: 0.75; }
.nq-marker { text-decoration: none; font-weight: 600; cursor: pointer; }
"""

# Clicking a marker in the chat (or "Show in the full article") opens that citation's article in the
# sources panel and scrolls the highlighted passage into view. One listener, on the document.
PANEL_JS = """
if (!window.__newsqaCitations) {
  window.__newsqaCitations = true;
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#nq-cite-"], button.nq-open');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const n = link.dataset.cite || link.getAttribute('href').slice('#nq-cite-'.length);
    document.querySelectorAll('.nq-article').forEach((el) => { el.hidden = true; });
    document.querySelectorAll('.nq-card').forEach((el) => el.classList.remove('nq-active'));
    const card = document.getElementById('nq-cite-' + n);
    const article = document.getElementById('nq-article-' + n);
    if (card) card.classList.add('nq-active');
    const target = article ? (document.getElementById('nq-mark-' + n) || article) : card;
    if (article) article.hidden = false;
    if (target) reveal(target);
  }, true);
  // Scroll the panel (and the article inside it) to the passage; move the page only if it is still out of view.
  function reveal(el) {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) {
        const r = el.getBoundingClientRect(), box = node.getBoundingClientRect();
        node.scrollTop += (r.top - box.top) - (box.height - Math.min(r.height, box.height)) / 2;
      }
    }
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) {
      window.scrollBy({top: r.top - (window.innerHeight - Math.min(r.height, window.innerHeight)) / 2});
    }
  }
}
"""
