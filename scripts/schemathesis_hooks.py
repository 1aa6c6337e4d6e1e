"""Custom schemathesis (4.x) check for amparo's API, loaded by scripts/api-conformance.sh.

schemathesis loads this file through the SCHEMATHESIS_HOOKS environment variable (a path to a
.py file), and `--checks all` turns on every registered check, this one included.

`bad_input_names_field`: a 400 or 422 answer to an operation that takes parameters or a body
must say which input was wrong. amparo answers errors as

    {"error": "...", "fields": {"name": "message", ...}}

so the JSON body must have a non-empty `fields` object, or an `error` message that names one of
the operation's parameters or request-body properties (as a whole word, case-insensitively).
"""

from __future__ import annotations

import json
import re
from typing import Any

import schemathesis

_STATUSES = (400, 422)
_COMPOSITES = ("allOf", "anyOf", "oneOf")
_NAME_CACHE: dict[str, frozenset[str]] = {}


def _resolve(root: dict[str, Any], node: Any, seen: set[str]) -> Any:
    """Follow local `$ref`s (`#/components/...`); returns None for a cycle or a remote ref."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return None
        seen = seen | {ref}
        target: Any = root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return None
            target = target[part]
        node = target
    return node


def _schema_names(root: dict[str, Any], schema: Any, out: set[str], seen: frozenset[str], depth: int = 0) -> None:
    """Property names at any depth of a JSON schema (through properties, items and compositions)."""
    if depth > 16:
        return
    refs = set(seen)
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        refs.add(schema["$ref"])
    schema = _resolve(root, schema, set(seen))
    if not isinstance(schema, dict):
        return
    refs_f = frozenset(refs)
    props = schema.get("properties")
    if isinstance(props, dict):
        for name, sub in props.items():
            out.add(str(name))
            _schema_names(root, sub, out, refs_f, depth + 1)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _schema_names(root, schema[key], out, refs_f, depth + 1)
    for key in _COMPOSITES:
        for sub in schema.get(key) or []:
            _schema_names(root, sub, out, refs_f, depth + 1)


def _input_names(case: schemathesis.Case) -> frozenset[str]:
    """Names of the operation's parameters (path, query, header, cookie) and body properties."""
    operation = case.operation
    cached = _NAME_CACHE.get(operation.label)
    if cached is not None:
        return cached
    names: set[str] = {str(p.name) for p in operation.iter_parameters()}
    root = operation.schema.raw_schema
    raw = operation.definition.raw
    body = _resolve(root, raw.get("requestBody"), set()) if isinstance(raw, dict) else None
    if isinstance(body, dict):
        for media in (body.get("content") or {}).values():
            if isinstance(media, dict):
                _schema_names(root, media.get("schema"), names, frozenset())
    result = frozenset(n for n in names if n)
    _NAME_CACHE[operation.label] = result
    return result


def _takes_input(case: schemathesis.Case) -> bool:
    operation = case.operation
    raw = operation.definition.raw
    has_body = isinstance(raw, dict) and "requestBody" in raw
    return has_body or any(True for _ in operation.iter_parameters())


def _mentions(message: str, names: frozenset[str]) -> list[str]:
    found = []
    for name in names:
        if re.search(r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])", message, re.IGNORECASE):
            found.append(name)
    return found


@schemathesis.check
def bad_input_names_field(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case) -> bool | None:
    """A 400/422 answer to an operation with parameters or a body names the offending field."""
    if response.status_code not in _STATUSES or not _takes_input(case):
        return None
    names = _input_names(case)
    text = response.content.decode("utf-8", errors="replace")
    shown = text if len(text) <= 500 else text[:500] + "…"
    try:
        body = json.loads(text)
    except ValueError:
        ctype = next((v for k, v in response.headers.items() if k.lower() == "content-type"), ["?"])
        raise AssertionError(
            f"{response.status_code} answer is not JSON, so it cannot name the offending field "
            f"(expected {{\"error\": ..., \"fields\": {{...}}}}).\nContent-Type: "
            f"{', '.join(ctype)}\nBody: {shown}"
        ) from None
    if not isinstance(body, dict):
        raise AssertionError(f"{response.status_code} answer is JSON but not an object: {shown}")
    fields = body.get("fields")
    if isinstance(fields, dict) and fields:
        return None
    error = body.get("error")
    if isinstance(error, str) and _mentions(error, names):
        return None
    raise AssertionError(
        f"{response.status_code} answer names no field: `fields` is "
        f"{'missing' if fields is None else json.dumps(fields)} and `error` mentions none of the "
        f"operation's inputs ({', '.join(sorted(names)) or 'none'}).\nBody: {shown}"
    )
