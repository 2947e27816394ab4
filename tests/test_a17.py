"""Issue 14, helper a17 at stop 41: content boundaries of reported speech on the rules engine.

* A second speaker after a bare comma ("..., Tom Lee suggested that ...", "..., they say she
  ...") ends the earlier cue's content, and gets its own statement.
* A cue set off by commas inside its content ("The plan, she said, is too costly") has both
  halves as its content -- not when the first half holds its own cue, nor for "you know".

Sentences are our own.
"""

from __future__ import annotations

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


def _by_cue(text: str, cue: str) -> tuple[str | None, str | None, str | None, str]:
    found = [s for s in _statements(text) if s[1] == cue]
    assert found, f"no statement on {cue!r} in {_statements(text)}"
    return found[0]


def test_second_speaker_after_a_fronted_clause_has_own_statement():
    text = "Although Ruiz has promised to back the governor in the runoff, Tom Lee suggested that the deal would not be easy."
    assert _by_cue(text, "promised")[3] == "to back the governor in the runoff"
    assert _by_cue(text, "suggested")[2] == "Tom Lee"
    assert _by_cue(text, "suggested")[3] == "that the deal would not be easy"


def test_pronoun_speaker_after_a_bare_comma_ends_the_content():
    text = "Several bankers expect Ms. Okafor to keep her post, given the long habit of the board, they say she must still win votes."
    assert "they say" not in _by_cue(text, "expect")[3]
    assert _by_cue(text, "say")[3] == "she must still win votes"


def test_cue_inside_its_content_takes_both_halves():
    text = "Dana Voss leads the port authority. Any effort to dredge the old harbor, she said, will take a decade."
    src, _cue, speaker, content = _by_cue(text, "said")
    assert src == "she" and speaker == "Dana Voss"
    assert content == "Any effort to dredge the old harbor / will take a decade"


def test_cue_inside_content_after_a_clause_with_its_own_cue_is_left_alone():
    text = "Ana Ruiz said the ferry was unsafe, the inspectors found, and docked it."
    assert _by_cue(text, "said")[2] == "Ana Ruiz"
    assert not any(c.startswith("Ana Ruiz said") for _s, _c, _sp, c in _statements(text))


def test_you_know_is_no_parenthetical_speech_cue():
    text = "We have a habit in this town, you know, of waiting for the river to rise."
    assert not any(c == "know" and "/" in content for _s, c, _sp, content in _statements(text))


_NAMES = ["Tom Lee", "Ana Ruiz", "Karl Brandt", "Lena Ortiz"]
_VERBS = ["said", "argued", "noted", "suggested"]


@settings(max_examples=20, deadline=None)
@given(a=st.sampled_from(_NAMES), b=st.sampled_from(_NAMES), verb=st.sampled_from(_VERBS))
def test_two_clauses_two_speakers(a, b, verb):
    """Whoever the speakers, the first content never runs into the second speaker's clause."""
    text = f"Although {a} has promised to fund the school, {b} {verb} that the money would come late."
    for _src, cue, _sp, content in _statements(text):
        if cue == "promised":
            assert b not in content


def test_noting_is_a_cue_verb():
    """The rules lemmatiser gave "noting" the lemma "not" (a closed-class word) before "note"."""
    text = "Karl Brandt praised the clinic's staff, noting that it had cut waiting times by half."
    src, _cue, speaker, content = _by_cue(text, "noting")
    assert speaker == "Karl Brandt"
    assert content == "that it had cut waiting times by half"


def test_colon_lead_in_with_doubled_apostrophes():
    text = "Mr. Brandt wrote in the spring edition of Harbor Monthly: ''To fix the port, you must risk some jobs.''"
    assert _by_cue(text, "wrote")[2] == "Brandt"
    assert _by_cue(text, "wrote")[3] == "To fix the port, you must risk some jobs."


def test_quote_after_prepositional_adjuncts_and_a_comma():
    text = "Lena Ortiz said on the radio on Friday, in answer to a caller, “Next spring, the ferry runs again.”"
    src, _cue, speaker, content = _by_cue(text, "said")
    assert speaker == "Lena Ortiz"
    assert content == "Next spring, the ferry runs again."


def test_object_before_comma_and_quote_is_no_adjunct():
    text = "Lena Ortiz called the plan, “A gift to the builders.”"
    assert all(c != "A gift to the builders." for _s, _c, _sp, c in _statements(text))


def test_participle_before_a_quote_speaks_for_the_clause_subject():
    text = "Mr. Brandt voiced admiration for Ms. Ortiz's budget, telling the Ledger: “I wish I had written it.”"
    assert _by_cue(text, "telling")[2] == "Brandt"


def test_thanked_is_a_stance_cue_with_a_named_subject():
    text = "Ana Ruiz thanked the ferry crews for their patience."
    assert _by_cue(text, "thanked")[2] == "Ana Ruiz"


def test_infinitive_after_a_promise_verb_is_a_verb_even_in_quotes():
    """The rules tagger read the word after "to" as a noun unless a word list knew it as a verb."""
    for text, cue in [
        ("Lena Ortiz pledged to “haul our cause” to the caucus.", "pledged"),
        ("In her leaflet, Lena Ortiz promises to “scrap” the bridge toll.", "promises"),
        ("Lena Ortiz spoke on Monday. She also vowed to haul the case to the high court.", "vowed"),
    ]:
        src, _cue, speaker, content = _by_cue(text, cue)
        assert speaker == "Lena Ortiz", text
        assert content.startswith("to "), text


def test_plural_noun_after_to_stays_a_noun():
    text = "Karl Brandt pledged to voters a new harbor."
    assert not any(c.startswith("to voters") for _s, _c, _sp, c in _statements(text))


def test_continue_before_an_infinitive_or_ing_verb_is_no_speech():
    assert _statements("Lena Ortiz continued mapping the flooded farms.") == []
    assert _statements("Karl Brandt continued to fight the plan.") == []
    assert _by_cue("“We will win,” Ana Ruiz continued.", "continued")[2] == "Ana Ruiz"
    assert _by_cue("The ferry captain continues that the pier will hold.", "continues")[3] == "that the pier will hold"


@settings(max_examples=15, deadline=None)
@given(verb=st.sampled_from(["pledged", "vowed", "promised"]), word=st.sampled_from(["haul", "scrap", "mend", "widen"]))
def test_promise_verb_infinitive_content_holds_its_verb(verb, word):
    text = f"Ana Ruiz {verb} to {word} the old pier."
    _src, _cue, speaker, content = _by_cue(text, verb)
    assert speaker == "Ana Ruiz" and content == f"to {word} the old pier"


def test_advise_with_an_object_alone_is_a_trade_not_speech():
    assert _statements("Karl Brandt is advising the port authority on its merger.") == []
    assert _by_cue("Karl Brandt advised the mayor to resign.", "advised")[3] == "the mayor to resign"


def test_decide_reports_only_a_clause():
    assert _statements("Karl Brandt decided to sell the old plane.") == []
    assert _by_cue("Karl Brandt decided that the plane must go.", "decided")[3] == "that the plane must go"
