"""Read a pipe table ("| Breach | Penalty |") as rows that say what each cell is.

A table is read row by row, not cell by cell and not as one run of text: a row is one
statement ("late delivery: EUR 100 per day"), and a cell alone often says too little ("EUR
5,000 per established breach", "50.000 euro of meer"). Each cell of a body row is written
after its column header, cells separated by " | ":

    Breach: Breach of clause 12.1 | Penalty: EUR 5,000 per established breach

so that a rule sees the breach and the penalty together, and the evidence quotes the row as a
reader would say it. Without a delimiter row there is no header, and cells are only joined.
Pipe tables appear in Markdown and in text pasted from it (excerpts, plain text files).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DELIMITER = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
CELL_SEPARATOR = " | "


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


def split_table_runs(lines: Sequence[str]) -> list[tuple[bool, list[str]]]:
    """Return the lines of a paragraph in runs: (True, table lines) or (False, other lines).

    A run of table lines is a table only when it has a header and a delimiter row, so that a
    line of prose that happens to start with a pipe stays prose.
    """
    runs: list[tuple[bool, list[str]]] = []
    i = 0
    while i < len(lines):
        if is_table_line(lines[i]) and i + 1 < len(lines) and is_delimiter_row(lines[i + 1]):
            end = i + 2
            while end < len(lines) and is_table_line(lines[end]):
                end += 1
            runs.append((True, list(lines[i:end])))
            i = end
            continue
        if runs and not runs[-1][0]:
            runs[-1][1].append(lines[i])
        else:
            runs.append((False, [lines[i]]))
        i += 1
    return runs
