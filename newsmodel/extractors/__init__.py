"""Built-in extractors.  Each reads only the engine-neutral document."""

from .actors import extract_actors
from .denials import extract_denials
from .events import extract_events
from .statements import extract_statements

__all__ = ["extract_actors", "extract_statements", "extract_denials", "extract_events"]
