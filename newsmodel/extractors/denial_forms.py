"""The base form of a denial verb read from its written form (issue 14, d3 stop 32).

A tagger may give a title-case headline verb a lemma that is no word:
spaCy lemmatises "Dismisses" in "Bank Dismisses Claims", tagged as a
plural noun, as "dismisse", so the cue "dismiss" is neither its text nor
its lemma.  English inflection is regular for the denial verbs ("denies",
"refuted", "dismisses", "rebuffing"), so the lower-case text with its
ending taken off names the cue whatever the lemmatiser made of it.
"""

from __future__ import annotations

from collections.abc import Container

#: Endings of English verb forms and what replaces each, longest first ("denies" -> "deny",
#: "dismisses" -> "dismiss", "refutes" -> "refute", "rebutted" -> "rebut", "countering" -> "counter").
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ing", ("", "e")),
    ("es", ("", "e")),
    ("ed", ("", "e")),
    ("s", ("",)),
)


def base_form(low: str, cues: Container[str]) -> str | None:
    """The cue word that the lower-case verb form ``low`` inflects ("dismisses" -> "dismiss"), or
    None when no ending taken off gives one. A doubled final consonant is undone ("rebutted")."""
    if low in cues:
        return low
    for ending, repl in _ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        stem = low[: -len(ending)]
        for r in repl:
            if stem + r in cues:
                return stem + r
        if ending in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in cues:
            return stem[:-1]
    return None
