"""Render a read Document (for `clausecheck extract`)."""

from __future__ import annotations

import json

from checker.document import Block, Document


def render_json(doc: Document) -> str:
    """Return the document model as JSON."""
    return json.dumps(doc.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def render_text(doc: Document) -> str:
    """Return a readable listing: a header line, then one entry per block."""
    head = (
        f"{doc.path}  format={doc.format} status={doc.status.value} pages={doc.pages} "
        f"language={doc.language} quality={doc.quality} extractor={doc.extractor}"
    )
    lines = [head]
    if doc.error:
        lines.append(f"  {doc.status.value.upper()}: {doc.error}")
    lines.extend(f"  warning: {w}" for w in doc.warnings)
    lines.extend(_block(i, b) for i, b in enumerate(doc.blocks, 1))
    return "\n".join(lines) + "\n"


def _block(i: int, b: Block) -> str:
    where = []
    if b.page is not None:
        where.append(f"p{b.page}")
    if b.paragraph is not None:
        where.append(f"¶{b.paragraph}")
    if b.article:
        where.append(f"art {b.article}")
    loc = " ".join(where)
    path = " > ".join(b.heading_path)
    meta = f"[{i}] {b.kind.value} {loc} {b.language or '-'} @{b.start}-{b.end}"
    if path:
        meta += f"  ({path})"
    return f"{meta}\n    {b.text}"
