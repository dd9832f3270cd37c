"""The styles an ODT reader needs: list and outline numbering, paragraph styles, master pages.

Both `styles.xml` and `content.xml` hold styles (common ones in `office:styles`, automatic
ones in `office:automatic-styles`); content.xml is loaded last so that the body's
automatic styles win over the header and footer styles of the same name.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from checker.readers.odt_xml import int_attr, local_name, office, style, text

_MAX_CHAIN = 20
_NUMBERED = {"list-level-style-number", "outline-level-style"}
_UNNUMBERED = {"list-level-style-bullet", "list-level-style-image"}


@dataclass(frozen=True)
class LevelStyle:
    """One level of a list or outline style.

    `fmt` is the ODF num-format ("1", "a", "A", "i", "I"; "" draws no number) or None for
    bullet and image levels; `display` is text:display-levels.
    """

    fmt: str | None
    display: int = 1
    start: int = 1


ListStyle = dict[int, LevelStyle]


@dataclass(frozen=True)
class ParaStyle:
    """What the reader needs from one paragraph style."""

    parent: str | None
    list_style: str | None
    outline: int | None


def parse_list_style(el: etree._Element) -> ListStyle:
    """Return the levels of a `text:list-style` or `text:outline-style`."""
    out: ListStyle = {}
    for child in el:
        name = local_name(child)
        lvl = int_attr(child, text("level"), 1)
        if name in _NUMBERED:
            out[lvl] = LevelStyle(
                fmt=child.get(style("num-format"), ""),
                display=max(1, int_attr(child, text("display-levels"), 1)),
                start=int_attr(child, text("start-value"), 1),
            )
        elif name in _UNNUMBERED:
            out[lvl] = LevelStyle(fmt=None)
    return out


class OdtStyles:
    """List, outline and paragraph styles of one document."""

    def __init__(self, roots: list[etree._Element]) -> None:
        self.list_styles: dict[str, ListStyle] = {}
        self.outline: ListStyle = {}
        self.outline_name: str | None = None
        self.master_refs: set[str] = set()
        self._paras: dict[str, ParaStyle] = {}
        for root in roots:
            for section in ("styles", "automatic-styles"):
                holder = root.find(office(section))
                if holder is not None:
                    self._load(holder)

    def _load(self, holder: etree._Element) -> None:
        for child in holder:
            name = local_name(child)
            style_name = child.get(style("name"), "")
            if name == "list-style":
                self.list_styles[style_name] = parse_list_style(child)
            elif name == "outline-style":
                self.outline = parse_list_style(child)
                self.outline_name = style_name or None
            elif name == "style":
                self._load_style(child, style_name)

    def _load_style(self, el: etree._Element, name: str) -> None:
        master = el.get(style("master-page-name"))
        if master:
            self.master_refs.add(master)
        if el.get(style("family")) != "paragraph":
            return
        outline = int_attr(el, style("default-outline-level"), 0)
        self._paras[name] = ParaStyle(
            parent=el.get(style("parent-style-name")),
            list_style=el.get(style("list-style-name")),
            outline=outline if outline > 0 else None,
        )

    def _chain(self, name: str | None) -> list[ParaStyle]:
        out: list[ParaStyle] = []
        while name and name in self._paras and len(out) < _MAX_CHAIN:
            ps = self._paras[name]
            out.append(ps)
            name = ps.parent
        return out

    def list_style(self, name: str | None) -> ListStyle | None:
        """Return a list style by name (the outline style when the name is its name)."""
        if name is None:
            return None
        if name in self.list_styles:
            return self.list_styles[name]
        return self.outline if self.is_outline(name) else None

    def is_outline(self, name: str | None) -> bool:
        """Return True when a list style name refers to the outline (heading) numbering."""
        return name is not None and name not in self.list_styles and name == self.outline_name

    def paragraph_list_style(self, name: str | None) -> str | None:
        """Return the list style a paragraph style (or its parents) associates."""
        return next((ps.list_style for ps in self._chain(name) if ps.list_style), None)

    def default_outline(self, name: str | None) -> int | None:
        """Return the default outline level a paragraph style (or its parents) gives."""
        return next((ps.outline for ps in self._chain(name) if ps.outline), None)
