"""The built-in ``rules`` engine."""

from .engine import RulesEngine

__all__ = ["RulesEngine"]
