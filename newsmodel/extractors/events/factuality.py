"""How sure the text is that an event happened (``Event.factuality``)."""

from __future__ import annotations

import bisect

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from ..mentions import is_negated
from .triggers import governor, words_of


class ClaimIndex:
    """Which statement's content, and whether a denied claim, holds each token.

    Built once per document from the draft's statements and denials, so
    that placing an event costs a lookup rather than a pass over every
    statement: the scan per event made event extraction quadratic in the
    length of the article.  A token belongs to the first statement (in draft
    order) whose content span holds its start -- unless a later statement's
    content lies inside that span: a report that relays another's speech
    ("According to Reuters, the ministry said it had ...") holds the inner
    statement's words, and the words are the inner speaker's (issue 14, a11).
    """

    def __init__(self, doc: AnnotatedDocument, draft: Draft) -> None:
        starts = doc.token_starts()
        n = len(starts)
        statement: list[str | None] = [None] * n
        denied = [False] * n
        held: list[tuple[int, int] | None] = [None] * n  # token -> the content span of its statement
        left = bisect.bisect_left
        for st in draft.statements:
            for c in st.content:
                lo, hi = left(starts, c.start), left(starts, c.end)
                if statement[lo:hi].count(None) == hi - lo:
                    # no token of the span is held yet (the common case): all become this
                    # statement's at once, as the loop below would make them one by one
                    statement[lo:hi] = [st.id] * (hi - lo)
                    held[lo:hi] = [(c.start, c.end)] * (hi - lo)
                    continue
                for k in range(lo, hi):
                    span = held[k]
                    if span is None:
                        statement[k] = st.id
                        held[k] = (c.start, c.end)
                    else:
                        a, b = span
                        if a <= c.start and c.end <= b and c.end - c.start < b - a:
                            statement[k] = st.id  # nested inside the first holder: the inner speaker's
                            held[k] = (c.start, c.end)
        for d in draft.denials:
            if d.denied is not None:
                lo, hi = left(starts, d.denied.start), left(starts, d.denied.end)
                denied[lo:hi] = [True] * (hi - lo)
        self.statement = statement
        self.denied = denied


def event_factuality(
    doc: AnnotatedDocument, draft: Draft, t: Token, claims: ClaimIndex | None = None
) -> tuple[str, str | None]:
    """denied > hypothetical (if-clause, intended or future) > negated > reported > asserted.

    The schema has no separate "future" value: intended and future events
    ("would support", "wants Putin to back it") are ``hypothetical``, like
    conditionals -- neither is reported as having happened.  ``claims``
    (built once per document) saves re-reading the draft for every event.
    """
    if claims is None:
        claims = ClaimIndex(doc, draft)
    st = claims.statement[t.i]
    if claims.denied[t.i]:
        return "denied", st
    sent = doc.sentences[t.sent]
    for k in range(sent.token_start, t.i):
        if doc.tokens[k].text.lower() in ("if", "unless", "whether"):
            # inside the if-clause: up to its comma
            comma = next((m for m in range(k, sent.token_end) if doc.tokens[m].text == ","), sent.token_end)
            if t.i < comma:
                return "hypothetical", st
    if _intended(doc, t):
        return "hypothetical", st
    gov = governor(doc, t)
    if is_negated(doc, t) or (gov is not None and gov.lemma.lower() in words_of("not-done") and gov.i != t.i):
        return "negated", st
    if t.pos == "NOUN" and _negated_receipt(doc, t):
        return "negated", st  # "did not receive the governor's endorsement": no endorsement was given
    if _without_gerund(doc, t):
        return "negated", st  # "spoke for an hour without criticizing the president": no criticism
    if t.pos == "VERB" and _negative_subject(doc, t):
        return "negated", st  # "none of his rivals attacked him": no one did
    if st is None and passed_on(doc, t):
        return "reported", None  # "Egypt reportedly detained 30 activists": the writer relays it
    return ("reported", st) if st is not None else ("asserted", None)


def passed_on(doc: AnnotatedDocument, t: Token) -> bool:
    """A hearsay adverb (``event_cues.tsv`` hearsay) marks the event's own verb as relayed.

    Read on the surface, so both engines agree: the adverb stands right before the trigger with
    only auxiliaries and adverbs between ("has reportedly moved", "allegedly beat"), or opens the
    sentence before a comma ("Reportedly, Iran has expelled ...").  After the trigger, or before a
    noun it modifies, it says nothing about the act ("detained a reportedly senior commander").
    """
    hearsay = words_of("hearsay")
    sent = doc.sentences[t.sent]
    tokens = doc.tokens
    for k in range(t.i - 1, sent.token_start - 1, -1):
        w = tokens[k]
        if w.text.lower() in hearsay:
            return True
        if w.pos not in ("AUX", "ADV", "PART"):
            break
    first = sent.token_start
    return (
        t.i > first + 1 and tokens[first].text.lower() in hearsay and tokens[first + 1].text == ","
    )


#: Subjects that say no one did it: "none of his rivals attacked him", "neither party signed",
#: "nobody was arrested" (lead, stop 42, judging PolNeAR train texts by hand).
_NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "neither", "nothing"})
#: The longest subject read back from the verb ("none of the three main rivals attacked").
_SUBJECT_REACH = 7


def _negative_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's subject is a negative quantifier: with a parse its ``nsubj`` (or passive subject)
    is one; without one, such a word opens the words right before the verb, with no punctuation or
    other verb between ("none of his rivals attacked", "neither of the two parties signed")."""
    if doc.has_parse:
        subjects = [c for c in doc.children(t.i) if c.dep in ("nsubj", "nsubj:pass")]
        # ("neither party signed": the quantifier is the subject's determiner)
        return any(c.text.lower() in _NEGATIVE_SUBJECTS or any(d.dep == "det" and d.text.lower() in _NEGATIVE_SUBJECTS for d in doc.children(c.i)) for c in subjects)
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo - 1, t.i - _SUBJECT_REACH - 1), -1):
        w = doc.tokens[k]
        if w.text.lower() in _NEGATIVE_SUBJECTS:
            return True
        if w.pos in ("PUNCT", "VERB", "SCONJ") or w.text.lower() in ("that", "who", "which", "and", "but"):
            return False
    return False


def _without_gerund(doc: AnnotatedDocument, t: Token) -> bool:
    """Gerund ``t`` heads an adjunct opened by "without" (adverbs between): the act it names was not
    done -- "left without meeting the premier" met no one, as "did not meet" (issue 14, stop 41, e55:
    the events dev file's convention keeps a negated event with factuality ``negated``)."""
    if not t.text.lower().endswith("ing"):
        return False
    k = t.i - 1
    start = doc.sentences[t.sent].token_start
    while k > start and doc.tokens[k].pos == "ADV":
        k -= 1
    return k >= start and doc.tokens[k].text.lower() == "without"


def headline_future(doc: AnnotatedDocument, verb: Token) -> bool:
    """"Japan to Send Aid to Turkey", "Russia to Hold Drills": a "to"-infinitive with its own
    subject and no verb over it is a headline's future tense (news style: "X to do Y" = "X will
    do Y"). Prose puts such an infinitive under a verb ("wants Japan to send", "plans to send")
    or after "for" ("for Japan to send"), which the governing-verb rules read instead."""
    if verb.pos != "VERB":
        return False
    if doc.has_parse:
        if verb.head is not None:
            return False
        kids = doc.children(verb.i)
        return (
            any(c.dep == "aux" and c.text.lower() == "to" for c in kids)
            and any(c.dep == "nsubj" for c in kids)
            and not any(c.dep == "mark" for c in kids)
        )
    sent = doc.sentences[verb.sent]
    k = verb.i - 1
    if k - 1 < sent.token_start or doc.tokens[k].text.lower() != "to" or doc.tokens[k - 1].pos not in ("NOUN", "PROPN"):
        return False
    return not any(doc.tokens[j].pos in ("VERB", "AUX") or doc.tokens[j].text.lower() == "for" for j in range(sent.token_start, k))


#: Forms of "be" before "going to" ("we're going to support", "she is going to defend").
_BE_GOING = frozenset({"am", "'m", "’m", "is", "'s", "’s", "are", "'re", "’re", "was", "were", "be", "been"})


def to_before(doc: AnnotatedDocument, verb: Token) -> int | None:
    """The index of the "to" right before the verb ``verb`` (adverbs between passed: "to also
    back"), or None: the infinitive's marker that "going to" and "is to" (:mod:`.scheduled_acts`)
    both read."""
    if verb.pos != "VERB":
        return None
    lo = doc.sentences[verb.sent].token_start
    k = verb.i - 1
    while k > lo and doc.tokens[k].pos == "ADV":
        k -= 1
    return k if k >= lo and doc.tokens[k].text.lower() == "to" else None


def going_to(doc: AnnotatedDocument, verb: Token) -> bool:
    """"be going to" + ``verb`` ("we're going to support the team", "is going to cancel"): the
    future told with "going to", as "will support" is (e78, stop 45, PolNeAR train, both engines).
    Read on the words, so both engines agree; "going to the convention" has no verb after "to",
    and a negated "is not going to give in" (a "not" between) is left to the negation rules."""
    k = to_before(doc, verb)
    lo = doc.sentences[verb.sent].token_start
    if k is None or k - 2 < lo or doc.tokens[k - 1].text.lower() != "going":
        return False
    j = k - 2
    while j > lo and doc.tokens[j].pos == "ADV" and doc.tokens[j].text.lower() not in ("not", "n't", "never"):
        j -= 1  # "is also going to back"
    return doc.tokens[j].text.lower() in _BE_GOING


def intended(doc: AnnotatedDocument, t: Token) -> bool:
    """A modal or want/plan verb governs the trigger: an intended or future event."""
    return _intended(doc, t)


def _intended(doc: AnnotatedDocument, t: Token) -> bool:
    """A modal auxiliary or a want/plan/hope verb governs the trigger (up the xcomp chain)."""
    modal = words_of("modal")
    if not doc.has_parse and t.pos != "VERB":
        # a noun trigger as the object of a headline's future verb ("Russia to Hold Nuclear Drills")
        k = t.i - 1
        while k > doc.sentences[t.sent].token_start and t.i - k <= 4 and doc.tokens[k].pos in ("ADJ", "NOUN", "DET", "NUM"):
            k -= 1
        if doc.tokens[k].pos == "VERB" and headline_future(doc, doc.tokens[k]):
            return True
        # the object of a modal's verb past its modifiers ("may launch a fresh offensive"), which
        # the three-word look-back below does not reach from the noun (stop 37)
        verb = _verb_taking(doc, t)
        if verb is not None and any(
            doc.tokens[k].lemma.lower() in modal and doc.tokens[k].pos == "AUX"  # a modal auxiliary, not "seek or receive"
            for k in range(max(doc.sentences[t.sent].token_start, verb.i - 3), verb.i)
        ):
            return True
    tok: Token | None = t
    background = False
    for _ in range(4):
        if tok is None:
            return False
        if headline_future(doc, tok) or going_to(doc, tok):
            return True
        if doc.has_parse:
            if any(c.dep == "aux" and c.lemma.lower() in modal for c in doc.children(tok.i)):
                return True
            if tok.lemma.lower() in modal and tok.i != t.i:
                # "promised to cooperate *after a meeting*": the want or promise is not the
                # meeting's (an adverbial of time or cause tells a fact of its own; batch 79); a
                # modal auxiliary still makes it future ("will decide after talks next week")
                return not (background and tok.pos == "VERB")
            # climb within the clause ("would do its best to support": support -> best -> do)
            if tok.head is None or tok.dep in ("ccomp", "parataxis", "root", "conj", "acl:relcl", "advcl:relcl"):
                return False
            if tok.dep == "obl" and any(c.dep == "case" and c.text.lower() in word_class("sense_words.tsv", "background-cause-prep") for c in doc.children(tok.i)):
                background = True
            tok = doc.tokens[tok.head]
            continue
        else:
            sent = doc.sentences[tok.sent]
            for k in range(max(sent.token_start, tok.i - 3), tok.i):
                if doc.tokens[k].lemma.lower() in modal and doc.tokens[k].pos in ("AUX", "VERB", "X"):
                    return True
        gov = governor(doc, tok)
        if gov is not None and gov.lemma.lower() in modal:
            return True
        tok = gov
    return False



#: Words that may stand between a receiving verb and the event noun it takes ("win *the union's* endorsement").
_OBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _negated_receipt(doc: AnnotatedDocument, t: Token) -> bool:
    """Event noun ``t`` is the object of a negated ``receive-verb`` ("did not receive the governor's
    endorsement", "never won the union's backing", "did not seek or get an apology"): the act the
    noun names was not done. Only verbs of receiving pass their negation on -- "did not condemn
    the attack" says nothing against the attack."""
    verb = _verb_taking(doc, t)
    if verb is None or verb.lemma.lower() not in words_of("receive-verb"):
        return False
    if is_negated(doc, verb):
        return True
    first = _first_conjunct(doc, verb)  # "did not seek or receive": the negation of the first verb
    return first is not None and is_negated(doc, first)


def _verb_taking(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb whose direct object noun ``t`` is: with a parse its head over ``obj``; without one
    the verb before it past determiners, adjectives, names and a possessive (up to five words)."""
    if doc.has_parse:
        if t.dep in ("obj", "dobj") and t.head is not None and doc.tokens[t.head].pos == "VERB":
            return doc.tokens[t.head]
        return None
    lo = max(doc.sentences[t.sent].token_start, t.i - 6)
    for k in range(t.i - 1, lo - 1, -1):
        w = doc.tokens[k]
        if w.pos == "VERB":
            return w
        if w.pos not in _OBJECT_WORDS and w.text not in ("'s", "’s") and w.text.lower() not in ("his", "her", "its", "their", "our"):
            return None
    return None


def _first_conjunct(doc: AnnotatedDocument, verb: Token) -> Token | None:
    """The verb ``verb`` is joined to by "or"/"nor" ("seek or receive"), else None."""
    if doc.has_parse:
        if verb.dep == "conj" and verb.head is not None and any(c.dep == "cc" and c.text.lower() in ("or", "nor") for c in doc.children(verb.i)):
            return doc.tokens[verb.head]
        return None
    k = verb.i - 1
    if k - 1 >= doc.sentences[verb.sent].token_start and doc.tokens[k].text.lower() in ("or", "nor") and doc.tokens[k - 1].pos == "VERB":
        return doc.tokens[k - 1]
    return None
