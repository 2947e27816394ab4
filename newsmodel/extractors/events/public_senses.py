"""The public, paperwork and civilian effort that use event words (stop 31, e20).

Found by reading both engines' output on PolNeAR train (seeds 60-69) and rewritten as the
project's own sentences (dev batch 50, rounds three to six; ``tests/test_events_e20.py``).
PLOVER codes acts of one political party toward another; these name the public, a form or an
effort that no party directs at another:

* goods and openings offered to the public: "the company offers no paid leave", "the governor is
  offering free tuition", "the audit offered fresh ammunition to critics" (a product, a benefit or
  an opening, no deal offered to a party);
* canvassing: "urged her supporters to vote early", "telling others to vote for the nominee" (a
  candidate's call to the public, no request of a party); "runs two lobbying firms" (a trade);
* paperwork and sign-ups: "signed up for the free course", "signed on for a third season",
  "signed on to help raise money", "signed paperwork promising to appear", "signed an open letter",
  "signed autographs" (joining, registering or a paper's terms; "signed on to the climate accord" and
  "signed a defence pact" stay);
* efforts stepped up with no forces ("step up efforts to raise the minimum wage", CAMEO's STEP UP
  reads a show of force) and a defendant's appearance in court (CAMEO 173 reads an arrest);

:func:`public_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it only reads
the document, so it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from ..nominals import nominal_kind
from .civic_senses import _object_noun_in
from .non_event_senses import _next_text, _sentence_has, _words
from .sense_checks import SenseCheck, keys
from .senses import armed_party

__all__ = ["public_non_event"]

#: Papers whose "-ing" words are their signers' own act ("a letter urging the president to veto
#: the bill" is the lawmakers' request), unlike a form's or a summons' terms.
_LETTERS = frozenset({"letter", "letters", "memo", "memos"})

#: Verbs of asking whose addressee may be the public ("urged her supporters to vote").
_URGE = frozenset({"urge", "ask", "tell", "call", "encourage", "implore", "beg", "remind", "exhort", "plead"})

#: Verbs of the voter's turn after "to" ("to vote", "to turn out", "to caucus").
_VOTER_ACTS = frozenset({"vote", "turn", "caucus", "register", "go", "show", "head", "back", "support", "elect", "reelect", "re-elect", "donate", "volunteer"})

#: Addressees who are the public or a candidate's own backers (beside ``public-word``); not "Democrats"
#: or "Republicans", who may be lawmakers asked to vote on a bill.
_BACKERS = frozenset({"them", "others", "us", "you", "supporters", "crowd", "crowds", "audience", "followers", "fans", "listeners", "viewers", "readers", "delegates", "volunteers", "donors", "independents", "students", "women", "men", "latinos", "evangelicals", "conservatives", "liberals", "progressives"})


def public_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is an offer to the public, canvassing, a trade, a sign-up or
    a paper, a civilian effort or a defendant's appearance (every check asked)."""
    return _by_word(doc, draft, t, curated) or _paper_terms(doc, draft, t, curated)


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: the keys are the lemmas and texts the first
    guards of :func:`_by_word` test."""
    return (
        SenseCheck("public", _by_word, lemmas=keys("offer", _URGE, "sign", "step", "appear"), texts=frozenset({"lobbying"})),
        SenseCheck("public: a paper's terms", _paper_terms, any_word=True, sentence_words=_words("signed-paper") - _LETTERS),
    )


def _paper_terms(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"signed paperwork promising to appear in court": the paper's terms, no party's promise."""
    return t.text.lower().endswith("ing") and t.i > doc.sentences[t.sent].token_start and doc.lowered_texts()[t.i - 1] in _words("signed-paper") - _LETTERS


def _by_word(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """The checks of this module that open with a test of the lemma or the text."""
    lemma = t.lemma.lower()
    low = t.text.lower()
    if lemma == "offer" and t.pos == "VERB" and (curated is None or curated[1] != "AID") and _object_noun_in(doc, t, _words("offered-good")) and not _people_in_need(doc, t):
        return True  # "the company offers no paid leave", "is offering free tuition": goods for the public, no deal
    if lemma in _URGE and _urges_the_public_to_vote(doc, t):
        return True  # "urged her supporters to vote early": canvassing, no request of a party
    if low == "lobbying" and _next_is_noun(doc, t):
        return True  # "runs two lobbying firms": the trade named, no request made
    if lemma == "sign" and t.pos == "VERB" and (_signs_up_or_on(doc, t) or _object_noun_in(doc, t, _words("signed-paper"))):
        return True  # "signed up for the course", "signed on for a third season", "signed paperwork": no pact
    if lemma == "sign" and t.pos == "VERB" and _signs_a_private_pact(doc, t):
        return True  # "signed a nondisclosure agreement", "sign NDAs": binds a person, no pact between parties
    if lemma == "step" and _next_text(doc, t) == "up" and _object_noun_in(doc, doc.tokens[t.i + 1], _words("effort-word")) and not _armed(doc, draft, t):
        return True  # "step up efforts to raise the minimum wage", "stepped up its fundraising": no forces
    if lemma == "appear" and _next_text(doc, t) in ("in", "before") and _next_text(doc, t, 2) in ("court", "a", "the"):
        if _next_text(doc, t, 2) == "court" or _next_text(doc, t, 3) in ("court", "judge", "magistrate", "tribunal"):
            return True  # "a notice to appear in court": the defendant's appearance, no arrest made
    return False


def _signs_a_private_pact(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of "sign" is a pact of a kind that binds a person to silence, a licence, a job or
    a marriage (``private-pact``: "signed a nondisclosure agreement with the producer", "a
    confidentiality agreement", "a licensing deal", "sign NDAs"): a private contract, not the
    formal agreement between political parties PLOVER's SUPPORT names ("signed a security
    agreement", "an intelligence-sharing agreement" stay).  Any word of the object's noun phrase,
    modifier or head, may name the kind.  Found on PolNeAR train, rules engine (stop 34, e29; dev
    batch 62)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    kinds = _words("private-pact")
    for k in range(t.i + 1, min(sent.token_end, t.i + 7)):
        w = doc.tokens[k]
        if lows[k] in kinds or w.lemma.lower() in kinds:
            return True
        if lows[k] == "-" and k + 1 < sent.token_end and f"{lows[k - 1]}-{lows[k + 1]}" in kinds:
            return True  # "non-compete" split in three by a tokenizer
        if w.pos not in ("DET", "ADJ", "NUM", "NOUN", "PROPN") and lows[k] not in ("-", "'s", "’s") and w.text.lower() not in POSSESSIVES:
            return False
    return False


def _people_in_need(doc: AnnotatedDocument, t: Token) -> bool:
    """An ``in-need`` word in the sentence ("services to the flood victims", "to displaced
    families"): what is offered may be aid, left to the other rules."""
    return _sentence_has(doc, t, _words("in-need"))


def _urges_the_public_to_vote(doc: AnnotatedDocument, t: Token) -> bool:
    """A verb of asking whose addressee, right after it (past a possessive), is the public or a
    candidate's backers (``public-word``, ``_BACKERS``), followed within four words by "to" + a
    voter's act (``_VOTER_ACTS``): "urged her supporters to vote early", "telling others to vote
    for the nominee", "asked the crowd to turn out" -- canvassing, no request of a party.  "urged
    both sides to lay down their arms" has parties and stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and lows[k] == "on":
        k += 1  # "called on voters to ..."
    while k < sent.token_end and lows[k] in ("his", "her", "their", "our", "the", "all", "its", "your", "fellow", "young", "local"):
        k += 1
    if k >= sent.token_end:
        return False
    public = _words("public-word") | _BACKERS
    if lows[k] not in public and doc.tokens[k].lemma.lower() not in public:
        return False
    for j in range(k + 1, min(sent.token_end - 1, k + 5)):
        if lows[j] == "to":
            nxt = doc.tokens[j + 1]
            return lows[j + 1] in _VOTER_ACTS or nxt.lemma.lower() in _VOTER_ACTS
    return False


def _next_is_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """The next word is a common noun the "-ing" form modifies ("lobbying firms", "lobbying
    records"), not a name, a title or a noun for a party ("lobbying Mr. Trump", "lobbying senators")."""
    k = t.i + 1
    if k >= doc.sentences[t.sent].token_end:
        return False
    w = doc.tokens[k]
    # a common noun, not a name, a title ("lobbying Mr. Trump") or a party ("lobbying lawmakers")
    return w.pos == "NOUN" and w.text[:1].islower() and nominal_kind(w) not in ("person", "group") and w.text.lower() not in ("congress", "lawmakers", "officials")


def _signs_up_or_on(doc: AnnotatedDocument, t: Token) -> bool:
    """"sign(ed) up" (to join or register), or "sign(ed) on" + "for"/"as" or "to" + a verb
    ("signed on for a third season", "signed on as an adviser", "signed on to help raise money"):
    no pact.  "signed on to the climate accord" (to + a noun) stays."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end:
        return False
    if lows[k] == "up":
        return True
    if lows[k] != "on" or k + 1 >= sent.token_end:
        return False
    nxt = lows[k + 1]
    if nxt in ("for", "as", "with"):
        return True
    if nxt != "to" or k + 2 >= sent.token_end:
        return False
    w = doc.tokens[k + 2]
    if w.pos in ("VERB", "AUX"):
        return True
    texts = _words("pact-word") | _words("charter-word") | _words("bill-word")
    # a tagger may call "help" in "signed on to help raise" a noun: a bare word that names no text
    return w.pos == "NOUN" and lows[k + 2] not in texts and w.lemma.lower() not in texts and lows[k + 2] in ("help", "work", "run", "serve", "lead", "raise", "back", "advise", "join", "co-chair", "chair")


def _armed(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """An armed party or word in the sentence (:func:`.senses.armed_party`, ``armed-context`` or ``armed-foe``)."""
    return armed_party(doc, draft, t, "armed-context") or armed_party(doc, draft, t, "armed-foe")
