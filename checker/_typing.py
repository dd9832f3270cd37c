"""Shared type aliases."""

from __future__ import annotations

from typing import Literal

Language = Literal["en", "nl", "fr"]
DocLanguage = Literal["en", "nl", "fr", "mixed"]
SourceFormat = Literal["pdf", "docx", "odt", "txt", "md", "html"]
