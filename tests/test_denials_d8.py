"""Denials on real-news shapes, stop 38 (issue 14, helper d8): rebuttal phrasals ("fired back at
complaints that ..."), "took issue with" a claim, "set the record straight on" a claim, a noun
whose "that" clause states what it says ("rejected attacks from rivals that ..."), a quoted
"nothing could be further from the truth" said of a claim, a verb-only cue word read as a noun
in a sentence-case headline; the word-sense traps beside them; the claim span of a quoted denial.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES
from ._engines import deniers as _deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, denier",
    [
        ("The trade minister shot back at complaints from Ottawa that the tariffs broke the treaty.", "minister"),
        ("The mayor fired back on Monday at criticism that the new tram line was late.", "mayor"),
        ("The senator took issue with the claim that her bill would close rural clinics.", "senator"),
        ("The coach tried to set the record straight on rumours that he was leaving.", "coach"),
        ("In Leeds, the candidate rejected attacks from his opponents that he had never paid tax.", "candidate"),
        ('"Nothing could be further from the truth," the director said of reports that the museum would close.', "director"),
        ("Unions rebut claim of record wage growth.", "Unions"),
    ],
)
def test_real_news_denial_shapes(engine, text, denier):
    deniers = _deniers(text, engine)
    assert deniers and any(d and denier.lower() in d.lower() for d in deniers), deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The soldiers fired back at the snipers on the roof.",
        "The farmers took issue with the plan to close the canal.",
        "The swimmer set the record in the final on Sunday.",
        "The defence rejected attacks on the harbour as too risky.",
        "The commission rejected the complaints about the noise.",
        '"Nothing could be further from my plans than a move abroad," the striker said.',
        "Such rumours are hard to refute.",
        "The mayor hit back with a short statement on Friday.",
        "The governor shot back in a statement, saying he had built more roads than anyone.",
        "The senator fired back that voters in her state had elected her three times.",
    ],
)
def test_same_words_without_a_denied_claim(engine, text):
    assert _deniers(text, engine) == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text, claim",
    [
        ('"We firmly reject the suggestion that the reactor is unsafe," the operator said.', "the suggestion that the reactor is unsafe"),
        ("“I completely disagree with the claim that we are losing,” she said.", "the claim that we are losing"),
        ("Unions rebut claim of record wage growth.", "claim of record wage growth"),
        ("The ministry denied in a statement that it had sold the harbour land.", "that it had sold the harbour land"),
        ("The mayor fired back on Monday at reports that she would resign.", "reports that she would resign"),
    ],
)
def test_claim_span_is_the_claim_alone(engine, text, claim):
    art = newsmodel.extract(text, engine=engine)
    assert [d.denied.text for d in art.denials if d.denied] == [claim]


@pytest.mark.parametrize("engine", ["rules"])
@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["The ministry", "The senator", "Club officials"]),
    st.sampled_from(["reject", "dismiss", "dispute"]),
    st.sampled_from(["the claim", "the suggestion", "reports"]),
    st.sampled_from(["the port was closing", "the vote had been rigged", "he had resigned"]),
    st.sampled_from(["said", "told reporters"]),
)
def test_quoted_claim_stops_at_the_quote(engine, subject, verb, claim, content, said):
    """Whatever the words, a quoted denial's claim never runs past the closing quotation mark."""
    text = f'"We {verb} {claim} that {content}," {subject.lower()} {said}.'
    art = newsmodel.extract(text, engine=engine)
    for d in art.denials:
        assert d.denied is None or '"' not in d.denied.text and said not in d.denied.text
