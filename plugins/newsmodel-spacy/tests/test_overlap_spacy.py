"""The spaCy engine's hand-over (``parse_batch``): the documents and Articles of the serial path."""

from __future__ import annotations

import pickle

from conftest import TEST_MODEL
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.engines.base import HandsOverParses, Parsed

TEXTS = [
    "“The ferry will run again next week,” the harbour master of Kelling said.",
    "",
    "Vostra’s foreign ministry denied on Friday that its envoy had met the rebels.\n\nThe rebels said two villages were shelled overnight.",
    "   \n\n  ",
    "ORBAN TELLS LAWMAKERS TO BACK THE BUDGET\n\nThe prime minister urged lawmakers to pass the budget before the recess.",
    "Acme Corp was fined $3 million by the regulator, which accused it of hiding losses.",
]


def test_parse_batch_finishes_into_the_batch_documents(engine):
    assert isinstance(engine, HandsOverParses)
    parses = list(engine.parse_batch(iter(TEXTS), batch_size=2))
    assert all(isinstance(p, Parsed) for p in parses)
    # what crosses to the worker is pickled: the copy finishes into the same document
    finished = [pickle.loads(pickle.dumps(p)).finish() for p in parses]
    assert finished == list(engine.annotate_batch(TEXTS, batch_size=2))


def test_overlap_gives_the_serial_articles(engine):
    items = [*TEXTS, None, {"id": "own-id", "text": TEXTS[0], "source": "wire"}, "x" * 300, *TEXTS[::-1]]
    options = {"engine": "spacy", "engine_options": {"model": TEST_MODEL}, "on_error": "record", "batch_size": 3, "max_chars": 250}
    serial = [r.model_dump_json() for r in newsmodel.extract_many(items, **options)]
    overlapped = [r.model_dump_json() for r in newsmodel.extract_many(items, overlap=True, **options)]
    assert overlapped == serial
    errors = [r for r in newsmodel.extract_many(items, overlap=True, **options) if isinstance(r, newsmodel.ExtractionError)]
    assert [(e.index, e.error) for e in errors] == [(6, "TypeError"), (8, "TextTooLongError")]


_WORDS = st.sampled_from(["The", "minister", "said", "denied", "“", "”", "rebels", "Kelling", ",", ".", "\n\n", "met", "on", "Friday", "  "])


@settings(max_examples=10, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=25).map(" ".join), max_size=5))
def test_any_texts_finish_like_the_batch(engine, texts):
    parses = [pickle.loads(pickle.dumps(p)) for p in engine.parse_batch(texts, batch_size=2)]
    assert [p.finish() for p in parses] == list(engine.annotate_batch(texts, batch_size=2))


def test_cli_overlap_writes_the_serial_lines(engine, tmp_path):
    from click.testing import CliRunner

    from newsmodel.cli import main

    for k, text in enumerate(TEXTS):
        (tmp_path / f"{k}.txt").write_text(text, encoding="utf-8")
    common = ["extract", str(tmp_path), "-e", "spacy", "--engine-option", f"model={TEST_MODEL}", "--batch-size", "2"]
    serial = CliRunner().invoke(main, [*common, "-o", str(tmp_path / "serial.jsonl")])
    overlapped = CliRunner().invoke(main, [*common, "--overlap", "-o", str(tmp_path / "overlap.jsonl")])
    assert serial.exit_code == overlapped.exit_code == 0, overlapped.output
    lines = (tmp_path / "overlap.jsonl").read_text(encoding="utf-8")
    assert lines == (tmp_path / "serial.jsonl").read_text(encoding="utf-8") and lines.count("\n") == len(TEXTS)
