"""A noun whose "that" clause states its content names a claim (issue 14).

"Levin dismissed concerns that he was bucking his state", "rejected attacks from his rivals that
he was soft on crime": the clause is what the concern or the attack says, so denying or rejecting
the noun denies that. Without the clause ("dismissed concerns about the bridge", "rejected attacks
on the base") nothing said is named. A parse tells a content clause from a relative one
(:func:`.tree.content_clause`); without one, "that" must be followed by a subject
(:func:`clause_follows`), as a relative clause's "that" is followed by its verb.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from .tree import content_clause


def states_content(doc: AnnotatedDocument, o: Token, content_nouns: frozenset[str]) -> bool:
    """The noun ``o`` has a content clause: by the parse, or without one for ``content_nouns``."""
    if doc.has_parse:
        return content_clause(doc, o.i)
    return o.lemma.lower() in content_nouns and clause_follows(doc, o.i)


def clause_follows(doc: AnnotatedDocument, k: int) -> bool:
    """"that" and a subject follow token ``k`` ("concerns | that he was ..."): a content clause,
    not a relative one, whose "that" is followed by its verb ("concerns that arose"). The noun's
    "from" / "by" phrase may come first ("complaints | from his counterpart | that exports were
    ...", "attacks | from the mayor and other rivals | that he ..."), and the subject may be a bare plural before an auxiliary ("that cheap exports were")."""
    toks = doc.tokens
    end = doc.sentences[toks[k].sent].token_end
    j = k + 1
    if j < end and toks[j].text.lower() in ("from", "by"):
        j += 1
        while j < min(end, k + 9) and toks[j].text.lower() != "that" and (toks[j].pos in ("DET", "ADJ", "NOUN", "PROPN") or toks[j].text.lower() in _OWNER_PRONOUNS or toks[j].text.lower() == "and"):
            j += 1
    if j + 1 >= end or toks[j].text.lower() != "that":
        return False
    nxt = toks[j + 1]
    if nxt.text.lower() in ("he", "she", "they", "it", "we", "i", "the", "his", "her", "their", "its") or nxt.pos == "PROPN":
        return True
    m = j + 1
    while m < min(end, j + 4) and toks[m].pos in ("ADJ", "NOUN"):
        m += 1
    return m > j + 1 and m < end and toks[m].pos == "AUX"


#: Possessive pronouns that open a noun phrase ("from | his | counterpart").
_OWNER_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
