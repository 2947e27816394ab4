"""Denial recall on a brat attribution corpus (PolNeAR).

PolNeAR has no denial layer, but many of its attributions are denials: the
cue is "denied", "rejected", "dismissed", "a denial"...  Those attributions
are the gold here:

* gold denial: an attribution one of whose cue words is an inflection of a
  ``verb`` or ``noun`` cue of ``lexicons/denial_cues.tsv`` ("denies",
  "disputed", "rebutting", "brushed ... aside").  Inflections are generated
  from the lemma, not taken from an engine, so the gold set is the same
  whichever engine is scored.  Cues that the lexicon itself lists as
  exclusions ("declined to comment", "denied bail") are not gold denials:
  the extractor is *meant* to skip them.
* found: some extracted Denial whose cue or denied span shares a character
  with the gold cue, and whose denier matches the gold Source -- the
  denier actor has a mention overlapping the Source, or its name or an
  alias equals the Source text (or the Source's last word, for
  "Mr. Smith" / "Smith").  An attribution without a Source only needs the
  overlapping cue.

Matching is one-to-one per document.  ``extra`` counts extracted Denials
whose cue overlaps no attribution cue or content at all, a rough upper
bound on false positives (PolNeAR does not annotate every denial, so it is
not a precision).  A gold Source that is a relative pronoun ("the Saudi
government, which denied") is matched by a denier mention just before it.
Both the raw recall and the recall on claim denials only are reported
(see :func:`gold_denials`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from .brat import Fragment, GoldAttribution, GoldDocument, load_corpus

__all__ = ["DenialReport", "is_denial_cue", "gold_denials", "score_denials", "evaluate_denials"]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """(cue lemmas split into words, exclusion phrases) from ``denial_cues.tsv``."""
    from ..lexicons import rows

    cues, exclusions = [], []
    for r in rows("denial_cues.tsv"):
        if len(r) >= 2 and r[1] in ("verb", "noun"):
            cues.append(tuple(r[0].lower().split()))
        elif len(r) >= 2 and r[1] == "exclusion":
            exclusions.append(r[0].lower())
    return tuple(cues), tuple(exclusions)


def _inflections(lemma: str) -> set[str]:
    """Regular English inflections of a verb or noun lemma (deny -> denies, denied, denying)."""
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        stem = lemma[:-1]
        forms |= {stem + "ies", stem + "ied", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        # consonant doubling: rebut -> rebutted, rebutting
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def is_denial_cue(cue_text: str) -> bool:
    """True when the cue text is a denial verb or noun of the lexicon, inflected."""
    words = re.findall(r"[a-z]+", cue_text.lower())
    cues, exclusions = _lexicon()
    if any(ex in " ".join(words) for ex in exclusions):
        return False
    for cue in cues:
        heads = _inflections(cue[0])
        for k, w in enumerate(words):
            if w in heads and all(p in words[k + 1 :] for p in cue[1:]):
                return True
    return False


def gold_denials(doc: GoldDocument, *, claims_only: bool = False) -> list[GoldAttribution]:
    """The attributions of ``doc`` whose cue is a denial verb or noun.

    ``claims_only`` keeps only those that deny a claim as the issue defines
    one: the cue is not negated ("did not dispute") and the content does not
    open with a refusal object ("rejected a request to ...", "deny them
    permits": PLOVER REJECT or a refusal, which the extractor must skip).
    """
    out = []
    for a in doc.attributions:
        if not a.cue or not is_denial_cue(doc.span_text(a.cue)):
            continue
        if claims_only and not _denies_claim(doc, a):
            continue
        out.append(a)
    return out


def _denies_claim(doc: GoldDocument, a: GoldAttribution) -> bool:
    from ..lexicons import rows

    cue = set(re.findall(r"[a-z']+", doc.span_text(a.cue).lower()))
    if cue & {"not", "never", "n't", "refuses", "refused", "failed"}:
        return False
    refusal = {r[0] for r in rows("denial_cues.tsv") if len(r) >= 2 and r[1] == "refusal"}
    head = re.findall(r"[a-z]+", doc.span_text(a.content).lower())[:6]
    return not any(w in refusal or (w.endswith("s") and w[:-1] in refusal) for w in head)


def _overlaps(frags: Sequence[Fragment], start: int, end: int) -> bool:
    return any(min(b, end) > max(a, start) for a, b in frags)


def _key(text: str) -> str:
    key = " ".join(re.sub(r"[^\w\s.-]", " ", text.lower()).split())
    return key[4:] if key.startswith("the ") else key


def _denier_matches(article: Any, denier: str | None, gold: GoldAttribution, text: str) -> bool:
    if not gold.source:
        return True
    actor = article.actor(denier)
    if actor is None:
        return False
    if any(_overlaps(gold.source, m.start, m.end) for m in actor.mentions):
        return True
    src = _key(" ".join(text[a:b] for a, b in gold.source))
    if src in _RELATIVE:
        # "the Saudi government, which has denied": the antecedent just before the pronoun
        at = gold.source[0][0]
        return any(at - 80 <= m.start and m.end <= at and "\n" not in text[m.end : at] for m in actor.mentions)
    names = {_key(n) for n in [actor.name, *actor.aliases] if n}
    return bool(src) and any(src == n or src.split()[-1] == n.split()[-1] for n in names if n)


_RELATIVE = {"who", "which", "that", "whom"}


@dataclass
class DenialReport:
    """Recall of denial-cue attributions as Denials (see the module docstring)."""

    label: str = ""
    gold: int = 0
    found: int = 0
    #: the same, on the attributions that deny a claim (``gold_denials(claims_only=True)``)
    claim_gold: int = 0
    claim_found: int = 0
    cue_only: int = 0  # cue overlapped but the denier was wrong
    extracted: int = 0
    extra: int = 0
    missed: list[dict[str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def claim_recall(self) -> float:
        return self.claim_found / self.claim_gold if self.claim_gold else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "recall": round(self.recall, 4), "claim_recall": round(self.claim_recall, 4)}

    def format_table(self) -> str:
        lines = [
            f"denials {self.label}",
            f"  gold denial-cue attributions  {self.gold}",
            f"  found (cue + denier)          {self.found}   recall {self.recall:.3f}",
            f"  claim denials only            {self.claim_found}/{self.claim_gold}   recall {self.claim_recall:.3f}",
            f"  cue found, denier wrong       {self.cue_only}",
            f"  denials extracted             {self.extracted}   ({self.extra} overlap no attribution)",
        ]
        if self.missed:
            lines.append("")
            lines.append("  missed (document: cue | source)")
            lines += [f"  {m['doc']}: {m['cue']} | {m['source']}" for m in self.missed]
        return "\n".join(lines)


def score_denials(docs: Sequence[GoldDocument], articles: Sequence[Any], *, label: str = "") -> DenialReport:
    """Score already-extracted Articles (same order as ``docs``)."""
    rep = DenialReport(label=label)
    for doc, article in zip(docs, articles):
        rep.extracted += len(article.denials)
        spans = [f for a in doc.attributions for f in (a.cue + a.content)]
        rep.extra += sum(1 for d in article.denials if not _overlaps(spans, d.cue.start, d.cue.end))
        used: set[str] = set()
        claims = {g.id for g in gold_denials(doc, claims_only=True)}
        for g in gold_denials(doc):
            rep.gold += 1
            rep.claim_gold += g.id in claims
            near = [
                d
                for d in article.denials
                if d.id not in used
                and (_overlaps(g.cue, d.cue.start, d.cue.end) or (d.denied and _overlaps(g.cue, d.denied.start, d.denied.end)))
            ]
            hit = next((d for d in near if _denier_matches(article, d.denier, g, doc.text)), None)
            if hit is not None:
                used.add(hit.id)
                rep.found += 1
                rep.claim_found += g.id in claims
                continue
            rep.cue_only += bool(near)
            rep.missed.append({"doc": doc.name, "cue": doc.span_text(g.cue), "source": doc.span_text(g.source) if g.source else "-"})
    return rep


def evaluate_denials(path: str | Path, *, engine: str = "rules", limit: int | None = None) -> DenialReport:
    """Extract every document of a brat corpus with ``engine`` and score its Denials."""
    from .. import pipeline

    docs = load_corpus(path, limit=limit)
    articles = list(pipeline.extract_many([{"text": d.text, "id": d.name} for d in docs], engine=engine, batch_size=16))
    return score_denials(docs, articles, label=f"{Path(path).name} ({engine})")
