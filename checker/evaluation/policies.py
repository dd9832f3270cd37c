"""Evaluate policy grading (GHENT_MODEL.md Part B) on the labelled policy excerpts and the
sample audit.

Excerpts (`corpus/policies/<lang>.yaml`) give, per language, per-element precision, recall
and F1, red-flag precision and recall (per case: flagged or not, against `red_flags > 0`)
and status accuracy (the status an in-scope contractor whose whole policy is the excerpt
gets). The sample audit (`corpus/audit/manifest.csv` with `labels.yaml`) and every audit
set beside it (`corpus/audit/sets/<name>/`, the same two files and the documents they list)
are run as `clausecheck audit` runs them and give status accuracy over their contractors,
and how many contractors get exactly their labelled elements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from checker.audit.run import audit, policy_grader
from checker.audit.status import Findings, contractor_status, missing_baseline
from checker.evaluation.metrics import PRF, accuracy, set_prf
from checker.rulepack.loader import RuleSet
from checker.yamlio import load_yaml

RED_FLAG = "red_flag"
ROW_ERROR = "row_error"
SAMPLE = "sample"


class PolicyCase(BaseModel):
    """One labelled policy excerpt."""

    model_config = ConfigDict(extra="ignore")

    id: str
    text: str
    elements: list[str] = Field(default_factory=list)
    red_flags: int = 0
    status: str
    language: str = ""


class PolicyOutcome(BaseModel):
    """What the grader said about one excerpt, beside its labels."""

    id: str
    language: str
    gold_elements: list[str]
    elements: list[str]
    gold_red_flags: int
    red_flags: int
    gold_status: str
    status: str


class PolicyFigures(BaseModel):
    """The figures of one language (or 'all')."""

    language: str
    cases: int
    elements: list[PRF]
    red_flags: PRF
    status_accuracy: float


class AuditOutcome(BaseModel):
    """One contractor of an audit set: labelled and found status, flags, baseline gaps,
    elements."""

    set: str = SAMPLE
    id: str
    gold_status: str
    status: str
    gold_red_flags: int = 0
    red_flags: int = 0
    gold_missing_baseline: list[str] = Field(default_factory=list)
    missing_baseline: list[str] = Field(default_factory=list)
    gold_elements: list[str] = Field(default_factory=list)
    elements: list[str] = Field(default_factory=list)


class PolicyEvaluation(BaseModel):
    """Figures per language on the excerpts, and the sample audit's outcomes."""

    figures: list[PolicyFigures]
    errors: list[PolicyOutcome]
    audit: list[AuditOutcome]
    audit_status_accuracy: float | None


def load_policy_cases(corpus_root: Path) -> list[PolicyCase]:
    """Return every labelled policy excerpt under corpus_root/policies, in file order."""
    cases: list[PolicyCase] = []
    for path in sorted((corpus_root / "policies").glob("*.yaml")):
        data = load_yaml(path.read_text(encoding="utf-8"))
        lang = data["language"]
        cases += [PolicyCase.model_validate({**c, "language": lang}) for c in data["cases"]]
    return cases


def grade_policy_cases(cases: Sequence[PolicyCase], ruleset: RuleSet) -> list[PolicyOutcome]:
    """Return the grader's outcome for each excerpt (status as for an in-scope contractor)."""
    grader = policy_grader(ruleset)
    out = []
    for case in cases:
        result = grader.grade_text(case.text, case.language)
        present = {e for e, r in result.elements.items() if r.present}
        found = Findings(1, (), missing_baseline(present, ruleset.profile), len(result.red_flags))
        out.append(
            PolicyOutcome(
                id=case.id,
                language=case.language,
                gold_elements=case.elements,
                elements=[e for e in ruleset.profile.policy_elements if e in present],
                gold_red_flags=case.red_flags,
                red_flags=len(result.red_flags),
                gold_status=case.status,
                status=contractor_status("", found)[0],
            )
        )
    return out


def policy_figures(
    outcomes: Sequence[PolicyOutcome], language: str, elements: Sequence[str]
) -> PolicyFigures:
    """Return the figures of a list of outcomes."""
    pairs = [(set(o.gold_elements), set(o.elements)) for o in outcomes]
    flags = [(_flag(o.gold_red_flags), _flag(o.red_flags)) for o in outcomes]
    return PolicyFigures(
        language=language,
        cases=len(outcomes),
        elements=[set_prf(e, pairs) for e in elements],
        red_flags=set_prf(RED_FLAG, flags),
        status_accuracy=accuracy([o.gold_status for o in outcomes], [o.status for o in outcomes]),
    )


def _flag(count: int) -> set[str]:
    return {RED_FLAG} if count > 0 else set()


def audit_sets(corpus_root: Path) -> list[tuple[str, Path]]:
    """Return the labelled audit sets of a corpus: the sample, then corpus/audit/sets/*."""
    root = corpus_root / "audit"
    folders = [(SAMPLE, root)]
    if (root / "sets").is_dir():
        folders += [(f.name, f) for f in sorted((root / "sets").iterdir()) if f.is_dir()]
    return [(name, f) for name, f in folders if _is_audit_set(f)]


def _is_audit_set(folder: Path) -> bool:
    return (folder / "labels.yaml").is_file() and (folder / "manifest.csv").is_file()


def evaluate_audits(corpus_root: Path, ruleset: RuleSet) -> list[AuditOutcome]:
    """Return the outcome of every labelled contractor of every audit set, set by set."""
    return [
        outcome
        for name, folder in audit_sets(corpus_root)
        for outcome in evaluate_audit_set(folder, ruleset, name)
    ]


def evaluate_sample_audit(corpus_root: Path, ruleset: RuleSet) -> list[AuditOutcome]:
    """Return the sample audit's outcome per labelled contractor (none without the audit)."""
    folder = corpus_root / "audit"
    return evaluate_audit_set(folder, ruleset, SAMPLE) if _is_audit_set(folder) else []


def evaluate_audit_set(folder: Path, ruleset: RuleSet, name: str) -> list[AuditOutcome]:
    """Return the outcome per labelled contractor of one audit set."""
    labels = load_yaml((folder / "labels.yaml").read_text(encoding="utf-8"))
    day = labels["audit_date"]
    day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
    report = audit(folder / "manifest.csv", ruleset, day)
    found = {c.id: c for c in report.contractors}
    broken = {e.contractor_id for e in report.errors}
    out = []
    for label in labels["contractors"]:
        c = found.get(label["id"])
        status = c.status if c else (ROW_ERROR if label["id"] in broken else "absent")
        out.append(
            AuditOutcome(
                set=name,
                id=label["id"],
                gold_status=label["status"],
                status=status,
                gold_red_flags=label.get("red_flags", 0),
                red_flags=len(c.red_flags) if c else 0,
                gold_missing_baseline=label.get("missing_baseline", []),
                missing_baseline=c.missing_baseline if c else [],
                gold_elements=label.get("elements") or [],
                elements=[e for e, r in c.elements.items() if r.present] if c else [],
            )
        )
    return out


def per_language(outcomes: Sequence[PolicyOutcome], elements: Sequence[str]) -> list[PolicyFigures]:
    """Return the figures per language, then over all languages when there are several."""
    langs = sorted({o.language for o in outcomes})
    rows = [policy_figures([o for o in outcomes if o.language == g], g, elements) for g in langs]
    return [*rows, policy_figures(outcomes, "all", elements)] if len(langs) > 1 else rows


def evaluate_policies(corpus_root: Path, ruleset: RuleSet) -> PolicyEvaluation:
    """Return the policy evaluation of the rule set on the corpus."""
    elements = ruleset.profile.policy_elements
    outcomes = grade_policy_cases(load_policy_cases(corpus_root), ruleset)
    sample = evaluate_audits(corpus_root, ruleset)
    gold, got = [a.gold_status for a in sample], [a.status for a in sample]
    return PolicyEvaluation(
        figures=per_language(outcomes, elements),
        errors=[o for o in outcomes if _wrong(o)],
        audit=sample,
        audit_status_accuracy=accuracy(gold, got) if sample else None,
    )


def _wrong(o: PolicyOutcome) -> bool:
    flags_differ = (o.gold_red_flags > 0) != (o.red_flags > 0)
    return o.status != o.gold_status or set(o.elements) != set(o.gold_elements) or flags_differ


def render_policy_evaluation(result: PolicyEvaluation, max_errors: int = 40) -> str:
    """Return the policy evaluation as plain tables."""
    lines = ["Policy excerpts: status accuracy, red-flag P/R, per-element F1 (P/R)"]
    langs = [f.language for f in result.figures]
    lines.append(f"{'':<18}" + "".join(f"{g:<20}" for g in langs))
    lines.append(f"{'cases':<18}" + "".join(f"{f.cases:<20}" for f in result.figures))
    lines.append(
        f"{'status accuracy':<18}" + "".join(f"{f.status_accuracy:<20.3f}" for f in result.figures)
    )
    lines.append(f"{'red flags':<18}" + "".join(f"{_prf(f.red_flags):<20}" for f in result.figures))
    for i, name in enumerate(result.figures[0].elements if result.figures else []):
        cells = "".join(f"{_prf(f.elements[i]):<20}" for f in result.figures)
        lines.append(f"{name.label:<18}" + cells)
    lines += _render_audit(result)
    lines += _render_errors(result.errors, max_errors)
    return "\n".join(lines) + "\n"


def _prf(p: PRF) -> str:
    return f"{p.f1:.2f} ({p.precision:.2f}/{p.recall:.2f})"


def _render_audit(result: PolicyEvaluation) -> list[str]:
    if result.audit_status_accuracy is None:
        return ["", "Sample audit: not found (corpus/audit/manifest.csv, labels.yaml)"]
    lines = ["", "Audit sets: contractors with their labelled status, and with their elements"]
    names = list(dict.fromkeys(a.set for a in result.audit))
    for name in names:
        outcomes = [a for a in result.audit if a.set == name]
        status = sum(a.status == a.gold_status for a in outcomes)
        elements = sum(_same_elements(a) for a in outcomes)
        n = len(outcomes)
        lines.append(f"  {name:<16} status {status}/{n}   elements {elements}/{n}")
    right = sum(a.status == a.gold_status for a in result.audit)
    lines.append(
        f"  {'all':<16} status accuracy {result.audit_status_accuracy:.3f} "
        f"({right}/{len(result.audit)})"
    )
    for a in result.audit:
        if a.status != a.gold_status or a.red_flags != a.gold_red_flags or not _same_elements(a):
            extra = sorted(set(a.elements) - set(a.gold_elements))
            missing = sorted(set(a.gold_elements) - set(a.elements))
            lines.append(
                f"  {a.set}/{a.id}: {a.gold_status} -> {a.status}; "
                f"red flags {a.gold_red_flags} -> {a.red_flags}"
                + (f"; missing {', '.join(missing)}" if missing else "")
                + (f"; extra {', '.join(extra)}" if extra else "")
            )
    return lines


def _same_elements(a: AuditOutcome) -> bool:
    return a.status == ROW_ERROR or set(a.elements) == set(a.gold_elements)


def _render_errors(errors: Sequence[PolicyOutcome], limit: int) -> list[str]:
    if not errors:
        return []
    lines = ["", f"Policy excerpts that disagree with their labels ({len(errors)}):"]
    lines += [f"  {o.id}: {_disagreement(o)}" for o in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"  ... and {len(errors) - limit} more (use --format json)")
    return lines


def _disagreement(o: PolicyOutcome) -> str:
    gold, got = set(o.gold_elements), set(o.elements)
    return "; ".join(
        [f"{o.gold_status} -> {o.status}", f"red flags {o.gold_red_flags} -> {o.red_flags}"]
        + [
            f"{word} {','.join(sorted(diff))}"
            for word, diff in (("missing", gold - got), ("extra", got - gold))
            if diff
        ]
    )
