"""Per-format escaping of document text: Markdown, CSV cells, XML text and file URIs."""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that start
# inline markup, links, tables, mentions or autolinks (http:) in GitHub and GitLab comments.
_MD_PUNCT = re.compile(r"[\\`*_\[\]|~@:]")
# At the start of a line these make a heading, list item or setext underline.
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")
_LINE_MARK = re.compile(r"^([#=+-])")
_MD_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# XML 1.0 allows tab, LF, CR and these ranges; anything else (form feeds in PDF text, NULs)
# makes the file unparsable, so it is dropped.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def md_inline(text: str) -> str:
    """Return text safe inside a Markdown paragraph or table cell (one line, no markup)."""
    one_line = " ".join(text.split())
    out = "".join(_md_char(ch) for ch in one_line)
    return _LINE_MARK.sub(r"\\\1", _LIST_NUMBER.sub(r"\1\\\2", out))


def _md_char(ch: str) -> str:
    if ch in _MD_HTML:
        return _MD_HTML[ch]
    return "\\" + ch if _MD_PUNCT.fullmatch(ch) else ch


def md_code(text: str) -> str:
    """Return text as an inline code span that no backtick in it can close early."""
    one_line = " ".join(text.split())
    longest = max((len(m) for m in re.findall(r"`+", one_line)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if one_line.startswith("`") or one_line.endswith("`") else ""
    return f"{fence}{pad}{one_line}{pad}{fence}"


def csv_cell(value: object) -> object:
    """Return a cell value a spreadsheet will not run as a formula (strings get a ' prefix)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def xml_text(text: str) -> str:
    """Return text without the characters XML 1.0 cannot carry (ElementTree escapes the rest)."""
    return _XML_ILLEGAL.sub("", text)


def path_to_uri(path: str) -> str:
    """Return a URI reference for a path: relative paths stay relative, percent-encoded."""
    if _WINDOWS_DRIVE.match(path):
        return PureWindowsPath(path).as_uri()
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return PurePosixPath(posix).as_uri()
    if posix.startswith("./"):
        posix = posix[2:]
    return quote(posix, safe="/")
