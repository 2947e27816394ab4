"""Plugins: discovery, run-time registration, conflicts and failures."""

from __future__ import annotations

import warnings
from importlib import metadata

import pytest

import newsmodel
from newsmodel import plugins as registry_module
from newsmodel.document import AnnotatedDocument, Sentence, Token


class UpperEngine(newsmodel.Engine):
    """A throwaway engine: one token per whitespace-separated word."""

    name = "upper"

    def annotate(self, text: str) -> AnnotatedDocument:
        import re

        toks = [Token(i=i, text=m.group(), start=m.start(), end=m.end(), lemma=m.group().lower(), pos="X", sent=0)
                for i, m in enumerate(re.finditer(r"\S+", text))]
        sents = [Sentence(0, len(text), 0, len(toks))] if toks else []
        return AnnotatedDocument(text=text, tokens=toks, sentences=sents, engine="upper", engine_version="9")


class EnginePlugin:
    @newsmodel.hookimpl
    def register_engines(self, register):
        register("upper", UpperEngine, version="9", description="test engine")


class ExtractorPlugin:
    calls: list[str] = []

    @newsmodel.hookimpl
    def register_extractors(self, register):
        def shout(doc, draft):
            ExtractorPlugin.calls.append(doc.engine)
            if doc.tokens:
                t = doc.tokens[0]
                draft.add_actor(name=t.text, kind="other", mentions=[draft.span(t.start, t.end)])

        register("shout", shout, order=50)


def test_a_throwaway_engine_plugin_is_used():
    with newsmodel.registered_plugin(EnginePlugin(), name="test-upper"):
        assert "upper" in newsmodel.available_engines()
        art = newsmodel.extract("Hello world", engine="upper")
        assert art.provenance.engine == "upper"
        assert art.provenance.engine_version == "9"
    assert "upper" not in newsmodel.available_engines()


def test_a_throwaway_extractor_runs_first_by_order():
    ExtractorPlugin.calls.clear()
    with newsmodel.registered_plugin(ExtractorPlugin(), name="test-shout"):
        art = newsmodel.extract("Zebra crossing.")
        assert list(newsmodel.available_extractors())[0] == "shout"
        assert art.provenance.extractors[0] == "shout"
        assert any(a.name == "Zebra" for a in art.actors)
    assert ExtractorPlugin.calls == ["rules"]


def test_two_plugins_with_one_name_is_an_error_naming_both():
    class Clash:
        @newsmodel.hookimpl
        def register_engines(self, register):
            register("rules", UpperEngine)

    with newsmodel.registered_plugin(Clash(), name="clash-plugin"):
        with pytest.raises(newsmodel.PluginConflictError) as info:
            newsmodel.available_engines()
    msg = str(info.value)
    assert "clash-plugin" in msg and "newsmodel.engines.rules.plugin" in msg


def test_unknown_engine_lists_known_ones():
    with pytest.raises(newsmodel.UnknownEngineError, match="rules"):
        newsmodel.extract("x", engine="no-such-engine")


class _FakeDist:
    metadata = {"Name": "broken-dist"}
    version = "0.0.1"


class _BrokenEntryPoint:
    name = "broken"
    group = "newsmodel"
    dist = _FakeDist()

    def load(self):
        raise ImportError("No module named 'missing_dependency'")


@pytest.fixture
def fresh_registry(monkeypatch):
    """A new plugin manager for the test, restored afterwards (loading every entry point)."""
    monkeypatch.delenv(registry_module.LOAD_ENV, raising=False)
    saved = registry_module._state
    registry_module._state = registry_module._State()
    yield registry_module
    registry_module._state = saved


def test_a_broken_plugin_is_a_warning_not_a_crash(monkeypatch, fresh_registry):
    monkeypatch.setattr(metadata, "entry_points", lambda group=None: [_BrokenEntryPoint()])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        engines = newsmodel.available_engines()
    assert "rules" in engines
    messages = [str(w.message) for w in caught if issubclass(w.category, newsmodel.PluginLoadWarning)]
    assert any("broken" in m and "broken-dist" in m and "missing_dependency" in m for m in messages)
    assert newsmodel.extract("It works.").text == "It works."


def test_block_and_disable_environment_variables(monkeypatch, fresh_registry):
    monkeypatch.setattr(metadata, "entry_points", lambda group=None: [_BrokenEntryPoint()])
    monkeypatch.setenv(registry_module.BLOCK_ENV, "broken")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        newsmodel.available_engines()  # blocked: never loaded, so no warning

    registry_module._state = registry_module._State()
    monkeypatch.delenv(registry_module.BLOCK_ENV)
    monkeypatch.setenv(registry_module.DISABLE_ENV, "1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "rules" in newsmodel.available_engines()


def test_list_plugins_names_distributions():
    infos = {p.name: p for p in newsmodel.list_plugins()}
    rules = infos["newsmodel.engines.rules.plugin"]
    assert rules.distribution == "newsmodel" and rules.engines == ("rules",)
    assert set(infos["newsmodel.extractors.plugin"].extractors) == {"actors", "statements", "denials", "events"}


def test_hookspecs_are_documented():
    from newsmodel import hookspecs

    for name in ("register_engines", "register_extractors"):
        doc = getattr(hookspecs, name).__doc__
        assert doc and "register" in doc and "name" in doc


class CountingEngine(UpperEngine):
    """Counts its constructions, to see what the engine cache rebuilds."""

    built: list[dict] = []

    def __init__(self, **options):
        CountingEngine.built.append(options)
        self.options = options


class CountingPlugin:
    @newsmodel.hookimpl
    def register_engines(self, register):
        register("counting", CountingEngine, version="1")


def test_engine_cache_keeps_one_engine_per_options_and_stays_small():
    from newsmodel.pipeline import ENGINE_CACHE_SIZE

    CountingEngine.built.clear()
    with newsmodel.registered_plugin(CountingPlugin(), name="test-counting"):
        # alternating two option sets builds each engine once
        for _ in range(3):
            a = newsmodel.get_engine("counting", size=1)
            b = newsmodel.get_engine("counting", size=2)
        assert CountingEngine.built == [{"size": 1}, {"size": 2}]
        assert (a.options, b.options) == ({"size": 1}, {"size": 2})
        assert newsmodel.extract("Hi there", engine="counting", engine_options={"size": 1}).provenance.engine == "upper"
        assert len(CountingEngine.built) == 2
        # more option sets than the cache holds: the least recently used goes
        for k in range(ENGINE_CACHE_SIZE + 1):
            newsmodel.get_engine("counting", size=10 + k)
        built = len(CountingEngine.built)
        newsmodel.get_engine("counting", size=10 + ENGINE_CACHE_SIZE)  # most recent: kept
        assert len(CountingEngine.built) == built
        newsmodel.get_engine("counting", size=10)  # least recent: evicted, rebuilt
        assert len(CountingEngine.built) == built + 1
    # a new factory under the same name is never answered from the cache
    class Replacement(CountingEngine):
        pass

    class ReplacementPlugin:
        @newsmodel.hookimpl
        def register_engines(self, register):
            register("counting", Replacement, version="2")

    with newsmodel.registered_plugin(ReplacementPlugin(), name="test-counting"):
        newsmodel.get_engine("counting", size=10)  # cached above, under the old registration
        assert len(CountingEngine.built) == built + 2


def test_load_plugins_env_loads_only_the_named_entry_points(monkeypatch, fresh_registry):
    class Loaded:
        group = "newsmodel"
        dist = None

        def __init__(self, name):
            self.name = name

        def load(self):
            plugin = type(f"Plugin_{self.name}", (), {})()
            plugin.register_engines = newsmodel.hookimpl(lambda register, n=self.name: register(f"engine-{n}", UpperEngine))
            return plugin

    monkeypatch.setattr(metadata, "entry_points", lambda group=None: [Loaded("one"), Loaded("two")])
    monkeypatch.setenv(registry_module.LOAD_ENV, "two")
    engines = newsmodel.available_engines()
    assert "engine-two" in engines and "engine-one" not in engines and "rules" in engines


class WrappingEngine(UpperEngine):
    """An engine that builds on another one: its constructor asks the cache for it."""

    def __init__(self, **options):
        self.inner = newsmodel.get_engine("rules")


class WrappingPlugin:
    @newsmodel.hookimpl
    def register_engines(self, register):
        register("wrapping", WrappingEngine, version="1")


def test_an_engine_factory_may_itself_get_an_engine():
    # the cache's lock is held while a factory runs; a factory that asks for another engine
    # used to deadlock on it (run in a thread so a regression fails instead of hanging)
    import threading

    got = []
    with newsmodel.registered_plugin(WrappingPlugin(), name="test-wrapping"):
        worker = threading.Thread(target=lambda: got.append(newsmodel.get_engine("wrapping", key="deadlock-test")), daemon=True)
        worker.start()
        worker.join(timeout=20)
        assert got, "get_engine deadlocked when a factory called get_engine"
        assert got[0].inner is newsmodel.get_engine("rules")
