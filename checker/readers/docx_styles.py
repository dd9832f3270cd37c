"""Paragraph styles of a DOCX: heading levels and numbering inherited through `basedOn`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from checker.readers.docx_xml import child_val, int_or, w

# Built-in names are stored in English ("heading 1"); some producers localise them.
_HEADING_NAME = re.compile(r"^(?:heading|titre|kop|überschrift)\s*([1-9])$", re.IGNORECASE)
_BODY_OUTLINE = 9
_MAX_CHAIN = 20


@dataclass(frozen=True)
class StyleDef:
    """What the reader needs from one paragraph style."""

    style_id: str
    name: str
    based_on: str | None
    outline: int | None
    num_id: str | None
    ilvl: int | None


@dataclass(frozen=True)
class ParaProps:
    """A paragraph's heading level and numbering after applying its style."""

    style_id: str | None
    level: int | None
    num_id: str | None
    ilvl: int | None


def _style_def(style: etree._Element) -> StyleDef:
    ppr = style.find(w("pPr"))
    num_pr = ppr.find(w("numPr")) if ppr is not None else None
    return StyleDef(
        style_id=style.get(w("styleId"), ""),
        name=child_val(style, "name") or "",
        based_on=child_val(style, "basedOn"),
        outline=int_or(child_val(ppr, "outlineLvl"), None),
        num_id=child_val(num_pr, "numId"),
        ilvl=int_or(child_val(num_pr, "ilvl"), None),
    )


class Styles:
    """The paragraph styles of one document, with inheritance resolved on demand."""

    def __init__(self, root: etree._Element | None) -> None:
        self._defs: dict[str, StyleDef] = {}
        self.default: str | None = None
        for style in root.findall(w("style")) if root is not None else ():
            if style.get(w("type"), "paragraph") != "paragraph":
                continue
            sd = _style_def(style)
            self._defs[sd.style_id] = sd
            if style.get(w("default")) in ("1", "true", "on"):
                self.default = sd.style_id
        self.heading_level = lru_cache(maxsize=None)(self._heading_level)
        self.num_pr = lru_cache(maxsize=None)(self._num_pr)

    def _chain(self, style_id: str | None) -> list[StyleDef]:
        out: list[StyleDef] = []
        while style_id and style_id in self._defs and len(out) < _MAX_CHAIN:
            sd = self._defs[style_id]
            if sd in out:
                break
            out.append(sd)
            style_id = sd.based_on
        return out

    def _heading_level(self, style_id: str) -> int | None:
        """Return the heading level a style gives (outline level or heading name)."""
        for sd in self._chain(style_id):
            if sd.outline is not None:
                return sd.outline + 1 if 0 <= sd.outline < _BODY_OUTLINE else None
            m = _HEADING_NAME.match(sd.name) or _HEADING_NAME.match(sd.style_id)
            if m:
                return int(m.group(1))
        return None

    def _num_pr(self, style_id: str) -> tuple[str | None, int | None]:
        """Return the (numId, ilvl) a style's chain gives its paragraphs."""
        for sd in self._chain(style_id):
            if sd.num_id is not None:
                return sd.num_id, sd.ilvl
        return None, None

    def style_num(self, style_id: str) -> str | None:
        """Return the numId a style carries itself (used by numStyleLink)."""
        sd = self._defs.get(style_id)
        return sd.num_id if sd else None


def paragraph_props(p: etree._Element, styles: Styles) -> ParaProps:
    """Return the style-resolved heading level and numbering of a `w:p`."""
    ppr = p.find(w("pPr"))
    style_id = child_val(ppr, "pStyle") or styles.default
    num_pr = ppr.find(w("numPr")) if ppr is not None else None
    outline = int_or(child_val(ppr, "outlineLvl"), None)
    if outline is not None:
        level = outline + 1 if 0 <= outline < _BODY_OUTLINE else None
    else:
        level = styles.heading_level(style_id) if style_id else None
    style_num, style_ilvl = styles.num_pr(style_id) if style_id else (None, None)
    num_id = child_val(num_pr, "numId") or style_num
    ilvl = int_or(child_val(num_pr, "ilvl"), None)
    return ParaProps(style_id, level, num_id, ilvl if ilvl is not None else style_ilvl)
