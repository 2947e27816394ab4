"""What a dictionary code alone says of the kind of thing a one-word name names.

The rules engine reads an unknown capitalised word as a person's name; the Phoenix dictionaries'
code then says what the name really is. Two readings went wrong:

* a bare three-letter code was read as a country's (a place the countries dictionary lists under
  its country: "Tulsa" USA), but the international dictionary also gives bare *sector* codes to
  bodies of no country -- a news agency or site "MED" ("Reuters", a site "BuzzFeed"), "NGO",
  "IGO", "MNC" -- so a news site after "at" became a location (:func:`country_code`: only the
  codes the countries dictionary gives);
* a news outlet coded with the media sector (``MED``, ``ISRMED``: a site, an agency, a paper)
  stayed a person (:func:`media_outlet`): like a company's one-word name (``generic_agents``), it
  names no person whatever a tagger made of it; an outlet "reports" and "says", so a verb of speech
  after it does not make it a person. Outlets the 2015-2016 dictionaries lack are written in
  ``named_actors_extra.tsv`` (media block, stop 47).

Issue 14, helper a25 at stop 47 (PolNeAR train sample, rules engine: news sites typed as people
or places).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import rows

_CODE = re.compile(r"^[A-Z0-9]{3,18}$")


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    """The three-letter codes the Phoenix countries dictionary gives (its countries and their places)."""
    out: set[str] = set()
    for r in rows("named_actors.tsv"):
        if len(r) >= 3 and r[2] == "countries":
            for code in r[1].split(";"):
                code = code.split("@", 1)[0]
                if len(code) == 3 and code.isalpha():
                    out.add(code)
    return frozenset(out)


def country_code(code: str) -> bool:
    """``code`` is a country's bare code ("USA", "FRA"), not a sector's alone ("MED", "NGO")."""
    return code in _country_codes()


def media_outlet(name: str, code: str) -> bool:
    """A one-word capitalised name whose code is a news outlet's: the media sector (``MED`` at the
    end), not a company's (``MNC...MED``, read as a company elsewhere)."""
    return " " not in name and name[:1].isupper() and _CODE.match(code) is not None and code.endswith("MED") and not code.startswith("MNC")
