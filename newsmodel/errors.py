"""What a failed article becomes in a batch: :class:`ExtractionError`.

In a corpus one bad input (a ``None``, a record without text, an engine or
extractor exception, a text too long to process) must cost only that input.
``extract_many(..., on_error="record")`` yields an :class:`ExtractionError`
in the bad item's place, so output stays aligned with input; the model is
plain data (JSON-serialisable), so it can be written next to the Articles.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["ExtractionError", "TextTooLongError", "WorkerDiedError", "describe"]


class ExtractionError(BaseModel):
    """One input that could not be turned into an Article."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    index: int = Field(ge=0, description="Position of the input in the stream (0-based).")
    id: str | None = Field(default=None, description="The input's id, when it is known.")
    error: str = Field(description="Exception type, e.g. 'TypeError'.")
    message: str = Field(description="What went wrong, in one line.")


class TextTooLongError(ValueError):
    """A text longer than the ``max_chars`` limit; raised instead of a long stall."""


def describe(exc: BaseException, index: int, id: str | None) -> ExtractionError:
    """The :class:`ExtractionError` for ``exc`` raised on input ``index``."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return ExtractionError(index=index, id=id, error=type(exc).__name__, message=message)


class WorkerDiedError(RuntimeError):
    """The worker process of ``extract_many(..., overlap=True)`` ended before returning a batch.

    Raised whatever ``on_error`` says: the batch's Articles are lost, not
    failed one by one.  The message names the batch's inputs.
    """
