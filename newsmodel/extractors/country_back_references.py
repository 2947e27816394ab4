"""A bare "the country" / "the nation" that names again the country named just before it.

News names a country and then, in the next clause or sentence, calls it "the country": "Troops
overthrew the president of Niger on Wednesday. France suspended aid to the country." Read word by
word the phrase is a common noun with no actor, so the event it is the target (or agent) of lost
that role, or -- for an event that needs its party -- vanished.  Here the phrase becomes a mention
of the country actor named last in the sentence before it.  A country named in the phrase's own
sentence is another party ("France suspended aid to the country": not France -- a name cannot be
taken up again by a full noun phrase in its own clause, which would say "itself" or "its"); a
country named further back is no safe antecedent; and in news about a country's own politics
("the senator said the country must ...", with no country named) the phrase names none, so nothing
is added.  ``country_epithets`` does the same for phrases with a modifier ("the Gulf state").

What counts (``actor_words.tsv``): "the" and a lower-case head of ``bare-country-head``; not a
possessive ("the country's president": the phrase then only qualifies a person, left alone), not
before "of" ("the country of Georgia"), not after a preposition of ``bare-country-place-word``
("across the country", "in the country": a place, not a party).  Issue 14, helper e72 at stop 44,
dev batch 128 A.
"""

from __future__ import annotations

from functools import lru_cache

from ..document import AnnotatedDocument
from ..draft import Draft
from ..lexicons import word_class


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    return word_class("actor_words.tsv", "bare-country-head"), word_class("actor_words.tsv", "bare-country-place-word")


def add_country_back_references(doc: AnnotatedDocument, draft: Draft) -> None:
    """Each bare "the country" as a mention of the country named last in its sentence or the one
    before (see the module's docstring)."""
    heads, place_words = _words()
    tokens = doc.tokens
    lowered = doc.lowered_texts()
    for h in range(1, len(tokens)):
        if lowered[h] not in heads or lowered[h - 1] != "the" or not tokens[h].text.islower():
            continue
        if h + 1 < len(tokens) and lowered[h + 1] in ("'s", "’s", "'", "of"):
            continue  # "the country's president", "the country of Georgia"
        if h >= 2 and lowered[h - 2] in place_words:
            continue  # "across the country": a place
        start, end = tokens[h - 1].start, tokens[h].end
        if draft.actor_at(start, end) is not None:
            continue
        sent = tokens[h].sent
        if sent == 0:
            continue
        own = _countries(draft, start, doc.sentences[sent].start)
        country = next((c for c in _countries(draft, start, doc.sentences[sent - 1].start) if c not in own), None)
        if country is not None:
            draft.add_mention(country, start, end)


def _countries(draft: Draft, offset: int, limit: int) -> list[str]:
    """The country actors mentioned before ``offset`` and at or after ``limit``, nearest first."""
    out: list[str] = []
    for _s, _e, actor_id in draft.mentions_before(offset, limit=limit):
        actor = draft.actor_fields(actor_id)
        if actor is not None and actor.kind == "country" and actor_id not in out:
            out.append(actor_id)
    return out
