"""Events in less common wordings (issue 14, dev batch 36, e15): SANCTION, COERCE, RETREAT and AID
acts that wire copy names with phrasal verbs and verb + phrase pairs -- "suspended X from its
activities", "halted trade with", "cut off from SWIFT", "restricted imports from", court fines and
court-ordered payments, "disbanded its armed wing", "allowed humanitarian workers into" -- and the
same words in sport, business and private disputes, which report no event.  Categories follow the
PLOVER manual (court-ordered payments and fines are SANCTION convict; restricting trade is SANCTION
discontinue; letting in humanitarian workers is RETREAT access).  Every sentence is written for
this project."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, events, types

#: (sentence, PLOVER type, a word of an agent's name, a word of a target's name or "")
FOUND = [
    ("The regional bloc suspended Burkina Faso from all its activities on Friday after the coup.", "SANCTION", "bloc", "Burkina"),
    ("Guinea was suspended from the African Union on Monday after the army seized power.", "SANCTION", "", "Guinea"),
    ("Georgia halted trade with Russia at the main border crossing on Tuesday.", "SANCTION", "Georgia", "Russia"),
    ("Canada froze trade with Nicaragua after the disputed election.", "SANCTION", "Canada", "Nicaragua"),
    ("The European Union cut four Belarusian banks off from SWIFT on Wednesday.", "SANCTION", "European Union", "banks"),
    ("Turkey restricted imports from Israel on Tuesday, the trade ministry said.", "SANCTION", "Turkey", "Israel"),
    ("A court in Rome fined the airline 3 million euros on Monday.", "SANCTION", "court", ""),
    ("A military tribunal handed the journalist a five-year sentence on Sunday.", "SANCTION", "tribunal", "journalist"),
    ("The judge ordered the ministry to pay damages to the families of the victims.", "SANCTION", "judge", "ministry"),
    ("Riot police sealed off the main square on Saturday.", "COERCE", "police", ""),
    ("Dozens of news websites were blocked by the communications ministry on Friday.", "COERCE", "ministry", ""),
    ("Authorities shut down the offices of three opposition newspapers on Sunday.", "COERCE", "Authorities", "newspapers"),
    ("Police detained some 2,000 demonstrators overnight in the capital.", "COERCE", "Police", "demonstrators"),
    ("The militia disbanded its armed wing on Tuesday.", "RETREAT", "militia", ""),
    ("Damascus allowed humanitarian workers into the besieged town on Thursday.", "RETREAT", "Damascus", ""),
    ("The World Bank paused new lending to Ghana on Monday.", "SANCTION", "World Bank", "Ghana"),
    ("The court gave the former minister a 12-year prison sentence.", "SANCTION", "court", "minister"),
    ("The former minister was given a 12-year jail term by the supreme court on Monday.", "SANCTION", "court", "minister"),
    ("Germany took in 1,200 refugees from Greek island camps on Friday.", "AID", "Germany", ""),
    ("The media regulator revoked the licences of three news channels on Monday.", "COERCE", "regulator", "channels"),
    ("The navy rescued 14 crew members of a capsized trawler on Sunday.", "AID", "navy", "crew members"),
    ("Italy took in 800 Eritreans from camps in Libya last month.", "AID", "Italy", "Eritrea"),
    ("Algeria expelled 200 Malians to Niger last week.", "COERCE", "Algeria", "Mali"),
    # a dateline before the clause: its agency is no agent, the capitalised first word is no name
    ("JUBA, South Sudan (Reuters) - Rebels handed over 300 rifles to U.N. peacekeepers on Friday.", "RETREAT", "rebels", ""),
]

#: sentences whose event words report no political event
NONE = [
    # sport: a race left, a player fined by his club, an athlete banned by a sport body
    "The French cyclist pulled out of the Giro d'Italia on Monday after a crash, his team said.",
    "The club fined its goalkeeper a week's wages for missing training.",
    "The sprinter was suspended from competition for two years for doping.",
    # a private dispute: a court orders one private party to pay another
    "A court in Texas ordered the company's founder to pay $20 million to a former partner in a dispute over shares.",
    # guests taken in, not refugees
    "The hotel took in 300 guests over the holiday weekend.",
    # a term of office, not a prison term
    "The president was given a second term by voters.",
    # cut off by nature, not from a payment network or body
    "The village was cut off from the rest of the country by floods.",
]


def _has(names: list[str], word: str) -> bool:
    return not word or any(word.lower() in n.lower() for n in names)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text, category, agent, target", FOUND)
def test_less_common_wording_gives_the_event(engine: str, text: str, category: str, agent: str, target: str) -> None:
    found = [(a, r) for t, a, r in events(text, engine) if t == category]
    assert found, (text, events(text, engine))
    assert any(_has(a, agent) and _has(r, target) for a, r in found), found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", NONE)
def test_same_words_report_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
def test_restricted_imports_are_sanction_not_coerce(engine: str) -> None:
    """The manual's COERCE restrict is political freedoms and movement; trade curtailed is SANCTION."""
    got = types("Turkey restricted imports from Israel on Tuesday, the trade ministry said.", engine)
    assert "COERCE" not in got


@pytest.mark.parametrize("engine", ENGINES)
def test_court_ordered_payment_is_one_sanction(engine: str) -> None:
    """A court's order to pay is the SANCTION (manual, AID and SANCTION ambiguities), not a request
    plus an aid payment."""
    got = types("The judge ordered the ministry to pay damages to the families of the victims.", engine)
    assert got == {"SANCTION"}


@pytest.mark.parametrize("engine", ENGINES)
def test_suspension_from_a_body_is_the_expel_mode(engine: str) -> None:
    art = newsmodel.extract("Guinea was suspended from the African Union on Monday after the army seized power.", engine=engine)
    modes = {e.mode for e in art.events if e.type == "SANCTION"}
    assert modes == {"expel"}


@pytest.mark.parametrize("engine", ENGINES)
def test_dateline_agency_is_not_the_agent(engine: str) -> None:
    got = events("JUBA, South Sudan (Reuters) - Rebels handed over 300 rifles to U.N. peacekeepers on Friday.", engine)
    assert all("Reuters" not in a for _t, a, _r in got)


@pytest.mark.parametrize("engine", ENGINES)
def test_passive_with_base_form_participle_has_its_subject_as_target(engine: str) -> None:
    """"were cut off": a participle spelt as its base form is still a passive (no agent named)."""
    got = [(a, r) for t, a, r in events("Two Syrian banks were cut off from SWIFT on Friday.", engine) if t == "SANCTION"]
    assert got and all(not any("banks" in n for n in a) for a, _r in got)
    assert any(any("banks" in n for n in r) for _a, r in got)
