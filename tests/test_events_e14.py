"""Events, precision first (issue 14, dev batch 33, e14): sentences with event words that report
no event -- plots of made-up stories, yes/no questions, beliefs turned down, courts'
rulings between private parties, history recalled as background,
generic statements -- beside real events of
the same shape, which must stay.  Every sentence is written for this project."""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES, types

#: sentences whose event words report no event (non_event_senses: fiction frame, question, view)
NONE = [
    # a plot: "In the <story noun>, ..." (fiction-frame)
    "In the film, a band of rebels storms the palace and executes the queen's guards.",
    "In her latest novel, the army arrests the president and imposes a curfew on the capital.",
    # a yes/no question asks whether an event happens (question-opener ... ?)
    "Will Russia impose sanctions on its neighbours if the vote goes ahead?",
    "Could the protests force the president to resign?",
    # a belief turned down, not a proposal (view-noun + that)
    "Economists rejected the notion that the government would default on its debt.",
    # a court rules on a civil suit no state or official body brought (court-word + private-suit)
    "A judge dismissed a lawsuit brought by two farmers against a seed company.",
    "The jury rejected a builder's claim against the family that had hired him.",
    # history recalled in a clause opened by a long span and "after / since" (background-span)
    "Years after militiamen burned the village in 1994, its survivors still live in camps.",
    # a generic statement: a plural event noun, then an adverb of frequency (generic-adverb)
    "Experts say mass protests seldom topple governments that keep the loyalty of the police.",
]

#: (sentence, a PLOVER type it must still give): the same words reporting a real event
FOUND = [
    ("The rebels seized the capital and arrested the king's ministers on Sunday.", "COERCE"),
    ("In the capital, police arrested dozens of protesters on Sunday.", "COERCE"),
    ("Russia imposed sanctions on its neighbours after the vote, officials said.", "SANCTION"),
    ("The rebels rejected the government's offer of a ceasefire on Monday.", "REJECT"),
    ("Will the minister resign? The opposition accused him of lying to parliament.", "ACCUSE"),
    ("The court rejected the government's appeal against the ruling on Monday.", "REJECT"),
    ("Days after militiamen burned the village, the army arrested their commander.", "COERCE"),
    ("Opposition parties boycotted the vote on Sunday, saying it was rigged.", "PROTEST"),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", NONE)
def test_sentence_reports_no_event(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text, category", FOUND)
def test_same_words_still_give_the_event(engine: str, text: str, category: str) -> None:
    assert category in types(text, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_negated_event_is_kept_as_negated(engine: str) -> None:
    """The file's convention (dev batch 1) and PLOVER's 'negation' mode: the event, marked negated."""
    art = newsmodel.extract("Police have not arrested anyone over the attack on the mosque.", engine=engine)
    coerce = [e for e in art.events if e.type == "COERCE"]
    assert coerce and all(e.factuality == "negated" for e in coerce)
