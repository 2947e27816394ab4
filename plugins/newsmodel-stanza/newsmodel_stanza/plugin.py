"""newsmodel plugin entry point: registers the ``stanza`` engine.

Imported by newsmodel for every installed plugin, so it must stay cheap:
stanza (and torch) are not imported here (the version comes from the
installed distribution's metadata) and the pipeline is built only when the
engine is first used.
"""

from __future__ import annotations

from importlib import metadata

from newsmodel import hookimpl

from .engine import StanzaEngine

__all__ = ["register_engines", "stanza_version"]


def stanza_version() -> str:
    """Installed stanza version, without importing stanza (``""`` when not installed)."""
    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:
        return ""


@hookimpl
def register_engines(register):  # type: ignore[no-untyped-def]
    register(
        "stanza",
        StanzaEngine,
        version=stanza_version(),
        description="stanza pipeline (tokenize,mwt,pos,lemma,depparse,ner; coref on request): UD dependencies, OntoNotes entities",
    )
