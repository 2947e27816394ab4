"""Stop 39 (lead): no plain verb after "be", an "'s" or a possessive before a noun (rules engine).

The rules engine's tagger read a lexicon verb as a verb right after "is", "that's" or a possessive
("the embassy's phone number", "that's fine", "the issue is trade"), and the surface coder made an
event of it.  English puts a participle, an adjective or a noun there; participles spelt like their
base ("was run by", "'s become") and "let's" keep their verb.  A fine imposed is the verb "fine".

Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES


def _tag(text: str, word: str) -> str:
    doc = newsmodel.annotate(text, engine="rules")
    return next(t.pos for t in doc.tokens if t.text == word)


def _events(text: str, engine: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in newsmodel.extract(text, engine=engine).events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"If the board wants to wait a month, that\'s fine with us," the union leader said.', "fine"),
        ("The real issue in the race is trade, the candidate said.", "trade"),
        ("Their first worry was supply, the millers said.", "supply"),
        ("The consulate's phone number changed in May.", "phone"),
        ("Thursday's raid on the depot lasted six hours.", "raid"),
    ],
)
def test_no_plain_verb_after_be_or_possessive(text: str, word: str) -> None:
    assert _tag(text, word) != "VERB"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The campaign was run by her brother.", "run"),
        ("He's become the party's loudest critic.", "become"),
        ("Let's support the farmers, the mayor said.", "support"),
        ("The rebels said they would attack at dawn.", "attack"),
    ],
)
def test_verbs_kept_where_english_allows_them(text: str, word: str) -> None:
    assert _tag(text, word) == "VERB"


def test_a_possessive_before_an_act_noun_keeps_its_event() -> None:
    # the possessor is the act's agent: left to the rules that read it, not made a modifier
    assert ("ASSAULT", "invasion") in _events("Russia's invasion of Ukraine began in February.", "rules")


@pytest.mark.parametrize(
    "text",
    [
        "The consulate's phone number changed after the move.",
        '"I think the new timetable is fine," the governor told reporters.',
        "Our answer is support for the growers, not new taxes, the minister said.",
    ],
)
def test_no_event_from_a_noun_or_adjective_read_as_a_verb(text: str) -> None:
    assert _events(text, "rules") == []


def test_a_phone_call_made_is_still_consult() -> None:
    assert ("CONSULT", "phoned") in _events("The consulate phoned the families of the detained crew.", "rules")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_fine_imposed_is_a_sanction_like_fined(engine: str) -> None:
    assert ("SANCTION", "imposed") in _events("The banking regulator imposed a fine on the insurer over late payouts.", engine)
    assert ("SANCTION", "fined") in _events("The banking regulator fined the insurer over late payouts.", engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sports_fine_imposed_is_none(engine: str) -> None:
    assert _events("The league imposed a fine on the club after the brawl.", engine) == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["is", "was", "are", "were"]),
    st.sampled_from(["attack", "support", "ban", "visit", "trade", "fine", "supply", "protest"]),
)
def test_no_lexicon_verb_tagged_verb_after_a_finite_be(be: str, word: str) -> None:
    assert _tag(f"The real question {be} {word} , the envoy said .", word) != "VERB"


def test_a_time_phrase_after_a_possessive_leaves_the_act_alone() -> None:
    # "last month" is no noun "pledge" modifies: the pledge stays the rules engine's AGREE
    text = "Paris's pledge last week to send 2,000 engineers to the mission was welcomed."
    assert _tag(text, "pledge") == "VERB"
    assert ("AGREE", "pledge") in _events(text, "rules")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The governor flew back to the capital after the budget vote.",
        "The adviser flew to Aspen in April and started work on the campaign.",
        "The candidate had flown home to Ohio before the debate.",
    ],
)
def test_a_flight_made_is_no_intent_to_meet(engine: str, text: str) -> None:
    assert not any(t == "AGREE" for t, _ in _events(text, engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_flight_announced_stays_agree_and_goods_flown_stay_aid(engine: str) -> None:
    assert ("AGREE", "fly") in _events("The Peruvian president will fly to Quito next week for talks with his counterpart.", engine)
    assert any(t == "AID" for t, _ in _events("The Danish air force flew blankets and tents to Turkey on Friday.", engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_meeting_named_after_a_flight_is_consult(engine: str) -> None:
    assert any(t == "CONSULT" for t, _ in _events("The envoy flew to Muscat on Sunday for talks with Iranian officials.", engine))


def _agents(text: str, engine: str, category: str) -> set[str]:
    article = newsmodel.extract(text, engine=engine)
    names = {a.id: a.name for a in article.actors}
    return {names[i] for e in article.events if e.type == category for i in e.agents}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "agent", "place"),
    [
        ("The Austrian chancellor travelled to Belgrade on Friday to meet Serbian officials.", "chancellor", "Belgrade"),
        ("The labour minister went to Lisbon last month to discuss migration with Portuguese officials.", "minister", "Lisbon"),
    ],
)
def test_the_traveller_not_the_place_meets(engine: str, text: str, agent: str, place: str) -> None:
    agents = _agents(text, engine, "CONSULT")
    assert any(agent in a for a in agents), agents
    assert not any(place in a for a in agents), agents


def test_an_object_before_the_infinitive_is_not_skipped() -> None:
    # "appealed to the governor to pardon": no journey, the appeal is the senator's request
    assert "REQUEST" in {t for t, _ in _events("The bishop appealed to the governor to pardon the prisoner.", "rules")}


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's support, strong among older voters, has slipped since June.",
        "For months the party hoped the senator's support was a passing fad.",
        "Despite the governor's appeal, particularly among rural voters, she lost the primary.",
    ],
)
def test_a_possessive_word_that_ends_its_phrase_is_a_noun(text: str) -> None:
    # a candidate's standing in the polls: no act of support or request
    assert _events(text, "rules") == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The ministry wants a better coordinated border policy.",
        "Volunteers ran a well coordinated rescue effort after the floods.",
        "The envoy urged the junta to free a jailed opposition leader.",
    ],
)
def test_a_participle_before_adjectives_and_a_noun_is_an_adjective(engine: str, text: str) -> None:
    assert not any(t in ("COOPERATE", "AGREE", "COERCE") and w in ("coordinated", "jailed") for t, w in _events(text, engine))


def test_a_journey_told_to_you_lends_no_subject() -> None:
    # "you" is the one addressed, whom nothing resolves: not the speaker named before the quote
    text = "Ortiz told the bank's chief: “You went on television to blame the tellers.”"
    assert "Ortiz" not in _agents(text, "rules", "ACCUSE")


def test_the_tagger_reads_the_irregular_verb_table_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a decorator once slipped off ``_irregular``, and every new word re-read the table (10% slower)
    from newsmodel.engines.rules import tagger

    reads: list[str] = []
    real_rows = tagger.rows

    def counting_rows(name: str) -> tuple[tuple[str, ...], ...]:
        reads.append(name)
        return real_rows(name)

    clear = getattr(tagger._irregular, "cache_clear", lambda: None)
    monkeypatch.setattr(tagger, "rows", counting_rows)
    clear()
    try:
        words = "Zorvath quelled the uprising while Mirelka bartered quietly and fled".split()
        tagger.tag(words, [i == 0 for i in range(len(words))])
        tagger.tag([w + "x" for w in words], [i == 0 for i in range(len(words))])
    finally:
        clear()
    assert reads.count("irregular_verbs.tsv") <= 1
