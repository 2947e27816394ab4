"""Character-for-character normalisation of news text before spaCy parses it.

spaCy's English pipelines are trained on OntoNotes-style text with straight
quote marks; web copy uses curly quotes, no-break spaces and horizontal
bars, which the small model tags and attaches less reliably.  Each of these
characters is replaced by its plain counterpart *one for one*, so every
character offset of the parse is an offset into the original text, and the
converter takes token texts from the original (nothing the user sees
changes).

Title-case headline lines ("Acme Denies Report It Will Cut Jobs") get their
common words lower-cased, also one for one
(:func:`newsmodel.engines.headline_case.normalise_headlines`): the small
model tags a title-case line as one long name otherwise.
"""

from __future__ import annotations

#: original character -> the plain character parsed in its place
PLAIN = {
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "―": "-",
}

_TABLE = str.maketrans(PLAIN)


def plain_text(text: str) -> str:
    """``text`` with curly quotes, no-break spaces and bars made plain and title-case
    headlines case-normalised; same length."""
    from newsmodel.engines.headline_case import normalise_headlines

    return normalise_headlines(text.translate(_TABLE))
