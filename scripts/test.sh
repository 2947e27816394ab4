#!/usr/bin/env bash
# Install everything the test suite needs, then run all of it (core + plugins).
# Used by the README and by CI (.ci/run).  Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
"$PY" -m pip install --quiet --disable-pip-version-check \
    -e ".[test]" \
    -e "plugins/newsmodel-spacy[test]"
exec "$PY" -m pytest "$@"
