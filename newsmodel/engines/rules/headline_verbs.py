"""The verb of a headline, which the suffix tagger reads as a noun.

The rules tagger tags a word from its neighbours in running text, where a
verb follows a pronoun, an auxiliary or "to".  A headline drops all of
those: "Police Arrest Opposition Leader", "China Deploys Warships Near
Taiwan", "Gunmen Kill 12 in Attack on Village" -- so its verb is tagged a
noun and the event or denial it carries is lost.  In a title-case or
capitals line (:mod:`newsmodel.engines.headline_case`) the first word that
can be a verb and follows its subject is the verb:

* a verb in ``-s`` after a singular subject ("China Deploys", "Bomber Kills");
* a verb's base form after a plural subject ("Gunmen Kill", "Workers
  Strike", "Xi, Putin Hold"), or before a number or a determiner that opens
  its object ("Taliban Release Two Aid Workers"), so that the compound
  "Drone Strike Kills" keeps "Strike" as a noun and takes "Kills";
* never a word right after a nationality ("Russian Forces", "Israeli
  Jets"): that is the subject's head noun.

A participle right after the headline verb and before a noun modifies that
noun ("Frees Jailed Opposition Leader") and is tagged an adjective, and a
word in -s right after it is its object ("Hold Talks"), a noun.  The
headline's first word is capitalised by position: a common word there that
no gazetteer names is a noun, not a name, when it is a generic agent that
the actor rules type ("Police", "Militants") or modifies the noun after it ("Rights Group",
"Oil Prices"); otherwise it stays a name, the only way the rules engine
makes an actor of "Opposition Calls for ...".
"""

from __future__ import annotations

from functools import lru_cache

from ...lexicons import rows
from ..headline_case import _common, is_title_case
from ..headline_vocabulary import general_common
from ..headline_clauses import coordinated_verb, is_headline_line, may_be_headline, people_before_verb
from .tagger import lemmatize, unmarked_plurals

__all__ = ["retag_headline_verbs"]


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Verb lemmas the lexicons know: the tagger's own and the CAMEO verb dictionary's."""
    from .tagger import _verb_lemmas

    return _verb_lemmas() | frozenset(r[0] for r in rows("cameo_verbs.tsv") if r and " " not in r[0])


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    from ...lexicons import gazetteer

    return frozenset(k[0].lower() for k, v in gazetteer().items() if len(k) == 1 and v[0] == "demonym")


def _verb_lemma(low: str) -> tuple[str, bool] | None:
    """``(lemma, third-person -s form)`` when ``low`` can be a verb the lexicons know."""
    verbs = _verbs()
    if low.endswith("s") and not low.endswith("ss"):
        for stem in ((low[:-3] + "y") if low.endswith("ies") else "", low[:-2] if low.endswith("es") else "", low[:-1]):
            if stem and stem in verbs:
                return stem, True
        return None
    return (low, False) if low in verbs else None


def _plural(low: str) -> bool:
    return (low.endswith("s") and not low.endswith("ss")) or low.endswith(unmarked_plurals())


def retag_headline_verbs(
    text: str, words: list[str], starts: list[int], bounds: list[tuple[int, int]], pos: list[str], lemmas: list[str], title_case: bool = True
) -> None:
    """Tag the verb of each headline sentence a verb, in place: a title-case or capitals line's,
    and a line's in sentence or lower case with no closing full stop
    (:func:`..headline_clauses.is_headline_line`: "court sentences former mayor to six years").

    ``words``: the (case-normalised) words the tagger read; ``bounds``: the
    sentences' token ranges; ``title_case``: the text holds a title-case or capitals line
    (else only the lines with no closing punctuation are read).
    """
    demonyms = _demonyms()
    for a, b in bounds:
        if b - a < 3:
            continue
        # a line with no closing punctuation, in any case ("court sentences former mayor to ...")
        unstopped = may_be_headline(words, a, b) and is_headline_line(text, starts[a], starts[b - 1] + len(words[b - 1]))
        if not unstopped:
            if not title_case:
                continue
            line_start = text.rfind("\n", 0, starts[a]) + 1
            line_end = text.find("\n", starts[a])
            if not is_title_case(text[line_start : line_end if line_end >= 0 else len(text)]):
                continue
        first = a
        for k in range(a, b):
            if words[k] == ":":
                first = k + 1  # "Iran: Authorities Shut Down ...": the headline after its label
        for k in range(first, b):
            if pos[k] == "ADV" and words[k][:1].isupper() and (words[k],) in _gazetteer():
                pos[k], lemmas[k] = "PROPN", words[k]  # "Italy Extradites ...": a country, not an adverb in -ly
        for k in range(first + 1, b):
            if pos[k] == "VERB" and words[k - 1] in ("'s", "’s") and pos[k - 2 if k - 2 >= a else k - 1] == "PROPN":
                pos[k], lemmas[k] = "NOUN", lemmatize(words[k], "NOUN")  # "Denies Ukraine's Request": a possessed noun
        coordinated = False
        for k in range(first + 1, b):
            if pos[k] in ("VERB", "AUX"):
                _object_after(words, pos, lemmas, k, b)
                _second_verbs(words, pos, lemmas, k, b)
                break  # the tagger found the verb itself
            prev = words[k - 1].lower()
            if prev in (",", "and", "&"):
                coordinated = True
            w = words[k]
            if pos[k] not in ("NOUN", "ADJ") or w[:1].isupper() or pos[k - 1] not in ("NOUN", "PROPN", "NUM") or prev in demonyms:
                continue
            hit = _verb_lemma(w.lower())
            if hit is None:
                continue
            lemma, s_form = hit
            if s_form and people_before_verb(words, k, b, pos):
                continue  # "Border Guards Fire ...": the people are the subject, the verb comes next
            counted_object = k + 1 < b and pos[k + 1] in ("NUM", "DET")
            if not s_form and not (coordinated or _plural(prev) or counted_object):
                continue  # "Drone Strike Kills": a base form after a singular noun is a compound
            # (a number or a determiner after it opens its object: "Taliban Release Two Aid Workers",
            # a collective name taking the plural verb; lead at stop 36)
            pos[k], lemmas[k] = "VERB", lemma
            _object_after(words, pos, lemmas, k, b)
            _second_verbs(words, pos, lemmas, k, b)
            break
        else:
            _named_plural_subject_verb(words, pos, lemmas, first, b)
        # the first word, once the verb is known: a noun before a noun or a generic agent
        if first + 1 < b and pos[first] == "PROPN" and _typed_first_word(words[first], pos[first + 1]):
            pos[first], lemmas[first] = "NOUN", lemmatize(words[first], "NOUN")  # "Police Arrest ...", "Oil Prices Hit ..."


def _second_verbs(words: list[str], pos: list[str], lemmas: list[str], k: int, b: int) -> None:
    """A second verb in -s coordinated with the headline verb ``k`` in -s ("Backs Tax Bill And
    *Denounces* Critics": :func:`..headline_clauses.coordinated_verb`) is a verb, its object after it."""
    low = words[k].lower()
    if not low.endswith("s") or low.endswith("ss"):
        return
    for j in range(k + 2, b - 1):
        if pos[j] in ("VERB", "AUX"):
            return
        if pos[j] in ("NOUN", "ADJ", "PROPN"):
            lemma = coordinated_verb(words, pos, j, b)
            if lemma is not None:
                pos[j], lemmas[j] = "VERB", lemma
                _object_after(words, pos, lemmas, j, b)
                return


def _object_after(words: list[str], pos: list[str], lemmas: list[str], k: int, b: int) -> None:
    """The word after the headline verb ``k`` is no second verb: a participle before a noun
    modifies it ("Frees Jailed Opposition Leader"), a word in -s is the object ("Hold Talks").
    Nor is the last word of the object's noun phrase, ending the line or before a preposition
    ("Attacks EU Plan on Migration": the plan is attacked, not the EU)."""
    _object_head(words, pos, lemmas, k, b)
    nxt = k + 1
    if nxt >= b or pos[nxt] != "VERB":
        return
    low = words[nxt].lower()
    if low.endswith("ed") and nxt + 1 < b and pos[nxt + 1] in ("NOUN", "PROPN", "ADJ"):
        pos[nxt], lemmas[nxt] = "ADJ", low
    elif _base_form_modifier(words, pos, k, nxt, b):
        pos[nxt], lemmas[nxt] = "NOUN", lemmatize(words[nxt], "NOUN")
    elif low.endswith("s") and not low.endswith("ss") and pos[k] == "VERB":
        pos[nxt], lemmas[nxt] = "NOUN", lemmatize(words[nxt], "NOUN")


def _typed_first_word(word: str, next_pos: str) -> bool:
    """A headline's capitalised first word that is a common noun (see the module docstring)."""
    if not word[:1].isupper() or not (_common(word) or general_common(word, pos="n")) or (word,) in _gazetteer():
        return False
    if next_pos == "NOUN":
        return True
    from ...extractors.cameo import _agents
    from ...lexicons import org_nouns, person_nouns, titles

    agents = _agents()
    low, lemma = word.lower(), lemmatize(word, "NOUN")
    if (low,) not in agents and (lemma,) not in agents:
        return False
    # only an agent word that becomes an actor as a noun (a plural, a body, a role): "Hospital"
    # stays a name, the one way the rules engine makes it a denier or an agent
    return low != lemma or low.endswith(unmarked_plurals()) or lemma in org_nouns() or lemma in person_nouns() or titles().get((lemma,)) == "role"


@lru_cache(maxsize=1)
def _gazetteer():  # type: ignore[no-untyped-def]
    from ...lexicons import gazetteer

    return gazetteer()


def _object_head(words: list[str], pos: list[str], lemmas: list[str], k: int, b: int) -> None:
    """A word tagged a verb (not a participle) after a noun of the headline verb's object, ending
    the line or before a preposition, is the object's head noun (see :func:`_object_after`)."""
    j = k + 1
    while j < b and pos[j] in ("NOUN", "PROPN", "ADJ", "NUM", "DET"):
        j += 1
    if j == k + 1 or j >= b or pos[j] != "VERB" or pos[j - 1] not in ("NOUN", "PROPN"):
        return
    low = words[j].lower()
    if low.endswith(("ed", "ing")) or not (j + 1 == b or pos[j + 1] in ("ADP", "PUNCT")):
        return
    pos[j], lemmas[j] = "NOUN", lemmatize(words[j], "NOUN")


def _base_form_modifier(words: list[str], pos: list[str], k: int, nxt: int, b: int) -> bool:
    """A base form right after a verb in -s and before a noun modifies that noun ("Slams *Protest*
    Organisers"): two finite verbs do not stand side by side, and only the verbs that take a bare
    infinitive ("Helps Build Schools": ``bare-infinitive-verb`` of ``engine_words.tsv``) have a
    base form after them (h3, stop 43)."""
    from .tagger import _bare_infinitive_verbs

    low, verb = words[nxt].lower(), words[k].lower()
    if not verb.endswith("s") or verb.endswith("ss") or low.endswith(("s", "ed", "ing")):
        return False
    if nxt + 1 >= b or pos[nxt + 1] not in ("NOUN", "PROPN"):
        return False
    return _lemma_of_s(verb) not in _bare_infinitive_verbs()


def _lemma_of_s(verb_s: str) -> str:
    """The lemma of a headline verb in -s (itself when the lexicons know no verb in it)."""
    hit = _verb_lemma(verb_s)
    return hit[0] if hit is not None else verb_s


def _named_plural_subject_verb(words: list[str], pos: list[str], lemmas: list[str], first: int, b: int) -> None:
    """A headline with no verb found: a base form right after a name and before its object's
    noun is the verb -- a group's name takes the plural verb ("Taliban Ban Women From ...",
    "Houthis Seize Cargo Ship"), and a line needs a verb.  A base form after a common noun stays
    a compound ("Drone Strike", "Trade Ban"), and one before a preposition stays a noun ("Trump
    Ban on Travel"): the verbless noun phrase of a label (h4, stop 44)."""
    for k in range(first + 1, b - 1):
        w = words[k]
        if pos[k] not in ("NOUN", "ADJ") or w[:1].isupper() or pos[k - 1] != "PROPN":
            continue
        hit = _verb_lemma(w.lower())
        if hit is None or hit[1] or pos[k + 1] not in ("NOUN", "ADJ"):
            continue
        pos[k], lemmas[k] = "VERB", hit[0]
        _object_after(words, pos, lemmas, k, b)
        return
