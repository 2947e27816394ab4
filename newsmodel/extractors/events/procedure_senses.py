"""A court's docket, a falling quantity and borrowed words that use event words (stop 31, e20).

Found by reading the rules engine's output on PolNeAR train (seeds 60-69) and rewritten as the
project's own sentences (dev batch 50, seventh round; ``tests/test_events_e20.py``):

* a court's docket: "the court agreed to hear the case", "the justices have been accepting fewer
  cases" (a court taking up a case promises nothing to a party; its ruling is the event);
* a quantity that declines: "emissions declined even as the economy grew", "turnout declined by 4
  percent" ("decline" with no object and no "to" + verb is a fall, not a refusal; "declined to
  comment" and "declined an invitation" are read by the other rules);
* a body that meets to choose: "the state party meets next Wednesday to select its delegates",
  "the committee will meet to pick a new chairman" (a party's own procedure, no meeting of parties);
* a private post left: "stepped down last week as the company's chief executive", "resigned as
  editor-in-chief of the magazine", "resigned as manager of the senator's campaign", "stepped down
  from the family foundation" (PLOVER's RETREAT covers resignations of government officials);
* borrowed words: "her speech lifted whole passages from a 2008 address" (words copied, no
  restriction lifted).

:func:`procedure_non_event` is one of the checks of :func:`.non_event_senses.non_event`; it only
reads the document, so it can only remove an event.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from .non_event_senses import _words
from .sense_checks import SenseCheck, keys

__all__ = ["procedure_non_event"]

#: Verbs a court takes a case up with ("agreed to hear", "agreed to review").
_DOCKET_VERBS = frozenset({"hear", "review", "consider", "take", "decide", "weigh", "revisit"})

#: Words of a court's docket ("accepting fewer cases", "took up the appeal").
_DOCKET_NOUNS = frozenset({"case", "cases", "appeal", "appeals", "petition", "petitions", "challenge", "challenges", "lawsuit", "lawsuits", "argument", "arguments"})

#: Words right after "decline(d)" that make it a fall ("declined sharply", "declined by 4 percent").
_FALL_NEXT = frozenset({"by", "in", "from", "for", "since", "after", "over", "during", "slightly", "sharply", "steadily", "steeply", "dramatically", "significantly", "again", "further", "even", "last", "this", "as", "while", "and", "but", "%", "percent"})

#: Verbs of a body's choice after "meet(s) ... to" ("meets to select its delegates").
_CHOOSE = frozenset({"select", "pick", "choose", "nominate", "elect", "name", "fill", "appoint", "certify", "ratify", "tally", "count"})

#: Verbs and nouns of an offer or a request before a bare "declined" ("asked to ..., it declined"):
#: then it is a refusal, not a fall.
_PUT_TO = frozenset({"offer", "invite", "invitation", "ask", "request", "urge", "approach", "propose", "proposal"})

#: Words a speech "lifts" from another ("lifted whole passages").
_BORROWED = frozenset({"passage", "passages", "line", "lines", "phrase", "phrases", "words", "language", "sentence", "sentences", "paragraph", "paragraphs", "quote", "quotes", "text", "section", "sections"})


def checks() -> tuple[SenseCheck, ...]:
    """This module's checks for :mod:`.sense_checks`: every one opens with a test of the lemma."""
    lemmas = keys("agree", "accept", "decline", "refuse", "meet", "resign", "step", "quit", "lift")
    return (SenseCheck("procedure", procedure_non_event, lemmas=lemmas),)


def procedure_non_event(doc: AnnotatedDocument, draft: Draft, t: Token, curated: tuple[int, str, str | None] | None) -> bool:
    """True when the candidate at ``t`` is a court's docket, a falling quantity or borrowed words."""
    lemma = t.lemma.lower()
    if lemma in ("agree", "accept", "decline", "refuse") and t.pos == "VERB" and _takes_up_a_case(doc, t):
        return True  # "the court agreed to hear the case": the docket, no promise to a party
    if lemma == "decline" and t.pos == "VERB" and _falls(doc, t):
        return True  # "emissions declined even as the economy grew": a fall, no refusal
    if lemma == "meet" and t.pos == "VERB" and _meets_to_choose(doc, t):
        return True  # "the state party meets next Wednesday to select its delegates": a body's procedure
    if lemma in ("resign", "step", "quit") and t.pos == "VERB" and _leaves_a_private_post(doc, t):
        return True  # "stepped down last week as the company's chief executive": no government office
    if lemma == "lift" and t.pos == "VERB" and _lifts_words(doc, t):
        return True  # "her speech lifted whole passages from a 2008 address": words copied
    return False


def _takes_up_a_case(doc: AnnotatedDocument, t: Token) -> bool:
    """"to" + a ``_DOCKET_VERBS`` verb followed within four words by a ``_DOCKET_NOUNS`` word ("agreed
    to hear the case", "agreed to take up the appeal"), or a docket noun as the object within four
    words ("accepting fewer cases"): a court taking up a case."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and lows[k] == "to" and k + 1 < sent.token_end:
        v = doc.tokens[k + 1]
        if v.lemma.lower() not in _DOCKET_VERBS and lows[k + 1] not in _DOCKET_VERBS:
            return False
        k += 2
        if k < sent.token_end and lows[k] in ("up", "on"):
            k += 1
    for j in range(k, min(sent.token_end, k + 4)):
        if lows[j] in _DOCKET_NOUNS:
            return True
        if doc.tokens[j].pos not in ("DET", "ADJ", "NUM", "PRON", "NOUN", "PROPN") and lows[j] not in ("'s", "’s", "fewer", "more", "few", "many"):
            return False
    return False


def _falls(doc: AnnotatedDocument, t: Token) -> bool:
    """"decline(d)" with no object and no "to" + verb: the sentence ends (unless an offer or a
    request came before it: "when offered the chance to speak, he declined"), or a number, an adverb
    of degree or a preposition of time or amount follows ("declined sharply", "declined by 4
    percent", "declined 3 percent", "declined even as ..."); "declined to 5 percent" (a number after
    "to") too."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k >= sent.token_end:
        return True
    nxt = doc.tokens[k]
    if nxt.pos == "PUNCT" and lows[k] not in ('"', "“", "'"):
        # "when offered the opportunity to speak, he declined": a refusal of what was put to him
        return not any(doc.tokens[j].lemma.lower() in _PUT_TO for j in range(sent.token_start, t.i))
    if nxt.pos == "NUM" or lows[k] in _FALL_NEXT:
        return True
    return lows[k] == "to" and k + 1 < sent.token_end and (doc.tokens[k + 1].pos == "NUM" or lows[k + 1] in ("$", "€", "£"))


def _from_a_private_body(doc: AnnotatedDocument, t: Token, bodies: frozenset[str]) -> bool:
    """"from" right after the verb (or "down") and, in the noun phrase after it (determiners,
    adjectives, nouns, possessives; within five words), a ``private-body`` word: "stepped down
    from the family foundation", "resigned from the campaign".  The whole phrase is read, not its
    head alone: a tagger may run the phrase on into "last year"."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and lows[k] == "down":
        k += 1
    if k >= sent.token_end or lows[k] != "from":
        return False
    for j in range(k + 1, min(sent.token_end, k + 6)):
        w = doc.tokens[j]
        if lows[j] in bodies or w.lemma.lower() in bodies:
            return True
        if w.pos not in ("DET", "ADJ", "NOUN", "PROPN") and lows[j] not in ("'s", "’s"):
            return False
    return False


def _lifts_words(doc: AnnotatedDocument, t: Token) -> bool:
    """The object of "lift", within four words, is a word of text (``_BORROWED``: passages, lines,
    phrases): words copied from another speech or text ("lifted whole passages", "lifting the
    words of others")."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[k] in _BORROWED:
            return True
        if doc.tokens[k].pos not in ("DET", "ADJ", "NUM", "PRON", "ADV") and lows[k] not in ("'s", "’s", "whole", "entire"):
            return False
    return False


def _meets_to_choose(doc: AnnotatedDocument, t: Token) -> bool:
    """"meet(s)" with no one met ("with" or an object right after it) and, within eight words,
    "to" + a verb of choosing (``_CHOOSE``): "the state party meets next Wednesday to select its
    delegates", "will meet on Monday to pick a new chairman" -- a body choosing, no talks."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    k = t.i + 1
    if k < sent.token_end and (lows[k] == "with" or doc.tokens[k].pos in ("DET", "PROPN", "PRON") and lows[k] not in ("next", "this", "last")):
        return False
    for j in range(k, min(sent.token_end - 1, t.i + 9)):
        if lows[j] == "with" or doc.tokens[j].pos == "PUNCT":
            return False
        if lows[j] == "to":
            v = doc.tokens[j + 1]
            return lows[j + 1] in _CHOOSE or v.lemma.lower() in _CHOOSE
    return False


def _leaves_a_private_post(doc: AnnotatedDocument, t: Token) -> bool:
    """"as" within four words after the verb ("stepped down last week as ...", "resigned as ...")
    and, within six words after "as", a ``private-post`` word (chief executive, editor, host,
    coach) or a ``private-body`` word ("as chairman of the senator's campaign"); or a "from"
    phrase whose head is a ``private-body`` word ("stepped down from the family foundation", "from
    the campaign"): a post in a company, a newsroom, a team, a campaign or a charity, no
    government office (stop 34, e31: on PolNeAR train, campaign and foundation posts left were
    read as RETREAT)."""
    sent = doc.sentences[t.sent]
    lows = doc.lowered_texts()
    bodies = _words("private-body")
    posts = _words("private-post") | bodies
    if _from_a_private_body(doc, t, bodies):
        return True
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        if lows[k] == "as":
            return any(lows[j] in posts or doc.tokens[j].lemma.lower() in posts for j in range(k + 1, min(sent.token_end, k + 7)))
        if doc.tokens[k].pos in ("VERB", "PUNCT"):
            return False
    return False
