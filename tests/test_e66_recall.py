"""Stop 43, e66: event recall on real political news (issue 14, dev batch 117).

Causes of missed events found in a hand-made gold of PolNeAR train articles, each checked through
the public API with our own sentences, beside sentences of the same words that must not change:
verbs of scorn said of a party are criticism (``criticism-verb``: vilify, insult, demonize,
belittle, smear, upbraid, badmouth), also with a coded group or a lone "him"/"her" as object;
"hack" of computer systems, accounts or devices is COERCE cyber (CAMEO 176 in the converter's
manual overrides), "hacked together a website" or "hacked a path" is none; restrictions on a flow
of trade are SANCTION (``trade_bans``); a meal shared with a party is a meeting
(``extractors/events/shared_meals.py``), with kin or alone it is none; a party's attempt, effort
or bid blocked is REJECT.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._engines import ENGINES, has_event, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "kind", "agent", "target"),
    [
        ("Senator Rhea Vance has been vilifying the mayor on local radio.", "ACCUSE", "", "mayor"),
        ("The governor insulted three reporters at a briefing on Tuesday.", "ACCUSE", "governor", "reporters"),
        ("Governor Ike Moran belittled Senator Pia Lund during the second debate.", "ACCUSE", "moran", "lund"),
        ("The minister upbraided the police chief in front of the council.", "ACCUSE", "minister", "chief"),
        ("Chile hacked computers at the Bolivian foreign ministry in 2019.", "COERCE", "chile", "ministry"),
        ("Iran hacked the phones of two Israeli ministers, the report said.", "COERCE", "iran", "ministers"),
        ("Norway imposed new import restrictions on Peruvian fish.", "SANCTION", "norway", "peru"),
        ("Senator Eva Holm had lunch in Denver with Mayor Carl Ruiz on Monday.", "CONSULT", "holm", "ruiz"),
        ("Kenya blocked Ethiopia's bid to join the river commission.", "REJECT", "kenya", "ethiopia"),
    ],
)
def test_recalled_events(engine: str, sentence: str, kind: str, agent: str, target: str) -> None:
    assert has_event(sentence, engine, kind, agent, target)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Many parents felt insulted by the tone of the leaflet.", "ACCUSE"),
        ("Oil from the spill smeared the hulls of the fishing boats.", "ACCUSE"),
        ("Two students hacked together a website for the chess club.", "COERCE"),
        ("Rangers hacked a trail through the forest to the lake.", "COERCE"),
        ("The junta imposed travel restrictions on two opposition activists.", "SANCTION"),
        ("The senator had dinner with her husband and their daughter.", "CONSULT"),
        ("Reporters had lunch at the hotel before the hearing.", "CONSULT"),
        ("A landslide blocked the road to the border crossing.", "REJECT"),
    ],
)
def test_same_words_with_no_such_event(engine: str, sentence: str, absent: str) -> None:
    assert absent not in types(sentence, engine)


_MEALS = st.sampled_from(["breakfast", "lunch", "dinner"])
_KIN = st.sampled_from(["his wife", "her husband", "their children", "old friends", "his brother"])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meal=_MEALS, kin=_KIN)
def test_a_meal_with_kin_or_friends_is_never_a_meeting(meal: str, kin: str) -> None:
    """Whatever the meal and the relative, a meal in private life codes no CONSULT."""
    assert "CONSULT" not in types(f"The governor had {meal} with {kin} on Sunday.", "rules")
