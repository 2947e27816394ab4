"""``newsmodel.to_tables`` and ``write_tables``: one row per item, traceable to the text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.tables import COLUMNS

pd = pytest.importorskip("pandas", reason="install the tables extra: pip install -e '.[tables]'")

ITEMS = {"statements": "statements", "denials": "denials", "events": "events", "actors": "actors"}
SPAN_COLUMNS = {
    "statements": ("source", "cue"),
    "denials": ("cue", "denied"),
    "events": ("trigger", "time", "location"),
}


def check_tables(articles, tables):
    texts = {a.id: a.text for a in articles}
    assert set(tables) == set(COLUMNS)
    assert list(tables.articles.article_id) == [a.id for a in articles]
    for table, attr in ITEMS.items():
        frame = tables[table]
        assert list(frame.columns) == list(COLUMNS[table])
        assert len(frame) == sum(len(getattr(a, attr)) for a in articles)
        assert set(frame.article_id) <= set(texts)
        for row in frame.itertuples(index=False):
            text = texts[row.article_id]
            if not pd.isna(row.start):
                assert 0 <= row.start < row.end <= len(text)
            for prefix in SPAN_COLUMNS.get(table, ()):
                start, end, value = (getattr(row, f"{prefix}_{k}") for k in ("start", "end", "text"))
                assert (value is None) == pd.isna(start)
                if value is not None:
                    assert text[start:end] == value
    for row in tables.statements.itertuples(index=False):
        text = texts[row.article_id]
        assert isinstance(row.content, list)
        assert [text[s:e] for s, e in zip(row.content_starts, row.content_ends)] == row.content
    for row in tables.actors.itertuples(index=False):
        text = texts[row.article_id]
        assert [text[s:e] for s, e in zip(row.mention_starts, row.mention_ends)] == row.mentions


@pytest.fixture(scope="module")
def articles(seed_text):
    items = [{"id": "seed", "text": seed_text, "published": "2025-06-24"}, "The Kremlin denied the report.", None]
    return [a for a in newsmodel.extract_many(items, on_error="record") if isinstance(a, newsmodel.Article)]


def test_tables_of_extracted_articles(articles):
    tables = newsmodel.to_tables(articles)
    check_tables(articles, tables)
    seed = articles[0]
    events = tables.events[tables.events.article_id == "seed"]
    names = {a.id: a.name for a in seed.actors}
    assert [list(x) for x in events.agent_names] == [[names[i] for i in e.agents] for e in seed.events]


def test_errors_in_the_stream_are_left_out_and_empty_input_keeps_the_columns(articles):
    err = newsmodel.ExtractionError(index=2, id=None, error="TypeError", message="not a text")
    assert newsmodel.to_tables([*articles, err]).statements.equals(newsmodel.to_tables(articles).statements)
    empty = newsmodel.to_tables([])
    full = newsmodel.to_tables(articles)
    for name in COLUMNS:
        assert len(empty[name]) == 0 and (empty[name].dtypes == full[name].dtypes).all()
    with pytest.raises(TypeError):
        newsmodel.to_tables(["not an article"])


def test_parquet_and_csv_round_trip(articles, tmp_path):
    pytest.importorskip("pyarrow")
    tables = newsmodel.to_tables(articles)
    written = newsmodel.write_tables(tables, tmp_path / "pq", format="parquet")
    assert sorted(p.name for p in written) == sorted(f"{n}.parquet" for n in COLUMNS)
    back = pd.read_parquet(tmp_path / "pq" / "statements.parquet")
    assert list(back.statement_id) == list(tables.statements.statement_id)
    assert [list(c) for c in back.content] == list(tables.statements.content)
    newsmodel.write_tables(tables, tmp_path / "csv", format="csv")
    csv = pd.read_csv(tmp_path / "csv" / "events.csv")
    assert [json.loads(v) for v in csv.agent_ids] == list(tables.events.agent_ids)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.from_type(newsmodel.Article), max_size=3, unique_by=lambda a: a.id))
def test_any_valid_articles_give_consistent_tables(articles):
    check_tables(articles, newsmodel.to_tables(articles))
