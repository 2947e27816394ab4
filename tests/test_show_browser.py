"""The HTML view in a real browser: Debian's Chromium driven by Playwright.

The browser is the system one (``apt-get install chromium``), launched through
Playwright's ``executable_path``; nothing is downloaded (no ``playwright
install``).  Where Chromium or Playwright is missing the tests skip and say
which, unless ``NEWSMODEL_REQUIRE_BROWSER=1`` (set by ``scripts/test.sh`` when
it has Chromium), where a missing piece is a failure, so CI cannot skip them.

The seed page test also writes the screenshot that docs/show.md shows.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsmodel
from newsmodel.cli import main

from ._html_view import HOSTILE_TEXT, PAYLOAD, expected_marks, hostile_article
from .conftest import REPO, SEED_TEXT

SCREENSHOT = REPO / "docs" / "img" / "show-seed.png"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _chromium() -> str | None:
    for candidate in (os.environ.get("NEWSMODEL_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("NEWSMODEL_REQUIRE_BROWSER") == "1":
        pytest.fail(f"NEWSMODEL_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    if executable is None:
        _unavailable("no Chromium at /usr/bin/chromium (apt-get install -y chromium, or set NEWSMODEL_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install -e '.[browser]')")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with every console error, page error, dialog and request recorded."""

    def __init__(self, browser, width: int = 1280, height: int = 860) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path) -> "Watched":
        self.path = path
        self.page.goto(path.as_uri())
        return self

    def tip(self) -> str:
        tip = self.page.locator(".nm-tip").first
        tip.wait_for(state="visible", timeout=2000)
        return tip.inner_text()


def _show(tmp_path: Path, *inputs: str) -> Path:
    out = tmp_path / "page.html"
    res = CliRunner().invoke(main, ["show", *inputs, "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


# Each key's elements, their text joined in document order; the whole text area's text.
_KEY_TEXTS = """() => {
  const found = {};
  for (const el of document.querySelectorAll('.nm-text [data-key]')) {
    const key = el.getAttribute('data-key');
    found[key] = (found[key] || '') + el.textContent;
  }
  return {keys: found, text: Array.from(document.querySelectorAll('.nm-text'), el => el.textContent)};
}"""


@pytest.fixture(scope="module")
def seed_page(browser, tmp_path_factory):
    path = _show(tmp_path_factory.mktemp("seed"), str(SEED_TEXT))
    watched = Watched(browser).open(path)
    yield watched
    watched.page.close()


def test_seed_page_loads_clean_and_its_script_runs(seed_page):
    page = seed_page.page
    assert seed_page.errors == []  # includes Content-Security-Policy violations
    assert [u for u in seed_page.requests if not u.startswith("file:")] == []
    # the script ran under the page's policy: it moved every title into the tooltip data
    assert page.locator(".nm-text [title]").count() == 0
    assert page.locator(".nm-text [data-tip]").count() > 0


def test_each_highlighted_span_is_its_span_text(seed_page, seed_article):
    found = seed_page.page.evaluate(_KEY_TEXTS)
    assert found["text"] == [seed_article.text]
    assert found["keys"] == expected_marks(seed_article)
    for i, s in enumerate(seed_article.statements):  # the check, spelled out for statements
        for j, c in enumerate(s.content):
            assert found["keys"][f"st{i}-c{j}"] == c.text


def test_hovering_a_speaker_mention_shows_the_speaker(seed_page, seed_article):
    page = seed_page.page
    checked = 0
    for i, s in enumerate(seed_article.statements):
        if s.source is None or s.speaker is None:
            continue
        page.hover(f'.nm-text [data-key="st{i}-src"]')
        tip = seed_page.tip()
        assert seed_article.speaker_name(s) in tip and f"Source of {s.id}" in tip, tip
        checked += 1
    assert checked >= len(seed_article.statements) // 2
    page.mouse.move(1, 1)
    page.locator(".nm-tip").wait_for(state="hidden", timeout=2000)


def test_focusing_a_mark_shows_speaker_kind_and_factuality(seed_page, seed_article):
    page = seed_page.page
    s = seed_article.statements[0]
    page.focus('.nm-text [data-key="st0-c0"]')
    tip = seed_page.tip()
    assert f"speaker: {seed_article.speaker_name(s)}" in tip and f"kind: {s.kind}" in tip
    for i, e in enumerate(seed_article.events):
        page.focus(f'.nm-text [data-key="ev{i}"]')
        assert f"factuality: {e.factuality}" in seed_page.tip()
    page.keyboard.press("Escape")
    page.locator(".nm-tip").wait_for(state="hidden", timeout=2000)


def _png_note(png: bytes, key: bytes) -> bytes | None:
    """The text of the PNG ``tEXt`` chunk named ``key``, if there is one."""
    pos = 8
    while pos + 8 <= len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, data = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"tEXt" and data.split(b"\0", 1)[0] == key:
            return data.split(b"\0", 1)[1]
        pos += 12 + length
    return None


def _with_png_note(png: bytes, key: bytes, value: bytes) -> bytes:
    """``png`` with a ``tEXt`` chunk ``key``=``value`` after its header chunk."""
    data = key + b"\0" + value
    chunk = struct.pack(">I", len(data)) + b"tEXt" + data + struct.pack(">I", zlib.crc32(b"tEXt" + data))
    header_end = 8 + 12 + struct.unpack(">I", png[8:12])[0]
    return png[:header_end] + chunk + png[header_end:]


def test_seed_screenshot_for_the_docs(seed_page, seed_article):
    """The picture in docs/show.md: the top of the seed page, one source hovered.

    The picture records a hash of the page it shows, and is rewritten only when
    the page changes: Chromium's anti-aliasing differs by a pixel from run to
    run, and the docs should not change with it.
    """
    page = seed_page.page
    page.evaluate("window.scrollTo(0, 0)")
    i = next(i for i, s in enumerate(seed_article.statements) if s.source is not None and s.kind == "direct")
    page.hover(f'.nm-text [data-key="st{i}-src"]')
    seed_page.tip()
    png = page.screenshot()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000  # a real picture, not a blank page
    shown = hashlib.sha256(seed_page.path.read_bytes() + f"|st{i}-src|1280x860".encode()).hexdigest().encode()
    if not SCREENSHOT.exists() or _png_note(SCREENSHOT.read_bytes(), b"newsmodel-page") != shown:
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        SCREENSHOT.write_bytes(_with_png_note(png, b"newsmodel-page", shown))
    assert _png_note(SCREENSHOT.read_bytes(), b"newsmodel-page") == shown


def _poke_everything(watched: Watched) -> None:
    """Hover, focus and click every mark, link and panel row, as a curious reader would."""
    page = watched.page
    targets = page.locator(".nm-text .nm-mark, .nm-panel a, .nm-panel [data-hl], .nm-meta a")
    for k in range(targets.count()):
        target = targets.nth(k)
        target.hover(timeout=3000)
        target.click(timeout=3000)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")


@pytest.mark.parametrize("form", ["standalone page", "notebook fragment", "extracted text file"])
def test_hostile_text_runs_nothing(browser, tmp_path, form):
    article = hostile_article()
    if form == "standalone page":
        path = tmp_path / "hostile.html"
        path.write_text(newsmodel.render_html(article), encoding="utf-8")
    elif form == "notebook fragment":  # no page policy here: escaping alone must hold
        path = tmp_path / "fragment.html"
        path.write_text("<!DOCTYPE html><html><body>" + article._repr_html_() + "</body></html>", encoding="utf-8")
    else:
        text = tmp_path / "hostile.txt"
        text.write_text(HOSTILE_TEXT + "\n" + PAYLOAD, encoding="utf-8")
        path = _show(tmp_path, str(text))
        article = newsmodel.extract((HOSTILE_TEXT + "\n" + PAYLOAD).replace("\r\n", "\n"), id="hostile")
    watched = Watched(browser).open(path)
    page = watched.page

    def inert() -> None:
        assert watched.dialogs == []
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.locator("img, svg, iframe, object, embed").count() == 0
        assert page.locator("script").count() == 1

    page.wait_for_timeout(100)  # let any deferred handler (onerror, onload) have its turn
    inert()
    assert page.evaluate(_KEY_TEXTS)["text"] == [article.text]
    _poke_everything(watched)
    page.wait_for_timeout(100)
    inert()
    assert [u for u in watched.requests if not u.startswith("file:")] == []
    assert watched.errors == []
    watched.page.close()
