"""The one place where engine errors become CLI errors (exit code 2, one line, no traceback)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from checker.errors import CheckerError

F = TypeVar("F", bound=Callable[..., Any])


class CheckerClickError(click.ClickException):
    """A configuration, rule-pack or usage problem: exit code 2."""

    exit_code = 2


def handle_errors(fn: F) -> F:
    """Turn CheckerError into a one-line error with exit 2 (re-raised with --debug)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CheckerError as exc:
            if kwargs.get("debug"):
                raise
            raise CheckerClickError(str(exc)) from exc

    return wrapper  # type: ignore[return-value]
