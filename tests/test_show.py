"""The HTML view without a browser: structure, span fidelity, escaping, and `newsmodel show`.

The page is parsed with the standard library's HTML parser: the article text
must come back exactly from the text area, every element must close in
order, and every span must add up from the elements that carry its key.
``tests/test_show_browser.py`` checks the same page in Chromium.
"""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

import newsmodel
from newsmodel.cli import main
from newsmodel.testing import strategies as nst

from ._html_view import HOSTILE_TEXT, PAYLOAD, expected_marks, hostile_article
from .conftest import SEED_TEXT

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "col", "area", "base", "embed", "source", "track"}


class Page(HTMLParser):
    """What the tests need from a rendered page: text area, keyed spans, tags and attributes."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []  # one per .nm-text block, in order
        self.keyed: dict[str, list[str]] = {}
        self.scripts: list[str] = []
        self.errors: list[str] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[t for t, _ in self.stack]}")

    def _in_text(self) -> bool:
        return any("nm-text" in (a.get("class") or "").split() for _, a in self.stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in VOID:
            return
        if "nm-text" in (attributes.get("class") or "").split():
            self.texts.append("")
        self.stack.append((tag, attributes))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        if not self._in_text():
            return
        self.texts[-1] += data
        for _, attributes in self.stack:
            key = attributes.get("data-key")
            if key is not None:
                self.keyed.setdefault(key, []).append(data)

    def key_texts(self) -> dict[str, str]:
        return {k: "".join(v) for k, v in self.keyed.items()}


def check_page(article: newsmodel.Article, html: str) -> Page:
    page = Page(html)
    assert page.errors == []
    assert page.texts == [article.text]
    found = page.key_texts()
    assert found == {k: v for k, v in expected_marks(article).items()}
    return page


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nst.articles(max_actors=4, max_statements=4, max_denials=2, max_events=4))
def test_any_article_renders_its_text_and_every_span_exactly(article):
    """Nested, crossing and identical spans, odd whitespace, emoji: the text and each span come back unchanged."""
    check_page(article, newsmodel.render_html(article))


def test_crossing_spans_are_split_into_properly_nested_pieces():
    text = "Smith said the army attacked the town, officials denied."
    st = newsmodel.Statement(id="s1", speaker="a1", source=newsmodel.Span.of(text, 0, 5), cue=newsmodel.Span.of(text, 6, 10),
                             content=[newsmodel.Span.of(text, 11, 37)])
    # a mention that crosses the content's start, an event inside it, a denied claim that crosses its end
    actor = newsmodel.Actor(id="a1", name="Smith", mentions=[newsmodel.Span.of(text, 0, 5)])
    army = newsmodel.Actor(id="a2", name="the army", kind="group", code="MIL", mentions=[newsmodel.Span.of(text, 6, 18)])
    event = newsmodel.Event(id="e1", type="ASSAULT", trigger=newsmodel.Span.of(text, 20, 28), agents=["a2"])
    denial = newsmodel.Denial(id="d1", cue=newsmodel.Span.of(text, 49, 55), denied=newsmodel.Span.of(text, 15, 48))
    article = newsmodel.Article(text=text, actors=[actor, army], statements=[st], events=[event], denials=[denial])
    page = check_page(article, newsmodel.render_html(article))
    # the crossing marks really were split (else the parser check above would have failed)
    assert len(page.keyed["ac1-m0"]) > 1 and len(page.keyed["dn0-claim"]) > 1
    army_tips = {a.get("title") for _, a in page.tags if a.get("data-key") == "ac1-m0"}
    assert army_tips == {"the army (a2)\nkind: group\ncode: MIL"}


def test_the_seed_page_marks_every_span(seed_article):
    page = check_page(seed_article, newsmodel.render_html(seed_article))
    assert len(page.scripts) == 1
    # each statement's tooltip names its speaker and kind
    for i, s in enumerate(seed_article.statements):
        tips = {a.get("title") for t, a in page.tags if a.get("data-key") == f"st{i}-c0"}
        assert len(tips) == 1
        tip = tips.pop()
        assert f"speaker: {seed_article.speaker_name(s) or 'unknown'}" in tip and f"kind: {s.kind}" in tip
    for i, e in enumerate(seed_article.events):
        tips = {a.get("title") for t, a in page.tags if a.get("data-key") == f"ev{i}"}
        assert f"factuality: {e.factuality}" in tips.pop()


def _assert_inert(html: str) -> None:
    page = Page(html)
    assert page.errors == []
    assert len(page.scripts) == 1 and "pwned" not in page.scripts[0]
    assert {t for t, _ in page.tags} & {"img", "svg", "iframe", "object", "embed", "link", "base", "form"} == set()
    assert sum(t == "style" for t, _ in page.tags) == 1
    for tag, attributes in page.tags:
        for name, value in attributes.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action", "formaction", "data-href"):
                assert value and value.startswith("#"), (tag, name, value)
        assert set(attributes) <= {"class", "id", "style", "title", "href", "lang", "role", "tabindex", "hidden",
                                   "aria-label", "charset", "content", "name", "http-equiv", "rel"} | {
            n for n in attributes if n.startswith("data-")}


def test_hostile_text_and_fields_are_escaped_everywhere():
    article = hostile_article()
    for standalone in (True, False):
        html = newsmodel.render_html(article, standalone=standalone)
        _assert_inert(html)
        check_page(article, html)
        assert "<img" not in html and "<script>window" not in html
    extracted = newsmodel.extract(HOSTILE_TEXT)
    _assert_inert(newsmodel.render_html(extracted))
    check_page(extracted, newsmodel.render_html(extracted))


def test_standalone_page_needs_nothing_from_the_network(seed_article):
    html = newsmodel.render_html(seed_article)
    assert html.startswith("<!DOCTYPE html>")
    policy = next(a["content"] for t, a in Page(html).tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy and "unsafe-inline" not in policy.split("script-src")[1]
    for needle in ("http://", "https://", "@import", "url(", "<link", " src="):
        assert needle not in html, needle


def test_notebook_view_is_the_fragment(seed_article):
    fragment = seed_article._repr_html_()
    assert fragment == newsmodel.render_html(seed_article, standalone=False)
    assert "<html" not in fragment and "<style>" in fragment and fragment.startswith("<div")
    check_page(seed_article, fragment)


def test_several_articles_get_sections_and_an_index():
    one = newsmodel.extract('"We are ready," Smith said.', id="one", title="First")
    two = newsmodel.extract("Russia denied the report.", id="two")
    page = Page(newsmodel.render_html([one, two]))
    assert page.texts == [one.text, two.text]
    sections = [a["id"] for t, a in page.tags if t == "section"]
    index_links = [a["href"] for t, a in page.tags if t == "a" and a.get("href", "").lstrip("#") in sections]
    assert len(set(sections)) == 2 and sorted(h[1:] for h in index_links) == sorted(sections)


def test_the_renderer_imports_only_the_standard_library():
    # Load newsmodel/render as a package of its own (not through newsmodel,
    # which imports pydantic), then check that nothing heavy came with it.
    folder = Path(newsmodel.__file__).parent / "render"
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('nm_render', {str(folder / '__init__.py')!r},\n"
        f"    submodule_search_locations=[{str(folder)!r}])\n"
        "module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        "assert callable(module.render_html)\n"
        "print(sorted(m for m in ('pydantic', 'newsmodel', 'click') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- the CLI --------------------------------------------------------------------------
def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_show_writes_the_seed_page(tmp_path, seed_article):
    out = tmp_path / "page.html"
    res = run("show", str(SEED_TEXT), "-o", str(out))
    assert res.exit_code == 0, res.output
    check_page(seed_article, out.read_text(encoding="utf-8"))


def test_show_reads_saved_articles_from_json_and_jsonl(tmp_path):
    arts = [newsmodel.extract(t, id=f"doc{i}") for i, t in enumerate(['"Fine," Smith said.', "Russia denied the report."])]
    single = tmp_path / "one.json"
    single.write_text(arts[0].model_dump_json(), encoding="utf-8")
    listed = tmp_path / "many.json"
    listed.write_text(json.dumps([json.loads(a.model_dump_json()) for a in arts]), encoding="utf-8")
    lines = tmp_path / "many.jsonl"
    lines.write_text("".join(a.model_dump_json() + "\n" for a in arts), encoding="utf-8")
    res = run("show", str(single))
    assert res.exit_code == 0 and Page(res.output).texts == [arts[0].text]
    for path in (listed, lines):
        res = run("show", str(path))
        assert res.exit_code == 0, res.output
        page = Page(res.output)
        assert page.texts == [a.text for a in arts]
        assert any("nm-index" in (a.get("class") or "") for _, a in page.tags)


def test_show_errors_are_one_line(tmp_path):
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    not_article = tmp_path / "x.jsonl"
    not_article.write_text('{"text": "abc", "statements": [{"id": "s1"}]}\n', encoding="utf-8")
    for args, message in [
        ((str(bad_json),), "bad.json: not valid JSON"),
        ((str(not_article),), "x.jsonl: line 1 is not a saved Article (statements.0.content"),
        ((str(tmp_path / "missing.txt"),), "missing.txt: no such file"),
        ((str(SEED_TEXT), "--engine", "nope"), "nope"),
    ]:
        res = run("show", *args)
        assert res.exit_code != 0 and "Traceback" not in res.output
        assert message in res.stderr and len(res.stderr.strip().splitlines()) == 1, res.stderr


def test_show_escapes_a_hostile_text_file(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE_TEXT + PAYLOAD, encoding="utf-8")
    res = run("show", str(path))
    assert res.exit_code == 0
    _assert_inert(res.output)
