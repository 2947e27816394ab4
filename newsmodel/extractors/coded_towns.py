"""A dictionary-coded town that the text places is a place before any pronoun is resolved.

``generic_agents.add_codes`` makes a person actor whose name the Phoenix countries dictionary lists
among a country's places ("Sacramento" USA) a location when the text places it ("in Sacramento":
:func:`~newsmodel.extractors.city_places.placed_city`; "of Sacramento", "the Sacramento plant":
:func:`~newsmodel.extractors.city_places.used_as_place`; a one-word town named like people,
placed twice: :func:`~newsmodel.extractors.given_name_places.coded_town`) and no mention of it is a
person's. But the codes are read after the pronouns: a "she" or "his" resolved to the city as the
nearest "person" kept it a person (a city placed by "in" took three pronouns meant for a woman
quoted nearby). This reads the same places, with the same tests, before the pronouns are resolved,
so that they look for a real person. Issue 14, helper a25 at stop 47 (PolNeAR train sample, rules
engine).
"""

from __future__ import annotations

from ..draft import Draft
from .cameo import actor_code
from .city_places import placed_city, used_as_place
from .code_kinds import country_code
from .generic_agents import place_mention
from .given_name_places import coded_town


def add_coded_towns(draft: Draft) -> None:
    """Make the person actors the dictionary codes as a country's place, and the text places,
    locations with that code."""
    for actor_id in draft.actor_ids:
        a = draft.actor_fields(actor_id)
        if a is None or a.kind != "person" or a.code is not None:
            continue
        code = actor_code(a.name, draft.published)
        if not code or not country_code(code):
            continue
        if placed_city(draft, actor_id, place_mention) or used_as_place(draft, actor_id) or coded_town(draft, actor_id, place_mention):
            draft.update_actor_fields(actor_id, code=code, kind="location")
