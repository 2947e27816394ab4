"""The claim a denial verb's bare demonstrative points back to across sentences (issue 14, d17, stop 47).

"The union said the mayor had taken money from developers. The council met on Tuesday. The mayor
rejected that."; "The senator was accused of taking money from a lobbyist. Aides met to plan the
campaign. He denied it in a statement.": the denial verb's object is a bare "that" / "this" / "it"
(a time or medium phrase may follow it: "rejected that on Wednesday", "denied it in a statement"),
and what it stands for is a claim reported a few sentences earlier -- the article-level link the
stop 46 section left.  The link is kept narrow: the object must be a bare demonstrative (a claim noun
needs no link), and the earlier sentence must report a claim with a ``reported-claim-verb`` of
``denial_words.tsv`` (said, claimed, alleged, accused, reported ...) followed by what was claimed.
"The mayor proposed a curfew. ... The union rejected that" (a proposal), "the board asked for an
audit. ... The mayor rejected that" (a request) and "The team lost on Sunday. The coach rejected
that on Monday" (no claim reported) stay none.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes
from .denial_forms import base_form
from .quotes import find_quotes
from .tree import is_time_entity

#: The bare pointers a denial verb may take for a claim made earlier.
_POINTERS = frozenset({"that", "this", "it"})

#: How many sentences back the reported claim may stand.
_BACK = 3

#: Prepositions opening a time or medium phrase after the pointer ("on Wednesday", "in a statement").
_TAIL_PREPS = frozenset({"on", "in", "at", "during", "late", "early", "last", "again"})


def back_pointer_verb(t: Token) -> bool:
    """Whether ``t`` is a ``back-pointer-verb`` (deny, dispute, reject, dismiss ...), whose bare pointer
    object may stand for a claim reported before; "disavowed that" distances from words, no claim called false."""
    verbs = word_classes("denial_words.tsv")["back-pointer-verb"]
    return t.lemma.lower() in verbs or base_form(t.text.lower(), verbs) is not None


def bare_pointer_after(doc: AnnotatedDocument, k: int, medium: frozenset[str]) -> bool:
    """Whether token ``k`` is a bare "that" / "this" / "it" closing its clause, only a time phrase or
    a ``medium`` phrase ("in a statement") after it: "rejected that | on Wednesday |.", not the
    "that" opening a clause ("rejected that the bridge was unsafe")."""
    toks = doc.tokens
    end = doc.sentences[toks[k].sent].token_end
    if toks[k].text.lower() not in _POINTERS:
        return False
    j = k + 1
    while j < end:
        w = toks[j]
        low = w.text.lower()
        if w.pos == "PUNCT" or low in ("and", "but"):
            return True
        if is_time_entity(doc, j):
            j += 1
            continue
        if low in _TAIL_PREPS or w.pos in ("DET", "ADJ") and j > k + 1 and toks[j - 1].text.lower() in _TAIL_PREPS:
            j += 1
            continue
        if low in medium and j > k + 1:
            j += 1
            continue
        return False
    return True


def reported_claim_back(doc: AnnotatedDocument, offset: int) -> tuple[int, int] | None:
    """The character span of what the last ``reported-claim-verb`` in the ``_BACK`` sentences before
    the one holding ``offset`` introduces ("said | the mayor had taken money", "accused on Monday of
    | taking money"), or None; the words after the verb must run three or more."""
    here = doc.token_at(offset)
    if here is None or here.sent == 0:
        return None
    toks = doc.tokens
    if any(toks[k].pos in ("VERB", "AUX") for k in range(doc.sentences[here.sent].token_start, here.i)) and not _auxiliaries_only(doc, here.i):
        return None  # "..., although Israel disputes this", "X proposed ..., but Y rejected that": the clause before is what it points to
    if any(q.start < offset < q.end for q in find_quotes(doc.text)):
        return None  # inside a quote the speaker's own words come between ("He's always denied it")
    verbs = word_classes("denial_words.tsv")["reported-claim-verb"]
    for s in range(here.sent - 1, max(-1, here.sent - 1 - _BACK), -1):
        sent = doc.sentences[s]
        found = None
        for k in range(sent.token_start, sent.token_end):
            if toks[k].text.lower() in verbs:
                found = k
        if found is None:
            continue
        start = found + 1
        while start < sent.token_end and (toks[start].text.lower() in ("that", "of", "on") or is_time_entity(doc, start)):
            start += 1  # "said | that", "accused | on Monday of | taking ..."
        if start < sent.token_end and toks[start].pos == "PUNCT":
            continue  # 'Trump said, using the nickname': a participle after the verb, no content
        stop = sent.token_end
        while stop > start and toks[stop - 1].pos == "PUNCT":
            stop -= 1
        if stop - start >= 3:
            return toks[start].start, toks[stop - 1].end
    return None


def _auxiliaries_only(doc: AnnotatedDocument, i: int) -> bool:
    """Whether the verbs before token ``i`` in its sentence are only the auxiliaries and adverbs right
    before it ("The office has | flatly | rejected that"): no clause of its own stands before the verb."""
    toks = doc.tokens
    k = i - 1
    lo = doc.sentences[toks[i].sent].token_start
    while k >= lo and toks[k].pos in ("AUX", "ADV", "PART"):
        k -= 1
    return not any(toks[j].pos in ("VERB", "AUX") for j in range(lo, k + 1))
