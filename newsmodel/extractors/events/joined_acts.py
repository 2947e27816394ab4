"""An act joined: "Spain joined Italy in condemning the coup" (issue 14 batch 77, lead at stop 36).

"X joined Y in calling for a ceasefire", "is joining France in urging both sides to talk": the
gerund after "in" names the act, done by X as Y did it; "joined" only says that X took part.
PLOVER codes one event, the gerund's, with X as its agent. CAMEO.2.0 codes the same sentences on
JOIN ("- * (IN CALLING) [020]"), so a coder reading both the verb and the gerund gave two
events, the second with Y as its target -- Y is a co-agent, never the one the act is aimed at.

This module says that the verb of joining (``joining-verb`` in ``sense_words.tsv``) names no
event of its own when "in" and a gerund follow its object; :func:`joined_subject_verb` lends the
joining verb's subject to the gerund when there is no parse (with one, the gerund's clause hangs
on the verb and the role finder climbs to its subject). "Joined the talks in Geneva" or "joined
the coalition in 2019" have no gerund and stay as they were.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck, keys
from .senses import event_words

__all__ = ["checks", "joins_an_act", "joined_subject_verb"]

#: Words that may stand in the joined party's phrase between the verb and "in" ("joined its
#: neighbours France and Germany in ...").
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "CCONJ", "PART"})
#: How far after the verb "in" may stand.
_REACH = 8


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`, keyed on the joining verbs."""
    return (SenseCheck("an act joined: the gerund after 'in' is the act", joins_an_act, lemmas=keys(event_words("joining-verb"))),)


def joins_an_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is a joining verb followed, past its object, by "in" and a gerund."""
    return t.lemma.lower() in event_words("joining-verb") and t.pos == "VERB" and _gerund_after(doc, t) is not None


def _gerund_after(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The gerund of "in V-ing" after the joining verb's object phrase, read on the words so that
    both engines agree."""
    sent = doc.sentences[t.sent]
    for k in range(t.i + 1, min(sent.token_end - 1, t.i + 1 + _REACH)):
        w = doc.tokens[k]
        if w.text.lower() == "in":
            nxt = doc.tokens[k + 1]
            return nxt if k > t.i + 1 and nxt.text.lower().endswith("ing") and nxt.pos in ("VERB", "NOUN") else None
        if w.pos not in _PHRASE_POS and w.text not in (",", "'s", "’s"):
            return None
    return None


def joined_subject_verb(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse, the joining verb whose subject the gerund ``t`` takes ("Spain joined Italy
    in condemning": Spain condemned), or None."""
    if not t.text.lower().endswith("ing"):
        return None
    lo = doc.sentences[t.sent].token_start
    if t.i - 1 <= lo or doc.tokens[t.i - 1].text.lower() != "in":
        return None
    joining = event_words("joining-verb")
    for k in range(t.i - 2, max(lo, t.i - 2 - _REACH) - 1, -1):
        w = doc.tokens[k]
        if w.lemma.lower() in joining and w.pos == "VERB":
            return w if _gerund_after(doc, w) is t else None
        if w.pos not in _PHRASE_POS and w.text not in (",", "'s", "’s"):
            return None
    return None
