"""The first person of a direct quote is its speaker: '"I condemn his remarks in the strongest
terms," the majority leader said', '"We reject the proposal," the ministry said'. A leader's
condemnation, rejection or appeal is often reported in his own words, the speaker named only
in the attribution (PolNeAR train, issue 14 batch 53); the pronoun itself is no actor mention.
"""

from __future__ import annotations

import re

from ...document import AnnotatedDocument, Token
from ...draft import Draft

#: First-person subject pronouns.
_FIRST_PERSON = frozenset({"i", "we"})
#: Categories a speaker performs in his own words: verbal acts. Deeds told in the first person
#: ("I built a tremendous company", "We'll all release them") and AGREE ("I promise you ...",
#: "what I am proposing is ...": campaign rhetoric) are not read this way (PolNeAR train audit).
_SPEECH_ACTS = frozenset({"ACCUSE", "CONCEDE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"})
#: Meetings told in the first person, with the partner named ('"I will not meet the rebels," the
#: minister said', a refusal once negated; '"I met the envoy twice"'): the speaker's own diplomacy
#: (a5's batch 52 shape, kept when the two rules were merged at stop 31).
_MEETINGS = frozenset({"CONSULT"})
#: Of those, the ones carried without a party named: a condemnation, an apology or regret ("I
#: condemn his remarks"). The others need a target ("I urged Ted Cruz to run"): "I oppose
#: abortion", "I ask you to ..." (a crowd), "I supported it" (a movement) are opinions and appeals.
_WITHOUT_TARGET = frozenset({"ACCUSE", "CONCEDE"})
#: Auxiliary clitics a tokenizer may split off or leave untagged.
_CLITICS = frozenset({"'m", "’m", "am", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'re", "’re"})
#: An inner quotation mark that opens or closes a quote inside the quote (not an apostrophe).
_INNER_OPEN = re.compile(r"(?:^|[\s,:;(\[—-])['‘]")
_INNER_CLOSE = re.compile(r"['’](?=$|[\s,.;:!?)\]—-])")


def word_before_verb(doc: AnnotatedDocument, t: Token) -> Token | None:
    """Without a parse, the subject of verb ``t`` read as the word before it past adverbs,
    auxiliaries, "not" and auxiliary clitics ("I strongly condemn", "I am supporting", "I'll never
    accept", "he has attacked"); None at the sentence's start."""
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and (doc.tokens[k].pos in ("ADV", "AUX", "PART") or doc.tokens[k].text.lower() in _CLITICS):
        k -= 1
    return doc.tokens[k] if k >= sent.token_start else None


#: Conjunctions between coordinated auxiliaries that share one verb ("I cannot *and* will not endorse").
_AUX_JOINERS = frozenset({"and", "or"})


def verb_subject(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The subject of verb ``t``, reached through the verbs that lend theirs: an infinitive takes
    the subject of the verb that governs it when no object stands between ("I am going to defend
    X", "I intend to sue", "we want to condemn": subject control), and a verb after coordinated
    auxiliaries takes the subject before the first ("I cannot and will not endorse X"). With a
    parse, the ``nsubj`` of ``t`` or, for an ``xcomp`` with none, of the verb it hangs on when that
    verb has no object of its own ("urged *the senator* to run" is object control); without one
    the word before the verb (:func:`word_before_verb`) read back through "<verb> to" and
    "<auxiliary> and". Issue 14, stop 42, e57: quoted first persons on PolNeAR train lost to the
    nearest name before the quote."""
    for _ in range(4):  # (bounded: "I am going to have to try to ...")
        if doc.has_parse:
            subj = next((c for c in doc.children(t.i) if c.dep == "nsubj"), None)
            if subj is not None or t.dep != "xcomp" or t.head is None:
                return subj
            head = doc.tokens[t.head]
            if head.pos not in ("VERB", "AUX") or any(c.dep in ("obj", "iobj") for c in doc.children(head.i)):
                return None
            t = head
            continue
        subj = word_before_verb(doc, t)
        if subj is None:
            return None
        k = subj.i
        if subj.text.lower() == "to" and k > 0 and doc.tokens[k - 1].pos == "VERB":
            t = doc.tokens[k - 1]  # "going to defend": the subject of "going"
            continue
        if subj.text.lower() in _AUX_JOINERS and k > 0 and _auxiliary(doc.tokens[k - 1]):
            t = doc.tokens[k - 1]  # "cannot and will not endorse": past the first auxiliary to its subject
            while t.i > 0 and _auxiliary(doc.tokens[t.i - 1]):
                t = doc.tokens[t.i - 1]
            continue
        return subj
    return None


def _auxiliary(tok: Token) -> bool:
    """An auxiliary, "not", or a negated modal written as one word, which a tagger may call a noun
    ("cannot")."""
    low = tok.text.lower()
    return tok.pos in ("AUX", "PART") or low in _CLITICS or low.endswith(("not", "n't", "n’t")) and len(low) > 3


def quoted_first_person(doc: AnnotatedDocument, draft: Draft, t: Token, category: str, targets: list[str]) -> list[str]:
    """The speaker of the direct quote that holds verb ``t`` when its subject is "I" or "we"; with
    a parse the verb's subject, without one the word before it (past adverbs and auxiliaries: "I
    strongly condemn", "I am supporting").
    None inside a quote within the quote ('... who said, \'I still endorse him\'': someone else's
    words), none for a person's "we", none outside :data:`_SPEECH_ACTS` and, outside
    :data:`_WITHOUT_TARGET`, none without a target (an object "him"/"her" is one, :func:`_pronoun_party`)."""
    if t.pos != "VERB" or category not in _SPEECH_ACTS | _MEETINGS or not targets and category not in _WITHOUT_TARGET and not _pronoun_party(doc, t):
        return []
    subj = verb_subject(doc, t)
    if subj is None or subj.text.lower() not in _FIRST_PERSON:
        return []
    for st in draft.statements:
        if st.kind != "direct" or st.speaker is None:
            continue
        fields = draft.actor_fields(st.speaker)
        if subj.text.lower() == "we" and (fields is None or fields.kind == "person"):
            return []  # a person's "we" is a nation, a party or a family ("we supported Stalin against Hitler")
        for c in st.content:
            if c.start <= t.start < c.end:
                return [] if _inner(doc, c.start, t) else [st.speaker]
    return []


def _pronoun_party(doc: AnnotatedDocument, t: Token) -> bool:
    """The verb's object is "him" or "her" standing alone ('"I would not support him," the governor
    said'): a person, a party, though no actor holds it -- inside a quotation it is not the speaker
    (:mod:`..quote_speakers`), and may be someone the story names nowhere near (e80 at stop 46)."""
    k = t.i + 1
    if k >= len(doc.tokens) or doc.tokens[k].sent != t.sent or doc.tokens[k].text.lower() not in ("him", "her"):
        return False
    nxt = doc.tokens[k + 1] if k + 1 < len(doc.tokens) and doc.tokens[k + 1].sent == t.sent else None
    return nxt is None or nxt.pos not in ("NOUN", "PROPN", "ADJ", "NUM")


def _inner(doc: AnnotatedDocument, quote_start: int, t: Token) -> bool:
    """More inner quotation marks open than close between the quote's start and ``t``."""
    before = doc.text[quote_start : t.start]
    return len(_INNER_OPEN.findall(before)) > len(_INNER_CLOSE.findall(before))
