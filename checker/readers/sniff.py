"""Decide a file's format from its content, not from its extension alone."""

from __future__ import annotations

import io
import zipfile

from checker._typing import SourceFormat

_TEXT_EXTENSIONS: dict[str, SourceFormat] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
_ODF_TEXT = b"application/vnd.oasis.opendocument.text"


class UnsupportedFormat(Exception):
    """The bytes are not a format clausecheck reads; the message says what they look like."""


def sniff_format(data: bytes, suffix: str) -> SourceFormat:
    """Return the format of `data`; `suffix` only decides between text flavours."""
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnsupportedFormat("legacy binary Word/OLE document (.doc): save it as DOCX or PDF")
    if head.startswith(b"{\\rtf"):
        raise UnsupportedFormat("RTF document: save it as DOCX or PDF")
    if _looks_binary(head):
        raise UnsupportedFormat("binary content that is not PDF, DOCX or ODT")
    if _looks_html(head) and _TEXT_EXTENSIONS.get(suffix.lower()) != "md":
        return "html"
    return _TEXT_EXTENSIONS.get(suffix.lower(), "txt")


def _zip_format(data: bytes) -> SourceFormat:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and zf.read("mimetype").strip() == _ODF_TEXT:
                return "odt"
            if "content.xml" in names:
                return "odt"
    except zipfile.BadZipFile as exc:
        raise UnsupportedFormat(f"corrupt or truncated zip container ({exc})") from exc
    raise UnsupportedFormat("zip archive that is neither DOCX nor ODT")


def _looks_binary(head: bytes) -> bool:
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a BOM: half its bytes are NUL
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def _looks_html(head: bytes) -> bool:
    low = head.lower().lstrip()
    if low.startswith(b"\xef\xbb\xbf"):
        low = low[3:].lstrip()
    return low.startswith((b"<!doctype html", b"<html")) or (
        low.startswith(b"<") and b"<body" in low
    )
