"""Compute the number Word draws before a numbered paragraph, from numbering.xml.

Counters belong to the abstract numbering definition, so `w:num` instances that share
one continue the same sequence; a `w:lvlOverride/w:startOverride` restarts its level the
first time its `w:num` is used. `Block.number` gets the drawn number without the words
and trailing punctuation around it: lvlText "Article %1." drawn as "Article 4." gives "4",
"%1.%2." gives "12.3", "(%1)" in lowerLetter gives "a".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from lxml import etree

from checker.readers.docx_xml import child_val, int_or, is_on, w

_PLACEHOLDER = re.compile(r"%([1-9])")
_TRAILING = " .)]:;-/\u00a0"
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_MAX_LINK_DEPTH = 8


class Drawn(NamedTuple):
    """Whether a paragraph is a list item, and the number drawn before it (None: none)."""

    listed: bool
    number: str | None


@dataclass(frozen=True)
class Level:
    """One level of an abstract numbering definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    style: str | None = None
    legal: bool = False


@dataclass
class NumDef:
    """A `w:num`: its abstract definition and per-level overrides."""

    abstract: str
    levels: dict[int, Level] = field(default_factory=dict)
    starts: dict[int, int] = field(default_factory=dict)


def format_number(value: int, fmt: str) -> str:
    """Return `value` drawn in a numbering format (decimal, letters, roman numerals)."""
    if fmt in ("lowerLetter", "upperLetter", "a", "A"):
        text = _letters(value)
        return text.upper() if fmt in ("upperLetter", "A") else text
    if fmt in ("lowerRoman", "upperRoman", "i", "I"):
        text = _roman(value)
        return text.upper() if fmt in ("upperRoman", "I") else text
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _letters(value: int) -> str:
    if value <= 0:
        return str(value)
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    if value <= 0 or value >= 4000:
        return str(value)
    out = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)


def parse_level(lvl: etree._Element) -> Level:
    """Return the Level described by a `w:lvl` element."""
    return Level(
        start=int_or(child_val(lvl, "start"), 1) or 0,
        fmt=child_val(lvl, "numFmt") or "decimal",
        text=child_val(lvl, "lvlText") or "",
        restart=int_or(child_val(lvl, "lvlRestart"), None),
        style=child_val(lvl, "pStyle"),
        legal=is_on(lvl.find(w("isLgl"))),
    )


def _levels_of(parent: etree._Element) -> dict[int, Level]:
    return {int_or(lv.get(w("ilvl")), 0) or 0: parse_level(lv) for lv in parent.iter(w("lvl"))}


def _parse_num(num: etree._Element) -> NumDef:
    out = NumDef(abstract=child_val(num, "abstractNumId") or "")
    for override in num.findall(w("lvlOverride")):
        ilvl = int_or(override.get(w("ilvl")), 0) or 0
        start = int_or(child_val(override, "startOverride"), None)
        if start is not None:
            out.starts[ilvl] = start
        lvl = override.find(w("lvl"))
        if lvl is not None:
            out.levels[ilvl] = parse_level(lvl)
    return out


class Numbering:
    """Numbering definitions of one document plus the running counters of its lists."""

    def __init__(self, root: etree._Element | None, style_num: Callable[[str], str | None]) -> None:
        self._abstracts: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}
        self._nums: dict[str, NumDef] = {}
        self._style_num = style_num
        self._counters: dict[str, dict[int, int]] = {}
        self._seen: set[str] = set()
        if root is not None:
            self._load(root)

    def _load(self, root: etree._Element) -> None:
        for abstract in root.findall(w("abstractNum")):
            abs_id = abstract.get(w("abstractNumId"), "")
            self._abstracts[abs_id] = _levels_of(abstract)
            link = child_val(abstract, "numStyleLink")
            if link:
                self._links[abs_id] = link
        for num in root.findall(w("num")):
            self._nums[num.get(w("numId"), "")] = _parse_num(num)

    def _abstract_id(self, num_id: str) -> str | None:
        """Return the abstract id a num resolves to, following numStyleLink chains."""
        num = self._nums.get(num_id)
        abs_id = num.abstract if num else None
        for _ in range(_MAX_LINK_DEPTH):
            if abs_id is None or abs_id not in self._links:
                break
            linked = self._style_num(self._links[abs_id])
            target = self._nums.get(linked) if linked else None
            abs_id = target.abstract if target and target.abstract != abs_id else None
        return abs_id if abs_id in self._abstracts else None

    def _level(self, num_id: str, abs_id: str, ilvl: int) -> Level | None:
        num = self._nums[num_id]
        level = num.levels.get(ilvl) or self._abstracts[abs_id].get(ilvl)
        if level is not None and ilvl in num.starts:
            level = replace(level, start=num.starts[ilvl])
        return level

    def level_for_style(self, num_id: str, style_id: str) -> int:
        """Return the level whose w:pStyle names `style_id` (0 when none does)."""
        abs_id = self._abstract_id(num_id)
        levels = self._abstracts.get(abs_id, {}) if abs_id else {}
        return next((i for i, lv in sorted(levels.items()) if lv.style == style_id), 0)

    def advance(self, num_id: str, ilvl: int) -> Drawn:
        """Return what Word draws for the next paragraph of (num_id, ilvl), counting it."""
        abs_id = self._abstract_id(num_id) if num_id != "0" else None
        level = self._level(num_id, abs_id, ilvl) if abs_id is not None else None
        if abs_id is None or level is None:
            return Drawn(False, None)
        counters = self._counters.setdefault(abs_id, {})
        if num_id not in self._seen:
            self._seen.add(num_id)
            for restarted in self._nums[num_id].starts:
                counters.pop(restarted, None)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        self._restart_below(abs_id, counters, ilvl)
        if level.fmt == "none":
            return Drawn(False, None)
        if level.fmt == "bullet":
            return Drawn(True, None)
        return Drawn(True, self._render(num_id, abs_id, level, counters))

    def _restart_below(self, abs_id: str, counters: dict[int, int], ilvl: int) -> None:
        levels = self._abstracts[abs_id]
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if ilvl < (deeper if restart is None else restart):
                del counters[deeper]

    def _render(
        self, num_id: str, abs_id: str, level: Level, counters: dict[int, int]
    ) -> str | None:
        marks = list(_PLACEHOLDER.finditer(level.text))
        if not marks:
            return None
        span = level.text[marks[0].start() : marks[-1].end()]

        def draw(m: re.Match[str]) -> str:
            index = int(m.group(1)) - 1
            lv = self._level(num_id, abs_id, index) or Level()
            value = counters.get(index, lv.start)
            return format_number(value, "decimal" if level.legal else lv.fmt)

        number = _PLACEHOLDER.sub(draw, span).rstrip(_TRAILING)
        return number or None
