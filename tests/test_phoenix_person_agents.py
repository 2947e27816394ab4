"""Phoenix's person-word agents are spelled as one word (issue 14 follow-up).

``Phoenix.agents.txt`` writes ``FISHER!PERSON!`` for fisherman, fishermen, fisherwoman ...;
the converter once expanded it to "fisher man", which no text contains.  Spokespeople are kept
out on purpose (they speak for the actor named beside them).  Sentences written for this test.
"""

from __future__ import annotations

import pytest

import newsmodel


@pytest.mark.parametrize("engine", ["rules", "spacy"])
@pytest.mark.parametrize(
    "sentence, agent, code",
    [
        ("A congresswoman visited Taiwan on Friday.", "congresswoman", "LEG"),
        ("Two policemen arrested the suspect outside the bank.", "policemen", "COP"),
        ("Fishermen protested outside the ministry.", "fishermen", "AGR"),
    ],
)
def test_person_compounds_are_generic_agents_with_their_sector(engine, sentence, agent, code):
    if engine == "spacy":
        pytest.importorskip("newsmodel_spacy")
    article = newsmodel.extract(sentence, engine=engine)
    [actor] = [a for a in article.actors if any(m.text.lower() == agent for m in a.mentions)]
    assert actor.code == code
    assert any(actor.id in e.agents for e in article.events)


def test_a_spokeswoman_leaves_the_naming_to_the_actor_she_speaks_for():
    article = newsmodel.extract('"The report is false," a spokeswoman for Unilever said.', engine="rules")
    # (issue 14, helper a9: the spokeswoman is a person of her own who speaks, affiliated with Unilever)
    [speaker] = [article.actor(s.speaker) for s in article.statements]
    assert speaker.name == "spokeswoman for Unilever" and article.actor(speaker.affiliation).name == "Unilever"
    assert not any(m.text.lower() == "spokeswoman" for a in article.actors for m in a.mentions if a.code)


def test_a_headline_spokesman_is_still_read_as_a_common_noun():
    # the headline recaser must know "spokesman" although agents.tsv no longer lists it
    pytest.importorskip("newsmodel_spacy")
    article = newsmodel.extract("Pentagon Spokesman Denies Reports of Base Closures", engine="spacy")
    [denial] = article.denials
    assert "spokesman" in article.actor(denial.denier).name.lower()  # not the Pentagon itself
