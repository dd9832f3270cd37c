"""Read a table as rows that say what each cell is.

A table is read row by row, not cell by cell and not as one run of text: a row is one
statement ("late delivery: EUR 100 per day"), and a cell alone often says too little ("EUR
5,000 per established breach", "50.000 euro of meer"). Each cell of a body row is written
after its column header, cells separated by " | ":

    Breach: Breach of clause 12.1 | Penalty: EUR 5,000 per established breach

so that a rule sees the breach and the penalty together, and the evidence quotes the row as a
reader would say it. Without a header row, cells are only joined.

Pipe tables appear in Markdown and in text pasted from it (excerpts, plain text files); their
header is the row above the delimiter row. A word-processor table is read by rows when it is
a data table (short cells: a penalty schedule, thresholds, conditions), and cell by cell when
it lays out text (whole articles in cells); its header is its first row when marked as one or
when that row is a line of short labels over three columns or more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.document import Block, BlockKind

_DELIMITER = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
CELL_SEPARATOR = " | "
MAX_CELL_WORDS = 60  # a longer cell is running text: the table lays out text
MAX_LABEL_WORDS = 6  # a header cell is a short label


def is_delimiter_row(line: str) -> bool:
    """Return whether a line is the "|---|:---:|" row under a pipe table's header."""
    line = line.strip()
    return "|" in line and "-" in line and bool(_DELIMITER.match(line))


def is_table_line(line: str) -> bool:
    """Return whether a line can be a row of a pipe table (it starts with a pipe)."""
    return line.lstrip().startswith("|")


def cells(line: str) -> list[str]:
    """Return the cells of one pipe-table line, stripped (empty cells kept)."""
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(body)]


def table_rows(lines: Sequence[str]) -> list[str]:
    """Return the text of each row of a pipe table (the header row only labels the others)."""
    rows = [line for line in lines if line.strip()]
    if len(rows) >= 2 and is_delimiter_row(rows[1]):
        header, body = cells(rows[0]), rows[2:]
    else:
        header, body = [], rows
    out = []
    for line in body:
        if is_delimiter_row(line):
            continue
        text = row_text(header, cells(line))
        if text:
            out.append(text)
    return out


def row_text(header: Sequence[str], row: Sequence[str]) -> str:
    """Return one row as text: each non-empty cell after its column header, if any."""
    parts = []
    for i, cell in enumerate(row):
        if not cell:
            continue
        label = header[i].rstrip(":").strip() if i < len(header) else ""
        parts.append(f"{label}: {cell}" if label and label != cell else cell)
    return CELL_SEPARATOR.join(parts)


def pipe_table_end(lines: Sequence[str], i: int) -> int | None:
    """Return the end of the pipe table starting at line i (its header, a delimiter row, then
    lines starting with a pipe), or None when no table starts there.

    A table needs its header and delimiter row, so that a line of prose that happens to start
    with a pipe stays prose.
    """
    if not (is_table_line(lines[i]) and i + 1 < len(lines) and is_delimiter_row(lines[i + 1])):
        return None
    end = i + 2
    while end < len(lines) and is_table_line(lines[end]):
        end += 1
    return end


def split_table_runs(lines: Sequence[str]) -> list[tuple[bool, list[str]]]:
    """Return the lines of a paragraph in runs: (True, table lines) or (False, other lines)."""
    runs: list[tuple[bool, list[str]]] = []
    i = 0
    while i < len(lines):
        end = pipe_table_end(lines, i)
        if end is not None:
            runs.append((True, list(lines[i:end])))
            i = end
            continue
        if runs and not runs[-1][0]:
            runs[-1][1].append(lines[i])
        else:
            runs.append((False, [lines[i]]))
        i += 1
    return runs


def is_data_table(rows: Sequence[Sequence[str]]) -> bool:
    """Return whether a table of cell texts holds data to read by rows, not laid-out text."""
    filled = [[c for c in row if c] for row in rows]
    if not filled or max(len(r) for r in filled) < 2:
        return False  # one column: a framed box of text
    return all(len(c.split()) <= MAX_CELL_WORDS for row in filled for c in row)


def looks_like_header(rows: Sequence[Sequence[str]]) -> bool:
    """Return whether the first row of a table is a row of column labels (unmarked)."""
    if len(rows) < 2 or len(rows[0]) < 3:
        return False  # two columns: label | value pairs, not a header over them
    return all(
        c and len(c.split()) <= MAX_LABEL_WORDS and not c.endswith((".", ";")) and not c.isdigit()
        for c in rows[0]
    )


def data_table_rows(rows: Sequence[Sequence[str]], header_marked: bool = False) -> list[str] | None:
    """Return the row texts of a data table (the header row only labels the others), or None
    when the table lays out text and is better read cell by cell."""
    if not is_data_table(rows):
        return None
    if header_marked or looks_like_header(rows):
        header, body = list(rows[0]), rows[1:]
    else:
        header, body = [], rows
    return [t for t in (row_text(header, row) for row in body) if t]


CellGrid = list[list[tuple[int, int]]]  # per row, per cell: the range of blocks it gave


def fold_into_rows(
    blocks: list[Block], start: int, grid: CellGrid, marked: bool, paragraph: int | None = None
) -> int | None:
    """Replace the cell blocks a table gave (from `start`) by one block per row when the
    table holds data; return the number of rows, or None when its cells stay (a nested
    table, list or text box in a cell, or a table that lays out text).

    `paragraph` is the paragraph number before the table: rows are numbered on from it.
    """
    texts: list[list[str]] = []
    for cells in grid:
        row = []
        for lo, hi in cells:
            if any(b.kind != BlockKind.TABLE_CELL for b in blocks[lo:hi]):
                return None
            row.append(" ".join(" ".join(b.text.split()) for b in blocks[lo:hi]))
        if row:
            texts.append(row)
    rows = data_table_rows(texts, header_marked=marked) if len(blocks) > start else None
    if rows is None:
        return None
    del blocks[start:]
    blocks += [
        Block(
            kind=BlockKind.TABLE_ROW,
            text=text,
            paragraph=None if paragraph is None else paragraph + n,
        )
        for n, text in enumerate(rows, 1)
    ]
    return len(rows)
