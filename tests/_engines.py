"""Engines the extraction tests run on: rules always, spaCy when its model is installed."""

from __future__ import annotations

import pytest


def _spacy_available() -> bool:
    try:
        import newsmodel

        newsmodel.extract("Test.", engine="spacy")
        return True
    except Exception:  # noqa: BLE001 - any failure means the plugin or model is missing
        return False


SPACY = _spacy_available()
ENGINES = ["rules", pytest.param("spacy", marks=pytest.mark.skipif(not SPACY, reason="spaCy model not installed"))]
