"""Extractors declare what they require and provide; the registry orders, checks and completes them."""

from __future__ import annotations

import json
import warnings

import pytest
from click.testing import CliRunner

import newsmodel
from newsmodel.cli import main
from newsmodel.testing import registered_extractor

TEXT = (
    "Russia denied the report on Monday. Kremlin spokesman Dmitry Peskov told reporters that "
    "Moscow had not been consulted. Israel attacked Iran, the governor said."
)


def test_builtins_declare_requires_and_provides():
    infos = newsmodel.available_extractors()
    for name in ("actors", "statements", "denials", "events"):
        assert infos[name].provides, f"{name} declares nothing it provides"
    provided = {p for i in infos.values() for p in i.provides}
    for info in infos.values():
        assert set(info.requires) <= provided


def test_a_subset_runs_what_it_requires_first():
    full = newsmodel.extract(TEXT)
    only = newsmodel.extract(TEXT, extractors=["events"])
    assert only.events == full.events and only.events
    assert list(only.provenance.extractors) == ["actors", "statements", "denials", "events"]


def test_requirements_override_order():
    seen = {}

    def count(doc, draft):
        seen["statements"] = len(draft.statements)

    with registered_extractor(count, order=10, requires=("statements",)) as name:
        order = list(newsmodel.available_extractors())
        assert order.index("statements") < order.index(name)
        newsmodel.extract(TEXT)
    assert seen["statements"] == len(newsmodel.extract(TEXT).statements) > 0


def test_a_requirement_nothing_provides():
    def needy(doc, draft):
        raise AssertionError("must not run")

    with registered_extractor(needy, order=600, requires=("sentiment",)) as name:
        with pytest.raises(newsmodel.ExtractorDependencyError, match="'sentiment'") as info:
            newsmodel.extract(TEXT, extractors=[name])
        assert name in str(info.value)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            art = newsmodel.extract(TEXT)
        assert name not in art.provenance.extractors
        assert any(name in str(w.message) and "sentiment" in str(w.message) for w in caught)


def test_a_requirement_cycle_is_an_error():
    def noop(doc, draft):
        return None

    with registered_extractor(noop, "needs-b", requires=("b",), provides=("a",)):
        with registered_extractor(noop, "needs-a", requires=("a",), provides=("b",)):
            with pytest.raises(newsmodel.ExtractorDependencyError, match="cycle"):
                newsmodel.available_extractors()
    assert "needs-b" not in newsmodel.available_extractors()


def test_a_plugin_uses_the_draft_mention_api():
    found = {}

    def locate(doc, draft):
        for t in doc.tokens:
            if t.text == "Peskov":
                found["actor"] = draft.actor(draft.actor_at(t.start, t.end)).name
        same = draft.actor_named("kremlin", "person")
        found["kremlin"] = (same.name, same.kind)

    with registered_extractor(locate, order=150, requires=("actors", "mentions")) as name:
        newsmodel.extract(TEXT, extractors=[name])
    assert found == {"actor": "Dmitry Peskov", "kremlin": ("Kremlin", "organization")}


def test_nominal_actors_are_typed_once():
    art = newsmodel.extract("The governor said the ministry would respond. The senators said no.", engine="rules")
    kinds = {a.name: a.kind for a in art.actors}
    # a role noun is a person, an organisation noun an organization, a plural role noun a group
    assert (kinds["governor"], kinds["ministry"], kinds["senators"]) == ("person", "organization", "group")


def test_plugins_command_shows_requires_and_provides():
    res = CliRunner().invoke(main, ["plugins"])
    assert res.exit_code == 0
    assert "statements: order 200; requires actors, mentions; provides statements" in res.output
    res = CliRunner().invoke(main, ["plugins", "--json"])
    builtin = next(p for p in json.loads(res.output) if "events" in p["extractors"])
    events = next(x for x in builtin["extractor_needs"] if x["name"] == "events")
    assert events["requires"] == ["actors", "mentions", "statements", "denials"] and events["provides"] == ["events"]
