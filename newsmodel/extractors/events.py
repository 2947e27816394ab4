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

import datetime as _dt
from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..engines.rules.ner import _MONTHS, _WEEKDAYS
from ..lexicons import rows
from .mentions import QUOTE_CHARS, clause_end, is_negated, mention_index, speech_verbs
from .roles import actor_of, actors_in, agent_actor, kids, object_tokens, possessor_before
from .tree import subtree_bounds
from .statements import statement_context

_TARGET_PREPS = {"on", "against", "of", "with", "to", "at", "into"}
_TIME_PREPS = {"on", "in", "last", "since", "during", "this", "next", "earlier"}
_SUBORDINATORS = {"when", "while", "after", "before", "because", "since", "if", "which", "who", "as", "although", "but", "saying", "adding"}


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


@lru_cache(maxsize=1)
def _cue_class() -> dict[str, str]:
    """Word -> class (light | modal | not-done | mute) from ``event_cues.tsv``."""
    return {r[0]: r[1] for r in rows("event_cues.tsv") if len(r) >= 2}


def _words_of(cls: str) -> frozenset[str]:
    return frozenset(w for w, c in _cue_class().items() if c == cls)


#: Categories whose events are often complete without a target ("declined to send troops",
#: "a ceasefire", "troops mobilised", "protesters marched"); all others need agent and target.
_TARGETLESS = {"RETREAT", "REJECT", "MOBILIZE", "PROTEST", "CONCEDE"}


def extract_events(doc: AnnotatedDocument, draft: Draft) -> None:
    skip_until = -1
    for t in doc.tokens:
        if t.i < skip_until or t.pos in ("PUNCT", "PROPN", "DET", "ADP", "PRON"):
            continue
        m = _match(doc, t)
        if m is None:
            continue
        n, category, mode = m
        skip_until = t.i + n
        last = doc.tokens[t.i + n - 1]
        if _filtered(doc, t, last, category):
            continue
        if doc.has_parse:
            agents, targets = _parse_roles(doc, draft, t)
        else:
            agents, targets = _surface_roles(doc, draft, t, last)
        loc = _location(doc, t)
        if loc is not None:
            where = mention_index(draft).at(*loc)
            targets = [x for x in targets if x != where or (doc.has_parse and _is_object(doc, t, loc))]
        targets = [x for x in targets if x not in agents]
        if not agents or (not targets and category not in _TARGETLESS):
            continue  # precision over recall: an event needs its participants
        factuality, statement = _factuality(doc, draft, t)
        time = _time(doc, t)
        draft.add_event(
            type=category,
            mode=mode,
            trigger=draft.span(t.start, last.end),
            agents=agents,
            targets=targets,
            time=draft.span(*time) if time else None,
            location=draft.span(*loc) if loc else None,
            date=resolve_date(doc.text[time[0] : time[1]], draft.published) if time else None,
            factuality=factuality,
            statement=statement,
            confidence=0.6 if targets else 0.45,
        )


def _location(doc: AnnotatedDocument, t: Token) -> tuple[int, int] | None:
    """A place entity after "in/at" in the trigger's clause ("met Araqchi in Moscow")."""
    sent = doc.sentences[t.sent]
    end = clause_end(doc, t.i) if t.i < sent.token_end else t.i
    for e in doc.entities:
        if e.label in ("GPE", "LOC", "FAC") and t.i < e.token_start < end:
            prev = doc.tokens[e.token_start - 1]
            if prev.text.lower() in ("in", "at", "near", "outside", "inside"):
                return e.start, e.end
    return None


def _is_object(doc: AnnotatedDocument, t: Token, loc: tuple[int, int]) -> bool:
    """The place is the verb's own object ("visited Moscow"), so a target as well as the location."""
    return any(o.start <= loc[0] < o.end or loc[0] <= o.start < loc[1] for o in object_tokens(doc, t))


def _filtered(doc: AnnotatedDocument, t: Token, last: Token, category: str) -> bool:
    """Precision filters: trigger words that name no event here."""
    nxt = doc.tokens[last.i + 1] if last.i + 1 < doc.sentences[t.sent].token_end else None
    if t.pos == "NOUN":
        # a modifier of another noun names a kind, not an event ("cooperation treaty")
        if doc.has_parse and t.dep == "compound":
            return True
        if not doc.has_parse and nxt is not None and nxt.pos == "NOUN" and t.i == last.i:
            return True
    if category == "REJECT" and t.lemma.lower() in _words_of("not-done"):
        comp = _complement(doc, t)
        if comp is None or comp.lemma.lower() in _words_of("mute") or comp.lemma.lower() in speech_verbs():
            return True  # "declined to comment" is no REJECT
    gov = _governor(doc, t)
    if gov is not None and gov.lemma.lower() in ("decline", "refuse") and _match(doc, gov):
        return True  # "declined to send troops": the REJECT event says it all
    return False


def _complement(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb after "declined/refused (to)"."""
    if doc.has_parse:
        xs = kids(doc, t.i, ("xcomp",))
        return xs[0] if xs else None
    k = t.i + 1
    if k < len(doc.tokens) and doc.tokens[k].text.lower() == "to":
        k += 1
    return doc.tokens[k] if k < doc.sentences[t.sent].token_end and doc.tokens[k].sent == t.sent else None


def _governor(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb that governs an infinitive or gerund trigger ("declined to send", "avoided blaming")."""
    if doc.has_parse:
        if t.head is not None and t.dep == "xcomp":
            return doc.tokens[t.head]
        return None
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADV":
        k -= 1
    if k >= sent.token_start and doc.tokens[k].text.lower() == "to":
        k -= 1
    return doc.tokens[k] if k >= sent.token_start and doc.tokens[k].pos == "VERB" else None


# -- roles from the parse ---------------------------------------------------------


def _parse_roles(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[list[str], list[str]]:
    if t.pos == "NOUN":
        agents, targets = _nominal_roles(doc, draft, t)
        if not agents:
            agents = _light_verb_agent(doc, draft, t)
        return agents, targets
    agent = agent_actor(doc, draft, t)
    agents = [agent] if agent else []
    targets: list[str] = []
    for o in object_tokens(doc, t):
        targets += _object_actors(doc, draft, o)
    for c in doc.children(t.i):
        if c.dep in ("obl", "obl:arg", "nmod") and _case(doc, c) in _TARGET_PREPS:
            a = actor_of(doc, draft, c, nominal=False)
            targets += [a] if a else _actors_under(doc, draft, c)
    return agents, list(dict.fromkeys(targets))


def _case(doc: AnnotatedDocument, tok: Token) -> str:
    return next((c.text.lower() for c in doc.children(tok.i) if c.dep == "case"), "")


def _actors_under(doc: AnnotatedDocument, draft: Draft, tok: Token) -> list[str]:
    lo, hi = subtree_bounds(doc, tok.i)
    return actors_in(doc, draft, lo, hi)


def _object_actors(doc: AnnotatedDocument, draft: Draft, o: Token) -> list[str]:
    """Actors an object refers to; for an event noun ("condemning U.S. strikes") its agents."""
    if o.pos == "NOUN" and _match(doc, o):
        agents, _targets = _nominal_roles(doc, draft, o)
        return agents
    a = mention_index(draft).at(o.start, o.end)
    if a:
        out = [a]
        for c in doc.children(o.i):
            if c.dep == "conj":
                out += _object_actors(doc, draft, c)
        return out
    return _actors_under(doc, draft, o)


def _nominal_roles(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[list[str], list[str]]:
    """'U.S. and Israeli strikes on the Islamic Republic': modifiers are agents, on/against-phrases targets."""
    agents: list[str] = []
    targets: list[str] = []
    for c in doc.children(t.i):
        prep = _case(doc, c)
        if c.dep in ("nmod", "obl") and prep in _TARGET_PREPS and prep != "of":
            targets += _actors_under(doc, draft, c)
        elif c.dep in ("nmod:poss", "poss", "amod", "compound", "nmod") and prep in ("", "by", "of", "'s", "’s"):
            agents += _actors_under(doc, draft, c)
    return list(dict.fromkeys(agents)), list(dict.fromkeys(targets))


def _light_verb_agent(doc: AnnotatedDocument, draft: Draft, t: Token) -> list[str]:
    """'Doha had enabled the brokered ceasefire': the subject of a light verb governing the noun."""
    if t.head is None or t.dep not in ("obj", "nsubj:pass"):
        return []
    verb = doc.tokens[t.head]
    if verb.lemma.lower() not in _words_of("light"):
        return []
    a = agent_actor(doc, draft, verb)
    return [a] if a else []


# -- roles without a parse ---------------------------------------------------------


def _surface_roles(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> tuple[list[str], list[str]]:
    idx = mention_index(draft)
    sent = doc.sentences[t.sent]
    agents: list[str] = []
    targets: list[str] = []
    if t.pos == "NOUN":
        k = t.i - 1  # modifiers before the noun: "U.S. and Israeli strikes"
        while k >= sent.token_start and (doc.tokens[k].pos in ("PROPN", "ADJ", "CCONJ", "NOUN") or doc.tokens[k].text in ("’s", "'s", ",")):
            a = idx.at(doc.tokens[k].start, doc.tokens[k].end)
            if a and a not in agents:
                agents.insert(0, a)
            k -= 1
        j = last.i + 1
        if j < sent.token_end and doc.tokens[j].text.lower() in _TARGET_PREPS:
            targets = _actors_in(doc, idx, j + 1, _target_end(doc, j + 1, 8))
        if not agents:
            agents = _verb_subject_of_noun(doc, draft, t)
        return agents, targets
    agents = _subject(doc, draft, t)
    targets = _actors_in(doc, idx, last.i + 1, _target_end(doc, last.i + 1, 12))
    k = t.i - 1  # "with which he signed": the antecedent of the relative pronoun
    while k > sent.token_start and doc.tokens[k].pos in ("PRON", "AUX", "ADV") and doc.tokens[k].text.lower() not in ("which", "whom"):
        k -= 1
    if k > sent.token_start + 1 and doc.tokens[k].text.lower() in ("which", "whom") and doc.tokens[k - 1].text.lower() in _TARGET_PREPS:
        ante = idx.before(doc.tokens[k - 1].start, limit=doc.tokens[max(sent.token_start, k - 8)].start)
        if ante:
            targets.insert(0, ante[0][2])
    return agents, targets


def _target_end(doc: AnnotatedDocument, a: int, limit: int) -> int:
    """End of the object region: the clause end, a quote mark or a subordinate clause, within ``limit`` tokens."""
    end = min(clause_end(doc, a), a + limit) if a < len(doc.tokens) else a
    opened = False
    for k in range(a, end):
        w = doc.tokens[k].text
        if w in QUOTE_CHARS:
            if k == a:
                opened = True  # the object is itself a quotation: run to its close
                continue
            if not opened:
                return k  # the close of the quotation the trigger is in
            opened = False
        elif w.lower() in _SUBORDINATORS and k > a and not opened:
            return k
    return end


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
    k = t.i - 1
    if k > 1 and doc.tokens[k].text.lower() in ("which", "who") and doc.tokens[k - 1].text == ",":
        # "Araghchi's criticism, which condemned": the antecedent or its possessor
        ante = doc.tokens[k - 2]
        a = ctx.idx.at(ante.start, ante.end) or possessor_before(doc, draft, ante)
        return [a] if a else []
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
    """'Doha had enabled the brokered ceasefire': the subject of a light verb just before the noun."""
    sent = doc.sentences[t.sent]
    for k in range(t.i - 1, max(sent.token_start, t.i - 4) - 1, -1):
        v = doc.tokens[k]
        if v.pos == "VERB" and v.lemma.lower() in _words_of("light"):
            return _subject(doc, draft, v)
        if v.pos not in ("DET", "ADJ", "VERB", "NUM"):
            break
    return []


# -- factuality -----------------------------------------------------------------


def _factuality(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[str, str | None]:
    """denied > hypothetical (if-clause, intended or future) > negated > reported > asserted.

    The schema has no separate "future" value: intended and future events
    ("would support", "wants Putin to back it") are ``hypothetical``, like
    conditionals -- neither is reported as having happened.
    """
    st = _statement_at(draft, t)
    for d in draft.denials:
        if d.denied is not None and d.denied.start <= t.start < d.denied.end:
            return "denied", st
    sent = doc.sentences[t.sent]
    for k in range(sent.token_start, t.i):
        if doc.tokens[k].text.lower() in ("if", "unless", "whether"):
            # inside the if-clause: up to its comma
            comma = next((m for m in range(k, sent.token_end) if doc.tokens[m].text == ","), sent.token_end)
            if t.i < comma:
                return "hypothetical", st
    if _intended(doc, t):
        return "hypothetical", st
    gov = _governor(doc, t)
    if is_negated(doc, t) or (gov is not None and gov.lemma.lower() in _words_of("not-done") and gov.i != t.i):
        return "negated", st
    return ("reported", st) if st is not None else ("asserted", None)


def _intended(doc: AnnotatedDocument, t: Token) -> bool:
    """A modal auxiliary or a want/plan/hope verb governs the trigger (up the xcomp chain)."""
    modal = _words_of("modal")
    tok: Token | None = t
    for _ in range(4):
        if tok is None:
            return False
        if doc.has_parse:
            if any(c.dep == "aux" and c.lemma.lower() in modal for c in doc.children(tok.i)):
                return True
            if tok.lemma.lower() in modal and tok.i != t.i:
                return True
            # climb within the clause ("would do its best to support": support -> best -> do)
            if tok.head is None or tok.dep in ("ccomp", "parataxis", "root", "conj", "acl:relcl", "advcl:relcl"):
                return False
            tok = doc.tokens[tok.head]
            continue
        else:
            sent = doc.sentences[tok.sent]
            for k in range(max(sent.token_start, tok.i - 3), tok.i):
                if doc.tokens[k].lemma.lower() in modal and doc.tokens[k].pos in ("AUX", "VERB", "X"):
                    return True
        gov = _governor(doc, tok)
        if gov is not None and gov.lemma.lower() in modal:
            return True
        tok = gov
    return False


def _statement_at(draft: Draft, t: Token) -> str | None:
    for st in draft.statements:
        for c in st.content:
            if c.start <= t.start < c.end:
                return st.id
    return None


def resolve_date(expression: str, published: _dt.date | None) -> _dt.date | None:
    """The calendar date a time expression names, read from the article's publication date.

    News dates are relative to the day the article appeared: "on Monday"
    is the Monday of that week, on or before publication; "in January" the
    most recent January; "last year" the year before.  A period resolves to
    its first day ("in January" -> January 1), so ``date`` is a lower
    bound.  Without ``published`` only absolute dates ("June 24, 2025")
    resolve.  Parsing goes through python-dateutil.
    """
    from dateutil import parser as dparser
    from dateutil.relativedelta import relativedelta, weekday

    words = expression.lower().replace(",", " ").split()
    words = [w for w in words if w not in _TIME_PREPS or w in ("last", "next")]
    if not words:
        return None
    day_names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    if published is not None:
        if words == ["today"]:
            return published
        if words == ["yesterday"]:
            return published - _dt.timedelta(days=1)
        if len(words) == 1 and words[0] in day_names:
            return published + relativedelta(weekday=weekday(day_names.index(words[0]))(-1))
        if words in (["last", "year"], ["next", "year"]):
            return _dt.date(published.year + (1 if words[0] == "next" else -1), 1, 1)
        if words in (["last", "month"], ["next", "month"]):
            return (published + relativedelta(months=1 if words[0] == "next" else -1)).replace(day=1)
        if words in (["last", "week"], ["next", "week"]):
            return published + relativedelta(weeks=1 if words[0] == "next" else -1, weekday=weekday(0)(-1))
    has_year = any(w.isdigit() and len(w) == 4 for w in words)
    if published is None and not has_year:
        return None
    default = _dt.datetime(published.year, 1, 1) if published else _dt.datetime(2000, 1, 1)
    try:
        parsed = dparser.parse(" ".join(words), default=default).date()
    except (ValueError, OverflowError):
        return None
    if published is not None and not has_year and parsed > published:
        parsed = parsed.replace(year=parsed.year - 1)  # "in December", written in January
    return parsed


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
