"""Hypothesis entry point: ``st.from_type(Article)`` works as soon as hypothesis is imported.

Hypothesis calls :func:`_register` from its own ``__init__`` for every
function in the ``hypothesis`` entry-point group (see
``[project.entry-points.hypothesis]`` in newsmodel's ``pyproject.toml``).
It therefore runs in every process that imports hypothesis with newsmodel
installed, so it must be cheap and must never break that import: it imports
only the schema (pydantic) and registers *deferred* strategies, so
:mod:`newsmodel.testing.strategies` is imported only when a value is first
drawn.
"""

from __future__ import annotations


def _register() -> None:
    try:
        from hypothesis import strategies as st

        from newsmodel import schema
    except Exception as exc:  # noqa: BLE001 - never break ``import hypothesis``
        import warnings

        warnings.warn(f"newsmodel's hypothesis strategies were not registered: {type(exc).__name__}: {exc}", stacklevel=2)
        return

    def lazy(name: str) -> "st.SearchStrategy[object]":
        def resolve() -> "st.SearchStrategy[object]":
            from newsmodel.testing import strategies

            strategies.register_type_strategies()  # replaces these deferred ones with the real strategies
            return st.from_type(getattr(schema, name))

        return st.deferred(resolve)

    for name in ("Span", "Actor", "Statement", "Denial", "Event", "Provenance", "Article"):
        st.register_type_strategy(getattr(schema, name), lazy(name))
