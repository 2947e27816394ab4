"""What a denial verb turns down rather than denies (issue 14, d5, stop 34).

"deny" and "reject" also refuse what someone asked for or proposed, which is
no claim called false (PLOVER REJECT, not a denial).  Two shapes of article
bodies say so without a refusal noun (``denial_cues.tsv`` ``refusal``):

* the object is something asked for, said by a participle after it: "denied
  the delay requested by the defence", "denied the exemption being sought by
  the developers", "rejected the terms demanded by the union";
* the object is a bare "idea" (no "that" clause, no "of"/"about" phrase) and a
  proposing verb shortly before names what the idea is: "The mayor suggested
  moving the parade, but the organisers rejected the idea as unworkable".
  "rejected the idea that the troops had left" names a claim and stays a
  denial, as does "suggested that ..." (a claim, not a proposal) before it;
  so is a course urged with "should" ("insisted the senator should publish
  her taxes ... She rejected that idea"; d11, stop 41);
* the object is a ``course-noun`` whose "that" clause says what should be
  ("rejected the notion that the affair should be forgotten", "dismissed
  suggestions that he ought to resign"): what ought to be is no fact, so
  nothing is called false (d13, stop 43); "the claim that he should have
  known" says what was, and stays a denial.

Read from the words alone, so the rules engine and a parser give the same
answer.  Word lists are classes of ``denial_words.tsv`` (``request-participle``,
``proposing-verb``, ``proposal-noun``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..lexicons import word_classes

#: Words after a bare "idea" that give its content, making it a claim or a plan of its own.
_CONTENT_OPENERS = frozenset({"that", "of", "to", "for", "about", "on", "behind"})
#: How far back (in tokens) a proposing verb may stand to be what a bare "idea" refers to.
_PROPOSAL_REACH = 40


@lru_cache(maxsize=None)
def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``denial_words.tsv``."""
    return word_classes("denial_words.tsv")[cls]


def _in(cls: str, t: Token) -> bool:
    return t.lemma.lower() in _words(cls) or t.text.lower() in _words(cls)


def _object_head(doc: AnnotatedDocument, t: Token, last: int, *, run: bool = True) -> Token | None:
    """The first noun after the verb (or its particle at ``last``), past determiners, possessives,
    adjectives and numbers: "denied | the delay", "rejected | the opposition's idea"; with ``run``,
    the last of a run of nouns ("the rule change")."""
    end = doc.sentences[t.sent].token_end
    for k in range(last + 1, min(end, last + 6)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            while run and k + 1 < end and doc.tokens[k + 1].pos == "NOUN":
                k += 1  # "the rule change": the last noun of the run
            return doc.tokens[k]
        if w.pos not in ("DET", "ADJ", "NUM", "PRON", "PART") and w.text not in ("'s", "’s"):
            return None
    return None


def asked_for(doc: AnnotatedDocument, t: Token, last: int, is_claim_word: Callable[[Token], bool]) -> bool:
    """The denial verb's object is something asked for: a ``request-participle`` ("requested",
    "sought", "demanded"), "being" allowed before it, right after the object's noun. A claim noun
    is exempt ("rejected the theory proposed by two physicists" denies a claim), a bare "idea" not."""
    head = _object_head(doc, t, last)
    if head is None or (is_claim_word(head) and not _in("proposal-noun", head)):
        return False
    end = doc.sentences[t.sent].token_end
    k = head.i + 1
    if k < end and doc.tokens[k].text.lower() == "being":
        k += 1
    return k < end and doc.tokens[k].text.lower() in _words("request-participle")


def proposal_just_made(doc: AnnotatedDocument, t: Token, last: int) -> bool:
    """The object is a bare ``proposal-noun`` ("the idea", with nothing after it naming its content)
    and a ``proposing-verb`` not followed by "that" comes shortly before the denial verb: the idea
    is that proposal ("Clinton proposed a debate ... but the campaign rejected the idea")."""
    head = _object_head(doc, t, last, run=False)  # "the idea outright": a tagger may read the adverb a noun
    if head is None or not _in("proposal-noun", head):
        return False
    nxt = doc.tokens[head.i + 1] if head.i + 1 < len(doc.tokens) else None
    if nxt is not None and nxt.text.lower() in _CONTENT_OPENERS:
        return False  # "the idea that ...", "the idea of a coalition" (the latter a refusal elsewhere)
    first = doc.sentences[max(0, t.sent - 1)].token_start  # this sentence or the one before
    for k in range(t.i - 1, max(first, t.i - _PROPOSAL_REACH) - 1, -1):
        w = doc.tokens[k]
        if _in("proposing-verb", w) and w.pos == "VERB":
            after = doc.tokens[k + 1].text.lower() if k + 1 < len(doc.tokens) else ""
            return after != "that"  # "suggested that the vote was rigged" is a claim, not a proposal
        if _recommends(doc, k):
            return True  # "insisting that the senator should publish them. She rejected that idea" (d11, stop 41)
    return False


#: How many words of a "that" clause may come before its "should" (its subject: "that | the whole
#: affair | should be").
_SUBJECT_REACH = 8


def urged_course(doc: AnnotatedDocument, t: Token, last: int) -> bool:
    """The object is a ``course-noun`` ("notion", "suggestion") whose "that" clause's verb is
    "should" / "ought to" (not "should have"): a view of what ought to be, rejected -- no claim."""
    head = _object_head(doc, t, last, run=False)
    if head is None or not _in("course-noun", head):
        return False
    toks = doc.tokens
    end = doc.sentences[t.sent].token_end
    if head.i + 1 >= end or toks[head.i + 1].text.lower() != "that":
        return False
    for k in range(head.i + 2, min(end, head.i + 2 + _SUBJECT_REACH)):
        w = toks[k]
        if w.text.lower() in _RECOMMENDING:
            j = k + 2 if k + 1 < end and toks[k + 1].text.lower() == "to" else k + 1
            return j < end and toks[j].text.lower() != "have"
        if w.pos in ("VERB", "AUX") or w.text in (",", ";", "--", "—"):
            return False  # the clause's verb is another: "the notion that the plant was closing"
    return False


#: Modals that recommend an act when a plain verb follows ("should publish", "ought to resign").
_RECOMMENDING = frozenset({"should", "ought"})
#: Verbs after such a modal that make it a claim about what was, not a course urged ("should have known").
_NOT_AN_ACT = frozenset({"have", "be", "not", "n't"})


def _recommends(doc: AnnotatedDocument, k: int) -> bool:
    """Token ``k`` is "should" / "ought (to)" with a plain verb after it: what someone urged be done,
    which a bare "that idea" rejected afterwards refers to as a proposal ("Critics insisted that the
    mayor should publish the audit ... The mayor rejected that idea"); "should have known" is a claim."""
    toks = doc.tokens
    if toks[k].text.lower() not in _RECOMMENDING:
        return False
    j = k + 1
    if j < len(toks) and toks[j].text.lower() == "to":
        j += 1
    return j < len(toks) and toks[j].text.lower() not in _NOT_AN_ACT and toks[j].pos in ("VERB", "AUX")
