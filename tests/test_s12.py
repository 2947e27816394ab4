"""Stop 32 (helper s12, issue 13): :func:`non_event` asks only the sense checks that can fire for a
candidate's lemma, text and curated category (:mod:`newsmodel.extractors.events.sense_checks`).

The dispatch must give the answer of asking every check in order: each check's keys are a
promise, proved from its first guard, that it returns False for any other candidate.  These
tests hold the checks to that promise on the dev sentences: on every candidate the events
extractor asks about, and on every token of its sentence with the curated categories varied.
"""

from __future__ import annotations

import random
import typing
from pathlib import Path

import pytest

import newsmodel
from newsmodel.extractors.events import non_event_senses, senses
from newsmodel.extractors.events.sense_checks import Dispatch, SenseCheck, keys
from newsmodel.schema import EventType

from ._engines import ENGINES

DEV = Path(__file__).parent / "data" / "events_dev.tsv"

#: Curated categories to try each token with: none (a trigger found outside the curated list) and
#: every PLOVER type.
CATEGORIES: tuple[str | None, ...] = (None, *typing.get_args(EventType))


def _dev_sentences(n: int, seed: int) -> list[str]:
    rows = [line.split("\t")[0] for line in DEV.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return random.Random(seed).sample(rows, n)


def test_dispatch_keeps_order_and_admits_by_any_key() -> None:
    """The compiled table lists, in the registry's order, the checks whose lemma, text or category
    key matches, and every check that can fire for any word."""

    def ask(name: str):  # noqa: ANN202 - a named stand-in check
        def f(doc, draft, t, curated) -> bool:  # noqa: ANN001
            return False

        f.__name__ = name
        return f

    a, b, c, d = ask("a"), ask("b"), ask("c"), ask("d")
    dispatch = Dispatch((
        SenseCheck("a", a, lemmas=keys("rally", ["march"])),
        SenseCheck("b", b, any_word=True),
        SenseCheck("c", c, texts=frozenset({"rallies"})),
        SenseCheck("d", d, categories=frozenset({"PROTEST"})),
    ))
    assert dispatch.asks("rally", "rallies", "PROTEST") == (a, b, c, d)
    assert dispatch.asks("march", "marched", None) == (a, b)
    assert dispatch.asks("sign", "signed", "AGREE") == (b,)
    assert dispatch.asks("sign", "signed", "PROTEST") == (b, d)
    assert dispatch.asks("sign", "signed", "PROTEST") is dispatch.asks("sign", "signed", "PROTEST")  # compiled once


def test_every_module_check_is_registered() -> None:
    """Each sense module's checks are all in the registry :func:`non_event` compiles, none dropped;
    a module of the events package with a ``*_non_event`` check must list it in ``checks()`` (a new
    sense module hooked in some other way would be skipped by the dispatch)."""
    import importlib
    import pkgutil

    from newsmodel.extractors import events

    registered = {c.ask for c in non_event_senses.sense_checks()}
    found = 0
    for info in pkgutil.iter_modules(events.__path__):
        m = importlib.import_module(f"{events.__name__}.{info.name}")
        own = [f for n, f in vars(m).items() if n.endswith("_non_event") and callable(f) and getattr(f, "__module__", None) == m.__name__]
        if not own or m is non_event_senses:
            continue
        assert hasattr(m, "checks"), m.__name__
        asks = {c.ask for c in m.checks()}
        assert asks <= registered, m.__name__
        found += 1
    assert found >= 11
    assert {c.ask for c in non_event_senses._checks()} <= registered
    assert len(registered) == len(non_event_senses.sense_checks())  # no check listed twice


@pytest.mark.parametrize("engine", ENGINES)
def test_dispatch_answers_as_every_check_in_order(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the dev sentences, every call of :func:`non_event` during extraction, and every token of
    the sentence asked about with each curated category, gets the answer of asking every check;
    and no check returns True for a candidate outside its keys."""
    checks = non_event_senses.sense_checks()
    real = non_event_senses.non_event
    asked = 0
    broken: list[str] = []
    swept: set[tuple[int, int]] = set()
    rng = random.Random(32)

    def every(doc, draft, t, curated) -> bool:  # noqa: ANN001
        nonlocal asked
        asked += 1
        category = curated[1] if curated is not None else None
        lemma, low = t.lemma.lower(), t.text.lower()
        answer = False
        for c in checks:
            fired = c.ask(doc, draft, t, curated)
            if fired and not c.admits(lemma, low, category):
                broken.append(f"{c.name!r} fired outside its keys on {t.text!r} (lemma {lemma!r}, {category}) in {doc.text[:80]!r}")
            answer = answer or fired
        return answer

    def checked(doc, draft, t, curated) -> bool:  # noqa: ANN001
        answer = real(doc, draft, t, curated)
        assert answer == every(doc, draft, t, curated), (t.text, curated, doc.text)
        if (id(doc), t.sent) not in swept:  # every token of the sentence, with varied categories
            swept.add((id(doc), t.sent))
            sent = doc.sentences[t.sent]
            for u in doc.tokens[sent.token_start : sent.token_end]:
                for category in (None, rng.choice(CATEGORIES[1:]), curated[1] if curated is not None else None):
                    cur = None if category is None else (1, category, None)
                    assert real(doc, draft, u, cur) == every(doc, draft, u, cur), (u.text, cur, doc.text)
        return answer

    monkeypatch.setattr(senses, "non_event", checked)
    for text in _dev_sentences(400 if engine == "rules" else 120, seed=12):
        newsmodel.extract(text, engine=engine)
    assert asked > 2000
    assert not broken, "\n".join(broken[:20])


def _compared_words(fn, env: dict) -> tuple[set[str], set[str], set[str]]:  # noqa: ANN001
    """The words a keyed check's own body compares the candidate's lemma, text and curated category
    with (``lemma == "x"``, ``low in ("x", "y")``, ``lemma in _words("cls")``, ``t.text ==
    "March"``, ``curated[1] == "COERCE"``): (lemmas, texts, categories)."""
    import ast
    import inspect
    import textwrap

    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    lemmas: set[str] = set()
    texts: set[str] = set()
    categories: set[str] = set()

    def side(node: ast.expr) -> str | None:
        if isinstance(node, ast.Name) and node.id in ("lemma", "low", "category"):
            return {"lemma": "lemma", "low": "text", "category": "category"}[node.id]
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "curated" and isinstance(node.slice, ast.Constant) and node.slice.value == 1:
            return "category"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "lower":
            node = node.func.value
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "t" and node.attr in ("lemma", "text"):
            return "lemma" if node.attr == "lemma" else "text"
        return None

    def words(node: ast.expr) -> set[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value.lower()}
        if isinstance(node, (ast.Tuple, ast.Set, ast.List)):
            return {w for e in node.elts for w in words(e)}
        # a word list named in the module (``_PREFERENCE``, ``_words("drop-verb") | {...}``)
        return {w.lower() for w in eval(compile(ast.Expression(node), "<check>", "eval"), env)}  # noqa: S307 - our own source

    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.Eq, ast.In)):
            kind = side(node.left)
            if kind is not None:
                {"lemma": lemmas, "text": texts, "category": categories}[kind].update(words(node.comparators[0]))
    return lemmas, texts, categories


def test_keys_name_every_word_a_check_tests() -> None:
    """Every lemma and text a keyed check's own body compares the candidate with is one of its keys
    (and every category, for the checks keyed by category alone): a new ``if lemma == ...``
    without its key would never be asked."""
    import sys

    for c in non_event_senses.sense_checks():
        if c.any_word:
            continue
        env = vars(sys.modules[c.ask.__module__])
        lemmas, texts, categories = _compared_words(c.ask, env)
        if not (c.lemmas or c.texts):
            assert categories and {w.upper() for w in categories} <= c.categories, (c.name, sorted(categories))
            continue
        assert lemmas or texts, c.name
        assert lemmas <= c.lemmas, (c.name, sorted(lemmas - c.lemmas))
        assert texts <= c.texts, (c.name, sorted(texts - c.texts))
