"""Nominal and passive events (issue 14, dev batch 19): an event noun's doer in a by-phrase
("the arrest of X by Y"), and a passive whose subject is a verb + object trigger's object
("sanctions were imposed on X by Y") -- with their traps.  Sentences are written for these
tests; the dev cases live in ``tests/data/events_dev.tsv``."""

from __future__ import annotations

import pytest

from ._engines import SPACY_ONLY, events, types


@SPACY_ONLY
@pytest.mark.parametrize(
    ("text", "category", "agent", "target"),
    [
        # the parser hangs the by-phrase on the of-phrase's noun; it still names the doer
        ("The detention of the opposition mayor by police sparked clashes in the city.", "COERCE", "police", "mayor"),
        # with a by-phrase, an of-phrase names whom the act is done to, whatever the category
        ("The recognition of Kosovo by Kenya drew a protest from Serbia.", "SUPPORT", "Kenya", "Kosovo"),
    ],
)
def test_a_by_phrase_names_the_doer_of_an_event_noun(text, category, agent, target):
    got = [(a, r) for t, a, r in events(text, "spacy") if t == category]
    assert got, events(text, "spacy")
    agents, targets = got[0]
    assert any(agent in name for name in agents)
    assert any(target in name for name in targets)
    assert not any(target in name for name in agents)


@SPACY_ONLY
def test_a_by_phrase_agent_is_its_noun_not_the_phrases_hung_on_it():
    # "by customs officers at the port of the shipping firm": the officers act, not the firm
    got = events("A search by customs officers of the warehouses of the shipping firm lasted six hours.", "spacy")
    assert all("firm" not in " ".join(a) for _t, a, _r in got)


@SPACY_ONLY
@pytest.mark.parametrize(
    ("text", "category", "agent", "target"),
    [
        ("Fresh sanctions were imposed on Belarus by Canada on Friday.", "SANCTION", "Canada", "Belarus"),
        ("Tariffs were slapped on Chinese solar panels by Washington.", "SANCTION", "Washington", ""),
    ],
)
def test_a_passive_subject_completes_a_verb_and_object_trigger(text, category, agent, target):
    # "impose sanction" read with the passive's subject as the object: SANCTION, not the bare
    # verb's COERCE, and one event (the noun yields to its verb)
    got = events(text, "spacy")
    hits = [(a, r) for t, a, r in got if t == category]
    assert len(hits) == 1, got
    assert any(agent in name for name in hits[0][0])
    assert not target or any(target in name for name in hits[0][1])
    assert "COERCE" not in {t for t, _a, _r in got}


@SPACY_ONLY
def test_a_passive_subject_that_makes_no_trigger_with_its_verb_keeps_its_own_event():
    # "the strike was called off" is a verb + object trigger; "the sanctions were discussed" is not:
    # the verb adds nothing and the noun is no event without an actor
    assert types("The sanctions were discussed at length on Monday.", "spacy") == set()
