"""Stop 38 (lead): aid in goods that traders also ship, and aid told with the recipient first.

* A state, an inter-governmental body or a relief body that sends food staples or fuel to a state
  gives aid (PLOVER AID); the same goods sold, exported or shipped by a trader are no aid.
* The recipient may be the verb's first object ("handed Georgia a consignment of ...") or, with
  "provide" and "supply", the object before "with"; a by-passive names the giver.
* In a by-phrase, a nationality adjective before a body names the body's country: the body acts.

Sentences are our own.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


def _aid(article: newsmodel.Article) -> list[tuple[str, set[str], set[str]]]:
    names = {a.id: a.name for a in article.actors}
    return [
        (e.trigger.text, {names[i] for i in e.agents}, {names[i] for i in e.targets})
        for e in article.events
        if e.type == "AID"
    ]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "trigger", "giver", "recipient"),
    [
        ("Uzbekistan shipped 12,000 tonnes of flour to Tajikistan on Friday.", "shipped", "Uzbekistan", "Tajikistan"),
        ("Egypt sent four tankers of diesel to Sudan after the floods.", "sent", "Egypt", "Sudan"),
        ("Estonia handed Moldova a consignment of generators and blankets.", "handed", "Estonia", "Moldova"),
        ("Qatar provided Lebanon with 60 million dollars in budget support.", "provided", "Qatar", "Lebanon"),
    ],
)
def test_goods_of_aid_from_a_state_to_a_state(engine: str, sentence: str, trigger: str, giver: str, recipient: str) -> None:
    found = _aid(newsmodel.extract(sentence, engine=engine))
    assert len(found) == 1
    got_trigger, agents, targets = found[0]
    assert got_trigger.split()[0] == trigger
    assert giver in agents
    assert recipient in targets


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The grain merchant shipped 50,000 tonnes of wheat to Algeria under a state tender.",
        "Ukraine sold 30,000 tonnes of maize to Egypt at a tender on Tuesday.",
        "The miller delivered flour to bakeries across the capital.",
        "The manager handed the goalkeeper a two-year contract.",
        "Norway supplied Denmark with 500 megawatts of electricity under a power-trade deal.",
    ],
)
def test_goods_traded_or_handed_to_no_state_are_no_aid(engine: str, sentence: str) -> None:
    assert _aid(newsmodel.extract(sentence, engine=engine)) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_by_passive_names_the_body_not_the_country_of_its_adjective(engine: str) -> None:
    article = newsmodel.extract("Three planeloads of blankets were flown to Armenia by the French air force on Monday.", engine=engine)
    found = _aid(article)
    assert len(found) == 1
    _trigger, agents, targets = found[0]
    assert agents == {"French air force"}
    assert targets == {"Armenia"}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "giver", "recipient"),
    [
        ("The Islamic Development Bank extended a $300 million facility to Tunisia on Monday.", "Islamic Development Bank", "Tunisia"),
        ("Malaysia gave Brunei two patrol boats as a gift.", "Malaysia", "Brunei"),
    ],
)
def test_a_loan_extended_and_a_gift_are_aid(engine: str, sentence: str, giver: str, recipient: str) -> None:
    found = _aid(newsmodel.extract(sentence, engine=engine))
    assert len(found) == 1
    _trigger, agents, targets = found[0]
    assert giver in agents
    assert recipient in targets


@pytest.mark.parametrize("engine", ENGINES)
def test_money_lent_for_imports_stays_aid(engine: str) -> None:
    article = newsmodel.extract("Algeria extended a $500 million credit line to Niger for food imports.", engine=engine)
    assert len(_aid(article)) == 1


@pytest.mark.parametrize("engine", ["spacy"])
def test_the_thing_given_to_a_first_object_is_no_recipient(engine: str) -> None:
    found = _aid(newsmodel.extract("Japan gave Vietnam two coast guard vessels as a gift.", engine=engine))
    assert len(found) == 1
    assert found[0][2] == {"Vietnam"}


@pytest.mark.parametrize("engine", ENGINES)
def test_lend_verbs_give_no_aid_without_a_loan(engine: str) -> None:
    article = newsmodel.extract("Chile extended its condolences to Peru after the floods.", engine=engine)
    assert _aid(article) == []
