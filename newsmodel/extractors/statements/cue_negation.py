"""Whether a negator before a cue verb negates the cue or the words reported before it.

A cue after its content ("The offer is not enough, said the union leader.") has the content's
own "not" among the few tokens before it, where :func:`..mentions.is_negated` looks for
"did not elaborate".  That "not" negates what was said, not the saying.  The no-parse reading
learnt this first (issue 14, helper h7 at stop 47, in ``reported_speech``); the parse engines'
cue verbs (``cue_verbs``) dropped the same statement, so the check lives here for both
(helper h8 at stop 47): a comma between the negator and the cue, with no negator after that
comma, ends the content, and the cue stands.
"""

from __future__ import annotations

from ...document import AnnotatedDocument, Token
from ..mentions import NEGATORS, is_negated


def negates_cue(doc: AnnotatedDocument, t: Token) -> bool:
    """A negator before the cue ``t`` in its clause (:func:`..mentions.is_negated`), not one in the
    content before a comma: in "The offer is not enough, said the union leader." the "not"
    negates the content, not "said", and "Never, the mayor said, ..." keeps its cue; "did not say"
    stays negated."""
    if not is_negated(doc, t):
        return False
    sent = doc.sentences[t.sent]
    comma = next((k for k in range(t.i - 1, max(sent.token_start, t.i - 3) - 1, -1) if doc.tokens[k].text == ","), None)
    return comma is None or any(_is_negator(doc.tokens[k]) for k in range(comma + 1, t.i))


def _is_negator(tok: Token) -> bool:
    """``tok`` is a negator by its written form or lemma (``mentions.NEGATORS``)."""
    return tok.text.lower() in NEGATORS or tok.lemma in NEGATORS
