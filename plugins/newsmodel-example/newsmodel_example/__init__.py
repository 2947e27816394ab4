"""Example newsmodel extractor plugin: fills ``Actor.wikidata`` from a bundled table.

Copy this distribution to start your own plugin: ``pyproject.toml`` declares
the entry point, :mod:`newsmodel_example.plugin` implements the hook, and
:mod:`newsmodel_example.linker` is the extractor.
"""

from .linker import WikidataLinker, link_wikidata, load_table, normalise

__all__ = ["WikidataLinker", "link_wikidata", "load_table", "normalise"]
__version__ = "0.1.0"
