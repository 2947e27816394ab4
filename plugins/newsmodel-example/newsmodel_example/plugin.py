"""newsmodel entry point: registers the ``wikidata`` extractor.

newsmodel imports this module for every installed copy of the plugin, so it
stays cheap: the table is read the first time the extractor runs.
"""

from __future__ import annotations

from newsmodel import hookimpl

from .linker import link_wikidata


@hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    # order 150: after the built-in actors extractor (100) has found the
    # actors, before statements (200) so later extractors see the links
    register(
        "wikidata",
        link_wikidata,
        order=150,
        requires=("actors",),
        provides=("wikidata",),
        description="Example plugin: Actor.wikidata from a small table of countries, organisations and leaders.",
    )
