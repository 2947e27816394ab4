"""Heuristic UPOS tags and lemmas.

No statistical model: closed-class words come from ``function_words.tsv``,
verb lemmas from ``irregular_verbs.tsv`` and the lemmas the extractors care
about (speech verbs, denial cues, event triggers), and everything else from
suffixes and capitalisation.  It is right often enough for the surface rules
that use it, and it never needs a download.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import is_, itemgetter

from ...lexicons import group_nouns, org_nouns, person_nouns, rows, titles, word_class, words
from ...lexicons.dates import date_class, date_modifiers, date_units, months, relative_date_words, weekdays
from ...lexicons.nouns import unmarked_plurals, wordnet_people
from ..headline_case import _common
from .word_facts import facts_of

__all__ = ["tag", "tag_and_lemmatize", "tag_lemmatize_lower", "tag_columns", "lemmatize", "known_lemmas"]

_first, _second, _third, _ninth = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(8)
_PUNCT = re.compile(r"^[^\w]+$")
_NUM = re.compile(r"^\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%)?$")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("function_words.tsv")}


def function_word(word: str) -> bool:
    """Whether ``word`` (any case) is a function word of ``function_words.tsv`` ("the", "in")."""
    return word.lower() in _function_words()


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("irregular_verbs.tsv")}


@lru_cache(maxsize=1)
def known_lemmas() -> frozenset[str]:
    """Single-word verb/noun lemmas named in the lexicons."""
    out: set[str] = set()
    for name in ("speech_verbs.tsv", "event_triggers.tsv"):
        out |= {w.split()[0] for w in words(name) if w and not _participle_modifier(w)}
    # denial cues: only the verb and noun rows are lemmas (others are phrases); a phrasal verb's
    # first word is one ("push back": "pushed" -> "push", not "pushe")
    out |= {r[0].split()[0] for r in rows("denial_cues.tsv") if len(r) > 1 and r[1] in ("verb", "noun")}
    out |= set(_irregular().values())
    return frozenset(out)


def _participle_modifier(entry: str) -> bool:
    """The first word of a multi-word trigger is a participle in -ed that modifies the head noun
    ("coordinated patrol", "combined drill"): a written form, not a lemma. Taken as one, it kept
    the verb's past from its lemma ("coordinated with Interpol" had no COOPERATE on the rules
    engine; issue 14 batch 88)."""
    first, _, rest = entry.partition(" ")
    return bool(rest) and first.endswith("ed")


@lru_cache(maxsize=1)
def _cameo_verbs() -> frozenset[str]:
    """Single-word verb lemmas of the CAMEO verb dictionary (``cameo_verbs.tsv``)."""
    return frozenset(r[0] for r in rows("cameo_verbs.tsv") if r and " " not in r[0])


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    out = set(_irregular().values())
    for name, pos_col in (("speech_verbs.tsv", None), ("event_triggers.tsv", 1), ("denial_cues.tsv", 1)):
        try:
            for r in rows(name):
                if pos_col is None or (len(r) > pos_col and r[pos_col] in ("VERB", "verb")):
                    out.add(r[0].split()[0])
        except FileNotFoundError:
            continue
    return frozenset(out)


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    return frozenset(r[0] for r in rows("speech_verbs.tsv") if " " not in r[0])


def _candidates(low: str) -> list[str]:
    cands = []
    if len(low) == 4 and low.endswith(("ied", "ies")):
        cands.append(low[:-1])  # "tied", "died", "lies": the verb ends in -ie
    elif low.endswith("ied") or low.endswith("ies"):
        cands.append(low[:-3] + "y")
    if low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        cands += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            cands.append(stem[:-1])
    if low.endswith("ed") and (len(low) > 4 or _short_participle(low)):
        stem = low[:-2]
        cands += [low[:-1], stem]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            cands.append(stem[:-1])
    if low.endswith("es") and len(low) > 4:
        cands.append(low[:-2])
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        cands.append(low[:-1])
    return cands


_VOWELS = frozenset("aeiouy")


def _short_participle(low: str) -> bool:
    """A four-letter word in -ed that is a verb's past: "sued", "owed", "used", "aged", "eyed" (a vowel
    in its first two letters), not "need", "seed", "shed" or "sled" (the irregular "fled", "bled",
    "bred", "sped" are in ``irregular_verbs.tsv``)."""
    return len(low) == 4 and low.endswith("ed") and not low.endswith("eed") and (low[0] in _VOWELS or low[1] in _VOWELS)


def lemmatize(word: str, pos: str) -> str:
    """The lemma of ``word`` read with the tag ``pos``.

    Not cached here: the tagger keeps each word's lemmas in its per-word
    facts (:func:`_facts`), which hold only strings, so that the garbage
    collector can stop tracking them (an ``lru_cache`` keeps a tracked list
    per entry).
    """
    if pos == "PROPN":
        return word
    low = word.lower()
    if pos in ("VERB", "NOUN"):
        return _verb_or_noun_lemma(low, pos, None)
    irregular = _irregular().get(low)
    if irregular and pos in ("AUX", "PART"):
        return irregular
    return low


def _verb_or_noun_lemma(low: str, pos: str, cands: list[str] | None) -> str:
    """:func:`lemmatize` of a word with the tag ``VERB`` or ``NOUN``, given its lower case and, when the
    caller has them already, its :func:`_candidates` (a new word's facts need both lemmas)."""
    if pos == "VERB":
        irregular = _irregular().get(low)
        if irregular:
            return irregular
    if low in known_lemmas():
        return low
    if cands is None:
        cands = _candidates(low)
    if low.endswith("es") and not low.endswith(_ES_PLURAL + ("oes",)):
        # -es follows only a sibilant or an o ("passes", "watches", "goes"): "sites" -> "site", not
        # "sit"; "notes" -> "note", not "not"
        cands = [c for c in cands if c != low[:-2]]
    if pos == "VERB" and low.endswith(("ing", "ed")):
        # a verb's own lemma before any other known word, never a closed-class word: "noting" ->
        # "note", not "not";
        # "caring" -> "care", not "car" (issue 14, a17: "..., noting that ..." was no cue)
        verbs, closed = _verb_lemmas(), _function_words()
        for c in cands:
            if c in verbs and c not in closed:
                return c
    known = known_lemmas()
    for c in cands:
        if c in known:
            return c
    if pos == "VERB":
        # a verb of the CAMEO dictionary: "pounded" -> "pound", not "pounde" (the verb patterns
        # look verbs up by lemma); the dictionary only picks among the candidates, it tags nothing
        cameo = _cameo_verbs()
        for c in cands:
            if c in cameo:
                return c
    if pos == "NOUN" and low.endswith("s"):
        return noun_singular(low)
    if pos == "VERB" and low.endswith(("ed", "ing")) and len(cands) > 2:
        # a doubled final consonant: spelling ("rubbed" -> "rub", "jogging" -> "jog"), except where
        # the stem has it too ("buzzed" -> "buzz", "stuffed" -> "stuff")
        single, double = cands[-1], (low[:-2] if low.endswith("ed") else low[:-3])
        return double if single[-1] in _DOUBLED_IN_STEM else single
    return cands[0] if cands and pos == "VERB" else low


#: Consonants that stay doubled in a verb's stem ("passed", "called", "buzzed", "stuffed").
_DOUBLED_IN_STEM = frozenset("lszf")

_ES_PLURAL = ("sses", "shes", "ches", "xes", "zzes", "tzes")


def noun_singular(low: str) -> str:
    """The singular of the lowercased plural noun ``low``, by English spelling rules.

    "deliveries" -> "delivery", "churches" -> "church", "taxes" -> "tax", "prizes" -> "prize",
    "states" -> "state"; the exceptions frequent in news ("movies", "crises", "embargoes",
    "thieves") are in ``noun_plurals.tsv``.  Words too short to carry a suffix stay as they are.
    """
    irregular = _noun_plurals().get(low)
    if irregular is not None:
        return irregular
    if len(low) <= 3 or low.endswith("ss") or low.endswith("us") or low.endswith("is"):
        return low  # "gas", "boss", "status", "crisis": no plural suffix
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(_ES_PLURAL):
        return low[:-2]
    return low[:-1]


@lru_cache(maxsize=1)
def _noun_plurals() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("noun_plurals.tsv")}


#: Words after which a noun phrase goes on: articles and possessives (not "that", "this", "her":
#: "a storm that hit", "those hit by", "told her shot").
_NOMINAL_DETERMINERS = frozenset(("a", "an", "the", "its", "their", "his", "our", "my", "your", "every", "each", "another", "no"))
#: Modal auxiliaries: the word after one is its verb.
#: Forms of "do" that carry a negated plain verb ("did not receive", "doesn't attend").
_DO_FORMS = frozenset({"do", "does", "did"})
#: Negators between do-support and its verb.
_NEGATORS = frozenset({"not", "n't", "never"})
_MODALS = frozenset(("will", "would", "shall", "should", "can", "could", "may", "might", "must"))
#: Modifiers the tagger may read as nouns that open a noun phrase's gerund head ("his first meeting",
#: "the annual meeting", "the latest round of talks").
_ORDINAL_MODIFIERS = frozenset({"first", "second", "third", "last", "next", "final", "latest", "annual", "previous", "recent", "weekly", "monthly"})

#: Function-word tags that end a noun phrase (a comma too): an adjective-looking word before one is the head noun.
_PHRASE_ENDS = frozenset(("ADP", "AUX", "SCONJ", "PART", "DET", "PRON", "PUNCT"))


def _past_verb_with_object_next(fs: list, k: int) -> bool:  # type: ignore[type-arg]
    """The word after ``k`` is an irregular past verb form whose own next word opens a noun phrase
    (a determiner, pronoun or number): "The general *gave the* rebels ...", "The accused *told
    the* court"; an adjective cannot sit between a determiner and such a verb (stop 30). An
    irregular past of a speech verb needs no such object ("..., the admiral *said*.")."""
    if k + 1 < len(fs) and fs[k + 1][0] is None and fs[k + 1][5] and fs[k + 1][5][0] and _irregular().get(fs[k + 1][2]) in _speech_lemmas():
        return True  # "the admiral said.", "the general told reporters": a speech verb's past whatever follows (a16)
    if k + 2 >= len(fs) or fs[k + 1][0] is not None:
        return False
    context = fs[k + 1][5]
    return bool(context and context[0]) and fs[k + 2][0] in ("DET", "PRON", "NUM")


def _ends_phrase(fs: list, k: int) -> bool:  # type: ignore[type-arg]
    """The word after ``k`` is a fixed-tag function word or punctuation (or there is none)."""
    return k + 1 >= len(fs) or fs[k + 1][0] in _PHRASE_ENDS


@lru_cache(maxsize=1)
def _gazetteer():  # type: ignore[no-untyped-def]
    from ...lexicons import gazetteer

    return gazetteer()


@lru_cache(maxsize=1)
def _ly_nouns() -> frozenset[str]:
    """Nouns, verbs and adjectives in -ly, which the suffix rule would read as adverbs (``ly_words.tsv``)."""
    return words("ly_words.tsv")


@lru_cache(maxsize=1)
def _ly_adjectives() -> frozenset[str]:
    """The adjectives of ``ly_words.tsv`` ("deadly", "early", "quarterly") and the plain adjectives
    of ``engine_words.tsv`` the suffix rules would read as nouns ("political", "eastern")."""
    from ...lexicons import word_class

    return frozenset(r[0] for r in rows("ly_words.tsv") if len(r) > 1 and r[1] == "ADJ") | word_class("engine_words.tsv", "plain-adjective")


@lru_cache(maxsize=1)
def _agent_lemmas() -> frozenset[str]:
    """Single-word generic agents (``agents.tsv`` and ``agents_extra.tsv``), lower case, no titles or names."""
    from ...extractors.cameo import _agents
    from ...lexicons import titles

    gaz, ttl, fw = _gazetteer(), titles(), _function_words()
    out = set()
    for key in _agents():
        low = key[0].lower()
        if len(key) == 1 and low.isalpha() and (low,) not in ttl and (low.capitalize(),) not in gaz and low not in fw:
            out.add(low)
    return frozenset(out)


def _initial_common(w: str) -> bool:
    """A capitalised sentence start that is a common word, not a name: "Heavy snow threatens ...",
    "Inflation eases ...", "Negotiations between ... resumed".

    A word of the lexicons' vocabulary (the headline recaser's test, :func:`..headline_case._common`)
    that no title or gazetteer entry names; in the plural, only an event or speech noun the lexicons
    know.  Agent words and nouns for people or bodies keep the name reading the actor rules rely on
    at the start of a sentence ("Aircraft struck ...", "Prisoners were ..."), and the caller keeps a
    word before another capitalised word a name ("Amnesty International", "Human Rights Watch").
    """
    low = w.lower()
    if low in _agent_lemmas():
        return False  # an agent word the actor rules do not type bare ("Aircraft struck ..."): a name, as before
    if low.endswith("s") and not low.endswith("ss"):
        # "Negotiations between ...", "Talks ...": event nouns; people ("Prisoners were ...") stay names
        lemma = noun_singular(low)
        return lemma in known_lemmas() and lemma not in person_nouns() and lemma not in group_nouns() and lemma not in org_nouns()
    return _common(w) and (low,) not in titles() and (w,) not in _gazetteer()


#: Counting nouns whose plurals start sentences: "Hundreds of ...", "Thousands of ...".
_COUNTING_NOUNS = ("hundred", "thousand", "million", "billion", "dozen")


def _initial_noun(low: str) -> bool:
    """A plural common noun that starts sentences in news copy and is no name there: "Workers at the
    plant walked out", "Gunmen abducted ...", "Shareholders sued ...", "Hundreds of protesters ...".

    The plural of a generic agent (``agents.tsv``; the actor rules type it as a noun in any position)
    or a collective in -men/-people/police, as the headline tagger reads a headline's first word
    (:func:`.headline_verbs._typed_first_word`), or a counting noun in the plural.  Singular agent
    words stay names at the start of a sentence ("Bank of England", "Army Chief ..."), titles too
    ("President Lula said"), and so do gazetteer names.
    """
    agents = _agent_lemmas()
    if low.endswith(unmarked_plurals()):
        return low in agents
    if not low.endswith("s") or low.endswith("ss"):
        return False
    lemma = noun_singular(low)
    return lemma != low and (lemma in agents or lemma in _COUNTING_NOUNS)


#: Suffixes read as adjectives, after a determiner or preposition and otherwise.
_ADJ_AFTER_DET = ("ous", "ive", "ful", "ic", "al", "able", "ible", "ian", "ese")
_ADJ_SUFFIXES = ("ous", "ive", "ful", "ic", "able", "ible")
#: Word -> its context-free facts (see :func:`_facts`); bounded, cleared when full.
#: Keys and values are strings, booleans, ``None`` and tuples of those only: CPython's
#: collector untracks such tuples and dictionaries, so this table, which lives as long
#: as the process, adds nothing to the work of a full collection.
_FACTS: dict[str, tuple] = {}  # type: ignore[type-arg]
_FACTS_MAX = 200_000


def _facts(w: str) -> tuple:  # type: ignore[type-arg]
    """Everything :func:`tag_and_lemmatize` needs to know about ``w`` that does not depend on its neighbours.

    Computed once per distinct word, so the per-token work is a dictionary
    lookup: ``(tag, lemma, lower case, function-word tag, a name unless
    sentence-initial, context facts, verb lemma, noun lemma, lemma in lower
    case, verb lemma in lower case, noun lemma in lower case)``.  ``tag`` and
    ``lemma`` (and the lemma in lower case) are set when the word's tag never
    depends on its context (punctuation, numbers, function words, capitalised
    words that read as names even at the start of a sentence), and ``None``
    otherwise.  The context facts (a tuple) are read for the other words,
    whose tag depends on the previous word; their lemma is the verb or noun
    lemma, or the lower case for any other tag (as :func:`lemmatize` gives).
    The lower-case lemmas are the document's :meth:`~newsmodel.document.AnnotatedDocument.lowered_lemmas`,
    which the event rules read, made here once per word instead of once per token.
    """
    low = w.lower()
    fw = _function_words()
    fw_tag = fw.get(low)
    if fw_tag is not None and len(w) > 1 and w.isupper() and (w,) in _gazetteer():
        return ("PROPN", w, low, None, False, None, None, None, low, None, None)  # "US": a country, not the pronoun
    if _PUNCT.match(w) and not w[:1].isalnum():
        fixed = "PUNCT" if not any(ch.isalnum() for ch in w) else "X"
        return _fixed(fixed, lemmatize(w, fixed), low, fw_tag)
    if _NUM.match(w):
        return _fixed("NUM", lemmatize(w, "NUM"), low, fw_tag)
    if fw_tag is not None:
        return _fixed(fw_tag, lemmatize(w, fw_tag), low, fw_tag)
    verbs = _verb_lemmas()
    speech = _speech_lemmas()
    irregular = _irregular()
    cands = _candidates(low)
    # a capitalised sentence-initial word is a name unless it reads as a common word (tested only for
    # a capitalised word: the lexicon tests are the dearest part of a new word's facts)
    cap = w[:1].isupper()
    if cap and (not low.endswith("ly") or (w,) in _gazetteer()) and not (
        low in verbs or low in known_lemmas() or any(c in verbs for c in cands) or _initial_noun(low) or _initial_common(w)
    ):
        return ("PROPN", w, low, None, False, None, None, None, low, None, None)  # lemmatize() leaves a proper noun as written
    context = (
        low in irregular and irregular[low] not in ("be", "have", "do"),  # irregular verb
        low.endswith("ly") and len(low) > 4 and low not in verbs and low not in known_lemmas() and low not in _ly_nouns(),  # adverb
        low in verbs,
        low.endswith("ing"),
        low.endswith("ed"),
        "ADJ" if low.endswith(_ADJ_AFTER_DET) or low in _ly_adjectives() else "NOUN",  # the tag after a determiner
        low.endswith(("ed", "ing")) and len(low) > 4 or _short_participle(low),  # participle
        low in speech or any(c in speech for c in cands),  # speech verb
        low.endswith("s") and any(c in verbs for c in cands),  # verb in -s
        low.endswith(_ADJ_SUFFIXES) or low in _ly_adjectives(),  # adjective
        low in irregular and low != irregular[low] and low.endswith("n"),  # an irregular participle in -n
    )
    verb_lemma, noun_lemma = _verb_or_noun_lemma(low, "VERB", cands), _verb_or_noun_lemma(low, "NOUN", cands)
    return (None, None, low, None, cap, context, verb_lemma, noun_lemma, None, _lowered(verb_lemma), _lowered(noun_lemma))


#: Forms of "be" that make an -ing verb after them a progressive ("were killing", "been shelling").
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'re", "’re"})  # (no "'s": a possessive, "the party's meeting")


def _after_be(fs: list, k: int) -> bool:  # type: ignore[type-arg]
    """A form of "be" right before word ``k``, or before one adverb in -ly or "still" / "now" /
    "also" between them ("were still shelling", "is reportedly meeting")."""
    if k and fs[k - 1][2] in _BE_FORMS:
        return True
    return k > 1 and (fs[k - 1][2].endswith("ly") or fs[k - 1][2] in ("still", "now", "also")) and fs[k - 2][2] in _BE_FORMS


#: "'s": a possessive ("the party's"), or "is"/"has" after a pronoun ("that's", "he's").
_APOSTROPHE_S = frozenset({"'s", "’s"})


@lru_cache(maxsize=1)
def _gerund_openers() -> frozenset[str]:
    """Prepositions after which an -ing word opens a clause with the verb's own object ("after
    meeting the president", "for meeting the rebel commander": ``gerund-opener`` of ``engine_words.tsv``)."""
    return word_class("engine_words.tsv", "gerund-opener")


@lru_cache(maxsize=1)
def _time_spent_verbs() -> frozenset[str]:
    """Forms of "spend" and the time nouns it takes, which an -ing clause follows ("spends his weeks
    meeting with elders": ``time-spend-verb`` of ``engine_words.tsv``)."""
    return word_class("engine_words.tsv", "time-spend-verb")


def _gerund_clause(fs: list, k: int) -> bool:  # type: ignore[type-arg]
    """The -ing word at ``k`` is the verb of a clause of its own, not a noun: right after a
    preposition of ``gerund-opener`` ("after meeting", "since visiting"), or right after a time noun
    whose verb is a form of "spend" up to three words before ("spent two days meeting with"). The
    lexicons' noun reading ("meeting", "visiting") would leave such a clause without its verb
    lemma, so no trigger matched it (issue 14 batch 143, helper e83 at stop 46)."""
    if not k:
        return False
    if fs[k - 1][2] in _gerund_openers():
        return True
    if fs[k - 1][2] not in _time_words() and fs[k - 1][2] not in _time_spent_verbs():
        return False  # (``time-spend-verb`` lists the time nouns "spent" takes too: "days", "the morning")
    return any(fs[j][2] in _time_spent_verbs() for j in range(max(0, k - 4), k - 1))


#: Words that open the object of a participle after its noun ("a group backing *the* deal",
#: "a committee backing *Governor* Ortiz", "the president meeting *with* elders").
_PARTICIPLE_OBJECT_OPENERS = frozenset({"with", "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those"})


def _postnominal_participle(fs: list, tags: list[str], words_: list[str], k: int) -> bool:  # type: ignore[type-arg]
    """The -ing word at ``k``, tagged a verb, follows a noun and opens its own object: a participle
    modifying the noun ("a group backing the trade deal", "a committee backing Governor Ortiz",
    "the former president meeting with tribal elders"), whose doer the noun names. The lexicons'
    noun reading ("backing", "meeting") left such a verb without its verb lemma, so no trigger
    matched it (issue 14 batch 149, helper e86 at stop 47, PolNeAR train); "a committee meeting
    on Tuesday" opens no object and keeps the noun."""
    if k < 1 or k + 1 >= len(fs) or tags[k - 1] not in ("NOUN", "PROPN") or fs[k - 1][2] in _APOSTROPHE_S:
        return False
    return fs[k + 1][2] in _PARTICIPLE_OBJECT_OPENERS or words_[k + 1][:1].isupper()


def _after_name_possessive(fs: list, tags: list[str], k: int) -> bool:  # type: ignore[type-arg]
    """The -ing word at ``k`` follows the possessive "'s" of a noun or a name ("the envoy's meeting",
    "Macron's meeting") and a preposition or a punctuation mark follows: it heads the possessor's noun phrase, as the
    comment of ``_BE_FORMS`` reads "'s" there. After a pronoun "'s" is "is" or "has" ("he's meeting")."""
    if k < 2 or tags[k - 2] not in ("NOUN", "PROPN"):
        return False
    if fs[k - 1][2] not in _APOSTROPHE_S and not (fs[k - 1][2] in ("'", "’") and fs[k - 2][2].endswith("s")):
        return False  # (a plural's bare apostrophe too: "the leaders' meeting with")
    # only where the -ing word ends its phrase: a preposition or a punctuation mark next ("the
    # envoy's meeting *with*"); before another noun it may be a modifier ("the party's housing
    # plan"), which is left as it was read
    return k + 1 >= len(fs) or fs[k + 1][3] == "ADP" or not fs[k + 1][2][:1].isalnum()


def _noun_infinitive_after_possessive(fs: list, tags: list[str], k: int) -> bool:  # type: ignore[type-arg]
    """The plain word at ``k`` follows a noun's or a name's "'s" and "to" follows it ("the mayor's
    *plan* to close", "the council's *decision* to raise"): the possessed noun with its infinitive.
    After a noun "'s" for "is" or "has" takes no plain verb ("the mayor's plan to" is not "the
    mayor is plan to"), so the word heads the noun phrase; it was read as a verb (after "'s" as a
    particle), and "the governor's plan to raise fuel prices" lost the plan its attack was on."""
    if k < 2 or fs[k - 1][2] not in _APOSTROPHE_S or tags[k - 2] not in ("NOUN", "PROPN"):
        return False
    return k + 1 < len(fs) and fs[k + 1][2] == "to"


@lru_cache(maxsize=1)
def _help_verbs() -> frozenset[str]:
    """Lemmas of the verbs that take a plain infinitive with no object before it ("helped broker":
    ``help-verb`` of ``engine_words.tsv``)."""
    return word_class("engine_words.tsv", "help-verb")


def _after_help(tags: list[str], lemmas: list[str], k: int) -> bool:
    """The word at ``k`` follows a verb of ``help-verb`` directly ("helped broker a ceasefire")."""
    return k > 0 and tags[k - 1] == "VERB" and lemmas[k - 1] in _help_verbs()


@lru_cache(maxsize=1)
def _base_participles() -> frozenset[str]:
    """Participles spelt like their base form that the irregular table does not list (``base_participles.tsv``)."""
    return words("base_participles.tsv")


def _after_copula_or_possessive(fs: list, k: int) -> bool:  # type: ignore[type-arg]
    """The word at ``k`` cannot be a plain verb: it follows a form of "be", an "'s" that stands for
    "is" or "has", or a possessive with a noun after it -- and it is not one of the participles
    spelt like their base.

    English puts no plain verb there: after "be" comes a participle, an adjective or a noun ("is
    trade", "was fine"); after "'s" for "is" or "has" (after a pronoun or "that": "that's fine",
    "he's attacked") a participle, an adjective or a noun.  After a possessive the word heads or
    modifies a noun phrase; only when a plain noun follows ("the embassy's *phone* number") is it
    sure to be a modifier, and after a time's possessive ("Tuesday's raid", "last year's
    ban") the word heads a noun phrase whose time it is -- "the opposition's march to the capital" is left to the rules that read
    the possessor as the act's agent.  The callers leave out words in -ing; "let's" is "let us",
    whose verb follows ("let's support them")."""
    if not k:
        return False
    prev = fs[k - 1][2]
    if prev in _APOSTROPHE_S:
        if k < 2 or fs[k - 2][2] == "let":
            return False
        if fs[k - 2][3] not in ("PRON", "DET") and fs[k - 2][2] not in _time_words() and not _plain_noun_next(fs, k):
            return False  # a possessive ("the party's attack on"): the word heads its noun phrase
    elif prev not in _BE_FORMS:
        return False
    return fs[k][2] not in _base_participles()


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Weekdays and time nouns (``time-word`` of ``sense_words.tsv``) and month names (``dates.tsv``)."""
    return word_class("sense_words.tsv", "time-word") | frozenset(r[0] for r in rows("dates.tsv") if len(r) > 1 and r[1] == "month")


@lru_cache(maxsize=1)
def _time_phrase_openers() -> frozenset[str]:
    """Words that open a time phrase after a noun ("last", "this", "early": ``time-before-to`` of ``sense_words.tsv``)."""
    return word_class("sense_words.tsv", "time-before-to")


@lru_cache(maxsize=1)
def _date_word_modifiers() -> frozenset[str]:
    """Words that modify the date word after them: ``relative`` and ``modifier`` of ``dates.tsv``
    ("last", "next", "past", "late")."""
    return relative_date_words() | date_modifiers()


def _time_phrase_follows(fs: list, k: int) -> bool:
    """"on" or "in" after word ``k``, then a date word (weekday, month, unit), "the" and a date word,
    or a year ("late on Sunday", "early in the evening", "late in 2019")."""
    n = len(fs)
    if k + 2 >= n or fs[k + 1][2] not in ("on", "in"):
        return False
    nxt = fs[k + 2][2]
    if nxt == "the" and k + 3 < n:
        nxt = fs[k + 3][2]
    return nxt in _date_heads() or (len(nxt) == 4 and nxt.isdigit())


@lru_cache(maxsize=1)
def _date_heads() -> frozenset[str]:
    """Weekdays, months and date units of ``dates.tsv`` ("monday", "march", "week"), lower case."""
    return weekdays() | months() | date_units()


#: Punctuation that ends a noun phrase.
_PHRASE_END = frozenset({",", ".", ";", ":", ")"})


def _plain_noun_next(fs: list, k: int) -> bool:  # type: ignore[type-arg]
    """The word after ``k`` is an open-class word that reads as nothing but a noun -- no verb of the
    lexicons, no -ed, -ing or verb -s form, no adverb, and no word that opens a time phrase ("phone
    *number*", "attack *ads*"; not "pledge *last* month") -- or it ends the noun phrase: a comma or
    a full stop, or a form of "be" ("Trump's support was", "Clinton's support, exceeding")."""
    if k + 1 < len(fs) and (fs[k + 1][0] == "PUNCT" and fs[k + 1][2] in _PHRASE_END or fs[k + 1][2] in _BE_FORMS):
        return True  # "Trump's support *was* a mirage", "Clinton's support*,* exceeding ...": the phrase ends; its head is a noun
    if k + 1 >= len(fs) or fs[k + 1][0] is not None or fs[k + 1][2] in _time_phrase_openers():
        return False  # "Berlin's pledge *last* month to ...": a time phrase, not the noun the word modifies
    irregular_verb, adverb, in_verbs, ends_ing, ends_ed, _after_det, participle, _speech, verb_s, _adj, _n = fs[k + 1][5]
    return not (irregular_verb or adverb or in_verbs or ends_ing or ends_ed or participle or verb_s)


def _progressive_stem(low: str) -> str:
    """The verb lemma of an -ing word whose own lemma is a lexicon noun ("killing" -> "kill",
    "meeting" -> "meet", "shelling" -> "shell"): the first of its stem candidates that the lexicons
    know, else the word."""
    known = known_lemmas()
    return next((c for c in _candidates(low) if c in known), low)


def _fixed(tag: str, lemma: str, low: str, fw_tag: str | None) -> tuple:  # type: ignore[type-arg]
    """The facts of a word whose tag never depends on its context (see :func:`_facts`)."""
    return (tag, lemma, low, fw_tag, False, None, None, None, _lowered(lemma), None, None)


def _lowered(s: str) -> str:
    """``s.lower()``, as ``s`` itself when it is in lower case already (one string kept, not two)."""
    low = s.lower()
    return s if low == s else low


def _disagrees(subject: str, subject_tag: str, low: str, ends_ed: bool, context: tuple) -> bool:  # type: ignore[type-arg]
    """A base-form verb cannot follow a singular common noun as its subject ("his home state",
    "the TV show", unlike "lawmakers say", "police say"): the pair is a compound noun.  Nor a
    nationality adjective ("a Palestinian state", "Iranian state television")."""
    if ends_ed or low.endswith("s") or context[0]:
        return False
    if subject_tag == "PROPN":
        return subject in _demonym_adjectives()
    if subject_tag != "NOUN":
        return False
    return not subject.endswith("s") and not subject.endswith(unmarked_plurals())


@lru_cache(maxsize=1)
def _demonym_adjectives() -> frozenset[str]:
    """Lower-case one-word nationality adjectives of the gazetteer ("palestinian", "iranian"); the
    plural people's names ("palestinians") are left out: they can be a verb's subject."""
    return frozenset(k[0].lower() for k, v in _gazetteer().items() if len(k) == 1 and v[0] == "demonym" and not k[0].endswith("s"))


@lru_cache(maxsize=1)
def _plural_quantifiers() -> frozenset[str]:
    """Words that open a plural noun phrase ("few", "many", "other": ``plural-quantifier`` of ``engine_words.tsv``)."""
    return word_class("engine_words.tsv", "plural-quantifier")


@lru_cache(maxsize=1)
def _bare_infinitive_verbs() -> frozenset[str]:
    """Verbs whose object may be followed by a plain verb ("let her speak", "made her resign":
    ``bare-infinitive-verb`` of ``engine_words.tsv``); after any other word "her" is a possessive."""
    return word_class("engine_words.tsv", "bare-infinitive-verb")


#: Quantity words that, after a determiner, a preposition or a verb, open a noun phrase ("the most
#: support", "with more support", "drawing more support"): no plain verb follows them there.
_QUANTITY_DETERMINERS = frozenset({"more", "most"})


@lru_cache(maxsize=1)
def _subject_adverbs() -> frozenset[str]:
    """Adverbs without -ly that stand between a subject and its verb ("also", "still": ``subject-adverb`` of ``engine_words.tsv``)."""
    return word_class("engine_words.tsv", "subject-adverb")


def _noun_after_pronoun_determiner(fs: list, tags: list[str], k: int) -> bool:  # type: ignore[type-arg]
    """The word at ``k`` (with a noun and a verb reading) stands where English puts a noun: after
    "whose"; after "her" used as a possessive -- no bare-infinitive verb before it ("made her
    resign") -- or after "more" / "most" that follows a determiner, a preposition or a verb
    ("the most support", "drawing more support").  The rules tagger read "her support", "whose
    support", "more support" as the verb (issue 14, stop 41, e54: PolNeAR train, rules engine)."""
    if not k:
        return False
    prev = fs[k - 1][2]
    if prev == "whose":
        return True
    if prev == "her":
        return k < 2 or fs[k - 2][2] not in _bare_infinitive_verbs()
    return prev in _QUANTITY_DETERMINERS and k > 1 and tags[k - 2] in ("DET", "ADP", "VERB")


@lru_cache(maxsize=1)
def _plural_noun_cues() -> frozenset[str]:
    """Speech verbs in -s that news mostly uses as plural nouns ("states", "remarks": ``plural-noun-cue`` of ``engine_words.tsv``)."""
    return word_class("engine_words.tsv", "plural-noun-cue")


@lru_cache(maxsize=1)
def _name_compound_cues() -> frozenset[str]:
    """Base-form speech verbs that after a singular name head a compound noun ("Ohio state senator":
    ``name-compound-cue`` of ``engine_words.tsv``)."""
    return word_class("engine_words.tsv", "name-compound-cue")


#: Words and marks that open a cue's complement right after it ("the memo states that", "the ad
#: states.", "the filing states: ...").
_COMPLEMENT_OPENERS = frozenset({"that", ":", ",", ".", '"', "“", "''", "``"})


def _plural_noun_here(fs: list, words_: list[str], tags: list[str], k: int) -> bool:  # type: ignore[type-arg]
    """The word in -s at ``k`` is a plural noun, not a verb, by its left neighbour (issue 14, a14).

    A plural quantifier or a number above one cannot be the subject of a verb in -s (number
    agreement: "many say", never "many says"), so "few states", "25 other states", "two reports"
    are nouns.  A speech verb that news mostly uses as a plural noun (``plural-noun-cue``) after a
    noun or name is a verb only when its complement opens right after it -- "that" with no verb
    next (not the relative "states that have voted"), a colon, a comma, a full stop or a quote
    mark: "the memo states that ..." and "..., the ad states." keep their verb, "swing states
    like Ohio", "court documents and records" read the noun.
    """
    prev_low, prev_tag = fs[k - 1][2], tags[k - 1]
    if prev_low in _plural_quantifiers() or prev_tag == "NUM" and prev_low not in ("one", "1") and prev_low.isalnum():
        return True
    if k > 1 and fs[k - 2][2] == "in" and prev_tag == "NOUN" and (k + 1 >= len(fs) or fs[k + 1][3] == "ADP" or not fs[k + 1][2][:1].isalnum()):
        # "were in quiet talks with the envoys", "is in peace talks.": after "in" and a modifier a
        # word in -s ending the phrase is the head noun; "in" takes no clause whose verb it
        # could be (e83, stop 46)
        return True
    if fs[k][2] not in _plural_noun_cues() or prev_tag not in ("NOUN", "PROPN", "ADJ"):
        return False
    if k + 1 >= len(fs):
        return False
    nxt = fs[k + 1][2]
    if nxt not in _COMPLEMENT_OPENERS:
        return True
    if nxt == "that" and k + 2 < len(fs):
        after = fs[k + 2]
        if after[3] == "AUX" or after[5] is not None and (after[5][0] or after[5][4] or after[5][8]):
            return True  # "states that have voted", "states that voted": a relative clause on the noun
    return False


#: Tags a subject noun phrase opening a clause is made of ("Senator Ana Pike of Oregon", "A
#: majority of teachers", "Dow's chief executive"); "of" and the possessive "'s" join its parts.
_SUBJECT_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_SUBJECT_PHRASE_JOINERS = frozenset({"of", "'s", "’s", "his", "her", "its", "their", "our", "my"})
#: Marks and words that may stand before the subject of a clause: a quote closed before it
#: ('"...," Lena Ortiz, the union's head, tells'), a conjunction ("But", "Yet").
_CLAUSE_OPENERS = frozenset({'"', "“", "”", "''", "``", "‘", "’", ",", "but", "and", "yet", "so"})


def _closes_parenthetical(fs: list, tags: list[str], sentence_initial: list[bool], k: int) -> bool:  # type: ignore[type-arg]
    """The comma before ``k`` closes a parenthetical set after the noun phrase that opens the clause.

    "Ravi Mehta, a history professor, writes that ...", "The farmers, like their neighbours,
    argue ...", "A majority of teachers, 58 percent, say ...": a clause that opens with a noun
    phrase and a parenthetical between commas needs its verb next, so the speech word after the
    closing comma is that verb, not a noun (number agreement aside, a noun there would leave the
    subject with no verb). A clause opening with anything else ("Amid the protests, calls for
    reform grew") is not this shape; nor is a speech word with "of" after it ("claims of fraud").
    Issue 14, helper a16 at stop 41.
    """
    if k + 1 < len(fs) and fs[k + 1][2] in ("of", ",", "."):
        return False
    # back to the start of the sentence or to the quote the clause follows
    j = k - 1
    while j > 0 and not sentence_initial[j] and k - j < 45 and fs[j - 1][2] not in _CLAUSE_OPENERS - {","}:
        if fs[j][2] in (";", ":", "(", ")") or fs[j][2] == "." and not (len(fs[j - 1][2]) == 1 and fs[j - 1][2].isalpha()):
            return False  # a clause break; not the stop of a middle initial ("Ana T. Pike")
        j -= 1
    while j < k and fs[j][2] in _CLAUSE_OPENERS:
        j += 1  # the closing quote and its comma, or an opening conjunction
    first_comma = next((c for c in range(j, k - 1) if fs[c][2] == ","), None)
    if first_comma is None or first_comma == j or first_comma - j > 10:
        return False  # one comma only: no parenthetical between two
    segment = range(j, first_comma)
    if not all(tags[x] in _SUBJECT_PHRASE_TAGS or fs[x][2] in _SUBJECT_PHRASE_JOINERS or fs[x][2] == "." and len(fs[x - 1][2]) == 1 for x in segment):
        return False
    return tags[first_comma - 1] in ("NOUN", "PROPN") and fs[j][2] not in ("of", "'s", "’s")


@lru_cache(maxsize=1)
def _share_nouns() -> frozenset[str]:
    """Nouns that name a share of a counted group ("percent", "third", "majority": ``share-noun`` of ``engine_words.tsv``)."""
    return word_class("engine_words.tsv", "share-noun")


#: Words that open the complement of a speech verb after its subject: a subject pronoun, the
#: complementizer, a determiner, a colon or a quote mark ("say they", "say that", "said the").
_SHARE_COMPLEMENT_OPENERS = frozenset({"they", "he", "she", "it", "we", "i", "you", "their", "his", "her", "its", "our", "that", "the", "a", "an", "this", "there", ":", '"', "“"})


def _after_share(fs: list, tags: list[str], k: int) -> bool:  # type: ignore[type-arg]
    """A base-form speech word after a share of a counted group is its plural verb ("38 percent
    say they", "one in four say the", "a quarter of renters, 25%, say"), when its complement opens
    next: a number, "percent" or "%" cannot be modified by a noun "say" (issue 14, a16)."""
    if k + 1 >= len(fs) or fs[k + 1][2] not in _SHARE_COMPLEMENT_OPENERS:
        return False
    prev_low = fs[k - 1][2]
    if k > 2 and tags[k - 1] == "VERB" and fs[k - 2][2] == "those":
        prev_low = fs[k - 3][2]  # "42 percent of those polled say": the share before "of those <participle>"
        return prev_low == "of"
    if k > 1 and prev_low == ",":
        prev_low = fs[k - 2][2]  # "A quarter of renters, 25%, say"
        return prev_low.endswith("%")
    return tags[k - 1] == "NUM" and not (len(prev_low) == 4 and prev_low.isdigit()) or prev_low in _share_nouns() or prev_low.endswith("%")


def _verb_follows(fs: list, k: int) -> bool:  # type: ignore[type-arg]
    """The word after ``k`` is a speech verb or an irregular past ("said", "told", "says", "warned"):
    a sentence-initial adverb in -ly is followed by a comma or a subject instead."""
    if k + 1 >= len(fs) or fs[k + 1][5] is None:
        return False
    context = fs[k + 1][5]
    return bool(context[7] and (context[4] or context[8] or context[0]) or context[0] and fs[k + 1][2] in ("said", "told"))


#: Words that open an object noun phrase after a verb in -s ("backs the deal", "meets his rival").
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those"})


def _bare_name_before(fs: list, tags: list[str], sentence_initial: list[bool], k: int) -> bool:  # type: ignore[type-arg]
    """The names before ``k`` form a subject: no determiner, possessive, number or modifier opens the
    name ("the Varga emails", "Mr. Varga's", "two Halvorsen reports" are nouns after a name modifier);
    a nationality adjective is no subject ("the Polish backs")."""
    j = k - 1
    if fs[j][2] in _demonym_adjectives():
        return False
    while j >= 0 and tags[j] == "PROPN":
        if sentence_initial[j]:
            return True
        j -= 1
    if j < 0:
        return True
    return tags[j] in ("PUNCT", "CCONJ", "SCONJ") and fs[j][2] not in _APOSTROPHE_S


def _object_opens(fs: list, words_: list[str], k: int) -> bool:  # type: ignore[type-arg]
    """An object follows the word in -s at ``k``: a determiner or possessive ("backs the deal") or a
    capitalised name ("backs Orban")."""
    if k + 1 >= len(fs):
        return False
    nxt = fs[k + 1]
    return nxt[2] in _OBJECT_OPENERS or words_[k + 1][:1].isupper() and nxt[3] is None and nxt[0] in (None, "PROPN")


def _person_noun_next(words_: list[str], k: int) -> bool:
    """The word after ``k`` is a lower-case singular noun for one person ("general", "admiral",
    "reporter": ``org_words.tsv`` person nouns, a role title, WordNet's people nouns). After an
    article, a past participle before it modifies it ("a retired general"): no verb of the
    article's phrase (issue 14, helper a21 at stop 44: "retired" read as the verb left the general
    no actor on the rules engine). Plurals are left as they were: "released the detained
    journalists late on Saturday" kept its event only by "detained" read as a verb."""
    if k + 1 >= len(words_) or not words_[k + 1][:1].islower():
        return False
    low = words_[k + 1].lower()
    return low in person_nouns() or titles().get((low,)) == "role" or (low in wordnet_people() and not low.endswith("s"))


def _modifies_next(fs: list, words_: list[str], k: int) -> bool:  # type: ignore[type-arg]
    """The word after ``k`` is a lower-case content word a participle can modify (its tag open or NOUN)."""
    if k + 1 >= len(fs):
        return False
    nxt = words_[k + 1]
    return nxt[:1].islower() and fs[k + 1][0] in (None, "NOUN") and not nxt.endswith("ly")


#: Opening quote marks that may stand between "to" and its verb ("vowed to “haul the case”").
_OPENING_MARKS = frozenset({"“", '"', "‘", "'", "``", "''"})
#: The word right before a word :func:`_infinitive_of_taker` can accept: "to", or an opening mark
#: after it.  :func:`tag_columns` tests the previous word against this set before it calls the
#: function (which is False after any other word), since it is asked for most lower-case words.
_TO_OR_MARK = _OPENING_MARKS | {"to"}


@lru_cache(maxsize=1)
def _infinitive_takers() -> frozenset[str]:
    """Verbs that take an infinitive as what they say or promise: the xcomp frames of
    ``cue_frames.tsv`` ("pledge", "vow", "promise", "refuse", "seek")."""
    from ...lexicons import cue_frames  # noqa: PLC0415 (read once, on the first such word)

    return frozenset(lemma for lemma, frames in cue_frames().items() if "xcomp" in frames and " " not in lemma)


def _infinitive_of_taker(fs: list, tags: list[str], lemmas: list[str], k: int) -> bool:  # type: ignore[type-arg]
    """The word at ``k`` follows "to" (and perhaps an opening quote mark) right after a verb that takes
    an infinitive: "pledged to carry", "is promising to “mend”". After such a verb and "to" an
    open-class word can only be the infinitive's verb ("to the voters" opens with a determiner,
    which is no open-class word). Issue 14, helper a17 at stop 41."""
    low = fs[k][2]
    if low.endswith("s") and not low.endswith(("ss", "us")):
        return False  # "pledged to voters": a plural noun, no base-form verb
    j = k - 1
    if j >= 0 and fs[j][2] in _OPENING_MARKS:
        j -= 1
    return j >= 1 and fs[j][2] == "to" and tags[j - 1] == "VERB" and lemmas[j - 1] in _infinitive_takers()


def tag(words_: list[str], sentence_initial: list[bool]) -> list[str]:
    """UPOS tags for the tokens of one document."""
    return tag_and_lemmatize(words_, sentence_initial)[0]


def tag_and_lemmatize(words_: list[str], sentence_initial: list[bool]) -> tuple[list[str], list[str]]:
    """UPOS tags and lemmas (:func:`lemmatize` of each word with its tag) for the tokens of one document."""
    tags, lemmas, _ = tag_lemmatize_lower(words_, sentence_initial)
    return tags, lemmas


def tag_lemmatize_lower(words_: list[str], sentence_initial: list[bool]) -> tuple[list[str], list[str], list[str]]:
    """:func:`tag_and_lemmatize`, and each word in lower case (``str.lower``), which its facts hold."""
    tags, lemmas, lowered, _ = tag_columns(words_, sentence_initial)
    return tags, lemmas, lowered


def tag_columns(words_: list[str], sentence_initial: list[bool]) -> tuple[list[str], list[str], list[str], list[str]]:
    """:func:`tag_lemmatize_lower`, and each lemma in lower case (``str.lower``).

    The tags and lemmas that do not depend on context are read from each
    word's facts by ``map``; a Python loop visits only the other words, in
    order, since their tag depends on the tag of the word before.  The lower
    case words and lemmas are the facts' own strings, one per distinct word.
    A lemma that is the word's lower case stays as it is: ``str.lower`` gives
    a string that lower-cases to itself.
    """
    fs = facts_of(words_, _FACTS, _facts, _FACTS_MAX)
    tags: list[str] = list(map(_first, fs))
    lemmas: list[str] = list(map(_second, fs))
    lowered_lemmas: list[str] = list(map(_ninth, fs))
    date_modifiers = _date_word_modifiers()  # read once, not at every word the loop visits
    time_adverbs = date_class("time-adverb")
    for k in compress(range(len(fs)), map(is_, tags, repeat(None))):
        _, _, low, _, cap, context, verb_lemma, noun_lemma, _, verb_low, noun_low = fs[k]
        if cap and not sentence_initial[k]:
            tags[k], lemmas[k], lowered_lemmas[k] = "PROPN", words_[k], low
            continue
        (irregular_verb, adverb, in_verbs, ends_ing, ends_ed, after_det, participle, speechish, verb_s,
         adjective, n_participle) = context
        if cap and not (in_verbs or participle or irregular_verb or verb_s) and k + 1 < len(fs) and words_[k + 1][:1].isupper() and fs[k + 1][0] in (None, "PROPN"):
            # a name's first word ("Amnesty International", "Human Rights Watch"); not a verb ("Defying Washington")
            tags[k], lemmas[k], lowered_lemmas[k] = "PROPN", words_[k], low
            continue
        if k:
            prev = fs[k - 1]
            prev_low, pf, prev_tag = prev[2], prev[3], tags[k - 1]
        else:
            prev_low, pf, prev_tag = "", None, ""
        if low in date_modifiers and k + 1 < len(fs) and fs[k + 1][2] in _date_heads():
            # "detained the governor *last* month", "late Monday", "in the past week": the date word's
            # modifier, never a noun -- read as one, it joined the object before it into one noun
            # phrase headed by "month", and the event lost its object (lead, stop 41)
            t = "ADJ"
        elif low in time_adverbs and _time_phrase_follows(fs, k):
            # "released the hostages *late* on Sunday", "early in the evening": when, within the
            # date after it, the act was done -- read as a noun, it became the object's head
            t = "ADV"
        elif irregular_verb:
            # no verb follows an article or a possessive: "the cut", "a shot", "its stolen archive"
            t = ("ADJ" if n_participle else "NOUN") if prev_low in _NOMINAL_DETERMINERS else "VERB"
        elif adverb and cap and _verb_follows(fs, k):
            tags[k], lemmas[k], lowered_lemmas[k] = "PROPN", words_[k], low  # "Kelly said", "Reilly told": a name in -ly starts the sentence
            continue
        elif adverb:
            t = "ADV"
        elif prev_low == "to" and in_verbs:
            t = "VERB"
        elif prev_low in _TO_OR_MARK and words_[k][:1].islower() and _infinitive_of_taker(fs, tags, lemmas, k):
            t = "VERB"  # "pledged to carry", "vowed to “haul the case”": the infinitive a cue verb takes (a17)
        elif pf == "AUX" and prev_low in _MODALS and words_[k - 1].islower():
            t = "VERB"  # "would tighten", "will supply": a modal's verb ("May" is a month)
        elif prev_low in _NEGATORS and k > 1 and fs[k - 2][2] in _DO_FORMS and not (ends_ed or ends_ing or verb_s):
            t = "VERB"  # "did not receive", "does not attend": do-support's plain verb, whatever the word
        elif prev_low in ("or", "nor") and k > 1 and tags[k - 2] == "VERB" and lemmas[k - 2] == fs[k - 2][2] and not (ends_ed or ends_ing or verb_s) and after_det != "ADV":
            t = "VERB"  # "did not seek or receive": a plain verb joined to a plain verb
        elif (verb_s or in_verbs) and prev_tag == "ADV" and pf is None and prev_low.endswith("ly"):
            t = "VERB"  # "categorically denies", "strongly condemn": a manner adverb's verb
        elif pf is not None and (pf == "DET" or pf == "ADP" and not ends_ing or prev_low in _NOMINAL_DETERMINERS) and not ends_ed:
            t = after_det
            if t == "ADJ" and pf != "ADP" and _ends_phrase(fs, k):
                t = "NOUN"  # "the proposal was", "the withdrawal of": no noun follows the adjective
            elif t == "ADJ" and pf == "DET" and _past_verb_with_object_next(fs, k):
                t = "NOUN"  # "The general gave the rebels 48 hours": the head of the subject, before its verb
        elif participle and ends_ed and prev_low in ("a", "an", "the") and _person_noun_next(words_, k):
            t = "ADJ"  # "a retired general", "the jailed reporter": a participle between an article and a noun for people (a21, stop 44)
        elif participle and ends_ed and prev_tag == "VERB" and pf is None and _modifies_next(fs, words_, k):
            t = "ADJ"  # "faced repeated calls", "cited unnamed officials": a participle between a verb and its object
        elif participle and ends_ing and k > 1 and (prev_tag == "ADJ" or prev_low in _ORDINAL_MODIFIERS) and (tags[k - 2] == "DET" or fs[k - 2][2] in _NOMINAL_DETERMINERS):
            t = "NOUN"  # "his first meeting", "a long meeting": a gerund noun after its determiner and modifier
        elif participle and ends_ing and k + 1 < len(fs) and fs[k + 1][2] in ("between", "among") and prev_tag not in ("AUX", "PRON"):
            t = "NOUN"  # "heavy fighting between the army and rebels", "Talking among the parties ...": a gerund noun; "are mediating between" stays a verb
        elif participle and ends_ing and _after_name_possessive(fs, tags, k):
            t = "NOUN"  # "the envoy's meeting with the rebels": a gerund noun headed by its possessor (e83, stop 46)
        elif participle:
            t = "VERB"
        elif in_verbs and not (ends_ed or ends_ing or verb_s or adverb) and _after_help(tags, lemmas, k) and _object_opens(fs, words_, k):
            t = "VERB"  # "helped broker a ceasefire", "helped negotiate the release": the plain verb "help" takes (e83, stop 46)
        elif in_verbs and not ends_ing and _after_copula_or_possessive(fs, k):
            t = after_det  # "that's fine", "the issue is trade", "the embassy's phone number": no plain verb follows either
            if t == "ADJ" and _ends_phrase(fs, k):
                t = "NOUN"  # "Mr. Trump's appeal, ...": no noun follows the word, so it heads its phrase
        elif (in_verbs or verb_s) and not (ends_ed or ends_ing) and _noun_after_pronoun_determiner(fs, tags, k):
            t = after_det  # "her support", "whose support", "the most support": the head of a noun phrase
            if t == "ADJ" and (_ends_phrase(fs, k) or not _plain_noun_next(fs, k)):
                t = "NOUN"  # "her appeal extends": no noun follows the word, so it heads its phrase
        elif in_verbs and not (ends_ed or ends_ing or verb_s) and _noun_infinitive_after_possessive(fs, tags, k):
            t = "NOUN"  # "the mayor's plan to close the clinic": a possessed noun and its infinitive (e87, stop 47)
        elif in_verbs and pf in ("PRON", "AUX", "PART", "ADV"):
            t = "VERB"
        elif k and prev_tag == "PROPN" and low in _name_compound_cues() and not fs[k - 1][2].endswith("s"):
            t = "NOUN"  # "Wisconsin state Rep.", "the Republican state attorney": no verb agrees with a singular name
        elif speechish and not (ends_ing or ends_ed or verb_s) and k and _after_share(fs, tags, k):
            t = "VERB"  # "38 percent say they ...", "one in four say the ...": a share's plural verb
        elif verb_s and not ends_ed and k and _plural_noun_here(fs, words_, tags, k):
            t = "NOUN"  # "few states", "25 other states", "swing states like Ohio": a plural noun, no verb
        elif k and prev_tag in ("NOUN", "PROPN") and pf is None and speechish and not _disagrees(prev_low, prev_tag, low, ends_ed, context) and not (
            k > 1 and fs[k - 2][2] in ("a", "an") and not ends_ed and not low.endswith("s")
        ):
            # "lawmakers say", "Clinton says": a verb right after its subject noun; not after "a"
            # + noun, whose verb would agree ("a police post", not "a spokesman say")
            t = "VERB"
        elif verb_s and (pf == "PRON" or pf == "ADV" and k > 1 and fs[k - 2][3] == "PRON"):
            t = "VERB"  # "she opposes", "she now opposes": a verb in -s after a pronoun (and an adverb)
        elif verb_s and prev_tag == "PROPN" and _bare_name_before(fs, tags, sentence_initial, k) and _object_opens(fs, words_, k):
            t = "VERB"  # "Governor Lena Brandt backs the deal": a name's verb in -s before its object
        elif verb_s and speechish and not ends_ed and pf == "ADV" and prev_low in _subject_adverbs() and k > 1 and tags[k - 2] in ("NOUN", "PROPN"):
            t = "VERB"  # "The Navy veteran also believes that ...": a speech verb in -s after its subject and an adverb (a18)
        elif speechish and not ends_ing and prev_low == "," and _closes_parenthetical(fs, tags, sentence_initial, k):
            t = "VERB"  # "Ravi Mehta, a history professor, writes that ...": the subject's verb after its apposition
        elif adjective:
            t = "NOUN" if prev_tag in ("NOUN", "ADJ") and _ends_phrase(fs, k) else "ADJ"  # "the peace initiative."
        else:
            t = "NOUN"
        tags[k] = t
        if t == "VERB" and ends_ing and verb_lemma == low and (_after_be(fs, k) or _gerund_clause(fs, k) or _postnominal_participle(fs, tags, words_, k)):
            # the progressive of a verb whose -ing form the lexicons list as an event noun too
            # ("were killing villagers", "is meeting the governor", "have been shelling"): the
            # word lemmatised alone keeps the noun ("killing"); after a form of "be" it is the
            # verb's own form (issue 14 batch 83, e42).  Elsewhere the -ing word may be the noun
            # ("the 1995 bombing", "a committee meeting"), so only here -- and where the -ing word
            # opens a clause of its own after a preposition or a time spent ("after meeting the
            # president", "spent two days meeting with officials": :func:`_gerund_clause`, e83).
            stem = _progressive_stem(low)
            lemmas[k] = lowered_lemmas[k] = stem
        elif t == "VERB":
            lemmas[k], lowered_lemmas[k] = verb_lemma, verb_low
        elif t == "NOUN":
            lemmas[k], lowered_lemmas[k] = noun_lemma, noun_low
        else:
            lemmas[k] = lowered_lemmas[k] = low
    _quantity_before_noun(fs, tags)
    return tags, lemmas, list(map(_third, fs)), lowered_lemmas


def _quantity_before_noun(fs: list, tags: list[str]) -> None:  # type: ignore[type-arg]
    """"more" / "most" right before a noun modify it ("sends more tanks", "most countries"): an
    adjective, as UD and spaCy tag them (JJR/JJS), not the adverb the function-word list gives
    for "more likely".  As an adverb it hid the verb's object from the object patterns ("Germany
    Sends More Tanks to Ukraine"; h3, stop 43, batch 120)."""
    last = len(fs) - 1
    for k in compress(range(len(fs)), map(_QUANTITY_DETERMINERS.__contains__, map(_third, fs))):
        if k < last and tags[k] == "ADV" and tags[k + 1] == "NOUN":
            tags[k] = "ADJ"
