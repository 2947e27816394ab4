"""newsmodel-stanza: a stanza engine for newsmodel.

    >>> import newsmodel
    >>> article = newsmodel.extract(text, engine="stanza")  # doctest: +SKIP

Importing this package does not import stanza or torch; the pipeline is
built when :class:`StanzaEngine` is created.
"""

from __future__ import annotations

from importlib import metadata as _metadata

try:  # the one source of the version is the package metadata (pyproject.toml)
    __version__ = _metadata.version("newsmodel-stanza")
except _metadata.PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
    __version__ = "0+unknown"

from .convert import ENTITY_LABELS, ConversionError, decode_bioes, doc_to_annotated
from .engine import (
    DEFAULT_PROCESSORS,
    DOWNLOAD_METHODS,
    MODEL_DIR_ENV,
    PATH_OPTION_SUFFIXES,
    ModelDownloadError,
    ModelLoadError,
    ModelsNotFoundError,
    StanzaEngine,
    StanzaNotInstalledError,
    default_model_dir,
    download_command,
    download_models,
    missing_models,
)

__all__ = [
    "__version__",
    "StanzaEngine",
    "ModelsNotFoundError",
    "ModelDownloadError",
    "ModelLoadError",
    "StanzaNotInstalledError",
    "ConversionError",
    "doc_to_annotated",
    "decode_bioes",
    "download_models",
    "download_command",
    "missing_models",
    "default_model_dir",
    "ENTITY_LABELS",
    "DEFAULT_PROCESSORS",
    "DOWNLOAD_METHODS",
    "MODEL_DIR_ENV",
    "PATH_OPTION_SUFFIXES",
]
