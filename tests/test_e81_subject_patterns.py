"""CAMEO patterns that name only a subject stay with the verbs they were written for (issue 14,
helper e81 at stop 46, dev batch 141).

CAMEO.2.0 writes in each pattern's comment the verb it was found under ("- &MILITARY * [154]  #
RUSH"); ``scripts/convert_petrarch.py`` used to give such a pattern to every verb of the block, so
that troops that endured a wait or hurried with repairs were a deployment.  A subject alone now
reaches the verbs its comment names, and the block's verbs whose own code names the same act
(a weapon that hits is the assault "battle" names too); a speaker in a block of verbs of saying
reads the same with each of them.  Sentences are the helper's own.
"""

from __future__ import annotations

import pytest

from tests._engines import ENGINES, types


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers endured a long wait at the checkpoint.",  # "&MILITARY *" written for "remain"
        "Troops hurried to finish the repairs before nightfall.",  # ... for "rush"
        "Workers joined a choir at the community centre.",  # "WORKERS *" written for "gather"
        "Fighter jets flocked to the coastal airbase for the open day.",  # "&AIRCRAFT *" for "converge"
    ],
)
def test_a_subject_pattern_gives_no_act_to_a_sibling_verb(engine: str, text: str) -> None:
    assert types(text, engine) == set()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops poured across the frontier overnight.", "MOBILIZE"),  # the pattern's own verb
        ("Soldiers rushed to the eastern border after the clashes.", "MOBILIZE"),
        ("Demonstrators gathered in the main square on Friday.", "PROTEST"),
        ("Missiles hit a fuel depot near the port.", "ASSAULT"),  # "hit" names the assault itself
        ("Critics said the new tariff was unfair to farmers.", "ACCUSE"),  # a speaker, a verb of saying
    ],
)
def test_the_verbs_a_subject_pattern_was_written_for_still_code(engine: str, text: str, expected: str) -> None:
    assert expected in types(text, engine)
