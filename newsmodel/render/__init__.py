"""Views of an :class:`~newsmodel.Article` for people to look at.

:func:`render_html` draws the article's own text with its statements, cues,
sources, denials, events and actor mentions marked.  The renderer reads the
article only through its public fields and imports nothing heavy, so it
works on any saved ``Article`` without an engine.
"""

from __future__ import annotations

from .html import render_html

__all__ = ["render_html"]
