"""``According to X, …``, ``…, according to X`` and ``as stated by X``.

In a chain of them the innermost source is the speaker, and the source as
written is the whole phrase.
"""

from __future__ import annotations

import bisect
from itertools import compress, count

from ...document import Token
from ...lexicons import group_nouns, speech_verbs
from ..attribution import PRONOUNS, Attribution, Context, Source
from ..mentions import clause_end
from ..tree import trim
from .relayed_speech import relays_speech
from .shapes import first_content_token

#: The first words of the phrases, in lower case: "according (to)", "as (stated by)".
_OPENERS = frozenset(("according", "as"))


def find_according_to(ctx: Context, found: list[Attribution], cue_tokens: set[int], relayed: list[Attribution] | None = None) -> None:
    """Add the according-to attributions to ``found``; "According to X, Y said ..." goes to
    ``relayed`` (see :mod:`.relayed_speech`): X's report covers no words, Y's verb makes Y's statement."""
    doc = ctx.doc
    # the words that can open a phrase; most sentences have none, and are skipped
    # (read off the document's shared lower-case column: no attribute read per token)
    lowered, tokens, n = doc.lowered_texts(), doc.tokens, len(doc.tokens)
    openers = list(compress(count(), map(_OPENERS.__contains__, lowered)))
    if openers:
        # only an opener followed by its phrase's next words can open one ("as" is frequent,
        # "as stated by" rare); the loop below tests the same within the sentence
        verbs = speech_verbs()
        openers = [
            i for i in openers
            if i + 1 < n and (
                lowered[i + 1] == "to" if lowered[i] == "according"
                else i + 2 < n and lowered[i + 2] == "by" and tokens[i + 1].lemma in verbs
            )
        ]
    if not openers:
        return
    for sent in doc.sentences:
        first = bisect.bisect_left(openers, sent.token_start)
        if first == len(openers) or openers[first] >= sent.token_end:
            continue
        toks = [doc.tokens[i] for i in openers[first : bisect.bisect_left(openers, sent.token_end)]]
        chain: list[tuple[Token, Token, Source | None, int]] = []  # (cue start tok, cue end tok, source, phrase end idx)
        for t in toks:
            low = t.text.lower()
            nxt = doc.tokens[t.i + 1] if t.i + 1 < sent.token_end else None
            if low == "according" and nxt is not None and nxt.text.lower() == "to":
                cue_first, cue_last = t, nxt
            elif low == "as" and nxt is not None and nxt.lemma in speech_verbs() and t.i + 2 < sent.token_end and doc.tokens[t.i + 2].text.lower() == "by":
                cue_first, cue_last = t, doc.tokens[t.i + 2]
            else:
                continue
            if ctx.quoted[t.start]:
                continue
            # the source phrase runs to the next comma / sentence end
            e = cue_last.i + 1
            while e < sent.token_end and doc.tokens[e].text not in (",", ".", ";", "?", "!") and not (
                doc.tokens[e].text.lower() in ("according", "as") and e > cue_last.i + 1
            ):
                e += 1
            src = _phrase_source(ctx, cue_last.i + 1, e)
            phrase = trim(doc, cue_last.i + 1, e - 1, keep_quotes=False) if e > cue_last.i + 1 else None
            if src is not None and phrase is not None:
                # the source as written is the whole phrase ("according to an
                # analysis by the Harbor Institute, ..."); the speaker is its actor
                src = Source(doc.tokens[phrase[0]].start, doc.tokens[phrase[1]].end, src.actor)
            chain.append((cue_first, cue_last, src, e))
            cue_tokens.update(range(cue_first.i, cue_last.i + 1))  # "as reported by": no second cue in it
        if not chain:
            continue
        inner = chain[-1]  # innermost: the last in the chain ("as reported by X, according to Y")
        cue_first, cue_last, src, phrase_end = inner
        first_phrase_start = chain[0][0].i
        if phrase_end < sent.token_end - 2 and doc.tokens[phrase_end].text == "," and _speech_reported(ctx, sent.token_start, first_phrase_start):
            continue  # "X said in a statement, according to Y, that ...": X's statement, Y's report
        if first_phrase_start <= first_content_token(doc, sent.token_start):
            # "According to X, CONTENT."
            c0 = phrase_end + 1 if phrase_end < sent.token_end and doc.tokens[phrase_end].text == "," else phrase_end
            c1 = clause_end(doc, c0, stop_at_comma_verb=False) if c0 < sent.token_end else c0
        else:
            # "CONTENT, according to X." -- the content is what comes before
            c0 = first_content_token(doc, sent.token_start)
            c1 = first_phrase_start
            while c1 > c0 and doc.tokens[c1 - 1].text in (",", "—", "–"):
                c1 -= 1
            if phrase_end < sent.token_end - 1 and doc.tokens[phrase_end].text == ",":
                # "X, according to Y, CONTENT": the content follows
                c0b = phrase_end + 1
                c1b = clause_end(doc, c0b, stop_at_comma_verb=False)
                if c1b - c0b > c1 - c0 or c1 - c0 < 3:
                    c0, c1 = c0b, c1b
        if c1 <= c0:
            continue
        start, end = doc.tokens[c0].start, doc.tokens[c1 - 1].end
        kind = "mixed" if ctx.any_quoted(start, end) else "indirect"
        opening = first_phrase_start <= first_content_token(doc, sent.token_start)
        into = relayed if relayed is not None and opening and relays_speech(ctx, c0, c1) else found
        into.append(Attribution((cue_first.start, cue_last.end), src, [(start, end)], kind, 0.85))


#: Words that open a clause inside the sentence: a speech verb after one is not the sentence's own.
_CLAUSE_OPENERS = frozenset(("who", "which", "that", "whom", "whose", "if", "when", "after", "before", "because", "while"))


def _speech_reported(ctx: Context, first: int, phrase_start: int) -> bool:
    """Whether "according to Y" reports someone's speech told before it in the same sentence: "the
    ministry said in a statement, according to Reuters, that ...".  The speaker is the one who said
    it (the speech verb's own statement), the outlet only the report's source: no statement of its
    own (issue 14, helper a10).  The caller asks only when the phrase stands between the verb and
    its content; at the sentence's end ("commuters say they prefer X, according to a survey") the
    whole clause is what the source reports, as attribution corpora (PolNeAR) mark it.  The speech verb must be the sentence's own -- its root in a parse;
    without one, a speech verb before the phrase with no clause opener ("who said ...") before it --
    so "the minister, who said he would quit, has left, according to Reuters" stays Reuters'."""
    doc = ctx.doc
    verbs = speech_verbs()
    lowered = doc.lowered_texts()
    for k in range(first, phrase_start):
        t = doc.tokens[k]
        if t.pos not in ("VERB", "AUX") or t.lemma not in verbs or ctx.quoted[t.start]:
            continue
        if doc.has_parse:
            if t.dep == "root":
                return True
        elif not any(lowered[m] in _CLAUSE_OPENERS for m in range(first, k)):
            return True
    return False


def _phrase_source(ctx: Context, a: int, b: int) -> Source | None:
    """The source inside 'according to <phrase>': its possessor or head mention."""
    doc = ctx.doc
    for k in range(a, b):
        t = doc.tokens[k]
        actor = ctx.draft.actor_at(t.start, t.end)
        if actor:
            s, e = ctx._mention_span(t, actor)
            return Source(s, e, actor)
        low = t.text.lower()
        if low in PRONOUNS:
            return Source(t.start, t.end, ctx.resolve_pronoun(t))
    for k in range(b - 1, a - 1, -1):
        t = doc.tokens[k]
        if t.pos in ("NOUN", "PROPN") or t.text.lower() in group_nouns():
            return ctx.nominal_source(t)
    return None
