from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

#: Timing is not behaviour: on a loaded 2-core CI machine, generating Articles can trip
#: hypothesis's deadline and "too slow" health check (seen in the docs' property-test examples).
#: Examples keep their own ``max_examples``; only the timing checks are relaxed.
settings.register_profile("newsmodel-tests", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("newsmodel-tests")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TEXT = REPO / "seeds" / "kremlin-iran.txt"
SEED_GOLD = SHARED / "seeds" / "kremlin-iran.gold.json"
POLNEAR = SHARED / "data" / "polnear"


#: Installed plugins the core tests use: engines only.  Third-party
#: extractors (newsmodel-example's "wikidata", or any other installed one) would
#: change the Articles these tests check; set NEWSMODEL_LOAD_PLUGINS yourself to
#: run the core tests with them.
CORE_TEST_PLUGINS = "spacy,stanza"


@pytest.fixture(scope="package", autouse=True)
def _core_tests_load_only_engine_plugins():
    import os

    from newsmodel import plugins

    if plugins.LOAD_ENV in os.environ:
        yield  # the developer asked for a set of plugins: use it
        return
    os.environ[plugins.LOAD_ENV] = CORE_TEST_PLUGINS
    plugins.reload_plugins()
    try:
        yield
    finally:
        del os.environ[plugins.LOAD_ENV]
        plugins.reload_plugins()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(seed_text):
    import newsmodel

    return newsmodel.extract(seed_text)
