"""Errata and addenda that delete or replace a numbered part of the conditions.

"ERRATUM No. 1: In Article 16, point 3 is deleted." The point deleted is no longer part of
the clause: its sentences give no evidence. "Clause 27.2 is replaced by the following: ..."
takes the old point out the same way; the new text, which follows, counts as any other text.
The statement itself only describes the old text ("Le point 14.4, qui étendait les
obligations aux sous-traitants, est remplacé par le texte suivant :") and gives no evidence
either, unless the new text is quoted in it.

Only a change this module can place exactly is applied (an article and a point of it,
"Article 16.3", or a whole article), and only to text before the statement; one that strikes
or replaces words in the part changes nothing. The words are language data
(rules/language/deletions.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checker.readers.structure import article_word_number, number_of, section_key
from checker.sentences import Sentence
from checker.yamlio import language_data, word_alternation

_NUMBER = r"\d{1,3}(?:\.\d{1,3})*"
_DOTTED = r"\d{1,3}\.\d{1,3}"  # a numbered paragraph: "23.4"
_POINT = r"\d{1,2}"  # a point of an article: "3"
_ARTICLE = r"(?:article|artikel|art\.?|clause|section)"
# a numbered point's first words: "3. ", "3) ", "3° "
_POINT_HEAD = re.compile(rf"^\s*({_POINT})\s*[.)°]\s")
_QUOTE = re.compile(r"[\"“„«]")
# the title of the article named: "Clause 12B (Equality Questionnaire)", "L'article 19
# « Non-discrimination et égalité des chances »"
_TITLE = r"\([^)]{0,60}\)|«[^»]{0,80}»|“[^”]{0,80}”|\"[^\"]{0,80}\""
# a relative clause saying what the old article did, before the verb: "L'article 19 ..., qui
# imposait au prestataire de respecter la loi du 30 juillet 1981 ..., est supprimé"
_RELATIVE = r"(?:qui|which|that|die|dat)\b[^;:.]{0,300}?,\s*"
# the document the part named is in, before an aside or the verb
_OF_DOC = r"\s+(?:of|van|du|de)\s+(?:the|het|de|la|le)?\s*[\w’' -]{2,40}?"
_OF_DOCUMENT = re.compile(rf"{_OF_DOC}(?=\s*[,(])")
# what may stand between the part named and the verb: a relative clause between commas
# (", qui étendait les obligations du point 14.2 aux sous-traitants,") or a bracketed title
_ASIDE = re.compile(r"\s*(?:,[^,;:]{0,160},|\([^)]{0,80}\))")


class AmendmentWords(BaseModel):
    """The words of rules/language/deletions.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verbs: list[str]
    replacements: list[str]
    disapplications: list[str]
    parts: list[str]
    keeps: list[str]
    labels: list[str]
    documents: list[str]
    effective_leads: list[str]


@dataclass(frozen=True)
class _Patterns:
    change: re.Pattern[str]  # a deletion, replacement or disapplication verb
    keep: re.Pattern[str]  # words struck or replaced in the part, not the part
    point: re.Pattern[str]  # "In Article 16, point 3", "In artikel 16 worden de punten 3 en 5"
    point_of: re.Pattern[str]  # "points 4 and 5 of Article 16"
    dotted: re.Pattern[str]  # "De punten 23.4 en 23.5", "Le point 14.4"
    whole: re.Pattern[str]  # "Article 12 is deleted", "Clause 21.5 does not apply to ..."
    document: re.Pattern[str]  # a word naming the procurement documents
    label: re.Pattern[str]  # "ERRATUM", "Rectificatie" opening the sentence
    disapplied_list: re.Pattern[str]  # "... shall not apply to this Contract: Clause 21.3; ..."
    reference: re.Pattern[str]  # "Clause 21.3" in such a list
    heading: re.Pattern[str]  # the amendment's own heading or number before its statement
    struck: re.Pattern[str]  # 'the words "or any breach of Clause 18" are deleted'


def _several(number: str) -> str:
    """Return a pattern of one number or several: "3", "3 en 5", "2, 3 et 4", "12.3 & 12.4"."""
    return rf"{number}(?:\s*(?:,|and|et|en|&)\s*{number})*"


@lru_cache(maxsize=1)
def _words() -> AmendmentWords:
    return AmendmentWords.model_validate(language_data("deletions"))


def disapplication_words() -> list[str]:
    """Return the phrases that say a part does not apply ("shall not apply", "n'est pas
    d'application", "is niet van toepassing")."""
    return _words().disapplications


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    words = _words()
    verbs_alt = word_alternation(words.verbs + words.replacements)
    off = word_alternation(words.disapplications)
    part = rf"(?:{word_alternation(words.parts)})"
    article = rf"(?:l['’]\s*)?{_ARTICLE}\s*(?P<art>{_NUMBER})"
    # at the start of the statement: "In Article 16, point 3 ...", "Point 3 of Article 16
    # ...", "À l'article 27, le point 4 ...", "In artikel 16 wordt punt 3 ..."
    lead = r"^\W*(?:(?:in|à|dans|au|bij|aan)\s+)?(?:(?:le|la|les|het|de|the)\s+)?"
    items = rf"(?P<items>{_several(_POINT)})"
    # the document the article is in: "artikel 16 van het bestek", "l'article 16 du CSC"
    of_doc = rf"(?:{_OF_DOC})?"
    verbs = r"(?:wordt|worden|is|are|est|sont|le|la|les|het|de|the)"
    # "to this Call-Off Contract", "à ce marché", "op deze opdracht": the contract, nothing more
    scope = (
        r"(?:\s+(?:to|in|for|à|au|aux|dans|op|in|voor|bij)\s+(?:(?:this|the|ce|cet|cette|le|la|"
        r"deze|dit|de|het)\s+)?(?:[\w’'-]+\s+){0,3}?(?:contract|agreement|order|call-off\s+contract|"
        r"marché|contrat|accord-cadre|opdracht|overeenkomst|raamovereenkomst|bestelling)s?)?"
    )
    # "Article 12 is deleted", "Clause 12B (Equality Questionnaire) is deleted", "Artikel 9
    # vervalt", "Clause 27.2 of the Conditions of Contract is replaced", "Les articles 12.3 et
    # 12.4 ne s'appliquent pas au présent marché": the verb right after the numbers or the
    # document's name, so "Article 5 of the Royal Decree ... is repealed" (another act) is
    # left alone; a disapplication only with nothing after the contract it names, so "Clause
    # 21.5 shall not apply where the value is below EUR 50,000" (applicability) is left alone
    whole = re.compile(
        rf"^\W*(?:(?:the|l['’]|les|het|de)\s*)?(?:l['’]\s*)?{_ARTICLE}s?\s*"
        rf"(?P<arts>{_several(_NUMBER)})\s*(?P<title>{_TITLE})?\s*"
        rf"(?P<doc>\s+(?:of|van|du|des|de)\s+[^,;:.()]{{2,50}}?)?\s*,?\s*"
        rf"(?:{_RELATIVE})?"
        rf"(?:(?:{off})\b{scope}\s*[.;]?\s*$|(?:{verbs_alt})\b)",
        re.IGNORECASE,
    )
    return _Patterns(
        change=re.compile(rf"\b(?:{verbs_alt}|{off})\b", re.IGNORECASE),
        keep=re.compile(
            rf"\b(?:{word_alternation(words.keeps)})\b|{_QUOTE.pattern}", re.IGNORECASE
        ),
        point=re.compile(
            rf"{lead}{article}{of_doc}\s*,?(?:\s+{verbs})*\s+{part}\s+{items}\b", re.IGNORECASE
        ),
        point_of=re.compile(
            rf"{lead}{part}\s+{items}\s+(?:of|de|van|du)\s+(?:het\s+)?{article}", re.IGNORECASE
        ),
        dotted=re.compile(
            rf"{lead}{part}\s+(?P<dotted>{_several(_DOTTED)})\b(?!\.\d)", re.IGNORECASE
        ),
        whole=whole,
        document=re.compile(rf"\b(?:{word_alternation(words.documents)})\b", re.IGNORECASE),
        label=re.compile(rf"^\W*(?:{word_alternation(words.labels)})\b", re.IGNORECASE),
        # the list after "the following provisions ... shall not apply to this Contract:"
        disapplied_list=re.compile(
            rf"\b(?:{off})\b{scope}\s*:\s*(?P<list>{_ARTICLE}s?\s*{_NUMBER}.*)$", re.IGNORECASE
        ),
        reference=re.compile(rf"\b{_ARTICLE}s?\s*({_NUMBER})", re.IGNORECASE),
        # the amendment's own article heading run in before its statement ("Article 1er
        # L'article 19 ... est supprimé"), or its own paragraph number ("9.1 Le point 24.3 du
        # cahier ... est supprimé"), then perhaps the date it takes effect ("7.2 With effect
        # from the Variation Date, Clause 18 is deleted")
        heading=re.compile(
            rf"^\W*(?:{_ARTICLE}\s*\d{{1,3}}(?:er|e)?\b\.?\s*[-–:]?|\d{{1,3}}(?:\.\d{{1,3}})*\.?(?=\s))"
            rf"\s*(?:(?:{word_alternation(words.effective_leads)})\b[^,;:.]{{0,60}},\s*)?(?=\S)",
            re.IGNORECASE,
        ),
        # words struck out of a part: the quote is of text that goes, and a deletion verb
        # (not a replacement, whose new words count) follows it
        struck=re.compile(
            rf"\b(?:{word_alternation(words.keeps)})\s*[\"“„«][^\"”»]{{1,300}}[\"”»]\s*,?\s*"
            rf"(?:\w+\s+){{0,3}}?(?:{word_alternation(words.verbs)})\b",
            re.IGNORECASE,
        ),
    )


@lru_cache(maxsize=1)
def _verb_words() -> tuple[str, ...]:
    """Return the longest word of each verb ("deleted", "replaced", "geschrapt"): a text
    without any of them changes nothing, which a substring test finds at once."""
    words = _words()
    verbs = words.verbs + words.replacements + words.disapplications
    # the longest word, the last of equals ("apply", not "shall", in "shall not apply")
    return tuple({max(reversed(v.lower().split()), key=len) for v in verbs})


@dataclass(frozen=True)
class _Change:
    """What a statement takes out: parts ("16", "3") or whole articles and paragraphs."""

    points: tuple[tuple[str, str], ...]
    articles: tuple[str, ...]
    verb_end: int  # where the verb ends in the statement


def deleted_sentences(sentences: Sequence[Sentence]) -> set[int]:
    """Return the positions of the sentences that a later deletion or replacement in the
    text takes out, and of the statements that only describe the old text."""
    words = _verb_words()
    text = "\n".join(s.text for s in sentences).lower()
    if not any(w in text for w in words):
        return set()
    patterns = _patterns()
    gone: set[int] = set()
    for k, s in enumerate(sentences):
        low = s.text.lower()
        if not any(w in low for w in words) or not patterns.change.search(s.text):
            continue
        # the statement, or the statement after its label ("ERRATUM No. 1 (published 12
        # March): ...")
        body, change = s.text, _statement(patterns, s.text)
        if change is None and ":" in s.text[:60]:
            body = re.sub(r"^.{0,60}?:\s*", "", s.text)
            change = _statement(patterns, body)
        if change is None:
            if patterns.struck.search(s.text):
                gone.add(k)  # it quotes only the words it strikes out
            continue
        for number, item in change.points:
            gone |= _point(sentences[:k], number, item)
        for number in change.articles:
            gone |= _article(sentences[:k], number)
        if not _QUOTE.search(body, change.verb_end):
            gone.add(k)  # the statement only describes the old text
    return gone


# a statement run in after a title without a colon ("Rectificatie nr. 1 - bekendgemaakt op 14
# maart In artikel 16 worden de punten 3 en 5 geschrapt"): it starts at a capitalised "In",
# or, after a label ("ERRATUM No 2 to the Invitation to Tender Clause 27.2 ..."), at any
# capitalised word
_RUN_IN = re.compile(r"(?<=\s)(?:In|À|Dans|Bij|Au)\s")
_CAPITAL = re.compile(r"(?<=\s)[A-ZÀ-Ý]")


def _statement(patterns: _Patterns, body: str) -> _Change | None:
    """Return what the statement at the start of `body` (or run in after its title)
    changes, or None."""
    change = _parse(patterns, body)
    if change is not None:
        return change
    heading = patterns.heading.match(body)  # "Article 1er L'article 19 ... est supprimé"
    if heading:
        change = _parse(patterns, body[heading.end() :])
        if change is not None:
            return _Change(change.points, change.articles, change.verb_end + heading.end())
    starts = _CAPITAL if patterns.label.match(body) else _RUN_IN
    for start in starts.finditer(body):
        change = _parse(patterns, body[start.start() :])
        if change is not None:
            return change
    return None


def _parse(patterns: _Patterns, body: str) -> _Change | None:
    """Return the change of a statement that starts `body`, or None."""
    m = patterns.disapplied_list.search(body)
    if m:
        numbers = tuple(patterns.reference.findall(m.group("list")))
        return _Change((), numbers, len(body))
    m = patterns.point.match(body) or patterns.point_of.match(body)
    if m:
        points = tuple((m.group("art"), item) for item in re.findall(_POINT, m.group("items")))
        return _with_verb(patterns, body, m.end(), points, ())
    m = patterns.dotted.match(body)
    if m:
        numbers = tuple(re.findall(_DOTTED, m.group("dotted")))
        return _with_verb(patterns, body, m.end(), (), numbers)
    m = patterns.whole.match(body)
    if m and (m.group("doc") is None or patterns.document.search(m.group("doc"))):
        title = m.span("title") if m.group("title") else (m.end("arts"), m.end("arts"))
        if patterns.keep.search(body, 0, title[0]) or patterns.keep.search(body, title[1], m.end()):
            return None
        return _Change((), tuple(re.findall(_NUMBER, m.group("arts"))), m.end())
    return None


def _with_verb(
    patterns: _Patterns,
    body: str,
    end: int,
    points: tuple[tuple[str, str], ...],
    articles: tuple[str, ...],
) -> _Change | None:
    """Return the change if a verb follows the part named (after an aside), and no words
    are struck or replaced in it; else None."""
    of_doc = _OF_DOCUMENT.match(body, end)  # "Le point 24.3 du cahier spécial des charges"
    if of_doc:
        end = of_doc.end()
    aside = _ASIDE.match(body, end)
    start = aside.end() if aside else end
    verb = patterns.change.search(body, start, start + 40)
    if verb is None or patterns.keep.search(body, end, verb.start()):
        return None
    return _Change(points, articles, verb.end())


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
    if "." not in number:
        return {i for i, s in enumerate(before) if s.section == f"art:{number}"}
    found = {i for i, s in enumerate(before) if _within(s.article, number)}
    return found or numbered_paragraph(before, number)


def numbered_paragraph(before: Sequence[Sentence], number: str) -> set[int]:
    """Return the sentences of paragraph `number` ("27.2") where the reader left it inside
    a longer block (numbered lines of an excerpt): from the sentence it opens to the next
    numbered sentence or paragraph. Its sub-paragraphs ("27.2.1") are part of it."""
    found: set[int] = set()
    inside = False
    for i, s in enumerate(before):
        head = number_of(s.text)  # '27.2 In clause 27.1', '"23.4 Bij ...', 'Article 28'
        if head:
            inside = _within(head, number)
        elif i and s.block != before[i - 1].block:
            inside = False
        if inside:
            found.add(i)
    return found


def _head_number(text: str) -> str | None:
    """Return the article an article's first line opens ("16" for "Artikel 16 - ..."), or None."""
    number = article_word_number(text)
    return section_key(number) if number else None


def _within(article: str | None, number: str) -> bool:
    return article is not None and (article == number or article.startswith(f"{number}."))
