"""Pronoun speakers (helper a7, stop 33): "he"/"she" resolved by gender, outside quotations and
to the previous sentence's subject (newsmodel/extractors/pronouns.py).  Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsmodel.extractors.pronouns import name_gender, pronoun_gender

from ._engines import ENGINES


def _speakers(text: str, engine: str) -> dict[str, str | None]:
    """Each statement's source as written -> its speaker's name."""
    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    out = {}
    for st in art.statements:
        if st.source is not None:
            actor = art.actor(st.speaker) if st.speaker else None
            out[art.text[st.source.start : st.source.end]] = actor.name if actor else None
    return out


def _pronoun_actor(text: str, engine: str, pronoun: str, nth: int = 0) -> str | None:
    """The actor whose mentions hold the ``nth`` occurrence of ``pronoun`` (a whole word)."""
    import re

    import newsmodel

    art = newsmodel.extract(text, engine=engine)
    start = [m.start() for m in re.finditer(rf"\b{pronoun}\b", text)][nth]
    for actor in art.actors:
        if any(m.start == start for m in actor.mentions):
            return actor.name
    return None


def test_lexicon_genders():
    assert pronoun_gender("She") == "f" and pronoun_gender("him") == "m" and pronoun_gender("they") is None
    assert name_gender("Maria Lopez") == "f" and name_gender("John Smith") == "m"
    assert name_gender("Lopez") is None  # a surname alone tells nothing
    assert name_gender("Lindsey Graham") is None  # a given name the census gives to both is left out


@pytest.mark.parametrize("engine", ENGINES)
def test_she_goes_to_the_woman_not_the_nearest_man(engine):
    text = "Maria Lopez met John Smith in Madrid on Monday. She said the talks had gone well."
    assert _speakers(text, engine)["She"] == "Maria Lopez"


@pytest.mark.parametrize("engine", ENGINES)
def test_he_skips_a_woman_named_by_honorific(engine):
    text = "Mrs. Okafor spoke after Paul Becker at the hearing. He said the budget was too small."
    assert _speakers(text, engine)["He"] == "Paul Becker"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_name_inside_a_quotation_is_no_antecedent(engine):
    text = "Senator Paul Davies spoke to reporters on Tuesday. “Mark Ellison is wrong about the tariffs.” He added that the vote would come next week."
    assert _speakers(text, engine)["He"] == "Paul Davies"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sentence_opening_he_continues_the_previous_subject(engine):
    text = "Governor Tom Becker praised Mayor Alan Price on Friday. He said the city had handled the flood well."
    assert _speakers(text, engine)["He"] == "Tom Becker"


@pytest.mark.parametrize("engine", ENGINES)
def test_the_chain_tells_the_gender_of_an_ambiguous_name(engine):
    # "Dana" and "Jordan" are given to both sexes: the first "she" (only Whitfield before it)
    # makes Whitfield a woman, so the second goes to her, not to Kane named first
    text = (
        "Dana Whitfield opened the session on Monday. She thanked the staff. "
        "Jordan Kane and Whitfield then debated the bill. She said it would pass."
    )
    assert _pronoun_actor(text, engine, "She", nth=1) == "Dana Whitfield"


@pytest.mark.parametrize("engine", ENGINES)
def test_an_object_pronoun_is_not_its_own_clause_subject(engine):
    text = "Peter Walsh met Jordan Reyes in Lagos. Reyes thanked him for the offer."
    assert _pronoun_actor(text, engine, "him") == "Peter Walsh"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_denial_by_she_goes_to_the_woman(engine):
    import newsmodel

    text = "Anna Kowalski met Victor Hale in Berlin on Sunday. She denied reports that the deal had collapsed."
    art = newsmodel.extract(text, engine=engine)
    deniers = [art.actor(d.denier).name for d in art.denials if d.denier]
    assert deniers == ["Anna Kowalski"]


@pytest.mark.parametrize("engine", ENGINES)
def test_they_is_never_one_person(engine):
    text = "Union leaders met Sarah Connell in Leeds on Monday. They said the strike would go ahead."
    assert _speakers(text, engine).get("They") != "Sarah Connell"


@pytest.mark.parametrize("engine", ENGINES)
def test_he_inside_a_reported_clause_takes_the_nearest_subject(engine):
    # the speaker named first reports what the second did: "he" is the second, the nearer subject
    text = "A spokesman, Omar Haddad, said that Lukas Brenner had welcomed the plan when he met the envoy."
    assert _pronoun_actor(text, engine, "he") == "Lukas Brenner"
