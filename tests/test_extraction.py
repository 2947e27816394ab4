"""Behaviour of the built-in extractors through the public API (rules engine)."""

from __future__ import annotations

import pytest

import newsmodel


def statements(text: str):
    art = newsmodel.extract(text)
    return art, [(art.speaker_name(s), s.kind, [c.text for c in s.content], s.cue.text if s.cue else None) for s in art.statements]


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"'), ("«", "»")])
def test_direct_quote_speaker_after(open_, close):
    art, found = statements(f"{open_}We will not back down,{close} Senator John Smith said on Monday.")
    assert found[0][0] == "John Smith"
    assert found[0][1] == "direct"
    assert found[0][2] == ["We will not back down,"]
    assert found[0][3] == "said"


def test_direct_quote_speaker_before_with_colon():
    _, found = statements("Prime Minister Jane Doe said: “The talks have failed.”")
    assert found[0][0] == "Jane Doe"
    assert found[0][2] == ["The talks have failed."]


def test_quote_split_by_its_cue_is_one_statement_with_two_spans():
    _, found = statements("“The vote is close,” Maria Lopez said, “but we will win it.”")
    assert len(found) == 1
    assert found[0][2] == ["The vote is close,", "but we will win it."]


def test_continuation_quote_goes_to_previous_speaker():
    _, found = statements("“We are ready,” Maria Lopez said.\n“Nobody can stop us now, not even the courts.”")
    assert [f[0] for f in found] == ["Maria Lopez"]
    assert found[0][2] == ["We are ready,", "Nobody can stop us now, not even the courts."]


def test_indirect_speech_and_pronoun_speaker():
    art, found = statements("Governor Tom Baker spoke on Friday. He said that the budget would pass next week.")
    st = [f for f in found if f[3] == "said"][0]
    assert st[0] == "Tom Baker"
    assert st[2] == ["that the budget would pass next week"]  # the complementizer is part of the content, as PolNeAR marks it
    source = next(s.source for s in art.statements if s.cue and s.cue.text == "said")
    assert source.text == "He"


def test_according_to_before_and_after():
    _, found = statements("According to officials, the border will reopen.")
    assert found[0][0] == "officials" and found[0][2] == ["the border will reopen"]
    _, found = statements("The border will reopen, according to Maria Lopez.")
    assert found[0][0] == "Maria Lopez" and found[0][2] == ["The border will reopen"]


def test_questions_and_negated_cues_are_not_statements():
    _, found = statements("How has the ministry responded to criticism?")
    assert found == []
    _, found = statements("The officials did not elaborate on the plan.")
    assert found == []


def test_unbalanced_quote_runs_to_paragraph_end():
    art, found = statements("Maria Lopez said: “This will never happen again.\nNext paragraph here.")
    assert found and found[0][2] == ["This will never happen again."]


def test_actor_titles_variants_and_affiliation():
    text = ("Kremlin spokesman Dmitry Peskov spoke. Iranian Foreign Minister Abbas Araqchi met President Vladimir Putin. "
            "Peskov said Mr. Araghchi and Mr. Putin agreed.")
    art = newsmodel.extract(text)
    by_name = {a.name: a for a in art.actors}
    assert "Araghchi" not in by_name and "Putin" not in by_name
    assert by_name["Dmitry Peskov"].titles == ("Kremlin spokesman",)
    assert art.actor(by_name["Dmitry Peskov"].affiliation).name == "Kremlin"
    assert art.actor(by_name["Abbas Araqchi"].affiliation).name == "Iran"
    assert art.actor(by_name["Kremlin"].affiliation).name == "Russia"
    assert by_name["Vladimir Putin"].titles == ("President",)
    assert {m.text for m in by_name["Abbas Araqchi"].mentions} >= {"Abbas Araqchi", "Araghchi"}


def test_demonyms_and_capitals_map_to_countries():
    art = newsmodel.extract("Israeli jets struck targets near Tehran. Iran vowed revenge.")
    names = {a.name for a in art.actors}
    assert {"Israel", "Iran"} <= names and "Tehran" not in names


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy denied a visa to the journalist.",
        "The spokesman declined to comment on the report.",
        "The ministry refused to confirm or deny the report.",
        "The claims could not be independently verified.",
    ],
)
def test_denial_exclusions(sentence):
    assert newsmodel.extract(sentence).denials == ()


def test_rejected_the_proposal_is_a_reject_event_not_a_denial():
    art = newsmodel.extract("Iran rejected the proposal from the United States.")
    assert art.denials == ()
    assert [e.type for e in art.events] == ["REJECT"]


def test_denial_with_denier_and_denied_claim():
    art = newsmodel.extract("The Kremlin denied reports that troops had crossed the border.")
    d = art.denials[0]
    assert d.cue.text == "denied"
    assert art.actor(d.denier).name == "Kremlin"
    assert d.denied.text == "reports that troops had crossed the border"


def test_event_roles_time_and_factuality():
    art = newsmodel.extract("On Monday, U.S. and Israeli strikes on Iran hit nuclear sites.")
    strike = next(e for e in art.events if e.trigger.text == "strikes")
    assert strike.type == "ASSAULT" and strike.mode == "aerial"
    assert {art.actor(a).name for a in strike.agents} == {"United States", "Israel"}
    assert [art.actor(a).name for a in strike.targets] == ["Iran"]
    assert strike.factuality == "asserted"


def test_hypothetical_and_negated_events():
    art = newsmodel.extract("If Russia sends troops to Syria, Turkey will respond. Russia did not criticize Israel.")
    facts = {e.trigger.text: e.factuality for e in art.events}
    assert facts.get("criticize") == "negated"


def test_extract_many_is_lazy_and_in_order():
    consumed = []

    def source():
        for i in range(10):
            consumed.append(i)
            yield {"id": f"doc{i}", "text": f"Maria Lopez said the vote {i} was fair."}

    it = newsmodel.extract_many(source(), batch_size=3)
    first = next(it)
    assert first.id == "doc0" and len(consumed) == 3
    rest = list(it)
    assert [a.id for a in rest] == [f"doc{i}" for i in range(1, 10)]


def test_batch_equals_one_by_one(seed_text):
    texts = [seed_text, "", "“Yes,” he said.", seed_text[:500]]
    batch = [a.model_dump(exclude={"provenance"}) for a in newsmodel.extract_many(texts, batch_size=2)]
    single = [newsmodel.extract(t).model_dump(exclude={"provenance"}) for t in texts]
    for a, b in zip(batch, single):
        a.pop("id"), b.pop("id")
    assert batch == single


def test_metadata_is_carried_to_the_article():
    art = newsmodel.extract("Nothing here.", title="T", published="2025-06-24", source="BM", url="https://x.test/a")
    assert (art.title, str(art.published), art.source, art.url) == ("T", "2025-06-24", "BM", "https://x.test/a")


def test_typewriter_double_apostrophe_quotes_split_by_cue():
    _, found = statements("''Luckily,'' the mayor said, ''this bridge can help us.''")
    assert found == [("mayor", "direct", ["Luckily,", "this bridge can help us."], "said")]


def test_content_before_a_clause_final_cue():
    _, found = statements("Maria Lopez spoke. The vote would take three weeks to organise, she said.")
    assert found[0][0] == "Maria Lopez" and found[0][2] == ["The vote would take three weeks to organise"]
    _, found = statements("The funds were spent, said John Smith.")
    assert found == [("John Smith", "indirect", ["The funds were spent"], "said")]


def test_adverbials_between_cue_and_that_are_skipped():
    _, found = statements("Anna Berg said on Tuesday that the nurses earn more.")
    assert found[0][2] == ["that the nurses earn more"]


def test_bare_plural_subject_with_present_tense_cue():
    _, found = statements("Many lawmakers say there are national security concerns.")
    assert found[0][0] == "lawmakers" and found[0][2] == ["there are national security concerns"]
