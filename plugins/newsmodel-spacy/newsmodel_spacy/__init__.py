"""newsmodel-spacy: a spaCy engine for newsmodel.

    >>> import newsmodel
    >>> article = newsmodel.extract(text, engine="spacy")  # doctest: +SKIP

Importing this package does not import spaCy; the pipeline is loaded when
:class:`SpacyEngine` is created.
"""

from __future__ import annotations

__version__ = "0.1.0"

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
