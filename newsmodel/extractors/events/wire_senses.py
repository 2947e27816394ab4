"""Wire-news sentences told with event words that report no act of one party towards another
(issue 14, "no events on non-event sentences", helper e50 at stop 40, dev batch 95).

* an easing of economic policy: "ease" / "loosen" / "relax" with an object of money or credit
  (``economic-easing-word`` of ``sense_words.tsv``: "vowed to ease monetary policy", "eased
  interest rates") -- a central bank's own policy, no restriction on persons or organisations
  lifted (PLOVER CONCEDE: "easing of administrative or legal restrictions on persons and
  organizations"); "eased restrictions on foreign reporters" stays;
* blame or accusation of no one in particular: a verb of blaming whose object is an indefinite
  pronoun (``indefinite-party``: "a government that blames everyone but itself") names no party,
  and PLOVER codes acts between parties; "blamed the rebels" stays;
* a business's charge ("the firm's charge for the service rose"): a price, no accusation --
  a company levies charges on its customers; prosecutors and states bring them against parties;
* the summit of a mountain ("the summit of Mount Kenya", ``peak-word``): a peak, no meeting;
* an act dated to a year before 1900 ("The fortress was seized by crusaders in 1187"): history, as
  :mod:`.background_senses` reads a decade's; "seized the port on Sunday" stays.

Second group (shapes of wrong events judged on PolNeAR train, Random(455), told in our own words):

* an act guessed: "Perhaps Turkey will reject the proposal", "Maybe the rebels will attack" -- a
  ``guess-adverb`` and a modal before the trigger: the writer supposes, nothing is reported;
* a habit: the trigger inside an "each time / every time / whenever" clause ("must file a report
  each time they give money to support a candidate"): a rule for every case, no one act;
* a message delivered on one's own page or account ("delivered a blunt message on his Facebook
  page"): said to the public, no meeting (CAMEO's "bring message" 040 is a message passed to a party);
* an act asked of a party by a verb of pushing ("the effort to push the dictator to step down"):
  the act is what is asked, not done -- as the rules engine reads "called on X to resign"
  (:mod:`.asked_acts`), here where the verb of pushing is no event itself;
* with a parse, a second infinitive joined by "and" to an act that another party wants done
  ("wants Ankara to close its border and join the campaign"): the want's content too
  (:mod:`.wished_acts` reads the first);
* without a parse, a thing released in a reduced relative joined to another participle ("an
  interview recorded and released on Monday"): the noun before the participles is what was
  released, no captive.

Each check tests a cheap guard on the trigger first and reads a few words around it; it can only
remove an event.
"""

from __future__ import annotations

import re

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class
from .sense_checks import SenseCheck

__all__ = ["checks", "economic_easing", "history_long_ago", "business_charge", "guessed_act", "habitual_clause", "joined_wished_act", "message_on_own_page", "mountain_summit", "no_one_blamed", "pushed_act", "thing_released_before"]

#: Verbs of easing whose object may be economic policy.
_EASE_VERBS = frozenset({"ease", "loosen", "relax"})
#: A year of four digits before 1900 ("in 1187", "in 1848"); read only after "in" and before no
#: noun, so that a count is not taken for a year ("signed by 200 lawmakers", "in 1500 villages").
_OLD_YEAR = re.compile(r"^1[0-8]\d\d$")


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: each opens with a test of the lemma or the category."""
    return (
        SenseCheck("economic policy eased, no restriction lifted", economic_easing, lemmas=_EASE_VERBS),
        SenseCheck("blame or accusation of no one in particular", no_one_blamed, categories=frozenset({"ACCUSE"})),
        SenseCheck("an act dated before 1900: history", history_long_ago, any_word=True),
        SenseCheck("the summit of a mountain", mountain_summit, lemmas=frozenset({"summit"})),
        SenseCheck("a business's charge: a price", business_charge, lemmas=frozenset({"charge"})),
        # (the sentence words below, issue 13, s25 at stop 43: each check returns True only on a word
        # of its sentence that it names -- a guess adverb; "whenever" or the "time" of "each time";
        # a push verb, read by lemma or as written -- so a sentence with none of them is not read)
        SenseCheck("an act guessed after perhaps / maybe + a modal", guessed_act, any_word=True,
                   sentence_words=word_class("sense_words.tsv", "guess-adverb")),
        SenseCheck("an act inside an each-time clause: a habit", habitual_clause, any_word=True,
                   sentence_words=frozenset({"whenever", "time"})),
        SenseCheck("a message delivered on one's own page", message_on_own_page, lemmas=frozenset({"deliver"})),
        SenseCheck("an act asked of a party by a verb of pushing", pushed_act, any_word=True,
                   sentence_words=word_class("sense_words.tsv", "push-verb")),
        SenseCheck("a second act joined to a wished act", joined_wished_act, any_word=True),
        SenseCheck("a thing released in a reduced relative", thing_released_before, lemmas=frozenset({"release"})),
    )


def economic_easing(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"ease / loosen / relax" + (a determiner or adjectives) + a word of money or credit within
    three words ("ease monetary policy", "eased interest rates", "relax credit conditions")."""
    if not (t.lemma.lower() in _EASE_VERBS and t.pos == "VERB"):
        return False
    words = word_class("sense_words.tsv", "economic-easing-word")
    lows = doc.lowered_texts()
    end = min(doc.sentences[t.sent].token_end, t.i + 4)
    for k in range(t.i + 1, end):
        if lows[k] in words:
            return True
        if doc.tokens[k].pos not in ("DET", "ADJ", "NOUN", "ADV"):
            return False
    return False


def no_one_blamed(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """An ACCUSE verb whose next word is an indefinite pronoun of persons ("blames everyone")."""
    if curated is None or not (curated[1] == "ACCUSE" and t.pos == "VERB"):
        return False
    k = t.i + 1
    return k < doc.sentences[t.sent].token_end and doc.lowered_texts()[k] in word_class("sense_words.tsv", "indefinite-party")


def history_long_ago(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A verb with "in" + a year before 1900 within six words after it, no comma or "and" between
    and no noun after the year ("was seized by crusaders in 1187")."""
    if t.pos != "VERB":
        return False
    lows = doc.lowered_texts()
    end = min(doc.sentences[t.sent].token_end, t.i + 8)
    sent_end = doc.sentences[t.sent].token_end
    for k in range(t.i + 1, end - 1):
        if lows[k] in (",", ";", "and"):
            return False
        if lows[k] == "in" and _OLD_YEAR.match(lows[k + 1]) and not (k + 2 < sent_end and doc.tokens[k + 2].pos in ("NOUN", "ADJ", "PROPN")):
            return True
    return False


def mountain_summit(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"summit" + "of" + (a determiner) + a ``peak-word`` ("the summit of Mount Kenya", "the
    summit of the volcano"), or a ``peak-word`` right before it ("the mountain's summit")."""
    if not t.lemma.lower() == "summit":
        return False
    words = word_class("sense_words.tsv", "peak-word")
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    k = t.i + 1
    if k < sent.token_end and lows[k] == "of":
        k += 1
        if k < sent.token_end and lows[k] in ("the", "a", "an"):
            k += 1
        return k < sent.token_end and lows[k] in words
    return t.i - 2 >= sent.token_start and lows[t.i - 1] in ("'s", "’s") and lows[t.i - 2] in words


def business_charge(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"charge" after a business's possessive ("the firm's charge", "the bank's charges"): a price."""
    if not t.lemma.lower() == "charge":
        return False
    start = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k - 1 < start or doc.tokens[k].text not in ("'s", "’s"):
        return False
    owner = draft.actor_at(doc.tokens[k - 1].start, doc.tokens[k - 1].end)
    fields = draft.actor_fields(owner) if owner else None
    if fields is None:
        from .triggers import words_of

        return doc.lowered_texts()[k - 1] in words_of("business")  # "the firm's", "the carrier's"
    return fields.kind == "organization" and (fields.code or "").startswith("BUS")


_MODALS = frozenset({"will", "would", "could", "might", "may", "'ll"})
_OWN = frozenset({"his", "her", "its", "their", "my", "our"})


def guessed_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """A ``guess-adverb`` ("perhaps", "maybe") and, after it, a modal before the trigger in its
    sentence, no "said" or "that" between (a guess reported as someone's words is left alone)."""
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    guesses = word_class("sense_words.tsv", "guess-adverb")
    guess = modal = False
    for k in range(sent.token_start, t.i):
        w = lows[k]
        if w in guesses:
            guess, modal = True, False
        elif guess and w in _MODALS:
            modal = True
        elif w in ("that", "said", "says", "if"):
            guess = modal = False
    return guess and modal


def habitual_clause(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"each time / every time / whenever" before the trigger in its sentence, no comma, semicolon
    or relative pronoun between."""
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    for k in range(t.i - 1, sent.token_start - 1, -1):
        w = lows[k]
        if w in (",", ";", "who", "which", "whom", "whose"):
            return False  # ("every time he thinks about the pupils *who were killed* in 2012": the killing is no habit)
        if w == "whenever" or (w == "time" and k > sent.token_start and lows[k - 1] in ("each", "every")):
            return True
    return False


def message_on_own_page(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"deliver" + a message + "on" + "his / her / its / their" and no "to" after the verb."""
    if not t.lemma.lower() == "deliver":
        return False
    lows = doc.lowered_texts()
    sent = doc.sentences[t.sent]
    after = lows[t.i + 1 : sent.token_end]
    if "to" in after or "message" not in after[:5]:
        return False
    return any(a == "on" and b in _OWN for a, b in zip(after, after[1:]))


def pushed_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """"to" + the trigger verb after a party (up to five words of a noun phrase) and a
    ``push-verb`` ("push the dictator to step down", "pressing the rebels to free")."""
    if t.pos != "VERB":
        return False
    from .sense_checks import infinitive_to
    from .senses import event_words

    k = infinitive_to(doc, t)
    if k is None:
        return False
    lo = doc.sentences[t.sent].token_start
    j = k - 1
    n = 0
    while j > lo and n < 5 and (doc.tokens[j].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc.tokens[j].text in ("'s", "’s")):
        j -= 1
        n += 1
    if not n or j < lo:
        return False
    w = doc.tokens[j]
    return w.lemma.lower() in event_words("push-verb") or w.text.lower() in event_words("push-verb")


def joined_wished_act(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """With a parse: the verb is joined ("conj") to a verb that :func:`.wished_acts.wished_act` reads
    as a want's content ("wants Ankara to close its border *and join* ...")."""
    if not (doc.has_parse and t.pos == "VERB" and t.dep == "conj" and t.head is not None and t.head < t.i):
        return False
    from .wished_acts import wished_act

    head = doc.tokens[t.head]
    return head.pos == "VERB" and wished_act(doc, draft, head, None)


def thing_released_before(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """Without a parse: "released" after another participle and "and", right after a noun that is no
    actor and no person noun ("an interview recorded and released"): a reduced relative on a thing."""
    if doc.has_parse or not (t.lemma.lower() == "release" and t.text.lower().endswith("ed")):
        return False
    from ..nominals import nominal_kind

    lows = doc.lowered_texts()
    lo = doc.sentences[t.sent].token_start
    k = t.i - 1
    if not (k - 2 >= lo and lows[k] == "and" and doc.tokens[k - 1].text.lower().endswith("ed")):
        return False  # ("Funds released by the World Bank": a release of money, AID, left to its own rules)
    k -= 2
    w = doc.tokens[k]
    return w.pos == "NOUN" and draft.actor_at(w.start, w.end) is None and nominal_kind(w) is None
