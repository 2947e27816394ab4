"""No events on wire paragraphs of background, description and capability (issue 14, stop 32,
helper e24, ``extractors/events/background_senses.py``): a weapon that can strike, a rule any member
can use, an act ruled out ("too weak to"), a state since long ago, a decade's history, the dead of a
war as a class, a role described, a chamber's own sitting -- each beside an event of the same words.
Sentences written for these tests (dev batch 55 has others of the same shapes)."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def _events(text: str, engine: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.type) for e in newsmodel.extract(text, engine=engine).events]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        # capability and rules (main 0b0cb72 gave ASSAULT, REJECT)
        "The cruise missile can hit ships 500 kilometres away.",
        "The rocket can strike cities across the region.",
        "Under the charter, any member can veto a resolution.",
        "Under the charter, each member can block a resolution.",
        # an act ruled out (main: ASSAULT with spaCy)
        "The rebels are too divided to mount a serious attack on the capital.",
        "The army is too weak to launch an offensive.",
        # a lasting state since long ago (main: SANCTION, COERCE)
        "The embassy has been closed since 1980.",
        "The border has been closed since 1994.",
        # history of a decade
        "The movement grew out of student protests in the 1980s.",
        # the dead of a war as a class (main: ASSAULT)
        "The museum remembers civilians killed in the civil war.",
        "The monument honours sailors killed in the war.",
        # a role described (main: COERCE, MOBILIZE with spaCy)
        "The interior ministry supervises the prisons and the police.",
        "The ministry oversees the army and the police.",
        "The general commanded troops in the north for a decade.",
        # a weapon's capability in a second verb (main: ASSAULT with spaCy)
        "The bombers can take off from short runways and strike ships at sea.",
        # what a text provides (main: COERCE, AGREE)
        "The new law permits the army to detain protesters without trial.",
        "The law allows police to detain suspects for up to 14 days without charge.",
        "The constitution bars the army from taking part in politics.",
        # events counted, a conflict's toll (main: COERCE, ASSAULT with the rules engine)
        "Arrests of journalists reached a record high last year, a press freedom group said.",
        "The war has killed more than 300,000 people since 2011, according to a monitoring group.",
        # the dead of a war, a purpose, a right, a duty (main: ASSAULT, MOBILIZE, REQUEST, CONSULT)
        "The fund helps the widows of policemen killed in action.",
        "The rapid reaction force is designed to deploy within five days.",
        "Member states are entitled to ask the court for an opinion.",
        "The guard is responsible for protecting the king and visiting heads of state.",
        # a chamber's own sitting (main: AGREE)
        "The parliament will convene next week.",
        "The new parliament is expected to convene in early January.",
    ],
)
def test_background_and_descriptions_no_event(text: str, engine: str) -> None:
    assert _events(text, engine) == [], text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype", "trigger"),
    [
        # no "can": the strike and the offensive happened
        ("Rebel fighters struck the convoy near the border on Monday.", "ASSAULT", "struck"),
        ("Government forces launched a major offensive on the rebel stronghold on Sunday.", "ASSAULT", "offensive"),
        # a named party's permission to shoot is no capability of a weapon
        ("Troops can shoot looters on sight, the general said.", "ASSAULT", "shoot"),
        # a closure on a day, a detention since a day (not since a year)
        ("The army closed the border with Syria on Tuesday.", "COERCE", "closed"),
        ("The journalist has been detained since Monday, her lawyer said.", "COERCE", "detained"),
        # a killing reported, no war named
        ("Police killed two protesters in the capital on Friday.", "ASSAULT", "killed"),
        # a person allows or bars, a force can strike, a bomb or rebels kill
        ("The president allowed police to detain the protesters.", "COERCE", "detain"),
        ("Government troops can strike at any time, the rebels warned.", "ASSAULT", "strike"),
        ("A bomb killed nine people at a bus station on Monday.", "ASSAULT", "killed"),
        ("Rebels have killed more than 200 soldiers since January, the army said.", "ASSAULT", "killed"),
        # a visit under way, a request made, a killing in action on a day
        ("The foreign minister is visiting heads of state across the region this week.", "CONSULT", "visiting"),
        ("The ministers asked the court for an opinion on the treaty.", "REQUEST", "asked"),
        ("Police killed two gunmen in action near the border on Monday.", "ASSAULT", "killed"),
        # an order given, a meeting with someone
        ("The general commanded his troops to open fire on the crowd.", "ASSAULT", "open fire"),
        ("The speaker of parliament met the Chinese ambassador on Tuesday.", "CONSULT", "met"),
    ],
)
def test_same_words_events_stay(text: str, etype: str, trigger: str, engine: str) -> None:
    assert (trigger, etype) in _events(text, engine), (text, _events(text, engine))
