"""No events on ordinary news whose participants are of a kind that takes part in none (issue 14,
stop 31, helper e21, ``extractors/events/kind_senses.py``): companies trading in companies, teams
in fixtures and transfers, a fund raided, an accidental blast, a legislature's recess -- each beside
an event of the same words; protesters who clash with police riot (PROTEST). Sentences written for
these tests."""

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
        "The drinks group agreed to buy a craft brewer for $400 million.",
        "The energy giant agreed to sell its stake in the pipeline.",
        "The two telecom operators signed a licensing agreement on Friday.",
        "Spain will meet Italy in the final on Sunday.",
        "Chelsea signed the Dutch goalkeeper for 40 million pounds.",
        "The team captain was sent off for a second yellow card.",
        "The state raided the coffers of the health service.",
        "A boiler explosion killed two workers at the factory.",
        "Parliament returned from its winter recess on Tuesday.",
        "The bank agreed to pay $900 million to settle claims by shareholders.",
        "Engineers attacked the problem from a different angle.",
        "Cyber attacks on hospitals rose sharply last year.",
        "Air strikes on the region doubled in March, the monitor said.",
        "Older voters came to the polls early on Sunday.",
        "Detectives are investigating the cause of the explosion.",
        "The minister inaugurated a new hospital in the capital.",
        "The government announced a plan to raise taxes on tobacco.",
        "The New York Times endorsed the mayor for a second term.",
        "The newspaper's endorsement came as a surprise to the campaign.",
        "Shareholders rejected the board's plan to pay the chairman a bonus.",
        "Officials declared the mayor the winner of the recount.",
        "Pakistan's cricket team arrived in Sydney for a five-match series.",
        "The central bank released $5 billion to ease a liquidity crunch.",
        "Savers withdrew $3 billion from the lender in a week.",
        "Rescuers freed two miners trapped underground for three days.",
        "Floodwaters blocked the road to the airport.",
        "Millions of people visited polling stations on Sunday.",
        "The candidate promised tax cuts for the middle class.",
        "The bank promised customers lower fees on Monday.",
        "Forecasters warned that heavy rain would close several roads.",
        "The wheat was shipped to Egypt under a commercial contract signed in May.",
        "The actress accepted an invitation to sit on the festival's jury.",
    ],
)
def test_kind_of_participants_no_event(text: str, engine: str) -> None:
    assert _events(text, engine) == [], text


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype", "trigger"),
    [
        # a state's side, or no trade: the deal stays
        ("Gazprom agreed to resume gas deliveries to Moldova.", "AGREE", "agreed"),
        ("India agreed to buy 36 fighter jets from France.", "AGREE", "agreed"),
        ("The oil company signed an agreement with the Iraqi government to develop the field.", "SUPPORT", "signed"),
        # people of politics at a sport event: the meeting stays
        ("The two presidents will meet on the sidelines of the World Cup final.", "AGREE", "meet"),
        ("The foreign minister met his Argentine counterpart before the final in Doha.", "CONSULT", "met"),
        ("The president signed the decree after the match.", "SUPPORT", "signed"),
        # offices searched, a bomb: the raid and the attack stay
        ("Police raided the offices of the pension fund.", "COERCE", "raided"),
        ("A bomb blast killed 12 people at a market.", "ASSAULT", "killed"),
        # a party criticised, an attack on a place: the attack stays
        ("Rebels attacked the town on Monday.", "ASSAULT", "attacked"),
        # a plan dropped after protests, a hospital for victims, a bridge opened to trucks, a suspect
        ("The government shelved its plan to cut fuel subsidies after the protests.", "CONCEDE", "shelved"),
        ("The army opened a field hospital for the flood victims.", "AID", "opened"),
        ("Israel opened the bridge to Palestinian trucks.", "CONCEDE", "opened"),
        ("Police were investigating the opposition leader over bribery claims.", "ACCUSE", "investigating"),
        # a union or a senator endorses: support stays
        ("The opposition candidate was endorsed by the country's largest trade union.", "SUPPORT", "endorsed"),
        ("The senator endorsed the governor for president on Tuesday.", "SUPPORT", "endorsed"),
        # a state's offer rejected, a ceasefire declared: the events stay
        ("Bondholders rejected Argentina's offer to restructure its debt.", "REJECT", "rejected"),
        ("The rebels declared a ceasefire on Sunday.", "RETREAT", "declared"),
        # a team of inspectors is no sport side: the arrival stays
        ("A team of UN inspectors arrived in Baghdad on Sunday.", "CONSULT", "arrived"),
        # a state's flights, restrictions eased, aid pledged, money for victims, a rescue at sea
        ("Russia suspended flights to Georgia.", "SANCTION", "suspended"),
        ("The junta eased restrictions on the press.", "CONCEDE", "eased"),
        ("Japan pledged aid to the flood victims.", "AGREE", "pledged"),
        ("The European Union released 20 million euros in emergency aid for the flood victims.", "AID", "released"),
        # a company's apology or request to its customers stays (dev rows say so)
        ("The airline apologised to passengers for the delays.", "CONCEDE", "apologised"),
        ("The company asked its customers to change their passwords.", "REQUEST", "asked"),
        # an invitation to visit or to talks, looted antiquities handed back
        ("The prime minister accepted an invitation to visit Beijing.", "AGREE", "accepted"),
        ("Italy returned the looted antiquities to Greece.", "RETREAT", "returned"),
    ],
)
def test_same_words_events_stay(text: str, etype: str, trigger: str, engine: str) -> None:
    assert (trigger, etype) in _events(text, engine), (text, _events(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Demonstrators clashed with riot police in the capital.", "PROTEST"),
        ("Protesters clashed with supporters of the ruling party.", "PROTEST"),
        ("Troops clashed with rebels near the border.", "ASSAULT"),
    ],
)
def test_who_clashes_says_riot_or_fight(text: str, etype: str, engine: str) -> None:
    """CAMEO's "PROTEST * (WITH)" under CLASH is 145, a riot (PLOVER PROTEST, mode riot); armed
    parties that clash fight (190, ASSAULT)."""
    assert ("clashed", etype) in _events(text, engine), (text, _events(text, engine))

