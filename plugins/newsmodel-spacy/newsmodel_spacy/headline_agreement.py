"""A headline's verb in ``-s`` that spaCy read as a plural noun, with a later word as the verb.

"Senate Rejects Bid to Halt Jet Sale", even case-normalised ("Senate rejects
bid to ..."), comes out of the small model as "Senate rejects" a noun phrase
(the rejects of the Senate) and "bid" its verb; "Union rejects pay offer"
makes "pay" the verb, "Governor pardons 40 inmates" "inmates" (a relative
clause), and "Macron hosts Modi in Paris" the name "Modi".  The headline's
event is lost.

A title-case headline's present verb agrees with its subject: after a
singular subject it ends in ``-s``.  So in a headline clause the word in
``-s`` right after the subject is the verb, and the parser's later verb a
noun, when one of these makes the plural-noun reading impossible or
unlikely:

* the parser's verb is a capitalised word the recaser kept (a name: "Modi")
  -- a name is no verb;
* the parser's verb itself ends in ``-s`` (tagged VBZ: "inmates") -- a
  verb in ``-s`` does not follow a plural subject;
* the subject is an actor the lexicons know (a country or capital, an agent
  word, a role: "Senate", "Union", "Governor") and the word in ``-s`` is no
  noun the event lexicon lists ("rejects" is none; "Strikes", "Talks",
  "Pardons" are: "Israel Strikes Kill 12", "Iran Talks Stall" keep their
  nouns).

With no rival verb, the same holds when the parser's only verb is a second one after "and"
("Mayor Thanks Volunteers and Slams Organisers": "Volunteers" its root noun) and the subject is a
lexicon actor.

Never when the word in ``-s`` is the plural of people who act ("Union
Workers Strike": :func:`newsmodel.engines.headline_clauses.people_before_verb`),
after a nationality ("Russian Forces"), or when the parser's verb follows
"to" (an infinitive: "Bid to *Halt*").  The clause is then rebuilt around
the verb by :func:`.headline_repair._rebuild`, which keeps the parser's
structure inside the subject and object.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["agreeing_s_verb"]

_FINITE_PRESENT = frozenset({"VBP", "VBZ"})
_SUBJECT_POS = frozenset({"NOUN", "PROPN"})


def agreeing_s_verb(
    words: list[str], pos: list[str], tags: list[str], a: int, b: int
) -> tuple[int, str, list[int]] | None:
    """``(verb index, lemma, indices of the parser's verbs to read as nouns)`` for the headline
    clause ``a:b`` (see the module docstring), else None."""
    from newsmodel.engines.headline_clauses import people_before_verb
    from newsmodel.engines.rules.headline_verbs import _demonyms, _verb_lemma

    demonyms = _demonyms()
    for k in range(a + 1, b - 1):
        if tags[k].startswith("VB") or tags[k] == "MD":
            return None  # the parser's own verb comes first: nothing to move
        # (a noun's tag decides, not its label: "Union rejects pay offer" hangs "rejects" on "pay" as an aux)
        if not tags[k].startswith("NN") or pos[k - 1] not in _SUBJECT_POS or words[k - 1].lower() in demonyms:
            continue
        hit = _verb_lemma(words[k].lower())
        if hit is None or not hit[1] or people_before_verb(words, k, b, pos):
            continue
        # (a verb right after "and" is a second verb of the same subject, no rival: "Mayor Thanks
        # Volunteers and Slams ...", where the parser made "Volunteers" the root noun)
        finite = [v for v in range(k + 1, b) if tags[v] in _FINITE_PRESENT and words[v - 1].lower() not in ("to", "and", "&")]
        if not finite:
            coordinated = any(tags[v] in _FINITE_PRESENT and words[v - 1].lower() in ("and", "&") for v in range(k + 1, b))
            if coordinated and _actor_word(words[k - 1]) and hit[0] not in _noun_triggers():
                return k, hit[0], []
            return None
        v = finite[0]
        if any(tags[j].startswith("VB") or tags[j] == "MD" for j in range(k + 1, v)):
            return None
        name_as_verb = words[v][:1].isupper()
        disagreeing = tags[v] == "VBZ" and words[v].lower().endswith("s") and not words[v].lower().endswith("ss")
        actor_subject = _actor_word(words[k - 1]) and hit[0] not in _noun_triggers()
        if name_as_verb or disagreeing or actor_subject:
            return k, hit[0], finite
        return None
    return None


def _actor_word(word: str) -> bool:
    """A word the lexicons know as an actor: a country or capital, an agent word, a role or body."""
    from newsmodel.extractors.cameo import _agents
    from newsmodel.lexicons import gazetteer, org_nouns, person_nouns, titles

    low = word.lower()
    entry = gazetteer().get((word,))
    if entry is not None and entry[0] != "demonym":
        return True
    return (low,) in _agents() or low in person_nouns() or low in org_nouns() or titles().get((low,)) is not None


@lru_cache(maxsize=1)
def _noun_triggers() -> frozenset[str]:
    """Single-word NOUN triggers of ``event_triggers.tsv``: plurals that headlines use as nouns."""
    from newsmodel.lexicons import rows

    return frozenset(r[0] for r in rows("event_triggers.tsv") if len(r) > 1 and r[1] == "NOUN" and " " not in r[0])
