"""Tests for newsmodel.evaluate: brat loading, corpus scoring, seed scoring.

Every corpus here is a tiny brat directory written into tmp_path; the real
PolNeAR data is only read in place (and the test skips when it is absent).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsmodel.pipeline
from newsmodel.evaluate import (
    BratError,
    CorpusReport,
    PredictedAttribution,
    SeedReport,
    evaluate_corpus,
    evaluate_seed,
    load_corpus,
    score_articles,
    score_predictions,
    score_seed,
)
from newsmodel.schema import Actor, Article, Denial, Event, Span, Statement

POLNEAR_DEV = Path(__file__).parents[1].parent / "shared/data/polnear/dev"
SEED_GOLD = Path(__file__).parents[1].parent / "shared/seeds/kremlin-iran.gold.json"


# -- helpers ------------------------------------------------------------------


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of needle in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def t_line(tid: str, label: str, text: str, *frags: tuple[int, int]) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in frags)
    covered = " ".join(text[s:e] for s, e in frags)
    return f"{tid}\t{label} {offsets}\t{covered}"


def write_corpus(root: Path, docs: dict[str, tuple[str, dict[str, list[str]]]]) -> Path:
    """docs: name -> (text, {annotator: ann lines})."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for name, (text, anns) in docs.items():
        with open(root / "text" / f"{name}.txt", "w", encoding="utf-8", newline="") as f:
            f.write(text)
        for annotator, lines in anns.items():
            with open(root / "attributions" / f"{name}_{annotator}.ann", "w", encoding="utf-8", newline="") as f:
                f.write("\n".join(lines) + "\n")
    return root


TEXT_A = (
    "\u201cWe are ready,\u201d Donald Trump said, \u201cand we will win.\u201d\n"
    "It is believed that the vote was rigged.\n"
    "Clinton said the polls were wrong.\n"
)


def corpus_a(tmp_path: Path) -> Path:
    t = TEXT_A
    # discontiguous content, fragments deliberately listed out of order
    q1, q2 = at(t, "\u201cWe are ready,\u201d"), at(t, "\u201cand we will win.\u201d")
    good = [
        t_line("T1", "Source", t, at(t, "Donald Trump")),
        t_line("T2", "Cue", t, at(t, "said")),
        t_line("T3", "Content", t, q2, q1),
        t_line("T4", "Attribution", t, at(t, "said")),
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        # attribution without a Source
        t_line("T5", "Cue", t, at(t, "It is believed")),
        t_line("T6", "Content", t, at(t, "the vote was rigged")),
        t_line("T7", "Attribution-no-source", t, at(t, "It is believed")),
        "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
        # a repeated Content role (brat numbers it) and an unlinked span
        t_line("T8", "Source", t, at(t, "Clinton")),
        t_line("T9", "Cue", t, at(t, "said", 1)),
        t_line("T10", "Content", t, at(t, "the polls")),
        t_line("T11", "Content", t, at(t, "were wrong")),
        t_line("T12", "Attribution", t, at(t, "said", 1)),
        "E3\tAttribution:T12 Cue:T9 Source:T8 Content:T10 Content2:T11",
        t_line("T13", "Discard", t, at(t, "It is")),
        "#1\tAnnotatorNotes T13\tnot an attribution",
    ]
    # a second annotator's file sorts after "aaaa" and must be ignored
    other = [t_line("T1", "Content", t, at(t, "Clinton")), "E1\tAttribution:T1 Content:T1"]
    return write_corpus(tmp_path / "corpus", {"doc-a": (t, {"zzzz": other, "aaaa": good})})


def article(text: str, statements=(), actors=(), denials=(), events=(), id: str = "doc") -> Article:
    return Article(id=id, text=text, statements=list(statements), actors=list(actors), denials=list(denials), events=list(events))


def span(text: str, needle: str, nth: int = 0) -> Span:
    return Span.of(text, *at(text, needle, nth))


# -- brat loading ---------------------------------------------------------------


def test_load_corpus_parses_attributions(tmp_path):
    docs = load_corpus(corpus_a(tmp_path))
    assert [d.name for d in docs] == ["doc-a"]
    doc = docs[0]
    assert doc.annotation_file == "doc-a_aaaa.ann"  # first in sorted order
    assert doc.text == TEXT_A
    assert [a.id for a in doc.attributions] == ["E1", "E2", "E3"]
    e1, e2, e3 = doc.attributions
    # discontiguous content, returned sorted
    assert e1.content == sorted(e1.content) and len(e1.content) == 2
    assert doc.span_text(e1.content) == "\u201cWe are ready,\u201d \u201cand we will win.\u201d"
    assert doc.span_text(e1.source) == "Donald Trump" and doc.span_text(e1.cue) == "said"
    # no Source
    assert e2.label == "Attribution-no-source" and e2.source == []
    assert doc.span_text(e2.content) == "the vote was rigged"
    # Content + Content2 merged
    assert doc.span_text(e3.content) == "the polls were wrong"


def test_load_corpus_keeps_crlf_offsets(tmp_path):
    text = "Intro line.\r\nSmith said it rained.\r\n"
    lines = [
        t_line("T1", "Source", text, at(text, "Smith")),
        t_line("T2", "Cue", text, at(text, "said")),
        t_line("T3", "Content", text, at(text, "it rained")),
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
    ]
    doc = load_corpus(write_corpus(tmp_path / "c", {"d": (text, {"x": lines})}))[0]
    assert "\r\n" in doc.text
    assert doc.span_text(doc.attributions[0].content) == "it rained"


def test_covered_text_with_newline_is_a_continuation_line(tmp_path):
    text = "He said \u201cfirst part.\n\nsecond part.\u201d Later."
    lines = [
        t_line("T1", "Source", text, at(text, "He")),
        t_line("T2", "Cue", text, at(text, "said")),
        t_line("T3", "Content", text, at(text, "\u201cfirst part.\n\nsecond part.\u201d")),  # spans a blank line
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
    ]
    doc = load_corpus(write_corpus(tmp_path / "c", {"d": (text, {"x": lines})}))[0]
    assert doc.span_text(doc.attributions[0].content).startswith("\u201cfirst part.\n\nsecond")


def test_load_corpus_rejects_misaligned_offsets(tmp_path):
    text = "Smith said it rained."
    lines = ["T1\tContent 11 20\tit rainee", "E1\tAttribution:T1 Content:T1"]
    with pytest.raises(BratError, match="differs"):
        load_corpus(write_corpus(tmp_path / "c", {"d": (text, {"x": lines})}))


def test_load_corpus_rejects_bad_references_and_missing_files(tmp_path):
    text = "Smith said it rained."
    bad_ref = [t_line("T1", "Content", text, at(text, "it rained")), "E1\tAttribution:T9 Content:T1"]
    with pytest.raises(BratError, match="undefined span T9"):
        load_corpus(write_corpus(tmp_path / "c1", {"d": (text, {"x": bad_ref})}))
    outside = ["T1\tContent 11 99\tit rained", "E1\tAttribution:T1 Content:T1"]
    with pytest.raises(BratError, match="outside"):
        load_corpus(write_corpus(tmp_path / "c2", {"d": (text, {"x": outside})}))
    root = write_corpus(tmp_path / "c3", {"d": (text, {})})
    with pytest.raises(BratError, match="no annotation file"):
        load_corpus(root)


def test_event_without_content_is_skipped_and_reported(tmp_path):
    text = "Smith said."
    lines = [t_line("T1", "Attribution-no-source", text, at(text, "said")), "E1\tAttribution-no-source:T1"]
    doc = load_corpus(write_corpus(tmp_path / "c", {"d": (text, {"x": lines})}))[0]
    assert doc.attributions == [] and len(doc.skipped) == 1 and "E1" in doc.skipped[0]


# -- corpus scoring ---------------------------------------------------------------


def test_exact_versus_overlap_content(tmp_path):
    gold = load_corpus(corpus_a(tmp_path))
    t = TEXT_A
    # The discontiguous quote without its quote marks and commas: still exact.
    p_exact = PredictedAttribution(content=[at(t, "We are ready"), at(t, "and we will win")], source=[at(t, "Donald Trump")], cue=[at(t, "said")])
    # Half of "the vote was rigged": overlap (Dice >= 0.5) but not exact.
    p_overlap = PredictedAttribution(content=[at(t, "the vote was")])
    # Barely touching "the polls were wrong": neither.
    p_miss = PredictedAttribution(content=[at(t, "wrong")], source=[at(t, "Clinton")], cue=[at(t, "said", 1)])
    report = score_predictions(gold, [[p_exact, p_overlap, p_miss]])
    assert (report["content.exact"].tp, report["content.exact"].fp, report["content.exact"].fn) == (1, 2, 2)
    assert (report["content.overlap"].tp, report["content.overlap"].fp, report["content.overlap"].fn) == (2, 1, 1)
    # gold without a Source gives no source item; predictions without one none either
    assert (report["source.exact"].tp, report["source.exact"].fp, report["source.exact"].fn) == (2, 0, 0)
    assert report["cue.exact"].tp == 2 and report["cue.exact"].fn == 1
    # end to end: E1 (content + source), E2 (no gold source, no predicted source)
    e2e = report["end_to_end.mention"]
    assert (e2e.tp, e2e.fp, e2e.fn) == (2, 1, 1)
    assert report.documents[0].matches == [("E1", "0"), ("E2", "1")]


def test_source_and_cue_overlap_is_any_shared_character(tmp_path):
    gold = load_corpus(corpus_a(tmp_path))
    t = TEXT_A
    p = PredictedAttribution(content=[at(t, "We are")], source=[at(t, "Trump")], cue=[at(t, "Trump said")])
    report = score_predictions(gold, [[p]])
    assert report["source.exact"].tp == 0 and report["source.overlap"].tp == 1
    assert report["cue.exact"].tp == 0 and report["cue.overlap"].tp == 1
    # content "We are" (5 characters) vs both fragments (22): Dice 0.37 < 0.5 -> no end-to-end match
    assert report["content.overlap"].tp == 0 and report["end_to_end.mention"].tp == 0


def test_one_to_one_two_predictions_for_one_gold(tmp_path):
    gold = load_corpus(corpus_a(tmp_path))
    t = TEXT_A
    p = PredictedAttribution(content=[at(t, "the polls were wrong")], source=[at(t, "Clinton")], cue=[at(t, "said", 1)])
    p_dup = PredictedAttribution(content=[at(t, "the polls were wrong.")], source=[at(t, "Clinton")], cue=[at(t, "said", 1)])
    report = score_predictions(gold, [[p, p_dup]])
    for key in ("content.exact", "content.overlap", "source.exact", "cue.overlap", "end_to_end.mention"):
        c = report[key]
        assert c.tp == 1 and c.fp == 1, key
    assert report["end_to_end.mention"].fn == 2  # E1 and E2 unmatched


def test_one_to_one_prefers_the_better_pair():
    text = "Smith said that taxes will rise next year and then fall."
    from newsmodel.evaluate import GoldAttribution, GoldDocument

    # two nested gold contents; the prediction matches both (Dice >= 0.5) but E2 exactly
    g1 = GoldAttribution(id="E1", content=[at(text, "taxes will rise next year and then fall")], source=[at(text, "Smith")])
    g2 = GoldAttribution(id="E2", content=[at(text, "taxes will rise next year")], source=[at(text, "Smith")])
    doc = GoldDocument(name="d", text=text, attributions=[g1, g2])
    p = PredictedAttribution(content=[at(text, "taxes will rise next year")], source=[at(text, "Smith")], id="p")
    report = score_predictions([doc], [[p]])
    assert report.documents[0].matches == [("E2", "p")]
    assert report["content.overlap"].tp == 1 and report["content.overlap"].fn == 1


def test_no_source_gold_requires_no_predicted_source(tmp_path):
    gold = load_corpus(corpus_a(tmp_path))
    t = TEXT_A
    with_source = PredictedAttribution(content=[at(t, "the vote was rigged")], source=[at(t, "It")])
    assert score_predictions(gold, [[with_source]])["end_to_end.mention"].tp == 0
    without = PredictedAttribution(content=[at(t, "the vote was rigged")])
    assert score_predictions(gold, [[without]])["end_to_end.mention"].tp == 1


def test_speaker_variant_credits_the_right_entity():
    text = "Peskov spoke first. Later he said the talks failed. Donald Trump was asked. Trump said no deal was made."
    from newsmodel.evaluate import GoldAttribution, GoldDocument

    g1 = GoldAttribution(id="E1", content=[at(text, "the talks failed")], source=[at(text, "he")], cue=[at(text, "said")])
    g2 = GoldAttribution(id="E2", content=[at(text, "no deal was made")], source=[at(text, "Trump", 1)], cue=[at(text, "said", 1)])
    doc = GoldDocument(name="d", text=text, attributions=[g1, g2])
    # p1 anchors on "Peskov", but the actor's mentions include the gold "he"
    p1 = PredictedAttribution(content=[at(text, "the talks failed")], source=[at(text, "Peskov")], speaker_mentions=[at(text, "Peskov"), at(text, "he")])
    # p2 anchors on the first Trump mention; the gold source text is the surname
    p2 = PredictedAttribution(content=[at(text, "no deal was made")], source=[at(text, "Donald Trump")], speaker_names=["Donald Trump"])
    report = score_predictions([doc], [[p1, p2]])
    assert report["end_to_end.mention"].tp == 0
    assert report["end_to_end.speaker"].tp == 2


def test_score_articles_from_statements(tmp_path):
    gold = load_corpus(corpus_a(tmp_path))
    t = TEXT_A
    trump = Actor(id="a1", name="Donald Trump", kind="person", mentions=[span(t, "Donald Trump")])
    st = Statement(
        id="s1",
        speaker="a1",
        source=span(t, "Donald Trump"),
        cue=span(t, "said"),
        content=[span(t, "\u201cWe are ready,\u201d"), span(t, "\u201cand we will win.\u201d")],
        kind="direct",
    )
    dup = Statement(id="s2", speaker="a1", source=span(t, "Trump"), content=[span(t, "We are ready,"), span(t, "and we will win.")])
    report = score_articles(gold, [article(t, [st, dup], [trump])])
    assert isinstance(report, CorpusReport)
    assert report.gold == 3 and report.predicted == 2
    assert report["content.exact"].tp == 1 and report["content.exact"].fp == 1  # one-to-one
    assert report["end_to_end.mention"].tp == 1 and report["end_to_end.speaker"].tp == 1
    d = json.loads(json.dumps(report.to_dict(per_document=True)))
    assert d["metrics"]["end_to_end.mention"] == {"tp": 1, "fp": 1, "fn": 2, "precision": 0.5, "recall": 0.3333, "f1": 0.4}
    assert d["per_document"][0]["matches"] == [["E1", "s1"]]
    table = report.format_table()
    assert "end-to-end  mention" in table and "content     exact" in table
    assert all(len(line) <= 80 for line in table.splitlines()[1:])


def test_score_articles_rejects_misaligned_input(tmp_path):
    gold = load_corpus(corpus_a(tmp_path))
    with pytest.raises(ValueError, match="does not have the text"):
        score_articles(gold, [article("other text")])
    with pytest.raises(ValueError, match="1 gold documents but 0"):
        score_articles(gold, [])
    with pytest.raises(ValueError, match="outside the text"):
        score_predictions(gold, [[PredictedAttribution(content=[(0, 10_000)])]])


def test_evaluate_corpus_runs_extract_many(tmp_path, monkeypatch):
    root = corpus_a(tmp_path)
    calls = {}

    def fake_extract_many(items, *, engine, batch_size, engine_options):
        items = list(items)
        calls.update(engine=engine, batch_size=batch_size, engine_options=engine_options, ids=[i["id"] for i in items])
        t = items[0]["text"]
        st = Statement(id="s1", content=[span(t, "the vote was rigged")])
        return iter([article(t, [st], id=items[0]["id"])])

    monkeypatch.setattr(newsmodel.pipeline, "extract_many", fake_extract_many)
    report = evaluate_corpus(root, engine="fake", engine_options={"x": 1}, batch_size=4)
    assert calls == {"engine": "fake", "batch_size": 4, "engine_options": {"x": 1}, "ids": ["doc-a"]}
    assert report["end_to_end.mention"].tp == 1 and report.label == "corpus (fake)"


def test_evaluate_corpus_propagates_engine_errors(tmp_path, monkeypatch):
    def broken(items, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(newsmodel.pipeline, "extract_many", broken)
    with pytest.raises(RuntimeError, match="exploded"):
        evaluate_corpus(corpus_a(tmp_path))


# -- seed scoring -------------------------------------------------------------------

SEED_TEXT = (
    "Putin said Russia would help Iran. \u201cWe are ready,\u201d Peskov stated. "
    "Is it over? Peskov denied the report. Israel struck Iran. Later Peskov said nothing. "
    "Syrian leader Bashar al-Assad fled."
)

SEED_GOLD_MINI = {
    "article": "mini.txt",
    "actors": [
        {"name": "Vladimir Putin", "mentions": ["Putin"]},
        {"name": "Dmitry Peskov", "mentions": ["Peskov"]},
        {"name": "Russia", "mentions": ["Russia"]},
        {"name": "Iran", "mentions": ["Iran"]},
        {"name": "Israel", "mentions": ["Israel"]},
        {"name": "Bashar al-Assad", "mentions": ["Syrian leader Bashar al-Assad"]},
    ],
    "statements": [
        {"speaker": "Vladimir Putin", "cue": "said", "content": "Russia would help Iran"},
        {"speaker": "Dmitry Peskov", "cue": "stated", "content": "We are ready,"},
        {"speaker": "Dmitry Peskov", "cue": "said", "content": "nothing"},
    ],
    "not_statements": ["Is it over?"],
    "denials": [{"denier": "Dmitry Peskov", "cue": "denied", "denied": "the report"}],
    "events": [
        {"type": "ASSAULT", "trigger": "struck", "agents": ["Israel"], "targets": ["Iran"]},
        {"type": "SUPPORT", "trigger": "help", "agents": ["Russia"], "targets": ["Iran"]},
    ],
    "denied_events": [{"trigger": "report", "description": "the report", "factuality": "denied"}],
}


def mini_seed_article() -> Article:
    t = SEED_TEXT
    actors = [
        # canonical name differs from the gold; the gold name is an alias
        Actor(id="putin", name="Putin", aliases=["Vladimir Putin"], mentions=[span(t, "Putin")]),
        Actor(id="peskov", name="Dmitry Peskov", mentions=[span(t, "Peskov"), span(t, "Peskov", 1)]),
        # the third Peskov mention became an actor of its own: a split
        Actor(id="peskov2", name="Peskov", mentions=[span(t, "Peskov", 2)]),
        Actor(id="israel", name="Israel", kind="country", mentions=[span(t, "Israel")]),
        Actor(id="iran", name="Iran", kind="country", mentions=[span(t, "Iran"), span(t, "Iran", 1)]),
        # an actor from a modifier inside a gold mention is not a split
        Actor(id="syria", name="Syria", kind="country", mentions=[span(t, "Syrian")]),
        Actor(id="assad", name="Bashar al-Assad", mentions=[span(t, "Bashar al-Assad")]),
    ]
    statements = [
        Statement(id="s1", speaker="putin", cue=span(t, "said"), content=[span(t, "Russia would help Iran.")]),
        Statement(id="s2", speaker="peskov", cue=span(t, "stated"), content=[span(t, "\u201cWe are ready,\u201d")], kind="direct"),
        Statement(id="s3", speaker="peskov2", content=[span(t, "Is it over?")]),
        # right content, wrong speaker
        Statement(id="s4", speaker="israel", content=[span(t, "nothing")]),
    ]
    denials = [Denial(id="d1", denier="peskov", cue=span(t, "denied"), denied=span(t, "the report"))]
    events = [
        Event(id="e1", type="ASSAULT", trigger=span(t, "struck"), agents=["israel"], targets=["iran"]),
        Event(id="e2", type="SUPPORT", trigger=span(t, "help"), agents=["putin"], targets=["iran"]),
    ]
    return article(t, statements, actors, denials, events, id="mini")


def test_score_seed_on_hand_built_article():
    report = score_seed(SEED_GOLD_MINI, mini_seed_article())
    assert isinstance(report, SeedReport)
    assert [r.found for r in report.statements] == [True, True, False]
    assert report.statements[0].predicted_speaker == "Putin"  # found through the alias
    missed = report.statements[2]
    assert missed.content_found and missed.predicted_speaker == "Israel"
    assert report.statements_found == 2
    assert report.unmatched_statements == ["s3", "s4"]
    assert report.not_statements_extracted == 1 and report.not_statements[0].statements == ["s3"]
    assert report.denials_found == 1
    assert [e.found for e in report.events] == [True, False]
    assert report.events[1].type_found and report.events[1].predicted_agents == ["Putin"]
    assert report.denied_events_found == 0
    found = {a.name: a.found for a in report.actors}
    assert found == {"Vladimir Putin": False, "Dmitry Peskov": True, "Russia": False, "Iran": True, "Israel": True, "Bashar al-Assad": True}
    assert [a.name for a in report.split_actors] == ["Dmitry Peskov"]
    assert report.actors[1].assigned == [("peskov", "Dmitry Peskov"), ("peskov2", "Peskov")]
    d = json.loads(json.dumps(report.to_dict()))
    assert d["summary"]["statements_found"] == 2 and d["split_actors"] == ["Dmitry Peskov"]
    table = report.format_table()
    assert "statements found          2/3" in table and "Dmitry Peskov" in table


def test_seed_statement_needs_half_of_the_shorter_span():
    t = SEED_TEXT
    a = mini_seed_article()
    # "Russia would help Iran" (22 chars) vs a 10-char piece inside it: 10 >= 5 -> found
    short = a.model_copy(update={"statements": [Statement(id="s1", speaker="putin", content=[span(t, "would help")])]})
    assert score_seed(SEED_GOLD_MINI, short).statements[0].found
    # a longer span sharing only "Iran" with it: 4 < half of 22
    edge = Span.of(t, t.index("Iran"), t.index("stated") + len("stated"))
    touch = a.model_copy(update={"statements": [Statement(id="s1", speaker="putin", content=[edge])]})
    assert not score_seed(SEED_GOLD_MINI, touch).statements[0].found


def test_seed_gold_string_missing_from_text_raises():
    gold = dict(SEED_GOLD_MINI, statements=[{"speaker": "x", "cue": None, "content": "not in the text"}])
    with pytest.raises(ValueError, match="does not occur"):
        score_seed(gold, mini_seed_article())


def test_evaluate_seed_reads_the_article_next_to_the_gold(tmp_path, monkeypatch):
    (tmp_path / "mini.txt").write_text(SEED_TEXT, encoding="utf-8")
    gold_path = tmp_path / "mini.gold.json"
    gold_path.write_text(json.dumps(SEED_GOLD_MINI), encoding="utf-8")
    seen = {}

    def fake_extract(text, *, engine, id):
        seen.update(text=text, engine=engine, id=id)
        return mini_seed_article()

    monkeypatch.setattr(newsmodel.pipeline, "extract", fake_extract)
    report = evaluate_seed(gold_path, engine="fake")
    assert seen == {"text": SEED_TEXT, "engine": "fake", "id": "mini"}
    assert report.statements_found == 2


@pytest.mark.skipif(not SEED_GOLD.exists(), reason=f"seed gold not found at {SEED_GOLD}")
def test_real_seed_gold_locates_in_its_article():
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    with open(SEED_GOLD.parent / gold["article"], encoding="utf-8", newline="") as f:
        text = f.read()
    report = score_seed(gold, Article(text=text))
    assert len(report.statements) == 17 and report.statements_found == 0
    for r in report.statements:
        assert text[r.span[0] : r.span[1]] == r.content
    assert len(report.actors) == len(gold["actors"])


# -- the real corpus ----------------------------------------------------------------


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason=f"PolNeAR dev not found at {POLNEAR_DEV} (shared data is outside the repo)")
def test_polnear_dev_parses():
    docs = load_corpus(POLNEAR_DEV)
    assert len(docs) == 84
    n = sum(len(d.attributions) for d in docs)
    assert 2100 <= n <= 2300, n
    for d in docs:
        for a in d.attributions:
            assert a.content
            for s, e in a.content + a.source + a.cue:
                assert 0 <= s < e <= len(d.text)
    assert any(not a.source for d in docs for a in d.attributions)
    assert any(len(a.content) > 1 for d in docs for a in d.attributions)
    # gold against itself is perfect
    preds = [[PredictedAttribution(content=a.content, source=a.source, cue=a.cue) for a in d.attributions] for d in docs[:10]]
    report = score_predictions(docs[:10], preds)
    assert report["end_to_end.mention"].f1 == 1.0 and report["content.exact"].f1 == 1.0
