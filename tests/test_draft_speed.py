"""The draft's shortcuts make the same objects as pydantic's validation would (helper s14, issue 13).

``Draft.add_actor`` with a name and a kind alone makes the ``Actor``
without validating it (``draft._named_actor``); anything else still goes
through ``Actor``.  The actor must be the same in every respect a user or a
serializer sees: field values and their order, the fields set, equality,
JSON, a copy with changes, and the errors for bad values.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

import newsmodel
from newsmodel.draft import Draft
from newsmodel.schema import Actor


def _draft() -> Draft:
    return Draft(newsmodel.get_engine("rules").annotate("Maria Lopez met the Kremlin."))


@pytest.mark.parametrize("kind", ["person", "organization", "country", "group", "location", "other"])
@pytest.mark.parametrize("name", ["Maria Lopez", "x", " padded ", "Łódź council", "the \u201cquoted\u201d"])
def test_a_named_actor_is_the_validated_one(name, kind):
    fast = _draft().add_actor(name=name, kind=kind)
    slow = Actor(id="a1", name=name, kind=kind)
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert fast.model_fields_set == slow.model_fields_set
    assert fast == slow and fast.model_dump_json() == slow.model_dump_json()
    assert fast.model_dump(exclude_unset=True) == slow.model_dump(exclude_unset=True)
    assert fast.model_copy(update={"aliases": ("L",)}) == slow.model_copy(update={"aliases": ("L",)})
    with pytest.raises(ValidationError):
        fast.name = "other"  # frozen like a validated one


def test_values_that_need_validation_still_get_it():
    draft = _draft()
    with pytest.raises(ValidationError):
        draft.add_actor(name="", kind="person")
    with pytest.raises(ValidationError):
        draft.add_actor(name="Lopez", kind="alien")
    with pytest.raises(ValidationError):
        draft.add_actor(name=3, kind="person")

    class Name(str):
        pass

    actor = draft.add_actor(name=Name("Lopez"), kind="person")  # pydantic's own answer for a str subclass
    assert actor == Actor(id=actor.id, name=Name("Lopez"), kind="person")
    # every call takes an id, the failed ones too, as before the shortcut
    assert actor.id == "a4"
    # other fields or a given id go through Actor as before
    assert draft.add_actor(name="Kremlin", kind="organization", code="RUSGOV").code == "RUSGOV"
    assert draft.add_actor(id="k9", name="Kremlin", kind="organization").id == "k9"
