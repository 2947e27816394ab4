"""The same text gives the same Article in every process.

Python salts string hashes per process (PYTHONHASHSEED), so any choice made
by iterating a set of strings can differ from one run to the next.  Each
seed below runs in its own interpreter; the Articles must be identical.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# Invented text: a generic agent whose plural and lemma have different
# sector codes in the agents dictionary ("armed forces" MIL, "armed force" UAF),
# plus statements, a denial and events so every extractor has work.
TEXT = (
    "The armed forces shelled the town on Monday, the ministry said. "
    "Armed forces from both sides clashed near the border. "
    '"We did not attack civilians," a military spokesman said. '
    "The government denied the report that it had closed the airport."
)

CODE = (
    "import sys, newsmodel\n"
    "print(newsmodel.extract(sys.stdin.read(), engine='rules').model_dump_json())\n"
)


def _run(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    out = subprocess.run([sys.executable, "-c", CODE], input=TEXT, capture_output=True, text=True, env=env, check=True)
    return out.stdout


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_output_does_not_depend_on_string_hashing(seed):
    assert _run(seed) == _run(0)
