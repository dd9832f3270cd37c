"""Pieces of the self-contained HTML report: page shell, CSP, styles, bar chart, quotes.

The page loads nothing: the style sheet is inline and allowed by its hash in a
Content-Security-Policy that forbids scripts, frames, forms and every remote load. Every piece
of document text passes through `esc` (html.escape, quotes included).
"""

from __future__ import annotations

import base64
import hashlib
import html

from checker.report.models import Evidence
from checker.report.textbits import where

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 24px}
header{padding-top:18px}h1{font-size:24px;margin:8px 0}h2{font-size:19px;margin:0 0 8px}
h3{font-size:16px;margin:16px 0 6px}
section,article{background:#fff;border:1px solid #d8dde3;border-radius:8px;padding:16px 20px;
margin:16px 0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;
padding:6px 8px;border-bottom:1px solid #e6e9ed}th{background:#eef1f4;font-weight:600}
td.num{text-align:right}code{font:13px ui-monospace,monospace;word-break:break-all}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;color:#fff;
background:#6b7280}
.absent,.needs_coaching,.error,.unreadable{background:#b42318}.weak{background:#c4320a}
.moderate{background:#b54708}.strong{background:#2e7d32}.exemplary,.compliant{background:#05603a}
.needs_review{background:#6941c6}.out_of_scope{background:#6b7280}
tr.missing td{color:#667085}.yes{color:#05603a;font-weight:700}.no{color:#b42318;font-weight:700}
blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #f0b429}
mark{background:#ffe58a;color:#1d232a;padding:0 2px}
.where{font-size:13px;color:#475467}.advice{font-style:italic}.meta{color:#475467;font-size:14px}
.flag blockquote{border-left-color:#b42318}.flag mark{background:#fecdca}
footer{font-size:13px;color:#475467;padding-bottom:24px}
"""
BAR_COLOURS = {
    "absent": "#b42318",
    "weak": "#c4320a",
    "moderate": "#b54708",
    "strong": "#2e7d32",
    "exemplary": "#05603a",
    "unreadable": "#6b7280",
    "errors": "#344054",
    "compliant": "#05603a",
    "needs_coaching": "#b42318",
    "needs_review": "#6941c6",
    "out_of_scope": "#6b7280",
}


def esc(value: object) -> str:
    """Return text escaped for HTML element content and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def csp(css: str) -> str:
    """Return the Content-Security-Policy: no scripts, no remote loads, only this style sheet."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; script-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; "
        "font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; "
        "frame-src 'none'; child-src 'none'; worker-src 'none'; manifest-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def page(title: str, body: str) -> str:
    """Return the complete HTML document."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp(CSS))}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
        "</body>\n</html>\n"
    )


def badge(value: str | None) -> str:
    """Return a coloured badge for a level or status."""
    text = value or "-"
    return f'<span class="badge {esc(text)}">{esc(text)}</span>'


def bar_chart(title: str, counts: list[tuple[str, int]]) -> str:
    """Return an inline SVG horizontal bar chart of counts (no style attributes, no scripts)."""
    width, label_w, row_h = 640, 130, 28
    top = max((n for _, n in counts), default=0) or 1
    rows = []
    for i, (label, n) in enumerate(counts):
        y = 8 + i * row_h
        bar = round((width - label_w - 60) * n / top)
        colour = BAR_COLOURS.get(label, "#475467")
        rows.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="13">'
            f"{esc(label)}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{bar}" height="{row_h - 8}" '
            f'fill="{colour}" rx="3"><title>{esc(label)}: {n}</title></rect>'
            f'<text x="{label_w + bar + 6}" y="{y + 17}" font-size="13">{n}</text>'
        )
    height = 16 + len(counts) * row_h
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-label="{esc(title)}">'
        f"<title>{esc(title)}</title>{''.join(rows)}</svg>"
    )


def quote(e: Evidence, rule_title: str | None = None, document: str | None = None) -> str:
    """Return a quoted sentence, highlighted, with its location and rule."""
    bits = [esc(document)] if document else []
    bits += [esc(where(e))]
    if e.paragraph is not None and e.page is not None:
        bits.append(f"para {e.paragraph}")
    bits.append(f"characters {e.start}&ndash;{e.end}")
    title = f' title="{esc(rule_title)}"' if rule_title else ""
    rule = f"<code{title}>{esc(e.rule)}</code>"
    bits.append(f"rule {rule}")
    return (
        f"<blockquote><mark>{esc(e.text)}</mark></blockquote>"
        f'<div class="where">{" &middot; ".join(bits)}</div>'
    )
