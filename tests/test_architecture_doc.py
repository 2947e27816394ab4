"""docs/architecture.md lists every module of the events package, so the map stays true as
modules are added (a module missing from its table fails here)."""

from __future__ import annotations

import pkgutil
import re
from pathlib import Path

from newsmodel.extractors import events

_DOC = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"


def test_every_events_module_has_a_row() -> None:
    text = _DOC.read_text(encoding="utf-8")
    section = text.split("## The events package", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(\w+)`", section))
    modules = {m.name for m in pkgutil.iter_modules(events.__path__)}
    assert modules, "no modules found in the events package"
    assert modules <= named, sorted(modules - named)
