"""Issue 14, helper a16 at stop 41: speaker recall on the rules engine (no parse).

* A clause that opens with a noun phrase and one or more parentheticals between commas has that
  phrase as the subject of the cue after the last comma -- not a noun inside the parenthetical
  (``apposed_subjects``); the tagger reads a speech word in -s or the base form after the closing
  comma as that subject's verb; after a quote the cue is looked for past such an apposition.
* A participle's speaker is the main clause's subject, past a fronted adverbial.
* A share of the people polled ("38 percent", "Two in five", "Nearly half of the parents") is
  a source (``share_sources``); a count of people ("All three candidates") is read as before.
* "said in a memo: <quote>": an adjunct between the cue and the colon.
* "X said A, and Y said B": A ends before the second speaker.

Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel


def _statements(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(source, cue, speaker name, content) of each rules statement."""
    art = newsmodel.extract(text, engine="rules")
    out = []
    for s in art.statements:
        speaker = art.actor(s.speaker).name if s.speaker else None
        out.append((s.source.text if s.source else None, s.cue.text if s.cue else None, speaker, " / ".join(c.text for c in s.content)))
    return out


def _speaker_of(text: str, cue: str) -> str | None:
    found = [sp for _src, c, sp, _content in _statements(text) if c == cue]
    assert found, f"no statement on {cue!r} in {_statements(text)}"
    return found[0]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Lena Ortiz, the head of the tenants union, which filed the lawsuit, said the landlords had lied.", "said", "Lena Ortiz"),
        ("Senator Ana Pike of Oregon, a Republican on the budget panel, has proposed taxing sugar.", "proposed", "Ana Pike"),
        ("Ravi Mehta, a history professor at Lakeside College, writes that the archive was lost.", "writes", "Ravi Mehta"),
        ("Tom Lee, a farmer, 64, of Dayton, Ohio, says the drought ruined him.", "says", "Tom Lee"),
        ("Her top adviser, Karl Brandt, calls the deal a trap.", "calls", "Karl Brandt"),
        ("Nia Cole, a nurse from Tulsa, Okla., said she would vote twice.", "said", "Nia Cole"),
    ],
)
def test_subject_before_parentheticals_speaks(text: str, cue: str, speaker: str) -> None:
    assert _speaker_of(text, cue) == speaker


def test_plural_subject_before_a_like_phrase_speaks() -> None:
    rows = _statements("The farmers, like their neighbours across the river, say the new tariff hurts exports.")
    assert [(src, cue) for src, cue, _sp, _c in rows] == [("The farmers, like their neighbours across the river", "say")]


@pytest.mark.parametrize(
    "text, cue, speaker, content",
    [
        ('"We will not back down," Lena Ortiz, the head of the tenants union, told the Gazette on Monday.', "told", "Lena Ortiz", "We will not back down,"),
        ('"The plan is dead," Omar Reyes, a senior aide to the governor, wrote on Twitter.', "wrote", "Omar Reyes", "The plan is dead,"),
        ('"It is over," the party\'s new chairman, Ivo Kral, tweeted on Sunday.', "tweeted", "Ivo Kral", "It is over,"),
    ],
)
def test_cue_after_quote_past_an_apposition(text: str, cue: str, speaker: str, content: str) -> None:
    rows = _statements(text)
    assert [(c, sp, body) for _src, c, sp, body in rows] == [(cue, speaker, content)]


def test_fronted_time_phrase_is_no_subject_phrase() -> None:
    # "Last year" opens the clause but names no one: the name before the apposition speaks
    assert _speaker_of("Last year, Tom Lee, a farmer, said the rain came late.", "said") == "Tom Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Amid the protests, calls for reform grew louder.",
        "After the storm, claims of fraud reached the insurer.",
    ],
)
def test_speech_noun_after_a_fronted_phrase_stays_a_noun(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("At a town hall in Reno on Friday, Senator Ana Pike of Oregon toured the new dam, saying that it would last a century.", "Ana Pike"),
        ("In an interview with the Ledger, Tom Pike repeated his attack, saying the bill was a fraud.", "Tom Pike"),
    ],
)
def test_participle_speaker_is_the_main_subject_not_the_fronted_phrase(text: str, speaker: str) -> None:
    assert _speaker_of(text, "saying") == speaker


def test_unresolved_subject_pronoun_stays_the_source_of_a_participle() -> None:
    rows = _statements("She wrote to the members in a letter to donors, saying that the fund was empty.")
    assert [(src, cue) for src, cue, _sp, _c in rows] == [("She", "saying")]


@pytest.mark.parametrize(
    "text, sources",
    [
        ("More than seven in 10 said they wanted a new mayor; 38 percent said the council had failed.", ["More than seven in 10", "38 percent"]),
        ("Forty-two percent of those polled say their shifts are too long.", ["Forty-two percent of those polled"]),
        ("Nearly half of the parents said the school had grown unsafe.", ["Nearly half of the parents"]),
        ("Among farmers, 61 percent said they would plant less corn, while 19 percent said they might sell their land.", ["61 percent", "19 percent"]),
        ("Two in five said the fares were too high, and nearly one in four said the buses ran late.", ["Two in five", "nearly one in four"]),
        ("Fans shrugged off the trade, with four in 10 saying the new coach would change nothing.", ["four in 10"]),
    ],
)
def test_survey_shares_are_sources(text: str, sources: list[str]) -> None:
    rows = _statements(text)
    assert [src for src, _cue, _sp, _c in rows] == sources
    assert all(sp is None for _src, _cue, sp, _c in rows)  # a share of respondents is no actor


@pytest.mark.parametrize(
    "text",
    [
        "The 2015 report said the river was clean.",
        "All three candidates said they would help.",
    ],
)
def test_years_and_counted_nouns_are_no_shares(text: str) -> None:
    rows = _statements(text)
    assert len(rows) == 1 and rows[0][2] is not None  # the old source rules, with an actor


@pytest.mark.parametrize(
    "text, cue, speaker, content",
    [
        ('The guild said in a memo: "Every kitchen reopens on Thursday."', "said", "guild", "Every kitchen reopens on Thursday."),
        ('Ana Pike wrote in a note to members: "The roof repairs are finished."', "wrote", "Ana Pike", "The roof repairs are finished."),
        ('The senator said curtly: "The bridge stays shut."', "said", "senator", "The bridge stays shut."),
    ],
)
def test_cue_before_an_adjunct_and_a_colon(text: str, cue: str, speaker: str, content: str) -> None:
    assert [(c, sp, body) for _src, c, sp, body in _statements(text)] == [(cue, speaker, content)]


def test_pronoun_source_takes_no_modifiers() -> None:
    rows = _statements('In 2010 she said of the new tax: "Nobody wants it."')
    assert [src for src, _cue, _sp, _c in rows] == ["she"]


def test_content_stops_before_the_next_speaker() -> None:
    rows = _statements("Ana Ruiz said the plan failed, and Tom Lee said it worked.")
    assert [(sp, body) for _src, _cue, sp, body in rows] == [("Ana Ruiz", "the plan failed"), ("Tom Lee", "it worked")]


def test_content_runs_on_where_no_speaker_follows() -> None:
    rows = _statements("Ana Ruiz said the talks failed, and the union leaders walked out.")
    assert [body for _src, _cue, _sp, body in rows] == ["the talks failed, and the union leaders walked out"]


_NAMES = ["Lena Ortiz", "Omar Reyes", "Ravi Mehta", "Nia Cole"]
_ASIDES = ["a nurse from Tulsa", "the head of the tenants union", "who leads the group", "like her neighbours", "64"]


@settings(max_examples=25, deadline=None)
@given(name=st.sampled_from(_NAMES), asides=st.lists(st.sampled_from(_ASIDES), min_size=1, max_size=3), verb=st.sampled_from(["said", "says", "argues", "writes"]))
def test_any_run_of_parentheticals_leaves_the_opening_name_the_speaker(name: str, asides: list[str], verb: str) -> None:
    text = f"{name}, {', '.join(asides)}, {verb} that the vote was rigged."
    assert _speaker_of(text, verb) == name


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Mayor Ivo Kral expressed concern about the new toll on Tuesday.", "expressed", "Ivo Kral"),
        ("The coach defended his decision to bench the captain.", "defended", "coach"),
        ("Lena Ortiz attacked the landlords for raising rents twice.", "attacked", "Lena Ortiz"),
    ],
)
def test_finite_stance_verbs_are_cues_with_their_object(text: str, cue: str, speaker: str) -> None:
    assert _speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The club hired a lawyer to defend the players in court.",
        "Nia Cole, who defended the plan last year, now runs the port.",
    ],
)
def test_stance_verb_in_an_infinitive_or_a_relative_is_no_cue(text: str) -> None:
    assert not [c for _src, c, _sp, _b in _statements(text) if c and c.startswith("defend")]


def test_a_place_after_of_is_passed_over_only_after_a_name() -> None:
    assert _speaker_of("Senator Ana Pike of Oregon said the dam would hold.", "said") == "Ana Pike"
    # "Tens of thousands of <people>": the people, not the number word, as before
    rows = _statements("Tens of thousands of Hungarians demonstrated against the new tax.")
    assert [src for src, _c, _sp, _b in rows] == ["Hungarians"]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("The new rules had two aims, the admiral said.", "admiral", "The new rules had two aims"),
        ("If the dam breaks, the valley will flood, the engineer warned.", "engineer", "If the dam breaks, the valley will flood"),
    ],
)
def test_content_before_a_trailing_cue(text: str, speaker: str, content: str) -> None:
    assert [(sp, body) for _src, _c, sp, body in _statements(text)] == [(speaker, content)]


def test_a_fronted_clause_alone_is_no_content() -> None:
    assert _statements("After meeting the envoy, Smith said.") == []
