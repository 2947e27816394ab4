"""A common noun for people as an inverted cue's source: "..., said the farmer.", "..., said a
resident.", "..., said one shopkeeper.", "..., said a nurse at the clinic."

After an inverted cue the rules engine looked for a source among the few tokens after it, nearest
the far end (:meth:`.attribution.Context.source_at`): a noun with no actor was a source only when it
was the window's last token, so "said the farmer." (the stop last) found none and the statement
went to the noun before the cue, with "the farmer" as its content; "said a nurse at the clinic."
gave "the clinic". A role the lexicons list ("the mayor") was an actor already and worked.

Here the phrase right after the cue is read from its start: an article, "one" or "another", at most
three modifiers, and a head noun for people -- one person (:func:`.role_people.one_person_noun`,
WordNet's people nouns of ``noun_kinds_wordnet.tsv`` with the hand-written role lexicons) or a
plural of them (:func:`.nominals.nominal_kind` ``group``) -- that ends the sentence or a comma's
clause, or is followed by a short prepositional phrase that does ("a nurse at the clinic") or by a
relative "who". A head naming no one ("..., said the report") is left to the other rules. Issue 14,
helper h9 at stop 48 (PolNeAR train slice, rules engine).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..mentions import QUOTE_CHARS
from ..nominals import nominal_actor, nominal_kind
from ..role_people import one_person_noun

if TYPE_CHECKING:
    from ..attribution import Context, Source

#: Words that open the phrase besides a determiner: "one shopkeeper", "another resident".
_OPENERS = frozenset({"one", "another"})
#: Most modifiers read between the opener and the head ("a retired school teacher").
_MAX_MODIFIERS = 3
#: Longest prepositional phrase after the head that the source as written takes in.
_MAX_PP = 6
#: Tags a prepositional phrase on the head may hold ("at the clinic", "from Ohio").
_PP_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def person_after_cue(ctx: Context, cue: int, sent_end: int) -> tuple[Source, int] | None:
    """The source an inverted cue at token ``cue`` names with a common noun for people, and the
    index of that noun, else None."""
    from ..attribution import Source  # noqa: PLC0415 (attribution's statements import this module)

    toks = ctx.doc.tokens
    k = cue + 1
    if k >= sent_end:
        return None
    opener = toks[k]
    if not (opener.pos == "DET" and opener.text.lower() in ("the", "a", "an") or opener.text.lower() in _OPENERS):
        return None
    j = k + 1
    while j < sent_end and j - k <= _MAX_MODIFIERS + 1 and _nominal(toks[j]) and j + 1 < sent_end and _nominal(toks[j + 1]):
        j += 1  # "a retired teacher", "a Carrier executive": modifiers before the head
    if j >= sent_end or j - k > _MAX_MODIFIERS + 1:
        return None
    head = toks[j]
    if not (one_person_noun(head) or head.text[:1].islower() and nominal_kind(head) == "group"):
        return None
    end = _phrase_end(ctx, j, sent_end)
    if end is None:
        return None
    actor = ctx.draft.actor_at(head.start, head.end) or nominal_actor(ctx.draft, head, opener.start, fallback="person")
    return Source(opener.start, toks[end].end, actor), j


def _nominal(t) -> bool:  # noqa: ANN001 (a Token)
    """A word that can stand in a noun phrase before its head: an adjective, a noun, a name, or a
    participle used as one ("retired")."""
    return t.pos in ("ADJ", "NOUN", "PROPN") or t.pos == "VERB" and t.text.lower().endswith("ed")


def _phrase_end(ctx: Context, head: int, sent_end: int) -> int | None:
    """The last token of the source phrase whose head is token ``head``: the head itself when the
    sentence or the clause ends after it or a relative "who" follows, the end of a short
    prepositional phrase that runs to such an end, else None (the phrase goes on: no source)."""
    toks = ctx.doc.tokens
    nxt = head + 1
    if nxt >= sent_end or _ends(toks[nxt]) or toks[nxt].text.lower() in ("who", "whose"):
        return head
    if toks[nxt].pos != "ADP" or toks[nxt].text.lower() in ("that", "as"):
        return None
    x = nxt + 1
    while x < sent_end and x - nxt <= _MAX_PP and toks[x].pos in _PP_TAGS and not ctx.quoted[toks[x].start]:
        x += 1
    if x == nxt + 1 or x - nxt > _MAX_PP:
        return None
    if x >= sent_end or _ends(toks[x]) or toks[x].text.lower() in ("who", "whose"):
        return x - 1
    return None


def _ends(t) -> bool:  # noqa: ANN001 (a Token)
    """A token that closes the source's clause: a stop, a comma, a dash or a quote mark."""
    return t.pos == "PUNCT" or t.text in QUOTE_CHARS
