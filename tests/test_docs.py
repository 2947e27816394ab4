"""The documentation: code blocks run, hooks are documented, generated pages are complete, the site builds."""

from __future__ import annotations

import contextlib
import importlib.util
import inspect
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
PAGES = sorted(DOCS.glob("*.md"))
#: ``<!-- docs-test: skip REASON -->`` on the line before a fence skips that block.
SKIP = re.compile(r"<!--\s*docs-test:\s*skip\s+(.+?)\s*-->\s*$")
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.S | re.M)


def _load_hook():
    spec = importlib.util.spec_from_file_location("newsmodel_docs_hook", DOCS / "_hooks" / "newsmodel_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hook = _load_hook()


def python_blocks(text: str) -> list[tuple[int, str, str | None]]:
    """``(line, code, skip_reason)`` for every ```python block."""
    out = []
    for m in FENCE.finditer(text):
        if m.group(1) != "python":
            continue
        before = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        skip = SKIP.search(before)
        out.append((text[: m.start()].count("\n") + 1, m.group(2), skip.group(1) if skip else None))
    return out


@pytest.fixture
def every_installed_plugin(monkeypatch):
    """The docs describe an installation with the example plugin: load every installed plugin
    (the other core tests load only the engine plugins, see conftest.py)."""
    from newsmodel import plugins

    monkeypatch.delenv(plugins.LOAD_ENV, raising=False)
    plugins.reload_plugins()
    yield
    monkeypatch.undo()
    plugins.reload_plugins()


@pytest.mark.parametrize("page", [p for p in PAGES if "```python" in p.read_text(encoding="utf-8")], ids=lambda p: p.name)
def test_every_python_block_runs(page, monkeypatch, every_installed_plugin):
    """Blocks of one page run in order in one namespace, from the repository root, like a reader would."""
    monkeypatch.chdir(REPO)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    blocks = python_blocks(page.read_text(encoding="utf-8"))
    assert blocks
    for line, code, skip in blocks:
        if skip:
            continue
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(code, f"{page.name}:{line}", "exec"), namespace)
        except Exception as exc:  # noqa: BLE001
            pytest.fail(f"{page.name}, block at line {line} raised {type(exc).__name__}: {exc}")


def test_skip_markers_give_a_reason():
    text = '<!-- docs-test: skip needs a stanza model -->\n```python\nimport stanza\n```\n```python\nx = 1\n```\n'
    assert [s for _, _, s in python_blocks(text)] == ["needs a stanza model", None]


# -- hooks: every hookspec and each of its arguments documented ---------------------------
def test_every_hookspec_and_argument_is_documented():
    from newsmodel import hookspecs

    rendered = hook.render_hooks()
    specs = hook.hookspecs()
    assert {s.__name__ for s in specs} == set(hookspecs.__all__) - {"hookspec", "hookimpl"}
    for spec in specs:
        doc = inspect.getdoc(spec) or ""
        params = list(inspect.signature(spec).parameters)
        assert f"## `{spec.__name__}({', '.join(params)})`" in rendered, f"{spec.__name__} has no section"
        section = rendered.split(f"## `{spec.__name__}(", 1)[1].split("\n## ", 1)[0]
        for param in params:
            assert f":param {param}:" in doc, f"{spec.__name__}: argument {param!r} is not documented"
            assert f"**`{param}`**:" in section
        # the register callback's own arguments, as its documented signature lists them
        call = re.search(r"``register\(([^)]*)\)``", doc)
        assert call, f"{spec.__name__}: the register(...) call signature is not documented"
        names = [a.split("=")[0].strip() for a in call.group(1).split(",") if a.strip() not in ("*", "")]
        assert len(names) >= 2
        for name in names:
            assert f"- **`{name}`**:" in section, f"{spec.__name__}: register argument {name!r} has no description"


def test_register_options_the_registry_reads_are_documented():
    """Every keyword option that plugins.py reads from a register() call is documented for its hook."""
    from newsmodel import plugins

    source = inspect.getsource(plugins._collect)
    read = set(re.findall(r'options\.get\("(\w+)"', source))
    assert read, "could not find the options the registry reads"
    rendered = hook.render_hooks()
    for option in read:
        assert f"- **`{option}`**:" in rendered, f"register option {option!r} is read by the registry but not documented"


def test_hook_page_uses_the_generated_reference():
    assert "<!-- generate: hooks -->" in (DOCS / "hooks.md").read_text(encoding="utf-8")


# -- generated schema and CLI pages ---------------------------------------------------------
def test_schema_reference_lists_every_model_and_field():
    rendered = hook.render_schema()
    for model in hook.schema_models():
        assert f"## {model.__name__}\n" in rendered
        section = rendered.split(f"## {model.__name__}\n", 1)[1].split("\n## ", 1)[0]
        for name in model.model_fields:
            assert f"| `{name}` |" in section, f"{model.__name__}.{name} missing from the schema reference"
    from newsmodel import PLOVER_CATEGORIES

    for category in PLOVER_CATEGORIES:
        assert f"| `{category}` |" in rendered
    assert "<!-- generate: schema -->" in (DOCS / "schema.md").read_text(encoding="utf-8")


def test_cli_reference_lists_every_command():
    from newsmodel.cli import main

    rendered = hook.render_cli()
    for name in main.list_commands(None):
        assert f"## `newsmodel {name}`" in rendered
    assert "<!-- generate: cli -->" in (DOCS / "cli.md").read_text(encoding="utf-8")


def test_unknown_marker_is_an_error():
    with pytest.raises(KeyError):
        hook.on_page_markdown("<!-- generate: nothing -->")


# -- the site ------------------------------------------------------------------------------
def test_every_page_is_in_the_nav():
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    in_nav = {next(iter(item.values())) for item in config["nav"]}
    assert in_nav == {p.name for p in PAGES}


def test_mkdocs_build_strict(tmp_path):
    pytest.importorskip("mkdocs", reason="install the docs extra: pip install -e '.[docs]'")
    exe = shutil.which("mkdocs")
    cmd = [exe] if exe else [sys.executable, "-m", "mkdocs"]
    out = subprocess.run([*cmd, "build", "--strict", "-d", str(tmp_path / "site")], cwd=REPO, capture_output=True, text=True)
    # (not -q: quiet mode hides warnings from --strict's count)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "WARNING" not in out.stderr, out.stderr
    html = (tmp_path / "site" / "hooks" / "index.html").read_text(encoding="utf-8")
    assert "register_engines" in html and "register_extractors" in html
    schema = (tmp_path / "site" / "schema" / "index.html").read_text(encoding="utf-8")
    assert "wikidata" in schema and "PLOVER" in schema
    assert not (tmp_path / "site" / "_hooks").exists()


def test_architecture_lists_every_events_module():
    """docs/architecture.md has a row for every module of the events package, so the map stays
    true as modules are added."""
    import pkgutil

    from newsmodel.extractors import events

    section = (DOCS / "architecture.md").read_text(encoding="utf-8").split("## The events package", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(\w+)`", section))
    modules = {m.name for m in pkgutil.iter_modules(events.__path__)}
    assert modules and modules <= named, sorted(modules - named)
