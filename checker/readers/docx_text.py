"""The text Word shows for one paragraph: accepted revisions, field results, no comments.

Deleted and moved-away runs (`w:del`, `w:moveFrom`) are skipped, inserted and moved-to
runs kept; runs formatted as hidden (`w:vanish` in the run's own properties) are skipped
and counted, since Word neither shows nor prints them; field instructions (`w:instrText`,
and everything between a field's `begin` and `separate`) are skipped while field results
are kept. Text boxes anchored in the paragraph are not part of its text: they are returned
so that the caller can read them as paragraphs of their own (only the `mc:Choice` branch,
never the `mc:Fallback` copy).
"""

from __future__ import annotations

import re

from lxml import etree

from checker.readers.docx_xml import (
    M_OMATH,
    M_OMATH_PARA,
    M_T,
    MC_ALTERNATE,
    MC_CHOICE,
    MC_FALLBACK,
    w,
)

W_R = w("r")
W_T = w("t")
W_TXBX = w("txbxContent")
W_FLDCHAR = w("fldChar")
W_RUBY = w("ruby")
W_RPR = w("rPr")
W_VANISH = w("vanish")
_W_VAL = w("val")
_OFF = {"0", "false", "off"}
_FLD_TYPE = w("fldCharType")
_RUN_CHARS = {
    w("tab"): " ",
    w("ptab"): " ",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
}
_BOX_HOLDERS = {w("drawing"), w("pict"), w("object"), MC_ALTERNATE}
_SKIP_IN_PARAGRAPH = {
    w("pPr"),
    w("rPr"),
    w("del"),
    w("moveFrom"),
    w("commentRangeStart"),
    w("commentRangeEnd"),
    w("bookmarkStart"),
    w("bookmarkEnd"),
    w("proofErr"),
    w("permStart"),
    w("permEnd"),
    w("sdtPr"),
    w("sdtEndPr"),
    w("customXmlPr"),
    w("rt"),
}
_MANY_NEWLINES = re.compile(r"\n{2,}")


def alternate_branch(alt: etree._Element) -> etree._Element | None:
    """Return the `mc:Choice` of an `mc:AlternateContent` (its fallback only if no choice)."""
    choice = alt.find(MC_CHOICE)
    return choice if choice is not None else alt.find(MC_FALLBACK)


def text_boxes(node: etree._Element, out: list[etree._Element]) -> list[etree._Element]:
    """Return the outermost `w:txbxContent` elements under `node`, fallbacks excluded."""
    if node.tag == MC_ALTERNATE:
        branch = alternate_branch(node)
        return out if branch is None else text_boxes(branch, out)
    for child in node:
        if child.tag == W_TXBX:
            out.append(child)
        elif isinstance(child.tag, str):
            text_boxes(child, out)
    return out


def clean_text(text: str) -> str:
    """Return paragraph text with soft hyphens dropped and each line trimmed."""
    text = text.replace("\u00ad", "")
    lines = [line.strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n", "\n".join(lines)).strip()


class ParagraphText:
    """Reads paragraphs of one story, keeping complex-field state between them."""

    def __init__(self) -> None:
        self._fields: list[bool] = []  # one entry per open field: True while in its code
        self.hidden_runs = 0  # runs with text that were skipped as hidden

    def read(self, p: etree._Element) -> tuple[str, list[etree._Element]]:
        """Return a paragraph's visible text and the text boxes anchored in it."""
        # a field's code never spans paragraphs in practice: do not let a broken field
        # swallow the rest of the document
        self._fields = [False] * len(self._fields)
        parts: list[str] = []
        boxes: list[etree._Element] = []
        self._walk(p, parts, boxes)
        return clean_text("".join(parts)), boxes

    def _walk(self, el: etree._Element, parts: list[str], boxes: list[etree._Element]) -> None:
        for child in el:
            tag = child.tag
            if tag == W_R:
                self._run(child, parts, boxes)
            elif not isinstance(tag, str) or tag in _SKIP_IN_PARAGRAPH:
                continue
            elif tag == MC_ALTERNATE:
                branch = alternate_branch(child)
                if branch is not None:
                    self._walk(branch, parts, boxes)
            elif tag in (M_OMATH, M_OMATH_PARA):
                parts.append("".join(t.text or "" for t in child.iter(M_T)))
            else:  # w:ins, w:moveTo, w:hyperlink, w:sdt content, w:fldSimple, w:smartTag...
                self._walk(child, parts, boxes)

    def _run(self, run: etree._Element, parts: list[str], boxes: list[etree._Element]) -> None:
        hidden = _is_hidden(run)
        for child in run:
            tag = child.tag
            if tag == W_T:
                if hidden and (child.text or "").strip():
                    self.hidden_runs += 1
                elif not hidden and not any(self._fields):
                    parts.append(child.text or "")
            elif tag == W_FLDCHAR:
                self._field(child.get(_FLD_TYPE))
            elif tag in _RUN_CHARS:
                if not hidden and not any(self._fields):
                    parts.append(_RUN_CHARS[tag])
            elif tag in _BOX_HOLDERS:
                text_boxes(child, boxes)
            elif tag == W_RUBY:
                base = child.find(w("rubyBase"))
                if base is not None:
                    self._walk(base, parts, boxes)
            # w:delText, w:instrText, w:sym, note and comment references carry no text

    def _field(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(True)
        elif kind == "separate" and self._fields:
            self._fields[-1] = False
        elif kind == "end" and self._fields:
            self._fields.pop()


def _is_hidden(run: etree._Element) -> bool:
    """Return whether a run's own properties hide it (`<w:vanish/>`, not `w:val="0"`)."""
    props = run.find(W_RPR)
    if props is None:
        return False
    vanish = props.find(W_VANISH)
    return vanish is not None and (vanish.get(_W_VAL) or "true").lower() not in _OFF
