"""OpenDocument names shared by the ODT reader modules."""

from __future__ import annotations

from lxml import etree

OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def office(local: str) -> str:
    """Return the Clark name of an office: element or attribute."""
    return f"{{{OFFICE_NS}}}{local}"


def style(local: str) -> str:
    """Return the Clark name of a style: element or attribute."""
    return f"{{{STYLE_NS}}}{local}"


def text(local: str) -> str:
    """Return the Clark name of a text: element or attribute."""
    return f"{{{TEXT_NS}}}{local}"


def table(local: str) -> str:
    """Return the Clark name of a table: element or attribute."""
    return f"{{{TABLE_NS}}}{local}"


def draw(local: str) -> str:
    """Return the Clark name of a draw: element or attribute."""
    return f"{{{DRAW_NS}}}{local}"


T_P, T_H = text("p"), text("h")
T_LIST, T_LIST_ITEM, T_LIST_HEADER = text("list"), text("list-item"), text("list-header")
T_STYLE_NAME = text("style-name")
XML_ID = f"{{{XML_NS}}}id"


def local_name(el: etree._Element) -> str:
    """Return an element's local name ("" for comments, entities and instructions)."""
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def namespace(el: etree._Element) -> str:
    """Return an element's namespace URI ("" when it has none or is not an element)."""
    tag = el.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def int_attr(el: etree._Element, name: str, default: int) -> int:
    """Return an integer attribute, or `default` when absent or not a number."""
    value = el.get(name)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
