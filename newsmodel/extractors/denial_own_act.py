"""A headline quoting a party's "I did not <wrongful act>" after a colon (issue 14, d12, stop 42).

"Treasurer: 'I Did Not Leak the Audit'": a headline puts a party's own words after its name, and a
first-person negated act that is a wrong one is accused of (leak, steal, lie, take a bribe -- the
``denied-act-verb`` class of ``denial_words.tsv``) answers the accusation behind the story: the
party denies the act.  "Coach: 'We Did Not Play Well Enough'" negates no wrong, and stays plain
negation (issue 14 item 4); so does the same quote in body text, which :mod:`.denials` reads only
with a claim it answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicons import word_classes

#: Words after the verb that make it a manner or degree of doing, not a wrong done ("We Did Not
#: Attack Enough", "Did Not Strike Hard"): a game or a performance judged, no accusation answered.
_DEGREE_WORDS = frozenset({"enough", "well", "hard", "much", "more", "often", "again", "first", "fast", "badly", "too", "early", "late"})

#: "<Speaker>: 'I Did Not Leak the Audit'" on a line of its own (the headline).
_OWN_ACT = re.compile(
    r"^(?P<speaker>[^:\n\"“'‘]{2,60}):\s*['‘\"“](?P<cue>(?:I|We)\s+(?:Did\s+Not|Didn['’]t|Never|Have\s+Never|Had\s+Never|Did\s+Nothing\s+to)\s+)"
    r"(?P<act>(?P<verb>[A-Za-z]+)[^\n'’\"”]{0,80})['’\"”]",
    re.MULTILINE,
)


def own_act_denials(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """(cue span, speaker span, act span) of each headline "<Speaker>: 'I did not <wrongful act>'": a
    line of its own, in title case ("Did Not Leak"), the quote closing it."""
    if ":" not in text:
        return
    acts = word_classes("denial_words.tsv")["denied-act-verb"]
    for m in _OWN_ACT.finditer(text):
        if m.group("verb").lower() not in acts:
            continue  # "We Did Not Play Well Enough": no wrong denied
        rest = m.group("act")[len(m.group("verb")) :].split()
        if rest and rest[0].lower().strip(".,!?") in _DEGREE_WORDS:
            continue  # "We Did Not Attack Enough": a performance judged
        line_end = text.find("\n", m.end())
        if text[m.end() : line_end if line_end >= 0 else len(text)].strip() or not m.group("verb")[0].isupper():
            continue  # a headline is the quote's line alone, in title case; a body sentence goes on
        yield (m.start("cue"), m.end("verb")), (m.start("speaker"), m.end("speaker")), (m.start("act"), m.end("act"))
