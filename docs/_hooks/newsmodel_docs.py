"""MkDocs hook: pages generated from the code, so they cannot drift from it.

A page that contains one of these markers gets it replaced at build time:

``<!-- generate: schema -->``
    The schema reference, from each model's ``model_json_schema()`` and docstring.
``<!-- generate: hooks -->``
    The hook reference, from the docstrings in ``newsmodel/hookspecs.py``.
``<!-- generate: cli -->``
    The CLI reference, from the click commands' own ``--help``.

``tests/test_docs.py`` imports this module and checks its output too.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

MARKER = re.compile(r"<!--\s*generate:\s*(\w+)\s*-->")


def on_page_markdown(markdown: str, page: Any = None, config: Any = None, files: Any = None, **kwargs: Any) -> str:
    return MARKER.sub(lambda m: GENERATORS[m.group(1)](), markdown)


# -- reST-ish docstrings to markdown ---------------------------------------------------
def _inline(text: str) -> str:
    text = re.sub(r":(?:class|func|data|meth|mod|attr):`~?([^`]+)`", r"`\1`", text)
    return re.sub(r"``([^`]+)``", r"`\1`", text)


def docstring_to_markdown(doc: str) -> str:
    """Paragraphs, ``:param x:`` fields, ````name```` definition lists and ``::`` literal blocks, as markdown."""
    lines = inspect.cleandoc(doc).splitlines()
    out: list[str] = []
    k = 0
    while k < len(lines):
        raw = lines[k]
        line = raw.strip()
        k += 1
        param = re.match(r":param (\w+):\s*(.*)", line)
        term = re.fullmatch(r"``(\w+)``", line)
        if param:
            out += ["", f"**`{param.group(1)}`**: {_inline(param.group(2))}"]
        elif term:
            out += ["", f"- **`{term.group(1)}`**:"]
        elif not line:
            out.append("")
        elif out and out[-1]:
            out[-1] += " " + _inline(line)
        else:
            out.append(_inline(line))
        if line.endswith("::"):
            out[-1] = out[-1][:-1]
            indent = len(raw) - len(raw.lstrip())
            block: list[str] = []
            while k < len(lines) and (not lines[k].strip() or len(lines[k]) - len(lines[k].lstrip()) > indent):
                block.append(lines[k])
                k += 1
            out += ["", "```text", *inspect.cleandoc("\n".join(block)).splitlines(), "```", ""]
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# -- hooks --------------------------------------------------------------------------
def hookspecs() -> list[Any]:
    """The hook specification functions, in source order."""
    from newsmodel import hookspecs as module

    marker = f"{module.PROJECT}_spec"
    specs = [f for _, f in inspect.getmembers(module, inspect.isfunction) if hasattr(f, marker)]
    return sorted(specs, key=lambda f: f.__code__.co_firstlineno)


def render_hooks() -> str:
    from newsmodel import hookspecs as module

    parts = [docstring_to_markdown(module.__doc__ or "")]
    for spec in hookspecs():
        args = ", ".join(inspect.signature(spec).parameters)
        parts.append(f"## `{spec.__name__}({args})`\n\n{docstring_to_markdown(spec.__doc__ or '')}")
    return "\n".join(parts)


# -- schema ---------------------------------------------------------------------------
def _type(s: dict[str, Any]) -> str:
    if "$ref" in s:
        name = s["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in s:
        return " or ".join(_type(x) for x in s["anyOf"])
    if "enum" in s:
        return " ".join(f'`"{v}"`' for v in s["enum"])
    if "const" in s:
        return f'`"{s["const"]}"`'
    kind = s.get("type")
    if kind == "array":
        return f"list of {_type(s.get('items', {}))}"
    if kind == "string" and s.get("format") == "date":
        return "date (`YYYY-MM-DD`)"
    return {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean", "null": "null"}.get(kind, "any")


_CONSTRAINTS = {
    "minimum": "≥ {}",
    "maximum": "≤ {}",
    "exclusiveMinimum": "> {}",
    "exclusiveMaximum": "< {}",
    "minLength": "at least {} characters",
    "minItems": "at least {} items",
}


def _constraints(s: dict[str, Any]) -> list[str]:
    found = [fmt.format(s[k]) for k, fmt in _CONSTRAINTS.items() if k in s]
    for sub in s.get("anyOf", []):
        found += _constraints(sub)
    return found


def _default(model: Any, name: str, required: set[str]) -> str:
    import json

    from pydantic import BaseModel

    if name in required:
        return "required"
    field = model.model_fields[name]
    value = field.default_factory() if field.default_factory is not None else field.default
    if isinstance(value, BaseModel):
        return f"`{type(value).__name__}()`"
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def schema_models() -> list[Any]:
    from newsmodel import schema

    return [schema.Article, schema.Actor, schema.Statement, schema.Denial, schema.Event, schema.Span, schema.Provenance]


def render_schema() -> str:
    import json

    from newsmodel import schema

    parts = [docstring_to_markdown(schema.__doc__ or "")]
    for model in schema_models():
        js = model.model_json_schema()
        required = set(js.get("required", ()))
        rows = ["| field | type | required / default | notes |", "|---|---|---|---|"]
        for name, prop in js["properties"].items():
            default = _default(model, name, required)
            notes = "; ".join([*_constraints(prop), *([prop["description"]] if "description" in prop else [])])
            notes = _inline(notes).replace("|", "\\|")
            rows.append(f"| `{name}` | {_type(prop)} | {default} | {notes} |")
        # only the model's own docstring: an undocumented model would inherit pydantic's BaseModel one
        doc = docstring_to_markdown(model.__dict__.get("__doc__") or "")
        parts.append(f"## {model.__name__}\n\n{doc}\n" + "\n".join(rows) + "\n")
    modes = ["| category | modes |", "|---|---|"]
    for category in schema.PLOVER_CATEGORIES:
        modes.append(f"| `{category}` | {', '.join(f'`{m}`' for m in schema.PLOVER_MODES[category]) or '(none)'} |")
    parts.append(
        "## PLOVER categories and modes\n\n`Event.type` is one of PLOVER v0.8's sixteen categories; "
        "`Event.mode` is null or one of its category's modes.\n\n" + "\n".join(modes) + "\n"
    )
    return "\n".join(parts)


# -- CLI ------------------------------------------------------------------------------
def render_cli() -> str:
    import click

    from newsmodel.cli import main

    parts: list[str] = []

    def walk(cmd: click.Command, ctx: click.Context) -> None:
        parts.append(f"## `{ctx.command_path}`\n\n```text\n{cmd.get_help(ctx).rstrip()}\n```\n")
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(ctx):
                sub = cmd.get_command(ctx, name)
                if sub is not None and not sub.hidden:
                    walk(sub, click.Context(sub, info_name=name, parent=ctx, **sub.context_settings))

    settings = {**main.context_settings, "terminal_width": 100, "max_content_width": 100}
    walk(main, click.Context(main, info_name="newsmodel", **settings))
    return "\n".join(parts)


GENERATORS = {"schema": render_schema, "hooks": render_hooks, "cli": render_cli}
