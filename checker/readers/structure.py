"""Give blocks their article numbers and heading paths, whatever the source format."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.document import Block, BlockKind
from checker.readers.annexes import MAX_HEADING_CHARS, annex_of, opens_part

# an inserted article numbered after the one it follows: "12bis", "Article 12ter"
ARTICLE_SUFFIX = r"(?:(?:bis|ter|quater)\b)?"
# an amendment quotes the clause it inserts: '"14.1 The Contractor shall ...' is clause 14.1
OPEN_QUOTE = r"[\"“„«]?\s*"
# the marker that opens an item of a list: a dash or bullet, "a)", "(iii)", "2)", "1°", a box
LIST_START = re.compile(
    r"(?:[-*•▪◦‣–]\s|\(?[a-zA-Z]\)\s|\(?[ivxlcIVXLC]{1,6}\)\s|\(?\d{1,3}\)\s|\d{1,3}°\s"
    r"|\[[ xX✓]?\]\s|[☐☑☒□]\s)"  # a checklist's boxes: "[ ] Score the candidate ..."
)
# a message of a chat or call transcript pasted as text: "Kevin (site manager) 07:42: ...",
# "Sofie 08:15 - ...", "[08:15] Sofie: ..."; each message is its own block, not a line of
# one paragraph with the others
SPEAKER_LINE = re.compile(
    r"(?:\[\d{1,2}[:.]\d{2}(?::\d{2})?\]\s*[A-Z][\w'’.-]{0,30}(?:\s+[\w'’.-]{1,30}){0,2}\s*:"
    r"|[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,2}(?:\s+\([^)]{1,40}\))?,?\s+"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*[:\-–])\s"
)
# "Art. 12", "Artikel 5 §2", "Article 7.1", "Article L2141-4", "Section 11.11", "Clause 28",
# "Artikel AV-5" (the general terms of a framework), "Article MS-6" (its call-off model)
_ARTICLE_WORD = re.compile(
    rf"^\s*{OPEN_QUOTE}(?:art(?:icle|ikel)?\.?|section|clause|§)\s*"
    r"(?P<num>(?-i:[A-Z]{2,3})-\d+(?:\.\d+)*"
    rf"|(?:(?:[IVX]{{1,4}}|[A-Z])\.)?[A-Z]?\d+{ARTICLE_SUFFIX}(?:[.\-]\d+)*(?:\s*§\s*\d+)?)\b",
    re.IGNORECASE,
)
# "NO-5 Controle", "C6. Termination": a lettered number heading a block (a capital follows)
_LETTERED = re.compile(
    r"^\s*(?P<num>[A-Z]{2,3}-\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z]\d{1,2}(?:\.\d{1,3}){0,3}(?=\.))"
    r"\.?\s+(?=[A-ZÀ-Ý])"
)
_PARAGRAPH_MARK = re.compile(r"^\s*§\s*\d")
_PREFIXED = re.compile(r"^(?P<part>[IVX]{1,4}|[A-Z])\.(?P<rest>\d.*)$")
# "12.3 The supplier ...", "28. Equality", "6.1.2 Engagement", "II.9.1 The contractor",
# "H.14 Equal opportunity" (a part's roman numeral or a letter, then a number), '"12bis. Scope'
_BARE_NUMBER = re.compile(
    rf"^\s*{OPEN_QUOTE}(?P<num>(?:(?:[IVX]{{1,4}}|[A-Z])\.)?\d{{1,3}}{ARTICLE_SUFFIX}(?:\.\d{{1,3}}){{0,4}})"
    r"(?:\.|\))?\s+(?=\S)"
)


def article_word_number(text: str) -> str | None:
    """Return the number after the article word a text starts with ("16" for "Artikel 16 -
    Personeel", "12.3" for "Clause 12.3"), or None."""
    m = _ARTICLE_WORD.match(text)
    return m.group("num") if m else None


def number_of(text: str) -> str | None:
    """Return the article number a block's text starts with, or None."""
    m = _ARTICLE_WORD.match(text)
    if m:
        return re.sub(r"\s+", " ", m.group("num").replace("§", " §")).strip().replace(" § ", " §")
    m = _BARE_NUMBER.match(text)
    if m and not _looks_like_quantity(text, m.end()):
        return m.group("num")
    m = _LETTERED.match(text)
    return m.group("num") if m else None


_QUANTITY = re.compile(
    r"(?:\d{3}\b"  # "3 000 heures": a thousands group, not an article number
    r"|%|eur|€|euro|x |jaar|ans|years|days|dagen|jours|mm|cm|km|kg|m²|m2\b|m³"
    r"|heures|hours|uur\b|uren|semaines|weeks|weken|mois\b|months|maanden"
    r"|personnes|persons|people|werknemers|salariés|employees|travailleurs)"
)


def section_key(number: str) -> str:
    """Return the article a number belongs to: "12" for "12.3 §2", "II.9" for "II.9.1".

    Elements of one clause are grouped by this key (its section); cross-references use it too.
    """
    top = re.split(r"[\s§]", number.strip())[0]
    m = _PREFIXED.match(top)
    if m:
        return f"{m.group('part').upper()}.{m.group('rest').split('.')[0]}"
    return top.split(".")[0]


def _looks_like_quantity(text: str, end: int) -> bool:
    return bool(_QUANTITY.match(text[end : end + 12].lower()))


def assign_structure(blocks: Iterable[Block]) -> list[Block]:
    """Return the blocks with `article`, `annex` and `heading_path` filled in reading order.

    The article is the last number seen in a heading, a numbered block or a DOCX list
    number; headings build the path by their level (or by the depth of their number). An
    annex heading ("SCHEDULE 4 - EQUALITY") opens an annex: the blocks after it are in that
    annex, and their article numbers start anew.
    Running headers and footers keep their own location and do not move it; a footnote
    takes the location of the block it follows (its call) and does not move it either.
    """
    out: list[Block] = []
    article: str | None = None
    annex: str | None = None
    path: list[tuple[int, str]] = []
    points = _Points()
    for block in blocks:
        if block.kind in (BlockKind.HEADER, BlockKind.FOOTER):
            out.append(block.model_copy(update={"article": block.article}))
            continue
        if block.kind == BlockKind.FOOTNOTE:  # placed after its call (readers/notes.py)
            where = {"article": block.article or article, "annex": annex}
            out.append(block.model_copy(update=where | {"heading_path": tuple(t for _, t in path)}))
            continue
        opened = annex_of(block)
        if annex and not opened and opens_part(block.text):
            annex, article, path = None, None, []
        if opened:
            # an annex numbers its paragraphs anew, under a heading path of its own
            annex, article = opened, None
            points = _Points()
            path = [(block.level or 1, _short(block.text))]
            out.append(block.model_copy(update={"annex": annex, "heading_path": (path[0][1],)}))
            continue
        num = block.number or _typed_number(block)
        if block.number and block.kind != BlockKind.HEADING and not _has_digit(block.number):
            num = None  # a list's lettered or roman point ("a", "iv") stays in its article
        point = False
        if num and article and _PARAGRAPH_MARK.match(block.text):
            num = f"{section_key(article)} §{num}"  # "§2." inside "Art. 18" is 18 §2
        elif num and not block.number:
            num = points.place(block, num)
        elif num and block.kind == BlockKind.LIST_ITEM and num.isdigit():
            # a list drawn under "Artikel 9 - ..." ("1. de aanwerving;"): its points 9.1, 9.2
            placed = points.place(block, num, listed=True)
            point, num = placed != num, placed
        if num:
            article = num
        if not point and _is_heading(block, num):
            level = block.level or (num.count(".") + 1 + ("§" in num) if num else 1)
            path = [p for p in path if p[0] < level]
            path.append((level, _short(block.text)))
        out.append(
            block.model_copy(
                update={
                    "article": block.article or article,
                    "annex": annex,
                    "heading_path": tuple(t for _, t in path),
                }
            )
        )
    return out


class _Points:
    """The points of an article opened by its word ("Artikel 16 - Personeel" then
    "1. De opdrachtnemer ...", "2. De stad kan ..."): numbered paragraphs 16.1, 16.2, not
    articles 1 and 2. Only paragraphs (not headings) numbered 1, 2, 3 ... in sequence count;
    any other number ends the article's points."""

    def __init__(self) -> None:
        self.article: str | None = None
        self.last = 0

    def place(self, block: Block, num: str, listed: bool = False) -> str:
        """Return the number a block with a typed (or `listed`: drawn) number has, and follow
        the points."""
        if article_word_number(block.text):
            plain = re.fullmatch(rf"\d{{1,3}}{ARTICLE_SUFFIX}", num)
            self.article, self.last = (num, 0) if plain else (None, 0)
            return num
        if (
            self.article
            and num.isdigit()
            and int(num) == self.last + 1
            and (listed or not _is_heading(block, num))
        ):
            self.last = int(num)
            return f"{self.article}.{num}"
        self.article = None
        return num


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _typed_number(block: Block) -> str | None:
    """Return the number typed at the start of a block, if it is an article number."""
    num = number_of(block.text)
    # "1." or "2)" before a list item enumerates inside an article (Dutch "leden")
    enumerator = block.kind == BlockKind.LIST_ITEM and _BARE_NUMBER.match(block.text)
    return None if enumerator and num and num.isdigit() else num


def _is_heading(block: Block, num: str | None) -> bool:
    if block.kind == BlockKind.HEADING:
        return True
    text = block.text.strip()
    if not num or len(text) > MAX_HEADING_CHARS:
        return False
    return not text.endswith((".", ";", ":", ",")) or len(text.split()) <= 8


def is_heading_block(block: Block) -> bool:
    """Return whether a block is a heading (by its kind, or as structure read it)."""
    if block.kind == BlockKind.HEADING:
        return True
    return bool(block.heading_path) and block.heading_path[-1] == _short(block.text)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77] + "..."
