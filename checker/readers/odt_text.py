"""The text an ODF consumer shows for one `text:p` or `text:h`.

Character data collapses white space as ODF prescribes; `text:s` (with its `text:c` count)
and `text:tab` give spaces that survive the collapse, `text:line-break` a newline.
Comments (`office:annotation`), the producer's cached list number (`text:number`) and
ruby annotations are not text, nor is a `text:hidden-text` field or a paragraph holding a
`text:hidden-paragraph` field that the producer evaluated as hidden (`text:is-hidden`).
Notes (`text:note`) and text boxes (`draw:*` shapes) are returned to the caller to become
blocks of their own. Deleted text of tracked changes lives in `text:tracked-changes`,
outside paragraphs, so it never reaches this walker; change marks inside paragraphs are
empty elements.
"""

from __future__ import annotations

import re

from lxml import etree

from checker.readers.docx_text import clean_text
from checker.readers.odt_xml import DRAW_NS, T_H, T_LIST, T_P, draw, int_attr, namespace, office
from checker.readers.odt_xml import table as table_name
from checker.readers.odt_xml import text as text_name

T_S, T_TAB, T_LINE_BREAK = text_name("s"), text_name("tab"), text_name("line-break")
T_NOTE, T_NOTE_BODY = text_name("note"), text_name("note-body")
T_HIDDEN_TEXT, T_HIDDEN_PARAGRAPH = text_name("hidden-text"), text_name("hidden-paragraph")
_IS_HIDDEN = text_name("is-hidden")
DRAW_TEXT_BOX = draw("text-box")
STORY_TAGS = {T_P, T_H, T_LIST, table_name("table"), text_name("section")}
_NOT_TEXT = {
    office("annotation"),
    office("change-info"),
    text_name("number"),
    text_name("ruby-text"),
    text_name("tracked-changes"),
    text_name("note-citation"),
}
_KEPT = "\ue000"  # a space that ODF white-space collapsing must not touch
_WHITE = re.compile(r"[ \t\r\n]+")
_SPACES = re.compile(r" {2,}")
_MAX_SPACES = 64


def text_boxes(el: etree._Element, out: list[etree._Element]) -> list[etree._Element]:
    """Return the outermost text-holding shapes under a `draw:*` element."""
    if el.tag == DRAW_TEXT_BOX or any(child.tag in STORY_TAGS for child in el):
        out.append(el)
        return out
    for child in el:
        if namespace(child) == DRAW_NS:
            text_boxes(child, out)
    return out


def paragraph_text(
    p: etree._Element,
) -> tuple[str, list[etree._Element], list[etree._Element]]:
    """Return a paragraph's visible text, its text boxes and its notes' `text:note-body`."""
    parts: list[str] = []
    boxes: list[etree._Element] = []
    notes: list[etree._Element] = []
    if any(_hidden(field) for field in p.iter(T_HIDDEN_PARAGRAPH)):
        return "", boxes, notes
    _walk(p, parts, boxes, notes)
    joined = _SPACES.sub(" ", "".join(parts)).replace(_KEPT, " ").replace("\u2011", "-")
    return clean_text(joined), boxes, notes


def _walk(
    el: etree._Element,
    parts: list[str],
    boxes: list[etree._Element],
    notes: list[etree._Element],
) -> None:
    if el.text:
        parts.append(_WHITE.sub(" ", el.text))
    for child in el:
        # comments, processing instructions and unexpanded entities carry no text
        if isinstance(child.tag, str):
            _inline(child, parts, boxes, notes)
        if child.tail:
            parts.append(_WHITE.sub(" ", child.tail))


def _inline(
    child: etree._Element,
    parts: list[str],
    boxes: list[etree._Element],
    notes: list[etree._Element],
) -> None:
    tag = child.tag
    if tag == T_S:
        parts.append(_KEPT * min(_MAX_SPACES, max(1, int_attr(child, text_name("c"), 1))))
    elif tag == T_TAB:
        parts.append(_KEPT)
    elif tag == T_LINE_BREAK:
        parts.append("\n")
    elif tag == T_NOTE:
        body = child.find(T_NOTE_BODY)
        if body is not None:
            notes.append(body)
    elif tag in _NOT_TEXT or (tag == T_HIDDEN_TEXT and _hidden(child)):
        return
    elif namespace(child) == DRAW_NS:
        text_boxes(child, boxes)
    else:  # text:span, text:a, text:meta, fields, ruby base, index and change marks
        _walk(child, parts, boxes, notes)


def _hidden(field: etree._Element) -> bool:
    """Return whether a hidden-text or hidden-paragraph field was evaluated as hiding."""
    return (field.get(_IS_HIDDEN) or "").strip().lower() == "true"
