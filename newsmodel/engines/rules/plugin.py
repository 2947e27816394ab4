"""Registers the built-in ``rules`` engine through the public hook."""

from __future__ import annotations

from ...hookspecs import hookimpl


@hookimpl
def register_engines(register):  # type: ignore[no-untyped-def]
    from ... import __version__
    from .engine import RulesEngine

    register(
        "rules",
        RulesEngine,
        version=__version__,
        description="Built-in pure-Python engine: tokens, sentences, heuristic entities; no model download.",
    )
