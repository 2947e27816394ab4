"""A negated first-person quote that answers an accusation by repeating its verb (issue 14, d15, stop 45).

"Rivals have accused Ms. Orton of taking money from developers. 'I have never taken a cent from any
developer,' she said": alone, "I have never taken a cent" is plain negation (issue 14 item 4); right
after the words that put a party under an accusation ("accused ... of taking", in the quote's
sentence or the one before: :func:`.denial_accused.accusation_before`) and negating the same act,
it denies it -- the accusation is the claim.  The act is the accusation's first verb after "of"
("of being swayed" is "swayed"); the quote must negate a verb of the same stem with "I" or "we" as
subject and a past or perfect form ("I have never", "we did not"): "We will never waste a cent" is
a promise, "I have never seen a budget this bad" another act.  Lemmas are compared, and, since the
taggers' lemmas of the same verb may differ ("dumped" / "dumping"), a crude stem of the forms too.
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token

_NEGATORS = frozenset({"not", "never", "n't", "n’t"})
_FIRST_PERSON = frozenset({"i", "we"})
#: Words that may stand between the subject, the negator and the repeated verb ("I have never ever been swayed").
_AUX = frozenset({"have", "has", "had", "did", "do", "does", "was", "were", "been", "be", "ever", "once", "'ve", "’ve", "am", "is", "are"})
_SKIP_IN_ACT = frozenset({"be", "being", "been", "have", "having"})


def _stems(t: Token) -> frozenset[str]:
    """The lemma and crude stems of a verb form: "taking"/"taken" -> "tak", "hidden"/"hiding" -> "hid"."""
    out = {t.lemma.lower()}
    for w in (t.text.lower(), t.lemma.lower()):
        for suffix in ("ing", "ed", "en", "es", "s", "e", "d"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                break
        if w.endswith("e") and len(w) > 3:
            w = w[:-1]
        if len(w) > 3 and w[-1] == w[-2]:
            w = w[:-1]  # "hidd" -> "hid", "stopp" -> "stop"
        out.add(w)
    return frozenset(out)


def _accused_act(doc: AnnotatedDocument, accusation: tuple[int, int]) -> Token | None:
    """The first verb after the accusation's "of" ("accused the mayor of | taking bribes"), past "being"."""
    first = doc.token_at(accusation[0])
    if first is None:
        return None
    end = doc.sentences[first.sent].token_end
    of = next((k for k in range(first.i, min(end, first.i + 8)) if doc.tokens[k].text.lower() == "of"), None)
    if of is None:
        return None
    for k in range(of + 1, min(end, of + 4)):
        w = doc.tokens[k]
        if w.text.lower() in _SKIP_IN_ACT:
            continue
        return w if w.text.lower().endswith(("ing", "ed", "en")) else None
    return None


def echoed_denial(doc: AnnotatedDocument, lo: int, hi: int, accusation: tuple[int, int]) -> tuple[int, int] | None:
    """The cue span (subject to the repeated verb) of a first-person negation in ``doc.text[lo:hi]``
    (a quote's content) that repeats the accused act of ``accusation``, or None."""
    act = _accused_act(doc, accusation)
    here = doc.token_at(lo) or doc.token_at(lo + 1)
    if act is None or here is None:
        return None
    stems = _stems(act)
    toks = doc.tokens
    k = here.i
    while k < len(toks) and toks[k].start < hi:
        w = toks[k]
        if w.text.lower() in _FIRST_PERSON:
            j = k + 1
            negated = False
            while j < len(toks) and toks[j].end <= hi and (toks[j].text.lower() in _AUX or toks[j].text.lower() in _NEGATORS):
                negated = negated or toks[j].text.lower() in _NEGATORS
                j += 1
            # only auxiliaries of the past and perfect stand between: "we will never waste" (a modal) is a promise
            if j < len(toks) and toks[j].end <= hi and negated:
                if toks[j].pos in ("VERB", "NOUN", "ADJ") and _stems(toks[j]) & stems:
                    return w.start, toks[j].end
        k += 1
    return None
