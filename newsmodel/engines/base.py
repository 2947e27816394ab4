"""The engine interface.

An engine is anything with ``annotate`` and ``annotate_batch``; subclassing
:class:`Engine` is optional and gives a one-by-one ``annotate_batch`` and a
``name``/``version`` pair for provenance.  Engines that batch natively
(spaCy's ``nlp.pipe``, stanza's bulk processing) override
``annotate_batch``.

An engine may also hand its parses over to another process
(:class:`HandsOverParses`): ``parse_batch`` returns, per text, a small
picklable :class:`Parsed` whose ``finish()`` makes the document.  That lets
``extract_many(..., overlap=True)`` parse in one process while a worker
finishes and extracts the batch before (:mod:`newsmodel.overlap`).
"""

from __future__ import annotations

import abc
from typing import Iterable, Iterator, Protocol, runtime_checkable

from ..document import AnnotatedDocument

__all__ = ["Engine", "Parsed", "HandsOverParses"]


@runtime_checkable
class Parsed(Protocol):
    """One text's parse, picklable, that becomes its document in any process.

    ``finish()`` must return exactly the document the engine's
    ``annotate_batch`` gives for the text: ``extract_many(..., overlap=True)``
    promises the output of the serial path.  It should pickle cheaply (plain
    arrays and strings, not one object per token): the parsing process pays
    for the pickling.
    """

    def finish(self) -> AnnotatedDocument:
        """The :class:`AnnotatedDocument` for this parse (raises what the engine's conversion raises)."""
        ...


@runtime_checkable
class HandsOverParses(Protocol):
    """An engine that can parse without converting: the optional hook behind ``overlap=True``."""

    def parse_batch(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Parsed]:
        """Parse many texts lazily, in input order, as ``annotate_batch`` does, one :class:`Parsed` each."""
        ...


class Engine(abc.ABC):
    #: Registered name, recorded in provenance.
    name: str = ""
    #: Version of the engine's library/model, recorded in provenance.
    version: str = ""

    @abc.abstractmethod
    def annotate(self, text: str) -> AnnotatedDocument:
        """Annotate one text.  Must accept any ``str``, including ``""``."""

    def annotate_batch(self, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[AnnotatedDocument]:
        """Annotate many texts lazily, in input order."""
        for text in texts:
            yield self.annotate(text)
