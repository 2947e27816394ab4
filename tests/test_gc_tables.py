"""Long-lived word tables stay out of the garbage collector's work.

The rules engine and the CAMEO coder keep per-word tables for the life of
the process.  A full collection walks every object the collector tracks, so
these tables hold only strings, numbers and tuples of those, which CPython
stops tracking after a collection (see docs/performance.md).  This checks
that property on tables filled by a real extraction; it does not time anything.
"""

from __future__ import annotations

import gc

import newsmodel
from newsmodel.engines.rules import ner, tagger
from newsmodel.extractors import cameo

TEXT = (
    "Officials in Moscow said on Tuesday that the talks with Iran would resume next week.\n"
    "The ministry denied the report, and protesters marched through Paris. "
    "President Emmanuel Macron vowed to strike back, according to a spokesman."
)


def test_word_tables_are_untracked_after_a_collection() -> None:
    newsmodel.extract(TEXT, engine="rules")
    tables = {
        "tagger word facts": tagger._FACTS,
        "entity word facts": ner._FACTS,
        "capitalised runs": ner._RUNS,
        "CAMEO word forms": cameo._FORMS,
        "CAMEO verb entries": cameo._entries(),
        "CAMEO patterns": cameo._patterns(),
        "CAMEO pattern index": cameo._filed(),
    }
    # the words each verb's patterns need: one dictionary per table, of dictionaries of strings
    tables.update({f"CAMEO needed words of {verb!r}": words for table in cameo._needs() for verb, words in table.items()})
    assert all(tables.values()), "the extraction should have filled every table"
    # A tuple is untracked only once the tuples inside it are, and a collection may
    # visit the outer one first; a second collection finishes the job.
    gc.collect()
    gc.collect()
    tracked = [name for name, table in tables.items() if gc.is_tracked(table)]
    assert tracked == []
