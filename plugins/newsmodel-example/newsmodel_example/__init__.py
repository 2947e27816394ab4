"""Example newsmodel extractor plugin: fills ``Actor.wikidata`` from a bundled table.

Copy this distribution to start your own plugin: ``pyproject.toml`` declares
the entry point, :mod:`newsmodel_example.plugin` implements the hook, and
:mod:`newsmodel_example.linker` is the extractor.
"""

from .linker import WikidataLinker, link_wikidata, load_table, normalise

__all__ = ["WikidataLinker", "link_wikidata", "load_table", "normalise"]
from importlib import metadata as _metadata

try:  # the one source of the version is the package metadata (pyproject.toml)
    __version__ = _metadata.version("newsmodel-example")
except _metadata.PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
    __version__ = "0+unknown"
