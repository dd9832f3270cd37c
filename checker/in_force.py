"""Provisions a document prints but does not put in force for this contract.

A call-off form ticks the options that apply ("[X] 9.1 ... [ ] 9.2 ..."), a special
condition disapplies points of the general conditions ("FC 18.2 and FC 18.4 shall not apply
to this Call-Off Contract"), a model chapter reserves its audit and action plan to contracts
of a value this one does not reach ("6.3 to 6.5 apply only to contracts of EUR 140,000 or
more" and "Order value: EUR 68,500"). The sentences of such options and points give no
evidence; a sentence that only names them (the threshold, the note that disapplies them)
keeps only the elements a rule of applicability evidences. An article that says it binds
the contractor to nothing ("Dit artikel legt de aannemer geen verplichtingen op") gives no
evidence either, and a point whose breach the text says draws no consequence at all gives
no remedy through the sentences that name it (its row in the schedule of penalties).

Only what this module can place exactly changes anything: a box at the start of a sentence,
a numbered point ("18.2", "I.12.4", "G.14.3") that a sentence opens, a stated value in a
currency. A form where no box is ticked is a blank template and changes nothing. The words
are language data (rules/language/in_force.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from checker.amendments import disapplication_words, numbered_paragraph
from checker.contract_value import amount_value, stated_value, value_patterns
from checker.defined_thresholds import under_unmet_definitions
from checker.in_force_words import words
from checker.readers.structure import number_of
from checker.sentences import Sentence, is_loose
from checker.yamlio import word_alternation

# a numbered point named in a sentence: "18.2", "FC 18.4" (the 18.4), "I.12.4", "G.14.3";
# not an amount ("140.000 euro") or a date ("14.01.2013")
_REF = re.compile(r"(?<![\w.,])((?:[A-Z]{1,3}\.)?\d{1,3}(?:\.\d{1,3})+)(?![\d])(?!\.\d)(?![.,]\d)")


@dataclass(frozen=True)
class NotInForce:
    """Positions of sentences not in force, and of sentences that only name such points."""

    gone: frozenset[int] = frozenset()
    naming: frozenset[int] = frozenset()
    kept_elements: frozenset[str] = frozenset()
    unremedied: frozenset[int] = frozenset()  # sentences naming only points without sanction
    consequence_elements: frozenset[str] = frozenset()

    @property
    def limits(self) -> bool:
        """Whether some sentence keeps only part of its evidence."""
        return bool(self.naming or self.unremedied)

    def keeps(self, k: int, element: str) -> bool:
        """Return whether sentence k still evidences `element`: a sentence naming only points
        not in force keeps its applicability alone, one naming only points whose breach
        draws no consequence keeps all but the remedies."""
        if k in self.naming and element not in self.kept_elements:
            return False
        return not (k in self.unremedied and element in self.consequence_elements)


@dataclass(frozen=True)
class _Patterns:
    box: re.Pattern[str]  # a box opening a sentence; group "ticked" when ticked
    off: re.Pattern[str]
    scope_tail: re.Pattern[str]  # what may follow the off phrase
    threshold: re.Pattern[str]
    at_least: re.Pattern[str]
    amount: re.Pattern[str]
    disclaimer: re.Pattern[str]  # "Dit artikel legt de aannemer geen verplichtingen op."
    no_consequence: re.Pattern[str]  # "not to attach any financial or other consequence"
    consequence_screen: re.Pattern[str]  # a sentence without these disclaims no consequence
    duty_screen: re.Pattern[str]  # a sentence without these disclaims no duty
    range: re.Pattern[str]  # "6.3 tot en met 6.5"
    breach: re.Pattern[str]
    screen: tuple[str, ...]  # a text with none of these changes nothing


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    w = words()
    value = value_patterns()
    scope = (
        rf"(?:(?:{word_alternation(w.scope_prepositions)})\s+(?:{word_alternation(w.scope_words)})"
        r"\b[^.;:]{0,50})?"
    )
    return _Patterns(
        box=re.compile(
            rf"^\s*(?:(?P<ticked>{word_alternation(w.ticked)})|{word_alternation(w.unticked)})",
            re.I,
        ),
        off=re.compile(rf"(?:{word_alternation(disapplication_words())})", re.I),
        scope_tail=re.compile(rf"\s*{scope}\s*[.;)]?\s*$", re.I),
        threshold=re.compile(rf"(?:{word_alternation(w.threshold_phrases)})", re.I),
        at_least=value.at_least,
        amount=value.amount,
        # the disclaimer ends its sentence, give or take the party it names ("on the
        # Contractor"): "This Clause imposes no obligation on the Supplier to employ any
        # particular person" disclaims one thing, not the clause
        disclaimer=re.compile(
            rf"(?:{'|'.join(w.self_disclaimers)})(?:\W+\w[\w'’-]*){{0,4}}?\W*$", re.I
        ),
        no_consequence=re.compile("|".join(w.no_consequence), re.I),
        consequence_screen=re.compile(word_alternation(w.consequence_screen), re.I),
        duty_screen=re.compile(word_alternation(w.duty_screen), re.I),
        range=re.compile(
            r"(?<![\w.])((?:[A-Z]{1,3}\.)?\d{1,3}(?:\.\d{1,3})*\.)(\d{1,3})\s+"
            rf"(?:{word_alternation(w.range_words)})\s+\1(\d{{1,3}})(?![\d.])"
        ),
        breach=re.compile(w.breach_words, re.I),
        screen=tuple(
            s.lower()
            for s in (
                *w.ticked,
                *w.unticked,
                *disapplication_words(),
                *w.threshold_phrases,
                *w.at_least,  # a threshold in a definition (defined_thresholds.py)
            )
        ),
    )


def not_in_force(sentences: Sequence[Sentence]) -> NotInForce:
    """Return the sentences not in force for this contract and those that only name them."""
    patterns = _patterns()
    text = "\n".join(s.text for s in sentences).lower()
    disclaimed = _disclaimed(patterns, sentences)
    unremedied = _unremedied(patterns, sentences)
    if not disclaimed and not any(word in text for word in patterns.screen):
        return _result(set(), set(), unremedied)
    gone: set[int] = set(disclaimed)
    off: set[str] = set()
    naming: set[int] = set()
    _unticked(patterns, sentences, gone, off)
    for k, s in enumerate(sentences):
        refs = _disapplied(patterns, s.text)
        if refs:
            off |= refs
            naming.add(k)
    for k, refs in _thresholds_not_met(patterns, sentences):
        off |= refs
        naming.add(k)
    conditioned, definitions = under_unmet_definitions(sentences)
    gone |= conditioned
    naming |= definitions
    if off:
        gone = gone.union(*(numbered_paragraph(sentences, number) for number in off))
        naming |= {k for k, s in enumerate(sentences) if (refs := _named(s.text)) and refs <= off}
    return _result(gone, naming, unremedied)


def _result(gone: set[int], naming: set[int], unremedied: set[int]) -> NotInForce:
    if not gone and not naming and not unremedied:
        return NotInForce()
    w = words()
    return NotInForce(
        frozenset(gone),
        frozenset(naming - gone),
        frozenset(w.kept_elements),
        frozenset(unremedied - gone),
        frozenset(w.consequence_elements),
    )


def _unremedied(patterns: _Patterns, sentences: Sequence[Sentence]) -> set[int]:
    """Return the sentences that name only points whose breach the text says draws no
    consequence at all."""
    free: set[str] = set()
    for s in sentences:
        if not patterns.consequence_screen.search(s.text):
            continue
        if patterns.no_consequence.search(s.text) and patterns.breach.search(s.text):
            free |= _refs(s.text)
    if not free:
        return set()
    return {k for k, s in enumerate(sentences) if (refs := _refs(s.text)) and refs <= free}


def _disclaimed(patterns: _Patterns, sentences: Sequence[Sentence]) -> set[int]:
    """Return the sentences of an article that says it binds the contractor to nothing."""
    units = {
        _unit(s)
        for s in sentences
        if patterns.duty_screen.search(s.text) and patterns.disclaimer.search(s.text)
    }
    return {k for k, s in enumerate(sentences) if _unit(s) in units} if units else set()


def _unit(s: Sentence) -> str:
    """Return the article (or, outside any article, the paragraph) a sentence belongs to."""
    return s.section if not is_loose(s.section) else f"block:{s.block}"


def _unticked(
    patterns: _Patterns, sentences: Sequence[Sentence], gone: set[int], off: set[str]
) -> None:
    """Add the sentences of options left unticked, and the points they name, on a form where
    some box is ticked."""
    boxes = [patterns.box.match(s.text) for s in sentences]
    if not any(b and b.group("ticked") for b in boxes) or all(
        b is None or b.group("ticked") for b in boxes
    ):
        return
    inside = False
    box_alone = False  # the box opened a sentence of its own ("[ ]" before "9.2 ...")
    for k, s in enumerate(sentences):
        box = boxes[k]
        if box:
            inside = not box.group("ticked")
            rest = s.text[box.end() :].strip()
            box_alone = len(rest) < 3
            if inside:
                gone.add(k)
                head = number_of(rest) if rest else None
                if head and "." in head:
                    off.add(_plain(head))
            continue
        if not inside:
            continue
        previous = sentences[k - 1]
        if box_alone:
            box_alone = False
            gone.add(k)
            head = number_of(s.text)
            if head and "." in head:
                off.add(_plain(head))
            continue
        if s.block != previous.block and not _title_only(sentences, k - 1):
            inside = False
            continue
        if number_of(s.text) is not None or s.is_heading:
            inside = False
            continue
        gone.add(k)


def _title_only(sentences: Sequence[Sentence], k: int) -> bool:
    """Whether sentence k is the only, short line of its block (an option's title)."""
    s = sentences[k]
    alone = all(o.block != s.block for o in sentences[k - 1 : k] + sentences[k + 1 : k + 2])
    return alone and len(s.text) <= 100


def _disapplied(patterns: _Patterns, text: str) -> set[str]:
    """Return the points a sentence says do not apply to this contract."""
    found: set[str] = set()
    own = _own(text)
    for m in patterns.off.finditer(text):
        # the clause the phrase ends: from the last colon or semicolon before it
        start = max(text.rfind(":", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        end = min(
            (i for i in (text.find(";", m.end()), text.find(":", m.end())) if i >= 0),
            default=len(text),
        )
        if not patterns.scope_tail.match(text[m.end() : end]):
            continue
        found |= _refs(text[start : m.start()]) - own
    return found


def _thresholds_not_met(
    patterns: _Patterns, sentences: Sequence[Sentence]
) -> list[tuple[int, set[str]]]:
    """Return the threshold sentences whose minimum value this contract's stated value does
    not reach, with the points they reserve."""
    thresholds: list[tuple[int, float, set[str]]] = []
    for k, s in enumerate(sentences):
        m = patterns.threshold.search(s.text)
        if m is None or not patterns.at_least.search(s.text, m.end()):
            continue
        amount = patterns.amount.search(s.text, m.end())
        refs = _refs(s.text[: m.start()]) - _own(s.text)
        if amount and refs:
            thresholds.append((k, amount_value(amount), refs))
    if not thresholds:
        return []
    stated = stated_value(sentences, {k for k, _, _ in thresholds})
    if stated is None:
        return []
    return [(k, refs) for k, minimum, refs in thresholds if stated < minimum]


def _refs(text: str) -> set[str]:
    """Return the numbered points a text names, ranges expanded ("6.3 tot en met 6.5")."""
    refs = {_plain(r) for r in _REF.findall(text)}
    for m in _patterns().range.finditer(text):
        first, last = int(m.group(2)), int(m.group(3))
        if 0 < last - first <= 20:
            refs |= {_plain(f"{m.group(1)}{n}") for n in range(first, last + 1)}
    return refs


def _named(text: str) -> set[str]:
    """Return the points a sentence names, not counting the one it opens."""
    return _refs(text) - _own(text)


def _own(text: str) -> set[str]:
    head = number_of(text)
    return {_plain(head)} if head else set()


def _plain(number: str) -> str:
    return number.strip().rstrip(".").upper()
