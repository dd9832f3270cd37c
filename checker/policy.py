"""Grade contractors' equal-opportunity policies (GHENT_MODEL.md Part B).

The same engine as the clause scan, on other rule families: the profile's `policy_families`
(policy elements, and red flags whose rules name an element starting with `red_flag`).
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.cv import CV_NOTE, is_curriculum_vitae
from checker.document import DocStatus, Document
from checker.grader import hit_to_evidence, hits_to_elements
from checker.lapsed import lapsed_notice, template_placeholders
from checker.matcher import RuleHit, RuleMatcher
from checker.nlp import NlpProvider, default_provider
from checker.report.audit_models import PolicyDocResult, RedFlag
from checker.report.textbits import clip
from checker.rulepack.loader import RuleSet
from checker.scan import text_to_document
from checker.sentences import _doc_lang, document_to_sentences
from checker.threads import thread_refusal

RED_FLAG = "red_flag"


def is_red_flag(element: str) -> bool:
    """Return whether a rule's element marks a red flag rather than a policy element."""
    return element.startswith(RED_FLAG)


class PolicyGrader:
    """Grades policy documents against one rule set; build once per process and reuse."""

    def __init__(
        self, ruleset: RuleSet, provider: NlpProvider | None = None, lang: str | None = None
    ) -> None:
        self.ruleset = ruleset
        self.lang = lang if lang and lang != "auto" else None
        families = ruleset.profile.policy_families
        self.matcher = RuleMatcher(ruleset, provider or default_provider(), families)

    def grade(self, doc: Document) -> PolicyDocResult:
        """Return the policy elements and red flags of a document that was read (any status)."""
        return self.grade_as(doc, self.lang)

    def grade_text(self, text: str, lang: str) -> PolicyDocResult:
        """Return the grade of a plain text in a known language (labelled excerpts, tests)."""
        return self.grade_as(text_to_document(text, f"<{lang} policy text>"), lang)

    def grade_as(self, doc: Document, forced: str | None) -> PolicyDocResult:
        """Return the grade of a document, its sentences read as `forced` language if given."""
        base = PolicyDocResult(
            path=doc.path,
            sha256=doc.sha256,
            status=doc.status.value,
            error=doc.error,
            format=doc.format,
            language=doc.language,
            languages=dict(doc.languages),
        )
        if doc.status != DocStatus.OK:
            return base
        lang = forced or _doc_lang(doc) or "en"
        if self.matcher.for_language(lang) is None:
            reason = f"no policy rules for language {lang!r}"
            return base.model_copy(update={"status": DocStatus.ERROR.value, "error": reason})
        names = self.ruleset.profile.policy_elements
        why = CV_NOTE if is_curriculum_vitae(doc) else _lapsed(doc)
        if why:  # a CV, or a text not in force: read, and no evidence
            nothing = hits_to_elements([], names)
            return base.model_copy(
                update={"elements": nothing, "missing": list(names), "note": why}
            )
        sentences = document_to_sentences(doc, forced)
        hits = self.matcher.sentences_to_hits(sentences, fallback_lang=lang)
        elements = hits_to_elements(hits, names)
        flags = hits_to_red_flags(hits, doc.path)
        refused = thread_refusal(doc) if flags else None
        return base.model_copy(
            update={
                "elements": elements,
                "missing": [e for e in names if not elements[e].present],
                "red_flags": [] if refused else flags,
                "note": _withdrawn(flags, refused) if refused else None,
            }
        )


def hits_to_red_flags(hits: Sequence[RuleHit], document: str) -> list[RedFlag]:
    """Return one red flag per flagged sentence, naming every rule that fired on it."""
    by_sentence: dict[int, list[RuleHit]] = {}
    for hit in hits:
        if is_red_flag(hit.element):
            by_sentence.setdefault(hit.sentence.index, []).append(hit)
    flags = []
    for group in by_sentence.values():
        first = min(group, key=lambda h: h.rule_id)
        ev = hit_to_evidence(first)
        flags.append(
            RedFlag(
                **ev.model_dump(),
                document=document,
                rules=sorted({h.rule_id for h in group}),
                kind=_kind(first.rule_name),
            )
        )
    return flags


_QUOTE_LIMIT = 160  # a notice or refusal quoted in a document's note


def _withdrawn(flags: Sequence[RedFlag], refusal: str) -> str:
    return (
        f"{len(flags)} red flag(s) withdrawn: an e-mail thread that refuses the request "
        f"({clip(refusal, _QUOTE_LIMIT)!r})"
    )


def _lapsed(doc: Document) -> str | None:
    notice = lapsed_notice(doc)
    if notice:
        return f"not in force, as it says: {clip(notice, _QUOTE_LIMIT)!r}"
    blanks = template_placeholders(doc)
    return f"a template not filled in: {', '.join(blanks[:4])}" if blanks else None


def _kind(rule_name: str) -> str:
    return rule_name.partition(".")[2]
