"""WordprocessingML names and small attribute helpers shared by the DOCX reader modules."""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def w(local: str) -> str:
    """Return the Clark name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{local}"


W_VAL = w("val")
MC_CHOICE = f"{{{MC_NS}}}Choice"
MC_FALLBACK = f"{{{MC_NS}}}Fallback"
MC_ALTERNATE = f"{{{MC_NS}}}AlternateContent"
M_T = f"{{{M_NS}}}t"
M_OMATH = f"{{{M_NS}}}oMath"
M_OMATH_PARA = f"{{{M_NS}}}oMathPara"
R_ID = f"{{{R_NS}}}id"


def first_child(el: etree._Element | None, tag: str) -> etree._Element | None:
    """Return `el`'s first child with Clark name `tag` (faster than `find` for a few)."""
    if el is not None:
        for child in el:
            if child.tag == tag:
                return child
    return None


def child_val(el: etree._Element | None, local: str) -> str | None:
    """Return the w:val of `el`'s first child named `local`, or None."""
    child = first_child(el, w(local))
    return None if child is None else child.get(W_VAL)


def int_or(value: str | None, default: int | None) -> int | None:
    """Return `value` as an int, or `default` when it is absent or not a number."""
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        return default


def is_on(el: etree._Element | None) -> bool:
    """Return True when an on/off property element is present and not switched off."""
    return el is not None and el.get(W_VAL, "1").lower() not in ("0", "false", "off")
