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
from ..mentions import CLAUSE_BREAKS, NEGATORS, QUOTE_CHARS, is_negated

#: The longest aside (tokens between its two commas) read between a negator and its cue.
_ASIDE_MAX = 8


def negates_cue(doc: AnnotatedDocument, t: Token, content_end: int | None = None) -> bool:
    """A negator before the cue ``t`` in its clause (:func:`..mentions.is_negated`), not one in the
    content before a comma: in "The offer is not enough, said the union leader." the "not"
    negates the content, not "said", and "Never, the mayor said, ..." keeps its cue; "did not say"
    stays negated, and so does "did not, however, say" (:func:`negator_before_aside`).
    ``content_end``: the token where a quote the cue follows closes; a negator before it is the
    quote's own ('"Absolutely not," said the mayor.')."""
    if negator_before_aside(doc, t):
        return True
    if not is_negated(doc, t):
        return False
    if content_end is not None:
        return _negator_from(doc, t, content_end)
    sent = doc.sentences[t.sent]
    comma = next((k for k in range(t.i - 1, max(sent.token_start, t.i - 3) - 1, -1) if doc.tokens[k].text == ","), None)
    return comma is None or any(_is_negator(doc.tokens[k]) for k in range(comma + 1, t.i))


def _is_negator(tok: Token) -> bool:
    """``tok`` is a negator by its written form or lemma (``mentions.NEGATORS``)."""
    return tok.text.lower() in NEGATORS or tok.lemma in NEGATORS


def negator_before_aside(doc: AnnotatedDocument, t: Token) -> bool:
    """``t`` follows a comma-bounded aside right after an auxiliary and its negator, or a bare
    "never": "did not, however, say", "would not, when asked, say", "has never, in fact, said".
    The aside holds no quote mark, clause break or negator; a negator that ends a quote or a
    content before its comma ("Probably not, he said, ...") has no auxiliary before it."""
    sent = doc.sentences[t.sent]
    close = t.i - 1
    if close <= sent.token_start or doc.tokens[close].text != ",":
        return False
    for k in range(close - 1, max(sent.token_start, close - 1 - _ASIDE_MAX), -1):
        tok = doc.tokens[k]
        if tok.text in QUOTE_CHARS or tok.text in CLAUSE_BREAKS or _is_negator(tok):
            return False
        if tok.text != ",":
            continue
        if k - 1 <= sent.token_start or k + 1 == close:
            return False
        neg = doc.tokens[k - 1]
        if not _is_negator(neg) or neg.text.lower() == "no":
            return False
        # the word before is an auxiliary (tagged AUX, or VERB where the tagger or parse took
        # "did" for the main verb)
        return neg.text.lower() == "never" or doc.tokens[k - 2].pos in ("AUX", "VERB")
    return False


def _negator_from(doc: AnnotatedDocument, t: Token, start: int) -> bool:
    """A negator between token ``start`` and the cue ``t``, within ``is_negated``'s window or hung
    on ``t`` by the parse."""
    lo = max(start, t.i - 3)
    if any(_is_negator(doc.tokens[k]) for k in range(lo, t.i)):
        return True
    return doc.has_parse and any(c.dep in ("neg", "advmod") and _is_negator(c) and c.i >= start for c in doc.children(t.i))
