"""A leader's bare surname the NER left untagged is that leader: "Merkel spoke by phone with Macron".

The small spaCy model tags many one-word surnames as no entity at all (a proper noun outside every
span), and the actor finder adds such a word only as the subject of an action verb -- a speech or
talk verb's subject is left to the attribution finder ("Chaffetz said"), so "Merkel spoke by phone
with Putin" had no agent, and "Merkel" as an object was lost too.  The rules engine's own name
finder reads the named-actor dictionaries and so finds her.

A word the dictionaries list as the surname alias of a named person (``named_actors.tsv`` and
``named_actors_extra.tsv``: a name of two words or more, coded with a role beyond a bare state code
and with no "of" or "and" in it, whose bare last word is among its aliases, as "angela merkel"
lists "merkel") is that person wherever it stands alone: title case, no proper
noun beside it, no common word of the lexicons (a surname that is also a word, "Bush", "May", is
left to the NER), and not the modifier of a noun ("the Merkel years": a period named after her,
no actor), nor a word of a name the NER tagged elsewhere in the article (left to the surname
folds).  Issue 14, helper e88 at stop 47 (dev batch 151; e87 left "Merkel" unrecognised on spaCy).
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument, Token
from ..engines.headline_case import is_common_word
from ..lexicons import rows

__all__ = ["dictionary_surnames", "known_surname"]

#: Dependency labels of a word that modifies a noun rather than naming a party.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod:npmod"})


@lru_cache(maxsize=1)
def _surname_aliases() -> frozenset[str]:
    """Lower-case one-word aliases that are the last word of their named person's full name."""
    out: set[str] = set()
    for name in ("named_actors_extra.tsv", "named_actors.tsv"):
        for r in rows(name):
            if len(r) < 4 or not r[3]:
                continue
            words = r[0].split()
            if len(words) < 2 or "of" in words or "and" in words:
                continue  # "antigua and barbuda", "republic of serbian krajina": a place, no person
            if not any(len(c.partition("@")[0]) > 3 for c in r[1].split(";")):
                continue  # a bare state code ("NZL" for "new zealand"): a place; a person holds a role ("DEUGOV")
            aliases = r[3].split("|")
            if words[-1] in aliases:
                out.add(words[-1])
    return frozenset(out)


def known_surname(word: str) -> bool:
    """``word`` (as written) is a dictionary person's bare surname in title case, and no common word."""
    return len(word) >= 3 and word[0].isupper() and word[1:].islower() and word.isalpha() and word.lower() in _surname_aliases() and not is_common_word(word)


def dictionary_surnames(doc: AnnotatedDocument, free_propns: list[int]) -> list[Token]:
    """The proper nouns among ``free_propns`` (outside every entity) that stand alone and are a
    dictionary person's surname: :func:`known_surname`, no proper noun right before or after, not
    a noun's modifier."""
    tokens = doc.tokens
    # a word of a name the NER tagged elsewhere in the article is left to the surname folds, as
    # actors._untagged_subject_names leaves it ("Hollande denounced" after "Francois Hollande"): a
    # first version that added it moved a later "his" from one person to the other (PolNeAR train)
    named = {tokens[j].text for e in doc.entities for j in range(e.token_start, e.token_end)}
    out: list[Token] = []
    for k in free_propns:
        t = tokens[k]
        if not known_surname(t.text) or t.dep in _MODIFIER_DEPS or t.text in named:
            continue
        if k > 0 and tokens[k - 1].pos == "PROPN" or k + 1 < len(tokens) and tokens[k + 1].pos == "PROPN":
            continue
        out.append(t)
    return out
