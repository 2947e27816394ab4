"""Event triggers (``event_triggers.tsv``) and the filters that drop trigger
words naming no event here ("declined to comment", "cooperation treaty")."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from ...document import AnnotatedDocument, Token
from ...lexicons import gazetteer, months, rows, speech_verbs, weekdays, word_class, word_classes
from ..mentions import POSSESSIVES, RELATIVE_PRONOUNS
from ..roles import kids
from ..tree import be_before
from .asked_acts import asked_of_a_party
from .weapon_compounds import names_a_weapon
from .mandative_clauses import in_mandative_clause
from .party_pacts import pact_nouns, pact_shape


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[tuple[str, ...], str], tuple[str, str | None]]:
    """(lemmas, POS) -> (category, mode) of every trigger. A row whose object is a class
    ("send @relief") stands for one trigger per noun of the class (``object_classes.tsv``):
    a news sentence names the goods, funds or forces in words no pair row could list. A row
    written out word by word wins over the same pair from a class."""
    out: dict[tuple[tuple[str, ...], str], tuple[str, str | None]] = {}
    classed = []
    for r in rows("event_triggers.tsv"):
        if len(r) >= 4:
            mode = None if r[3] in ("-", "") else r[3]
            lemmas = tuple(r[0].lower().split())
            if any(w.startswith("@") for w in lemmas):
                classed.append((lemmas, r[1].upper(), (r[2], mode)))
            else:
                out.setdefault((lemmas, r[1].upper()), (r[2], mode))
    for lemmas, pos, hit in classed:
        for expanded in _expand_classes(lemmas):
            out.setdefault((expanded, pos), hit)
    return out


def _expand_classes(lemmas: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every word sequence ``lemmas`` stands for, each "@class" replaced by a noun of that class
    (an unknown class raises ``KeyError``: a misspelt class name fails loudly)."""
    out: list[tuple[str, ...]] = [()]
    for w in lemmas:
        options = sorted(object_class(w[1:])) if w.startswith("@") else [w]
        out = [(*done, o) for done in out for o in options]
    return out


def object_class(name: str) -> frozenset[str]:
    """The nouns of object class ``name``: the hand-written rows of ``object_classes.tsv`` and
    the rows generated from WordNet 3.0 (``object_classes_wordnet.tsv``, by
    scripts/build_object_classes.py). A class unknown to the hand-written file raises ``KeyError``.

    Each class's union is made once and kept (:data:`_OBJECT_CLASSES`), as the lexicons it joins
    are kept for the process (``word_classes``): the weapons screen of :func:`_verb_object_trigger`
    asks for "arms" once per word of a sentence, and the union cost more than the test (issue 13, s33)."""
    found = _OBJECT_CLASSES.get(name)
    if found is None:
        found = _OBJECT_CLASSES[name] = word_class("object_classes.tsv", name) | word_classes("object_classes_wordnet.tsv").get(name, frozenset())
    return found


#: Object class name -> :func:`object_class`'s union, made at the first call.
_OBJECT_CLASSES: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=1)
def _first_lemmas() -> frozenset[str]:
    """The first lemma of every trigger: a token whose lemma is not one of them starts none."""
    return frozenset(lemmas[0] for lemmas, _ in triggers() if lemmas) | _hyphen_firsts()


@lru_cache(maxsize=1)
def _hyphen_firsts() -> frozenset[str]:
    """The first part of every hyphenated one-word trigger ("cease" of "cease-fire", "sit" of
    "sit-in"): a tokenizer that splits the word at its hyphen gives "cease", "-", "fire"."""
    return frozenset(lemmas[0].split("-")[0] for lemmas, _ in triggers() if len(lemmas) == 1 and "-" in lemmas[0])


@lru_cache(maxsize=1)
def _multi_first_lemmas() -> frozenset[str]:
    """The first lemma of every trigger of two or three words."""
    return frozenset(lemmas[0] for lemmas, _ in triggers() if len(lemmas) > 1)


def match_trigger(doc: AnnotatedDocument, t: Token) -> tuple[int, str, str | None] | None:
    """(length in tokens, category, mode) of the longest trigger at ``t``."""
    first = t.lemma.lower()
    if first not in _first_lemmas():
        # the common case: no trigger starts with this word -- unless it is a verb's noun whose
        # verb makes a trigger with its of-phrase ("the lifting of sanctions", "the suspension of imports")
        return _nominal_object_trigger(doc, t, triggers()) if derived_noun(t) and doc.has_parse else None
    table = triggers()
    if first in pact_nouns() and t.pos == "NOUN" and not pact_shape(doc, t):
        return None  # "signed an agreement with Peru", "the signing of the accord by": no pact of its own (party_pacts)
    if first in words_of("active-object-verb") and t.i > doc.sentences[t.sent].token_start and (
        doc.tokens[t.i - 1].pos in ("DET", "NUM", "ADJ") or doc.tokens[t.i - 1].text.lower() in POSSESSIVES
    ):
        return None  # "enabled the brokered ceasefire": a participle before its noun, the noun's own trigger stays
    if first in _hyphen_firsts():
        split = _split_hyphen_trigger(doc, t, table)
        if split is not None:
            return split  # "a cease-fire", "a sit-in" as three tokens (issue 14 batch 13)
    pos = "NOUN" if t.pos in ("NOUN", "PROPN") else "VERB" if t.pos in ("VERB", "AUX") else t.pos
    if first in _multi_first_lemmas():
        end = min(doc.sentences[t.sent].token_end, t.i + 3)
        words = (first, *doc.lowered_lemmas()[t.i + 1 : end])
    else:
        words = (first,)  # no trigger of two or three words starts with it
    if first in _multi_first_lemmas() and pos == "VERB":
        gapped = _gapped_trigger(doc, t, table) or _verb_object_phrase_trigger(doc, t, table) or _timed_request_trigger(doc, t, table)
        if gapped is not None:
            return gapped
    for n in (3, 2, 1):
        if n > len(words):
            continue
        lemmas = words[:n]
        # "called on Tuesday for the first time": a day, not "call on" (as _split_particle_trigger reads it)
        timed = n > 1 and pos == "VERB" and words[1] == "on" and _opens_a_time(doc, t.i + 1)
        for p in (pos, "VERB", "NOUN") if n > 1 and not timed else () if timed else (pos,):
            hit = table.get((lemmas, p))
            if hit:
                return n, hit[0], hit[1]
        if n == 2 and pos == "VERB":
            gap = _split_particle_trigger(doc, t, table) or _verb_object_trigger(doc, t, table)
            if gap is not None:
                return gap
        if n == 2 and (t.pos == "ADJ" or t.pos == "NOUN" and not doc.has_parse):  # a tagger may call "joint" a noun
            gap = _modified_noun_trigger(doc, t, table)
            if gap is not None:
                return gap
        if n == 1 and pos not in ("NOUN", "VERB"):
            hit = table.get((lemmas, "NOUN")) or table.get((lemmas, "VERB"))
            if hit and t.pos in ("X", "ADJ"):
                return 1, hit[0], hit[1]
    if pos == "NOUN":
        return _gapped_noun_trigger(doc, t, table) or _nominal_object_trigger(doc, t, table)
    if pos == "VERB" and first in _multi_first_lemmas():
        return _from_phrase_trigger(doc, t, table)  # "suspended Gabon from all its activities"
    return None


def _of_object(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The noun of the of-phrase after an event noun ("the release *of* 200 political *prisoners*")."""
    return next((c for c in doc.children(t.i) if c.dep == "nmod" and c.i > t.i and any(g.dep == "case" and g.text.lower() == "of" for g in doc.children(c.i))), None)


def _nominal_object_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """A verb's noun (the same word, "release", "recall", or its gerund, "lifting", "freezing")
    whose of-phrase is the object the verb + object trigger needs: "the recall of its ambassador"
    is "recall ambassador", "the lifting of sanctions" "lift sanction"; and a release verb's noun
    whose of-phrase names captives ("the release of 200 political prisoners"; the verb's own
    test, ``needs-patient`` and ``captive`` in ``event_cues.tsv``). The noun alone stays no
    trigger: "the release of the report", "a press release" (issue 14 batch 19). Parse only."""
    if not doc.has_parse:
        return None
    obj = _of_object(doc, t)
    if obj is None:
        return None
    lemma = t.lemma.lower()
    verbs = [lemma]
    if lemma.endswith("ing") and len(lemma) > 5:
        stem = lemma[:-3]
        verbs += [stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem]  # lifting, easing, freezing, cutting
    for v in dict.fromkeys(verbs):
        for noun in dict.fromkeys((obj.lemma.lower(), obj.text.lower())):
            hit = table.get(((v, noun), "VERB"))
            if hit:
                return 1, hit[0], hit[1]
        alone = table.get(((v,), "VERB"))
        if alone and v in words_of("needs-patient") and obj.lemma.lower() in words_of("captive") | {"prisoner", "hostage", "detainee"}:
            return 1, alone[0], alone[1]
    if lemma.endswith(_NOMINAL_SUFFIXES):
        # "the suspension of seafood imports": a derived noun whose verb ("suspend") makes a
        # verb + object trigger with the of-phrase; the verb is the one that shares the noun's
        # stem (all but its last letter, at least five letters)
        for noun in dict.fromkeys((obj.lemma.lower(), obj.text.lower())):
            for verb, hit in _verbs_by_object().get(noun, ()):
                stem = verb[: max(5, len(verb) - 1)]
                if len(verb) >= 5 and lemma.startswith(stem):
                    return 1, hit[0], hit[1]
    return None


def surface_passive_measure(doc: AnnotatedDocument, verb: Token) -> bool:
    """Without a parse: the passive verb's subject is the object of its verb + object trigger
    ("New sanctions were imposed", "Tariffs were slapped"), not the one the act is done to."""
    subj = surface_passive_subject(doc, verb)
    far = surface_far_passive_subject(doc, verb)
    if subj is None and far is None:
        return False
    sent = doc.sentences[verb.sent]
    nxt = doc.tokens[verb.i + 1].text.lower() if verb.i + 1 < sent.token_end else ""
    prt = (nxt,) if nxt in _PARTICLES else ()
    v = verb.lemma.lower()
    nouns = [n for x in (subj, far) if x is not None for n in _noun_forms(x)]
    return any(((v, *prt, n), "VERB") in triggers() or ((v, n), "VERB") in triggers() for n in nouns)


def _noun_forms(noun: Token) -> tuple[str, ...]:
    """The noun's lemma and written form, and the written form's singular ("Tariffs" -> "tariff")."""
    low = noun.text.lower()
    forms = [noun.lemma.lower(), low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    elif low.endswith("s"):
        forms.append(low[:-1])
    return tuple(dict.fromkeys(forms))


def _yields_to_surface_passive(doc: AnnotatedDocument, noun: Token) -> bool:
    """Without a parse: the noun is the subject of a passive verb + object trigger a few words on
    ("New sanctions were imposed on ...")."""
    sent = doc.sentences[noun.sent]
    for k in range(noun.i + 2, min(sent.token_end, noun.i + 5)):
        v = doc.tokens[k]
        if v.pos == "VERB":
            subj = surface_passive_subject(doc, v)
            if subj is None or subj.i != noun.i:
                return False
            prt = doc.tokens[k + 1].text.lower() if k + 1 < sent.token_end and doc.tokens[k + 1].text.lower() in _PARTICLES else None
            v_lemma = v.lemma.lower()
            return any(((v_lemma, *((prt,) if prt else ()), n), "VERB") in triggers() for n in _noun_forms(noun))
    return False


def _under_risk_noun(doc: AnnotatedDocument, t: Token, last: Token) -> bool:
    """The event noun is the of-phrase of a ``risk-noun`` of ``event_cues.tsv`` ("fears *of new
    sanctions*", "the threat *of attacks* on shipping", "a history *of arrests*"): a kind of event,
    not one reported. With a parse its head; without one the words just before it."""
    risk = words_of("risk-noun")
    if doc.has_parse:
        if last.dep != "nmod" or last.head is None or last.head >= t.i:
            return False
        head = doc.tokens[last.head]
        return head.lemma.lower() in risk and any(c.dep == "case" and c.text.lower() == "of" for c in doc.children(last.i))
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos in ("DET", "ADJ", "NUM"):
        k -= 1  # "fears of *new* sanctions", "the threat of *a* crackdown"
    if k <= sent.token_start or doc.tokens[k].text.lower() != "of":
        return False
    w = doc.tokens[k - 1]
    low = w.text.lower()
    return w.lemma.lower() in risk or low in risk or low.rstrip("s") in risk


def _object_of_verbal_noun(doc: AnnotatedDocument, noun: Token) -> bool:
    """"the imposition *of a curfew*", "the lifting *of sanctions*": the noun is the of-phrase of
    a verb's noun that :func:`_nominal_object_trigger` reads as one verb + object event."""
    if not doc.has_parse or noun.dep != "nmod" or noun.head is None:
        return False
    head = doc.tokens[noun.head]
    if head.pos != "NOUN" or (of := _of_object(doc, head)) is None or of.i != noun.i:
        return False
    if head.lemma.lower() in _first_lemmas() and (((head.lemma.lower(),), "NOUN") in triggers()):
        return False  # a trigger of its own ("the withdrawal of troops"): its of-phrase is its role
    return _nominal_object_trigger(doc, head, triggers()) is not None


def derived_noun(t: Token) -> bool:
    """A noun that may be a verb's ("lifting", "suspension", "withdrawal"; :func:`_nominal_object_trigger`)."""
    return t.pos == "NOUN" and t.lemma.lower().endswith(("ing", *_NOMINAL_SUFFIXES))


#: Endings of nouns derived from verbs ("suspension", "imposition", "withdrawal", "deployment", "closure").
_NOMINAL_SUFFIXES = ("ion", "al", "ment", "ure", "ance", "ence")


@lru_cache(maxsize=1)
def _verbs_by_object() -> dict[str, tuple[tuple[str, tuple[str, str | None]], ...]]:
    """Object noun -> the (verb, (category, mode)) of every two-word verb + object trigger."""
    out: dict[str, list[tuple[str, tuple[str, str | None]]]] = {}
    for (lemmas, pos), hit in triggers().items():
        if pos == "VERB" and len(lemmas) == 2:
            out.setdefault(lemmas[1], []).append((lemmas[0], hit))
    return {k: tuple(v) for k, v in out.items()}


def _gapped_noun_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """A noun + preposition trigger ("call for", "plea for") whose preposition the parse hangs
    on the noun past other words: "Calls *by the African Union* for an immediate ceasefire". The
    trigger is the noun. Parse only."""
    if not doc.has_parse:
        return None
    lemma = t.lemma.lower()
    for c in doc.children(t.i):
        if c.dep != "nmod" or c.i <= t.i + 1:
            continue
        for g in doc.children(c.i):
            if g.dep == "case":
                hit = table.get(((lemma, g.text.lower()), "NOUN"))
                if hit:
                    return 1, hit[0], hit[1]
    return None


def _split_hyphen_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """A hyphenated trigger the tokenizer split into word, hyphen, word with no space between
    ("sit", "-", "in"): looked up as the one word it is written as."""
    k = t.i
    if k + 2 >= doc.sentences[t.sent].token_end:
        return None
    hyphen, second = doc.tokens[k + 1], doc.tokens[k + 2]
    if hyphen.text not in ("-", "–") or t.end != hyphen.start or hyphen.end != second.start:
        return None
    word = f"{t.text.lower()}-{second.text.lower()}"
    # "sit-ins", "cease-fires"; an inflected verb by its second part's lemma ("tear-gassed": e76)
    for w in dict.fromkeys((word, word.removesuffix("s"), f"{t.text.lower()}-{second.lemma.lower()}")):
        hit = table.get(((w,), "NOUN")) or table.get(((w,), "VERB"))
        if hit:
            return 3, hit[0], hit[1]
    return None


#: Words that may stand between a verb and its object's head noun in a verb + noun trigger
#: ("SYM": the currency sign of "a $500 million grant").
_NP_INNER = ("DET", "ADJ", "NUM", "PRON", "NOUN", "PROPN", "SYM")
#: Currency signs, which a tagger may read as punctuation ("a $500 million grant").
_CURRENCY = frozenset({"$", "€", "£", "¥", "US$"})
#: Particles of phrasal verbs that a verb + particle + object trigger may carry ("cut off funding",
#: "rounded up dozens of activists", "handed in their weapons").
_PARTICLES = frozenset({"off", "up", "down", "out", "in", "back", "over"})
#: Parts of speech that open a noun phrase: a particle word before one is its preposition ("in the
#: north", "over two years"), not a particle of the verb -- "pulled its diplomats out of Niger",
#: "called the strike off", "handed the town back to" keep theirs.
_PHRASE_OPENERS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"})


def _split_particle_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """A verb + particle trigger whose particle the parse attaches after the object: "pull its
    forces out" ("pull out"), "called the strike off". The trigger span is the verb (see
    ``_trigger_end`` in the package); its length reaches the particle so the words between
    start no second event."""
    verb = t.lemma.lower()
    sent = doc.sentences[t.sent]
    if not doc.has_parse:
        if verb not in _phrase_verbs(table)[3]:
            return None  # no row "<verb> <particle>": nothing to find
        # the tagger's particle after a noun phrase: "pulled its diplomats *out* of Niger"
        for k in range(t.i + 2, min(sent.token_end, t.i + 8)):
            w = doc.tokens[k]
            if w.pos in ("ADP", "ADV") and w.text.lower() in _PARTICLES:
                if _opens_a_time(doc, k):
                    return None  # "called his counterpart on Tuesday": a time, not "call on"
                if k + 1 < sent.token_end and doc.tokens[k + 1].pos in _PHRASE_OPENERS:
                    return None  # "given the losses in the north": a preposition before its noun phrase, no particle (lead, stop 42)
                hit = table.get(((verb, w.text.lower()), "VERB")) if doc.tokens[k - 1].pos in ("NOUN", "PROPN", "PRON") else None
                return (k - t.i + 1, hit[0], hit[1]) if hit else None
            if w.pos not in _NP_INNER:
                return None
        return None
    for c in doc.children(t.i):
        # (the small parser may call the particle an adverb: "handed the airport *back* to")
        if (c.dep == "compound:prt" or c.dep == "advmod" and c.text.lower() in _PARTICLES) and t.i + 1 < c.i < sent.token_end and not _opens_a_time(doc, c.i):
            hit = table.get(((verb, c.lemma.lower()), "VERB"))
            if hit:
                return c.i - t.i + 1, hit[0], hit[1]
    for c in doc.children(t.i):
        # "pulled its diplomats out of Niger": a parse may hang the particle on the place as "out of"
        if c.dep == "obl" and c.i < sent.token_end:
            out = next((g for g in doc.children(c.i) if g.dep == "case" and g.lemma.lower() == "out" and g.i > t.i + 1), None)
            hit = table.get(((verb, "out"), "VERB")) if out is not None else None
            if hit and out is not None:
                return out.i - t.i + 1, hit[0], hit[1]
    return None


#: Adverbs that may stand between a verb and the preposition of its request ("called again for calm").
_REQUEST_GAP_ADVERBS = frozenset({"again", "also", "publicly", "repeatedly", "today", "yesterday", "tonight", "now", "once"})
#: Words that open a relative time before a day or a period ("called last week for").
_RELATIVE_TIME = frozenset({"last", "this", "next"})
#: Periods after a relative time word ("last week", "this month").
_PERIODS = frozenset({"week", "weekend", "month", "year", "night", "morning", "evening"})


def _timed_request_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """A verb + preposition request with a time or an adverb between them: "called Wednesday for
    the justice to resign", "called on Tuesday for talks", "called again for calm", "appealed last
    week for aid" -- wire copy puts the day right after the verb, before the phrase the verb
    governs (issue 14 batch 94, PolNeAR train recall). Only rows of REQUEST ("call for", "appeal
    for", "call on"), and not when the preposition opens a time itself ("called Tuesday for the
    first time": a phone call)."""
    sent_end = doc.sentences[t.sent].token_end
    k, skipped = t.i + 1, False
    while k < min(sent_end, t.i + 4):
        low = doc.tokens[k].text.lower()
        nxt = doc.tokens[k + 1] if k + 1 < sent_end else None
        if low in weekdays() or low in _REQUEST_GAP_ADVERBS:
            k += 1
        elif low == "on" and nxt is not None and nxt.text.lower() in weekdays():
            k += 2
        elif low in _RELATIVE_TIME and nxt is not None and (nxt.text.lower() in weekdays() or nxt.lemma.lower() in _PERIODS):
            k += 2
        else:
            break
        skipped = True
    if not skipped or k >= sent_end or _opens_a_time(doc, k) or _for_a_while(doc, k, sent_end):
        return None
    hit = table.get(((t.lemma.lower(), doc.tokens[k].text.lower()), "VERB"))
    if hit is None or hit[0] != "REQUEST":
        return None
    return k - t.i + 1, hit[0], hit[1]


def _for_a_while(doc: AnnotatedDocument, k: int, sent_end: int) -> bool:
    """"for" at ``k`` opens a length or an occasion ("for the first time", "for two hours"): its
    noun, past determiners, numbers and adjectives, is "time" or a ``duration-unit``."""
    from .senses import event_words

    if doc.tokens[k].text.lower() != "for":
        return False
    for j in range(k + 1, min(sent_end, k + 5)):
        w = doc.tokens[j]
        if w.lemma.lower() == "time" or w.lemma.lower() in event_words("duration-unit"):
            return True
        if w.pos not in ("DET", "NUM", "ADJ", "NOUN"):  # (a tagger may call "first" a noun)
            return False
    return False


def _opens_a_time(doc: AnnotatedDocument, k: int) -> bool:
    """The word at ``k`` opens a time phrase ("on Tuesday", "on the same day", "on March 3"): a
    preposition of time, so no particle of the verb before it (stop 30: "called his Turkish
    counterpart on Tuesday" is a phone call, not "call on" someone to act)."""
    from .senses import event_words

    sent_end = doc.sentences[doc.tokens[k].sent].token_end
    for j in range(k + 1, min(sent_end, k + 4)):
        w = doc.tokens[j]
        low = w.text.lower()
        if low in ("may", "march"):  # "called on May to resign": a name, unless a day follows
            return j + 1 < sent_end and doc.tokens[j + 1].pos == "NUM"
        if low in weekdays() or low in months() or low in event_words("time-word") or w.lemma.lower() in event_words("time-word"):
            return True
        if w.pos not in ("DET", "ADJ", "NUM"):
            return False
    return False


def _modified_noun_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """An adjective + noun trigger across further modifiers of the same noun: "joint naval
    manoeuvres", "Joint Air Force Exercise" ("joint exercise"), "naval live-fire drills"
    ("naval drill"). The noun must close the noun phrase, as for a verb + object trigger."""
    sent = doc.sentences[t.sent]
    first = t.lemma.lower()
    for k in range(t.i + 1, min(sent.token_end, t.i + 5)):
        w = doc.tokens[k]
        if w.pos not in ("ADJ", "NOUN", "PROPN"):
            return None
        nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
        if w.pos in ("NOUN", "PROPN") and (nxt is None or nxt.pos not in ("NOUN", "PROPN") or nxt.text.lower() in _PARTICLES):
            # (a particle a tagger read as a noun ends the phrase too: "manoeuvres off Crete")
            hit = table.get(((first, w.lemma.lower()), "NOUN"))
            return (k - t.i + 1, hit[0], hit[1]) if hit else None
    return None




def _gapped_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """A three-word verb trigger with a determiner, possessive, number or quantifier inside it:
    "took to *the* streets", "threw *its* weight behind" (issue 14 batch 4), "placed *several*
    calls to", "placed *two* calls to" (batch 125, e71: a quantifier counts the object; the
    quantifiers are ``quantity-noun`` words of actor_words.tsv). Contiguous matches are tried after."""
    if t.lemma.lower() not in _phrase_verbs(table)[2]:
        return None  # no three-word row opens with this verb: nothing to find
    end = min(doc.sentences[t.sent].token_end, t.i + 5)
    words = [t.lemma.lower()]
    k = t.i + 1
    skipped = False
    quantifiers = word_class("actor_words.tsv", "quantity-noun")
    while k < end and len(words) < 3:
        w = doc.tokens[k]
        if w.pos in ("DET", "NUM") or w.text.lower() in POSSESSIVES or w.text.lower() in quantifiers:
            skipped = True
        else:
            words.append(w.lemma.lower())
        k += 1
    if not skipped or len(words) < 3:
        return None
    hit = table.get((tuple(words), "VERB"))
    return (k - t.i, hit[0], hit[1]) if hit else None


def _from_phrase_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """A verb (+ particle) + "from" + noun trigger whose noun heads the verb's from-phrase, past
    the verb's object and determiners: "suspended Gabon *from* all its *activities*", "was
    suspended from the West African *bloc*", "cut seven banks off from the SWIFT payments *system*"
    (rows "suspend from @member-body", "cut off from @payment-network"). What one is suspended or
    cut off from settles the sense: "suspended from competition", "cut off from the rest of the
    country" are none. A from-phrase naming an organisation (an ORG entity: "from ECOWAS") stands
    for "organization". The trigger spans the verb to the noun (issue 14 batch 36, e15)."""
    verb = t.lemma.lower()
    if verb not in _phrase_verbs(table)[1]:
        return None  # no row "<verb> (particle) from <noun>": nothing to find
    sent = doc.sentences[t.sent]
    prt: str | None = None
    noun: Token | None = None
    if doc.has_parse:
        prt = next((c.lemma.lower() for c in doc.children(t.i) if c.dep == "compound:prt" or c.dep == "advmod" and c.text.lower() in _PARTICLES), None)
        heads = [t, *(c for c in doc.children(t.i) if c.dep == "compound:prt")]
        noun = next((c for h in heads for c in doc.children(h.i)
                     if c.dep in ("obl", "nmod") and c.i > t.i and c.i < sent.token_end
                     and any(g.dep == "case" and g.text.lower() == "from" and g.i < c.i for g in doc.children(c.i))), None)
    else:
        k = t.i + 1
        while k < min(sent.token_end, t.i + 9):
            w = doc.tokens[k]
            low = w.text.lower()
            if low == "from":
                noun = _np_head_after(doc, k + 1, sent.token_end)
                break
            if low in _PARTICLES and prt is None:
                prt = low
            elif w.pos not in _NP_INNER and w.text not in _CURRENCY:
                return None
            k += 1
    if noun is None:
        return None
    forms = [noun.lemma.lower(), noun.text.lower()]
    if noun.pos == "PROPN" and any(e.label == "ORG" for e in doc.entities_at(noun.i)):
        forms.append("organization")
    for form in dict.fromkeys(forms):
        hit = (prt and table.get(((verb, prt, "from", form), "VERB"))) or table.get(((verb, "from", form), "VERB"))
        if hit:
            return noun.i - t.i + 1, hit[0], hit[1]
    return None


def _people_of_a_nation(noun: Token) -> bool:
    """A plural people form of a demonym in the gazetteer ("Afghans", "Malians", "Syrians"): as the
    object of a ``@migrants`` verb ("took in", "expelled", "sent back") they are the people moved
    across a border, as "refugees" or "migrants" would be (issue 14 batch 36, e15)."""
    text = noun.text
    if not text[:1].isupper() or not text.endswith("s"):
        return False
    hit = gazetteer().get((text,))
    return hit is not None and hit[0] == "demonym"


def _np_head_after(doc: AnnotatedDocument, k: int, end: int) -> Token | None:
    """The head noun of the noun phrase starting at ``k`` (no parse): its last noun before a word
    that is no noun, adjective, determiner or number ("from the West African *bloc* on Sunday")."""
    head = None
    stop = min(end, k + 8)
    while k < stop:
        w = doc.tokens[k]
        if w.pos in ("NOUN", "PROPN"):
            head = w
        elif w.pos not in ("DET", "ADJ", "NUM", "PRON") and w.text.lower() not in POSSESSIVES:
            break
        k += 1
    return head


#: Prepositions of verb + object + phrase idioms ("put Beijing *on* notice", "took the government
#: *to* task", "threw the activist *behind* bars", "placed him *under* arrest").
_IDIOM_PREPS = frozenset({"on", "to", "behind", "under", "into"})


#: :func:`_phrase_verbs` for one trigger table: (the table, its four sets).
_PHRASE_VERBS: tuple[dict, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]] | None = None  # type: ignore[type-arg]


def _phrase_verbs(table: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:  # type: ignore[type-arg]
    """The verbs that open a VERB row of ``table`` of the shapes whose lookups always start with
    the verb's own lemma: "<verb> <idiom preposition> <noun>" (three words, ``_IDIOM_PREPS``:
    :func:`_verb_object_phrase_trigger`); "<verb> from <noun>" or "<verb> <particle> from <noun>"
    (:func:`_from_phrase_trigger`); any three words (:func:`_gapped_trigger`); and "<verb>
    <particle>" (two words, ``_PARTICLES``: :func:`_split_particle_trigger` without a parse).
    Every key those functions look up has its shape and the verb first, so for any other verb
    they find nothing and return None. Read once per table."""
    global _PHRASE_VERBS
    cached = _PHRASE_VERBS
    if cached is not None and cached[0] is table:
        return cached[1]
    idiom = frozenset(lemmas[0] for lemmas, pos in table if pos == "VERB" and len(lemmas) == 3 and lemmas[1] in _IDIOM_PREPS)
    source = frozenset(
        lemmas[0] for lemmas, pos in table
        if pos == "VERB" and (len(lemmas) == 3 and lemmas[1] == "from" or len(lemmas) == 4 and lemmas[2] == "from")
    )
    three = frozenset(lemmas[0] for lemmas, pos in table if pos == "VERB" and len(lemmas) == 3)
    particle = frozenset(lemmas[0] for lemmas, pos in table if pos == "VERB" and len(lemmas) == 2 and lemmas[1] in _PARTICLES)
    _PHRASE_VERBS = (table, (idiom, source, three, particle))
    return idiom, source, three, particle


def _verb_object_phrase_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """A verb + preposition + noun trigger with the verb's object between: "put Beijing on
    notice" ("put on notice"), "took the government to task", "threw the blogger behind bars".
    The noun must be the head of the verb's prepositional phrase (parse) or close the noun phrase
    after the preposition, within a few words of the verb (no parse)."""
    verb = t.lemma.lower()
    if verb not in _phrase_verbs(table)[0]:
        return None  # no row "<verb> on/to/behind/under/into <noun>": nothing to find
    sent = doc.sentences[t.sent]
    if doc.has_parse:
        if not any(c.dep in ("obj", "dobj") and c.i > t.i for c in doc.children(t.i)):
            return None
        for c in doc.children(t.i):
            if c.dep in ("obl", "obl:arg", "advmod", "nmod") and t.i + 2 < c.i < sent.token_end:
                case = next((g.lemma.lower() for g in doc.children(c.i) if g.dep == "case" and g.i < c.i), None)
                if case in _IDIOM_PREPS:
                    hit = table.get(((verb, case, c.lemma.lower()), "VERB")) or table.get(((verb, case, c.text.lower()), "VERB"))
                    if hit:
                        return c.i - t.i + 1, hit[0], hit[1]
        # else the words: a parse may read the idiom's noun as a verb ("took Budapest to *task*")
    for k in range(t.i + 2, min(sent.token_end - 1, t.i + 8)):
        w = doc.tokens[k]
        if w.text.lower() in _IDIOM_PREPS:
            j = k + 1
            while j < sent.token_end - 1 and doc.tokens[j].pos in ("DET", "ADJ") or (j < sent.token_end - 1 and doc.tokens[j].pos == "NOUN" and doc.tokens[j + 1].pos == "NOUN"):
                j += 1  # "under house arrest": the last noun heads the phrase
            noun = doc.tokens[j]
            hit = table.get(((verb, w.text.lower(), noun.lemma.lower()), "VERB")) or table.get(((verb, w.text.lower(), noun.text.lower()), "VERB"))
            return (j - t.i + 1, hit[0], hit[1]) if hit else None
        if w.pos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return None
    return None


#: :func:`_object_nouns` for one trigger table: (the table, its index).
_OBJECT_NOUNS: tuple[dict, dict[str, frozenset[str] | None]] | None = None  # type: ignore[type-arg]
_NO_NOUNS: frozenset[str] = frozenset()


def _object_nouns(table: dict) -> dict[str, frozenset[str] | None]:  # type: ignore[type-arg]
    """Verb lemma -> every word that can complete one of its verb + noun triggers in ``table``
    (the last word of each two- or three-word VERB row it opens), with each noun's plural forms
    ("sanction": "sanctions"; "supply": "supplies"); None for a verb one of whose triggers ends
    in "migrant" or "funding", which :func:`_verb_object_trigger` may look up for words that are
    no such noun ("expelled 200 Malians", "approved $700 million for ...").

    Without a parse, every word :func:`_verb_object_trigger` looks up is the lemma or the lower-case
    text of a token of the verb's sentence (its object, a passive or far passive subject, a
    relative clause's head, the noun a participle modifies, a shifted object, the head after
    "<quantity> of"), or such a text's singular (:func:`_noun_forms`, whose plural is here); so a
    sentence none of whose words is in the set has no hit, and the function returns None. Read
    once per table.
    """
    global _OBJECT_NOUNS
    cached = _OBJECT_NOUNS
    if cached is not None and cached[0] is table:
        return cached[1]
    ends: dict[str, set[str]] = {}
    for lemmas, pos in table:
        if pos == "VERB" and len(lemmas) in (2, 3):
            ends.setdefault(lemmas[0], set()).add(lemmas[-1])
    index: dict[str, frozenset[str] | None] = {}
    for verb, nouns in ends.items():
        if nouns & {"migrant", "funding"}:
            index[verb] = None
            continue
        forms = set(nouns)
        for n in nouns:
            forms.add(n + "s")
            if n.endswith("y"):
                forms.add(n[:-1] + "ies")
        index[verb] = frozenset(forms)
    _OBJECT_NOUNS = (table, index)
    return index


def _verb_object_trigger(doc: AnnotatedDocument, t: Token, table: dict) -> tuple[int, str, str | None] | None:
    """A verb + noun trigger whose noun heads the verb's object a few words on: "imposed new
    sanctions", "froze the assets of", "lifted its siege", "suspended arms exports", "massed tens
    of thousands of troops"; with a particle, "cut off funding to", "handed in their weapons".

    The noun must close the noun phrase (no noun follows it), so "lifted the siege" matches and
    "lifted the siege warning" would not -- unless the modifier itself completes a trigger ("cut
    off water supply": "cut off water", with a particle only); words in between are determiners, possessives,
    numbers, currency signs, adjectives, compound nouns and "<quantity> of".
    """
    sent = doc.sentences[t.sent]
    verb = t.lemma.lower()
    if not doc.has_parse:
        nouns = _object_nouns(table).get(verb, _NO_NOUNS)
        if nouns is not None:
            lo, hi = sent.token_start, sent.token_end
            if nouns.isdisjoint(doc.lowered_texts()[lo:hi]) and nouns.isdisjoint(doc.lowered_lemmas()[lo:hi]) and not (
                "weapon" in nouns and any(names_a_weapon(doc, w, object_class("arms")) for w in doc.tokens[lo:hi])
            ):
                return None  # no word of the sentence completes a trigger of this verb (_object_nouns)

    def lookup(particle: str | None, noun: Token) -> tuple[str, str | None] | None:
        forms = [noun.lemma.lower(), noun.text.lower()]  # "funding" read as a verb "fund"
        if _people_of_a_nation(noun):
            forms.append("migrant")  # "took in 3,000 Afghans", "expelled 200 Malians": people moved across a border
        if names_a_weapon(doc, noun, object_class("arms")):
            forms.append("weapon")  # "shipped air defence systems": a weapon named by its modifier (weapon_compounds)
        for lemma in dict.fromkeys(forms):
            hit = (particle and table.get(((verb, particle, lemma), "VERB"))) or table.get(((verb, lemma), "VERB"))
            if hit:
                return hit
        return None

    # "a ceasefire brokered by Qatar": an object before the verb only where the verb allows it
    displaced = verb not in words_of("active-object-verb")
    if doc.has_parse:
        # the parse names the object outright, past an indirect one ("had given Putin a letter")
        prt = next((c.lemma.lower() for c in doc.children(t.i) if c.dep == "compound:prt"), None)
        subj = passive_object(doc, t) if displaced else None
        if subj is not None:
            # "New sanctions were imposed on Iran", "Reservists were called up": the passive's
            # subject is the verb's object; the trigger is the verb (the noun yields to it, see filtered)
            counted = _of_object(doc, subj) if subj.lemma.lower() in word_class("sense_words.tsv", "trigger-quantity") else None
            for noun in (subj, *((counted,) if counted is not None else ())):
                # "Hundreds of websites were blocked": the counted noun is the object (stop 29, e15)
                hit = lookup(prt, noun)
                if hit:
                    return 1, hit[0], hit[1]
        for noun in _displaced_objects(doc, t) if displaced else ():
            hit = lookup(prt, noun)
            if hit:
                return 1, hit[0], hit[1]
        if not any(c.dep in ("obj", "nsubj:pass", "aux:pass", "ccomp", "xcomp") for c in doc.children(t.i)):
            # a parse may hang an object shifted past a long adverbial anywhere (or nowhere)
            prt_end = max((c.i for c in doc.children(t.i) if c.dep == "compound:prt"), default=t.i)
            for noun in shifted_object(doc, t, prt_end + 1):
                hit = lookup(prt, noun)
                if hit:
                    return 1, hit[0], hit[1]
        for c in doc.children(t.i):
            if c.dep == "obj" and c.i > t.i and c.i < sent.token_end:
                carrier = c.lemma.lower() in words_of("carrier") or c.text.lower() in words_of("carrier")
                # a modifier completes the trigger on a particle verb or a carrier noun ("cut off water
                # supply", "allowed aid trucks"), not on a noun for people ("handed over an arms dealer")
                compounds = (m for m in doc.children(c.i) if m.dep == "compound" and m.i < c.i) if (prt or carrier) and not _people_noun(doc, c) else ()
                # "delivered wheat and lentils": a conjoined object noun is an object too
                conjuncts = tuple(x for x in doc.children(c.i) if x.dep == "conj" and x.pos == "NOUN" and x.i < sent.token_end)
                for noun in (*compounds, c, *conjuncts):  # "cut off water supply": "water" before "supply"
                    hit = lookup(prt, noun)
                    if hit:
                        return c.i - t.i + 1, hit[0], hit[1]
                joined = _hyphenated(doc, c)
                hit = table.get(((verb, joined), "VERB")) if joined else None
                if hit:
                    return c.i - t.i + 1, hit[0], hit[1]  # "gave the go-ahead": a parse splits "go - ahead"
                what = _amount_of(doc, c)
                if what is not None and what.i < sent.token_end:
                    hit = lookup(prt, what)  # "froze $500 million in aid": the amount counts the aid
                    if hit:
                        return what.i - t.i + 1, hit[0], hit[1]
                if _money(doc, c):  # (also when an in-phrase names where the sum goes: "deposited $3 billion in its central bank")
                    # "approved $700 million for flood reconstruction": a bare sum is funding
                    hit = table.get(((verb, "funding"), "VERB"))
                    if hit:
                        return c.i - t.i + 1, hit[0], hit[1]
    k = t.i + 1
    particle = None
    if k < sent.token_end and doc.tokens[k].text.lower() in _PARTICLES:
        particle = doc.tokens[k].text.lower()  # whatever the tagger made of it ("off" as a noun)
        k += 1
    # "Curfews were lifted", "Reservists were called up", as with a parse (a tagger without a
    # model may keep a capitalised plural as a name, its lemma as written: "Tariffs"); then the
    # head of a relative clause the verb is in ("the tariffs, which Ottawa imposed")
    for subj in (surface_passive_subject(doc, t), surface_far_passive_subject(doc, t), surface_relative_head(doc, t), surface_participle_head(doc, t)) if displaced else ():
        if subj is None:
            continue
        if subj.lemma.lower() in word_class("sense_words.tsv", "trigger-quantity") and subj.i + 2 < sent.token_end and doc.tokens[subj.i + 1].text.lower() == "of":
            # "Hundreds of websites ... were blocked": the counted noun is the object (stop 29, e15)
            subj = _np_head_after(doc, subj.i + 2, sent.token_end) or subj
        for n in _noun_forms(subj):
            hit = (particle and table.get(((verb, particle, n), "VERB"))) or table.get(((verb, n), "VERB"))
            if hit:
                return 1, hit[0], hit[1]
    for noun in (n for start in dict.fromkeys((k, t.i + 1)) for n in shifted_object(doc, t, start)):
        # (from the verb too: a tagger's particle may open an adverbial, "distributed *over* three days")
        # "released for the first time since the coup a tranche of funding", "recalled from Kyiv
        # on Tuesday, in protest at ..., its ambassador": the object after a long adverbial
        hit = lookup(particle, noun)
        if hit:
            return 1, hit[0], hit[1]
    skipped = False
    end = min(sent.token_end, k + 8)
    while k < end:
        w = doc.tokens[k]
        if w.text in _CURRENCY:
            k += 1
            continue
        if w.text.lower() == "that" and k + 1 < sent.token_end and doc.tokens[k + 1].pos in ("DET", "PRON", "PROPN", "NUM"):
            return None  # "conceded that the city had been poorly run": a clause, no object (issue 14 batch 61)
        if w.text.lower() in ("in", "of") and doc.tokens[k - 1].pos == "NUM":
            k += 1
            continue  # "froze $500 million in aid", "cancelled $1 billion of loans": what the sum counts
        if w.text in ("-", "–") and doc.tokens[k - 1].pos == "NUM" and w.start == doc.tokens[k - 1].end:
            k += 1
            continue  # "a 20-year prison sentence" split at its hyphen
        after_det = doc.tokens[k - 1].pos == "DET" or doc.tokens[k - 1].text.lower() in POSSESSIVES
        if w.pos not in _NP_INNER and not (w.pos == "VERB" and (after_det or w.text.lower().endswith(("ing", "ed")))):
            # (a participle modifies the object: "called off its *planned* strike"; after a determiner
            # a "verb" is a noun a tagger without a parse misread: "withdrew their *demand*")
            if _money(doc, doc.tokens[k - 1]):
                hit = table.get(((verb, "funding"), "VERB"))  # "approved $700 million for ...": funding
                if hit:
                    return k - t.i, hit[0], hit[1]
            return None
        if w.pos in ("NOUN", "PROPN", "VERB"):  # a gerund the tagger read as a verb ("cut off funding")
            nxt = doc.tokens[k + 1] if k + 1 < sent.token_end else None
            if nxt is not None and nxt.pos in ("NOUN", "PROPN"):
                carrier = nxt.lemma.lower() in words_of("carrier") or nxt.text.lower() in words_of("carrier")
                if carrier and verb in words_of("needs-patient") and _people_noun(doc, nxt):
                    carrier = False  # "released two kidnapped aid workers": captives let go, no aid released
                hit = lookup(particle, w) if particle or carrier else None
                if hit:
                    return _np_end(doc, k, sent.token_end) - t.i, hit[0], hit[1]
                k += 1
                continue  # a compound modifier: the head comes later
            if nxt is not None and nxt.text in ("'s", "’s"):
                k += 2
                continue  # a possessor opens the object: "suspended Niger's membership"
            if nxt is not None and nxt.text.lower() == "of" and (w.lemma.lower() in word_class("sense_words.tsv", "trigger-quantity") or w.lemma.lower() in words_of("carrier")):
                k += 2
                continue  # "tens of thousands of troops": the people counted
            hit = lookup(particle, w)
            if hit:
                return k - t.i + 1, hit[0], hit[1]
            if nxt is not None and nxt.pos == "VERB" and nxt.text.lower().endswith("ing") and w.pos == "NOUN" and lookup(particle, nxt):
                k += 1
                continue  # "halted new lending": a modifier the tagger called a noun before a gerund it called a verb
            if nxt is not None and nxt.text.lower() in ("in", "of") and doc.tokens[k - 1].pos == "NUM":
                k += 2
                continue  # a counted unit: "300 million crowns in grants", "20 tonnes of antibiotics"
            if not skipped and nxt is not None and nxt.pos == "DET":
                skipped = True
                end = min(sent.token_end, end + 3)  # the object's own words after the indirect one
                k += 1
                continue  # one indirect object before the object: "had given Putin a letter"
            return None
        k += 1
    return None


def _displaced_objects(doc: AnnotatedDocument, t: Token) -> tuple[Token, ...]:
    """Nouns the parse shows to be the verb's object though they do not follow it (parse only):
    the noun a participle modifies ("the aid *sent* by Japan", "sanctions *imposed* on Iran"), the
    head of a relative clause with no object of its own ("the troops that Russia *massed*"), and the
    object of the verb it is coordinated with ("pledged and *delivered* 40 tonnes of food"). The
    trigger stays the verb (one word), so its by-phrase or subject gives the agent. A relative
    pronoun as the object ("the tariffs, *which* Ottawa imposed", "the ambassador *whom* Algeria
    recalled") stands for the clause's head, so it counts as no object of its own."""
    if t.pos != "VERB" or t.head is None or any(c.dep in ("obj", "nsubj:pass") and not _relative_pronoun(c) for c in doc.children(t.i)):
        return ()
    head = doc.tokens[t.head]
    if head.sent != t.sent:
        return ()
    if t.dep in ("acl", "acl:relcl") and head.pos == "NOUN" and head.i < t.i:
        if t.dep == "acl" and not t.text.lower().endswith(("ed", "en", "t")):
            return ()  # "the troops *guarding* the border": an active participle, its noun is the subject
        if t.dep == "acl:relcl" and not any(c.dep == "nsubj" and not _relative_pronoun(c) or c.dep == "nsubj:pass" for c in doc.children(t.i)):
            # (a passive's relative pronoun subject stands for the object: "the sanctions, which were tightened")
            return ()  # "the troops who *withdrew*": the head is the relative clause's subject
        return (head,)
    if t.dep == "conj" and head.pos == "VERB" and head.i < t.i:
        return tuple(c for c in doc.children(head.i) if c.dep == "obj" and c.i > t.i and c.pos == "NOUN")
    return ()


def _relative_pronoun(tok: Token) -> bool:
    """A relative pronoun ("which", "that", "whom", "who") -- as a relative clause's object it is
    its head noun's stand-in."""
    return tok.text.lower() in RELATIVE_PRONOUNS and tok.pos in ("PRON", "SCONJ", "DET")


def _money(doc: AnnotatedDocument, obj: Token) -> bool:
    """The object names a sum of money: "$700 million", "50 million euros", "1.2 billion dollars"."""
    low = obj.lemma.lower()
    currencies = word_class("sense_words.tsv", "currency")
    if obj.text in _CURRENCY or low in currencies:
        return True
    if obj.pos in ("NUM", "SYM") or low in ("million", "billion", "trillion"):
        lo = max(doc.sentences[obj.sent].token_start, obj.i - 3)
        return any(doc.tokens[k].text in _CURRENCY for k in range(lo, obj.i)) or any(c.lemma.lower() in currencies for c in doc.children(obj.i))
    return False


def _amount_of(doc: AnnotatedDocument, obj: Token) -> Token | None:
    """With a parse: the noun a sum of money counts -- "$500 million *in* aid", "$1 billion *of*
    loans" -- when the object ``obj`` is a number or a money word, or the noun a carrier noun
    carries ("a shipment *of* vaccines"); None otherwise."""
    carrier = obj.lemma.lower() in words_of("carrier")  # "sent a shipment of vaccines", "a convoy of food"
    # a counted unit: "300 million crowns in grants", "20 tonnes of antibiotics" (any unit: the
    # noun it counts must still complete a trigger pair)
    counted = any(c.dep == "nummod" for c in doc.children(obj.i))
    if not (obj.pos in ("NUM", "SYM") or obj.lemma.lower() in word_class("sense_words.tsv", "amount") or obj.text in _CURRENCY or carrier or counted):
        return None
    for c in doc.children(obj.i):
        if c.dep == "nmod" and c.i > obj.i and c.pos == "NOUN":
            case = next((x.text.lower() for x in doc.children(c.i) if x.dep == "case"), "")
            if case in ("in", "of"):
                return c
    return None


def _hyphenated(doc: AnnotatedDocument, head: Token) -> str | None:
    """The hyphenated word a tokenizer split into word, hyphen, ``head`` ("go", "-", "ahead"), in
    lower case, or None."""
    k = head.i
    if k - 2 < doc.sentences[head.sent].token_start:
        return None
    first, hyphen = doc.tokens[k - 2], doc.tokens[k - 1]
    if hyphen.text not in ("-", "–") or first.end != hyphen.start or hyphen.end != head.start:
        return None
    return f"{first.text.lower()}-{head.text.lower()}"


def _people_noun(doc: AnnotatedDocument, noun: Token) -> bool:
    """A noun for people: a person or group noun of the lexicons or a CAMEO agent ("arms dealer")."""
    from ..cameo import longest_agent
    from ..nominals import nominal_kind

    return nominal_kind(noun) in ("person", "group") or longest_agent(doc, noun) is not None


def _np_end(doc: AnnotatedDocument, k: int, end: int) -> int:
    """One past the last noun of the run of nouns starting at token ``k``."""
    while k < end and doc.tokens[k].pos in ("NOUN", "PROPN"):
        k += 1
    return k


def _after_subsuming_noun(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse: "<noun> to <verb>" where the noun is a subsuming trigger."""
    lo = doc.sentences[t.sent].token_start
    if t.i - 2 < lo or doc.tokens[t.i - 1].text.lower() != "to":
        return False
    noun = doc.tokens[t.i - 2]
    if noun.pos != "NOUN":
        return False
    hit = match_trigger(doc, noun)
    return hit is not None and hit[1] in _SUBSUMING


def _object_of_subsuming_verb(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse: the noun ends a noun phrase right after a subsuming verb ("threatened a
    new military offensive", "called for the resignation of")."""
    lo = doc.sentences[t.sent].token_start
    for k in range(t.i - 1, max(lo, t.i - 5) - 1, -1):
        w = doc.tokens[k]
        if w.pos == "VERB":
            hit = match_trigger(doc, w)
            if hit is None:
                # "agree to extend the ceasefire": the verb between is governed by a subsuming one
                gov = governor(doc, w)
                hit = match_trigger(doc, gov) if gov is not None else None
            return hit is not None and hit[1] in _SUBSUMING
        if w.pos == "NOUN" and w.text.lower().endswith("ing") and k + 1 < t.i and doc.tokens[k + 1].text.lower() == "for":
            # "those calling for the governor's withdrawal": the tagger read the gerund of a
            # subsuming verb as a noun after "those"; what it asks for is still its content
            hit = match_trigger(doc, w)
            if hit is not None and hit[1] in _SUBSUMING:
                return True
        if w.pos not in ("DET", "ADJ", "NUM", "NOUN", "PRON", "PROPN") and w.text.lower() not in ("for", "'s", "’s", "'", "’"):
            # "called for the resignation of": what is asked for is part of the request; so is a
            # possessor's ("called for the mayor's resignation", "for Okafor's resignation", "for
            # Mathis' withdrawal": a bare apostrophe after a final s, stop 40, e48)
            return False
    return False


#: ``event_cues.tsv``'s classes (:func:`~newsmodel.lexicons.word_classes`), once read: the event
#: senses ask :func:`words_of` about 300 times per document, and a global is quicker to reach than
#: the cache's call.
_CLASSES: Mapping[str, frozenset[str]] | None = None
_NO_WORDS: frozenset[str] = frozenset()


def words_of(cls: str) -> frozenset[str]:
    """The words of one class of ``event_cues.tsv``."""
    global _CLASSES
    if _CLASSES is None:
        _CLASSES = word_classes("event_cues.tsv")
    return _CLASSES.get(cls, _NO_WORDS)


def filtered(doc: AnnotatedDocument, t: Token, last: Token, category: str) -> str | None:
    """Precision filters: trigger words that name no event here. Returns why (for the debug
    log of :mod:`newsmodel.extractors.events`, ``scripts/why_events.py``), or None."""
    nxt = doc.tokens[last.i + 1] if last.i + 1 < doc.sentences[t.sent].token_end else None
    if t.pos == "NOUN":
        # a modifier of another noun names a kind, not an event ("cooperation treaty")
        if doc.has_parse and last.dep == "compound":
            return "noun modifier of another noun"
        if yields_to_passive_verb(doc, last):
            return "subject of a passive verb + object trigger (the verb carries the event)"
        if not doc.has_parse and _yields_to_surface_passive(doc, last):
            return "subject of a passive verb + object trigger (the verb carries the event)"
        if _under_risk_noun(doc, t, last):
            return "of-phrase of a risk noun (an event feared, risked or habitual: 'the threat of attacks')"
        if _object_of_verbal_noun(doc, last):
            return "of-phrase of a verb's noun that makes a trigger with it (the noun carries the event)"
        if not doc.has_parse and nxt is not None and nxt.pos == "NOUN" and t.i == last.i and nxt.text.lower() not in word_class("sense_words.tsv", "time-before-to"):
            # (not a time phrase after the noun: "Berlin's pledge *last* month to add troops", whose
            # "last" the tagger may call a noun; the pledge heads its phrase -- e47 at stop 39)
            return "noun modifier of another noun"
    if category == "REJECT" and t.lemma.lower() in words_of("not-done"):
        comp = _complement(doc, t)
        if comp is None and _declined_thing(doc, t):
            pass  # "declined an invitation", "refused the offer": a rejection (issue 14 batch 4)
        elif comp is not None and comp.lemma.lower() in words_of("own-course"):
            # "declined to run for the Senate", "refused to seek a third term": a course of one's own
            return "refusal to take a course of one's own (no proposal rejected)"
        elif comp is None or comp.lemma.lower() in words_of("mute") or (comp.lemma.lower() in speech_verbs() and match_trigger(doc, comp) is None):
            # "declined to comment" is no REJECT; "refused to recognise Kosovo's independence" is:
            # a speech verb whose words make an event trigger is an act refused
            return "refusal to speak or without complement"
    if not doc.has_parse and t.pos == "VERB" and t.text.lower().endswith("ed") and _attributive(doc, t):
        return "attributive participle"  # "40 threatened species", "the detained journalists": an adjective
    if in_mandative_clause(doc, t):
        return "the act demanded in a mandative clause (the demand carries the event: mandative_clauses)"
    if _subsumed(doc, t, last) and not (category == "AID" and _agreed_debt_relief(doc, t, last)) and not _offered_apology(doc, t):
        return "subsumed by a refusal, threat, request or promise"
    return None


def _offered_apology(doc: AnnotatedDocument, t: Token) -> bool:
    """An apology offered carries its own event (CONCEDE): the offer does not subsume it
    (:mod:`.offered_apologies`; imported here, as that module reads the sense checks' table)."""
    from .offered_apologies import apology_offered

    return t.pos == "NOUN" and apology_offered(doc, t)


_BE_FORMS = frozenset({"is", "are", "was", "were", "been", "be", "being"})


def _passive_be(doc: AnnotatedDocument, verb: Token) -> int | None:
    """Without a parse: the index of the "was/were/been" right before a participle ``verb`` (adverbs
    between), not at the sentence start; None when there is none or the document has a parse."""
    if doc.has_parse or verb.pos != "VERB" or not verb.text.lower().endswith(("ed", "en", "t")):
        return None
    return be_before(doc, verb)


def surface_passive_subject(doc: AnnotatedDocument, verb: Token) -> Token | None:
    """Without a parse: the noun right before "was/were/has been" + a past participle ("New
    sanctions were imposed", "Curfews have been lifted"), the passive's subject; or None."""
    k = _passive_be(doc, verb)
    if k is None:
        return None
    sent = doc.sentences[verb.sent]
    k -= 1
    while k > sent.token_start and (doc.tokens[k].text.lower() in _BE_FORMS or doc.tokens[k].text.lower() in ("have", "has", "had")):
        k -= 1  # "have been"
    w = doc.tokens[k]
    return w if w.pos in ("NOUN", "PROPN") else None


def surface_far_passive_subject(doc: AnnotatedDocument, verb: Token) -> Token | None:
    """Without a parse: the head of the noun phrase opening the sentence, when a passive verb's
    "was/were" comes after a long subject ("Electricity and water to the rebel-held districts,
    home to 400,000 people, were cut off", "Protesters who had gathered since dawn were
    dispersed"); None when a finite verb stands between (the phrase is then another clause's
    subject). Participles, infinitives and perfect auxiliaries may stand between."""
    be = _passive_be(doc, verb)
    if be is None:
        return None
    sent = doc.sentences[verb.sent]
    quantities = word_class("sense_words.tsv", "trigger-quantity")
    j = sent.token_start
    head = None
    while j < be:
        w = doc.tokens[j]
        if w.pos in ("NOUN", "PROPN") and (j + 1 >= be or doc.tokens[j + 1].pos not in ("NOUN", "PROPN") or doc.tokens[j + 1].text.lower() == "worth"):
            # ("Assets worth $300 million ...": "worth" opens the assets' value, it is no noun of
            # their phrase; stop 41, e53, the lead's leftover)
            if j + 1 < be and doc.tokens[j + 1].text.lower() == "of" and (w.lemma.lower() in quantities or w.text.lower() in quantities):
                j += 2
                continue  # "Hundreds of tonnes of wheat": what is counted
            head = w
            break
        if w.pos not in _NP_INNER and w.pos != "ADV" and w.text not in _CURRENCY:
            return None
        j += 1
    if head is None or head.i + 1 >= be:
        return None  # none, or the noun right before "were" (surface_passive_subject's)
    for m in range(head.i + 1, be):
        w = doc.tokens[m]
        if w.pos == "VERB" and not w.text.lower().endswith(("ed", "en", "t", "ing")) and doc.tokens[m - 1].text.lower() != "to":
            return None  # (a participle in -ing opens a reduced relative: "assets *belonging* to the ruler were frozen")
        if w.pos == "AUX":
            nxt = next((doc.tokens[x] for x in range(m + 1, be) if doc.tokens[x].pos != "ADV"), None)
            if nxt is None or nxt.pos != "VERB" or not nxt.text.lower().endswith(("ed", "en")):
                return None
    return head


#: Nouns of time that make an adverbial without a preposition ("this week", "last month").
_TIME_NOUNS = frozenset({"day", "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "time", "hour", "decade", "quarter", "spring", "summer", "autumn", "winter", "overnight"})
#: Words that open a counted object ("more than 100,000 troops", "up to 40 tanks", "at least 300 tents").
_APPROXIMATORS = (("more", "than"), ("fewer", "than"), ("less", "than"), ("up", "to"), ("at", "least"), ("as", "many", "as"))
#: The approximators as lists, to compare with a slice of the document's lower-case texts, and
#: their first words: a word that is none of them opens none (tested first, once per word).
_APPROXIMATOR_LISTS = tuple(list(a) for a in _APPROXIMATORS)
_APPROXIMATOR_FIRSTS = frozenset(a[0] for a in _APPROXIMATORS)


@lru_cache(maxsize=1)
def _lower_weekdays() -> frozenset[str]:
    return frozenset(w.lower() for w in weekdays())


def _participle_in_np(doc: AnnotatedDocument, j: int) -> bool:
    """A participle or gerund a tagger left as a verb inside a noun phrase ("the *besieged* town",
    "despite *repeated* warnings", "the Kerem Shalom *crossing*")."""
    w = doc.tokens[j]
    if w.pos != "VERB" or not w.text.lower().endswith(("ed", "ing")) or j == 0:
        return False
    prev = doc.tokens[j - 1]
    nxt = doc.tokens[j + 1] if j + 1 < len(doc.tokens) else None
    return prev.pos in ("DET", "ADJ", "PROPN", "ADP") and (nxt is not None and nxt.pos in ("NOUN", "PROPN", "ADJ") or prev.pos in ("DET", "PROPN"))


def shifted_object(doc: AnnotatedDocument, t: Token, k: int) -> tuple[Token, ...]:
    """The object of verb ``t`` moved to the end of its clause past a long adverbial, read off the
    words from index ``k`` (after the verb and its particle): prepositional phrases, adverbs, time
    phrases ("this week") and comma asides are skipped, then the first noun phrase with no
    preposition is the object -- its head and the noun of a conjunct ("blankets and food
    parcels"). At least one adverbial must stand before it (else it is the plain object), and no
    verb may follow it (else it is the subject of another clause: "..., officials said").
    Returns () when there is no such phrase within the clause."""
    sent = doc.sentences[t.sent]
    end = sent.token_end
    days = _lower_weekdays()
    lowered = doc.lowered_texts()
    skipped = False
    for _ in range(12):  # adverbials, at most
        if k >= end:
            return ()
        w = doc.tokens[k]
        low = lowered[k]
        if low == "," and not skipped and k == t.i + 1:
            return ()  # "sent, officials said": no adverbial before the comma
        if low == ",":
            close = next((j for j in range(k + 1, min(end, k + 25)) if doc.tokens[j].text == ","), None)
            if close is None:
                return ()
            k, skipped = close + 1, True
            continue
        if low in _APPROXIMATOR_FIRSTS and any(lowered[k : k + len(a)] == a for a in _APPROXIMATOR_LISTS):
            break  # "more than 100,000 troops" opens the object
        if w.pos == "ADV" or low in days:
            k, skipped = k + 1, True
            continue
        if w.pos == "ADP" or w.pos == "SCONJ" and k + 1 < end and doc.tokens[k + 1].pos in ("DET", "NUM"):
            j = k + 1
            while j < end and (doc.tokens[j].pos in _NP_INNER or doc.tokens[j].text in ("'s", "’s", "-") or doc.tokens[j].text.lower() == "of" and j + 1 < end and doc.tokens[j + 1].pos in _NP_INNER or _participle_in_np(doc, j)):
                x = doc.tokens[j]
                if x.pos == "PRON" and x.text.lower() not in POSSESSIVES:
                    break
                if x.pos in ("DET", "NUM") and doc.tokens[j - 1].pos in ("NOUN", "PROPN") or x.text.lower() in POSSESSIVES and j > k + 1:
                    break  # a new noun phrase opens: "since the coup *a* tranche", "to the counterparts *this* week"
                j += 1
            if j == k + 1:
                return ()
            k, skipped = j, True
            continue
        if w.pos in ("DET", "ADJ") and k + 1 < end and doc.tokens[k + 1].lemma.lower() in _TIME_NOUNS:
            k, skipped = k + 2, True  # "this week", "last month"
            continue
        break
    else:
        return ()
    if not skipped:
        return ()
    for a in _APPROXIMATOR_LISTS:
        if lowered[k : k + len(a)] == a:
            k += len(a)
            break
    quantities = word_class("sense_words.tsv", "trigger-quantity")
    heads: list[Token] = []
    j = k
    while j < end:
        w = doc.tokens[j]
        nxt = doc.tokens[j + 1] if j + 1 < end else None
        if w.text in _CURRENCY or w.pos in ("DET", "ADJ", "NUM", "SYM") or w.text.lower() in POSSESSIVES:
            j += 1
            continue
        plural_read_as_verb = w.pos == "VERB" and j > k and w.text.endswith("s") and doc.tokens[j - 1].pos in ("NOUN", "ADJ", "DET", "NUM")
        if w.pos not in ("NOUN", "PROPN") and not plural_read_as_verb:
            break  # ("bank *documents*": a tagger without a parse may read a plural noun as a verb)
        if nxt is not None and nxt.pos in ("NOUN", "PROPN"):
            j += 1
            continue  # a compound modifier
        if nxt is not None and nxt.text.lower() == "of" and (w.lemma.lower() in quantities or w.text.lower() in quantities or doc.tokens[j - 1].pos == "NUM" or w.lemma.lower() in words_of("carrier")):
            j += 2
            continue  # "thousands of bank documents", "200 tonnes of flour", "a tranche of funding"
        heads.append(w)
        if nxt is not None and nxt.pos == "CCONJ" and not heads[1:]:
            j += 2
            continue  # "water and electricity"
        break
    if not heads or j == k:
        return ()
    after = next((doc.tokens[x] for x in range(heads[-1].i + 1, end) if doc.tokens[x].pos != "ADV"), None)
    participle = after is not None and after.text.lower().endswith("ed") and after.i + 1 < end and doc.tokens[after.i + 1].pos == "ADP"
    if after is not None and after.pos in ("VERB", "AUX") and not participle:
        return ()  # "..., officials said": the subject of another clause ("documents *linked* to" is no clause)
    return tuple(heads)


def surface_participle_by(doc: AnnotatedDocument, verb: Token) -> int | None:
    """Without a parse: the index of "by" when ``verb`` is a past participle right after a noun,
    with no "was/were" before it, and a by-phrase follows within its clause ("the aid *sent* by
    Japan", "sanctions *imposed* on Iran by the EU", "records *handed* over by the Swiss
    authorities"); else None. The by-phrase is what tells the participle from a verb in the past
    tense whose subject the noun is ("Troops dispatched ..." alone could be either)."""
    if doc.has_parse or verb.pos != "VERB" or not verb.text.lower().endswith(("ed", "en", "t")):
        return None
    sent = doc.sentences[verb.sent]
    if verb.i - 1 < sent.token_start or doc.tokens[verb.i - 1].pos not in ("NOUN", "PROPN"):
        return None
    for j in range(verb.i + 1, min(sent.token_end, verb.i + 9)):
        w = doc.tokens[j]
        if w.text.lower() == "by":
            return j
        if w.pos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ") or w.text.lower() in ("that", "which", "who"):
            return None
    return None


def surface_participle_object_by(doc: AnnotatedDocument, verb: Token) -> int | None:
    """:func:`surface_participle_by`, only when the noun the participle modifies makes a verb +
    object trigger with it ("the aid sent by Japan", not "a documentary released by ...")."""
    by = surface_participle_by(doc, verb)
    if by is None:
        return None
    sent = doc.sentences[verb.sent]
    nxt = doc.tokens[verb.i + 1].text.lower() if verb.i + 1 < sent.token_end else ""
    prt = (nxt,) if nxt in _PARTICLES else ()
    v = verb.lemma.lower()
    table = triggers()
    ok = any(((v, *prt, n), "VERB") in table or ((v, n), "VERB") in table for n in _noun_forms(doc.tokens[verb.i - 1]))
    return by if ok else None


def surface_participle_head(doc: AnnotatedDocument, verb: Token) -> Token | None:
    """The noun a past participle with a by-phrase modifies (:func:`surface_participle_by`),
    which is the participle's object."""
    return doc.tokens[verb.i - 1] if surface_participle_by(doc, verb) is not None else None


#: Relative pronouns that may stand for a relative clause's object or passive subject ("who" only
#: as a passive subject: "the migrants, who were expelled").
_OBJECT_RELATIVES = frozenset({"which", "whom", "that"})


def surface_relative_head(doc: AnnotatedDocument, verb: Token) -> Token | None:
    """Without a parse: the noun a relative clause hangs on when that noun is the clause verb's
    object -- "the tariffs, *which* Ottawa imposed", "the ambassador *whom* Algeria recalled",
    "the troops *that* Russia had massed", "the prisoners the rebels swapped" -- or its passive
    subject ("the sanctions, *which* were imposed by ..."). The words between the pronoun and the
    verb must be a subject noun phrase (names, nouns, "in six countries", "Israel and Hamas") and
    auxiliaries; with no subject there (and no "was/were") the head is the clause's subject
    ("the troops, which withdrew") and None is returned; "that" must follow its noun directly (so
    "said that the troops" is no relative clause)."""
    if doc.has_parse or verb.pos != "VERB":
        return None
    start = doc.sentences[verb.sent].token_start
    k = verb.i - 1
    passive = False
    while k > start and doc.tokens[k].pos in ("ADV", "AUX"):
        passive = passive or doc.tokens[k].text.lower() in _BE_FORMS
        k -= 1
    subject = 0
    while k > start and subject < 8 and (doc.tokens[k].pos in _NP_INNER or doc.tokens[k].pos in ("CCONJ", "ADP") or doc.tokens[k].text in ("'s", "’s")):
        if doc.tokens[k].text.lower() in _OBJECT_RELATIVES or doc.tokens[k].pos == "NOUN" and doc.tokens[k + 1].pos == "DET":
            break
        subject += 1
        k -= 1
    if passive == bool(subject) or k <= start:
        return None  # no subject of its own and active, or a subject and a passive: not this shape
    w = doc.tokens[k]
    rel = w.text.lower()
    if rel in _OBJECT_RELATIVES or passive and rel == "who":
        head = doc.tokens[k - 1]
        if head.text == "," and rel != "that" and k - 2 >= start:
            head = doc.tokens[k - 2]
    elif w.pos == "NOUN" and not passive and doc.tokens[k + 1].pos == "DET":
        head = w  # a relative clause without its pronoun: "the prisoners the rebels swapped"
    else:
        return None
    return head if head.pos in ("NOUN", "PROPN") else None


def passive_object(doc: AnnotatedDocument, verb: Token) -> Token | None:
    """The subject of a passive verb, which stands for its object ("Sanctions *were imposed*",
    "Curfews *were lifted*", "Reservists *were called up*"), or None (parse only)."""
    if not doc.has_parse or verb.pos != "VERB":
        return None
    return next((c for c in doc.children(verb.i) if c.dep == "nsubj:pass" and c.i < verb.i and c.pos == "NOUN"), None)


def yields_to_passive_verb(doc: AnnotatedDocument, noun: Token) -> bool:
    """The noun is the subject of a passive verb that makes a verb + object trigger with it
    ("New sanctions were imposed on Iran": "impose sanction"): one event, read at the verb,
    whose by-phrase and on-phrase give its roles."""
    if not doc.has_parse or noun.dep != "nsubj:pass" or noun.head is None:
        return False
    verb = doc.tokens[noun.head]
    subj = passive_object(doc, verb)
    return subj is not None and subj.i == noun.i and any((pair, "VERB") in triggers() for pair in _passive_pairs(doc, verb, noun))


def _passive_pairs(doc: AnnotatedDocument, verb: Token, noun: Token) -> list[tuple[str, ...]]:
    """The verb + object entries a passive verb and its subject noun could make."""
    v = verb.lemma.lower()
    prt = next((c.lemma.lower() for c in doc.children(verb.i) if c.dep == "compound:prt"), None)
    out: list[tuple[str, ...]] = []
    for n in dict.fromkeys((noun.lemma.lower(), noun.text.lower())):
        if prt:
            out.append((v, prt, n))
        out.append((v, n))
    return out


#: Categories whose verb names the whole event when another trigger is its complement or object:
#: "declined to send troops" (REJECT), "threatened to kill the hostages", "threatened a new
#: offensive" (THREATEN), "demanded that the president step down", "called for a ceasefire"
#: (REQUEST), "agreed to release prisoners" (AGREE). What is refused, threatened, asked for or
#: promised has not happened; PLOVER codes the one act (manual, REJECT, THREATEN, REQUEST, AGREE).
_SUBSUMING = frozenset({"REJECT", "THREATEN", "REQUEST", "AGREE"})


def _agreed_debt_relief(doc: AnnotatedDocument, t: Token, last: Token) -> bool:
    """Debt relief that creditors agree to ("The Paris Club has agreed to forgive $200 of Nigeria's
    $350 million in loan obligations"): the PLOVER manual codes it AID (sec. RETREAT, potential
    ambiguities), not a promise (AGREE) -- the agreement is the relief. Class ``debt-word`` of
    event_cues.tsv names what is forgiven; the governing verb is an agreement or decision."""
    gov = governor(doc, t)
    if gov is None or gov.lemma.lower() not in words_of("agreeing-verb"):
        return False
    sent = doc.sentences[t.sent]
    debt = words_of("debt-word")
    return any(doc.tokens[k].lemma.lower() in debt for k in range(t.i, min(sent.token_end, last.i + 14)))


def _subsumed(doc: AnnotatedDocument, t: Token, last: Token) -> bool:
    if doc.has_parse and t.pos == "VERB" and t.dep == "conj" and t.head is not None and t.head < t.i:
        first = doc.tokens[t.head]
        if first.pos in ("VERB", "AUX") and _subsumed(doc, first, first):
            return True  # "called on them to pull back their troops *and to let* observers in": asked, too
    gov = governor(doc, t)
    if gov is not None and gov.i != t.i:
        hit = match_trigger(doc, gov)
        if hit is not None and hit[1] in _SUBSUMING:
            return True
    if not doc.has_parse:
        if t.pos == "VERB" and _after_subsuming_noun(doc, t):
            return True  # "an ultimatum to withdraw its troops", "an offer to mediate"
        if t.pos == "VERB" and asked_of_a_party(doc, t, _subsuming_verb):
            return True  # "called on the premier to resign": the resignation is what is asked (asked_acts)
        return t.pos == "NOUN" and _object_of_subsuming_verb(doc, t)
    # the head of a noun trigger ("threatened a new offensive"), or a verb trigger's clause
    # ("demanded that the president step down")
    tok = last if t.pos != "VERB" else t
    if tok.head is None or tok.dep not in ("obj", "obl", "ccomp", "nsubj:pass"):
        return _subsumed_further(doc, t, tok)
    head = doc.tokens[tok.head]
    if head.pos not in ("VERB", "AUX") or head.i == t.i:
        return _subsumed_further(doc, t, tok)
    if tok.dep == "ccomp" and _object_before(doc, head):
        return False  # "accused X of shelling, a charge Yerevan rejected": a relative clause the parser made the main verb
    hit = match_trigger(doc, head)
    return (hit is not None and hit[1] in _SUBSUMING) or _subsumed_further(doc, t, tok)


def _subsuming_verb(doc: AnnotatedDocument, verb: Token) -> bool:
    """The verb, by the lexicon, names a refusal, threat, request or promise (:data:`_SUBSUMING`)."""
    hit = match_trigger(doc, verb)
    return hit is not None and hit[1] in _SUBSUMING


def _object_before(doc: AnnotatedDocument, head: Token) -> bool:
    """The verb's direct object stands before it ("a charge Yerevan rejected"): the verb heads a
    relative clause, so a clause the parser hung on it as its complement is not what it refuses,
    threatens, asks or promises (wire copy: "..., an accusation Moscow has denied")."""
    return any(c.dep == "obj" and c.i < head.i for c in doc.children(head.i))


#: Dependencies through which what is refused, threatened, asked for or promised is reached
#: from its subsuming trigger: "signalled readiness to negotiate a ceasefire", "declined an
#: invitation to attend", "brushed aside calls to release prisoners", "a plea for a ceasefire".
_INSIDE_DEPS = ("obj", "obl", "ccomp", "xcomp", "nsubj:pass", "acl", "advcl", "nmod")


def _subsumed_further(doc: AnnotatedDocument, t: Token, tok: Token) -> bool:
    """With a parse: a subsuming trigger (:data:`_SUBSUMING`) two or three links up the tree,
    through objects, complements, infinitival noun modifiers ("an invitation *to attend*"),
    infinitives of purpose ("struck a deal *to end* the fighting", which a parse may hang on the
    verb) and of/for-phrases ("the offer *of talks*"). Reduced relative clauses ("prisoners
    *arrested* last week") and other adverbial clauses are facts of their own and stop the climb; so does a
    for-phrase under a threat ("vowed revenge *for the killing*": the killing happened); so does an
    adverbial of time or cause (``background-cause-prep`` of ``sense_words.tsv``: "pledged to work
    together *after a meeting* on Thursday": the meeting happened, no part of the promise)."""
    k = tok
    cases: set[str] = set()
    for _step in range(3):
        if k.head is None or k.dep not in _INSIDE_DEPS:
            return False
        if k.dep in ("acl", "advcl") and not any(c.dep in ("mark", "aux") and c.text.lower() == "to" for c in doc.children(k.i)):
            return False  # (a to-infinitive of purpose counts: "reached a deal *to reopen* the crossings")
        if k.dep == "obl" and any(c.dep == "case" and c.text.lower() in word_class("sense_words.tsv", "background-cause-prep") for c in doc.children(k.i)):
            return False  # "promised to cooperate *after a meeting* on Monday": the meeting happened (batch 79)
        if k.dep == "nmod":
            case = next((c.text.lower() for c in doc.children(k.i) if c.dep == "case"), "")
            if case not in ("of", "for"):
                return False
            cases.add(case)
        k = doc.tokens[k.head]
        if k.i == t.i or k.i == tok.i:
            return False
        if k.pos in ("VERB", "AUX", "NOUN"):
            hit = match_trigger(doc, k)
            if hit is not None and hit[1] in _SUBSUMING:
                return not (hit[1] == "THREATEN" and "for" in cases)
    return False


def _declined_thing(doc: AnnotatedDocument, t: Token) -> bool:
    """With a parse: the refusal verb has a noun object that is no quantity ("declined an
    invitation"; not "shares declined 5 percent")."""
    if not doc.has_parse:
        return False
    return any(
        c.dep == "obj" and c.pos in ("NOUN", "PROPN") and c.lemma.lower() not in ("percent", "%", "point", "cent")
        and not any(k.pos == "NUM" for k in doc.children(c.i))
        for c in doc.children(t.i)
    )


def _attributive(doc: AnnotatedDocument, t: Token) -> bool:
    """Without a parse: a participle between a determiner, number or adjective and a noun."""
    sent = doc.sentences[t.sent]
    if t.i <= sent.token_start or t.i + 1 >= sent.token_end:
        return False
    prev, nxt = doc.tokens[t.i - 1], doc.tokens[t.i + 1]
    return prev.pos in ("DET", "NUM", "ADJ") and nxt.pos == "NOUN"


def _complement(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb after "declined/refused (to)"."""
    if doc.has_parse:
        xs = kids(doc, t.i, ("xcomp",))
        return xs[0] if xs else None
    k = t.i + 1
    if k + 2 < len(doc.tokens) and doc.tokens[k].text.lower() == "on" and doc.tokens[k + 1].text.lower() in weekdays() and doc.tokens[k + 2].text.lower() == "to":
        k += 2  # "threatened on Saturday to arrest"
    if k < len(doc.tokens) and doc.tokens[k].text.lower() == "to":
        k += 1
        while k < doc.sentences[t.sent].token_end and doc.tokens[k].pos == "ADV":
            k += 1  # a split infinitive: "declined to publicly detail"
    return doc.tokens[k] if k < doc.sentences[t.sent].token_end and doc.tokens[k].sent == t.sent else None


def governor(doc: AnnotatedDocument, t: Token) -> Token | None:
    """The verb that governs an infinitive or gerund trigger ("declined to send", "avoided blaming")."""
    if doc.has_parse:
        if t.head is not None and t.dep == "xcomp":
            return doc.tokens[t.head]
        return None
    sent = doc.sentences[t.sent]
    k = t.i - 1
    while k > sent.token_start and doc.tokens[k].pos == "ADV":
        k -= 1
    if k >= sent.token_start and doc.tokens[k].text.lower() == "to":
        k -= 1
        # "threatened on Saturday to arrest": wire copy puts the day between verb and infinitive
        if k - 1 > sent.token_start and doc.tokens[k].text.lower() in weekdays() and doc.tokens[k - 1].text.lower() == "on":
            k -= 2
    return doc.tokens[k] if k >= sent.token_start and doc.tokens[k].pos == "VERB" else None
