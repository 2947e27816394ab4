"""The possessor of a release, an arrest or a detention is the one who undergoes it, when no
of-phrase names another (issue 14, helper e50 at stop 40, dev batch 95).

English puts the doer of most nominal acts in the possessive ("the agency's probe", "the union's
march": :mod:`.possessor_agents`), but nouns of acts done *to* a person put that person there:
"Okonjo's release from prison" is Okonjo released, "Ibrahim's arrest at the airport" Ibrahim
arrested -- the possessive of "the police released Okonjo", "arrested Ibrahim", not of their
subjects. PLOVER's RETREAT release and COERCE arrest have the released and the arrested as
recipient; the one who released or arrested is often left unsaid (as in "Hundreds of prisoners
were released", which the event coder keeps with its patient and no agent).

So for a noun of ``undergone-noun`` (``sense_words.tsv``: release, arrest, detention, abduction
...) with a person's possessive before it (adjectives may stand between) and no of-phrase after
it, the possessor is the target, never the agent. With an of-phrase the possessor acts, as
e47's :mod:`.possessor_agents` reads it ("the militia's release of four aid workers", "the army's
detention of two journalists"); a body, a state or a thing possessing the noun is left alone
("the report's release" is a document's, which the sense checks drop).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["possessor_undergoer"]

_POSSESSIVE = frozenset({"'s", "’s"})


def possessor_undergoer(doc: AnnotatedDocument, draft: Draft, t: Token, last: Token) -> str | None:
    """The person possessing the ``undergone-noun`` at ``t`` .. ``last`` with no of-phrase after
    it ("*Dlamini*'s release after fourteen months"), or None."""
    if last.lemma.lower() not in word_class("sense_words.tsv", "undergone-noun") and last.text.lower() not in word_class("sense_words.tsv", "undergone-noun"):
        return None
    sent = doc.sentences[t.sent]
    nxt = last.i + 1
    if nxt < sent.token_end and doc.tokens[nxt].text.lower() == "of":
        return None  # "the militia's release of four aid workers": the possessor acts
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADJ":
        k -= 1
    if k <= sent.token_start or doc.tokens[k].text not in _POSSESSIVE:
        return None
    owner = doc.tokens[k - 1]
    found = draft.actor_at(owner.start, owner.end)
    fields = draft.actor_fields(found) if found else None
    return found if fields is not None and fields.kind == "person" else None
