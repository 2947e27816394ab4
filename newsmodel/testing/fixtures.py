"""pytest fixtures that register a plugin, an engine or an extractor for one test.

Enable them in your top-level ``conftest.py``::

    pytest_plugins = ["newsmodel.testing.fixtures"]

or import the ones you use into a ``conftest.py`` or test module::

    from newsmodel.testing.fixtures import newsmodel_engine  # noqa: F401

Everything registered through them is unregistered when the test ends, pass
or fail, so tests cannot leak plugins into each other.
"""

from __future__ import annotations

import contextlib
from typing import Any, Callable, Iterator

import pytest

__all__ = ["newsmodel_plugin", "newsmodel_engine", "newsmodel_extractor"]


@pytest.fixture
def newsmodel_plugin() -> Iterator[Callable[..., str]]:
    """``register(plugin, name=None) -> name``: register a plugin object (module, class or instance) for this test."""
    from newsmodel.plugins import registered_plugin

    with contextlib.ExitStack() as stack:

        def register(plugin: object, name: str | None = None) -> str:
            return stack.enter_context(registered_plugin(plugin, name=name))

        yield register


@pytest.fixture
def newsmodel_engine() -> Iterator[Callable[..., str]]:
    """``register(engine, name=None, *, version=None, description="") -> name``.

    ``engine`` is an engine instance or a factory (e.g. an ``Engine``
    subclass).  Without ``name`` a fresh one is made up, so it never clashes
    with an installed engine; pass the returned name to ``extract(engine=...)``.
    """
    from newsmodel.testing.checks import registered_engine

    with contextlib.ExitStack() as stack:

        def register(engine: Any, name: str | None = None, **options: Any) -> str:
            return stack.enter_context(registered_engine(engine, name, **options))

        yield register


@pytest.fixture
def newsmodel_extractor() -> Iterator[Callable[..., str]]:
    """``register(extractor, name=None, *, order=500, description="") -> name`` for ``extractor(doc, draft)``."""
    from newsmodel.testing.checks import registered_extractor

    with contextlib.ExitStack() as stack:

        def register(extractor: Callable[..., Any], name: str | None = None, **options: Any) -> str:
            return stack.enter_context(registered_extractor(extractor, name, **options))

        yield register
