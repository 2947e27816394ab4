"""A stance held on an issue is no event (issue 14, dev batch 59 second round, helper e26).

"The senator opposes abortion", "the governor has long supported comprehensive immigration
reform", "defend gun rights": a verb of support or opposition whose object is a bare common noun
-- no determiner, possessive or number, no person or body named by it, and no party named
anywhere after the verb in its clause -- states a position on an issue.  PLOVER's SUPPORT and
REJECT are acts toward a party or a proposal put forward ("opposed the governor's nominee",
"supports the mayor's bid", "backed the senator"); a position on a subject is an opinion, as the
dev file labels campaign policy called for with no party asked (batch 54).  A party inside the
clause keeps the event ("opposes sanctions on Iran", "opposes independence for Taiwan").

A policy told as a gerund after the verb in the present ("she opposes sending state police to the
border", "supports raising the tax") is a stance too, whatever the gerund's clause names (stop 39,
e44; :func:`_policy_gerund`), and the gerund names no act of its own (:func:`policy_of_a_stance`); so is a fixed phrase of military policy as the object ("opposes any
boots on the ground in Yemen", "support a no-fly zone"; ``policy-idiom``, :func:`_policy_idiom`), and
so is a present-tense verb whose object is "which" -- a thing -- in a relative clause ("raising fees,
which the governor also supports"; stop 40, e48; :func:`_thing_in_which_clause`).

Evidence: on PolNeAR train (seeds 150-153, both engines) such events -- "opposes abortion",
"opposes gun violence", "opposes same-sex marriage", "supported legislation", "supports
licenses", "defend gun rights" -- were right 0 times in 18.

:func:`stance_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it only reads
the document, so it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ..mentions import POSSESSIVES
from ..nominals import nominal_kind
from ..tree import subtree_bounds
from .sense_checks import SenseCheck, after_adverbs, before_adverbs, keys
from .senses import event_words

__all__ = ["policy_of_a_stance", "stance_non_event"]

#: Modifiers that make an object a particular thing ("the bill", "his candidacy", "two nominees").
_PARTICULAR = frozenset({"det", "nmod:poss", "nummod", "poss"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's check for :mod:`.sense_checks`: it opens with a test of the lemma."""
    return (
        SenseCheck("stance: a position on an issue", stance_non_event, lemmas=keys(event_words("stance-verb"), event_words("stance-noun"))),
        SenseCheck("stance: the policy gerund a stance is about", policy_of_a_stance, any_word=True),
    )


def policy_of_a_stance(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when ``t`` is the gerund a present-tense verb of stance takes ("supports banning cars",
    "opposes sending more police"; :func:`_policy_gerund`): the policy is the stance's content,
    no act done (stop 39, e44)."""
    if not t.text.lower().endswith("ing"):
        return False
    k = before_adverbs(doc, t)
    if k < doc.sentences[t.sent].token_start or k == t.i:
        return False
    verb = doc.tokens[k]
    tagged = verb.pos == "VERB" or not doc.has_parse and verb.pos == "NOUN"  # a tagger without a parse may call "opposes" a plural noun
    return tagged and verb.lemma.lower() in event_words("stance-verb") and _policy_gerund(doc, verb)


def stance_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` states a position on an issue (module docstring), or the noun
    trigger at ``t`` is support or opposition "for" / "to" a bare issue (:func:`_issue_after_noun`)."""
    lemma = t.lemma.lower()
    if t.pos == "VERB":
        return lemma in event_words("stance-verb") and (_issue_object(doc, draft, t) or _policy_gerund(doc, t) or _policy_idiom(doc, t) or _thing_in_which_clause(doc, t))
    return t.pos == "NOUN" and curated is not None and lemma in event_words("stance-noun") and _issue_after_noun(doc, draft, t, curated[0])


#: "-ing" prepositions and linking words that are no gerund after the verb ("supports during", "including").
_ING_WORDS = frozenset({"during", "including", "regarding", "concerning", "following", "according", "notwithstanding", "pending"})


def _policy_gerund(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb, in the present ("opposes", "support"; not "opposed"), takes a gerund as its
    object, adverbs passed: "she opposes sending state police to the border", "supports raising the
    tax": a policy favoured or opposed -- a stance on what should be done, addressed to no party
    (stop 39, e44; dev batch 87: on PolNeAR train every such object is a policy, "supports
    eliminating", "oppose cutting", "opposes sending").  "Opposed the governor's request to send"
    (a party's proposal) and "opposed sending troops" (a past act) are not read here."""
    low = t.text.lower()
    if low.endswith("ed"):
        return False
    sent = doc.sentences[t.sent]
    k = after_adverbs(doc, t)
    if k >= sent.token_end:
        return False
    g = doc.tokens[k]
    gl = g.text.lower()
    if not gl.endswith("ing") or gl in _ING_WORDS or g.pos not in ("VERB", "NOUN"):
        return False
    if doc.has_parse:
        return g.head == t.i and g.dep in ("xcomp", "obj", "dobj", "ccomp")
    return True


#: Words of a relative clause's subject between "which" and the verb ("which most of the council opposes").
_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "ADV", "NUM"})
#: How many words the subject between "which" and the verb may have.
_WHICH_REACH = 6


def _thing_in_which_clause(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb, in the present, ends an object relative clause opened by "which" ("raising fees
    on parking, which the governor also supports", "a shorter week, which most of the council
    opposes"): its object is the thing "which" stands for -- a policy, never a party, as "which"
    names no person -- and the present tense makes it a position held, no act (stop 40, e48; dev
    batch 93)."""
    if t.text.lower().endswith("ed"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    if t.i + 1 < sent.token_end and doc.tokens[t.i + 1].pos not in ("PUNCT",) and lows[t.i + 1] not in ("and", "but"):
        return False  # an object or a complement of its own after the verb
    for k in range(t.i - 1, max(sent.token_start, t.i - 2 - _WHICH_REACH) - 1, -1):
        if lows[k] == "which":
            return k < t.i - 1
        if doc.tokens[k].pos not in _SUBJECT_POS and lows[k] not in ("of", "'s", "’s"):
            return False
    return False


#: Words that end the verb's object for :func:`_policy_idiom`.
_OBJECT_END = frozenset({",", ";", ":", ".", "--", "\u2014", "but", "because", "while"})
#: Quotation marks passed over in the object ("backs ''boots on the ground''").
_QUOTE_MARKS = frozenset({'"', "'", "''", "``", "\u201c", "\u201d", "\u2018", "\u2019"})
#: How many words may stand before the phrase ("opposes any boots", "support a no-fly zone").
_IDIOM_START = 3


def _policy_idiom(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb, in the present, has for object a fixed phrase of policy (``policy-idiom``:
    "opposes any boots on the ground in Yemen", "support a no-fly zone"), starting within a few words
    and before its clause ends: ground troops or a no-fly zone as a policy, no party (stop 39, e44)."""
    if t.text.lower().endswith("ed"):
        return False
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    words: list[str] = []
    for k in range(t.i + 1, sent.token_end):
        if lows[k] in _OBJECT_END or len(words) > _IDIOM_START + 4:
            break
        if lows[k] not in _QUOTE_MARKS:
            words.append(lows[k])
    text = " ".join(words).replace(" - ", "-")  # a tokenizer may split "no-fly"
    for phrase in event_words("policy-idiom"):
        at = f" {text} ".find(f" {phrase} ")
        if at >= 0 and text[:at].count(" ") <= _IDIOM_START:
            return True
    return False


def _issue_after_noun(doc: AnnotatedDocument, draft: Draft, t: Token, n: int) -> bool:
    """The noun trigger (``n`` tokens from ``t``: "support", "expressions of support", "opposition")
    is followed by "for" or "to" and a bare noun phrase -- adverbs, adjectives, participles and
    nouns, no determiner, possessive, number or name first -- that names no actor and whose head no
    lexicon types as people or a body: "expressions of support for publicly funded child care",
    "her long opposition to capital punishment".  The noun form of the verbs' stance (stop 34, e31);
    "support for the Kurdish forces", "support for the mayor's plan", "support for Ukraine" stay."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + n
    if k + 2 < sent.token_end and lows[k] == "of" and doc.tokens[k + 1].lemma.lower() in event_words("stance-noun"):
        k += 2  # "expressions of support for ...": the trigger may be the first noun alone
    if k + 1 >= sent.token_end or lows[k] not in ("for", "to"):
        return False
    start = k + 1
    head = None
    j = start
    while j < sent.token_end and (doc.tokens[j].pos in ("ADV", "ADJ", "NOUN") or doc.tokens[j].pos == "VERB" and lows[j].endswith(("ed", "ing")) or lows[j] == "-"):
        if lows[j] in POSSESSIVES:
            return False
        if doc.tokens[j].pos == "NOUN":
            head = doc.tokens[j]
        elif head is not None and lows[j] != "-" and lows[j - 1] != "-":
            break  # the noun phrase ends at its nouns ("child care worried donors": a tagger's adjective), past hyphens ("state-funded care")
        j += 1
    if head is None or head.i != j - 1 or doc.tokens[start].pos not in ("ADV", "ADJ", "NOUN", "VERB"):
        return False  # "support for the Kurdish forces", "for Ukraine", "for him": a party or a particular thing
    if j < sent.token_end and lows[j] in ("'s", "’s", "of"):
        return False  # "support for government's plan", "opposition to members of the council"
    if nominal_kind(head) is not None:
        return False  # "support for striking workers": people
    return not draft.mentions_between(doc.tokens[start].start, doc.tokens[j - 1].end)


def _issue_object(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The verb's object is a bare issue noun and no party is named after the verb in its clause."""
    span = _bare_object(doc, t) if doc.has_parse else _surface_bare_object(doc, t)
    if span is None:
        return False
    head, end = span
    if nominal_kind(head) is not None:
        return False  # "supported candidates who ...": people or a body, a party
    return not draft.mentions_between(doc.tokens[t.i + 1].start, doc.tokens[end].end)


def _bare_object(doc: AnnotatedDocument, t: Token) -> tuple[Token, int] | None:
    """The verb's one direct object when it is a bare common noun, and the last token of the
    verb's clause after it; None otherwise."""
    objs = [c for c in doc.children(t.i) if c.dep in ("obj", "dobj")]
    if len(objs) != 1:
        return None
    o = objs[0]
    if o.pos != "NOUN" or o.i < t.i:
        return None
    if any(k.dep in _PARTICULAR or k.text.lower() in POSSESSIVES for k in doc.children(o.i)):
        return None
    return o, subtree_bounds(doc, t.i)[1]


def _surface_bare_object(doc: AnnotatedDocument, t: Token) -> tuple[Token, int] | None:
    """Without a parse: the words after the verb (past adverbs) that are adjectives and nouns,
    ending in a noun, with no determiner, possessive or number first; and the last token before
    the next punctuation, verb or clause word."""
    sent = doc.sentences[t.sent]
    k = after_adverbs(doc, t)
    head = None
    while k < sent.token_end and (doc.tokens[k].pos in ("ADJ", "NOUN") or _gerund_after_adjective(doc, k)):
        if doc.tokens[k].text.lower() in POSSESSIVES:
            return None
        if doc.tokens[k].pos != "ADJ":
            head = doc.tokens[k]
        k += 1
    if head is None or head.i != k - 1:
        return None  # "opposes the bill", "backed Trump", "supports him": no bare noun first
    end = k
    while end < sent.token_end and doc.tokens[end].pos not in ("PUNCT", "VERB", "SCONJ", "CCONJ"):
        end += 1
    return head, end - 1


def _gerund_after_adjective(doc: AnnotatedDocument, k: int) -> bool:
    """An "-ing" word a tagger called a verb right after an adjective is a noun ("affordable
    housing", "public spending")."""
    w = doc.tokens[k]
    return w.pos == "VERB" and w.text.lower().endswith("ing") and k > 0 and doc.tokens[k - 1].pos == "ADJ"
