"""Turning one input of ``extract``/``extract_many`` into a checked record.

An input is a text or a mapping with ``text`` and optional metadata.  The
checks here are cheap and run before any engine sees the text, so a bad
input fails fast with a message that says what to fix, and in a batch it
fails alone.  Ids are settled here too: an input without one gets an id
derived from its text, so the same text always gets the same id (resumable
runs and joins depend on that) and two different texts never share the
constant ``"article"``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from typing import Any, Mapping, Union

from .errors import TextTooLongError

__all__ = ["ArticleInput", "META_KEYS", "content_id", "check_text", "published_date", "to_record", "record_id"]

#: What ``extract_many`` accepts per item: a text, or a mapping with ``text``
#: and optional ``id``, ``title``, ``source``, ``url``, ``published``, ``language``.
ArticleInput = Union[str, Mapping[str, Any]]

META_KEYS = ("id", "title", "source", "url", "published", "language")


def content_id(text: str) -> str:
    """A short stable id for ``text``: ``"t-"`` and 16 hex digits of its BLAKE2b hash."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return f"t-{digest}"


def _check_utf8(value: str, what: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"{what} cannot be encoded as UTF-8 (lone surrogate {value[exc.start]!r} at character {exc.start})"
        ) from None


def check_text(text: Any, *, max_chars: int | None = None) -> str:
    """``text`` if it is a ``str`` that UTF-8 can encode and within ``max_chars``; else raise."""
    if not isinstance(text, str):
        hint = "; decode bytes first" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"text must be str, not {type(text).__name__}{hint}")
    _check_utf8(text, "text")
    if max_chars is not None and len(text) > max_chars:
        raise TextTooLongError(f"text has {len(text)} characters, more than max_chars={max_chars}")
    return text


def published_date(value: Any) -> _dt.date | None:
    """A publication date from a date, a datetime or an ISO string (``2025-06-24``, ``2025-06-24T10:00Z``)."""
    if value is None or isinstance(value, _dt.date):
        return value.date() if isinstance(value, _dt.datetime) else value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise ValueError(f"published {value!r} is not a date (YYYY-MM-DD)")


def record_id(item: Any) -> str | None:
    """The id an input has or will get, without raising (``None`` when it cannot be known)."""
    if isinstance(item, str):
        return content_id(item)
    if isinstance(item, Mapping):
        given = item.get("id")
        if isinstance(given, str) and given:
            return given
        if given is None and isinstance(item.get("text"), str):
            return content_id(item["text"])
    return None


def to_record(item: Any, *, max_chars: int | None = None) -> dict[str, Any]:
    """``{"text": ..., "id": ..., other metadata}`` for one input, checked; raises on a bad input.

    Messages do not repeat the input's position: ``extract_many`` reports it
    (``ExtractionError.index``, or a note on the raised exception).
    """
    if isinstance(item, str):
        record: dict[str, Any] = {"text": item}
    elif isinstance(item, Mapping):
        if "text" not in item:
            raise ValueError("the mapping has no 'text'")
        record = {k: item[k] for k in ("text", *META_KEYS) if item.get(k) is not None}
    else:
        hint = "; decode bytes first" if isinstance(item, (bytes, bytearray)) else ""
        raise TypeError(f"an input must be str or a mapping with 'text', not {type(item).__name__}{hint}")
    record["text"] = check_text(record["text"], max_chars=max_chars)
    for key in ("id", "title", "source", "url", "language"):
        if key in record:
            if not isinstance(record[key], str):
                raise TypeError(f"{key} must be str, not {type(record[key]).__name__}")
            _check_utf8(record[key], key)
    if "published" in record:
        record["published"] = published_date(record["published"])
    if not record.get("id"):
        record["id"] = content_id(record["text"])
    return record
