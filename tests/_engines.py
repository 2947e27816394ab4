"""Engines the extraction tests run on: rules always, spaCy when its model is installed."""

from __future__ import annotations

import pytest


def _spacy_available() -> bool:
    try:
        import newsmodel

        newsmodel.extract("Test.", engine="spacy")
        return True
    except Exception:  # noqa: BLE001 - any failure means the plugin or model is missing
        return False


SPACY = _spacy_available()
ENGINES = ["rules", pytest.param("spacy", marks=pytest.mark.skipif(not SPACY, reason="spaCy model not installed"))]
SPACY_ONLY = pytest.mark.skipif(not SPACY, reason="spaCy model not installed")


def events(text: str, engine: str) -> list[tuple[str, list[str], list[str]]]:
    """Each event of ``text`` as (PLOVER type, agent names, target names)."""
    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    return [(e.type, [art.actor(a).name for a in e.agents], [art.actor(a).name for a in e.targets]) for e in art.events]


def types(text: str, engine: str) -> set[str]:
    """The PLOVER types of the events of ``text``."""
    return {t for t, _a, _r in events(text, engine)}


def agent_events(text: str, engine: str) -> list[tuple[str, list[tuple[str, str, str | None]]]]:
    """Each event of ``text`` as (PLOVER type, [(agent name, kind, code)])."""
    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    actors = {a.id: (a.name, a.kind, a.code) for a in art.actors}
    return [(e.type, [actors[i] for i in e.agents]) for e in art.events]


def trigger_events(text: str, engine: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Each event of ``text`` as (trigger text, PLOVER type, agent names, target names)."""
    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    name = {a.id: a.name for a in art.actors}
    return [(e.trigger.text, e.type, [name[i] for i in e.agents], [name[i] for i in e.targets]) for e in art.events]


def trigger_events_lower(text: str, engine: str) -> list[tuple[str, str, list[str], list[str]]]:
    """As :func:`trigger_events`, with actor names lowercased (for substring checks)."""
    return [(trig, kind, [a.lower() for a in ags], [g.lower() for g in tgs]) for trig, kind, ags, tgs in trigger_events(text, engine)]


def has_event(text: str, engine: str, kind: str, agent: str = "", target: str = "") -> bool:
    """``text`` has an event of type ``kind`` whose agents and targets contain the given
    lowercase fragments (an empty fragment checks nothing)."""
    return any(
        t == kind and (not agent or any(agent in a for a in ags)) and (not target or any(target in g for g in tgs))
        for _, t, ags, tgs in trigger_events_lower(text, engine)
    )


def deniers(text: str, engine: str) -> list[str | None]:
    """The name of each denial's denier, in order (None when a denial has no denier)."""
    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    return [art.actor(d.denier).name if d.denier else None for d in art.denials]


def denials_denied(text: str, engine: str) -> list[tuple[str | None, str, str | None]]:
    """Each denial of ``text`` as (denier name, cue text, denied text); None where a denial has no
    denier or no denied span."""
    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    out = []
    for d in art.denials:
        actor = art.actor(d.denier) if d.denier else None
        out.append((actor.name if actor is not None else None, d.cue.text, d.denied.text if d.denied else None))
    return out


def denials(text: str, engine: str) -> list[tuple[str | None, str]]:
    """Each denial of ``text`` as (denier name, cue text); the name is None when a denial has no denier."""
    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    return [(art.actor(d.denier).name if d.denier else None, d.cue.text) for d in art.denials]
