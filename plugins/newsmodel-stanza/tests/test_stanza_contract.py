"""The stanza engine runs newsmodel's conformance kit (``newsmodel.testing.contract``).

The kit needs a working pipeline, so it runs only where stanza's English
models are on disk (marker ``models``); elsewhere every check is skipped with
the reason and the download command.  The conversion code itself is covered
without models by ``test_stanza_convert.py`` and ``test_stanza_property.py``.
"""

from __future__ import annotations

import os

import pytest
from test_stanza_live import _REASON

from newsmodel.testing.contract import EngineContract

pytestmark = [pytest.mark.models, pytest.mark.skipif(_REASON is not None, reason=_REASON or "")]


class TestStanzaEngineContract(EngineContract):
    engine_name = "stanza"
    # stanza on CPU is slow; a shorter long text keeps the check to seconds
    long_text_chars = 10_000
    unicode_examples = 20

    @pytest.fixture(scope="class")
    def engine(self):
        from newsmodel_stanza import StanzaEngine

        return StanzaEngine(lang="en", use_gpu=bool(os.environ.get("NEWSMODEL_STANZA_GPU")))
