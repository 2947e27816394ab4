"""Denial verbs in two uses where no party denies a claim (issue 14, d17, stop 47).

* A reflexive object: "something she had denied herself for years", "he denies himself nothing" --
  to deny oneself is to go without, not to call a claim false (the verb rules read "deny" as
  denying whatever it takes, and took "herself" for that).
* A generic present passive with an indefinite subject and no agent: "a poll is dismissed as fake
  whenever it hurts the party" says what happens to polls in general (a writer's remark on a
  habit), no party's denial of a claim; "the report was dismissed as false by the embassy" (past, a
  definite report, an agent) and "a claim that ... is rejected by the ministry" (an agent) stay denials.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token

#: The reflexive pronouns (closed class).
_REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself"})

#: The present forms of "be" that make a generic passive, and the indefinite articles of its subject.
_PRESENT_BE = frozenset({"is", "are"})
_INDEFINITE = frozenset({"a", "an"})


def reflexive_object(doc: AnnotatedDocument, t: Token) -> bool:
    """Whether the verb ``t`` takes a reflexive pronoun as its first word after it ("denied herself")."""
    k = t.i + 1
    return k < doc.sentences[t.sent].token_end and doc.tokens[k].text.lower() in _REFLEXIVES


def generic_passive(doc: AnnotatedDocument, t: Token) -> bool:
    """Whether the verb ``t`` is a present passive ("is dismissed") whose subject opens with "a" / "an"
    and which has no "by" agent in its sentence after it: a remark on what generally happens."""
    toks = doc.tokens
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k >= sent.token_start and toks[k].pos == "ADV":
        k -= 1  # "is often dismissed"
    if k <= sent.token_start or toks[k].text.lower() not in _PRESENT_BE:
        return False
    first = k - 1
    while first > sent.token_start and toks[first - 1].pos in ("DET", "ADJ", "NOUN", "NUM"):
        first -= 1
    if toks[first].text.lower() not in _INDEFINITE:
        return False
    return not any(toks[j].text.lower() == "by" for j in range(t.i + 1, sent.token_end))
