"""Plugin loading and the registry of engines and extractors.

Loading is lazy and happens once, on first use.  We iterate the
``newsmodel`` entry points ourselves instead of calling pluggy's
``load_setuptools_entrypoints``: that helper lets one broken plugin's import
error crash the host, whereas here it becomes a :class:`PluginLoadWarning`
that names the plugin and its distribution.

Environment variables:

``NEWSMODEL_DISABLE_PLUGINS``
    Set to ``1`` to skip entry-point autoloading (built-ins still load).
``NEWSMODEL_BLOCK_PLUGINS``
    Comma-separated entry-point names that must not be loaded.
``NEWSMODEL_LOAD_PLUGINS``
    Comma-separated entry-point names: load only these (as ``llm``'s
    ``LLM_LOAD_PLUGINS``); set but empty loads none.  The core test suite
    sets it so that installed third-party extractors do not change what it
    checks, unless you set it yourself.
"""

from __future__ import annotations

import contextlib
import os
import threading
import warnings
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any, Callable, Iterable, Iterator

import pluggy

from . import hookspecs

__all__ = [
    "PluginLoadWarning",
    "PluginConflictError",
    "UnknownEngineError",
    "ExtractorDependencyError",
    "EngineInfo",
    "ExtractorInfo",
    "PluginInfo",
    "get_plugin_manager",
    "register_plugin",
    "unregister_plugin",
    "registered_plugin",
    "available_engines",
    "available_extractors",
    "list_plugins",
    "engine_info",
    "resolve_extractors",
    "reload_plugins",
    "DISABLE_ENV",
    "BLOCK_ENV",
    "LOAD_ENV",
]

ENTRY_POINT_GROUP = "newsmodel"
DISABLE_ENV = "NEWSMODEL_DISABLE_PLUGINS"
BLOCK_ENV = "NEWSMODEL_BLOCK_PLUGINS"
LOAD_ENV = "NEWSMODEL_LOAD_PLUGINS"

#: Modules of the built-in "default plugins", registered like any other.
BUILTIN_PLUGINS = (
    "newsmodel.engines.rules.plugin",
    "newsmodel.extractors.plugin",
)


class PluginLoadWarning(UserWarning):
    """A plugin could not be imported or its hook raised; it was skipped."""


class PluginConflictError(RuntimeError):
    """Two plugins registered the same engine or extractor name."""


class UnknownEngineError(LookupError):
    """No engine of that name is registered."""


class ExtractorDependencyError(LookupError):
    """An extractor requires something no registered extractor provides, or requirements form a cycle."""


@dataclass(frozen=True)
class PluginInfo:
    name: str
    distribution: str | None
    version: str | None
    engines: tuple[str, ...] = ()
    extractors: tuple[str, ...] = ()


@dataclass(frozen=True)
class EngineInfo:
    name: str
    factory: Callable[..., Any]
    plugin: str
    distribution: str | None
    version: str = ""
    description: str = ""


@dataclass(frozen=True)
class ExtractorInfo:
    name: str
    extractor: Callable[..., Any]
    plugin: str
    distribution: str | None
    order: int = 500
    description: str = ""
    #: What the extractor reads from the draft, e.g. ``("actors",)``: it runs
    #: after every extractor that provides one of these.
    requires: tuple[str, ...] = ()
    #: What it adds to the draft, e.g. ``("statements",)``.
    provides: tuple[str, ...] = ()


@dataclass
class _State:
    pm: pluggy.PluginManager | None = None
    dists: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    engines: dict[str, EngineInfo] | None = None
    extractors: dict[str, ExtractorInfo] | None = None
    #: Extractors left out of a full run because a requirement has no provider: name -> message.
    unmet: dict[str, str] = field(default_factory=dict)


_state = _State()
_lock = threading.RLock()


def _blocked() -> set[str]:
    return {n.strip() for n in os.environ.get(BLOCK_ENV, "").split(",") if n.strip()}


def _allowed() -> set[str] | None:
    if LOAD_ENV not in os.environ:
        return None
    return {n.strip() for n in os.environ[LOAD_ENV].split(",") if n.strip()}


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    blocked = _blocked()
    allowed = _allowed()
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if allowed is not None and ep.name not in allowed:
            continue
        dist = getattr(ep, "dist", None)
        dist_name = dist.metadata["Name"] if dist is not None else None
        dist_version = dist.version if dist is not None else None
        if ep.name in blocked or pm.has_plugin(ep.name):
            if ep.name in blocked:
                pm.set_blocked(ep.name)
            continue
        try:
            obj = ep.load()
            pm.register(obj, name=ep.name)
        except Exception as exc:  # noqa: BLE001 - any plugin failure must not crash the host
            warnings.warn(
                PluginLoadWarning(
                    f"newsmodel plugin {ep.name!r} (distribution {dist_name or 'unknown'}) failed to load "
                    f"and was skipped: {type(exc).__name__}: {exc}"
                ),
                stacklevel=3,
            )
            continue
        _state.dists[ep.name] = (dist_name, dist_version)


def get_plugin_manager() -> pluggy.PluginManager:
    """The process-wide plugin manager, created and loaded on first call."""
    with _lock:
        if _state.pm is None:
            import importlib

            from . import __version__

            pm = pluggy.PluginManager(hookspecs.PROJECT)
            pm.add_hookspecs(hookspecs)
            for module_name in BUILTIN_PLUGINS:
                pm.register(importlib.import_module(module_name), name=module_name)
                _state.dists[module_name] = ("newsmodel", __version__)
            if os.environ.get(DISABLE_ENV, "").strip().lower() not in ("1", "true", "yes"):
                _load_entry_points(pm)
            _state.pm = pm
        return _state.pm


def _invalidate() -> None:
    _state.engines = None
    _state.extractors = None


def reload_plugins() -> None:
    """Forget every loaded plugin; the next use loads them again, honouring the
    environment variables as they are then.  Plugins registered at run time
    are dropped too."""
    with _lock:
        _state.pm = None
        _state.dists.clear()
        _state.unmet = {}
        _invalidate()


def register_plugin(plugin: object, name: str | None = None) -> str:
    """Register a plugin object (module, class or instance) at run time."""
    with _lock:
        pm = get_plugin_manager()
        registered = pm.register(plugin, name=name)
        if registered is None:
            raise ValueError(f"plugin {name or plugin!r} is blocked")
        _state.dists.setdefault(registered, (None, None))
        _invalidate()
        return registered


def unregister_plugin(plugin: object | None = None, name: str | None = None) -> None:
    with _lock:
        pm = get_plugin_manager()
        pm.unregister(plugin=plugin, name=name)
        _invalidate()


@contextlib.contextmanager
def registered_plugin(plugin: object, name: str | None = None) -> Iterator[str]:
    """Register ``plugin`` for the duration of a ``with`` block (handy in tests)."""
    plugin_name = register_plugin(plugin, name=name)
    try:
        yield plugin_name
    finally:
        unregister_plugin(name=plugin_name)


def _names(value: Any, option: str, extractor: str) -> tuple[str, ...]:
    """``requires``/``provides`` as a tuple of names (a single string is one name)."""
    items = (value,) if isinstance(value, str) else tuple(value or ())
    if not all(isinstance(v, str) and v for v in items):
        raise ValueError(f"extractor {extractor!r}: {option} must be names (strings), not {value!r}")
    return tuple(dict.fromkeys(items))


def _collect(hook_name: str) -> dict[str, Any]:
    pm = get_plugin_manager()
    found: dict[str, Any] = {}
    hook = getattr(pm.hook, hook_name)
    for impl in reversed(hook.get_hookimpls()):  # registration order
        plugin_name = impl.plugin_name
        dist, _ = _state.dists.get(plugin_name, (None, None))

        def register(name: str, obj: Callable[..., Any], **options: Any) -> None:
            if not isinstance(name, str) or not name:
                raise ValueError(f"plugin {plugin_name!r} registered a {hook_name[9:-1]} with an empty name")
            if name in found:
                other = found[name]
                raise PluginConflictError(
                    f"{hook_name[9:-1]} {name!r} is registered by both plugin {other.plugin!r} "
                    f"(distribution {other.distribution or 'unknown'}) and plugin {plugin_name!r} "
                    f"(distribution {dist or 'unknown'}); block one with {BLOCK_ENV}"
                )
            if hook_name == "register_engines":
                found[name] = EngineInfo(
                    name=name,
                    factory=obj,
                    plugin=plugin_name,
                    distribution=dist,
                    version=str(options.get("version", "")),
                    description=str(options.get("description", "")),
                )
            else:
                found[name] = ExtractorInfo(
                    name=name,
                    extractor=obj,
                    plugin=plugin_name,
                    distribution=dist,
                    order=int(options.get("order", 500)),
                    description=str(options.get("description", "")),
                    requires=_names(options.get("requires", ()), "requires", name),
                    provides=_names(options.get("provides", ()), "provides", name),
                )

        kwargs = {"register": register} if "register" in impl.argnames else {}
        try:
            impl.function(**kwargs)
        except PluginConflictError:
            raise
        except Exception as exc:  # noqa: BLE001
            warnings.warn(
                PluginLoadWarning(
                    f"newsmodel plugin {plugin_name!r} (distribution {dist or 'unknown'}) raised in "
                    f"{hook_name} and was skipped: {type(exc).__name__}: {exc}"
                ),
                stacklevel=3,
            )
    return found


def available_engines() -> dict[str, EngineInfo]:
    """Every registered engine by name."""
    with _lock:
        if _state.engines is None:
            _state.engines = _collect("register_engines")
        return dict(_state.engines)


def available_extractors() -> dict[str, ExtractorInfo]:
    """Every registered extractor by name, in run order.

    The run order is ascending ``order`` (then name), except that an
    extractor always runs after the extractors that provide what it
    requires.  Requirements that form a cycle raise
    :class:`ExtractorDependencyError`.
    """
    with _lock:
        if _state.extractors is None:
            found = _collect("register_extractors")
            _state.extractors = {info.name: info for info in _run_order(list(found.values()))}
            _state.unmet = _unmet(_state.extractors)
        return dict(_state.extractors)


def _providers(infos: Iterable[ExtractorInfo]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for info in infos:
        for thing in info.provides:
            out.setdefault(thing, []).append(info.name)
    return out


def _run_order(infos: list[ExtractorInfo]) -> list[ExtractorInfo]:
    """Order by (order, name), moving an extractor after the providers of what it requires."""
    providers = _providers(infos)
    by_name = {i.name: i for i in infos}
    after = {i.name: {p for r in i.requires for p in providers.get(r, ()) if p != i.name} for i in infos}
    done: list[ExtractorInfo] = []
    placed: set[str] = set()
    pending = sorted(infos, key=lambda i: (i.order, i.name))
    while pending:
        ready = next((i for i in pending if after[i.name] <= placed), None)
        if ready is None:
            cycle = ", ".join(f"{i.name} (requires {', '.join(i.requires)})" for i in pending)
            raise ExtractorDependencyError(f"extractor requirements form a cycle among: {cycle}")
        done.append(by_name[ready.name])
        placed.add(ready.name)
        pending.remove(ready)
    return done


def _unmet(registry: dict[str, ExtractorInfo]) -> dict[str, str]:
    """Extractors whose requirements nothing provides (directly or through such an extractor)."""
    unmet: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        providers = _providers(i for i in registry.values() if i.name not in unmet)
        for info in registry.values():
            missing = [r for r in info.requires if not providers.get(r)]
            if info.name not in unmet and missing:
                unmet[info.name] = _missing_message(info, missing)
                changed = True
    return unmet


def _missing_message(info: ExtractorInfo, missing: list[str]) -> str:
    return (
        f"extractor {info.name!r} (plugin {info.plugin!r}) requires {', '.join(map(repr, missing))}, "
        f"which no registered extractor provides"
    )


def resolve_extractors(names: Iterable[str] | None = None) -> list[ExtractorInfo]:
    """The extractors to run, in run order.

    ``None`` means every registered extractor, except those whose
    requirements nothing provides (each is skipped with a
    :class:`PluginLoadWarning`).  A list of names runs those extractors and,
    first, every extractor that provides what they require (transitively),
    so ``["events"]`` gives the events of a full run; a requirement nothing
    provides raises :class:`ExtractorDependencyError`, an unknown name
    :class:`LookupError`.
    """
    registry = available_extractors()
    if names is None:
        for message in _state.unmet.values():
            warnings.warn(PluginLoadWarning(f"{message}; it was skipped"), stacklevel=3)
        return [i for i in registry.values() if i.name not in _state.unmet]
    wanted = list(names)
    unknown = [n for n in wanted if n not in registry]
    if unknown:
        raise LookupError(f"unknown extractor(s) {', '.join(unknown)}; known: {', '.join(registry)}")
    providers = _providers(registry.values())
    chosen: set[str] = set()
    stack = list(wanted)
    while stack:
        name = stack.pop()
        if name in chosen:
            continue
        chosen.add(name)
        info = registry[name]
        missing = [r for r in info.requires if not providers.get(r)]
        if missing:
            raise ExtractorDependencyError(_missing_message(info, missing))
        stack.extend(p for r in info.requires for p in providers[r])
    return [i for i in registry.values() if i.name in chosen]


def engine_info(name: str) -> EngineInfo:
    known = available_engines()
    if name not in known:
        raise UnknownEngineError(f"unknown engine {name!r}; known engines: {', '.join(sorted(known)) or 'none'}")
    return known[name]


def list_plugins() -> list[PluginInfo]:
    """Every loaded plugin with its distribution and what it registers."""
    pm = get_plugin_manager()
    eng, ext = available_engines(), available_extractors()
    out = []
    for name, _plugin in pm.list_name_plugin():
        dist, version = _state.dists.get(name, (None, None))
        out.append(
            PluginInfo(
                name=name,
                distribution=dist,
                version=version,
                engines=tuple(e for e, info in eng.items() if info.plugin == name),
                extractors=tuple(x for x, info in ext.items() if info.plugin == name),
            )
        )
    return out
