#!/usr/bin/env bash
# Install everything the test suite needs, then run all of it (core + plugins + docs).
# Used by the README and by CI (.ci/run).  Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
PIP=("$PY" -m pip install --quiet --disable-pip-version-check)
# stanza needs torch: take the CPU build first, or pip resolves a multi-GB CUDA
# build.  (On these machines torch==2.13.0 comes from a local CPU wheel; elsewhere
# set TORCH_SPEC, e.g. TORCH_SPEC="torch --index-url https://download.pytorch.org/whl/cpu".)
"${PIP[@]}" ${TORCH_SPEC:-torch==2.13.0}
"${PIP[@]}" \
    -e ".[test,docs]" \
    -e "plugins/newsmodel-spacy[test]" \
    -e "plugins/newsmodel-stanza[test]" \
    -e "plugins/newsmodel-example[test]"
exec "$PY" -m pytest "$@"
