"""Live tests on stanza's real English models.

Marked ``models``: they skip, with the reason and the download command, unless
the models are on disk (``newsmodel models download stanza --lang en``, or
``STANZA_RESOURCES_DIR`` pointing at a directory that has them).  No test here
ever downloads anything.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stanza_helpers import assert_invariants

import newsmodel


def _models_reason() -> str | None:
    """Why these tests cannot run here, or None when they can."""
    try:
        import stanza  # noqa: F401
    except ImportError:
        return "stanza is not installed (pip install -e 'plugins/newsmodel-stanza[test]')"
    from newsmodel_stanza import default_model_dir, download_command, missing_models

    root = default_model_dir()
    missing = missing_models("en", root)
    if missing:
        return (
            f"stanza's English models are not on disk in {root} (missing {missing[0]}); "
            f"download them with `{download_command('en')}` or set STANZA_RESOURCES_DIR"
        )
    return None


# The marker is registered in the plugin's pyproject.toml (and the repository's);
# there is deliberately no conftest.py in this directory: a second top-level
# `conftest` module would shadow the spaCy plugin's when both suites run together.
_REASON = _models_reason()
pytestmark = [pytest.mark.models, pytest.mark.skipif(_REASON is not None, reason=_REASON or "")]

REPO = Path(__file__).resolve().parents[3]
SEED_TEXT = REPO / "seeds" / "kremlin-iran.txt"
SEED_GOLD = REPO.parent / "shared" / "seeds" / "kremlin-iran.gold.json"


@pytest.fixture(scope="module")
def live_engine():
    """A real StanzaEngine on the English models (on CPU unless NEWSMODEL_STANZA_GPU is set)."""
    import os

    from newsmodel_stanza import StanzaEngine

    return StanzaEngine(lang="en", use_gpu=bool(os.environ.get("NEWSMODEL_STANZA_GPU")))


def test_english_text_is_parsed_into_a_valid_document(live_engine):
    doc = live_engine.annotate("Kremlin spokesman Dmitry Peskov said on Tuesday that Russia cannot accept the strikes.")
    assert_invariants(doc)
    assert doc.has_parse and doc.engine == "stanza"
    assert any(e.label == "PERSON" and doc.text[e.start : e.end] == "Dmitry Peskov" for e in doc.entities)
    said = next(t for t in doc.tokens if t.text == "said")
    assert said.dep == "root" and any(c.dep == "ccomp" for c in doc.children(said.i))


def test_batch_equals_one_by_one(live_engine):
    texts = ["Putin spoke.", "", "Peskov denied it.\n\nIran said nothing."]
    assert list(live_engine.annotate_batch(texts, batch_size=2)) == [live_engine.annotate(t) for t in texts]


def _overlap_ok(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * min(a[1] - a[0], b[1] - b[0])


@pytest.mark.skipif(not SEED_GOLD.exists(), reason=f"seed gold not found at {SEED_GOLD}")
def test_seed_acceptance(live_engine):
    """The core's acceptance rule for the seed (tests/test_seed_acceptance.py), with stanza:
    at least 10 of the 17 gold statements, and none of the gold non-statements."""
    text = SEED_TEXT.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    article = newsmodel.extract(text, engine="stanza")
    found = 0
    for g in gold["statements"]:
        start = text.find(g["content"])
        span = (start, start + len(g["content"]))
        for s in article.statements:
            speaker = article.actor(s.speaker)
            names = {speaker.name.lower(), *(x.lower() for x in speaker.aliases)} if speaker else set()
            if g["speaker"].lower() in names and any(_overlap_ok(span, (c.start, c.end)) for c in s.content):
                found += 1
                break
    assert found >= 10, f"found {found}/{len(gold['statements'])}"
    for ns in gold["not_statements"]:
        start = text.find(ns)
        span = (start, start + len(ns))
        assert not any(_overlap_ok(span, (c.start, c.end)) for s in article.statements for c in s.content), ns
