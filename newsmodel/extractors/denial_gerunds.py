"""Who denies in a gerund after "for" (issue 14, d6 stop 36).

"The watchdog gave the mayor its lowest rating for dismissing the
notion that ...", "critics faulted the senator for rejecting the
claims": the party the main verb acts on (its object) is the one who
dismissed or rejected -- the reason given is that party's act.  With no
party as the object ("the senator won praise for rejecting", "the
mayor was criticised for dismissing") the denier is the main verb's own
subject.  The subject finders read the nearest subject instead, the
praiser or the rater, so the rule reads the words around "for" the same
way on every engine.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from .denial_parties import role_noun
from .nominals import nominal_kind

#: How far back from "for" the main verb may stand ("gave the mayor its lowest rating for").
_REACH = 14


def _is_party(draft: Draft, w: Token) -> bool:
    """A word naming a party (a name with an actor, a role noun, a body), not a thing ("praise")."""
    return w.pos == "PROPN" and draft.actor_at(w.start, w.end) is not None or role_noun(w) or nominal_kind(w) is not None


def for_gerund_doer(doc: AnnotatedDocument, draft: Draft, t: Token) -> tuple[str, Token] | None:
    """For a denial verb's -ing form right after "for": ("object", the party word the main verb acts
    on) or ("verb", the main verb, whose subject denies); None when ``t`` is no such gerund."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    if not t.text.lower().endswith("ing") or t.i - 1 <= first or toks[t.i - 1].text.lower() != "for":
        return None
    verb = next((toks[k] for k in range(t.i - 2, max(first - 1, t.i - 2 - _REACH), -1) if _main_verb(doc, k)), None)
    if verb is None:
        return None
    for k in range(verb.i + 1, t.i - 1):  # the object phrase(s) right after the verb: "the mayor its lowest rating"
        w = toks[k]
        if w.pos not in _OBJECT_POS and w.text not in ("'s", "’s"):
            break
        if w.pos == "PROPN" and k + 1 < t.i - 1 and toks[k + 1].pos == "PROPN":
            continue  # "Senator Reyes": the name's last word heads it
        if w.pos in ("NOUN", "PROPN") and _is_party(draft, w):
            return "object", w
    return "verb", verb


#: Word classes of the object phrases between the main verb and "for".
_OBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


def _main_verb(doc: AnnotatedDocument, k: int) -> bool:
    """Token ``k`` is a verb, not a noun a tagger read as one after a determiner ("its lowest rating")."""
    toks = doc.tokens
    if toks[k].pos != "VERB":
        return False
    j = k - 1
    while j >= 0 and k - j <= 2 and toks[j].pos in ("ADJ", "NOUN") and toks[k].text.lower().endswith("ing"):
        j -= 1  # "its lowest rating": a noun in -ing after a determiner and modifiers
    return not (j >= 0 and (toks[j].pos == "DET" or toks[j].text.lower() in ("its", "his", "her", "their")))
