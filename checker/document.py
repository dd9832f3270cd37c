"""The document model every reader produces and every later stage consumes."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from checker._typing import DocLanguage, Language, SourceFormat


class BlockKind(str, Enum):
    """What kind of text a block holds."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    TABLE_ROW = "table_row"  # a pipe-table row, each cell after its column header
    HEADER = "header"
    FOOTER = "footer"
    FOOTNOTE = "footnote"


class DocStatus(str, Enum):
    """Outcome of reading: ok, unreadable (no usable text) or error (reader failed)."""

    OK = "ok"
    UNREADABLE = "unreadable"
    ERROR = "error"


class Block(BaseModel):
    """One unit of text with its location.

    `start`/`end` are offsets into `Document.text`, the blocks joined by a blank line.
    `page` is 1-based (PDF); `paragraph` is the 1-based index of the paragraph in the
    source's body order (DOCX, ODT, text, HTML; for PDF the paragraph index on its page).
    """

    model_config = ConfigDict(frozen=True)

    kind: BlockKind = BlockKind.PARAGRAPH
    text: str
    page: int | None = None
    paragraph: int | None = None
    article: str | None = None
    annex: str | None = Field(
        default=None, description='the annex, schedule or appendix the block is in ("Schedule 4")'
    )
    heading_path: tuple[str, ...] = ()
    language: Language | None = None
    start: int = 0
    end: int = 0
    level: int | None = Field(default=None, description="heading level, when kind is heading")
    number: str | None = Field(
        default=None, description="the number the source draws before this block (list/heading)"
    )


class Document(BaseModel):
    """What a reader produced from one file: status, metadata and ordered blocks."""

    model_config = ConfigDict(frozen=True)

    path: str
    sha256: str
    format: SourceFormat | None = None
    status: DocStatus = DocStatus.OK
    error: str | None = None
    pages: int | None = None
    language: DocLanguage | None = None
    languages: dict[str, float] = Field(default_factory=dict)
    quality: float | None = Field(
        default=None, description="0-1 share of extracted words that look like real words"
    )
    extractor: str | None = None
    warnings: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()

    @property
    def text(self) -> str:
        """Return the blocks' text joined by blank lines (the space of block offsets)."""
        return BLOCK_SEPARATOR.join(b.text for b in self.blocks)

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        """Return the blocks that carry contract text (not running headers or footers)."""
        return tuple(b for b in self.blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER))


BLOCK_SEPARATOR = "\n\n"
