"""A country that modifies "sanctions" under a verb of enacting is the one sanctioned: "Congress
passed new North Korea sanctions", "Parliament approved fresh Iran sanctions".

A noun trigger's roles come from the words before it ("U.S. and Israeli strikes": the strikers),
which is right for most event nouns and wrong for this common compound: "Iran sanctions" are
sanctions on Iran (a noun-noun compound whose modifier is the theme, as "Russia policy"). The
modifier alone cannot tell the sanctioner from the sanctioned ("U.S. sanctions"), but a verb of
enacting (``sense_words`` class ``enact-verb``: pass, approve, adopt, impose ...) whose object
the noun heads, with a subject of its own, says who sanctions: that subject; the country before
the noun then receives the measure. A verb of any other kind ("condemned new U.S. sanctions")
leaves the roles alone. Read on the words, with the subject taken from the engine's own roles of
the verb (``roles_of``), so both engines agree.

Left at stop 44 (docs/accuracy.md, e68 and e69); issue 14 batch 135, helper e76 at stop 45.
"""

from __future__ import annotations

from collections.abc import Callable

from ...document import AnnotatedDocument, Token
from ...draft import Draft
from ...lexicons import word_class

__all__ = ["enacted_sanction_roles"]

#: Parts of speech of the words between the verb and the noun ("passed tough new Syria sanctions").
_BETWEEN_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})

#: How many words may stand between the verb and the noun.
_REACH = 6


def enacted_sanction_roles(
    doc: AnnotatedDocument, draft: Draft, t: Token, agents: list[str], roles_of: Callable[[Token], list[str]]
) -> tuple[list[str], list[str]] | None:
    """(agents, targets) of the sanction noun ``t`` when a country among ``agents`` is named in the
    words right before it and those words follow an ``enact-verb`` whose subject (``roles_of`` the
    verb) is another actor: the subject sanctions, the country is sanctioned. None otherwise."""
    if t.pos != "NOUN" or not agents:
        return None
    start = doc.sentences[t.sent].token_start
    k = t.i - 1
    while k >= start and t.i - k <= _REACH and doc.tokens[k].pos in _BETWEEN_POS:
        k -= 1
    if k < start or k == t.i - 1:
        return None
    verb = doc.tokens[k]
    if verb.pos != "VERB" or verb.lemma.lower() not in word_class("sense_words.tsv", "enact-verb"):
        return None
    first, last = doc.tokens[k + 1], doc.tokens[t.i - 1]
    countries = []
    for _s, _e, a in draft.mentions_between(first.start, last.end):
        fields = draft.actor_fields(a)
        if a in agents and fields is not None and fields.kind == "country" and a not in countries:
            countries.append(a)
    if not countries:
        return None
    doers = [x for x in roles_of(verb) if x not in countries]
    if not doers:
        return None
    return doers, countries
