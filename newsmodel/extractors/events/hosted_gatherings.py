"""A party, a dinner or a forum hosted is no visit received, also when it is named before "hosted"
(issue 14, stop 47, e85).

PLOVER's CONSULT mode visit is a party received by a host; hosting a show, a party or a fundraiser
receives no one (:func:`.opinion_senses._hosts_a_show` reads the gathering after the verb:
"hosted a fundraiser").  News names the gathering first as often: in an object relative ("the
fundraiser the senator hosted on Friday", "the receptions she hosted last winter") or before a
passive participle ("a panel discussion on housing hosted by the press club", "the
forum, hosted by a local station").  Then "host" has no object of its own, and the gathering
(``hosted-show``: party, dinner, fundraiser, forum, discussion ...) stands a few words before it,
with no verb or clause boundary between (``hosted-gathering`` adds the plurals and the
talk shows of campaigns: forum, panel discussion, roundtable; "between" or "among" on the way
stops the walk, since talks between parties hosted are a consultation).  "The president hosted the Kenyan prime minister",
"the Iraqi president, whom the king hosted last week" and "hosted talks between the factions"
stay: a visitor or talks are hosted.

Found in a hand judgment of both engines' events on 27 PolNeAR train texts (stop 47, e85; dev
batch 148): the rules engine coded CONSULT for both shapes.  Words and tags only; it can only
remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck

__all__ = ["checks", "gathering_hosted"]

#: How far back from "hosted" the gathering may stand ("a panel discussion Thursday with a
#: newspaper editor hosted by").
_REACH = 9
#: Words after "hosted" that show it has no object of its own (a by-phrase, a place or a time,
#: the clause's end; a verb right after it, the main clause's, does too: "the parties he hosted drew"); not "for", whose party may be a visitor ("the dinner he hosted for the premier").
_NO_OBJECT = frozenset({"by", "in", "at", "on", "last", "this", "earlier", "during", "over", "since", "from", ",", ".", ";", ":", "--", "\u2014", ")"})
#: Tags that end the walk back: another verb's clause.
_STOP_POS = frozenset({"VERB", "AUX"})
#: Words that end the walk back.
_STOP_WORDS = frozenset({";", ":", ".", "--", "\u2014", "(", ")", "who", "whom", "between", "among"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed by the lemma "host"."""
    return (SenseCheck("a gathering hosted, named before the verb", gathering_hosted, lemmas=frozenset({"host"})),)


def gathering_hosted(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when "host" at ``t`` has no object and a ``hosted-show`` noun stands before it in its
    clause (module docstring)."""
    if not (t.lemma.lower() == "host" and t.pos == "VERB"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i + 1 < sent.token_end and lows[t.i + 1] not in _NO_OBJECT and doc.tokens[t.i + 1].pos not in _STOP_POS:
        return False  # "hosted the Kenyan prime minister", "hosted talks": something is hosted after it
    shows = _words("hosted-show") | _words("hosted-gathering")
    lemmas = doc.lowered_lemmas()
    for k in range(t.i - 1, max(sent.token_start, t.i - _REACH) - 1, -1):
        w = doc.tokens[k]
        if lows[k] in shows or lemmas[k] in shows:
            return w.pos in ("NOUN", "PROPN")
        if lows[k] == "," and k == t.i - 1:
            continue  # "the forum, hosted by a station"
        if lows[k] in _STOP_WORDS or lows[k] == "," or w.pos in _STOP_POS:
            return False
    return False
