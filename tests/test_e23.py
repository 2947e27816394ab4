"""Event precision on real news, round 4 (stop 32, helper e23: ``extractors/events/everyday_senses.py``
and the named newspaper of ``kind_senses._media``): a campaign promise or a call for domestic policy,
"the system" used, a candidate's campaign boosted, a reputation destroyed, a job declined, an
immigrant's arrival, getting out of a car, a threshold met, a named newspaper's endorsement -- each
beside an event of the same words.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The mayor campaigned across the county promising to cut red tape for builders.",
        "The challenger vowed to repeal the state income tax.",
        "The senator called for raising taxes on large corporations.",
        "Three governors have called for expanding the school lunch program.",
        "Big donors have long used the system to get access to lawmakers.",
        "The union's support could boost her presidential bid in the industrial states.",
        "A win in Nevada would bolster the governor's campaign.",
        "The feud is ruining the reputation of the city council.",
        "The reporter declined the assignment and quit the paper.",
        "The actor turned down the role of the president in the film.",
        "Her mother came to the United States as a young girl.",
        "The congressman's grandparents arrived in New York from Italy in 1921.",
        "The governor got out of the van and greeted the crowd.",
        "Only six candidates met the network's polling threshold for the debate.",
        "The Boston Globe gave the senator a warm endorsement on Sunday.",
        "The Post endorsed the mayor for a third term.",
        "The governor has called for a cap on property taxes.",
        "Her call for a total ban on fracking drew cheers.",
        "The governor's rally in Dayton drew a big crowd.",
        "A rule change could free the delegates to vote as they wish.",
        "A retired banker has given money to the governor's reelection campaign.",
        "She spoke fondly of her Greek and Lebanese sides with a smile.",
        "The mayor's discussion of the budget went on for an hour.",
        "The governor vowed to kill the proposal in the state senate.",
        '"It was not our best night," the campaign chairman conceded.',
        "The senator declined a question about the investigation.",
        "Party insiders are sabotaging the Sanders campaign.",
        "The senator spoke for an hour, promising to campaign in all 99 counties.",
        "The consul was in charge of the lives of the diplomats under his charge.",
        "Pictures from her latest big rally were shared online.",
        "Garcia has donated $8,000 to Republican candidates since 2010.",
        "The lobbyist made large donations to several Republican candidates.",
        "The governor has called for stricter regulation of payday lenders.",
        "The candidate has called for banning fracking on public land.",
    ],
)
def test_everyday_use_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set(), text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The president promised to lift sanctions on Cuba if the prisoners were freed.", "CONCEDE"),  # a promised retreat (e50, stop 40)
        ("The opposition leader called for the interior minister to resign.", "REQUEST"),
        ("The army boosted its troops along the northern border.", "MOBILIZE"),
        ("Israeli jets destroyed a weapons depot near the border.", "ASSAULT"),
        ("The government declined the request for talks with the rebels.", "REJECT"),
        ("The Japanese prime minister arrived in Washington for talks with the president.", "CONSULT"),
        ("The foreign minister met the Iranian ambassador on Monday.", "CONSULT"),
        ("The nurses' union gave the senator its endorsement on Monday.", "SUPPORT"),
        ("Farmers held a rally outside the ministry to demand lower fuel prices.", "PROTEST"),
        ("The kidnappers freed the two aid workers on Friday.", "RETREAT"),
        ("The opposition party sided with the government on the vote.", "SUPPORT"),
        ('"We made serious mistakes," the defence minister conceded.', "CONCEDE"),
        ("Soldiers killed four suspected militants at a checkpoint.", "ASSAULT"),
        ("Norway donated $10 million to the refugee agency in Jordan.", "AID"),
    ],
)
def test_same_words_still_events(text: str, kind: str, engine: str) -> None:
    assert kind in types(text, engine), text
