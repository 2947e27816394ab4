"""Cue nouns without a parse: a possessor, a noun of ``cue_nouns.tsv`` and its content, read off the
surface ("Trump's claim that ...", "the senator's promise to ...", "Pence's call for ...", "Under
the governor's plan, ...").

The parse-based :mod:`.cue_nouns` finds the same attributions on the tree; without a tree only the
shapes that are safe by their words are taken:

* the possessor ("X's", "X’s") stands right before the noun, so the speaker is the one whose claim
  or plan it is -- PolNeAR marks the possessor with its "'s" as the source and the noun as the cue;
* the content opens right after the noun in one of the noun's own frames (``cue_nouns.tsv``):
  ``acl`` is "that" + a clause or "to" + a verb, ``nmod:PREP`` is the preposition + its phrase
  (the preposition is part of the cue, as in :mod:`.cue_nouns`);
* "Under X's plan, CLAUSE": the clause after the comma is what the plan says will happen.

A possessive noun phrase before its verb is the clause's subject ("Trump's claim that he won
was false"), so a content there ends before the verb that follows the content's own verb: a
form of "be" or "have" after a verb of the content closes it.  The rules tagger may read the
noun as a verb after a possessive ("'s claim"); these cues are found before
:mod:`.reported_speech` runs and their tokens marked, so the noun is not read again as a verb.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, count

from ...document import AnnotatedDocument, Token
from ...lexicons import cue_noun_frames, word_class
from ..attribution import Attribution, Context, Source
from ..mentions import clause_end

#: The possessive "'s" (curly or straight), as the rules tokenizer splits it off.
_POSSESSIVE_S = frozenset({"'s", "’s"})

#: Finite forms of "be" and "have" that, after the content's own verb, are the possessive
#: subject's verb ("Trump's claim that he won *was* false").
_MATRIX_AUX = frozenset({"is", "was", "are", "were", "has", "had", "have"})


@lru_cache(maxsize=1)
def _intent_nouns() -> frozenset[str]:
    """Nouns whose "to"-infinitive is an act intended, not words said ("intent-to" of ``surface_cue_nouns.tsv``)."""
    return word_class("surface_cue_nouns.tsv", "intent-to")


def find_possessed_cue_nouns(ctx: Context, cue_tokens: set[int]) -> list[Attribution]:
    """The possessed cue nouns of a document without a parse, with their cue tokens added to
    ``cue_tokens``; the caller keeps those whose content no other statement holds."""
    doc = ctx.doc
    frames = cue_noun_frames()
    out: list[Attribution] = []
    toks = doc.tokens
    # only tokens whose lower-case word is a cue noun, picked from the document's shared column
    # (no attribute read or lower-casing per token; most tokens are none)
    lowered = doc.lowered_texts()
    for i in compress(count(), map(frames.__contains__, lowered)):
        t = toks[i]
        fr = frames[lowered[i]]
        if not fr or t.i < 2 or t.i in cue_tokens or ctx.quoted[t.start] or toks[t.i - 1].text not in _POSSESSIVE_S:
            continue
        owner = toks[t.i - 2]
        sent = doc.sentences[t.sent]
        if owner.sent != t.sent or owner.pos in ("PRON", "DET") or ctx.in_question(t.sent):
            continue  # "that's a claim", "he's promise": "'s" for "is"/"has"
        src = ctx.source_at(owner.i, owner.i)
        if src is None or src.actor is None:
            continue
        src = ctx.widen_left(src, sent.token_start)
        src = Source(src.start, toks[t.i - 1].end, src.actor)  # the possessor with its "'s"
        opener = doc.token_at(src.start)
        under = opener is not None and opener.i > sent.token_start and toks[opener.i - 1].text.lower() == "under"
        found = _content(doc, t, fr, sent.token_start, sent.token_end, under=under)
        if found is None:
            continue
        cue_end, lo, hi = found
        if hi <= lo:
            continue
        out.append(Attribution((t.start, toks[cue_end].end), src, [(toks[lo].start, toks[hi - 1].end)], "indirect", 0.6))
        cue_tokens.add(t.i)
    return out


def _content(doc: AnnotatedDocument, t: Token, frames: tuple[str, ...], first: int, last: int, *, under: bool) -> tuple[int, int, int] | None:
    """(last cue token, first content token, end) of the noun ``t``'s content, or None; ``under``:
    the possessor follows "Under"."""
    toks = doc.tokens
    nxt = t.i + 1
    if nxt >= last:
        return None
    if under and toks[nxt].text == "," and nxt + 1 < last:
        # "Under the governor's plan, taxes would fall": the clause the plan provides for
        return t.i, nxt + 1, clause_end(doc, nxt + 1)
    for frame in frames:
        rel, _, prep = frame.partition(":")
        word = toks[nxt].text.lower()
        if rel == "acl" and word == "that" and nxt + 1 < last and toks[nxt + 1].pos not in ("PUNCT", "VERB", "AUX"):
            # (a verb right after "that" has no subject: a relative clause, "the message that emerges")
            return t.i, nxt, _subject_content_end(doc, nxt, first, t)
        if rel == "acl" and word == "to" and nxt + 1 < last and _base_verb(toks[nxt + 1]) and t.text.lower() not in _intent_nouns():
            return t.i, nxt, _subject_content_end(doc, nxt, first, t)
        if rel == "nmod" and word == prep and nxt + 1 < last and toks[nxt + 1].pos != "PUNCT":
            return nxt, nxt + 1, _subject_content_end(doc, nxt + 1, first, t, clause=False)
    return None


def _subject_content_end(doc: AnnotatedDocument, lo: int, first: int, noun: Token, *, clause: bool = True) -> int:
    """The content's end: its clause's end, or -- when the possessive phrase is its clause's
    subject (no verb before it in the sentence) -- before a finite "be"/"have" that follows a verb
    of the content (``clause``), or any such form in a noun phrase content ("Pence's call for a
    prosecutor *was* ...")."""
    end = clause_end(doc, lo)
    toks = doc.tokens
    if not clause:
        # a noun phrase content ends at its first comma ("Ryan's endorsement of Trump, many think, ...")
        end = next((k for k in range(lo + 1, end) if toks[k].text == ","), end)
    if not _opens_clause(doc, first, noun):
        return end  # "The mayor rejected Smith's claim that ...": the phrase is an object
    seen_verb = not clause
    nested = False  # a clause of the content's own has opened: a plain verb after it may be its
    for k in range(lo + 1, end):
        w = toks[k]
        if seen_verb and w.text.lower() in _MATRIX_AUX:
            return k
        if seen_verb and (w.pos in ("CCONJ", "SCONJ") or w.text.lower() in _CLAUSE_OPENERS or w.text.lower() in ("who", "which")):
            nested = True
        if seen_verb and not nested and w.pos == "VERB" and toks[k - 1].pos in ("NOUN", "PROPN", "ADJ", "NUM"):
            return k  # "Varga's claim that the reservoir was full *proved* wrong": the subject's verb
        if w.pos in ("VERB", "AUX") or k == lo + 1 and toks[lo].text.lower() == "to":
            seen_verb = True  # ("to repave": the infinitive, whatever the tagger made of it)
    return end


def _base_verb(w: Token) -> bool:
    """``w`` after "to" can be a verb: tagged one, or a lower-case noun the tagger did not know
    ("to repave"), not a plural ("a call to arms")."""
    return w.pos in ("VERB", "AUX") or w.pos == "NOUN" and w.text.islower() and not w.text.endswith("s")


#: Words after which a noun phrase opens a clause as its subject ("..., and Reed's plan to ...
#: was", "told him that Reed's decision to ... had").
_CLAUSE_OPENERS = frozenset({"that", ",", ";", "and", "but", "because", "while", "if", "when", "since", "although", "though", "whether"})


def _opens_clause(doc: AnnotatedDocument, first: int, noun: Token) -> bool:
    """The possessive phrase of ``noun`` opens its sentence or a clause: it is that clause's subject."""
    toks = doc.tokens
    k = noun.i - 2  # the possessor's last word
    while k > first and toks[k - 1].pos in ("PROPN", "DET", "ADJ", "NUM") or k > first and toks[k - 1].text[:1].isupper() and toks[k - 1].pos == "NOUN":
        k -= 1
    return k == first or toks[k - 1].text.lower() in _CLAUSE_OPENERS
