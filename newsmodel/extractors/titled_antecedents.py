"""A definite role noun that names again a person named before with that role: "Senator Ann Lowe
toured the farms. The senator said ..." -- the senator is Ann Lowe, one actor, not a second one
named "senator".

News names a person once with a title or an apposition and then goes on with the title alone;
made into an actor of its own, the role noun split one participant in two (issue 14, the largest
cause of wrong actors on PolNeAR train at stop 43). The noun is read here, where nominal actors
are made (:func:`.nominals.nominal_actor`, the coded nouns of :mod:`.generic_agents`, the
role people of :mod:`.role_people`), so every rule that meets it finds the same person.

A noun refers back when it is (issue 14, helper a21 at stop 44):

* singular and definite: "the" before it, past its adjectives, numbers and names ("the senator",
  "the Texas senator", "the former governor"); "a senator" and "senators" are not;
* the head of a title a person named before it bears: its last word ("Senator", "Republican
  presidential nominee", "Kremlin spokesman"), an abbreviation of it (``actor_words.tsv`` classes
  ``abbreviates-NOUN``: "Sen.", "Gov.", "Gen."), or a whole postpositive title (class
  ``postpositive-title``: "the attorney general" is Attorney General Mara Quint, while "the
  general" is not); a rank word in the title (class ``lesser-rank``: "Vice President", "Deputy
  Minister") must stand before the noun as well -- or the head of a comma-set apposition on one of
  that person's mentions ("Ann Lowe, a retired general, ...");
* the person is named before the noun. When several are, the one mentioned nearest before it is
  meant ("Senator Lowe ... Senator Okafor voted no. The senator said": Okafor), so two people with
  one title stay two actors.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..draft import Draft
from ..lexicons import word_class, word_classes

__all__ = ["titled_person", "role_words"]

#: Parts of speech that may stand between "the" and the role noun ("the former Texas senator").
_MODIFIER_POS = ("ADJ", "NUM", "PROPN", "NOUN")
#: How many words may stand between "the" and the noun.
_MODIFIER_LIMIT = 4
_ARTICLES = ("a", "an", "the")
#: What may follow the head of a comma-set apposition ("Ann Lowe, a retired general, said").
_APPOSITION_CLOSERS = frozenset({",", ".", ";", ")", "—", "–", "who", "of", "for", "from", "at", "with"})


@lru_cache(maxsize=1)
def _postpositive() -> frozenset[str]:
    return word_class("actor_words.tsv", "postpositive-title")


@lru_cache(maxsize=1)
def _lesser_ranks() -> frozenset[str]:
    return word_class("actor_words.tsv", "lesser-rank")


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, frozenset[str]]:
    """Abbreviated title (lower case) -> the role nouns it stands for."""
    out: dict[str, set[str]] = {}
    for cls, words in word_classes("actor_words.tsv").items():
        if cls.startswith("abbreviates-"):
            for w in words:
                out.setdefault(w, set()).add(cls[len("abbreviates-") :])
    return {w: frozenset(nouns) for w, nouns in out.items()}


@lru_cache(maxsize=4096)
def role_words(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the role nouns a title names its holder by, the rank words in it): "Republican presidential
    nominee" -> ({"nominee"}, {}); "Sen." -> ({"senator"}, {}); "Attorney General" -> ({"attorney
    general"}, {}); "Vice President" -> ({"president"}, {"vice"})."""
    words = title.lower().replace("-", " - ").split()
    words = [w for w in words if w != "-"] or [title.lower()]
    ranks = frozenset(w for w in words if w in _lesser_ranks())
    low = " ".join(words)
    heads: set[str] = set()
    if low in _abbreviations():
        heads |= _abbreviations()[low]
    last = words[-1]
    heads |= _abbreviations().get(last, frozenset())
    pair = " ".join(words[-2:])
    if len(words) >= 2 and (pair in _postpositive() or title.lower().split()[-1] in _postpositive()):
        heads.add(pair if pair in _postpositive() else title.lower().split()[-1])
    else:
        heads.add(last)
    return frozenset(heads), ranks


def _role_phrase(doc: AnnotatedDocument, head: Token) -> tuple[str, frozenset[str]] | None:
    """(the role noun, the words before it) of a definite singular noun phrase headed by ``head``,
    None when the phrase is not definite or the noun is plural. A postpositive title is read whole
    ("the attorney general": "attorney general")."""
    low, lemma = head.text.lower(), head.lemma.lower()
    if low != lemma and low.endswith("s"):
        return None  # "the senators": a group
    first = doc.sentences[head.sent].token_start
    k = head.i - 1
    words: list[str] = []
    while k >= first and head.i - k <= _MODIFIER_LIMIT and doc.tokens[k].pos in _MODIFIER_POS and doc.tokens[k].text.lower() != "the":
        words.append(doc.tokens[k].text.lower())
        k -= 1
    if k < first or doc.tokens[k].text.lower() != "the":
        return None
    noun = lemma
    if words and f"{words[0]} {lemma}" in _postpositive():
        noun = f"{words[0]} {lemma}"
    elif low in _postpositive():  # one token "governor-general"
        noun = low
    return noun, frozenset(words)


def _apposed_role(doc: AnnotatedDocument, end: int, noun: str) -> bool:
    """A comma-set apposition headed by ``noun`` right after the mention ending at ``end`` ("Ann
    Lowe, a retired general, ..."; "Tom Reiter, the town's mayor,")."""
    tokens = doc.tokens
    k = bisect.bisect_left(tokens, end, key=lambda t: t.start)
    if k >= len(tokens) or tokens[k].text != "," or k < 2:
        return False
    j = k - 1
    while j > 0 and tokens[j - 1].pos == "PROPN" and tokens[j - 1].sent == tokens[k].sent:
        j -= 1  # the name's first word
    if j > 0 and tokens[j - 1].pos == "ADP" and tokens[j - 1].sent == tokens[k].sent:
        return False  # "In Leeds, the candidate ...": a place after a preposition, no apposition's host
    sent = tokens[k].sent
    k += 1
    if k < len(tokens) and tokens[k].text.lower() in _ARTICLES:
        k += 1
    stop = k + _MODIFIER_LIMIT + 1
    while k < len(tokens) and k < stop and tokens[k].sent == sent:
        t = tokens[k]
        if t.pos == "NOUN" and t.lemma.lower() == noun.split()[-1]:
            # the apposition closes after its noun (a comma, a full stop, a relative or an
            # of/for phrase), as "In Leeds, the candidate rejected ..." -- a fronted phrase and
            # its clause's subject -- does not
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            return nxt is None or nxt.text.lower() in _APPOSITION_CLOSERS
        if t.pos not in _MODIFIER_POS and t.text not in ("'s", "’s"):
            return False
        k += 1
    return False


#: How far back (characters) the person a role phrase names again is looked for: a news article
#: and more (PolNeAR train texts average 4.6 KB), while a long document's cost stays linear
#: (issue 13: a 1 MB text had spent a third of its time here).
_WINDOW = 10_000


def titled_person(draft: Draft, head: Token) -> str | None:
    """The person named before ``head`` whose title or apposition the definite role phrase headed
    by ``head`` repeats (module docstring), the nearest such one; None when there is none."""
    doc = draft.doc
    phrase = _role_phrase(doc, head)
    if phrase is None:
        return None
    noun, before = phrase
    earlier = draft.mentions_before(head.start, limit=max(0, head.start - _WINDOW))  # nearest first
    if not earlier:
        return None
    ranked = before & _lesser_ranks()
    # where each earlier person's mentions end (for the apposition test), made only when a person
    # without a fitting title is met: the other earlier mentions (places, groups) need none
    ends: dict[str, list[int]] = {}
    verdict: dict[str, bool] = {}

    def fits(actor_id: str) -> bool:
        if actor_id in verdict:
            return verdict[actor_id]
        actor = draft.actor_fields(actor_id)
        ok = False
        if actor is not None and actor.kind == "person" and actor.name[:1].isupper():
            for title in actor.titles:
                heads, ranks = role_words(title)
                if noun in heads and ranks == ranked:
                    ok = True
                    break
            if not ok:
                if not ends:
                    for _s, e, a in earlier:
                        ends.setdefault(a, []).append(e)
                ok = any(_apposed_role(doc, e, noun) for e in ends[actor_id])
        verdict[actor_id] = ok
        return ok

    for _s, _e, actor_id in earlier:
        if fits(actor_id):
            return actor_id
    return None
