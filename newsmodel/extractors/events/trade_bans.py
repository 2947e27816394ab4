"""A ban on a flow of trade is a sanction, not a restriction of rights (issue 14, stop 40, e50).

The lexicon reads the noun "ban" as COERCE restrict (CAMEO 1722: "ban political parties or
politicians"), and "ban imports" as a verb with its object as SANCTION discontinue (PLOVER
SANCTION mode discontinue: "terminate or reduce ... commercial ... exchanges"). The noun with its
object in an on-phrase -- "Canada's ban on Russian oil imports", "Norway's ban on fish exports" --
names the same measure, so it is coded the same way: a trade word (``trade-flow-noun`` of
``sense_words.tsv``) as the head of the on-phrase makes the ban a SANCTION. "The junta's ban on
opposition newspapers" and "a ban on street rallies" stay COERCE; a ban on smoking or betting is
left to the sense checks (a business's or a league's rule, a public-health rule).

Restrictions and curbs on trade are the same measure (e66, stop 43): a noun of
``trade-measure-noun`` -- ban, restriction, curb -- with the trade word in its on-phrase
("restrictions on imports of Turkish fruit") or right before it as a modifier ("new import
restrictions", "export curbs") is SANCTION discontinue, as the verb row "restrict import" is;
"travel restrictions" and "restrictions on foreign journalists" stay COERCE restrict (movement
and political freedoms, PLOVER COERCE).
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...lexicons import word_class

__all__ = ["trade_ban"]

#: Tags that end the on-phrase before a trade word is reached ("a ban on smoking *in* bars"); a
#: tagger without a parse may call a noun inside it a verb ("fish imports"), so verbs do not end it.
_PHRASE_END = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ", "AUX", "PRON", "PART"})


def trade_ban(doc: AnnotatedDocument, t: Token) -> bool:
    """A ``trade-measure-noun`` at ``t`` ("ban", "restrictions") with a trade word right before
    it ("import restrictions") or + "on" + a noun phrase of up to five words that holds one
    ("ban on Russian fish imports", "ban on arms sales")."""
    lows = doc.lowered_texts()
    measures = word_class("sense_words.tsv", "trade-measure-noun")
    if t.lemma.lower() not in measures and lows[t.i] not in measures:
        return False  # (whatever its tag: "ban" right before "on" is the noun, which a tagger without
    # a parse may call a verb after a possessive: "Norway's ban on")
    sent = doc.sentences[t.sent]
    words = word_class("sense_words.tsv", "trade-flow-noun")
    if t.i > sent.token_start and lows[t.i - 1] in words and t.pos == "NOUN":
        return True  # "new import restrictions", "export curbs": the trade word modifies the measure
    k = t.i + 1
    if k >= sent.token_end or lows[k] != "on":
        return False
    for j in range(k + 1, min(sent.token_end, k + 6)):
        if lows[j] in words:
            return True  # (whatever its tag: a tagger without a parse may read "imports" as a verb)
        if doc.tokens[j].pos in _PHRASE_END and lows[j] != "-":
            return False
    return False
