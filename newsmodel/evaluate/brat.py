"""Read PolNeAR-style brat standoff attribution annotations.

A corpus directory holds ``text/NAME.txt`` and ``attributions/NAME_<annotator>.ann``.
When a text has several annotation files (double-annotated articles), the
first one in sorted file-name order is used, as the PolNeAR README says.

What the loader relies on, checked against PolNeAR v1.0.0 train and dev:

* ``T`` lines are ``Tn<TAB>Label start end[;start end...]<TAB>covered text``.
  Offsets are Python ``str`` offsets into the ``.txt`` read *without* newline
  translation (``newline=""``); PolNeAR's texts contain no ``\\r``, but a
  translating read of a CRLF file would shift every later offset, so the
  loader never translates.  Fragments of a discontiguous span may be listed
  out of order ("209 236;91 186"); they are returned sorted.  The covered
  text brat stores is the fragments joined by a single space, and it may
  contain raw newlines, so a line that does not start with an annotation id
  continues the previous line's text.  ``verify=True`` (the default) checks
  that stored text against the ``.txt`` and raises :class:`BratError` on
  any mismatch, so misaligned offsets never go unnoticed.
* ``E`` lines are ``En<TAB>Type:Tk Role:Tk ...``; the first pair is the
  trigger (``Attribution`` or ``Attribution-no-source``), the rest are
  arguments.  Roles are ``Source``, ``Cue`` and ``Content``; brat numbers a
  repeated role (``Content2``), and all ``Content`` arguments of one event are
  merged into one discontiguous content.  Other roles are kept in
  :attr:`GoldAttribution.other`.  An event without any ``Content`` argument
  (one exists in the training set) cannot be scored and is listed in
  :attr:`GoldDocument.skipped` instead of :attr:`GoldDocument.attributions`.
* ``T`` spans not linked by an ``E`` line (``Discard``, ``Discuss``, stray
  labels) are ignored; ``#`` notes, ``A``/``R``/``N``/``M`` lines likewise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Fragment", "GoldAttribution", "GoldDocument", "BratError", "load_corpus", "load_document", "parse_ann"]

#: ``(start, end)`` character offsets, end exclusive.
Fragment = tuple[int, int]

_ID_LINE = re.compile(r"^([TERANM*#]\d*|\*)\t")
_ROLE_SUFFIX = re.compile(r"\d+$")


class BratError(ValueError):
    """A malformed or inconsistent annotation file (the message names file and line)."""


@dataclass
class GoldAttribution:
    """One annotated attribution: who (source) said (cue) what (content)."""

    id: str
    content: list[Fragment]
    source: list[Fragment] = field(default_factory=list)
    cue: list[Fragment] = field(default_factory=list)
    label: str = "Attribution"
    other: dict[str, list[Fragment]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "source": [list(f) for f in self.source],
            "cue": [list(f) for f in self.cue],
            "content": [list(f) for f in self.content],
            "other": {k: [list(f) for f in v] for k, v in self.other.items()},
        }


@dataclass
class GoldDocument:
    """One article's text and its gold attributions."""

    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)
    annotation_file: str | None = None
    skipped: list[str] = field(default_factory=list)

    def span_text(self, fragments: list[Fragment]) -> str:
        """The covered text of ``fragments``, joined by a space like brat does."""
        return " ".join(self.text[s:e] for s, e in fragments)


def _read_text(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, which is what brat counts.
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def parse_ann(ann: str, text: str, *, where: str = "<ann>", verify: bool = True) -> tuple[list[GoldAttribution], list[str]]:
    """Parse the content of one ``.ann`` file against its ``text``.

    Returns the attributions and a list of human-readable notes about events
    that were skipped (no content).  Raises :class:`BratError` on malformed
    lines, offsets outside the text, references to undefined spans and (with
    ``verify``) stored text that differs from the ``.txt``.
    """
    # Join continuation lines (covered text containing raw newlines) first.
    records: list[tuple[int, str]] = []
    # The file's final newline(s) terminate the last record; they are not
    # part of its covered text.
    for lineno, line in enumerate(ann.rstrip("\r\n").split("\n"), 1):
        if line.endswith("\r"):
            line = line[:-1]
        if _ID_LINE.match(line) or not records:
            if line.strip():
                records.append((lineno, line))
            continue
        prev_no, prev = records[-1]
        records[-1] = (prev_no, prev + "\n" + line)

    spans: dict[str, tuple[str, list[Fragment]]] = {}
    events: list[tuple[int, str, list[tuple[str, str]]]] = []
    n = len(text)
    for lineno, line in records:
        loc = f"{where}:{lineno}"
        if line.startswith("T"):
            parts = line.split("\t", 2)
            if len(parts) < 2:
                raise BratError(f"{loc}: malformed T line {line[:80]!r}")
            tid, body = parts[0], parts[1]
            label, _, offsets = body.partition(" ")
            frags: list[Fragment] = []
            for piece in offsets.split(";"):
                try:
                    s_str, e_str = piece.split()
                    start, end = int(s_str), int(e_str)
                except ValueError:
                    raise BratError(f"{loc}: bad offsets {offsets!r} in {tid}") from None
                if not 0 <= start < end <= n:
                    raise BratError(f"{loc}: fragment {start}:{end} of {tid} is outside the text ({n} characters) or empty")
                frags.append((start, end))
            if verify and len(parts) == 3:
                expected = " ".join(text[s:e] for s, e in frags)
                if parts[2] != expected:
                    raise BratError(f"{loc}: {tid} text {parts[2][:60]!r} differs from the .txt at {offsets} ({expected[:60]!r})")
            if tid in spans:
                raise BratError(f"{loc}: duplicate id {tid}")
            spans[tid] = (label, sorted(frags))
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2 or not parts[1].strip():
                raise BratError(f"{loc}: malformed E line {line[:80]!r}")
            args: list[tuple[str, str]] = []
            for item in parts[1].split():
                role, sep, ref = item.partition(":")
                if not sep or not ref:
                    raise BratError(f"{loc}: bad argument {item!r}")
                args.append((role, ref))
            events.append((lineno, parts[0], args))
        # other record types (A, R, N, M, #) carry nothing we score

    attributions: list[GoldAttribution] = []
    skipped: list[str] = []
    for lineno, eid, args in events:
        loc = f"{where}:{lineno}"
        for _role, ref in args:
            if ref not in spans:
                raise BratError(f"{loc}: {eid} refers to undefined span {ref}")
        label = args[0][0]
        roles: dict[str, list[Fragment]] = {}
        for role, ref in args[1:]:
            roles.setdefault(_ROLE_SUFFIX.sub("", role), []).extend(spans[ref][1])
        content = sorted(set(roles.pop("Content", [])))
        if not content:
            skipped.append(f"{loc}: {eid} ({label}) has no Content")
            continue
        attributions.append(
            GoldAttribution(
                id=eid,
                label=label,
                content=content,
                source=sorted(set(roles.pop("Source", []))),
                cue=sorted(set(roles.pop("Cue", []))),
                other=roles,
            )
        )
    return attributions, skipped


def load_document(text_path: str | Path, ann_path: str | Path, *, verify: bool = True) -> GoldDocument:
    """One document from a ``.txt`` and its ``.ann``."""
    text_path, ann_path = Path(text_path), Path(ann_path)
    text = _read_text(text_path)
    attributions, skipped = parse_ann(_read_text(ann_path), text, where=str(ann_path), verify=verify)
    return GoldDocument(
        name=text_path.stem,
        text=text,
        attributions=attributions,
        annotation_file=ann_path.name,
        skipped=skipped,
    )


def load_corpus(path: str | Path, *, verify: bool = True, limit: int | None = None) -> list[GoldDocument]:
    """All documents of a corpus directory, sorted by name.

    ``path`` must contain ``text/`` and ``attributions/``.  A text without any
    annotation file raises :class:`BratError` (the corpus is incomplete, and
    scoring it as "no attributions" would silently inflate precision errors).
    """
    root = Path(path)
    text_dir, ann_dir = root / "text", root / "attributions"
    for d in (text_dir, ann_dir):
        if not d.is_dir():
            raise FileNotFoundError(f"{d} is not a directory (expected {root}/text and {root}/attributions)")
    by_name: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        name, sep, annotator = ann.stem.rpartition("_")
        if sep and name and annotator:
            by_name.setdefault(name, []).append(ann)
    docs: list[GoldDocument] = []
    for txt in sorted(text_dir.glob("*.txt")):
        if limit is not None and len(docs) >= limit:
            break
        anns = by_name.get(txt.stem)
        if not anns:
            raise BratError(f"{txt} has no annotation file {ann_dir}/{txt.stem}_<annotator>.ann")
        docs.append(load_document(txt, anns[0], verify=verify))
    return docs
