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
import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence, Union

if TYPE_CHECKING:  # pragma: no cover - typing only; keeps the import free of pydantic
    from ..schema import Actor, Article, Span

__all__ = ["render_html", "Mark", "article_marks", "render_marked_text"]

# Nesting order: a lower layer is opened outside a higher one when both
# cover a piece of text, so backgrounds sit under underlines and links.
CONTENT, DENIED, SOURCE, CUE, DENIAL_CUE, EVENT, MENTION = range(7)

SNIPPET = 140  # characters of a span shown in the side panel


@dataclass(eq=False)
class Mark:
    """One span to draw: where it is, how it looks, and what its tooltip says.

    ``key`` names the span (``st2-c0``: content 0 of statement 2) and is
    shared by all the elements a crossing mark is split into.  ``tip`` is
    plain text, its first line a heading.  ``style`` holds CSS custom
    properties this module generates (never article data).
    """

    start: int
    end: int
    layer: int
    kind: str
    key: str
    tip: str
    object_id: str = ""
    group: str = ""
    style: str = ""
    label: str = ""
    anchor: str = ""
    href: str = ""
    fact: str = ""


# -- escaping -------------------------------------------------------------------------
def _esc(value: object) -> str:
    """Escape for element text and quoted attribute values.

    A carriage return is written as a character reference, because the HTML
    parser turns a literal one into a line feed and the text must come back
    unchanged.
    """
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
_WEB_URL = re.compile(r"https?://[^\s\"'<>`]+", re.I)


# -- colours --------------------------------------------------------------------------
class _Palette:
    """A colour per speaker, in order of first statement; grey for no speaker.

    Hues step by the golden angle, so neighbouring speakers differ most.
    """

    def __init__(self, article: "Article") -> None:
        self.index: dict[str, int] = {}
        for statement in article.statements:
            if statement.speaker is not None and statement.speaker not in self.index:
                self.index[statement.speaker] = len(self.index)

    def style(self, actor_id: str | None) -> str:
        k = self.index.get(actor_id) if actor_id is not None else None
        if k is None:
            return "--nm-bg:hsl(220 10% 90%);--nm-fg:hsl(220 8% 38%)"
        hue = round((28 + 137.508 * k) % 360)
        return f"--nm-bg:hsl({hue} 85% 88%);--nm-fg:hsl({hue} 70% 30%)"


# -- the marks of one article ---------------------------------------------------------------
class _Ids:
    """DOM ids of one article's section; generated, so never article data."""

    def __init__(self, article: "Article", number: int) -> None:
        digest = hashlib.sha1(f"{article.id}\x00{article.text}".encode("utf-8", "surrogatepass")).hexdigest()[:6]
        self.section = f"nm{digest}-{number}"

    def of(self, what: str, index: int) -> str:
        return f"{self.section}-{what}{index}"


def _names(article: "Article", actor_ids: Iterable[str]) -> str:
    found = [a.name if (a := article.actor(i)) is not None else i for i in actor_ids]
    return ", ".join(found) or "–"


def _who(article: "Article", actor_id: str | None) -> str:
    actor = article.actor(actor_id) if actor_id is not None else None
    return actor.name if actor is not None else "unknown"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _event_label(event: object) -> str:
    label = event.type + (f"/{event.mode}" if event.mode else "")  # type: ignore[attr-defined]
    fact = event.factuality  # type: ignore[attr-defined]
    return label if fact == "asserted" else f"{label} · {fact}"


def article_marks(article: "Article", *, number: int = 1) -> list[Mark]:
    """Every span of ``article`` as a :class:`Mark`, in schema order."""
    ids = _Ids(article, number)
    palette = _Palette(article)
    denied_in: dict[str, list[str]] = {}
    for d in article.denials:
        if d.statement is not None:
            denied_in.setdefault(d.statement, []).append(d.id)
    marks: list[Mark] = []

    for i, s in enumerate(article.statements):
        speaker = _who(article, s.speaker)
        style = palette.style(s.speaker)
        facts = [f"speaker: {speaker}", f"kind: {s.kind}"]
        if s.cue is not None:
            facts.append(f"cue: {s.cue.text}")
        if s.confidence < 1:
            facts.append(f"confidence: {s.confidence:.2f}")
        if s.id in denied_in:
            facts.append("denied in: " + ", ".join(denied_in[s.id]))
        tip = "\n".join([f"Statement {s.id}", *facts])
        group = f"st{i}"
        for j, c in enumerate(s.content):
            anchor = ids.of("s", i) if j == 0 else ""
            marks.append(Mark(c.start, c.end, CONTENT, "content", f"st{i}-c{j}", tip, s.id, group, style, anchor=anchor))
        if s.source is not None:
            src_tip = f"Source of {s.id}\nspeaker: {speaker}\nkind: {s.kind}"
            marks.append(Mark(s.source.start, s.source.end, SOURCE, "source", f"st{i}-src", src_tip, s.id, group, style))
        if s.cue is not None:
            cue_tip = f"Cue of {s.id}\nspeaker: {speaker}\nkind: {s.kind}"
            marks.append(Mark(s.cue.start, s.cue.end, CUE, "cue", f"st{i}-cue", cue_tip, s.id, group, style))

    for i, d in enumerate(article.denials):
        denier = _who(article, d.denier)
        facts = [f"by: {denier}", f"cue: {d.cue.text}"]
        if d.statement is not None:
            facts.append(f"statement: {d.statement}")
        group = f"dn{i}"
        marks.append(Mark(d.cue.start, d.cue.end, DENIAL_CUE, "deny", f"dn{i}-cue",
                          "\n".join([f"Denial {d.id}", *facts]), d.id, group, anchor=ids.of("d", i)))
        if d.denied is not None:
            marks.append(Mark(d.denied.start, d.denied.end, DENIED, "denied", f"dn{i}-claim",
                              f"Claim denied in {d.id}\nby: {denier}\nfactuality: denied", d.id, group))

    for i, e in enumerate(article.events):
        facts = [f"type: {e.type}", f"mode: {e.mode or '–'}", f"factuality: {e.factuality}",
                 f"agents: {_names(article, e.agents)}", f"targets: {_names(article, e.targets)}"]
        if e.time is not None:
            facts.append(f"time: {e.time.text}" + (f" ({e.date.isoformat()})" if e.date else ""))
        if e.location is not None:
            facts.append(f"location: {e.location.text}")
        if e.statement is not None:
            st = next((s for s in article.statements if s.id == e.statement), None)
            facts.append(f"reported in: {e.statement}" + (f" (speaker: {_who(article, st.speaker)})" if st else ""))
        if e.confidence < 1:
            facts.append(f"confidence: {e.confidence:.2f}")
        marks.append(Mark(e.trigger.start, e.trigger.end, EVENT, "event", f"ev{i}",
                          "\n".join([f"Event {e.id}", *facts]), e.id, f"ev{i}",
                          label=_event_label(e), anchor=ids.of("e", i), fact=e.factuality))

    for k, a in enumerate(article.actors):
        facts = [f"kind: {a.kind}"]
        if a.titles:
            facts.append("titles: " + ", ".join(a.titles))
        if a.affiliation is not None:
            facts.append(f"affiliation: {_who(article, a.affiliation)}")
        if getattr(a, "code", None):
            facts.append(f"code: {a.code}")
        tip = "\n".join([f"{a.name} ({a.id})", *facts])
        style = palette.style(a.id) if a.id in palette.index else ""
        for j, m in enumerate(a.mentions):
            marks.append(Mark(m.start, m.end, MENTION, "mention", f"ac{k}-m{j}", tip, a.id, f"ac{k}", style,
                              href=ids.of("a", k)))
    return marks


# -- cutting the text at every boundary and nesting the marks ---------------------------------
def _pieces(text: str, marks: Sequence[Mark]) -> list[object]:
    """Text pieces interleaved with ``("open", mark)`` and ``("close", mark)``, properly nested."""
    rank = {id(m): (m.layer, m.start, -m.end, n) for n, m in enumerate(marks)}
    starting: dict[int, list[Mark]] = {}
    ending: dict[int, list[Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
        ending.setdefault(m.end, []).append(m)
    bounds = sorted({0, len(text), *starting, *ending})
    active: dict[int, Mark] = {}
    stack: list[Mark] = []
    out: list[object] = []
    for a, b in zip(bounds, bounds[1:]):
        for m in ending.get(a, ()):
            active.pop(id(m), None)
        for m in starting.get(a, ()):
            active[id(m)] = m
        wanted = sorted(active.values(), key=lambda m: rank[id(m)])
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(("close", m) for m in reversed(stack[keep:]))
        del stack[keep:]
        for m in wanted[keep:]:
            out.append(("open", m))
            stack.append(m)
        out.append(text[a:b])
    out.extend(("close", m) for m in reversed(stack))
    return out


def _open_tag(m: Mark, first: bool, last: bool, inside_link: bool) -> tuple[str, str]:
    tag = "a" if m.kind == "mention" and not inside_link else "span"
    classes = f"nm-mark nm-{m.kind}" + ("" if first else " nm-cont")
    attrs = [("class", classes), ("data-key", m.key), ("data-id", m.object_id), ("title", m.tip)]
    if m.group:
        attrs.append(("data-group", m.group))
    if m.style:
        attrs.append(("style", m.style))
    if m.fact:
        attrs.append(("data-fact", m.fact))
    if first and m.anchor:
        attrs.append(("id", m.anchor))
    if last and m.label:
        attrs.append(("data-label", m.label))
    if tag == "a":
        attrs.append(("href", "#" + m.href))
    elif m.href:  # a mention inside another mention's link: links may not nest
        attrs += [("data-href", m.href), ("role", "link"), ("tabindex", "0")]
    elif first:
        attrs.append(("tabindex", "0"))
    return tag, f"<{tag} " + " ".join(f'{name}="{_esc(value)}"' for name, value in attrs) + ">"


def render_marked_text(text: str, marks: Sequence[Mark]) -> str:
    """``text``, escaped, with ``marks`` as properly nested elements."""
    pieces = _pieces(text, marks)
    total: dict[int, int] = {}
    for p in pieces:
        if isinstance(p, tuple) and p[0] == "open":
            total[id(p[1])] = total.get(id(p[1]), 0) + 1
    seen: dict[int, int] = {}
    tags: list[str] = []
    out: list[str] = []
    for p in pieces:
        if isinstance(p, str):
            out.append(_esc(p))
            continue
        action, m = p  # type: ignore[misc]
        if action == "open":
            n = seen[id(m)] = seen.get(id(m), 0) + 1
            tag, opening = _open_tag(m, first=n == 1, last=n == total[id(m)], inside_link="a" in tags)
            tags.append(tag)
            out.append(opening)
        else:
            out.append(f"</{tags.pop()}>")
    return "".join(out)


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
    if getattr(actor, "code", None):
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


def _panel(article: "Article", ids: _Ids, palette: _Palette) -> str:
    parts = [f'<h3>Actors <span class="nm-count">{len(article.actors)}</span></h3>']
    if article.actors:
        rows = "".join(_actor_row(article, a, k, ids, palette) for k, a in enumerate(article.actors))
        parts.append(
            '<table class="nm-actors"><thead><tr><th>actor</th><th>kind</th><th>aliases</th>'
            f'<th class="nm-num">mentions</th></tr></thead><tbody>{rows}</tbody></table>'
        )
    parts.append(f'<h3>Statements <span class="nm-count">{len(article.statements)}</span></h3>')
    if article.statements:
        items = []
        for i, s in enumerate(article.statements):
            cue = f" · {_esc(s.cue.text)}" if s.cue is not None else ""
            content = " … ".join(c.text for c in s.content)
            items.append(
                f'<li data-hl="st{i}"><a href="#{ids.of("s", i)}">{_swatch(palette.style(s.speaker))}'
                f"<strong>{_esc(_who(article, s.speaker))}</strong></a> "
                f'<span class="nm-dim">{_esc(s.id)}{cue} · {_esc(s.kind)}</span>'
                f'<div class="nm-quote">{_esc(_snippet(content))}</div></li>'
            )
        parts.append(f'<ol class="nm-list">{"".join(items)}</ol>')
    parts.append(f'<h3>Denials <span class="nm-count">{len(article.denials)}</span></h3>')
    if article.denials:
        items = []
        for i, d in enumerate(article.denials):
            denied = f'<div class="nm-quote">{_esc(_snippet(d.denied.text))}</div>' if d.denied is not None else ""
            items.append(
                f'<li data-hl="dn{i}"><a href="#{ids.of("d", i)}"><strong>{_esc(_who(article, d.denier))}</strong></a> '
                f'<span class="nm-dim">{_esc(d.id)} · {_esc(d.cue.text)}</span>{denied}</li>'
            )
        parts.append(f'<ol class="nm-list">{"".join(items)}</ol>')
    parts.append(f'<h3>Events <span class="nm-count">{len(article.events)}</span></h3>')
    if article.events:
        items = []
        for i, e in enumerate(article.events):
            when = f" · {_esc(e.time.text)}" if e.time is not None else ""
            items.append(
                f'<li data-hl="ev{i}"><a href="#{ids.of("e", i)}"><strong>{_esc(_event_label(e))}</strong></a> '
                f'<span class="nm-dim">{_esc(e.id)} · “{_esc(e.trigger.text)}”{when}</span>'
                f"<div>{_esc(_names(article, e.agents))} → {_esc(_names(article, e.targets))}</div></li>"
            )
        parts.append(f'<ol class="nm-list">{"".join(items)}</ol>')
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
_CSS = """
.nm-root{--nm-ink:#1f2328;--nm-dim:#5f6670;--nm-line:#dcdde0;--nm-red:#b3261e;color:var(--nm-ink);
 font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans","Liberation Sans",sans-serif;text-align:left}
.nm-root *{box-sizing:border-box}
body.nm-page{margin:0;background:#f4f4f1}
.nm-page .nm-root{max-width:1440px;margin:0 auto;padding:14px 22px}
.nm-root h1{font-size:1.3em;margin:.2em 0 .7em}
.nm-root .nm-index{background:#fff;border:1px solid var(--nm-line);border-radius:8px;padding:8px 16px;margin:0 0 18px}
.nm-root .nm-index ol{margin:.3em 0;padding-left:1.4em}
.nm-root .nm-article{background:#fff;border:1px solid var(--nm-line);border-radius:8px;padding:14px 20px 18px;margin:0 0 22px}
.nm-root .nm-article h2{font-size:1.25em;margin:0 0 .15em}
.nm-root .nm-meta{color:var(--nm-dim);font-size:.9em;margin:0 0 .7em}
.nm-root .nm-legend{font-size:.86em;color:var(--nm-dim);margin:0 0 14px;display:flex;flex-wrap:wrap;gap:4px 14px;
 align-items:baseline;line-height:2}
.nm-root .nm-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(320px,440px);gap:24px;align-items:start}
@media (max-width:920px){.nm-root .nm-grid{grid-template-columns:minmax(0,1fr)}}
.nm-root .nm-text{white-space:pre-wrap;overflow-wrap:break-word;font:17px/2.05 Georgia,"DejaVu Serif","Liberation Serif",serif}
.nm-root .nm-panel{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;font-size:.92em;
 border-left:1px solid var(--nm-line);padding-left:16px}
.nm-root .nm-panel h3{font-size:1em;margin:.9em 0 .35em}
.nm-root .nm-panel h3:first-child{margin-top:0}
.nm-root .nm-count{color:var(--nm-dim);font-weight:400}
.nm-root .nm-actors{border-collapse:collapse;width:100%}
.nm-root .nm-actors th{font-weight:600;color:var(--nm-dim);text-align:left;border-bottom:1px solid var(--nm-line);padding:2px 4px}
.nm-root .nm-actors td{border-bottom:1px solid #eeeff1;padding:3px 4px;vertical-align:top}
.nm-root .nm-num{text-align:right}
.nm-root .nm-list{margin:0;padding-left:1.6em}
.nm-root .nm-list li{margin:0 0 .45em}
.nm-root .nm-list a,.nm-root .nm-index a{color:inherit;text-decoration:none}
.nm-root .nm-list a:hover,.nm-root .nm-index a:hover{text-decoration:underline}
.nm-root .nm-dim{color:var(--nm-dim)}
.nm-root .nm-quote{color:#3d434b;font-style:italic}
.nm-root .nm-swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.35em;
 background:var(--nm-bg);border:1.5px solid var(--nm-fg);vertical-align:-.05em}
.nm-root .nm-mark{border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.nm-root .nm-content{background:var(--nm-bg);padding:.15em 0}
.nm-root .nm-source{text-decoration:underline 3px var(--nm-fg);text-underline-offset:.28em;text-decoration-skip-ink:none;font-weight:600}
.nm-root .nm-cue{font-weight:700;color:var(--nm-fg);font-style:italic}
.nm-root .nm-deny{color:var(--nm-red);font-weight:700;background:#fde4e1;padding:.1em 0}
.nm-root .nm-denied{text-decoration:underline wavy var(--nm-red) 1.5px;text-underline-offset:.3em;text-decoration-skip-ink:none}
.nm-root .nm-event{border:1.5px solid #6a4fb3;padding:0 1px}
.nm-root .nm-event[data-fact=reported]{border-style:dashed}
.nm-root .nm-event[data-fact=hypothetical]{border-style:dotted}
.nm-root .nm-event[data-fact=denied],.nm-root .nm-event[data-fact=negated]{border-color:var(--nm-red)}
.nm-root .nm-event[data-label]::after{content:attr(data-label);font:600 10.5px/1 system-ui,"DejaVu Sans",sans-serif;
 vertical-align:.75em;margin-left:3px;padding:1px 3px;border-radius:3px;background:#ece6f8;color:#43307e;white-space:nowrap;font-style:normal}
.nm-root .nm-event[data-fact=denied][data-label]::after,.nm-root .nm-event[data-fact=negated][data-label]::after{background:#fde4e1;color:var(--nm-red)}
.nm-root .nm-mention{color:inherit;text-decoration:none;border-bottom:1.5px dotted var(--nm-fg,#1a5fb4);cursor:pointer}
.nm-root .nm-mark:focus{outline:2px solid #1a73e8;outline-offset:1px}
.nm-root .nm-hl{outline:2px solid #f29900;outline-offset:1px}
.nm-root tr.nm-hl,.nm-root li.nm-hl{background:#fff4d6;outline:none}
.nm-root .nm-tip{position:fixed;z-index:1000;max-width:360px;background:#202124;color:#fff;padding:6px 10px;border-radius:6px;
 font:13px/1.4 system-ui,"DejaVu Sans",sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.28);pointer-events:none;white-space:normal}
.nm-root .nm-tip[hidden]{display:none}
.nm-root .nm-tip div+div{border-top:1px solid #4a4d52;margin-top:5px;padding-top:5px}
.nm-root .nm-tip strong{color:#ffd479}
""".strip()

# The only script.  It reads the marks' titles into a richer tooltip (the titles
# stay as the fallback where scripts do not run), lights up a panel row's marks,
# and follows links that had to be spans.  It touches no globals and builds
# every node with textContent, never from markup.
_JS = """
(function () {
  "use strict";
  var me = document.currentScript, root = me && me.parentNode;
  if (!root || !root.querySelector) return;
  var tip = root.querySelector(".nm-tip"), lit = [];
  root.querySelectorAll(".nm-text [title]").forEach(function (el) {
    el.setAttribute("data-tip", el.getAttribute("title"));
    el.removeAttribute("title");
  });
  function hide() { tip.hidden = true; }
  function show(target) {
    var notes = [], el = target;
    while (el && el !== root && el.nodeType === 1) {
      if (el.hasAttribute("data-tip")) notes.push(el.getAttribute("data-tip"));
      el = el.parentNode;
    }
    if (!notes.length) { hide(); return; }
    tip.textContent = "";
    notes.forEach(function (note) {
      var lines = note.split("\\n"), box = document.createElement("div"), head = document.createElement("strong");
      head.textContent = lines[0];
      box.appendChild(head);
      for (var k = 1; k < lines.length; k++) {
        box.appendChild(document.createElement("br"));
        box.appendChild(document.createTextNode(lines[k]));
      }
      tip.appendChild(box);
    });
    tip.hidden = false;
    var r = target.getBoundingClientRect(), w = tip.offsetWidth, h = tip.offsetHeight;
    var x = Math.max(4, Math.min(r.left, window.innerWidth - w - 4)), y = r.bottom + 6;
    if (y + h > window.innerHeight - 4) y = Math.max(4, r.top - h - 6);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function light(row) {
    lit.forEach(function (el) { el.classList.remove("nm-hl"); });
    lit = [];
    if (!row) return;
    var section = row.closest(".nm-article"), group = row.getAttribute("data-hl");
    lit = Array.prototype.slice.call(section.querySelectorAll(".nm-text [data-group]")).filter(function (el) {
      return el.getAttribute("data-group") === group;
    });
    lit.push(row);
    lit.forEach(function (el) { el.classList.add("nm-hl"); });
  }
  root.addEventListener("mouseover", function (e) {
    var t = e.target;
    if (t.closest(".nm-text")) show(t); else hide();
    light(t.closest(".nm-panel [data-hl]"));
  });
  root.addEventListener("mouseleave", function () { hide(); light(null); });
  root.addEventListener("focusin", function (e) { if (e.target.closest(".nm-text")) show(e.target); });
  root.addEventListener("focusout", hide);
  root.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  function follow(e) {
    var el = e.target.closest("[data-href]");
    if (!el || (e.type === "keydown" && e.key !== "Enter")) return;
    var to = document.getElementById(el.getAttribute("data-href"));
    if (to) to.scrollIntoView({block: "center"});
  }
  root.addEventListener("click", follow);
  root.addEventListener("keydown", follow);
})();
""".strip()

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
