"""Registers the built-in extractors through the public hook."""

from __future__ import annotations

from ..hookspecs import hookimpl


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    from .actors import extract_actors
    from .denials import extract_denials
    from .events import extract_events
    from .statements import extract_statements

    register("actors", extract_actors, order=100, description="Actors from entities, titles and coreference.")
    register("statements", extract_statements, order=200, description="Direct, indirect and mixed attributions.")
    register("denials", extract_denials, order=300, description="Denials of claims and reports.")
    register("events", extract_events, order=400, description="PLOVER events with roles and factuality.")
