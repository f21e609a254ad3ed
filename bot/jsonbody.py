"""Request bodies as JSON, bounded: deep nesting is refused as bad input instead of failing mid-request."""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64  # an activity nests about 6 levels; card data a few more


class BodyError(ValueError):
    """The body is not acceptable JSON; the message is safe to show to the caller."""


def loads(raw: bytes, max_depth: int = MAX_DEPTH) -> Any:
    try:
        value = json.loads(raw)
    except RecursionError:
        raise BodyError("body is nested too deeply") from None
    except (ValueError, UnicodeDecodeError):
        raise BodyError("body is not valid JSON") from None
    if _depth_exceeds(value, max_depth):
        raise BodyError("body is nested too deeply")
    return value


def _depth_exceeds(value: Any, max_depth: int) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > max_depth:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
