"""Safe XML parsing and zip-container checks shared by the DOCX and ODT readers.

The parser never expands entities, never loads a DTD and never touches the network, so a
billion-laughs or XXE payload stays an inert entity node. The zip guard refuses containers
whose declared sizes would inflate far beyond the file itself before anything is parsed;
Python's zipfile stops decompressing an entry at its declared size, so the declared sizes
bound what is read.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from checker.errors import DocumentReadError

MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_CHECK_FROM = 1024 * 1024


def safe_parser() -> etree.XMLParser:
    """Return a new lxml parser that resolves no entities, DTDs or network resources."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_xml(data: bytes) -> etree._Element:
    """Return the root element of `data` parsed with the safe parser."""
    return etree.fromstring(data, safe_parser())


def open_zip(data: bytes, path: str, label: str) -> zipfile.ZipFile:
    """Return the opened zip container after refusing corrupt archives and zip bombs."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise DocumentReadError(path, f"corrupt or truncated {label} ({exc})", "error") from exc
    check_sizes(infos, path)
    return zf


def check_sizes(infos: list[zipfile.ZipInfo], path: str) -> None:
    """Raise DocumentReadError when the entries' declared sizes look like a zip bomb."""
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED_BYTES:
        reason = f"{total / 1e6:.0f} MB unpacked exceeds {MAX_UNZIPPED_BYTES / 1e6:.0f} MB"
        raise DocumentReadError(path, f"refused: decompression bomb ({reason})", "error")
    for info in infos:
        if info.file_size <= RATIO_CHECK_FROM:
            continue
        ratio = info.file_size / max(1, info.compress_size)
        if ratio > MAX_RATIO:
            reason = f"{info.filename} inflates {ratio:.0f}:1, limit {MAX_RATIO}:1"
            raise DocumentReadError(path, f"refused: decompression bomb ({reason})", "error")


def read_entry(zf: zipfile.ZipFile, name: str, path: str, label: str) -> bytes | None:
    """Return one entry's bytes, None when absent; a damaged entry is a read error."""
    try:
        return zf.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise DocumentReadError(path, f"corrupt or truncated {label} ({exc})", "error") from exc


def parse_entry(zf: zipfile.ZipFile, name: str, path: str, label: str) -> etree._Element | None:
    """Return the parsed root of one zip entry, None when absent; bad XML is a read error."""
    data = read_entry(zf, name, path, label)
    if data is None:
        return None
    try:
        return parse_xml(data)
    except etree.XMLSyntaxError as exc:
        reason = f"corrupt or truncated {label} ({name}: {exc})"
        raise DocumentReadError(path, reason, "error") from exc


def is_element(node: object) -> bool:
    """Return True for element nodes (not comments, processing instructions or entities)."""
    return isinstance(getattr(node, "tag", None), str)
