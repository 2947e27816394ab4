"""News a CAMEO coder leaves uncoded gives no event (issue 14, helper e91 at stop 48; dev batch 154).

Accidents with no perpetrator, sport told in the words of war, business rivalry, crime between
private persons of one circle, counts, careers and a body acting on its own members -- each beside
a trap of the same words that is an event.  Sentences written for this file.
"""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, types

NO_EVENT = [
    # a blast at a work site, no weapon or armed party (non_event_senses.work_site_blast)
    "An explosion at a paper mill killed four workers on Friday.",
    # a hazard's place after "at ... in" is no party firing it (_place_after_preposition)
    "A blaze at a hotel in Lisbon killed nine guests.",
    # violence against one's own partner, no party CAMEO codes (private_violence)
    "A man stabbed his girlfriend after a row at a bar.",
    # a body acting on its own members (own_members)
    "The movement expelled its founder for fraud.",
    "The militia executed three of their own fighters for desertion.",
    # a statistic's participle (reported_tallies.counted_participle)
    "The number of asylum seekers arriving in Malta fell sharply.",
    # sport: a half of the match, goals counted (non_event_senses._match_phrase)
    "Peru's forwards attacked in the second half.",
    "The Danish side stormed back from two goals down to beat Serbia.",
    # business rivalry and a private threat to sue (non_event_senses)
    "The airline cut fares to fight off competition from Turkish rivals.",
    "The firm threatened to sue a supplier over late deliveries.",
    # a career (life_stories._fought_in_a_war)
    "The senator, a former marine, fought in the war in Iraq.",
]

EVENT = [
    ("A bomb exploded at a paper mill, killing four workers.", "ASSAULT"),
    ("Gunmen kidnapped the governor's son on Tuesday.", "ASSAULT"),
    ("A soldier shot his wife at a base near the capital.", "ASSAULT"),
    ("The rebels executed three captured police officers.", "ASSAULT"),
    ("Rebels attacked the town in the second half of the year.", "ASSAULT"),
    ("The ministry threatened to sue the broadcaster over the report.", "THREATEN"),
    ("Ethiopia fought in the war against Eritrea.", "ASSAULT"),
    ("A number of soldiers attacked the village.", "ASSAULT"),
    ("Officials conceded that Turkish soldiers had fought in the war in Libya.", "ASSAULT"),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", NO_EVENT)
def test_uncoded_news_gives_no_event(text: str, engine: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("text", "category"), EVENT)
def test_same_words_as_an_event_stay(text: str, category: str, engine: str) -> None:
    assert category in types(text, engine)
