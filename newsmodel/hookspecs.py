"""The hook specifications: the whole plugin API of newsmodel.

There are two hooks and each receives a ``register`` callback instead of
returning values (the pattern of Simon Willison's ``llm``).  New options are
added later as keyword arguments of ``register``, never as new hooks, so a
plugin written today keeps working.  Implementations may accept fewer
arguments than the spec (pluggy allows it), which is how the spec can grow.

A plugin is any module or object with functions decorated by
:data:`newsmodel.hookimpl`, exposed through the ``newsmodel`` entry-point
group of its distribution::

    [project.entry-points.newsmodel]
    myplugin = "myplugin.plugin"

Built-in engines and extractors register through these same hooks.
"""

from __future__ import annotations

import pluggy

__all__ = ["hookspec", "hookimpl", "register_engines", "register_extractors"]

PROJECT = "newsmodel"

hookspec = pluggy.HookspecMarker(PROJECT)
#: Decorator that marks a function as an implementation of a newsmodel hook.
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_engines(register):  # type: ignore[no-untyped-def]
    """Register NLP engines: things that turn texts into annotated documents.

    :param register: call it once per engine, as
        ``register(name, factory, *, version="", description="")``.

        ``name``
            The engine name users pass as ``extract(..., engine=name)`` and
            ``newsmodel extract --engine name``.  Names are global: two
            plugins registering the same name is an error naming both.
        ``factory``
            A callable taking the engine options as keyword arguments
            (``extract(..., engine_options={...})``) and returning an object
            with ``annotate(text) -> AnnotatedDocument`` and
            ``annotate_batch(texts, *, batch_size) -> Iterator[AnnotatedDocument]``
            (subclass :class:`newsmodel.Engine` to get a one-by-one batch
            method for free).  The factory is called only when the engine is
            first used, so a plugin should import its heavy libraries inside
            the factory, not at module level.
        ``version``
            Version of the underlying library or model, recorded in each
            Article's provenance.
        ``description``
            One line shown by ``newsmodel plugins``.
    """


@hookspec
def register_extractors(register):  # type: ignore[no-untyped-def]
    """Register extractors: things that read an annotated document and add
    actors, statements, denials or events to the Article being built.

    :param register: call it once per extractor, as
        ``register(name, extractor, *, order=500, requires=[], provides=[], description="")``.

        ``name``
            Unique extractor name, recorded in the Article's provenance.
        ``extractor``
            A callable ``extractor(doc, draft) -> None``.  ``doc`` is the
            engine-neutral :class:`newsmodel.AnnotatedDocument`; ``draft`` is
            the :class:`newsmodel.Draft` of the Article.  The extractor adds
            to it with ``add_statement``, ``add_denial`` and ``add_event``;
            it gets actors with ``actor_named``/``add_actor``, records
            mentions with ``add_mention`` and asks which actor a span
            mentions with ``actor_at`` -- the same methods the built-ins use.
            Extractors must read only ``doc`` and ``draft`` so that every
            engine gets the same output for the same parse.
        ``order``
            Extractors run in ascending order.  The built-ins use 100
            (actors), 200 (statements), 300 (denials) and 400 (events); a
            plugin that refines events runs after 400.
        ``requires``
            Names of what the extractor reads from the draft, e.g.
            ``("actors", "statements")``.  It always runs after every
            extractor that provides one of them, whatever the ``order``;
            asking for it alone (``extract(..., extractors=[name])``) runs
            those extractors first.  The built-ins provide ``actors`` and
            ``mentions`` (actors), ``statements``, ``denials`` and
            ``events``.
        ``provides``
            Names of what the extractor adds to the draft.  Use the names
            above for the same things, new names for new ones.
        ``description``
            One line shown by ``newsmodel plugins``.
    """
