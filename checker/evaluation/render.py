"""Plain-text tables of the clause evaluation."""

from __future__ import annotations

from checker.evaluation.clauses import ClauseEvaluation, Figures, Outcome
from checker.evaluation.metrics import PRF

MAX_ERRORS = 40


def render_clause_evaluation(ev: ClauseEvaluation) -> str:
    """Return the evaluation as readable tables (engine beside keyword baseline)."""
    lines = ["Clause excerpts: engine | keyword baseline", _summary_header()]
    for eng, base in zip(ev.engine, ev.baseline, strict=True):
        lines.append(f"{eng.language:<5} {eng.cases:>5}  {_summary(eng)} | {_summary(base)}")
    lines += ["", "Per-element F1 (precision/recall): engine | keyword baseline"]
    langs = [f.language for f in ev.engine]
    lines.append(f"{'element':<14}" + "".join(f"{lang:<36}" for lang in langs))
    for i, prf in enumerate(ev.engine[0].elements if ev.engine else []):
        cells = [
            f"{_prf(eng.elements[i])} | {_prf(base.elements[i])}"
            for eng, base in zip(ev.engine, ev.baseline, strict=True)
        ]
        lines.append(f"{prf.label:<14}" + "".join(f"{c:<36}" for c in cells))
    lines += ["", _documents(ev)]
    lines += _errors(ev.errors)
    return "\n".join(lines) + "\n"


def _summary_header() -> str:
    cols = f"{'level-acc':>9} {'macro-F1':>8} {'decoy-FP':>12}"
    return f"{'lang':<5} {'cases':>5}  {cols} | {cols}"


def _summary(f: Figures) -> str:
    decoy = f"{f.decoy_commitments}/{f.decoy_cases}"
    return f"{f.level_accuracy:>9.3f} {f.macro_f1:>8.3f} {decoy:>12}"


def _prf(p: PRF) -> str:
    return f"{p.f1:.2f} ({p.precision:.2f}/{p.recall:.2f})"


def _documents(ev: ClauseEvaluation) -> str:
    right = sum(d.level == d.gold_level for d in ev.documents)
    return (
        f"Whole documents: level accuracy {ev.documents_level_accuracy:.3f} "
        f"({right}/{len(ev.documents)})"
    )


def _errors(errors: list[Outcome]) -> list[str]:
    if not errors:
        return []
    lines = ["", f"Disagreements with the labels ({len(errors)}):"]
    for o in errors[:MAX_ERRORS]:
        missing = sorted(set(o.gold_elements) - set(o.elements))
        extra = sorted(set(o.elements) - set(o.gold_elements))
        detail = "".join(
            [
                f" missing {','.join(missing)}" if missing else "",
                f" extra {','.join(extra)}" if extra else "",
            ]
        )
        lines.append(f"  {o.id}: {o.gold_level} -> {o.level}{detail}")
    if len(errors) > MAX_ERRORS:
        lines.append(f"  ... and {len(errors) - MAX_ERRORS} more (use --format json)")
    return lines
