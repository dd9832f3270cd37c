"""What every reader returns, and the limits every reader respects."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.document import Block


@dataclass(frozen=True)
class ReadLimits:
    """Bounds on what a reader accepts (sizes in bytes)."""

    max_bytes: int = 200 * 1024 * 1024
    max_pages: int = 5000
    max_chars: int = 50_000_000


@dataclass
class ReaderOutput:
    """Blocks in reading order, before offsets, article numbers and languages are assigned.

    Readers fill `text`, `kind`, `page` or `paragraph`, and where the source says so,
    `level` (heading level) and `number` (the number the source draws, e.g. DOCX list
    numbering). `checker.readers.finalize` does the rest.
    """

    blocks: list[Block]
    extractor: str
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
