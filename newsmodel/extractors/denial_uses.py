"""Uses of a denial verb in article bodies that deny no claim (issue 14, d4, stop 33).

A denial is a party's act against a claim (:mod:`.denial_parties`).  In the
body of an article the denial verbs also stand where no party denies
anything, which these checks tell apart from the denial made:

* "counter" with a clause of its own gives a counter-argument, not a claim
  denied: "Other groups counter it is time to move on", "Critics counter that
  the plan favours donors"; the clause denies only when it calls something
  false, negates a fact or names the claim it answers ("countered that the
  report was false", "countered that she had never seen the documents");
* a denial verb as a generic gerund subject names a kind of act, no one's
  denial: "ignoring or denying the gains carries risks", "Rejecting the
  allegations outright would be a mistake" (but "Denying the charges, the
  senator said ..." is the senator's: a comma ends the participle's phrase);
* a denial verb under a word of ability or permission, or a modal of
  possibility, is a denial one may make, not one made: "felt free to
  contradict his conclusions", "will be able to dispute the charges", "the
  treaty allows either side to reject the findings", "could still dispute
  the findings", "said Mexico must rebut the claims" ("I can categorically
  deny" is said, and stays), or named as a kind by an extraposed infinitive
  ("It is easy to dismiss the claims", "As tempting as it may be to laugh off
  the rumours");
* a distancing noun ("repudiation", "disavowal") of a party or of someone's
  words ("the widespread repudiation of the senator's remarks about nurses")
  breaks with them, as the distancing verbs do (:mod:`.denial_parties`); "a
  disavowal of any involvement" denies a claim;
* a participle on a noun that names no party and nothing said ("a fantasy
  world denying the science of climate change"): a thing described, no one
  denying ("a statement denying the reports" is its issuer's);
* a text of principles as the subject ("This charter denies the basic
  premises of ...", "the new constitution rejects the notion that ...", "the
  book dismisses the theory"): what the text holds, with no party denying;
* an attempt that is only generic or possible (d5, stop 34): "any attempt to
  refute the rumours", "every effort to debunk the story", "we can attempt to
  deny the way the market works" -- no denial made ("tried to rebut the
  allegations" and "made an attempt to refute" are made).

Word lists are classes of ``denial_words.tsv`` (``rejoinder``, ``ability``,
``evaluative``, ``permitting``, ``doctrine-text``, ``falsity``, ``attempt``, ``generic-quantifier``); the negators are the mentions module's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes
from .mentions import NEGATORS
from .roles import agent_token, kids

#: Modals that make a verb a possibility or a duty, not an act: "could still dispute the findings",
#: "said Mexico must rebut the claims".
_MODALS = frozenset({"can", "could", "may", "might", "must", "should"})
#: Verbs whose expletive "it" subject an extraposed infinitive follows ("It is easy to dismiss ...").
_COPULAS = frozenset({"be", "seem", "appear", "look", "prove", "remain"})
#: First-person subjects with which "can" performs what it names: "I can categorically deny that ...".
_FIRST_PERSON = frozenset({"i", "we"})
#: Words that say a clause negates a fact ("had never seen", "did not receive").
_CLAUSE_NEGATORS = frozenset({"not", "n't", "never", "no", "nothing", "none", "neither", "nor", "nobody"})
#: Pronouns opening a clause right after "counter" ("counter it is time ...").
_CLAUSE_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "i", "you", "there", "this", "that"})


@lru_cache(maxsize=None)
def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``denial_words.tsv``."""
    return word_classes("denial_words.tsv")[cls]


def _in(cls: str, t: Token) -> bool:
    return t.lemma.lower() in _words(cls) or t.text.lower() in _words(cls)


# ---- "counter" with a clause of its own -----------------------------------------------------------


def counter_argument(doc: AnnotatedDocument, t: Token, last: int, is_claim_word: Callable[[Token], bool]) -> bool:
    """A ``rejoinder`` verb ("counter") whose argument is a clause that denies nothing: the
    speaker's own argument ("counter it is time to move on", "countered that the rules would cost
    jobs").  A claim as object ("countered the allegations") or a clause that calls something
    false, negates a fact or names a claim ("countered that the report was false") is a denial."""
    if not _in("rejoinder", t):
        return False
    if _offsets_numbers(doc, t, last):
        return True  # "to counter the large numbers of renters in the county": an offset, no claim
    clause = _counter_clause(doc, t, last, is_claim_word)
    if clause is None:
        return False
    negation_denies = not _other_party_subject(clause, is_claim_word)
    return not any(_denies(w, is_claim_word) if negation_denies else _names_falsity(w, is_claim_word) for w in clause)


def _other_party_subject(clause: list[Token], is_claim_word: Callable[[Token], bool]) -> bool:
    """The clause's subject is a noun phrase naming someone or something else, no pronoun and no
    claim: "shot back that the journalist had not read the files" attacks the questioner, and its
    negation denies no claim (d9, stop 39); "countered that she had never seen the documents" (a
    pronoun: the accused's own act) and "that the report was not true" (a claim) still deny."""
    words = clause[1:] if clause and clause[0].text.lower() == "that" else clause
    subject = []
    for w in words:
        if w.pos in ("AUX", "VERB"):
            break
        subject.append(w)
    else:
        return False
    heads = [w for w in subject if w.pos in ("NOUN", "PROPN", "PRON")]
    return bool(heads) and not any(w.pos == "PRON" or is_claim_word(w) for w in heads)


def _names_falsity(w: Token, is_claim_word: Callable[[Token], bool]) -> bool:
    """A word by which a clause denies without negating: a falsity word or a claim it answers."""
    return _in("falsity", w) or is_claim_word(w)


def _offsets_numbers(doc: AnnotatedDocument, t: Token, last: int) -> bool:
    """"counter the large numbers of city voters": the object is a count of something ("numbers
    of"), which one offsets; "countered the figures, saying ..." answers a claim."""
    toks = doc.tokens
    end = doc.sentences[t.sent].token_end
    for k in range(last + 1, min(end - 1, last + 5)):
        w = toks[k]
        if w.text.lower() in ("number", "numbers") and toks[k + 1].text.lower() == "of":
            return True
        if w.pos not in ("DET", "ADJ", "ADV", "NUM", "NOUN") and not (w.pos == "VERB" and w.text.lower().endswith(("ing", "ed"))):
            return False  # (the rules tagger may read "large" as a noun; "the growing numbers" has a participle)
    return False


def _denies(w: Token, is_claim_word: Callable[[Token], bool]) -> bool:
    """A word by which a clause denies: a negator, a falsity word, or a claim it answers."""
    low = w.text.lower()
    return low in _CLAUSE_NEGATORS or w.lemma.lower() in NEGATORS or _in("falsity", w) or is_claim_word(w)


def _counter_clause(doc: AnnotatedDocument, t: Token, last: int, is_claim_word: Callable[[Token], bool]) -> list[Token] | None:
    """The tokens of the clause "counter" takes, or None when it takes a noun ("countered the
    criticism") or nothing."""
    sent = doc.sentences[t.sent]
    if doc.has_parse and t.pos == "VERB":
        if any(is_claim_word(o) for o in kids(doc, t.i, ("obj", "dobj"))):
            return None
        comps = kids(doc, t.i, ("ccomp",))
        if not comps:
            return None
        if any(o.i < comps[0].i and any(c.dep == "case" and c.text.lower() in ("at", "against", "on") for c in doc.children(o.i)) for o in kids(doc, t.i, ("obl",))):
            return None  # "shot back at complaints from X that ...": the clause is the complaints' content, hung on the verb

        from .tree import subtree_bounds

        lo, hi = subtree_bounds(doc, comps[0].i)
        return list(doc.tokens[lo : hi + 1])
    k = last + 1
    while k < sent.token_end and doc.tokens[k].pos == "ADV":
        k += 1
    if k >= sent.token_end:
        return None
    w = doc.tokens[k]
    opens = w.text.lower() == "that" or w.text.lower() in _CLAUSE_SUBJECTS and w.pos == "PRON"
    if not opens:
        # a noun phrase, then a verb of its own: "counter the plan favours donors"; a claim noun
        # or no verb first is an object ("countered the allegations, saying ...")
        for j in range(k, min(sent.token_end, k + 6)):
            x = doc.tokens[j]
            if is_claim_word(x) or x.pos in ("PUNCT", "ADP", "SCONJ"):
                return None
            if x.pos in ("VERB", "AUX"):
                opens = j > k
                break
    if not opens:
        return None
    return list(doc.tokens[k : sent.token_end])


# ---- a generic gerund subject -------------------------------------------------------------------


def generic_gerund(doc: AnnotatedDocument, t: Token) -> bool:
    """The denial verb is a gerund heading the subject of its clause ("ignoring or denying the
    gains carries risks", "Dismissing the polls as noise is a mistake"): an act named as a kind,
    with no one making it.  A participle whose phrase a comma closes has the main clause's subject
    ("Denying the charges, the senator said ...")."""
    if not t.text.lower().endswith("ing"):
        return False
    if doc.has_parse and t.pos == "VERB":
        if t.dep in ("csubj", "csubj:pass"):
            return True
        head = doc.tokens[t.head] if t.head is not None else None
        return t.dep == "conj" and head is not None and head.dep in ("csubj", "csubj:pass")
    toks = doc.tokens
    sent = doc.sentences[t.sent]
    # before it, only the sentence's opening conjunction or adverb and other gerunds joined by "or"/"and"
    k = t.i - 1
    while k >= sent.token_start and (toks[k].text.lower() in ("or", "and", ",") or toks[k].text.lower().endswith("ing")):
        k -= 1
    while k >= sent.token_start and (toks[k].pos in ("CCONJ", "ADV") or toks[k].text in ('"', "“", "'")):
        k -= 1
    if k >= sent.token_start:
        return False
    # after it, a finite verb before any comma: the gerund's phrase is the subject (an -s form right
    # after an adverb is a verb whatever the tagger made of it: "the era also carries risks")
    for j in range(t.i + 1, sent.token_end):
        w = toks[j]
        if w.text in (",", ";", ":") or w.pos == "SCONJ":
            return False
        low = w.text.lower()
        third = low.endswith("s") and not low.endswith("ss")
        if w.pos == "AUX" and not low.endswith("ing") or third and (w.pos == "VERB" or w.pos == "NOUN" and toks[j - 1].pos == "ADV"):
            return not (j - 1 > t.i and toks[j - 1].text.lower() == "to")
    return False


# ---- a denial one may make ----------------------------------------------------------------------


def only_possible(doc: AnnotatedDocument, t: Token) -> bool:
    """The denial verb stands under a word of ability or permission ("free to contradict", "able
    to dispute", "the right to contest", "allows either side to reject") or a modal of possibility
    ("could still dispute"): a denial one may make, not one made.  "I can deny that ..." is said."""
    toks = doc.tokens
    sent = doc.sentences[t.sent]
    if doc.has_parse and t.pos == "VERB":
        head = toks[t.head] if t.head is not None else None
        if t.dep == "conj" and head is not None and head.pos == "VERB" and head.i < t.i and not kids(doc, t.i, ("nsubj",)):
            # "allows the firm to cut costs and deny any blame": a second verb of the same infinitive,
            # under the same word of permission (d9, stop 39)
            return only_possible(doc, head)
        to = any(c.text.lower() == "to" for c in kids(doc, t.i, ("aux", "mark")))
        if to and head is not None and t.dep in ("xcomp", "acl", "ccomp", "advcl") and (_in("ability", head) or _in("evaluative", head)):
            return True
        if to and head is not None and _extraposed(doc, head):
            return True  # "It is easy to dismiss the claims", "As tempting as it may be to laugh off ..."
        if _guessed_would(doc, t):
            return True  # "Some farmers probably would take issue with ...": the writer's guess (d11, stop 41)
        modal = next((c for c in kids(doc, t.i, ("aux",)) if c.text.lower() in _MODALS), None)
        if modal is not None:
            subj = agent_token(doc, t)
            return not (modal.text.lower() == "can" and subj is not None and subj.text.lower() in _FIRST_PERSON)
        if to and head is not None and head.pos == "VERB" and t.dep in ("advcl", "xcomp"):
            # "a long memo may go some way to contesting the accusations": the verb "to" hangs on is
            # only possible, so is the denial (d9, stop 39); "could not wait to deny" is said
            marks = [c.text.lower() for c in kids(doc, head.i, ("aux", "neg", "advmod"))]
            return any(m in _MODALS for m in marks) and not any(m in ("not", "n't", "never") for m in marks)
        return False
    k = t.i - 1
    while k >= sent.token_start and toks[k].pos == "ADV":
        k -= 1
    if k < sent.token_start:
        return False
    if toks[k].text.lower() in _MODALS:
        j = k - 1
        return not (toks[k].text.lower() == "can" and j >= sent.token_start and toks[j].text.lower() in _FIRST_PERSON)
    if _guessed_would(doc, t):
        return True  # "Some farmers probably would take issue with ...": the writer's guess (d11, stop 41)
    if toks[k].text.lower() != "to":
        return False
    for j in range(k - 1, max(sent.token_start - 1, k - 6), -1):
        # a modal before the phrase "to" ends: "may go some way to contesting" (d9, stop 39)
        low = toks[j].text.lower()
        if low in _MODALS:
            return not (low == "can" and j - 1 >= sent.token_start and toks[j - 1].text.lower() in _FIRST_PERSON)
        if toks[j].pos in ("PUNCT", "SCONJ", "CCONJ", "PART", "PRON") or low in ("not", "never"):
            break
    if k - 1 >= sent.token_start and _in("evaluative", toks[k - 1]):
        return True  # "It is easy to dismiss the claims"
    j = k - 1
    while j >= sent.token_start and (toks[j].text.lower() in _MODALS or toks[j].pos in ("AUX", "ADV") and toks[j].text.lower() not in ("be", "is", "was", "seem", "seems")):
        j -= 1
    if j - 1 >= sent.token_start and toks[j].text.lower() in ("be", "is", "was", "seem", "seems", "seemed") and any(
        toks[m].text.lower() == "it" for m in range(max(sent.token_start, j - 3), j)
    ) and any(_in("evaluative", toks[m]) for m in range(max(sent.token_start, j - 6), j)):
        return True  # "As tempting as it may be to laugh off ..."
    # the word governing "to", or a verb of permission before its object ("allows either side | to")
    for j in range(k - 1, max(sent.token_start - 1, k - 5), -1):
        w = toks[j]
        if j == k - 1 and _in("ability", w) or _in("permitting", w):
            return True
        if w.pos not in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
            return False
    return False


def _extraposed(doc: AnnotatedDocument, h: Token) -> bool:
    """``h`` is a copula with an expletive "it" as subject and an ``evaluative`` word as its
    complement or head ("It is easy | to dismiss", "As tempting as it may be | to laugh off")."""
    if h.lemma.lower() not in _COPULAS or not any(c.text.lower() == "it" for c in kids(doc, h.i, ("nsubj", "expl"))):
        return False
    up = doc.tokens[h.head] if h.head is not None else None
    return any(_in("evaluative", c) for c in doc.children(h.i)) or up is not None and _in("evaluative", up)


# ---- a text of principles as the subject --------------------------------------------------------


def doctrine_subject(doc: AnnotatedDocument, t: Token) -> bool:
    """The denial verb's subject is a text of principles ("This charter denies ...", "the new
    constitution rejects the notion that ...", "This statement of principles denies ..."): what
    the text holds, with no party denying."""
    if doc.has_parse and t.pos == "VERB":
        head = doc.tokens[t.head] if t.head is not None else None
        if head is not None and t.dep in ("xcomp", "advcl") and head.dep == "acl" and head.head is not None and not kids(doc, t.i, ("nsubj",)):
            s = doc.tokens[head.head]  # "a documentary purporting to debunk ...": what the documentary does
        elif head is not None and t.dep == "acl":
            s = head  # "a charter rejecting ..."
        else:
            s = agent_token(doc, t)
        if s is None or s.pos != "NOUN":
            return False
        if _in("doctrine-text", s):
            return True
        # "statement of principles": the head is named by its of-phrase
        return any(c.dep in ("nmod", "obl") and c.i > s.i and c.pos == "NOUN" and _in("doctrine-text", c) for c in doc.children(s.i))
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and toks[k].pos in ("AUX", "ADV", "PART"):
        k -= 1
    if k - 1 >= first and toks[k].text.lower() == "to" and toks[k - 1].text.lower().endswith("ing"):
        k -= 2  # "a documentary purporting to debunk ...", "a book seeking to rebut ..."
    return k >= first and toks[k].pos == "NOUN" and toks[k].text.islower() and _in("doctrine-text", toks[k])


# ---- a distancing noun -------------------------------------------------------------------------


def distanced_words(doc: AnnotatedDocument, draft, t: Token, is_claim_word: Callable[[Token], bool]) -> bool:  # type: ignore[no-untyped-def]
    """A ``distancing`` noun whose of-phrase names a party or someone's words ("the repudiation of
    the senator's remarks", "his disavowal of the militia"), not a claim ("a disavowal of any
    involvement", "the repudiation of reports that ...")."""
    if not _in("distancing", t):
        return False
    toks = doc.tokens
    end = doc.sentences[t.sent].token_end
    if t.i + 2 >= end or toks[t.i + 1].text.lower() != "of":
        return False
    owned = False
    for k in range(t.i + 2, min(end, t.i + 9)):
        w = toks[k]
        if w.text in ("'s", "’s", "'", "’"):
            owned = True
            continue
        if is_claim_word(w) and not _in("utterance", w):
            # someone's talk or rhetoric is their words; their report or allegations a claim
            return owned and not _in("claim-noun", w)
        if w.pos in ("PUNCT", "VERB", "AUX", "SCONJ") or w.pos == "ADP" and k > t.i + 2:
            break
    return True


# ---- a participle on a thing ---------------------------------------------------------------------


def thing_participle(doc: AnnotatedDocument, draft, t: Token, is_thing_said: Callable[[Token], bool]) -> bool:  # type: ignore[no-untyped-def]
    """A denial verb's -ing form modifying a noun that names neither a party nor something said or
    shown ("a fantasy world denying the science", "a bubble denying science"): what the thing is
    like, with no party denying.  "a statement denying the reports", "officials denying ..." stay."""
    if not t.text.lower().endswith("ing"):
        return False
    if t.i - 1 >= doc.sentences[t.sent].token_start and doc.tokens[t.i - 1].pos in ("ADP", "SCONJ"):
        return False  # "poor marks for dismissing the notion": a preposition's gerund, which modifies no noun
    if doc.has_parse and t.pos == "VERB":
        if t.dep != "acl" or t.head is None or t.head > t.i:
            return False
        head = doc.tokens[t.head]
    else:
        k = t.i - 1
        if k < doc.sentences[t.sent].token_start:
            return False
        head = doc.tokens[k]
    from .denial_parties import role_noun
    from .nominals import nominal_kind

    if head.pos != "NOUN" or not head.text.islower() or draft.actor_at(head.start, head.end) is not None or _in("time-span", head):
        return False  # ("the department spent months pushing back against claims": the department's act)
    return nominal_kind(head) is None and not role_noun(head) and not is_thing_said(head) and not _in("party-noun", head)


# ---- an attempt only generic or possible ----------------------------------------------------------


def unmade_attempt(doc: AnnotatedDocument, t: Token) -> bool:
    """"to" + the denial verb after an ``attempt`` word ("attempt", "effort", "try") that a
    ``generic-quantifier`` opens ("any attempt to refute", "every effort to debunk") or a modal
    governs ("we can attempt to deny", "may try to dispute"): no denial made. Read from the words,
    so both engines agree."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k - 1 < first or toks[k].text.lower() != "to" or not _in("attempt", toks[k - 1]):
        return False
    j = k - 2
    while j >= first and toks[j].pos in ("ADJ", "ADV") and toks[j].text.lower() not in _MODALS:
        j -= 1  # "any serious attempt", "can still attempt"
    return j >= first and (_in("generic-quantifier", toks[j]) or toks[j].text.lower() in _MODALS)


def _guessed_would(doc: AnnotatedDocument, t: Token) -> bool:
    """"would" with a guessing adverb next to it before the verb ``t`` ("probably would take issue",
    "would likely dispute"): a denial someone is guessed to make, not one made (d11, stop 41).  A
    plain "would" is left alone: "would later deny" tells of a denial made, "said it would deny" reports
    one.  The adverbs are the ``guess-adverb`` class of ``denial_words.tsv``."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    guesses = _words("guess-adverb")
    k = t.i - 1
    seen_guess = False
    while k >= first and toks[k].pos == "ADV" or k >= first and toks[k].text.lower() in guesses:
        seen_guess = seen_guess or toks[k].text.lower() in guesses
        k -= 1
    if k < first or toks[k].text.lower() != "would":
        return False
    return seen_guess or k - 1 >= first and toks[k - 1].text.lower() in guesses
