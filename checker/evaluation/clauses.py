"""Evaluate clause grading on the labelled corpus, next to the keyword baseline.

Excerpts (`corpus/clauses/<lang>.yaml`) give level accuracy, macro-F1 over levels,
per-element precision/recall/F1 and the decoy false-positive rate, per language; whole
documents (`corpus/documents`, `corpus/demo`, each with `labels.yaml`) are read from their
files and give level accuracy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from checker.evaluation.baseline import KeywordBaseline
from checker.evaluation.metrics import PRF, accuracy, macro_f1, set_prf
from checker.grader import elements_to_level
from checker.readers import read_document
from checker.rulepack.models import Profile
from checker.scan import ClauseGrader
from checker.yamlio import load_yaml

# corpus/files: documents built by their writers with the features of real files (round 24)
DOCUMENT_SETS = ("documents", "demo", "files/en", "files/fr", "files/nl")


class Case(BaseModel):
    """One labelled excerpt."""

    model_config = ConfigDict(extra="ignore")

    id: str
    text: str
    level: str
    elements: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    language: str = ""

    @property
    def is_decoy(self) -> bool:
        """Return whether the case is a hard negative (decoy-only text, labelled absent).

        Only an absent case counts: a corpus written elsewhere (a blind set) may tag a real
        clause with the decoy beside it, and that clause is no decoy. The project's own corpus
        keeps decoy tags for hard negatives alone (tests/test_corpus_format.py).
        """
        decoy_tag = "hard_negative" in self.tags or any(t.startswith("decoy_") for t in self.tags)
        return decoy_tag and self.level == "absent"


class Outcome(BaseModel):
    """What a grader said about one case or document, beside the label."""

    id: str
    language: str
    gold_level: str
    level: str
    gold_elements: list[str]
    elements: list[str]
    decoy: bool = False
    status: str = "ok"


class Figures(BaseModel):
    """The figures of one grader on one language (or 'all')."""

    language: str
    cases: int
    level_accuracy: float
    macro_f1: float
    elements: list[PRF]
    decoy_cases: int
    decoy_commitments: int
    decoy_fp_rate: float


class ClauseEvaluation(BaseModel):
    """Engine and baseline figures on excerpts; engine level accuracy on whole documents."""

    engine: list[Figures]
    baseline: list[Figures]
    documents: list[Outcome]
    documents_level_accuracy: float
    errors: list[Outcome]


def load_cases(corpus_root: Path) -> list[Case]:
    """Return every labelled excerpt under corpus_root/clauses, in file order."""
    cases: list[Case] = []
    for path in sorted((corpus_root / "clauses").glob("*.yaml")):
        data = load_yaml(path.read_text(encoding="utf-8"))
        lang = data["language"]
        cases += [Case.model_validate({**c, "language": lang}) for c in data["cases"]]
    return cases


def grade_cases(cases: Sequence[Case], grader: ClauseGrader) -> list[Outcome]:
    """Return the engine's outcome for each excerpt."""
    out = []
    for case in cases:
        result = grader.grade_text(case.text, case.language)
        got = [e for e, r in result.elements.items() if r.present]
        out.append(_outcome(case, result.level or "absent", got))
    return out


def baseline_cases(
    cases: Sequence[Case], baseline: KeywordBaseline, profile: Profile
) -> list[Outcome]:
    """Return the keyword baseline's outcome for each excerpt."""
    out = []
    for case in cases:
        present = baseline.elements_in(case.text, case.language)
        got = [e for e in profile.elements if e in present]
        out.append(_outcome(case, elements_to_level(present, profile), got))
    return out


def _outcome(case: Case, level: str, elements: list[str]) -> Outcome:
    return Outcome(
        id=case.id,
        language=case.language,
        gold_level=case.level,
        level=level,
        gold_elements=case.elements,
        elements=elements,
        decoy=case.is_decoy,
    )


def figures(outcomes: Sequence[Outcome], language: str, elements: Sequence[str]) -> Figures:
    """Return the figures of a list of outcomes."""
    gold = [o.gold_level for o in outcomes]
    got = [o.level for o in outcomes]
    pairs = [(set(o.gold_elements), set(o.elements)) for o in outcomes]
    decoys = [o for o in outcomes if o.decoy]
    fp = sum("commitment" in o.elements for o in decoys)
    return Figures(
        language=language,
        cases=len(outcomes),
        level_accuracy=accuracy(gold, got),
        macro_f1=macro_f1(gold, got),
        elements=[set_prf(e, pairs) for e in elements],
        decoy_cases=len(decoys),
        decoy_commitments=fp,
        decoy_fp_rate=fp / len(decoys) if decoys else 0.0,
    )


def per_language(outcomes: Sequence[Outcome], elements: Sequence[str]) -> list[Figures]:
    """Return the figures per language, then over all languages."""
    langs = sorted({o.language for o in outcomes})
    rows = [figures([o for o in outcomes if o.language == lang], lang, elements) for lang in langs]
    return [*rows, figures(outcomes, "all", elements)] if len(langs) > 1 else rows


def grade_documents(corpus_root: Path, grader: ClauseGrader) -> list[Outcome]:
    """Return the engine's outcome for each labelled whole document (read from its file)."""
    out = []
    for name in DOCUMENT_SETS:
        labels = corpus_root / name / "labels.yaml"
        if not labels.is_file():
            continue
        for entry in load_yaml(labels.read_text(encoding="utf-8"))["documents"]:
            result = grader.grade(read_document(labels.parent / entry["file"]))
            got = [e for e, r in result.elements.items() if r.present]
            out.append(
                Outcome(
                    id=f"{name}/{entry['file']}",
                    language=entry["language"],
                    gold_level=entry["level"],
                    level=result.level or "unread",
                    gold_elements=entry.get("elements", []),
                    elements=got,
                    status=result.status,
                )
            )
    return out


def evaluate_clauses(
    corpus_root: Path,
    grader: ClauseGrader,
    baseline: KeywordBaseline,
    languages: Sequence[str] = (),
    progress: Callable[[str], None] | None = None,
) -> ClauseEvaluation:
    """Return the evaluation of the grader (and the baseline) on the corpus."""
    profile = grader.ruleset.profile
    cases = [c for c in load_cases(corpus_root) if not languages or c.language in languages]
    engine = grade_cases(cases, grader)
    if progress:
        progress(f"graded {len(cases)} excerpts")
    docs = [
        d for d in grade_documents(corpus_root, grader) if not languages or d.language in languages
    ]
    return ClauseEvaluation(
        engine=per_language(engine, profile.elements),
        baseline=per_language(baseline_cases(cases, baseline, profile), profile.elements),
        documents=docs,
        documents_level_accuracy=accuracy([d.gold_level for d in docs], [d.level for d in docs]),
        errors=[o for o in (*engine, *docs) if _wrong(o)],
    )


def _wrong(o: Outcome) -> bool:
    return o.level != o.gold_level or set(o.elements) != set(o.gold_elements)
