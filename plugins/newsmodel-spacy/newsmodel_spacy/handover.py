"""The spaCy engine's parses as picklable columns, finished into documents in another process.

Why: ``extract_many(..., engine="spacy", overlap=True)`` parses in the
calling process while one worker process converts and extracts the batch
before (:mod:`newsmodel.overlap`).  What crosses between the two costs the
parsing process CPU, so the engine hands over spaCy's own columns
(:class:`~newsmodel_spacy.convert.DocColumns`: one integer array, which
pickles as bytes, and the strings it uses) rather than the converted
document, whose many ``Token`` objects pickle and unpickle one at a time.
The worker's :meth:`SpacyParse.finish` runs the same second half of the
conversion as :meth:`SpacyEngine.annotate_batch`, so the document is the same.
"""

from __future__ import annotations

from typing import NamedTuple

from newsmodel import AnnotatedDocument

from .convert import DocColumns, columns_to_annotated

__all__ = ["SpacyParse"]


class SpacyParse(NamedTuple):
    """One text's parse as :class:`DocColumns` and the engine's name and version; see :meth:`finish`."""

    columns: DocColumns
    engine: str
    engine_version: str

    def finish(self) -> AnnotatedDocument:
        """The :class:`~newsmodel.AnnotatedDocument` :meth:`SpacyEngine.annotate_batch` gives for this text.

        Needs neither spaCy nor the model: a worker process can run it.
        """
        return columns_to_annotated(self.columns, engine=self.engine, engine_version=self.engine_version)
