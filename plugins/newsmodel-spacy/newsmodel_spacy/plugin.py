"""newsmodel plugin entry point: registers the ``spacy`` engine.

Imported by newsmodel for every installed plugin, so it must stay cheap:
spaCy is not imported here (its version is read from the installed
distribution's metadata) and the model is loaded only when the engine is
first used.
"""

from __future__ import annotations

from importlib import metadata

from newsmodel import hookimpl

from .engine import SpacyEngine

__all__ = ["register_engines", "spacy_version"]


def spacy_version() -> str:
    """Installed spaCy version, without importing spaCy ("" when not installed)."""
    try:
        return metadata.version("spacy")
    except metadata.PackageNotFoundError:
        return ""


@hookimpl
def register_engines(register):  # type: ignore[no-untyped-def]
    register(
        "spacy",
        SpacyEngine,
        version=spacy_version(),
        description="spaCy pipeline (default en_core_web_sm): tokens, UD-style dependencies, OntoNotes entities",
    )
