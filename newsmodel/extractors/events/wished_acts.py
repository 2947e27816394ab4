"""An act that someone wants, needs or counts on another party to do is no event (issue 14, stop 36, e35).

"The governor needs to persuade moderate Republicans to back his plan", "the premier would need
another 40 lawmakers to back her", "the mayor wants the union to endorse his budget", "the allies
the senator was counting on to rally behind her": the infinitive after a verb of wanting,
needing, expecting, persuading or relying names what one party hopes another will do -- the
content of a want, not an act done or promised by the party named before "to".  PLOVER codes
acts done (or promised, threatened, asked for) by their own actor; a wish held by someone else
is none of those, so the infinitive is no event.  "The union endorsed the budget" stays, and so
does a request ("asked Congress to approve": REQUEST, the act asked is subsumed elsewhere).

"Persuade" and "convince" count in their unfinished forms only ("needs to persuade", "hopes to
convince", "persuading"): "persuaded the union to endorse him" says the union was won over.  And
"counting on", "relying on" + a party + "to" is itself no request: the reliance is a hope, not
an appeal to anyone ("the backers she was counting on to turn out for her").

The verbs are lexicon classes of ``sense_words.tsv`` (``wish-verb``, ``persuade-verb``,
``rely-verb``).  Found in a hand judgment of every event of PolNeAR train texts (stop 36, e35;
dev batch 74), both engines.  The checks read the words before the candidate (and, for a verb of
reliance, after it); they can only remove an event.

The infinitive may be passive: "most voters want the loggers to be jailed", a headline "Wants Union
Leaders To Be Jailed" -- the party is then the one the wished act would befall, and nobody has
done it (stop 44, e70; dev batch 124); a party placed by an in-phrase ("the smugglers in the
port") is still the party.

The infinitive after a noun of intent (``intent-noun``: "his vow to ban migrants for a year",
"the governor's plan to evict the vendors", "their proposal to expel") is the same: an act meant,
not reported done (stop 41, e51; dev batch 100).  Nouns of attempt (effort, attempt, bid) are not
in the class: an attempt is an act tried ("the opposition's attempts to block the vote" is a
PROTEST, ``tests/test_a5.py``).  A noun of promise, threat or request
that is itself a trigger ("his pledge to arrest") already subsumes its infinitive elsewhere.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .sense_checks import SenseCheck, before_adverbs, infinitive_to, keys
from .senses import event_words

__all__ = ["checks", "reliance_told", "wished_act"]

#: Parts of speech of the words between a verb of wanting and "to": the party the want is of
#: ("the teachers' union", "40 more lawmakers", "him"; without a parse "more" may be an adverb and
#: the possessive apostrophe punctuation).
_PARTY_WORDS = frozenset({"DET", "NUM", "ADJ", "ADV", "NOUN", "PROPN", "PRON", "PART"})

#: Possessive endings, whatever a tagger calls them.
_POSSESSIVE = frozenset({"'", "'s", "’", "’s"})

#: The longest party read between the verb of wanting and "to".
_MAX_PARTY = 8


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: any verb can stand in the infinitive, so the
    first check is asked of every candidate (it opens with "to" before it) whose sentence holds
    "to" (each of its ways to True -- :func:`_needed_act`, :func:`.sense_checks.infinitive_to`,
    :func:`_passive_infinitive_to` -- first finds "to" in the candidate's sentence: issue 13, s31 at
    stop 47); the second opens with the candidate's lemma (``rely-verb``)."""
    return (
        SenseCheck("an act wished for, needed or counted on", wished_act, any_word=True, sentence_words=frozenset({"to"})),
        SenseCheck("a reliance: counting on someone to act", reliance_told, lemmas=keys(event_words("rely-verb"))),
    )


def wished_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb at ``t`` is the infinitive of a want held by another party: "to" before
    it (adverbs between), then, before "to", a party and a verb of wanting or an unfinished verb
    of persuading ("need 40 lawmakers to support", "to persuade moderates to back"), or a verb of
    relying + "on" (a party may stand between, or be moved away: "the allies he counted on to
    rally")."""
    if t.pos != "VERB":
        return False
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    if _needed_act(doc, t):
        return True
    k = infinitive_to(doc, t)
    if k is None:
        k = _passive_infinitive_to(doc, t)
        if k is None:
            return False
    if doc.tokens[k - 1].pos == "NOUN" and lows[k - 1] in event_words("intent-noun") and _opens_a_noun_phrase(doc, k - 2):
        return True  # "defended his vow to swiftly bar migrants", "a plan to evict": meant, not done (stop 41, e51)
    j = k - 1
    party = 0
    while j > lo and party < _MAX_PARTY and _party_word(doc, j) and lows[j] not in ("on", "upon", "to", "not", "n't"):
        if party and _want_verb(doc, j):
            break  # a tagger without a parse may call "needs" or "persuade" a noun
        j -= 1
        party += 1
    if lows[j] in ("on", "upon"):
        return j > lo and doc.tokens[j - 1].lemma.lower() in event_words("rely-verb")
    return bool(party) and _want_verb(doc, j)


def _passive_infinitive_to(doc: AnnotatedDocument, t: Token) -> int | None:
    """The index of the "to" of a passive infinitive ("to be jailed", "to be quickly deported"):
    the party a want is of is then the patient, not the doer ("want the loggers to be jailed",
    a headline "Wants Leaders To Be Jailed": stop 44, e70, dev batch 124); None when ``t`` has no
    "be" right before it (adverbs passed) or no "to" before that."""
    k = before_adverbs(doc, t)
    if k <= doc.sentences[t.sent].token_start or doc.lowered_texts()[k] != "be":
        return None
    return infinitive_to(doc, doc.tokens[k])


def _opens_a_noun_phrase(doc: AnnotatedDocument, j: int) -> bool:
    """The word at ``j``, right before a noun of intent, makes that noun a noun: a determiner, a
    possessive, an adjective or number, or a verb or preposition whose object it is ("his vow",
    "the senator's plans", "a new plan", "announced plans", "against plans").  A name, a noun,
    a pronoun subject or an adverb before it leaves "plans" a verb the tagger may have called a
    noun ("Ortiz also plans to meet the governor", "backers of a higher wage plan to march")."""
    if j < doc.sentences[doc.tokens[j + 1].sent].token_start:
        return False
    low = doc.lowered_texts()[j]
    if low in _POSSESSIVE or low in ("his", "her", "its", "their", "our", "my", "your"):
        return True
    return doc.tokens[j].pos in ("DET", "ADJ", "NUM", "VERB", "ADP")


def _needed_act(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb at ``t`` is the infinitive, active or passive, after a noun of need + "for" + a
    party: "a need for more border guards to be deployed", "no need for the national guard to be
    sent" -- the content of a need, no act of the party (stop 39, e44; ``need-noun``, dev batch 87).
    A noun of request takes the same clause for its content ("amid calls for the police chief to
    resign", "a petition for the governor to step down": stop 41, e51; ``request-for-noun``, dev
    batch 100): the request is the event, if any, and the act asked is not done."""
    lo = doc.sentences[t.sent].token_start
    lows = doc.lowered_texts()
    k = t.i - 1
    if k > lo and lows[k] in ("be", "been"):
        k -= 1  # "to be deployed"
    if k <= lo or lows[k] != "to":
        return False
    j = k - 1
    party = 0
    while j > lo and party < _MAX_PARTY and _party_word(doc, j) and lows[j] != "for":
        j -= 1
        party += 1
    return bool(party) and lows[j] == "for" and j > lo and (lows[j - 1] in event_words("need-noun") or lows[j - 1] in event_words("request-for-noun"))


def _want_verb(doc: AnnotatedDocument, j: int) -> bool:
    """The word at ``j`` is a verb of wanting (``wish-verb``) or an unfinished verb of persuading
    (``persuade-verb``; "persuaded" says the party was won over), not a noun after a determiner
    ("the need", "a wish")."""
    tok = doc.tokens[j]
    if tok.pos in ("DET", "ADP") or (j > 0 and doc.tokens[j - 1].pos == "DET"):
        return False
    low = tok.text.lower()
    lemma = tok.lemma.lower()
    if lemma in event_words("wish-verb") or low in event_words("wish-verb"):
        return True
    return lemma in event_words("persuade-verb") and not low.endswith("ed")

def reliance_told(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the verb of relying at ``t`` ("counting", "relies"; ``rely-verb``) is followed by
    "on", a party (or none, when the party was moved away: "the allies he was counting on to
    rally") and "to" + a verb: a hope about what the party will do, no request."""
    lemma = t.lemma.lower()
    return lemma in event_words("rely-verb") and _on_party_to_act(doc, t)


def _on_party_to_act(doc: AnnotatedDocument, t: Token) -> bool:
    """"on" + a party (perhaps none) + "to" + a verb follow ``t``."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end or lows[k] not in ("on", "upon"):
        return False
    k += 1
    while k < sent.token_end and k - t.i <= _MAX_PARTY and _party_word(doc, k) and lows[k] != "to":
        k += 1
    return k + 1 < sent.token_end and lows[k] == "to" and doc.tokens[k + 1].pos == "VERB"

def _party_word(doc: AnnotatedDocument, k: int) -> bool:
    """The word at ``k`` may stand in the party a want is of ("the teachers' union", "the chamber
    of commerce"), also where it is ("the smugglers in the port", "migrants in the country
    illegally": stop 44, e70, dev batch 124)."""
    return doc.tokens[k].pos in _PARTY_WORDS or doc.tokens[k].text in _POSSESSIVE or doc.tokens[k].text.lower() in ("of", "in")
