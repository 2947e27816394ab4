"""Idioms and campaign talk (stop 33, e27; dev batch 60): figures of speech, campaign promises and
careers told with event words are no event; the same words with a party acting stay events.

Our own sentences, of the shapes in the lead's stop-32 hand-judged samples and PolNeAR train."""

from __future__ import annotations

import pytest

from ._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The administration could deploy federal prosecutors and regulators against the tech giants.",
        "The party deployed its best lawyers to challenge the ballot count.",
        "The senator pledged to push for a constitutional amendment on campaign finance.",
        "The governor vowed to fight for a balanced-budget amendment.",
        "The campaign unveiled a tax plan, promising to focus its benefits on the middle class.",
        "The bill's sponsors promised to target the cuts at working families.",
        "The casino owner announced plans to give $15 million to a super PAC backing the governor.",
        "A hedge fund manager plans to give $5 million to a super PAC supporting the senator.",
        "The governor took part in a televised forum on rural health care.",
        "She has met her Republican opponents one-on-one in three televised debates.",
        "The two candidates met in a debate in Ohio on Sunday night.",
        "Thousands Rally for Trump in Phoenix",
        "The senator arrived in Congress in 1993 after two terms as mayor.",
        "The senator came to epitomize the party's old guard.",
        "The campaign restricted comments on its Facebook page after a flood of abuse.",
        "The newspaper restricted comments on the article.",
        "The alliance is made up of nations that oppose authoritarianism.",
        "The former president offered some pointed advice to the new nominee.",
    ],
)
def test_idioms_and_campaign_talk_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russia deployed troops to the border with Finland on Friday.", "MOBILIZE"),
        ("The ministers pledged to cooperate against arms smuggling.", "AGREE"),
        ("The president promised to withdraw troops from Syria by the spring.", "CONCEDE"),  # a promised retreat (e50, stop 40)
        ("Germany announced plans to give $15 million to the UN refugee agency.", "AGREE"),
        ("Thousands took part in a march against the new labour law.", "PROTEST"),
        ("The president met his Russian counterpart one-on-one for two hours in Helsinki.", "CONSULT"),
        ("Thousands Rally Against Pension Reform in Paris", "PROTEST"),
        ("The Japanese prime minister arrived in Washington on Monday for talks with the president.", "CONSULT"),
        ("The Iranian foreign minister came to Moscow for talks with his Russian counterpart.", "CONSULT"),
        ("Police restricted access to the main square ahead of the protest.", "COERCE"),
        ("Russia opposed the resolution on Syria at the Security Council.", "REJECT"),
    ],
)
def test_the_same_words_with_a_party_acting_stay_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The vote has put the senator firmly in two opposing camps.",
        "Voters filed into Johnson-Weld rallies across the state.",
        "A retired pilot flew with his son to a Trump rally in Ohio.",
        "Former aides still speak with admiration of the late senator.",
        "The governor's ideas have met with resistance in the legislature.",
        "In the final week of the race the campaign went on the offensive.",
        "The town changed hands without a bullet being fired.",
        "Both candidates reject the term containment.",
        "Rival candidates must step up their campaigns before the primary.",
        "The former governor may offer himself as a unity candidate at the party's gathering.",
        "All four senators voted in favor of the provision.",
        "Only two Republicans voted against the final version of the bill.",
    ],
)
def test_campaign_figures_from_the_train_audit_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The army went on the offensive in the eastern provinces.", "ASSAULT"),
        ("Both parties rejected the mediator's proposal.", "REJECT"),
        ("The rebels offered a ceasefire to the government.", "AGREE"),
        ("The president spoke with the Kenyan leader by phone on Monday.", "CONSULT"),
        ("The foreign minister flew to Beijing for talks with Chinese officials.", "CONSULT"),
        ("The rebels stepped up their attacks on army posts.", "ASSAULT"),
    ],
)
def test_the_same_words_in_events_from_the_train_audit_stay(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The party will have to defend 23 seats in the Senate next year.",
        "In May, Sanders' two dozen rallies in the state drew 160,000 people.",
        "The candidate eased his defiant tone on the eve of the meeting.",
        "She promised to put her husband in charge of the economy.",
        "The senator promised to appoint a woman as defence secretary.",
        "The senator held a rally in Cedar Falls on Thursday evening.",
        "A lot of people will be voting against the governor in November.",
        "For decades the family occupied an elevated position in the state's social life.",
        "The governor made two campaign stops in Florida on Friday.",
        "The candidate made an unannounced stop at a diner in Dubuque.",
    ],
)
def test_campaign_life_from_the_train_audit_is_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The junta eased the curfew in the capital.", "CONCEDE"),
        ("The president promised to release the political prisoners.", "CONCEDE"),  # a promised retreat (e50, stop 40)
        ("The opposition leader held a rally against the government in the capital.", "PROTEST"),
        ("Hundreds of students occupied the ministry's main hall in protest at fee rises.", "PROTEST"),
    ],
)
def test_the_same_words_in_events_stay(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The senator promised to begin taking executive action on immigration reform in her first 100 days.",
        "Senator Promises Action On Immigration In First 100 Days",
        "Both contenders have pledged to end the SNAP and WIC programs.",
        "The governor has been increasing her efforts to win over rural voters.",
        "The campaign stepped up its efforts to court suburban women.",
        "A former state party chairman said he is leaning toward supporting the governor.",
        "He has the record to back it up, his spokesman said.",
        "The ad accuses the senator of being welcoming to refugees.",
    ],
)
def test_campaign_promises_and_outreach_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The president promised action against the regime if it used chemical weapons.", "THREATEN"),
        ("Russia increased its troops on the border with Ukraine.", "MOBILIZE"),
        ("The union said it is supporting the governor's reelection.", "SUPPORT"),
        ("Germany welcomed the ceasefire agreement between the two sides.", "SUPPORT"),
    ],
)
def test_promises_and_backing_of_parties_stay(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "She offered to put her husband in charge of reviving the hardest-hit regions.",
        "The prime minister met the press after the summit.",
        "Citizens carried arms openly outside the convention with no problems.",
        "Gay Republicans pushed for pro-LGBT language in the party platform.",
        "Delegates pressed for the adoption of a Glass-Steagall plank.",
        "Local party volunteers tried to reach out to younger supporters.",
        "Her husband toured three counties to drum up votes for her.",
        "The senator has long fought the Washington establishment.",
        "People involved in the project offered contradictory descriptions of how it began.",
        "Many women agree with him on issues but are not ready to support him.",
        "\"Luckily they can fix all of this in the edit,\" the comedian said.",
    ],
)
def test_campaign_talk_of_the_second_audit_is_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Rebel fighters carried arms into the town on Sunday.", "MOBILIZE"),
        ("Saudi Arabia reached out to Iran through Iraqi mediators.", "CONSULT"),
        ("The minister thanked Japan for its help after the earthquake.", "SUPPORT"),
        ("Government troops fought the rebels for control of the airport.", "ASSAULT"),
        ("The union pushed for the minister to resign.", "REQUEST"),
    ],
)
def test_the_same_words_with_parties_stay_events(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The brunch had a warmly welcoming atmosphere, guests said.",
        "The governor jokingly offered the man a job as defence secretary.",
        "The convention is a second chance for the businessman to make a first impression with women voters.",
        "The Kennedy family rally drew a small crowd in Hyannis.",
        "At the start of the race the congressman garnered just 3% support in the polls.",
    ],
)
def test_jokes_impressions_and_poll_shares_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_relax_with_no_object_is_no_concession(engine: str) -> None:
    assert "CONCEDE" not in types("\"He should relax and accept it,\" the former speaker said.", engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The chain does not offer its cashiers any paid parental leave.",
        "The firm offers new mothers eight weeks of paid leave.",
        "Most state parties release their delegates if the candidate leaves the race.",
        "Reporters asked when the senator would hold her next press conference.",
        "The businessman held an election night press conference in Florida.",
        "The senator's supporters remained defiant on Tuesday.",
        "The mayor meets up with old school friends every summer.",
    ],
)
def test_employers_delegates_and_press_conferences_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The rebels offered the government a ceasefire over the holidays.", "AGREE"),
        # "presidents", a party CAMEO codes: since batch 59 an event read from a CAMEO pattern alone
        # needs one (pattern_parties), and the uncoded "the two leaders" of the dev row no longer passes
        ("The two presidents held a joint news conference after their talks in Berlin.", "CONSULT"),
    ],
)
def test_offers_and_joint_conferences_of_parties_stay(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The governor beat back a challenge from a wealthy businessman in the primary.",
        "The senator was returning from the campaign trail when the news broke.",
        "Many soldiers returning from the war could not find housing.",
    ],
)
def test_races_won_and_returns_home_are_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The army beat back an attack by the rebels on the airport.", "ASSAULT"),
        ("Thousands marched through the capital against the new pension law.", "PROTEST"),
    ],
)
def test_attacks_beaten_back_and_marches_stay(engine: str, text: str, etype: str) -> None:
    assert etype in types(text, engine)
