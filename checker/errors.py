"""Exception hierarchy: failures are exceptions, findings are values."""

from __future__ import annotations

from pathlib import Path


class CheckerError(Exception):
    """Root of every error the engine raises on purpose."""


class RulePackError(CheckerError):
    """A rule pack or profile is missing or invalid."""

    def __init__(self, path: Path | str, message: str, rule_id: str | None = None) -> None:
        self.path = str(path)
        self.rule_id = rule_id
        where = f"{self.path}" + (f" [{rule_id}]" if rule_id else "")
        super().__init__(f"{where}: {message}")


class PatternError(RulePackError):
    """A spaCy token pattern in a rule pack is invalid."""


class ConfigError(CheckerError):
    """A configuration file or option is invalid."""


class DocumentReadError(CheckerError):
    """A document could not be read; carries the status it should get.

    Readers raise it; `checker.readers.read_document` turns it into a Document with
    status "unreadable" or "error" so that it never escapes to the user.
    """

    def __init__(
        self, path: Path | str, reason: str, status: str = "unreadable", page: int | None = None
    ) -> None:
        self.path = str(path)
        self.reason = reason
        self.status = status
        self.page = page
        super().__init__(f"{self.path}: {reason}")
