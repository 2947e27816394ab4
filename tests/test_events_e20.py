"""Event precision on real news, round 3 (stop 31, helper e20: ``extractors/events/civic_senses.py``
and ``armed_campaigns.py``): elections held, chambers won, delegates committing to a candidate,
duties given, a document's terms, a draft resolution, a change forced, warnings of weather, visitors
who are no envoys, the public one has met -- each beside an event of the same words; and a campaign
waged against an armed foe is an attack. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Taiwan will hold presidential elections in January.",
        "The state will hold a referendum on the measure in the fall.",
        "Republicans fought hard to keep control of the Senate.",
        "The party hopes to win a majority in parliament next year.",
        "Dozens of delegates are committing to the senator ahead of the vote.",
        "The former governor was charged with overseeing the cleanup.",
        "The commission is charged with reviewing the state's voting rules.",
        "The agreement would require both firms to keep the terms secret.",
        "The new rule demands that lenders publish their fees.",
        "Two congressmen introduced a resolution demanding a new inquiry into the spending.",
        "Conservative delegates forced a vote on the rules of the convention.",
        "Officials issued warnings about the wildfire smoke.",
        "The weather service intensified warnings as the storm approached.",
        "Chinese investors keep coming to the city to buy apartments.",
        "The voters she has met in Iowa want lower prices.",
        "He now works for one of the biggest lobbying firms in the capital.",
        "Thousands of migrants who come to the city each year find work in construction.",
        "The senator urged his supporters to turn out on Saturday.",
        "The mayor told the crowd to vote for the school levy.",
        "More than a million people signed up for the new health plans.",
        "Two former generals signed on as advisers to the campaign.",
        "The defendant signed a form promising to return for trial.",
        "Both parties stepped up their outreach to young voters.",
        "The former aide is due to appear in court on Friday.",
        "Union membership declined again last year.",
        "The supreme court agreed to review the case on campaign donations.",
        "The speech lifted several lines from a senator's address.",
        "The governor's allies launched a radio ad campaign in the suburbs.",
        "He gave his opponent credit for a hard-fought race.",
        "The district committee meets on Thursday to choose a new chairwoman.",
        "Governor Jones (D-Colo.) — Announced March 9, 2016",
        "The city welcomed two hundred refugees last year.",
        "Economists are raising concerns about the size of the deficit.",
        "The network's star anchor stepped down as host of the evening news.",
    ],
)
def test_civic_use_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set(), text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police charged the senator's aide with obstructing the inquiry.", "ACCUSE"),
        ("The junta demanded that France withdraw its troops.", "REQUEST"),
        ("The president met the visiting Japanese premier on Friday.", "CONSULT"),
        ("Pakistan committed to returning the seized ship to Iran.", "CONCEDE"),  # a promised retreat (return of property; e50, stop 40)
        ("The army launched a campaign against the insurgents in the east.", "ASSAULT"),
        ("The air force began a bombing campaign in the northern province.", "ASSAULT"),
        ("Rebels took control of the border town after a week of fighting.", "COERCE"),
        ("Farmers' groups have been lobbying the government to scrap the new tax.", "REQUEST"),
        ("The Arab League urged both factions to return to the talks.", "REQUEST"),
        ("Thirty senators signed a letter urging the president to expel the envoy.", "REQUEST"),
        ("Vietnam and Australia signed a maritime security pact in Hanoi.", "SUPPORT"),
        ("The navy stepped up patrols in the strait after the seizure of the tanker.", "MOBILIZE"),
        ("Hanoi declined Beijing's invitation to the summit.", "REJECT"),
        ("Insurgents launched a rocket attack on the air base.", "ASSAULT"),
        ("The senator has been lobbying Mr. Obama to veto the measure.", "REQUEST"),
        ("Party leaders urged Republicans to vote for the tax bill.", "REQUEST"),
        ("The Egyptian president met the Israeli prime minister to discuss the truce.", "CONSULT"),
        ("Thousands of teachers marched on the ministry on March 4.", "PROTEST"),
        ("The prime minister resigned after losing a confidence vote.", "RETREAT"),
    ],
)
def test_same_words_event(text: str, kind: str, engine: str) -> None:
    assert kind in types(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
def test_campaign_against_an_ill_or_a_rival_is_no_attack(engine: str) -> None:
    for text in ("The minister launched a campaign against corruption in the ports.",
                 "She launched her campaign against the governor in a school gym."):
        assert "ASSAULT" not in types(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Both candidates answered questions at a town hall hosted by a radio station.",
        "The senators debated at a forum in Reno hosted by a business group.",
        "The speaker said she reserves the right to withdraw her endorsement.",
        "Her aides insist she will do just fine in the debate.",
        "Their proposed cap on rents is popular with young renters.",
        "The mayor has proposed cutting the sales tax by half a cent.",
        "Three Democrats voted against the spending bill on Thursday.",
        "Complacency threatens the party's hopes in the fall, the chairman warned.",
        "The chain offers free delivery to shoppers in the suburbs.",
        "The senator is offering free tuition to working parents.",
    ],
)
def test_rhetoric_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set(), text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Militants pressed their attack on the army outpost for a second day.", "ASSAULT"),
        ("The governor kept pressing her attack that the senator had flip-flopped on trade.", "ACCUSE"),
        ("Turkey hosted the Libyan prime minister in Ankara on Monday.", "CONSULT"),
        ("The junta imposed a ban on political parties.", "COERCE"),
        ("Beijing proposed holding talks with Manila on the reef dispute.", "AGREE"),
        ("The militia offered a ceasefire to the army during the holiday.", "AGREE"),
    ],
)
def test_rhetoric_same_words_event(text: str, kind: str, engine: str) -> None:
    assert kind in types(text, engine), text


@pytest.mark.parametrize("engine", ENGINES)
def test_verbal_attack_pressed_is_no_threat(engine: str) -> None:
    text = "The governor kept pressing her attack that the senator had flip-flopped on trade."
    assert "THREATEN" not in types(text, engine), text


def test_bare_decline_after_an_invitation_stays_a_refusal() -> None:
    """Rules engine: the falling-quantity check leaves a bare "declined" after an invitation (spaCy
    reads no refusal here before or after the check)."""
    assert "REJECT" in types("Asked by Turkey to join the talks, the Iranian government declined.", "rules")
    assert "REJECT" not in types("Oil exports declined.", "rules")
