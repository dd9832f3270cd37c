"""Footnotes and endnotes of DOCX and ODT files, placed after the block that calls them.

A note is part of the sentence that calls it: a clause often names its grounds or its law
only in a footnote ("on a prohibited ground¹" / "¹ the protected characteristics of the
Equality Act 2010"). Read at the end of the document, the note stood in no article and the
grades never joined it to the duty; placed right after the calling block, it takes that
block's article and heading (readers/structure.py). A call inside a table is placed after
the table, whose cells may still be folded into rows. A note nobody calls stays at the end.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from checker.document import Block


class NoteCalls:
    """The note calls met while reading a story, and where each called note goes."""

    def __init__(self) -> None:
        self._pending: list[Hashable] = []
        self._placed: dict[Hashable, int] = {}

    def call(self, key: Hashable) -> None:
        """Record a call (a note's id) in the paragraph being read."""
        self._pending.append(key)

    def anchor(self, position: int) -> None:
        """Place the pending calls' notes before block `position` (after the calling block)."""
        for key in self._pending:
            self._placed.setdefault(key, position)
        self._pending.clear()

    def place(self, body: Sequence[Block], notes: Sequence[tuple[Hashable, Block]]) -> list[Block]:
        """Return the body with each called note after its caller, uncalled notes at the end."""
        after: dict[int, list[Block]] = {}
        rest: list[Block] = []
        for key, note in notes:
            position = self._placed.get(key)
            if position is None or not 0 < position <= len(body):
                rest.append(note)
            else:
                after.setdefault(position, []).append(note)
        out: list[Block] = []
        for i, block in enumerate(body, 1):
            out.append(block)
            out.extend(after.get(i, ()))
        return out + rest
