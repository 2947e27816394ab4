"""A quoted fragment inside a reported clause, read without a parse.

"Ms. Farrow said the “temporary fixes” her office relied on were running out":
the cue comes before the quote, but the quote is only a few words of the
clause the speaker is reported to have said.  Attribution corpora (PolNeAR)
mark the whole clause as the content, and the parse engines already leave
such a quote to the clause reading (``cue_before_quote._quote_inside_clause``).
Without a parse the direct-quote rule took the quoted words alone ("temporary
fixes"), a content too short to match the attribution; on a PolNeAR train
slice (sorted index i % 23 in 19, 20) this was the commonest cause of a rules
engine statement with the right speaker and cue but no matching content
(issue 14, helper h5 at stop 46).

The surface test: the cue takes a clause (``ccomp`` among its frames in
``cue_frames.tsv``: say, claim, boast; not "call", whose quoted fragment is
the name it gives: 'called it a “bad month” for the campaign'), the quote is a fragment (not a full sentence, see
:func:`.shapes.is_full_sentence_quote`), its words do not end in a mark that
closes a unit (",", ".", "!", "?", ";", ":"), and after its closing mark the
same line goes on with a word -- the clause runs on past the quote.  Then the
quote is no content of its own, and the reported-speech reading
(:mod:`.reported_speech`) takes the whole clause.  A fragment that ends its
clause ('called the plan “a disgrace.”', 'described it as “brilliant”') is
left to the direct-quote rule.
"""

from __future__ import annotations

from ...document import Token
from ...lexicons import cue_frames
from ..attribution import Context
from ..mentions import QUOTE_CHARS
from ..quotes import Quote
from .shapes import is_full_sentence_quote

#: Marks that end a quoted unit when they are its last character inside the quote marks.
_CLOSING_MARKS = frozenset(",.!?;:…")


def runs_on_in_clause(ctx: Context, cue: Token, q: Quote) -> bool:
    """``cue`` takes a clause, the quote is a fragment, and the clause goes on with a word after
    the quote's closing mark."""
    if "ccomp" not in cue_frames().get(cue.lemma, ()) or not q.closed or is_full_sentence_quote(ctx, q):
        return False
    text = ctx.text
    inner = text[q.start : q.end].rstrip()
    if not inner or inner[-1] in _CLOSING_MARKS or inner[-1] in QUOTE_CHARS or inner[-1] in "'`":
        return False
    k = q.close_end
    while k < len(text) and (text[k] in QUOTE_CHARS or text[k] in "'`"):
        k += 1  # the second half of a doubled closing mark ('' in NYT copy)
    while k < len(text) and text[k] in " \t":
        k += 1
    return k < len(text) and text[k].isalnum()
