"""The stanza engine: a ``stanza.Pipeline`` behind newsmodel's engine interface.

stanza (and torch, which it imports) are imported inside the functions that
need them, never at module level, so importing this plugin, which newsmodel
does for every installed plugin, stays cheap and works without stanza.

Models are never downloaded behind the user's back by default
(``download_method="none"``): a stanza pipeline created with stanza's own
default fetches ``resources.json`` from GitHub every time, which hangs or
fails with a long traceback where there is no network.  Instead the engine
checks the model directory itself, before stanza is even imported, and
raises one :class:`ModelsNotFoundError` that names the directory and the
command that downloads the models (``newsmodel models download stanza``).

Models need not come from stanza's hub: ``tokenize_model_path=...`` and the
other ``<processor>_model_path`` options point the engine at model files you
trained yourself (then no ``resources.json`` is needed), and ``pipeline=``
hands it a ``stanza.Pipeline`` you built.  Both work through
``engine_options`` and ``newsmodel extract --engine-option KEY=VALUE``.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from newsmodel import AnnotatedDocument, Engine

from .convert import doc_to_annotated

__all__ = [
    "StanzaEngine",
    "ModelsNotFoundError",
    "ModelDownloadError",
    "ModelLoadError",
    "StanzaNotInstalledError",
    "DEFAULT_PROCESSORS",
    "DOWNLOAD_METHODS",
    "MODEL_DIR_ENV",
    "default_model_dir",
    "download_command",
    "download_models",
    "missing_models",
    "PATH_OPTION_SUFFIXES",
]

#: stanza's own environment variable for the model directory, honoured here too.
MODEL_DIR_ENV = "STANZA_RESOURCES_DIR"
#: Processors run by default, listed explicitly so that a new stanza default
#: (sentiment, constituency...) never slows the engine down unasked.
DEFAULT_PROCESSORS: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
#: Accepted values of the ``download_method`` option (stanza's ``DownloadMethod`` names).
DOWNLOAD_METHODS: tuple[str, ...] = ("none", "reuse_resources", "download_resources")
#: stanza's processor names: ``<name>_model_path`` and the like are options for that processor.
_STANZA_PROCESSORS = frozenset(
    {"tokenize", "mwt", "pos", "lemma", "depparse", "ner", "coref", "sentiment", "constituency", "langid"}
)
#: Endings of the file options the engine takes per processor (``pos_model_path``,
#: ``pos_pretrain_path``, ``ner_forward_charlm_path``...), passed on to stanza as they are.
PATH_OPTION_SUFFIXES: tuple[str, ...] = ("_model_path", "_pretrain_path", "_forward_charlm_path", "_backward_charlm_path")
#: An empty stanza resource index, used when every processor has an explicit
#: model path and the model directory has no ``resources.json`` of its own.
_NO_RESOURCES = Path(__file__).resolve().parent / "no_resources.json"
#: Seconds a network read may stall while stanza downloads, so that a dead
#: network gives an error instead of a hang.
DEFAULT_TIMEOUT = 60.0


class StanzaNotInstalledError(ImportError):
    """stanza itself is not installed."""


class ModelsNotFoundError(RuntimeError):
    """The stanza models are not on disk (and could not, or may not, be downloaded).

    :attr:`model_dir`, :attr:`lang` and :attr:`missing` (the files or facts
    that are missing) say what exactly; the message names the directory and
    the command that downloads the models.
    """

    def __init__(self, model_dir: str | os.PathLike[str], lang: str, missing: Sequence[str] = (), reason: str = "",
                 hint: str = "") -> None:
        self.model_dir = str(model_dir)
        self.lang = lang
        self.missing = list(missing)
        what = reason or "are not in"
        detail = ""
        if self.missing:
            shown = ", ".join(self.missing[:3]) + (f" and {len(self.missing) - 3} more" if len(self.missing) > 3 else "")
            detail = f" (missing: {shown})"
        hint = hint or (
            f"download them with: {download_command(lang, self.model_dir)} "
            f"(or choose another directory with engine_options={{'model_dir': ...}} or {MODEL_DIR_ENV})"
        )
        super().__init__(f"stanza models for {lang!r} {what} {self.model_dir}{detail}; {hint}")


class ModelLoadError(RuntimeError):
    """The model files are there but stanza could not load them (corrupt or
    incompatible with the installed stanza).  The message names the directory
    and the command that downloads fresh copies."""


class ModelDownloadError(RuntimeError):
    """Downloading stanza models failed (no network, unknown language...)."""


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError as exc:
        raise StanzaNotInstalledError(
            "the 'stanza' engine needs stanza, which is not installed; install it with: "
            "pip install torch --index-url https://download.pytorch.org/whl/cpu && pip install stanza "
            "(or: pip install newsmodel-stanza)"
        ) from exc
    return stanza


def default_model_dir() -> Path:
    """Where stanza keeps its models: ``$STANZA_RESOURCES_DIR``, else stanza's default.

    The environment is read on every call (stanza reads it once, at import).
    """
    env = os.environ.get(MODEL_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    _import_stanza()
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR).expanduser()


def _resolve_dir(model_dir: str | os.PathLike[str] | None) -> Path:
    return Path(model_dir).expanduser() if model_dir else default_model_dir()


def download_command(lang: str = "en", model_dir: str | os.PathLike[str] | None = None) -> str:
    """The shell command that downloads the models this engine needs."""
    cmd = f"newsmodel models download stanza --lang {lang}"
    if model_dir:
        cmd += f" --dir {model_dir}"
    return cmd


def _processor_list(processors: str | Iterable[str] | None, coref: bool) -> list[str]:
    if processors is None:
        procs = list(DEFAULT_PROCESSORS)
    elif isinstance(processors, str):
        procs = [p.strip().lower() for p in processors.split(",") if p.strip()]
    else:
        procs = [str(p).strip().lower() for p in processors if str(p).strip()]
    if coref and "coref" not in procs:
        procs.append("coref")
    return procs


def missing_models(
    lang: str = "en",
    model_dir: str | os.PathLike[str] | None = None,
    processors: str | Iterable[str] | None = None,
    *,
    package: str = "default",
    coref: bool = False,
) -> list[str]:
    """What is missing for a pipeline, as a list of paths; ``[]`` when all is on disk.

    Reads only the model directory: no network, and stanza is not imported
    unless ``model_dir`` is ``None`` and ``$STANZA_RESOURCES_DIR`` is unset
    (stanza's default directory is needed then).  It follows stanza's layout:
    ``resources.json`` at the top, one ``LANG/PROCESSOR/PACKAGE.pt`` per
    processor, plus each model's ``dependencies`` (pretrained embeddings,
    character language models).  Transformer weights that some models fetch
    from Hugging Face at load time are not listed there and not checked.
    """
    root = _resolve_dir(model_dir)
    resources_path = root / "resources.json"
    if not resources_path.is_file():
        return [str(resources_path)]
    try:
        resources = json.loads(resources_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{resources_path} (unreadable: {exc})"]
    lang = lang.strip().lower()
    entry = resources.get(lang)
    if isinstance(entry, dict) and "alias" in entry:
        lang = entry["alias"]
        entry = resources.get(lang)
    if not isinstance(entry, dict):
        return [f"language {lang!r} in {resources_path}"]
    packages = entry.get("packages", {}).get(package) or entry.get("default_processors", {})
    missing: list[str] = []
    seen: set[Path] = set()

    def need(processor: str, name: str) -> None:
        path = root / lang / processor / f"{name}.pt"
        if path in seen:
            return
        seen.add(path)
        if not path.is_file():
            missing.append(str(path))

    for proc in _processor_list(processors, coref):
        if proc not in entry:  # e.g. no mwt model for a language without MWT: stanza skips it
            continue
        name = packages.get(proc) if package == "default" else (package if package in entry[proc] else packages.get(proc))
        if not isinstance(name, str):
            continue
        need(proc, name)
        for dep in (entry[proc].get(name) or {}).get("dependencies", []) or []:
            if isinstance(dep, dict) and "model" in dep and "package" in dep:
                need(dep["model"], dep["package"])
    if not (root / lang).is_dir() and not missing:
        missing.append(str(root / lang))
    return missing


@contextlib.contextmanager
def _network_timeout(seconds: float | None) -> Iterator[None]:
    """Bound every socket read while stanza downloads (stanza sets no timeout itself)."""
    old = socket.getdefaulttimeout()
    socket.setdefaulttimeout(seconds)
    try:
        yield
    finally:
        socket.setdefaulttimeout(old)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def download_models(
    lang: str = "en",
    model_dir: str | os.PathLike[str] | None = None,
    *,
    processors: str | Iterable[str] | None = None,
    package: str = "default",
    coref: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Path:
    """Download the models the engine needs for ``lang`` into ``model_dir``; return the directory.

    Only the processors the engine runs (and their dependencies) are
    fetched, not stanza's whole default package.  This is what
    ``newsmodel models download stanza`` calls.

    :raises ModelDownloadError: the download failed (the message is one line
        and says why, e.g. no network).
    :raises StanzaNotInstalledError: stanza is not installed.
    """
    stanza = _import_stanza()
    root = _resolve_dir(model_dir)
    procs = _processor_list(processors, coref)
    try:
        with _network_timeout(timeout):
            stanza.download(lang, model_dir=str(root), package=package, processors=",".join(procs), logging_level="WARN")
    except Exception as exc:  # noqa: BLE001 - any failure here is "the download failed"
        raise ModelDownloadError(f"could not download stanza models for {lang!r} into {root}: {_one_line(exc)}") from exc
    still = missing_models(lang, root, procs, package=package)
    if still:
        raise ModelDownloadError(f"stanza download for {lang!r} finished but {', '.join(still[:3])} is still missing in {root}")
    return root


class StanzaEngine(Engine):
    """newsmodel engine backed by a ``stanza.Pipeline``.

    :param lang: stanza language code (``"en"``).
    :param processors: processors to run, a comma-separated string or a
        list; default :data:`DEFAULT_PROCESSORS`
        (``tokenize,mwt,pos,lemma,depparse,ner``).
    :param coref: also run stanza's ``coref`` processor; its chains become
        the document's coreference chains, which the actor extractor then
        uses instead of its nearest-person rule for pronouns.
    :param model_dir: model directory; default ``$STANZA_RESOURCES_DIR``,
        else stanza's default directory.
    :param package: stanza package name (``"default"``, ``"default_accurate"``...).
    :param download_method: ``"none"`` (default: never touch the network),
        ``"reuse_resources"`` (use the ``resources.json`` on disk and download
        missing models) or ``"download_resources"`` (stanza's own default:
        refresh ``resources.json`` first).
    :param use_gpu: passed to stanza (default ``False``: results do not
        depend on whether a GPU happens to be present).
    :param timeout: seconds a network read may stall when downloading.
    :param pipeline_options: more keyword arguments for ``stanza.Pipeline``
        (``{"tokenize_batch_size": 64}``, ``{"ner_model_path": ...}``...).
    :param pipeline: a ready ``stanza.Pipeline`` (or a stand-in, see
        :meth:`from_pipeline`); the engine then builds nothing and every
        other option except ``has_parse`` is ignored.
    :param has_parse: with ``pipeline``: whether its documents carry a
        dependency parse (default: whether it runs ``depparse``).
    :param paths: ``<processor>_model_path`` (and ``_pretrain_path``,
        ``_forward_charlm_path``, ``_backward_charlm_path``) files, e.g.
        ``tokenize_model_path="models/tokenize.pt"``: models you trained
        yourself, passed to stanza as they are.  ``processors`` then
        defaults to the processors you named (in pipeline order), and the
        model directory needs no ``resources.json`` when every processor
        has a model path.

    :raises ModelsNotFoundError: the models are not on disk and may not or
        could not be downloaded.
    :raises ModelLoadError: the model files are there but could not be loaded.
    :raises StanzaNotInstalledError: stanza is not installed.
    """

    name = "stanza"
    #: ``newsmodel models download stanza`` finds this on the registered factory.
    download_models = staticmethod(download_models)

    def __init__(
        self,
        lang: str = "en",
        *,
        processors: str | Iterable[str] | None = None,
        coref: bool = False,
        model_dir: str | os.PathLike[str] | None = None,
        package: str = "default",
        download_method: str | None = "none",
        use_gpu: bool = False,
        timeout: float | None = DEFAULT_TIMEOUT,
        pipeline_options: dict[str, Any] | None = None,
        pipeline: Any = None,
        has_parse: bool | None = None,
        **paths: str | os.PathLike[str],
    ) -> None:
        if pipeline is not None:
            self._adopt(pipeline, version="", has_parse=has_parse)
            return
        method = "none" if download_method is None else str(getattr(download_method, "name", download_method)).strip().lower()
        if method not in DOWNLOAD_METHODS:
            raise ValueError(f"download_method must be one of {', '.join(DOWNLOAD_METHODS)}, not {download_method!r}")
        files = _path_options({**paths, **{k: v for k, v in (pipeline_options or {}).items() if k.endswith(PATH_OPTION_SUFFIXES)}})
        given = _processors_with_model_paths(files)
        procs = _processor_list(processors if processors is not None or not given else given, coref)
        # processors whose model comes from the model directory (stanza's layout)
        from_dir = [p for p in procs if p not in given]
        explicit_dir = model_dir or os.environ.get(MODEL_DIR_ENV, "").strip() or None
        root = _resolve_dir(explicit_dir) if explicit_dir else None
        self._require_files(lang, files)
        if root is not None and method != "download_resources" and from_dir:
            # Checked before stanza (and torch) are imported: the common case,
            # no models at all, fails in milliseconds and never reaches the network.
            self._require_models(lang, root, from_dir, package, method)
        stanza = _import_stanza()
        if root is None:
            root = default_model_dir()
            if method != "download_resources" and from_dir:
                self._require_models(lang, root, from_dir, package, method)
        kwargs: dict[str, Any] = {
            "lang": lang,
            "dir": str(root),
            "package": package,
            "processors": ",".join(procs),
            "download_method": None if method == "none" else stanza.DownloadMethod[method.upper()],
            "use_gpu": bool(use_gpu),
            "logging_level": "WARN",
        }
        if not from_dir and method == "none" and not (root / "resources.json").is_file():
            # stanza reads a resource index even when every model path is
            # given; an empty one makes it load exactly the files named
            kwargs["resources_filepath"] = str(_NO_RESOURCES)
            kwargs["allow_unknown_language"] = True
            kwargs["logging_level"] = "ERROR"  # else stanza warns that the empty index has no English
        kwargs.update(files)
        kwargs.update(pipeline_options or {})
        try:
            with _network_timeout(timeout) if method != "none" else contextlib.nullcontext():
                nlp = stanza.Pipeline(**kwargs)
        except OSError as exc:  # FileNotFoundError from stanza, or a network error while downloading
            reason = "are not in" if method == "none" else "could not be downloaded into"
            raise ModelsNotFoundError(root, lang, [_one_line(exc)], reason=reason) from exc
        except (RuntimeError, ValueError, EOFError, KeyError, ImportError) as exc:
            # torch.load on a truncated file, a model from another stanza version...
            raise ModelLoadError(
                f"stanza could not load its {lang!r} models from {root}: {_one_line(exc)}; "
                f"download fresh copies with: {download_command(lang, root)}"
            ) from exc
        self.lang = lang
        self.processors = procs
        self.model_dir = root
        source = package if from_dir else "model-paths"
        self._setup(nlp, version=f"{stanza.__version__}/{lang}-{source}", has_parse="depparse" in procs)

    @staticmethod
    def _require_files(lang: str, files: dict[str, str]) -> None:
        missing = [key for key, path in files.items() if not Path(path).is_file()]
        if missing:
            where = Path(files[missing[0]]).parent
            raise ModelsNotFoundError(
                where, lang, [files[k] for k in missing], reason="are not at the paths given in",
                hint=f"check the {', '.join(missing)} option{'s' if len(missing) > 1 else ''}",
            )

    @staticmethod
    def _require_models(lang: str, root: Path, procs: list[str], package: str, method: str) -> None:
        missing = missing_models(lang, root, procs, package=package)
        if not missing:
            return
        resources_missing = missing == [str(root / "resources.json")]
        if method == "reuse_resources" and not resources_missing:
            return  # stanza may download the missing model files with the resources.json on disk
        raise ModelsNotFoundError(root, lang, missing)

    def _setup(self, nlp: Any, *, version: str, has_parse: bool | None) -> None:
        self.nlp = nlp
        self.version = version
        self.has_parse = has_parse

    @classmethod
    def from_pipeline(cls, nlp: Any, *, version: str = "", has_parse: bool | None = None) -> "StanzaEngine":
        """An engine around a pipeline you built yourself.

        ``nlp`` is a ``stanza.Pipeline`` (or anything with ``__call__(text)``
        and ``bulk_process(texts)`` returning stanza ``Document`` objects).
        ``has_parse`` defaults to whether ``nlp.processors`` has ``depparse``,
        or, when the pipeline does not say, to whether each document has
        dependency relations.
        """
        self = cls.__new__(cls)
        self._adopt(nlp, version=version, has_parse=has_parse)
        return self

    def _adopt(self, nlp: Any, *, version: str, has_parse: bool | None) -> None:
        if not callable(nlp):
            raise TypeError(f"pipeline must be a stanza.Pipeline (callable on a text), not {type(nlp).__name__}")
        if has_parse is None:
            procs = getattr(nlp, "processors", None)
            has_parse = ("depparse" in procs) if procs is not None else None
        lang = getattr(nlp, "lang", None)
        self.lang = lang if isinstance(lang, str) else ""
        self.processors = list(getattr(nlp, "processors", None) or [])
        self.model_dir = None
        self._setup(nlp, version=version or _installed_stanza_version(), has_parse=has_parse)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lang={self.lang!r}, processors={','.join(self.processors)!r}, model_dir={str(self.model_dir) if self.model_dir else None!r})"

    def _convert(self, doc: Any) -> AnnotatedDocument:
        return doc_to_annotated(doc, engine_version=self.version, has_parse=self.has_parse, engine=self.name)

    def _empty(self, text: str) -> AnnotatedDocument:
        # stanza's tokenizer has nothing to do on blank text; skip the model call
        return AnnotatedDocument(text=text, engine=self.name, engine_version=self.version, has_parse=bool(self.has_parse))

    def annotate(self, text: str) -> AnnotatedDocument:
        """Annotate one text (any ``str``, including ``""``)."""
        if not text.strip():
            return self._empty(text)
        return self._convert(self.nlp(text))

    def annotate_batch(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[AnnotatedDocument]:
        """Annotate many texts lazily, in input order, ``batch_size`` at a time.

        Each chunk goes through stanza's bulk processing
        (``Pipeline.bulk_process``), which batches sentences of all the texts
        together on the model; blank texts skip the model.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        chunk: list[str] = []
        for text in texts:
            chunk.append(text)
            if len(chunk) >= batch_size:
                yield from self._run_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._run_chunk(chunk)

    def _run_chunk(self, chunk: list[str]) -> Iterator[AnnotatedDocument]:
        busy = [t for t in chunk if t.strip()]
        docs = iter(self.nlp.bulk_process(busy) if busy else [])
        for text in chunk:
            yield self._convert(next(docs)) if text.strip() else self._empty(text)


def _path_options(paths: dict[str, Any]) -> dict[str, str]:
    """The ``<processor>_..._path`` options, checked by name, as strings."""
    files: dict[str, str] = {}
    for key, value in paths.items():
        processor = key.split("_", 1)[0]
        if processor not in _STANZA_PROCESSORS or not key.endswith(PATH_OPTION_SUFFIXES):
            raise TypeError(
                f"unknown stanza engine option {key!r}; file options are <processor>"
                f"{{{','.join(PATH_OPTION_SUFFIXES)}}} with a stanza processor name, e.g. 'tokenize_model_path'"
            )
        files[key] = str(Path(value).expanduser())
    return files


def _processors_with_model_paths(files: dict[str, str]) -> list[str]:
    """Processors that have a ``<processor>_model_path``, in stanza's pipeline order."""
    named = {key[: -len("_model_path")] for key in files if key.endswith("_model_path")}
    order = [*DEFAULT_PROCESSORS, "coref", "sentiment", "constituency"]
    return [p for p in order if p in named] + sorted(named - set(order))


def _installed_stanza_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:
        return ""
