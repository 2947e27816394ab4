"""Shared by the HTML-view tests: the spans a page must mark, and hostile input."""

from __future__ import annotations

import newsmodel
from newsmodel import Actor, Article, Denial, Event, Span, Statement


def expected_marks(article: Article) -> dict[str, str]:
    """``data-key`` -> the text its elements must add up to, for every span of ``article``.

    The keys are the ones docs/show.md documents: ``st{i}-c{j}`` (content j of
    statement i), ``st{i}-src``, ``st{i}-cue``, ``dn{i}-cue``, ``dn{i}-claim``,
    ``ev{i}`` (event trigger) and ``ac{k}-m{j}`` (mention j of actor k).
    """
    keys: dict[str, str] = {}
    for i, s in enumerate(article.statements):
        for j, c in enumerate(s.content):
            keys[f"st{i}-c{j}"] = c.text
        if s.source is not None:
            keys[f"st{i}-src"] = s.source.text
        if s.cue is not None:
            keys[f"st{i}-cue"] = s.cue.text
    for i, d in enumerate(article.denials):
        keys[f"dn{i}-cue"] = d.cue.text
        if d.denied is not None:
            keys[f"dn{i}-claim"] = d.denied.text
    for i, e in enumerate(article.events):
        keys[f"ev{i}"] = e.trigger.text
    for k, a in enumerate(article.actors):
        for j, m in enumerate(a.mentions):
            keys[f"ac{k}-m{j}"] = m.text
    return keys


#: Markup that would run if anything were not escaped.  Each payload sets
#: ``window.pwned`` and opens a dialog.
HOSTILE_TEXT = (
    "“<script>window.pwned = 'script'; alert('script')</script> is fine,” said John Smith "
    "<img src=x onerror=\"window.pwned='img';alert('img')\">.\n"
    "Maria Lopez denied the report that <a href=\"javascript:window.pwned='link';alert('link')\">"
    "javascript:alert('link')</a> was attacked.\n"
    "</div></section><svg onload=\"window.pwned='svg';alert('svg')\"></svg>"
    "<iframe srcdoc=\"<script>parent.pwned='iframe';parent.alert('iframe')</script>\"></iframe> "
    "<style>*{display:none}</style>&lt;b&gt; &amp; ]]> --> <!-- \r\n end."
)
PAYLOAD = "\"'><img src=x onerror=\"window.pwned='attr';alert('attr')\"><script>window.pwned='tag'</script>"


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def hostile_article() -> Article:
    """An Article whose text and every free-text field is an attack, with spans over the markup."""
    t = HOSTILE_TEXT
    smith = Actor(id="a1" + PAYLOAD, name="John Smith" + PAYLOAD, kind="person", aliases=["Smith" + PAYLOAD],
                  titles=["<b>boss</b>" + PAYLOAD], mentions=[_span(t, "John Smith")])
    img = Actor(id="a2", name="<img src=x onerror=alert(2)>", kind="other", mentions=[_span(t, "<img src=x")],
                affiliation=smith.id)
    lopez = Actor(id="a3", name="Maria Lopez", kind="person", mentions=[_span(t, "Maria Lopez")])
    statement = Statement(id="s1" + PAYLOAD, speaker=smith.id, source=_span(t, "John Smith <img"),
                          cue=_span(t, "said"), content=[_span(t, "<script>window.pwned = 'script'; alert('script')</script> is fine,")],
                          kind="direct")
    denial = Denial(id="d1" + PAYLOAD, denier=lopez.id, cue=_span(t, "denied"), statement=statement.id,
                    denied=_span(t, "the report that <a href"))
    event = Event(id="e1" + PAYLOAD, type="ASSAULT", trigger=_span(t, "attacked"), agents=[lopez.id], targets=[smith.id],
                  location=_span(t, "<svg onload"), factuality="reported", statement=statement.id)
    return Article(
        id="x" + PAYLOAD, text=t, title="</title><script>window.pwned='title'</script>" + PAYLOAD,
        source="<b>src</b>" + PAYLOAD, url="javascript:window.pwned='url';alert('url')", language='en" onmouseover="alert(1)',
        actors=[smith, img, lopez], statements=[statement], denials=[denial], events=[event],
        provenance=newsmodel.Provenance(engine="<i>engine</i>" + PAYLOAD),
    )
