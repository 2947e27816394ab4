"""The ``newsmodel`` command line.

Every failure a user can cause (unknown engine, unreadable or binary file,
bad encoding, bad option) is one line on stderr and a non-zero exit, never
a traceback; in a batch the other files are still processed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Iterator

import click

from . import __version__

MAX_BYTES_DEFAULT = 20_000_000


class InputError(Exception):
    """A file that cannot be turned into text; the message names the file."""


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
    if len(data) > max_bytes:
        raise InputError(f"{name}: larger than {max_bytes} bytes (raise --max-bytes to allow it)")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}); convert it with iconv first") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"newsmodel: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsmodel")
def main() -> None:
    """Turn news articles into typed, validated data."""


def _format_table(article) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []
    title = article.title or article.id
    out.append(f"== {title} ({len(article.text)} chars, engine {article.provenance.engine}) ==")
    out.append(f"Actors ({len(article.actors)})")
    for a in article.actors:
        extra = []
        if a.titles:
            extra.append("titles: " + ", ".join(a.titles))
        aff = article.actor(a.affiliation)
        if aff:
            extra.append(f"affiliation: {aff.name}")
        out.append(f"  {a.id:<5} {a.kind:<12} {a.name}  [{len(a.mentions)} mentions]" + ("  " + "; ".join(extra) if extra else ""))
    out.append(f"Statements ({len(article.statements)})")
    for s in article.statements:
        speaker = article.speaker_name(s) or "?"
        cue = s.cue.text if s.cue else "-"
        content = " … ".join(c.text for c in s.content)
        if len(content) > 100:
            content = content[:97] + "..."
        out.append(f"  {s.id:<5} {speaker} [{cue}, {s.kind}]: {content}")
    out.append(f"Denials ({len(article.denials)})")
    for d in article.denials:
        denier = article.actor(d.denier)
        out.append(f"  {d.id:<5} {denier.name if denier else '?'} [{d.cue.text}] denies: {d.denied.text if d.denied else '-'}")
    out.append(f"Events ({len(article.events)})")
    for e in article.events:
        names = lambda ids: ", ".join(article.actor(i).name for i in ids) or "-"  # noqa: E731
        when = f" {e.time.text}" if e.time else ""
        out.append(f"  {e.id:<5} {e.type}{'/' + e.mode if e.mode else ''} '{e.trigger.text}': {names(e.agents)} -> {names(e.targets)}{when} ({e.factuality})")
    return "\n".join(out)


def _inputs(paths: tuple[str, ...], max_bytes: int, errors: list[str]) -> Iterator[tuple[str, str]]:
    for path in paths:
        try:
            yield path, read_text(path, max_bytes=max_bytes)
        except InputError as exc:
            errors.append(str(exc))
            click.echo(f"newsmodel: error: {exc}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--engine", "-e", default="rules", show_default=True, help="Engine name (see `newsmodel plugins`).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--title", help="Article title (single input only).")
@click.option("--published", help="Publication date, YYYY-MM-DD (resolves relative dates).")
@click.option("--max-bytes", type=int, default=MAX_BYTES_DEFAULT, show_default=True, help="Refuse larger files.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when many files go to a terminal).")
def extract(paths: tuple[str, ...], engine: str, fmt: str, output: str | None, title: str | None,
            published: str | None, max_bytes: int, progress: bool | None) -> None:
    """Extract actors, statements, denials and events from PATHS ('-' reads stdin)."""
    import datetime as dt

    from . import pipeline, plugins

    try:
        plugins.engine_info(engine)
    except plugins.UnknownEngineError as exc:
        _fail(str(exc))
    pub = None
    if published:
        try:
            pub = dt.date.fromisoformat(published)
        except ValueError:
            _fail(f"--published {published!r} is not a YYYY-MM-DD date")
    try:
        pipeline.get_engine(engine)
    except Exception as exc:  # noqa: BLE001 - engine set-up errors (missing model) are user errors
        _fail(f"engine {engine!r} could not start: {exc}")

    errors: list[str] = []
    sink: IO[str] = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    show = progress if progress is not None else (len(paths) > 3 and sys.stderr.isatty())
    results = []
    try:
        items = _inputs(paths, max_bytes, errors)
        bar = click.progressbar(items, length=len(paths), label="extracting", file=sys.stderr) if show else None
        iterable = bar if bar is not None else items
        if bar is not None:
            bar.__enter__()
        try:
            for path, text in iterable:
                try:
                    article = pipeline.extract(
                        text, engine=engine, id=Path(path).stem if path != "-" else "stdin",
                        title=title, published=pub,
                    )
                except Exception as exc:  # noqa: BLE001 - one bad article must not lose the batch
                    errors.append(f"{path}: {type(exc).__name__}: {exc}")
                    click.echo(f"newsmodel: error: {path}: extraction failed: {type(exc).__name__}: {exc}", err=True)
                    continue
                if fmt == "jsonl":
                    sink.write(article.model_dump_json() + "\n")
                elif fmt == "table":
                    sink.write(_format_table(article) + "\n\n")
                else:
                    results.append(json.loads(article.model_dump_json()))
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
        if fmt == "json":
            payload = results[0] if len(paths) == 1 and results else results
            sink.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    finally:
        if output:
            sink.close()
    if errors:
        sys.exit(1)


@main.command()
@click.option("--indent", type=int, default=2, show_default=True)
def schema(indent: int) -> None:
    """Print the JSON Schema of an Article."""
    from .schema import Article

    click.echo(json.dumps(Article.model_json_schema(), indent=indent, ensure_ascii=False))


@main.command("plugins")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_plugins(as_json: bool) -> None:
    """List plugins, their distributions, and what they register."""
    import warnings

    from . import plugins as registry

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            infos = registry.list_plugins()
        except registry.PluginConflictError as exc:
            _fail(str(exc))
    for w in caught:
        click.echo(f"newsmodel: warning: {w.message}", err=True)
    if as_json:
        click.echo(json.dumps([info.__dict__ for info in infos], indent=2))
        return
    for info in infos:
        dist = f"{info.distribution} {info.version or ''}".strip() if info.distribution else "(registered at run time)"
        click.echo(f"{info.name}  [{dist}]")
        if info.engines:
            click.echo(f"    engines: {', '.join(info.engines)}")
        if info.extractors:
            click.echo(f"    extractors: {', '.join(info.extractors)}")


@main.command()
@click.argument("path", type=click.Path(exists=True))
@click.option("--engine", "-e", default="rules", show_default=True)
@click.option("--limit", type=int, help="Score only the first N documents (brat corpus).")
@click.option("--text", "text_path", type=click.Path(exists=True, dir_okay=False), help="Seed text (default: next to the gold file).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--denials", is_flag=True, help="Brat corpus: recall of denial-cue attributions as Denials.")
def evaluate(path: str, engine: str, limit: int | None, text_path: str | None, as_json: bool, denials: bool = False) -> None:
    """Score an engine on a brat corpus directory (PolNeAR layout) or a seed gold .json file."""
    from . import plugins
    from .evaluate import BratError, evaluate_corpus, evaluate_seed

    try:
        plugins.engine_info(engine)
        if Path(path).is_dir() and denials:
            from .evaluate.denials import evaluate_denials

            report = evaluate_denials(path, engine=engine, limit=limit)
        elif Path(path).is_dir():
            report = evaluate_corpus(path, engine=engine, limit=limit)
        else:
            report = evaluate_seed(path, text_path, engine=engine)
    except (plugins.UnknownEngineError, BratError, ValueError, OSError) as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.format_table())


def _saved_articles(path: str, text: str) -> list:  # type: ignore[type-arg]
    """The Articles in a ``.json`` (one Article or a list) or ``.jsonl`` file, or raise InputError."""
    from pydantic import ValidationError

    from .schema import Article

    try:
        if path.lower().endswith(".jsonl"):
            records = [(n, json.loads(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        else:
            data = json.loads(text)
            records = [(None, item) for item in (data if isinstance(data, list) else [data])]
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    articles = []
    for k, (line, record) in enumerate(records, 1):
        try:
            articles.append(Article.model_validate(record))
        except ValidationError as exc:
            where = f"line {line}" if line is not None else f"article {k}"
            first = exc.errors()[0]
            loc = ".".join(map(str, first["loc"])) or "(top)"
            raise InputError(f"{path}: {where} is not a saved Article ({loc}: {first['msg']})") from None
    return articles


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the page here instead of stdout.")
@click.option("--engine", "-e", default="rules", show_default=True, help="Engine for text inputs.")
@click.option("--published", help="Publication date of text inputs, YYYY-MM-DD (resolves relative dates).")
@click.option("--title", help="Page title.")
@click.option("--max-bytes", type=int, default=MAX_BYTES_DEFAULT, show_default=True, help="Refuse larger files.")
def show(inputs: tuple[str, ...], output: str | None, engine: str, published: str | None, title: str | None,
         max_bytes: int) -> None:
    """Write one self-contained HTML page that shows each INPUT's spans in its text.

    An INPUT ending in .json or .jsonl holds saved Articles (`extract --format
    json/jsonl`); any other INPUT is a text file, extracted first ('-' reads
    stdin).  Several articles get one section each and an index.
    """
    import datetime as dt

    from . import pipeline, plugins
    from .render.html import render_html

    pub = None
    if published:
        try:
            pub = dt.date.fromisoformat(published)
        except ValueError:
            _fail(f"--published {published!r} is not a YYYY-MM-DD date")
    articles = []
    for path in inputs:
        try:
            text = read_text(path, max_bytes=max_bytes)
            if path.lower().endswith((".json", ".jsonl")):
                articles.extend(_saved_articles(path, text))
                continue
        except InputError as exc:
            _fail(str(exc))
        try:
            plugins.engine_info(engine)
            article = pipeline.extract(text, engine=engine, id=Path(path).stem if path != "-" else "stdin", published=pub)
        except plugins.UnknownEngineError as exc:
            _fail(str(exc))
        except Exception as exc:  # noqa: BLE001 - engine set-up or extraction failure: one line, no traceback
            _fail(f"{path}: extraction failed: {type(exc).__name__}: {exc}", code=1)
        articles.append(article)
    page = render_html(articles, title=title)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(page)
    else:
        click.echo(page, nl=False)


@main.group()
def models() -> None:
    """Download the models an engine needs (for engines that have them)."""


@models.command("download")
@click.argument("engine")
@click.option("--lang", default="en", show_default=True, help="Language of the models.")
@click.option("--dir", "model_dir", type=click.Path(file_okay=False), help="Model directory (default: the engine's own).")
def models_download(engine: str, lang: str, model_dir: str | None) -> None:
    """Download ENGINE's models for --lang (needs a network).

    The engine plugin says how: its registered factory has a
    ``download_models(lang, model_dir)`` function returning the directory.
    The core knows nothing about any engine's models, so a plugin adds this
    without any change here.
    """
    from . import plugins

    try:
        info = plugins.engine_info(engine)
    except plugins.UnknownEngineError as exc:
        _fail(str(exc))
    download = getattr(info.factory, "download_models", None)
    if not callable(download):
        _fail(f"engine {engine!r} has no models that newsmodel can download")
    try:
        where = download(lang, model_dir)
    except Exception as exc:  # noqa: BLE001 - a failed download is a user-facing error, not a bug
        _fail(f"downloading {engine!r} models failed: " + (" ".join(str(exc).split()) or type(exc).__name__), code=1)
    click.echo(f"{engine} models for {lang!r} are in {where}")


if __name__ == "__main__":  # pragma: no cover
    main()
