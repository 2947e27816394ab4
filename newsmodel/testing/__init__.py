"""Testing support for newsmodel users and plugin authors.

* :mod:`newsmodel.testing.strategies`: hypothesis strategies for the schema
  (``texts``, ``spans_in``, ``actors``, ``statements``, ``denials``,
  ``events``, ``articles``).  Needs hypothesis.
* :mod:`newsmodel.testing.contract`: ``EngineContract`` and
  ``ExtractorContract``, pytest base classes that give an engine or an
  extractor the full conformance suite.  Needs pytest and hypothesis.
* :func:`check_engine` and :func:`check_extractor` (from
  :mod:`newsmodel.testing.checks`): the same checks without pytest.
* :mod:`newsmodel.testing.fixtures`: pytest fixtures that register a plugin,
  engine or extractor for one test.
* :func:`registered_engine` and :func:`registered_extractor`: context
  managers that register one engine or extractor under a fresh name.

Importing this package imports neither pytest nor hypothesis.
"""

from __future__ import annotations

from .checks import (
    CheckResult,
    ContractFailure,
    check_engine,
    check_extractor,
    engine_checks,
    extractor_checks,
    registered_engine,
    registered_extractor,
)

__all__ = [
    "CheckResult",
    "ContractFailure",
    "check_engine",
    "check_extractor",
    "engine_checks",
    "extractor_checks",
    "registered_engine",
    "registered_extractor",
]
