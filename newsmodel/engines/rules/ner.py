"""Heuristic named-entity pass for the rules engine.

Three sources of evidence, in order of trust:

1. the gazetteer (``gazetteer.tsv``): countries, capitals, demonyms, seats
   of power and well-known organisations, longest match first;
2. capitalised sequences (names), with titles and honorifics
   (``titles.tsv``) split off the front so that "President Vladimir Putin"
   yields the PERSON "Vladimir Putin", and organisation head words
   (``org_words.tsv``) turning "Brussels Morning Newspaper" into an ORG;
3. dates: weekdays, months, years and "last/next/this year|week|month"
   (``dates.tsv``).

Labels are OntoNotes names so that the extractors see the same labels as
from spaCy or stanza.
"""

from __future__ import annotations

import re

from ... import lexicons
from ...lexicons import gazetteer, match_title, titles

__all__ = ["find_entities", "gazetteer", "titles", "match_title"]

_GAZ_LABEL = {"country": "GPE", "capital": "GPE", "demonym": "NORP", "seat": "ORG", "org": "ORG", "region": "LOC"}
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "du", "abu", "bint"}
_PARTICLE_PREFIX = re.compile(r"^(al|el|bin|ibn|abu|de|van)-[A-Z]")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _is_cap(w: str) -> bool:
    return w[:1].isupper() and any(ch.isalpha() for ch in w)


def find_entities(
    words: list[str], sent_bounds: list[tuple[int, int]], pos: list[str]
) -> list[tuple[int, int, str]]:
    """Entities as (token_start, token_end, label), sorted, non-overlapping."""
    gaz = gazetteer()
    weekday_words, month_words = lexicons.weekdays(), lexicons.months()
    relative_words, units = lexicons.relative_date_words(), lexicons.date_units()
    max_gaz = max((len(k) for k in gaz), default=1)
    org_heads = lexicons.org_heads()
    taken = [False] * len(words)
    ents: list[tuple[int, int, str]] = []

    def add(a: int, b: int, label: str) -> None:
        if a < b and not any(taken[a:b]):
            ents.append((a, b, label))
            for k in range(a, b):
                taken[k] = True

    for s_start, s_end in sent_bounds:
        i = s_start
        while i < s_end:
            w = words[i]
            # dates
            low = w.lower()
            if low in weekday_words or (low in month_words and _is_cap(w)):
                j = i + 1
                while j < s_end and (words[j].isdigit() or words[j] == ","):
                    if words[j] == "," and not (j + 1 < s_end and _YEAR.match(words[j + 1])):
                        break
                    j += 1
                add(i, j, "DATE")
                i = j
                continue
            if low in relative_words and i + 1 < s_end and words[i + 1].lower() in units:
                add(i, i + 2, "DATE")
                i += 2
                continue
            if _YEAR.match(w) and pos[i] == "NUM":
                add(i, i + 1, "DATE")
                i += 1
                continue
            if not _is_cap(w) or pos[i] != "PROPN":
                i += 1
                continue
            # a run of proper-noun tokens (with name particles and hyphenated parts)
            j = i
            while j < s_end and (
                (_is_cap(words[j]) and pos[j] == "PROPN")
                or (words[j].lower() in _NAME_PARTICLES and j + 1 < s_end and _is_cap(words[j + 1]) and j > i)
                or (_PARTICLE_PREFIX.match(words[j]) is not None)
            ):
                j += 1
            if j == i:
                i += 1
                continue
            _label_run(words, pos, i, j, gaz, max_gaz, org_heads, add)
            i = j
    ents.sort()
    return ents


def _label_run(words, pos, i, j, gaz, max_gaz, org_heads, add) -> None:  # type: ignore[no-untyped-def]
    """Split one capitalised run into titles, gazetteer hits and names."""
    k = i
    while k < j:
        # titles and honorifics are not part of the name
        n = match_title(words, k, j)
        if n:
            k += n
            continue
        rest = tuple(words[k:j])
        if rest in gaz:  # the whole remainder is a known place or organisation
            add(k, j, _GAZ_LABEL.get(gaz[rest][0], "ORG"))
            return
        # an organisation whose name ends in a head word: "Brussels Morning Newspaper"
        heads = [m for m in range(k + 1, j) if words[m] in org_heads]
        if heads:
            add(k, heads[-1] + 1, "ORG")
            k = heads[-1] + 1
            continue
        # longest gazetteer match
        hit = 0
        for n in range(min(max_gaz, j - k), 0, -1):
            if tuple(words[k : k + n]) in gaz:
                hit = n
                break
        if hit:
            add(k, k + hit, _GAZ_LABEL.get(gaz[tuple(words[k : k + hit])][0], "ORG"))
            k += hit
            continue
        if _is_demonym_compound(words[k], gaz):
            add(k, k + 1, "NORP")
            k += 1
            continue
        # the name: up to the next title or gazetteer hit
        m = k + 1
        while m < j and not match_title(words, m, j) and tuple(words[m : m + 1]) not in gaz:
            m += 1
        name = words[k:m]
        if all(w.isupper() and len(w) > 1 for w in name) or name[-1] in org_heads:
            label = "ORG"  # acronyms not in the gazetteer, "Times", "Ministry"
        else:
            label = "PERSON"
        add(k, m, label)
        k = m


def _is_demonym_compound(word: str, gaz) -> bool:  # type: ignore[no-untyped-def]
    """"Russian-Iranian", "Israeli-Palestinian": every part a demonym."""
    parts = word.split("-")
    return len(parts) > 1 and all(gaz.get((p,), ("",))[0] == "demonym" for p in parts)
