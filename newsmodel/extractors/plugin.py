"""Registers the built-in extractors through the public hook."""

from __future__ import annotations

from ..hookspecs import hookimpl


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    from .actors import extract_actors
    from .denials import extract_denials
    from .events import extract_events
    from .statements import extract_statements

    # requires/provides name what each reads from and adds to the draft;
    # statements, denials and events also add the nominal actors they meet
    # ("the governor") through the draft's one actor path.
    register(
        "actors",
        extract_actors,
        order=100,
        provides=("actors", "mentions"),
        description="Actors from entities, titles and coreference.",
    )
    register(
        "statements",
        extract_statements,
        order=200,
        requires=("actors", "mentions"),
        provides=("statements",),
        description="Direct, indirect and mixed attributions.",
    )
    register(
        "denials",
        extract_denials,
        order=300,
        requires=("actors", "mentions", "statements"),
        provides=("denials",),
        description="Denials of claims and reports.",
    )
    register(
        "events",
        extract_events,
        order=400,
        requires=("actors", "mentions", "statements", "denials"),
        provides=("events",),
        description="PLOVER events with roles and factuality.",
    )
