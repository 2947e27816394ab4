"""Score one Article against a hand-written seed gold file (``*.gold.json``).

The gold names everything by string: statement contents, cues and triggers
are exact substrings of the article, actors are canonical names.  Strings
are placed in the text like this (:func:`~newsmodel.evaluate.spans.find_word`):

* statement contents and ``not_statements``: the first whole-word
  occurrence at or after the start of the previous item of the same list
  (the gold lists them in reading order), falling back to the first
  occurrence anywhere; these are long and in practice unique;
* statement cues: the occurrence nearest to the statement's content (for
  the report only; the acceptance rule does not look at cues);
* denial cues, event triggers and actor mentions: *every* whole-word
  occurrence ("ceasefire" appears three times; the type, denier and
  agent checks keep that from being lenient in practice).

A gold string that does not occur in the text raises ``ValueError``: the
gold and the text do not belong together.

Rules (names are compared case-insensitively; a predicted actor matches a
gold name by its canonical ``name`` or one of its ``aliases``):

* statement found: some extracted statement has the gold speaker and a
  content span sharing at least half of the shorter span's characters
  with the gold content (the gold file's own acceptance rule; not
  one-to-one, so one long extracted statement may find two gold ones);
* not_statement wrongly extracted: some statement content span overlaps it
  by at least half of the shorter span;
* denial found: an extracted denial whose cue shares a character with the
  gold cue and whose denier matches;
* event found: an extracted event whose trigger shares a character with
  the gold trigger, of the same PLOVER type, whose agents and targets match
  the gold names as sets (same size, each gold name matched by a distinct
  actor);
* denied event found: an extracted event whose trigger overlaps and whose
  factuality is ``denied``;
* actor found: an extracted actor whose canonical name equals the gold
  name (aliases do not count here: the canonical name is what is scored)
  and one of whose mentions overlaps an occurrence of a gold mention;
* actor split: two or more extracted actors assigned to the same gold
  actor.  An extracted actor is assigned to the gold actor whose mention
  occurrences' *heads* (last word: "Peskov" in "Kremlin spokesman Dmitry
  Peskov") overlap the most of its mentions; ties go to the gold actor it
  names, otherwise it stays unassigned.  Heads, because an extracted
  "Syria" from "Syrian leader Bashar al-Assad" is a modifier's entity, not
  a second Assad.  Gold occurrences nested in a longer occurrence of
  another gold actor's mention are dropped first, for found and split alike
  ("Kremlin" inside "Kremlin spokesman Dmitry Peskov" is Peskov's).
"""

from __future__ import annotations

import itertools
from typing import Any, Sequence

from .seed_report import (
    ActorResult,
    DeniedEventResult,
    DenialResult,
    EventResult,
    NotStatementResult,
    SeedReport,
    StatementResult,
)
from .spans import Fragment, find_all_words, find_word, half_shorter_overlap

__all__ = ["SeedReport", "score_seed", "locate_gold"]


def _overlap_any(a: Fragment, b: Fragment) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _head(text: str, occ: Fragment) -> Fragment:
    """The last whitespace-separated word of an occurrence (its head, in English NPs)."""
    start, end = occ
    while end > start and text[end - 1].isspace():
        end -= 1
    head = end
    while head > start and not text[head - 1].isspace():
        head -= 1
    return (head, end) if end > head else occ


def _span(sp: Any) -> Fragment:
    return (sp.start, sp.end)


def _require(text: str, needle: str, what: str) -> list[Fragment]:
    occ = find_all_words(text, needle)
    if not occ:
        raise ValueError(f"gold {what} {needle!r} does not occur in the article text")
    return occ


class _Names:
    """Actor-id → acceptable lowercased names for one Article."""

    def __init__(self, article: Any) -> None:
        self.article = article
        self.by_id: dict[str, set[str]] = {}
        self.canonical: dict[str, str] = {}
        for a in article.actors:
            self.by_id[a.id] = {n.strip().lower() for n in [a.name, *a.aliases] if n and n.strip()}
            self.canonical[a.id] = a.name

    def name(self, actor_id: str | None) -> str | None:
        return self.canonical.get(actor_id) if actor_id is not None else None

    def matches(self, actor_id: str | None, gold_name: str | None) -> bool:
        if gold_name is None or actor_id is None:
            return gold_name is None and actor_id is None
        return gold_name.strip().lower() in self.by_id.get(actor_id, set())

    def set_matches(self, actor_ids: Sequence[str], gold_names: Sequence[str]) -> bool:
        ids, names = list(dict.fromkeys(actor_ids)), list(dict.fromkeys(n.lower() for n in gold_names))
        if len(ids) != len(names):
            return False
        if len(ids) > 7:  # no real event has that many; avoid factorial blow-up
            return {(self.name(i) or "").lower() for i in ids} == set(names)
        return any(all(self.matches(i, n) for i, n in zip(perm, names)) for perm in itertools.permutations(ids))


# -- scoring ------------------------------------------------------------------


def locate_gold(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """Where the gold's strings are in ``text`` (see the module docstring)."""
    located: dict[str, Any] = {"statements": [], "not_statements": []}
    cursor = 0
    for st in gold.get("statements", []):
        span = find_word(text, st["content"], cursor)
        if span is None:
            raise ValueError(f"gold statement content {st['content']!r} does not occur in the article text")
        cursor = span[0]
        cue_span = None
        if st.get("cue"):
            occ = _require(text, st["cue"], "statement cue")
            cue_span = min(occ, key=lambda o: max(span[0] - o[1], o[0] - span[1], 0))
        located["statements"].append((span, cue_span))
    cursor = 0
    for ns in gold.get("not_statements", []):
        span = find_word(text, ns, cursor)
        if span is None:
            raise ValueError(f"gold not_statement {ns!r} does not occur in the article text")
        cursor = span[0]
        located["not_statements"].append(span)
    return located


def score_seed(gold: dict[str, Any], article: Any) -> SeedReport:
    """Compare ``article`` with a seed gold dict (a parsed ``*.gold.json``)."""
    text: str = article.text
    names = _Names(article)
    located = locate_gold(gold, text)
    statements = list(article.statements)

    # statements
    st_results: list[StatementResult] = []
    used: set[str] = set()
    for k, (g, (span, cue_span)) in enumerate(zip(gold.get("statements", []), located["statements"]), 1):
        content_hits = [
            s for s in statements if any(half_shorter_overlap(span, _span(c)) for c in s.content)
        ]
        found = [s for s in content_hits if names.matches(s.speaker, g.get("speaker"))]
        best = found[0] if found else (
            max(content_hits, key=lambda s: max(min(span[1], c.end) - max(span[0], c.start) for c in s.content))
            if content_hits
            else None
        )
        if found:
            used.update(s.id for s in found)
        st_results.append(
            StatementResult(
                index=k,
                speaker=g.get("speaker"),
                content=g["content"],
                span=span,
                cue=g.get("cue"),
                cue_span=cue_span,
                found=bool(found),
                matched=found[0].id if found else None,
                content_found=bool(content_hits),
                predicted_speaker=names.name(best.speaker) if best is not None else None,
            )
        )

    ns_results = []
    for ns, span in zip(gold.get("not_statements", []), located["not_statements"]):
        hits = [s.id for s in statements if any(half_shorter_overlap(span, _span(c)) for c in s.content)]
        ns_results.append(NotStatementResult(text=ns, span=span, extracted=bool(hits), statements=hits))

    # denials
    den_results = []
    for g in gold.get("denials", []):
        occ = _require(text, g["cue"], "denial cue")
        hits = [d for d in article.denials if any(_overlap_any(_span(d.cue), o) for o in occ)]
        found = [d for d in hits if names.matches(d.denier, g.get("denier"))]
        den_results.append(
            DenialResult(
                denier=g.get("denier"),
                cue=g["cue"],
                found=bool(found),
                matched=found[0].id if found else None,
                predicted_denier=names.name((found or hits)[0].denier) if (found or hits) else None,
            )
        )

    # events
    ev_results = []
    for g in gold.get("events", []):
        occ = _require(text, g["trigger"], "event trigger")
        typed = [
            e for e in article.events if e.type == g["type"] and any(_overlap_any(_span(e.trigger), o) for o in occ)
        ]
        found = [
            e
            for e in typed
            if names.set_matches(e.agents, g.get("agents", [])) and names.set_matches(e.targets, g.get("targets", []))
        ]
        pick = (found or typed)[0] if (found or typed) else None
        ev_results.append(
            EventResult(
                type=g["type"],
                trigger=g["trigger"],
                agents=list(g.get("agents", [])),
                targets=list(g.get("targets", [])),
                found=bool(found),
                matched=found[0].id if found else None,
                type_found=bool(typed),
                predicted_agents=[names.name(a) or a for a in pick.agents] if pick else None,
                predicted_targets=[names.name(a) or a for a in pick.targets] if pick else None,
            )
        )

    de_results = []
    for g in gold.get("denied_events", []):
        occ = _require(text, g["trigger"], "denied event trigger")
        hits = [
            e for e in article.events if e.factuality == "denied" and any(_overlap_any(_span(e.trigger), o) for o in occ)
        ]
        de_results.append(
            DeniedEventResult(
                trigger=g["trigger"],
                description=g.get("description"),
                found=bool(hits),
                matched=hits[0].id if hits else None,
            )
        )

    # actors
    gold_actors = gold.get("actors", [])
    raw_occ: list[list[Fragment]] = [
        sorted({o for m in ga.get("mentions", []) for o in _require(text, m, f"mention of {ga['name']}")})
        for ga in gold_actors
    ]
    occ_by_actor: list[list[Fragment]] = []
    for i, occs in enumerate(raw_occ):
        keep = []
        for o in occs:
            nested = any(
                j != i and p[0] <= o[0] and o[1] <= p[1] and (p[1] - p[0]) > (o[1] - o[0])
                for j, others in enumerate(raw_occ)
                for p in others
            )
            if not nested:
                keep.append(o)
        occ_by_actor.append(keep)

    heads_by_actor: list[list[Fragment]] = [[_head(text, o) for o in occs] for occs in occ_by_actor]

    def hits(actor: Any, i: int, spans: list[list[Fragment]] = occ_by_actor) -> int:
        return sum(1 for m in actor.mentions if any(_overlap_any(_span(m), o) for o in spans[i]))

    assigned: dict[int, list[tuple[str, str]]] = {i: [] for i in range(len(gold_actors))}
    for actor in article.actors:
        counts = [hits(actor, i, heads_by_actor) for i in range(len(gold_actors))]
        top = max(counts, default=0)
        if top == 0:
            continue
        tied = [i for i, c in enumerate(counts) if c == top]
        if len(tied) > 1:
            tied = [i for i in tied if gold_actors[i]["name"].strip().lower() in names.by_id.get(actor.id, set())]
        if len(tied) == 1:
            assigned[tied[0]].append((actor.id, actor.name))

    act_results = []
    for i, ga in enumerate(gold_actors):
        match = next(
            (
                a
                for a in article.actors
                if a.name.strip().lower() == ga["name"].strip().lower() and hits(a, i) > 0
            ),
            None,
        )
        act_results.append(
            ActorResult(name=ga["name"], found=match is not None, matched=match.id if match else None, assigned=assigned[i])
        )

    return SeedReport(
        article=str(gold.get("article", getattr(article, "id", "article"))),
        statements=st_results,
        not_statements=ns_results,
        denials=den_results,
        events=ev_results,
        denied_events=de_results,
        actors=act_results,
        extracted_statements=len(statements),
        unmatched_statements=[s.id for s in statements if s.id not in used],
    )
