"""Issue 14, helper a11 at stop 39: actors, speakers and the roles that depend on them.

* "According to <outlet>, X said ..." and "<source> reported that X said ...": X is the speaker of
  X's words (the outlet's report is kept as its own statement, over X's speech), and a later "it"
  or "she" in them is X.
* A country named again by a descriptive phrase ("the Gulf state", "the Baltic nation", "the
  island nation", "the oil-rich kingdom") is a mention of that country, never a place or a person;
  with no country before it, a country actor of its own.
* Rules engine: a capitalised opening word that is a common word is no person; a name after "the"
  that modifies no noun ("the Observer reported") is an organisation.
* An object pronoun is no part of its own clause's subject.

Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES, SPACY_ONLY


def _actor_named(article, name: str):  # type: ignore[no-untyped-def]
    return next((a for a in article.actors if a.name == name), None)


def _speaker_of(article, words: str) -> str | None:  # type: ignore[no-untyped-def]
    """The name of the speaker of the innermost statement whose content holds ``words``."""
    start = article.text.index(words)
    holding = [s for s in article.statements if any(c.start <= start and start + len(words) <= c.end for c in s.content)]
    if not holding:
        return None
    inner = min(holding, key=lambda s: sum(c.end - c.start for c in s.content))
    actor = article.actor(inner.speaker) if inner.speaker else None
    return actor.name if actor is not None else None


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "words", "speaker", "outlet"),
    [
        ("According to Reuters, the ministry said it had expelled the Danish envoy.", "had expelled", "ministry", "Reuters"),
        ("According to the state broadcaster, the army said it had shelled rebel bases.", "had shelled", "army", "state broadcaster"),
        ("The Globe reported that the senator said she would run again.", "would run", "senator", "Globe"),
    ],
)
def test_the_relayed_party_speaks_its_own_words(engine: str, text: str, words: str, speaker: str, outlet: str) -> None:
    article = newsmodel.extract(text, engine=engine)
    assert _speaker_of(article, words) == speaker
    # the outlet's report stays, as attribution corpora mark it
    reporters = {a.id for a in article.actors if outlet.split()[-1] in a.name}
    assert any(s.speaker in reporters for s in article.statements)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_pronoun_in_relayed_speech_is_the_speaker_not_the_outlet(engine: str) -> None:
    article = newsmodel.extract("According to Reuters, the ministry said it had expelled the Danish envoy.", engine=engine)
    ministry = _actor_named(article, "ministry")
    assert ministry is not None and "it" in [m.text for m in ministry.mentions]
    event = next(e for e in article.events if e.type == "SANCTION")
    assert ministry.id in event.agents
    statement = next(s for s in article.statements if s.id == event.statement)
    assert statement.speaker == ministry.id


@pytest.mark.parametrize("engine", ENGINES)
def test_a_finding_reported_stays_the_sources(engine: str) -> None:
    # "believe" is no verb of saying: the poll reports a finding, no one else's words
    article = newsmodel.extract("According to the poll, voters believe the economy is weak.", engine=engine)
    assert _speaker_of(article, "the economy is weak") == "poll"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_denial_in_relayed_speech_is_the_speakers(engine: str) -> None:
    article = newsmodel.extract("According to the Blaze, the governor said the claims were false.", engine=engine)
    governor = _actor_named(article, "governor")
    assert governor is not None
    assert article.denials and all(d.denier == governor.id for d in article.denials)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "country", "phrase"),
    [
        ("Qatar is a big gas exporter. The Gulf state condemned the bombing of the convoy.", "Qatar", "The Gulf state"),
        ("Estonia joined the alliance long ago. The Baltic nation expelled two diplomats.", "Estonia", "The Baltic nation"),
        ("Bahrain hosts a naval base. The island nation accused Iran of arming militants.", "Bahrain", "The island nation"),
        ("Saudi Arabia pumps a lot of crude. The oil-rich kingdom pledged new aid.", "Saudi Arabia", "The oil-rich kingdom"),
        ("The Gulf state of Kuwait praised the mediators.", "Kuwait", "The Gulf state"),
    ],
)
def test_a_country_named_again_by_a_phrase_is_the_country(engine: str, text: str, country: str, phrase: str) -> None:
    article = newsmodel.extract(text, engine=engine)
    actor = _actor_named(article, country)
    assert actor is not None and actor.kind == "country"
    assert phrase in [m.text for m in actor.mentions]
    # no place and no person made of the phrase's words
    assert not [a for a in article.actors if a.kind in ("location", "person") and a.name in ("Gulf", "Persian Gulf", "Baltic", "Pacific island")]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_country_phrase_with_no_country_before_is_a_country_of_its_own(engine: str) -> None:
    article = newsmodel.extract("The Gulf state condemned the attack on the tanker.", engine=engine)
    actor = _actor_named(article, "Gulf state")
    assert actor is not None and actor.kind == "country"
    assert any(actor.id in e.agents for e in article.events)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The swing state voted for the senator.",  # a US state, no country
        "The Gulf state of Louisiana flooded again.",  # an of-phrase naming no country
        "Officials of the Central African Republic met the envoy.",  # a capitalised head is a name
    ],
)
def test_phrases_that_name_no_country_again(engine: str, text: str) -> None:
    article = newsmodel.extract(text, engine=engine)
    assert not any(a.kind == "country" and a.name.endswith(("state", "nation")) for a in article.actors)
    assert _actor_named(article, "Gulf state") is None


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        ("Tellingly, the premier praised the miners' union on Friday.", {"Tellingly"}),
        ("Today, the senator spoke. He said today was special.", {"Today"}),
        ('He said, "Nowadays the web is everywhere." Few people say nowadays.', {"Nowadays"}),
        ("Unlike the senator, the governor backed the plan.", {"Unlike"}),
    ],
)
def test_rules_opening_common_words_are_no_people(text: str, not_people: set[str]) -> None:
    article = newsmodel.extract(text, engine="rules")
    assert not {a.name for a in article.actors if a.kind == "person"} & not_people


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Observer reported that the senator said she would run again.", "Observer"),
        ("The Daily Clarion reported that the governor said he had pardoned forty inmates.", "Daily Clarion"),
    ],
)
def test_rules_a_name_after_the_is_a_body(text: str, body: str) -> None:
    article = newsmodel.extract(text, engine="rules")
    actor = _actor_named(article, body)
    assert actor is not None and actor.kind == "organization"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Susan Rice met the envoy. Rice said the rice harvest was poor.", "Susan Rice"),  # a name in a two-word name stays
        ("The Trump campaign said the plan was sound.", "Trump"),  # a name that modifies a noun stays
    ],
)
def test_rules_names_stay_names(text: str, person: str) -> None:
    article = newsmodel.extract(text, engine="rules")
    actor = _actor_named(article, person)
    assert actor is not None and actor.kind == "person"


@SPACY_ONLY
def test_an_object_pronoun_is_no_part_of_its_clause_subject() -> None:
    text = (
        "Senator Ruth Alder campaigned in Ohio over the weekend. Both her husband, former Governor "
        "Paul Alder, and her daughter, Mary Alder, also spoke for her."
    )
    article = newsmodel.extract(text, engine="spacy")
    ruth, mary = _actor_named(article, "Ruth Alder"), _actor_named(article, "Mary Alder")
    assert ruth is not None and mary is not None
    last_her = text.rindex("her")
    assert any(m.start == last_her for m in ruth.mentions)
    assert not any(m.text.lower() == "her" for m in mary.mentions)


@SPACY_ONLY
def test_an_object_pronoun_after_a_predicate_with_its_own_subject() -> None:
    text = "Senator Carl Dorn said both the mayor and the judge had been fair to him."
    article = newsmodel.extract(text, engine="spacy")
    dorn = _actor_named(article, "Carl Dorn")
    assert dorn is not None and "him" in [m.text for m in dorn.mentions]


_COUNTRIES = ("Qatar", "Estonia", "Bahrain", "Serbia", "Kenya")
_PHRASES = ("The Gulf state", "The Baltic nation", "The island nation", "The Balkan state", "The oil-rich kingdom")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_COUNTRIES), st.sampled_from(_PHRASES), st.sampled_from(("condemned the raid", "praised the deal", "rejected the plan")))
def test_a_country_phrase_is_never_a_place_or_a_person(country: str, phrase: str, rest: str) -> None:
    article = newsmodel.extract(f"{country} issued a statement on Sunday. {phrase} {rest}.", engine="rules")
    holders = [a for a in article.actors if phrase in [m.text for m in a.mentions]]
    assert len(holders) == 1 and holders[0].kind == "country" and holders[0].name == country
