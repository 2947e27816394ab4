"""Link actors to Wikidata items by exact (normalised) name.

Entity linking with a table, on purpose: it is predictable, needs no
network and no model, and the table says exactly what can be linked.  An
actor is linked when its name, or else exactly one of its aliases, is a
surface form of a table entry *of the same kind* (a person never links to a
country).  An actor that already has a ``wikidata`` id is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from newsmodel import Actor, AnnotatedDocument, Draft

__all__ = ["WikidataLinker", "link_wikidata", "load_table", "normalise"]

_QID = re.compile(r"Q[1-9][0-9]*")
_KINDS = {"person", "organization", "country", "group", "other"}


def normalise(name: str) -> str:
    """Compare names without case, dots, curly apostrophes, extra spaces or a leading "the"."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("’", "'").replace(".", "")
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


#: name -> :func:`normalise` of it: the linker asks for every actor's name and aliases, and the
#: same names ("Russia", "Trump") come back article after article.  A plain dictionary of strings,
#: which the garbage collector does not track (an ``lru_cache`` it would walk at each full
#: collection); cleared when it grows past its bound.
_NORMALISED: dict[str, str] = {}
_NORMALISED_MAX = 50_000


def _normalised(name: str) -> str:
    """:func:`normalise`, read from :data:`_NORMALISED` when the name was seen before."""
    out = _NORMALISED.get(name)
    if out is None:
        if len(_NORMALISED) > _NORMALISED_MAX:
            _NORMALISED.clear()
        out = _NORMALISED[name] = normalise(name)
    return out


@dataclass(frozen=True)
class Entry:
    qid: str
    kind: str
    label: str


def load_table(lines: Iterable[str]) -> dict[tuple[str, str], Entry]:
    """Parse ``QID<TAB>kind<TAB>label<TAB>other surface forms...`` rows into a lookup.

    ``#`` lines are comments.  Raises ``ValueError`` naming the line for a
    malformed id or kind, or for one surface form given two different ids.
    """
    table: dict[tuple[str, str], Entry] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        qid, kind, *names = [c.strip() for c in line.rstrip("\n").split("\t")]
        if not _QID.fullmatch(qid) or kind not in _KINDS or not names:
            raise ValueError(f"line {number}: expected QID, kind and at least one name, got {line!r}")
        entry = Entry(qid, kind, names[0])
        for name in filter(None, names):
            key = (kind, normalise(name))
            if key in table and table[key].qid != qid:
                raise ValueError(f"line {number}: {name!r} is already {table[key].qid}")
            table[key] = entry
    return table


@lru_cache(maxsize=1)
def _bundled() -> dict[tuple[str, str], Entry]:
    text = resources.files(__package__).joinpath("wikidata.tsv").read_text(encoding="utf-8")
    return load_table(text.splitlines())


class WikidataLinker:
    """An extractor (``linker(doc, draft)``) over a table; the default one is :func:`link_wikidata`.

    >>> linker = WikidataLinker.from_tsv("my_table.tsv")   # doctest: +SKIP
    """

    def __init__(self, table: dict[tuple[str, str], Entry] | None = None) -> None:
        self._table = table

    @classmethod
    def from_tsv(cls, path: str | Path) -> "WikidataLinker":
        return cls(load_table(Path(path).read_text(encoding="utf-8").splitlines()))

    @property
    def table(self) -> dict[tuple[str, str], Entry]:
        if self._table is None:
            self._table = _bundled()
        return self._table

    def lookup(self, actor: Actor) -> str | None:
        """The QID for ``actor``, or None when nothing (or more than one item) matches."""
        kinds = _KINDS if actor.kind == "other" else (actor.kind,)
        table = self.table
        name = _normalised(actor.name)  # once, not once per kind
        by_name = {table[(k, name)].qid for k in kinds if (k, name) in table}
        if len(by_name) == 1:
            return by_name.pop()
        if by_name or not actor.aliases:
            return None  # the name itself is ambiguous, or there is no alias to try
        by_alias = {
            table[(k, alias)].qid
            for alias in map(_normalised, actor.aliases)
            for k in kinds
            if (k, alias) in table
        }
        return by_alias.pop() if len(by_alias) == 1 else None

    def __call__(self, doc: AnnotatedDocument, draft: Draft) -> None:
        # actor_fields: the name, kind and aliases without building each actor's mentions
        for actor in map(draft.actor_fields, draft.actor_ids):
            if actor.wikidata is not None:
                continue
            qid = self.lookup(actor)
            if qid is not None:
                # actors are frozen: the draft swaps in an updated copy with the
                # same id, which statements and events refer to
                draft.update_actor_fields(actor.id, wikidata=qid)


#: The registered extractor: :class:`WikidataLinker` over the bundled ``wikidata.tsv``.
link_wikidata = WikidataLinker()
