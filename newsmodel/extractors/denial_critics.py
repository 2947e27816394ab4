"""A rebuttal that attacks the critic, not the claim (issue 14, d7, stop 37).

Answering criticism, a speaker may say that the critic does not know him:
'Responding to the criticism, the actor said: "She has never met me and
does not understand me at all."'  The negation there is about the critic's acquaintance with
the speaker, not about anything the criticism said happened, so it denies no
claim (issue 14 item 4: plain negation is not a denial).  A negated
acquaintance by the speaker himself ("I never met him", answering a claim of
ties to a lobbyist) denies a connection and stays a denial, so the test
needs a subject that is not the speaker (he, she, they or a name) and the
speaker as the object ("me", "us").

Word list: the ``acquaintance-verb`` class of ``denial_words.tsv``.
"""

from __future__ import annotations

from ..document import AnnotatedDocument
from ..lexicons import word_class

#: Subjects that are someone other than the speaker.
_OTHER_SUBJECTS = frozenset({"he", "she", "they"})
#: The speaker as the object of the acquaintance verb.
_SPEAKER_OBJECTS = frozenset({"me", "us"})
#: Words that may stand between the negation and its verb ("has never even met me").
_BETWEEN = frozenset({"not", "n't", "never", "even", "really", "ever", "once", "t"})


def critic_unacquainted(doc: AnnotatedDocument, start: int) -> bool:
    """The negation starting at character ``start`` says that someone else does not know, has
    never met or does not understand the speaker ("She has never met me"): the critic attacked."""
    tok = doc.token_at(start)
    if tok is None:
        return False
    toks = doc.tokens
    sent = doc.sentences[tok.sent]
    k = tok.i if tok.text.lower() in _OTHER_SUBJECTS else tok.i - 1  # the match may open with it: "he never"
    while k >= sent.token_start and toks[k].pos in ("AUX", "PART") and toks[k].text.lower() not in _OTHER_SUBJECTS:
        k -= 1  # "has" in "has never met me"
    subject = toks[k] if k >= sent.token_start else None
    if subject is None or not (subject.text.lower() in _OTHER_SUBJECTS or subject.pos == "PROPN"):
        return False
    j = max(tok.i, k + 1)
    while j < sent.token_end and (toks[j].pos in ("AUX", "PART", "ADV") or toks[j].text.lower() in _BETWEEN):
        j += 1
    verbs = word_class("denial_words.tsv", "acquaintance-verb")
    if j + 1 >= sent.token_end or toks[j].lemma.lower() not in verbs and toks[j].text.lower() not in verbs:
        return False
    return toks[j + 1].text.lower() in _SPEAKER_OBJECTS
