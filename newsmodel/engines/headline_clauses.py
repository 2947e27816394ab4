"""Headline clauses: a line with no closing full stop whose verb a tagger may read as a noun.

Headlines and wire leads drop the words a tagger finds a verb by -- a
pronoun, an auxiliary, "to" -- and many news verbs are also nouns: "Police
fire tear gas at students", "court sentences former mayor to six years",
"Rebels Attack Army Convoy".  Read as running text such a line is one long
noun phrase ("police fire tear gas" as a kind of gas), so no event is found.

This module holds what the engines share to read these lines (both cases of
a headline: title case, which :mod:`.headline_case` recases first, and
sentence or lower case, which it leaves alone):

* :func:`is_headline_line` -- the sentence fills a line of its own, has no
  closing full stop, question or exclamation mark, and is short (3 to 16
  words): the shape of a headline or a wire lead's label, never of a
  sentence of running text.  An article's first line, followed by more
  text, is its title and may close with a full stop or a semicolon (a
  quarter of PolNeAR's titles do: "Rival Rampages to Lead in Poll.");
* :func:`verb_slot` -- the word in the verb's slot of a sentence with no
  verb: the first word that can be a verb (a verb the lexicons know) right
  after a noun that ends its subject, agreeing with it (a verb in ``-s``
  after a singular noun, "Court Sentences"; a base form after a plural, a
  collective or a coordination, "Police Fire", "Rebels Attack"; never right
  after a nationality, "Russian Forces"), and before its object, a
  preposition, or the line's end.  "Drone Strike Kills" keeps "Strike" a
  noun (a base form after a singular noun is a compound) and takes "Kills".
"""

from __future__ import annotations

import re

__all__ = ["is_headline_line", "verb_slot", "TERMINAL", "may_be_headline", "people_before_verb", "coordinated_verb"]

#: Tokens that close a sentence of running text (or a quotation), never a headline.
TERMINAL = frozenset({".", "?", "!", '"', "”", "'", "’", ":", ";", ",", "...", "…", ")"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NONSPACE = re.compile(r"\S")
#: Parts of speech that may end a subject noun phrase right before the verb.
_SUBJECT_END = frozenset({"NOUN", "PROPN", "NUM"})
#: Parts of speech that may follow the verb: its object, or a preposition opening a phrase.
_AFTER_VERB = frozenset({"NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON", "ADP"})
#: Quote marks that may open a headline verb's object ("Rival Stirs 'Ugliness'").
_OPENING_QUOTES = frozenset({"'", "‘", '"', "“"})
#: Words that join a headline's second verb to its first ("Backs Tax Bill and Denounces Critics").
_COORDINATORS = frozenset({"and", "&"})
#: Parts of speech that open the object right after a coordinated headline verb.
_OBJECT_START = frozenset({"NOUN", "PROPN", "DET", "NUM", "ADJ"})
#: Parts of speech a tagger gives a headline verb it did not recognise.
_MISREAD = frozenset({"NOUN", "PROPN", "ADJ"})


def may_be_headline(words: list[str], a: int, b: int) -> bool:
    """The cheap test before :func:`is_headline_line`: the sentence ``a:b`` ends in no closing
    punctuation, or is the text's first sentence (a title may close with a full stop)."""
    return b - a >= 3 and (words[b - 1] not in TERMINAL or a == 0)


def is_headline_line(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` fills its line, has no closing punctuation and 3-16 words."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", end)
    if text[end : line_end if line_end >= 0 else len(text)].strip():
        return False
    body = text[start:end].rstrip()
    if body[-1:] in (".", ";") and line_end >= 0 and _NONSPACE.search(text, 0, start) is None and _NONSPACE.search(text, line_end):
        body = body[:-1].rstrip()  # an article's title line, which may close with a full stop or a semicolon
    if not body or body[-1] in ".?!\"”'’:;,)…":
        return False
    return 3 <= len(_WORD.findall(body)) <= 16


def people_before_verb(words: list[str], k: int, b: int, pos: list[str] | None = None) -> bool:
    """The word ``k`` in ``-s`` ends the subject and the next word, a verb's base form, is the
    verb: ``k`` is the plural of people who act (an agent or person noun: "Border Guards Fire
    Rubber Bullets"), or the next word opens its object with a number or a determiner ("Air
    Strikes Kill 12 in ..."). "Army Shells Rebel Positions" keeps "Shells": no people, no count."""
    from ..extractors.cameo import _agents
    from ..lexicons import person_nouns
    from .rules.headline_verbs import _verb_lemma

    low = words[k].lower()
    if k + 1 >= b or not low.endswith("s") or low.endswith("ss"):
        return False
    nxt = _verb_lemma(words[k + 1].lower())
    if nxt is None or nxt[1]:
        return False
    if pos is not None and k + 2 < b and pos[k + 2] in ("NUM", "DET"):
        return True
    singular = low[:-1]
    return (low,) in _agents() or (singular,) in _agents() or singular in person_nouns()


def verb_slot(words: list[str], pos: list[str], a: int, b: int) -> tuple[int, str] | None:
    """``(index, lemma)`` of the word in the verb's slot of the verbless sentence ``a:b``
    (see the module docstring), else None."""
    from .headline_case import _common
    from .rules.headline_verbs import _demonyms, _plural, _verb_lemma

    demonyms = _demonyms()
    coordinated = False
    for k in range(a + 1, b):
        prev = words[k - 1].lower()
        if prev in (",", "and", "&"):
            coordinated = True
        if pos[k] not in _MISREAD or prev in demonyms:
            continue
        if pos[k - 1] not in _SUBJECT_END and not (k - 1 == a and pos[k - 1] == "ADJ" and words[k - 1][:1].isupper()):
            continue  # (a capitalised first word read as an adjective is a noun: "Tribunal Sentences")
        w = words[k]
        if pos[k] == "PROPN" and not (w[:1].isupper() and _common(w)):
            continue  # a name, not a capitalised headline verb
        hit = _verb_lemma(w.lower())
        if hit is None:
            continue
        lemma, s_form = hit
        if s_form and people_before_verb(words, k, b, pos):
            continue
        if k + 1 < b and pos[k + 1] not in _AFTER_VERB and words[k + 1] not in _OPENING_QUOTES:
            continue
        counted_object = k + 1 < b and pos[k + 1] in ("NUM", "DET")
        if s_form and (coordinated or _plural(prev)):
            continue
        if not s_form and not (coordinated or _plural(prev) or counted_object):
            continue  # "Drone Strike Kills": a base form after a singular noun is a compound
            # (a number or a determiner after it opens its object: "Taliban Release Two Aid Workers")
        return k, lemma
    return None


def coordinated_verb(words: list[str], pos: list[str], j: int, b: int) -> str | None:
    """The lemma of word ``j`` when it is a headline's second verb, coordinated with a first verb
    in ``-s`` before it ("Senator Backs Tax Bill And *Denounces* Critics", "Sudan Frees
    Journalists and *Lifts* Curfew"), else None. The caller has found that first verb; ``j``
    comes right after "and" (or "&"), is the ``-s`` form of a verb trigger of the event lexicon
    -- the same person and number as the first verb, one subject for both -- and its object opens
    right after it. A plural noun there ("and Bonds Slip") has no object after it, and a plural
    that is no trigger verb ("Cars and Trucks") stays a noun (h3, stop 43, batch 120 B)."""
    from .rules.headline_verbs import _verb_lemma

    if j < 1 or j + 1 >= b or words[j - 1].lower() not in _COORDINATORS:
        return None
    after = words[j + 1].lower()
    if pos[j + 1] not in _OBJECT_START and not (pos[j + 1] == "VERB" and not after.endswith(("s", "ed", "ing"))):
        return None  # (a base form after it opens its object as a modifier: "and Slams Protest Organisers")
    hit = _verb_lemma(words[j].lower())
    if hit is None or not hit[1] or hit[0] not in _trigger_verb_heads():
        return None
    return hit[0]


_TRIGGER_VERB_HEADS: frozenset[str] | None = None


def _trigger_verb_heads() -> frozenset[str]:
    """The first word of every VERB row of ``event_triggers.tsv`` ("lift" of "lift curfew")."""
    global _TRIGGER_VERB_HEADS
    if _TRIGGER_VERB_HEADS is None:
        from ..lexicons import rows

        _TRIGGER_VERB_HEADS = frozenset(r[0].split()[0] for r in rows("event_triggers.tsv") if len(r) > 1 and r[1] == "VERB" and r[0].strip())
    return _TRIGGER_VERB_HEADS
