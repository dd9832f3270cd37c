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
from functools import lru_cache
from importlib import resources

from checker.document import Block, BlockKind
from checker.yamlio import load_yaml

_DELIMITER = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
CELL_SEPARATOR = " | "
MAX_CELL_WORDS = 60  # a longer cell is running text: the table lays out text
MAX_LABEL_WORDS = 6  # a header cell is a short label
_MAX_ABBREVIATION = 5  # "Nr.", "Réf.": a label that ends in a full stop


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
    """Return the text of each row of a pipe table (the header row only labels the others).

    A row whose cells wrap over several lines (text laid out in a fixed-width grid) is one
    row: its cells' pieces are kept on lines of their own, to be joined as a paragraph's
    lines are (line-end hyphens decided by the caller).
    """
    rows = [line for line in lines if line.strip()]
    if not rows:
        return []
    split = cells if is_table_line(rows[0]) else grid_cells
    if len(rows) >= 2 and is_delimiter_row(rows[1]):
        header, body = split(rows[0]), rows[2:]
    elif split is grid_cells:
        header, body = split(rows[0]), rows[1:]
    else:
        header, body = [], rows
    out = []
    for row in _wrapped_rows([split(line) for line in body if not is_delimiter_row(line)]):
        text = row_text(header, row)
        if text:
            out.append(text)
    return out


def grid_cells(line: str) -> list[str]:
    """Return the cells of a line of a grid without outer pipes ("C2  | L'adjudicataire ...
    | Néant"): an empty first or last cell is a cell, not an outer pipe."""
    return [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(line)]


def _wrapped_rows(lines: list[list[str]]) -> list[list[str]]:
    """Return the rows of a table's body lines, lines that continue a row's cells joined to
    it (each cell's pieces on lines of their own).

    Cells wrap when some line has an empty first cell under a filled one, or a cell ends in a
    word broken by a hyphen; only then do lines that start in lower case continue a row (a
    table of one line per row may well have a cell in lower case).
    """
    wraps = any(line[0] == "" and any(line) for line in lines) or any(
        len(c) > 1 and c[-1] == "-" and c[-2].isalpha() for line in lines for c in line
    )
    rows: list[list[list[str]]] = []
    above: list[str] = []
    for line in lines:
        if rows and wraps and _continues(above, line):
            row = rows[-1]
            row.extend([] for _ in range(len(line) - len(row)))
            for pieces, cell in zip(row, line, strict=False):
                if cell:
                    pieces.append(cell)
        elif any(line):
            rows.append([[cell] if cell else [] for cell in line])
        above = line
    return [["\n".join(pieces) for pieces in row] for row in rows]


def _continues(above: Sequence[str], line: Sequence[str]) -> bool:
    """Return whether a body line carries on the cells of the row above it: its first cell
    is empty, or its cells start in lower case ("nation envers le per-" under "Aucune
    discrimi-"), or it goes on a first cell left mid-phrase ("2007, loi du 30 juillet" under
    "dicap (loi du 10 mai"); a cell that starts with a capital starts a row."""
    filled = [c for c in line if c]
    if not filled or not above:
        return False
    if not line[0]:
        return True
    if any(c[0].isupper() for c in filled):
        return False
    if line[0][0].islower():
        return True
    key = above[0]
    return key.endswith(("-", ",")) or (len(key.split()) >= 3 and key[-1].isalpha())


def grid_table_end(lines: Sequence[str], i: int) -> int | None:
    """Return the end of a grid table without outer pipes or delimiter row starting at line
    i, or None: a header line of short labels over three columns or more, then at least two
    lines cut into as many cells."""
    if "|" not in lines[i] or is_table_line(lines[i]):
        return None
    header = grid_cells(lines[i])
    labels = header[:-1] if header[-1] == "" else header  # "a | b | c |": a closing pipe
    if not looks_like_header([labels, labels]):
        return None
    end = i + 1
    while end < len(lines) and "|" in lines[end] and len(grid_cells(lines[end])) == len(header):
        end += 1
    return end if end - i >= 3 else None


@lru_cache(maxsize=1)
def _empty_words() -> frozenset[str]:
    text = resources.files("rules").joinpath("language/empty_cells.yaml").read_text("utf-8")
    return frozenset(str(w).lower().strip("().") for w in load_yaml(text))


_ZERO_AMOUNT = re.compile(
    r"(?:€|eur(?:os?)?)?\s*0(?:[.,]0+)?\s*(?:€|eur(?:os?)?)?(?:\s*\((?:nihil|néant|nil|none)\))?"
)


def is_empty_cell(cell: str) -> bool:
    """Return whether a cell says its column does not apply to the row ("None", "Néant",
    "n.v.t.", "0 €"), rules/language/empty_cells.yaml."""
    text = " ".join(cell.lower().split())
    if not text:
        return True
    return text.strip("().") in _empty_words() or bool(_ZERO_AMOUNT.fullmatch(text))


# a question's last characters ("?", "? »", "?)"): a cell that asks, "Do you monitor ...?"
QUESTION_END = r"\?[\s\"'”’»)\]]*"
_QUESTION_CELL = re.compile(rf"{QUESTION_END}$")


def row_text(header: Sequence[str], row: Sequence[str]) -> str:
    """Return one row as text: each cell after its column header, if any; an empty cell
    ("Penalty: None", "Contrôle : Néant") is left out with its header. After a cell that
    asks a question, "No" or "Not applicable" is the answer and is kept ("Do you monitor
    ...? | Answer: No")."""
    parts = []
    asked = False
    for i, cell in enumerate(row):
        if is_empty_cell(cell) and not (asked and cell.strip()):
            continue
        label = header[i].rstrip(":").strip() if i < len(header) else ""
        parts.append(f"{label}: {cell}" if label and label != cell else cell)
        asked = asked or bool(_QUESTION_CELL.search(cell))
    return CELL_SEPARATOR.join(parts)


def pipe_table_end(lines: Sequence[str], i: int) -> int | None:
    """Return the end of the pipe table starting at line i (its header, a delimiter row, then
    lines starting with a pipe), or None when no table starts there.

    A table needs its header and delimiter row, so that a line of prose that happens to start
    with a pipe stays prose; a grid without them needs a header of short labels
    (`grid_table_end`).
    """
    if not (is_table_line(lines[i]) and i + 1 < len(lines) and is_delimiter_row(lines[i + 1])):
        return grid_table_end(lines, i)
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
    """Return whether the first row of a table is a row of column labels (unmarked). The
    corner cell may be empty, and a label may be an abbreviation ("Nr.", "Réf.")."""
    if len(rows) < 2 or len(rows[0]) < 3:
        return False  # two columns: label | value pairs, not a header over them
    first, *rest = rows[0]
    return (first == "" or _is_label(first)) and all(_is_label(c) for c in rest)


def _is_label(cell: str) -> bool:
    words = cell.split()
    if not words or len(words) > MAX_LABEL_WORDS or cell.isdigit() or cell.endswith(";"):
        return False
    return not cell.endswith(".") or (len(words) == 1 and len(cell) <= _MAX_ABBREVIATION)


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
