"""The engine interface.

An engine is anything with ``annotate`` and ``annotate_batch``; subclassing
:class:`Engine` is optional and gives a one-by-one ``annotate_batch`` and a
``name``/``version`` pair for provenance.  Engines that batch natively
(spaCy's ``nlp.pipe``, stanza's bulk processing) override
``annotate_batch``.
"""

from __future__ import annotations

import abc
from typing import Iterable, Iterator

from ..document import AnnotatedDocument

__all__ = ["Engine"]


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
