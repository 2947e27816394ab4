"""Engines turn text into the engine-neutral :class:`~newsmodel.AnnotatedDocument`."""

from .base import Engine

__all__ = ["Engine"]
