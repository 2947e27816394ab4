"""Names of laws, pacts, wars and contests are no actors: "the Fourth Amendment", "the Korean War",
"the Super Bowl", "the Trans-Pacific Partnership".

The rules engine labels every capitalised run a person's or (after "the") an organisation's name,
and spaCy's small model tags some pacts ORG ("the North American Free Trade Agreement"); both made
actors of them, which the statement and event rules could then take for a speaker or a party. A
name of two words or more, each capitalised, whose last word heads such names (``actor_words.tsv``
class ``thing-name-head``) names a thing; a name of two words whose first is a given name
(``first_names.tsv``: "Rosa Act" would be a person) stays a name. Issue 14, helper a22 at stop 45.
"""

from __future__ import annotations

from ..lexicons import word_class


def _given_name(word: str) -> bool:
    low = word.lower()
    return low in word_class("first_names.tsv", "male") or low in word_class("first_names.tsv", "female")


def names_a_thing(label: str, words: list[str]) -> bool:
    """The entity (its label, its words without a leading "the") names a law, a pact, a war or a
    contest rather than a party (above)."""
    if label not in ("PERSON", "ORG") or len(words) < 2:
        return False
    if not all(w[:1].isupper() or not w[:1].isalnum() for w in words):  # "Trans - Pacific": a hyphen token
        return False
    if words[-1].lower() not in word_class("actor_words.tsv", "thing-name-head"):
        return False
    return not (len(words) == 2 and _given_name(words[0]))
