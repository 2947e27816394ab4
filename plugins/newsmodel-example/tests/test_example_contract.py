"""The example plugin passes newsmodel's conformance kit for extractors."""

from __future__ import annotations

import pytest

from newsmodel.testing.contract import ExtractorContract
from newsmodel_example import link_wikidata


class TestWikidataLinkerContract(ExtractorContract):
    extractor_name = "wikidata"      # what our entry point registers
    order = 150                      # as in newsmodel_example/plugin.py
    base_extractors = ("actors",)    # it reads the actors the built-in extractor found
    long_text_chars = 20_000
    unicode_examples = 30

    @pytest.fixture(scope="class")
    def extractor(self):
        return link_wikidata
