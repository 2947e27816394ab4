"""E-mail addresses in the rules tokenizer: kept whole, and bounded.

The e-mail alternative's local part is limited to 64 characters (RFC 5321);
that bound keeps tokenizing linear on long unbroken runs in a text that also
holds an ``@`` (the speed figure is in docs/performance.md, not timed here).
"""

from __future__ import annotations

import newsmodel


def token_texts(text: str) -> list[str]:
    doc = newsmodel.annotate(text, engine="rules")
    return [text[t.start : t.end] for t in doc.tokens]


def test_an_email_address_is_one_token() -> None:
    text = "Write to press.office+news@example.org or call 1-800-555-0100."
    assert "press.office+news@example.org" in token_texts(text)


def test_a_long_hyphen_run_beside_an_address_keeps_both() -> None:
    run = "-".join(["7"] * 2000)
    text = f"Codes: {run} (contact desk@example.com)."
    tokens = token_texts(text)
    assert "desk@example.com" in tokens
    assert "".join(tokens).replace("desk@example.com", "") == text.replace(" ", "").replace("desk@example.com", "")


def test_a_local_part_over_64_characters_is_not_an_address() -> None:
    local = "a" * 65
    tokens = token_texts(f"Mail {local}@example.com today.")
    assert f"{local}@example.com" not in tokens
    assert "@" in tokens and not any(t.endswith("@example.com") for t in tokens)
