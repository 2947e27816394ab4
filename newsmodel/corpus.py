"""Reading a corpus from disk for the CLI, and writing JSONL that survives a kill.

A corpus arrives as directories of ``*.txt`` files, ``.jsonl`` files of
records, single files, or stdin.  :func:`iter_inputs` turns them into one
stream of :class:`Input` with stable ids (a file's path relative to the
directory given, a record's own ``id`` or ``<file>:<line>``), so a re-run
finds the same ids and ``--resume`` can skip what is done.  A file that
cannot be read becomes an :class:`Input` with a ``problem`` instead of
stopping the run.

:class:`LineWriter` writes each output line with whole writes and
:func:`completed_ids` reads the ids back, dropping a last line cut short by
a killed run.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from .inputs import META_KEYS, record_id

__all__ = ["Input", "InputError", "MAX_BYTES_DEFAULT", "read_text", "iter_inputs", "count_inputs", "completed_ids", "LineWriter"]

MAX_BYTES_DEFAULT = 20_000_000


class InputError(Exception):
    """A file that cannot be turned into text; the message names the file."""


@dataclass
class Input:
    """One input of a CLI run: where it came from and its record, or why it could not be read."""

    index: int
    path: str
    line: int | None = None
    record: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None

    @property
    def id(self) -> str | None:
        return record_id(self.record) if self.record else None

    @property
    def label(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


def _decode(data: bytes, name: str, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than {max_bytes} bytes (raise --max-bytes to allow it)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") and not data.startswith(b"\xff\xfe\x00\x00"):
        # UTF-16 with its byte-order mark (what Windows editors save as "Unicode"): the mark says
        # how to read it, so it is text, not binary; its NUL bytes are half of each character
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: starts with a UTF-16 byte-order mark but is not valid UTF-16 (byte {exc.start})") from None
        return text.replace("\r\n", "\n").replace("\r", "\n")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}); convert it with iconv first") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str, *, max_bytes: int = MAX_BYTES_DEFAULT) -> str:
    """Read ``path`` (or stdin for ``-``) as UTF-8 text, or raise InputError."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return _decode(data, name, max_bytes)


def _display(path: Path) -> str:
    """A file's id: its path relative to the working directory when under it, else as given; ``/`` separators."""
    if path.is_absolute():
        try:
            return path.relative_to(Path.cwd()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _text_files(root: Path) -> list[Path]:
    return sorted((p for p in root.rglob("*.txt") if p.is_file()), key=lambda p: p.relative_to(root).as_posix())


def _records(path: str, max_bytes: int) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """``(line number, record, problem)`` for each non-blank line of a JSONL file."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; lines are read lazily
    except FileNotFoundError:
        yield 0, None, f"{path}: no such file"
        return
    except OSError as exc:
        yield 0, None, f"{path}: cannot read ({exc.strerror or exc})"
        return
    with fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            name = f"{path}:{number}"
            try:
                data = json.loads(_decode(raw, name, max_bytes))
            except InputError as exc:
                yield number, None, str(exc)
                continue
            except json.JSONDecodeError as exc:
                yield number, None, f"{name}: not a JSON record ({exc.msg})"
                continue
            if not isinstance(data, dict):
                yield number, None, f"{name}: a record must be a JSON object with 'text', not {type(data).__name__}"
                continue
            yield number, data, None


def iter_inputs(paths: tuple[str, ...] | list[str], *, max_bytes: int = MAX_BYTES_DEFAULT, published: Any = None, title: str | None = None) -> Iterator[Input]:
    """Every input under ``paths``, in order, each with its id settled (see the module docstring).

    ``published`` and ``title`` fill records that have none.
    """
    index = 0

    def make(path: str, record: dict[str, Any] | None, problem: str | None, line: int | None = None) -> Input:
        nonlocal index
        if record is not None:
            for key, value in (("published", published), ("title", title)):
                if value is not None and record.get(key) is None:
                    record[key] = value
        inp = Input(index=index, path=path, line=line, record=record or {}, problem=problem)
        index += 1
        return inp

    for path in paths:
        if path == "-":
            try:
                yield make("-", {"text": read_text("-", max_bytes=max_bytes)}, None)
            except InputError as exc:
                yield make("-", None, str(exc))
        elif os.path.isdir(path):
            root = Path(path)
            for file in _text_files(root):
                shown = _display(file)
                try:
                    text = read_text(str(file), max_bytes=max_bytes)
                except InputError as exc:
                    yield make(shown, None, str(exc))
                    continue
                yield make(shown, {"id": file.relative_to(root).as_posix(), "text": text}, None)
        elif path.endswith(".jsonl"):
            for number, data, problem in _records(path, max_bytes):
                if data is None:
                    yield make(path, None, problem, number or None)
                    continue
                record = {k: v for k, v in data.items() if k == "text" or k in META_KEYS}
                if record.get("id") is None:
                    record["id"] = f"{_display(Path(path))}:{number}"
                yield make(path, record, None, number)
        else:
            shown = _display(Path(path))
            try:
                yield make(shown, {"id": shown, "text": read_text(path, max_bytes=max_bytes)}, None)
            except InputError as exc:
                yield make(shown, None, str(exc))


def count_inputs(paths: tuple[str, ...] | list[str]) -> int | None:
    """How many inputs :func:`iter_inputs` will yield (for a progress bar), or None if unknown (stdin)."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        if os.path.isdir(path):
            total += len(_text_files(Path(path)))
        elif path.endswith(".jsonl"):
            try:
                with open(path, "rb") as fh:
                    total += sum(1 for raw in fh if raw.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def completed_ids(path: str | Path) -> set[str]:
    """Ids of the Articles already in a JSONL output; a cut-off last line is removed from the file."""
    target = Path(path)
    if not target.exists():
        return set()
    with open(target, "rb+") as fh:
        data = fh.read()
        if data and not data.endswith(b"\n"):
            keep = data.rfind(b"\n") + 1  # a killed run's partial line: drop it, it will be redone
            fh.truncate(keep)
            data = data[:keep]
    done: set[str] = set()
    for raw in data.splitlines():
        try:
            value = json.loads(raw).get("id")
        except (ValueError, AttributeError):
            continue
        if isinstance(value, str):
            done.add(value)
    return done


class LineWriter:
    """Writes text lines to a file with unbuffered whole writes, one per line.

    Each line reaches the file in one ``write`` call (retried until complete),
    so a run killed between lines leaves only whole lines behind, and
    :func:`completed_ids` repairs the rare line cut inside a write.
    """

    def __init__(self, path: str | Path, *, append: bool = False) -> None:
        self._fh: BinaryIO = open(path, "ab" if append else "wb", buffering=0)  # noqa: SIM115

    def write(self, line: str) -> None:
        data = memoryview((line.rstrip("\n") + "\n").encode("utf-8"))
        while data:
            written = self._fh.write(data) or 0
            data = data[written:]

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> "LineWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
