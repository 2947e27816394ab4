"""Shared set-up: import paths, the ``models`` marker, and the live-model fixtures."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

_PLUGIN_DIR = Path(__file__).resolve().parents[1]
try:  # the core package may not be installed: fall back to the repository checkout
    import newsmodel  # noqa: F401
except ImportError:  # pragma: no cover - depends on the environment
    sys.path.insert(0, str(_PLUGIN_DIR.parents[1]))
try:
    import newsmodel_stanza  # noqa: F401
except ImportError:  # pragma: no cover - plugin not installed: run from the source tree
    sys.path.insert(0, str(_PLUGIN_DIR))


def pytest_configure(config: pytest.Config) -> None:
    # Registered here rather than in pyproject.toml so that it also holds when
    # the repository root's pytest configuration collects these tests.
    config.addinivalue_line("markers", "models: needs stanza's English models on disk (skipped otherwise, with the reason)")


def _models_reason() -> str | None:
    """Why the live-model tests cannot run here, or None when they can."""
    try:
        import stanza  # noqa: F401
    except ImportError:
        return "stanza is not installed (pip install -e 'plugins/newsmodel-stanza[test]')"
    from newsmodel_stanza import default_model_dir, download_command, missing_models

    root = default_model_dir()
    missing = missing_models("en", root)
    if missing:
        return (
            f"stanza's English models are not on disk in {root} (missing {missing[0]}); "
            f"download them with `{download_command('en')}` or set STANZA_RESOURCES_DIR"
        )
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    live = [item for item in items if item.get_closest_marker("models")]
    if not live:
        return
    reason = _models_reason()
    if reason:
        skip = pytest.mark.skip(reason=reason)
        for item in live:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def live_engine():
    """A real StanzaEngine on the English models (only reached when they are on disk)."""
    from newsmodel_stanza import StanzaEngine

    return StanzaEngine(lang="en", use_gpu=bool(os.environ.get("NEWSMODEL_STANZA_GPU")))
