"""The marks of an Article's HTML view: which spans to draw, and how to nest them.

An article's spans nest and cross freely, while HTML elements must nest.  So
:func:`render_marked_text` cuts the text at every span boundary and wraps
each piece in the marks that cover it, outermost first; a mark that crosses
another is closed and reopened, and its pieces share one ``data-key``.
Joining the text of every element with a given key gives back the span.

Like the page around it, this module imports only the standard library.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:  # pragma: no cover - typing only; keeps the import free of pydantic
    from ..schema import Article

__all__ = ["Mark", "article_marks", "render_marked_text"]

# Nesting order: a lower layer is opened outside a higher one when both
# cover a piece of text, so backgrounds sit under underlines and links.
CONTENT, DENIED, SOURCE, CUE, DENIAL_CUE, EVENT, MENTION = range(7)




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
