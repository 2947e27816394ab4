"""Events: PLOVER category, roles, time and factuality.

Triggers come from ``event_triggers.tsv`` (lemma + POS -> category and
mode, each entry citing its PLOVER/CAMEO source); multi-word triggers win
over their head word.  Roles:

* verb triggers: agent = subject (parse ``nsubj`` or the nearest actor
  mention before the verb in its clause), targets = actors in the object
  up to the end of the clause;
* noun triggers: agents = actor mentions modifying the noun ("U.S. and
  Israeli strikes"), targets = actors after "on/against/of" ("strikes on
  the Islamic Republic").

Factuality: ``hypothetical`` inside an if-clause, ``negated`` under a
negation, ``denied`` inside a denied claim, ``reported`` inside a statement
(``statement`` links it), else ``asserted``.  Precision over recall: a
trigger with neither agent nor target is dropped.
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..engines.rules.ner import _MONTHS, _WEEKDAYS
from ..lexicons import rows
from .mentions import clause_end, is_negated, mention_index
from .statements import statement_context

_TARGET_PREPS = {"on", "against", "of", "with", "to", "at", "into"}
_TIME_PREPS = {"on", "in", "last", "since", "during", "this", "next", "earlier"}


@lru_cache(maxsize=1)
def _triggers() -> dict[tuple[tuple[str, ...], str], tuple[str, str | None]]:
    out: dict[tuple[tuple[str, ...], str], tuple[str, str | None]] = {}
    for r in rows("event_triggers.tsv"):
        if len(r) >= 4:
            mode = None if r[3] in ("-", "") else r[3]
            out.setdefault((tuple(r[0].lower().split()), r[1].upper()), (r[2], mode))
    return out


def _match(doc: AnnotatedDocument, t: Token) -> tuple[int, str, str | None] | None:
    """(length in tokens, category, mode) of the longest trigger at ``t``."""
    table = _triggers()
    pos = "NOUN" if t.pos in ("NOUN", "PROPN") else "VERB" if t.pos in ("VERB", "AUX") else t.pos
    sent = doc.sentences[t.sent]
    for n in (3, 2, 1):
        if t.i + n > sent.token_end:
            continue
        lemmas = tuple(doc.tokens[k].lemma.lower() for k in range(t.i, t.i + n))
        for p in (pos, "VERB", "NOUN") if n > 1 else (pos,):
            hit = table.get((lemmas, p))
            if hit:
                return n, hit[0], hit[1]
        if n == 1 and pos not in ("NOUN", "VERB"):
            hit = table.get((lemmas, "NOUN")) or table.get((lemmas, "VERB"))
            if hit and t.pos in ("X", "ADJ"):
                return 1, hit[0], hit[1]
    return None


def extract_events(doc: AnnotatedDocument, draft: Draft) -> None:
    idx = mention_index(draft)
    skip_until = -1
    for t in doc.tokens:
        if t.i < skip_until or t.pos in ("PUNCT", "PROPN", "DET", "ADP", "PRON"):
            continue
        m = _match(doc, t)
        if m is None:
            continue
        n, category, mode = m
        skip_until = t.i + n
        sent = doc.sentences[t.sent]
        last = doc.tokens[t.i + n - 1]
        is_noun = t.pos in ("NOUN",)
        agents: list[str] = []
        targets: list[str] = []
        if is_noun:
            # modifiers before the noun: "U.S. and Israeli strikes"
            k = t.i - 1
            while k >= sent.token_start and (doc.tokens[k].pos in ("PROPN", "ADJ", "CCONJ", "NOUN") or doc.tokens[k].text in ("’s", "'s", ",")):
                a = idx.at(doc.tokens[k].start, doc.tokens[k].end)
                if a and a not in agents:
                    agents.insert(0, a)
                k -= 1
            j = last.i + 1
            if j < sent.token_end and doc.tokens[j].text.lower() in _TARGET_PREPS:
                end = clause_end(doc, j + 1)
                targets = _actors_in(doc, idx, j + 1, min(end, j + 8))
            if not agents:
                agents = _verb_subject_of_noun(doc, draft, t)
        else:
            agents = _subject(doc, draft, t)
            end = clause_end(doc, last.i + 1)
            targets = [a for a in _actors_in(doc, idx, last.i + 1, min(end, last.i + 12)) if a not in agents]
        if not agents and not targets:
            continue
        factuality, statement = _factuality(doc, draft, t)
        time = _time(doc, t)
        draft.add_event(
            type=category,
            mode=mode,
            trigger=draft.span(t.start, last.end),
            agents=agents,
            targets=[x for x in targets if x not in agents],
            time=draft.span(*time) if time else None,
            factuality=factuality,
            statement=statement,
            confidence=0.6 if agents and targets else 0.45,
        )


def _actors_in(doc: AnnotatedDocument, idx, a: int, b: int) -> list[str]:  # type: ignore[no-untyped-def]
    if b <= a:
        return []
    out: list[str] = []
    for s, e, actor in idx.between(doc.tokens[a].start, doc.tokens[b - 1].end):
        if actor not in out:
            out.append(actor)
    return out


def _subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    ctx = statement_context(doc, draft)
    src = ctx.subject_of(t)
    if src is None or src.actor is None:
        # participles ("by condemning", "declined to send"): the clause's subject
        sent = doc.sentences[t.sent]
        for k in range(t.i - 1, sent.token_start - 1, -1):
            a = ctx.idx.at(doc.tokens[k].start, doc.tokens[k].end)
            if a and doc.tokens[k].pos in ("PROPN", "PRON", "NOUN"):
                return [a]
        return []
    return [src.actor]


def _verb_subject_of_noun(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """'Doha had enabled the brokered ceasefire': the subject of the governing verb."""
    sent = doc.sentences[t.sent]
    for k in range(t.i - 1, max(sent.token_start, t.i - 5) - 1, -1):
        v = doc.tokens[k]
        if v.pos == "VERB":
            return _subject(doc, draft, v)
    return []


def _factuality(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[str, str | None]:
    for d in draft.denials:
        if d.denied is not None and d.denied.start <= t.start < d.denied.end:
            return "denied", d.statement
    sent = doc.sentences[t.sent]
    for k in range(sent.token_start, t.i):
        if doc.tokens[k].text.lower() in ("if", "unless", "whether"):
            # inside the if-clause: up to its comma
            comma = next((m for m in range(k, sent.token_end) if doc.tokens[m].text == ","), sent.token_end)
            if t.i < comma:
                return "hypothetical", _statement_at(draft, t)
    if is_negated(doc, t):
        return "negated", _statement_at(draft, t)
    st = _statement_at(draft, t)
    if st is not None:
        return "reported", st
    return "asserted", None


def _statement_at(draft: Draft, t: Token) -> str | None:
    for st in draft.statements:
        for c in st.content:
            if c.start <= t.start < c.end:
                return st.id
    return None


def _time(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """The DATE entity in the trigger's sentence nearest the trigger, with its preposition."""
    sent = doc.sentences[t.sent]
    best = None
    for e in doc.entities:
        if e.label not in ("DATE", "TIME") or not (sent.token_start <= e.token_start < sent.token_end):
            continue
        dist = abs(e.token_start - t.i)
        if best is None or dist < best[0]:
            best = (dist, e)
    if best is None:
        return None
    e = best[1]
    start = e.start
    prev = doc.tokens[e.token_start - 1] if e.token_start > sent.token_start else None
    first = doc.tokens[e.token_start].text.lower()
    if prev is not None and prev.text.lower() in _TIME_PREPS and (first in _WEEKDAYS or first in _MONTHS or first[:1].isdigit()):
        start = prev.start
    return start, e.end
