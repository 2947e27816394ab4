from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TEXT = REPO / "seeds" / "kremlin-iran.txt"
SEED_GOLD = SHARED / "seeds" / "kremlin-iran.gold.json"
POLNEAR = SHARED / "data" / "polnear"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(seed_text):
    import newsmodel

    return newsmodel.extract(seed_text)
