"""Compute the numbers an ODF consumer draws before list items and outline headings.

A list's counters belong to the outermost `text:list`; nested lists share them one level
deeper. A new top-level list restarts unless it continues an earlier one
(`text:continue-list` naming its `xml:id`, or `text:continue-numbering="true"` for the
previous list of the same style). Only the first paragraph of a `text:list-item` is
numbered; an item that starts with a nested list is not counted at its own level.
Headings share one set of outline counters drawn with `text:outline-style`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from checker.readers.docx_numbering import Drawn, format_number
from checker.readers.odt_styles import LevelStyle, ListStyle, OdtStyles
from checker.readers.odt_xml import T_STYLE_NAME, XML_ID, int_attr, text

NOT_LISTED = Drawn(False, None)


@dataclass
class Counters:
    """The running values of one list's levels (1-based levels)."""

    values: dict[int, int] = field(default_factory=dict)

    def advance(self, level: int, start: int, value: int | None = None) -> None:
        """Count one more item at `level` (or set it to `value`) and reset deeper levels."""
        if value is None:
            value = self.values[level] + 1 if level in self.values else start
        self.values[level] = value
        for deeper in [k for k in self.values if k > level]:
            del self.values[deeper]


@dataclass(frozen=True)
class ListCtx:
    """Where a list item sits: its list's counters, list style name and level."""

    counters: Counters
    style_name: str | None
    level: int


def draw(lstyle: ListStyle, counters: Counters, level: int) -> str | None:
    """Return the number drawn at `level` without prefix or suffix, e.g. "2.1" or "b"."""
    lv = lstyle.get(level)
    if lv is None or not lv.fmt:
        return None
    parts: list[str] = []
    for upper in range(max(1, level - lv.display + 1), level + 1):
        ls = lstyle.get(upper) or LevelStyle(fmt="1")
        if ls.fmt:
            parts.append(format_number(counters.values.get(upper, ls.start), ls.fmt))
    return ".".join(parts) or None


def _number_value(el: etree._Element, name: str) -> int | None:
    value = int_attr(el, name, -1)
    return value if value >= 0 else None


class ListTracker:
    """The counters of every list and of the outline, in document order."""

    def __init__(self, styles: OdtStyles) -> None:
        self._styles = styles
        self._by_id: dict[str, Counters] = {}
        self._last_by_style: dict[str | None, Counters] = {}
        self.outline = Counters()

    def open(self, lst: etree._Element, outer: ListCtx | None) -> ListCtx:
        """Return the context of a `text:list`, nested in `outer` when given."""
        name = lst.get(T_STYLE_NAME)
        if outer is not None:
            return ListCtx(outer.counters, outer.style_name or name, outer.level + 1)
        counters = self._continued(lst, name) or Counters()
        xml_id = lst.get(XML_ID)
        if xml_id:
            self._by_id[xml_id] = counters
        self._last_by_style[name] = counters
        return ListCtx(counters, name, 1)

    def _continued(self, lst: etree._Element, name: str | None) -> Counters | None:
        if self._styles.is_outline(name):
            return self.outline
        target = lst.get(text("continue-list"))
        if target and target in self._by_id:
            return self._by_id[target]
        if lst.get(text("continue-numbering")) == "true":
            return self._last_by_style.get(name)
        return None

    def numbered_paragraph(self, el: etree._Element) -> ListCtx:
        """Return the context of a `text:numbered-paragraph` (ODF 1.2 list without nesting)."""
        list_id = el.get(text("list-id")) or ""
        counters = self._by_id.setdefault(list_id, Counters()) if list_id else Counters()
        return ListCtx(counters, el.get(T_STYLE_NAME), max(1, int_attr(el, text("level"), 1)))

    def item(self, ctx: ListCtx, item: etree._Element, para: etree._Element) -> Drawn:
        """Count the list item whose first paragraph is `para` and return its number."""
        name = ctx.style_name or self._styles.paragraph_list_style(para.get(T_STYLE_NAME))
        lstyle = self._styles.list_style(name) or {}
        lv = lstyle.get(ctx.level)
        ctx.counters.advance(
            ctx.level, lv.start if lv else 1, _number_value(item, text("start-value"))
        )
        return Drawn(True, draw(lstyle, ctx.counters, ctx.level))

    def heading(self, h: etree._Element, level: int) -> Drawn:
        """Count an outline heading and return its number (listed is always False)."""
        if h.get(text("is-list-header")) == "true":
            return NOT_LISTED
        lv = self._styles.outline.get(level)
        restart = h.get(text("restart-numbering")) == "true"
        value = _number_value(h, text("start-value")) if restart else None
        self.outline.advance(level, lv.start if lv else 1, value)
        return Drawn(False, draw(self._styles.outline, self.outline, level))
