"""Where a denied claim's span starts and ends (issue 14, d7, stop 37).

The claim a denial verb takes is its object or complement clause; when the
parse gives none, the rest of the clause stands in.  Both readings drag in
words that are no part of the claim, which these trims drop (each is a
general shape seen on real political news):

* a preposition and adverbs before the claim: "hit back | at | the
  reports", "disagree strongly with | the allegations", "fired back | on
  Monday at | the complaints" -- the claim is the noun phrase;
* a time phrase closing the span after the claim's noun: "the reports |
  Friday", "the report | on Monday" -- when the denial was made;
* a comma and one adverb closing the span: "that the ship carried arms |,
  however" -- the writer's aside;
* "and" with a second verb of the denier, in the denial verb's own form,
  after a claim with no verb ("denied the charges | and counter-sued the
  paper") or, for a present denial verb, a claim told in another tense
  ("denies that the convoy was armed | and asks for an inquiry") -- the
  denier's next act;
* an "in" phrase naming where the denial was made before the claim
  ("denied | in a statement | that ...", "hit back | in an interview | at the
  reports");
* the closing quotation mark and what follows it, when the denial is quoted
  ('"We disagree with the claim that we are behind |," she said'): the
  claim is the speaker's words, not the attribution after them (d8, stop 38).

A denial noun's claim follows "of", "that" or "about" ("her denial of the
report"); any other word after it ("the party's denial | in last week's
column") starts no claim (:func:`noun_claim_opens`).
"""

from __future__ import annotations

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes
from ..lexicons.dates import weekdays

#: Prepositions that may stand between a denial verb and its claim ("hit back at the reports").
_CLAIM_PREPOSITIONS = frozenset({"on", "against", "with", "at", "off", "about"})
#: Words that may open the claim after a preposition: a noun phrase's first word.
_NP_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
#: Words after a denial noun that open its claim.
_NOUN_CLAIM_OPENERS = frozenset({"of", "that", "about", ":"})
#: Days named by their distance from today ("denied the report yesterday").
_DAY_WORDS = frozenset({"yesterday", "today", "tonight"})
#: Past forms ending in "s", which are no present third-person forms.
_PAST_IN_S = frozenset({"was"})


def noun_claim_opens(word: str) -> bool:
    """``word``, right after a denial noun, opens the noun's claim ("denial of", "denial that")."""
    return word.lower() in _NOUN_CLAIM_OPENERS


def trimmed_claim(doc: AnnotatedDocument, cue: Token, lo: int, hi: int) -> tuple[int, int]:
    """The token range ``lo``..``hi`` (``hi`` exclusive) of the claim denied at ``cue``, without the
    words around it that are no part of it (see the module docstring); never empty."""
    toks = doc.tokens
    k = lo
    while k < hi - 1 and toks[k].pos == "ADV":
        k += 1
    if toks[k].text.lower() == "in":
        k = _after_medium(doc, k, hi)  # where the denial was made: "denied | in a statement | that ..."
        lo = max(lo, k)
    if k + 2 < hi - 1 and toks[k].text.lower() == "on" and _is_time_word(toks[k + 1]) and toks[k + 2].text.lower() in _CLAIM_PREPOSITIONS:
        k += 2  # a day before the claim's preposition: "fired back | on Monday | at | complaints that ..."
    if k < hi - 1 and toks[k].text.lower() in _CLAIM_PREPOSITIONS and toks[k + 1].pos in _NP_OPENERS:
        lo = k + 1
    hi = _before_quote_close(doc, cue, lo, hi)
    hi = _before_aside_adverb(doc, lo, hi)
    hi = _before_time_phrase(doc, lo, hi)
    if cue.pos == "VERB":
        hi = _before_denier_verb(doc, cue, lo, hi)
    return lo, hi


#: Quotation marks that may close a quotation (a straight or curly double quote, two single quotes).
_CLOSING_QUOTES = frozenset({'"', "”", "''"})
#: Punctuation left before a closing quote ("... in the polls |,|" she said").
_TRAILING_PUNCT = frozenset({",", ".", "!", "?", ";", ":"})


def _after_medium(doc: AnnotatedDocument, k: int, hi: int) -> int:
    """The token after an "in" phrase at ``k`` that names a ``medium`` ("in a statement", "in an
    interview"), else ``k``."""
    toks = doc.tokens
    for j in range(k + 1, min(hi - 1, k + 4)):
        if toks[j].lemma.lower() in _media() or toks[j].text.lower() in _media():
            return j + 1
        if toks[j].pos not in ("DET", "ADJ", "NOUN", "PRON"):
            return k
    return k


def _media() -> frozenset[str]:
    return word_classes("denial_words.tsv")["medium"]


def _before_quote_close(doc: AnnotatedDocument, cue: Token, lo: int, hi: int) -> int:
    """``hi``, or the end of the quotation the cue stands in: an odd count of double quotation marks
    between the sentence start and the cue puts the cue inside one, and the claim ends where the
    quotation does, its closing comma or stop dropped."""
    toks = doc.tokens
    first = doc.sentences[cue.sent].token_start
    opened = sum(1 for k in range(first, cue.i) if toks[k].text in _CLOSING_QUOTES or toks[k].text == "“") % 2 == 1
    if not opened:
        return hi
    for k in range(lo + 1, hi):
        if toks[k].text in _CLOSING_QUOTES:
            while k - 1 > lo and toks[k - 1].text in _TRAILING_PUNCT:
                k -= 1
            return k
    return hi


def _before_aside_adverb(doc: AnnotatedDocument, lo: int, hi: int) -> int:
    """``hi``, or the comma before one adverb that closes the span or comes before a comma and a
    participle ("that the ship carried arms |, however, citing its own logs"): the
    writer's aside and the denier's manner, no part of the claim."""
    toks = doc.tokens
    for k in range(lo + 2, hi - 1):
        if toks[k].text != "," or toks[k + 1].pos != "ADV":
            continue
        after = k + 2
        if after >= hi or toks[after].text == "," and after + 1 < hi and toks[after + 1].text.lower().endswith("ing"):
            return k
    return hi


def _is_time_word(t: Token) -> bool:
    low = t.text.lower()
    return low in weekdays() or low in _DAY_WORDS


def _before_time_phrase(doc: AnnotatedDocument, lo: int, hi: int) -> int:
    """``hi``, or the start of a time phrase closing the span right after a noun ("the reports |
    Friday", "the report | on Monday")."""
    toks = doc.tokens
    k = hi - 1
    if k <= lo or not _is_time_word(toks[k]):
        return hi
    if toks[k - 1].text.lower() == "on" and k - 1 > lo:
        k -= 1
    return k if toks[k - 1].pos in ("NOUN", "PROPN") else hi


def noun_claim(doc: AnnotatedDocument, lo: int, hi: int) -> tuple[int, int]:
    """The claim of a denial noun, ``lo``..``hi`` starting at its "of" ("her denial | of | the report
    came late"): the noun phrase after "of", up to the sentence's own verb."""
    toks = doc.tokens
    if toks[lo].text.lower() != "of" or lo + 1 >= hi:
        return lo, hi
    k = lo + 1
    while k < hi and (toks[k].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or toks[k].text in ("'s", "’s")):
        k += 1
    end = k if k < hi and k > lo + 1 and toks[k].pos in ("VERB", "AUX") else hi
    return lo + 1, end


def _present_third(t: Token) -> bool:
    """A present third-person verb form ("denies", "goes"): the tagger's VBZ, else an -s ending."""
    if t.tag:
        return t.tag == "VBZ"
    low = t.text.lower()
    return low.endswith("s") and not low.endswith("ss") and low not in _PAST_IN_S


def _same_form(a: Token, b: Token) -> bool:
    """Two finite verbs in one form: the tagger's tags, else both present third-person ("denies",
    "points") or both past in -ed ("denied", "counter-accused")."""
    if a.tag and b.tag:
        return a.tag == b.tag and a.tag in ("VBZ", "VBD")
    if _present_third(a) and _present_third(b):
        return True
    return a.text.lower().endswith("ed") and b.text.lower().endswith("ed")


#: Words a verb read as a plural noun by a tagger may take right after it ("asks for", "points out").
_VERB_COMPLEMENT_OPENERS = frozenset({"for", "out", "that", "to", "on", "the", "a", "an", "its", "his", "her", "their"})


def _verb_after_and(doc: AnnotatedDocument, k: int) -> bool:
    """The word at ``k`` is a verb: tagged so, or, without a tagger's tags, an -s form the rules
    tagger read as a plural noun, with a verb's complement after it ("and asks for an inquiry")."""
    toks = doc.tokens
    w = toks[k]
    if w.pos == "VERB":
        return True
    nxt = toks[k + 1].text.lower() if k + 1 < doc.sentences[w.sent].token_end else ""
    return not w.tag and w.pos == "NOUN" and _present_third(w) and nxt in _VERB_COMPLEMENT_OPENERS


def _before_denier_verb(doc: AnnotatedDocument, cue: Token, lo: int, hi: int) -> int:
    """``hi``, or the "and" before a verb that goes on with the denier's acts, in the denial verb's
    own form: after a claim with no verb of its own ("denied the charges | and counter-sued the
    paper", "denies any wrongdoing | and points out ..."), or after a claim whose own first verb is
    in another form than a present denial verb ("denies that the convoy was armed | and asks for
    an inquiry")."""
    toks = doc.tokens
    for k in range(lo + 1, hi - 1):
        nxt = toks[k + 1]
        if toks[k].text.lower() != "and" or not _verb_after_and(doc, k + 1) or not _same_form(cue, nxt):
            continue
        claim_verb = next((toks[j] for j in range(lo, k) if toks[j].pos in ("VERB", "AUX")), None)
        if claim_verb is None or _present_third(cue) and not _present_third(claim_verb):
            return k
        return hi
    return hi
