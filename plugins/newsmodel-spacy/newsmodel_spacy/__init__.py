"""newsmodel-spacy: a spaCy engine for newsmodel.

    >>> import newsmodel
    >>> article = newsmodel.extract(text, engine="spacy")  # doctest: +SKIP

Importing this package does not import spaCy; the pipeline is loaded when
:class:`SpacyEngine` is created.
"""

from __future__ import annotations

from importlib import metadata as _metadata

try:  # the one source of the version is the package metadata (pyproject.toml)
    __version__ = _metadata.version("newsmodel-spacy")
except _metadata.PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
    __version__ = "0+unknown"

from .convert import DEP_MAP, doc_to_annotated, map_dep
from .engine import DEFAULT_MODEL, MODEL_ENV, ModelNotFoundError, SpacyEngine, SpacyNotInstalledError, install_command

__all__ = [
    "__version__",
    "SpacyEngine",
    "ModelNotFoundError",
    "SpacyNotInstalledError",
    "doc_to_annotated",
    "map_dep",
    "install_command",
    "DEP_MAP",
    "DEFAULT_MODEL",
    "MODEL_ENV",
]
