"""Page furniture left in text pasted from a PDF: page lines, and page breaks in a sentence.

A line such as "Conditions of Contract    Page 57 of 112" or "Pagina 3 van 9" is the page's
footer, not text. Where the footer and the next page's header fall between the two halves of
a sentence, they are taken out so that the sentence is whole again.
"""

from __future__ import annotations

import re

SENTENCE_END = (".", ":", ";", "!", "?")
# a running header or footer line left in pasted text: "Page 57 of 112", "Pagina 3 van 9"
_PAGE_LINE = re.compile(
    r"\b(?:page|pagina|blz\.?|seite)\s+\d{1,4}\s*(?:of|sur|de|van|/|von)\s*\d{1,4}\b", re.I
)
_MAX_PAGE_LINE = 140


def is_page_line(line: str) -> bool:
    """Return whether a (squashed) line is a page number line of a running header or footer."""
    return bool(_PAGE_LINE.search(line)) and len(line) <= _MAX_PAGE_LINE


_MAX_RUNNING_LINES = 2  # lines of the next page's running header after a page line


def mend_page_breaks(lines: list[str]) -> list[str]:
    """Return lines with the page breaks inside a sentence taken out.

    Text pasted from a PDF keeps the page's footer and the next page's header between the
    two halves of a sentence ("... waarop hij voor de uitvoering" / "Pagina 14 van 33" /
    "Stad Gent - Bestek 2025/091" / "van deze opdracht een beroep doet."). Where a page line
    follows a line that does not end a sentence and, after at most two running lines, a line
    goes on in lower case, the page line, those running lines and the blank lines go.
    """
    out = list(lines)
    i = 0
    while i < len(out):
        if is_page_line(_squash(out[i])):
            before, after = _text_line(out, i, -1), _text_line(out, i, 1)
            if before is not None and after is not None:
                del out[before + 1 : after]
                i = before
        i += 1
    return out


def _text_line(lines: list[str], i: int, step: int) -> int | None:
    """Return the index of the half-sentence on one side of the page line at i: before it,
    the first text line, which must not end its sentence; after it, the first line in lower
    case past at most _MAX_RUNNING_LINES running lines. None when there is none."""
    j, running = i + step, 0
    while 0 <= j < len(lines):
        line = _squash(lines[j])
        if line and not is_page_line(line):
            if step < 0:
                return None if line.endswith(SENTENCE_END) else j
            if line[:1].islower():
                return j
            running += 1
            if running > _MAX_RUNNING_LINES or len(line) > _MAX_PAGE_LINE:
                return None
        j += step
    return None


def _squash(line: str) -> str:
    return " ".join(line.split())
