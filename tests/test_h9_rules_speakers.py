"""Statement speakers the rules engine missed (issue 14, stop 48, helper h9): a common noun for
people after an inverted cue ("..., said the farmer."), "say" / "think" / "want" read as nouns
after a plural of people and its modifier ("Sources close to the mayor say ..."), and a relative
"who" after an apposition on a name ("NAME, an analyst at the bank, who notes ..."). Traps: nouns
naming no one after the cue, "say" as a noun, "which" after an organisation. Sentences written for
this file."""

from __future__ import annotations

import pytest

import newsmodel
from tests._engines import ENGINES


def _statements(text: str, engine: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """Each statement of ``text`` as (cue text, source text, speaker name, speaker kind)."""
    art = newsmodel.extract(text, engine=engine)
    out = []
    for st in art.statements:
        actor = art.actor(st.speaker) if st.speaker else None
        out.append((st.cue.text if st.cue else None, st.source.text if st.source else None, actor.name if actor else None, actor.kind if actor else None))
    return out


def _by_cue(text: str, engine: str, cue: str) -> tuple[str | None, str | None, str | None]:
    found = [(source, name, kind) for c, source, name, kind in _statements(text, engine) if c == cue or (c or "").endswith(" " + cue)]
    assert len(found) == 1, (text, _statements(text, engine))
    return found[0]


# ---- a common noun for people after an inverted cue (.statements.inverted_people)

INVERTED_PEOPLE = [
    ("The plan will fail, said the farmer.", "the farmer", "farmer"),
    ("The bridge needs repairs, said a resident.", "a resident", "resident"),
    ("Prices went up again this spring, said one shopkeeper.", "one shopkeeper", "shopkeeper"),
    ("The road is closed, said a nurse at the clinic.", "a nurse at the clinic", "nurse"),
    ("The water tastes odd, said a retired teacher.", "a retired teacher", "teacher"),
    ("The market will reopen soon, said another vendor.", "another vendor", "vendor"),
    ("The trains run late every day, said a commuter from Dover.", "a commuter from Dover", "commuter"),
    ("The harvest was poor this year, said the grower.", "the grower", "grower"),
    ("The school needs more staff, said a parent.", "a parent", "parent"),
    ("The storm took the roof off the shed, said the fisherman.", "the fisherman", "fisherman"),
    ("The rent doubled in two years, says a tenant.", "a tenant", "tenant"),
    ("The ferry is safe enough, said a sailor who works the route.", "a sailor", "sailor"),
]


@pytest.mark.parametrize(("text", "source", "speaker"), INVERTED_PEOPLE)
def test_a_people_noun_after_an_inverted_cue_is_its_source(text: str, source: str, speaker: str) -> None:
    got_source, name, kind = _by_cue(text, "rules", text.split(", ")[-1].split()[0])
    assert got_source == source and name is not None and speaker in name and kind == "person", _statements(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("text", "speaker"), [(t, s) for t, _src, s in INVERTED_PEOPLE[:4]])
def test_both_engines_give_the_statement_to_the_person(engine: str, text: str, speaker: str) -> None:
    _source, name, _kind = _by_cue(text, engine, "said")
    assert name is not None and speaker in name, _statements(text, engine)


@pytest.mark.parametrize(
    "text",
    ["The prices are too high, said the report.", "The bill will pass, said the memo.", "The rule changed, said the newsletter."],
)
def test_a_noun_naming_no_one_after_the_cue_makes_no_person(text: str) -> None:
    assert all(kind != "person" for *_rest, kind in _statements(text, "rules")), _statements(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_hyphenated_said_is_no_cue(engine: str) -> None:
    text = "The farmer's said-to-be cousin arrived on Monday."
    assert not any(cue == "said" for cue, *_ in _statements(text, engine)), _statements(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_subject_before_the_cue_still_speaks(engine: str) -> None:
    _source, name, _kind = _by_cue("The farmer said the plan will fail.", engine, "said")
    assert name is not None and "farmer" in name


# ---- "say", "think", "want" after a plural of people and its modifier (.statements.people_subjects)

PEOPLE_SAY = [
    ("Sources close to the governor say she will sign the bill.", "say", "Sources close to the governor", "sources"),
    ("People familiar with the plan say the vote is set.", "say", "People familiar with the plan", "people"),
    ("Aides close to the senator say that she will run again.", "say", "Aides close to the senator", "aides"),
    ("Instead, aides close to the senator say she will run again.", "say", "aides close to the senator", "aides"),
    ("Teachers at the school say that the roof leaks.", "say", "Teachers at the school", "teachers"),
    ("Critics of the plan say it costs too much.", "say", "Critics of the plan", "critics"),
    ("Farmers in the valley think the dam is a mistake.", "think", "Farmers in the valley", "farmers"),
    ("Voters in the county want a new road.", "want", "Voters in the county", "voters"),
    ("Still, aides close to his office say he backs the deal.", "say", "aides close to his office", "aides"),
    ("And some voters in the town think Lowe should quit.", "think", "some voters in the town", "voters"),
]


@pytest.mark.parametrize(("text", "cue", "source", "speaker"), PEOPLE_SAY)
def test_a_cue_tagged_as_a_noun_after_people_is_read(text: str, cue: str, source: str, speaker: str) -> None:
    got_source, name, _kind = _by_cue(text, "rules", cue)
    assert got_source == source and name is not None and speaker in name.lower(), _statements(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("text", "cue", "speaker"), [(t, c, s) for t, c, _src, s in PEOPLE_SAY[:3]])
def test_both_engines_read_people_who_say(engine: str, text: str, cue: str, speaker: str) -> None:
    _source, name, _kind = _by_cue(text, engine, cue)
    assert name is not None and speaker in name.lower(), _statements(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Residents will have their say at the hearing.",
        "Residents of the town had a say in the plan.",
        "The final say rests with the board.",
        "Members of a think tank that studies trade met today.",
        "The workers' say in the matter is small.",
        "Voters in the county get their say next week.",
    ],
)
def test_say_as_a_noun_is_no_cue(engine: str, text: str) -> None:
    assert not any(cue in ("say", "think") for cue, *_ in _statements(text, engine)), _statements(text, engine)


# ---- "who" after an apposition on a name (.relative_antecedents)

WHO_AFTER_APPOSITION = [
    ('"We are ready," said Tom Reed, a senior analyst at the bank, who notes that rates are rising.', "notes", "Tom Reed"),
    ("The vote was close, said Ana Ruiz, a lawyer for the union, who added that the count went on.", "added", "Ana Ruiz"),
    ("Mark Hale, a professor of law at Dunmore College, who argued that the ruling was wrong, spoke on Monday.", "argued", "Mark Hale"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), WHO_AFTER_APPOSITION)
def test_who_after_an_apposition_is_the_named_person(text: str, cue: str, speaker: str) -> None:
    source, name, _kind = _by_cue(text, "rules", cue)
    assert source == "who" and name == speaker, _statements(text, "rules")


def test_which_after_an_organisation_stays_the_organisation() -> None:
    source, name, _kind = _by_cue("The plan came from the city council, which says the road will open.", "rules", "says")
    assert source == "which" and name is not None and "council" in name


def test_who_after_a_list_of_names_is_not_moved() -> None:
    # no apposition: the names before "who" are a list, so the nearest name stays the antecedent
    text = "The plan was signed by Tom Reed, Ana Ruiz, who said that the vote was fair."
    _source, name, _kind = _by_cue(text, "rules", "said")
    assert name == "Ana Ruiz", _statements(text, "rules")
