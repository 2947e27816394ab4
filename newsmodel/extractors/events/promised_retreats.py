"""A retreat promised is a concession: one reading for every announced release, easing or withdrawal.

The PLOVER manual codes a release, an easing or lifting of restrictions, a withdrawal and access
allowed as RETREAT when they happen, and says twice (CONCEDE and RETREAT, "Potential
ambiguities") that "Announcements of future retreats should be coded as CONCEDE"; its AGREE
section adds that future RETREAT and CONCEDE "do not reduce to AGREE". CAMEO2PLOVER maps the
CAMEO "express intent to release / ease / withdraw" codes (035x) to AGREE; the manual, written
for coders, is the later and more specific word, so the project follows it (issue 14, stop 40,
e50; docs/accuracy.md). Whatever verb of commitment carries the promise -- "promised", "pledged",
"vowed", "agreed", "offered", "committed to", "signalled its willingness" -- the event is then
the concession, on the verb of commitment with its maker as agent: "The rebels agreed to release
the hostages" and "Ankara pledged to lift the curfew" are CONCEDE, not AGREE.

The promised act must be a retreat in its own sense: the act's own trigger (``event_triggers.tsv``)
is RETREAT or CONCEDE and the sense checks keep it. When they do not -- "promised to release the
budget figures", "vowed to ease monetary policy": figures published, a policy of one's own -- and
the promised clause names no party but the promise's makers, the promise commits its maker to
nothing towards another party, and is no AGREE either (:func:`promised_non_retreat`).
"""

from __future__ import annotations

from dataclasses import replace

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ...lexicons.dates import weekdays
from .triggers import match_trigger

#: The categories of an act that, promised, is a concession (PLOVER RETREAT; CONCEDE's own
#: easings: "lift", "ease", "pardon").
_RETREATS = frozenset({"RETREAT", "CONCEDE"})


def promised_retreat(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token, agents: list[str]) -> bool:
    """The AGREE trigger ``t`` .. ``last`` promises a retreat its own words name: "to" + a verb
    (or "committed to" + a gerund) right after it, whose trigger is a retreat in its own sense,
    made by one party and not mutual (:func:`_mutual_deal`)."""
    return not _mutual_deal(doc, t, last, agents) and _retreat_sense(doc, draft, t, last) is True


def _mutual_deal(doc: AnnotatedDocument, t: Token, last: Token, agents: list[str]) -> bool:
    """Two or more parties agree ("Kenya and Tanzania agreed to reopen their shared border
    crossing", "Russia, Ukraine agree to ...", "The two governments struck a deal to ..."; a deal
    or a treaty, ``pact-word``, has two sides; counted makers, ``promise-mutual`` in the subject
    phrase right before the trigger), or the act is done by each side to the other
    (``mutual-act-verb``: "agreed to exchange prisoners"): a deal between parties, AGREE (PLOVER
    AGREE: agreement to cooperate), not one party's concession."""
    if len(agents) > 1:
        return True
    lows = doc.lowered_texts()
    if any(lows[k] in word_class("sense_words.tsv", "pact-word") for k in range(t.i, last.i + 1)):
        return True  # "struck a deal to reopen their border crossings": a deal has two sides
    from .senses import event_words  # the sense checks import this package's modules

    mutual = event_words("promise-mutual")
    lo = max(doc.sentences[t.sent].token_start, t.i - 5)
    for k in range(t.i - 1, lo - 1, -1):  # the subject phrase right before the trigger, no comma
        if lows[k] in mutual:
            return True  # "The two governments agreed to ...", "Both sides offered to ...": counted makers
        if doc.tokens[k].pos not in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "ADV", "AUX"):
            break  # ("The military government, which had detained her for two years, agreed": not the makers)
    act = promised_act(doc, t, last)
    return act is not None and act.lemma.lower() in word_class("sense_words.tsv", "mutual-act-verb")


def promised_non_retreat(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token, agents: list[str]) -> bool:
    """The AGREE trigger promises an act whose word the lexicon codes as a retreat but whose sense
    here is none ("promised to release the budget figures"), and the promised clause names no
    actor but ``agents``: no commitment to another party (module docstring)."""
    if _retreat_sense(doc, draft, t, last) is not False:
        return False
    from .promise_parties import promised_clause_end

    end = promised_clause_end(doc, last)
    if end <= last.i:
        return True
    named = draft.mentions_between(doc.tokens[last.i + 1].start, doc.tokens[end].end)
    return all(a in agents for _s, _e, a in named)


def _retreat_sense(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> bool | None:
    """True: the promised act is a retreat in its own sense; False: its word is a retreat's by the
    lexicon, but the sense checks read no event ("release the figures"); None: no such act."""
    act = promised_act(doc, t, last)
    if act is None:
        return None
    # a headline's "Agree to Free" may be tagged a noun or a name: read it as the verb it follows
    # "to" as ("Agree to Ceasefire", a noun only, has no verb trigger)
    curated = match_trigger(doc, act if act.pos == "VERB" else replace(act, pos="VERB", lemma=act.text.lower()))
    if curated is None or curated[1] not in _RETREATS:
        return None
    from .senses import sense  # the sense checks import this package's modules

    found = sense(doc, draft, act, curated) if act.pos == "VERB" else curated
    return found is not None and found[1] in _RETREATS


def promised_act(doc: AnnotatedDocument, t: Token, last: Token) -> Token | None:
    """The verb of "to" + (an adverb) + a verb after the trigger: "agreed *to release*", "pledged
    on Monday *to lift*", "signalled its willingness on Monday *to release*" (a noun trigger's own
    infinitive), "committed to *withdrawing*" (a trigger that ends in "to"); None otherwise. Read on
    the words, so that both engines read it alike (a headline's "Agree to Free" is often no verb
    to the parser)."""
    sent = doc.sentences[t.sent]
    end = sent.token_end
    lows = doc.lowered_texts()
    k = last.i + 1
    if lows[last.i] != "to":
        if k < end and doc.tokens[k].pos in ("PRON", "DET") and lows[k] in ("its", "their", "his", "her") and k + 1 < end and doc.tokens[k + 1].lemma.lower() in ("willingness", "readiness"):
            k += 2  # "signalled its willingness to release"
        if k + 1 < end and lows[k] == "on" and lows[k + 1] in weekdays():
            k += 2  # "pledged on Monday to lift"
        if k >= end or lows[k] != "to":
            return None
        k += 1
    while k < end and doc.tokens[k].pos == "ADV" and lows[k] not in ("out", "back", "over"):
        k += 1
    if k >= end or doc.tokens[k].pos in ("DET", "NUM", "PRON", "PUNCT"):
        return None  # "agreed to a truce", "committed to the talks": no act named
    return doc.tokens[k]
