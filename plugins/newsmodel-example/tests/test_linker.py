"""The wikidata extractor, tested through newsmodel's public API."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.testing import registered_extractor
from newsmodel.testing import strategies as nst
from newsmodel_example import WikidataLinker, load_table, normalise

TEXT = (
    "Russia denied the report. Vladimir Putin told reporters that the U.S. and Israel had attacked Iran. "
    "NATO said nothing."
)


def links(article: newsmodel.Article) -> dict[str, str | None]:
    return {a.name: a.wikidata for a in article.actors}


def test_the_installed_plugin_links_countries_people_and_organisations():
    assert "wikidata" in newsmodel.available_extractors()
    found = links(newsmodel.extract(TEXT))
    assert found["Russia"] == "Q159"
    assert found["Vladimir Putin"] == "Q7747"
    assert found["United States"] == "Q30"
    assert found["Israel"] == "Q801"
    assert found["Iran"] == "Q794"


def test_it_runs_after_actors_and_is_recorded_in_provenance():
    art = newsmodel.extract(TEXT)
    names = art.provenance.extractors
    assert names.index("actors") < names.index("wikidata") < names.index("statements")


def test_without_the_extractor_nothing_is_linked():
    art = newsmodel.extract(TEXT, extractors=["actors"])
    assert all(a.wikidata is None for a in art.actors)


def test_kind_must_agree_and_ambiguous_aliases_are_left_alone():
    table = load_table(["Q1\tcountry\tGeorgia", "Q2\tperson\tGeorgia Smith", "Q3\tcountry\tAlpha", "Q4\tcountry\tBeta"])
    linker = WikidataLinker(table)
    assert linker.lookup(newsmodel.Actor(id="a1", name="Georgia", kind="person")) is None
    assert linker.lookup(newsmodel.Actor(id="a1", name="Georgia", kind="country")) == "Q1"
    assert linker.lookup(newsmodel.Actor(id="a1", name="Georgia", kind="other")) == "Q1"
    assert linker.lookup(newsmodel.Actor(id="a1", name="X", kind="country", aliases=["Alpha"])) == "Q3"
    assert linker.lookup(newsmodel.Actor(id="a1", name="X", kind="country", aliases=["Alpha", "Beta"])) is None


def test_existing_ids_are_kept():
    def preset(doc, draft):
        for i, a in enumerate(draft.actors):
            draft.actors[i] = a.model_copy(update={"wikidata": "Q999"})

    with registered_extractor(preset, order=120) as name:
        art = newsmodel.extract(TEXT, extractors=["actors", name, "wikidata"])
    assert {a.wikidata for a in art.actors} == {"Q999"}


def test_a_custom_table(tmp_path):
    path = tmp_path / "table.tsv"
    path.write_text("# mine\nQ42\tperson\tDouglas Adams\n", encoding="utf-8")
    with registered_extractor(WikidataLinker.from_tsv(path), order=150) as name:
        art = newsmodel.extract("Douglas Adams said it was 42.", extractors=["actors", name])
    assert links(art).get("Douglas Adams") == "Q42"


@pytest.mark.parametrize(
    "line", ["Q0\tcountry\tNowhere", "42\tcountry\tX", "Q1\tplanet\tMars", "Q1\tcountry"],
)
def test_malformed_rows_are_rejected_with_the_line_number(line):
    with pytest.raises(ValueError, match="line 2"):
        load_table(["# header", line])


def test_one_name_two_ids_is_rejected():
    with pytest.raises(ValueError, match="already Q1"):
        load_table(["Q1\tcountry\tA", "Q2\tcountry\ta"])


def test_the_bundled_table_loads():
    from newsmodel_example.linker import _bundled

    table = _bundled()
    assert table[("country", "us")].qid == "Q30"   # "U.S." and "US" both normalise to "us"
    assert normalise("The  U.S.") == "us"


@settings(max_examples=100, deadline=None)
@given(nst.articles())
def test_lookup_never_raises_and_returns_a_qid_or_none(article):
    linker = WikidataLinker()
    for actor in article.actors:
        qid = linker.lookup(actor)
        assert qid is None or (qid.startswith("Q") and qid[1:].isdigit())
