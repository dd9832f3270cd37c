"""Errata and addenda that delete a numbered part of the conditions.

"ERRATUM No. 1: In Article 16, point 3 is deleted." The point deleted is no longer part of
the clause: its sentences give no evidence. Only a deletion this module can place exactly is
applied (an article and a point of it, "Article 16.3", or a whole article), and only to text
before the deletion; one that replaces the part or strikes words from it deletes nothing.
The words are language data (rules/language/deletions.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from checker.readers.structure import article_word_number, section_key
from checker.sentences import Sentence
from checker.yamlio import language_data, word_alternation

_NUMBER = r"\d{1,3}(?:\.\d{1,3})*"
_ARTICLE = r"(?:article|artikel|art\.?|clause|section)"
# a numbered point's first words: "3. ", "3) ", "3° "
_POINT_HEAD = re.compile(r"^\s*(\d{1,2})\s*[.)°]\s")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    data = language_data("deletions")
    return {key: [str(w) for w in data[key]] for key in ("verbs", "parts", "keeps")}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _words()
    verb = re.compile(rf"\b(?:{word_alternation(words['verbs'])})\b", re.IGNORECASE)
    keep = re.compile(rf"\b(?:{word_alternation(words['keeps'])})\b|[\"“„«]", re.IGNORECASE)
    part = rf"(?:{word_alternation(words['parts'])})"
    article = rf"(?:l['’]\s*)?{_ARTICLE}\s*({_NUMBER})"
    # at the start of the statement: "In Article 16, point 3 ...", "Point 3 of Article 16
    # ...", "À l'article 27, le point 4 ...", "In artikel 16 wordt punt 3 ..."
    lead = r"^\W*(?:(?:in|à|dans|au|bij|aan)\s+)?(?:(?:le|la|het|de|the)\s+)?"
    # several points: "de punten 3 en 5", "points 4 and 5", "les points 2, 3 et 4"
    items = r"(\d{1,2}(?:\s*(?:,|and|et|en)\s*\d{1,2})*)"
    # the document the article is in: "artikel 16 van het bestek", "l'article 16 du CSC"
    of_doc = r"(?:\s+(?:of|van|du|de)\s+(?:the|het|de|la|le)?\s*[\w’' -]{2,40}?)?"
    verbs = r"(?:wordt|worden|is|are|est|sont|le|la|les|het|de|the)"
    point = re.compile(
        rf"{lead}(?:{article}{of_doc}\s*,?(?:\s+{verbs})*\s+{part}"
        rf"\s+{items}\b|{part}\s+{items}\s+(?:of|de|van|du)\s+(?:het\s+)?{article})",
        re.IGNORECASE,
    )
    # "Article 12 is deleted", "Clause 12B (Equality Questionnaire) is deleted", "Artikel 9
    # vervalt": the verb right after the number, so "Article 5 of the Royal Decree ... is
    # repealed" (another act) is left alone
    whole = re.compile(
        rf"^\W*(?:(?:the|l['’]|het|de)\s*)?{article}\s*(?:\([^)]{{0,60}}\)\s*)?,?\s*"
        rf"(?:{word_alternation(words['verbs'])})\b",
        re.IGNORECASE,
    )
    return verb, keep, point, whole


@lru_cache(maxsize=1)
def _verb_words() -> tuple[str, ...]:
    """Return the longest word of each deletion verb ("deleted", "struck", "geschrapt"): a
    text without any of them deletes nothing, which a substring test finds at once."""
    return tuple({max(v.lower().split(), key=len) for v in _words()["verbs"]})


def deleted_sentences(sentences: Sequence[Sentence]) -> set[int]:
    """Return the positions of the sentences that a later deletion in the text takes out."""
    words = _verb_words()
    text = "\n".join(s.text for s in sentences).lower()
    if not any(w in text for w in words):
        return set()
    verb, keep, point, whole = _patterns()
    gone: set[int] = set()
    statements: set[int] = set()  # the deletions themselves, never deleted
    for k, s in enumerate(sentences):
        low = s.text.lower()
        if not any(w in low for w in words) or not verb.search(s.text) or keep.search(s.text):
            continue
        # the statement after its label ("ERRATUM No. 1 (published 12 March): ...")
        body = re.sub(r"^.{0,60}?:\s*", "", s.text) if ":" in s.text[:60] else s.text
        m = _statement(point, body)
        if m and verb.search(m.string, m.end(), m.end() + 40):
            number = m.group(1) or m.group(4)
            for item in re.findall(r"\d{1,2}", m.group(2) or m.group(3)):
                gone |= _point(sentences[:k], number, item)
            statements.add(k)
            continue
        w = whole.match(body)
        if w:
            gone |= _article(sentences[:k], w.group(1))
            statements.add(k)
    return gone - statements


# a statement run in after a title without a colon ("Rectificatie nr. 1 - bekendgemaakt op 14
# maart In artikel 16 worden de punten 3 en 5 geschrapt"): it starts at a capitalised "In"
_RUN_IN = re.compile(r"(?<=\s)(?:In|À|Dans|Bij|Au)\s")


def _statement(point: re.Pattern[str], body: str) -> re.Match[str] | None:
    """Return the match of a deletion's subject at the start of the statement, or None."""
    m = point.match(body)
    if m:
        return m
    for start in _RUN_IN.finditer(body):
        m = point.match(body[start.start() :])
        if m:
            return m
    return None


def _point(before: Sequence[Sentence], number: str, item: str) -> set[int]:
    """Return the sentences of point `item` of article `number` ("16", "3"), by its dotted
    number ("16.3") or as the numbered paragraph under the article's heading."""
    dotted = f"{number}.{item}"
    found = {i for i, s in enumerate(before) if _within(s.article, dotted)}
    if found:
        return found
    start = next(
        (i for i, s in enumerate(before) if _head_number(s.text) == section_key(number)), None
    )
    if start is None:
        return set()
    inside = False
    for i in range(start + 1, len(before)):
        s = before[i]
        if _head_number(s.text) is not None:
            break
        head = _POINT_HEAD.match(s.text)
        if head:
            inside = head.group(1) == item
        elif s.block != before[i - 1].block:
            inside = False  # an unnumbered paragraph after the point
        if inside:
            found.add(i)
    return found


def _article(before: Sequence[Sentence], number: str) -> set[int]:
    """Return the sentences of a whole article ("16") or a numbered paragraph ("16.3")."""
    if "." in number:
        return {i for i, s in enumerate(before) if _within(s.article, number)}
    return {i for i, s in enumerate(before) if s.section == f"art:{number}"}


def _head_number(text: str) -> str | None:
    """Return the article an article's first line opens ("16" for "Artikel 16 - ..."), or None."""
    number = article_word_number(text)
    return section_key(number) if number else None


def _within(article: str | None, number: str) -> bool:
    return article is not None and (article == number or article.startswith(f"{number}."))
