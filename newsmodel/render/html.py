"""One self-contained HTML page (or notebook fragment) that shows an Article.

The article's own text is drawn once, with every span the extractors found
marked in place: statement contents in their speaker's colour, sources and
cues, denial cues and the claims they deny, event triggers labelled with
their PLOVER type, mode and factuality, and actor mentions linked to the
actor's row in a side panel.  Hovering or focusing a mark shows what it is.

Spans nest and cross freely (a cue inside a sentence that also holds an
event; a mention that straddles a quote's edge), while HTML elements must
nest.  So the text is cut at every span boundary, and each piece is wrapped
in the marks that cover it, outermost first; a mark that crosses another is
closed and reopened, and its pieces share one ``data-key``.  Joining the
text of every element with a given key gives back exactly the span's text.

Everything that comes from the article (text, names, ids, titles) is
untrusted and HTML-escaped; the only script is the page's own, and a
standalone page carries a Content-Security-Policy that allows just that
script (by hash) and no network at all.

This module imports nothing outside the standard library: it reads the
article only through its public fields.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence, Union

if TYPE_CHECKING:  # pragma: no cover - typing only; keeps the import free of pydantic
    from ..schema import Actor, Article, Denial, Event, Statement

from .marks import (
    _LANG,
    _WEB_URL,
    Mark,
    _count,
    _esc,
    _event_label,
    _Ids,
    _names,
    _Palette,
    _who,
    article_marks,
    render_marked_text,
)

__all__ = ["render_html", "Mark", "article_marks", "render_marked_text"]

_HERE = Path(__file__).parent

SNIPPET = 140  # characters of a span shown in the side panel


# -- the side panel ---------------------------------------------------------------------
def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1].rstrip() + "…"


def _swatch(style: str) -> str:
    return f'<span class="nm-swatch" style="{_esc(style)}"></span>' if style else ""


def _actor_row(article: "Article", actor: "Actor", k: int, ids: _Ids, palette: _Palette) -> str:
    extra = []
    if actor.titles:
        extra.append(", ".join(actor.titles))
    if actor.affiliation is not None:
        extra.append("of " + _who(article, actor.affiliation))
    if actor.code:
        extra.append(f"code {actor.code}")
    sub = f'<div class="nm-dim">{_esc("; ".join(extra))}</div>' if extra else ""
    swatch = _swatch(palette.style(actor.id)) if actor.id in palette.index else ""
    aliases = ", ".join(alias for alias in actor.aliases if alias != actor.name)
    return (
        f'<tr id="{ids.of("a", k)}" data-hl="ac{k}">'
        f'<td>{swatch}<strong>{_esc(actor.name)}</strong> <span class="nm-dim">{_esc(actor.id)}</span>{sub}</td>'
        f"<td>{_esc(actor.kind)}</td><td>{_esc(aliases) or '–'}</td>"
        f'<td class="nm-num">{len(actor.mentions)}</td></tr>'
    )


def _heading(title: str, count: int) -> str:
    return f'<h3>{title} <span class="nm-count">{count}</span></h3>'


def _listing(title: str, rows: list[str]) -> str:
    """A panel heading with its count, and the rows as a numbered list (none when empty)."""
    return _heading(title, len(rows)) + (f'<ol class="nm-list">{"".join(rows)}</ol>' if rows else "")


def _statement_row(article: "Article", s: "Statement", i: int, ids: _Ids, palette: _Palette) -> str:
    cue = f" · {_esc(s.cue.text)}" if s.cue is not None else ""
    content = " … ".join(c.text for c in s.content)
    return (
        f'<li data-hl="st{i}"><a href="#{ids.of("s", i)}">{_swatch(palette.style(s.speaker))}'
        f"<strong>{_esc(_who(article, s.speaker))}</strong></a> "
        f'<span class="nm-dim">{_esc(s.id)}{cue} · {_esc(s.kind)}</span>'
        f'<div class="nm-quote">{_esc(_snippet(content))}</div></li>'
    )


def _denial_row(article: "Article", d: "Denial", i: int, ids: _Ids) -> str:
    denied = f'<div class="nm-quote">{_esc(_snippet(d.denied.text))}</div>' if d.denied is not None else ""
    return (
        f'<li data-hl="dn{i}"><a href="#{ids.of("d", i)}"><strong>{_esc(_who(article, d.denier))}</strong></a> '
        f'<span class="nm-dim">{_esc(d.id)} · {_esc(d.cue.text)}</span>{denied}</li>'
    )


def _event_row(article: "Article", e: "Event", i: int, ids: _Ids) -> str:
    when = f" · {_esc(e.time.text)}" if e.time is not None else ""
    return (
        f'<li data-hl="ev{i}"><a href="#{ids.of("e", i)}"><strong>{_esc(_event_label(e))}</strong></a> '
        f'<span class="nm-dim">{_esc(e.id)} · “{_esc(e.trigger.text)}”{when}</span>'
        f"<div>{_esc(_names(article, e.agents))} → {_esc(_names(article, e.targets))}</div></li>"
    )


def _panel(article: "Article", ids: _Ids, palette: _Palette) -> str:
    parts = [_heading("Actors", len(article.actors))]
    if article.actors:
        rows = "".join(_actor_row(article, a, k, ids, palette) for k, a in enumerate(article.actors))
        parts.append(
            '<table class="nm-actors"><thead><tr><th>actor</th><th>kind</th><th>aliases</th>'
            f'<th class="nm-num">mentions</th></tr></thead><tbody>{rows}</tbody></table>'
        )
    parts.append(_listing("Statements", [_statement_row(article, s, i, ids, palette) for i, s in enumerate(article.statements)]))
    parts.append(_listing("Denials", [_denial_row(article, d, i, ids) for i, d in enumerate(article.denials)]))
    parts.append(_listing("Events", [_event_row(article, e, i, ids) for i, e in enumerate(article.events)]))
    return "".join(parts)


_LEGEND = (
    '<div class="nm-legend" aria-label="legend">'
    '<span class="nm-mark nm-content" style="--nm-bg:hsl(28 85% 88%)">statement, in its speaker’s colour</span>'
    '<span class="nm-mark nm-source" style="--nm-fg:hsl(28 70% 30%)">source</span>'
    '<span class="nm-mark nm-cue" style="--nm-fg:hsl(28 70% 30%)">cue</span>'
    '<span class="nm-mark nm-deny">denial</span>'
    '<span class="nm-mark nm-denied">denied claim</span>'
    '<span class="nm-mark nm-event" data-fact="asserted" data-label="TYPE/mode">event</span>'
    '<span class="nm-mark nm-event" data-fact="reported" data-label="reported">event</span>'
    '<span class="nm-mark nm-mention">actor</span>'
    "<span>hover or focus a mark for details</span></div>"
)


def _section(article: "Article", number: int) -> str:
    ids = _Ids(article, number)
    palette = _Palette(article)
    heading = article.title or article.id
    meta = []
    if article.source:
        meta.append(_esc(article.source))
    if article.published is not None:
        meta.append(_esc(article.published.isoformat()))
    if article.url:
        if _WEB_URL.fullmatch(article.url):  # only web links become links; javascript: and the rest stay text
            meta.append(f'<a href="{_esc(article.url)}" rel="noopener noreferrer">{_esc(article.url)}</a>')
        else:
            meta.append(_esc(article.url))
    engine = article.provenance.engine
    meta.append(f"id {_esc(article.id)}" + (f" · engine {_esc(engine)}" if engine else ""))
    meta.append(_counts(article, actors=True))
    lang = f' lang="{_esc(article.language)}"' if _LANG.fullmatch(article.language or "") else ""
    body = render_marked_text(article.text, article_marks(article, number=number))
    return (
        f'<section class="nm-article" id="{ids.section}" data-article="{_esc(article.id)}">'
        f"<h2>{_esc(heading)}</h2>"
        f'<p class="nm-meta">{" · ".join(meta)}</p>{_LEGEND}'
        f'<div class="nm-grid"><div class="nm-text"{lang}>{body}</div>'
        f'<aside class="nm-panel">{_panel(article, ids, palette)}</aside></div></section>'
    )


# -- page furniture: style, script, policy -------------------------------------------------------
# The style and the only script live beside this module as plain files (read once).
_CSS = (_HERE / "page.css").read_text(encoding="utf-8").strip()

# The only script.  It reads the marks' titles into a richer tooltip (the titles
# stay as the fallback where scripts do not run), lights up a panel row's marks,
# and follows links that had to be spans.  It touches no globals and builds
# every node with textContent, never from markup.
_JS = (_HERE / "page.js").read_text(encoding="utf-8").strip()


_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")
#: No network, no plugins, no forms; styles inline; the one script above, by hash.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'"
)


def _counts(article: "Article", actors: bool = False) -> str:
    parts = [_count(len(article.actors), "actor")] if actors else []
    parts += [_count(len(article.statements), "statement"), _count(len(article.denials), "denial"),
              _count(len(article.events), "event")]
    return " · ".join(parts)


def _index(articles: Sequence["Article"]) -> str:
    items = []
    for n, article in enumerate(articles, 1):
        ids = _Ids(article, n)
        items.append(
            f'<li><a href="#{ids.section}">{_esc(article.title or article.id)}</a> '
            f'<span class="nm-dim">{_counts(article)}</span></li>'
        )
    return f'<nav class="nm-index"><h2>{_count(len(articles), "article")}</h2><ol>{"".join(items)}</ol></nav>'


def render_html(
    article: Union["Article", Iterable["Article"]], *, standalone: bool = True, title: str | None = None
) -> str:
    """Draw an article (or several, on one page) as HTML with every span marked.

    :param article: an :class:`~newsmodel.Article`, or an iterable of them;
        several articles get one section each and an index at the top.
    :param standalone: a whole page (doctype, head, a Content-Security-Policy
        that forbids any network and any script but the page's own) when
        true; when false, a ``<div>`` fragment with its style and script,
        for a notebook or another page.
    :param title: the page's title (default: the article's title or id).

    The result needs nothing else: inline CSS, one small inline script, no
    fonts, images or requests.  Article data is escaped everywhere.
    """
    articles = [article] if hasattr(article, "text") else list(article)  # type: ignore[arg-type]
    sections = "".join(_section(a, n) for n, a in enumerate(articles, 1))
    index = _index(articles) if len(articles) > 1 else ""
    root = (
        f'<div class="nm-root">{index}{sections}'
        f'<div class="nm-tip" role="tooltip" hidden></div><script>{_JS}</script></div>'
    )
    if not standalone:
        return f'<div class="nm-fragment"><style>{_CSS}</style>{root}</div>'
    if title is None:
        title = (articles[0].title or articles[0].id) if len(articles) == 1 else f"{len(articles)} articles"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{_esc(CONTENT_SECURITY_POLICY)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)} · newsmodel</title><style>{_CSS}</style></head>"
        f'<body class="nm-page">{root}</body></html>\n'
    )
