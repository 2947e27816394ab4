"""newsmodel: news articles as typed, validated data.

Who is in the story (:class:`Actor`), who said what (:class:`Statement`),
who denied what (:class:`Denial`) and what happened to whom, when
(:class:`Event`), all hanging off one :class:`Article`.

    >>> import newsmodel
    >>> article = newsmodel.extract('"We are ready," Smith said.')
    >>> article.statements[0].content[0].text
    'We are ready,'
"""

from __future__ import annotations

from importlib import metadata as _metadata

try:  # the one source of the version is the package metadata (pyproject.toml)
    __version__ = _metadata.version("newsmodel")
except _metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"

from .document import AnnotatedDocument, CorefChain, DocumentError, Entity, Sentence, Token
from .draft import Draft
from .engines.base import Engine, HandsOverParses, Parsed
from .errors import ExtractionError, TextTooLongError, WorkerDiedError
from .hookspecs import hookimpl
from .pipeline import annotate, close_overlap_worker, extract, extract_many, get_engine, run_extractors
from .tables import to_tables, write_tables
from .plugins import (
    ExtractorDependencyError,
    PluginConflictError,
    PluginLoadWarning,
    UnknownEngineError,
    available_engines,
    available_extractors,
    list_plugins,
    register_plugin,
    registered_plugin,
    unregister_plugin,
)
from .render.html import render_html
from .schema import (
    PLOVER_CATEGORIES,
    PLOVER_MODES,
    Actor,
    Article,
    Denial,
    Event,
    Provenance,
    Span,
    Statement,
)

__all__ = [
    "__version__",
    # schema
    "Span",
    "Actor",
    "Statement",
    "Denial",
    "Event",
    "Provenance",
    "Article",
    "PLOVER_CATEGORIES",
    "PLOVER_MODES",
    # engine-neutral document
    "AnnotatedDocument",
    "Token",
    "Sentence",
    "Entity",
    "CorefChain",
    "DocumentError",
    # running
    "extract",
    "extract_many",
    "close_overlap_worker",
    "annotate",
    "run_extractors",
    "get_engine",
    "ExtractionError",
    "TextTooLongError",
    "WorkerDiedError",
    "to_tables",
    "write_tables",
    # viewing
    "render_html",
    # plugins
    "hookimpl",
    "Engine",
    "Parsed",
    "HandsOverParses",
    "Draft",
    "available_engines",
    "available_extractors",
    "list_plugins",
    "register_plugin",
    "unregister_plugin",
    "registered_plugin",
    "PluginLoadWarning",
    "PluginConflictError",
    "UnknownEngineError",
    "ExtractorDependencyError",
]
