"""Usages of event words in US political news that name no event (stop 30, helper e17,
``extractors/events/usage_senses.py``): a role relied on, a habitual "does not", "live to regret",
"appreciates the need", a reply to attacks, a summons of executives, an employer's request to its
staff, a bill introduced, a candidate's poll support, pledged delegates, an impasse -- each beside
an event of the same words. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ._engines import ENGINES
from ._engines import trigger_events as _events


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor counts on a local pastor to discuss her faith with voters.",
        "The agency doesn't negotiate, the spokesman said.",
        "The voters will live to regret this choice, the governor warned.",
        "The treasurer appreciates the importance of a balanced budget.",
        "In the interview she spent most of her time addressing the allegations against her husband.",
        "The governor summoned the utility's managers to the statehouse after the blackout.",
        "The airline asked its employees to take unpaid leave this winter.",
        "Three lawmakers introduced a bill to cap insulin prices.",
        "The senator's support slipped by four points after the debate.",
        "The endorsement could bolster the mayor's support in the suburbs.",
        "He trails by 200 pledged delegates.",
        "The budget talks came to a deadlock on Friday.",
        "The mayor accepted the prize at a ceremony in Boston.",
        "The senator spoke at a picnic hosted by the county party.",
        "The governor hosted a meet-and-greet event for donors.",
        "The president signed the farm bill on Tuesday.",
        "The candidate proposed a new tax on carbon emissions.",
        "The chairwoman called for a roll call on the amendment.",
        "The governor met his daughter for lunch downtown.",
        "The mayor offered reporters a few caveats about the numbers.",
        "The debate offered a stark contrast between the two candidates.",
        "The senator remains committed to seeing the primary through.",
        "The mayor stays committed to her campaign despite the polls.",
        "The governor hopes to visit all 88 of the state's counties by the fall.",
        "His proposal to ban the sale of large sodas failed in court.",
    ],
)
def test_usages_that_name_no_event(engine, text):
    assert _events(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "trigger", "category"),
    [
        ("The foreign ministry summoned the Iranian ambassador over the arrests.", "summoned", "ACCUSE"),
        ("Lawmakers summoned the bank's chief executive to testify before the committee.", "summoned", "ACCUSE"),
        ("The union asked the government to raise the minimum wage.", "asked", "REQUEST"),
        ("The governor endorsed the senator for re-election on Monday.", "endorsed", "SUPPORT"),
        ("The army came to the aid of the stranded villagers.", "came", "AID"),
        ("Hamas accepted the truce proposal, a spokesman said.", "accepted", "AGREE"),
        ("The rebels offered a truce to the government.", "offered", "AGREE"),
        ("Israel and Jordan signed a water-sharing agreement in Amman.", "signed", "SUPPORT"),
        ("The Qatari emir hosted the Egyptian president in Doha on Sunday.", "hosted", "CONSULT"),
    ],
)
def test_events_of_the_same_words_stay(engine, text, trigger, category):
    assert (trigger, category) in [(e[0], e[1]) for e in _events(text, engine)]


@pytest.mark.parametrize("engine", ENGINES)
def test_come_to_the_aid_is_one_aid_event_by_the_helper(engine):
    events = _events("The prime minister came to the aid of the flooded villages.", engine)
    assert [(e[0], e[1]) for e in events] == [("came", "AID")]
    assert events[0][2] and "minister" in events[0][2][0]


@pytest.mark.parametrize("engine", ENGINES)
def test_welcoming_a_possessors_thing_is_support_not_a_visit(engine):
    # (the rules engine took the possessor for the object: a visit by Japan)
    events = _events("The UN envoy welcomed Japan's financial contribution to the relief effort.", engine)
    assert [(e[0], e[1]) for e in events] == [("welcomed", "SUPPORT")]
