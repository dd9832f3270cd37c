"""Read plain text and Markdown into blocks.

Plain text: blank lines separate paragraphs and the wrapped lines of a paragraph are joined
with a space. A line that starts a list item ("-", "*", "•", "a)", "1°", "(i)", "[ ]") or an
article ("Art. 5", "Artikel 5", "12.3 ", "7. ") starts a new block; list markers give a
list item, article numbers a paragraph. A block in capitals, or a short numbered title
without a final period, is a heading.

Line-end hyphens: text pasted from a PDF keeps the typesetter's breaks ("discrimi-|nation")
beside real compounds ("sous-|traitant", "third-|party"). A line ending in a letter and "-"
followed by a lower-case line is decided as the PDF reader decides (pdf_lines.Dehyphenator:
digits and capitals, the document's own spellings, compound heads, then its majority).
A line that is only page furniture ("Conditions ... Page 57 of 112") is dropped.

A pipe table ("| Breach | Penalty |" over "|---|---|") gives one block per row, each cell
after its column header (readers/table_rows.py), in plain text as in Markdown.

Markdown adds "#" and setext headings, list items, pipe tables,
fenced code kept as paragraphs, and removes inline markup: emphasis, code backticks, links
(their text is kept), images, HTML comments and tags (<br> becomes a line break). Raw HTML
tables go through the HTML reader. The reader is chosen by the path's suffix.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from checker.document import Block, BlockKind
from checker.errors import DocumentReadError
from checker.readers.annexes import annex_title, opens_part
from checker.readers.base import ReaderOutput, ReadLimits
from checker.readers.page_breaks import SENTENCE_END, is_page_line, mend_page_breaks
from checker.readers.pdf_lines import Dehyphenator
from checker.readers.structure import (
    ARTICLE_SUFFIX,
    LIST_START,
    OPEN_QUOTE,
    SPEAKER_LINE,
    number_of,
)
from checker.readers.table_rows import (
    grid_table_end,
    is_delimiter_row,
    pipe_table_end,
    split_table_runs,
    table_rows,
)

MARKDOWN_SUFFIXES = (".md", ".markdown")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u00ad]")
# an article's first line; an amendment's quoted insert ('"12bis. Scope of the works') too
_ARTICLE_START = re.compile(
    rf"{OPEN_QUOTE}(?:(?:Art(?:ikel|icle)?|ART(?:IKEL|ICLE)?)\.?\s*\d"
    rf"|\d{{1,3}}{ARTICLE_SUFFIX}(?:\.\d{{1,2}})+\.?\s|\d{{1,3}}{ARTICLE_SUFFIX}\.\s)"
)
_TITLE_END = (".", ";", ",", ":")
_MAX_CAPS_WORDS = 20
_MAX_NUMBERED_WORDS = 12

# Markdown
_ATX = re.compile(r"(#{1,6})\s*(.+?)(?:\s+#+)?$")
_SETEXT = re.compile(r"(?:=+|-+)$")
_THEMATIC = re.compile(r"(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"\s*(`{3,}|~{3,})")
_MD_BULLET = re.compile(r"[-*+]\s+")
_MD_ORDERED = re.compile(r"\d{1,9}[.)]\s")
_QUOTE = re.compile(r"^(?:>\s?)+")
_LINK_DEF = re.compile(r"\[[^\]]+\]:\s*\S+")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<br\s*/?>", re.IGNORECASE), "\n"),
    (re.compile(r"<((?:https?|mailto):[^<>\s]+)>"), r"\1"),
    (re.compile(r"</?[A-Za-z][^<>]*>"), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"(?<![\w\\])[*_]{1,3}(?=\S)|(?<=[^\s\\])[*_]{1,3}(?!\w)"), ""),
    (re.compile(r"`+"), ""),
    (re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),
)


@dataclass
class _Draft:
    """A block being built: its source lines, joined when the block is finished."""

    kind: BlockKind
    lines: list[str] = field(default_factory=list)
    level: int | None = None
    raw: bool = False  # lines kept as they are (code, blocks from the HTML reader)


def read(data: bytes, path: str, limits: ReadLimits) -> ReaderOutput:
    """Return the blocks of a plain-text or Markdown file (Markdown by its suffix)."""
    text = normalize_text(decode_text(data))
    if len(text) > limits.max_chars:
        reason = f"too much text: {len(text):,} characters exceeds the {limits.max_chars:,} limit"
        raise DocumentReadError(path, reason, status="error")
    if Path(path).suffix.lower() in MARKDOWN_SUFFIXES:
        return ReaderOutput(blocks=markdown_to_blocks(text), extractor="markdown")
    return ReaderOutput(blocks=text_to_blocks(text), extractor="text")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Return bytes decoded by BOM, else `declared`, else strict UTF-8, cp1252 or latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    for encoding in (declared, "utf-8", "cp1252"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def normalize_text(text: str) -> str:
    """Return text in NFKC with "\\n" line ends, page breaks as line breaks, no soft hyphens."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    return _CONTROL.sub("", text)


def numbered(blocks: list[Block]) -> list[Block]:
    """Return the blocks with `paragraph` set to their 1-based index."""
    return [b.model_copy(update={"paragraph": i}) for i, b in enumerate(blocks, start=1)]


def join_lines(text: str, dehyphen: Dehyphenator | None = None) -> str:
    """Return the lines of one paragraph joined as a block's text (excerpts, pasted text);
    line-end hyphens are decided by `dehyphen`, by default learnt from the paragraph."""
    lines = [x for x in (_squash(raw) for raw in text.splitlines()) if x]
    lines = [x for x in lines if not is_page_line(x)]
    return _join(lines, dehyphen or Dehyphenator.from_lines(lines)) if lines else ""


_LIST_LINE = re.compile(r"\n(?=\s*(?:[-*•]\s+\S|\[[ xX✓]?\]\s+\S|[☐☑☒□]\s+\S))")
# an amendment's quoted insert starts a paragraph of its own inside an excerpt's paragraph
# (numbered lines that are not quoted stay together: in excerpts they are mostly list items)
_QUOTED_ARTICLE_LINE = re.compile(rf"\n(?=[\"“„«]\s*{_ARTICLE_START.pattern})")
# each message of a chat transcript is a paragraph of its own, as in the text reader
_SPEAKER_LINE_START = re.compile(rf"\n(?={SPEAKER_LINE.pattern})")


def excerpt_to_blocks(text: str) -> list[Block]:
    """Return the blocks of an excerpt: blank-line separated paragraphs (rule examples, corpus).

    A line that starts with a bullet ("- Aged 20-35") is a list item of its own, and a pipe
    table gives a block per row, as the text and Markdown readers make them; wrapped lines
    are joined as the text reader joins them (line-end hyphens decided, page furniture lines
    dropped).
    """
    pieces: list[tuple[BlockKind, str]] = []
    text = "\n".join(mend_page_breaks(text.split("\n")))
    for para in re.split(r"\n\s*\n", text):
        for is_table, lines in split_table_runs(para.split("\n")):
            if is_table:
                pieces += [(BlockKind.TABLE_ROW, row) for row in table_rows(lines)]
                continue
            items = _LIST_LINE.split("\n".join(lines))
            items = [part for x in items for part in _SPEAKER_LINE_START.split(x)]
            for item in (part for x in items for part in _QUOTED_ARTICLE_LINE.split(x)):
                pieces += [(BlockKind.PARAGRAPH, p) for p in _title_apart(item.strip()) if p]
    dehyphen = Dehyphenator.from_lines(x for x in (_squash(raw) for raw in text.split("\n")) if x)
    blocks = [
        Block(kind=k, text=join_lines(p, dehyphen), paragraph=i)
        for i, (k, p) in enumerate(pieces, 1)
    ]
    return [b for b in blocks if b.text]


_MAX_LEAD_IN_WORDS = 8  # "If something's not right:", "Quand on engage quelqu'un :"


def _title_apart(paragraph: str) -> list[str]:
    """Return a paragraph with a heading on its first line set apart: an annex or part
    heading, a short line in capitals over a line that is not ("TERMINATION" over "35.1
    The Authority may ..."), or a short lead-in ending in a colon."""
    first, _, rest = paragraph.partition("\n")
    if not rest.strip():
        return [paragraph]
    caps_title = _is_caps(first) and _looks_like_title(first) and not _is_caps(rest.split("\n")[0])
    if caps_title or annex_title(first) or opens_part(first) or _lead_in_line(first, rest):
        return [first.strip(), rest.strip()]
    return [paragraph]


def _lead_in_line(first: str, rest: str) -> bool:
    """Return whether a short first line ending in a colon heads the text under it ("When we
    hire:" over "- ...", "Quand on engage quelqu'un :" over "On écrit dans l'annonce ...")."""
    line = first.strip()
    return (
        line.endswith(":")
        and len(line.split()) <= _MAX_LEAD_IN_WORDS
        and rest.lstrip()[:1].isupper()
    )


def text_to_blocks(text: str) -> list[Block]:
    """Return the blocks of a plain text."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    lines = mend_page_breaks([_squash(raw) for raw in text.splitlines()])
    dehyphen = Dehyphenator.from_lines(x for x in lines if x)
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if is_page_line(line):
            continue  # "Conditions of Contract        Page 57 of 112": page furniture
        end = pipe_table_end(lines, i - 1) if "|" in line else None
        if end is not None:
            rows = table_rows(lines[i - 1 : end])
            drafts += [_Draft(BlockKind.TABLE_ROW, row.split("\n")) for row in rows]
            current, i = None, end
        elif not line:
            current = None
        elif current is None or _breaks(current, line):
            current = _Draft(_line_kind(line), [line])
            drafts.append(current)
        else:
            current.lines.append(line)
    return _drafts_to_blocks(drafts, markdown=False, dehyphen=dehyphen)


def markdown_to_blocks(text: str) -> list[Block]:
    """Return the blocks of a Markdown text."""
    lines = _COMMENT.sub("", text).splitlines()
    dehyphen = Dehyphenator.from_lines(x for x in (_squash(raw) for raw in lines) if x)
    return _drafts_to_blocks(_Markdown(lines).run(), markdown=True, dehyphen=dehyphen)


def _drafts_to_blocks(
    drafts: list[_Draft], markdown: bool, dehyphen: Dehyphenator | None = None
) -> list[Block]:
    """Return finished, numbered blocks: lines joined, markup removed, titles as headings."""
    blocks: list[Block] = []
    for d in drafts:
        text = "\n".join(d.lines) if d.raw else _join(d.lines, dehyphen)
        if markdown and not d.raw:
            text = clean_inline(text)
        if not text.strip():
            continue
        kind = d.kind
        if kind == BlockKind.PARAGRAPH and not d.raw and _looks_like_title(text):
            kind = BlockKind.HEADING
        blocks.append(Block(kind=kind, text=text, level=d.level))
    return numbered(blocks)


def clean_inline(text: str) -> str:
    """Return Markdown inline text without markup, entities decoded, whitespace collapsed."""
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    text = html.unescape(text).replace("\u00ad", "")
    return "\n".join(s for s in (_squash(line) for line in text.split("\n")) if s)


def _squash(line: str) -> str:
    return " ".join(line.split())


def _is_caps(line: str) -> bool:
    return line.upper() == line and line.lower() != line


def _is_short_numbered(line: str, max_words: int) -> bool:
    if line.endswith(_TITLE_END) or len(line.split()) > max_words:
        return False
    return number_of(line) is not None


def _looks_like_title(text: str) -> bool:
    if "\n" in text:
        return False
    if _is_caps(text):
        return len(text.split()) <= _MAX_CAPS_WORDS and not text.endswith((",", ";"))
    return _is_short_numbered(text, _MAX_NUMBERED_WORDS)


def _line_kind(line: str) -> BlockKind:
    return BlockKind.LIST_ITEM if LIST_START.match(line) else BlockKind.PARAGRAPH


def _breaks(current: _Draft, line: str) -> bool:
    """Return whether `line` starts a new block rather than continuing `current`."""
    if LIST_START.match(line) or _ARTICLE_START.match(line) or SPEAKER_LINE.match(line):
        return True
    prev = current.lines[-1]
    prev_caps, caps = _is_caps(prev), _is_caps(line)
    if prev_caps != caps:
        return prev_caps or prev.endswith(SENTENCE_END)
    first = len(current.lines) == 1 and current.kind == BlockKind.PARAGRAPH
    if first and (annex_title(prev) or opens_part(prev)):
        return True  # "Schedule 4 (Equality)" over the schedule's first sentence
    return first and line[:1].isupper() and _is_short_numbered(prev, 8)


def _join(lines: list[str], dehyphen: Dehyphenator | None = None) -> str:
    """Return wrapped lines as one text; a line-end hyphen is decided as in PDFs."""
    text = lines[0]
    for line in lines[1:]:
        wrap = len(text) > 1 and text[-1] == "-" and text[-2].isalpha() and line[:1].islower()
        if wrap and dehyphen is not None:
            text = dehyphen.join(text, line)
        else:
            text += ("" if wrap else " ") + line
    return text


class _Markdown:
    """Group Markdown lines into drafts, one line-type handler at a time."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None

    def run(self) -> list[_Draft]:
        """Return the drafts of all lines."""
        i = 0
        while i < len(self.lines):
            i = self._step(i)
        return self.drafts

    def _step(self, i: int) -> int:
        line = _squash(self.lines[i])
        if not line or _LINK_DEF.match(line):
            self.current = None
        elif _FENCE.match(line):
            return self._fence(i)
        elif line[:6].lower() == "<table":
            return self._html_table(i)
        elif "|" in line and (
            line[0] == "|" or self._delimiter_at(i + 1) or grid_table_end(self.lines, i)
        ):
            return self._pipe_table(i)
        elif m := _ATX.match(line):
            self._add(BlockKind.HEADING, m.group(2), level=len(m.group(1)))
            self.current = None
        elif _SETEXT.match(line) and self.current and self.current.kind == BlockKind.PARAGRAPH:
            self.current.kind, self.current.level = BlockKind.HEADING, 1 if line[0] == "=" else 2
            self.current = None
        elif _THEMATIC.match(line):
            self.current = None
        else:
            self._text_line(line)
        return i + 1

    def _add(self, kind: BlockKind, text: str, level: int | None = None) -> _Draft:
        draft = _Draft(kind, [text], level)
        self.drafts.append(draft)
        return draft

    def _text_line(self, line: str) -> None:
        line = _QUOTE.sub("", line)
        marker = _MD_BULLET.match(line) or _MD_ORDERED.match(line)
        if marker:
            number = "" if line[0] in "-*+" else line[: marker.end()]  # keep "1. ", drop "* "
            self.current = self._add(
                BlockKind.LIST_ITEM, number + _QUOTE.sub("", line[marker.end() :])
            )
        elif self.current is None or _breaks(self.current, line):
            self.current = self._add(_line_kind(line), line)
        else:
            self.current.lines.append(line)

    def _fence(self, i: int) -> int:
        marker = _FENCE.match(self.lines[i])
        fence = marker.group(1)[:3] if marker else "```"
        end = i + 1
        while end < len(self.lines) and not self.lines[end].strip().startswith(fence):
            end += 1
        body = [line.rstrip() for line in self.lines[i + 1 : end]]
        if any(body):
            self.drafts.append(_Draft(BlockKind.PARAGRAPH, body, raw=True))
        self.current = None
        return end + 1

    def _html_table(self, i: int) -> int:
        from checker.readers.html import html_to_blocks  # html imports this module

        end = i
        while end < len(self.lines) and "</table>" not in self.lines[end].lower():
            end += 1
        for b in html_to_blocks("\n".join(self.lines[i : end + 1])):
            self.drafts.append(_Draft(b.kind, [b.text], b.level, raw=True))
        self.current = None
        return end + 1

    def _delimiter_at(self, i: int) -> bool:
        return i < len(self.lines) and is_delimiter_row(self.lines[i])

    def _pipe_table(self, i: int) -> int:
        end = i
        while end < len(self.lines) and "|" in self.lines[end] and self.lines[end].strip():
            end += 1
        for row in table_rows(self.lines[i:end]):
            self._add(BlockKind.TABLE_ROW, row).lines = row.split("\n")
        self.current = None
        return end
