"""Read any supported file into a `Document`; failures become statuses, never exceptions.

Each format's reader lives in its own module and is imported only when a file of that
format is read, so `clausecheck --version` stays light. A reader is a function
`read(data: bytes, path: str, limits: ReadLimits) -> ReaderOutput` and may raise
`DocumentReadError` with the status and one-line reason the document should carry.
"""

from __future__ import annotations

import hashlib
import importlib
import stat
from collections.abc import Callable
from pathlib import Path

from checker._typing import SourceFormat
from checker.document import BLOCK_SEPARATOR, Block, DocStatus, Document
from checker.errors import DocumentReadError
from checker.language import DETECT_CHARS, approx_words, detect_language, document_language
from checker.quality import GARBLED_THRESHOLD, text_quality
from checker.readers.base import ReaderOutput, ReadLimits
from checker.readers.repair import repair_text
from checker.readers.sniff import UnsupportedFormat, sniff_format
from checker.readers.structure import assign_structure

Reader = Callable[[bytes, str, ReadLimits], ReaderOutput]

READERS: dict[SourceFormat, str] = {
    "pdf": "checker.readers.pdf",
    "docx": "checker.readers.docx",
    "odt": "checker.readers.odt",
    "txt": "checker.readers.text",
    "md": "checker.readers.text",
    "html": "checker.readers.html",
}
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".odt", ".txt", ".md", ".html", ".htm")


def reader_for(fmt: SourceFormat) -> Reader:
    """Return the read function for a format, importing its module on first use."""
    module = importlib.import_module(READERS[fmt])
    fn: Reader = module.read
    return fn


def read_document(path: str | Path, limits: ReadLimits | None = None) -> Document:
    """Return the Document read from a file on disk; never raises for bad input."""
    limits = limits or ReadLimits()
    p = Path(path)
    try:
        info = p.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            return _failed(str(path), "", DocStatus.ERROR, _special_kind(info.st_mode))
        size = info.st_size
        if size > limits.max_bytes:
            return _failed(str(path), "", DocStatus.ERROR, _too_large(size, limits))
        data = p.read_bytes()
    except FileNotFoundError:
        return _failed(str(path), "", DocStatus.ERROR, "file not found")
    except IsADirectoryError:
        return _failed(str(path), "", DocStatus.ERROR, "is a directory, not a file")
    except OSError as exc:
        return _failed(str(path), "", DocStatus.ERROR, f"cannot open file ({exc.strerror})")
    return read_bytes(data, str(path), limits)


def _special_kind(mode: int) -> str:
    """Return why a path that is neither a file nor a folder is not read (it could block)."""
    kind = "named pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"
    return f"not a regular file ({kind})"


def read_bytes(data: bytes, path: str, limits: ReadLimits | None = None) -> Document:
    """Return the Document for a file's bytes: a pure function of bytes, path and limits."""
    limits = limits or ReadLimits()
    sha = hashlib.sha256(data).hexdigest()
    if len(data) > limits.max_bytes:
        return _failed(path, sha, DocStatus.ERROR, _too_large(len(data), limits))
    if not data.strip():
        return _failed(path, sha, DocStatus.UNREADABLE, "empty file")
    try:
        fmt = sniff_format(data, Path(path).suffix)
    except UnsupportedFormat as exc:
        return _failed(path, sha, DocStatus.ERROR, f"unsupported format: {exc}")
    try:
        out = reader_for(fmt)(data, path, limits)
    except DocumentReadError as exc:
        return _failed(path, sha, DocStatus(exc.status), exc.reason, fmt)
    except (MemoryError, RecursionError) as exc:
        return _failed(
            path, sha, DocStatus.ERROR, f"reader ran out of resources ({type(exc).__name__})", fmt
        )
    except Exception as exc:  # noqa: BLE001 - a reader bug must not lose the batch
        return _failed(
            path, sha, DocStatus.ERROR, f"corrupt or unreadable {fmt} ({_short(exc)})", fmt
        )
    return finalize(path, sha, fmt, out)


def _repaired(block: Block) -> Block:
    """Return a block whose text OCR or conversion marred, mended (readers/repair.py)."""
    text = repair_text(block.text)
    return block if text == block.text else block.model_copy(update={"text": text})


def finalize(path: str, sha: str, fmt: SourceFormat, out: ReaderOutput) -> Document:
    """Return the Document with offsets, structure, languages and quality filled in."""
    blocks = [_repaired(b) for b in out.blocks if b.text.strip()]
    if not blocks:
        reason = "no text layer: OCR needed" if fmt == "pdf" else "no text in document"
        return _failed(path, sha, DocStatus.UNREADABLE, reason, fmt, out)
    blocks = _with_languages(assign_structure(blocks))
    blocks = _with_offsets(blocks)
    text = BLOCK_SEPARATOR.join(b.text for b in blocks)
    lang, shares = document_language((b.language, approx_words(b.text)) for b in blocks)
    quality = text_quality(text)
    status, error = DocStatus.OK, None
    if quality is not None and quality < GARBLED_THRESHOLD:
        status = DocStatus.UNREADABLE
        error = f"garbled text (quality {quality:.2f}): broken font encoding or OCR needed"
    return Document(
        path=path,
        sha256=sha,
        format=fmt,
        status=status,
        error=error,
        pages=out.pages,
        language=lang,
        languages=shares,
        quality=quality,
        extractor=out.extractor,
        warnings=tuple(out.warnings),
        blocks=tuple(blocks),
    )


def _with_languages(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    previous = None
    for b in blocks:
        lang = detect_language(b.text[:DETECT_CHARS]) or previous
        previous = lang or previous
        out.append(b.model_copy(update={"language": lang}))
    # short leading blocks take the language of the first block that had one
    first = next((b.language for b in out if b.language), None)
    return [b if b.language else b.model_copy(update={"language": first}) for b in out]


def _with_offsets(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    pos = 0
    for b in blocks:
        end = pos + len(b.text)
        out.append(b.model_copy(update={"start": pos, "end": end}))
        pos = end + len(BLOCK_SEPARATOR)
    return out


def _failed(
    path: str,
    sha: str,
    status: DocStatus,
    reason: str,
    fmt: SourceFormat | None = None,
    out: ReaderOutput | None = None,
) -> Document:
    return Document(
        path=path,
        sha256=sha,
        format=fmt,
        status=status,
        error=reason,
        pages=out.pages if out else None,
        extractor=out.extractor if out else None,
    )


def _too_large(size: int, limits: ReadLimits) -> str:
    return f"too large: {size / 1e6:.1f} MB exceeds the {limits.max_bytes / 1e6:.0f} MB limit"


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
