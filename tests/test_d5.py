"""Denials in article bodies, d5 stop 34 (issue 14): what is turned down, and who says "not the case".

Something asked for ("the extension requested by the club") or a bare "idea" just proposed is
refused, not denied; a writer's "that was not the case" is no party's denial, a speaker's quoted
one is; the one who "used" a speech "to try to refute" a claim denies it; an adverb the tagger
reads as a noun ("have long rejected") is no denier; a claim with its "that" clause called
"ridiculous" is denied, and so is "a point that ... have disputed" (a said thing as a relative
clause's antecedent); "anyone saying <claim> is peddling fiction" is the speaker's denial of the
claim, but not the writer's own; an attempt that is generic ("any attempt to rebut") or only
possible ("we could try to deny") is no denial; a date closing an aside before the verb is no
denier.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel

from ._engines import ENGINES
from ._engines import deniers as _deniers


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "The referee denied the extension requested by the visiting club.",
        "The council rejected the exemption being sought by the hotel owners.",
        "The coach offered to hold the vote on Monday, but the players rejected the idea as pointless.",
        "The airline floated a merger with its rival. The unions rejected the idea outright.",
        "Several readers believe the bridge will be closed for a year. That is not the case.",
        "The paper reported that the striker had signed a new deal, but that was not the case.",
        "Anyone who says the season is already over is wrong.",
        "Any serious attempt to rebut the gossip would only feed it.",
        '"We could try to deny the way the league works, or we can learn from it," the owner said.',
        '"Anyone claiming to be a nurse must wear a badge," the manager said.',
    ],
)
def test_no_denial(text: str, engine: str) -> None:
    assert newsmodel.extract(text, engine=engine).denials == ()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The union rejected the idea that its members had been paid to strike.", "union"),
        ('"The article says we hid the losses. That is not the case," the treasurer said.', "treasurer"),
        ("The governor used her radio interview to try to refute the claims of waste.", "governor"),
        ("The chairman used his speech to rebut the charge that the club was broke.", "chairman"),
        ("Nuclear experts have long rejected the regime's claims of a new warhead.", "experts"),
        ("The agent called the claim that his client had asked for a transfer ridiculous.", "agent"),
        ("The coach says the pitch was fine, a point that the visiting players have disputed.", "players"),
        ("The airline blames the weather, a position the pilots have since rejected.", "pilots"),
        ("Researchers at the institute, in a report released last month, disputed the company's figures.", "researchers"),
        ('"Those who claim the count was rigged are simply mistaken," a senior election official said.', "official"),
        ('"Anybody telling you the mine will reopen is selling a fantasy," the miner said.', "miner"),
    ],
)
def test_denial_and_denier(text: str, denier: str, engine: str) -> None:
    names = _deniers(text, engine)
    assert names and any(n and denier in n.lower() for n in names), names


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["requested", "sought", "demanded"]),
    st.sampled_from(["delay", "exemption", "extension", "recount"]),
    st.sampled_from(["The judge", "The board", "The league"]),
)
def test_what_is_asked_for_is_refused(participle: str, thing: str, subject: str) -> None:
    """Whatever is asked for and whoever turns it down, "denied the X requested by ..." is no denial."""
    text = f"{subject} denied the {thing} {participle} by the two teams."
    assert newsmodel.extract(text, engine="rules").denials == ()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Critics repeated allegations that he took bribes from a builder, which he has denied and which the builder later withdrew.", "allegations that he took bribes from a builder"),
        ("The nurse says she was sacked for joining a strike, a claim that the hospital strongly disputes.", "a claim"),
        ("The hospital said all of the claims in the nurse's lawsuit are false.", "the claims in the nurse's lawsuit"),
    ],
)
def test_denied_claim_span(text: str, denied: str, engine: str) -> None:
    """A relative clause's denial denies its antecedent, not the words after the verb; a verdict's
    subject that says which claim it is ("the claims in the lawsuit") is the claim denied."""
    spans = [d.denied.text for d in newsmodel.extract(text, engine=engine).denials if d.denied is not None]
    assert denied in spans, spans
