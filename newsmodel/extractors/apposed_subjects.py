"""The subject of a cue set off from it by a parenthetical, without a parse.

"Lena Ortiz, the head of the tenants union, which filed the suit, said ...",
"The farmers, like their neighbours, say ...", '"...," Omar Reyes, an aide to
the governor, wrote.': a clause that opens with a noun phrase followed by one
or more parentheticals between commas has that noun phrase as the subject of
the verb after the last comma.  The nearest mention before the cue is inside
the parenthetical ("the suit", "their neighbours", "the governor") and never
the speaker.  Read the same way whatever the parenthetical holds (an
apposition, a relative clause, an age and a home town, "like" or "including"
phrases), because only the phrase that opens the clause can be the subject.

Used by :meth:`.attribution.Context.subject_of` and by the direct-quote rule
(:mod:`.statements.cue_after_quote`) on the rules engine.  Issue 14, helper
a16 at stop 41 (PolNeAR train: a cue after a closing comma was the largest
single shape of the speakers spaCy found and the rules engine missed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicons import group_nouns, org_nouns
from .mentions import POSSESSIVES, QUOTE_CHARS
from .nominals import nominal_kind

if TYPE_CHECKING:
    from ..document import AnnotatedDocument
    from .attribution import Context, Source

#: Tags of the words a subject noun phrase is made of ("Senator Ana Pike", "A majority",
#: "Dow's chief executive"); "of" and a possessive join its parts ("Ana Pike of Oregon").
_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_JOINERS = frozenset({"of", "'s", "’s"}) | POSSESSIVES
#: Words that may open the clause before its subject ("But Ana Pike, ...", "Yet economists, ...").
_OPENERS = frozenset({"but", "and", "yet", "so", ","}) | frozenset(QUOTE_CHARS)
#: Longest opening phrase and longest run of parentheticals, in tokens.
_MAX_PHRASE = 10
_MAX_ASIDE = 40


def opening_subject(ctx: "Context", first: int, comma: int) -> "Source | None":
    """The noun phrase opening the clause at token ``first``, when token ``comma`` closes the
    parentheticals after it; None for any other shape (a fronted adverbial, "Last year, ...", a
    phrase no name or noun for people heads). The source as written runs from the phrase to the
    last comma; the speaker is the name that heads the phrase ("Senator Ana Pike of Oregon":
    Pike, not Oregon), else a name standing alone as the first apposition ("Her top adviser,
    Karl Brandt, said"), else the phrase's head noun ("The farmers")."""
    from .attribution import Source

    doc = ctx.doc
    toks = doc.tokens
    j = first
    while j < comma and toks[j].text.lower() in _OPENERS:
        j += 1
    c1 = next((c for c in range(j, comma) if toks[c].text == ","), None)
    if c1 is None or c1 == j or c1 - j > _MAX_PHRASE or comma - c1 > _MAX_ASIDE:
        return None
    if any(toks[x].text in (";", ":", "(", ")") or toks[x].text in QUOTE_CHARS for x in range(j, comma)):
        return None
    phrase = range(j, c1)
    if not all(toks[x].pos in _PHRASE_TAGS or toks[x].text.lower() in _JOINERS or initial_stop(doc, x) for x in phrase):
        return None
    if toks[c1 - 1].pos not in ("NOUN", "PROPN") or toks[j].text.lower() in ("of", "'s", "’s"):
        return None
    # the phrase's head: its last word, or the last before "of" ("A majority of teachers")
    head = next((x - 1 for x in phrase if toks[x].text.lower() == "of" and x > j), c1 - 1)
    actor = _named_head(ctx, head)
    if actor is None and not _people_head(toks[head]):
        return None  # "Last year, ...", "The bill, which ...": no one to speak
    actor = actor or _apposed_name(ctx, c1, comma)
    if actor is None:
        src = ctx.source_at(j, head)
        if src is None:
            return None
        actor = src.actor
    return Source(toks[j].start, toks[comma - 1].end, actor)


def initial_stop(doc: "AnnotatedDocument", j: int) -> bool:
    """Token ``j`` is the full stop of a middle initial ("Ana T. Pike"), which the rules tokenizer
    splits from its letter: no sentence or clause ends there."""
    toks = doc.tokens
    if toks[j].text != "." or j == 0:
        return False
    letter = toks[j - 1]
    return len(letter.text) == 1 and letter.text.isupper() and letter.end == toks[j].start


def _named_head(ctx: "Context", head: int) -> str | None:
    """The actor named by the phrase's head word, no place ("Senator Ana Pike", "Chad Sweet",
    "Committee Chairman Jason Ruiz": the name at the end, not a country or body before it)."""
    t = ctx.doc.tokens[head]
    actor = ctx.draft.actor_at(t.start, t.end)
    fields = ctx.draft.actor_fields(actor) if actor else None
    return actor if fields is not None and fields.kind not in ("location",) else None


def _apposed_name(ctx: "Context", c1: int, comma: int) -> str | None:
    """A person's name that is the whole first apposition (", Karl Brandt,")."""
    toks = ctx.doc.tokens
    c2 = next((c for c in range(c1 + 1, comma + 1) if toks[c].text == ","), None)
    if c2 is None or c2 - c1 < 2 or not all(toks[x].pos == "PROPN" for x in range(c1 + 1, c2)):
        return None
    actor = ctx.draft.actor_at(toks[c1 + 1].start, toks[c2 - 1].end)
    fields = ctx.draft.actor_fields(actor) if actor else None
    return actor if fields is not None and fields.kind == "person" else None


def _people_head(t) -> bool:  # type: ignore[no-untyped-def]
    """A head noun for people or a body that speaks ("farmers", "chief executive", "the union")."""
    low = t.text.lower()
    return (
        nominal_kind(t) is not None
        or t.lemma in group_nouns() or low in group_nouns() or t.lemma in org_nouns() or low in org_nouns()
    )
