"""Checks that a denial cue has a party denying a claim (issue 14, denials on real news).

A denial is a party's act against a claim.  Real news uses the denial verbs
for other things, which these checks tell apart:

* distancing from a person or group, or from someone's words, is no claim
  denied: "had disavowed the group", "disowned its treasurer", "disavowed
  the remarks of a volunteer" (but "disavowed any involvement" is a denial);
* making less of someone's words is not denying them: "tried to downplay
  the general's comments" (but "played down reports of a rift" is);
* a denial that was not made: "his refusal to disavow the militia";
* things that show or test something as the subject: "the findings
  contradicted her statements", "trials were instrumental in rebutting the
  claims" -- evidence against a claim, with nobody denying it.

* making light of a thing or of someone's words is not calling it false:
  "waves off the delay as having little effect", "dismissed the remark as
  irrelevant to voters" (a claim, a name or words called false stay);
* turning aside a reproach is not calling it false: "made an attempt to
  deflect his criticism", "deflected blame onto the contractor"; making less
  of an idea with no content clause makes less of a plan: "has played down
  the idea in recent weeks" (but "played down the idea that ..." is a claim).

The word lists are classes of ``denial_words.tsv`` (``distancing``,
``minimizing``, ``utterance``, ``not-done-noun``, ``proof``, ``party-noun``,
``evasive``, ``reproach``, ``proposal-noun``).
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import word_classes
from .roles import agent_token, object_tokens
from .denial_content import states_content

#: Pronouns that name a person or group as an object ("disavowed him").
_PERSON_OBJECTS = frozenset({"him", "her", "them", "me", "us", "himself", "herself", "themselves"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Quantifiers heading a subject whose noun follows "of" ("several of his findings").
_QUANTIFIERS = frozenset({"several", "some", "many", "most", "all", "one", "none", "few", "both", "each", "two", "three"})


@lru_cache(maxsize=None)
def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``denial_words.tsv``."""
    return word_classes("denial_words.tsv")[cls]


def _in(cls: str, t: Token) -> bool:
    return t.lemma.lower() in _words(cls) or t.text.lower() in _words(cls)


def under_not_done_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """"his refusal to disavow the group", "the failure to repudiate": a denial not made."""
    if doc.has_parse and t.head is not None and t.dep in ("acl", "xcomp"):
        return _in("not-done-noun", doc.tokens[t.head])
    return t.i >= 2 and doc.tokens[t.i - 1].text.lower() == "to" and _in("not-done-noun", doc.tokens[t.i - 2])


def _object_nouns(doc: AnnotatedDocument, t: Token, last: int) -> list[Token]:
    """The verb's object: the parse's object head, else (no parse) the nouns of the noun phrase
    after the cue ("the general's comments"; the rules tagger may run it on into "long ago")."""
    if doc.has_parse and t.pos == "VERB":
        objs = object_tokens(doc, t)[:1]
        if not objs and last > t.i:
            # "waves off the delay": the parser may hang the object, as an oblique, on the verb after its particle
            objs = [c for c in doc.children(t.i) if c.dep == "obl" and c.i > last and any(k.i == last for k in doc.children(c.i))][:1]
        if not objs and t.dep == "acl" and t.head is not None and doc.tokens[t.head].pos in ("NOUN", "PROPN"):
            objs = [doc.tokens[t.head]]  # "the miners -- dismissed for years as stubborn": the participle takes its noun
        if not objs:
            head = _participle_noun(doc, t)  # the parser may read the set-off participle as the clause's verb
            objs = [head] if head is not None else []
        return objs
    end = doc.sentences[t.sent].token_end
    head = _participle_noun(doc, t)
    if head is not None:
        return [head]
    subject = _passive_subject(doc, t)
    if subject is not None:
        # "The mayor -- who was seen as a newcomer -- was quickly dismissed by the press as ...": the subject's
        # nouns, across "of" ("Accusations of fraud were rejected": a claim)
        first = doc.sentences[t.sent].token_start
        opener = next((w for w in doc.tokens[first : subject.i] if _in("claim-noun", w) and w.i + 1 < subject.i and doc.tokens[w.i + 1].text.lower() == "that"), None)
        if opener is not None:
            return [opener]  # "Claims that the refinery had leaked into the bay were rejected": the claim, not "the bay" (d10, stop 40)
        k = subject.i
        while k - 1 >= first and (doc.tokens[k - 1].pos in ("NOUN", "PROPN", "ADJ", "DET") or doc.tokens[k - 1].text.lower() == "of"):
            k -= 1
        return [w for w in doc.tokens[k : subject.i + 1] if w.pos in ("NOUN", "PROPN")]
    nouns: list[Token] = []
    for k in range(last + 1, min(end, last + 7)):
        w = doc.tokens[k]
        if w.text.lower() in _PERSON_OBJECTS:
            return nouns or [w]
        if w.pos in ("NOUN", "PROPN"):
            nouns.append(w)
        elif w.text in ("'s", "’s") or w.text in ("'", "’") and nouns and nouns[-1].text.lower().endswith("s") or not nouns and w.pos in ("DET", "ADJ", "NUM"):
            # (a possessive goes on to what is owned: "Bernie Sanders’ accusations", "the general's comments")
            continue  # a determiner or number after a noun opens another phrase ("reports that the ...")
        else:
            break
    return nouns


#: Marks that set off a participle phrase after its noun ("the miners -- dismissed as stubborn --").
_ASIDE_MARKS = frozenset({"—", "–", "--", ","})


def _participle_noun(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse: the noun a past participle set off after it modifies ("the striking miners --
    dismissed for years as stubborn -- ..."), which is what the verb takes, as a passive's subject is."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    if k - 1 < first or toks[k].text not in _ASIDE_MARKS or not t.text.lower().endswith("ed"):
        return None
    nxt = toks[t.i + 1] if t.i + 1 < doc.sentences[t.sent].token_end else None
    if nxt is not None and (nxt.pos in ("DET", "NOUN", "NUM") or nxt.text.lower() in _OBJECT_OPENERS):
        # a direct object follows: a finite verb after an apposition ("the chairman, Ray Doyle, dismissed
        # criticism of ..."), not a set-off participle, which takes none (d10, stop 40)
        return None
    return toks[k - 1] if toks[k - 1].pos in ("NOUN", "PROPN") else None


#: Words that open a noun phrase the rules tagger may tag as something else (possessive determiners).
_OBJECT_OPENERS = frozenset({"his", "her", "their", "its", "our", "my", "your", "the", "a", "an", "this", "that", "these", "those"})


def _passive_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse: the subject of the passive ``t`` ("was quickly dismissed"), which is what
    the verb takes: the noun before its form of "be", across an aside set off by dashes or commas
    ("Lazio -- who was regarded as a lightweight -- was dismissed")."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and toks[k].pos == "ADV":
        k -= 1
    if k < first or toks[k].text.lower() not in _BE_FORMS or not t.text.lower().endswith("ed"):
        return None
    k -= 1
    while k >= first and toks[k].pos in ("AUX", "ADV"):
        k -= 1  # "has been"
    if k >= first and toks[k].text in ("—", "–", "--", ","):
        mark = toks[k].text
        k = next((j for j in range(k - 1, max(first - 1, k - 15), -1) if toks[j].text == mark), first - 1) - 1
    return toks[k] if k >= first and toks[k].pos in ("NOUN", "PROPN") else None


def _names_party(doc: AnnotatedDocument, draft: Draft, o: Token) -> bool:
    """The object names a person, group or organisation ("him", "the militia leader", "Mr. Smith")."""
    from .nominals import nominal_kind

    if o.text.lower() in _PERSON_OBJECTS or o.pos == "PROPN" or _in("party-noun", o):
        return True
    return nominal_kind(o) is not None or draft.actor_at(o.start, o.end) is not None


def no_claim_object(doc: AnnotatedDocument, draft: Draft, t: Token, last: int, is_claim_word) -> bool:  # type: ignore[no-untyped-def]
    """A distancing verb whose object is no claim (a party, someone's words, a creed), a minimizing verb whose
    object is someone's words, or a dismissive verb whose object is a party: no claim is denied
    ("disavowed the group", "rejects the senator's remarks about migrants", "tried to downplay
    the general's comments", "dismissed him as a career politician"); but words called false
    are a claim denied ("rejected the remarks as untrue")."""
    distancing, minimizing, dismissive, evasive = _in("distancing", t), _in("minimizing", t), _in("dismissive", t), _in("evasive", t)
    rejoinder = _in("rejoinder", t) and last > t.i  # "fired back at", "hit back at": the phrasal matched
    if not (distancing or minimizing or dismissive or evasive or rejoinder):
        return False
    nouns = _object_nouns(doc, t, last)
    if rejoinder and not (distancing or minimizing or dismissive or evasive):
        # "fired back at Trump's comments": someone's words answered, nothing in them called false (d13, stop 43);
        # "fired back at complaints that ..." names a claim and stays
        nouns = nouns or _rejoinder_object(doc, t, last)
        return bool(nouns) and all(_in("utterance", o) and not _content_follows(doc, o) for o in nouns)
    if evasive and any(_in("reproach", o) for o in nouns):
        return True  # "made an attempt to deflect his criticism", "deflected blame": turned aside, not called false
    if minimizing and nouns and _in("proposal-noun", nouns[-1]) and not _content_follows(doc, nouns[-1]):
        return True  # "has played down the idea over the past month": a plan made less of, no claim ("the idea that ..." is one)
    if not nouns or any(is_claim_word(o) and not _in("utterance", o) or states_content(doc, o, _words("content-noun")) for o in nouns):
        return False  # "disavowed reports that ...", "played down the reports", "rejected attacks that he was soft"
    if _as_falsity(doc, t, last):
        return False  # "rejected the remarks as untrue", "dismissed him as a liar" stay denials
    if (distancing or minimizing) and any(_in("utterance", o) for o in nouns):
        return True
    if distancing:
        return True  # "disavowed the group", "disavows the ideology", "disavowed violence": no claim in any of them
    if dismissive and all(o.pos == "NOUN" and (not is_claim_word(o) or _in("utterance", o)) for o in nouns) and not _claim_or_no_as(doc, t, last, is_claim_word):
        # "waves off the delay as having little effect", "dismissed the remark as irrelevant to voters": a thing
        # or someone's words made light of, not called false (a name stays: "dismissed Estonia as being in ...")
        return True
    return dismissive and any(_names_person(doc, draft, o) for o in nouns)


def _rejoinder_object(doc: AnnotatedDocument, t: Token, last: int) -> list[Token]:
    """The head noun of the "at" phrase after a rejoinder phrasal ("fired back at | Trump's comments"),
    which the parse or the surface reading gives no object slot."""
    end = doc.sentences[t.sent].token_end
    if last + 1 >= end or doc.tokens[last + 1].text.lower() not in ("at", "against"):
        return []
    return _phrase_head_from(doc, last + 2, end)


def _phrase_head_from(doc: AnnotatedDocument, start: int, end: int) -> list[Token]:
    """The last noun of the noun phrase opening at token ``start`` ("Trump's comments"), as a
    one-item list, or [] -- a surface reading of an object the parse gives no slot."""
    head = None
    for k in range(start, min(end, start + 6)):
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            head = w
        elif not (w.pos in ("DET", "ADJ", "PART", "PRON") or w.text in ("'s", "’s")):
            break
    return [head] if head is not None else []


def _content_follows(doc: AnnotatedDocument, o: Token) -> bool:
    """"that" right after the noun ``o``: its content clause ("the idea that the talks had collapsed")."""
    return o.i + 1 < doc.sentences[o.sent].token_end and doc.tokens[o.i + 1].text.lower() == "that"


def _claim_or_no_as(doc: AnnotatedDocument, t: Token, last: int, is_claim_word) -> bool:  # type: ignore[no-untyped-def]
    """No "as" follows the verb's object ("dismissed concerns that he was ignoring ..."), or a claim
    word stands between the verb and its "as" ("Dismisses Corruption Claims as ...", the tagger
    reading "Claims" as a verb), which the object's nouns may have missed."""
    end = doc.sentences[t.sent].token_end
    for k in range(last + 1, min(end, last + 9)):
        w = doc.tokens[k]
        if w.text.lower() == "as":
            return False
        if is_claim_word(w) and not _in("utterance", w) or w.text.lower() == "that":
            return True
    return True


def _names_person(doc: AnnotatedDocument, draft: Draft, o: Token) -> bool:
    """The object names a person ("him", "the senator", a person's name): one dismissed "as a
    career politician" is characterized; a country or body dismissed "as being in the suburbs of
    ..." is a claim about it made light of (PolNeAR marks such a dismissal as a denial)."""
    if o.text.lower() in _PERSON_OBJECTS:
        return True
    actor = draft.actor_fields(draft.actor_at(o.start, o.end))
    if actor is not None:
        return actor.kind == "person"
    return o.pos == "NOUN" and role_noun(o) and not o.text.lower().endswith("s")


def _as_falsity(doc: AnnotatedDocument, t: Token, last: int) -> bool:
    """"as" and a falsity word follow the verb in its sentence ("rejected the remarks as untrue")."""
    end = doc.sentences[t.sent].token_end
    for k in range(last + 1, min(end, last + 10)):
        if doc.tokens[k].text.lower() == "as":
            return any(_in("falsity", doc.tokens[j]) for j in range(k + 1, min(end, k + 5)))
        if doc.tokens[k].text in (".", ";", ":"):
            return False
    return False


#: Subject pronouns that name a person or group ("he contradicted", "who rejected").
_PERSON_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "who"})


def thing_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """A ``party-subject`` verb ("contradict", "negate") whose subject is no party: "it directly
    contradicted what the candidate said", "the email appears to contradict his testimony", "a
    caveat that negated his answer" -- what shows a claim wrong, with nobody denying it.  A verb
    with no subject found is left alone."""
    if not _in("party-subject", t):
        return False
    s = _subject(doc, t)
    if s is None:
        return False
    if s.text.lower() in _PERSON_SUBJECTS or s.text.lower() in _PERSON_OBJECTS:
        return False
    if _in("time-span", s):
        return False  # "The ministry spent months pushing back ...": a time spent, the spender the party (d11, stop 41)
    if s.pos == "PRON" or s.pos == "DET":
        return True  # "it", "this", "that": a thing
    return s.pos in ("NOUN", "PROPN") and not (_names_party(doc, draft, s) or _people_figures(doc, s) or role_noun(s))


def role_noun(t: Token) -> bool:
    """A word naming a person by role ("treasurer", "spokesman"): a person noun, a role title or a
    WordNet noun for people (singular ones too, which :func:`nominal_kind` leaves untyped)."""
    from ..lexicons import person_nouns, titles
    from ..lexicons.nouns import wordnet_people

    low, lemma = t.text.lower(), t.lemma.lower()
    return low in person_nouns() or titles().get((low,)) == "role" or lemma in wordnet_people() or low in wordnet_people()


def _subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The subject of the verb ``t``: the parse's agent (a relative pronoun stands for the noun its
    clause modifies; a participle modifying a noun has that noun), else the word before the verb
    across auxiliaries, adverbs and "appears to"."""
    if doc.has_parse and t.pos == "VERB":
        s = agent_token(doc, t)
        if s is not None and s.text.lower() in ("that", "which") and t.dep == "acl:relcl" and t.head is not None:
            return doc.tokens[t.head]
        if s is None and t.dep == "acl" and t.head is not None:
            return doc.tokens[t.head]  # "a statement contradicting his comments"
        return s
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and (toks[k].pos in ("AUX", "ADV", "PART") or toks[k].text.lower() in _RAISING):
        k -= 1
    if k < first or toks[k].pos not in ("NOUN", "PROPN", "PRON", "DET"):
        return None
    if toks[k].text.lower() in ("that", "which") and k - 1 >= first and toks[k - 1].pos == "NOUN":
        return toks[k - 1]  # "a caveat that negated ..."
    return toks[k]


#: Verbs between a subject and the verb it is the subject of ("the email appears to contradict").
_RAISING = frozenset({"appear", "appears", "appeared", "seem", "seems", "seemed", "to"})


def proof_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """The denial verb's subject is a thing that shows or tests something ("the findings
    contradicted her statements", "new data contradicted the claim"): no party denies."""
    if doc.has_parse:
        s = agent_token(doc, t) if t.pos == "VERB" else None
        if s is None:
            return False
        if s.text.lower() in _QUANTIFIERS:
            of = [c for c in doc.children(s.i) if c.dep in ("nmod", "obl") and c.i > s.i]
            s = of[0] if of else s  # "several of his findings"
        if s.pos == "PROPN" and draft.actor_at(s.start, s.end) is not None:
            return False  # "the Census denied any improper role": a body named, not a count
        return s.pos in ("NOUN", "PROPN") and _in("proof", s) and not _people_figures(doc, s)
    return _surface_proof_subject(doc, draft, t)


def _people_figures(doc: AnnotatedDocument, s: Token) -> bool:
    """"senior figures", "opposition figures": "figures" naming people (a party), told by a
    ``figure-people`` modifier among the two words before it; "new figures" are numbers."""
    if s.text.lower() not in ("figure", "figures"):
        return False
    first = doc.sentences[s.sent].token_start
    return any(_in("figure-people", doc.tokens[k]) for k in range(max(first, s.i - 2), s.i))


def _surface_proof_subject(doc: AnnotatedDocument, draft: Draft, t: Token) -> bool:
    """Without a parse: the noun right before the verb (auxiliaries and adverbs between), or the
    sentence's opening noun phrase with no party named and no saying between it and the verb
    ("The inspector's report, released on Friday, ended up discrediting ...")."""
    toks = doc.tokens
    first = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= first and toks[k].pos in ("AUX", "ADV", "PART"):
        if toks[k].text.lower() in _BE_FORMS:
            return False  # a passive: "The report was denied by a spokesman" (the subject is the claim)
        k -= 1
    if k >= first and toks[k].pos == "NOUN":
        return _in("proof", toks[k]) and not _people_figures(doc, toks[k])
    # the opening noun phrase of the sentence or of the clause after its last "that" ("said in an
    # interview that trials, with expert witnesses, were instrumental in rebutting ..."): its last
    # noun, across "of" after a quantifier
    that = next((m for m in range(t.i - 1, first - 1, -1) if toks[m].text.lower() == "that" and toks[m].pos in ("SCONJ", "DET", "ADP")), None)
    if that is not None and that + 1 < t.i and toks[that + 1].pos in ("NOUN", "DET", "ADJ", "NUM"):
        first = that + 1
    j, head = first, None
    while j < t.i and (toks[j].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or toks[j].text in ("'s", "’s")
                       or toks[j].text.lower() == "of" and j > first and toks[j - 1].text.lower() in _QUANTIFIERS
                       or j > first and toks[j - 1].text in ("'s", "’s")):  # "the inspector's report", "report" tagged a verb
        if toks[j].pos == "NOUN" or j > first and toks[j - 1].text in ("'s", "’s"):
            head = toks[j]
        j += 1
    if head is None or not _in("proof", head) or _people_figures(doc, head):
        return False
    between = toks[j : t.i]
    if any(w.text.lower() in ("said", "says", "say", "that", "told") for w in between):
        return False  # "The report said the ministry denied ...": someone else speaks
    if j < t.i and toks[j].text == ",":
        # an aside after the subject ("trials, with expert witnesses and records, were ..."): its
        # names are no other subject; the words after it are read
        close = next((m for m in range(j + 1, t.i) if toks[m].text == ","), None)
        j = close + 1 if close is not None else j
    return not draft.mentions_between(toks[j].start, t.start) if j < t.i else True


#: One-word verdicts that are adjectives, which may stand before a noun ("a false comparison");
#: the noun verdicts ("lies", "nonsense", "fake news") do not modify one.
_ADJECTIVE_VERDICTS = frozenset({
    "false", "untrue", "baseless", "groundless", "unfounded", "unsubstantiated", "fabricated", "fake", "absurd",
    "ridiculous", "inaccurate", "incorrect", "misleading", "bogus", "exaggerated", "overblown",
})

#: Verdicts that judge rather than say false: "it is absurd that a family should wait" says the
#: waiting happens (and is absurd); "it is false that ..." denies it.
_EVALUATIVE = frozenset({"absurd", "ridiculous"})


def not_a_verdict(doc: AnnotatedDocument, end: int, is_claim_word) -> bool:  # type: ignore[no-untyped-def]
    """The falsity word ending at character ``end`` does not call a claim false: it modifies a
    noun that names no claim ("that is a false comparison"), or judges a that-clause ("it is
    absurd that ...")."""
    last = doc.token_at(end - 1)
    if last is None or last.i + 1 >= doc.sentences[last.sent].token_end:
        return False
    nxt = doc.tokens[last.i + 1]
    if nxt.pos == "NOUN" and last.text.lower() in _ADJECTIVE_VERDICTS and not is_claim_word(nxt):
        return True
    return last.text.lower() in _EVALUATIVE and nxt.text.lower() == "that"


def serving_material(doc: AnnotatedDocument, end: int, subject: str) -> bool:
    """The verdict ending at character ``end`` calls someone's words material that serves a third
    party: "his remarks about refugees were 'propaganda' for the militants" says the remarks help
    them, not that they are false. Only words said (``utterance``: remarks, speech, tweets) are so
    judged; "the reports were propaganda for the rebels" still calls reports false."""
    last = doc.token_at(end - 1)
    if last is None or not _in("serving-noun", last) or not _for_follows(doc, last):
        return False
    words = {w.strip(".,\"'“”‘’").lower() for w in subject.split()}
    return bool(words & _words("utterance"))


#: Closing quote marks that may stand between a verdict word and the word after it.
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def _for_follows(doc: AnnotatedDocument, t: Token) -> bool:
    """"for" comes right after ``t``, a closing quote mark allowed between ("propaganda” for")."""
    end = doc.sentences[t.sent].token_end
    k = t.i + 1
    if k < end and doc.tokens[k].text in _CLOSING_QUOTES:
        k += 1
    return k < end and doc.tokens[k].text.lower() == "for"


def thing_word(t: Token) -> bool:
    """A noun for something said, shown or tested ("statement", "findings", "speech"), which names
    no party as a denier: a denier is a party or the denial has none."""
    return any(_in(cls, t) for cls in ("claim-lemma", "claim-noun", "proof", "utterance"))


def shown_by_proof(doc: AnnotatedDocument, start: int) -> bool:
    """A verdict whose subject starts at character ``start`` is the clause after a showing verb
    with proof as its subject ("FBI statistics show | the numbers in his tweet are incorrect",
    "several reports reveal that | that is untrue"), or a contest, a time or a place where one was
    held ("last night's vote showed | the forecasts were misleading"; d7, stop 37): evidence or an
    outcome shows a claim false, no party denies it."""
    first = doc.token_at(start)
    if first is None:
        return False
    toks = doc.tokens
    lo = doc.sentences[first.sent].token_start
    k = first.i - 1
    if k >= lo and toks[k].text.lower() == "that" and toks[k].pos != "PRON" and k - 1 >= lo and _in("showing-verb", toks[k - 1]):
        k -= 1  # "show that": the "that" opening the clause
    while k >= lo and toks[k].pos in ("AUX", "ADV", "PART") and not _in("showing-verb", toks[k]):
        k -= 1
    if k < lo or not _in("showing-verb", toks[k]):
        return False
    j = k - 1
    while j >= lo and toks[j].pos in ("AUX", "ADV", "PART"):
        j -= 1
    # (the rules tagger may read "reports reveal" as verb and noun)
    return j >= lo and (_in("proof", toks[j]) or _in("outcome", toks[j]) or _place_name(toks[j]))


def _place_name(t: Token) -> bool:
    """A place named by the gazetteer ("Iowa proved the polls were misleading": the vote held there
    showed it), not a demonym."""
    from ..lexicons import gazetteer

    entry = gazetteer().get((t.text,)) if t.pos == "PROPN" else None
    return entry is not None and entry[0] != "demonym"
